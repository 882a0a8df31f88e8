//! The typed vocabulary of a diagnosis.
//!
//! Every enum here has the same derives: its snake_case name is its serde name, its strum
//! name (`Display`, `FromStr`, `IntoStaticStr`) and its name in the C header and the Python
//! package. Descriptions and texts live in [`crate::knowledge`], keyed by these enums.

use serde::{Deserialize, Serialize};
use strum::{Display, EnumCount, EnumIter, EnumString, IntoStaticStr, VariantNames};

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
)]
#[non_exhaustive]
#[repr(u8)]
pub enum MfiCode {
    /// `450 4.4.312` DNS query failed.
    #[serde(rename = "4.4.312")]
    #[strum(serialize = "4.4.312")]
    DnsQueryFailed,
    /// `450 4.4.315` Connection timed out.
    #[serde(rename = "4.4.315")]
    #[strum(serialize = "4.4.315")]
    ConnectionTimedOut,
    /// `450 4.4.316` Connection refused.
    #[serde(rename = "4.4.316")]
    #[strum(serialize = "4.4.316")]
    ConnectionRefused,
    /// `450 4.4.317` Cannot connect to remote server.
    #[serde(rename = "4.4.317")]
    #[strum(serialize = "4.4.317")]
    CannotConnect,
    /// `450 4.4.318` Connection was closed abruptly.
    #[serde(rename = "4.4.318")]
    #[strum(serialize = "4.4.318")]
    ConnectionClosedAbruptly,
    /// `450 4.7.320` Certificate validation failed.
    #[serde(rename = "4.7.320")]
    #[strum(serialize = "4.7.320")]
    CertificateValidationFailed,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum MfiMatch {
    /// The code itself is in the text (`450 4.4.316 ...`).
    Literal,
    /// An Exchange Online expiry form names it (`550 5.4.316 Message expired, ...`).
    Expired,
    /// The same failure in another system's codes or words (`Socket error code 10061`).
    Equivalent,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Severity {
    /// The message was delivered (`2yz` / `2.X.X`).
    Success,
    /// A temporary failure; the sender's queue retries.
    Transient,
    /// A permanent failure, or an expiry: the message came back or will.
    Permanent,
    /// The text does not say.
    Unknown,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum ConnectorTarget {
    /// Not known: remediations for both cases are given.
    #[default]
    Unknown,
    /// The organisation's own (on-premises or hybrid) mail servers.
    OnPremises,
    /// A partner organisation's servers.
    Partner,
}

impl_vocabulary!(ConnectorTarget);

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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Actor {
    /// The person or program that sent the message.
    Sender,
    /// The administrator of the sending organisation (the Microsoft 365 tenant).
    TenantAdmin,
    /// The administrator of the destination mail servers.
    DestinationAdmin,
    /// The administrator of the recipient's organisation.
    RecipientAdmin,
    /// The partner organisation on the far side of the connector.
    Partner,
    /// Whoever hosts the authoritative DNS of the domain.
    DnsHost,
    /// The owner of the domain (registration and records).
    DomainOwner,
    /// The network and firewall team.
    NetworkTeam,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Reason {
    /// Authentication (SPF, DKIM, DMARC) failed.
    Authfailure,
    /// The sender's reputation is bad.
    Badreputation,
    /// The sending IP or host is blocked.
    Blocked,
    /// The content is not acceptable.
    Contenterror,
    /// Delivered.
    Delivered,
    /// A rate or size limit was exceeded.
    Exceedlimit,
    /// The message expired in a queue.
    Expired,
    /// STARTTLS could not be negotiated.
    Failedstarttls,
    /// A feedback (complaint) report.
    Feedback,
    /// Rejected by a filter or policy at the recipient.
    Filtered,
    /// The recipient has moved.
    Hasmoved,
    /// The destination host or domain does not exist.
    Hostunknown,
    /// The mailbox is full.
    Mailboxfull,
    /// A mailer (program) error.
    Mailererror,
    /// The message is too big.
    Mesgtoobig,
    /// A network or DNS error on the way.
    Networkerror,
    /// Relaying is not allowed.
    Norelaying,
    /// The destination does not accept mail (null MX, 521/556).
    Notaccept,
    /// The message does not comply with the RFCs.
    Notcompliantrfc,
    /// Held, not yet decided.
    Onhold,
    /// A policy was violated.
    Policyviolation,
    /// The sender was rejected.
    Rejected,
    /// The destination requires PTR records.
    Requireptr,
    /// A security (TLS, certificate, authentication) error.
    Securityerror,
    /// Detected as spam.
    Spamdetected,
    /// Sending too fast.
    Speeding,
    /// Suppressed by a suppression list.
    Suppressed,
    /// The mailbox is suspended or disabled.
    Suspend,
    /// A protocol syntax error.
    Syntaxerror,
    /// An error in the mail system.
    Systemerror,
    /// The mail system is full.
    Systemfull,
    /// Too many connections.
    Toomanyconn,
    /// Not determined.
    Undefined,
    /// The recipient does not exist.
    Userunknown,
    /// An automatic vacation reply.
    Vacation,
    /// A virus was detected.
    Virusdetected,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum Cause {
    /// The DNS hosting service of the destination domain has a problem.
    DnsHostingProblem,
    /// The destination domain has expired, so its MX record cannot be found.
    DomainExpired,
    /// The MX record changed recently and resolvers still hold the old answer.
    MxRecentlyChanged,
    /// DNS answered that the name has no records of the asked type.
    DnsNoRecords,
    /// DNS answered that the domain does not exist.
    DomainDoesNotExist,
    /// The destination mail server is down.
    DestinationServerDown,
    /// The connector's smart host points at the wrong name or address.
    WrongSmartHost,
    /// The destination's network changed (new provider, new addresses).
    DestinationNetworkChanged,
    /// Nothing answered the TCP connection in time.
    ConnectionTimedOut,
    /// The network path to the destination is unreachable.
    NetworkUnreachable,
    /// A firewall blocks Microsoft 365's addresses on TCP port 25.
    FirewallBlocksMicrosoft365,
    /// The on-premises mail system was retired after a migration (by design).
    OnPremisesRetired,
    /// The destination actively refused the TCP connection.
    ConnectionRefused,
    /// The destination answered that its service is not available.
    ServiceNotAvailable,
    /// The connector requires TLS but the destination does not offer it.
    TlsRequiredNotSupported,
    /// The destination requires STARTTLS and the session did not use it.
    StarttlsRequired,
    /// The TLS handshake failed.
    TlsNegotiationFailed,
    /// The destination serves its certificate without the intermediate chain.
    IncompleteCertificateChain,
    /// A firewall's SMTP packet inspection interferes with the session.
    SmtpInspection,
    /// The destination server hangs, crashes or runs short of resources.
    DestinationServerUnhealthy,
    /// The connection was reset by the far side or by a device on the path.
    ConnectionReset,
    /// Network problems between the two sides.
    NetworkProblem,
    /// The destination's certificate has expired.
    CertificateExpired,
    /// The certificate's subject does not match the name the connector expects.
    CertificateSubjectMismatch,
    /// The certificate is no longer valid (revoked, not yet valid, or replaced).
    CertificateNoLongerValid,
    /// The failure is on a partner organisation's side.
    PartnerError,
    /// The message stayed in a queue until its retry period ran out.
    MessageExpiredInQueue,
    /// The recipient address does not exist.
    RecipientNotFound,
    /// The recipient's mailbox is over its quota.
    MailboxFull,
    /// The message is larger than a limit allows.
    MessageTooLarge,
    /// The recipient accepts mail only from certain senders.
    RecipientRestricted,
    /// The sender's address is malformed, unknown or refused.
    SenderAddressRejected,
    /// The sending account is blocked, usually for sending spam.
    SenderBlocked,
    /// The sending IP address is on a block list.
    SendingIpBlocked,
    /// A sending or receiving rate or quota was exceeded.
    RateLimited,
    /// The receiver throttles the sending IP for its reputation or volume.
    ReputationThrottled,
    /// The receiver defers first attempts from unknown senders (greylisting).
    Greylisted,
    /// The sender's SPF check failed or could not be evaluated.
    SpfFailure,
    /// No acceptable DKIM signature.
    DkimFailure,
    /// The From domain fails DMARC with a reject policy.
    DmarcFailure,
    /// The sending IP has no reverse DNS (PTR) record.
    ReverseDnsMissing,
    /// The server requires authentication that the client did not give.
    AuthenticationRequired,
    /// SMTP client authentication is turned off for the organisation.
    SmtpAuthDisabled,
    /// The server does not relay for this domain.
    RelayDenied,
    /// Inbound mail could not be attributed to the tenant's connector.
    TenantAttributionFailed,
    /// The message loops between servers.
    MailLoop,
    /// The destination fails its MTA-STS policy.
    MtaStsFailure,
    /// The destination fails DANE (TLSA/DNSSEC) validation.
    DaneFailure,
    /// The destination is busy or short of resources.
    DestinationBusy,
    /// The content was judged as spam or otherwise unwanted.
    ContentRejected,
    /// The message is malformed (headers, line endings).
    MalformedMessage,
    /// A mail flow (transport) rule rejected the message.
    TransportRule,
    /// The sending tenant is restricted from sending.
    TenantRestricted,
    /// Automatic forwarding to external addresses is blocked.
    ExternalForwardingBlocked,
    /// The client broke the SMTP protocol (sequence, syntax).
    ProtocolError,
    /// A mail server or connector is misconfigured.
    ConfigurationError,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum RemediationId {
    /// Work with the DNS host.
    WorkWithDnsHost,
    /// Renew the domain and correct its MX records.
    RenewDomainAndFixMx,
    /// Wait for cached DNS answers to expire, then check.
    WaitForDnsCache,
    /// Check that the destination server is up and reachable.
    CheckDestinationServer,
    /// Fix the connector's smart host.
    FixConnectorSmartHost,
    /// Allow Microsoft 365's IP ranges on TCP port 25.
    AllowMicrosoft365Ips,
    /// Use "Fix now" in the alert.
    FixNowInAlert,
    /// Disable or delete the outbound connector.
    DisableOutboundConnector,
    /// Switch the accepted domain from Internal Relay to Authoritative.
    MakeAcceptedDomainAuthoritative,
    /// Verify TLS settings and certificates on both ends.
    VerifyTlsSettings,
    /// Turn on STARTTLS at the destination.
    EnableStarttls,
    /// Serve the full certificate chain.
    ServeFullCertificateChain,
    /// Renew or replace the certificate.
    RenewCertificate,
    /// Make the certificate name match.
    FixCertificateSubject,
    /// Fix the connector's TLS or certificate settings.
    FixConnectorTlsSettings,
    /// Fix or turn off SMTP packet inspection.
    FixSmtpInspection,
    /// Check the destination server's health.
    CheckServerHealth,
    /// Ask the network team to troubleshoot the path.
    ContactNetworkTeam,
    /// Investigate the destination server named in the error.
    InvestigateNamedServer,
    /// Contact the partner organisation.
    ContactPartner,
    /// Fix the last error, then send the message again.
    ResendAfterFix,
    /// Check the recipient address.
    VerifyRecipientAddress,
    /// The recipient frees space or gets a larger quota.
    FreeMailboxSpace,
    /// Send a smaller message.
    ReduceMessageSize,
    /// Ask the recipient's administrator to allow the message.
    ContactRecipientAdmin,
    /// Correct the sender address.
    FixSenderAddress,
    /// Secure the sending account and ask for it to be unblocked.
    SecureSendingAccount,
    /// Ask for the sending IP to be delisted.
    RequestDelisting,
    /// Wait; the sender's queue retries by itself.
    WaitAndRetry,
    /// Send more slowly or spread the load.
    ReduceSendingRate,
    /// Fix the SPF record.
    FixSpf,
    /// Fix DKIM signing and the DMARC setup.
    FixDkimDmarc,
    /// Add a reverse DNS record.
    AddReverseDns,
    /// Configure authentication.
    EnableAuthentication,
    /// Fix relay permissions.
    FixRelayConfiguration,
    /// Fix the inbound connector.
    FixInboundConnector,
    /// Break the mail loop.
    BreakMailLoop,
    /// Fix the MTA-STS policy.
    FixMtaSts,
    /// Fix DANE records.
    FixDane,
    /// Review the content.
    ReviewContent,
    /// Fix the sending software.
    FixSendingSoftware,
    /// Review mail flow rules.
    ReviewTransportRules,
    /// Resolve the tenant's sending restriction.
    ResolveTenantRestriction,
    /// Allow or stop external forwarding.
    ReviewForwardingPolicy,
    /// Fix the server configuration.
    FixServerConfiguration,
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
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
#[non_exhaustive]
#[repr(u8)]
pub enum AttrKey {
    /// `[Message=...]`: the detail of an Exchange Online error.
    Message,
    /// `[LastAttemptedServerName=...]`.
    LastAttemptedServerName,
    /// `[LastAttemptedIP=...]`, as written (`host:port`).
    LastAttemptedIp,
    /// `[SmtpSecurity=...]`.
    SmtpSecurity,
    /// The front-end server of an Exchange Online bracket `[host timestamp id]`.
    Frontend,
    /// The timestamp of that bracket.
    Timestamp,
    /// The id of that bracket.
    FrontendId,
    /// The server of a history line (`Server at HOST`) or log line (`host HOST[IP] said`).
    Server,
    /// The IP address of that server.
    ServerIp,
    /// A Windows socket error number (`Socket error code 10061`).
    SocketError,
    /// `{MSG=...}` of a message-trace `Reason`.
    Msg,
    /// `{FQDN=...}` of a message-trace `Reason`.
    Fqdn,
    /// `{IP=...}` of a message-trace `Reason`.
    Ip,
    /// `{LRT=...}`: the last retry time.
    LastRetryTime,
    /// The SMTP command a reply answered (`in reply to RCPT TO command`).
    InReplyTo,
    /// A queue status word (`status=deferred`).
    Status,
    /// The relay of an MTA log line (`relay=host[ip]:port`).
    Relay,
    /// The date and time that starts an NDR history line.
    LoggedAt,
}

impl_vocabulary!(AttrKey);
