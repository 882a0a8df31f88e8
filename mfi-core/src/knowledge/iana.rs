//! The IANA "SMTP Enhanced Status Codes" registry (RFC 3463, RFC 5248 and later RFCs) and the
//! basic reply codes of RFC 5321 / RFC 7504. Titles are the registry's names; meanings are ours.

use crate::model::{Cause, Reason};

/// The cause a reason named by the words of a failure (not by an MFI code) points at first.
pub static REASON_CAUSES: &[(Reason, Cause)] = &[
    (Reason::Userunknown, Cause::RecipientNotFound),
    (Reason::Hasmoved, Cause::RecipientNotFound),
    (Reason::Mailboxfull, Cause::MailboxFull),
    (Reason::Mesgtoobig, Cause::MessageTooLarge),
    (Reason::Exceedlimit, Cause::MessageTooLarge),
    (Reason::Spamdetected, Cause::ContentRejected),
    (Reason::Virusdetected, Cause::ContentRejected),
    (Reason::Contenterror, Cause::ContentRejected),
    (Reason::Policyviolation, Cause::ContentRejected),
    (Reason::Notcompliantrfc, Cause::MalformedMessage),
    (Reason::Blocked, Cause::SendingIpBlocked),
    (Reason::Badreputation, Cause::ReputationThrottled),
    (Reason::Toomanyconn, Cause::RateLimited),
    (Reason::Speeding, Cause::RateLimited),
    (Reason::Requireptr, Cause::ReverseDnsMissing),
    (Reason::Norelaying, Cause::RelayDenied),
    (Reason::Hostunknown, Cause::DomainDoesNotExist),
    (Reason::Rejected, Cause::SenderAddressRejected),
    (Reason::Filtered, Cause::RecipientRestricted),
    (Reason::Suspend, Cause::RecipientRestricted),
    (Reason::Failedstarttls, Cause::TlsNegotiationFailed),
    (Reason::Syntaxerror, Cause::ProtocolError),
    (Reason::Expired, Cause::MessageExpiredInQueue),
];

