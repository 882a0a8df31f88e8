//! # mfi-mail: whole messages into per-recipient diagnoses
//!
//! Reads a bounce, a delay notice, a delivery report, an NDR, an auto-reply or a feedback
//! report — one message as bytes, with LF, CRLF or CR line ends, with or without an mbox
//! `From ` line — into a typed [`Report`]: what kind of message it is, the reporting MTA, the
//! returned original's fields, and one [`Recipient`] per address the message is about, each
//! with the full diagnosis of the diagnosis contract (the MFI code, reason, causes,
//! remediations and, when asked, the queue outcome).
//!
//! ```
//! use mfi_mail::{read_message, ReadOptions};
//! use mfi_core::{ReportKind, Reason};
//!
//! let bounce = b"From: MAILER-DAEMON@mx.example.jp\r\n\
//! Subject: failure notice\r\n\r\n\
//! Hi. This is the qmail-send program at mx.example.jp.\r\n\
//! I'm afraid I wasn't able to deliver your message to the following addresses.\r\n\r\n\
//! <kijitora@example.org>:\r\n\
//! 192.0.2.1 said: 550 5.1.1 <kijitora@example.org>... User unknown\r\n";
//! let report = read_message(bounce, &ReadOptions::default());
//! assert_eq!(report.kind, ReportKind::Bounce);
//! let r = &report.recipients[0];
//! assert_eq!(r.recipient, "kijitora@example.org");
//! assert_eq!(r.diagnosis.as_diagnosis().reason(), Reason::Userunknown);
//! assert!(r.hardbounce);
//! ```
//!
//! MIME (quoted-printable, base64, charsets including ISO-2022-JP and UTF-7, RFC 2047
//! headers, HTML reduced to text) is read with the `mail-parser` crate; the status fields
//! (`message/delivery-status`, or printed in plain text), the recipients and their error
//! text, and the kind of message are found here, by their shapes.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod body;
mod cut;
mod dsn;
mod mailbox;
mod read;
mod ses;
mod summary;

pub use mailbox::{Mailbox, MailboxError, Source};

/// The README's Rust examples (of `mfi-core` and of this crate), compiled and run as
/// doctests here, where both crates are at hand.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
pub use read::{read_message, MessageReader, MAX_RECIPIENTS};

use mfi_core::knowledge::locale::Locale;
use mfi_core::{
    Action, ConnectorTarget, EnhancedStatus, Options, Origin, OwnedDiagnosis, QueueProfile,
    ReportKind, Timestamp,
};
use serde::Serialize;

/// How many bytes of a message are read at most by default: 32 MiB. A longer message is
/// read up to that point.
pub const DEFAULT_MAX_MESSAGE_LEN: usize = 32 << 20;

/// The most bytes kept of each value a report gives once for all its recipients: the
/// reporting MTA and the returned original's `Message-ID`, `From`, `To` and `Subject`.
/// Every per-recipient row repeats them (Arrow rows, one per recipient), so a longer one
/// would be multiplied by up to [`MAX_RECIPIENTS`] (a 4 MB `Subject` made 4 GB of rows).
/// A longer value is cut at a character boundary (`To` after its last whole address).
pub const MAX_REPORT_VALUE: usize = 2048;

/// Options of [`read_message`].
///
/// ```
/// use mfi_mail::ReadOptions;
/// use mfi_core::{ConnectorTarget, QueueProfile};
/// let o = ReadOptions::default()
///     .connector(ConnectorTarget::Partner)
///     .profile(QueueProfile::Postfix);
/// assert_eq!(o.profile, Some(QueueProfile::Postfix));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// Who is behind the connector (changes causes and remediations).
    pub connector: ConnectorTarget,
    /// The sending system's queue, to say per recipient what the queue does next.
    pub profile: Option<QueueProfile>,
    /// When delivery was first attempted; default: the report's `Arrival-Date`, else the
    /// original message's `Date`.
    pub first_attempt: Option<Timestamp>,
    /// The time to judge the queue at; default: the recipient's `Last-Attempt-Date`, else
    /// the report's `Date`.
    pub now: Option<Timestamp>,
    /// The most bytes of one failure text that are classified.
    pub max_len: usize,
    /// The most bytes of a message that are read.
    pub max_message_len: usize,
    /// Which system wrote the reports, when the caller knows; default: found per message.
    pub origin: Origin,
    /// The language of the diagnoses' human texts.
    pub locale: Locale,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            connector: ConnectorTarget::Unknown,
            profile: None,
            first_attempt: None,
            now: None,
            max_len: mfi_core::DEFAULT_MAX_LEN,
            max_message_len: DEFAULT_MAX_MESSAGE_LEN,
            origin: Origin::Unknown,
            locale: Locale::En,
        }
    }
}

