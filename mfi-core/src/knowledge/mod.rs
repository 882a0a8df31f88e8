//! What mfi knows, as tables: the six MFI codes, causes, remediations, Exchange Online and
//! IANA status codes, reply codes, and the text signals that name a failure.
//!
//! Every front end (CLI, C, Python) derives from these tables; nothing is written twice.
//! To teach mfi a new code, add a row to [`CODES`]; a new kind of evidence, a row to
//! [`SIGNAL_PATTERNS`].

pub(crate) mod codes;
pub(crate) mod equivalence;
pub(crate) mod iana;
pub(crate) mod signals;

pub(crate) use codes::lookup as lookup_code;
pub use codes::CodePattern;
pub(crate) use codes::{CodeEntry, CODES};
pub(crate) use equivalence::{equivalence_context, Admits, CODE_EQUIVALENTS};
pub(crate) use iana::{IanaEntry, IANA, REPLY_CODES};
pub(crate) use signals::{
    find_all, inside_a_name, next_to_a_separator, Signal, Strength, SIGNAL_PATTERNS,
};

use crate::model::{Actor, Cause, MfiCode, Reason, RemediationId};
use crate::status::{EnhancedStatus, StatusClass};

/// One of the six mail flow intelligence codes, with what it means and its usual causes.
#[derive(Debug)]
#[non_exhaustive]
pub struct MfiEntry {
    /// The code.
    pub code: MfiCode,
    /// The basic reply code Exchange Online sends with it (always `450`).
    pub reply_code: u16,
    /// Subject of the enhanced status (`4` or `7`).
    pub subject: u8,
    /// Detail of the enhanced status (`312`..`320`).
    pub detail: u16,
    /// A short title.
    pub title: &'static str,
    /// What the failure means, in one or two sentences.
    pub meaning: &'static str,
    /// The cross-vendor reason.
    pub reason: Reason,
    /// Likely causes, most likely first, before the text's evidence reorders them.
    pub causes: &'static [Cause],
}

impl MfiEntry {
    /// The enhanced status, class 4.
    ///
    /// ```
    /// let e = mfi_core::knowledge::mfi_entry(mfi_core::MfiCode::DnsQueryFailed);
    /// assert_eq!(e.status().to_string(), "4.4.312");
    /// ```
    pub fn status(&self) -> EnhancedStatus {
        EnhancedStatus::new(StatusClass::TransientFailure, self.subject, self.detail)
            .expect("table codes are valid")
    }
}

use Cause as C;

/// The six MFI codes, in numeric order (the order of [`MfiCode`]).
pub(crate) static MFI_CODES: &[MfiEntry] = &[
    MfiEntry {
        code: MfiCode::DnsQueryFailed,
        reply_code: 450,
        subject: 4,
        detail: 312,
        title: "DNS query failed",
        meaning: "The destination of the connector (its smart host or the MX of the domain) \
                  could not be resolved in DNS, so the message waits in the queue and is retried.",
        reason: Reason::Networkerror,
        causes: &[
            C::DnsHostingProblem,
            C::DomainExpired,
            C::MxRecentlyChanged,
            C::PartnerError,
        ],
    },
    MfiEntry {
        code: MfiCode::ConnectionTimedOut,
        reply_code: 450,
        subject: 4,
        detail: 315,
        title: "Connection timed out",
        meaning: "No TCP session to the destination server could be opened before the attempt \
                  timed out; the message waits in the queue and is retried.",
        reason: Reason::Networkerror,
        causes: &[
            C::DestinationServerDown,
            C::WrongSmartHost,
            C::DestinationNetworkChanged,
            C::PartnerError,
        ],
    },
    MfiEntry {
        code: MfiCode::ConnectionRefused,
        reply_code: 450,
        subject: 4,
        detail: 316,
        title: "Connection refused",
        meaning: "The destination turned the TCP connection away (typically Windows socket \
                  error 10061); the message waits in the queue and is retried.",
        reason: Reason::Networkerror,
        causes: &[
            C::FirewallBlocksMicrosoft365,
            C::OnPremisesRetired,
            C::PartnerError,
        ],
    },
    MfiEntry {
        code: MfiCode::CannotConnect,
        reply_code: 450,
        subject: 4,
        detail: 317,
        title: "Cannot connect to remote server",
        meaning: "A session with the destination was opened, but the server answered at once \
                  with an error or did not meet what the connector requires (such as TLS).",
        reason: Reason::Networkerror,
        causes: &[
            C::ServiceNotAvailable,
            C::TlsRequiredNotSupported,
            C::IncompleteCertificateChain,
            C::PartnerError,
        ],
    },
    MfiEntry {
        code: MfiCode::ConnectionClosedAbruptly,
        reply_code: 450,
        subject: 4,
        detail: 318,
        title: "Connection was closed abruptly",
        meaning: "The SMTP session with the destination broke off in the middle of the \
                  conversation; the message waits in the queue and is retried.",
        reason: Reason::Networkerror,
        causes: &[
            C::SmtpInspection,
            C::DestinationServerUnhealthy,
            C::NetworkProblem,
            C::PartnerError,
        ],
    },
    MfiEntry {
        code: MfiCode::CertificateValidationFailed,
        reply_code: 450,
        subject: 7,
        detail: 320,
        title: "Certificate validation failed",
        meaning: "The certificate that the destination server presented could not be \
                  validated, so the TLS-enforcing connector does not deliver to it.",
        reason: Reason::Securityerror,
        causes: &[
            C::CertificateExpired,
            C::CertificateSubjectMismatch,
            C::CertificateNoLongerValid,
            C::PartnerError,
        ],
    },
];