/// The reason each enhanced status names, as the cross-vendor taxonomy (Sisimai's status
/// table) has it: `(class, subject, detail, reason)`. A code not listed names no reason by
/// itself; the words around it decide. (`4.2.1`, "mailbox disabled", is left out: Exchange
/// sends it for a failed connection.)
pub static STATUS_REASONS: &[(u8, u8, u16, Reason)] = &[
    (2, 1, 5, Reason::Delivered),
    (4, 1, 6, Reason::Hasmoved),
    (4, 1, 7, Reason::Rejected),
    (4, 1, 8, Reason::Rejected),
    (4, 1, 9, Reason::Systemerror),
    (4, 2, 2, Reason::Mailboxfull),
    (4, 2, 3, Reason::Exceedlimit),
    (4, 2, 4, Reason::Filtered),
    (4, 3, 1, Reason::Systemfull),
    (4, 3, 2, Reason::Notaccept),
    (4, 3, 3, Reason::Systemerror),
    (4, 3, 5, Reason::Systemerror),
    (4, 4, 1, Reason::Expired),
    (4, 4, 2, Reason::Networkerror),
    (4, 4, 3, Reason::Systemerror),
    (4, 4, 4, Reason::Networkerror),
    (4, 4, 5, Reason::Systemfull),
    (4, 4, 6, Reason::Networkerror),
    (4, 4, 7, Reason::Expired),
    (4, 4, 8, Reason::Networkerror),
    (4, 5, 3, Reason::Systemerror),
    (4, 5, 5, Reason::Systemerror),
    (4, 6, 0, Reason::Contenterror),
    (4, 6, 2, Reason::Contenterror),
    (4, 6, 5, Reason::Contenterror),
    (4, 7, 1, Reason::Blocked),
    (4, 7, 2, Reason::Blocked),
    (4, 7, 5, Reason::Securityerror),
    (4, 7, 6, Reason::Securityerror),
    (4, 7, 7, Reason::Securityerror),
    (4, 7, 12, Reason::Securityerror),
    (4, 7, 15, Reason::Securityerror),
    (4, 7, 16, Reason::Mesgtoobig),
    (4, 7, 24, Reason::Authfailure),
    (4, 7, 25, Reason::Requireptr),
    (4, 7, 26, Reason::Authfailure),
    (5, 1, 0, Reason::Userunknown),
    (5, 1, 1, Reason::Userunknown),
    (5, 1, 2, Reason::Hostunknown),
    (5, 1, 3, Reason::Userunknown),
    (5, 1, 4, Reason::Filtered),
    (5, 1, 6, Reason::Hasmoved),
    (5, 1, 7, Reason::Rejected),
    (5, 1, 8, Reason::Rejected),
    (5, 1, 9, Reason::Systemerror),
    (5, 1, 10, Reason::Notaccept),
    (5, 2, 0, Reason::Filtered),
    (5, 2, 1, Reason::Filtered),
    (5, 2, 2, Reason::Mailboxfull),
    (5, 2, 3, Reason::Exceedlimit),
    (5, 2, 4, Reason::Filtered),
    (5, 3, 0, Reason::Systemerror),
    (5, 3, 1, Reason::Systemfull),
    (5, 3, 2, Reason::Notaccept),
    (5, 3, 3, Reason::Systemerror),
    (5, 3, 4, Reason::Mesgtoobig),
    (5, 3, 5, Reason::Systemerror),
    (5, 4, 0, Reason::Networkerror),
    (5, 4, 3, Reason::Systemerror),
    (5, 4, 4, Reason::Hostunknown),
    (5, 5, 2, Reason::Syntaxerror),
    (5, 5, 3, Reason::Toomanyconn),
    (5, 5, 4, Reason::Systemerror),
    (5, 5, 5, Reason::Systemerror),
    (5, 5, 6, Reason::Syntaxerror),
    (5, 6, 0, Reason::Contenterror),
    (5, 6, 1, Reason::Contenterror),
    (5, 6, 2, Reason::Contenterror),
    (5, 6, 3, Reason::Contenterror),
    (5, 6, 5, Reason::Contenterror),
    (5, 6, 6, Reason::Contenterror),
    (5, 6, 7, Reason::Contenterror),
    (5, 6, 8, Reason::Contenterror),
    (5, 6, 9, Reason::Contenterror),
    (5, 7, 0, Reason::Securityerror),
    (5, 7, 1, Reason::Securityerror),
    (5, 7, 2, Reason::Securityerror),
    (5, 7, 3, Reason::Securityerror),
    (5, 7, 4, Reason::Securityerror),
    (5, 7, 5, Reason::Securityerror),
    (5, 7, 6, Reason::Securityerror),
    (5, 7, 7, Reason::Securityerror),
    (5, 7, 8, Reason::Securityerror),
    (5, 7, 9, Reason::Securityerror),
    (5, 7, 10, Reason::Securityerror),
    (5, 7, 11, Reason::Securityerror),
    (5, 7, 13, Reason::Suspend),
    (5, 7, 14, Reason::Securityerror),
    (5, 7, 15, Reason::Securityerror),
    (5, 7, 16, Reason::Mesgtoobig),
    (5, 7, 17, Reason::Hasmoved),
    (5, 7, 18, Reason::Hasmoved),
    (5, 7, 19, Reason::Securityerror),
    (5, 7, 20, Reason::Authfailure),
    (5, 7, 21, Reason::Authfailure),
    (5, 7, 22, Reason::Authfailure),
    (5, 7, 23, Reason::Authfailure),
    (5, 7, 24, Reason::Authfailure),
    (5, 7, 25, Reason::Requireptr),
    (5, 7, 26, Reason::Authfailure),
    (5, 7, 27, Reason::Notaccept),
    (5, 7, 28, Reason::Spamdetected),
    (5, 7, 29, Reason::Authfailure),
    (5, 7, 30, Reason::Failedstarttls),
];

/// One registry row: `X.subject.detail`, or `X.subject.X` when `detail` is `None`.
#[derive(Debug)]
#[non_exhaustive]
pub struct IanaEntry {
    /// The subject, `0` to `7`.
    pub subject: u8,
    /// The detail, or `None` for the subject's own row.
    pub detail: Option<u16>,
    /// The row's id in the locale files (`"X.1.1"`, `"X.1.X"`).
    pub key: &'static str,
    /// The registry title.
    pub title: &'static str,
    /// The defining document(s).
    pub reference: &'static str,
    /// The cross-vendor reason a failure with this code usually has.
    pub reason: Reason,
    /// What it means, in a sentence.
    pub meaning: &'static str,
    /// Likely causes, when the code alone makes one clear.
    pub causes: &'static [Cause],
}

