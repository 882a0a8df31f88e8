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
//! `unknown`, reason `undefined` and no codes. It runs in time linear in the input and does
//! not allocate; [`Diagnosis`] borrows the text, [`OwnedDiagnosis`] owns it.
//!
//! The knowledge (codes, causes, remediations, signals, queue rules) is data in
//! [`knowledge`] and [`queue`].
#![deny(missing_docs)]
#![forbid(unsafe_code)]

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
    classify, classify_owned, classify_with, decode, Diagnosis, Options, OwnedDiagnosis,
    QueueQuery, Remediation, Reply,
};
pub use error::{Error, ErrorKind};
pub use model::{
    Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, Reason, RemediationId, Severity,
};
pub use queue::{queue_outcome, QueueOutcome, QueueProfile, QueueState, Timestamp};
pub use status::{EnhancedStatus, ReplyCode, StatusClass};

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
