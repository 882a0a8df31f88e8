//! SMTP reply codes (RFC 5321) and enhanced status codes (RFC 3463).

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

use crate::error::{Error, ErrorKind};

/// A basic SMTP reply code such as `550` (RFC 5321, section 4.2).
///
/// Only codes from `200` to `599` exist; the first digit says whether the reply is a success
/// (`2`), an intermediate reply (`3`), a transient failure (`4`) or a permanent one (`5`).
///
/// ```
/// use mfi_core::ReplyCode;
/// let code: ReplyCode = "451".parse().unwrap();
/// assert_eq!(code.get(), 451);
/// assert!(code.is_transient());
/// assert!("600".parse::<ReplyCode>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ReplyCode(u16);

impl ReplyCode {
    /// Makes a reply code from a number in `200..=599`.
    ///
    /// ```
    /// assert!(mfi_core::ReplyCode::new(250).is_some());
    /// assert!(mfi_core::ReplyCode::new(199).is_none());
    /// ```
    pub const fn new(code: u16) -> Option<Self> {
        if code >= 200 && code <= 599 {
            Some(ReplyCode(code))
        } else {
            None
        }
    }

    /// The number, e.g. `550`.
    ///
    /// ```
    /// assert_eq!(mfi_core::ReplyCode::new(421).unwrap().get(), 421);
    /// ```
    pub const fn get(self) -> u16 {
        self.0
    }

    /// The first digit, `2` to `5`.
    ///
    /// ```
    /// assert_eq!(mfi_core::ReplyCode::new(421).unwrap().first_digit(), 4);
    /// ```
    pub const fn first_digit(self) -> u8 {
        (self.0 / 100) as u8
    }

    /// `true` for `4yz` replies: the condition is temporary and the client should retry.
    ///
    /// ```
    /// assert!(mfi_core::ReplyCode::new(450).unwrap().is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.first_digit() == 4
    }

    /// `true` for `5yz` replies: the request must not be repeated as it is.
    ///
    /// ```
    /// assert!(mfi_core::ReplyCode::new(550).unwrap().is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.first_digit() == 5
    }

    /// What RFC 5321 (and RFC 7504 for 521/556) says the code means, if it is a listed one.
    ///
    /// ```
    /// let code = mfi_core::ReplyCode::new(421).unwrap();
    /// assert!(code.meaning().unwrap().contains("not available"));
    /// ```
    pub fn meaning(self) -> Option<&'static str> {
        crate::knowledge::reply_code_meaning(self.0)
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl FromStr for ReplyCode {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::new(ErrorKind::InvalidReplyCode, s);
        if s.len() != 3 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse::<u16>()
            .ok()
            .and_then(ReplyCode::new)
            .ok_or_else(bad)
    }
}

impl Serialize for ReplyCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u16(self.0)
    }
}

/// The class (first number) of an enhanced status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum StatusClass {
    /// `2.X.X`: success.
    Success = 2,
    /// `4.X.X`: persistent transient failure; the message may get through later.
    TransientFailure = 4,
    /// `5.X.X`: permanent failure; the message will not get through as it is.
    PermanentFailure = 5,
}

impl StatusClass {
    /// The class from its digit.
    ///
    /// ```
    /// use mfi_core::StatusClass;
    /// assert_eq!(StatusClass::from_digit(4), Some(StatusClass::TransientFailure));
    /// assert_eq!(StatusClass::from_digit(3), None);
    /// ```
    pub const fn from_digit(d: u8) -> Option<Self> {
        match d {
            2 => Some(StatusClass::Success),
            4 => Some(StatusClass::TransientFailure),
            5 => Some(StatusClass::PermanentFailure),
            _ => None,
        }
    }

    /// The digit, `2`, `4` or `5`.
    ///
    /// ```
    /// assert_eq!(mfi_core::StatusClass::PermanentFailure.digit(), 5);
    /// ```
    pub const fn digit(self) -> u8 {
        self as u8
    }
}

/// An enhanced mail system status code, `class.subject.detail` (RFC 3463), e.g. `4.4.316`.
///
/// The subject is `0` to `7` and the detail `0` to `999`, as the registry allows.
///
/// ```
/// use mfi_core::{EnhancedStatus, StatusClass};
/// let st: EnhancedStatus = "4.4.316".parse().unwrap();
/// assert_eq!(st.class(), StatusClass::TransientFailure);
/// assert_eq!((st.subject(), st.detail()), (4, 316));
/// assert_eq!(st.to_string(), "4.4.316");
/// assert!("4.8.1".parse::<EnhancedStatus>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EnhancedStatus {
    class: StatusClass,
    subject: u8,
    detail: u16,
}

