//! What mfi knows, as tables: the six MFI codes, causes, remediations, Exchange Online and
//! IANA status codes, reply codes, and the text signals that name a failure.
//!
//! Every front end (CLI, C, Python) derives from these tables; nothing is written twice.
//! To teach mfi a new code, add a row to [`CODES`]; a new kind of evidence, a row to
//! [`SIGNAL_PATTERNS`].

pub(crate) mod codes;
pub(crate) mod equivalence;
pub(crate) mod iana;
pub mod locale;
pub mod notices;
pub(crate) mod signals;

pub(crate) use codes::lookup as lookup_code;
pub use codes::CodePattern;
pub(crate) use codes::{CodeEntry, CODES};
pub(crate) use equivalence::{equivalence_context, Admits, CODE_EQUIVALENTS};
pub(crate) use iana::{IanaEntry, IANA, REPLY_CODES};
pub(crate) use signals::{
    find_all, inside_a_name, names_a_host, next_to_a_separator, Signal, Strength, SIGNAL_PATTERNS,
};

use crate::model::{Actor, Cause, MfiCode, Origin, Reason, RemediationId};
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
        meaning: "The destination (a smart host, or the MX hosts of the recipient's domain) \
                  could not be resolved in DNS, so no connection was attempted.",
        reason: Reason::Networkerror,
        causes: &[
            C::DnsHostingProblem,
            C::DomainExpired,
            C::MxRecentlyChanged,
            C::SenderResolverFailure,
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
                  timed out.",
        reason: Reason::Networkerror,
        causes: &[
            C::DestinationServerDown,
            C::WrongSmartHost,
            C::DestinationNetworkChanged,
            C::SenderEgressBlocked,
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
                  error 10061): nothing listens on the port, or a firewall rejects the sender.",
        reason: Reason::Networkerror,
        causes: &[
            C::FirewallBlocksMicrosoft365,
            C::FirewallBlocksSender,
            C::OnPremisesRetired,
            C::DestinationRetired,
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
                  with an error or did not meet what the sending side requires (such as TLS).",
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
                  conversation.",
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
                  validated, so a sending side that enforces TLS does not deliver to it.",
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
    /// Which senders it can be a cause for.
    pub audience: Audience,
    /// One sentence, in plain English.
    pub text: &'static str,
    /// The remediations that address it, most useful first.
    pub remediations: &'static [RemediationId],
}

use RemediationId as R;

/// Whether a table's rows, read by index, follow their enum's order (`values[i]` is the
/// value of row `i`).
const fn in_enum_order(values: &[usize]) -> bool {
    let mut i = 0;
    while i < values.len() {
        if values[i] != i {
            return false;
        }
        i += 1;
    }
    true
}

macro_rules! causes {
    ($($cause:ident $(for $aud:ident)? => $text:expr, [$($rem:ident),* $(,)?];)*) => {
        /// Every [`Cause`], in declaration order, with its text and remediations.
        pub(crate) static CAUSES: &[CauseInfo] = &[
            $(CauseInfo {
                cause: Cause::$cause,
                audience: audience!($($aud)?),
                text: $text,
                remediations: &[$(R::$rem),*],
            },)*
        ];
        // (Read by index: the rows must be in the enum's order.)
        const _: () = assert!(
            in_enum_order(&[$(Cause::$cause as usize),*]),
            "causes! rows out of the enum's order"
        );
    };
}

/// The [`Audience`] named in a table row (`All` when none is).
macro_rules! audience {
    () => {
        Audience::All
    };
    (All) => {
        Audience::All
    };
    (Microsoft365) => {
        Audience::Microsoft365
    };
    (Others) => {
        Audience::Others
    };
    ($origin:ident) => {
        Audience::Only(Origin::$origin)
    };
}

/// Which sending systems a cause or a remediation is written for. Every text speaks to the
/// reader in the terms of the system that reported the failure ([`Origin`]): the connector
/// article's steps only to Microsoft 365, a Postfix step only to Postfix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Audience {
    /// Every sender.
    All,
    /// Mail sent from Microsoft 365 (Exchange Online) only.
    Microsoft365,
    /// Every sender but Microsoft 365: the general form of a step that Microsoft 365 takes
    /// in its own terms (and a known MTA may too, see [`in_terms_of`]).
    Others,
    /// One sending system.
    Only(Origin),
}

