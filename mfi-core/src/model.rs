//! The typed vocabulary of a diagnosis.
//!
//! Every enum here has the same derives: its snake_case name is its serde name, its strum
//! name (`Display`, `FromStr`, `IntoStaticStr`) and its name in the C header and the Python
//! package. Descriptions and texts live in [`crate::knowledge`], keyed by these enums.

use serde::{Deserialize, Serialize};
use strum::{Display, EnumCount, EnumIter, EnumMessage, EnumString, IntoStaticStr, VariantNames};

/// The common methods of the vocabulary enums (each declares the house derives itself, so
/// that cbindgen, which does not expand macros, sees them).
macro_rules! impl_vocabulary {
    ($name:ident) => {
        impl $name {
            /// The snake_case name, as in the JSON contract.
            pub fn name(self) -> &'static str {
                self.into()
            }
            /// Every value, in declaration order.
            pub fn all() -> impl Iterator<Item = Self> {
                <Self as strum::IntoEnumIterator>::iter()
            }
            /// The position in declaration order (stable within a release).
            pub const fn index(self) -> usize {
                self as usize
            }
            /// Parses a snake_case name (a `-` may stand for `_`, case is ignored).
            pub fn from_name(name: &str) -> Result<Self, $crate::Error> {
                <Self as strum::IntoEnumIterator>::iter()
                    .find(|v| {
                        let n: &'static str = (*v).into();
                        n.len() == name.len()
                            && n.bytes().zip(name.bytes()).all(|(a, b)| {
                                a == b.to_ascii_lowercase() || (a == b'_' && b == b'-')
                            })
                    })
                    .ok_or_else(|| $crate::Error::new($crate::ErrorKind::UnknownName, name))
            }
        }
    };
}
pub(crate) use impl_vocabulary;

/// The six mail flow intelligence codes of Exchange Online connectors.
///
/// ```
/// use mfi_core::MfiCode;
/// assert_eq!(MfiCode::ConnectionRefused.to_string(), "4.4.316");
/// assert_eq!("4.7.320".parse::<MfiCode>().unwrap(), MfiCode::CertificateValidationFailed);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[non_exhaustive]
#[repr(u8)]
pub enum MfiCode {
    /// `450 4.4.312` DNS query failed.
    #[serde(rename = "4.4.312")]
    #[strum(serialize = "4.4.312")]
    DnsQueryFailed = 0,
    /// `450 4.4.315` Connection timed out.
    #[serde(rename = "4.4.315")]
    #[strum(serialize = "4.4.315")]
    ConnectionTimedOut = 1,
    /// `450 4.4.316` Connection refused.
    #[serde(rename = "4.4.316")]
    #[strum(serialize = "4.4.316")]
    ConnectionRefused = 2,
    /// `450 4.4.317` Cannot connect to remote server.
    #[serde(rename = "4.4.317")]
    #[strum(serialize = "4.4.317")]
    CannotConnect = 3,
    /// `450 4.4.318` Connection was closed abruptly.
    #[serde(rename = "4.4.318")]
    #[strum(serialize = "4.4.318")]
    ConnectionClosedAbruptly = 4,
    /// `450 4.7.320` Certificate validation failed.
    #[serde(rename = "4.7.320")]
    #[strum(serialize = "4.7.320")]
    CertificateValidationFailed = 5,
}

impl MfiCode {
    /// The code as text, e.g. `"4.4.316"`.
    ///
    /// ```
    /// assert_eq!(mfi_core::MfiCode::DnsQueryFailed.name(), "4.4.312");
    /// ```
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// Every code, in numeric order.
    ///
    /// ```
    /// assert_eq!(mfi_core::MfiCode::all().count(), 6);
    /// ```
    pub fn all() -> impl Iterator<Item = Self> {
        <Self as strum::IntoEnumIterator>::iter()
    }

    /// The enhanced status code, e.g. `4.4.316`.
    ///
    /// ```
    /// let st = mfi_core::MfiCode::ConnectionRefused.status();
    /// assert_eq!((st.subject(), st.detail()), (4, 316));
    /// ```
    pub fn status(self) -> crate::EnhancedStatus {
        crate::knowledge::mfi_entry(self).status()
    }

