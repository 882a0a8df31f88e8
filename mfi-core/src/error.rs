//! The error type of the few fallible calls (parsing names, codes and times).
//!
//! Classification itself never fails: text that carries no failure gets a well-defined
//! "unknown" diagnosis instead.

use std::fmt;

/// What went wrong. New kinds may be added in minor releases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Not a basic SMTP reply code (`200`..`599`).
    InvalidReplyCode,
    /// Not an enhanced status code `c.s.d` (class 2/4/5, subject 0-7, detail 0-999).
    InvalidEnhancedStatus,
    /// Not an RFC 3339 time, or out of the supported range.
    InvalidTimestamp,
    /// Not one of the names of a typed enum (a profile, a connector target, ...).
    UnknownName,
    /// A queue setting outside the range the mail system allows.
    OutOfRange,
    /// A name given twice where each may appear once (a list of contract fields).
    RepeatedName,
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ErrorKind::InvalidReplyCode => "invalid SMTP reply code",
            ErrorKind::InvalidEnhancedStatus => "invalid enhanced status code",
            ErrorKind::InvalidTimestamp => "invalid RFC 3339 timestamp",
            ErrorKind::UnknownName => "unknown name",
            ErrorKind::OutOfRange => "value out of range",
            ErrorKind::RepeatedName => "name given twice",
        })
    }
}

/// The error of mfi's fallible calls: a [`ErrorKind`] and the offending input.
///
/// ```
/// use mfi_core::{EnhancedStatus, ErrorKind};
/// let err = "9.9.9".parse::<EnhancedStatus>().unwrap_err();
/// assert_eq!(err.kind(), ErrorKind::InvalidEnhancedStatus);
/// assert_eq!(err.to_string(), "invalid enhanced status code: \"9.9.9\"");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}: {input:?}")]
pub struct Error {
    kind: ErrorKind,
    input: String,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, input: &str) -> Self {
        // Keep error messages short even for huge inputs.
        let mut end = input.len().min(120);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        Error {
            kind,
            input: input[..end].to_owned(),
        }
    }

    /// The kind of error.
    ///
    /// ```
    /// let err = "x".parse::<mfi_core::ReplyCode>().unwrap_err();
    /// assert_eq!(err.kind(), mfi_core::ErrorKind::InvalidReplyCode);
    /// ```
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The input that was rejected (cut to 120 bytes).
    ///
    /// ```
    /// let err = mfi_core::QueueProfile::from_name("nope").unwrap_err();
    /// assert_eq!(err.input(), "nope");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }
}
