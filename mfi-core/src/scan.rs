//! Finding replies, attributes and signals in a text. Every pass is linear in the input and
//! nothing here allocates: results go into fixed-capacity arrays.

use std::sync::LazyLock;

use arrayvec::ArrayVec;
use memchr::memmem;

use crate::knowledge::signals::{fragment, part_fragments, uses, Use, REASON_PATTERNS};
use crate::knowledge::{self, Signal, Strength, SIGNAL_PATTERNS};
use crate::model::{AttrKey, Origin, Reason};
use crate::status::{EnhancedStatus, ReplyCode, StatusClass};

/// How many replies a chain keeps (outermost first); deeper ones are dropped.
pub const MAX_CHAIN: usize = 8;
/// How many attributes are kept; later ones are dropped.
pub const MAX_ATTRIBUTES: usize = 16;
/// How many signal hits are kept (the first ones, and the strongest when full).
pub const MAX_HITS: usize = 32;
/// How many raw code occurrences are considered.
const MAX_RAW: usize = 24;
/// How many reasons named by words are kept (the first of each reason).
pub const MAX_REASONS: usize = 16;

/// A byte range of the input, in 32 bits (texts are cut to 4 GiB before scanning).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Span {
    start: u32,
    end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn start(self) -> usize {
        self.start as usize
    }
    pub fn end(self) -> usize {
        self.end as usize
    }
    pub fn of(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }
}

/// The longest text that is scanned; longer texts are cut (at a character boundary).
pub(crate) const MAX_TEXT: usize = u32::MAX as usize;

/// A reply found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawReply {
    pub code: Option<ReplyCode>,
    pub status: Option<EnhancedStatus>,
    /// Where the codes start.
    pub start: usize,
    /// Where the reply's text starts (after the codes).
    pub body: usize,
    /// The basic code was followed by `-` (a multi-line reply continues).
    pub continued: bool,
    pub text: Span,
}

impl RawReply {
    /// The class of the reply (2 success, 4 transient, 5 permanent; 3 intermediate): its
    /// basic code's first digit, else its enhanced status's.
    pub fn digit(&self) -> Option<u8> {
        self.code
            .map(|c| c.first_digit())
            .or(self.status.map(|s| s.class().digit()))
    }
}

/// A signal found at a position.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub signal: Signal,
    pub strength: Strength,
    pub span: Span,
}

pub(crate) struct Scan {
    pub chain: ArrayVec<RawReply, MAX_CHAIN>,
    pub hits: ArrayVec<Hit, MAX_HITS>,
    /// Once `hits` is full: the weakest strength among them, while it is known (a flood of
    /// equal hits then costs one comparison each, not a pass over the hits).
    hit_floor: Option<Strength>,
    /// The reasons named by words, each with where its words start, in text order.
    pub reasons: ArrayVec<(Reason, Span), MAX_REASONS>,
    /// The reason one mail system's own wording names (which decides it), and where. (Two
    /// fields rather than an `Option` of a pair, so that no code ever reads a payload that
    /// was never written.)
    pub decisive: Option<Reason>,
    pub decisive_span: Span,
    /// The systems whose own markers the text shows, one bit per `Origin` index, and
    /// (from bit [`QUOTED`]) those whose quoted words it shows.
    pub origins: u32,
    /// Words apart by a run of blanks (a `LooseWhitespace` match): noted, not a hit, so that
    /// a padded text's many runs take no place from the signals.
    pub loose: bool,
    /// Every signal that was ever in `hits`, and every reason in `reasons`: most questions
    /// ("is there a hit of this signal?") are answered no without a search.
    signals_seen: MaybeSet,
    reasons_seen: MaybeSet,
}

/// A set of small numbers that may say "maybe" of a number it does not hold, never "no" of
/// one it holds (one bit per number modulo 128): a search it rules out is not made.
/// (Two words rather than a `u128`: a test is an index, a shift and a mask, where a shift
/// of a `u128` by a variable amount takes half a dozen instructions.)
#[derive(Clone, Copy, Default)]
struct MaybeSet([u64; 2]);

impl MaybeSet {
    fn insert(&mut self, n: usize) {
        self.0[n / 64 % 2] |= 1 << (n % 64);
    }

    fn may_hold(self, n: usize) -> bool {
        self.0[n / 64 % 2] >> (n % 64) & 1 != 0
    }
}

impl Scan {
    pub(crate) fn empty() -> Self {
        Scan {
            chain: ArrayVec::new(),
            hits: ArrayVec::new(),
            hit_floor: None,
            reasons: ArrayVec::new(),
            decisive: None,
            decisive_span: Span::default(),
            origins: 0,
            loose: false,
            signals_seen: MaybeSet::default(),
            reasons_seen: MaybeSet::default(),
        }
    }

    /// The first hit of signal `s`.
    pub fn hit(&self, s: Signal) -> Option<&Hit> {
        if !self.signals_seen.may_hold(s as usize) {
            return None;
        }
        self.hits.iter().find(|h| h.signal == s)
    }

    pub fn has(&self, s: Signal) -> bool {
        self.hit(s).is_some()
    }

    /// The strength of the strongest hit of any of `of`.
    pub fn strongest(&self, of: &[Signal]) -> Option<Strength> {
        self.hits
            .iter()
            .filter(|h| of.contains(&h.signal))
            .map(|h| h.strength)
            .max()
    }

    /// Whether the text is a delay notice by its own words: a `Medium` or stronger delay
    /// word (the weak ones, `has been delayed`, yield to words of a final failure: `has
    /// been delayed and has now failed permanently`).
    pub fn delay_notice(&self) -> bool {
        self.strongest(&[Signal::Delayed]) >= Some(Strength::Medium)
    }

    /// Whether the words name reason `r`.
    pub fn names(&self, r: Reason) -> bool {
        self.reasons_seen.may_hold(r as usize) && self.reasons.iter().any(|(x, _)| *x == r)
    }
}

/// Where the bits of [`Scan::origins`] for a system's words as others quote them start.
/// A `Strong` origin marker is its writer's own layout or template (`status=deferred (`, a
/// bounce's opening sentence); a weaker one is a provider's reply or name, which another
/// system's log or notice quotes (Gmail's `- gsmtp`, Amazon SES's `Email address is not
/// verified`, `Office 365` as a send connector's name): it decides only where no writer's
/// layout does.
pub(crate) const QUOTED: u32 = 16;

/// The bit of [`Scan::origins`] that a marker of `origin` sets.
fn origin_bit(origin: Origin, strength: Strength) -> u32 {
    if strength < Strength::Strong {
        1 << (QUOTED as usize + origin.index())
    } else {
        1 << origin.index()
    }
}

/// Only what tells whose words a text is in: the origin markers, and Postfix's way of
/// quoting a reply (`said:`, `(in reply to ...)`), in one pass of the automaton (no replies,
/// attributes or reason words). For finding the writer of a whole message cheaply.
pub(crate) fn origin_marks(text: &str) -> Scan {
    let mut out = Scan::empty();
    let bytes = text.as_bytes();
    knowledge::signals::find_marks(bytes, |f, start, end| {
        for u in uses(f) {
            let Use::Signal(p) = u else { break };
            let pat = &SIGNAL_PATTERNS[p];
            if let Some(origin) = pat.signal.origin() {
                if !after_at(bytes, start) {
                    out.origins |= origin_bit(origin, pat.strength);
                }
            } else if matches!(
                pat.signal,
                Signal::AnchorSaid | Signal::AnchorInReplyTo | Signal::OriginCopier
            ) {
                push_hit(
                    &mut out,
                    Hit {
                        signal: pat.signal,
                        strength: pat.strength,
                        span: Span::new(start, end),
                    },
                );
            }
        }
    });
    out
}

/// Whether a match at `start` follows an `@`: a provider's domain as an address's
/// (`bo@googlemail.com`) names a recipient there, not the text's writer.
fn after_at(bytes: &[u8], start: usize) -> bool {
    start > 0 && bytes[start - 1] == b'@'
}

pub(crate) fn scan(text: &str) -> Scan {
    let mut out = Scan::empty();
    scan_into(text, &mut out);
    out
}

/// [`scan`] into an empty `Scan` that the caller holds (a `Scan` returned by value is
/// copied whole, about 1.5 KB, which the classifier's hot path spares).
pub(crate) fn scan_into(text: &str, out: &mut Scan) {
    debug_assert!(out.chain.is_empty() && out.hits.is_empty());
    find_signals(text, out);
    find_replies(text, out);
}

/// Whether a line of `b` goes on after a line break: a line break right before a
/// lower-case letter (a pasted notice wrapped at its width, Postfix's bounce text: `...
/// deferred due to\nunexpected volume`), which the collapsed reading joins. (The scan
/// finds it as it classifies the bytes for reply codes, [`CodeStarts`]; this search is
/// for [`replies`]' callers, which scan no further.)
pub(crate) fn wrapped(b: &[u8]) -> bool {
    memchr::memchr_iter(b'\n', b).any(|i| b.get(i + 1).is_some_and(u8::is_ascii_lowercase))
}