    /// The MFI code whose subject and detail are those of `status` (any class), if any.
    ///
    /// ```
    /// use mfi_core::MfiCode;
    /// let st = "5.4.316".parse().unwrap();
    /// assert_eq!(MfiCode::from_status(st), Some(MfiCode::ConnectionRefused));
    /// ```
    pub fn from_status(status: crate::EnhancedStatus) -> Option<Self> {
        crate::knowledge::MFI_CODES
            .iter()
            .find(|e| e.subject == status.subject() && e.detail == status.detail())
            .map(|e| e.code)
    }

    /// The position in numeric order.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// An identifier for the code, for languages whose enum members need one
    /// (`DNS_QUERY_FAILED`; the C header spells it `MFI_CODE_DNS_QUERY_FAILED`).
    ///
    /// ```
    /// assert_eq!(mfi_core::MfiCode::ConnectionRefused.identifier(), "CONNECTION_REFUSED");
    /// ```
    pub const fn identifier(self) -> &'static str {
        match self {
            MfiCode::DnsQueryFailed => "DNS_QUERY_FAILED",
            MfiCode::ConnectionTimedOut => "CONNECTION_TIMED_OUT",
            MfiCode::ConnectionRefused => "CONNECTION_REFUSED",
            MfiCode::CannotConnect => "CANNOT_CONNECT",
            MfiCode::ConnectionClosedAbruptly => "CONNECTION_CLOSED_ABRUPTLY",
            MfiCode::CertificateValidationFailed => "CERTIFICATE_VALIDATION_FAILED",
        }
    }
}

/// How the MFI code of a diagnosis was found.
///
/// ```
/// assert_eq!(mfi_core::MfiMatch::Equivalent.name(), "equivalent");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum MfiMatch {
    /// The code itself is in the text (`450 4.4.316 ...`).
    Literal = 0,
    /// An Exchange Online expiry form names it (`550 5.4.316 Message expired, ...`).
    Expired = 1,
    /// The same failure in another system's codes or words (`Socket error code 10061`).
    Equivalent = 2,
}

impl_vocabulary!(MfiMatch);

/// The delivery outcome that the text states.
///
/// ```
/// assert_eq!("transient".parse::<mfi_core::Severity>().unwrap(), mfi_core::Severity::Transient);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Severity {
    /// The message was delivered (`2yz` / `2.X.X`).
    Success = 0,
    /// A temporary failure; the sender's queue retries.
    Transient = 1,
    /// A permanent failure, or an expiry: the message came back or will.
    Permanent = 2,
    /// The text does not say.
    Unknown = 3,
}

impl_vocabulary!(Severity);

/// Who is on the far side of the connector that failed.
///
/// The mail flow intelligence article gives different fixes when the destination is the
/// organisation's own on-premises servers and when it is a partner (for instance a
/// third-party cloud service).
///
/// ```
/// use mfi_core::ConnectorTarget;
/// assert_eq!(ConnectorTarget::default(), ConnectorTarget::Unknown);
/// assert_eq!("on_premises".parse::<ConnectorTarget>().unwrap(), ConnectorTarget::OnPremises);
/// ```
#[derive(
    Default,
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum ConnectorTarget {
    /// Not known: remediations for both cases are given.
    #[default]
    Unknown = 0,
    /// The organisation's own (on-premises or hybrid) mail servers.
    OnPremises = 1,
    /// A partner organisation's servers.
    Partner = 2,
}

impl_vocabulary!(ConnectorTarget);

