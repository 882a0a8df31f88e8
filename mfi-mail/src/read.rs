//! One message into a [`Report`].

use std::borrow::Cow;

use mail_parser::{Message, MessageParser, MimeHeaders, PartType};
use mfi_core::knowledge::{locale::Locale, notices};
use mfi_core::{Action, EnhancedStatus, Origin, Reason, ReportKind, Severity, Timestamp};

use crate::body::{self, Block};
use crate::dsn::{self, collapse, Dsn, Group};
use crate::{Original, ReadOptions, Recipient, Report};

/// The most bytes of error text kept for one recipient (a DSN's text is short; an NDR's
/// explanation a few KiB).
const MAX_DIAGNOSTIC: usize = 8 * 1024;

/// Reads one message into a report. Any bytes are accepted: a message that cannot be read
/// as one, or that is about no delivery, is a report of kind `not_a_report` with no
/// recipients. Time is linear in the message's length (at most
/// [`ReadOptions::max_message_len`] bytes are read).
///
/// ```
/// use mfi_mail::{read_message, ReadOptions};
/// let dsn = b"Subject: Undelivered Mail Returned to Sender\r\n\
/// Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
/// --b\r\nContent-Type: text/plain\r\n\r\nThe mail system\r\n\
/// --b\r\nContent-Type: message/delivery-status\r\n\r\n\
/// Reporting-MTA: dns; mx.example.jp\r\n\r\n\
/// Final-Recipient: rfc822; neko@example.org\r\nAction: failed\r\nStatus: 4.4.1\r\n\
/// Diagnostic-Code: X-Postfix; connect to example.org[192.0.2.1]:25: Connection timed out\r\n\
/// --b--\r\n";
/// let report = read_message(dsn, &ReadOptions::default());
/// let r = &report.recipients[0];
/// let d = r.diagnosis.as_diagnosis();
/// assert!(d.expired()); // failed with a 4.x.x status: retrying ended
/// assert_eq!(d.mfi_code().unwrap().name(), "4.4.315");
/// assert_eq!(report.reporting_mta.as_deref(), Some("mx.example.jp"));
/// ```
pub fn read_message(bytes: &[u8], options: &ReadOptions) -> Report {
    MessageReader::new(*options).read(bytes)
}

/// Reads many messages with the same options: [`read_message`] for each, without setting up
/// the MIME parser again for every one (that costs about a tenth of reading a small report).
///
/// ```
/// use mfi_mail::{MessageReader, ReadOptions};
/// let reader = MessageReader::new(ReadOptions::default());
/// for m in [&b"Subject: hi\r\n\r\nhello\r\n"[..], b"From: MAILER-DAEMON@x.example\r\n\r\n"] {
///     let report = reader.read(m);
///     assert!(report.recipients.is_empty());
/// }
/// ```
pub struct MessageReader {
    options: ReadOptions,
    parser: MessageParser,
    words: WordLists,
}

impl std::fmt::Debug for MessageReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageReader")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl MessageReader {
    /// A reader that reads with `options`.
    pub fn new(options: ReadOptions) -> Self {
        MessageReader {
            options,
            parser: parser(),
            words: WordLists::new(),
        }
    }

    /// The options it reads with.
    pub fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// Reads one message: see [`read_message`].
    pub fn read(&self, bytes: &[u8]) -> Report {
        read_with(bytes, &self.options, &self.parser, &self.words)
    }
}

fn read_with(
    bytes: &[u8],
    options: &ReadOptions,
    parser: &MessageParser,
    words: &WordLists,
) -> Report {
    let bytes = &bytes[..bytes.len().min(options.max_message_len)];
    // Lines ended by CR alone (old Mac systems): the MIME parser wants LF.
    let lf;
    let bytes = if memchr::memchr(b'\n', bytes).is_none() && memchr::memchr(b'\r', bytes).is_some()
    {
        lf = bytes
            .iter()
            .map(|&b| if b == b'\r' { b'\n' } else { b })
            .collect::<Vec<u8>>();
        &lf[..]
    } else {
        bytes
    };
    let bytes = strip_mbox_line(bytes);
    let bytes = limit_containers(bytes);
    let bytes = crate::cut::without_unread_parts(bytes);
    let mut report = match parse(parser, &bytes[..]) {
        Some(m) => Reader::new(&m, options, parser, words).report(),
        None => empty(ReportKind::NotAReport),
    };
    report.locale = options.locale;
    report.bound_repeated_values();
    report
}

/// The MIME parser's reading of `bytes`, `None` when it finds no message.
///
/// mail-parser 0.11 has a `debug_assert!` that some nestings reach (a `message/rfc822`
/// part whose message is itself a `message/rfc822`, in a multipart): in a build with debug
/// assertions (a test build, or a program that depends on this crate built for debugging)
/// it panics where a release build reads on. A panic there is taken as a message that
/// cannot be read, so that no input makes the reader panic in any build.
fn parse<'x>(parser: &MessageParser, bytes: &'x [u8]) -> Option<Message<'x>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| parser.parse(bytes)))
        .ok()
        .flatten()
}

fn empty(kind: ReportKind) -> Report {
    Report {
        kind,
        reporting_mta: None,
        arrival_date: None,
        original: Original::default(),
        recipients: Vec::new(),
        locale: Locale::En,
    }
}

/// The most recipients one report lists; a message that names more is read up to there
/// (each recipient carries a full diagnosis, so this bounds a report's memory).
pub const MAX_RECIPIENTS: usize = 1000;

/// The most MIME containers (`multipart/*`, `message/*`) read from one message. Real
/// reports hold a handful; the MIME parser nests a structure per `message/*` part, which
/// a hostile message could nest thousands deep.
const MAX_CONTAINERS: usize = 64;

/// The message up to the line that names its `MAX_CONTAINERS + 1`th container type.
fn limit_containers(bytes: &[u8]) -> &[u8] {
    let mut seen = 0;
    for slash in memchr::memchr_iter(b'/', bytes) {
        let before = &bytes[..slash];
        let named = |w: &[u8]| {
            before.len() >= w.len() && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
        };
        if named(b"multipart") || named(b"message") {
            seen += 1;
            if seen > MAX_CONTAINERS {
                let line = memchr::memrchr(b'\n', before).map_or(0, |p| p + 1);
                return &bytes[..line];
            }
        }
    }
    bytes
}

/// The MIME parser: it decodes the headers the reader uses (MIME, addresses, dates,
/// message ids, subject) and only skips over the others (a `Received` chain is not parsed;
/// [`raw_header`] still finds any header by its place in the message). Made per reader (see
/// [`MessageReader`]), so that the library holds no global allocation.
fn parser() -> MessageParser {
    use mail_parser::HeaderName as H;
    MessageParser::new()
        .header_content_type(H::ContentType)
        .header_content_type(H::ContentDisposition)
        .header_text(H::ContentTransferEncoding)
        .header_date(H::Date)
        .header_text(H::Subject)
        .header_address(H::From)
        .header_address(H::To)
        .header_id(H::MessageId)
        .default_header_ignore()
}

/// A header's raw value, found by its name in any case: `Message::header_raw` without
/// turning the name into a `HeaderName` at every call.
fn raw_header<'a>(m: &'a Message<'_>, name: &str) -> Option<&'a str> {
    let h = m
        .headers()
        .iter()
        .find(|h| h.name.as_str().eq_ignore_ascii_case(name))?;
    let raw = m
        .raw_message
        .get(h.offset_start as usize..h.offset_end as usize)?;
    std::str::from_utf8(raw).ok()
}

/// Drops an mbox `From ` line at the start.
fn strip_mbox_line(bytes: &[u8]) -> &[u8] {
    if bytes.starts_with(b"From ") {
        match memchr::memchr(b'\n', bytes) {
            Some(p) => &bytes[p + 1..],
            None => &[],
        }
    } else {
        bytes
    }
}

fn timestamp(value: &str) -> Option<Timestamp> {
    let v = value.trim();
    mail_parser::DateTime::parse_rfc822(v)
        .filter(|d| d.is_valid())
        .map(|d| Timestamp::from_unix(d.to_timestamp()))
        .or_else(|| v.parse().ok())
}

/// An address without angle brackets, quotes and a type, lower-cased (its `\x{HHHH}`
/// escapes decoded: RFC 6533's `utf-8;` addresses as a downgraded report writes them).
fn clean_address(value: &str) -> Option<String> {
    let (ty, v) = dsn::typed(value);
    let unescaped = if ty.is_some_and(|t| t.eq_ignore_ascii_case("utf-8")) {
        unescape_utf8_addr(v)
    } else {
        std::borrow::Cow::Borrowed(v)
    };
    let v = unescaped.as_ref();
    let found = body::addresses(v).into_iter().next();
    match found {
        Some(f) => Some(f.address),
        None => {
            let t = v.trim_matches(|c: char| matches!(c, '<' | '>' | '"' | ' ' | '\''));
            (!t.is_empty() && !t.contains(' ')).then(|| t.to_ascii_lowercase())
        }
    }
}

