//! The diagnosis: what a failure text says, typed.

use arrayvec::ArrayVec;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use crate::contract::{Field, FieldSet};
use crate::knowledge::locale::Locale;
use crate::knowledge::{self, Admits, CodeEntry, Scope, Signal, Strength};
use crate::model::{
    Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, Origin, Reason, RemediationId,
    Severity,
};
use crate::queue::{self, QueueOutcome, QueueProfile, QueueState, Timestamp};
use crate::scan::{self, Scan, Span, MAX_CHAIN};
use crate::status::{EnhancedStatus, ReplyCode, StatusClass};

/// How many causes a diagnosis keeps.
const MAX_CAUSES: usize = 16;
/// How many remediations a diagnosis keeps.
const MAX_REMEDIATIONS: usize = 16;

/// Options of [`classify_with`].
///
/// ```
/// use mfi_core::{classify_with, ConnectorTarget, Options, QueueProfile, Timestamp};
/// let t0: Timestamp = "2025-01-08T00:00:00Z".parse().unwrap();
/// let opts = Options::new()
///     .connector(ConnectorTarget::Partner)
///     .queue(QueueProfile::ExchangeOnline, t0, t0.add_seconds(3600));
/// let d = classify_with("450 4.4.315 Connection timed out", &opts);
/// assert_eq!(d.remediations().next().unwrap().actor, mfi_core::Actor::Partner);
/// assert_eq!(d.queue().unwrap().remaining_s, 23 * 3600);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Who is behind the connector.
    pub connector: ConnectorTarget,
    /// Which system reported the failure, when the caller knows it (a log reader does);
    /// [`Origin::Unknown`] lets the text's shape tell.
    pub origin: Origin,
    /// The language of the human texts (titles, meanings, remediations); ids and names
    /// stay English.
    pub locale: Locale,
    /// A queue profile and times, to compute the queue outcome.
    pub queue: Option<QueueQuery>,
    /// The most bytes of a text that are classified ([`DEFAULT_MAX_LEN`] unless set); a
    /// longer text is cut at a character boundary and its diagnosis says
    /// [`truncated`](Diagnosis::truncated).
    pub max_len: usize,
    /// The fields the caller reads ([`FieldSet::ALL`] unless set with
    /// [`Options::fields`]).
    pub fields: FieldSet,
    /// The outcome the text's source states beside it (a log's `status=bounced`, Exim's
    /// `**`), for a text whose own words and codes state none; see [`Options::stated`].
    pub stated: Option<Severity>,
}

/// How many bytes of a text are classified by default: 1 MiB, far more than any reply or
/// log line, and a bound on the memory a line can take in every front end.
pub const DEFAULT_MAX_LEN: usize = 1 << 20;

impl Default for Options {
    fn default() -> Self {
        Options {
            connector: ConnectorTarget::Unknown,
            origin: Origin::Unknown,
            locale: Locale::En,
            queue: None,
            max_len: DEFAULT_MAX_LEN,
            fields: FieldSet::ALL,
            stated: None,
        }
    }
}

/// The queue part of [`Options`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct QueueQuery {
    /// The sending system's queue.
    pub profile: QueueProfile,
    /// When delivery was first attempted.
    pub first_attempt: Timestamp,
    /// The time to compute the outcome for.
    pub now: Timestamp,
    /// When the queue gives up, when the sending system says so (a DSN's
    /// `Will-Retry-Until`); else `first_attempt` plus the profile's window.
    pub expires_at: Option<Timestamp>,
}

impl Options {
    /// Default options: unknown connector target, no queue outcome.
    ///
    /// ```
    /// assert_eq!(mfi_core::Options::new(), mfi_core::Options::default());
    /// ```
    pub fn new() -> Self {
        Options::default()
    }

    /// Sets the connector target.
    ///
    /// ```
    /// let o = mfi_core::Options::new().connector(mfi_core::ConnectorTarget::OnPremises);
    /// assert_eq!(o.connector, mfi_core::ConnectorTarget::OnPremises);
    /// ```
    pub fn connector(mut self, target: ConnectorTarget) -> Self {
        self.connector = target;
        self
    }

    /// Says which system reported the failures (instead of finding it from each text).
    ///
    /// ```
    /// use mfi_core::{classify_with, Options, Origin, RemediationId};
    /// let o = Options::new().origin(Origin::Exim);
    /// let d = classify_with("Connection refused", &o);
    /// assert_eq!(d.origin(), Origin::Exim);
    /// assert!(d.remediation_ids().any(|r| r == RemediationId::EximRoute));
    /// ```
    pub fn origin(mut self, origin: Origin) -> Self {
        self.origin = origin;
        self
    }

    /// Sets the language of the human texts.
    ///
    /// ```
    /// use mfi_core::{classify_with, knowledge::locale::Locale, Options};
    /// let d = classify_with("550 5.1.1 User unknown", &Options::new().locale(Locale::Ru));
    /// assert!(d.meaning().unwrap().chars().any(|c| ('а'..='я').contains(&c)));
    /// ```
    pub fn locale(mut self, locale: Locale) -> Self {
        self.locale = locale;
        self
    }

    /// Sets how many bytes of a text are classified (at least 1).
    ///
    /// ```
    /// let o = mfi_core::Options::new().max_len(16);
    /// let d = mfi_core::classify_with("550 5.1.1 User unknown, and much more text", &o);
    /// assert!(d.truncated());
    /// assert_eq!(d.text(), "550 5.1.1 User u");
    /// ```
    pub fn max_len(mut self, bytes: usize) -> Self {
        self.max_len = bytes.max(1);
        self
    }

    /// Says which fields the caller reads (a projection: Arrow columns, JSON of chosen
    /// fields), so that the classifier can leave out what only the others need. Every
    /// field asked for is what a classification for every field gives; the others may
    /// hold defaults and are not to be read. Today the causes' ranking and the finding of
    /// the origin are left out unless `origin`, `causes` or `remediations` is asked for
    /// (they read nothing else): about 7% of a line's work.
    ///
    /// ```
    /// use mfi_core::{classify_with, contract::Field, Options};
    /// let text = "postfix/smtp[12]: ABC: to=<a@b.example>, status=deferred (connect to b.example[192.0.2.1]:25: Connection refused)";
    /// let few = [Field::MfiCode, Field::Reason, Field::Severity];
    /// let narrow = classify_with(text, &Options::new().fields(&few));
    /// let full = classify_with(text, &Options::new());
    /// assert_eq!(narrow.to_json_fields(&few), full.to_json_fields(&few));
    /// ```
    pub fn fields(mut self, fields: &[Field]) -> Self {
        self.fields = FieldSet::of(fields);
        self
    }

    /// Says what the text's source states of the outcome outside the text: a log line's
    /// own verdict (`status=bounced`, Exim's `**` and `==`), a message trace's status
    /// column. It is the severity of a text whose own codes and words state none
    /// (`Unrouteable address`); a text that states one keeps it, except that a stated
    /// deferral (transient) outweighs a 5xx reply the text quotes, as a log line's own
    /// `status=deferred` does in the text (Postfix under `soft_bounce`, OpenSMTPD's
    /// `result=TempFail` of an LMTP server's 550: the message is still queued). A stated
    /// permanent failure whose reply names no reason (`554 5.0.0 Unexpected condition`) is
    /// held for a closer look: reason `onhold`, as Sisimai names it.
    ///
    /// ```
    /// use mfi_core::{classify_with, Options, Severity};
    /// let stated = Options::new().stated(Severity::Permanent);
    /// assert_eq!(classify_with("Unrouteable address", &stated).severity(), Severity::Permanent);
    /// assert_eq!(classify_with("Unrouteable address", &Options::new()).severity(), Severity::Unknown);
    /// // The text's own code wins.
    /// assert_eq!(classify_with("451 4.3.0 try later", &stated).severity(), Severity::Transient);
    /// // A stated deferral of a refusal: retried, so transient.
    /// let deferred = Options::new().stated(Severity::Transient);
    /// assert_eq!(classify_with("550 5.7.1 rejected", &deferred).severity(), Severity::Transient);
    /// ```
    pub fn stated(mut self, severity: Severity) -> Self {
        self.stated = Some(severity).filter(|s| *s != Severity::Unknown);
        self
    }

    /// Asks for the queue outcome under `profile`.
    ///
    /// ```
    /// use mfi_core::{Options, QueueProfile, Timestamp};
    /// let t = Timestamp::from_unix(0);
    /// assert!(Options::new().queue(QueueProfile::Postfix, t, t).queue.is_some());
    /// ```
    pub fn queue(
        mut self,
        profile: QueueProfile,
        first_attempt: Timestamp,
        now: Timestamp,
    ) -> Self {
        self.queue = Some(QueueQuery {
            profile,
            first_attempt,
            now,
            expires_at: None,
        });
        self
    }

    /// Sets when the queue gives up, as the sending system stated it (a DSN's
    /// `Will-Retry-Until`), instead of the profile's window; only with [`Options::queue`].
    ///
    /// ```
    /// use mfi_core::{classify_with, Options, QueueProfile, Timestamp};
    /// let t = Timestamp::from_unix(0);
    /// let o = Options::new().queue(QueueProfile::Postfix, t, t).expires_at(t.add_seconds(60));
    /// let d = classify_with("450 4.4.1 timed out", &o);
    /// assert_eq!(d.queue().unwrap().remaining_s, 60);
    /// ```
    pub fn expires_at(mut self, at: Timestamp) -> Self {
        if let Some(q) = &mut self.queue {
            q.expires_at = Some(at);
        }
        self
    }
}

/// One reply of a chain: basic code, enhanced status and text, borrowed from the input.
///
/// ```
/// let d = mfi_core::classify("550 5.4.300 Message expired -> 451 4.4.397 Error communicating with target host.");
/// let inner = d.chain().nth(1).unwrap();
/// assert_eq!(inner.reply_code.unwrap().get(), 451);
/// assert_eq!(inner.text, "Error communicating with target host.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Reply<'a> {
    /// The basic reply code, if the reply has one.
    pub reply_code: Option<ReplyCode>,
    /// The enhanced status code, if the reply has one.
    pub enhanced_status: Option<EnhancedStatus>,
    /// The reply's words, without nested replies and attribute brackets.
    pub text: &'a str,
}

/// A remediation with who acts and what to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Remediation {
    /// The typed id.
    pub id: RemediationId,
    /// Who must act.
    pub actor: Actor,
    /// What to do, in the diagnosis's locale (English unless [`Options::locale`] says otherwise).
    pub text: &'static str,
}

impl Remediation {
    /// The remediation of an id, from the knowledge table.
    ///
    /// ```
    /// use mfi_core::{Remediation, RemediationId, Actor};
    /// assert_eq!(Remediation::of(RemediationId::WorkWithDnsHost).actor, Actor::DnsHost);
    /// ```
    pub fn of(id: RemediationId) -> Self {
        Remediation::reported_by(id, Origin::Unknown)
    }

    /// The remediation of an id for a failure that `origin` reported: who acts is named in
    /// that system's terms (the mail administrator of Microsoft 365 is the tenant admin).
    ///
    /// ```
    /// use mfi_core::{Actor, Origin, Remediation, RemediationId};
    /// let r = Remediation::reported_by(RemediationId::RequestDelisting, Origin::ExchangeOnline);
    /// assert_eq!(r.actor, Actor::TenantAdmin);
    /// assert_eq!(Remediation::of(RemediationId::RequestDelisting).actor, Actor::MailAdmin);
    /// ```
    pub fn reported_by(id: RemediationId, origin: Origin) -> Self {
        Remediation::localised(id, origin, Locale::En)
    }

    /// [`Remediation::reported_by`] with the text in `locale`.
    pub fn localised(id: RemediationId, origin: Origin, locale: Locale) -> Self {
        let info = knowledge::remediation_info(id);
        Remediation {
            id,
            actor: knowledge::actor_for(info.actor, origin),
            text: locale.remediation(id),
        }
    }
}

/// Everything a diagnosis holds except the text: plain data, no lifetime.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Analysis {
    chain: ArrayVec<(Option<ReplyCode>, Option<EnhancedStatus>, Span), MAX_CHAIN>,
    /// What the attributes are found from when asked for ([`Diagnosis::attributes`]).
    attr_hits: scan::AttrHits,
    mfi: Option<(MfiCode, MfiMatch)>,
    origin: Origin,
    locale: Locale,
    /// Row of [`knowledge::CODES`] for the primary status.
    entry: Option<u16>,
    severity: Severity,
    expired: bool,
    reason: Reason,
    /// The causes as ranked (before a delivered message's are dropped: the remediations
    /// are made from these).
    causes: ArrayVec<Cause, MAX_CAUSES>,
    /// Whom the connector leads to (the remediations are chosen for it).
    connector: ConnectorTarget,
    queue: Option<Box<QueueOutcome>>,
    truncated: bool,
    /// What the caller stated of the outcome ([`Options::stated`]).
    stated: Option<Severity>,
}

/// The diagnosis of one failure text, borrowing the text.
///
/// Made by [`classify`] or [`classify_with`]; classification does not allocate. Serialises
/// (serde) to the JSON object of the diagnosis contract; [`Diagnosis::into_owned`] gives a
/// form that owns its text.
///
/// ```
/// use mfi_core::{classify, Cause, MfiCode, MfiMatch, Severity};
/// let d = classify("450 4.4.312 DNS query failed [Message=InfoNoRecords]");
/// assert_eq!(d.mfi_code(), Some(MfiCode::DnsQueryFailed));
/// assert_eq!(d.mfi_match(), Some(MfiMatch::Literal));
/// assert_eq!(d.severity(), Severity::Transient);
/// assert_eq!(d.causes()[0], Cause::DnsNoRecords);
/// assert_eq!(d.attribute(mfi_core::AttrKey::Message), Some("InfoNoRecords"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnosis<'a> {
    text: &'a str,
    a: std::borrow::Cow<'a, Analysis>,
}

/// A [`Diagnosis`] that owns its text, for bindings and for keeping diagnoses around.
///
/// ```
/// let owned = mfi_core::classify("421 4.4.2 Connection dropped").into_owned();
/// assert_eq!(owned.as_diagnosis().enhanced_status().unwrap().to_string(), "4.4.2");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OwnedDiagnosis {
    text: Box<str>,
    a: Box<Analysis>,
}