/// Which system reported the failure: the mail system whose words the text is in, found from
/// the text's shape or given by the caller. A writer's own layout (a log's fields, a
/// bounce's template) decides first; a provider's reply as an application's log quotes it
/// (Gmail's `- gsmtp`, Amazon SES's `Throttling failure:`) only where no layout shows. It
/// decides which remediations fit the reader (a Postfix administrator is never told to
/// change a Microsoft 365 connector).
///
/// ```
/// use mfi_core::{classify, Origin};
/// assert_eq!(classify("450 4.4.316 Connection refused [Message=10061]").origin(), Origin::ExchangeOnline);
/// let line = "postfix/smtp[7]: 4F9D: to=<a@example.com>, relay=none, delay=1, \
///             status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection refused)";
/// assert_eq!(classify(line).origin(), Origin::Postfix);
/// ```
#[derive(
    Debug,
    Default,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Origin {
    /// Not known from the text (and not given).
    #[default]
    Unknown = 0,
    /// Microsoft 365 / Exchange Online.
    ExchangeOnline = 1,
    /// Exchange Server on premises.
    ExchangeServer = 2,
    /// Postfix.
    Postfix = 3,
    /// Exim.
    Exim = 4,
    /// Sendmail.
    Sendmail = 5,
    /// OpenSMTPD.
    Opensmtpd = 6,
    /// qmail (and netqmail, notqmail).
    Qmail = 7,
    /// Gmail / Google Workspace.
    Gmail = 8,
    /// Amazon SES.
    AmazonSes = 9,
}

impl_vocabulary!(Origin);

/// Who must act on a remediation.
///
/// ```
/// assert_eq!(mfi_core::Actor::TenantAdmin.name(), "tenant_admin");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Actor {
    /// The person or program that sent the message.
    Sender = 0,
    /// The administrator of the sending organisation (the Microsoft 365 tenant).
    TenantAdmin = 1,
    /// The administrator of the destination mail servers.
    DestinationAdmin = 2,
    /// The administrator of the recipient's organisation.
    RecipientAdmin = 3,
    /// The partner organisation on the far side of the connector.
    Partner = 4,
    /// Whoever hosts the authoritative DNS of the domain.
    DnsHost = 5,
    /// The owner of the domain (registration and records).
    DomainOwner = 6,
    /// The network and firewall team.
    NetworkTeam = 7,
    /// The administrator of the sending mail system (Postfix, Exim, Exchange Server, ...);
    /// for mail sent from Microsoft 365 this is [`Actor::TenantAdmin`].
    MailAdmin = 8,
}

impl_vocabulary!(Actor);

/// Cross-vendor reason of a failure, using Sisimai's reason names.
///
/// ```
/// assert_eq!(mfi_core::Reason::Networkerror.name(), "networkerror");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Reason {
    /// Authentication (SPF, DKIM, DMARC) failed.
    Authfailure = 0,
    /// The sender's reputation is bad.
    Badreputation = 1,
    /// The sending IP or host is blocked.
    Blocked = 2,
    /// The content is not acceptable.
    Contenterror = 3,
    /// Delivered.
    Delivered = 4,
    /// A rate or size limit was exceeded.
    Exceedlimit = 5,
    /// The message expired in a queue.
    Expired = 6,
    /// STARTTLS could not be negotiated.
    Failedstarttls = 7,
    /// A feedback (complaint) report.
    Feedback = 8,
    /// Rejected by a filter or policy at the recipient.
    Filtered = 9,
    /// The recipient has moved.
    Hasmoved = 10,
    /// The destination host or domain does not exist.
    Hostunknown = 11,
    /// The mailbox is full.
    Mailboxfull = 12,
    /// A mailer (program) error.
    Mailererror = 13,
    /// The message is too big.
    Mesgtoobig = 14,
    /// A network or DNS error on the way.
    Networkerror = 15,
    /// Relaying is not allowed.
    Norelaying = 16,
    /// The destination does not accept mail (null MX, 521/556).
    Notaccept = 17,
    /// The message does not comply with the RFCs.
    Notcompliantrfc = 18,
    /// Held, not yet decided.
    Onhold = 19,
    /// A policy was violated.
    Policyviolation = 20,
    /// The sender was rejected.
    Rejected = 21,
    /// The destination requires PTR records.
    Requireptr = 22,
    /// A security (TLS, certificate, authentication) error.
    Securityerror = 23,
    /// Detected as spam.
    Spamdetected = 24,
    /// Sending too fast.
    Speeding = 25,
    /// Suppressed by a suppression list.
    Suppressed = 26,
    /// The mailbox is suspended or disabled.
    Suspend = 27,
    /// A protocol syntax error.
    Syntaxerror = 28,
    /// An error in the mail system.
    Systemerror = 29,
    /// The mail system is full.
    Systemfull = 30,
    /// Too many connections.
    Toomanyconn = 31,
    /// Not determined.
    Undefined = 32,
    /// The recipient does not exist.
    Userunknown = 33,
    /// An automatic vacation reply.
    Vacation = 34,
    /// A virus was detected.
    Virusdetected = 35,
}