impl Audience {
    /// Whether a text for this audience fits a failure reported by `origin`.
    ///
    /// ```
    /// use mfi_core::{knowledge::Audience, Origin};
    /// assert!(Audience::Microsoft365.admits(Origin::ExchangeOnline));
    /// assert!(!Audience::Microsoft365.admits(Origin::Postfix));
    /// assert!(!Audience::Microsoft365.admits(Origin::Unknown));
    /// assert!(Audience::Others.admits(Origin::Unknown));
    /// ```
    pub fn admits(self, origin: Origin) -> bool {
        match self {
            Audience::All => true,
            Audience::Microsoft365 => origin == Origin::ExchangeOnline,
            Audience::Others => origin != Origin::ExchangeOnline,
            Audience::Only(o) => o == origin,
        }
    }
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
    WrongSmartHost => "The route to the destination (a connector's smart host, a relay host or a transport entry) names the wrong host or IP address.",
        [CheckSendingRoute];
    DestinationNetworkChanged => "The destination's network changed (a new internet provider or new public IP addresses) and the sending side still routes to the old address.",
        [CheckDestinationServer, CheckSendingRoute];
    ConnectionTimedOut => "Nothing answered the TCP connection on port 25 before the timeout (socket error 10060).",
        [CheckDestinationServer, AllowSendingIps, AllowOutboundSmtp];
    NetworkUnreachable => "No network route leads to the destination (socket error 10051).",
        [ContactNetworkTeam, CheckDestinationServer];
    FirewallBlocksMicrosoft365 for Microsoft365 => "A firewall in front of the destination does not let Microsoft 365's IP addresses reach TCP port 25.",
        [AllowMicrosoft365Ips];
    OnPremisesRetired for Microsoft365 => "The on-premises mail system was shut down after a full move to Microsoft 365; the refusals are expected.",
        [FixNowInAlert, DisableOutboundConnector, MakeAcceptedDomainAuthoritative];
    ConnectionRefused => "The destination host turned the TCP connection away (socket error 10061): nothing listens on port 25 there, or a firewall rejects the connection.",
        [CheckDestinationServer, AllowSendingIps];
    ServiceNotAvailable => "The destination answered that its mail service is not available, so it cannot keep the session going.",
        [CheckDestinationServer, CheckServerHealth];
    TlsRequiredNotSupported => "The sending side insists on TLS (a connector or a TLS policy) but the destination server does not offer STARTTLS.",
        [EnableStarttls, CheckTlsBothEnds];
    StarttlsRequired => "The destination insists on STARTTLS and the session did not use it.",
        [CheckTlsBothEnds];
    TlsNegotiationFailed => "STARTTLS was tried but the TLS handshake did not complete.",
        [CheckTlsBothEnds, ServeFullCertificateChain];
    IncompleteCertificateChain => "The destination presents its certificate without the intermediate certificates, so the chain cannot be built to a trusted root (mail servers, Exchange Online among them, do not download missing intermediates).",
        [ServeFullCertificateChain, CheckTlsBothEnds];
    SmtpInspection => "A firewall's SMTP packet inspection rules interfere with the session.",
        [FixSmtpInspection];
    DestinationServerUnhealthy => "The destination server hangs, crashes or runs out of resources and drops the session.",
        [CheckServerHealth];
    ConnectionReset => "The connection was reset by the destination or by a device on the way.",
        [ContactNetworkTeam, FixSmtpInspection, CheckServerHealth];
    NetworkProblem => "The network between the two sides loses or breaks connections.",
        [ContactNetworkTeam];
    CertificateExpired => "The destination's certificate is past its expiry date.",
        [RenewCertificate, FixConnectorTlsSettings, CheckTlsBothEnds];
    CertificateSubjectMismatch => "The certificate's subject names do not include the name the sending side expects.",
        [FixCertificateSubject, FixConnectorTlsSettings, CheckTlsBothEnds];
    CertificateNoLongerValid => "The certificate is no longer valid (revoked, replaced, or otherwise unusable).",
        [RenewCertificate, FixConnectorTlsSettings, CheckTlsBothEnds];
    PartnerError => "The problem lies on the side of a partner organisation (for instance a third-party cloud service) that the mail is delivered to.",
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
    FirewallBlocksSender for Others => "A firewall in front of the destination does not let the sending servers' IP addresses reach TCP port 25.",
        [AllowSendingIps];
    DestinationRetired for Others => "The destination mail system was retired, but mail for the domain is still routed to it.",
        [CheckSendingRoute];
    SenderResolverFailure for Others => "The sending server's own DNS resolver fails or cannot reach the domain's DNS servers.",
        [CheckSenderResolver];
    SenderEgressBlocked for Others => "The sending server's network does not let it open connections to TCP port 25 (an egress firewall or a hosting provider's block).",
        [AllowOutboundSmtp];
    UntrustedCertificate => "The destination presents a certificate that is self-signed or issued by an authority the sending side does not trust, so its identity cannot be verified.",
        [UseTrustedCertificate, CheckTlsBothEnds];
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
    /// Which senders it is written for.
    pub audience: Audience,
    /// What to do, in plain English.
    pub text: &'static str,
}