/// The table row of an MFI code.
///
/// ```
/// use mfi_core::{knowledge, MfiCode};
/// assert_eq!(knowledge::mfi_entry(MfiCode::ConnectionRefused).title, "Connection refused");
/// ```
pub fn mfi_entry(code: MfiCode) -> &'static MfiEntry {
    &MFI_CODES[code.index()]
}

/// What a [`Cause`] means and what fixes it.
#[derive(Debug)]
#[non_exhaustive]
pub struct CauseInfo {
    /// The cause.
    pub cause: Cause,
    /// One sentence, in plain English.
    pub text: &'static str,
    /// The remediations that address it, most useful first.
    pub remediations: &'static [RemediationId],
}

use RemediationId as R;

macro_rules! causes {
    ($($cause:ident => $text:expr, [$($rem:ident),* $(,)?];)*) => {
        /// Every [`Cause`], in declaration order, with its text and remediations.
        pub(crate) static CAUSES: &[CauseInfo] = &[
            $(CauseInfo { cause: Cause::$cause, text: $text, remediations: &[$(R::$rem),*] },)*
        ];
    };
}

causes! {
    DnsHostingProblem => "The service hosting the domain's authoritative DNS servers has a problem.",
        [WorkWithDnsHost];
    DomainExpired => "The destination domain's registration has lapsed, so no MX record can be found.",
        [RenewDomainAndFixMx];
    MxRecentlyChanged => "The domain's MX record changed recently and resolvers still hand out the cached old answer.",
        [WaitForDnsCache, RenewDomainAndFixMx];
    DnsNoRecords => "DNS answered, but the name has no record of the type that was asked for (no MX or A record).",
        [RenewDomainAndFixMx, WorkWithDnsHost];
    DomainDoesNotExist => "DNS answered that the destination domain does not exist.",
        [RenewDomainAndFixMx, VerifyRecipientAddress];
    DestinationServerDown => "The destination mail server is switched off, stopped or not listening.",
        [CheckDestinationServer];
    WrongSmartHost => "The connector's smart host names the wrong host or IP address.",
        [FixConnectorSmartHost];
    DestinationNetworkChanged => "The destination's network changed (a new internet provider or new public IP addresses) and the connector still points at the old one.",
        [CheckDestinationServer, FixConnectorSmartHost];
    ConnectionTimedOut => "Nothing answered the TCP connection on port 25 before the timeout (socket error 10060).",
        [CheckDestinationServer, AllowMicrosoft365Ips];
    NetworkUnreachable => "No network route leads to the destination (socket error 10051).",
        [ContactNetworkTeam, CheckDestinationServer];
    FirewallBlocksMicrosoft365 => "A firewall in front of the destination does not let Microsoft 365's IP addresses reach TCP port 25.",
        [AllowMicrosoft365Ips];
    OnPremisesRetired => "The on-premises mail system was shut down after a full move to Microsoft 365; the refusals are expected.",
        [FixNowInAlert, DisableOutboundConnector, MakeAcceptedDomainAuthoritative];
    ConnectionRefused => "The destination host turned the TCP connection away (socket error 10061): nothing listens on port 25 there, or a firewall rejects the connection.",
        [CheckDestinationServer, AllowMicrosoft365Ips];
    ServiceNotAvailable => "The destination answered that its mail service is not available, so it cannot keep the session going.",
        [CheckDestinationServer, CheckServerHealth];
    TlsRequiredNotSupported => "The connector insists on TLS but the destination server does not offer STARTTLS.",
        [EnableStarttls, VerifyTlsSettings];
    StarttlsRequired => "The destination insists on STARTTLS and the session did not use it.",
        [VerifyTlsSettings];
    TlsNegotiationFailed => "STARTTLS was tried but the TLS handshake did not complete.",
        [VerifyTlsSettings, ServeFullCertificateChain];
    IncompleteCertificateChain => "The destination presents its certificate without the intermediate certificates, so the chain cannot be built to a trusted root (Exchange Online does not download missing intermediates).",
        [ServeFullCertificateChain, VerifyTlsSettings];
    SmtpInspection => "A firewall's SMTP packet inspection rules interfere with the session.",
        [FixSmtpInspection];
    DestinationServerUnhealthy => "The destination server hangs, crashes or runs out of resources and drops the session.",
        [CheckServerHealth];
    ConnectionReset => "The connection was reset by the destination or by a device on the way.",
        [ContactNetworkTeam, FixSmtpInspection, CheckServerHealth];
    NetworkProblem => "The network between the two sides loses or breaks connections.",
        [ContactNetworkTeam];
    CertificateExpired => "The destination's certificate is past its expiry date.",
        [RenewCertificate, FixConnectorTlsSettings];
    CertificateSubjectMismatch => "The certificate's subject names do not include the name the connector expects.",
        [FixCertificateSubject, FixConnectorTlsSettings];
    CertificateNoLongerValid => "The certificate is no longer valid (revoked, replaced, or otherwise unusable).",
        [RenewCertificate, FixConnectorTlsSettings];
    PartnerError => "The problem lies on the side of a partner organisation (for instance a third-party cloud service) that the connector delivers to.",
        [ContactPartner];
    MessageExpiredInQueue => "The message kept failing with a temporary error until the queue's retry period ran out.",
        [ResendAfterFix];
    RecipientNotFound => "The recipient address does not exist at the destination.",
        [VerifyRecipientAddress];
    MailboxFull => "The recipient's mailbox is over its storage quota.",
        [FreeMailboxSpace];
    MessageTooLarge => "The message is bigger than the sender's, the recipient's or a server's size limit.",
        [ReduceMessageSize];
    RecipientRestricted => "The recipient (a person, group or public folder) accepts mail only from certain or authenticated senders.",
        [ContactRecipientAdmin];
    SenderAddressRejected => "The sender address is malformed, unknown or not accepted.",
        [FixSenderAddress];
    SenderBlocked => "The sending account is blocked, usually after it sent spam.",
        [SecureSendingAccount];
    SendingIpBlocked => "The sending IP address is on a block list.",
        [RequestDelisting];
    RateLimited => "A limit on how many messages or recipients may be sent or received in a period was reached.",
        [ReduceSendingRate, WaitAndRetry];
    ReputationThrottled => "The receiver slows down mail from the sending IP because of its reputation or a sudden change in volume.",
        [WaitAndRetry, ReduceSendingRate];
    Greylisted => "The receiver defers the first attempt from an unknown sender and expects a retry.",
        [WaitAndRetry];
    SpfFailure => "The sender's SPF record does not authorise the sending IP, or could not be evaluated.",
        [FixSpf];
    DkimFailure => "The message has no DKIM signature the receiver accepts.",
        [FixDkimDmarc];
    DmarcFailure => "The From domain fails DMARC and publishes a reject policy.",
        [FixDkimDmarc, FixSpf];
    ReverseDnsMissing => "The sending IP address has no reverse DNS (PTR) record.",
        [AddReverseDns];
    AuthenticationRequired => "The server wants the client to authenticate before it accepts the message.",
        [EnableAuthentication];
    SmtpAuthDisabled => "SMTP client authentication is turned off for the organisation or mailbox.",
        [EnableAuthentication];
    RelayDenied => "The receiving server does not relay mail for this domain or client.",
        [FixRelayConfiguration];
    TenantAttributionFailed => "Inbound mail from the organisation's own servers no longer matches an inbound connector (by IP address or certificate).",
        [FixInboundConnector];
    MailLoop => "The message travels in a circle between servers until the hop limit stops it.",
        [BreakMailLoop];
    MtaStsFailure => "The destination's MX hosts or certificate do not satisfy the domain's MTA-STS policy.",
        [FixMtaSts];
    DaneFailure => "The destination fails DANE checks (TLSA records, DNSSEC, or its certificate).",
        [FixDane];
    DestinationBusy => "The receiving system is busy, throttled or short of resources for now.",
        [WaitAndRetry, CheckServerHealth];
    ContentRejected => "The receiver judged the content as spam or otherwise unwanted.",
        [ReviewContent];
    MalformedMessage => "The message breaks the format rules (for example bare line feeds or no valid From header).",
        [FixSendingSoftware];
    TransportRule => "A mail flow (transport) rule rejected the message.",
        [ReviewTransportRules];
    TenantRestricted => "The sending organisation is restricted from sending (suspicious traffic, unverified domains, or a new tenant).",
        [ResolveTenantRestriction];
    ExternalForwardingBlocked => "Policy blocks automatic forwarding to addresses outside the organisation.",
        [ReviewForwardingPolicy];
    ProtocolError => "The client did not follow the SMTP protocol (wrong order or syntax of commands).",
        [FixSendingSoftware];
    ConfigurationError => "A server or connector setting is wrong.",
        [FixServerConfiguration];
}