/// The replies of a text alone (what [`scan`] puts in `chain`).
pub(crate) fn replies(text: &str) -> ArrayVec<RawReply, MAX_CHAIN> {
    let mut out = Scan::empty();
    find_replies(text, &mut out);
    out.chain
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn find_signals(text: &str, out: &mut Scan) {
    let bytes = text.as_bytes();
    let mut words = Words::new();
    knowledge::find_all(bytes, |f, start, end| {
        let fb = fragment(f).as_bytes();
        // Numbers match only whole.
        let number = fb[0].is_ascii_digit();
        if number && start > 0 && bytes[start - 1].is_ascii_digit() {
            return;
        }
        // A socket error number (`10061`, the only signals that are numbers) is one only
        // where an error message gives it (`error code 10061`, `(TimedOut:10060)`), not as
        // a field's value or an id (`size=10054`, `smtp[10061]`).
        let misplaced = number && start > 0 && !socket_error_context(bytes, start);
        if fb[fb.len() - 1].is_ascii_digit() && bytes.get(end).is_some_and(u8::is_ascii_digit) {
            return;
        }
        // Words in an address or a host name (`refused@`, `mx.dns-servfail.example`) are
        // not evidence (tested once per match, and for reason words only next to a `.`,
        // `@` or `-`: they match inside words all the time).
        let mut in_name = None;
        let mut reason_words = false;
        for u in uses(f) {
            match u {
                Use::Signal(p) => {
                    let pat = &SIGNAL_PATTERNS[p];
                    if misplaced {
                        continue;
                    }
                    if let Some(origin) = pat.signal.origin() {
                        if !after_at(bytes, start) {
                            out.origins |= origin_bit(origin, pat.strength);
                        }
                        continue;
                    }
                    if pat.signal == Signal::LooseWhitespace {
                        out.loose = true;
                        continue;
                    }
                    // The hits are full of stronger ones: this one would replace none (a
                    // flood of one wording costs a comparison, not the test below).
                    if out.hit_floor.is_some_and(|floor| pat.strength <= floor) {
                        continue;
                    }
                    if *in_name.get_or_insert_with(|| knowledge::inside_a_name(bytes, start, end)) {
                        continue;
                    }
                    // (`mail from` is the command only as a word: not prose's `email from`.)
                    if pat.signal == Signal::CommandMail
                        && start > 0
                        && bytes[start - 1].is_ascii_alphabetic()
                    {
                        continue;
                    }
                    push_hit(
                        out,
                        Hit {
                            signal: pat.signal,
                            strength: pat.strength,
                            span: Span::new(start, end),
                        },
                    );
                }
                // Signal uses come first: the rest are reason parts.
                Use::Reason { .. } => {
                    reason_words = true;
                    break;
                }
            }
        }
        // (A wording written as a piece of a name, `listed at ` .. `.spamhaus.org`, is meant
        // to match inside one.)
        if reason_words
            && !(knowledge::next_to_a_separator(bytes, start, end)
                && !knowledge::names_a_host(f)
                && *in_name.get_or_insert_with(|| knowledge::inside_a_name(bytes, start, end)))
        {
            words.saw(f as u16, start as u32, end as u32);
        }
    });
    // Matches come in order of their ends (and halves); later code wants start order.
    out.hits
        .sort_unstable_by_key(|h| (h.span.start(), h.span.end()));
    words.reasons(out);
}

/// Whether a socket error number at `start` stands as error messages give one (kept out of
/// line: inlined into the match closure it cost ~40 instructions a line): after a
/// space, `:`, `(`, `#` or a tab (`error code 10061`, `(TimedOut:10060)`, `Socket error
/// #10061`), or as the value of an error field (`errno=10054`, `SocketError=10060`); not
/// as another field's value or an id (`size=10054`, `smtp[10061]`).
#[cold]
#[inline(never)]
fn socket_error_context(b: &[u8], start: usize) -> bool {
    match b[start - 1] {
        b' ' | b':' | b'(' | b'#' | b'\t' => true,
        b'=' => {
            let name = &b[start.saturating_sub(6)..start - 1];
            [&b"errno"[..], b"error", b"code"]
                .iter()
                .any(|w| ends_with_ci(name, w))
        }
        _ => false,
    }
}

/// How strongly a system's own wording decides: a settled reason (2) over one the general
/// tests may still refine (1) over a delivery agent that only names itself (0).
fn rank(r: Reason) -> u8 {
    if r == Reason::Mailererror {
        0
    } else if crate::diagnosis::UNSETTLED.contains(&r) {
        1
    } else {
        2
    }
}

/// The most bytes between two parts of a reason pattern (`"mailbox " .. "full"`): the
/// words of one sentence, not of two texts that happen to follow each other.
const MAX_PART_GAP: u32 = 160;

/// How many distinct reason fragments are remembered per text.
const MAX_REASON_FRAGMENTS: usize = 128;

/// The reason fragments found in a text: for each distinct fragment its first and its last
/// occurrence, so memory stays fixed however long the text is.
struct Words {
    /// (fragment, first start, first end, last start, last end).
    seen: ArrayVec<(u16, u32, u32, u32, u32), MAX_REASON_FRAGMENTS>,
    /// The fragments in `seen`: most fragments are absent, and known absent without a
    /// search.
    maybe: MaybeSet,
}

impl Words {
    fn new() -> Self {
        Words {
            seen: ArrayVec::new(),
            maybe: MaybeSet::default(),
        }
    }

    fn saw(&mut self, f: u16, start: u32, end: u32) {
        let found = if !self.maybe.may_hold(usize::from(f)) {
            self.maybe.insert(usize::from(f));
            None
        } else {
            self.seen.iter_mut().find(|s| s.0 == f)
        };
        match found {
            Some(s) => {
                if start < s.1 {
                    (s.1, s.2) = (start, end);
                }
                if start > s.3 {
                    (s.3, s.4) = (start, end);
                }
            }
            None => {
                let _ = self.seen.try_push((f, start, end, start, end));
            }
        }
    }

    /// Where fragment `f` first occurs at or after `from`: (start, end).
    fn after(&self, f: u16, from: u32) -> Option<(u32, u32)> {
        if !self.maybe.may_hold(usize::from(f)) {
            return None;
        }
        let s = self.seen.iter().find(|s| s.0 == f)?;
        if s.1 >= from {
            Some((s.1, s.2))
        } else if s.3 >= from {
            Some((s.3, s.4))
        } else {
            None
        }
    }

    /// The reasons whose words occur, in the order of their first words: a one-part pattern
    /// where it occurs, a pattern of several parts where they occur in order (each after the
    /// end of the one before). Only the first of each reason is kept.
    fn reasons(&mut self, out: &mut Scan) {
        self.seen.sort_unstable_by_key(|s| s.1);
        let mut found: ArrayVec<(Reason, Span), 64> = ArrayVec::new();
        for &(f, start, end, ..) in &self.seen {
            for u in uses(usize::from(f)) {
                let Use::Reason {
                    pattern: index,
                    part: 0,
                } = u
                else {
                    continue;
                };
                let pattern = &REASON_PATTERNS[index];
                let known = found.iter().any(|(r, _)| *r == pattern.reason);
                let could_decide = pattern.mta
                    && match out.decisive {
                        None => true,
                        Some(r) => out.decisive_span.start() == start as usize || rank(r) < 2,
                    };
                if known && !could_decide {
                    continue;
                }
                let mut last = end;
                let whole = part_fragments(index)[1..].iter().all(|&f| {
                    self.after(f, last)
                        .filter(|&(s, _)| s - last <= MAX_PART_GAP)
                        .map(|(_, e)| last = e)
                        .is_some()
                });
                if whole {
                    let span = Span::new(start as usize, last as usize);
                    // A settled reason before an unsettled one (a provider's "banned
                    // sending IP" before qmail's "does not like recipient"); then the
                    // first; of those that start together, the longest.
                    // (A delivery agent's name alone, mailererror, only when nothing
                    // else is said.)
                    let better = match out.decisive {
                        None => true,
                        Some(r) => {
                            let d = out.decisive_span;
                            rank(pattern.reason) > rank(r)
                                || (rank(pattern.reason) == rank(r)
                                    && d.start() == span.start()
                                    && d.end() < span.end())
                        }
                    };
                    if pattern.mta && better {
                        out.decisive = Some(pattern.reason);
                        out.decisive_span = span;
                    }
                    if !known {
                        let _ = found.try_push((pattern.reason, span));
                    }
                }
            }
        }
        for &r in &found {
            out.reasons_seen.insert(r.0 as usize);
            if out.reasons.try_push(r).is_err() {
                break;
            }
        }
    }
}

fn push_hit(out: &mut Scan, hit: Hit) {
    out.signals_seen.insert(hit.signal as usize);
    if let Err(e) = out.hits.try_push(hit) {
        replace_weaker_hit(out, e.element());
    }
}

/// `hits` is full: keeps the strongest by replacing the weakest earlier hit. The weakest
/// strength is remembered while it holds, so that a flood of equal hits costs one
/// comparison each, not a pass over the hits.
#[cold]
#[inline(never)]
fn replace_weaker_hit(out: &mut Scan, hit: Hit) {
    let hits = &out.hits;
    let floor = *out.hit_floor.get_or_insert_with(|| {
        hits.iter()
            .map(|h| h.strength)
            .min()
            .unwrap_or(hit.strength)
    });
    if hit.strength <= floor {
        return;
    }
    if let Some(weakest) = out
        .hits
        .iter_mut()
        .filter(|h| h.strength < hit.strength)
        .min_by_key(|h| h.strength)
    {
        *weakest = hit;
    }
    out.hit_floor = None;
}

/// The later lines' codes of a multi-line reply written on one line, as logs and notices
/// quote them (`550-5.7.1 The IP you're using to send mail is not authorized to 550-5.7.1
/// send email directly to our servers. ... 550 5.7.1 https://...`): each `ddd-` or `ddd `
/// (with its enhanced status, if any) after the reply at `first` that repeats its code, up
/// to its last line's (`ddd `), as `(start, end)`. Empty unless the reply at `first` is
/// continued (`ddd-`). Words of the reply that the codes split are whole again without them.
pub(crate) fn continuation_codes(b: &[u8], first: usize) -> ArrayVec<(usize, usize), 16> {
    let mut out = ArrayVec::new();
    let Some(code) = b.get(first..first + 3) else {
        return out;
    };
    if b.get(first + 3) != Some(&b'-') {
        return out;
    }
    let mut at = first + 4;
    while !out.is_full() {
        let Some(k) = memmem::find(&b[at..], code) else {
            break;
        };
        let i = at + k;
        at = i + 3;
        let sep = b.get(i + 3).copied();
        // At a word's start (after a blank), the code alone: not inside a longer number.
        if i == 0 || !b[i - 1].is_ascii_whitespace() || !matches!(sep, Some(b'-' | b' ')) {
            continue;
        }
        let mut end = i + 4;
        if let Some((_, e)) = enhanced_at(b, end) {
            end = e;
        }
        out.push((i, end));
        at = end;
        if sep == Some(b' ') {
            break;
        }
    }
    out
}

/// Parses `d.ddd.ddd` at `i`; returns the status and the end position.
fn enhanced_at(b: &[u8], i: usize) -> Option<(EnhancedStatus, usize)> {
    let class = StatusClass::from_digit(b.get(i)?.wrapping_sub(b'0'))?;
    if b.get(i + 1) != Some(&b'.') {
        return None;
    }
    let (subject, j) = number(b, i + 2)?;
    if b.get(j) != Some(&b'.') {
        return None;
    }
    let (detail, k) = number(b, j + 1)?;
    // Not part of a longer dotted number or word (IP addresses, versions).
    match b.get(k) {
        Some(&c) if is_word(c) => return None,
        Some(b'.') if b.get(k + 1).is_some_and(u8::is_ascii_digit) => return None,
        _ => {}
    }
    if subject > 7 {
        return None;
    }
    Some((EnhancedStatus::new(class, subject as u8, detail)?, k))
}

/// One to three digits at `i`.
fn number(b: &[u8], i: usize) -> Option<(u16, usize)> {
    let mut n = 0u16;
    let mut j = i;
    while j < b.len() && b[j].is_ascii_digit() {
        if j - i == 3 {
            return None;
        }
        n = n * 10 + u16::from(b[j] - b'0');
        j += 1;
    }
    (j > i).then_some((n, j))
}

/// A basic reply code `[2-5]dd` at `i`, followed by a space, a dash or the end; or by a
/// comma after a `(` (perhaps a Python reply tuple, `(550, b'...')`, which the caller reads
/// with [`python_message`]); or by a `):` in parentheses ([`in_parentheses`]); or, rarely,
/// as [`unusual_end`] allows (a quoted code opening a tuple, a code field's value).
fn basic_at(b: &[u8], i: usize) -> Option<(ReplyCode, usize)> {
    let d = b.get(i..i + 3)?;
    if !d.iter().all(u8::is_ascii_digit) || !(b'2'..=b'5').contains(&d[0]) {
        return None;
    }
    match b.get(i + 3) {
        None | Some(b' ' | b'\t' | b'-') => {}
        Some(b',') if i > 0 && b[i - 1] == b'(' => {}
        // (`SMTP Error (535): ...`; not a telephone's area code, `(480) 624-2500`)
        Some(b')') if in_parentheses(b, i) => {}
        Some(b',' | b'}' | b'\'' | b':') if unusual_end(b, i, three_digits(d)) => {}
        // (Ending its line after words that introduce a reply: a notice wrapped at its width,
        // Postfix's `host ... said: 550\nRequested action not taken: ...`.)
        Some(b'\n' | b'\r') if after_reply_words(b, i) => {}
        _ => return None,
    }
    Some((ReplyCode::new(three_digits(d))?, i + 3))
}

/// Whether the code at `i` stands in parentheses before a colon, after no word byte, with
/// a second digit a reply can have (`SMTP Error (535): ...`, not `(480): 624-2500`).
#[cold]
#[inline(never)]
fn in_parentheses(b: &[u8], i: usize) -> bool {
    // (Or ending the text or its line after lettre's words, with the class they name:
    // `permanent error (535)`, `transient error (451)`, when the server said no more.)
    let ends = || {
        let class = |word: &[u8]| ends_with_ci(&b[..i - 1], word);
        matches!(b.get(i + 4), None | Some(b'\n' | b'\r'))
            && (b[i] == b'5' && class(b"permanent error ")
                || b[i] == b'4' && class(b"transient error "))
    };
    i > 0
        && b[i - 1] == b'('
        && (b.get(i + 4) == Some(&b':') || ends())
        && b[i + 1] <= b'5'
        && !(i > 1 && b[i - 2].is_ascii_alphanumeric())
}

/// Where the run of spaces that ends at `i` starts (`i` if none does).
#[inline]
fn blanks_back(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j > 0 && b[j - 1] == b' ' {
        j -= 1;
    }
    j
}

/// Whether `hay` ends with `suffix`, in any ASCII case.
#[inline]
fn ends_with_ci(hay: &[u8], suffix: &[u8]) -> bool {
    hay.len() >= suffix.len() && hay[hay.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// The number three ASCII digits write.
#[inline]
fn three_digits(d: &[u8]) -> u16 {
    u16::from(d[0] - b'0') * 100 + u16::from(d[1] - b'0') * 10 + u16::from(d[2] - b'0')
}

/// Whether a code at `i` may end with a `,`, `}`, quote or colon (rare: out of line):
/// opening a Python tuple as a string (Cisco's AsyncOS logs `('550', ['...'])`), as the
/// value of a field named a reply code (`"code":552,`, `"smtp_code":556}`, `code = 451,`),
/// or with a colon before its text (`550: 5.1.1 ...`).
#[cold]
#[inline(never)]
fn unusual_end(b: &[u8], i: usize, code: u16) -> bool {
    match b[i + 3] {
        b'\'' => quoted_tuple_code(b, i),
        // Yahoo's `550: 5.2.2 <a@b>... Mailbox Full`: a colon and a blank after the code
        // (not a port: `mx.example.net:587: ...`).
        b':' => {
            b.get(i + 4) == Some(&b' ')
                && b[i + 1] <= b'5'
                && (i == 0 || !matches!(b[i - 1], b':' | b'.' | b'-'))
        }
        b',' => {
            code_field(b, i, code) || quoted_status_after(b, i + 3).is_some() || comma_reply(b, i)
        }
        _ => code_field(b, i, code),
    }
}

/// Whether the code at `i` opens its line and a comma and a sentence follow it, a reply
/// as an application's log wrote it (`421, Unexpected failure, please try later`; not a
/// table's row, `421, Alice, active`).
fn comma_reply(b: &[u8], i: usize) -> bool {
    let word = b.get(i + 5..).map_or(0, |w| {
        w.iter().take_while(|c| c.is_ascii_alphabetic()).count()
    });
    (i == 0 || b[i - 1] == b'\n')
        && smtp_refusal(&b[i..i + 3])
        && b.get(i + 4) == Some(&b' ')
        && b.get(i + 5).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + 5 + word) == Some(&b' ')
        && b.get(i + 6 + word).is_some_and(u8::is_ascii_lowercase)
}

/// Where a quoted enhanced status starts after the comma at `comma`, as Google's table of
/// its replies writes them (`421, "4.7.0", Try again later`; its translations quote with
/// `“` or `„`).
fn quoted_status_after(b: &[u8], comma: usize) -> Option<usize> {
    let mut j = comma + 1;
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    let open = match b.get(j..)? {
        [b'"', ..] => 1,
        [0xE2, 0x80, 0x9C | 0x9E, ..] => 3,
        _ => return None,
    };
    enhanced_at(b, j + open).map(|_| j + open)
}

/// Whether the code at `i` is quoted right after a tuple's `(`: `('550', [...])`.
fn quoted_tuple_code(b: &[u8], i: usize) -> bool {
    i > 1 && b[i - 1] == b'\'' && b[i - 2] == b'('
}

/// The names of fields whose value is a reply code (JSON or `key = value`, any case: the
/// delivery logs of KumoMTA, maddy, Stalwart; Zoho's `ERROR_CODE :550`). Not `statusCode`,
/// `http_code`, `exit_code`: HTTP statuses and exit codes are no replies.
const CODE_FIELDS: &[&[u8]] = &[
    b"code",
    b"smtp_code",
    b"smtpcode",
    b"reply_code",
    b"replycode",
    b"response_code",
    b"responsecode",
    b"error_code",
    b"errorcode",
];

/// The reply codes SMTP servers give for accepted and failed deliveries that no HTTP
/// status, common exit code or street number shares the use of (`500`, `503`, `404`,
/// `429`, `255` are left out): what a code field's value may be, and the refusals a
/// number in an application's words may be ([`smtp_refusal`]).
const SMTP_REPLY_CODES: &[u16] = &[
    250, 251, 252, 421, 432, 450, 451, 452, 453, 454, 455, 521, 530, 534, 535, 538, 541, 550, 551,
    552, 553, 554, 555, 556, 557,
];

/// Whether `code`, at `i`, is the value of a field named a reply code ([`CODE_FIELDS`],
/// [`SMTP_REPLY_CODES`]).
fn code_field(b: &[u8], i: usize, code: u16) -> bool {
    SMTP_REPLY_CODES.contains(&code)
        && field_name(b, i)
            .is_some_and(|name| CODE_FIELDS.iter().any(|f| f.eq_ignore_ascii_case(name)))
}

/// Whether the status at `i` is the value of a field whose name ends in `code`
/// (`"enhanced_code":"5.1.1"`, `"smtp_enchcode":"5.1.10"`).
fn status_field(b: &[u8], i: usize) -> bool {
    field_name(b, i).is_some_and(|name| ends_with_ci(name, b"code"))
}

/// The name of the field whose value starts at `i`: `"name":value`, `"name": "value"`,
/// `name = value`, `NAME :value`.
fn field_name(b: &[u8], i: usize) -> Option<&[u8]> {
    let mut j = i;
    let blanks = |j: &mut usize| {
        while *j > 0 && b[*j - 1] == b' ' {
            *j -= 1;
        }
    };
    blanks(&mut j);
    if j > 0 && b[j - 1] == b'"' {
        j -= 1;
    }
    if j == 0 || !matches!(b[j - 1], b':' | b'=') {
        return None;
    }
    j -= 1;
    blanks(&mut j);
    if j > 0 && b[j - 1] == b'"' {
        j -= 1;
    }
    let end = j;
    while j > 0 && (b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'_') && end - j < 32 {
        j -= 1;
    }
    (j < end).then_some(&b[j..end])
}

/// An enhanced status after a filter's tag between it and the basic code: Barracuda's
/// `550 cuda_nsu 5.1.1 <a@b>... User unknown` (a lower-case word with an underscore).
#[cold]
#[inline(never)]
fn tagged_status(b: &[u8], e: usize) -> Option<(EnhancedStatus, usize)> {
    let tag = b.get(e..)?;
    let len = tag
        .iter()
        .take(16)
        .position(|&c| !(c.is_ascii_lowercase() || c == b'_'))?;
    if len < 3 || !tag[..len].contains(&b'_') || tag[len] != b' ' {
        return None;
    }
    enhanced_at(b, e + len + 1)
}

/// Where the message of a reply tuple starts when the code at `i` opens one: Python
/// `smtplib`'s `(554, b'5.2.0 ...')`, `(550, '...')` (its exceptions print the server's
/// reply so), and Cisco AsyncOS's `('550', ['...'])`.
#[cold]
#[inline(never)]
fn python_message(b: &[u8], i: usize) -> Option<usize> {
    let quoted = b.get(i + 3) == Some(&b'\'');
    let opened = if quoted {
        quoted_tuple_code(b, i)
    } else {
        i > 0 && b[i - 1] == b'('
    };
    if !opened || b.get(i + 3 + usize::from(quoted)) != Some(&b',') {
        return None;
    }
    let mut j = i + 4 + usize::from(quoted);
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    if quoted && b.get(j) == Some(&b'[') {
        j += 1;
    }
    if b.get(j) == Some(&b'b') {
        j += 1;
    }
    matches!(b.get(j), Some(b'\'' | b'"')).then_some(j + 1)
}

/// Whether a lone basic code at `i` stands where a reply starts: at the start, or after a
/// quote, `;`, `:`, `=`, `>`, `(`, `[`, `{`, `#`, ` -- `, Sendmail's transcript mark `<<< `,
/// swaks' marks of a failed reply `<** ` and `<~* `, MDaemon's and SecurityGateway's `<-- `,
/// or the word `got` (a library's `Expected smtp code 250, got 552`) or `SMTP error`
/// (go-smtp's), or the word `code` when a status in brackets follows (Stalwart's `with code
/// 550 (5.7.1)`, `(0.0.0)`), spaces skipped; or right after a letter of another script, no
/// blank between; but not a port right after a host's or address's
/// `:` (`smtp.example.net:587`, `::1:465`), nor an id or port after such a field's `:` or
/// `=` (`DCID: 263`, `port: 587`), nor a count of bytes or bits (OpenSSL's `(254 bytes =>
/// 254)`, Postfix mailq's `-- 550 Kbytes in 12 Requests.`, a cipher's `(256 bits)`).
fn reply_position(b: &[u8], i: usize) -> bool {
    if b.get(i + 3..i + 9) == Some(b" bytes")
        || b.get(i + 3..i + 10) == Some(b" Kbytes")
        || b.get(i + 3..i + 8) == Some(b" bits")
    {
        return false;
    }
    let j = blanks_back(b, i);
    j == 0
        || matches!(b[j - 1], b'\'' | b'"' | b';' | b'(' | b'[' | b'{' | b'#' | b'\t')
        || line_start(b, i)
        // (curl's transcript marks what the server sent with `< ` at the start of a line)
        || (j < i && b[j - 1] == b'<' && (j == 1 || b[j - 2] == b'\n'))
        // (Right after a letter of another script, no blank between: Chinese providers
        // print their reply after their own words, `邮件投递失败550 Mail content denied`.
        // After a blank it is a number in prose: `上限 500 通`.)
        || (j == i && b[j - 1] >= 0x80)
        // (Not after an arrow, `-->`: IPython marks a traceback's line numbers so.)
        || (b[j - 1] == b'>' && !(j >= 3 && &b[j - 3..j - 1] == b"--"))
        || (b[j - 1] == b'=' && !id_field(b, j - 1))
        || (j < i && j >= 3 && matches!(&b[j - 3..j], b"<<<" | b"<**" | b"<~*" | b"<--"))
        // (Monit's `Mailserver response error -- 550 ...`: a double dash, then a space.)
        || (j < i && j >= 3 && &b[j - 3..j] == b" --")
        // (A word that introduces a reply: `got 552`, `SMTP error 550:`.)
        || (j < i && after_a_reply_word(&b[..j], &b[i..i + 3]))
        // (Stalwart's `rejected command 'DATA' with code 550 (5.7.1) '...'`: the word code
        // before a number with its status in brackets.)
        || (j < i && ends_with_ci(&b[..j], b"code")
            && b.get(i + 3..i + 5) == Some(b" (")
            && b.get(i + 5).is_some_and(u8::is_ascii_digit)
            && b.get(i + 6) == Some(&b'.'))
        || (b[j - 1] == b':' && !colon_before_no_reply(b, j - 1, i))
        // (An application's `Can't close a connection to SMTP, 550 Incorrect sender header`,
        // `Failed to close connection to SMTP server - 554 Access denied`.)
        || (j < i && matches!(b[j - 1], b',' | b'-') && after_a_separator(b, j - 1, i))
}

/// Whether the code at `i`, after the `, ` or ` - ` that ends at `sep`, is a refusal an
/// application appended to its own words about SMTP: an SMTP server's refusal code
/// ([`smtp_refusal`]), then a capitalised word.
#[cold]
#[inline(never)]
fn after_a_separator(b: &[u8], sep: usize, i: usize) -> bool {
    // (The words before, on the line, name SMTP: not a size's `1.9 GB used, 450 MB free`,
    // an address's `Mailgun, 548 Market St`, an HTTP gateway's `- 522 Connection timed
    // out`.)
    let line = memchr::memrchr(b'\n', &b[..sep]).map_or(0, |p| p + 1);
    let before = &b[line.max(sep.saturating_sub(120))..sep];
    (b[sep] == b',' || (sep > 0 && b[sep - 1] == b' '))
        && smtp_refusal(&b[i..i + 3])
        && b.get(i + 3) == Some(&b' ')
        && b.get(i + 4).is_some_and(u8::is_ascii_uppercase)
        && b.get(i + 5).is_some_and(u8::is_ascii_lowercase)
        && find_ci(before, b"smtp").is_some()
}

/// Whether the words before a code end with one that introduces a reply: a library's
/// `Expected smtp code 250, got 552`, go-smtp's `SMTP error 550: ...`, a notice's
/// `[SMTP Error Code 550]`. (Not `said` without its colon: prose's `the customer said 550
/// emails`.)
#[cold]
#[inline(never)]
fn after_a_reply_word(before: &[u8], code: &[u8]) -> bool {
    ends_with_ci(before, b" got")
        || ends_with_ci(before, b"smtp error")
        || ends_with_ci(before, b"smtp error code")
        // (nodemailer's `Server responded with 550 ...`; Coremail's `Host x(ip) RCPT TO
        // said 550 No such user here`, a command's name before the word, not prose's `the
        // customer said 550 emails`: only a refusal an SMTP server gives, not `responded
        // with 200 OK` or `404 Not Found`)
        || (smtp_refusal(code)
            && (ends_with_ci(before, b" responded with")
                || ends_with_ci(before, b" replied with")
                || ends_with_ci(before, b" rcpt to said")
                || ends_with_ci(before, b" mail from said")))
}

/// Whether three digits are a refusal as SMTP servers word them: a 4xx or 5xx of
/// [`SMTP_REPLY_CODES`] (not an HTTP status's `404`, `500`-`511` or `429 Too Many
/// Requests`, nor a street number's `548`).
fn smtp_refusal(code: &[u8]) -> bool {
    matches!(code[0], b'4' | b'5') && SMTP_REPLY_CODES.contains(&three_digits(code))
}

/// Whether the `:` at `colon` before the code at `i` is no reply's: a port after a host
/// (`smtp.example.net:587`), an id or port field's (`DCID: 263`), or Exim's note of an
/// earlier EHLO reply ([`earlier_ehlo_reply`]).
fn colon_before_no_reply(b: &[u8], colon: usize, i: usize) -> bool {
    (colon + 1 == i && port_after(b, colon, i))
        || id_field(b, colon)
        || earlier_ehlo_reply(b, colon)
}

/// Whether the `:` at `colon` ends Exim's note of the EHLO reply it fell back to HELO after
/// (`Remote host closed connection in response to HELO x (EHLO response was: 550 ...)`):
/// an earlier answer, not the one the failure is.
#[cold]
#[inline(never)]
fn earlier_ehlo_reply(b: &[u8], colon: usize) -> bool {
    ends_with_ci(&b[..colon], b"(ehlo response was")
}

/// Whether the number at `i` opens a line (after blanks) whose line before ends with words
/// that introduce a reply ([`after_reply_words`]): a reply that a notice quotes on a line
/// of its own (`The error that the other server returned was:`, then `554 ...`; `<a@b>:`,
/// then `550 ...`; Exim's `... after RCPT TO:<a@b>:`). (Not any number opening a line: a
/// count under a heading, a street number, a transcript's `250 OK` before the failure.)
fn line_start(b: &[u8], i: usize) -> bool {
    let j = blanks_back(b, i);
    if j == 0 || b[j - 1] != b'\n' {
        return false;
    }
    let mut k = j - 1;
    while k > 0 && matches!(b[k - 1], b'\r' | b' ' | b'\t') {
        k -= 1;
    }
    k > 0
        && ((b[k - 1] == b':' && after_reply_words(b, k))
            || ((matches!(b[i], b'4' | b'5') || b.get(i..i + 3) == Some(b"221"))
                && after_a_command_line(b, k)))
}

/// Whether the line that ends at `end` is an SMTP command a client typed or sent (a telnet
/// session's `RCPT TO:<a@b>`, `starttls`, the `.` that ends the data): a refusal on the
/// line after it is the server's reply, as is its `221` goodbye (a `250` there is a step
/// that went well, not what a failure reports).
#[cold]
#[inline(never)]
fn after_a_command_line(b: &[u8], end: usize) -> bool {
    let start = memchr::memrchr(b'\n', &b[..end]).map_or(0, |p| p + 1);
    command_line(&b[start..end]) || end_of_data(b, end)
}

/// Whether `line` (without its line break) is an SMTP command as a client sends or a
/// person types it: its name in one case (`QUIT`, `quit`, not prose's `Quit`), with the
/// arguments it takes (`ehlo me`, `AUTH LOGIN`, `RCPT TO:<a@b>`; none after `DATA`,
/// `STARTTLS`, `QUIT`: not a wrapped sentence's `data from the transport connection`).
fn command_line(line: &[u8]) -> bool {
    // (The command's name, and how many words may follow it.)
    const COMMANDS: &[(&[u8], usize)] = &[
        (b"helo", 1),
        (b"ehlo", 1),
        (b"mail from:", usize::MAX),
        (b"rcpt to:", usize::MAX),
        (b"data", 0),
        (b"bdat", 2),
        (b"starttls", 0),
        (b"auth", 2),
        (b"rset", 0),
        (b"noop", 0),
        (b"vrfy", 1),
        (b"quit", 0),
    ];
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let line = &line[line.iter().take_while(|c| **c == b' ').count()..];
    line.len() <= 256
        && COMMANDS.iter().any(|&(name, args)| {
            let Some(head) = line.get(..name.len()) else {
                return false;
            };
            let one_case = head.iter().all(|c| !c.is_ascii_lowercase())
                || head.iter().all(|c| !c.is_ascii_uppercase());
            let rest = &line[name.len()..];
            let words = rest.split(|c| *c == b' ').filter(|w| !w.is_empty()).count();
            head.eq_ignore_ascii_case(name)
                && one_case
                && (name.ends_with(b":") || rest.is_empty() || rest[0] == b' ')
                && words <= args
        })
}

/// Whether the `.` on the line that ends at `end` closes a message's data in a session:
/// a `DATA` command on a line before it (in the 4 KB before: a bound on the search).
#[cold]
#[inline(never)]
fn end_of_data(b: &[u8], end: usize) -> bool {
    let start = memchr::memrchr(b'\n', &b[..end]).map_or(0, |p| p + 1);
    b[start..end].strip_suffix(b"\r").unwrap_or(&b[start..end]) == b"."
        && b[start.saturating_sub(4096)..start]
            .split(|c| *c == b'\n')
            .any(|l| {
                l.strip_suffix(b"\r")
                    .unwrap_or(l)
                    .eq_ignore_ascii_case(b"data")
            })
}

/// Whether a line break of `b` before a lower-case letter goes on with a sentence (a text
/// wrapped at its width), not with a command a client typed in a session (`starttls`,
/// `quit`), after which the server's reply opens a line of its own.
#[cold]
#[inline(never)]
fn wrapped_prose(b: &[u8]) -> bool {
    memchr::memchr_iter(b'\n', b).any(|i| {
        b.get(i + 1).is_some_and(u8::is_ascii_lowercase) && {
            let rest = &b[i + 1..];
            !command_line(&rest[..memchr::memchr(b'\n', rest).unwrap_or(rest.len())])
        }
    })
}

/// Whether words that introduce a server's reply end just before the code at `i` (`said:`,
/// `Remote host said:`, `responded:`, `Error:`, Exim's `... after RCPT TO:<a@b>:`).
#[cold]
#[inline(never)]
fn after_reply_words(b: &[u8], i: usize) -> bool {
    let j = blanks_back(b, i);
    let w = &b[j.saturating_sub(20)..j];
    let ends = |s: &[u8]| ends_with_ci(w, s);
    ends(b"said:")
        || ends(b"said")
        // (Gmail's `The error that the other server returned was:`, nodemailer's `Invalid
        // greeting from server:`, on the line before the reply)
        || ends(b"was:")
        || ends(b"server:")
        || ends(b"responded:")
        || ends(b"response:")
        || ends(b"replied:")
        || ends(b"reply:")
        || ends(b"error:")
        // (Exim's `SMTP error from remote mail server after end of data:`, `... after
        // initial connection:`; a command that ends its line, `... MAIL FROM:`)
        || ends(b"after end of data:")
        || ends(b"after initial connection:")
        || ends(b"mail from:")
        || ends(b"rcpt to:")
        // (curl's `RCPT failed: 553`, its reply's text not given)
        || ends(b"rcpt failed:")
        || ends(b"mail failed:")
        || ends(b"data failed:")
        || ends(b">:")
}

/// Whether the `:` (or `=`) at `colon` ends the name of an id, port or size field (Cisco
/// AsyncOS's `DCID: 263`, `MID: 4`; `queueId:`, `msg_id:`; Node.js's `port: 587`;
/// `size=512`): the number after it is no reply.
fn id_field(b: &[u8], colon: usize) -> bool {
    const IDS: &[&[u8]] = &[
        b"ID", b"DCID", b"ICID", b"MID", b"RID", b"UID", b"PID", b"QID", b"port", b"Port", b"PORT",
    ];
    let w = &b[..colon];
    let start = w
        .iter()
        .rposition(|c| !(c.is_ascii_alphanumeric() || *c == b'_'))
        .map_or(0, |p| p + 1);
    let word = &w[start..];
    // (A size in bytes, a number that ends the value: Verizon's notice lists `Size (in
    // bytes): 512` among the message's details; `size=512,`, msmtp's `mailsize=412`. Not
    // `size: 552 Message size exceeds ...`, a reply.)
    const SIZES: &[&[u8]] = &[b"size", b"Size", b"SIZE", b"bytes", b"Bytes", b"length"];
    let sized = || {
        let mut i = colon + 1;
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        let after = b.get(i + 3).copied();
        // (A word after it is a reply's text, unless it names the next field: msmtp's
        // `mailsize=412 smtpstatus=250`.)
        let word_end = i
            + 4
            + b[(i + 4).min(b.len())..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count();
        !(after == Some(b' ')
            && b.get(i + 4).is_some_and(u8::is_ascii_alphabetic)
            && b.get(word_end) != Some(&b'='))
    };
    IDS.contains(&word)
        || (SIZES.contains(&word)
            || ends_with_ci(word, b"size")
            || word.is_empty() && w.ends_with(b"(in bytes)"))
            && sized()
        || (word.len() > 3 && (word.ends_with(b"_id") || word.ends_with(b"_ID")))
        || (word.len() > 5 && (word.ends_with(b"_port") || word.ends_with(b"Port")))
        || (word.len() > 2 && word.ends_with(b"Id") && word[word.len() - 3].is_ascii_lowercase())
}

/// Whether the number at `i`, right after the `:` at `colon`, is a port: after a host name
/// or address, or a number no reply can be (a reply's second digit is 0 to 5, RFC 5321
/// 4.2: `465`, `587` are submission ports however the address before them is written).
fn port_after(b: &[u8], colon: usize, i: usize) -> bool {
    b.get(i + 1).is_some_and(|&d| d > b'5') || after_a_host(b, colon)
}

/// Whether the `:` at `colon` ends a host name or address (`smtp.example.net:587`,
/// `192.0.2.10:465`, `[2001:db8::1]:465`): the number after it is a port. (Rare: kept out
/// of line, away from the scan's loop.)
#[cold]
#[inline(never)]
fn after_a_host(b: &[u8], colon: usize) -> bool {
    let name = &b[..colon];
    if name.last() == Some(&b']') {
        return true;
    }
    let start = name
        .iter()
        .rposition(|&c| !(c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'_')))
        .map_or(0, |p| p + 1);
    let host = &name[start..];
    (host.contains(&b'.') && host.last().is_some_and(u8::is_ascii_alphanumeric))
        || host.eq_ignore_ascii_case(b"localhost")
        || cipher_suite(host)
}

/// Whether a word names a TLS cipher suite (`TLS_AES_256_GCM_SHA384`,
/// `ECDHE-RSA-AES256-GCM-SHA384`): Exim logs its key bits after it (`X=TLS1.3:...:256`).
/// Upper case, an AES or ChaCha20 cipher and a MAC or AEAD mode: no other word before a
/// colon looks so (`remote-exchange:550` is a reply).
fn cipher_suite(word: &[u8]) -> bool {
    let has = |w: &[u8]| word.windows(w.len()).any(|x| x == w);
    word.len() >= 12
        && word
            .iter()
            .all(|&c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == b'_' || c == b'-')
        && (has(b"AES") || has(b"CHACHA20"))
        && (has(b"SHA") || has(b"GCM") || has(b"POLY1305") || has(b"CCM"))
}
/// Words that make a following dotted number a version, not a status code.
const VERSION_WORDS: &[&str] = &[
    "version", "ver", "v", "build", "release", "rev", "postfix", "exim", "sendmail", "exchange",
    "openssl", "tls", "ssl", "python", "php", "id", "section",
];

/// Whether an Exim log line's flag (`==`, `**`, `=>`, `->`, `*>`, `<=`, then a blank)
/// follows the number that ends at `end`, after blanks: the number is the process id that
/// Exim's debug output puts before each line (`240   == a@b R=dnslookup defer (-1): ...`).
fn exim_flag_after(b: &[u8], end: usize) -> bool {
    let mut j = end;
    while b.get(j) == Some(&b' ') {
        j += 1;
    }
    j > end
        && matches!(
            b.get(j..j + 3),
            Some(b"== " | b"** " | b"=> " | b"-> " | b"*> " | b"<= ")
        )
}

fn version_context(b: &[u8], i: usize) -> bool {
    let mut j = i;
    while j > 0 && matches!(b[j - 1], b' ' | b':' | b'/') {
        j -= 1;
    }
    let end = j;
    // (A section of a document: `§ 4.1.3`; an RFC's, cPanel's `Invalid HELO name (See
    // RFC2821 4.1.3)`, `RFC 5321 4.5.3.1`.)
    if end >= 2 && &b[end - 2..end] == "§".as_bytes() {
        return true;
    }
    let mut k = end;
    while k > 0 && end - k < 5 && b[k - 1].is_ascii_digit() {
        k -= 1;
    }
    if k < end && k < i {
        let r = if k > 0 && b[k - 1] == b' ' { k - 1 } else { k };
        if r >= 3 && b[r - 3..r].eq_ignore_ascii_case(b"rfc") {
            return true;
        }
    }
    while j > 0 && b[j - 1].is_ascii_alphabetic() && end - j < 10 {
        j -= 1;
    }
    let word = &b[j..end];
    VERSION_WORDS
        .iter()
        .any(|w| w.as_bytes().eq_ignore_ascii_case(word))
}

/// Where a reply's codes may start: a 2, 4 or 5 (the first digit of every success or
/// failure code; 3yz intermediate replies are not failures) that does not continue a word or
/// a dotted number. Thirty-two bytes are classified at a time, without a branch per byte: most
/// digits of a log line (times, addresses, ids) are inside numbers and are never looked at
/// one by one.
struct CodeStarts<'a> {
    b: &'a [u8],
    /// Where the next block starts.
    next: usize,
    /// Where the current block starts, and its candidates not yet handed out (bit k:
    /// position `base + k`).
    base: usize,
    mask: u32,
    /// Whether a block classified so far has a line break before a lower-case letter
    /// ([`wrapped`]).
    wrapped: bool,
}

/// The bytes [`CodeStarts`] classifies at a time.
const BLOCK: usize = 32;

impl<'a> CodeStarts<'a> {
    fn new(b: &'a [u8]) -> Self {
        // The first byte follows nothing; the blocks start after it.
        CodeStarts {
            b,
            next: 1,
            base: 0,
            mask: u32::from(b.first().is_some_and(|c| matches!(c, b'2' | b'4' | b'5'))),
            wrapped: false,
        }
    }

    /// The first candidate at or after `from` (which is past the candidate returned
    /// before).
    #[inline]
    fn at_or_after(&mut self, from: usize) -> Option<usize> {
        loop {
            while self.mask != 0 {
                let at = self.base + self.mask.trailing_zeros() as usize;
                self.mask &= self.mask - 1;
                if at >= from {
                    return Some(at);
                }
            }
            // (Past the end of the current block, the next one starts where asked.)
            self.next = self.next.max(from);
            if self.next >= self.b.len() {
                return None;
            }
            self.block();
        }
    }

    /// Classifies the thirty-two bytes at `next`, each with the byte before it. Near the
    /// end of a text the block is moved back to end with it (its positions before `next`
    /// are dropped from it); only a text no longer than a block is padded (with zeros:
    /// neither digits nor word bytes).
    #[inline]
    fn block(&mut self) {
        let b = self.b;
        let start = self.next;
        debug_assert!(start >= 1 && start < b.len());
        if let Some(here) = b.get(start..start + BLOCK) {
            self.base = start;
            (self.mask, self.wrapped) =
                code_starts32(here, &b[start - 1..start - 1 + BLOCK], self.wrapped);
        } else if b.len() > BLOCK {
            let base = b.len() - BLOCK;
            self.base = base;
            let (mask, wrapped) =
                code_starts32(&b[base..], &b[base - 1..b.len() - 1], self.wrapped);
            (self.mask, self.wrapped) = (mask & !0 << (start - base), wrapped);
        } else {
            let (mut here, mut before) = ([0u8; BLOCK], [0u8; BLOCK]);
            let n = b.len() - start;
            here[..n].copy_from_slice(&b[start..]);
            before[..n].copy_from_slice(&b[start - 1..b.len() - 1]);
            self.base = start;
            (self.mask, self.wrapped) = code_starts32(&here, &before, self.wrapped);
        }
        self.next = self.base + BLOCK;
    }
}

/// Of thirty-two bytes `here`, each preceded by the byte of `before` at its place: which
/// are a 2, 4 or 5 after a byte that does not continue a word (a letter, a digit, `_` or
/// `.`), one bit each; and `wrapped`, or whether one is a lower-case letter after a line
/// break ([`wrapped`]). Prose has no such digits: the bytes before are only looked at when
/// there are.
#[inline]
fn code_starts32(here: &[u8], before: &[u8], wrapped: bool) -> (u32, bool) {
    use wide::u8x16;
    let half = |s: &[u8], k: usize| {
        u8x16::new(<[u8; 16]>::try_from(&s[16 * k..16 * k + 16]).unwrap_or_default())
    };
    let splat = u8x16::splat;
    let within = |x: u8x16, lo: u8, hi: u8| x.max(splat(lo)).min(splat(hi)).cmp_eq(x);
    let wrapped = wrapped || {
        let breaks = |k: usize| half(before, k).cmp_eq(splat(b'\n'));
        (breaks(0) | breaks(1)).move_mask() != 0
            && (0..2).any(|k| (breaks(k) & within(half(here, k), b'a', b'z')).move_mask() != 0)
    };
    let code = |v: u8x16| v.cmp_eq(splat(b'2')) | v.cmp_eq(splat(b'4')) | v.cmp_eq(splat(b'5'));
    let digits = (code(half(here, 0)).move_mask() | code(half(here, 1)).move_mask() << 16) as u32;
    if digits == 0 {
        return (0, wrapped);
    }
    let word = |p: u8x16| {
        within(p | splat(0x20), b'a', b'z')
            | within(p, b'0', b'9')
            | p.cmp_eq(splat(b'_'))
            | p.cmp_eq(splat(b'.'))
    };
    let words =
        (word(half(before, 0)).move_mask() | word(half(before, 1)).move_mask() << 16) as u32;
    (digits & !words, wrapped)
}

/// Whether the status-only reply `n` closes the reply `r` whose basic code has none (same
/// class): qmail's `550 Unknown user ... (#5.1.1)`, when nothing but words lies between; a
/// status field after a code field (`"smtp_code":556,"smtp_enchcode":"5.1.10"`).
fn closes(b: &[u8], r: &RawReply, n: &RawReply) -> bool {
    let (Some(code), None, None, Some(st)) = (r.code, r.status, n.code, n.status) else {
        return false;
    };
    code.first_digit() == st.class().digit()
        && n.start > 0
        && ((b[n.start - 1] == b'#' && !quotes(&b[r.body..n.start]))
            || (n.start - r.body <= MAX_STATUS_GAP
                && code_field(b, r.start, code.get())
                && status_field(b, n.start)))
}

/// Whether `between` is blanks, or one word closed by a colon before them (`RecipientError: `).
fn tag_only(between: &[u8]) -> bool {
    let blanks = between.iter().take_while(|c| **c == b' ').count();
    let between = &between[blanks..];
    let word = between
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    let rest = match between.get(word) {
        Some(b':') if word > 0 => &between[word + 1..],
        _ => between,
    };
    rest.iter().all(|c| *c == b' ')
}

/// Whether `words` hold a quotation mark: a double quote, or a single one that is no
/// apostrophe inside a word (qmail's `that domain isn't in my list ... (#5.7.1)`).
fn quotes(words: &[u8]) -> bool {
    if memchr::memchr(b'"', words).is_some() {
        return true;
    }
    memchr::memchr_iter(b'\'', words).any(|i| {
        let letter = |j: Option<usize>| {
            j.and_then(|j| words.get(j))
                .is_some_and(u8::is_ascii_alphabetic)
        };
        !(letter(i.checked_sub(1)) && letter(Some(i + 1)))
    })
}

/// The most bytes between a status and the reply it is the status of (`dsn=5.0.0, ...
/// said: 550`).
const MAX_STATUS_GAP: usize = 200;

fn find_replies(text: &str, out: &mut Scan) {
    let b = text.as_bytes();
    let mut raw: ArrayVec<RawReply, MAX_RAW> = ArrayVec::new();
    let mut starts = CodeStarts::new(b);
    // (Where the text's first word starts.)
    let text_start = b.iter().position(|c| *c != b' ').unwrap_or(b.len());
    let mut i = 0;
    while !raw.is_full() {
        match starts.at_or_after(i) {
            Some(at) => i = at,
            None => break,
        }
        if let Some((code, end)) = basic_at(b, i) {
            let continued = b.get(end) == Some(&b'-');
            // The enhanced code follows after a dash or a few blanks (or opens the message
            // of a Python reply tuple).
            let message = if matches!(b.get(end), Some(b',' | b'\'')) {
                match python_message(b, i) {
                    Some(m) => m,
                    // (A code field's value: `"code":552,`.)
                    None if b[end] == b',' && code_field(b, i, code.get()) => end,
                    // (Google's table: `421, "4.7.0", ...`; or a reply opening a line
                    // so, `421, Unexpected failure`.)
                    None if b[end] == b',' => match quoted_status_after(b, end) {
                        Some(status) => status,
                        None if comma_reply(b, i) => end + 1,
                        None => {
                            i = end;
                            continue;
                        }
                    },
                    // (`(550, 3)`: no reply.)
                    None => {
                        i = end;
                        continue;
                    }
                }
            } else if b.get(end) == Some(&b')') {
                // (A code in parentheses: Roundcube's `SMTP Error (535): Authentication
                // failed`, `transient error (451): 4.3.5 ...`.)
                (end + 2).min(b.len())
            } else {
                end
            };
            // (Amazon SES quotes a reply so: `Unknown address error 550-'5.7.1 ...'`, and
            // in double quotes in its older notices, `550-"5.1.1 ..."`.)
            let dash_quote = continued && matches!(b.get(end + 1), Some(b'\'' | b'"'));
            let message = if dash_quote { end + 2 } else { message };
            let mut e = message.max(end + 1);
            while !continued && e < b.len() && e - end < 4 && matches!(b[e], b' ' | b'\t') {
                e += 1;
            }
            let status = enhanced_at(b, e)
                .or_else(|| {
                    // (A status in brackets: Stalwart's `with code 550 (5.1.1) '...'`.)
                    (b.get(e) == Some(&b'('))
                        .then(|| enhanced_at(b, e + 1))
                        .flatten()
                        .filter(|&(_, se)| b.get(se) == Some(&b')'))
                        .map(|(st, se)| (st, se + 1))
                })
                .or_else(|| {
                    // (Only a lower-case word may be a tag: a call saved on most replies.)
                    b.get(e)
                        .is_some_and(u8::is_ascii_lowercase)
                        .then(|| tagged_status(b, e))
                        .flatten()
                })
                .filter(|(st, _)| {
                    // The classes of the two codes agree (a 550 with a 4.x.x is allowed: Exchange
                    // sends `550 4.4.7` for expired messages).
                    st.class().digit() != 2 || code.first_digit() == 2
                });
            // (A reply's second digit is 0 to 5, RFC 5321 4.2: a lone `276` opening a text
            // is a process id, as Exim's debug output starts its lines; a `587` or `465` in
            // a table of settings is a port, `file.php#267` a line. Elsewhere a 4xx or 5xx
            // with a 7 stands beside them (Microsoft's SMTP service's `571`, `471` for
            // policy refusals), and any 4xx or 5xx right after words that introduce a
            // reply: `said: 597 ...`.)
            let second = code.get() / 10 % 10;
            // (Weighed only for a code without a status: most replies have one.)
            let lone_ok = || {
                if i == text_start || line_start(b, i) {
                    second <= 5 && !exim_flag_after(b, end)
                } else {
                    second <= 5
                        || code.first_digit() >= 4 && (second == 7 || after_reply_words(b, i))
                }
            };
            if status.is_some() || dash_quote || (lone_ok() && reply_position(b, i)) {
                let body = status.map_or(message, |(_, e)| e);
                raw.push(RawReply {
                    code: Some(code),
                    status: status.map(|(s, _)| s),
                    start: i,
                    body,
                    continued,
                    text: Span::default(),
                });
                i = body;
                continue;
            }
            // Three digits are no enhanced status either, and the next two are inside a
            // number.
            i = end;
            continue;
        }
        if let Some((status, end)) = enhanced_at(b, i) {
            // (Not a segment of a path: `/usr/lib/ruby/2.1.0/net/smtp.rb`, a package's
            // version before one, `vendor/ruby-2.2.4/lib`; `smtp;550/5.1.1` is a status.)
            let path_segment = i > 0
                && (b[i - 1] == b'/'
                    && (b.get(end) == Some(&b'/') || (i > 1 && b[i - 2].is_ascii_alphabetic()))
                    || b[i - 1] == b'-' && b.get(end) == Some(&b'/'));
            if !version_context(b, i) && !path_segment {
                raw.push(RawReply {
                    code: None,
                    status: Some(status),
                    start: i,
                    body: end,
                    continued: false,
                    text: Span::default(),
                });
            }
            i = end;
            continue;
        }
        i += 1;
    }
    // (A line wrapped before a word of its sentence, found among the bytes classified:
    // the text is read collapsed.)
    out.loose |= starts.wrapped && wrapped_prose(b);

    // Merge what is one reply told twice.
    let mut prev_continued = false;
    let mut prev_key = None;
    let mut k = 0;
    while k < raw.len() {
        let r = raw[k];
        let key = (r.code, r.status);
        // `450-4.2.1 ... 450-4.2.1 ... 450 4.2.1 ...`: continuation lines of one reply.
        let continuation = prev_continued && prev_key == Some(key);
        prev_continued = r.continued;
        prev_key = Some(key);
        // `#5.4.6 smtp;554 5.4.6` or `dsn=5.7.1 ... said: 550 5.7.1`: a status echoed
        // before the full reply.
        let echo = r.code.is_none()
            && raw
                .get(k + 1)
                .is_some_and(|n| n.code.is_some() && n.status == r.status);
        // `said: 550 550 5.1.1 ...`, `550 RecipientError: 550 5.1.1 ...`: a basic code
        // repeated before the whole reply (with at most a one-word tag between).
        let repeated = r.status.is_none()
            && raw.get(k + 1).is_some_and(|n| {
                n.code == r.code && n.start >= r.body && tag_only(&b[r.body..n.start])
            });
        if continuation || echo || repeated {
            raw.remove(k);
            continue;
        }
        // `dsn=5.0.0, status=bounced (host ... said: 550 ...)`, `5.1.1 (...),smtp;553 ...`: a
        // status before a reply of its class that has none is that reply's (Postfix writes
        // the class's X.0.0 for a reply without one; a DSN's Status field before its
        // Diagnostic-Code). When the reply's own status closes it (qmail's `550 ... (#5.1.1)`),
        // that one is its, and an unspecific X.0.0 before it says nothing more.
        // An unspecific status before a reply of its class with its own (`dsn=4.0.0,
        // stat=Deferred: 421 4.3.0 ...`, a DSN's `Status: 5.0.0` before its
        // `Diagnostic-Code: smtp; 550 5.7.1 ...`) says less than the reply's own.
        if let (None, Some(st)) = key {
            let unspecific = st.is_unspecific();
            // (A reply of the status's class close after it.)
            let of_class = |n: &RawReply| {
                n.code
                    .is_some_and(|c| c.first_digit() == st.class().digit())
                    && n.start - r.body <= MAX_STATUS_GAP
            };
            if let Some(n) = raw
                .get(k + 1)
                .copied()
                .filter(|n| n.status.is_none() && of_class(n))
            {
                // (`dsn=5.0.0, ... said: 550 RecipientError: 550 5.1.1 ...`: the code is
                // repeated with its own status, which the X.0.0 gives way to.)
                let restated = raw.get(k + 2).is_some_and(|c| {
                    c.code == n.code
                        && c.status.is_some()
                        && c.start >= n.body
                        && tag_only(&b[n.body..c.start])
                });
                if restated && unspecific {
                    raw.remove(k);
                    continue;
                }
                let closed = raw.get(k + 2).is_some_and(|c| closes(b, &n, c));
                if !closed {
                    raw[k + 1].status = Some(st);
                    raw.remove(k);
                    continue;
                }
                let own = raw[k + 2].status;
                if unspecific || own == Some(st) {
                    raw.remove(k);
                    continue;
                }
            } else if raw.get(k + 1).is_some_and(|n| {
                // (Or only its subject's, `5.1.0 - Unknown address error ('550', ['5.1.1
                // ...'])`, AsyncOS's, before a reply with its detail.)
                of_class(n)
                    && n.status.is_some_and(|s| {
                        s.class() == st.class()
                            && (unspecific || (st.detail() == 0 && s.subject() == st.subject()))
                    })
            }) {
                raw.remove(k);
                continue;
            }
        }
        if raw.get(k + 1).is_some_and(|n| closes(b, &r, n)) {
            raw[k].status = raw[k + 1].status;
            raw.remove(k + 1);
        }
        k += 1;
    }

    // A conversation (`250 2.1.5 Ok ... 354 End data ... 451 4.3.0 Error`): the steps that
    // went well before the first failure are not what the text reports.
    if let Some(first_failure) = raw.iter().position(|r| matches!(r.digit(), Some(4 | 5))) {
        if first_failure > 0
            && raw[..first_failure]
                .iter()
                .all(|r| matches!(r.digit(), Some(2 | 3)))
        {
            raw.drain(..first_failure);
        }
    }
    for k in 0..raw.len() {
        let mut end = raw.get(k + 1).map_or(b.len(), |n| n.start);
        // A reply quoted in double quotes (`responded with: "421 4.2.1 ..."`) ends at the
        // closing quote.
        let mut q = raw[k].start;
        while q > 0 && b[q - 1] == b' ' {
            q -= 1;
        }
        if q > 0 && b[q - 1] == b'"' {
            if let Some(close) = memchr::memchr(b'"', &b[raw[k].body..end]) {
                end = raw[k].body + close;
            }
        }
        // So does the message of a reply tuple (`(550, b'5.1.1 ...')`, `('550', ['...'])`).
        if q > 0 && (b[q - 1] == b'(' || quoted_tuple_code(b, raw[k].start)) {
            if let Some(quote) = python_message(b, raw[k].start).map(|m| b[m - 1]) {
                let from = raw[k].body.min(end);
                if let Some(close) = memchr::memchr(quote, &b[from..end]) {
                    end = from + close;
                }
            }
        }
        raw[k].text = reply_text(b, raw[k].body, end);
    }
    // (By reference: consuming the array would first copy it whole.)
    out.chain.extend(raw.iter().take(MAX_CHAIN).copied());
}

/// The human part of a reply: up to the next reply, an attribute bracket `[Name=` or the
/// end of a `{...}` field, with separators trimmed.
fn reply_text(b: &[u8], start: usize, end: usize) -> Span {
    let mut stop = end;
    let mut i = start;
    while let Some(p) = match b[..stop].get(i) {
        Some(b'}' | b'[') => Some(i),
        _ => memchr::memchr2(b'}', b'[', &b[i.min(stop)..stop]).map(|off| i + off),
    } {
        if b[p] == b'}' || attribute_bracket(b, p).is_some() {
            stop = p;
            break;
        }
        i = p + 1;
    }
    let mut s = start;
    while s < stop && matches!(b[s], b' ' | b'-' | b'\t' | b'\r' | b'\n') {
        s += 1;
    }
    let mut e = stop;
    loop {
        while e > s
            && matches!(
                b[e - 1],
                b' ' | b'\'' | b'"' | b'\t' | b'-' | b'>' | b'{' | b';'
            )
        {
            e -= 1;
        }
        // `... responded with:` / `... said:` before a nested reply keep their words; only a
        // trailing `->` or quote goes.
        if e > s && b[e - 1] == b'(' {
            e -= 1;
            continue;
        }
        break;
    }
    // The old NDR format's `...> #SMTP#` tail, and the close of a bracket the reply sat in.
    if b[s..e].ends_with(b"#SMTP#") {
        if let Some(gt) = memchr::memrchr(b'>', &b[s..e]) {
            e = s + gt;
        }
    }
    if e > s && b[e - 1] == b']' && memchr::memchr(b'[', &b[s..e]).is_none() {
        e -= 1;
    }
    while e > s && b[e - 1] == b' ' {
        e -= 1;
    }
    // Never split a UTF-8 sequence.
    while s < e && (b[s] & 0xC0) == 0x80 {
        s += 1;
    }
    while e > s && e < b.len() && (b[e] & 0xC0) == 0x80 {
        e -= 1;
    }
    Span::new(s, e)
}

/// `[Name=` at `i`: returns the end of the name.
fn attribute_bracket(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < b.len() && j - i < 40 && (b[j].is_ascii_alphanumeric() || b[j] == b' ') {
        j += 1;
    }
    (j > i + 1 && b.get(j) == Some(&b'=') && b[i + 1].is_ascii_alphabetic()).then_some(j)
}

/// Keys of `[Name=value]` and `{Name=value}` fields, compared without case and spaces.
const FIELD_KEYS: &[(&str, AttrKey)] = &[
    ("message", AttrKey::Message),
    ("lastattemptedservername", AttrKey::LastAttemptedServerName),
    ("lastattemptedip", AttrKey::LastAttemptedIp),
    ("smtpsecurity", AttrKey::SmtpSecurity),
    ("msg", AttrKey::Msg),
    ("fqdn", AttrKey::Fqdn),
    ("ip", AttrKey::Ip),
    ("lrt", AttrKey::LastRetryTime),
];

fn field_key(name: &[u8]) -> Option<AttrKey> {
    let mut buf = [0u8; 40];
    let mut n = 0;
    for &c in name {
        if c != b' ' && n < buf.len() {
            buf[n] = c.to_ascii_lowercase();
            n += 1;
        }
    }
    FIELD_KEYS
        .iter()
        .find(|(k, _)| k.as_bytes() == &buf[..n])
        .map(|(_, v)| *v)
}

/// Whether the `[` at `i` opens a known field (`[LastAttemptedServerName=`).
fn starts_a_field(b: &[u8], i: usize) -> bool {
    attribute_bracket(b, i).is_some_and(|end| field_key(&b[i + 1..end]).is_some())
}

/// The attributes of a text (`[Name=value]`, the server named by an anchor, ...), in the
/// order found, the first of each key.
pub(crate) type Attributes = ArrayVec<(AttrKey, Span), MAX_ATTRIBUTES>;

/// What a text's attributes are found from besides its bytes: the spans of the signal hits
/// they read. A diagnosis keeps these (not the attributes), and its attributes are found
/// when they are asked for: nothing it decides depends on them, and most callers of the
/// classifier never read them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct AttrHits {
    server_at: Option<Span>,
    said: Option<Span>,
    connect_to: Option<Span>,
    in_reply_to: Option<Span>,
    /// The first hit that is a number (a socket error: `10061`).
    socket: Option<Span>,
    /// The first hit of a queue status word (`status=deferred`, `stat=Deferred`, ` == `):
    /// its field's value is read when attributes are asked for.
    status: Option<Span>,
    /// The writers whose own marks the text shows ([`Scan::origins`]): a log line's
    /// `relay=` field is looked for only in Postfix's, Sendmail's and OpenSMTPD's lines,
    /// Exim's `H=` in Exim's.
    origins: u32,
}

