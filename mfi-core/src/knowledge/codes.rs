//! Exchange Online, Exchange Server and Exchange-observed status codes beyond the six MFI
//! codes. One row per code (or code range); several rows may share a code and are told apart
//! by a text signal (`hint`).

use super::signals::Signal;
use crate::model::{Cause, Reason, RemediationId};
use crate::status::EnhancedStatus;

/// The codes a [`CodeEntry`] covers: one class or any, one subject, a range of details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodePattern {
    /// `Some(4)` or `Some(5)`; `None` matches either class.
    pub class: Option<u8>,
    /// The subject.
    pub subject: u8,
    /// The first detail covered.
    pub detail_lo: u16,
    /// The last detail covered (equal to `detail_lo` for a single code).
    pub detail_hi: u16,
}

impl CodePattern {
    /// Parses `"5.1.10"`, `"X.4.7"` (any class) or `"5.7.606-649"` at compile time.
    pub(crate) const fn parse(s: &str) -> CodePattern {
        let b = s.as_bytes();
        let class = match b[0] {
            b'X' => None,
            d => Some(d - b'0'),
        };
        assert!(b[1] == b'.');
        let mut i = 2;
        let mut subject = 0u8;
        while b[i] != b'.' {
            subject = subject * 10 + (b[i] - b'0');
            i += 1;
        }
        i += 1;
        let mut lo = 0u16;
        while i < b.len() && b[i] != b'-' {
            lo = lo * 10 + (b[i] - b'0') as u16;
            i += 1;
        }
        let mut hi = lo;
        if i < b.len() {
            i += 1;
            hi = 0;
            while i < b.len() {
                hi = hi * 10 + (b[i] - b'0') as u16;
                i += 1;
            }
        }
        assert!(lo <= hi && hi <= 999 && subject <= 7);
        CodePattern {
            class,
            subject,
            detail_lo: lo,
            detail_hi: hi,
        }
    }

    /// Whether `status` is one of the codes covered.
    ///
    /// ```
    /// let p = mfi_core::knowledge::catalogue()
    ///     .find(|r| r.code.to_string() == "5.7.606-649")
    ///     .unwrap()
    ///     .code;
    /// assert!(p.matches("5.7.606".parse().unwrap()));
    /// assert!(!p.matches("4.7.606".parse().unwrap()));
    /// ```
    pub fn matches(&self, status: EnhancedStatus) -> bool {
        self.class.is_none_or(|c| c == status.class().digit())
            && self.subject == status.subject()
            && (self.detail_lo..=self.detail_hi).contains(&status.detail())
    }

    /// How many codes it covers; the narrowest matching row wins.
    pub fn width(&self) -> u16 {
        self.detail_hi - self.detail_lo + u16::from(self.class.is_none())
    }
}

impl std::fmt::Display for CodePattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.class {
            Some(c) => write!(f, "{c}.{}.", self.subject)?,
            None => write!(f, "X.{}.", self.subject)?,
        }
        match (self.detail_lo, self.detail_hi) {
            (0, 999) => f.write_str("X"),
            (lo, hi) if lo == hi => write!(f, "{lo}"),
            (lo, hi) => write!(f, "{lo}-{hi}"),
        }
    }
}