impl OwnedDiagnosis {
    /// The borrowed view (cheap: nothing is copied).
    pub fn as_diagnosis(&self) -> Diagnosis<'_> {
        Diagnosis {
            text: &self.text,
            a: std::borrow::Cow::Borrowed(&*self.a),
        }
    }

    /// The text that was classified.
    pub fn text(&self) -> &str {
        &self.text
    }
}

impl Serialize for OwnedDiagnosis {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.as_diagnosis().serialize(s)
    }
}

/// Classifies a failure text with default [`Options`].
///
/// Any text is accepted; a text with no failure in it gives a diagnosis with no codes,
/// severity `unknown` and reason `undefined`. The text is one line: a line ending at its end
/// (`\r\n`, `\n` or `\r`) is not part of it.
///
/// ```
/// use mfi_core::{classify, MfiCode, MfiMatch};
/// let d = classify("Diagnostic-Code: smtp;550 5.4.316 Message expired, connection refused");
/// assert_eq!(d.mfi_code(), Some(MfiCode::ConnectionRefused));
/// assert_eq!(d.mfi_match(), Some(MfiMatch::Expired));
/// assert!(d.expired());
/// assert_eq!(classify("hello").mfi_code(), None);
/// assert_eq!(classify("550\r\n").reply_code().unwrap().get(), 550);
/// ```
pub fn classify(text: &str) -> Diagnosis<'_> {
    classify_with(text, &Options::default())
}

/// The SMTP replies a text holds, outermost first, as [`classify`] chains them: each reply's
/// basic code and enhanced status, without the rest of a diagnosis (no signal scan, no
/// reason, no causes). A cheap way to read a text's codes; the same bounds as `classify`.
///
/// ```
/// use mfi_core::replies;
/// let r = replies("Remote server returned '550 5.1.1 User unknown'");
/// assert_eq!(r.len(), 1);
/// assert_eq!(r[0].0.unwrap().get(), 550);
/// assert_eq!(r[0].1.unwrap().to_string(), "5.1.1");
/// assert!(replies("hello").is_empty());
/// // A line end written as an escape (a JSON log's string) separates as one does:
/// let r = replies(r#"{"error":"550\n5.7.1 Rejected"}"#);
/// assert_eq!(r[0].1.unwrap().to_string(), "5.7.1");
/// // So does a fold (as `classify` reads it):
/// let r = replies("Delivery failed:  host said:\n    550 User unknown");
/// assert_eq!(r[0].0.unwrap().get(), 550);
/// ```
pub fn replies(text: &str) -> Vec<(Option<ReplyCode>, Option<EnhancedStatus>)> {
    let (text, _) = prepare(text, DEFAULT_MAX_LEN);
    // (As `classify` reads a text whose words are apart by runs of blanks, and one whose
    // line ends are escapes.)
    let mut collapsed = Vec::new();
    let text = if text.len() <= DECODED_LINE && two_blanks_before_a_word(text) {
        collapsed.resize(text.len(), 0);
        let n = collapse_runs(text.as_bytes(), &mut collapsed);
        collapsed.truncate(n);
        std::str::from_utf8(&collapsed).unwrap_or(text)
    } else {
        text
    };
    let mut chain = scan::replies(text);
    if chain.first().is_none_or(|r| r.code.is_none()) && has_escaped_line_end(text) {
        let mut b = text.as_bytes().to_vec();
        unescape_line_ends(&mut b);
        chain = scan::replies(std::str::from_utf8(&b).unwrap_or(text));
    }
    chain.iter().map(|r| (r.code, r.status)).collect()
}

/// Classifies a failure text.
///
/// ```
/// use mfi_core::{classify_with, ConnectorTarget, Options, RemediationId};
/// let opts = Options::new().connector(ConnectorTarget::OnPremises);
/// let d = classify_with("450 4.4.316 Connection refused", &opts);
/// let ids: Vec<_> = d.remediations().map(|r| r.id).collect();
/// assert!(ids.contains(&RemediationId::AllowMicrosoft365Ips));
/// assert!(!ids.contains(&RemediationId::ContactPartner));
/// ```
pub fn classify_with<'a>(text: &'a str, options: &Options) -> Diagnosis<'a> {
    let (text, truncated) = prepare(text, options.max_len);
    Diagnosis {
        text,
        a: std::borrow::Cow::Owned(analyse(text, options, truncated)),
    }
}

/// Classifies a text that the caller owns, keeping it in the result without copying it:
/// the cheapest way to an [`OwnedDiagnosis`].
///
/// ```
/// let d = mfi_core::classify_owned(String::from("450 4.4.318 Connection was closed abruptly\n"), &Default::default());
/// assert_eq!(d.as_diagnosis().mfi_code().unwrap().name(), "4.4.318");
/// assert_eq!(d.text(), "450 4.4.318 Connection was closed abruptly");
/// ```
pub fn classify_owned(mut text: String, options: &Options) -> OwnedDiagnosis {
    let (kept, truncated) = prepare(&text, options.max_len);
    let len = kept.len();
    let a = Box::new(analyse(kept, options, truncated));
    text.truncate(len);
    if text.capacity() > 2 * len + 64 {
        text.shrink_to_fit();
    }
    OwnedDiagnosis {
        text: text.into_boxed_str(),
        a,
    }
}

/// Classifies bytes as every front end does: a line ending at the end is dropped, at most
/// `options.max_len` bytes are kept, and what is not UTF-8 is replaced (U+FFFD). Only the
/// kept bytes are decoded, so a huge input costs no more than its prefix.
///
/// ```
/// use mfi_core::{classify_bytes, Options};
/// let d = classify_bytes(b"450 4.4.316 Connection refused\xff\r\n", &Options::new());
/// assert_eq!(d.text(), "450 4.4.316 Connection refused\u{FFFD}");
/// let d = classify_bytes(b"550 5.1.1 User unknown", &Options::new().max_len(9));
/// assert!(d.as_diagnosis().truncated());
/// assert_eq!(d.text(), "550 5.1.1");
/// ```
pub fn classify_bytes(bytes: &[u8], options: &Options) -> OwnedDiagnosis {
    let (kept, truncated) = prepare_bytes(bytes, options.max_len);
    let text = String::from_utf8_lossy(kept).into_owned();
    let a = Box::new(analyse(&text, options, truncated));
    OwnedDiagnosis {
        text: text.into_boxed_str(),
        a,
    }
}

/// Classifies `text` exactly as given (no line ending dropped, no cut), recording that it was
/// `truncated`: rebuilds a diagnosis from its own text, as a binding does when it unpickles
/// one. Not part of the public API (see [`crate::internal`]).
pub fn restore(text: String, options: &Options, truncated: bool) -> OwnedDiagnosis {
    let a = Box::new(analyse(&text, options, truncated));
    OwnedDiagnosis {
        text: text.into_boxed_str(),
        a,
    }
}

/// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD, as every front end does.
///
/// ```
/// assert_eq!(mfi_core::decode(b"450 \xff"), "450 \u{FFFD}");
/// ```
pub fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(bytes)
}

/// Drops one line ending at the end of a text.
fn trim_line_end(b: &[u8]) -> usize {
    match b {
        [.., b'\r', b'\n'] => b.len() - 2,
        [.., b'\n' | b'\r'] => b.len() - 1,
        _ => b.len(),
    }
}

/// The part of `text` that is classified, and whether it was cut.
fn prepare(text: &str, max_len: usize) -> (&str, bool) {
    let text = &text[..trim_line_end(text.as_bytes())];
    let limit = max_len.clamp(1, scan::MAX_TEXT);
    if text.len() <= limit {
        return (text, false);
    }
    let mut cut = limit;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    (&text[..cut], true)
}

/// The bytes that are classified, and whether they were cut. A cut never leaves the start of
/// a character behind without its end (so that valid UTF-8 is cut as [`prepare`] cuts it).
fn prepare_bytes(bytes: &[u8], max_len: usize) -> (&[u8], bool) {
    let bytes = &bytes[..trim_line_end(bytes)];
    let limit = max_len.clamp(1, scan::MAX_TEXT);
    if bytes.len() <= limit {
        return (bytes, false);
    }
    // At a continuation byte, back off to the lead byte of its character (within three
    // bytes, as UTF-8 has it): valid UTF-8 is then cut at a character boundary.
    let mut cut = limit;
    let mut k = cut;
    while k > 0 && cut - k < 3 && (bytes[k] & 0xC0) == 0x80 {
        k -= 1;
    }
    if k < cut && bytes[k] >= 0xC0 {
        cut = k;
    }
    (&bytes[..cut], true)
}

fn analyse(text: &str, options: &Options, truncated: bool) -> Analysis {
    analyse_as(text, options, truncated, Reading::AsIs)
}

/// The bytes of `b` a collapsed reading keeps, with where each stands in `b`: each run of
/// ASCII blanks and line breaks as one space (a tab before a digit stays a tab: a lone reply
/// code may stand after a tab, not after a word and a space; a bare line break before a
/// transcript's `< ` or `> ` stays one: curl's `\n< 535 ...` marks a line the server sent),
/// every other byte as it is.
fn kept_bytes(b: &[u8]) -> impl Iterator<Item = (usize, u8)> + '_ {
    let mut blank = false;
    b.iter().enumerate().filter_map(move |(i, &c)| {
        let was_blank = std::mem::replace(&mut blank, c.is_ascii_whitespace());
        match c.is_ascii_whitespace() {
            false => Some((i, c)),
            true if was_blank => None,
            true => {
                let len = b[i..]
                    .iter()
                    .position(|x| !x.is_ascii_whitespace())
                    .unwrap_or(b.len() - i);
                let (run, after) = (&b[i..i + len], &b[i + len..]);
                let kept = if c == b'\t' && after.first().is_some_and(u8::is_ascii_digit) {
                    b'\t'
                } else if matches!(run, b"\n" | b"\r\n")
                    && (after.starts_with(b"< ") || after.starts_with(b"> "))
                {
                    b'\n'
                } else {
                    b' '
                };
                Some((i, kept))
            }
        }
    })
}

/// `b` collapsed ([`kept_bytes`]) into `out`, which is at least as long; returns the length
/// written.
fn collapse_runs(b: &[u8], out: &mut [u8]) -> usize {
    let mut n = 0;
    for (o, (_, c)) in out.iter_mut().zip(kept_bytes(b)) {
        *o = c;
        n += 1;
    }
    n
}

/// Whether `text` has two blanks before a letter or a `(`, or a line break before a
/// lower-case letter: what the automaton's `LooseWhitespace` patterns find, for
/// [`replies`], which walks no automaton.
fn two_blanks_before_a_word(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memmem::find_iter(b, b"  ").any(|i| {
        b.get(i + 2)
            .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'(')
    }) || scan::wrapped(b)
}

/// The analysis of `text` read with each run of ASCII blanks and line breaks as one space
/// (on the stack: a text of up to [`DECODED_LINE`] bytes, else as it is); its spans are
/// moved back onto `text`.
#[cold]
#[inline(never)]
fn analyse_collapsed(text: &str, options: &Options, truncated: bool, reading: Reading) -> Analysis {
    if text.len() > DECODED_LINE {
        // (Read as it is: a collapsed reading, so that it is not sent here again.)
        return analyse_as(text, options, truncated, reading);
    }
    // (Filled as far as it is used: a zeroed 4 KB buffer would cost more than the text.)
    let mut buf = ArrayVec::<u8, DECODED_LINE>::new();
    buf.extend(kept_bytes(text.as_bytes()).map(|(_, c)| c));
    // (ASCII bytes dropped or replaced by ASCII bytes: still UTF-8.)
    let collapsed = std::str::from_utf8(&buf).unwrap_or(text);
    let mut a = analyse_as(collapsed, options, truncated, reading);
    // Where the byte at `k` of the collapsed text is in `text` (`k` = its length: the end).
    let original = |k: usize| {
        kept_bytes(text.as_bytes())
            .nth(k)
            .map_or(text.len(), |(i, _)| i)
    };
    let back = |s: Span| {
        if s.end() <= s.start() {
            let at = original(s.start());
            return Span::new(at, at);
        }
        Span::new(original(s.start()), original(s.end() - 1) + 1)
    };
    for r in a.chain.iter_mut() {
        r.2 = back(r.2);
    }
    a.attr_hits.map_spans(back);
    a
}

/// How a text is read: as it is, or decoded from a form that hides its words. A decoded
/// text is as long as the text, byte for byte, so every span found in it is the text's too.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    AsIs,
    /// A line of qmail-send's log, which writes the words of its delivery agents with `_`
    /// for each space and `/` for each line end (`Remote_host_said:_550_5.1.1_...`).
    Qmail,
    /// A text whose line ends are written as escapes, `\n`, `\r` or `\t` (a JSON log's
    /// string, a program's `repr`), which glue a reply to the word before it
    /// (`"error":"550\n5.7.1 ..."`, `...rejected.\r\n421 4.7.0 ...`).
    Unescaped,
    /// A text whose words are apart by runs of blanks and line breaks (a folded or padded
    /// text), read with each run as one space: shorter than the text, so its spans are
    /// moved back onto the text ([`analyse_collapsed`]).
    Collapsed,
    /// A qmail line decoded ([`Reading::Qmail`]) whose words are apart by runs of blanks,
    /// read collapsed as [`Reading::Collapsed`] is.
    QmailCollapsed,
    /// A multi-line reply written on one line, its later lines' codes (the reply at the
    /// position given starts them: [`scan::continuation_codes`]) read as blanks, so that
    /// the words they split are whole (Gmail's `... not authorized to 550-5.7.1 send email
    /// directly ...`); the blanks are then read as one space where they make a run.
    Joined(usize),
}