impl AttrHits {
    /// The same hits with each span moved by `f` (a text read collapsed, read back).
    pub(crate) fn map_spans(&mut self, f: impl Fn(Span) -> Span) {
        for s in [
            &mut self.server_at,
            &mut self.said,
            &mut self.connect_to,
            &mut self.in_reply_to,
            &mut self.socket,
            &mut self.status,
        ] {
            *s = s.map(&f);
        }
    }

    pub(crate) fn of(text: &str, sc: &Scan) -> Self {
        let anchor = |sig: Signal| sc.hit(sig).map(|h| h.span);
        let socket = sc.hits.iter().find(|h| {
            let p = h.span.of(text).as_bytes();
            p.first().is_some_and(u8::is_ascii_digit)
        });
        let status = sc
            .hits
            .iter()
            .find(|h| {
                matches!(
                    h.signal,
                    Signal::Deferred | Signal::Bounced | Signal::Sent | Signal::Expired
                )
            })
            .map(|h| h.span);
        AttrHits {
            server_at: anchor(Signal::AnchorServerAt),
            said: anchor(Signal::AnchorSaid),
            connect_to: anchor(Signal::AnchorConnectTo),
            in_reply_to: anchor(Signal::AnchorInReplyTo),
            socket: socket.map(|h| h.span),
            status,
            origins: sc.origins,
        }
    }
}