macro_rules! iana {
    ($($sub:literal, $det:tt => $reason:ident, $title:literal, $refs:literal, $meaning:literal
        $(, [$($cause:ident),*])?;)*) => {
        /// The registry, subject rows (`X.s.X`) and detail rows (`X.s.d`).
        pub static IANA: &[IanaEntry] = ROWS;

        /// [`IANA`], as a constant that [`BY_CODE`] is computed from at compile time.
        const ROWS: &[IanaEntry] = &[
            $(IanaEntry {
                subject: $sub,
                detail: iana!(@d $det),
                key: concat!("X.", $sub, ".", stringify!($det)),
                title: $title,
                reference: $refs,
                reason: Reason::$reason,
                meaning: $meaning,
                causes: &[$($(Cause::$cause),*)?],
            },)*
        ];
    };
    (@d X) => { None };
    (@d $d:literal) => { Some($d) };
}

iana! {
    0, X => Undefined, "Other or Undefined Status", "RFC3463", "No more specific subject applies.";
    1, X => Userunknown, "Addressing Status", "RFC3463", "Something is wrong with the sender or recipient address.";
    2, X => Undefined, "Mailbox Status", "RFC3463", "Something is wrong with the recipient's mailbox.";
    3, X => Systemerror, "Mail System Status", "RFC3463", "Something is wrong with the destination mail system.";
    4, X => Networkerror, "Network and Routing Status", "RFC3463", "Something went wrong in the network or in routing.";
    5, X => Syntaxerror, "Mail Delivery Protocol Status", "RFC3463", "Something went wrong in the SMTP conversation.";
    6, X => Contenterror, "Message Content or Media Status", "RFC3463", "Something is wrong with the message content.";
    7, X => Securityerror, "Security or Policy Status", "RFC3463", "A security or policy check stopped the message.";
    0, 0 => Undefined, "Other undefined Status", "RFC3463", "The only information is the class: success, temporary or permanent failure.";
    1, 0 => Userunknown, "Other address status", "RFC3463", "An address problem not covered by a more specific code.";
    1, 1 => Userunknown, "Bad destination mailbox address", "RFC3463", "The part of the recipient address before the @ does not exist at the destination.", [RecipientNotFound];
    1, 2 => Hostunknown, "Bad destination system address", "RFC3463", "The recipient's domain does not exist or does not accept mail.", [DomainDoesNotExist];
    1, 3 => Userunknown, "Bad destination mailbox address syntax", "RFC3463", "The recipient address is not syntactically valid.", [RecipientNotFound];
    1, 4 => Filtered, "Destination mailbox address ambiguous", "RFC3463", "The recipient address matches more than one mailbox.";
    1, 5 => Delivered, "Destination address valid", "RFC3463", "The recipient address is valid (a success detail).";
    1, 6 => Hasmoved, "Destination mailbox has moved, No forwarding address", "RFC3463", "The recipient moved and left no forwarding address.", [RecipientNotFound];
    1, 7 => Rejected, "Bad sender's mailbox address syntax", "RFC3463", "The sender address is not syntactically valid.", [SenderAddressRejected];
    1, 8 => Rejected, "Bad sender's system address", "RFC3463", "The sender's domain does not exist or cannot receive replies.", [SenderAddressRejected];
    1, 9 => Systemerror, "Message relayed to non-compliant mailer", "RFC3886", "The message was passed to a system that does not support the requested notification.";
    1, 10 => Notaccept, "Recipient address has null MX", "RFC7505", "The recipient's domain publishes a null MX: it accepts no mail at all.", [DomainDoesNotExist];
    2, 0 => Filtered, "Other or undefined mailbox status", "RFC3463", "A mailbox problem not covered by a more specific code.";
    2, 1 => Filtered, "Mailbox disabled, not accepting messages", "RFC3463", "The mailbox exists but is disabled.";
    2, 2 => Mailboxfull, "Mailbox full", "RFC3463", "The mailbox is over its storage quota.", [MailboxFull];
    2, 3 => Exceedlimit, "Message length exceeds administrative limit", "RFC3463", "The message is bigger than the mailbox accepts.", [MessageTooLarge];
    2, 4 => Filtered, "Mailing list expansion problem", "RFC3463", "The recipient is a list that could not be expanded.";
    3, 0 => Systemerror, "Other or undefined mail system status", "RFC3463", "A problem with the destination system not covered by a more specific code.";
    3, 1 => Systemfull, "Mail system full", "RFC3463", "The destination system is out of storage.", [DestinationBusy];
    3, 2 => Notaccept, "System not accepting network messages", "RFC3463; RFC7504", "The destination system does not accept mail now (or at all).", [DestinationBusy];
    3, 3 => Systemerror, "System not capable of selected features", "RFC3463", "The destination cannot provide a feature the message needs.";
    3, 4 => Mesgtoobig, "Message too big for system", "RFC3463", "The message is bigger than the system accepts.", [MessageTooLarge];
    3, 5 => Systemerror, "System incorrectly configured", "RFC3463", "The destination system's configuration is broken.", [ConfigurationError];
    3, 6 => Systemerror, "Requested priority was changed", "RFC6710", "The message was accepted with another priority than requested.";
    4, 0 => Networkerror, "Other or undefined network or routing status", "RFC3463", "A network or routing problem not covered by a more specific code.";
    4, 1 => Networkerror, "No answer from host", "RFC3463", "The destination host did not answer the connection attempt.", [ConnectionTimedOut, DestinationServerDown];
    4, 2 => Networkerror, "Bad connection", "RFC3463", "The connection was made but broke down.", [ConnectionReset, NetworkProblem];
    4, 3 => Systemerror, "Directory server failure", "RFC3463", "A directory (often DNS) lookup needed for routing failed.", [DnsHostingProblem];
    4, 4 => Hostunknown, "Unable to route", "RFC3463", "No route to the destination could be found.", [DomainDoesNotExist];
    4, 5 => Systemfull, "Mail system congestion", "RFC3463", "The network or mail system is congested.", [DestinationBusy];
    4, 6 => Networkerror, "Routing loop detected", "RFC3463", "The message loops between systems.", [MailLoop];
    4, 7 => Expired, "Delivery time expired", "RFC3463", "The message could not be delivered within its allowed time.", [MessageExpiredInQueue];
    5, 0 => Syntaxerror, "Other or undefined protocol status", "RFC3463", "A protocol problem not covered by a more specific code.";
    5, 1 => Syntaxerror, "Invalid command", "RFC3463", "The receiver does not know or allow the command.", [ProtocolError];
    5, 2 => Syntaxerror, "Syntax error", "RFC3463", "The command could not be parsed.", [ProtocolError];
    5, 3 => Toomanyconn, "Too many recipients", "RFC3463", "More recipients than the receiver accepts in one transaction.", [RateLimited];
    5, 4 => Systemerror, "Invalid command arguments", "RFC3463", "A command's arguments are not valid.", [ProtocolError];
    5, 5 => Systemerror, "Wrong protocol version", "RFC3463", "The two sides do not speak a common protocol version.", [ProtocolError];
    5, 6 => Syntaxerror, "Authentication Exchange line is too long", "RFC4954", "An authentication line exceeded the allowed length.";
    6, 0 => Contenterror, "Other or undefined media error", "RFC3463", "A content problem not covered by a more specific code.", [ContentRejected];
    6, 1 => Contenterror, "Media not supported", "RFC3463", "The message uses a media type the destination does not support.", [ContentRejected];
    6, 2 => Contenterror, "Conversion required and prohibited", "RFC3463", "The content must be converted but conversion is not allowed.";
    6, 3 => Contenterror, "Conversion required but not supported", "RFC3463", "The content must be converted but no system on the way can.";
    6, 4 => Contenterror, "Conversion with loss performed", "RFC3463", "The content was converted and lost information (a warning).";
    6, 5 => Contenterror, "Conversion Failed", "RFC3463", "Converting the content failed.";
    6, 6 => Contenterror, "Message content not available", "RFC4468", "Content referenced by the submission could not be fetched.";
    6, 7 => Contenterror, "Non-ASCII addresses not permitted for that sender/recipient", "RFC6531", "Internationalised addresses are not allowed here.";
    6, 8 => Contenterror, "UTF-8 string reply is required, but not permitted by the SMTP client", "RFC6531", "The reply needs UTF-8 but the client did not allow it.";
    6, 9 => Contenterror, "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected", "RFC6531", "A message with UTF-8 headers cannot reach every recipient.";
    6, 10 => Contenterror, "(deprecated duplicate of X.6.8)", "RFC6531", "Deprecated; the registry keeps the number as a duplicate of X.6.8.";
    7, 0 => Securityerror, "Other or undefined security status", "RFC3463; RFC4954", "A security or policy problem not covered by a more specific code.";
    7, 1 => Securityerror, "Delivery not authorized, message refused", "RFC3463", "The sender may not send to this recipient.", [RecipientRestricted];
    7, 2 => Securityerror, "Mailing list expansion prohibited", "RFC3463", "The sender may not use this mailing list.", [RecipientRestricted];
    7, 3 => Securityerror, "Security conversion required but not possible", "RFC3463", "The required security conversion cannot be made.";
    7, 4 => Securityerror, "Security features not supported", "RFC3463", "A required security feature (such as TLS) is not supported.", [TlsRequiredNotSupported];
    7, 5 => Securityerror, "Cryptographic failure", "RFC3463", "A cryptographic operation (encryption, signature, certificate check) failed.", [TlsNegotiationFailed];
    7, 6 => Securityerror, "Cryptographic algorithm not supported", "RFC3463", "The requested cryptographic algorithm is not supported.";
    7, 7 => Securityerror, "Message integrity failure", "RFC3463", "The message was changed on the way (integrity check failed).";
    7, 8 => Securityerror, "Authentication credentials invalid", "RFC4954", "The authentication credentials were rejected.", [AuthenticationRequired];
    7, 9 => Securityerror, "Authentication mechanism is too weak", "RFC4954", "The chosen authentication mechanism is not strong enough.";
    7, 10 => Securityerror, "Encryption Needed", "RFC5248", "The session or message must be encrypted.", [TlsRequiredNotSupported];
    7, 11 => Securityerror, "Encryption required for requested authentication mechanism", "RFC4954", "The authentication mechanism may only be used over an encrypted session.";
    7, 12 => Securityerror, "A password transition is needed", "RFC4954", "The user must change or set a password first.";
    7, 13 => Suspend, "User Account Disabled", "RFC5248", "The account is disabled.", [SenderBlocked];
    7, 14 => Securityerror, "Trust relationship required", "RFC5248", "The two sides need a trust relationship to exchange this mail.";
    7, 15 => Policyviolation, "Priority Level is too low", "RFC6710", "The message's priority is too low to be accepted.";
    7, 16 => Mesgtoobig, "Message is too big for the specified priority", "RFC6710", "The message is too large for its priority.";
    7, 17 => Hasmoved, "Mailbox owner has changed", "RFC7293", "The mailbox now belongs to someone else.";
    7, 18 => Hasmoved, "Domain owner has changed", "RFC7293", "The domain now belongs to someone else.";
    7, 19 => Undefined, "RRVS test cannot be completed", "RFC7293", "The require-recipient-valid-since check could not be done.";
    7, 20 => Authfailure, "No passing DKIM signature found", "RFC7372; RFC6376", "No DKIM signature verified.", [DkimFailure];
    7, 21 => Authfailure, "No acceptable DKIM signature found", "RFC7372; RFC6376", "DKIM signatures verified but none is acceptable to the receiver.", [DkimFailure];
    7, 22 => Authfailure, "No valid author-matched DKIM signature found", "RFC7372; RFC6376", "No valid DKIM signature matches the author's domain.", [DkimFailure, DmarcFailure];
    7, 23 => Authfailure, "SPF validation failed", "RFC7372; RFC7208", "The sending IP is not allowed by the domain's SPF record.", [SpfFailure];
    7, 24 => Authfailure, "SPF validation error", "RFC7372; RFC7208", "The SPF check could not be completed.", [SpfFailure];
    7, 25 => Requireptr, "Reverse DNS validation failed", "RFC7372; RFC7601", "The sending IP's reverse DNS does not check out.", [ReverseDnsMissing];
    7, 26 => Authfailure, "Multiple authentication checks failed", "RFC7372", "Several authentication checks failed together.", [SpfFailure, DkimFailure];
    7, 27 => Notaccept, "Sender address has null MX", "RFC7505", "The sender's domain publishes a null MX, so replies could not be delivered.";
    7, 28 => Speeding, "Mail flood detected", "IANA registry (registered after 2015)", "The receiver sees a flood of mail from this source.", [RateLimited];
    7, 29 => Authfailure, "ARC validation failure", "RFC8617", "The ARC chain of the message failed validation.";
    7, 30 => Securityerror, "REQUIRETLS support required", "RFC8689", "The message requires TLS all the way and a hop cannot provide it.", [TlsRequiredNotSupported];
}

