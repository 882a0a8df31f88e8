//! Text signals: words and tokens that name a failure in some mail system's own language.
//!
//! One table of patterns (matched case-insensitively, in one pass over the text), one table of
//! what each signal means. A pattern that starts or ends with a digit only matches as a whole
//! number (`10061` does not match inside `100610`).

use crate::model::{Cause, MfiCode, Origin, Reason};

/// How specific a pattern is. The strongest signal decides an equivalent MFI code; among
/// equals, the later one (deeper in a chain) wins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Strength {
    /// A vague phrase (`unable to connect`).
    Weak = 1,
    /// A plain description (`connection refused`).
    Medium = 2,
    /// A system's own token or number (`SocketConnectionRefused`, `10061`, `InfoNoRecords`).
    Strong = 3,
}

/// What a piece of text says. Signals that name a failure map to an MFI code and a cause in
/// [`SIGNALS`]; the others steer severity, expiry or the choice between rows of one code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
#[allow(missing_docs)]
pub enum Signal {
    DnsNoRecords,
    DomainNotFound,
    DomainNonexistent,
    DnsFailed,
    DnsTryAgain,
    TimedOut,
    Unreachable,
    ConnectFailed,
    CannotConnect,
    Refused,
    ServiceUnavailable,
    TlsNotOffered,
    StarttlsRequired,
    TlsFailed,
    CertExpired,
    CertMismatch,
    CertUntrusted,
    CertNotTrusted,
    CertInvalid,
    CertRevoked,
    Reset,
    Dropped,
    SessionTimedOut,
    Expired,
    Delayed,
    Deferred,
    Bounced,
    Sent,
    HintThrottle,
    HintMailboxFull,
    HintRecipientRejected,
    HintRelay,
    HintNotAuthenticated,
    HintMtaSts,
    HintGreylisted,
    HintNullMx,
    HintGreetingSkipped,
    HintInbound,
    HintBlocklisted,
    AnchorServerAt,
    AnchorSaid,
    AnchorConnectTo,
    AnchorInReplyTo,
    CommandHelo,
    CommandStarttls,
    CommandMail,
    CommandRcpt,
    CommandData,
    OriginExchangeOnline,
    OriginExchangeServer,
    OriginPostfix,
    OriginExim,
    OriginSendmail,
    OriginOpensmtpd,
    OriginQmail,
    OriginGmail,
    OriginAmazonSes,
    OriginOther,
    OriginCopier,
    QmailEncoded,
    LooseWhitespace,
}

/// What a signal means: the MFI code it is equivalent to and the cause it names.
#[derive(Debug)]
#[non_exhaustive]
pub struct SignalInfo {
    /// The signal.
    pub signal: Signal,
    /// The MFI code that describes the same failure, if any.
    pub mfi: Option<MfiCode>,
    /// The cause that the signal is evidence for, if any.
    pub cause: Option<Cause>,
    /// Why the mapping holds, in one line.
    pub why: &'static str,
}

macro_rules! signals {
    ($($sig:ident => $mfi:tt, $cause:tt, $why:literal;)*) => {
        /// Every [`Signal`], in declaration order, with its meaning.
        pub static SIGNALS: &[SignalInfo] = &[
            $(SignalInfo {
                signal: Signal::$sig,
                mfi: signals!(@mfi $mfi),
                cause: signals!(@cause $cause),
                why: $why,
            },)*
        ];
    };
    (@mfi -) => { None };
    (@mfi $m:ident) => { Some(MfiCode::$m) };
    (@cause -) => { None };
    (@cause $c:ident) => { Some(Cause::$c) };
}