impl Reason {
    /// Whether a permanent failure with this reason makes retrying the address pointless:
    /// it does not exist (`userunknown`), its domain does not (`hostunknown`), it moved
    /// (`hasmoved`), or its system accepts no mail (`notaccept`).
    ///
    /// ```
    /// assert!(mfi_core::Reason::Userunknown.is_hard_bounce());
    /// assert!(!mfi_core::Reason::Mailboxfull.is_hard_bounce());
    /// ```
    pub fn is_hard_bounce(self) -> bool {
        matches!(
            self,
            Reason::Userunknown | Reason::Hostunknown | Reason::Hasmoved | Reason::Notaccept
        )
    }
}

impl_vocabulary!(Reason);

/// A likely cause of a failure. [`crate::knowledge::cause_info`] describes each.
///
/// ```
/// use mfi_core::Cause;
/// assert_eq!(Cause::FirewallBlocksMicrosoft365.name(), "firewall_blocks_microsoft365");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Cause {
    /// The DNS hosting service of the destination domain has a problem.
    DnsHostingProblem = 0,
    /// The destination domain has expired, so its MX record cannot be found.
    DomainExpired = 1,
    /// The MX record changed recently and resolvers still hold the old answer.
    MxRecentlyChanged = 2,
    /// DNS answered that the name has no records of the asked type.
    DnsNoRecords = 3,
    /// DNS answered that the domain does not exist.
    DomainDoesNotExist = 4,
    /// The destination mail server is down.
    DestinationServerDown = 5,
    /// The connector's smart host points at the wrong name or address.
    WrongSmartHost = 6,
    /// The destination's network changed (new provider, new addresses).
    DestinationNetworkChanged = 7,
    /// Nothing answered the TCP connection in time.
    ConnectionTimedOut = 8,
    /// The network path to the destination is unreachable.
    NetworkUnreachable = 9,
    /// A firewall blocks Microsoft 365's addresses on TCP port 25.
    FirewallBlocksMicrosoft365 = 10,
    /// The on-premises mail system was retired after a migration (by design).
    OnPremisesRetired = 11,
    /// The destination actively refused the TCP connection.
    ConnectionRefused = 12,
    /// The destination answered that its service is not available.
    ServiceNotAvailable = 13,
    /// The connector requires TLS but the destination does not offer it.
    TlsRequiredNotSupported = 14,
    /// The destination requires STARTTLS and the session did not use it.
    StarttlsRequired = 15,
    /// The TLS handshake failed.
    TlsNegotiationFailed = 16,
    /// The destination serves its certificate without the intermediate chain.
    IncompleteCertificateChain = 17,
    /// A firewall's SMTP packet inspection interferes with the session.
    SmtpInspection = 18,
    /// The destination server hangs, crashes or runs short of resources.
    DestinationServerUnhealthy = 19,
    /// The connection was reset by the far side or by a device on the path.
    ConnectionReset = 20,
    /// Network problems between the two sides.
    NetworkProblem = 21,
    /// The destination's certificate has expired.
    CertificateExpired = 22,
    /// The certificate's subject does not match the name the connector expects.
    CertificateSubjectMismatch = 23,
    /// The certificate is no longer valid (revoked, not yet valid, or replaced).
    CertificateNoLongerValid = 24,
    /// The failure is on a partner organisation's side.
    PartnerError = 25,
    /// The message stayed in a queue until its retry period ran out.
    MessageExpiredInQueue = 26,
    /// The recipient address does not exist.
    RecipientNotFound = 27,
    /// The recipient's mailbox is over its quota.
    MailboxFull = 28,
    /// The message is larger than a limit allows.
    MessageTooLarge = 29,
    /// The recipient accepts mail only from certain senders.
    RecipientRestricted = 30,
    /// The sender's address is malformed, unknown or refused.
    SenderAddressRejected = 31,
    /// The sending account is blocked, usually for sending spam.
    SenderBlocked = 32,
    /// The sending IP address is on a block list.
    SendingIpBlocked = 33,
    /// A sending or receiving rate or quota was exceeded.
    RateLimited = 34,
    /// The receiver throttles the sending IP for its reputation or volume.
    ReputationThrottled = 35,
    /// The receiver defers first attempts from unknown senders (greylisting).
    Greylisted = 36,
    /// The sender's SPF check failed or could not be evaluated.
    SpfFailure = 37,
    /// No acceptable DKIM signature.
    DkimFailure = 38,
    /// The From domain fails DMARC with a reject policy.
    DmarcFailure = 39,
    /// The sending IP has no reverse DNS (PTR) record.
    ReverseDnsMissing = 40,
    /// The server requires authentication that the client did not give.
    AuthenticationRequired = 41,
    /// SMTP client authentication is turned off for the organisation.
    SmtpAuthDisabled = 42,
    /// The server does not relay for this domain.
    RelayDenied = 43,
    /// Inbound mail could not be attributed to the tenant's connector.
    TenantAttributionFailed = 44,
    /// The message loops between servers.
    MailLoop = 45,
    /// The destination fails its MTA-STS policy.
    MtaStsFailure = 46,
    /// The destination fails DANE (TLSA/DNSSEC) validation.
    DaneFailure = 47,
    /// The destination is busy or short of resources.
    DestinationBusy = 48,
    /// The content was judged as spam or otherwise unwanted.
    ContentRejected = 49,
    /// The message is malformed (headers, line endings).
    MalformedMessage = 50,
    /// A mail flow (transport) rule rejected the message.
    TransportRule = 51,
    /// The sending tenant is restricted from sending.
    TenantRestricted = 52,
    /// Automatic forwarding to external addresses is blocked.
    ExternalForwardingBlocked = 53,
    /// The client broke the SMTP protocol (sequence, syntax).
    ProtocolError = 54,
    /// A mail server or connector is misconfigured.
    ConfigurationError = 55,
    /// A firewall in front of the destination does not admit the sending servers.
    FirewallBlocksSender = 56,
    /// The destination mail system was retired but mail is still routed to it.
    DestinationRetired = 57,
    /// The sending server's own DNS resolver fails.
    SenderResolverFailure = 58,
    /// The sending server's network blocks outbound connections to port 25.
    SenderEgressBlocked = 59,
    /// The destination's certificate is self-signed or from an issuer the sender does not
    /// trust.
    UntrustedCertificate = 60,
}