/// Basic reply codes (RFC 5321 section 4.2.3; 521 and 556 from RFC 7504), in our words.
pub static REPLY_CODES: &[(u16, &str)] = &[
    (211, "System status or help reply"),
    (214, "Help message for a human reader"),
    (220, "Service ready"),
    (221, "Service closing the connection"),
    (250, "Requested action completed"),
    (251, "User not local; the message will be forwarded"),
    (
        252,
        "Cannot verify the user, but will accept and try delivery",
    ),
    (354, "Start mail input"),
    (421, "Service not available, closing the connection"),
    (
        450,
        "Action not taken: mailbox unavailable for now (busy or temporarily blocked)",
    ),
    (451, "Action aborted: local error in processing"),
    (452, "Action not taken: insufficient system storage"),
    (455, "Server cannot accommodate the parameters"),
    (500, "Syntax error, command unrecognised"),
    (501, "Syntax error in parameters or arguments"),
    (502, "Command not implemented"),
    (503, "Bad sequence of commands"),
    (504, "Command parameter not implemented"),
    (521, "Host does not accept mail"),
    (
        550,
        "Action not taken: mailbox unavailable (not found, no access, or refused by policy)",
    ),
    (551, "User not local"),
    (552, "Action aborted: storage allocation exceeded"),
    (553, "Action not taken: mailbox name not allowed"),
    (554, "Transaction failed"),
    (
        555,
        "MAIL FROM/RCPT TO parameters not recognised or not implemented",
    ),
    (556, "Domain does not accept mail"),
];