/// The description and remediations of a cause.
///
/// ```
/// use mfi_core::{knowledge, Cause, RemediationId};
/// let info = knowledge::cause_info(Cause::OnPremisesRetired);
/// assert!(info.remediations.contains(&RemediationId::FixNowInAlert));
/// ```
pub fn cause_info(cause: Cause) -> &'static CauseInfo {
    &CAUSES[cause.index()]
}

/// When a remediation applies, depending on who is behind the connector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Always.
    Any,
    /// Only for the organisation's own servers: dropped when the target is a partner.
    OwnServers,
    /// Only when the far side is (or may be) a partner: dropped for on-premises targets.
    Partner,
}

/// Who does a [`RemediationId`], and what.
#[derive(Debug)]
#[non_exhaustive]
pub struct RemediationInfo {
    /// The remediation.
    pub id: RemediationId,
    /// Who must act.
    pub actor: Actor,
    /// When it applies.
    pub scope: Scope,
    /// What to do, in plain English.
    pub text: &'static str,
}

macro_rules! remediations {
    ($($id:ident, $actor:ident, $scope:ident => $text:expr;)*) => {
        /// Every [`RemediationId`], in declaration order, with its actor and text.
        pub(crate) static REMEDIATIONS: &[RemediationInfo] = &[
            $(RemediationInfo {
                id: RemediationId::$id,
                actor: Actor::$actor,
                scope: Scope::$scope,
                text: $text,
            },)*
        ];
    };
}