/// The analysis of `text` decoded for `reading`, on the stack: a text of up to
/// [`DECODED_LINE`] bytes (log lines are far shorter); a longer text is read as it is, so
/// that nothing allocates.
#[cold]
#[inline(never)]
fn analyse_decoded(text: &str, options: &Options, truncated: bool, reading: Reading) -> Analysis {
    if text.len() > DECODED_LINE {
        return analyse_as(text, options, truncated, reading);
    }
    let mut buf = ArrayVec::<u8, DECODED_LINE>::new();
    // (At most DECODED_LINE bytes, as tested above.)
    let _ = buf.try_extend_from_slice(text.as_bytes());
    let decoded = &mut buf[..];
    match reading {
        Reading::Qmail => {
            for b in decoded.iter_mut() {
                if matches!(*b, b'_' | b'/') {
                    *b = b' ';
                }
            }
        }
        Reading::Unescaped => unescape_line_ends(decoded),
        Reading::Joined(first) => {
            for (s, e) in scan::continuation_codes(text.as_bytes(), first) {
                decoded[s..e].fill(b' ');
            }
        }
        Reading::AsIs | Reading::Collapsed | Reading::QmailCollapsed => {}
    }
    // (ASCII bytes replaced by ASCII bytes: still UTF-8.)
    let decoded = std::str::from_utf8(decoded).unwrap_or(text);
    analyse_as(decoded, options, truncated, reading)
}

/// Where the first reply of `sc` starts, if it is a multi-line reply whose later lines'
/// codes the text repeats ([`Reading::Joined`]).
fn folded_reply(text: &str, sc: &Scan) -> Option<usize> {
    let first = sc.chain.iter().find(|r| r.code.is_some())?;
    (first.continued && !scan::continuation_codes(text.as_bytes(), first.start).is_empty())
        .then_some(first.start)
}

/// Whether the first reply of `sc` goes on (`421-`) after an escaped line end, its code
/// repeated right after a `\n` (Exim's log of a multi-line reply).
fn escaped_continuation(text: &str, sc: &Scan) -> bool {
    let Some(first) = sc.chain.iter().find(|r| r.code.is_some()) else {
        return false;
    };
    let b = text.as_bytes();
    // (Most texts hold no backslash: a byte search, no searcher built per text.)
    first.continued && {
        let code = &b[first.start..first.start + 3];
        memchr::memchr_iter(b'\\', &b[first.start..]).any(|p| {
            b.get(first.start + p + 1..first.start + p + 5)
                .is_some_and(|w| w[0] == b'n' && &w[1..] == code)
        })
    }
}

/// The longest text that is read decoded.
const DECODED_LINE: usize = 4096;

/// Each `\n`, `\r` and `\t` of `b` as two spaces.
fn unescape_line_ends(b: &mut [u8]) {
    let mut at = 0;
    while let Some(k) = memchr::memchr(b'\\', &b[at..]) {
        at += k;
        if matches!(b.get(at + 1), Some(b'n' | b'r' | b't')) {
            b[at] = b' ';
            b[at + 1] = b' ';
        }
        at += 1;
    }
}

/// Whether `text` writes a line end or a tab as an escape (`\n`, `\r`, `\t`) next to a
/// digit, where it may glue a reply's code or status to the word before or after it.
fn has_escaped_line_end(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'\\', b).any(|at| {
        matches!(b.get(at + 1), Some(b'n' | b'r' | b't'))
            && (b.get(at + 2).is_some_and(u8::is_ascii_digit)
                || at > 0 && b[at - 1].is_ascii_digit())
    })
}

/// The analysis of `text`, read as `reading` says (a decoded text is read so when it is
/// already decoded).
fn analyse_as(text: &str, options: &Options, truncated: bool, reading: Reading) -> Analysis {
    let mut sc = Scan::empty();
    scan::scan_into(text, &mut sc);
    // (A multi-line reply written on one line: its later lines' codes are blanked, and the
    // text read again.)
    if matches!(reading, Reading::AsIs | Reading::Unescaped) {
        if let Some(first) = folded_reply(text, &sc) {
            return analyse_decoded(text, options, truncated, Reading::Joined(first));
        }
    }
    match reading {
        // (A qmail line decoded, with runs of blanks: a pasted line folded around its
        // fields, read collapsed too.)
        Reading::Qmail if sc.loose => {
            return analyse_collapsed(text, options, truncated, Reading::QmailCollapsed)
        }
        // (qmail's words, though the decoded text no longer shows it.)
        Reading::Qmail | Reading::QmailCollapsed => sc.origins |= 1 << Origin::Qmail.index(),
        Reading::AsIs if sc.has(Signal::QmailEncoded) => {
            return analyse_decoded(text, options, truncated, Reading::Qmail)
        }
        // (A multi-line reply whose line ends are escapes, as Exim's log writes it: `421-4.7.0
        // ... unusual rate of\n421-4.7.0 unsolicited mail ...`; read unescaped, then joined.)
        Reading::AsIs if escaped_continuation(text, &sc) => {
            return analyse_decoded(text, options, truncated, Reading::Unescaped)
        }
        Reading::AsIs | Reading::Joined(_) if sc.loose => {
            return analyse_collapsed(text, options, truncated, Reading::Collapsed)
        }
        // (Only a text in which no reply with a code was found: an escape glues a reply
        // to a word.)
        Reading::AsIs | Reading::Collapsed
            if sc.chain.first().is_none_or(|r| r.code.is_none()) && has_escaped_line_end(text) =>
        {
            return analyse_decoded(text, options, truncated, Reading::Unescaped)
        }
        _ => {}
    }
    let sc = &sc;
    // Only the primary reply's status is needed here (no copy of the whole reply).
    let primary_status = sc.chain.first().and_then(|p| p.status);
    let (expired, expiry_code) = expiry(sc);
    let mfi = find_mfi(sc, text);
    let entry_index = primary_status.and_then(|st| knowledge::lookup_code(st, |s| sc.has(s)));
    let entry = entry_index.map(|i| &knowledge::CODES[i]);
    // (A queue listing's entry, if the text is one: read when first asked, for severity
    // and origin, once.)
    let queued = std::cell::OnceCell::new();
    let queued = || *queued.get_or_init(|| queue_entry(text));
    let severity = severity(sc, text, expired, options.stated, &queued);
    let reason = reason(
        sc,
        text,
        (expired, expiry_code),
        mfi,
        entry,
        severity,
        options.stated,
    );
    // Words that name the expiry as the reason (IMail's `Delivery failed 3 attempts`, the
    // DragonFly Mail Agent's `Giving up`) say the message expired, unless it is still
    // being retried.
    let (expired, severity) =
        if reason == Reason::Expired && !expired && severity != Severity::Transient {
            (true, Severity::Permanent)
        } else {
            (expired, severity)
        };
    // The causes and the origin are read by these fields alone (the remediations are made
    // from both): a projection without them leaves them out.
    const LATE: FieldSet = FieldSet::of(&[Field::Origin, Field::Causes, Field::Remediations]);
    let (causes, origin) = if options.fields.intersects(LATE) {
        let origin = match options.origin {
            Origin::Unknown => origin_of(sc, text, mfi, &queued),
            given => given,
        };
        let causes = causes_for(sc, origin, options, mfi, entry, primary_status, reason);
        (causes, origin)
    } else {
        (ArrayVec::new(), options.origin)
    };
    let queue = options.queue.map(|q| {
        Box::new(queue::outcome(
            severity,
            expired,
            q.profile,
            q.first_attempt,
            q.now,
            q.expires_at,
        ))
    });
    // (The remediations are made from these when they are read: `Diagnosis::remediations`.
    // The causes are kept as ranked; a delivered message shows none: `Diagnosis::causes`.)
    let mut chain = ArrayVec::new();
    chain.extend(sc.chain.iter().map(|r| (r.code, r.status, r.text)));
    Analysis {
        chain,
        attr_hits: scan::AttrHits::of(text, sc),
        mfi,
        origin,
        locale: options.locale,
        entry: entry_index.map(|i| i as u16),
        severity,
        expired,
        reason,
        causes,
        connector: options.connector,
        queue,
        truncated,
        stated: options.stated,
    }
}

/// The causes, ranked (evidence first) and kept for the origin's audience.
fn causes_for(
    sc: &Scan,
    origin: Origin,
    options: &Options,
    mfi: Option<(MfiCode, MfiMatch)>,
    entry: Option<&CodeEntry>,
    primary_status: Option<EnhancedStatus>,
    reason: Reason,
) -> ArrayVec<Cause, MAX_CAUSES> {
    let mut causes = rank_causes(sc, mfi, entry, primary_status, options.connector);
    // A reason the words name (no MFI code) puts its cause first. (Not where Exchange's
    // table knows the code, unless another system wrote it: its causes are the code's
    // own. Another system's `550 5.7.1` is not Exchange's delivery restriction: Gmail's
    // "likely unsolicited mail" is spam, Outlook's "on our block list" a blocked IP.)
    let worded = sc.names(reason) || sc.decisive == Some(reason);
    let another_system = !matches!(
        origin,
        Origin::ExchangeOnline | Origin::ExchangeServer | Origin::Unknown
    );
    if let Some(&(_, cause)) = knowledge::iana::REASON_CAUSES
        .iter()
        .find(|(r, _)| *r == reason)
        .filter(|_| mfi.is_none() && (entry.is_none() || another_system) && worded)
    {
        causes.retain(|c| *c != cause);
        if causes.is_full() {
            causes.pop();
        }
        causes.insert(0, cause);
    }
    causes.retain(|c| knowledge::cause_info(*c).audience.admits(origin));
    causes
}

/// Whether the message expired, and whether a code of the text says so (`4.4.7`, Exchange
/// Online's `5.4.300` and `5.4.31x`).
fn expiry(sc: &Scan) -> (bool, bool) {
    let delayed = sc.delay_notice();
    // A failed (bounced) outcome with a temporary status: the retries ran out
    // (`Action: failed` with `Status: 4.4.1`); unless stronger words say it was deferred
    // (Postfix's `status=deferred (Command died with status 1 ...)`).
    let bounced = sc.strongest(&[Signal::Bounced]);
    // (Words of a final failure, not a weak one: a JSON status `failed` of one attempt.)
    // (Not a temporary status a server put in its permanent reply, `552 4.2.2 User has full
    // mailbox`: the reply's class had it returned at once. A class's bare `4.0.0` beside a
    // 5xx is the sender's own, Postfix's of a 5xx greeting it passes over and retries.)
    let retries_ended = bounced >= Some(Strength::Medium)
        && bounced >= sc.strongest(&[Signal::Deferred])
        && !delayed
        && sc
            .chain
            .iter()
            .find(|r| r.status.is_some())
            .is_some_and(|r| {
                r.status.is_some_and(|st| {
                    st.class() == StatusClass::TransientFailure
                        && (r.code.is_none_or(|c| !c.is_permanent()) || st.is_unspecific())
                })
            });
    let coded = sc.chain.iter().any(|r| {
        let Some(st) = r.status else { return false };
        match (st.class(), st.subject(), st.detail()) {
            // (A permanent 5.4.7 alone, as in a report's `Status:` field, is the expiry;
            // a 4.4.7 needs a permanent reply beside it.)
            (_, 4, 7) => {
                !delayed
                    && match r.code {
                        Some(c) => c.is_permanent(),
                        None => st.class() == StatusClass::PermanentFailure,
                    }
            }
            (StatusClass::PermanentFailure, 4, 300) => true,
            (StatusClass::PermanentFailure, _, _) => {
                MfiCode::from_status(st).is_some() && st.subject() == 4
            }
            _ => false,
        }
    });
    (
        retries_ended || coded || sc.has(Signal::Expired) && !delayed,
        coded,
    )
}

/// Reasons whose words, beside a status that names an MFI failure by itself (4.4.1, 4.4.2,
/// 4.4.3) or a vague phrase of one, say the server answered on purpose: a limit or a
/// refusal, not a failed connection; or that a local program failed, whose output is not
/// the mail system's (Postfix's `Command died with status 111: "..." Command output:
/// Could Not Connect`).
const CODE_EQUIVALENT_YIELDS_TO: [Reason; 7] = [
    Reason::Speeding,
    Reason::Toomanyconn,
    Reason::Blocked,
    Reason::Badreputation,
    Reason::Spamdetected,
    Reason::Mailererror,
    Reason::Requireptr,
];

/// What a vague phrase (`SMTP connect() failed.`, `Could not connect`) yields to: the
/// reasons a code yields to, and a failed login (PHPMailer ends a refused login with the
/// same `SMTP connect() failed.`).
const VAGUE_PHRASE_YIELDS_TO: [Reason; 8] = {
    let mut all = [Reason::Securityerror; 8];
    let mut i = 0;
    while i < CODE_EQUIVALENT_YIELDS_TO.len() {
        all[i] = CODE_EQUIVALENT_YIELDS_TO[i];
        i += 1;
    }
    all
};

/// Whether words of a reason are only the prefix applications print before a mailer's
/// error: PHPMailer's examples echo `Mailer Error: ` and its message (`SMTP connect()
/// failed.`), which names no local program that failed.
fn echo_prefix(r: Reason, words: &str) -> bool {
    r == Reason::Mailererror && words.eq_ignore_ascii_case("mailer error")
}