/// The details that [`BY_CODE`] indexes: `0..DETAILS` (the registry's highest is 30; a
/// row above would stop the build, see [`by_code`]).
const DETAILS: usize = 32;

/// No row (in [`BY_CODE`]).
const NO_ROW: u8 = u8::MAX;

/// The row of [`IANA`] for each subject (`0..8`): at `[s][0]` the subject's own row
/// (`X.s.X`), at `[s][d + 1]` the first row of detail `d` (`X.s.d`); [`NO_ROW`] where the
/// registry has none. A lookup is two loads instead of a walk over the registry, which
/// the diagnosis and the contract's `title` and `meaning` each did per text.
static BY_CODE: [[u8; DETAILS + 1]; 8] = by_code();

const fn by_code() -> [[u8; DETAILS + 1]; 8] {
    assert!(ROWS.len() < NO_ROW as usize);
    let mut t = [[NO_ROW; DETAILS + 1]; 8];
    // From the last row back, so that the first of two rows of one code wins.
    let mut i = ROWS.len();
    while i > 0 {
        i -= 1;
        let e = &ROWS[i];
        let s = e.subject as usize;
        assert!(s < 8, "a subject beyond the registry's 0-7");
        match e.detail {
            None => t[s][0] = i as u8,
            Some(d) => {
                assert!((d as usize) < DETAILS, "a detail beyond DETAILS: raise it");
                t[s][d as usize + 1] = i as u8;
            }
        }
    }
    t
}

/// The row of [`IANA`] for `X.subject.detail`: its own row, else its subject's.
pub(crate) fn row_of(subject: u8, detail: u16) -> Option<usize> {
    let row = BY_CODE.get(usize::from(subject))?;
    let exact = row.get(usize::from(detail) + 1).copied().unwrap_or(NO_ROW);
    let i = if exact == NO_ROW { row[0] } else { exact };
    (i != NO_ROW).then_some(usize::from(i))
}
