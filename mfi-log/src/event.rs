//! What one log line says about one delivery.

use mfi_core::{Origin, OwnedDiagnosis, QueueProfile, Timestamp};
use serde::{Serialize, Serializer};

/// The mail system that wrote a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum System {
    /// Postfix (`postfix/smtp[pid]: QUEUEID: to=<...>, ... status=...`).
    Postfix,
    /// Exim (its `mainlog`, or the same lines through syslog).
    Exim,
    /// Sendmail (`sendmail[pid]: QUEUEID: to=<...>, ... stat=...`).
    Sendmail,
    /// OpenSMTPD (`smtpd[pid]: SESSION mta delivery evpid=... result=... stat=...`, and `mda
    /// delivery` for local and LMTP deliveries).
    Opensmtpd,
    /// qmail (qmail-send's log: `delivery 5: failure: ...`).
    Qmail,
    /// Exchange Server (message tracking log).
    ExchangeServer,
    /// Exchange Online / Microsoft 365 (message-trace exports).
    ExchangeOnline,
    /// Cisco Secure Email Gateway (IronPort, AsyncOS: its `mail_logs`).
    CiscoEsa,
    /// Not known (a plain text line, a JSON object without a program name).
    Unknown,
}

impl System {
    /// The name used in JSON and on the command line (`postfix`, `exchange_online`, ...).
    pub fn name(self) -> &'static str {
        match self {
            System::Postfix => "postfix",
            System::Exim => "exim",
            System::Sendmail => "sendmail",
            System::Opensmtpd => "opensmtpd",
            System::Qmail => "qmail",
            System::ExchangeServer => "exchange_server",
            System::ExchangeOnline => "exchange_online",
            System::CiscoEsa => "cisco_esa",
            System::Unknown => "unknown",
        }
    }

    /// The system as the core names who reported a failure (its remediations are in its
    /// terms).
    pub fn origin(self) -> Origin {
        match self {
            System::Postfix => Origin::Postfix,
            System::Exim => Origin::Exim,
            System::Sendmail => Origin::Sendmail,
            System::Opensmtpd => Origin::Opensmtpd,
            System::Qmail => Origin::Qmail,
            System::ExchangeServer => Origin::ExchangeServer,
            System::ExchangeOnline => Origin::ExchangeOnline,
            // (The core knows no wordings of its own.)
            System::CiscoEsa | System::Unknown => Origin::Unknown,
        }
    }

    /// The queue whose rules apply to this system's messages.
    pub fn queue_profile(self) -> Option<QueueProfile> {
        match self {
            System::Postfix => Some(QueueProfile::Postfix),
            System::Exim => Some(QueueProfile::Exim),
            System::Sendmail => Some(QueueProfile::Sendmail),
            System::ExchangeServer => Some(QueueProfile::ExchangeServer),
            System::ExchangeOnline => Some(QueueProfile::ExchangeOnline),
            System::Opensmtpd => Some(QueueProfile::Opensmtpd),
            // (qmail's queue lifetime, 7 days by default, has no profile of its own.)
            // (nor AsyncOS's, whose bounce profiles set it, 72 hours by default.)
            System::Qmail | System::CiscoEsa | System::Unknown => None,
        }
    }
}

/// An input's format: found from its first lines, or given ([`crate::ReadOptions::format`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Format {
    /// Syslog lines (`Mar 10 02:03:04 host program[pid]: ...` or with an RFC 3339 time) of
    /// any mail system; each line's program names its system.
    Syslog,
    /// Syslog lines, all of them Postfix's whatever their program name.
    Postfix,
    /// Syslog lines, all of them Sendmail's.
    Sendmail,
    /// Syslog lines, all of them OpenSMTPD's.
    Opensmtpd,
    /// Exim's own log (`mainlog`): `2026-03-10 02:03:04 MESSAGEID == ...`.
    Exim,
    /// qmail-send's log, as multilog (`@4000000065f0a1b2... delivery 5: failure: ...`),
    /// splogger (`1710000000.123456 delivery 5: ...`, or through syslog as `qmail:`) or
    /// `tai64nlocal` writes it: a delivery's result is found with its recipient from the
    /// `starting delivery` line before it.
    Qmail,
    /// An Exchange Server message tracking log (`#Fields:` header, CSV rows), or its SMTP
    /// send protocol log (the same header, with `session-id` and `context` columns).
    ExchangeTracking,
    /// A Microsoft 365 message-trace export, or another CSV export with named columns
    /// (PowerMTA's accounting file: `type,timeLogged,orig,rcpt,dsnAction,...`).
    MessageTrace,
    /// PowerShell's listings and tables of Exchange and Microsoft 365 (`Get-Queue`,
    /// `Get-Message`, `Get-MessageTrackingLog`, `Get-MessageTrace`, `Get-MessageTraceDetail`
    /// as `Format-List` or `Format-Table` prints them): each queue or message with a
    /// `LastError` is a deferral, each tracking or trace record an event of its recipients.
    ExchangeQueue,
    /// The queue listing of Postfix (`mailq`, `postqueue -p`) or Sendmail (`mailq`,
    /// `sendmail -bp`): each recipient under the reason of its message's last attempt is a
    /// deferral.
    Mailq,
    /// The `mail_logs` of Cisco Secure Email Gateway (IronPort, AsyncOS), with their own
    /// time (`Mon Mar 31 20:00:27 2003 Info: ...`) or through syslog: each message's
    /// recipients are found by their number (`RID`) on its delivery lines.
    CiscoEsa,
    /// JSON Lines from a log shipper or `journalctl -o json` (a message field holds the
    /// log line).
    JsonLines,
    /// Any other text: each line is classified as it is.
    Plain,
}

