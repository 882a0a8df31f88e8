//! # mfi-core: mail flow intelligence
//!
//! Turns a mail-delivery failure, in any of the shapes mail systems print it (SMTP replies,
//! Exchange queue errors, message traces, NDR history lines, DSN fields, MTA log lines), into
//! a typed diagnosis: the codes, the Microsoft 365 *mail flow intelligence* code it amounts
//! to, the likely causes ranked by the evidence in the text, what to do and who must act, and
//! what the sending queue will do next.
//!
//! ```
//! use mfi_core::{classify, Actor, Cause, MfiCode, MfiMatch};
//!
//! let d = classify(
//!     "450 4.4.316 Connection refused [Message=Socket error code 10061] \
//!      [LastAttemptedServerName=mail.contoso.example] [LastAttemptedIP=192.0.2.25:25]",
//! );
//! assert_eq!(d.mfi_code(), Some(MfiCode::ConnectionRefused));
//! assert_eq!(d.mfi_match(), Some(MfiMatch::Literal));
//! assert_eq!(d.causes()[0], Cause::ConnectionRefused);
//! let first = d.remediations().next().unwrap();
//! assert_eq!(first.actor, Actor::DestinationAdmin);
//!
//! // The JSON object of the diagnosis contract:
//! let json = serde_json::to_value(&d).unwrap();
//! assert_eq!(json["mfi_code"], "4.4.316");
//! assert_eq!(json["attributes"]["socket_error"], "10061");
//! ```
//!
//! Classification never fails and never panics: text with no failure in it gets severity
//! `unknown`, reason `undefined` and no codes. A text is one line (a line ending at its end
//! is ignored) of at most [`Options::max_len`] bytes ([`DEFAULT_MAX_LEN`], 1 MiB; a longer
//! one is cut and the diagnosis says [`truncated`](Diagnosis::truncated)). It runs in time
//! linear in the input and does not allocate (qmail-send's log lines, whose spaces are
//! written as `_`, are read decoded in a buffer on the stack); [`Diagnosis`] borrows the text,
//! [`OwnedDiagnosis`] owns it. Nothing is built at run time: the signal automaton and every
//! table are compiled in.
//!
//! # The public API
//!
//! - Classifying: [`classify`], [`classify_with`] and [`Options`] (with [`QueueQuery`]),
//!   [`classify_owned`], [`classify_bytes`], [`decode`], [`DEFAULT_MAX_LEN`].
//! - The result: [`Diagnosis`] (borrowing) and [`OwnedDiagnosis`], with [`Reply`] and
//!   [`Remediation`]; its fields are the diagnosis contract, declared in [`contract`]
//!   ([`contract::FIELDS`], [`contract::VERSION`]).
//! - The typed vocabulary: [`MfiCode`], [`MfiMatch`], [`Severity`], [`Reason`], [`Cause`],
//!   [`RemediationId`], [`Actor`], [`ConnectorTarget`], [`AttrKey`], [`QueueProfile`],
//!   [`QueueState`], and for whole messages [`ReportKind`] and [`Action`]; codes:
//!   [`ReplyCode`], [`EnhancedStatus`], [`StatusClass`].
//! - Queues: [`queue_outcome`], [`QueueOutcome`], [`Timestamp`] and the rules in [`queue`].
//! - Knowledge: [`knowledge::catalogue`] (every code mfi knows), [`knowledge::cause_info`],
//!   [`knowledge::remediation_info`], [`knowledge::mfi_entry`].
//! - Errors: [`Error`] and [`ErrorKind`] ([`error`]).
//! - [`terminal_safe`]: input text made safe to print to a terminal.
//! - [`VERSION`].
//!
//! Everything else is private; `internal` is hidden and not part of the API (it serves mfi's
//! own tests, generators and bindings).
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod contract;
mod diagnosis;
pub mod error;
mod json;
pub mod knowledge;
mod model;
pub mod queue;
mod render;
mod scan;
mod status;

