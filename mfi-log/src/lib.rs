//! # mfi-log: mail logs and message traces into delivery events and incidents
//!
//! Reads what a mail system logs about its deliveries — Postfix, Exim, Sendmail, OpenSMTPD
//! and qmail logs (syslog files, Exim's own `mainlog`, qmail-send's log), Exchange message
//! tracking logs and SMTP send protocol logs,
//! Microsoft 365 message-trace exports, JSON Lines from a log shipper — plain,
//! gzip-compressed (rotated logs), UTF-8 or UTF-16 (message-trace exports), and turns every
//! delivery line into an [`Event`]: when, which message and recipient, which host, what
//! happened ([`EventKind`]) and, for a failure, the full diagnosis of the diagnosis contract.
//! Lines of one message are correlated (queue ids, Exim message ids, OpenSMTPD envelope
//! ids, Exchange message ids), so an event knows when its message was first seen and what
//! its queue does next; a cause logged on a connection line is linked to the delivery line
//! that only says something generic. [`Incidents`] then groups the failures by failure and
//! destination.
//!
//! ```
//! use mfi_log::{EventKind, LogReader, ReadOptions, System};
//! use mfi_core::MfiCode;
//!
//! let log = "\
//! Mar 10 02:00:00 mail postfix/qmgr[7]: 3F1A2B4C5D: from=<a@example.com>, size=900, nrcpt=1 (queue active)
//! Mar 10 02:00:31 mail postfix/smtp[9]: 3F1A2B4C5D: to=<b@example.net>, relay=none, delay=31, \
//! delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection refused)
//! ";
//! let options = ReadOptions::default().year(2026);
//! let events: Vec<_> = LogReader::from_text(log, &options).collect::<Result<_, _>>().unwrap();
//! assert_eq!(events.len(), 1);
//! let e = &events[0];
//! assert_eq!(e.system, System::Postfix);
//! assert_eq!(e.kind, EventKind::Deferred);
//! assert_eq!(e.queue_id.as_deref(), Some("3F1A2B4C5D"));
//! assert_eq!(e.sender.as_deref(), Some("a@example.com"));
//! assert_eq!(e.domain.as_deref(), Some("example.net"));
//! assert_eq!(e.host.as_deref(), Some("mx.example.net"));
//! assert_eq!(e.ip.as_deref(), Some("192.0.2.1"));
//! let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
//! assert_eq!(d.mfi_code(), Some(MfiCode::ConnectionRefused));
//! // The message was first seen 31 s before: Postfix keeps it 5 days.
//! assert_eq!(d.queue().unwrap().remaining_s, 5 * 86_400 - 31);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod correlate;
mod esa;
mod event;
mod fields;
mod incident;
mod input;
mod lines;
mod listing;
mod mailq;
mod protocol;
mod tabular;

pub use event::{Event, EventKind, Format, System};
pub use incident::{Incident, IncidentState, Incidents};
pub use input::{LogReader, ReadError};

use mfi_core::knowledge::locale::Locale;
use mfi_core::{ConnectorTarget, Origin, QueueProfile, Timestamp};

/// Options of a [`LogReader`].
///
/// ```
/// use mfi_log::{Format, ReadOptions};
/// let o = ReadOptions::default().format(Format::Postfix).year(2025);
/// assert_eq!(o.format, Some(Format::Postfix));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ReadOptions {
    /// The format of every input, instead of finding it from each input's first lines.
    pub format: Option<Format>,
    /// The year of timestamps that do not name one (classic syslog: `Mar 10 02:03:04`);
    /// default: the current year, or the one before when the date would lie more than a
    /// day ahead.
    pub year: Option<i32>,
    /// The queue whose retry window gives each deferred recipient its expiry; default: the
    /// one of the system that wrote the line.
    pub profile: Option<QueueProfile>,
    /// Who is behind the connector (changes causes and remediations).
    pub connector: ConnectorTarget,
    /// The most bytes of one line that are read; the rest of a longer line is skipped.
    pub max_line_len: usize,
    /// The language of the diagnoses' human texts.
    pub locale: Locale,
    /// Which system wrote lines that do not say (plain text, JSON without a program name);
    /// a line's own program always wins.
    pub origin: Origin,
}

/// How many bytes of one log line are read at most by default: 64 KiB.
pub const DEFAULT_MAX_LINE_LEN: usize = 64 << 10;

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            year: None,
            profile: None,
            connector: ConnectorTarget::Unknown,
            max_line_len: DEFAULT_MAX_LINE_LEN,
            locale: Locale::En,
            origin: Origin::Unknown,
        }
    }
}

impl ReadOptions {
    /// Reads every input as `format`.
    pub fn format(mut self, format: Format) -> Self {
        self.format = Some(format);
        self
    }

    /// The year of timestamps without one.
    pub fn year(mut self, year: i32) -> Self {
        self.year = Some(year);
        self
    }

    /// The queue profile for every event.
    pub fn profile(mut self, profile: QueueProfile) -> Self {
        self.profile = Some(profile);
        self
    }

    /// Sets the connector target.
    pub fn connector(mut self, c: ConnectorTarget) -> Self {
        self.connector = c;
        self
    }

    /// Sets the language of the diagnoses' human texts.
    pub fn locale(mut self, l: Locale) -> Self {
        self.locale = l;
        self
    }

    /// Says which system wrote the lines that do not name their program.
    pub fn origin(mut self, o: Origin) -> Self {
        self.origin = o;
        self
    }

    /// The most bytes of one line that are read.
    pub fn max_line_len(mut self, bytes: usize) -> Self {
        self.max_line_len = bytes.max(1);
        self
    }
}

/// The current time, from the system clock.
pub(crate) fn system_now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Timestamp::from_unix(secs)
}