impl Format {
    /// Every format, in the order of [`Format::name`]'s documentation.
    pub const ALL: [Format; 13] = [
        Format::Syslog,
        Format::Postfix,
        Format::Sendmail,
        Format::Opensmtpd,
        Format::Exim,
        Format::Qmail,
        Format::ExchangeTracking,
        Format::MessageTrace,
        Format::ExchangeQueue,
        Format::Mailq,
        Format::CiscoEsa,
        Format::JsonLines,
        Format::Plain,
    ];

    /// The name used on the command line: `syslog`, `postfix`, `sendmail`, `opensmtpd`,
    /// `exim`, `qmail`, `exchange-tracking`, `message-trace`, `exchange-queue`, `mailq`,
    /// `cisco-esa`, `jsonl`, `plain`.
    pub fn name(self) -> &'static str {
        match self {
            Format::Syslog => "syslog",
            Format::Postfix => "postfix",
            Format::Sendmail => "sendmail",
            Format::Opensmtpd => "opensmtpd",
            Format::Exim => "exim",
            Format::Qmail => "qmail",
            Format::ExchangeTracking => "exchange-tracking",
            Format::MessageTrace => "message-trace",
            Format::ExchangeQueue => "exchange-queue",
            Format::Mailq => "mailq",
            Format::CiscoEsa => "cisco-esa",
            Format::JsonLines => "jsonl",
            Format::Plain => "plain",
        }
    }

    /// The format of a name ([`Format::name`]), in any case.
    ///
    /// ```
    /// assert_eq!(mfi_log::Format::from_name("Exim"), Some(mfi_log::Format::Exim));
    /// assert_eq!(mfi_log::Format::from_name("qmail"), Some(mfi_log::Format::Qmail));
    /// assert_eq!(mfi_log::Format::from_name("courier"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(name.trim()))
    }
}

/// What a line says happened to a delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// Delivered (or handed to the next hop).
    Delivered,
    /// Not delivered yet: the queue retries.
    Deferred,
    /// Not delivered, for good: returned to the sender.
    Bounced,
    /// The queue gave up after its retry window: returned to the sender.
    Expired,
}

impl EventKind {
    /// The severity the log states by this kind (what a diagnosis whose text states none
    /// is given: [`mfi_core::Options::stated`]).
    pub fn severity(self) -> mfi_core::Severity {
        use mfi_core::Severity;
        match self {
            EventKind::Delivered => Severity::Success,
            EventKind::Deferred => Severity::Transient,
            EventKind::Bounced | EventKind::Expired => Severity::Permanent,
        }
    }

    /// The name used in JSON (`delivered`, `deferred`, `bounced`, `expired`).
    pub fn name(self) -> &'static str {
        match self {
            EventKind::Delivered => "delivered",
            EventKind::Deferred => "deferred",
            EventKind::Bounced => "bounced",
            EventKind::Expired => "expired",
        }
    }

    /// Whether the delivery failed (for now or for good).
    pub fn is_failure(self) -> bool {
        self != EventKind::Delivered
    }
}

/// One delivery, as one line (or row) tells it, with what the lines before it told of the
/// same message.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Event {
    /// The input it was read from (a path, or `-` for standard input).
    pub source: String,
    /// Its line number there (1-based; for CSV, the row's line).
    pub line: u64,
    /// When the line was written.
    pub time: Option<Timestamp>,
    /// The system that wrote it.
    pub system: System,
    /// The message's id in that system (Postfix/Sendmail queue id, Exim message id,
    /// OpenSMTPD message id, Exchange internal or network message id).
    pub queue_id: Option<String>,
    /// The envelope sender (`<>` for a bounce is the empty string).
    pub sender: Option<String>,
    /// The recipient, lower-cased.
    pub recipient: Option<String>,
    /// The recipient's domain, lower-cased.
    pub domain: Option<String>,
    /// The next-hop host the delivery talked to, or tried to.
    pub host: Option<String>,
    /// Its IP address.
    pub ip: Option<String>,
    /// The connector, transport or router that carried it.
    pub connector: Option<String>,
    /// What happened.
    pub kind: EventKind,
    /// How long the message had been queued, in seconds, as the line says.
    pub delay_s: Option<f64>,
    /// When the message was first seen in the log.
    pub first_seen: Option<Timestamp>,
    /// The failure text that was classified (the line's own, with a cause linked from an
    /// earlier connection line when the line only says something generic).
    pub text: String,
    /// The diagnosis of `text` (failures only), with the queue outcome when the message's
    /// first sighting and the queue profile are known.
    #[serde(serialize_with = "diagnosis_json")]
    pub diagnosis: Option<OwnedDiagnosis>,
}

fn diagnosis_json<S: Serializer>(d: &Option<OwnedDiagnosis>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => {
            let v: serde_json::Value = serde_json::from_str(&d.as_diagnosis().to_json())
                .map_err(serde::ser::Error::custom)?;
            v.serialize(s)
        }
        None => s.serialize_none(),
    }
}

impl Event {
    /// The event as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}