macro_rules! remediations {
    ($($id:ident, $actor:ident, $scope:ident $(, $aud:ident)? => $text:expr;)*) => {
        /// Every [`RemediationId`], in declaration order, with its actor and text.
        pub(crate) static REMEDIATIONS: &[RemediationInfo] = &[
            $(RemediationInfo {
                id: RemediationId::$id,
                actor: Actor::$actor,
                scope: Scope::$scope,
                audience: audience!($($aud)?),
                text: $text,
            },)*
        ];
        // (Read by index: the rows must be in the enum's order.)
        const _: () = assert!(
            in_enum_order(&[$(RemediationId::$id as usize),*]),
            "remediations! rows out of the enum's order"
        );
    };
}

remediations! {
    WorkWithDnsHost, DnsHost, Any =>
        "Ask the domain's DNS hosting provider to find and repair the fault in the zone.";
    RenewDomainAndFixMx, DomainOwner, Any =>
        "Make sure the domain registration is current and that its MX records point at the right mail servers.";
    WaitForDnsCache, MailAdmin, Any =>
        "After an MX change, allow the old record's TTL to run out, then confirm that public resolvers return the new records.";
    CheckDestinationServer, DestinationAdmin, Any =>
        "Check that the destination mail server is running and reachable on TCP port 25 from the internet, and whether the network changed recently (new internet provider, new public IP addresses).";
    FixConnectorSmartHost, TenantAdmin, OwnServers, Microsoft365 =>
        "Correct the smart host name or IP address in the outbound connector so that it points at the current destination server.";
    AllowMicrosoft365Ips, NetworkTeam, OwnServers, Microsoft365 =>
        "Allow connections from Microsoft 365's published IP address ranges to TCP port 25 of the destination mail servers.";
    FixNowInAlert, TenantAdmin, OwnServers, Microsoft365 =>
        "If no mailboxes remain on premises, choose 'Fix now' in the alert so that Microsoft 365 rejects mail for unknown recipients at once instead of queueing it.";
    DisableOutboundConnector, TenantAdmin, OwnServers, Microsoft365 =>
        "If the on-premises mail system is retired, turn off or remove the outbound connector from Microsoft 365 to the on-premises servers.";
    MakeAcceptedDomainAuthoritative, TenantAdmin, OwnServers, Microsoft365 =>
        "If the on-premises mail system is retired, change the accepted domain from Internal Relay to Authoritative; the change takes 30 to 60 minutes, so check again after an hour that the error is gone.";
    VerifyTlsSettings, TenantAdmin, Any, Microsoft365 =>
        "Check the TLS settings and certificates on both ends: on the destination mail servers and in the connector's TLS options.";
    EnableStarttls, DestinationAdmin, Any =>
        "Offer STARTTLS on the destination server, or relax the sending side's TLS requirement for this destination if plain delivery is acceptable.";
    ServeFullCertificateChain, DestinationAdmin, Any =>
        "Configure the destination server to send its full certificate chain (leaf and intermediate certificates), not the leaf certificate alone.";
    RenewCertificate, DestinationAdmin, Any =>
        "Renew or replace the destination server's certificate and bind the new one to the SMTP service.";
    FixCertificateSubject, DestinationAdmin, Any =>
        "Use a certificate whose subject or alternative names include the host name the sending side connects to.";
    FixConnectorTlsSettings, TenantAdmin, Any, Microsoft365 =>
        "Review the connector's certificate settings (expected subject or domain) so that they match the certificate the destination really presents.";
    FixSmtpInspection, NetworkTeam, Any =>
        "Turn off or repair SMTP packet inspection (protocol fix-up) on the firewalls between the sending servers and the destination.";
    CheckServerHealth, DestinationAdmin, Any =>
        "Check the destination server for hangs, crashes and exhausted resources (CPU, memory, disk, connection limits).";
    ContactNetworkTeam, NetworkTeam, Any =>
        "Ask the network team to trace the path between the two sides for drops, resets and routing faults.";
    InvestigateNamedServer, MailAdmin, Any =>
        "Investigate the destination server named in the error, or correct the sending side's route to it if that is wrong.";
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
    SecureSendingAccount, MailAdmin, Any =>
        "Secure the sending account (reset credentials, check for compromise), then have it released from the block.";
    RequestDelisting, MailAdmin, Any =>
        "Follow the block list's delisting process for the sending IP address after fixing what caused the listing.";
    WaitAndRetry, Sender, Any =>
        "No action is needed at first: the sending queue retries; act only if the deferral persists.";
    ReduceSendingRate, Sender, Any =>
        "Send more slowly or spread mail over time and over several sending addresses.";
    FixSpf, MailAdmin, Any =>
        "Publish an SPF record that includes every server and service that sends mail for the domain.";
    FixDkimDmarc, MailAdmin, Any =>
        "Sign outgoing mail with DKIM for the From domain and make SPF or DKIM align with it so that DMARC passes.";
    AddReverseDns, DnsHost, Any =>
        "Have the owner of the sending IP address publish a reverse DNS (PTR) record that matches the server's name.";
    EnableAuthentication, MailAdmin, Any =>
        "Configure the client or application to authenticate, and allow the authentication method it needs for its mailbox.";
    FixRelayConfiguration, MailAdmin, Any =>
        "Send through a server that is allowed to relay for the domain, or grant this client relay permission.";
    FixInboundConnector, TenantAdmin, Any =>
        "Update the inbound connector so that its IP addresses or certificate name match the servers that really send.";
    BreakMailLoop, MailAdmin, Any =>
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
    // The general forms of the steps above that Microsoft 365 takes in its own terms, and
    // the same steps in each MTA's terms (`in_terms_of` says which stands for which).
    CheckSendingRoute, MailAdmin, OwnServers, Others =>
        "Check where the sending system routes mail for this domain (its MX lookup, or a configured relay or smart host) and correct a stale host name, address or port.";
    AllowSendingIps, NetworkTeam, OwnServers, Others =>
        "Allow connections from the sending servers' public IP addresses to TCP port 25 of the destination mail servers.";
    AllowOutboundSmtp, NetworkTeam, Any, Others =>
        "Make sure the sending servers may open outbound connections to TCP port 25: egress firewalls and many cloud and home networks block it; test from the sending host itself.";
    CheckSenderResolver, MailAdmin, Any, Others =>
        "Check that the DNS resolver the sending server uses answers for the destination domain (MX and address records), with the same query run on the sending host.";
    CheckTlsBothEnds, MailAdmin, Any, Others =>
        "Compare the sending system's TLS policy for this destination (required or verified TLS, trusted certificate authorities) with what the destination's servers really offer.";
    ExchangeSendConnector, MailAdmin, OwnServers, ExchangeServer =>
        "Check the send connector that covers the domain (Get-SendConnector: AddressSpaces, SmartHosts, DNSRoutingEnabled), correct the route, then retry the queue (Retry-Queue).";
    ExchangeServerDns, MailAdmin, Any, ExchangeServer =>
        "Check the DNS servers the Transport service uses for external lookups (Get-TransportService: ExternalDNSServers, or the network adapter's) and test them with Resolve-DnsName -Type MX.";
    ExchangeSendConnectorTls, MailAdmin, Any, ExchangeServer =>
        "Check the send connector's TLS settings (RequireTLS, TlsAuthLevel, TlsDomain, TlsCertificateName) and that the server trusts the destination certificate's issuing authorities.";
    PostfixRoute, MailAdmin, OwnServers, Postfix =>
        "Check where Postfix sends mail for the domain: relayhost, transport_maps and sender_dependent_relayhost_maps (postconf -n; postmap -q DOMAIN MAP); correct a stale host or port, then flush the queue (postqueue -f).";
    PostfixResolver, MailAdmin, Any, Postfix =>
        "Check the resolver the Postfix host uses (dig MX DOMAIN on that host); when smtp runs chrooted, the copy of resolv.conf under the queue directory's etc/ must be current too.";
    PostfixTlsPolicy, MailAdmin, Any, Postfix =>
        "Check smtp_tls_security_level and smtp_tls_policy_maps for this destination (verify, secure and dane levels demand a valid certificate) and test the handshake with posttls-finger.";
    EximRoute, MailAdmin, OwnServers, Exim =>
        "Check which router and transport take the address (exim -bt ADDRESS) and the manualroute route_list or smarthost; correct the host, then deliver again (exim -M ID, or exim -qff).";
    EximResolver, MailAdmin, Any, Exim =>
        "Check the DNS lookups of the dnslookup router on the Exim host (exim -bt ADDRESS with debugging, dig MX DOMAIN) and the resolver configuration they use.";
    EximTls, MailAdmin, Any, Exim =>
        "Check the smtp transport's TLS options for this host (hosts_require_tls, tls_verify_hosts, tls_verify_certificates, hosts_require_dane); exim -d+tls -M ID shows the handshake.";
    SendmailRoute, MailAdmin, OwnServers, Sendmail =>
        "Check the mailertable entry and the smart host (DS in sendmail.cf) for the domain (sendmail -bt, /parse ADDRESS), correct them, then run the queue for it (sendmail -qR DOMAIN).";
    SendmailResolver, MailAdmin, Any, Sendmail =>
        "Check the MX and address lookups of the Sendmail host (sendmail -bt, /mx DOMAIN) and the resolver it uses.";
    SendmailTls, MailAdmin, Any, Sendmail =>
        "Check the access map's TLS entries for this destination (TLS_Srv:, Try_TLS:) and the CA settings (confCACERT, confCACERT_PATH) against the certificate the destination presents.";
    OpensmtpdRoute, MailAdmin, OwnServers, Opensmtpd =>
        "Check the match rule and relay action for the domain in smtpd.conf (relay host URL or MX lookup), correct them, then reschedule the queue (smtpctl schedule all).";
    OpensmtpdTls, MailAdmin, Any, Opensmtpd =>
        "Check the relay action's TLS options in smtpd.conf (tls, tls no-verify, ca) against what the destination offers.";
    UseTrustedCertificate, DestinationAdmin, Any =>
        "Replace the self-signed or privately issued certificate with one from a certificate authority that senders trust, or have the sending side trust that issuer for this destination.";
}