remediations! {
    WorkWithDnsHost, DnsHost, Any =>
        "Ask the domain's DNS hosting provider to find and repair the fault in the zone.";
    RenewDomainAndFixMx, DomainOwner, Any =>
        "Make sure the domain registration is current and that its MX records point at the right mail servers.";
    WaitForDnsCache, TenantAdmin, Any =>
        "After an MX change, allow the old record's TTL to run out, then confirm that public resolvers return the new records.";
    CheckDestinationServer, DestinationAdmin, Any =>
        "Check that the destination mail server is running and reachable on TCP port 25 from the internet, and whether the network changed recently (new internet provider, new public IP addresses).";
    FixConnectorSmartHost, TenantAdmin, OwnServers =>
        "Correct the smart host name or IP address in the outbound connector so that it points at the current destination server.";
    AllowMicrosoft365Ips, NetworkTeam, OwnServers =>
        "Allow connections from Microsoft 365's published IP address ranges to TCP port 25 of the destination mail servers.";
    FixNowInAlert, TenantAdmin, OwnServers =>
        "If no mailboxes remain on premises, choose 'Fix now' in the alert so that Microsoft 365 rejects mail for unknown recipients at once instead of queueing it.";
    DisableOutboundConnector, TenantAdmin, OwnServers =>
        "If the on-premises mail system is retired, turn off or remove the outbound connector from Microsoft 365 to the on-premises servers.";
    MakeAcceptedDomainAuthoritative, TenantAdmin, OwnServers =>
        "If the on-premises mail system is retired, change the accepted domain from Internal Relay to Authoritative; the change takes 30 to 60 minutes, so check again after an hour that the error is gone.";
    VerifyTlsSettings, TenantAdmin, Any =>
        "Check the TLS settings and certificates on both ends: on the destination mail servers and in the connector's TLS options.";
    EnableStarttls, DestinationAdmin, Any =>
        "Offer STARTTLS on the destination server, or relax the connector's TLS requirement if plain delivery is acceptable.";
    ServeFullCertificateChain, DestinationAdmin, Any =>
        "Configure the destination server to send its full certificate chain (leaf and intermediate certificates), not the leaf certificate alone.";
    RenewCertificate, DestinationAdmin, Any =>
        "Renew or replace the destination server's certificate and bind the new one to the SMTP service.";
    FixCertificateSubject, DestinationAdmin, Any =>
        "Use a certificate whose subject or alternative names include the host name the connector connects to.";
    FixConnectorTlsSettings, TenantAdmin, Any =>
        "Review the connector's certificate settings (expected subject or domain) so that they match the certificate the destination really presents.";
    FixSmtpInspection, NetworkTeam, Any =>
        "Turn off or repair SMTP packet inspection (protocol fix-up) on the firewalls between Microsoft 365 and the destination.";
    CheckServerHealth, DestinationAdmin, Any =>
        "Check the destination server for hangs, crashes and exhausted resources (CPU, memory, disk, connection limits).";
    ContactNetworkTeam, NetworkTeam, Any =>
        "Ask the network team to trace the path between the two sides for drops, resets and routing faults.";
    InvestigateNamedServer, TenantAdmin, Any =>
        "Investigate the destination server named in the error, or correct the connector if its settings are wrong.";
    ContactPartner, Partner, Partner =>
        "If the destination belongs to a partner organisation, contact the partner: the fix is on their side.";
    ResendAfterFix, Sender, Any =>
        "Find the last temporary error the queue recorded, get it fixed, then send the message again.";
    VerifyRecipientAddress, Sender, Any =>
        "Check the recipient address for typing errors, or confirm it with the recipient by other means.";
    FreeMailboxSpace, RecipientAdmin, Any =>
        "The recipient needs to delete mail or get a larger quota before new messages fit.";
    ReduceMessageSize, Sender, Any =>
        "Send a smaller message, for example by sharing large attachments through a link.";
    ContactRecipientAdmin, RecipientAdmin, Any =>
        "Ask the recipient's administrator to allow mail from this sender.";
    FixSenderAddress, Sender, Any =>
        "Send from a valid address that the sending system is allowed to use.";
    SecureSendingAccount, TenantAdmin, Any =>
        "Secure the sending account (reset credentials, check for compromise), then have it released from the block.";
    RequestDelisting, TenantAdmin, Any =>
        "Follow the block list's delisting process for the sending IP address after fixing what caused the listing.";
    WaitAndRetry, Sender, Any =>
        "No action is needed at first: the sending queue retries; act only if the deferral persists.";
    ReduceSendingRate, Sender, Any =>
        "Send more slowly or spread mail over time and over several sending addresses.";
    FixSpf, TenantAdmin, Any =>
        "Publish an SPF record that includes every server and service that sends mail for the domain.";
    FixDkimDmarc, TenantAdmin, Any =>
        "Sign outgoing mail with DKIM for the From domain and make SPF or DKIM align with it so that DMARC passes.";
    AddReverseDns, DnsHost, Any =>
        "Have the owner of the sending IP address publish a reverse DNS (PTR) record that matches the server's name.";
    EnableAuthentication, TenantAdmin, Any =>
        "Configure the client or application to authenticate, and allow the authentication method it needs for its mailbox.";
    FixRelayConfiguration, TenantAdmin, Any =>
        "Send through a server that is allowed to relay for the domain, or grant this client relay permission.";
    FixInboundConnector, TenantAdmin, Any =>
        "Update the inbound connector so that its IP addresses or certificate name match the servers that really send.";
    BreakMailLoop, TenantAdmin, Any =>
        "Find where the message circles (forwarding rules, MX records, connectors) and break the loop.";
    FixMtaSts, RecipientAdmin, Any =>
        "Make the recipient domain's MTA-STS policy list its real MX hosts and serve certificates that match them.";
    FixDane, RecipientAdmin, Any =>
        "Repair the recipient domain's DNSSEC signatures and TLSA records so that they match the certificates in use.";
    ReviewContent, Sender, Any =>
        "Review the message content and sending practices that made the receiver treat the message as unwanted.";
    FixSendingSoftware, Sender, Any =>
        "Fix the program that produced or sent the message so that it follows the SMTP and message-format standards.";
    ReviewTransportRules, RecipientAdmin, Any =>
        "Review the mail flow rules that matched the message and adjust or except it.";
    ResolveTenantRestriction, TenantAdmin, Any =>
        "Verify the organisation's domains and sending behaviour, then ask Microsoft support to lift the restriction.";
    ReviewForwardingPolicy, TenantAdmin, Any =>
        "Allow automatic external forwarding for the mailbox in the outbound policy, or stop forwarding.";
    FixServerConfiguration, DestinationAdmin, Any =>
        "Correct the configuration of the server that reported the error.";
}