/// The value of a queue status field that a hit reads (`status=deferred`, `stat=Sent`,
/// `result=TempFail`): none for a hit that is no such field (Exim's ` == ` flag, a JSON
/// name); a value that another field follows in the hit (`result=Ok stat=`) ends before it.
fn status_value(b: &[u8], hit: Span) -> Option<Span> {
    let h = &b[hit.start()..hit.end()];
    let eq = memchr::memchr(b'=', h)?;
    let name = &h[..eq];
    if ![&b"status"[..], b"stat", b"result"]
        .iter()
        .any(|n| name.eq_ignore_ascii_case(n))
    {
        return None;
    }
    let value = &h[eq + 1..];
    let end = match memchr::memchr(b' ', value) {
        Some(sp) if memchr::memchr(b'=', &value[sp..]).is_some() => sp,
        _ => value.len(),
    };
    let start = hit.start() + eq + 1;
    Some(Span::new(start, start + end))
}

fn push_attr(out: &mut Attributes, key: AttrKey, span: Span) {
    if span.start() < span.end() && !out.iter().any(|(k, _)| *k == key) {
        let _ = out.try_push((key, span));
    }
}

fn trim_span(b: &[u8], mut s: usize, mut e: usize) -> Span {
    while s < e && b[s].is_ascii_whitespace() {
        s += 1;
    }
    while e > s && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    Span::new(s, e)
}