/// Whether the text is a session whose replies all went well (a refusal after good steps
/// is what the scanner keeps of a conversation: `find_replies`) but whose last step was no
/// accepted message, and which words of a failure follow (swaks' `<- 220 2.0.0 Ready to
/// start TLS *** TLS startup failed`, PHPMailer's `SERVER -> CLIENT: 220 ... Connection
/// reset by peer`). Not when the last reply accepted a message (`250 2.0.0 Ok: queued`: a
/// failure told before it was overcome), nor in a log's own record of a delivery. Also a
/// good reply that words of a failure quote as their detail (dma's `remote delivery
/// deferred: STARTTLS not available: 250 SMTPUTF8`, Email::Sender's `can't STARTTLS: 2.0.0
/// Ready to start TLS`): the last answer before the failure, not an outcome.
fn failed_after_success(sc: &Scan, text: &str) -> bool {
    if !sc.chain.iter().all(|r| r.digit().is_some_and(|d| d <= 3)) || sc.has(Signal::Sent) {
        return false;
    }
    let Some(last) = sc.chain.iter().max_by_key(|r| r.start) else {
        return false;
    };
    let first = sc.chain.iter().map(|r| r.start).min().unwrap_or(last.start);
    let failure = |h: &&scan::Hit| {
        h.signal.info().mfi.is_some()
            || (matches!(h.signal, Signal::Deferred | Signal::Bounced)
                && h.strength >= Strength::Medium)
    };
    // A last reply that accepted a message (`250 2.0.0 Ok: queued as ...`): whatever failed
    // before it was overcome. (Not a greeting's or EHLO's `250 SMTPUTF8`.)
    let ok_reply = last.code.is_some_and(|c| matches!(c.get(), 250 | 251));
    let accepted = ok_reply
        && (last.status.is_some() || {
            let body = text.get(last.body..).unwrap_or("");
            let body = &body.as_bytes()[..body.len().min(60)];
            [&b"queued"[..], b"accepted", b"ok"]
                .iter()
                .any(|w| scan::find_ci(body, w).is_some())
        });
    if accepted {
        return false;
    }
    // (The words end right before the reply, a colon between: not a failure told in
    // brackets before a success.)
    let quoted = sc.hits.iter().filter(failure).any(|h| {
        text.as_bytes()
            .get(h.span.end()..first)
            .is_some_and(|gap| gap.contains(&b':') && gap.iter().all(|c| matches!(c, b':' | b' ')))
    });
    quoted
        || (!ok_reply
            && sc
                .hits
                .iter()
                .any(|h| h.signal.info().mfi.is_some() && h.span.start() > last.start))
}

/// Literal beats an expiry form beats an equivalent.
fn find_mfi(sc: &Scan, text: &str) -> Option<(MfiCode, MfiMatch)> {
    let statuses = || sc.chain.iter().filter_map(|r| r.status);
    if let Some(code) = statuses()
        .filter(|s| s.class() == StatusClass::TransientFailure)
        .find_map(MfiCode::from_status)
    {
        return Some((code, MfiMatch::Literal));
    }
    if let Some(code) = statuses()
        .filter(|s| s.class() == StatusClass::PermanentFailure && s.subject() == 4)
        .find_map(MfiCode::from_status)
    {
        return Some((code, MfiMatch::Expired));
    }
    let answered = || sc.chain.iter().any(|r| r.code.is_some());
    // (A session that failed after its last good step, a transcript's `220 Ready to start
    // TLS` then `*** TLS startup failed`: that step says nothing of the failure.)
    let admits = if sc.chain.is_empty() || failed_after_success(sc, text) {
        Some(Admits::All)
    } else {
        sc.chain
            .iter()
            .filter_map(
                |r| match knowledge::equivalence_context(r.code, r.status)? {
                    Admits::Unanswered if answered() => None,
                    Admits::Unanswered => Some(Admits::All),
                    a => Some(a),
                },
            )
            .max_by_key(|a| *a == Admits::All)
    };
    let admits = admits?;
    // The strongest admitted signal that names an MFI failure; among equals the last (the
    // innermost error of a chain is the most specific).
    // (A vague phrase, such as GMX's greeting `Service not available; ... IP address is
    // block listed`, names no failed connection where other words say the server refused
    // on purpose; words of a refusal that contain the phrase are no other words.)
    // (Not a receiving server's notes on its clients: none of the sender's deliveries; but
    // a client's TLS alert about the server's certificate, `SSL_accept error ... alert
    // unknown ca`, is a certificate failure all the same.)
    let inbound = sc.has(Signal::HintInbound);
    // (The reply whose words a hit is in: the last one that starts before it.)
    let reply_of = |h: &scan::Hit| {
        sc.chain
            .iter()
            .filter(|r| r.start <= h.span.start())
            .max_by_key(|r| r.start)
    };
    // (A verdict that contains the hit: Sendmail's `stat=Service unavailable`.)
    let in_a_verdict = |h: &scan::Hit| {
        sc.hits.iter().any(|v| {
            v.signal == Signal::Bounced
                && v.span.start() <= h.span.start()
                && v.span.end() >= h.span.end()
        })
    };
    let specific_certificate_failure = || {
        sc.hits.iter().any(|h| {
            matches!(
                h.signal,
                Signal::CertExpired
                    | Signal::CertMismatch
                    | Signal::CertUntrusted
                    | Signal::CertNotTrusted
                    | Signal::CertRevoked
            )
        })
    };
    // (A connection closed right after the server's `221` goodbye on a line of its own,
    // telnet's `Connection closed by foreign host.` on the next line at the end of a
    // session: closed as asked.
    // Not a drop after more was said: Postfix's `said: 221 ... (in reply to end of DATA
    // command)` then `lost connection`, a second session.)
    let said_goodbye = |h: &scan::Hit| {
        h.signal == Signal::Dropped
            && sc
                .chain
                .iter()
                .rev()
                .find(|r| r.start < h.span.start())
                .is_some_and(|r| {
                    let b = text.as_bytes();
                    let line_end = memchr::memchr(b'\n', &b[r.start..h.span.start()])
                        .map_or(h.span.start(), |p| r.start + p);
                    r.code.is_some_and(|c| c.get() == 221)
                        && (r.start == 0 || b[r.start - 1] == b'\n')
                        && b[line_end..h.span.start()]
                            .iter()
                            .all(u8::is_ascii_whitespace)
                })
    };
    let by_words = sc
        .hits
        .iter()
        .filter(|h| !inbound || h.signal.is_tls())
        .filter(|h| !said_goodbye(h))
        // (Under a status of a security check, TLS words; and DNS words under a
        // cryptographic failure's X.7.5 where no server answered: the sending side's own
        // status of a DANE check whose lookup failed, Postfix's `dsn=4.7.5,
        // status=deferred (TLSA lookup error for mx:25)`. Not a refusal of the sender's
        // domain, `5.7.1 sender domain does not exist`.)
        .filter(|h| {
            admits == Admits::All
                || h.signal.is_tls()
                || (h.signal.info().mfi == Some(MfiCode::DnsQueryFailed)
                    && !answered()
                    && sc.chain.iter().any(|r| {
                        r.status
                            .is_some_and(|st| st.subject() == 7 && st.detail() == 5)
                    }))
        })
        // (A certificate check that failed, in general words, yields to words that say how:
        // OpenSSL's `verify error:num=20:unable to get local issuer certificate` before
        // its `certificate verify failed`.)
        .filter(|h| h.signal != Signal::CertInvalid || !specific_certificate_failure())
        // (A server that answered with a permanent refusal in the vague words was reached:
        // Postfix's `dsn=4.0.0, status=deferred (host ... refused to talk to me: 554
        // Service unavailable; Client host [...] blocked using ...)`, Sendmail's
        // `dsn=5.0.0, stat=Service unavailable` (its name of EX_UNAVAILABLE), its `DSN:
        // Service unavailable`. Not the 421 inside an expiry's 5xx: the reply the words
        // are in decides.)
        .filter(|h| {
            h.signal != Signal::ServiceUnavailable
                || !(reply_of(h).and_then(scan::RawReply::digit) == Some(5) || in_a_verdict(h))
        })
        .filter(|h| {
            // (A plain phrase yields as a vague one does, but only to words of a limit:
            // GoDaddy's `421 Connection refused, too many sessions from This IP` answered
            // the connection it names refused.)
            let yields_to: &[Reason] = match h.strength {
                Strength::Weak => &VAGUE_PHRASE_YIELDS_TO,
                Strength::Medium => &CODE_EQUIVALENT_YIELDS_TO[..2],
                _ => &[],
            };
            // (Not to the writer's frame before the reply, which names the stage: Exim's
            // `SMTP error from remote mail server after initial connection: 421 ... Service
            // not available`, which Sisimai counts as a block. Other words before the
            // reply do count: `Blocked by destination (listed in ...): 421 ...`.)
            let reply_start = reply_of(h).map_or(0, |r| r.start);
            !sc.reasons.iter().any(|(r, span)| {
                yields_to.contains(r)
                    && !(span.start() < reply_start && stage_frame(span.of(text)))
                    && (span.end() <= h.span.start() || span.start() >= h.span.end())
                    && !echo_prefix(*r, span.of(text))
            })
        })
        .filter_map(|h| h.signal.info().mfi.map(|m| (h.strength, h.span.start(), m)))
        // (A null MX, RFC 7505, is the domain's own word that it takes no mail: Gmail's
        // `DNS Error: ... returned Null MX` names a lookup that succeeded.)
        .filter(|&(_, _, m)| m != MfiCode::DnsQueryFailed || !sc.has(Signal::HintNullMx))
        .max_by_key(|&(strength, pos, _)| (strength, pos))
        .map(|(_, _, m)| m);
    // Else a code that names the failure by itself, the innermost first, unless words say
    // the server refused for another reason (Postfix's `421 4.4.2 Message submission rate
    // for this client has exceeded the configured limit`: a limit, not a broken session).
    let by_code = || {
        if CODE_EQUIVALENT_YIELDS_TO.iter().any(|&r| sc.names(r)) {
            return None;
        }
        sc.chain.iter().rev().find_map(|r| {
            let st = r.status?;
            knowledge::CODE_EQUIVALENTS
                .iter()
                .find(|(p, _, admits, _)| {
                    p.matches(st) && (*admits != Admits::Unanswered || !answered())
                })
                .map(|(_, m, _, _)| *m)
        })
    };
    by_words.or_else(by_code).map(|m| (m, MfiMatch::Equivalent))
}

fn severity(
    sc: &Scan,
    text: &str,
    expired: bool,
    stated: Option<Severity>,
    queued: &impl Fn() -> Option<Origin>,
) -> Severity {
    match (severity_of_text(sc, text, expired, stated, queued), stated) {
        // (What the source states is the severity of a text that states none, not of an
        // empty line.)
        (Severity::Unknown, Some(stated)) if !text.trim().is_empty() => stated,
        (known, _) => known,
    }
}

/// The severity the text's own codes and words state ([`Severity::Unknown`] if none); a
/// stated deferral counts as a log's own `status=deferred`.
fn severity_of_text(
    sc: &Scan,
    text: &str,
    expired: bool,
    stated: Option<Severity>,
    queued: &impl Fn() -> Option<Origin>,
) -> Severity {
    if expired {
        return Severity::Permanent;
    }
    // A log's own outcome field (`status=deferred`, `stat=Deferred`, ZoneMTA's
    // `DEFERRED[...]`, a JSON event's `"event": "deferred"`, qmail's `: deferral: `,
    // Sendmail's queue listing's `(Deferred: ...)`, any entry of a queue listing with its
    // reason: `queue_entry`) says what happened, whatever the class
    // of the reply it quotes: Postfix defers a 5xx reply under `soft_bounce`, qmail a
    // refused greeting, ZoneMTA and delivery services by their own rules. (So does such a
    // field beside the text, stated by the caller: a log reader's `result=TempFail`.)
    // (A field's verdict: a word of `signal`, not weak, written with a field's marks.)
    let log_field = |signal: Signal| {
        sc.hits.iter().any(|h| {
            h.signal == signal
                && h.strength >= Strength::Medium
                && h.span
                    .of(text)
                    .bytes()
                    .any(|c| matches!(c, b'=' | b'[' | b'"' | b':' | b'('))
        })
    };
    let log_deferred =
        || stated == Some(Severity::Transient) || queued().is_some() || log_field(Signal::Deferred);
    // And the other way: a log's own verdict that the recipient bounced (`status=bounced`,
    // Stalwart's `(delivery.dsn-perm-fail) ... code = 451`) says the message was returned,
    // whatever the class of the last reply it quotes.
    let log_bounced = || stated != Some(Severity::Transient) && log_field(Signal::Bounced);
    // A delay notice's banner (Postfix's and Sendmail's `THIS IS A WARNING ONLY`): the
    // message is still queued, whatever reply it quotes (a 554 greeting is retried too).
    let warning_only = || {
        sc.hits
            .iter()
            .any(|h| h.signal == Signal::Delayed && h.strength == Strength::Strong)
    };
    // A server that greets with a 5xx is passed over by Postfix (`smtp_skip_5xx_greeting`,
    // on by default): the message waits for the next server or attempt unless the line
    // says it bounced (`status=bounced (host ... refused to talk to me: 554 ...)`).
    let greeting_skipped = || sc.has(Signal::HintGreetingSkipped) && !sc.has(Signal::Bounced);
    let by_digit = |d: u8| match d {
        2 => Severity::Success,
        4 => Severity::Transient,
        5 => Severity::Permanent,
        _ => Severity::Unknown,
    };
    // (A session whose good steps words of a failure follow, `220 Ready to start TLS` then
    // `*** TLS startup failed`, gets its verdict from those words below.)
    if let Some(d) = sc.chain.first().and_then(scan::RawReply::digit) {
        if d > 3 || !failed_after_success(sc, text) {
            return if d == 5 && (log_deferred() || warning_only() || greeting_skipped()) {
                Severity::Transient
            } else if d == 4 && log_bounced() {
                Severity::Permanent
            } else {
                by_digit(d)
            };
        }
    }
    // Without a code, the verdict words: a final one wins over a delay's unless the delay's
    // are stronger (Sendmail's `THIS IS A WARNING MESSAGE ONLY` banner, framed in `**`,
    // which is also how Exim marks a failed address).
    // (Between weak words of both, the later: a notice says what happened, then what comes
    // next: `Your message was not delivered to x. The server will continue to try`, `has
    // been delayed and has now failed`.)
    let bounced = sc.strongest(&[Signal::Bounced]);
    let deferred = sc.strongest(&[Signal::Deferred, Signal::Delayed]);
    let last_weak = |of: &[Signal]| {
        sc.hits
            .iter()
            .filter(|h| of.contains(&h.signal) && h.strength == Strength::Weak)
            .map(|h| h.span.start())
            .max()
    };
    let bounce_wins = bounced > deferred
        || (bounced.is_some()
            && bounced == deferred
            && (bounced > Some(Strength::Weak)
                || last_weak(&[Signal::Bounced])
                    > last_weak(&[Signal::Deferred, Signal::Delayed])));
    if bounce_wins {
        Severity::Permanent
    } else if deferred.is_some() || queued().is_some() {
        Severity::Transient
    } else if sc.has(Signal::Sent) || exim_delivered(text) {
        Severity::Success
    } else if sc.has(Signal::DomainNonexistent) && !sc.has(Signal::DnsTryAgain) {
        // A resolver's own verdict that the domain does not exist (NXDOMAIN, Exchange's
        // NonExistentDomain) is for good: Gmail's `DNS Error: ... NXDOMAIN` bounce.
        // (Not a client's lookup error, `No such host is known`, 11001, ENOTFOUND: also
        // a passing trouble of a host that is offline.)
        Severity::Permanent
    } else if sc
        .hits
        .iter()
        .any(|h| h.signal == Signal::DnsTryAgain && h.strength == Strength::Strong)
    {
        // The resolver's own "try again" (Postfix's `Host not found, try again`,
        // SERVFAIL): the lookup is retried, the message stays queued.
        Severity::Transient
    } else {
        Severity::Unknown
    }
}