signals! {
    DnsNoRecords => DnsQueryFailed, DnsNoRecords,
        "a lookup that returns no records is the DNS failure that 4.4.312 reports";
    DomainNotFound => DnsQueryFailed, DomainDoesNotExist,
        "a domain that does not resolve is the DNS failure of 4.4.312 (expired or deleted domain)";
    DomainNonexistent => DnsQueryFailed, DomainDoesNotExist,
        "a resolver's verdict that the domain does not exist (NXDOMAIN) is the DNS failure of 4.4.312, and lasting";
    DnsFailed => DnsQueryFailed, -,
        "a failed DNS query is 4.4.312 in other words (Exchange Server's 451 4.4.0 DNS query failed)";
    DnsTryAgain => DnsQueryFailed, DnsHostingProblem,
        "a lookup that failed for now (the resolver's 'try again', SERVFAIL): the domain's DNS servers did not answer, not a missing domain";
    TimedOut => ConnectionTimedOut, ConnectionTimedOut,
        "socket error 10060 and 'connection timed out' are the TCP timeout of 4.4.315";
    Unreachable => ConnectionTimedOut, NetworkUnreachable,
        "an unreachable network means no TCP session could be opened, as in 4.4.315";
    ConnectFailed => ConnectionTimedOut, -,
        "Exchange's '421 4.2.1 Unable to connect' is a connection attempt that got no session, as in 4.4.315";
    CannotConnect => CannotConnect, -,
        "Exchange Online's own wording of 4.4.317";
    Refused => ConnectionRefused, ConnectionRefused,
        "socket error 10061 and 'connection refused' are the refusal of 4.4.316";
    ServiceUnavailable => CannotConnect, ServiceNotAvailable,
        "a 'service not available' answer at connect time is the first cause of 4.4.317";
    TlsNotOffered => CannotConnect, TlsRequiredNotSupported,
        "TLS required but not offered by the destination is a cause of 4.4.317";
    StarttlsRequired => CannotConnect, StarttlsRequired,
        "a destination that demands STARTTLS fails the session as 4.4.317 does";
    TlsFailed => CannotConnect, TlsNegotiationFailed,
        "a failed TLS negotiation on a connector is reported as 4.4.317";
    CertExpired => CertificateValidationFailed, CertificateExpired,
        "an expired certificate fails certificate validation (4.7.320)";
    CertMismatch => CertificateValidationFailed, CertificateSubjectMismatch,
        "a subject mismatch fails certificate validation (4.7.320)";
    CertUntrusted => CannotConnect, IncompleteCertificateChain,
        "Exchange Online reports an untrusted chain (UntrustedRoot, usually a missing intermediate) as 4.4.317";
    CertNotTrusted => CannotConnect, UntrustedCertificate,
        "a self-signed certificate or one from an unknown issuer cannot be trusted: an untrusted certificate is 4.4.317";
    CertInvalid => CertificateValidationFailed, -,
        "a failed certificate check is 4.7.320 in other words";
    CertRevoked => CertificateValidationFailed, CertificateNoLongerValid,
        "a revoked or not-yet-valid certificate is no longer valid (4.7.320)";
    Reset => ConnectionClosedAbruptly, ConnectionReset,
        "a reset connection (socket error 10054) ends the session abruptly, as in 4.4.318";
    Dropped => ConnectionClosedAbruptly, -,
        "a dropped or lost connection is 4.4.318 in other words";
    SessionTimedOut => ConnectionClosedAbruptly, DestinationServerUnhealthy,
        "a timeout after the session opened (waiting for the greeting or a reply) is a hanging server, a cause of 4.4.318";
    Expired => -, MessageExpiredInQueue, "the message expired in a queue";
    Delayed => -, -, "a delay notice: still queued";
    Deferred => -, -, "an MTA log's deferral: still queued";
    Bounced => -, -, "an MTA log's bounce: returned to the sender";
    Sent => -, -, "an MTA log's delivery";
    HintThrottle => -, RateLimited, "throttling or a limit was hit";
    HintMailboxFull => -, MailboxFull, "the mailbox is full";
    HintRecipientRejected => -, -, "a recipient rejection (tells 5.4.1 rows apart)";
    HintRelay => -, RelayDenied, "relaying was refused";
    HintNotAuthenticated => -, AuthenticationRequired, "authentication was required";
    HintMtaSts => -, MtaStsFailure, "an MTA-STS policy check failed";
    HintGreylisted => -, Greylisted, "the receiver greylists the sender";
    HintNullMx => -, -, "the domain publishes a null MX (RFC 7505): it takes no mail, and no lookup failed";
    HintGreetingSkipped => -, -, "Postfix passes over a server that greets with a refusal (smtp_skip_5xx_greeting, on by default) and tries the next one or later: a 5xx greeting alone bounces nothing (Postfix words a refused HELO or LHLO the same way, and bounces those: the text cannot tell them apart)";
    HintInbound => -, -, "a receiving server's account of a client that came to it (Postfix smtpd's `lost connection after EHLO from ...`, its `hostname ... does not resolve to address`): none of the sender's deliveries failed";
    HintBlocklisted => -, SendingIpBlocked, "the sending host is on a block list";
    AnchorServerAt => -, -, "where an NDR history line names the server (`Server at HOST (IP)`)";
    AnchorSaid => -, -, "where a Postfix line quotes the server (`host HOST[IP] said:`)";
    AnchorConnectTo => -, -, "where a connect error names the server (`connect to HOST[IP]:25`)";
    AnchorInReplyTo => -, -, "the SMTP command a reply answered (`(in reply to RCPT TO command)`)";
    CommandHelo => -, -, "the session failed at the greeting (HELO or EHLO)";
    CommandStarttls => -, -, "the session failed at STARTTLS";
    CommandMail => -, -, "the session failed at MAIL FROM (the sender was refused)";
    CommandRcpt => -, -, "the session failed at RCPT TO (the recipient was refused)";
    CommandData => -, -, "the session failed after DATA (the message was refused)";
    OriginExchangeOnline => -, -, "Exchange Online's own fields and host names";
    OriginExchangeServer => -, -, "Exchange's NDR and diagnostic layout";
    OriginPostfix => -, -, "Postfix's log fields and bounce template";
    OriginExim => -, -, "Exim's log fields and bounce template";
    OriginSendmail => -, -, "Sendmail's log fields and bounce template";
    OriginOpensmtpd => -, -, "OpenSMTPD's log fields and bounce template";
    OriginQmail => -, -, "qmail's program names";
    OriginGmail => -, -, "Gmail's bounce wording";
    OriginAmazonSes => -, -, "Amazon SES's host names";
    OriginOther => -, -, "the own words of a mail system that is none of the named ones (ZoneMTA, Postal): the text's `host[ip]` is not Postfix's";
    OriginCopier => -, -, "the own mark of a system whose notices copy a named system's template sentence (1&1 under Exim's, ZoneMTA under Gmail's): that sentence names no writer";
    QmailEncoded => -, -, "qmail-send's log writes spaces as '_' and line ends as '/': the text is read decoded";
    LooseWhitespace => -, -, "words apart by a run of blanks (a folded or padded text): the text is read with each run as one space";
}