impl_vocabulary!(Cause);

/// A remediation: something someone can do. [`crate::knowledge::remediation_info`] gives
/// its actor and text.
///
/// ```
/// use mfi_core::{knowledge, Actor, RemediationId};
/// assert_eq!(knowledge::remediation_info(RemediationId::ContactPartner).actor, Actor::Partner);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum RemediationId {
    /// Work with the DNS host.
    WorkWithDnsHost = 0,
    /// Renew the domain and correct its MX records.
    RenewDomainAndFixMx = 1,
    /// Wait for cached DNS answers to expire, then check.
    WaitForDnsCache = 2,
    /// Check that the destination server is up and reachable.
    CheckDestinationServer = 3,
    /// Fix the connector's smart host.
    FixConnectorSmartHost = 4,
    /// Allow Microsoft 365's IP ranges on TCP port 25.
    AllowMicrosoft365Ips = 5,
    /// Use "Fix now" in the alert.
    FixNowInAlert = 6,
    /// Disable or delete the outbound connector.
    DisableOutboundConnector = 7,
    /// Switch the accepted domain from Internal Relay to Authoritative.
    MakeAcceptedDomainAuthoritative = 8,
    /// Verify TLS settings and certificates on both ends.
    VerifyTlsSettings = 9,
    /// Turn on STARTTLS at the destination.
    EnableStarttls = 10,
    /// Serve the full certificate chain.
    ServeFullCertificateChain = 11,
    /// Renew or replace the certificate.
    RenewCertificate = 12,
    /// Make the certificate name match.
    FixCertificateSubject = 13,
    /// Fix the connector's TLS or certificate settings.
    FixConnectorTlsSettings = 14,
    /// Fix or turn off SMTP packet inspection.
    FixSmtpInspection = 15,
    /// Check the destination server's health.
    CheckServerHealth = 16,
    /// Ask the network team to troubleshoot the path.
    ContactNetworkTeam = 17,
    /// Investigate the destination server named in the error.
    InvestigateNamedServer = 18,
    /// Contact the partner organisation.
    ContactPartner = 19,
    /// Fix the last error, then send the message again.
    ResendAfterFix = 20,
    /// Check the recipient address.
    VerifyRecipientAddress = 21,
    /// The recipient frees space or gets a larger quota.
    FreeMailboxSpace = 22,
    /// Send a smaller message.
    ReduceMessageSize = 23,
    /// Ask the recipient's administrator to allow the message.
    ContactRecipientAdmin = 24,
    /// Correct the sender address.
    FixSenderAddress = 25,
    /// Secure the sending account and ask for it to be unblocked.
    SecureSendingAccount = 26,
    /// Ask for the sending IP to be delisted.
    RequestDelisting = 27,
    /// Wait; the sender's queue retries by itself.
    WaitAndRetry = 28,
    /// Send more slowly or spread the load.
    ReduceSendingRate = 29,
    /// Fix the SPF record.
    FixSpf = 30,
    /// Fix DKIM signing and the DMARC setup.
    FixDkimDmarc = 31,
    /// Add a reverse DNS record.
    AddReverseDns = 32,
    /// Configure authentication.
    EnableAuthentication = 33,
    /// Fix relay permissions.
    FixRelayConfiguration = 34,
    /// Fix the inbound connector.
    FixInboundConnector = 35,
    /// Break the mail loop.
    BreakMailLoop = 36,
    /// Fix the MTA-STS policy.
    FixMtaSts = 37,
    /// Fix DANE records.
    FixDane = 38,
    /// Review the content.
    ReviewContent = 39,
    /// Fix the sending software.
    FixSendingSoftware = 40,
    /// Review mail flow rules.
    ReviewTransportRules = 41,
    /// Resolve the tenant's sending restriction.
    ResolveTenantRestriction = 42,
    /// Allow or stop external forwarding.
    ReviewForwardingPolicy = 43,
    /// Fix the server configuration.
    FixServerConfiguration = 44,
    /// Check where the sending system routes mail for the domain.
    CheckSendingRoute = 45,
    /// Let the sending servers' IP addresses reach port 25 of the destination.
    AllowSendingIps = 46,
    /// Let the sending servers open outbound connections to port 25.
    AllowOutboundSmtp = 47,
    /// Check the sending server's DNS resolver.
    CheckSenderResolver = 48,
    /// Check the TLS settings of both ends (sending policy and destination).
    CheckTlsBothEnds = 49,
    /// Exchange Server: check the send connector's routing.
    ExchangeSendConnector = 50,
    /// Exchange Server: check the DNS the transport service uses.
    ExchangeServerDns = 51,
    /// Exchange Server: check the send connector's TLS settings.
    ExchangeSendConnectorTls = 52,
    /// Postfix: check relayhost and transport maps.
    PostfixRoute = 53,
    /// Postfix: check the resolver (and the chroot's copy of its configuration).
    PostfixResolver = 54,
    /// Postfix: check the TLS security level and policy maps.
    PostfixTlsPolicy = 55,
    /// Exim: check routers and the smarthost route list.
    EximRoute = 56,
    /// Exim: check the DNS lookups the routers make.
    EximResolver = 57,
    /// Exim: check the smtp transport's TLS options.
    EximTls = 58,
    /// Sendmail: check the mailertable and smart host.
    SendmailRoute = 59,
    /// Sendmail: check the resolver and MX lookups.
    SendmailResolver = 60,
    /// Sendmail: check the access map's TLS entries and CA settings.
    SendmailTls = 61,
    /// OpenSMTPD: check the relay action in smtpd.conf.
    OpensmtpdRoute = 62,
    /// OpenSMTPD: check the relay action's TLS options.
    OpensmtpdTls = 63,
    /// Use a certificate from an authority the senders trust.
    UseTrustedCertificate = 64,
}