/// The first pass, `first_reason`: reasons in the order they are weighed when the code or
/// the words name them; what is wrong with the recipient and the message comes first, the
/// generic refusals last. Each has its own test in [`first_pass`]. (The list is written out
/// as one test after the other, each compiled for its own reason: a loop over a list would
/// jump through the test's table at every step, to a different place each time.)
macro_rules! first_reasons {
    ($($r:ident),* $(,)?) => {
        /// The first reason of the first pass that the words or the code decide, or whose
        /// test passes.
        fn first_reason(decisive: Option<Reason>, e: &Evidence) -> Option<Reason> {
            $(
                if decisive == Some(Reason::$r) || first_pass(Reason::$r, e) {
                    return Some(Reason::$r);
                }
            )*
            None
        }
    };
}

first_reasons![
    Feedback,
    Mailboxfull,
    Mesgtoobig,
    Exceedlimit,
    Suspend,
    Hasmoved,
    Norelaying,
    Authfailure,
    Userunknown,
    Filtered,
    Requireptr,
    Notcompliantrfc,
    Badreputation,
    Contenterror,
    Rejected,
    Hostunknown,
    Spamdetected,
    Toomanyconn,
    Speeding,
    Blocked,
    Failedstarttls,
    Notaccept,
];

/// The second pass, when the code does not settle the matter: the words of generic system,
/// network and security trouble, in the order they are weighed.
const SECOND_REASONS: &[Reason] = &[
    Reason::Mailboxfull,
    Reason::Spamdetected,
    Reason::Virusdetected,
    Reason::Norelaying,
    Reason::Systemerror,
    Reason::Networkerror,
    Reason::Suspend,
    Reason::Systemfull,
    Reason::Mailererror,
    Reason::Securityerror,
    Reason::Policyviolation,
    Reason::Expired,
];

/// The refusals whose words an unknown-recipient code yields to, in the order they are
/// weighed.
const USERUNKNOWN_YIELDS_TO: &[Reason] = &[
    Reason::Norelaying,
    Reason::Blocked,
    Reason::Mailboxfull,
    Reason::Hasmoved,
    Reason::Rejected,
    Reason::Notaccept,
];

/// Reasons a code gives that do not settle the matter: words may say something better.
pub(crate) const UNSETTLED: &[Reason] = &[
    Reason::Undefined,
    Reason::Onhold,
    Reason::Systemerror,
    Reason::Securityerror,
    Reason::Expired,
    Reason::Networkerror,
    Reason::Hostunknown,
    Reason::Userunknown,
];

/// Words that say the refusal concerned an address or an IP address, not the message: they
/// keep a generic refusal's words from naming [`Reason::Rejected`].
const NOT_REJECTED: &[&str] = &[
    "5.1.0 address rejected",
    "ip address ",
    "recipient address rejected",
];

/// What the classifier knows when it weighs a reason.
struct Evidence<'s> {
    sc: &'s Scan,
    text: &'s str,
    /// The reason the status code names (Exchange's table, else the registry's).
    by_code: Option<Reason>,
    /// The first basic reply code.
    reply: Option<u16>,
    /// The SMTP command the failure answered, when the text names it.
    command: Option<Signal>,
    has_status: bool,
    /// The failure is temporary (a 4.x.x status, else a 4xx reply).
    temporary: bool,
    not_rejected: std::cell::OnceCell<bool>,
}

impl Evidence<'_> {
    /// Whether the reply answers a command's syntax or order (`[45]0[1-7]`: RFC 5321's
    /// 501 syntax error in arguments, 502 not implemented, 503 bad sequence, 504 parameter
    /// not implemented, and their neighbours), with no status of content or security.
    fn syntax_reply(&self) -> bool {
        self.reply
            .is_some_and(|c| matches!(c, 401..=407 | 501..=507))
            && primary_status(self.sc).is_none_or(|s| !matches!(s.subject(), 6 | 7))
    }
    fn said(&self, r: Reason) -> bool {
        self.sc.names(r) && !(r == Reason::Rejected && self.not_rejected())
    }
    /// Whether words say the refusal was about an address (looked for once, when asked).
    fn not_rejected(&self) -> bool {
        *self.not_rejected.get_or_init(|| {
            NOT_REJECTED
                .iter()
                .any(|w| scan::find_ci(self.text.as_bytes(), w.as_bytes()).is_some())
        })
    }
    fn code(&self, r: Reason) -> bool {
        self.by_code == Some(r)
    }
    /// The failure came before the recipient was named (greeting, HELO, MAIL, STARTTLS).
    fn before_rcpt(&self) -> bool {
        matches!(
            self.command,
            Some(Signal::CommandHelo | Signal::CommandMail | Signal::CommandStarttls)
        )
    }
    /// The failure came before the message was sent (any command up to RCPT TO).
    fn before_data(&self) -> bool {
        self.before_rcpt() || self.command == Some(Signal::CommandRcpt)
    }
}

/// Whether the first pass settles on spam (which content errors yield to).
fn spam_detected(e: &Evidence) -> bool {
    let r = Reason::Spamdetected;
    e.has_status && (e.code(r) || (!e.before_data() && e.said(r)))
}

/// Whether `r` is a reason of the recipient's address or mailbox, which a failure before the
/// recipient was named (greeting, HELO, MAIL FROM, STARTTLS) cannot have.
fn of_a_recipient(r: Reason) -> bool {
    matches!(
        r,
        Reason::Userunknown | Reason::Hostunknown | Reason::Hasmoved | Reason::Norelaying
    )
}

/// Whether the first pass settles on `r`. (Inlined into `first_reason`'s tests, where `r`
/// is a constant and the match folds away.)
#[inline(always)]
fn first_pass(r: Reason, e: &Evidence) -> bool {
    use Reason as R;
    let said = |r| e.said(r);
    let code = |r| e.code(r);
    match r {
        // (A failure before the recipient was named is none of its recipient's.)
        r if of_a_recipient(r) && e.before_rcpt() => false,
        R::Feedback => said(r),
        // (Without a status, words of a sender's quota or a connection limit beside
        // them are a limit's: Amazon SES's `454 Throttling failure: Daily message quota
        // exceeded`.)
        R::Mailboxfull => {
            code(r) || (said(r) && (e.has_status || !(said(R::Toomanyconn) || said(R::Speeding))))
        }
        R::Mesgtoobig => !code(R::Exceedlimit) && (code(r) || said(r)),
        R::Exceedlimit => e.has_status && (code(r) || said(r)),
        R::Suspend => e.reply == Some(525) || (e.has_status && said(r)),
        R::Hasmoved | R::Norelaying => said(r),
        // (A permanent failure whose words also say the domain does not exist: Gmail's
        // `5.1.2 DNS Error: ... responded with code NXDOMAIN Domain name not found`.)
        R::Hostunknown if code(r) => !said(R::Networkerror) || (!e.temporary && said(r)),
        // A lookup that a system's own words say failed, in a temporary failure: a DNS
        // problem on the way, not a domain that does not exist.
        R::Hostunknown if e.temporary && e.sc.decisive == Some(R::Networkerror) => false,
        R::Hostunknown => said(r),
        R::Userunknown => {
            if code(R::Suspend) {
                false
            } else if code(r) {
                // An unknown-recipient code yields to the words of a more specific refusal.
                !USERUNKNOWN_YIELDS_TO.iter().any(|&o| said(o))
            } else {
                // (Not a limit's refusal that a client's wrapper calls invalid addresses:
                // JavaMail's `Invalid Addresses ... 452 4.5.3 Too many recipients`.)
                e.command == Some(Signal::CommandRcpt) && said(r) && !said(R::Toomanyconn)
            }
        }
        // Words of an unknown recipient after the message was sent are a filter's.
        // (Not under a code of the sender's refusal: `553 5.1.8 Domain of sender address
        // <a@b> does not exist`.)
        R::Filtered => {
            !code(R::Suspend)
                && !code(R::Rejected)
                && (code(r) || !e.before_data())
                && (said(r) || said(R::Userunknown) || code(r))
        }
        R::Contenterror => !spam_detected(e) && (code(r) || said(r)),
        R::Rejected => {
            code(r)
                || (said(r)
                    && (e.command == Some(Signal::CommandMail)
                        || (e.command == Some(Signal::CommandData) && !code(R::Userunknown))
                        || matches!(
                            e.by_code,
                            None | Some(
                                R::Onhold | R::Undefined | R::Securityerror | R::Systemerror
                            )
                        )))
        }
        R::Spamdetected => spam_detected(e),
        R::Speeding => e.has_status && said(r),
        R::Failedstarttls => {
            e.command == Some(Signal::CommandStarttls)
                || matches!(e.reply, Some(523 | 524 | 538))
                || said(r)
        }
        R::Notaccept => matches!(e.reply, Some(521 | 556)) || (!e.before_rcpt() && said(r)),
        _ => code(r) || said(r),
    }
}