impl Signal {
    /// Whether the signal is about TLS or certificates.
    pub fn is_tls(self) -> bool {
        matches!(
            self,
            Signal::TlsNotOffered
                | Signal::StarttlsRequired
                | Signal::TlsFailed
                | Signal::CertExpired
                | Signal::CertMismatch
                | Signal::CertUntrusted
                | Signal::CertNotTrusted
                | Signal::CertInvalid
                | Signal::CertRevoked
        )
    }

    /// The reason a TLS or certificate signal names more exactly than the MFI code it stands
    /// for (4.4.317's reason is the generic network error): STARTTLS not offered, refused or
    /// failed is `failedstarttls`; a certificate that failed its checks is `securityerror`.
    pub fn tls_reason(self) -> Option<Reason> {
        match self {
            Signal::TlsNotOffered | Signal::StarttlsRequired | Signal::TlsFailed => {
                Some(Reason::Failedstarttls)
            }
            Signal::CertExpired
            | Signal::CertMismatch
            | Signal::CertUntrusted
            | Signal::CertNotTrusted
            | Signal::CertInvalid
            | Signal::CertRevoked => Some(Reason::Securityerror),
            _ => None,
        }
    }

    /// The system whose own wording or layout this signal is (the origin markers).
    pub fn origin(self) -> Option<Origin> {
        Some(match self {
            Signal::OriginExchangeOnline => Origin::ExchangeOnline,
            Signal::OriginExchangeServer => Origin::ExchangeServer,
            Signal::OriginPostfix => Origin::Postfix,
            Signal::OriginExim => Origin::Exim,
            Signal::OriginSendmail => Origin::Sendmail,
            Signal::OriginOpensmtpd => Origin::Opensmtpd,
            Signal::OriginQmail => Origin::Qmail,
            Signal::OriginGmail => Origin::Gmail,
            Signal::OriginAmazonSes => Origin::AmazonSes,
            Signal::OriginOther => Origin::Unknown,
            _ => return None,
        })
    }

    /// The row of [`SIGNALS`] for this signal.
    pub fn info(self) -> &'static SignalInfo {
        &SIGNALS[self as usize]
    }
}

/// One pattern of [`SIGNAL_PATTERNS`].
#[derive(Debug)]
#[non_exhaustive]
pub struct SignalPattern {
    /// The text, matched without regard to ASCII case.
    pub text: &'static str,
    /// What it signals.
    pub signal: Signal,
    /// How specific it is.
    pub strength: Strength,
}

macro_rules! patterns {
    ($($text:literal => $sig:ident, $strength:ident;)*) => {
        /// Every pattern, as `text => signal, strength`.
        pub static SIGNAL_PATTERNS: &[SignalPattern] = &[
            $(SignalPattern { text: $text, signal: Signal::$sig, strength: Strength::$strength },)*
        ];
    };
}

include!("patterns.rs");

/// One pattern of [`REASON_PATTERNS`]: words that name a reason, in this order (anything
/// may lie between the parts).
#[derive(Debug)]
#[non_exhaustive]
pub struct ReasonPattern {
    /// The words, matched without regard to ASCII case.
    pub parts: &'static [&'static str],
    /// The reason they name.
    pub reason: Reason,
    /// One mail system's own wording: it decides the reason.
    pub mta: bool,
}

