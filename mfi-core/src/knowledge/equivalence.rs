//! When words or codes name an MFI failure in other terms: the contexts in which a text
//! signal may stand for an MFI code, and the codes that name one by themselves.

use super::codes::CodePattern;
use crate::model::MfiCode;
use crate::status::EnhancedStatus;

/// Which signals an equivalence context admits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Admits {
    /// Every signal that names an MFI failure.
    All,
    /// Only TLS and certificate signals (security codes also carry policy rejections).
    TlsOnly,
    /// Every signal, but only when no server replied (no reply code in the text): an
    /// undefined status that the sending side wrote for its own failure.
    Unanswered,
}

/// Enhanced status codes in whose company a text signal may name an MFI equivalent, with
/// what they admit and why. Outside these (and texts with no code at all) words such as
/// "service unavailable" in a policy rejection do not make an MFI code.
pub static EQUIVALENCE_CONTEXT: &[(CodePattern, Admits, &str)] = &[
    (CodePattern::parse("X.4.0"), Admits::All, "other network or routing status: Exchange Server's 451 4.4.0 wraps DNS, connect and TLS failures"),
    (CodePattern::parse("4.4.1"), Admits::All, "no answer from host: a connect timeout (5.4.1 means relay denied in Exchange)"),
    (CodePattern::parse("X.4.2"), Admits::All, "bad connection: a dropped session"),
    (CodePattern::parse("X.4.3"), Admits::All, "directory server failure: Postfix reports failed DNS lookups this way"),
    (CodePattern::parse("X.4.4"), Admits::All, "unable to route: the domain does not resolve"),
    (CodePattern::parse("X.4.7"), Admits::All, "expired: the last error of the chain names the failure"),
    (CodePattern::parse("5.4.300"), Admits::All, "Exchange Online's expiry; the last error follows it"),
    (CodePattern::parse("5.4.310"), Admits::All, "Exchange: the recipient's DNS domain does not exist"),
    (CodePattern::parse("4.4.397"), Admits::All, "Exchange: error communicating with the target host; the inner error says why"),
    (CodePattern::parse("4.2.1"), Admits::All, "Exchange's 421 4.2.1 Unable to connect"),
    (CodePattern::parse("4.0.0"), Admits::All, "Sendmail's generic deferral, followed by the connect error"),
    (CodePattern::parse("5.0.0"), Admits::Unanswered, "an undefined permanent status: the words say what failed when no server answered (Postfix's 5.0.0 for a host its resolver does not know, `Name or service not known`; its 5.0.0 beside a remote 550 is the server's answer)"),
    (CodePattern::parse("X.1.2"), Admits::All, "bad destination system address: the domain did not resolve (Sendmail's 5.1.2 Host unknown, with the resolver's words)"),
    (CodePattern::parse("X.3.2"), Admits::All, "system not accepting network messages: the destination's 'service not available' at connect time"),
    (CodePattern::parse("X.7.0"), Admits::TlsOnly, "security status: TLS and certificate failures"),
    (CodePattern::parse("X.7.1"), Admits::TlsOnly, "delivery not authorized: a refusal for want of TLS (maddy's `550 5.7.1 TLS is required but unsupported or failed (enforced by DANE)`)"),
    (CodePattern::parse("X.7.3"), Admits::TlsOnly, "Exchange's status of a TLS requirement or failure (`451 5.7.3 Must issue a STARTTLS command first`, `554 5.7.3 Unable to initialize security subsystem`)"),
    (CodePattern::parse("X.7.4"), Admits::TlsOnly, "security features not supported: TLS not offered"),
    (CodePattern::parse("X.7.5"), Admits::TlsOnly, "cryptographic failure: certificate checks"),
    (CodePattern::parse("X.7.6"), Admits::TlsOnly, "cryptographic algorithm not supported: no TLS agreed (Momentum's 4.7.6 STARTTLS required but not advertised)"),
    (CodePattern::parse("X.7.10"), Admits::TlsOnly, "encryption needed: TLS required"),
    (CodePattern::parse("X.7.321-325"), Admits::All, "Exchange Online's DANE failures: TLS, certificate and DNSSEC failures of a DANE destination"),
];

/// Enhanced status codes that name an MFI failure by themselves, where (`Admits::All`: in
/// any text; `Admits::Unanswered`: only as the sending side's own status, in a text with no
/// server's reply code), and why. Used only when no word in the text names the failure (words are more
/// specific).
pub static CODE_EQUIVALENTS: &[(CodePattern, MfiCode, Admits, &str)] = &[
    // Class 4 only: Exchange gives 5.4.1 other meanings (relay denied, edge blocking).
    (
        CodePattern::parse("4.4.1"),
        MfiCode::ConnectionTimedOut,
        Admits::All,
        "RFC 3463 'No answer from host': the connect attempt got no answer, as in 4.4.315",
    ),
    (
        CodePattern::parse("4.4.2"),
        MfiCode::ConnectionClosedAbruptly,
        Admits::All,
        "RFC 3463 'Bad connection': the session broke down, as in 4.4.318",
    ),
    (
        CodePattern::parse("4.4.3"),
        MfiCode::DnsQueryFailed,
        Admits::Unanswered,
        "RFC 3463 'Directory server failure': the (DNS) lookup for routing failed, as in 4.4.312; a server that answers with it names its own directory's failure (Barracuda's `451 4.4.3 Temporary server error`)",
    ),
    // Exchange Online's DANE failures (X.7.321-325: its own codes for a destination whose
    // DNSSEC-signed TLSA records demand TLS) are the MFI failures of a DANE destination.
    (
        CodePattern::parse("X.7.321"),
        MfiCode::CannotConnect,
        Admits::All,
        "Exchange Online's starttls-not-supported: the DANE destination offered no STARTTLS or the handshake failed, a TLS failure of 4.4.317",
    ),
    (
        CodePattern::parse("X.7.322-323"),
        MfiCode::CertificateValidationFailed,
        Admits::All,
        "Exchange Online's certificate-expired and tlsa-invalid: the certificate failed DANE validation, as in 4.7.320",
    ),
    (
        CodePattern::parse("X.7.324"),
        MfiCode::DnsQueryFailed,
        Admits::All,
        "Exchange Online's dnssec-invalid: the destination's DNS answers could not be validated, a failed lookup as in 4.4.312",
    ),
    (
        CodePattern::parse("X.7.325"),
        MfiCode::CertificateValidationFailed,
        Admits::All,
        "Exchange Online's certificate-host-mismatch: the certificate names another host, as in 4.7.320",
    ),
];

/// Basic reply codes that, alone (no enhanced status), admit every MFI signal: the
/// temporary answers a failed connection or session produces, and the unregistered `400`
/// with which KumoMTA reports its own failures to connect.
pub static EQUIVALENCE_REPLY_CODES: &[u16] = &[400, 421, 441, 450, 451, 454];

/// What a reply admits as evidence of an MFI equivalent, if anything.
pub(crate) fn equivalence_context(
    code: Option<crate::ReplyCode>,
    status: Option<EnhancedStatus>,
) -> Option<Admits> {
    match status {
        Some(st) => EQUIVALENCE_CONTEXT
            .iter()
            .find(|(p, _, _)| p.matches(st))
            .map(|(_, a, _)| *a),
        None => code
            .is_some_and(|c| EQUIVALENCE_REPLY_CODES.contains(&c.get()))
            .then_some(Admits::All),
    }
}