impl serde::Serialize for CodePattern {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What mfi knows about one Exchange (or Exchange-observed) status code.
#[derive(Debug)]
#[non_exhaustive]
pub struct CodeEntry {
    /// The code or codes.
    pub pattern: CodePattern,
    /// The row's id in the locale files: the code as written, and the hint's name if any
    /// (`"X.4.7 Delayed"`).
    pub key: &'static str,
    /// When set, the row applies only if the text shows this signal (to tell apart several
    /// meanings of one code).
    pub hint: Option<Signal>,
    /// A short title.
    pub title: &'static str,
    /// What it means.
    pub meaning: &'static str,
    /// The cross-vendor reason.
    pub reason: Reason,
    /// Likely causes, most likely first.
    pub causes: &'static [Cause],
    /// Remediations beyond those of the causes.
    pub remediations: &'static [RemediationId],
}

macro_rules! codes {
    ($($code:literal $(if $hint:ident)? => $reason:ident, $title:literal, $meaning:literal,
        [$($cause:ident),* $(,)?] $(+ [$($rem:ident),*])?;)*) => {
        /// The Exchange / Microsoft 365 code table (everything but the six MFI codes, which
        /// live in `MFI_CODES`).
        pub static CODES: &[CodeEntry] = ROWS;

        const ROWS: &[CodeEntry] = &[
            $(CodeEntry {
                pattern: CodePattern::parse($code),
                key: concat!($code $(, " ", stringify!($hint))?),
                hint: codes!(@hint $($hint)?),
                title: $title,
                meaning: $meaning,
                reason: Reason::$reason,
                causes: &[$(Cause::$cause),*],
                remediations: &[$($(RemediationId::$rem),*)?],
            },)*
        ];
    };
    (@hint) => { None };
    (@hint $h:ident) => { Some(Signal::$h) };
}

codes! {
    // Exchange Online's expiry forms after an MFI deferral (observed in real NDRs).
    "5.4.312-318" => Expired, "Message expired after connector deferrals",
        "The message was deferred with an MFI connector error until the retry period ran out; the text repeats the last deferral reason.",
        [MessageExpiredInQueue];
    "X.4.7" if Delayed => Onhold, "Message delayed",
        "A delay notice: when it was written, the message was still queued for further attempts.",
        [] + [WaitAndRetry];
    "X.4.7" => Expired, "Message expired",
        "The message stayed in the queue until its expiry time without being delivered.",
        [MessageExpiredInQueue];
    "5.4.300" => Expired, "Message expired",
        "Delivery took too long: the destination never accepted the message (or the report about it could not be delivered); the last error usually follows.",
        [MessageExpiredInQueue];
    "4.3.2" if HintThrottle => Exceedlimit, "Recipient thread limit exceeded",
        "Delivery to one mailbox is slowed because too many messages arrive for it too quickly.",
        [RateLimited, DestinationBusy];
    "X.3.2" => Systemerror, "Service not available",
        "The transport service refuses mail for now (stopped, under back pressure, or not active).",
        [DestinationBusy];
    "4.3.1" => Systemfull, "Insufficient system resources",
        "The transport service is short of resources (for example disk space for its queue) and applies back pressure.",
        [DestinationBusy];
    "4.4.8" => Securityerror, "MX hosts failed MTA-STS validation",
        "The destination's MX host is not allowed by the domain's MTA-STS policy (a temporary failure).",
        [MtaStsFailure];
    "5.4.8" => Securityerror, "MX hosts failed MTA-STS validation",
        "The destination's MX host is not allowed by the domain's MTA-STS policy.",
        [MtaStsFailure];
    "4.5.3" => Exceedlimit, "Too many recipients",
        "One transaction named more recipients for a domain than the receiver accepts at once.",
        [RateLimited];
    "X.7.5" if HintMtaSts => Securityerror, "Certificate failed MTA-STS validation",
        "The destination's certificate does not satisfy the domain's MTA-STS policy.",
        [MtaStsFailure];
    "4.7.26" => Authfailure, "IPv6 mail must pass SPF or DKIM",
        "Anonymous mail arriving over IPv6 must pass SPF or DKIM validation.",
        [SpfFailure, DkimFailure];
    "X.7.321" => Failedstarttls, "DANE: STARTTLS not supported",
        "The DANE-protected destination did not accept STARTTLS or the TLS handshake failed.",
        [DaneFailure, TlsNegotiationFailed];
    "X.7.322" => Securityerror, "DANE: certificate expired",
        "The DANE-protected destination presented an expired certificate.",
        [DaneFailure, CertificateExpired];
    "X.7.323" => Securityerror, "DANE: TLSA record invalid",
        "The certificate does not match the DNSSEC-validated TLSA record (or is not valid yet).",
        [DaneFailure];
    "X.7.324" => Securityerror, "DANE: DNSSEC invalid",
        "The destination's DNSSEC records could not be validated.",
        [DaneFailure];
    "X.7.325" => Securityerror, "DANE: certificate host mismatch",
        "The certificate's names do not match the domain or MX host.",
        [DaneFailure, CertificateSubjectMismatch];
    "4.7.500-699" => Blocked, "Access denied, try again later",
        "Exchange Online throttles or greylists a sending IP whose volume changed sharply.",
        [ReputationThrottled];
    "4.7.850-899" => Blocked, "Access denied, try again later",
        "Exchange Online temporarily restricts a sending IP while it evaluates it.",
        [ReputationThrottled];
    "5.0.350" => Rejected, "Generic error from the recipient's organisation",
        "A catch-all rejection from the recipient's side; the rest of the text (an oversized header, nested attachments, a policy hit) gives the detail.",
        [ConfigurationError, ContentRejected] + [ContactRecipientAdmin];
    "5.1.0" => Rejected, "Sender denied",
        "The sender address could not be resolved or is malformed, or the sender was filtered.",
        [SenderAddressRejected, SpfFailure];
    "5.1.1" => Userunknown, "Bad destination mailbox address",
        "The recipient does not exist at the destination.",
        [RecipientNotFound];
    "5.1.3" => Userunknown, "Invalid recipient address",
        "The recipient address is malformed.",
        [RecipientNotFound];
    "5.1.4" => Userunknown, "Reserved recipient domain",
        "The recipient uses a top-level domain reserved for tests and examples (RFC 2606).",
        [RecipientNotFound];
    "5.1.5" => Userunknown, "Reserved recipient domain",
        "The recipient is in one of the example domains reserved by RFC 2606.",
        [RecipientNotFound];
    "5.1.6" => Userunknown, "Single-label domain not accepted",
        "The recipient's domain has a single label and cannot be delivered to.",
        [RecipientNotFound];
    "5.1.7" => Rejected, "Invalid sender address",
        "The sender address is missing, malformed or unknown.",
        [SenderAddressRejected];
    "5.1.8" => Rejected, "Bad outbound sender",
        "The sending account is blocked, typically for spam or for exceeding a sending rate.",
        [SenderBlocked, RateLimited];
    "5.1.10" => Userunknown, "Recipient not found",
        "No recipient with this SMTP address exists in the destination organisation.",
        [RecipientNotFound];
    "5.1.90" => Exceedlimit, "Daily recipient limit reached",
        "The sender exceeded the number of recipients allowed per day.",
        [RateLimited];
    "5.1.351" => Userunknown, "Unknown recipient or unavailable mailbox",
        "The remote server said the recipient is unknown or the mailbox is unavailable.",
        [RecipientNotFound];
    "5.2.1" => Filtered, "Quarantined by content filter",
        "A content filtering agent quarantined the message.",
        [ContentRejected];
    // Exchange Online's own 5.2.2 is a sender's submission quota (its words say so); every
    // other system's, Exchange Server's included, is the registry's full mailbox.
    "5.2.2" if HintThrottle => Exceedlimit, "Submission quota exceeded",
        "The sender exceeded a recipient or message rate limit.",
        [RateLimited];
    "5.2.2" => Mailboxfull, "Mailbox full",
        "The recipient's mailbox is over its quota.",
        [MailboxFull];
    "5.2.3" => Mesgtoobig, "Message too large for recipient",
        "The message is bigger than the recipient's size limit.",
        [MessageTooLarge];
    "5.2.121" => Exceedlimit, "Per-sender hourly receive limit exceeded",
        "One sender sent more messages per hour to a single recipient than allowed.",
        [RateLimited];
    "5.2.122" => Exceedlimit, "Hourly receive limit exceeded",
        "The recipient received more messages per hour from all senders than allowed.",
        [RateLimited];
    "5.3.0" => Systemerror, "Too many related errors",
        "The message is malformed and was moved to the poison queue.",
        [MalformedMessage];
    "5.3.2" => Systemerror, "Missing or bad store driver properties",
        "Address book policy routing: the recipient is not in the sender's address list.",
        [ConfigurationError];
    "5.3.3" => Systemerror, "Unrecognized command",
        "An internal receive connector lacks Exchange Server authentication.",
        [ConfigurationError];
    "5.3.4" => Mesgtoobig, "Message size exceeds fixed maximum",
        "The message is larger than the sending or receiving side allows.",
        [MessageTooLarge];
    "5.3.5" => Systemerror, "System incorrectly configured",
        "A receive connector's name clashes and causes a mail loop.",
        [MailLoop, ConfigurationError];
    "5.3.190" => Policyviolation, "Journaling on-premises messages not supported",
        "Journal reports from on-premises servers are rejected because the journaling archive is turned off.",
        [ConfigurationError];
    "5.4.1" if HintRecipientRejected => Userunknown, "Recipient address rejected: access denied",
        "Directory-based edge blocking: the recipient does not exist in the destination tenant.",
        [RecipientNotFound];
    "5.4.1" => Norelaying, "Relay access denied",
        "The server that produced the error does not accept mail for the recipient's domain.",
        [RelayDenied, RecipientNotFound];
    "5.4.4" => Hostunknown, "Unable to route",
        "DNS says the destination domain does not exist, or no route to it is known.",
        [DomainDoesNotExist];
    "5.4.6" => Networkerror, "Routing loop detected",
        "The message looped between servers and was stopped after too many hops.",
        [MailLoop];
    "5.4.14" => Networkerror, "Hop count exceeded",
        "The message passed through too many servers, a sign of a mail loop.",
        [MailLoop];
    "5.5.0" => Userunknown, "Mailbox unavailable",
        "The recipient on a consumer Outlook.com domain does not exist.",
        [RecipientNotFound];
    "5.5.2" => Syntaxerror, "Send hello first",
        "The client sent commands out of order.",
        [ProtocolError];
    "5.5.3" => Exceedlimit, "Too many recipients",
        "The message has more recipients than allowed.",
        [RateLimited];
    "5.6.11" => Notcompliantrfc, "Invalid characters",
        "The message contains bare line feeds.",
        [MalformedMessage];
    "5.7.1" if HintRelay => Norelaying, "Unable to relay",
        "The receiving system does not relay to a domain it is not responsible for.",
        [RelayDenied];
    "5.7.1" if HintNotAuthenticated => Securityerror, "Client was not authenticated",
        "The receiver only accepts the message from authenticated senders.",
        [AuthenticationRequired, RecipientRestricted];
    "5.7.1" => Rejected, "Delivery not authorized",
        "The sender may not send to this recipient (a restricted group, or a mail flow rule).",
        [RecipientRestricted, TransportRule];
    // Exchange's 5.7.3 when the words say STARTTLS was required (`451 5.7.3 STARTTLS is
    // required to send mail`), not authentication.
    "5.7.3" if StarttlsRequired => Failedstarttls, "STARTTLS required",
        "The receiving side requires the session to be encrypted with STARTTLS first.",
        [StarttlsRequired];
    "5.7.3" => Securityerror, "Not authorized",
        "Exchange Server authentication could not be achieved on the connector.",
        [AuthenticationRequired, ConfigurationError];
    "5.7.5" => Securityerror, "Cryptographic failure",
        "A cryptographic check of the session or message failed.",
        [TlsNegotiationFailed];
    "5.7.12" => Rejected, "Sender not authenticated by organisation",
        "The recipient accepts mail only from inside its organisation.",
        [RecipientRestricted];
    "5.7.13" => Rejected, "Sender not authenticated for public folder",
        "The public folder rejects external senders.",
        [RecipientRestricted];
    "5.7.23" => Authfailure, "SPF violation",
        "The destination enforces SPF and the sender's SPF check fails.",
        [SpfFailure];
    "5.7.25" => Requireptr, "IPv6 sender needs reverse DNS",
        "The sending IPv6 address has no PTR record.",
        [ReverseDnsMissing];
    "5.7.57" => Securityerror, "Client not authenticated to send anonymous mail",
        "An application or device sends through the client submission endpoint without authenticating.",
        [AuthenticationRequired];
    "5.7.64" => Norelaying, "Tenant attribution: relay access denied",
        "The inbound connector no longer matches the on-premises source, so the mail cannot be attributed to the tenant.",
        [TenantAttributionFailed];
    "5.7.124" => Rejected, "Sender not in allowed senders list",
        "The group accepts mail only from listed senders.",
        [RecipientRestricted];
    "5.7.133" => Rejected, "Sender not authenticated for group",
        "The group rejects external senders.",
        [RecipientRestricted];
    "5.7.134" => Rejected, "Sender not authenticated for mailbox",
        "The mailbox rejects external senders.",
        [RecipientRestricted];
    "5.7.135" => Rejected, "Sender not authenticated for public folder",
        "The public folder rejects external senders.",
        [RecipientRestricted];
    "5.7.136" => Rejected, "Sender not authenticated",
        "The mail user rejects external senders.",
        [RecipientRestricted];
    "5.7.139" => Securityerror, "SMTP client authentication disabled",
        "Authentication failed because SMTP AUTH is turned off for the tenant or mailbox.",
        [SmtpAuthDisabled];
    // (Rejected, as Sisimai's Microsoft module names its wording: the sender is banned,
    // whatever language the NDR is in)
    "5.7.501" => Rejected, "Spam abuse detected",
        "The sending account is banned for spam.",
        [SenderBlocked];
    "5.7.502-503" => Blocked, "Banned sender",
        "The sending account is banned.",
        [SenderBlocked];
    "5.7.504" => Userunknown, "Recipient address rejected",
        "The recipient address is not valid.",
        [RecipientNotFound];
    "5.7.505" => Rejected, "Banned recipient",
        "The recipient is banned.",
        [RecipientRestricted];
    "5.7.506" => Blocked, "Bad HELO",
        "The sender introduced itself with the receiving server's own name.",
        [ProtocolError];
    "5.7.507" => Blocked, "Rejected by recipient",
        "The recipient's organisation blocked the sending IP.",
        [SendingIpBlocked] + [ContactRecipientAdmin];
    "5.7.508" => Speeding, "IPv6 range exceeded permitted limits",
        "An IPv6 range sent too much mail too quickly.",
        [RateLimited];
    "5.7.509" => Authfailure, "DMARC reject",
        "The From domain fails DMARC and its policy is reject.",
        [DmarcFailure];
    "5.7.510" => Notaccept, "No mail over IPv6",
        "The recipient does not accept mail over IPv6.",
        [ConfigurationError];
    "5.7.511" => Blocked, "Banned sending IP",
        "The sending IP address is banned.",
        [SendingIpBlocked];
    "5.7.512" => Notcompliantrfc, "Message must be RFC 5322 compliant",
        "The message has no valid From header address.",
        [MalformedMessage];
    "5.7.513" => Blocked, "Client host blocked by customer block list",
        "The recipient's tenant put the sending IP on its own block list.",
        [SendingIpBlocked] + [ContactRecipientAdmin];
    // (Outlook.com's requirement of high-volume senders, 2025)
    "5.7.515" => Authfailure, "Sending domain below the required authentication level",
        "Outlook.com requires a high-volume sender's domain to pass SPF, DKIM and DMARC; this one does not.",
        [DmarcFailure, SpfFailure, DkimFailure];
    "5.7.520" => Policyviolation, "External forwarding not allowed",
        "The outbound anti-spam policy blocks automatic forwarding to external addresses.",
        [ExternalForwardingBlocked];
    "5.7.606-649" => Blocked, "Banned sending IP",
        "The sending IP is on Microsoft's list of blocked senders.",
        [SendingIpBlocked];
    "5.7.703" => Blocked, "Blocked by Tenant Allow/Block List",
        "An internal sender wrote to an address or domain that the organisation blocks.",
        [TransportRule];
    "5.7.700-749" => Blocked, "Tenant restricted from sending",
        "The tenant may not send: it exceeded a threshold for suspicious traffic, or it sends from a low-reputation pool typical of new tenants.",
        [TenantRestricted];
    "5.7.750" => Blocked, "Unregistered domains",
        "The tenant sent too much mail from domains that are not added and verified.",
        [TenantRestricted];
    "5.7.800" => Blocked, "Banned sender domain",
        "The sending domain is banned.",
        [SenderBlocked];
    "5.7.900-999" => Policyviolation, "Rejected by a mail flow rule",
        "A transport rule with a custom code rejected the message.",
        [TransportRule];
    "4.4.1" => Networkerror, "Connection timed out",
        "The next hop could not be reached (no connection was opened).",
        [ConnectionTimedOut, DestinationServerDown];
    "4.4.2" => Networkerror, "Connection dropped",
        "The session dropped during delivery.",
        [ConnectionReset, NetworkProblem];
    "4.4.397" => Networkerror, "Error communicating with target host",
        "Exchange could not talk to the next hop; the inner error names the cause.",
        [NetworkProblem];
}

/// Candidate rows per `subject.detail` (either class), in table order, so that a lookup
/// does not walk the whole table: the rows of key `k = subject * 1000 + detail` are
/// `rows[start[k]..start[k + 1]]`. Built at compile time.
struct Index {
    start: [u16; KEYS + 1],
    rows: [u8; INDEX_LEN],
}

const KEYS: usize = 8 * 1000;

const fn key(subject: u8, detail: u16) -> usize {
    subject as usize * 1000 + detail as usize
}

/// How many (row, key) pairs the table covers.
const INDEX_LEN: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < ROWS.len() {
        n += (ROWS[i].pattern.detail_hi - ROWS[i].pattern.detail_lo) as usize + 1;
        i += 1;
    }
    n
};