impl_vocabulary!(RemediationId);

/// The keys of the values pulled out of a text (the `attributes` object).
///
/// ```
/// assert_eq!(mfi_core::AttrKey::LastAttemptedIp.name(), "last_attempted_ip");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum AttrKey {
    /// `[Message=...]`: the detail of an Exchange Online error.
    Message = 0,
    /// `[LastAttemptedServerName=...]`.
    LastAttemptedServerName = 1,
    /// `[LastAttemptedIP=...]`, as written (`host:port`).
    LastAttemptedIp = 2,
    /// `[SmtpSecurity=...]`.
    SmtpSecurity = 3,
    /// The front-end server of an Exchange Online bracket `[host timestamp id]`.
    Frontend = 4,
    /// The timestamp of that bracket.
    Timestamp = 5,
    /// The id of that bracket.
    FrontendId = 6,
    /// The server of a history line (`Server at HOST`) or log line (`host HOST[IP] said`).
    Server = 7,
    /// The IP address of that server.
    ServerIp = 8,
    /// A Windows socket error number (`Socket error code 10061`).
    SocketError = 9,
    /// `{MSG=...}` of a message-trace `Reason`.
    Msg = 10,
    /// `{FQDN=...}` of a message-trace `Reason`.
    Fqdn = 11,
    /// `{IP=...}` of a message-trace `Reason`.
    Ip = 12,
    /// `{LRT=...}`: the last retry time.
    LastRetryTime = 13,
    /// The SMTP command a reply answered (`in reply to RCPT TO command`).
    InReplyTo = 14,
    /// A queue status word (`status=deferred`).
    Status = 15,
    /// The relay of an MTA log line (`relay=host[ip]:port`).
    Relay = 16,
    /// The date and time that starts an NDR history line.
    LoggedAt = 17,
}