macro_rules! reasons {
    (@mta) => { false };
    (@mta mta) => { true };
    ($($first:literal $(.. $more:literal)* => $reason:ident $(, $flag:ident)?;)*) => {
        /// Every reason pattern, as `"words" [.. "more words"] => Reason [, mta]`.
        pub static REASON_PATTERNS: &[ReasonPattern] = &[
            $(ReasonPattern {
                parts: &[$first $(, $more)*],
                reason: Reason::$reason,
                mta: reasons!(@mta $($flag)?),
            },)*
        ];
    };
}

include!("reasons.rs");

#[allow(dead_code)] // DFA_STATES serves the tests.
mod dfa {
    include!(concat!(env!("OUT_DIR"), "/signal_dfa.rs"));
}
use dfa::*;

/// One of the automata that `build.rs` writes: every prefix ([`ALL`]), or the prefixes of
/// the marks of a text's writer alone ([`MARKS`]).
struct Automaton {
    classes: usize,
    first_match: usize,
    max_pattern_len: usize,
    class: &'static [u8; 256],
    trans: &'static [u32],
    match_start: &'static [u32],
    matches: &'static [u16],
}

impl Automaton {
    /// Steps the automaton over one byte.
    #[inline(always)]
    fn step(&self, state: usize, byte: u8) -> usize {
        self.trans[state + usize::from(self.class[usize::from(byte)])] as usize
    }
}

const ALL: Automaton = Automaton {
    classes: DFA_CLASSES,
    first_match: DFA_FIRST_MATCH as usize,
    max_pattern_len: DFA_MAX_PATTERN_LEN,
    class: &DFA_CLASS,
    trans: &DFA_TRANS,
    match_start: &DFA_MATCH_START,
    matches: &DFA_MATCHES,
};

const MARKS: Automaton = Automaton {
    classes: MARK_DFA_CLASSES,
    first_match: MARK_DFA_FIRST_MATCH as usize,
    max_pattern_len: MARK_DFA_MAX_PATTERN_LEN,
    class: &MARK_DFA_CLASS,
    trans: &MARK_DFA_TRANS,
    match_start: &MARK_DFA_MATCH_START,
    matches: &MARK_DFA_MATCHES,
};

/// Who uses a fragment: a signal pattern, or a part of a reason pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// Signal pattern `i` of [`SIGNAL_PATTERNS`].
    Signal(usize),
    /// Part `part` of reason pattern `i` of [`REASON_PATTERNS`].
    Reason { pattern: usize, part: usize },
}

/// The fragments of the parts of reason pattern `pattern`, in order.
pub(crate) fn part_fragments(pattern: usize) -> &'static [u16] {
    let range =
        usize::from(REASON_PART_START[pattern])..usize::from(REASON_PART_START[pattern + 1]);
    &REASON_PART_FRAGMENTS[range]
}

/// The uses of fragment `f` (an id reported by [`find_all`]): the signal patterns first,
/// then the reason patterns' parts.
pub(crate) fn uses(f: usize) -> impl Iterator<Item = Use> {
    let range = usize::from(FRAGMENT_USE_START[f])..usize::from(FRAGMENT_USE_START[f + 1]);
    FRAGMENT_USES[range].iter().map(|&u| {
        let pattern = (u & 0x00ff_ffff) as usize;
        if u >> 31 == 0 {
            Use::Signal(pattern)
        } else {
            Use::Reason {
                pattern,
                part: ((u >> 24) & 0x7f) as usize,
            }
        }
    })
}

/// The text of fragment `f`, lower-cased.
pub(crate) fn fragment(f: usize) -> &'static str {
    FRAGMENTS[f]
}

/// Whether fragment `f` is written as (a piece of) a host name (`.spamhaus.org`,
/// `postmaster.comcast.net`: a full stop before a letter, marked by `build.rs`): words meant
/// to match inside a name.
pub(crate) fn names_a_host(f: usize) -> bool {
    FRAGMENT_NAMES_A_HOST[f / 64] >> (f % 64) & 1 != 0
}

/// Calls `found(fragment, start, end)` for every occurrence of every fragment (every distinct
/// wording of [`SIGNAL_PATTERNS`] and [`REASON_PATTERNS`]) in `hay`, ignoring ASCII case.
///
/// The automaton is compiled at build time (`build.rs`) into static tables; it matches the
/// first bytes of each fragment, and a prefix match is confirmed against the fragments that
/// start with it. A DFA walk is bound by the latency of its state loads, so the text is
/// walked as two halves at once, each with its own state: the first half runs on past the
/// middle by the longest prefix's length and reports the matches that start before the
/// middle; the second starts at the middle and reports the others. Every match is reported
/// once.
pub(crate) fn find_all(hay: &[u8], found: impl FnMut(usize, usize, usize)) {
    find_in::<false>(hay, found)
}