/// The actor, scope and text of a remediation.
///
/// ```
/// use mfi_core::{knowledge, Actor, RemediationId};
/// let info = knowledge::remediation_info(RemediationId::AllowMicrosoft365Ips);
/// assert_eq!(info.actor, Actor::NetworkTeam);
/// assert!(info.text.contains("TCP port 25"));
/// ```
pub fn remediation_info(id: RemediationId) -> &'static RemediationInfo {
    &REMEDIATIONS[id.index()]
}

/// Which table a [`CodeRecord`] comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CodeSource {
    /// The six mail flow intelligence codes.
    Mfi,
    /// Exchange Online / Exchange Server codes.
    Exchange,
    /// The IANA enhanced status code registry.
    Iana,
}

impl CodeSource {
    /// The snake_case name (`mfi`, `exchange`, `iana`).
    ///
    /// ```
    /// assert_eq!(mfi_core::knowledge::CodeSource::Iana.name(), "iana");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            CodeSource::Mfi => "mfi",
            CodeSource::Exchange => "exchange",
            CodeSource::Iana => "iana",
        }
    }
}

/// One row of the whole knowledge table, as `mfi codes` lists it.
#[derive(Debug, Clone, Copy, serde::Serialize)]
#[non_exhaustive]
pub struct CodeRecord {
    /// The code or codes (`4.4.316`, `5.7.606-649`, `X.1.1`, `X.1.X`).
    pub code: CodePattern,
    /// The table.
    pub source: CodeSource,
    /// A short title.
    pub title: &'static str,
    /// What it means.
    pub meaning: &'static str,
    /// The cross-vendor reason.
    pub reason: Reason,
    /// Likely causes, most likely first.
    pub causes: &'static [Cause],
}