pub(crate) fn find_attributes(text: &str, hits: &AttrHits) -> Attributes {
    let mut found = Attributes::new();
    let out = &mut found;
    let b = text.as_bytes();
    // Bracketed fields: `[Name=value]`, `{Name=value}` and Exchange Online's
    // `[frontend.host timestamp id]`.
    let mut i = 0;
    // The first `]` at or after `close_from` (`None`: there is none): one search serves
    // every `[` before it, so that a run of `[` costs one search, not one per bracket.
    let (mut close_from, mut close) = (usize::MAX, None);
    // (A bracket right after the last one is taken without a search: runs of brackets.)
    loop {
        let open = if b.get(i).is_some_and(|&c| c == b'[' || c == b'{') {
            i
        } else {
            match memchr::memchr2(b'[', b'{', &b[i..]) {
                Some(off) => i + off,
                None => break,
            }
        };
        i = open + 1;
        let close_ch = if b[open] == b'[' { b']' } else { b'}' };
        // Only a name that may be a known key is read (`[host x[` is no field).
        let key_like = b.get(open + 1).is_some_and(|c| {
            let c = c.to_ascii_lowercase();
            FIELD_KEYS.iter().any(|(k, _)| k.as_bytes()[0] == c)
        });
        if let Some(name_end) = key_like.then(|| attribute_bracket(b, open)).flatten() {
            let Some(key) = field_key(&b[open + 1..name_end]) else {
                // (No bracket inside a name: the search goes on after it, at its `=`.)
                i = name_end + 1;
                continue;
            };
            // The value runs to the matching close, or to the next ` [Name=` of a known
            // field when the close is missing (some NDRs drop it).
            let vstart = name_end + 1;
            let mut depth = 0usize;
            let mut j = vstart;
            let mut vend = b.len();
            while let Some(off) = memchr::memchr2(b[open], close_ch, &b[j..]) {
                j += off;
                if b[j] == close_ch {
                    if depth == 0 {
                        vend = j;
                        break;
                    }
                    depth -= 1;
                } else if b[j] == b'[' && b[j - 1] == b' ' && starts_a_field(b, j) {
                    vend = j - 1;
                    break;
                } else {
                    depth += 1;
                }
                j += 1;
            }
            push_attr(out, key, trim_span(b, vstart, vend));
            i = vend.max(vstart);
        } else if b[open] == b'[' {
            if open + 1 < close_from || close.is_some_and(|c| c < open + 1) {
                close_from = open + 1;
                close = memchr::memchr(b']', &b[open + 1..]).map(|c| open + 1 + c);
            }
            frontend_bracket(b, open, close, out);
        }
    }
    let anchor = |span: Option<Span>| span.map(|h| (h.start(), h.end()));
    let (server_at, said, connect_to, in_reply_to) = (
        anchor(hits.server_at),
        anchor(hits.said),
        anchor(hits.connect_to),
        anchor(hits.in_reply_to),
    );
    // `host HOST[IP] said:`: look back from ` said:` for `host ` (a bounded window).
    let host = said.and_then(|(p, _)| {
        let from = p.saturating_sub(260);
        memmem::rfind(&b[from..p], b"host ").map(|x| (from + x, from + x + 5))
    });
    // `Server at HOST (IP) returned` (NDR history lines).
    if let Some((p, hs)) = server_at {
        let window_end = (hs + 300).min(b.len());
        let w = &b[hs..window_end];
        let ret = find_ci(w, b" returned").map(|x| hs + x);
        let paren = memchr::memchr(b'(', w).map(|x| hs + x);
        let host_end = match (paren, ret) {
            (Some(p), Some(r)) if p < r => p,
            (_, Some(r)) => r,
            (Some(p), None) => p,
            (None, None) => hs,
        };
        push_attr(out, AttrKey::Server, trim_span(b, hs, host_end));
        if let Some(p) = paren.filter(|&p| ret.is_none_or(|r| p < r)) {
            if let Some(c) = memchr::memchr(b')', &b[p..window_end]) {
                push_attr(out, AttrKey::ServerIp, trim_span(b, p + 1, p + c));
            }
        }
        // The date and time that starts the line: `5/25/2018 8:11:10 AM - Server at`.
        let head = &b[..p];
        if let Some(dash) = memmem::rfind(head, b" - ") {
            if b.first().is_some_and(u8::is_ascii_digit) && dash < 40 {
                push_attr(out, AttrKey::LoggedAt, trim_span(b, 0, dash));
            }
        }
    }
    // `host HOST[IP] said:` (Postfix) and `connect to HOST[IP]:25:`.
    for (_, hs) in [host, connect_to].into_iter().flatten() {
        let w_end = (hs + 260).min(b.len());
        let mut j = hs;
        while j < w_end && !matches!(b[j], b'[' | b' ' | b':' | b',') {
            j += 1;
        }
        if j < w_end && b[j] == b'[' && j > hs {
            if let Some(c) = memchr::memchr(b']', &b[j..w_end]) {
                push_attr(out, AttrKey::Server, trim_span(b, hs, j));
                // (Not a local socket's path: `host x[private/dovecot-lmtp] said:`.)
                let ip = trim_span(b, j + 1, j + c);
                if is_ip(ip.of(text).strip_prefix("IPv6:").unwrap_or(ip.of(text))) {
                    push_attr(out, AttrKey::ServerIp, ip);
                }
            }
        }
    }
    if let Some((_, s)) = in_reply_to {
        let w_end = (s + 60).min(b.len());
        if let Some(e) = find_ci(&b[s..w_end], b" command)") {
            push_attr(out, AttrKey::InReplyTo, trim_span(b, s, s + e));
        }
    }
    // Socket error numbers come from the signal hits (`10061`), as does `status=deferred`
    // / `stat=Deferred`.
    if let Some(span) = hits.socket {
        push_attr(out, AttrKey::SocketError, span);
    }
    if let Some(span) = hits.status.and_then(|h| status_value(b, h)) {
        push_attr(out, AttrKey::Status, span);
    }
    // A log line's relay (`relay=mx.example.org[192.0.2.5]:25,`) and Exim's host
    // (`H=mx.example.org [192.0.2.5]`), which name the server where no anchor did.
    let writes = |o: Origin| hits.origins & (1 << o.index()) != 0;
    let relay = [Origin::Postfix, Origin::Sendmail, Origin::Opensmtpd]
        .into_iter()
        .any(writes)
        .then(|| relay_field(b))
        .flatten();
    if let Some(r) = relay {
        push_attr(out, AttrKey::Relay, r);
    }
    // (Only on a line of a delivery, which names its recipient, `to=`: Sendmail's `from=`,
    // `ruleset=check_rcpt` and `collect:` lines name the client that sent to us.)
    let host = match relay {
        Some(r) if field_at(b, &TO_FIELD).is_some() => relay_host(text, r),
        Some(_) => None,
        None if writes(Origin::Exim) => exim_host(b),
        None => None,
    };
    if let Some((server, ip)) = host {
        if !out.iter().any(|(k, _)| *k == AttrKey::Server) {
            if let Some(s) = server {
                push_attr(out, AttrKey::Server, s);
            }
            push_attr(out, AttrKey::ServerIp, ip);
        }
    }
    found
}