/// The same step in the terms of one sending system: `general => origin: specific, ...`.
/// A step found through a cause is replaced by the reporting system's form of it.
macro_rules! in_terms_of {
    ($($general:ident => $($origin:ident: $specific:ident),*;)*) => {
        static IN_TERMS_OF: &[(RemediationId, Origin, RemediationId)] = &[
            $($((R::$general, Origin::$origin, R::$specific),)*)*
        ];
    };
}

in_terms_of! {
    CheckSendingRoute => ExchangeOnline: FixConnectorSmartHost, ExchangeServer: ExchangeSendConnector,
        Postfix: PostfixRoute, Exim: EximRoute, Sendmail: SendmailRoute, Opensmtpd: OpensmtpdRoute;
    AllowSendingIps => ExchangeOnline: AllowMicrosoft365Ips;
    CheckSenderResolver => ExchangeServer: ExchangeServerDns, Postfix: PostfixResolver,
        Exim: EximResolver, Sendmail: SendmailResolver;
    CheckTlsBothEnds => ExchangeOnline: VerifyTlsSettings, ExchangeServer: ExchangeSendConnectorTls,
        Postfix: PostfixTlsPolicy, Exim: EximTls, Sendmail: SendmailTls, Opensmtpd: OpensmtpdTls;
}