impl EnhancedStatus {
    /// Makes a status code, checking the ranges.
    ///
    /// ```
    /// use mfi_core::{EnhancedStatus, StatusClass};
    /// assert!(EnhancedStatus::new(StatusClass::PermanentFailure, 1, 1).is_some());
    /// assert!(EnhancedStatus::new(StatusClass::PermanentFailure, 1, 1000).is_none());
    /// ```
    pub const fn new(class: StatusClass, subject: u8, detail: u16) -> Option<Self> {
        if subject <= 7 && detail <= 999 {
            Some(EnhancedStatus {
                class,
                subject,
                detail,
            })
        } else {
            None
        }
    }

    /// The class.
    ///
    /// ```
    /// let st: mfi_core::EnhancedStatus = "5.1.1".parse().unwrap();
    /// assert_eq!(st.class().digit(), 5);
    /// ```
    pub const fn class(self) -> StatusClass {
        self.class
    }

    /// The subject, `0` to `7`.
    ///
    /// ```
    /// let st: mfi_core::EnhancedStatus = "5.1.1".parse().unwrap();
    /// assert_eq!(st.subject(), 1);
    /// ```
    pub const fn subject(self) -> u8 {
        self.subject
    }

    /// Whether this is its class's unspecific status, `X.0.0` (Postfix writes it for a
    /// reply that has none; a DSN's `Status:` often says no more).
    pub(crate) const fn is_unspecific(self) -> bool {
        self.subject == 0 && self.detail == 0
    }

    /// The detail, `0` to `999`.
    ///
    /// ```
    /// let st: mfi_core::EnhancedStatus = "4.7.320".parse().unwrap();
    /// assert_eq!(st.detail(), 320);
    /// ```
    pub const fn detail(self) -> u16 {
        self.detail
    }

    /// The same subject and detail under another class, e.g. `5.4.316` to `4.4.316`.
    ///
    /// ```
    /// use mfi_core::{EnhancedStatus, StatusClass};
    /// let st: EnhancedStatus = "5.4.316".parse().unwrap();
    /// assert_eq!(st.with_class(StatusClass::TransientFailure).to_string(), "4.4.316");
    /// ```
    pub const fn with_class(self, class: StatusClass) -> Self {
        EnhancedStatus { class, ..self }
    }

    /// The registry title of `X.subject.detail` (or of the subject when the detail is not
    /// registered), from the IANA "SMTP Enhanced Status Codes" registry.
    ///
    /// ```
    /// let st: mfi_core::EnhancedStatus = "5.1.1".parse().unwrap();
    /// assert_eq!(st.registry_title(), Some("Bad destination mailbox address"));
    /// ```
    pub fn registry_title(self) -> Option<&'static str> {
        crate::knowledge::iana_entry(self).map(|e| e.title)
    }
}

impl EnhancedStatus {
    /// The code as `c.s.d` in a caller's buffer, without the formatting machinery (what the
    /// JSON and Arrow writers put out for every reply).
    ///
    /// ```
    /// let st: mfi_core::EnhancedStatus = "4.4.316".parse().unwrap();
    /// assert_eq!(st.write_to(&mut [0; 7]), "4.4.316");
    /// let st: mfi_core::EnhancedStatus = "5.1.0".parse().unwrap();
    /// assert_eq!(st.write_to(&mut [0; 7]), "5.1.0");
    /// ```
    pub fn write_to(self, buf: &mut [u8; 7]) -> &str {
        buf[0] = b'0' + self.class.digit();
        buf[1] = b'.';
        buf[2] = b'0' + self.subject;
        buf[3] = b'.';
        let mut i = 4;
        let d = self.detail;
        if d >= 100 {
            buf[i] = b'0' + (d / 100) as u8;
            i += 1;
        }
        if d >= 10 {
            buf[i] = b'0' + (d / 10 % 10) as u8;
            i += 1;
        }
        buf[i] = b'0' + (d % 10) as u8;
        std::str::from_utf8(&buf[..=i]).expect("ASCII digits and dots")
    }
}

impl fmt::Display for EnhancedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.write_to(&mut [0; 7]))
    }
}

impl FromStr for EnhancedStatus {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        let bad = || Error::new(ErrorKind::InvalidEnhancedStatus, s);
        let mut parts = s.split('.');
        let (Some(c), Some(sub), Some(det), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        let num = |p: &str, max_len: usize| -> Option<u16> {
            if p.is_empty() || p.len() > max_len || !p.bytes().all(|b| b.is_ascii_digit()) {
                None
            } else {
                p.parse().ok()
            }
        };
        let class = num(c, 1)
            .and_then(|d| StatusClass::from_digit(d as u8))
            .ok_or_else(bad)?;
        let subject = num(sub, 3).ok_or_else(bad)?;
        let detail = num(det, 3).ok_or_else(bad)?;
        if subject > 7 {
            return Err(bad());
        }
        EnhancedStatus::new(class, subject as u8, detail).ok_or_else(bad)
    }
}

impl Serialize for EnhancedStatus {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}