/// The cross-vendor reason, decided as Sisimai decides it (so that its results compare): a
/// delivery is `delivered`; then the first reason of the first pass (`first_reason`) whose
/// test passes; then the code's reason when it settles the matter; then the first of
/// [`SECOND_REASONS`] the words name; then the code's reason, an expiry, the class of the
/// code, the command.
fn reason(
    sc: &Scan,
    text: &str,
    (expired, expiry_code): (bool, bool),
    mfi: Option<(MfiCode, MfiMatch)>,
    entry: Option<&CodeEntry>,
    severity: Severity,
    stated_severity: Option<Severity>,
) -> Reason {
    if severity == Severity::Success {
        return Reason::Delivered;
    }
    // A receiving server's note on its client, no reply and no failure named: no reason.
    if sc.has(Signal::HintInbound) && sc.chain.is_empty() && mfi.is_none() {
        return Reason::Undefined;
    }
    let literal_mfi = mfi.filter(|(_, how)| *how != MfiMatch::Equivalent);
    if let Some((code, _)) = literal_mfi {
        // Microsoft's own code says what failed: an expiry of it, or the code's reason.
        return if expired {
            Reason::Expired
        } else {
            mfi_reason(sc, code)
        };
    }
    // A message that an expiry code or a system's own expiry wording says expired, after
    // failures that words name as an MFI code does (a refused connection, a domain that does
    // not resolve): the expiry, as in the literal expiry forms (the words of the failure are
    // not the reason it was returned).
    let stated = expiry_code || sc.decisive == Some(Reason::Expired);
    if mfi.is_some() && stated && sc.hits.iter().any(|h| h.signal.info().mfi.is_some()) {
        return Reason::Expired;
    }
    // A delay notice of a failure to reach the destination (Gmail's `has been delayed ...
    // did not accept our requests to connect ... Connection dropped`): on its way to
    // expiring, as Sisimai names it, though `connection dropped` also names a blocked
    // client. (Words of another reason still decide: OpenSMTPD's `No MX found for
    // domain`, not accepting mail.)
    // (Not a TLS failure: its words say what is wrong, failedstarttls or securityerror;
    // nor a system's own wording of the failure, OpenSMTPD's `Network error on destination
    // MXs`.)
    if severity == Severity::Transient
        && mfi.is_some()
        && sc.delay_notice()
        && sc.decisive.is_none_or(|r| r == Reason::Expired)
        && !sc.hits.iter().any(|h| h.signal.is_tls())
        && sc
            .reasons
            .iter()
            .all(|(r, _)| matches!(r, Reason::Blocked | Reason::Expired | Reason::Networkerror))
    {
        return Reason::Expired;
    }
    // A delivery still being retried (not a delay notice) that fails the way an MFI code
    // describes: the code's reason (the taxonomy below describes returned messages). So is
    // a line that reports one failed connection, with no status and no outcome (an MTA's
    // session line); whether a domain exists is left to the words that say so.
    let deferral = severity == Severity::Transient && !expired && !sc.has(Signal::Delayed);
    let attempt = severity == Severity::Unknown
        && mfi.is_some_and(|(code, _)| {
            code != MfiCode::DnsQueryFailed
                || !(sc.names(Reason::Hostunknown) || sc.has(Signal::DomainNonexistent))
        });
    if let Some((code, _)) = mfi.filter(|_| deferral || attempt) {
        return mfi_reason(sc, code);
    }
    // One mail system's own wording decides, unless it names an unsettled reason: then the
    // words of a more specific one still win.
    let decisive = sc.decisive;
    if let Some(r) = decisive.filter(|r| !UNSETTLED.contains(r)) {
        return r;
    }
    let status = primary_status(sc);
    let reply = sc.chain.iter().find_map(|r| r.code).map(|c| c.get());
    // A refused login (RFC 4954's replies to AUTH: 534 mechanism too weak, 535 credentials
    // invalid, 538 encryption required; their statuses 5.7.8, 5.7.9, 5.7.11) is a security
    // error whatever else the words say: the words around it are a client's (nodemailer's
    // `Invalid login: 535 ... Bad username`, an application's `Configuration Error:`).
    if auth_refused(sc, reply, status) {
        return Reason::Securityerror;
    }
    // The reason the code names: the cross-vendor table's, else (for one of Exchange's own
    // codes) Exchange's table's.
    let by_code = status.and_then(|st| {
        let key = (st.class().digit(), st.subject(), st.detail());
        knowledge::iana::STATUS_REASONS
            .iter()
            .find(|(c, s, d, _)| (*c, *s, *d) == key)
            .map(|(_, _, _, r)| *r)
            .or_else(|| {
                let first = sc.chain.iter().find_map(|r| r.status);
                // Exchange's own codes only: a registered code names no reason by itself.
                // (Its table gives the reason of the code's usual words: a system's own
                // wording that names another decides, as `4.7.500 Server busy. Please try
                // again later from [ip]` is no block.)
                let own = knowledge::iana_entry(st).is_none_or(|e| e.detail != Some(st.detail()));
                entry
                    .filter(|_| own && first == Some(st) && decisive.is_none())
                    .map(|e| e.reason)
            })
    });
    let e = Evidence {
        sc,
        text,
        by_code,
        reply,
        command: last_command(sc),
        has_status: status.is_some(),
        temporary: match status {
            Some(st) => st.class() == StatusClass::TransientFailure,
            None => sc
                .chain
                .iter()
                .find_map(|r| r.code)
                .is_some_and(|c| c.get() / 100 == 4),
        },
        not_rejected: std::cell::OnceCell::new(),
    };
    if let Some(r) = first_reason(decisive, &e) {
        return r;
    }
    // The generic address status (X.1.0, which the taxonomy counts as an unknown
    // recipient) with words of a more specific refusal (`550 5.1.0 <bo@example.org>:
    // Sender address rejected: User unknown`: the sender was refused): that refusal. (A
    // code that names the recipient's mailbox, X.1.1, stays an unknown recipient.)
    if by_code == Some(Reason::Userunknown) && status.is_some_and(|st| st.detail() == 0) {
        if let Some(&r) = USERUNKNOWN_YIELDS_TO.iter().find(|&&o| e.said(o)) {
            return r;
        }
    }
    if let Some(c) = by_code.filter(|c| !UNSETTLED.contains(c)) {
        return c;
    }
    if let Some(r) = SECOND_REASONS.iter().copied().find(|&r| e.said(r)) {
        // (Generic words of an unsettled reason do not outweigh a system's own wording of
        // another: Exchange 2003's `(00120270) Too Many Hops` after its `configuration
        // error` prose is a network error.)
        // (`onhold` is no answer: `retry time not reached` yields to the words of an
        // expiry; and an expiry's own words yield to what failed, OpenSMTPD's `Envelope
        // expired` to the `Network error on destination MXs` before it.)
        return match decisive {
            Some(d) if UNSETTLED.contains(&r) && !matches!(d, Reason::Onhold | Reason::Expired) => {
                d
            }
            _ => r,
        };
    }
    if let Some(r) = decisive {
        return r;
    }
    // A status of a system error (X.5.4, X.5.5) on a reply to a command's syntax or order
    // (501–507, RFC 5321 4.2.3), no other words: the command was not understood (as
    // Sisimai decides: `501 5.5.4 Syntax: MAIL FROM:<address>`).
    if by_code == Some(Reason::Systemerror) && e.syntax_reply() && sc.reasons.is_empty() {
        return Reason::Syntaxerror;
    }
    if let Some(c) = by_code {
        return c;
    }
    if expired {
        return Reason::Expired;
    }
    if let Some((code, _)) = mfi {
        return mfi_reason(sc, code);
    }
    match status.map(|s| s.subject()) {
        Some(6) => return Reason::Contenterror,
        Some(7) => return Reason::Securityerror,
        _ => {}
    }
    // A delay notice that says nothing more: the message is on its way to expiring.
    if sc.has(Signal::Delayed) {
        return Reason::Expired;
    }
    if e.command == Some(Signal::CommandHelo) {
        return Reason::Blocked;
    }
    if e.said(Reason::Vacation) {
        return Reason::Vacation;
    }
    // Words that name a reason the passes above would not settle on without a status code
    // or the SMTP command (`552 Message too large`): still better than none.
    // (Not a recipient's reason for a refusal before the recipient was named: RFC 5321's
    // generic `550 Requested action not taken: mailbox unavailable` in reply to MAIL FROM.)
    if let Some(&(r, _)) = sc.reasons.iter().find(|(r, _)| {
        (*r != Reason::Rejected || !e.not_rejected()) && !(e.before_rcpt() && of_a_recipient(*r))
    }) {
        return r;
    }
    // A reply to a command's syntax or order with nothing else said (`503 5.5.1 Error: need
    // MAIL command`, `501 Syntax error in parameters or arguments`).
    if e.syntax_reply() {
        return Reason::Syntaxerror;
    }
    // A refusal of the sender's MAIL FROM that names no reason: the sender was rejected (as
    // Sisimai decides by the command).
    if e.command == Some(Signal::CommandMail) {
        return Reason::Rejected;
    }
    // A failure its source states (a status report's `Action: failed` for this recipient)
    // with a server's reply whose words name no reason (`554 No Resent-From field given`):
    // held for a closer look, as Sisimai names it; without a reply, undefined.
    if stated_severity == Some(Severity::Permanent) && (reply.is_some() || status.is_some()) {
        return Reason::Onhold;
    }
    Reason::Undefined
}

/// The reason an MFI code gives a failure: its table's, except that for the codes of TLS
/// failures (4.4.317, 4.7.320) the text's TLS or certificate words say which it was (the
/// strongest, then the last).
fn mfi_reason(sc: &Scan, code: MfiCode) -> Reason {
    let table = knowledge::mfi_entry(code).reason;
    if !matches!(
        code,
        MfiCode::CannotConnect | MfiCode::CertificateValidationFailed
    ) {
        return table;
    }
    sc.hits
        .iter()
        .filter_map(|h| Some((h.strength, h.span.start(), h.signal.tls_reason()?)))
        .max_by_key(|&(strength, pos, _)| (strength, pos))
        .map_or(table, |(_, _, r)| r)
}

/// The status that names the failure: the first specific one (`X.0.0`, `4.4.7` and
/// `X.4.0` only when there is no other: Exchange's queue writes `451 4.4.0 Primary target
/// IP address responded with: "452 4.3.1 ..."`, the reply it got says what failed).
fn primary_status(sc: &Scan) -> Option<EnhancedStatus> {
    let mut statuses = sc.chain.iter().filter_map(|r| r.status);
    let generic =
        |s: &EnhancedStatus| s.is_unspecific() || (s.subject() == 4 && matches!(s.detail(), 0 | 7));
    statuses
        .clone()
        .find(|s| !generic(s))
        .or_else(|| statuses.next())
}

/// Whether the failure is a server's refusal of a login: its first reply is one of AUTH's
/// own (534, 535, 538; 530 with words of a login required, not of STARTTLS), or its status
/// is (5.7.8, 5.7.9, 5.7.11) without a reply or beside a 53x one. (Sendmail's `554 5.7.9
/// Header error` is a policy's refusal of the message.)
fn auth_refused(sc: &Scan, reply: Option<u16>, status: Option<EnhancedStatus>) -> bool {
    // (Not a size refusal some servers give as 534: `534 SIZE=Message too big`.)
    (matches!(reply, Some(534 | 535 | 538)) && !sc.names(Reason::Mesgtoobig))
        || (reply == Some(530) && sc.names(Reason::Securityerror))
        || (reply.is_none_or(|c| c / 10 == 53)
            && status.is_some_and(|st| {
                st.class() == StatusClass::PermanentFailure
                    && st.subject() == 7
                    && matches!(st.detail(), 8 | 9 | 11)
            }))
}

/// The SMTP command the failure answered: the last one the text names. (None in a
/// receiving server's note on its client, `lost connection after EHLO from ...`: the
/// client's command, no failure's.)
fn last_command(sc: &Scan) -> Option<Signal> {
    if sc.has(Signal::HintInbound) {
        return None;
    }
    sc.hits
        .iter()
        .filter(|h| {
            matches!(
                h.signal,
                Signal::CommandHelo
                    | Signal::CommandStarttls
                    | Signal::CommandMail
                    | Signal::CommandRcpt
                    | Signal::CommandData
            )
        })
        .max_by_key(|h| h.span.start())
        .map(|h| h.signal)
}

fn push_unique<T: PartialEq + Copy, const N: usize>(v: &mut ArrayVec<T, N>, x: T) {
    if !v.contains(&x) {
        let _ = v.try_push(x);
    }
}

fn rank_causes(
    sc: &Scan,
    mfi: Option<(MfiCode, MfiMatch)>,
    entry: Option<&CodeEntry>,
    primary_status: Option<EnhancedStatus>,
    connector: ConnectorTarget,
) -> ArrayVec<Cause, MAX_CAUSES> {
    let mut out = ArrayVec::new();
    if connector == ConnectorTarget::Partner && mfi.is_some() {
        out.push(Cause::PartnerError);
    }
    // Evidence first: strongest, then deepest in the text. Not evidence: failure words when
    // no MFI code was admitted (a policy rejection that says "service unavailable"), words
    // that only restate a literal code's title ("450 4.4.316 Connection refused"), and the
    // expiry itself when an MFI code names what kept failing.
    let own_words = mfi
        .filter(|(_, how)| *how != MfiMatch::Equivalent)
        .and_then(|(code, _)| {
            sc.chain
                .iter()
                .find(|r| r.status.and_then(MfiCode::from_status) == Some(code))
                .map(|r| r.text)
        });
    let restates = |h: &scan::Hit| {
        h.strength < Strength::Strong
            && own_words.is_some_and(|t| t.start() <= h.span.start() && h.span.end() <= t.end())
    };
    // (Filled and read in place: a collected or consumed array is copied whole.)
    let mut hits: ArrayVec<_, { scan::MAX_HITS }> = ArrayVec::new();
    hits.extend(
        sc.hits
            .iter()
            .filter(|h| match h.signal.info().mfi {
                Some(_) => mfi.is_some() && !restates(h),
                None => !(h.signal == Signal::Expired && mfi.is_some()),
            })
            .filter_map(|h| {
                h.signal
                    .info()
                    .cause
                    .map(|c| (h.strength, h.span.start(), c))
            }),
    );
    hits.sort_unstable_by_key(|h| std::cmp::Reverse((h.0, h.1)));
    for &(_, _, c) in &hits {
        push_unique(&mut out, c);
    }
    if let Some((code, _)) = mfi {
        for &c in knowledge::mfi_entry(code).causes {
            push_unique(&mut out, c);
        }
    }
    if let Some(e) = entry {
        for &c in e.causes {
            push_unique(&mut out, c);
        }
    } else if let Some(e) = primary_status.and_then(knowledge::iana_entry) {
        for &c in e.causes {
            push_unique(&mut out, c);
        }
    }
    if connector == ConnectorTarget::OnPremises {
        out.retain(|c| *c != Cause::PartnerError);
    }
    out
}

/// Where a message stands, as far as a diagnosis tells: what its human texts may presume.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Stage {
    /// The queue still retries (a temporary failure, and no expiry known).
    Pending,
    /// The queue gave up or never retried (expired, bounced, a permanent failure).
    Over,
    /// Delivered (or relayed).
    Delivered,
    /// The text does not say.
    Unknown,
}

impl Stage {
    /// The stage of a diagnosis: its queue outcome's state when it has one (judged at a
    /// time), else its severity and expiry.
    ///
    /// ```
    /// use mfi_core::{Severity, Stage};
    /// assert_eq!(Stage::of(Severity::Transient, false, None), Stage::Pending);
    /// assert_eq!(Stage::of(Severity::Transient, false, Some(mfi_core::QueueState::Expired)), Stage::Over);
    /// ```
    pub fn of(severity: Severity, expired: bool, queue: Option<QueueState>) -> Stage {
        match queue {
            Some(QueueState::Retrying) => Stage::Pending,
            Some(QueueState::Expired | QueueState::Bounced) => Stage::Over,
            Some(QueueState::Delivered) => Stage::Delivered,
            None if expired => Stage::Over,
            None => match severity {
                Severity::Transient => Stage::Pending,
                Severity::Permanent => Stage::Over,
                Severity::Success => Stage::Delivered,
                _ => Stage::Unknown,
            },
        }
    }

    /// Whether a text that presumes `presumed` fits this stage.
    pub fn admits(self, presumed: Stage) -> bool {
        match presumed {
            Stage::Unknown => self != Stage::Delivered,
            p => p == self || (self == Stage::Unknown && p != Stage::Delivered),
        }
    }
}

/// Which mail system wrote `text`, from its markers alone (log fields, a bounce template's
/// sentences, host names): what [`Diagnosis::origin`] says when no origin is given, except
/// that a literal MFI code (which only Exchange Online sends) is left to `classify`. One
/// pass of the automaton, no more. A reader of whole messages or logs can find it once and pass it with
/// [`Options::origin`].
///
/// ```
/// use mfi_core::{detect_origin, Origin};
/// let intro = "This message was created automatically by mail delivery software.";
/// assert_eq!(detect_origin(intro), Origin::Exim);
/// assert_eq!(detect_origin("hello"), Origin::Unknown);
/// ```
pub fn detect_origin(text: &str) -> Origin {
    let (text, _) = prepare(text, DEFAULT_MAX_LEN);
    let mut sc = scan::origin_marks(text);
    // (A whole message's writer is the system that returned it: a provider's reply that
    // it quotes, Gmail's `- gsmtp`, is no mark of it; a name of a service still is.)
    for quoted in [Origin::Gmail, Origin::AmazonSes] {
        sc.origins &= !(1 << (scan::QUOTED as usize + quoted.index()));
    }
    // (A literal MFI code needs the replies: `classify` weighs it, this does not.)
    origin_of(&sc, text, None, &|| queue_entry(text))
}