/// An address with RFC 6533's escapes (`j\x{F6}rg@example.de`) decoded; a malformed
/// escape, or one of an ASCII character (which RFC 6533 never escapes: `\x{40}` is no
/// `@`), is kept as it is.
fn unescape_utf8_addr(v: &str) -> std::borrow::Cow<'_, str> {
    if !v.contains("\\x{") {
        return std::borrow::Cow::Borrowed(v);
    }
    let mut out = String::with_capacity(v.len());
    let mut rest = v;
    while let Some(at) = rest.find("\\x{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        // (The brace is looked for in the next 7 bytes only: a text of `\x{` without one
        // is read once.)
        let close = after.as_bytes().iter().take(7).position(|&b| b == b'}');
        let decoded = close.and_then(|at| {
            let (hex, tail) = (&after[..at], &after[at + 1..]);
            let ok = (1..=6).contains(&hex.len()) && hex.bytes().all(|b| b.is_ascii_hexdigit());
            let c = ok.then(|| u32::from_str_radix(hex, 16).ok()).flatten()?;
            // (Not a control, a line or paragraph separator or a direction mark: what an
            // address never holds, and would change how it prints.)
            let c = char::from_u32(c).filter(|c| {
                !c.is_ascii()
                    && !c.is_control()
                    && !matches!(c, '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
            })?;
            Some((c, tail))
        });
        match decoded {
            Some((c, tail)) => {
                out.push(c);
                rest = tail;
            }
            None => {
                out.push_str(&rest[at..at + 3]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Whether an address names a mailbox of the Internet: a local part, and a domain with a
/// dot and only the characters of host names, internationalised ones included (not
/// `user@ims-ms-daemon`, `a@ims_daemon`, `f.b`).
fn routable(address: &str) -> bool {
    address.rsplit_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && domain.bytes().all(|b| {
                b.is_ascii_alphanumeric()
                    || b >= 0x80
                    || matches!(b, b'.' | b'-' | b'[' | b']' | b':')
            })
    })
}

/// What the parts of a message hold.
#[derive(Default)]
struct Parts {
    /// `message/delivery-status` (and the global variant) bodies.
    status: Vec<String>,
    /// `message/feedback-report` bodies.
    feedback: Vec<String>,
    /// The human-readable text of the report (not the original, not the status).
    text: String,
    original: Original,
    has_original: bool,
    /// The status report's `Arrival-Date`.
    arrival: Option<Timestamp>,
}

struct Reader<'m, 'x> {
    m: &'m Message<'x>,
    options: &'m ReadOptions,
    parser: &'m MessageParser,
    /// The word lists, searched with finders made once per reader.
    words: &'m WordLists,
    parts: Parts,
    /// Reading a report attached to another message (one level only).
    nested: bool,
    /// The report's words before its first recipient, collapsed to one line, and whether
    /// they hold an SMTP code (made once, when first asked for: every recipient may ask).
    intro_line: std::cell::OnceCell<(String, bool)>,
    /// Whether the subject or the words before the first recipient speak of a delay.
    intro_delayed: std::cell::OnceCell<bool>,
    /// Which system wrote the report, from the start of its text (found once).
    origin: std::cell::OnceCell<Origin>,
}

impl<'m, 'x> Reader<'m, 'x> {
    fn new(
        m: &'m Message<'x>,
        options: &'m ReadOptions,
        parser: &'m MessageParser,
        words: &'m WordLists,
    ) -> Self {
        let mut r = Reader {
            m,
            options,
            parser,
            words,
            parts: Parts::default(),
            nested: false,
            intro_line: std::cell::OnceCell::new(),
            intro_delayed: std::cell::OnceCell::new(),
            origin: std::cell::OnceCell::new(),
        };
        r.walk();
        r
    }

    /// A header of the report (one of `cut::KEPT_HEADERS` or `cut::REPORT_HEADERS`: the
    /// others are cut before parsing).
    fn header(&self, name: &'static str) -> Option<&'m str> {
        debug_assert!(crate::cut::KEPT_HEADERS
            .iter()
            .chain(crate::cut::REPORT_HEADERS)
            .any(|h| h[..h.len() - 1].eq_ignore_ascii_case(name.as_bytes())));
        raw_header(self.m, name).map(str::trim)
    }

    fn walk(&mut self) {
        let m = self.m;
        let mut html = Vec::new();
        let mut plain = false;
        for part in &m.parts {
            let (ctype, subtype) = part
                .content_type()
                .map(|c| {
                    (
                        ascii_lower(c.ctype()),
                        ascii_lower(c.subtype().unwrap_or("")),
                    )
                })
                .unwrap_or((Cow::Borrowed("text"), Cow::Borrowed("plain")));
            let kind = (&*ctype, &*subtype);
            match &part.body {
                PartType::Multipart(_) => {}
                PartType::Message(inner) => {
                    if !self.parts.has_original {
                        self.parts.original = original_of(inner);
                        self.parts.has_original = true;
                    }
                }
                body => match kind {
                    (_, "delivery-status" | "global-delivery-status") => {
                        self.parts.status.push(lossy(part.contents()).into_owned());
                    }
                    (_, "feedback-report") => {
                        self.parts
                            .feedback
                            .push(lossy(part.contents()).into_owned());
                    }
                    ("text", "rfc822-headers" | "rfc822-header") => {
                        if !self.parts.has_original {
                            let kept = crate::cut::original_headers(part.contents());
                            if let Some(h) = self.parser.parse_headers(&kept[..]) {
                                self.parts.original = original_of(&h);
                                self.parts.has_original = true;
                            }
                        }
                    }
                    _ => match body {
                        PartType::Html(h) => html.push(h.as_ref()),
                        // Any other text (including a report whose MIME structure is broken
                        // and arrived as one part) is read as the report's words.
                        PartType::Text(t) => {
                            plain = true;
                            push_text(&mut self.parts.text, t);
                        }
                        _ => {}
                    },
                },
            }
        }
        // HTML only when there is no plain text to read.
        if !plain && self.parts.status.is_empty() {
            for h in html {
                push_text(
                    &mut self.parts.text,
                    &mail_parser::decoders::html::html_to_text(&rows_as_lines(h)),
                );
            }
        }
        // MIME so broken that no part gave text (a boundary parameter on a line of its own):
        // the raw body is the report's words.
        if self.parts.text.trim().is_empty()
            && self.parts.status.is_empty()
            && self.parts.feedback.is_empty()
        {
            if let Some(first) = m.parts.first() {
                let raw = m.raw_message();
                let start = (first.offset_body as usize).min(raw.len());
                push_text(&mut self.parts.text, &lossy(&raw[start..]));
            }
        }
        // A bounce forwarded as a quotation ("> " before every line): read the quoted text.
        if let Some(unquoted) = body::unquote(&self.parts.text) {
            self.parts.text = unquoted;
        }
        // The original quoted in the text itself.
        let (words, original) = body::split_original(&self.parts.text);
        if let Some(orig) = original {
            if !self.parts.has_original {
                let kept = crate::cut::original_headers(orig.trim_start().as_bytes());
                if let Some(h) = self.parser.parse_headers(&kept[..]) {
                    self.parts.original = original_of(&h);
                    self.parts.has_original = true;
                }
            }
            let keep = words.len();
            self.parts.text.truncate(keep);
        }
    }

    fn report(mut self) -> Report {
        let feedback = !self.parts.feedback.is_empty()
            || self
                .m
                .content_type()
                .and_then(|c| c.attribute("report-type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("feedback-report"))
            || self.is_forwarded_complaint();
        if feedback {
            return self.feedback_report();
        }
        if let Some(n) = crate::ses::parse(&self.parts.text) {
            return self.ses_report(n);
        }
        // A notice that only wraps a delivery status report (a gateway that forwards the
        // bounce it received as an attached message, with words of its own that name no
        // recipient): the attached report is the report.
        if self.parts.status.is_empty()
            && !self.nested
            && body::addresses(&self.parts.text).is_empty()
        {
            if let Some(inner) = self.attached_report() {
                let mut r = Reader::new(inner, self.options, self.parser, self.words);
                r.nested = true;
                return r.report();
            }
        }
        // Status fields: from the status parts, else printed in the text.
        let mut status = Dsn::default();
        for s in &self.parts.status {
            let d = dsn::parse(s, false);
            if status.message.fields.is_empty() {
                status.message = d.message;
            }
            status.recipients.extend(d.recipients);
        }
        // (Only a `Final-Recipient` field makes them count: a text without `-recipient`
        // needs no parse.)
        if status.recipients.is_empty()
            && mfi_core::internal::find_ci(self.parts.text.as_bytes(), b"-recipient").is_some()
        {
            let d = dsn::parse(&self.parts.text, true);
            if d.recipients
                .iter()
                .any(|g| g.get("final-recipient").is_some())
            {
                status.recipients = d.recipients;
                if status.message.fields.is_empty() {
                    status.message = d.message;
                }
            }
        }
        self.parts.arrival = status.message.get("arrival-date").and_then(timestamp);
        let sender = self
            .m
            .from()
            .and_then(|f| f.first())
            .and_then(|a| a.address())
            .map(str::to_ascii_lowercase);
        // The report's sender, and whom it is sent to (the original sender): not recipients.
        let mut ignore: Vec<String> = sender.into_iter().collect();
        let senders = ignore.len();
        if let Some(to) = self.m.to() {
            ignore.extend(
                to.iter()
                    .filter_map(|a| a.address())
                    .map(str::to_ascii_lowercase),
            );
        }
        let (mut intro, mut blocks) = body::blocks(&self.parts.text, &ignore);
        if blocks.is_empty() && ignore.len() > senders {
            // A message sent to oneself: its recipient is the report's addressee.
            (intro, blocks) = body::blocks(&self.parts.text, &ignore[..senders]);
        }

        // (Exchange marks its non-delivery reports with a header of their own, whatever the
        // language of their subject and though they say `Auto-Submitted: auto-replied`.)
        let auto_reply =
            self.is_auto_reply() && self.header("X-MS-Exchange-Message-Is-Ndr").is_none();
        if auto_reply && status.recipients.is_empty() && !self.is_from_mailer() {
            return self.auto_reply_report();
        }

        let mut recipients = if !status.recipients.is_empty() {
            self.recipients_of_status(&status, &blocks, &intro)
        } else if !blocks.is_empty() {
            blocks
                .iter()
                .map(|b| {
                    let mut r = self.recipient_of(
                        b.address.clone(),
                        None,
                        None,
                        None,
                        FailureWords::Own(&b.text),
                        &intro,
                        &Group::default(),
                    );
                    r.original_recipient = r.original_recipient.or_else(|| b.original.clone());
                    r
                })
                .collect()
        } else {
            self.recipients_of_text(&intro)
        };
        let kind = self.kind(&recipients, &intro, !status.recipients.is_empty());
        if kind == ReportKind::NotAReport {
            recipients.clear();
        }
        Report {
            kind,
            reporting_mta: status
                .message
                .typed("reporting-mta")
                .map(str::to_owned)
                .or_else(|| self.reporting_host()),
            arrival_date: status.message.get("arrival-date").and_then(timestamp),
            original: self.parts.original.clone(),
            recipients,
            locale: self.options.locale,
        }
    }

    /// Whether the message comes from a mail system rather than a person
    /// (`MAILER-DAEMON`, `postmaster`, `root`), or says it failed.
    fn is_from_mailer(&self) -> bool {
        let from = self
            .m
            .from()
            .and_then(|f| f.first())
            .and_then(|a| a.address())
            .unwrap_or("")
            .to_ascii_lowercase();
        let raw = raw_header(self.m, "From")
            .unwrap_or("")
            .to_ascii_lowercase();
        ["mailer-daemon@", "postmaster@", "root@", "mail-daemon@"]
            .iter()
            .any(|p| from.starts_with(p))
            || [
                "mailer-daemon",
                "mail delivery",
                "postmaster",
                "post_master",
            ]
            .iter()
            .any(|w| raw.contains(w))
            // (The null sender: `From: <>`, as some MTAs head their notices.)
            || raw.trim() == "<>"
            || self.says_failed("")
    }

    /// The host a report without status fields comes from (`MAILER-DAEMON@host`).
    fn reporting_host(&self) -> Option<String> {
        let from = self.m.from()?.first()?.address()?;
        let (local, host) = from.rsplit_once('@')?;
        let local = local.to_ascii_lowercase();
        (local == "mailer-daemon" || local == "postmaster").then(|| host.to_ascii_lowercase())
    }

    /// The raw `To` of the returned original (when it holds no address).
    fn original_to_raw(&self) -> Option<String> {
        self.m.parts.iter().find_map(|p| match &p.body {
            PartType::Message(inner) => raw_header(inner, "To").map(|t| t.trim().to_owned()),
            _ => None,
        })
    }

    /// Which system wrote the report: the markers of its first 2 KB of text (bounce
    /// templates say whose they are at the top) with its status part's first 1 KB (the
    /// per-message fields: `X-Postfix-Queue-ID`, ZoneMTA's `X-ZoneMTA-Queue-ID` under
    /// Gmail's first sentence, ...), else its sender
    /// (Exchange's `MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@` system mailbox,
    /// when its words are HTML only); unknown leaves it to each recipient's text.
    fn origin(&self) -> Origin {
        *self.origin.get_or_init(|| {
            let text = prefix(&self.parts.text, 2048);
            let status = self.parts.status.first().map(|s| prefix(s, 1024));
            // (The status part's fields about its writer weigh with the text; its other
            // fields, `Received-From-MTA`, `Remote-MTA`, name other hosts.)
            let writer_fields: String = status
                .into_iter()
                .flat_map(str::lines)
                .filter(|l| {
                    let l = l.as_bytes();
                    l.len() > 2
                        && (l[..2].eq_ignore_ascii_case(b"x-")
                            || l.len() > 13 && l[..13].eq_ignore_ascii_case(b"reporting-mta"))
                })
                .flat_map(|l| [l, "\n"])
                .collect();
            let found = match mfi_core::detect_origin(&format!("{text}\n{writer_fields}")) {
                Origin::Unknown => status.map_or(Origin::Unknown, mfi_core::detect_origin),
                found => found,
            };
            match found {
                Origin::Unknown => exchange_system_mailbox(raw_header(self.m, "From"))
                    .or_else(|| qmail_bounce(self.m))
                    .unwrap_or(Origin::Unknown),
                found => found,
            }
        })
    }

    fn report_date(&self) -> Option<Timestamp> {
        self.m
            .date()
            .filter(|d| d.is_valid())
            .map(|d| Timestamp::from_unix(d.to_timestamp()))
    }

    /// The recipients of a report with status fields.
    fn recipients_of_status(&self, status: &Dsn, blocks: &[Block], intro: &str) -> Vec<Recipient> {
        let single = status.recipients.len() == 1;
        let by_address: std::collections::HashMap<&str, &Block> = blocks
            .iter()
            .rev()
            .map(|b| (b.address.as_str(), b))
            .collect();
        status
            .recipients
            .iter()
            .take(MAX_RECIPIENTS)
            .filter_map(|g| {
                // The final recipient, unless it is no mailbox's address (an X.400 name, a
                // local name, a message store's channel such as Sun Messaging Server's
                // `user@ims-ms-daemon`) and another field names one.
                let named: Vec<String> = [
                    "final-recipient",
                    "x-actual-recipient",
                    "original-recipient",
                ]
                .iter()
                .filter_map(|k| g.get(k).and_then(clean_address))
                .collect();
                let address = named
                    .iter()
                    .find(|a| routable(a))
                    .or(named.first())
                    .cloned()
                    .or_else(|| blocks.first().map(|b| b.address.clone()).filter(|_| single))?;
                let block = by_address
                    .get(address.as_str())
                    .copied()
                    .or_else(|| blocks.first().filter(|_| single && blocks.len() == 1));
                let action = g.get("action").and_then(action_of);
                let st = g.get("status").and_then(status_of);
                let diag = g.typed("diagnostic-code").map(str::to_owned);
                Some(self.recipient_of(
                    address,
                    action,
                    st,
                    diag,
                    block.map_or(FailureWords::None, |b| FailureWords::Own(&b.text)),
                    intro,
                    g,
                ))
            })
            .collect()
    }

    /// One recipient when the text names none: the failed recipients header, else the
    /// original's first `To` address; the whole error text is its diagnostic.
    fn recipients_of_text(&self, intro: &str) -> Vec<Recipient> {
        let listed: Vec<String> = self
            .header("X-Failed-Recipients")
            .map(|h| body::addresses(h).into_iter().map(|f| f.address).collect())
            .unwrap_or_default();
        let addresses = if listed.is_empty() {
            self.parts
                .original
                .to
                .as_deref()
                .and_then(|t| body::addresses(t).into_iter().next())
                .map(|f| vec![f.address])
                .unwrap_or_default()
        } else {
            listed
        };
        addresses
            .into_iter()
            .map(|a| {
                let words = FailureWords::Report(intro);
                self.recipient_of(a, None, None, None, words, "", &Group::default())
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn recipient_of(
        &self,
        address: String,
        action: Option<Action>,
        status: Option<EnhancedStatus>,
        diag: Option<String>,
        words: FailureWords<'_>,
        intro: &str,
        g: &Group,
    ) -> Recipient {
        // A recipient the report says was delivered, relayed or expanded (Sendmail's
        // `Action: delivered (to mailing list)` beside failed ones) takes no words of the
        // report's failures: its own fields are its diagnosis.
        let succeeded = matches!(
            action,
            Some(Action::Delivered | Action::Relayed | Action::Expanded)
        ) && status.is_none_or(|s| s.class() == mfi_core::StatusClass::Success);
        let (words, intro) = if succeeded && diag.is_none() {
            (FailureWords::None, "")
        } else {
            (words, intro)
        };
        let block = match words {
            FailureWords::Own(t) | FailureWords::Report(t) => Some(t),
            FailureWords::None => None,
        };
        // The failure text: the status report's own, else the words about this recipient,
        // else the report's words.
        let reported = diag.as_deref().is_some_and(informative);
        // A block that holds no code, after words that do ("Error message below: 550 ...",
        // then the message's details): the words before it are the failure.
        let coded = |t: &str| {
            t.bytes().any(|b| b.is_ascii_digit())
                && mfi_core::replies(t)
                    .first()
                    .is_some_and(|r| r.0.is_some() || r.1.is_some())
        };
        // The block's words on one line (made when first asked for).
        let collapsed = std::cell::OnceCell::new();
        let collapsed = || {
            collapsed
                .get_or_init(|| block.map(collapse).filter(|b| !b.is_empty()))
                .as_deref()
        };
        let diag = diag
            .filter(|d| informative(d))
            .or_else(|| {
                let b = collapsed()?.to_owned();
                if coded(&b) {
                    return Some(b);
                }
                let (i, i_coded) = self.intro_line(intro, coded);
                Some(if *i_coded { format!("{i} {b}") } else { b })
            })
            .or_else(|| Some(self.intro_line(intro, coded).0.clone()).filter(|t| !t.is_empty()))
            .map(|d| cut(&d, MAX_DIAGNOSTIC));
        let action = action.or_else(|| self.implied_action(block.unwrap_or(""), intro));
        // The classifier also reads the words about this recipient in the report's text when
        // they add to the status report's own (the SMTP command a Postfix report names, a
        // transcript's lines), after them, so that the status report's code stays first.
        // The statuses the failure text itself holds (once: they decide the text and the
        // status judged right).
        let own: Vec<EnhancedStatus> = diag
            .as_deref()
            .filter(|t| may_hold_status(t))
            .map(|t| {
                mfi_core::replies(t)
                    .into_iter()
                    .filter_map(|r| r.1)
                    .collect()
            })
            .unwrap_or_default();
        let mut text = compose(diag.as_deref().unwrap_or(""), !own.is_empty(), status);
        // A status report whose diagnostic only says that the message is delayed or expired
        // (Exchange's `400 4.4.7 Message delayed`): the words about the recipient say why
        // (`Remote Server at mx (ip) returned '441 4.4.1 ... Winsock error code: 10060'`).
        let wrapper_only =
            reported && !own.is_empty() && own.iter().all(|s| s.subject() == 4 && s.detail() == 7);
        // A system's own verdict field: PowerMTA's bounce category; au (KDDI)'s mark of a
        // message its recipient's domain filter refused.
        if let Some(c) = g.get("x-powermta-bouncecategory") {
            text.push_str(" X-PowerMTA-BounceCategory: ");
            text.push_str(c);
        }
        if let Some(v) = self.header("X-SPASIGN") {
            text.push_str(" X-SPASIGN: ");
            text.push_str(v);
        }
        if let (Some(b), true) = (block, reported && !wrapper_only) {
            // Beside a status report's own text, only the SMTP conversation the report's
            // words tell (other lines would add words about other things).
            // Right after the reply they belong to: "Access denied (in reply to MAIL FROM
            // command)" reads as one.
            let commands = command_words(b);
            if !commands.is_empty() {
                text.push(' ');
                text.push_str(&commands);
            }
            // And a line that tells the report's words at more length (Sendmail's
            // `Diagnostic-Code: smtp; 550 Host unknown` beside its transcript's
            // `550 5.1.2 <a@b>... Host unknown (Name server: b: host not found)`).
            if let Some(more) = diag.as_deref().and_then(|d| restated(b, d)) {
                text.push(' ');
                text.push_str(more);
            }
        } else if let (Some(b), Some(d)) = (collapsed(), diag.as_deref()) {
            if !d.contains(b) && !b.contains(d) {
                text.push_str(" | ");
                text.push_str(&cut(b, MAX_DIAGNOSTIC));
            } else if b.len() > d.len() && b.contains(d) {
                let extra = b.replacen(d, "", 1);
                text.push_str(" | ");
                text.push_str(&cut(extra.trim(), MAX_DIAGNOSTIC));
            }
        }
        // A local program's failure (`Diagnostic-Code: X-Unix; 71`, the exit status of a
        // pipe or delivery agent): the type says what failed.
        if let Some(v) = g.get("diagnostic-code").filter(|v| {
            v.trim_start()
                .get(..7)
                .is_some_and(|t| t.eq_ignore_ascii_case("x-unix;"))
        }) {
            text.push_str(" Diagnostic-Code: ");
            text.push_str(v.trim());
        }
        if let Some(a) = action {
            text.push_str(" Action: ");
            text.push_str(a.name());
        }
        let last_attempt = g.get("last-attempt-date").and_then(timestamp);
        let until = g.get("will-retry-until").and_then(timestamp);
        let first = self.parts.arrival.or(self.parts.original.date);
        let now = last_attempt.or_else(|| self.report_date());
        let mut opts = self
            .options
            .classify_options(self.origin(), first, now, until);
        // A failure this recipient's own words tell (the status report's diagnostic, the
        // words about it): stated, so that words naming no reason hold it (`onhold`), as
        // Sisimai decides; the report's general words alone leave it undefined.
        if action == Some(Action::Failed) && (reported || matches!(words, FailureWords::Own(_))) {
            opts = opts.stated(Severity::Permanent);
        }
        let diagnosis = mfi_core::classify_owned(without_continuations(text), &opts);
        let d = diagnosis.as_diagnosis();
        // The status: the diagnostic text's own specific code when it has one (an outer
        // `X.1.0` that wraps another code, as Amazon SES writes, yields to the inner one),
        // else the status report's, else whatever code there is. `X.0.0` and `4.4.7` are not
        // specific.
        let specific = |s: &EnhancedStatus| {
            !((s.subject() == 0 && s.detail() == 0) || (s.subject() == 4 && s.detail() == 7))
        };
        let wrapper = |s: &EnhancedStatus| s.subject() == 1 && s.detail() == 0 && own.len() > 1;
        let judged = own
            .iter()
            .copied()
            .find(|s| specific(s) && !wrapper(s))
            .or(status.filter(specific))
            .or(status)
            .or_else(|| own.first().copied());
        let remote_mta = g.typed("remote-mta").map(str::to_owned).or_else(|| {
            use mfi_core::AttrKey as K;
            let found = d.attributes();
            [K::LastAttemptedServerName, K::Server, K::Fqdn]
                .into_iter()
                .find_map(|k| found.clone().find(|(f, _)| *f == k).map(|(_, v)| v))
                .map(str::to_owned)
        });
        Recipient {
            original_recipient: g.get("original-recipient").and_then(clean_address),
            recipient: address,
            action,
            status: judged,
            reported_status: status,
            remote_mta,
            diagnostic_code: diag,
            last_attempt,
            will_retry_until: until,
            hardbounce: hardbounce(d.severity(), d.reason()),
            diagnosis,
        }
    }

    /// The action of a recipient whose report has no status fields: a delay notice's
    /// recipients are delayed, a bounce's failed.
    fn implied_action(&self, block: &str, intro: &str) -> Option<Action> {
        if self.says_delayed(block, intro) {
            Some(Action::Delayed)
        } else {
            Some(Action::Failed)
        }
    }

    /// The report's words before its first recipient on one line, and whether they hold a
    /// code (`intro` is the same for every call on one report).
    fn intro_line(&self, intro: &str, coded: impl Fn(&str) -> bool) -> &(String, bool) {
        self.intro_line.get_or_init(|| {
            let line = collapse(intro);
            let c = coded(&line);
            (line, c)
        })
    }

    fn says_delayed(&self, block: &str, intro: &str) -> bool {
        let delay = |t: &str| self.words.delay.any_in(&t.to_ascii_lowercase());
        // (A recipient's own words count where the report does not say it failed: a
        // failure notice quotes Yahoo's `421 4.7.0 [TSS04] ... temporarily deferred`.)
        *self
            .intro_delayed
            .get_or_init(|| delay(self.m.subject().unwrap_or("")) || delay(intro))
            || {
                let lower = block.to_ascii_lowercase();
                let mut at = self.words.delay.all_in(&lower);
                if self.says_failed(intro) {
                    at.any(|p| !in_a_reply(lower.as_bytes(), p))
                } else {
                    at.next().is_some()
                }
            }
    }

    fn kind(&self, recipients: &[Recipient], intro: &str, dsn: bool) -> ReportKind {
        if recipients.is_empty() {
            return if self.says_delayed("", intro) || self.says_failed(intro) {
                ReportKind::Bounce
            } else {
                ReportKind::NotAReport
            };
        }
        // A person's message (no delivery status part, not from a mail system, nothing in
        // its subject or opening about a failed or delayed delivery) whose body only
        // quotes addresses (a reply's quoted `De: a@b` / `Enviado el:` block) is no report,
        // unless a recipient's text holds a reply or names a failure.
        if !dsn
            && !self.is_from_mailer()
            && !self.says_delayed("", intro)
            && recipients.iter().all(|r| {
                let d = r.diagnosis.as_diagnosis();
                d.reply_code().is_none()
                    && d.enhanced_status().is_none()
                    && d.mfi_code().is_none()
                    && d.reason() == mfi_core::Reason::Undefined
            })
        {
            return ReportKind::NotAReport;
        }
        let actions: Vec<Option<Action>> = recipients.iter().map(|r| r.action).collect();
        let all = |a: Action| actions.iter().all(|x| *x == Some(a));
        if actions.contains(&Some(Action::Failed)) {
            ReportKind::Bounce
        } else if all(Action::Delayed) {
            ReportKind::Delay
        } else if all(Action::Delivered) {
            ReportKind::Delivered
        } else if all(Action::Relayed) {
            ReportKind::Relayed
        } else if all(Action::Expanded) {
            ReportKind::Expanded
        } else if actions.contains(&Some(Action::Delayed)) {
            ReportKind::Delay
        } else if recipients
            .iter()
            .any(|r| r.diagnosis.as_diagnosis().severity() == Severity::Success)
        {
            ReportKind::Delivered
        } else {
            ReportKind::Bounce
        }
    }

    fn says_failed(&self, intro: &str) -> bool {
        [self.m.subject().unwrap_or(""), intro]
            .iter()
            .any(|t| self.words.failure.any_in(&t.to_ascii_lowercase()))
    }

    fn is_auto_reply(&self) -> bool {
        let h = |n: &'static str| self.header(n).map(str::to_ascii_lowercase);
        if h("Auto-Submitted").is_some_and(|v| v.starts_with("auto-replied")) {
            return true;
        }
        if h("X-Autoreply").is_some()
            || h("X-Autorespond").is_some()
            || h("X-Auto-Response-Suppress").is_some_and(|v| v.contains("oof"))
                && h("Auto-Submitted").is_some()
        {
            return true;
        }
        if h("Precedence").is_some_and(|v| v == "auto_reply") {
            return true;
        }
        // (`[Automatyczna odpowiedź] ...`: some put the words in brackets.)
        let subject = self.m.subject().unwrap_or("").to_lowercase();
        let subject = subject.trim_start_matches(['[', '(', ' ']);
        notices::AUTO_REPLY_SUBJECTS
            .iter()
            .any(|s| subject.starts_with(s))
    }

    fn auto_reply_report(&self) -> Report {
        // The replying address is the recipient the reply is about.
        let from = self
            .m
            .from()
            .and_then(|f| f.first())
            .and_then(|a| a.address())
            .map(str::to_ascii_lowercase);
        let mut text = String::from("Auto-Submitted: auto-replied");
        if let Some(s) = self.m.subject() {
            text.push_str(" Subject: ");
            text.push_str(s);
        }
        text.push(' ');
        text.push_str(&cut(&collapse(&self.parts.text), 1024));
        let recipients = from
            .map(|a| {
                let opts = self
                    .options
                    .classify_options(self.origin(), None, None, None);
                let diagnosis = mfi_core::classify_owned(text.clone(), &opts);
                vec![Recipient {
                    recipient: a,
                    original_recipient: None,
                    action: None,
                    status: None,
                    reported_status: None,
                    remote_mta: None,
                    diagnostic_code: Some(cut(&collapse(&self.parts.text), MAX_DIAGNOSTIC))
                        .filter(|t| !t.is_empty()),
                    last_attempt: None,
                    will_retry_until: None,
                    hardbounce: false,
                    diagnosis,
                }]
            })
            .unwrap_or_default();
        Report {
            kind: ReportKind::AutoReply,
            reporting_mta: None,
            arrival_date: None,
            original: self.parts.original.clone(),
            recipients,
            locale: self.options.locale,
        }
    }

    /// The report an Amazon SES notification makes.
    fn ses_report(&self, n: crate::ses::Notification) -> Report {
        use crate::ses::Kind;
        let original = Original {
            message_id: n.message_id.clone(),
            from: n.from.clone(),
            to: n.to.clone(),
            subject: n.subject.clone(),
            date: n.timestamp.as_deref().and_then(|t| t.parse().ok()),
        };
        let (kind, recipients) = match &n.kind {
            Kind::Complaint { feedback_type } => {
                let text = format!(
                    "Feedback-Type: {}",
                    feedback_type.as_deref().unwrap_or("other")
                );
                let recipients = n
                    .entries
                    .iter()
                    .map(|e| self.feedback_recipient(e.address.to_ascii_lowercase(), &text))
                    .collect();
                (ReportKind::Feedback, recipients)
            }
            Kind::Bounce { .. } | Kind::Delivery => {
                let recipients: Vec<Recipient> = n
                    .entries
                    .iter()
                    .map(|e| {
                        let group = Group::default();
                        self.recipient_of(
                            e.address.to_ascii_lowercase(),
                            e.action.as_deref().and_then(action_of),
                            e.status.as_deref().and_then(|s| s.parse().ok()),
                            e.diagnostic
                                .as_deref()
                                .map(|d| dsn::after_type(d).to_owned()),
                            FailureWords::None,
                            "",
                            &group,
                        )
                    })
                    .collect();
                let kind = if matches!(n.kind, Kind::Delivery) {
                    ReportKind::Delivered
                } else {
                    self.kind(&recipients, "", true)
                };
                (kind, recipients)
            }
        };
        Report {
            kind,
            reporting_mta: n
                .reporting_mta
                .as_deref()
                .map(|v| dsn::after_type(v).to_owned()),
            arrival_date: None,
            original,
            recipients,
            locale: self.options.locale,
        }
    }

    /// A complaint's recipient, classified from its feedback type.
    fn feedback_recipient(&self, address: String, text: &str) -> Recipient {
        let opts = self
            .options
            .classify_options(self.origin(), None, None, None);
        Recipient {
            recipient: address,
            original_recipient: None,
            action: None,
            status: None,
            reported_status: None,
            remote_mta: None,
            diagnostic_code: Some(text.to_owned()),
            last_attempt: None,
            will_retry_until: None,
            hardbounce: false,
            diagnosis: mfi_core::classify_owned(text.to_owned(), &opts),
        }
    }

    /// The first attached message that is itself a delivery status report.
    fn attached_report(&self) -> Option<&'m Message<'x>> {
        self.m.parts.iter().find_map(|p| match &p.body {
            PartType::Message(inner)
                if inner.parts.iter().any(|q| {
                    q.content_type().is_some_and(|c| {
                        c.subtype().is_some_and(|s| {
                            s.eq_ignore_ascii_case("delivery-status")
                                || s.eq_ignore_ascii_case("global-delivery-status")
                        })
                    })
                }) =>
            {
                Some(inner)
            }
            _ => None,
        })
    }

    /// A complaint that forwards the message without a feedback-report part: Microsoft's
    /// Junk Mail Reporting Program (and Amazon SES's forwards), "complaint about message
    /// from <ip>", the original attached.
    fn is_forwarded_complaint(&self) -> bool {
        let subject = self.m.subject().unwrap_or("").to_ascii_lowercase();
        subject.contains("complaint about message from ")
            && self
                .m
                .parts
                .iter()
                .any(|p| matches!(p.body, PartType::Message(_)))
    }

    /// The recipient a forwarded complaint names in the original's headers
    /// (`X-HmXmrOriginalRecipient`).
    fn complained_recipient(&self) -> Option<String> {
        self.m.parts.iter().find_map(|p| match &p.body {
            PartType::Message(inner) => {
                raw_header(inner, "X-HmXmrOriginalRecipient").and_then(clean_address)
            }
            _ => None,
        })
    }

    fn feedback_report(&self) -> Report {
        let fields = self
            .parts
            .feedback
            .first()
            .map(|f| dsn::parse(f, false))
            .unwrap_or_default();
        let all: Vec<&(dsn::Name, String)> = fields
            .message
            .fields
            .iter()
            .chain(fields.recipients.iter().flat_map(|g| g.fields.iter()))
            .collect();
        let get = |n: &str| all.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        let mut listed: Vec<String> = all
            .iter()
            .filter(|(k, _)| k == "original-rcpt-to" || k == "removal-recipient")
            .filter_map(|(_, v)| clean_address(v))
            .collect();
        listed.dedup();
        if listed.is_empty() {
            listed.extend(self.complained_recipient());
        }
        if listed.is_empty() {
            // The complaint is about the original's recipient; an undisclosed one is kept as
            // the original names it.
            let to = self
                .parts
                .original
                .to
                .clone()
                .or_else(|| self.original_to_raw());
            listed.extend(to.and_then(|t| {
                body::addresses(&t)
                    .into_iter()
                    .next()
                    .map(|f| f.address)
                    .or_else(|| {
                        Some(t.trim_matches(['<', '>', ' ']).to_owned()).filter(|t| !t.is_empty())
                    })
            }));
        }
        let text = format!("Feedback-Type: {}", get("feedback-type").unwrap_or("other"));
        let recipients = listed
            .into_iter()
            .map(|a| self.feedback_recipient(a, &text))
            .collect();
        Report {
            kind: ReportKind::Feedback,
            reporting_mta: get("reporting-mta").map(|v| dsn::after_type(v).to_owned()),
            arrival_date: get("arrival-date").and_then(timestamp),
            original: self.parts.original.clone(),
            recipients,
            locale: self.options.locale,
        }
    }
}

/// The word lists a reader searches reports for (made per reader, like the MIME parser:
/// the library holds no global allocation).
struct WordLists {
    delay: Words,
    failure: Words,
}

impl WordLists {
    fn new() -> Self {
        WordLists {
            delay: Words::new(notices::DELAY_WORDS),
            failure: Words::new(notices::FAILURE_WORDS),
        }
    }
}

/// A list of lower-case words, each searched for with a searcher made once.
struct Words(Vec<memchr::memmem::Finder<'static>>);

impl Words {
    fn new(words: &'static [&'static str]) -> Self {
        Words(words.iter().map(memchr::memmem::Finder::new).collect())
    }

    /// Whether any of the words is in `lower` (a lower-cased text).
    fn any_in(&self, lower: &str) -> bool {
        self.0.iter().any(|f| f.find(lower.as_bytes()).is_some())
    }

    /// Where each of the words stands in `lower`.
    fn all_in<'t>(&'t self, lower: &'t str) -> impl Iterator<Item = usize> + 't {
        self.0
            .iter()
            .flat_map(move |f| f.find_iter(lower.as_bytes()))
    }
}

/// Whether the word at `at` is inside an SMTP reply a report quotes: a reply code
/// (`[2-5]dd` before a blank or `-`) stands before it on its line where a reply starts (the
/// line's start, or after a `:`), or with an enhanced status after it (`421 4.7.0`). A count
/// (`timed out after 300 seconds`) is no reply. A line that starts with an enhanced status
/// continues the reply of the line before (Postfix folds `said: 421` / `4.7.0 [TSS04] ...
/// temporarily deferred`).
fn in_a_reply(b: &[u8], at: usize) -> bool {
    let at = at.min(b.len());
    let start_of = |end: usize| {
        b[..end]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1)
    };
    let mut line = start_of(at);
    let continues = {
        let rest = b[line..at].trim_ascii_start();
        rest.len() > 2 && rest[0].is_ascii_digit() && rest[1] == b'.' && rest[2].is_ascii_digit()
    };
    if continues && line > 0 {
        line = start_of(line - 1);
    }
    (line..at.saturating_sub(3)).any(|i| {
        let code = (b'2'..=b'5').contains(&b[i])
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && matches!(b.get(i + 3), Some(b' ' | b'-' | b'\n' | b'\r'))
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric());
        let before = b[line..i].iter().rev().find(|c| !c.is_ascii_whitespace());
        let status = b.get(i + 4).is_some_and(u8::is_ascii_digit) && b.get(i + 5) == Some(&b'.');
        code && (before.is_none() || before == Some(&b':') || status)
    })
}

/// `s` in ASCII lower case, copied only when it has a capital.
fn ascii_lower(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// The bytes as text: as they are when they are UTF-8 (checked fast), else with
/// replacement characters.
fn lossy(b: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(b) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => String::from_utf8_lossy(b),
    }
}

fn push_text(buf: &mut String, t: &str) {
    if !buf.is_empty() && !buf.ends_with('\n') {
        buf.push('\n');
    }
    if memchr::memchr(b'\r', t.as_bytes()).is_none() {
        buf.push_str(t);
    } else {
        buf.push_str(&t.replace("\r\n", "\n").replace('\r', "\n"));
    }
}

/// At most `n` bytes of `s`, at a character boundary.
fn cut(s: &str, n: usize) -> String {
    prefix(s, n).to_owned()
}

/// At most `n` bytes of `s`, at a character boundary, borrowed.
pub(crate) fn prefix(s: &str, n: usize) -> &str {
    let mut end = s.len().min(n);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Whether a `Diagnostic-Code` says something (some say only `smtp;` or a bare code).
fn informative(d: &str) -> bool {
    d.chars().filter(|c| c.is_alphabetic()).count() >= 3
        || mfi_core::replies(d).first().is_some_and(|r| r.1.is_some())
}

fn action_of(v: &str) -> Option<Action> {
    let word = v
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty())?;
    Action::from_name(word).ok()
}

fn status_of(v: &str) -> Option<EnhancedStatus> {
    v.split_whitespace().next()?.parse().ok()
}

/// The failure text the classifier reads for one recipient, with the status report's code
/// when the text has none of its own (after the basic reply code when it starts with one).
fn compose(diag: &str, own: bool, status: Option<EnhancedStatus>) -> String {
    let mut text = String::with_capacity(diag.len() + 32);
    match status.filter(|_| !own) {
        Some(st) => {
            let t = diag.trim_start();
            let b = t.as_bytes();
            let basic = b.len() >= 3
                && b[..3].iter().all(u8::is_ascii_digit)
                && (b.len() == 3 || matches!(b[3], b' ' | b'-'));
            if basic {
                text.push_str(&t[..3]);
                text.push(' ');
                text.push_str(&st.to_string());
                text.push_str(&t[3..]);
            } else {
                text.push_str(&st.to_string());
                text.push(' ');
                text.push_str(t);
            }
        }
        None => text.push_str(diag),
    }
    text
}

/// Whose words a recipient's failure text is: its own (a block about it in the report's
/// text), the report's general words (a report that names no recipient apart), or none
/// beside its status fields.
#[derive(Clone, Copy)]
enum FailureWords<'a> {
    Own(&'a str),
    Report(&'a str),
    None,
}

/// A multi-line SMTP reply joined on one line (`550-5.7.1 ... is receiving 550-5.7.1 mail at
/// a rate ...`) without the repeated code of its continuation lines, so that its words read
/// as the sentence they are (the first code stays: it is the reply's).
fn without_continuations(text: String) -> String {
    let b = text.as_bytes();
    // `NNN-D.D.D ` at `i`: its length.
    let prefix_at = |i: usize| -> Option<usize> {
        let code = b.get(i..i + 4)?;
        if !(code[..3].iter().all(u8::is_ascii_digit) && code[3] == b'-') {
            return None;
        }
        let mut j = i + 4;
        for part in 0..3 {
            let start = j;
            while j < b.len() && b[j].is_ascii_digit() && j - start < 3 {
                j += 1;
            }
            if j == start || (part < 2 && b.get(j) != Some(&b'.')) {
                return None;
            }
            if part < 2 {
                j += 1;
            }
        }
        (b.get(j) == Some(&b' ')).then_some(j + 1 - i)
    };
    let mut first: Option<&[u8]> = None;
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'-', &b[i..]) {
        let dash = i + off;
        i = dash + 1;
        let Some(start) = dash.checked_sub(3) else {
            continue;
        };
        if start > 0 && b[start - 1] != b' ' {
            continue;
        }
        if let Some(len) = prefix_at(start) {
            let this = &b[start..start + len];
            match first {
                None => first = Some(this),
                Some(f) if f == this => cuts.push((start, start + len)),
                Some(_) => {}
            }
            i = start + len;
        }
    }
    if cuts.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e) in cuts {
        out.push_str(&text[at..s]);
        at = e;
    }
    out.push_str(&text[at..]);
    out
}

/// What a line of `block` adds after the words of `diag` (without its reply code and
/// status) when the line repeats them and goes on: the words that followed, up to the
/// line's end (at most 200 bytes).
fn restated<'a>(block: &'a str, diag: &str) -> Option<&'a str> {
    let words = diag
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-' || c == ' ');
    // Words enough to be a wording, not a stray one.
    if words.len() < 8 || words.len() > 200 || !words.contains(' ') {
        return None;
    }
    block.lines().take(200).find_map(|line| {
        let at = line.find(words)?;
        let rest = line[at + words.len()..].trim();
        (rest.len() > 2).then(|| prefix(rest, 200))
    })
}

/// The lines of a report's words about one recipient that tell the SMTP conversation: a
/// transcript's commands and replies (`>>> DATA`, `<<< 550-5.7.1 ...`: all the lines of a
/// multi-line reply a status report cuts to its first), and the command a failure answered
/// (`(in reply to RCPT TO command)` from Postfix, `after RCPT TO` / `after end of data` from
/// Exim), joined by spaces.
fn command_words(block: &str) -> String {
    const COMMANDS: &[&str] = &[
        "ehlo", "helo", "mail", "rcpt", "data", "end", "starttls", "auth", "bdat", "quit",
    ];
    let push = |out: &mut String, s: &str| {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(s.trim());
    };
    let mut out = String::new();
    // A transcript: its lines as they are.
    for line in block.lines() {
        let t = line.trim_start();
        if t.starts_with(">>> ") || t.starts_with("<<< ") {
            push(&mut out, t);
            if out.len() > 4096 {
                return out;
            }
        }
    }
    // The command a failure answered, in the words folded over lines (looked for only when
    // the words are there: a block can be a long text).
    let has = |w: &str| mfi_core::internal::find_ci(block.as_bytes(), w.as_bytes()).is_some();
    if !has("reply") && !has("after") {
        return out;
    }
    let text = collapse(block);
    let lower = text.to_ascii_lowercase();
    if let Some(p) = lower.find("(in reply to ") {
        if let Some(e) = lower[p..].find(" command)").filter(|&e| e <= 40) {
            push(&mut out, &text[p..p + e + " command)".len()]);
        }
    }
    let mut from = 0;
    while let Some(p) = lower[from..].find(" after ") {
        let at = from + p + " after ".len();
        let word: String = lower[at..]
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        if COMMANDS.contains(&word.as_str()) {
            let len = if word == "end" {
                "end of data".len()
            } else {
                word.len()
            };
            let end = (at + len).min(text.len());
            if text.is_char_boundary(end) {
                push(&mut out, &text[from + p + 1..end]);
            }
            break;
        }
        from = at;
    }
    out
}

/// Whether `text` has a digit, a dot and a digit in a row: a cheap test before asking the
/// classifier for the enhanced statuses a text holds.
fn may_hold_status(text: &str) -> bool {
    text.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b'.' && w[2].is_ascii_digit())
}

/// Whether retrying this address is pointless.
fn hardbounce(severity: Severity, reason: Reason) -> bool {
    severity == Severity::Permanent && reason.is_hard_bounce()
}

fn original_of(m: &Message<'_>) -> Original {
    Original {
        message_id: m.message_id().map(str::to_owned),
        from: m
            .from()
            .and_then(|f| f.first())
            .and_then(|a| a.address())
            .map(str::to_owned),
        to: m
            .to()
            .map(|t| {
                t.iter()
                    .filter_map(|a| a.address())
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .filter(|t| !t.is_empty()),
        subject: m.subject().map(str::to_owned),
        date: m
            .date()
            .filter(|d| d.is_valid())
            .map(|d| Timestamp::from_unix(d.to_timestamp())),
    }
}

/// qmail, when the report's own `Received:` field says qmail-send made it (`Received:
/// (qmail 69414 invoked for bounce); 30 Oct 2006 ...`): a notice whose words an ISP
/// rewrote. (Not a mark in the core's table, nor the core's marks read over the trace
/// fields: Haraka writes `(Haraka 2107 invoked for bounce)`, and a relay's `Received:`
/// names its own software, not the notice's writer.)
fn qmail_bounce(m: &Message<'_>) -> Option<Origin> {
    m.headers()
        .iter()
        .filter(|h| h.name.as_str().eq_ignore_ascii_case("Received"))
        .take(16)
        .any(|h| {
            m.raw_message
                .get(h.offset_start as usize..h.offset_end as usize)
                .is_some_and(|raw| {
                    let raw = raw.trim_ascii_start();
                    raw.starts_with(b"(qmail ")
                        && memchr::memmem::find(raw, b" invoked for bounce)").is_some()
                })
        })
        .then_some(Origin::Qmail)
}

/// The system whose mailbox a `From` names, if it is Exchange's: `MicrosoftExchange` and
/// 32 hex digits before the `@` (Exchange 2007 and later send their notices from it;
/// Exchange Online from the same mailbox in a tenant's `onmicrosoft.com` domain).
fn exchange_system_mailbox(from: Option<&str>) -> Option<Origin> {
    const NAME: &str = "microsoftexchange";
    let lower = from?.to_ascii_lowercase();
    let found = lower.match_indices(NAME).any(|(i, _)| {
        let rest = &lower.as_bytes()[i + NAME.len()..];
        rest.len() > 32 && rest[..32].iter().all(u8::is_ascii_hexdigit) && rest[32] == b'@'
    });
    found.then(|| {
        if lower.contains(".onmicrosoft.com") {
            Origin::ExchangeOnline
        } else {
            Origin::ExchangeServer
        }
    })
}

/// The HTML with a line break before each table row, division and list item, which
/// `html_to_text` runs together otherwise: a notice laid out as a table (QQ Mail's `<tr><td
/// colspan="2">无法发送到 a@b</td></tr>`) keeps each row on a line of its own, as its plain
/// text would be.
fn rows_as_lines(html: &str) -> std::borrow::Cow<'_, str> {
    const OPENERS: [&[u8]; 4] = [b"<tr", b"<div", b"<li", b"</table"];
    let b = html.as_bytes();
    let opens_a_row = |i: usize| {
        OPENERS.iter().any(|o| {
            b.get(i..i + o.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(o))
                && b.get(i + o.len())
                    .is_none_or(|c| matches!(c, b'>' | b' ' | b'\t' | b'\n' | b'\r'))
        })
    };
    let starts: Vec<usize> = memchr::memchr_iter(b'<', b)
        .filter(|&i| opens_a_row(i))
        .collect();
    if starts.is_empty() {
        return std::borrow::Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len() + starts.len() * 4);
    let mut last = 0;
    for i in starts {
        out.push_str(&html[last..i]);
        out.push_str("<br>");
        last = i;
    }
    out.push_str(&html[last..]);
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::{command_words, restated};

    #[test]
    fn continuation_codes_are_dropped_but_the_first() {
        let t = "450-4.2.1 The user is receiving 450-4.2.1 mail at a rate that 450 4.2.1 prevents";
        assert_eq!(
            super::without_continuations(t.to_owned()),
            "450-4.2.1 The user is receiving mail at a rate that 450 4.2.1 prevents"
        );
        let other = "550-5.7.1 a 550-5.7.26 b";
        assert_eq!(super::without_continuations(other.to_owned()), other);
        assert_eq!(
            super::without_continuations("x 1-2 550-".to_owned()),
            "x 1-2 550-"
        );
    }

    #[test]
    fn a_multi_line_reply_reads_as_its_sentence() {
        let dsn = "Subject: Delivery delayed\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                   --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.jp\r\n\r\n\
                   Final-Recipient: rfc822; ann@example.org\r\nAction: delayed\r\nStatus: 4.2.1\r\n\
                   Diagnostic-Code: smtp; 450-4.2.1 The user you are trying to contact is receiving\r\n \
                   450-4.2.1 mail at a rate that prevents additional messages from being\r\n 450-4.2.1 delivered.\r\n--b--\r\n";
        let report = super::read_message(dsn.as_bytes(), &crate::ReadOptions::default());
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_eq!(d.reason().name(), "speeding");
        // The reported field is the report's own.
        let code = report.recipients[0].diagnostic_code.as_deref().unwrap();
        assert!(code.contains("receiving 450-4.2.1 mail"), "{code}");
    }

    #[test]
    fn a_notice_qmail_send_made_is_qmail_s_whatever_its_words() {
        let m = "Received: (qmail 69414 invoked for bounce); 30 Oct 2026 18:51:15 -0000\r\n\
                 From: MAILER-DAEMON@mx.example.com.ar\r\nTo: ar1@example.com\r\n\
                 Subject: failure notice\r\n\r\n\
                 Su mensaje no pudo ser entregado - Your message could not be delivered.\r\n\r\n\
                 <ana@example.com.ar>:\r\nMailbox quota usage exceeded.\r\n";
        let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_eq!(d.origin(), mfi_core::Origin::Qmail);
        // (Not a qmail that only took the original in.)
        let relayed = m.replace("invoked for bounce", "invoked from network");
        let report = super::read_message(relayed.as_bytes(), &crate::ReadOptions::default());
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_ne!(d.origin(), mfi_core::Origin::Qmail);
    }

    #[test]
    fn a_downgraded_utf8_address_is_decoded() {
        // RFC 6533's escapes in a `utf-8;` address (a report downgraded to ASCII).
        let dsn = "Subject: Undelivered Mail\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                   --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.jp\r\n\r\n\
                   Final-Recipient: utf-8; j\\x{00F6}rg@example.de\r\nAction: failed\r\nStatus: 5.1.1\r\n\
                   Diagnostic-Code: smtp; 550 5.1.1 no such user\r\n--b--\r\n";
        let report = super::read_message(dsn.as_bytes(), &crate::ReadOptions::default());
        assert_eq!(report.recipients[0].recipient, "j\u{f6}rg@example.de");
        // (Only in a `utf-8` address.)
        let rfc822 = dsn.replace("utf-8; j", "rfc822; j");
        let report = super::read_message(rfc822.as_bytes(), &crate::ReadOptions::default());
        assert_ne!(report.recipients[0].recipient, "j\u{f6}rg@example.de");
        // Linear: a long run of escapes without their brace.
        let long = "\\x{".repeat(200_000);
        assert_eq!(super::unescape_utf8_addr(&long), long);
        // Malformed escapes stay as written.
        for (v, want) in [
            ("a\\x{}b", "a\\x{}b"),
            ("a\\x{110000}b", "a\\x{110000}b"),
            ("a\\x{41", "a\\x{41"),
            ("\\x{41}\\x{42}", "\\x{41}\\x{42}"),
            ("\\x{e9}\\x{FC}", "\u{e9}\u{fc}"),
            (
                "a\\x{202E}b\\x{85}c\\x{2028}",
                "a\\x{202E}b\\x{85}c\\x{2028}",
            ),
        ] {
            assert_eq!(super::unescape_utf8_addr(v), want);
        }
    }

    #[test]
    fn opensmtpd_s_delay_notice_is_a_delay() {
        // OpenSMTPD's delay template (smtpd/bounce.c): no status fields.
        let m = "From: Mailer Daemon <MAILER-DAEMON@mx.example.org>\nTo: bo@example.org\n\
                 Subject: Delivery status notification: delay\n\n\
                 Hi!\n\nThis is the MAILER-DAEMON, please DO NOT REPLY to this e-mail.\n\n\
                 A message is delayed for more than 4 hours for the following\nlist of recipients:\n\n\
                 ann@example.net: Network error on destination MXs\n\n\
                 Please note that this is only a temporary failure report.\n";
        let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
        assert_eq!(report.kind.name(), "delay");
        assert_eq!(report.recipients[0].recipient, "ann@example.net");
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_eq!(d.severity().name(), "transient");
    }

    #[test]
    fn an_html_only_exchange_notice_is_exchange_s_by_its_sender() {
        // Exchange 2007's notice: its words in HTML only (not read beside a status part),
        // sent from the system mailbox; the status part names no system.
        let m = "From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org>\r\n\
                 To: <bo@example.org>\r\nSubject: Undeliverable: test\r\n\
                 Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                 --b\r\nContent-Type: text/html\r\n\r\n<p>Delivery has failed to these recipients</p>\r\n\
                 --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;mail1.example.org\r\n\r\n\
                 Final-Recipient: rfc822;ann@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n--b--\r\n";
        let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_eq!(d.origin().name(), "exchange_server");
        let other = m.replace("MicrosoftExchange329e71ec", "postmaster");
        let report = super::read_message(other.as_bytes(), &crate::ReadOptions::default());
        let d = report.recipients[0].diagnosis.as_diagnosis();
        assert_eq!(d.origin().name(), "unknown");
        assert_eq!(
            super::exchange_system_mailbox(Some("MicrosoftExchange@example.org")),
            None
        );
    }

    #[test]
    fn a_recipient_delivered_beside_failed_ones_takes_no_failure_words() {
        let m = "From: MAILER-DAEMON@lists.example.edu\r\nSubject: Returned mail\r\n\
                 Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
                 --b\r\nContent-Type: text/plain\r\n\r\n\
                 ----- The following addresses had permanent fatal errors -----\r\n\
                 <old@lists.example.edu>\r\n    (reason: 550 5.1.1 User unknown)\r\n\r\n\
                 ----- The following addresses had successful delivery notifications -----\r\n\
                 <announce@lists.example.edu>  (successfully delivered to mailing list)\r\n\r\n\
                 ----- Transcript of session follows -----\r\n\
                 ... while talking to localhost:\r\n>>> DATA\r\n<<< 550 5.1.1 User unknown\r\n\
                 --b\r\nContent-Type: message/delivery-status\r\n\r\n\
                 Reporting-MTA: dns; lists.example.edu\r\n\r\n\
                 Final-Recipient: RFC822; old@lists.example.edu\r\nAction: failed\r\n\
                 Status: 5.1.1\r\nDiagnostic-Code: SMTP; 550 5.1.1 User unknown\r\n\r\n\
                 Final-Recipient: RFC822; announce@lists.example.edu\r\n\
                 Action: delivered (to mailing list)\r\nStatus: 2.0.0\r\n--b--\r\n";
        let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
        let r = &report.recipients[1];
        assert_eq!(r.recipient, "announce@lists.example.edu");
        let d = r.diagnosis.as_diagnosis();
        assert_eq!(d.severity().name(), "success");
        assert_eq!(d.reason().name(), "delivered");
        assert_eq!(
            report.recipients[0]
                .diagnosis
                .as_diagnosis()
                .reason()
                .name(),
            "userunknown"
        );
    }

    #[test]
    fn a_notice_from_the_null_sender_is_no_auto_reply() {
        // (`Auto-Submitted: auto-replied` heads bounces too: RFC 3834.)
        let m = "From: <>\nTo: bounces@example.com\nAuto-Submitted: auto-replied\n\n\
                 You sent mail to ann@example.org. That's not a valid user here.\n";
        let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
        assert_eq!(report.kind.name(), "bounce");
        assert_eq!(report.recipients[0].recipient, "ann@example.org");
    }

    #[test]
    fn a_notice_that_delivery_goes_on_is_a_delay() {
        for words in [
            "could not be delivered to the following recipients:\n\nann@example.org\n\n\
             Delivery attempts will continue to be made for 5 day(s).\n",
            "Delivery of email to this address\n\n\"ann@example.org\"\n\nhas been \
             postponed due to a full mailbox.\nWe will continue to try to deliver it.\n",
        ] {
            let m = format!("From: MAILER-DAEMON@example.net\nSubject: Mail notice\n\n{words}");
            let report = super::read_message(m.as_bytes(), &crate::ReadOptions::default());
            assert_eq!(report.kind.name(), "delay", "{words}");
            let r = &report.recipients[0];
            assert_eq!(r.recipient, "ann@example.org");
            assert_eq!(r.action.map(|a| a.name()), Some("delayed"));
            assert_eq!(r.diagnosis.as_diagnosis().severity().name(), "transient");
        }
    }

    #[test]
    fn a_line_that_tells_the_report_at_more_length_is_read() {
        let block = "(reason: 550 Host unknown)\n----- Transcript of session follows -----\n\
                     550 5.1.2 <a@b.example>... Host unknown (Name server: b.example: host not found)\n";
        assert_eq!(
            restated(block, "550 Host unknown"),
            Some("(Name server: b.example: host not found)")
        );
        // Words that only repeat the report, or too few to be a wording, add nothing.
        assert_eq!(restated("550 Host unknown\n", "550 Host unknown"), None);
        assert_eq!(restated("550 5.1.1 no such user here\n", "550 no"), None);
        // The added words stop at 200 bytes, on a character's boundary.
        let long = format!("550 Host unknown {}\n", "é".repeat(300));
        let more = restated(&long, "550 Host unknown").unwrap();
        assert!(more.len() <= 200 && more.starts_with('é'));
    }

    #[test]
    fn command_words_folded_over_lines() {
        let b = "said: 554 Message not allowed [895] (in\n    reply to end of DATA command)\n";
        assert_eq!(command_words(b), "(in reply to end of DATA command)");
        let b = "host mx.example [192.0.2.1]\n  SMTP error from remote mail server after\n  RCPT TO:<a@b.example>: 550 no\n";
        assert_eq!(command_words(b), "after RCPT");
        assert_eq!(
            command_words("a long text that names no command\n".repeat(100).as_str()),
            ""
        );
        assert_eq!(
            command_words(">>> DATA\n<<< 554 no\n"),
            ">>> DATA <<< 554 no"
        );
    }
}