/// The steps that only fit one stage of a message: waiting for the retries while the queue
/// still retries, sending again once it gave up. Every other step fits any failure.
static PRESUMES: &[(RemediationId, crate::Stage)] = &[
    (R::WaitAndRetry, crate::Stage::Pending),
    (R::ResendAfterFix, crate::Stage::Over),
];

/// The stage of a message a remediation's text presumes ([`crate::Stage::Unknown`]: any
/// failure).
///
/// ```
/// use mfi_core::{knowledge, RemediationId, Stage};
/// assert_eq!(knowledge::remediation_presumes(RemediationId::WaitAndRetry), Stage::Pending);
/// assert_eq!(knowledge::remediation_presumes(RemediationId::FixSpf), Stage::Unknown);
/// ```
pub fn remediation_presumes(id: RemediationId) -> crate::Stage {
    PRESUMES
        .iter()
        .find(|(r, _)| *r == id)
        .map_or(crate::Stage::Unknown, |&(_, s)| s)
}

/// A remediation in the terms of the system that reported the failure (itself when that
/// system has no form of its own).
///
/// ```
/// use mfi_core::{knowledge, Origin, RemediationId as R};
/// assert_eq!(knowledge::in_terms_of(R::CheckSendingRoute, Origin::Postfix), R::PostfixRoute);
/// assert_eq!(knowledge::in_terms_of(R::CheckSendingRoute, Origin::Qmail), R::CheckSendingRoute);
/// ```
pub fn in_terms_of(id: RemediationId, origin: Origin) -> RemediationId {
    IN_TERMS_OF
        .iter()
        .find(|&&(g, o, _)| g == id && o == origin)
        .map_or(id, |&(_, _, s)| s)
}