/// Where a field named `name` (with its `=`) starts a field: at the start of the text or
/// after a blank or a comma (not `xrelay=`).
fn field_at(b: &[u8], name: &memmem::Finder<'static>) -> Option<usize> {
    name.find_iter(b)
        .find(|&i| i == 0 || matches!(b[i - 1], b' ' | b',' | b'\t'))
}

/// The searchers of the fields above, built once (building one costs more than a search
/// of a log line).
static RELAY_FIELD: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b"relay="));
static EXIM_HOST_FIELD: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b"H="));
static EXIM_RECEIVED: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b" <= "));
static TO_FIELD: LazyLock<memmem::Finder<'static>> = LazyLock::new(|| memmem::Finder::new(b"to="));
static EXIM_ROUTER: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b" R="));
static EXIM_TRANSPORT: LazyLock<memmem::Finder<'static>> =
    LazyLock::new(|| memmem::Finder::new(b" T="));

/// The value of a log line's `relay=` field: up to its closing quote when quoted
/// (OpenSMTPD's `relay="192.0.2.5 (mx.example.org)"`), else to the next comma or line end
/// (Postfix's `mx.example.org[192.0.2.5]:25`, Sendmail's `mx.example.org. [192.0.2.5]`).
fn relay_field(b: &[u8]) -> Option<Span> {
    let at = field_at(b, &RELAY_FIELD)? + 6;
    let rest = &b[at..(at + 300).min(b.len())];
    let (start, len) = if rest.first() == Some(&b'"') {
        (at + 1, memchr::memchr(b'"', &rest[1..])?)
    } else {
        (
            at,
            memchr::memchr3(b',', b'\n', b'\r', rest).unwrap_or(rest.len()),
        )
    };
    let span = trim_span(b, start, start + len);
    (span.start() < span.end()).then_some(span)
}