/// [`find_all`] for the fragments whose prefixes are those of the wordings that mark whose
/// words a text is in (the `Origin*` signals and Postfix's quoting anchors): a small
/// automaton of those prefixes alone, which makes a scan for the writer of a message cheap.
pub(crate) fn find_marks(hay: &[u8], found: impl FnMut(usize, usize, usize)) {
    find_in::<true>(hay, found)
}

/// The automaton of [`find_marks`] or of [`find_all`]. (Named by a constant, not passed
/// as a reference: the match closure is not inlined, and through a captured reference its
/// sizes would be loaded and divided by at run time.)
const fn automaton<const MARKS_ONLY: bool>() -> &'static Automaton {
    if MARKS_ONLY {
        &MARKS
    } else {
        &ALL
    }
}

fn find_in<const MARKS_ONLY: bool>(hay: &[u8], mut found: impl FnMut(usize, usize, usize)) {
    let a = automaton::<MARKS_ONLY>();
    let n = hay.len();
    let mid = n / 2;
    let end_a = (mid + a.max_pattern_len).min(n);
    // (`a.first_match` is read where it is used: a copy that the closure captured would be
    // a stack slot that the walk reloads at every byte.)
    let mut report = |state: usize, end: usize, lo: usize, hi: usize| {
        let a = automaton::<MARKS_ONLY>();
        let k = state / a.classes - a.first_match / a.classes;
        for &p in &a.matches[a.match_start[k] as usize..a.match_start[k + 1] as usize] {
            let p = usize::from(p);
            let s = end - usize::from(DFA_PREFIX_LEN[p]);
            if !(lo..hi).contains(&s) {
                continue;
            }
            let frags =
                usize::from(PREFIX_FRAGMENT_START[p])..usize::from(PREFIX_FRAGMENT_START[p + 1]);
            // The automaton matched the prefix `s..end`: of each fragment that starts with
            // it, only the rest is compared (its first byte alone rules most out).
            for &f in &PREFIX_FRAGMENTS[frags] {
                let f = usize::from(f);
                let text = FRAGMENTS[f].as_bytes();
                let e = s + text.len();
                if e == end
                    || (e <= hay.len()
                        && hay[end].eq_ignore_ascii_case(&text[end - s])
                        && hay[end + 1..e].eq_ignore_ascii_case(&text[end - s + 1..]))
                {
                    found(f, s, e);
                }
            }
        }
    };
    // The two halves side by side, as slices of one length (no bounds checks in the walk),
    // then what is left of either.
    let (first, second) = (&hay[..end_a], &hay[mid..]);
    let common = first.len().min(second.len());
    let (mut sa, mut sb) = (0usize, 0usize);
    let mut end = 0;
    for (&x, &y) in first[..common].iter().zip(&second[..common]) {
        end += 1;
        sa = a.step(sa, x);
        sb = a.step(sb, y);
        if sa >= a.first_match {
            report(sa, end, 0, mid);
        }
        if sb >= a.first_match {
            report(sb, mid + end, mid, n);
        }
    }
    for (k, &x) in first.iter().enumerate().skip(common) {
        sa = a.step(sa, x);
        if sa >= a.first_match {
            report(sa, k + 1, 0, mid);
        }
    }
    for (k, &y) in second.iter().enumerate().skip(common) {
        sb = a.step(sb, y);
        if sb >= a.first_match {
            report(sb, mid + k + 1, mid, n);
        }
    }
}

/// What a byte is to names, one bit each: [`ALNUM`] or [`SEPARATOR`] (a table, read once
/// per byte in the loops that walk over names, where the tests written out cost several
/// compares).
const NAME_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = ALNUM;
        } else if matches!(c, b'.' | b'-' | b'_' | b'@' | b'+' | b'%') {
            t[b] = SEPARATOR;
        }
        b += 1;
    }
    t
};
const ALNUM: u8 = 1;
const SEPARATOR: u8 = 2;

/// The bytes of host names and e-mail addresses.
#[inline]
fn name_byte(b: u8) -> bool {
    NAME_CLASS[usize::from(b)] != 0
}

/// The bytes between the labels and parts of names (`mx.dns-servfail.example`, `a@b`).
#[inline]
fn separator(b: u8) -> bool {
    NAME_CLASS[usize::from(b)] == SEPARATOR
}

#[inline]
fn alnum(b: u8) -> bool {
    NAME_CLASS[usize::from(b)] == ALNUM
}