/// Who acts on a remediation for a failure reported by `origin`: the sending mail system's
/// administrator is the tenant admin when Microsoft 365 sent the message.
pub fn actor_for(actor: Actor, origin: Origin) -> Actor {
    match (actor, origin) {
        (Actor::MailAdmin, Origin::ExchangeOnline) => Actor::TenantAdmin,
        (a, _) => a,
    }
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
    /// The row's id in its table's section of the locale files.
    #[serde(skip)]
    pub key: &'static str,
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
            key: e.code.name(),
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
            key: e.key,
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
        key: e.key,
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
    iana::row_of(status.subject(), status.detail())
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

    /// The compile-time index finds, for every code, the row a walk over the registry
    /// finds: the code's first row, else its subject's.
    #[test]
    fn the_registry_index_agrees_with_a_walk() {
        for subject in 0..=12u8 {
            for detail in 0..=1000u16 {
                let walk = IANA
                    .iter()
                    .position(|e| e.subject == subject && e.detail == Some(detail))
                    .or_else(|| {
                        IANA.iter()
                            .position(|e| e.subject == subject && e.detail.is_none())
                    });
                assert_eq!(iana::row_of(subject, detail), walk, "X.{subject}.{detail}");
            }
        }
    }

    #[test]
    fn steps_in_a_systems_terms_are_written_for_it() {
        for &(general, origin, specific) in IN_TERMS_OF {
            let g = remediation_info(general);
            let s = remediation_info(specific);
            assert!(!g.audience.admits(origin) || g.audience == Audience::Others);
            assert!(
                s.audience.admits(origin),
                "{specific:?} is not for {origin:?}"
            );
            assert_eq!(
                g.scope, s.scope,
                "{general:?} and {specific:?} differ in scope"
            );
        }
    }

    #[test]
    fn every_remediation_is_reachable_from_a_cause() {
        for r in RemediationId::all() {
            let listed = |r: RemediationId| {
                CAUSES.iter().any(|c| c.remediations.contains(&r))
                    || CODES.iter().any(|c| c.remediations.contains(&r))
                    || r == RemediationId::InvestigateNamedServer
            };
            let used = listed(r)
                || IN_TERMS_OF
                    .iter()
                    .any(|&(general, _, specific)| specific == r && listed(general));
            assert!(used, "{r:?} is never offered");
        }
    }
}