impl CodeRecord {
    /// The record as one JSON object (what `mfi codes --json` prints per line).
    ///
    /// ```
    /// let first = mfi_core::knowledge::catalogue().next().unwrap();
    /// assert!(first.to_json().starts_with(r#"{"code":"4.4.312","source":"mfi""#));
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a code record serialises")
    }
}

/// Every code mfi knows: the MFI codes, then the Exchange table, then the IANA registry.
///
/// ```
/// use mfi_core::knowledge::{catalogue, CodeSource};
/// let first = catalogue().next().unwrap();
/// assert_eq!(first.code.to_string(), "4.4.312");
/// assert!(catalogue().any(|r| r.source == CodeSource::Iana && r.code.to_string() == "X.7.23"));
/// ```
pub fn catalogue() -> impl ExactSizeIterator<Item = CodeRecord> {
    (0..MFI_CODES.len() + CODES.len() + IANA.len()).map(|i| catalogue_row(i).expect("in range"))
}

/// Row `i` of [`catalogue`], without walking the rows before it.
pub(crate) fn catalogue_row(i: usize) -> Option<CodeRecord> {
    if let Some(e) = MFI_CODES.get(i) {
        return Some(CodeRecord {
            code: CodePattern {
                class: Some(4),
                subject: e.subject,
                detail_lo: e.detail,
                detail_hi: e.detail,
            },
            source: CodeSource::Mfi,
            title: e.title,
            meaning: e.meaning,
            reason: e.reason,
            causes: e.causes,
        });
    }
    let i = i - MFI_CODES.len();
    if let Some(e) = CODES.get(i) {
        return Some(CodeRecord {
            code: e.pattern,
            source: CodeSource::Exchange,
            title: e.title,
            meaning: e.meaning,
            reason: e.reason,
            causes: e.causes,
        });
    }
    let e = IANA.get(i - CODES.len())?;
    Some(CodeRecord {
        code: CodePattern {
            class: None,
            subject: e.subject,
            detail_lo: e.detail.unwrap_or(0),
            detail_hi: e.detail.unwrap_or(999),
        },
        source: CodeSource::Iana,
        title: e.title,
        meaning: e.meaning,
        reason: e.reason,
        causes: &[],
    })
}