/// Whether the match `s..e` next to it touches a separator of names (`.`, `@`, `-`): the
/// cheap first test for words, before [`inside_a_name`].
pub(crate) fn next_to_a_separator(hay: &[u8], s: usize, e: usize) -> bool {
    (s > 0 && separator(hay[s - 1])) || hay.get(e).is_some_and(|&b| separator(b))
}

/// Whether the match `s..e` is part of an e-mail address or a host name
/// (`refused@example.com`, `mx.dns-servfail.example`, `mytimeouthost.example.net`): words
/// there are never evidence of a failure. A match that is a whole token
/// (`SMTPSEND.DNS.InvalidData`, `QUEUE.Expired`) or has a space in it is not inside a name.
/// A host name is a dotted run whose last label is letters (not `4.4.316`, `192.0.2.1`).
pub(crate) fn inside_a_name(hay: &[u8], s: usize, e: usize) -> bool {
    const MAX: usize = 255;
    // Most matches stand between spaces or punctuation: decided by their two neighbours.
    let before = s > 0 && name_byte(hay[s - 1]);
    let after = e < hay.len() && name_byte(hay[e]);
    if !before && !after || !hay[s..e].iter().all(|&b| name_byte(b)) {
        return false;
    }
    // The letters and digits of the word around the match; a plain word ends there.
    let mut l = s;
    while l > 0 && s - l < MAX && alnum(hay[l - 1]) {
        l -= 1;
    }
    let mut r = e;
    while r < hay.len() && r - e < MAX && alnum(hay[r]) {
        r += 1;
    }
    if !(l > 0 && separator(hay[l - 1]) || r < hay.len() && separator(hay[r])) {
        return false;
    }
    while l > 0 && s - l < MAX && name_byte(hay[l - 1]) {
        l -= 1;
    }
    while r < hay.len() && r - e < MAX && name_byte(hay[r]) {
        r += 1;
    }
    // A full stop or a dash around a word is not part of a name.
    while l < s && matches!(hay[l], b'.' | b'-') {
        l += 1;
    }
    while r > e && matches!(hay[r - 1], b'.' | b'-') {
        r -= 1;
    }
    if (l, r) == (s, e) {
        return false;
    }
    let run = &hay[l..r];
    if run.contains(&b'@') {
        return true;
    }
    let tld = run.rsplit(|&b| b == b'.').next().unwrap_or(&[]);
    // (A last label in camel case names a class, not a domain: Java's
    // `java.net.UnknownHostException`, .NET's `System.Net.Sockets.SocketException`.)
    let camel = tld
        .windows(2)
        .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    run.contains(&b'.') && tld.len() >= 2 && tld.iter().all(u8::is_ascii_alphabetic) && !camel
}

#[cfg(test)]
mod tests {
    #[test]
    fn words_in_addresses_and_host_names_are_no_evidence() {
        let at = |t: &str, w: &str| {
            let s = t.find(w).unwrap();
            inside_a_name(t.as_bytes(), s, s + w.len())
        };
        assert!(at(
            "connect to mx.dns-servfail.example[192.0.2.1]:25",
            "servfail"
        ));
        assert!(at("<refused@example.com>: try later", "refused"));
        assert!(at("rcpt timeout-expired@example.net", "expired"));
        assert!(!at("error: SERVFAIL.", "SERVFAIL"));
        assert!(!at(
            "[Status=SMTPSEND.DNS.InvalidData]",
            "SMTPSEND.DNS.InvalidData"
        ));
        assert!(!at("Connection refused by mx.example.net.", "refused"));
        assert!(!at("host said: timed out", "timed out"));
        assert!(!at("451 4.4.316 refused", "refused"));
        assert!(at("to <a@mytimeouthost.example.net>", "timeout"));
        assert!(!at("username unknown", "user"));
        assert!(!at(
            "java.net.UnknownHostException: smtp.example.net",
            "UnknownHostException"
        ));
        assert!(at("to <a@mytimeouthost.Example.Com>", "timeout"));
        // Through the classifier: the host's name does not make a DNS failure.
        let d = crate::classify(
            "connect to mx.dns-servfail.example[192.0.2.1]:25: Connection timed out",
        );
        assert_eq!(d.mfi_code(), Some(crate::MfiCode::ConnectionTimedOut));
        let d = crate::classify("451 4.3.0 <refused@example.com>: try again later");
        assert_eq!(d.mfi_code(), None);
    }

    use super::*;

    #[test]
    fn signal_table_in_enum_order() {
        for (i, s) in SIGNALS.iter().enumerate() {
            assert_eq!(s.signal as usize, i, "{:?}", s.signal);
        }
    }