impl ReadOptions {
    /// Says which system wrote the reports (instead of finding it per message).
    pub fn origin(mut self, o: Origin) -> Self {
        self.origin = o;
        self
    }

    /// Sets the language of the diagnoses' human texts.
    pub fn locale(mut self, l: Locale) -> Self {
        self.locale = l;
        self
    }

    /// Sets the connector target.
    pub fn connector(mut self, c: ConnectorTarget) -> Self {
        self.connector = c;
        self
    }

    /// Asks for the queue outcome of each recipient under `profile`.
    pub fn profile(mut self, p: QueueProfile) -> Self {
        self.profile = Some(p);
        self
    }

    /// Sets the first attempt (instead of the message's own dates).
    pub fn first_attempt(mut self, t: Timestamp) -> Self {
        self.first_attempt = Some(t);
        self
    }

    /// Sets the time to judge the queue at (instead of the message's own dates).
    pub fn now(mut self, t: Timestamp) -> Self {
        self.now = Some(t);
        self
    }

    /// Sets the most bytes of one failure text that are classified.
    pub fn max_len(mut self, n: usize) -> Self {
        self.max_len = n.max(1);
        self
    }

    /// Sets the most bytes of a message that are read.
    pub fn max_message_len(mut self, n: usize) -> Self {
        self.max_message_len = n.max(1);
        self
    }

    /// The classifier's options for one recipient of a report that `origin` wrote, with the
    /// queue judged from the given dates when a profile was asked for.
    pub(crate) fn classify_options(
        &self,
        origin: Origin,
        first: Option<Timestamp>,
        now: Option<Timestamp>,
        until: Option<Timestamp>,
    ) -> Options {
        let origin = match self.origin {
            Origin::Unknown => origin,
            given => given,
        };
        let mut o = Options::new()
            .connector(self.connector)
            .origin(origin)
            .locale(self.locale)
            .max_len(self.max_len);
        if let (Some(p), Some(first), Some(now)) = (
            self.profile,
            self.first_attempt.or(first),
            self.now.or(now).or(first),
        ) {
            o = o.queue(p, first, now);
            if let Some(until) = until {
                o = o.expires_at(until);
            }
        }
        o
    }
}

/// The fields of the returned original message (from `message/rfc822`,
/// `text/rfc822-headers`, or the copy quoted in a text part).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Original {
    /// `Message-ID`, without the angle brackets.
    pub message_id: Option<String>,
    /// The `From` address.
    pub from: Option<String>,
    /// The `To` addresses, comma-separated.
    pub to: Option<String>,
    /// The `Subject` (RFC 2047 decoded).
    pub subject: Option<String>,
    /// The `Date`.
    pub date: Option<Timestamp>,
}

/// The keys of a report's JSON object, in order (`Report`'s fields).
pub const REPORT_FIELDS: &[&str] = &[
    "kind",
    "reporting_mta",
    "arrival_date",
    "original",
    "recipients",
];

/// The keys of the returned original's JSON object, in order (`Original`'s fields).
pub const ORIGINAL_FIELDS: &[&str] = &["message_id", "from", "to", "subject", "date"];

/// The keys of a recipient's JSON object, in order (`Recipient`'s fields): what the JSON,
/// the Python `Recipient` and the Arrow rows of `mfi-arrow` give per recipient.
pub const RECIPIENT_FIELDS: &[&str] = &[
    "recipient",
    "original_recipient",
    "action",
    "status",
    "reported_status",
    "remote_mta",
    "diagnostic_code",
    "last_attempt",
    "will_retry_until",
    "hardbounce",
    "diagnosis",
];