/// Which system reported the failure, from the text's markers, in this order: a Unix
/// MTA's log fields or bounce template, or an Exim message id at a line's start (the writer
/// of the text, whatever reply it quotes); a provider's bounce; Postfix's way of quoting a
/// server (`host mx.example.com[192.0.2.1] said:`, `connect to mx[ip]:25`, `(in reply to
/// ...)`: the host it names may well be Microsoft 365's, as the destination); Exchange
/// Online (its fields and hosts, or a literal MFI code, which only it sends); Exchange
/// Server's layout; a provider's words as another system quotes them (its reply, its
/// name).
fn origin_of(
    sc: &Scan,
    text: &str,
    mfi: Option<(MfiCode, MfiMatch)>,
    queued: &impl Fn() -> Option<Origin>,
) -> Origin {
    // (OpenSMTPD before Postfix: its `status=` and `stat=` fields look like theirs.)
    const WRITERS: [Origin; 7] = [
        Origin::Opensmtpd,
        Origin::Postfix,
        Origin::Exim,
        Origin::Sendmail,
        Origin::Qmail,
        Origin::Gmail,
        Origin::AmazonSes,
    ];
    let marked = |o: Origin| sc.origins & (1 << o.index()) != 0;
    // (Sendmail's `collect:` and some other lines hold `relay=` and `, status=` fields as
    // Postfix's do: its program's tag decides then.)
    if marked(Origin::Postfix) && marked(Origin::Sendmail) && sendmail_tag(text) {
        return Origin::Sendmail;
    }
    // (A system that copies a named one's template sentence, by its own mark: that
    // sentence is not the named writer's.)
    if sc.has(Signal::OriginCopier) {
        return Origin::Unknown;
    }
    if let Some(o) = WRITERS.into_iter().find(|&o| marked(o)) {
        return o;
    }
    // (Another system's own words: the shapes below are not proof of Exim or Postfix.)
    let other = marked(Origin::Unknown);
    if let Some(o) = queued() {
        return o;
    }
    if !other && exim_id_end(text).is_some() {
        return Origin::Exim;
    }
    if !other
        && (sc.has(Signal::AnchorSaid) || sc.has(Signal::AnchorInReplyTo) || has_postfix_host(text))
    {
        return Origin::Postfix;
    }
    if marked(Origin::ExchangeOnline)
        || matches!(mfi, Some((_, MfiMatch::Literal | MfiMatch::Expired)))
    {
        return Origin::ExchangeOnline;
    }
    // (hMailServer's bounce borrows Exchange's first line, and signs it.)
    if marked(Origin::ExchangeServer) && !other {
        return Origin::ExchangeServer;
    }
    // (Last, a provider's words as others quote them: the first of `Origin`'s order.)
    let quoted = sc.origins >> scan::QUOTED;
    if quoted == 0 {
        return Origin::Unknown;
    }
    Origin::all()
        .nth(quoted.trailing_zeros() as usize)
        .unwrap_or(Origin::Unknown)
}

/// Whether reason words are Exim's frame of a remote reply, which names the stage it
/// answered (`SMTP error from remote mail server after initial connection:`), not why.
fn stage_frame(words: &str) -> bool {
    scan::find_ci(words.as_bytes(), b"error from remote mail server after").is_some()
}

/// Whether a syslog line's program is Sendmail's (`sm-mta[123]:`, `sendmail[123]:`) and
/// not Postfix's.
#[cold]
#[inline(never)]
fn sendmail_tag(text: &str) -> bool {
    let b = text.as_bytes();
    (memchr::memmem::find(b, b"sm-mta[").is_some()
        || memchr::memmem::find(b, b"sendmail[").is_some())
        && memchr::memmem::find(b, b"postfix/").is_none()
}

/// Whether the text names a host as Postfix does, its address in brackets right after the
/// name (`connect to mx.example.com[192.0.2.1]:25`, `lost connection with mx[2001:db8::1]`);
/// other MTAs put a space between (`H=mx.example.com [192.0.2.1]`). Looks at the first
/// eight brackets only.
fn has_postfix_host(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'[', b).take(8).any(|i| {
        let named = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'.');
        if !named {
            return false;
        }
        let inside = &b[i + 1..];
        let Some(end) = inside.iter().take(48).position(|&c| c == b']') else {
            return false;
        };
        let ip = &inside[..end];
        // (An IPv4 address's three dots or an IPv6 address's two colons at least: not a
        // process's `unbound[653:0]`.)
        let count = |x: u8| ip.iter().filter(|&&c| c == x).count();
        ip.len() >= 3
            && ip
                .iter()
                .all(|c| c.is_ascii_hexdigit() || *c == b'.' || *c == b':')
            && (count(b'.') == 3 || count(b':') >= 2)
            && ip.first().is_some_and(u8::is_ascii_hexdigit)
    })
}

/// Where an Exim message id after its time stamp ends, at the start of a line
/// (`2024-03-04 09:12:44 1rhA2B-0007Qx-Tz ...`): three base-62 groups of 6-6-2 (Exim before
/// 4.97) or 6-11-4 characters, joined by `-`.
fn exim_id_end(text: &str) -> Option<usize> {
    let head = &text.as_bytes()[..text.len().min(96)];
    let alnum_run = |from: usize, step: isize| -> usize {
        let mut n = 0;
        let mut i = from as isize;
        while (0..head.len() as isize).contains(&i) && head[i as usize].is_ascii_alphanumeric() {
            n += 1;
            i += step;
        }
        n
    };
    // Each id's first `-` comes after six characters that start a word.
    memchr::memchr_iter(b'-', head).take(6).find_map(|d| {
        if d < 6 || alnum_run(d - 1, -1) != 6 {
            return None;
        }
        let middle = alnum_run(d + 1, 1);
        let d2 = d + 1 + middle;
        if !matches!(middle, 6 | 11) || head.get(d2) != Some(&b'-') {
            return None;
        }
        let last = alnum_run(d2 + 1, 1);
        let end = d2 + 1 + last;
        (matches!((middle, last), (6, 2) | (11, 4))
            && head
                .get(end)
                .is_none_or(|b| !(b.is_ascii_alphanumeric() || *b == b'-'))
            && head[d - 6..end].iter().any(u8::is_ascii_digit))
        .then_some(end)
    })
}

/// Whether the text is Exim's log line of a delivery: its flag after the message id is
/// `=>` (delivered), `->` (another address of the same delivery) or `>>` (delivered while
/// the sender waited), whatever the delivery was (to a pipe or a file there is no reply).
fn exim_delivered(text: &str) -> bool {
    // (The flag's `>` in the line's head first: a look that most lines fail at once.)
    let head = &text.as_bytes()[..text.len().min(100)];
    let flagged = memchr::memchr_iter(b'>', head).any(|g| {
        g >= 2
            && matches!(head[g - 1], b'=' | b'-' | b'>')
            && head[g - 2] == b' '
            && head.get(g + 1) == Some(&b' ')
    });
    flagged
        && exim_id_end(text).is_some_and(|end| {
            matches!(
                text.as_bytes().get(end..end + 4),
                Some(b" => " | b" -> " | b" >> ")
            )
        })
}

/// Whether the text is an entry of a mail queue's listing with its last failure in
/// brackets, and whose: Postfix's `mailq` (`postqueue -p`: `A1B2C3D4E5* 4521 Mon Apr  7
/// 10:15:23  a@example.com (connect to ...: Connection timed out) b@example.net`) or
/// Sendmail's (`sendmail -bp`: the same, its time without seconds, `8BITMIME` perhaps
/// after the sender). A message listed with a reason is queued for its next attempt,
/// whatever the reply it quotes (Postfix queues 5xx refusals under `soft_bounce` and its
/// SASL failures by default). The listing's head may come first (Postfix's `-Queue ID-
/// --Size-- ...` line, Sendmail's `/var/spool/mqueue (1 request)` and `-----Q-ID-----
/// ...`): the entry is the one after it.
fn queue_entry(text: &str) -> Option<Origin> {
    if let Some(origin) = listed_entry(text) {
        return Some(origin);
    }
    // (The head ends with its `Sender/Recipient` column's name and dashes; a text read
    // collapsed has it on one line with the entry.)
    if !text.trim_start().starts_with(['-', '/']) {
        return None;
    }
    let b = text.as_bytes();
    let name = scan::find_ci(&b[..b.len().min(400)], b"sender/recipient")? + 16;
    let rest = text[name..].trim_start_matches('-');
    listed_entry(rest.trim_start_matches(['\n', '\r']))
}

/// [`queue_entry`] of an entry that starts the text.
fn listed_entry(text: &str) -> Option<Origin> {
    const DAYS: [&[u8; 3]; 7] = [b"Mon", b"Tue", b"Wed", b"Thu", b"Fri", b"Sat", b"Sun"];
    const MONTHS: [&[u8; 3]; 12] = [
        b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov",
        b"Dec",
    ];
    /// How many bytes from `*i` on pass `f`; `*i` moves past them.
    #[inline(always)]
    fn run(head: &[u8], i: &mut usize, f: impl Fn(u8) -> bool) -> usize {
        let from = *i;
        while *i < head.len() && f(head[*i]) {
            *i += 1;
        }
        *i - from
    }
    /// Whether one of `of` is at `*i`; `*i` moves past it.
    #[inline(always)]
    fn word(head: &[u8], i: &mut usize, of: &[&[u8; 3]]) -> bool {
        let ok = head
            .get(*i..*i + 3)
            .is_some_and(|w| of.iter().any(|d| &d[..] == w));
        *i += 3;
        ok
    }
    let b = text.as_bytes();
    let first = b.iter().take(8).position(|&c| c != b' ')?;
    let head = &b[first..b.len().min(first + 80)];
    let mut i = 0;
    // The queue id (a `*` marks a message being delivered now; one on hold, marked `!`, is
    // not waiting for an attempt), its size, the day, month and date of its arrival and the
    // time. (Most texts fail at the first or the second test.)
    if !(5..=20).contains(&run(&head[..head.len().min(21)], &mut i, |c| {
        c.is_ascii_alphanumeric()
    })) {
        return None;
    }
    if head.get(i) == Some(&b'*') {
        i += 1;
    }
    let blank = |c: u8| c == b' ';
    let digit = |c: u8| c.is_ascii_digit();
    if run(head, &mut i, blank) == 0
        || run(head, &mut i, digit) == 0
        || run(head, &mut i, blank) == 0
        || !word(head, &mut i, &DAYS)
        || run(head, &mut i, blank) == 0
        || !word(head, &mut i, &MONTHS)
        || run(head, &mut i, blank) == 0
        || !(1..=2).contains(&run(head, &mut i, digit))
        || run(head, &mut i, blank) == 0
        || run(head, &mut i, digit) != 2
        || head.get(i) != Some(&b':')
    {
        return None;
    }
    i += 1;
    if run(head, &mut i, digit) != 2 {
        return None;
    }
    let seconds = head.get(i) == Some(&b':');
    if seconds {
        i += 1;
        if run(head, &mut i, digit) != 2 {
            return None;
        }
    }
    // The sender (an address, in brackets or not, or the null sender's MAILER-DAEMON),
    // then the reason in brackets.
    if run(head, &mut i, blank) == 0 {
        return None;
    }
    let from = i;
    run(head, &mut i, |c| c != b' ');
    let sender = &head[from..i];
    if !(sender.contains(&b'@') || sender == b"MAILER-DAEMON" || sender.starts_with(b"<")) {
        return None;
    }
    memchr::memchr(b'(', &b[first + i..])?;
    Some(if seconds {
        Origin::Postfix
    } else {
        Origin::Sendmail
    })
}

fn remediations(
    chain: &[(Option<ReplyCode>, Option<EnhancedStatus>, Span)],
    causes: &[Cause],
    entry: Option<&CodeEntry>,
    mfi: Option<(MfiCode, MfiMatch)>,
    connector: ConnectorTarget,
    origin: Origin,
) -> ArrayVec<RemediationId, MAX_REMEDIATIONS> {
    let mut out = ArrayVec::new();
    if connector == ConnectorTarget::Partner && mfi.is_some() {
        out.push(RemediationId::ContactPartner);
    }
    for &c in causes {
        for &r in knowledge::cause_info(c).remediations {
            push_unique(&mut out, r);
        }
    }
    if let Some(e) = entry {
        for &r in e.remediations {
            push_unique(&mut out, r);
        }
    }
    // A connection-level failure with no MFI equivalent: look at the server it names.
    let network = chain.iter().any(|r| r.1.is_some_and(|s| s.subject() == 4));
    if mfi.is_none() && out.is_empty() && network {
        push_unique(&mut out, RemediationId::InvestigateNamedServer);
    }
    // In the reporting system's terms, and only what is written for it.
    let general = std::mem::take(&mut out);
    for r in general {
        push_unique(&mut out, knowledge::in_terms_of(r, origin));
    }
    out.retain(|r| {
        let info = knowledge::remediation_info(*r);
        info.audience.admits(origin)
            && match info.scope {
                Scope::Any => true,
                Scope::OwnServers => connector != ConnectorTarget::Partner,
                Scope::Partner => connector != ConnectorTarget::OnPremises,
            }
    });
    out
}

