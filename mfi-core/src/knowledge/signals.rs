//! Text signals: words and tokens that name a failure in some mail system's own language.
//!
//! One table of patterns (matched case-insensitively, in one pass over the text), one table of
//! what each signal means. A pattern that starts or ends with a digit only matches as a whole
//! number (`10061` does not match inside `100610`).

use std::sync::LazyLock;

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, Anchored, MatchKind};

use crate::model::{Cause, MfiCode};

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
    DnsFailed,
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
    HintBlocklisted,
    AnchorServerAt,
    AnchorSaid,
    AnchorConnectTo,
    AnchorInReplyTo,
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
    DnsFailed => DnsQueryFailed, -,
        "a failed DNS query is 4.4.312 in other words (Exchange Server's 451 4.4.0 DNS query failed)";
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
    HintBlocklisted => -, SendingIpBlocked, "the sending host is on a block list";
    AnchorServerAt => -, -, "where an NDR history line names the server (`Server at HOST (IP)`)";
    AnchorSaid => -, -, "where a Postfix line quotes the server (`host HOST[IP] said:`)";
    AnchorConnectTo => -, -, "where a connect error names the server (`connect to HOST[IP]:25`)";
    AnchorInReplyTo => -, -, "the SMTP command a reply answered (`(in reply to RCPT TO command)`)";
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
                | Signal::CertInvalid
                | Signal::CertRevoked
        )
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