pub use diagnosis::{
    classify, classify_bytes, classify_owned, classify_with, decode, detect_origin, replies,
    Diagnosis, Options, OwnedDiagnosis, QueueQuery, Remediation, Reply, Stage, DEFAULT_MAX_LEN,
};
pub use error::{Error, ErrorKind};
pub use model::{
    Action, Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, Origin, Reason,
    RemediationId, ReportKind, Severity,
};
pub use queue::{queue_outcome, QueueOutcome, QueueProfile, QueueState, Timestamp};
pub use render::escape_controls as terminal_safe;
pub use status::{EnhancedStatus, ReplyCode, StatusClass};

/// Not part of the public API: the machinery behind the knowledge tables (signal patterns,
/// strengths, equivalence contexts, the Exchange and IANA rows), for mfi's own tests,
/// benchmarks, generators and fuzz targets. It may change in any release.
#[doc(hidden)]
pub mod internal {
    pub use crate::diagnosis::restore;
    pub use crate::knowledge::codes::{CodeEntry, CODES};
    pub use crate::scan::{find_ci, host_ip, is_ip};

    /// Reads a queue object back from its JSON (bindings that pickle outcomes).
    pub fn queue_outcome_from_json(json: &str) -> Result<crate::QueueOutcome, serde_json::Error> {
        serde_json::from_str(json)
    }
    pub use crate::knowledge::equivalence::{
        Admits, CODE_EQUIVALENTS, EQUIVALENCE_CONTEXT, EQUIVALENCE_REPLY_CODES,
    };
    pub use crate::knowledge::iana::{IanaEntry, IANA, REPLY_CODES};
    pub use crate::knowledge::signals::{
        ReasonPattern, Signal, SignalInfo, SignalPattern, Strength, REASON_PATTERNS, SIGNALS,
        SIGNAL_PATTERNS,
    };

    /// Whether a failure text answers a command of one message or recipient (`after RCPT
    /// TO:<a@b>`, `in reply to MAIL FROM command`, `end of DATA`), by the scanner's
    /// command words: a refusal of that message, not of the session.
    pub fn answers_a_message(text: &str) -> bool {
        use crate::knowledge::signals::Signal::{CommandData, CommandMail, CommandRcpt};
        let sc = crate::scan::scan(text);
        [CommandRcpt, CommandMail, CommandData]
            .iter()
            .any(|&c| sc.has(c))
    }

    /// Whether a log line states a delivery in a field of its own (`status=sent`, msmtp's
    /// `exitcode=EX_OK`), not only by a reply it quotes (`250 OK`).
    pub fn states_a_delivery(text: &str) -> bool {
        use crate::knowledge::signals::Signal::Sent;
        let sc = crate::scan::scan(text);
        sc.hits
            .iter()
            .any(|h| h.signal == Sent && h.span.of(text).contains('='))
    }

    /// What the scanner found in `text`: the reasons its words name (with the words, in
    /// text order), the reason a mail system's own wording decides (if any), and the signals.
    /// For tests and for explaining a result; not a stable interface.
    pub fn evidence(text: &str) -> Evidence<'_> {
        let sc = crate::scan::scan(text);
        Evidence {
            reasons: sc.reasons.iter().map(|(r, s)| (*r, s.of(text))).collect(),
            decisive: sc.decisive.map(|r| (r, sc.decisive_span.of(text))),
            signals: sc
                .hits
                .iter()
                .map(|h| (h.signal, h.span.of(text)))
                .collect(),
        }
    }

    /// See [`evidence`].
    #[derive(Debug)]
    pub struct Evidence<'a> {
        pub reasons: Vec<(crate::Reason, &'a str)>,
        pub decisive: Option<(crate::Reason, &'a str)>,
        pub signals: Vec<(Signal, &'a str)>,
    }
}

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