/// What a report says about one recipient.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Recipient {
    /// The address (`Final-Recipient`, or the address the error text names).
    pub recipient: String,
    /// `Original-Recipient`, when the report gives one.
    pub original_recipient: Option<String>,
    /// What the reporting system did (`Action`), when it says or the shape tells.
    pub action: Option<Action>,
    /// The enhanced status judged right for this recipient: the diagnostic text's own
    /// specific code when it has one, else the `Status` field (`X.0.0` and `4.4.7` yield to a
    /// specific code).
    pub status: Option<EnhancedStatus>,
    /// The `Status` field as the report gives it (kept when the diagnostic text's code
    /// differs).
    pub reported_status: Option<EnhancedStatus>,
    /// `Remote-MTA`, or the host the error text names.
    pub remote_mta: Option<String>,
    /// The failure text: `Diagnostic-Code`, or the error text of the message about this
    /// recipient (whitespace collapsed).
    pub diagnostic_code: Option<String>,
    /// `Last-Attempt-Date`.
    pub last_attempt: Option<Timestamp>,
    /// `Will-Retry-Until`: when the queue gives up.
    pub will_retry_until: Option<Timestamp>,
    /// Whether retrying this address is pointless (it does not exist, its domain does not,
    /// it moved, or its system accepts no mail).
    pub hardbounce: bool,
    /// The full diagnosis (the contract object) of this recipient's failure.
    pub diagnosis: OwnedDiagnosis,
}

/// A message read as a report about deliveries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Report {
    /// What kind of message it is.
    pub kind: ReportKind,
    /// `Reporting-MTA`, or the host the report says it comes from.
    pub reporting_mta: Option<String>,
    /// `Arrival-Date`: when the reporting system received the message.
    pub arrival_date: Option<Timestamp>,
    /// The returned original's fields.
    pub original: Original,
    /// One entry per recipient the message is about, in the order given.
    pub recipients: Vec<Recipient>,
    /// The language of the human texts (the reader's [`ReadOptions::locale`]).
    #[serde(skip)]
    pub locale: Locale,
}

impl Report {
    /// Cuts the values every recipient row repeats to [`MAX_REPORT_VALUE`] bytes.
    pub(crate) fn bound_repeated_values(&mut self) {
        let o = &mut self.original;
        for v in [
            &mut self.reporting_mta,
            &mut o.message_id,
            &mut o.from,
            &mut o.subject,
        ]
        .into_iter()
        .flatten()
        {
            v.truncate(read::prefix(v, MAX_REPORT_VALUE).len());
        }
        if let Some(to) = &mut o.to {
            if to.len() > MAX_REPORT_VALUE {
                // The whole addresses that fit (`a@x, b@y, ...`; one that ends at the limit
                // too), else a cut one.
                let keep = match read::prefix(to, MAX_REPORT_VALUE + 2).rfind(", ") {
                    Some(p) if p > 0 => p,
                    _ => read::prefix(to, MAX_REPORT_VALUE).len(),
                };
                to.truncate(keep);
            }
        }
    }

    /// Writes the human-readable summary `mfi bounce` prints: the message (`source`), its
    /// kind and original, and per recipient its status, reason, MFI code, first cause and
    /// first remediation; with `color`, ANSI colours. Text from the message is shown with
    /// its control characters escaped.
    pub fn write_summary<W: std::io::Write>(
        &self,
        w: &mut W,
        source: &str,
        color: bool,
    ) -> std::io::Result<()> {
        summary::write(self, w, source, color)
    }

    /// The report as one JSON object (`mfi bounce --json` prints it, with a `source` key
    /// first).
    ///
    /// ```
    /// let r = mfi_mail::read_message(b"Subject: hello\r\n\r\nhi\r\n", &Default::default());
    /// assert!(r.to_json().starts_with(r#"{"kind":"not_a_report""#));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a report serialises")
    }
}