impl<'a> Diagnosis<'a> {
    /// The text that was classified: the input without a line ending at its end, cut to
    /// [`Options::max_len`].
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The primary (outermost) reply, if the text has one.
    ///
    /// ```
    /// let d = mfi_core::classify("Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'");
    /// assert_eq!(d.primary().unwrap().text, "RESOLVER.ADR.RecipNotFound; not found");
    /// ```
    pub fn primary(&self) -> Option<Reply<'a>> {
        self.chain().next()
    }

    /// The basic reply code of the primary reply.
    ///
    /// ```
    /// assert_eq!(mfi_core::classify("4.7.500 Server busy").reply_code(), None);
    /// ```
    pub fn reply_code(&self) -> Option<ReplyCode> {
        self.a.chain.first().and_then(|r| r.0)
    }

    /// The enhanced status of the primary reply.
    ///
    /// ```
    /// let d = mfi_core::classify("4.7.500 Server busy. Please try again later (S77719)");
    /// assert_eq!(d.enhanced_status().unwrap().to_string(), "4.7.500");
    /// ```
    pub fn enhanced_status(&self) -> Option<EnhancedStatus> {
        self.a.chain.first().and_then(|r| r.1)
    }

    /// The delivery outcome the text states.
    ///
    /// ```
    /// use mfi_core::{classify, Severity};
    /// assert_eq!(classify("550 4.4.7 QUEUE.Expired; message expired").severity(), Severity::Permanent);
    /// assert_eq!(classify("400 4.4.7 Message delayed").severity(), Severity::Transient);
    /// ```
    pub fn severity(&self) -> Severity {
        self.a.severity
    }

    /// The mail flow intelligence code of the failure, if there is one.
    ///
    /// ```
    /// use mfi_core::{classify, MfiCode};
    /// let d = classify("421 4.2.1 Unable to connect -> SocketConnectionRefused: Socket error code 10061");
    /// assert_eq!(d.mfi_code(), Some(MfiCode::ConnectionRefused));
    /// ```
    pub fn mfi_code(&self) -> Option<MfiCode> {
        self.a.mfi.map(|m| m.0)
    }

    /// How the MFI code was found.
    ///
    /// ```
    /// use mfi_core::{classify, MfiMatch};
    /// let d = classify("451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain");
    /// assert_eq!(d.mfi_match(), Some(MfiMatch::Equivalent));
    /// ```
    pub fn mfi_match(&self) -> Option<MfiMatch> {
        self.a.mfi.map(|m| m.1)
    }

    /// Whether the message expired in a queue and was (or will be) returned.
    ///
    /// ```
    /// assert!(mfi_core::classify("550 5.4.300 Message expired").expired());
    /// assert!(!mfi_core::classify("400 4.4.7 Message delayed").expired());
    /// ```
    pub fn expired(&self) -> bool {
        self.a.expired
    }

    /// The cross-vendor reason (Sisimai's names).
    ///
    /// ```
    /// use mfi_core::{classify, Reason};
    /// assert_eq!(classify("550 5.1.1 User unknown").reason(), Reason::Userunknown);
    /// ```
    pub fn reason(&self) -> Reason {
        self.a.reason
    }

    /// Where the message stands: what the diagnosis's texts presume.
    pub fn stage(&self) -> Stage {
        Stage::of(
            self.a.severity,
            self.a.expired,
            self.queue().map(|q| q.state),
        )
    }

    /// Which system reported the failure: as [`Options::origin`] said, else from the text's
    /// shape ([`Origin::Unknown`] when it shows none).
    ///
    /// ```
    /// use mfi_core::{classify, Origin};
    /// assert_eq!(classify("Remote Server returned '550 5.1.1 User unknown'").origin(), Origin::ExchangeServer);
    /// assert_eq!(classify("550 5.1.1 User unknown").origin(), Origin::Unknown);
    /// ```
    pub fn origin(&self) -> Origin {
        self.a.origin
    }

    /// Likely causes, most likely first.
    ///
    /// ```
    /// use mfi_core::{classify, Cause};
    /// let d = classify("450 4.7.320 Certificate validation failed [Message=SubjectMismatch]");
    /// assert_eq!(d.causes()[0], Cause::CertificateSubjectMismatch);
    /// ```
    pub fn causes(&self) -> &[Cause] {
        if self.stage() == Stage::Delivered {
            &[]
        } else {
            &self.a.causes
        }
    }

    /// What to do, and who, most useful first.
    ///
    /// ```
    /// use mfi_core::{classify, Actor};
    /// let d = classify("450 4.4.312 DNS query failed");
    /// assert_eq!(d.remediations().next().unwrap().actor, Actor::DnsHost);
    /// ```
    pub fn remediations(&self) -> impl ExactSizeIterator<Item = Remediation> + Clone {
        let (origin, locale) = (self.a.origin, self.a.locale);
        self.remediation_ids()
            .map(move |r| Remediation::localised(r, origin, locale))
    }

    /// The ids of [`Diagnosis::remediations`].
    ///
    /// The remediations are chosen when they are read, from what the diagnosis holds (the
    /// causes, the code's row, the origin, the connector, the stage): each call chooses
    /// again, so a caller that reads them several times takes the iterator once.
    ///
    /// ```
    /// use mfi_core::{classify, RemediationId};
    /// let d = classify("450 4.4.316 Connection refused");
    /// assert!(d.remediation_ids().any(|r| r == RemediationId::AllowMicrosoft365Ips));
    /// ```
    pub fn remediation_ids(&self) -> impl ExactSizeIterator<Item = RemediationId> + Clone {
        let a = &*self.a;
        let entry = a.entry.map(|i| &knowledge::CODES[usize::from(i)]);
        let mut ids = remediations(&a.chain, &a.causes, entry, a.mfi, a.connector, a.origin);
        // Only steps that fit where the message is: no "wait for the retries" once the
        // queue gave up, no "send it again" while it still retries, nothing once it was
        // delivered.
        let stage = self.stage();
        ids.retain(|r| stage.admits(knowledge::remediation_presumes(*r)));
        ids.into_iter()
    }

    /// Every reply in the text, outermost first.
    ///
    /// ```
    /// let d = mfi_core::classify("550 5.4.300 Message expired -> 451 4.4.397 Error -> 421 4.4.2 Connection dropped");
    /// assert_eq!(d.chain().count(), 3);
    /// ```
    pub fn chain(&self) -> impl ExactSizeIterator<Item = Reply<'a>> + '_ {
        let text = self.text;
        self.a.chain.iter().map(move |&(code, status, span)| Reply {
            reply_code: code,
            enhanced_status: status,
            text: span.of(text),
        })
    }

    /// The values pulled out of the text, in the order found.
    ///
    /// They are found when asked for (nothing the classifier decides depends on them, and
    /// most callers never read them): each call reads the text again, so a caller that
    /// wants several keys takes the iterator once.
    ///
    /// ```
    /// use mfi_core::{classify, AttrKey};
    /// let d = classify("450 4.4.316 Connection refused [LastAttemptedIP=192.0.2.7:25]");
    /// assert_eq!(d.attributes().next(), Some((AttrKey::LastAttemptedIp, "192.0.2.7:25")));
    /// ```
    pub fn attributes(&self) -> impl ExactSizeIterator<Item = (AttrKey, &'a str)> + Clone {
        let text = self.text;
        (self.attribute_ranges()).map(move |(k, r)| (k, text.get(r).unwrap_or("")))
    }

    /// Where in [`Diagnosis::text`] each value of [`Diagnosis::attributes`] lies, as byte
    /// ranges (for a caller that keeps them, or marks them in the text).
    ///
    /// ```
    /// use mfi_core::{classify, AttrKey};
    /// let d = classify("450 4.4.316 Connection refused [LastAttemptedIP=192.0.2.7:25]");
    /// let (key, at) = d.attribute_ranges().next().unwrap();
    /// assert_eq!((key, &d.text()[at]), (AttrKey::LastAttemptedIp, "192.0.2.7:25"));
    /// ```
    pub fn attribute_ranges(
        &self,
    ) -> impl ExactSizeIterator<Item = (AttrKey, std::ops::Range<usize>)> + Clone {
        (scan::find_attributes(self.text, &self.a.attr_hits).into_iter())
            .map(|(k, s)| (k, s.start()..s.end()))
    }

    /// One attribute (the text is read for it, as by [`Diagnosis::attributes`]).
    ///
    /// ```
    /// use mfi_core::{classify, AttrKey};
    /// let d = classify("Server at mx.example (192.0.2.1) returned '450 4.4.316 Connection refused'");
    /// assert_eq!(d.attribute(AttrKey::ServerIp), Some("192.0.2.1"));
    /// ```
    pub fn attribute(&self, key: AttrKey) -> Option<&'a str> {
        self.attributes().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// Whether the text was longer than [`Options::max_len`] and only its start was
    /// classified.
    ///
    /// ```
    /// assert!(!mfi_core::classify("450 4.4.316 Connection refused").truncated());
    /// ```
    pub fn truncated(&self) -> bool {
        self.a.truncated
    }

    /// The queue outcome, when [`Options::queue`] asked for one.
    pub fn queue(&self) -> Option<&QueueOutcome> {
        self.a.queue.as_deref()
    }

    /// The title of the primary code: the MFI title, else the Exchange table's, else the
    /// IANA registry's.
    ///
    /// ```
    /// assert_eq!(mfi_core::classify("550 5.7.509 Access denied").title(), Some("DMARC reject"));
    /// ```
    pub fn title(&self) -> Option<&'static str> {
        self.knowledge().map(|(t, _)| t)
    }

    /// What the primary code means, from the same table as [`Diagnosis::title`].
    pub fn meaning(&self) -> Option<&'static str> {
        self.knowledge().map(|(_, m)| m)
    }

    fn knowledge(&self) -> Option<(&'static str, &'static str)> {
        let i = self.catalogue_index()?;
        let r = knowledge::catalogue_row(i)?;
        Some(self.a.locale.code_texts(&r))
    }

    /// The language of the human texts.
    pub fn locale(&self) -> Locale {
        self.a.locale
    }

    /// What was stated of the outcome beside the text when it was classified
    /// ([`Options::stated`]): with the text, the connector, the origin and the locale, what
    /// makes the same diagnosis again (a reader of bounces states a recipient's failure).
    ///
    /// ```
    /// use mfi_core::{classify_with, Options, Severity};
    /// let o = Options::new().stated(Severity::Permanent);
    /// assert_eq!(classify_with("Unrouteable address", &o).stated(), Some(Severity::Permanent));
    /// ```
    pub fn stated(&self) -> Option<Severity> {
        self.a.stated
    }

    /// The position in [`knowledge::catalogue`] of the row that gives
    /// [`title`](Self::title) and [`meaning`](Self::meaning), if any.
    #[doc(hidden)]
    pub fn catalogue_index(&self) -> Option<usize> {
        if let Some(code) = self.mfi_code() {
            return Some(code.index());
        }
        let mfi = knowledge::MFI_CODES.len();
        if let Some(i) = self.a.entry {
            return Some(mfi + usize::from(i));
        }
        let st = self.enhanced_status()?;
        knowledge::iana_index(st).map(|i| mfi + knowledge::CODES.len() + i)
    }

    /// Writes the contract's JSON object, byte for byte what `serde_json::to_writer` writes,
    /// but faster: the static parts (names, knowledge sentences) are copied as they are (a
    /// test checks that none needs escaping), and strings from the text are escaped only
    /// when they need it.
    ///
    /// ```
    /// let d = mfi_core::classify("450 4.4.316 Connection refused");
    /// let mut fast = Vec::new();
    /// d.write_json(&mut fast).unwrap();
    /// assert_eq!(fast, serde_json::to_vec(&d).unwrap());
    /// ```
    pub fn write_json<W: std::io::Write>(&self, w: &mut W) -> std::io::Result<()> {
        crate::json::write(self, w)
    }

    /// The contract's JSON object as a string.
    ///
    /// ```
    /// let json = mfi_core::classify("550 5.1.1 User unknown").to_json();
    /// assert!(json.starts_with(r#"{"reply_code":550,"enhanced_status":"5.1.1""#));
    /// ```
    pub fn to_json(&self) -> String {
        let mut v = Vec::with_capacity(1024);
        self.write_json(&mut v)
            .expect("writing to a Vec does not fail");
        String::from_utf8(v).expect("JSON is UTF-8")
    }

    /// Writes the contract's JSON object with only `fields`, in the order given: each
    /// member as [`Diagnosis::write_json`] writes it, a field named twice written once, and
    /// `queue` left out as there when no queue was asked for (so `[]` gives `{}`). What
    /// `mfi classify --json --fields` prints; the fields of a list are read by
    /// [`Field::parse_list`](crate::contract::Field::parse_list).
    ///
    /// ```
    /// use mfi_core::contract::Field;
    /// let d = mfi_core::classify("450 4.4.316 Connection refused");
    /// let mut out = Vec::new();
    /// d.write_json_fields(&[Field::MfiCode, Field::Severity], &mut out).unwrap();
    /// assert_eq!(out, br#"{"mfi_code":"4.4.316","severity":"transient"}"#);
    /// ```
    pub fn write_json_fields<W: std::io::Write>(
        &self,
        fields: &[crate::contract::Field],
        w: &mut W,
    ) -> std::io::Result<()> {
        crate::json::write_fields(self, fields, w)
    }

    /// [`Diagnosis::write_json_fields`] as a string.
    ///
    /// ```
    /// use mfi_core::contract::Field;
    /// let d = mfi_core::classify("550 5.1.1 User unknown");
    /// assert_eq!(d.to_json_fields(&[Field::Reason]), r#"{"reason":"userunknown"}"#);
    /// ```
    pub fn to_json_fields(&self, fields: &[crate::contract::Field]) -> String {
        let mut v = Vec::with_capacity(256);
        self.write_json_fields(fields, &mut v)
            .expect("writing to a Vec does not fail");
        String::from_utf8(v).expect("JSON is UTF-8")
    }

    /// The human-readable report that `mfi classify` prints for input line `number`; with
    /// `color`, ANSI colours are used.
    ///
    /// ```
    /// let d = mfi_core::classify("450 4.4.316 Connection refused");
    /// let report = d.render(1, false);
    /// assert!(report.starts_with("[1] MFI 4.4.316 Connection refused (literal"));
    /// ```
    pub fn render(&self, number: usize, color: bool) -> String {
        let mut out = Vec::new();
        crate::render::write(&mut out, self, number, color).expect("writing to a Vec");
        String::from_utf8(out).expect("the report is UTF-8")
    }

    /// Writes [`Diagnosis::render`]'s report to `w`.
    pub fn write_report<W: std::io::Write>(
        &self,
        w: &mut W,
        number: usize,
        color: bool,
    ) -> std::io::Result<()> {
        crate::render::write(w, self, number, color)
    }

    /// A copy that owns its text.
    pub fn into_owned(self) -> OwnedDiagnosis {
        OwnedDiagnosis {
            text: self.text.into(),
            a: Box::new(self.a.into_owned()),
        }
    }
}

impl Serialize for Diagnosis<'_> {
    /// The contract's JSON object: the fields of [`crate::contract::FIELDS`], in order.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::contract::{Value, FIELDS};
        let present = FIELDS
            .iter()
            .filter(|f| !matches!(self.value(f.field), Value::Absent))
            .count();
        let mut st = s.serialize_struct("Diagnosis", present)?;
        for f in FIELDS {
            match self.value(f.field) {
                Value::Absent => st.skip_field(f.name)?,
                v => st.serialize_field(f.name, &v)?,
            }
        }
        st.end()
    }
}