patterns! {
    // DNS
    "InfoNoRecords" => DnsNoRecords, Strong;
    "no MX record" => DnsNoRecords, Medium;
    "InfoDomainNonexistent" => DomainNotFound, Strong;
    "NonExistentDomain" => DomainNotFound, Strong;
    "DnsDomainDoesNotExist" => DomainNotFound, Strong;
    "nonexistent domain" => DomainNotFound, Medium;
    "NXDOMAIN" => DomainNotFound, Strong;
    "Host or domain name not found" => DomainNotFound, Medium;
    "Host not found, try again" => DnsFailed, Medium;
    "DNS query failed" => DnsFailed, Medium;
    "DNS lookup failed" => DnsFailed, Medium;
    "DNS resolution failed" => DnsFailed, Medium;
    "SERVFAIL" => DnsFailed, Strong;
    "Name service error" => DnsFailed, Weak;
    "Domain name not found" => DomainNotFound, Medium;
    "DNS Error" => DnsFailed, Weak;
    // TCP connect
    "SocketTimedout" => TimedOut, Strong;
    "WSAETIMEDOUT" => TimedOut, Strong;
    "ETIMEDOUT" => TimedOut, Strong;
    "10060" => TimedOut, Strong;
    "Connection timed out" => TimedOut, Medium;
    "Connection timeout" => TimedOut, Medium;
    "timed out" => TimedOut, Weak;
    "i/o timeout" => TimedOut, Medium;
    "SocketConnectionRefused" => Refused, Strong;
    "WSAECONNREFUSED" => Refused, Strong;
    "ECONNREFUSED" => Refused, Strong;
    "10061" => Refused, Strong;
    "Connection refused" => Refused, Medium;
    "SocketNetworkUnreachable" => Unreachable, Strong;
    "10051" => Unreachable, Strong;
    "10065" => Unreachable, Strong;
    "Network is unreachable" => Unreachable, Medium;
    "No route to host" => Unreachable, Medium;
    "Host is unreachable" => Unreachable, Medium;
    "Unable to connect" => ConnectFailed, Weak;
    "Failed to connect" => ConnectFailed, Weak;
    "Could not connect" => ConnectFailed, Weak;
    "Cannot connect to remote server" => CannotConnect, Medium;
    "Cannot establish session" => CannotConnect, Medium;
    "Service not available" => ServiceUnavailable, Weak;
    "Service unavailable" => ServiceUnavailable, Weak;
    // TLS
    "TLS is required, but was not offered" => TlsNotOffered, Medium;
    "does not support STARTTLS" => TlsNotOffered, Medium;
    "STARTTLS not supported" => TlsNotOffered, Medium;
    "starttls-not-supported" => TlsNotOffered, Medium;
    "STARTTLS is required" => StarttlsRequired, Medium;
    "Must issue a STARTTLS command first" => StarttlsRequired, Medium;
    "TLS negotiation failed" => TlsFailed, Medium;
    "Cannot start TLS" => TlsFailed, Medium;
    "TLS handshake failed" => TlsFailed, Medium;
    "handshake failure" => TlsFailed, Medium;
    "during handshake" => TlsFailed, Medium;
    // Certificates
    "CertificateExpired" => CertExpired, Strong;
    "certificate has expired" => CertExpired, Medium;
    "certificate expired" => CertExpired, Medium;
    "certificate-expired" => CertExpired, Medium;
    "expired certificate" => CertExpired, Medium;
    "SubjectMismatch" => CertMismatch, Strong;
    "Server certificate not verified" => CertMismatch, Medium;
    "certificate is valid for" => CertMismatch, Medium;
    "certificate name mismatch" => CertMismatch, Medium;
    "hostname mismatch" => CertMismatch, Medium;
    "certificate-host-mismatch" => CertMismatch, Medium;
    "UntrustedRoot" => CertUntrusted, Strong;
    "PartialChain" => CertUntrusted, Strong;
    "Server certificate not trusted" => CertUntrusted, Medium;
    "untrusted issuer" => CertUntrusted, Medium;
    "self-signed certificate" => CertUntrusted, Medium;
    "self signed certificate" => CertUntrusted, Medium;
    "unable to get local issuer certificate" => CertUntrusted, Medium;
    "unknown authority" => CertUntrusted, Medium;
    "certificate verification failed" => CertInvalid, Medium;
    "Certificate validation failed" => CertInvalid, Medium;
    "bad certificate" => CertInvalid, Medium;
    "certificate verify failed" => CertInvalid, Medium;
    "failed to verify certificate" => CertInvalid, Medium;
    "CertificateRevoked" => CertRevoked, Strong;
    "certificate revoked" => CertRevoked, Medium;
    "NotTimeValid" => CertRevoked, Strong;
    // Dropped sessions
    "ConnectionReset" => Reset, Strong;
    "ECONNRESET" => Reset, Strong;
    "10054" => Reset, Strong;
    "Connection reset" => Reset, Medium;
    "10053" => Dropped, Strong;
    "Connection dropped" => Dropped, Medium;
    "closed abruptly" => Dropped, Medium;
    "disconnected abruptly" => Dropped, Medium;
    "lost connection" => Dropped, Medium;
    "Broken pipe" => Dropped, Medium;
    "closed the connection" => Dropped, Medium;
    "connection closed unexpectedly" => Dropped, Medium;
    "Connection closed by" => Dropped, Medium;
    "closed connection" => Dropped, Weak;
    "ConnectionAborted" => Dropped, Weak;
    "timed out while" => SessionTimedOut, Medium;
    // Queue outcome
    "Message expired" => Expired, Medium;
    "QUEUE.Expired" => Expired, Strong;
    "status=expired" => Expired, Strong;
    "retry timeout exceeded" => Expired, Medium;
    "Message delayed" => Delayed, Medium;
    "Action: delayed" => Delayed, Medium;
    "status=deferred" => Deferred, Medium;
    "stat=Deferred" => Deferred, Medium;
    "status=bounced" => Bounced, Medium;
    "status=sent" => Sent, Medium;
    "permanent failure" => Bounced, Weak;
    "temporary failure" => Deferred, Weak;
    "stat=Sent" => Sent, Medium;
    "Action: failed" => Bounced, Medium;
    "Action: delivered" => Sent, Medium;
    // Exim's main log: `==` a deferral, `**` a bounce, `defer (errno)`.
    " == " => Deferred, Weak;
    " defer (" => Deferred, Weak;
    " ** " => Bounced, Weak;
    "Unrouteable address" => DnsFailed, Medium;
    // Row hints
    "throttl" => HintThrottle, Weak;
    "thread limit" => HintThrottle, Weak;
    "mailbox full" => HintMailboxFull, Medium;
    "mailbox is full" => HintMailboxFull, Medium;
    "ShutoffQuotaExceeded" => HintMailboxFull, Strong;
    "over quota" => HintMailboxFull, Medium;
    "Recipient address rejected" => HintRecipientRejected, Medium;
    "Unable to relay" => HintRelay, Medium;
    "Relay access denied" => HintRelay, Medium;
    "Relaying denied" => HintRelay, Medium;
    "not permitted to relay" => HintRelay, Medium;
    "not authenticated" => HintNotAuthenticated, Medium;
    "AuthRequired" => HintNotAuthenticated, Strong;
    "authentication required" => HintNotAuthenticated, Medium;
    "MTA-STS" => HintMtaSts, Medium;
    "greylist" => HintGreylisted, Medium;
    "blocked using" => HintBlocklisted, Medium;
    "blocklist" => HintBlocklisted, Medium;
    "blacklist" => HintBlocklisted, Medium;
    "Spamhaus" => HintBlocklisted, Medium;
    // Anchors of attributes (found in the same pass)
    "server at " => AnchorServerAt, Weak;
    " said:" => AnchorSaid, Weak;
    "connect to " => AnchorConnectTo, Weak;
    "(in reply to " => AnchorInReplyTo, Weak;
}