static INDEX: Index = {
    assert!(ROWS.len() < 256 && INDEX_LEN < u16::MAX as usize);
    // Counting sort by key, keeping table order within a key.
    let mut start = [0u16; KEYS + 1];
    let mut i = 0;
    while i < ROWS.len() {
        let p = &ROWS[i].pattern;
        let mut d = p.detail_lo;
        while d <= p.detail_hi {
            start[key(p.subject, d) + 1] += 1;
            d += 1;
        }
        i += 1;
    }
    let mut k = 0;
    while k < KEYS {
        start[k + 1] += start[k];
        k += 1;
    }
    let mut fill = [0u16; KEYS];
    let mut rows = [0u8; INDEX_LEN];
    let mut i = 0;
    while i < ROWS.len() {
        let p = &ROWS[i].pattern;
        let mut d = p.detail_lo;
        while d <= p.detail_hi {
            let k = key(p.subject, d);
            rows[(start[k] + fill[k]) as usize] = i as u8;
            fill[k] += 1;
            d += 1;
        }
        i += 1;
    }
    Index { start, rows }
};

/// The narrowest table row that covers `status` and whose hint (if any) the text shows.
/// Returns its index in [`CODES`].
pub(crate) fn lookup(status: EnhancedStatus, has: impl Fn(Signal) -> bool) -> Option<usize> {
    let k = key(status.subject(), status.detail());
    INDEX.rows[usize::from(INDEX.start[k])..usize::from(INDEX.start[k + 1])]
        .iter()
        .map(|&i| (usize::from(i), &CODES[usize::from(i)]))
        .filter(|(_, e)| e.pattern.matches(status) && e.hint.is_none_or(&has))
        .min_by_key(|(_, e)| (e.hint.is_none(), e.pattern.width()))
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_agrees_with_a_full_scan() {
        assert!(CODES.len() < 256);
        for class in [
            crate::StatusClass::TransientFailure,
            crate::StatusClass::PermanentFailure,
        ] {
            for subject in 0..8u8 {
                for detail in 0..1000u16 {
                    let st = EnhancedStatus::new(class, subject, detail).unwrap();
                    let slow = CODES
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.pattern.matches(st) && e.hint.is_none())
                        .min_by_key(|(_, e)| e.pattern.width())
                        .map(|(i, _)| i);
                    assert_eq!(lookup(st, |_| false), slow, "{st}");
                }
            }
        }
    }
}