/// The server and its address that a relay names ([`host_ip`]); none without an address
/// (`none`, `local`, a transport's name or socket).
fn relay_host(text: &str, relay: Span) -> Option<(Option<Span>, Span)> {
    let v = relay.of(text);
    let (host, ip) = host_ip(v);
    // (Offsets of the parts within `text`: they are subslices of it.)
    let span = |p: &str| {
        let start = p.as_ptr() as usize - text.as_ptr() as usize;
        Span::new(start, start + p.len())
    };
    Some((host.map(span), span(ip?)))
}

/// A host and its address as mail logs write them: `host[ip]` or `host[ip]:port`
/// (Postfix), `host [ip]` (Exim, Sendmail: the root's dot dropped), `ip (host)` and
/// `host (ip)` (OpenSMTPD); a bare host. `none` is no host, and only an address is an
/// address (not a local socket's path: Postfix's `relay=host[private/dovecot-lmtp]`).
///
/// ```
/// use mfi_core::internal::host_ip;
/// assert_eq!(host_ip("mx.example.net[192.0.2.1]:25"), (Some("mx.example.net"), Some("192.0.2.1")));
/// assert_eq!(host_ip("192.0.2.1 (mx.example.net)"), (Some("mx.example.net"), Some("192.0.2.1")));
/// assert_eq!(host_ip("dovecot[private/dovecot-lmtp]"), (Some("dovecot"), None));
/// ```
pub fn host_ip(v: &str) -> (Option<&str>, Option<&str>) {
    let v = v.trim();
    let Some(open) = v.find(['[', '(']) else {
        let h = v.trim_end_matches('.');
        return (Some(h).filter(|h| !h.is_empty() && *h != "none"), None);
    };
    let close = if v.as_bytes()[open] == b'[' { ']' } else { ')' };
    let host = v[..open].trim().trim_end_matches('.');
    let ip = v[open + 1..].split(close).next().unwrap_or("").trim();
    // OpenSMTPD writes `ip (host)`.
    let (host, ip) = if is_ip(host) && !is_ip(ip) {
        (ip.trim_end_matches('.'), host)
    } else {
        (host, ip)
    };
    let ip = ip
        .strip_prefix("IPv6:")
        .or_else(|| ip.strip_prefix("ipv6:"))
        .unwrap_or(ip);
    (
        Some(host).filter(|h| !h.is_empty() && *h != "none"),
        Some(ip).filter(|i| is_ip(i)),
    )
}

/// Whether `s` is an IPv4 or IPv6 address (by its characters).
pub fn is_ip(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 45
        && (s.bytes().all(|c| c.is_ascii_digit() || c == b'.') && s.contains('.')
            || s.contains(':')
                && s.bytes()
                    .all(|c| c.is_ascii_hexdigit() || c == b':' || c == b'.'))
}

/// The server of Exim's host field on a delivery line: `H=mx.example.org [192.0.2.5]`, or
/// `H=[192.0.2.5]` for a host without a name. A delivery line names its router or
/// transport (`R=dnslookup T=remote_smtp`), or is a note of a connection to the host
/// (`H=mx [ip] Connection refused`, `H=mx [ip]: SMTP error ...`). On a line about mail
/// received (`<=`, a refusal of ours: `H=client (helo) [ip] X=... F=<a> rejected RCPT`)
/// the field names the client, which is no server of a delivery: none then.
fn exim_host(b: &[u8]) -> Option<(Option<Span>, Span)> {
    if EXIM_RECEIVED.find(b).is_some() {
        return None;
    }
    let at = field_at(b, &EXIM_HOST_FIELD)? + 2;
    // (`... delivering unencrypted to H=mx [ip]`: a host sent to.)
    let routed = EXIM_ROUTER.find(b).is_some()
        || EXIM_TRANSPORT.find(b).is_some()
        || (at >= 5 && &b[at - 5..at - 2] == b"to ");
    let rest = &b[at..(at + 300).min(b.len())];
    let name_end = rest
        .iter()
        .position(|&c| matches!(c, b' ' | b':' | b'\t'))
        .unwrap_or(rest.len());
    let name = &rest[..name_end];
    // (Where the host's part ends: the line goes on with the connection's failure.)
    let connection_note = |after: &[u8]| {
        // (`]: SMTP error ...`, not a client's port, `]:51234 I=[...]`)
        after.starts_with(b": ")
            || after.starts_with(b" Connection ")
            || after.starts_with(b" SMTP ")
            || after.starts_with(b" TLS ")
    };
    if name.first() == Some(&b'[') {
        let close = memchr::memchr(b']', name)?;
        let after = &rest[close + 1..];
        return (routed || connection_note(after)).then(|| (None, Span::new(at + 1, at + close)));
    }
    let i = name_end + 1;
    if rest.get(name_end) != Some(&b' ') || rest.get(i) != Some(&b'[') {
        return None;
    }
    let close = i + memchr::memchr(b']', &rest[i..])?;
    let after = &rest[close + 1..];
    if !(routed || connection_note(after)) {
        return None;
    }
    Some((
        (name_end > 0).then(|| Span::new(at, at + name_end)),
        Span::new(at + i + 1, at + close),
    ))
}

/// `[host.name.example timestamp id]` or `[host.name.example]` (three dots or more), where
/// `close` is the first `]` after `open`.
fn frontend_bracket(b: &[u8], open: usize, close: Option<usize>, out: &mut Attributes) {
    let Some(close) = close.filter(|&c| c < open + 160) else {
        return;
    };
    let inner = &b[open + 1..close];
    let mut parts = inner.split(|&c| c == b' ').filter(|p| !p.is_empty());
    let Some(host) = parts.next() else { return };
    let dots = host.iter().filter(|&&c| c == b'.').count();
    let hostlike = host
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
        && host.iter().any(u8::is_ascii_alphabetic);
    let ts = parts.next();
    let id = parts.next();
    let has_ts = ts.is_some_and(|t| t.len() >= 19 && t[4] == b'-' && t[10] == b'T');
    if !hostlike || !(dots >= 3 || has_ts) || parts.next().is_some() {
        return;
    }
    // Offsets of the parts within `b` (they are subslices of it).
    let off = |p: &[u8]| p.as_ptr() as usize - b.as_ptr() as usize;
    push_attr(
        out,
        AttrKey::Frontend,
        Span::new(off(host), off(host) + host.len()),
    );
    if let (Some(t), true) = (ts, has_ts) {
        push_attr(out, AttrKey::Timestamp, Span::new(off(t), off(t) + t.len()));
        if let Some(id) = id {
            push_attr(
                out,
                AttrKey::FrontendId,
                Span::new(off(id), off(id) + id.len()),
            );
        }
    }
}