/// What RFC 5321 says a basic reply code means, in our words.
pub(crate) fn reply_code_meaning(code: u16) -> Option<&'static str> {
    REPLY_CODES
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, m)| *m)
}

/// The registry entry of an enhanced status: the exact `X.s.d`, else the subject `X.s.X`.
pub(crate) fn iana_entry(status: EnhancedStatus) -> Option<&'static IanaEntry> {
    iana_index(status).map(|i| &IANA[i])
}

/// The position in [`IANA`] of [`iana_entry`]'s row.
pub(crate) fn iana_index(status: EnhancedStatus) -> Option<usize> {
    IANA.iter()
        .position(|e| e.subject == status.subject() && e.detail == Some(status.detail()))
        .or_else(|| {
            IANA.iter()
                .position(|e| e.subject == status.subject() && e.detail.is_none())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_in_enum_order() {
        for (i, e) in MFI_CODES.iter().enumerate() {
            assert_eq!(e.code.index(), i);
        }
        assert_eq!(CAUSES.len(), Cause::all().count());
        for (i, e) in CAUSES.iter().enumerate() {
            assert_eq!(e.cause.index(), i, "{:?}", e.cause);
            assert!(
                !e.remediations.is_empty(),
                "{:?} has no remediation",
                e.cause
            );
        }
        assert_eq!(REMEDIATIONS.len(), RemediationId::all().count());
        for (i, e) in REMEDIATIONS.iter().enumerate() {
            assert_eq!(e.id.index(), i, "{:?}", e.id);
        }
    }

    #[test]
    fn iana_entries_fall_back_to_the_subject_row() {
        let e = iana_entry("4.4.7".parse().unwrap()).unwrap();
        assert_eq!(e.title, "Delivery time expired");
        let e = iana_entry("5.1.99".parse().unwrap()).unwrap();
        assert_eq!(e.title, "Addressing Status");
    }

    #[test]
    fn every_remediation_is_reachable_from_a_cause() {
        for r in RemediationId::all() {
            let used = CAUSES.iter().any(|c| c.remediations.contains(&r))
                || CODES.iter().any(|c| c.remediations.contains(&r))
                || r == RemediationId::InvestigateNamedServer;
            assert!(used, "{r:?} is never offered");
        }
    }
}