    /// Every case-insensitive occurrence of every fragment, by brute force.
    fn find_all_simple(hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (p, frag) in FRAGMENTS.iter().enumerate() {
            let pb = frag.as_bytes();
            for s in 0..hay.len().saturating_sub(pb.len() - 1) {
                if hay[s..s + pb.len()].eq_ignore_ascii_case(pb) {
                    out.push((p, s, s + pb.len()));
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// The scanner takes a signal that starts with a digit for a socket error number
    /// (placed as error messages place them): every such pattern is one.
    #[test]
    fn signals_that_start_with_a_digit_are_socket_error_numbers() {
        for p in SIGNAL_PATTERNS.iter() {
            if p.text.as_bytes()[0].is_ascii_digit() {
                assert!(p.text.bytes().all(|b| b.is_ascii_digit()), "{}", p.text);
                assert!(p.text.len() == 5 && p.text.starts_with('1'), "{}", p.text);
            }
        }
    }

    /// A fragment of one or two characters is found at nearly every byte of a text, and
    /// every find is booked: the scanner's cost grows with them (a rare character alone,
    /// `@`, is the exception).
    #[test]
    fn no_fragment_is_too_short_to_scan_cheaply() {
        for f in FRAGMENTS.iter() {
            assert!(f.len() >= 3 || *f == "@", "fragment {f:?} is too short");
        }
    }

    #[test]
    fn automaton_tables_are_consistent() {
        assert_eq!(DFA_TRANS.len(), DFA_STATES * DFA_CLASSES);
        assert_eq!(FRAGMENT_USE_START.len(), FRAGMENTS.len() + 1);
        // Every pattern and every part of every reason pattern is a fragment's use.
        // (A wording that starts with a non-ASCII lower-case letter has a second fragment,
        // that letter capitalised: the first part of a reason pattern, a signal pattern. So
        // has one with an apostrophe, written with the typographic one.)
        let same = |text: &str, fragment: &str| {
            let lower = text.to_ascii_lowercase();
            let mut c = lower.chars();
            let capitalised = c
                .next()
                .filter(|f| !f.is_ascii())
                .map(|f| f.to_uppercase().chain(c).collect::<String>());
            let typographic = lower.replace('\'', "\u{2019}");
            lower == fragment || capitalised.as_deref() == Some(fragment) || typographic == fragment
        };
        let mut signal = vec![false; SIGNAL_PATTERNS.len()];
        let mut parts = std::collections::HashSet::new();
        for (f, fragment) in FRAGMENTS.iter().enumerate() {
            for u in uses(f) {
                match u {
                    Use::Signal(i) => {
                        assert!(same(SIGNAL_PATTERNS[i].text, fragment), "{fragment}");
                        signal[i] = true;
                    }
                    Use::Reason { pattern, part } => {
                        assert!(same(REASON_PATTERNS[pattern].parts[part], fragment));
                        // Only a first part is looked for by a second fragment.
                        assert!(parts.insert((pattern, part)) || part == 0, "{fragment}");
                    }
                }
            }
        }
        assert!(signal.iter().all(|s| *s));
        // Each such wording is looked for both ways.
        let firsts = SIGNAL_PATTERNS
            .iter()
            .map(|p| p.text)
            .chain(REASON_PATTERNS.iter().map(|p| p.parts[0]));
        let mut capitalised = 0;
        for text in firsts {
            let mut c = text.chars();
            let Some(first) = c.next().filter(|f| !f.is_ascii() && f.is_lowercase()) else {
                continue;
            };
            // (Fragments are kept with ASCII letters lower-cased: `SMTP-серверу`.)
            let upper = first
                .to_uppercase()
                .chain(c)
                .collect::<String>()
                .to_ascii_lowercase();
            assert!(
                FRAGMENTS.contains(&upper.as_str()),
                "{text}: no fragment {upper}"
            );
            capitalised += 1;
        }
        assert!(
            capitalised >= 5,
            "{capitalised} wordings start with a non-ASCII letter"
        );
        // ... and each wording with an apostrophe is also looked for with U+2019.
        let firsts = SIGNAL_PATTERNS
            .iter()
            .map(|p| p.text)
            .chain(REASON_PATTERNS.iter().map(|p| p.parts[0]));
        for text in firsts.filter(|t| t.contains('\'')) {
            let typographic = text.to_ascii_lowercase().replace('\'', "\u{2019}");
            assert!(
                FRAGMENTS.contains(&typographic.as_str()),
                "{text}: no fragment {typographic}"
            );
        }
        assert_eq!(
            parts.len(),
            REASON_PATTERNS.iter().map(|p| p.parts.len()).sum::<usize>()
        );
        assert!(DFA_TRANS.iter().all(|&s| (s as usize) < DFA_TRANS.len()));
        assert!(DFA_TRANS.iter().all(|&s| s as usize % DFA_CLASSES == 0));
        assert_eq!(MARK_DFA_TRANS.len(), MARK_DFA_STATES * MARK_DFA_CLASSES);
        assert!(MARK_DFA_TRANS
            .iter()
            .all(|&s| (s as usize) < MARK_DFA_TRANS.len()));
        assert!(MARK_DFA_TRANS
            .iter()
            .all(|&s| s as usize % MARK_DFA_CLASSES == 0));
        // The marks' automaton is a small part of the whole.
        const { assert!(MARK_DFA_STATES * 10 < DFA_STATES) };
    }

    /// Whether fragment `f` is a wording that marks whose words a text is in.
    fn is_mark(f: usize) -> bool {
        uses(f).any(|u| {
            matches!(u, Use::Signal(p) if SIGNAL_PATTERNS[p].signal.origin().is_some()
                || matches!(SIGNAL_PATTERNS[p].signal, Signal::AnchorSaid | Signal::AnchorInReplyTo))
        })
    }

    /// `find_marks` finds every occurrence of every mark that `find_all` finds, and
    /// nothing that `find_all` does not.
    fn check_marks(t: &[u8]) {
        let mut all = Vec::new();
        find_all(t, |p, s, e| all.push((p, s, e)));
        let mut marks = Vec::new();
        find_marks(t, |p, s, e| marks.push((p, s, e)));
        all.sort_unstable();
        marks.sort_unstable();
        assert!(marks.iter().all(|m| all.contains(m)), "{t:?}");
        let want: Vec<_> = all
            .iter()
            .copied()
            .filter(|&(p, _, _)| is_mark(p))
            .collect();
        let got: Vec<_> = marks.into_iter().filter(|&(p, _, _)| is_mark(p)).collect();
        assert_eq!(got, want, "{:?}", String::from_utf8_lossy(t));
    }

    #[test]
    fn the_marks_automaton_finds_every_mark() {
        assert!((0..FRAGMENTS.len()).any(is_mark));
        let all: String = FRAGMENTS.join(" ");
        check_marks(all.as_bytes());
        check_marks(all.to_uppercase().as_bytes());
        check_marks(all.replace(' ', "").as_bytes());
        for f in FRAGMENTS.iter() {
            check_marks(format!("x {f} y {}", f.to_uppercase()).as_bytes());
        }
        for cut in 0..300 {
            check_marks(&all.as_bytes()[cut..]);
        }
    }

    #[test]
    fn automaton_finds_every_occurrence() {
        let mut texts: Vec<String> = FRAGMENTS
            .iter()
            .map(|p| format!("x {} y {}", p, p.to_uppercase()))
            .collect();
        let all: String = FRAGMENTS.join(" ");
        texts.push(all.clone());
        texts.push(all.replace(' ', ""));
        // Every split point of a text full of patterns, including matches across the middle.
        for cut in (0..200).filter(|&c| all.is_char_boundary(c.min(all.len()))) {
            texts.push(all[..all.len().min(cut)].to_owned());
        }
        texts.push(String::new());
        for t in &texts {
            let mut got = Vec::new();
            find_all(t.as_bytes(), |p, s, e| got.push((p, s, e)));
            got.sort_unstable();
            assert_eq!(got, find_all_simple(t.as_bytes()), "{t:?}");
        }
    }

    #[test]
    fn automaton_agrees_with_brute_force_on_random_texts() {
        // Pieces of patterns glued at random (a fixed-seed generator), so that partial
        // matches, overlaps and case changes are frequent.
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2000 {
            let mut t = Vec::new();
            for _ in 0..next(12) {
                let p = FRAGMENTS[next(FRAGMENTS.len())].as_bytes();
                let a = next(p.len());
                let b = a + next(p.len() - a) + 1;
                for &c in &p[a..b] {
                    t.push(if next(2) == 0 {
                        c.to_ascii_uppercase()
                    } else {
                        c
                    });
                }
                if next(3) == 0 {
                    t.push([b' ', b'1', 0xff, b'x'][next(4)]);
                }
            }
            let mut got = Vec::new();
            find_all(&t, |p, s, e| got.push((p, s, e)));
            got.sort_unstable();
            assert_eq!(
                got,
                find_all_simple(&t),
                "{:?}",
                String::from_utf8_lossy(&t)
            );
            check_marks(&t);
        }
    }

    #[test]
    fn patterns_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for p in SIGNAL_PATTERNS {
            assert!(
                seen.insert(p.text.to_ascii_lowercase()),
                "duplicate {}",
                p.text
            );
        }
    }
}