impl_vocabulary!(AttrKey);

/// What a message about a delivery is (the `kind` of a report read from a whole message).
///
/// ```
/// assert_eq!(mfi_core::ReportKind::AutoReply.name(), "auto_reply");
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum ReportKind {
    /// A bounce: delivery failed (or retrying ended) for at least one recipient.
    Bounce = 0,
    /// A delay notice: delivery is still being retried.
    Delay = 1,
    /// A delivery report: the message was delivered.
    Delivered = 2,
    /// A relay report: the message went on to a system that sends no reports.
    Relayed = 3,
    /// An expansion report: a list or alias expanded the recipient.
    Expanded = 4,
    /// An automatic reply (out of office, vacation), not about delivery.
    AutoReply = 5,
    /// A feedback (abuse or complaint) report, not about delivery.
    Feedback = 6,
    /// Not a report about a delivery at all.
    NotAReport = 7,
}

impl_vocabulary!(ReportKind);

/// What a mail system did with the message for one recipient (a DSN's `Action`, RFC 3464).
///
/// ```
/// assert_eq!("delayed".parse::<mfi_core::Action>().unwrap(), mfi_core::Action::Delayed);
/// ```
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    IntoStaticStr,
    VariantNames,
    EnumCount,
    EnumMessage,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Action {
    /// Delivery failed, or retrying ended: the message was not delivered.
    Failed = 0,
    /// Delivery is delayed and will be retried.
    Delayed = 1,
    /// The message was delivered.
    Delivered = 2,
    /// The message was passed to a system that does not send reports.
    Relayed = 3,
    /// The recipient was expanded to other recipients (a list or an alias).
    Expanded = 4,
}

impl_vocabulary!(Action);