/// ASCII-case-insensitive search for a lowercase needle: where it first occurs (an empty
/// needle at 0).
pub fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    // Candidate starts in increasing order: the first that matches is the leftmost.
    let mut p = 0;
    while p <= last {
        p += memchr::memchr2(first, first.to_ascii_uppercase(), &hay[p..=last])?;
        if hay[p..p + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(p);
        }
        p += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Repeatable pseudo-random numbers below `m` (a linear congruential generator).
    fn numbers(mut seed: u32) -> impl FnMut(usize) -> usize {
        move |m| {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            (seed >> 16) as usize % m
        }
    }

    #[test]
    fn find_ci_finds_the_leftmost_match_in_any_case() {
        assert_eq!(find_ci(b"a Report, a REPORT", b"report"), Some(2));
        assert_eq!(find_ci(b"xx returnedreturned", b" returned"), Some(2));
        assert_eq!(find_ci(b"ppp", b"ppp"), Some(0));
        assert_eq!(find_ci(b"pp", b"ppp"), None);
        assert_eq!(find_ci(b"", b"x"), None);
        assert_eq!(find_ci(b"abc", b""), Some(0));
        assert_eq!(find_ci(b"(COMMAND)", b"command)"), Some(1));
        assert_eq!(find_ci(b"transfer-encoding", b"-transfer-encoding"), None);
        let long = format!("{} multipart/REPORT; report-type=x", "r".repeat(300));
        assert_eq!(find_ci(long.as_bytes(), b"report"), Some(311));
        // Every position, against a plain search.
        let hay = b"Xa-B xa-bXA-b-a";
        for needle in [&b"a-b"[..], b"x", b"-", b"b-a", b"xa-b"] {
            let plain = hay
                .windows(needle.len())
                .position(|w| w.eq_ignore_ascii_case(needle));
            assert_eq!(find_ci(hay, needle), plain, "{needle:?}");
        }
        // Random texts over a small alphabet (so that matches and near misses abound).
        let mut next = numbers(0x2545_f491);
        let alphabet = b"aAbB -eE";
        for _ in 0..2000 {
            // Short texts and long ones.
            let len = if next(2) == 0 {
                next(24)
            } else {
                256 + next(64)
            };
            let hay: Vec<u8> = (0..len).map(|_| alphabet[next(8)]).collect();
            let needle: Vec<u8> = (0..1 + next(4))
                .map(|_| alphabet[next(8)].to_ascii_lowercase())
                .collect();
            let plain = hay
                .windows(needle.len())
                .position(|w| w.eq_ignore_ascii_case(&needle));
            assert_eq!(find_ci(&hay, &needle), plain, "{hay:?} {needle:?}");
        }
    }

    /// The reply codes `find_replies` finds in a text.
    fn codes(t: &str) -> Vec<u16> {
        let mut sc = Scan::empty();
        find_replies(t, &mut sc);
        sc.chain
            .iter()
            .filter_map(|r| r.code)
            .map(|c| c.get())
            .collect()
    }

    /// A number after a host's or an address's `:` is a port, not a reply; after a `:`
    /// that ends a label (`said:`) or a word, or after `: `, it is a reply.
    #[test]
    fn a_port_is_no_reply_code() {
        for port in [
            "connect to smtp.example.net:587 (Connection timed out)",
            "Error: connect ECONNREFUSED 192.0.2.10:465",
            "connect to [2001:db8::10]:587 failed",
            "Error: connect ECONNREFUSED ::1:587",
            "Unable to connect to localhost:465 (Connection refused)",
            "connect ECONNREFUSED 2001:db8::5:465",
            "relay=mx.example.net[192.0.2.1]:25, status=deferred",
            // Exim's cipher and its key bits
            "X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes",
            "X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=no",
            "X=TLS1.2:ECDHE-RSA-CHACHA20-POLY1305:256 CV=no",
            // a message's size among its details
            "RCPT TO: a@example.net\nSize (in bytes): 512",
            "from=<a@example.org>, size=512, nrcpt=1",
        ] {
            assert_eq!(codes(port), Vec::<u16>::new(), "{port}");
        }
        for reply in [
            "said:550 5.1.1 unknown",
            "error:550 User unknown",
            "host mx.example.net[192.0.2.1] said: 550 User unknown",
            "smtp.example.net: 421 Too many connections",
            "remote-exchange:550 Relay access denied",
            "smtp_shared:550 mailbox unavailable",
            "mx.example.net:550 5.1.1 unknown",
        ] {
            assert_eq!(
                codes(reply).first(),
                Some(&if reply.contains("421") { 421 } else { 550 }),
                "{reply}"
            );
        }
    }

    /// A number whose second digit no reply has (RFC 5321 4.2: 0 to 5) is no reply where
    /// it stands alone: a port in a table of settings, a line of a source file. A 4xx or
    /// 5xx with a 7 (Microsoft's nonstandard `571`, `471`) still is, and any 4xx or 5xx
    /// after words that introduce a reply.
    #[test]
    fn a_number_no_reply_can_be_is_no_reply_code() {
        for text in [
            "SMTP\tSTARTTLS\t587\t= (Error: Unable to connect with TLS encryption)",
            "SMTP\tSSL\t465\t= (Error: Connection refused)",
            "unable to connect to ssl://mail.example.net:465 (Permission denied) at \
             /var/www/html/lib/classes/Swift/Transport/StreamBuffer.php#267",
        ] {
            assert_eq!(codes(text), Vec::<u16>::new(), "{text}");
        }
        for (text, code) in [
            ("Error;571 Delivery not authorized, message refused", 571),
            // (after words that introduce a reply, any 4xx or 5xx)
            (
                "host mx.example.net[192.0.2.1] said: 597 sender blocked",
                597,
            ),
            (
                "SMTP error from remote mail server after RCPT TO:<a@b.example>: 590 no",
                590,
            ),
            ("Remote host said: 580 mailbox full", 580),
            ("Error: size: 552 Message size exceeds fixed limit", 552),
            ("status\t471 Please try again later", 471),
            ("response\t550 Mailbox unavailable", 550),
        ] {
            assert_eq!(codes(text), vec![code], "{text}");
        }
    }

    /// A reply that a notice quotes on a line of its own (after Gmail's `The error that the
    /// other server returned was:`, after a recipient's `<a@b>:`) is a reply; a number that
    /// opens a line and that no reply can be is not.
    #[test]
    fn a_reply_on_a_line_of_its_own_is_a_reply() {
        for (text, code) in [
            (
                "The error that the other server returned was:\n554 Service unavailable; \
                 Client host [192.0.2.41] blocked",
                554,
            ),
            ("<user@example.org>:\n550 User unknown", 550),
            ("Invalid greeting from server:\r\n451 too busy", 451),
            (
                "SMTP error from remote mail server:\n    421 try later",
                421,
            ),
            // (curl's transcript of the server's lines; lettre's error without a text)
            ("> AUTH LOGIN\n< 535 Login Fail. Please try again", 535),
            ("Error: permanent error (535)", 535),
            // (MDaemon's and SecurityGateway's session transcripts)
            ("Wed 2026-08-05 08:01:30: <-- 500 Message rejected", 500),
            // (a session typed into telnet: the refusal after the command)
            (
                "MAIL FROM:<a@b.example>\n250 OK\nRCPT TO:<c@d.example>\n550 relay denied",
                550,
            ),
            (
                "ehlo me\n250 HELP\nstarttls\n554 TLS not supported here",
                554,
            ),
            ("DATA\n354 go ahead\n.\n554 Transaction failed", 554),
        ] {
            assert_eq!(codes(text), vec![code], "{text}");
        }
        for text in [
            "debug output\n276 == a@b.example R=dnslookup defer (-1): host lookup",
            "Queue summary:\n587 messages",
            "Trying 192.0.2.1...\nEHLO me\n250 mx.example.net\nConnection closed",
            "connection timed out\n\nStats for the last hour:\n  500 sent",
            "TLS handshake failed\n\nRegards,\nIT Support\n555 Fifth Avenue",
            "Failed to send mail: /usr/sbin/sendmail exited with error (255)",
            "upstream failed: HTTP error (503)",
            "The customer said 550 emails were sent, not 500",
            // (words that only look like a session's commands, or like a stage's end)
            "Plan: Basic\nData\n550 MB",
            "Hello,\n.\n450 Main Street",
            "Menu\nHelp\nQuit\n500 Points",
            "Backup failed:\n500 Files could not be read",
            "Summary of data:\n450 Records imported",
            // (numbers after a comma or a dash that are no SMTP refusal)
            "Mailgun Technologies, 548 Market St, San Francisco",
            "Disk: 1.9 GB used, 450 MB free",
            "421, Alice, active",
            "Our survey data said 450 people prefer email",
            "The webhook replied with 500 Internal Server Error",
        ] {
            assert_eq!(codes(text), Vec::<u16>::new(), "{text}");
        }
    }

    /// The block classifier hands out what a walk byte by byte finds, for every length
    /// around the block size, at every position, however far each call skips ahead.
    #[test]
    fn code_starts_are_those_of_a_walk() {
        let walk = |b: &[u8], from: usize| {
            (from..b.len()).find(|&p| {
                matches!(b[p], b'2' | b'4' | b'5')
                    && (p == 0 || !(is_word(b[p - 1]) || b[p - 1] == b'.'))
            })
        };
        let mut next = numbers(0x9e37_79b9);
        // Code digits, other digits, word bytes, `.`, separators and a UTF-8 byte.
        let alphabet = b"2452459._aZ :-[\xc3";
        for round in 0..6000 {
            let len = match round % 3 {
                0 => next(40),
                1 => BLOCK - 2 + next(5),
                _ => 60 + next(140),
            };
            let b: Vec<u8> = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let mut starts = CodeStarts::new(&b);
            let mut from = 0;
            loop {
                let got = starts.at_or_after(from);
                assert_eq!(got, walk(&b, from), "{b:?} from {from}");
                let Some(at) = got else { break };
                // The finder goes on from the next byte, or skips a code it read.
                from = at + 1 + if next(3) == 0 { next(40) } else { 0 };
            }
        }
        // Every length up to three blocks, all digits, all candidates.
        for len in 0..3 * BLOCK {
            let b = " 2".repeat(len / 2 + 1);
            let b = &b.as_bytes()[..len];
            let mut starts = CodeStarts::new(b);
            let mut from = 0;
            let found: Vec<usize> = std::iter::from_fn(|| {
                let at = starts.at_or_after(from)?;
                from = at + 1;
                Some(at)
            })
            .collect();
            assert_eq!(found, (0..len).filter(|p| p % 2 == 1).collect::<Vec<_>>());
        }
    }

    #[test]
    fn the_quick_answers_about_signals_and_reasons_are_those_of_a_search() {
        use strum::IntoEnumIterator;
        let flood = "connection refused; timed out; no route to host; ".repeat(40);
        let texts = [
            "451 4.4.0 DNS query failed: the mailbox is full, user unknown, spam blocked",
            "Mar 10 14:01:38 mail02 postfix/smtp[1]: connect to mx.example.net[192.0.2.1]:25: \
             Connection refused; host said: 550 5.7.1 relay denied (in reply to RCPT TO)",
            flood.as_str(),
            "",
        ];
        for text in texts {
            let sc = scan(text);
            for info in crate::knowledge::signals::SIGNALS {
                let s = info.signal;
                assert_eq!(
                    sc.has(s),
                    sc.hits.iter().any(|h| h.signal == s),
                    "{s:?} in {text:?}"
                );
            }
            for r in Reason::iter() {
                let named = sc.reasons.iter().any(|(x, _)| *x == r);
                assert_eq!(sc.names(r), named, "{r:?} in {text:?}");
            }
        }
    }

    fn attributes(text: &str) -> Vec<(AttrKey, &str)> {
        find_attributes(text, &AttrHits::of(text, &scan(text)))
            .iter()
            .map(|&(k, span)| (k, span.of(text)))
            .collect()
    }

    /// The value of one attribute of `text`, if it has one.
    fn attribute(text: &str, key: AttrKey) -> Option<String> {
        attributes(text)
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v.to_owned())
    }

    #[test]
    fn a_field_whose_close_is_missing_ends_before_the_next_field() {
        let text = "450 4.4.316 Connection refused [Message=Socket error code 10061 \
                    [LastAttemptedServerName=mx.example.com] [LastAttemptedIP=192.0.2.1:25]";
        assert_eq!(
            attributes(text),
            [
                (AttrKey::Message, "Socket error code 10061"),
                (AttrKey::LastAttemptedServerName, "mx.example.com"),
                (AttrKey::LastAttemptedIp, "192.0.2.1:25"),
                (AttrKey::SocketError, "10061"),
            ]
        );
    }

    #[test]
    fn nested_brackets_stay_in_the_value() {
        let text = "[Message=451 4.4.0 [a[b]c] done] [LastAttemptedServerName=mx.example.com]";
        assert_eq!(
            attributes(text),
            [
                (AttrKey::Message, "451 4.4.0 [a[b]c] done"),
                (AttrKey::LastAttemptedServerName, "mx.example.com"),
            ]
        );
    }

    #[test]
    fn a_size_field_before_another_field_is_no_reply() {
        // (msmtp's log: the size, then the reply's fields.)
        let t = "recipients=a@example.net mailsize=412 smtpstatus=250 smtpmsg='250 2.0.0 OK'";
        assert_eq!(codes(t), vec![250, 250]);
        // (A reply after a size's name is one: `size: 552 Message size exceeds ...`.)
        assert_eq!(
            codes("size: 552 Message size exceeds fixed limit"),
            vec![552]
        );
    }

    #[test]
    fn a_client_named_on_a_line_of_mail_received_is_no_server() {
        let server = |t: &str| attribute(t, AttrKey::Server);
        // Exim's delivery lines and its notes of a connection name the server.
        for t in [
            "1rKx00-000abc-Ab == bo@example.org R=dnslookup T=remote_smtp defer (111): \
             Connection refused H=mx.example.org [192.0.2.5]",
            "1rKx00-000abc-Ab H=mx.example.org [192.0.2.5]: SMTP error from remote mail server \
             after initial connection: 421 Service not available",
            "1rKx00-000abc-Ab TLS session failure: delivering unencrypted to \
             H=mx.example.org [192.0.2.5] (not in hosts_require_tls)",
        ] {
            assert_eq!(server(t).as_deref(), Some("mx.example.org"), "{t}");
        }
        // Its lines about mail received, and Sendmail's, name the client.
        for t in [
            "2024-12-25 15:43:28 H=client.example.net [192.0.2.44] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 \
             CV=no F=<a@example.net> rejected RCPT <b@example.org>: relay not permitted",
            "2024-12-25 15:43:28 H=client.example.net [192.0.2.44]:51234 I=[192.0.2.1]:25 \
             F=<a@example.net> rejected RCPT <b@example.org>: 550 5.1.1 user unknown",
            "Mar 10 21:24:56 mail02 sendmail[21265]: STARTTLS=server, relay=client.example.net \
             [192.0.2.170], version=TLSv1.3, verify=NO",
            "Mar 10 21:24:56 mail02 sendmail[21265]: ruleset=check_rcpt, arg1=<b@example.org>, \
             relay=client.example.net [192.0.2.7], reject=550 5.7.1 <b@example.org>... Relaying denied",
        ] {
            assert_eq!(server(t), None, "{t}");
        }
    }

    #[test]
    fn a_status_attribute_is_the_value_of_a_status_field_only() {
        let status = |t: &str| attribute(t, AttrKey::Status);
        // Exim's deferral flag holds `=` but is no field.
        let exim = "2024-01-02 10:00:00 1rKx00-000abc-Ab == bo@example.org R=dnslookup \
                    T=remote_smtp defer (110): Connection timed out";
        assert_eq!(status(exim), None);
        assert_eq!(
            status("to=<bo@example.org>, relay=none, status=deferred (connect to x)").as_deref(),
            Some("deferred")
        );
        assert_eq!(
            status("ABC: to=<bo@example.org>, stat=Deferred: Connection refused").as_deref(),
            Some("Deferred")
        );
        // OpenSMTPD: the field after `result=Ok` is not part of its value.
        assert_eq!(
            status("mta delivery evpid=1 to=<bo@example.org> result=Ok stat=250 2.0.0 Ok")
                .as_deref(),
            Some("Ok")
        );
    }

    #[test]
    fn a_field_that_never_closes_runs_to_the_end() {
        let text = "{MSG=450 4.4.316 Connection refused {no close";
        assert_eq!(
            attributes(text),
            [(AttrKey::Msg, "450 4.4.316 Connection refused {no close")]
        );
    }
}