/// The automaton over [`SIGNAL_PATTERNS`], built once: a DFA that reports every match,
/// overlapping ones included (a nested weaker phrase is harmless: the strongest signal
/// decides).
pub(crate) static AUTOMATON: LazyLock<dfa::DFA> = LazyLock::new(|| {
    dfa::Builder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::Standard)
        .build(SIGNAL_PATTERNS.iter().map(|p| p.text))
        .expect("signal patterns build")
});

/// The longest pattern, in bytes.
static MAX_PATTERN_LEN: LazyLock<usize> = LazyLock::new(|| {
    SIGNAL_PATTERNS
        .iter()
        .map(|p| p.text.len())
        .max()
        .unwrap_or(1)
});

/// Calls `found(pattern, start, end)` for every match of a pattern in `hay`.
///
/// A DFA walk is bound by the latency of its state loads, so the text is walked as two
/// halves at once, each with its own state: the first half runs on past the middle by the
/// longest pattern's length and reports the matches that start before the middle; the
/// second starts at the middle and reports the others. Every match is reported once.
pub(crate) fn find_all(hay: &[u8], mut found: impl FnMut(usize, usize, usize)) {
    let d = &*AUTOMATON;
    let Ok(start) = d.start_state(Anchored::No) else {
        return;
    };
    let n = hay.len();
    let mid = n / 2;
    let end_a = (mid + *MAX_PATTERN_LEN).min(n);
    let mut report = |sid, end: usize, lo: usize, hi: usize| {
        for k in 0..d.match_len(sid) {
            let p = d.match_pattern(sid, k);
            let s = end - d.pattern_len(p);
            if (lo..hi).contains(&s) {
                found(p.as_usize(), s, end);
            }
        }
    };
    let (mut sa, mut sb) = (start, start);
    let (mut i, mut j) = (0, mid);
    while i < end_a && j < n {
        sa = d.next_state(Anchored::No, sa, hay[i]);
        sb = d.next_state(Anchored::No, sb, hay[j]);
        i += 1;
        j += 1;
        if d.is_special(sa) && d.is_match(sa) {
            report(sa, i, 0, mid);
        }
        if d.is_special(sb) && d.is_match(sb) {
            report(sb, j, mid, n);
        }
    }
    while i < end_a {
        sa = d.next_state(Anchored::No, sa, hay[i]);
        i += 1;
        if d.is_special(sa) && d.is_match(sa) {
            report(sa, i, 0, mid);
        }
    }
    while j < n {
        sb = d.next_state(Anchored::No, sb, hay[j]);
        j += 1;
        if d.is_special(sb) && d.is_match(sb) {
            report(sb, j, mid, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signal_table_in_enum_order() {
        for (i, s) in SIGNALS.iter().enumerate() {
            assert_eq!(s.signal as usize, i, "{:?}", s.signal);
        }
    }

    /// The plain one-state walk, to check the two-chain one against.
    fn find_all_simple(hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let d = &*AUTOMATON;
        let mut s = d.start_state(Anchored::No).unwrap();
        let mut out = Vec::new();
        for (i, &c) in hay.iter().enumerate() {
            s = d.next_state(Anchored::No, s, c);
            if d.is_special(s) && d.is_match(s) {
                for k in 0..d.match_len(s) {
                    let p = d.match_pattern(s, k);
                    out.push((p.as_usize(), i + 1 - d.pattern_len(p), i + 1));
                }
            }
        }
        out.sort_unstable();
        out
    }

    #[test]
    fn two_chain_walk_finds_what_one_chain_finds() {
        let mut texts: Vec<String> = SIGNAL_PATTERNS
            .iter()
            .map(|p| format!("x {} y {}", p.text, p.text.to_uppercase()))
            .collect();
        let all: String = SIGNAL_PATTERNS
            .iter()
            .map(|p| p.text)
            .collect::<Vec<_>>()
            .join(" ");
        texts.push(all.clone());
        texts.push(all.replace(' ', ""));
        // Every split point of a text full of patterns, including matches across the middle.
        for cut in 0..200 {
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
