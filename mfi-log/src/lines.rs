//! What one line of each system's log says: an arrival, a delivery result, a message that
//! expired or left the queue, or a cause logged on a connection line.

use mfi_core::internal::find_ci;
use mfi_core::{Severity, Timestamp};

use crate::event::{EventKind, System};
use crate::fields::{self, Years};

/// What a line tells (borrowed from the line).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum What<'a> {
    /// A message arrived in the queue (its sender, if logged).
    Arrival {
        id: &'a str,
        sender: Option<&'a str>,
    },
    /// A delivery attempt's result for one recipient.
    Delivery(Delivery<'a>),
    /// The queue gave up on a message: its recipients still waiting expired.
    Expiry { id: &'a str, text: &'a str },
    /// A failure logged on a connection or session line (or for a message before its
    /// delivery line): the cause of a delivery line that follows.
    Cause {
        id: Option<&'a str>,
        host: Option<&'a str>,
        ip: Option<&'a str>,
        text: &'a str,
    },
    /// The message left the queue.
    Removed { id: &'a str },
    /// A connection to a host began (the host a later cause on the session is about).
    Connect {
        host: Option<&'a str>,
        ip: Option<&'a str>,
    },
    /// qmail-send started a delivery of a message to a recipient: its result, logged on a
    /// later line of the same session (the delivery's number), is about them.
    Start { id: &'a str, recipient: &'a str },
}

/// One recipient's delivery result.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Delivery<'a> {
    pub id: Option<&'a str>,
    pub recipient: Option<&'a str>,
    /// The destination when no recipient is named (an Exchange queue's next hop).
    pub domain: Option<&'a str>,
    pub sender: Option<&'a str>,
    pub host: Option<&'a str>,
    pub ip: Option<&'a str>,
    pub connector: Option<&'a str>,
    pub kind: Option<EventKind>,
    pub delay_s: Option<f64>,
    /// The failure text (a status, a reply, a reason).
    pub text: &'a str,
    /// An enhanced status code logged beside the text (`dsn=4.4.1`), if the text has none.
    pub status: Option<&'a str>,
    /// The diagnosis of `text` already made to read the line, and the options it was made
    /// with (used again when the event's options are the same).
    pub classified: Option<(mfi_core::Options, mfi_core::OwnedDiagnosis)>,
}

/// A line's time, system and session, and what it says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line<'a> {
    pub time: Option<Timestamp>,
    pub system: System,
    /// What links the line to others of one connection: the process (`postfix/smtp[123]`)
    /// or OpenSMTPD's session id.
    pub session: Option<(&'a str, &'a str)>,
    pub what: Vec<What<'a>>,
}

/// The system of a syslog program name.
pub(crate) fn system_of(program: &str) -> System {
    // Program names are lower case but for rare exceptions.
    let lower;
    if program.starts_with("postfix") {
        return System::Postfix;
    }
    let p = if program.bytes().any(|b| b.is_ascii_uppercase()) {
        lower = program.to_ascii_lowercase();
        lower.as_str()
    } else {
        program
    };
    // (A Postfix service may log under a name of its own, `syslog_name`: then its
    // daemon's name stays after the slash, `enforced-tls-smtp/smtp`.)
    if p.contains("postfix") || (p.contains('/') && postfix_delivery_program(p)) {
        System::Postfix
    } else if p.contains("sendmail") || p == "sm-mta" || p == "sm-msp-queue" {
        System::Sendmail
    } else if p == "smtpd" || p.contains("opensmtpd") {
        System::Opensmtpd
    } else if p.contains("exim") {
        System::Exim
    } else if p == "qmail" || p == "qmail-send" {
        System::Qmail
    } else {
        System::Unknown
    }
}

/// Reads a syslog line (of any system, or of `forced`).
pub(crate) fn syslog_line<'a>(
    line: &'a str,
    years: &Years,
    forced: Option<System>,
) -> Option<Line<'a>> {
    let s = fields::syslog(line)?;
    let mut l = program_line(None, s.program, s.pid, s.message, forced)?;
    // The time, read only for the lines that say something.
    if !l.what.is_empty() {
        l.time = years.resolve(s.stamp);
    }
    Some(l)
}

/// Reads a program's message (the text after `program[pid]: `).
pub(crate) fn program_line<'a>(
    time: Option<Timestamp>,
    program: &'a str,
    pid: Option<&'a str>,
    message: &'a str,
    forced: Option<System>,
) -> Option<Line<'a>> {
    let system = forced.unwrap_or_else(|| system_of(program));
    let mut line = Line {
        time,
        system,
        session: pid.map(|p| (program, p)),
        what: Vec::new(),
    };
    match system {
        System::Postfix => {
            if postfix_delivery_program(program) {
                postfix(program, message, &mut line.what)
            }
        }
        System::Sendmail => sendmail(message, &mut line.what),
        System::Opensmtpd => {
            let (session, what) = opensmtpd(message);
            if let Some(s) = session {
                line.session = Some(("smtpd", s));
            }
            line.what.extend(what);
        }
        System::Exim => {
            // Exim through syslog: its own line, with or without its date.
            let rest = fields::exim_time(message).map_or(message, |(_, r)| r);
            line.what.extend(exim_message(rest));
        }
        System::Qmail => {
            // splogger's time stamp before qmail-send's words.
            let (_, rest) = qmail_time(message);
            line.session = qmail(rest, &mut line.what).map(|d| ("qmail-send", d));
        }
        _ => return None,
    }
    Some(line)
}

/// A line of qmail-send's own log (`@4000000065f0a1b22c3d4e5f delivery 5: ...`,
/// `1710000000.123456 delivery 5: ...`, `2024-03-10 02:00:00.123456789 delivery 5: ...`).
pub(crate) fn qmail_line(line: &str) -> Option<Line<'_>> {
    let (time, rest) = qmail_time(line);
    let mut l = Line {
        time,
        system: System::Qmail,
        session: None,
        what: Vec::new(),
    };
    l.session = qmail(rest, &mut l.what).map(|d| ("qmail-send", d));
    Some(l)
}

/// Whether a line is qmail-send's: a time stamp, then one of its words.
pub(crate) fn qmail_shaped(line: &str) -> bool {
    const WORDS: [&str; 7] = [
        "delivery ",
        "starting delivery ",
        "status: ",
        "new msg ",
        "info msg ",
        "end msg ",
        "bounce msg ",
    ];
    let (time, rest) = qmail_time(line);
    time.is_some() && WORDS.iter().any(|w| rest.starts_with(w))
}

/// The time stamp a qmail log line starts with (TAI64N, a Unix time with its fraction, or
/// `tai64nlocal`'s date and time), and the rest.
pub(crate) fn qmail_time(line: &str) -> (Option<Timestamp>, &str) {
    if let Some(hex) = line.strip_prefix('@') {
        // TAI64N: 2^62 + 10 + seconds, then nanoseconds (24 hex digits).
        if let (Some(label), Some(rest)) = (hex.get(..16), hex.get(24..)) {
            if let Ok(secs) = u64::from_str_radix(label, 16) {
                let unix = secs
                    .checked_sub((1u64 << 62) + 10)
                    .and_then(|s| i64::try_from(s).ok());
                return (unix.map(Timestamp::from_unix), rest.trim_start());
            }
        }
        return (None, line);
    }
    if let Some((t, rest)) = fields::date_time(line) {
        return (t, rest.trim_start());
    }
    let (head, rest) = line.split_once(' ').unwrap_or((line, ""));
    match fields::epoch_time(head) {
        Some(t) => (Some(t), rest),
        None => (None, line),
    }
}

/// qmail-send's words (`new msg 123`, `info msg 123: bytes 900 from <a@b> qp 7 uid 0`,
/// `starting delivery 5: msg 123 to remote c@d`, `delivery 5: deferral: TEXT`, `end msg
/// 123`). Returns the delivery's number, which links a result to its start.
fn qmail<'a>(message: &'a str, out: &mut Vec<What<'a>>) -> Option<&'a str> {
    if let Some(rest) = message.strip_prefix("starting delivery ") {
        // `5: msg 123 to remote c@d`
        let (number, rest) = rest.split_once(": msg ")?;
        let (id, rest) = rest.split_once(" to ")?;
        let recipient = rest
            .strip_prefix("remote ")
            .or_else(|| rest.strip_prefix("local "))?;
        out.push(What::Start { id, recipient });
        return Some(number);
    }
    if let Some(rest) = message.strip_prefix("delivery ") {
        let (number, rest) = rest.split_once(": ")?;
        let (result, text) = rest.split_once(": ").unwrap_or((rest, ""));
        let kind = match result {
            "success" => EventKind::Delivered,
            "deferral" => EventKind::Deferred,
            "failure" => EventKind::Bounced,
            _ => return None,
        };
        out.push(What::Delivery(Delivery {
            kind: Some(kind),
            text,
            ..Delivery::default()
        }));
        return Some(number);
    }
    if let Some(rest) = message.strip_prefix("info msg ") {
        let (id, rest) = rest.split_once(": ")?;
        let sender = rest
            .split_once(" from <")
            .and_then(|(_, r)| r.split_once('>'))
            .map(|(s, _)| s)
            .filter(|s| !s.is_empty());
        out.push(What::Arrival { id, sender });
    } else if let Some(id) = message.strip_prefix("new msg ") {
        out.push(What::Arrival {
            id: id.trim(),
            sender: None,
        });
    } else if let Some(id) = message.strip_prefix("end msg ") {
        out.push(What::Removed { id: id.trim() });
    }
    None
}

/// Whether a Postfix program logs what happens to messages in the queue: the queue
/// manager and the delivery agents (not `smtpd`, `cleanup`, `pickup`, `anvil`, ...).
fn postfix_delivery_program(program: &str) -> bool {
    let name = memchr::memrchr(b'/', program.as_bytes()).map_or(program, |p| &program[p + 1..]);
    matches!(
        name,
        "qmgr"
            | "nqmgr"
            | "oqmgr"
            | "smtp"
            | "lmtp"
            | "local"
            | "virtual"
            | "pipe"
            | "error"
            | "retry"
            | "discard"
    )
}

/// Postfix: `QUEUEID: to=<...>, relay=..., delay=..., dsn=..., status=WORD (TEXT)` and its kin.
fn postfix<'a>(program: &'a str, message: &'a str, out: &mut Vec<What<'a>>) {
    let delivery_agent = |p: &str| {
        [
            "/smtp", "/lmtp", "/local", "/virtual", "/pipe", "/error", "/retry", "/discard",
        ]
        .iter()
        .any(|a| p.ends_with(a))
    };
    let Some((id, rest)) = fields::queue_id(message) else {
        // A connection line of an SMTP client, before the delivery line that follows.
        if delivery_agent(program) && is_connection_failure(message) {
            let (host, ip) = fields::host_in_text(message);
            out.push(What::Cause {
                id: None,
                host,
                ip,
                text: message,
            });
        }
        return;
    };
    if rest.starts_with("to=") {
        let pairs = fields::Pairs::new(rest);
        let status = pairs.get("status").unwrap_or("");
        let word = status.split([' ', ',']).next().unwrap_or("");
        let kind = match word {
            "sent" | "delivered" => Some(EventKind::Delivered),
            "deferred" => Some(EventKind::Deferred),
            "bounced" => Some(EventKind::Bounced),
            // (An address verification probe's result: as its status code says, for now
            // or for good.)
            "undeliverable" => Some(match pairs.get("dsn") {
                Some(d) if d.starts_with('4') => EventKind::Deferred,
                _ => EventKind::Bounced,
            }),
            "expired" => Some(EventKind::Expired),
            _ => None,
        };
        let Some(kind) = kind else { return };
        // The text in parentheses after the status word (with the word when it is the
        // expiry's, `expired, returned to sender (...)`: the words that say the queue gave
        // up, where the reason's own are a deferral's, `4.4.2 ... lost connection`).
        let at = rest.find("status=").map_or(rest.len(), |p| {
            p + "status=".len()
                + if kind == EventKind::Expired {
                    0
                } else {
                    word.len()
                }
        });
        let text = rest[at..].trim();
        let text = text
            .strip_prefix('(')
            .map_or(text, |t| t.strip_suffix(')').unwrap_or(t));
        let (host, ip) = pairs.get("relay").map_or((None, None), fields::host_ip);
        let (host, ip) = match (host, ip) {
            (None, None) => fields::host_in_text(text),
            hi => hi,
        };
        out.push(What::Delivery(Delivery {
            id: Some(id),
            recipient: pairs.get("to"),
            domain: None,
            sender: None,
            host,
            ip,
            connector: program.rsplit('/').next(),
            kind: Some(kind),
            delay_s: pairs.get("delay").and_then(fields::delay_secs),
            text,
            status: pairs.get("dsn"),
            classified: None,
        }));
    } else if rest.starts_with("from=") {
        // (qmgr's `status=expired, returned to sender`, and `status=force-expired` after
        // `postsuper -e`)
        if rest.contains("status=expired") || rest.contains("status=force-expired") {
            out.push(What::Expiry { id, text: rest });
        } else {
            out.push(What::Arrival {
                id,
                sender: fields::first_value(rest, "from"),
            });
        }
    } else if rest == "removed" {
        out.push(What::Removed { id });
    } else if delivery_agent(program) && is_connection_failure(rest) {
        let (host, ip) = fields::host_in_text(rest);
        out.push(What::Cause {
            id: Some(id),
            host,
            ip,
            text: rest,
        });
    }
}

/// Whether a line that names no recipient (a connection or session line) tells a failure:
/// the core's tables decide (an MFI code, or a temporary or permanent failure), so that the
/// wordings of every system live in one place.
fn is_connection_failure(text: &str) -> bool {
    let d = mfi_core::classify(text);
    d.mfi_code().is_some() || matches!(d.severity(), Severity::Transient | Severity::Permanent)
}

/// Sendmail: `QUEUEID: to=<...>, ctladdr=..., delay=..., mailer=..., relay=host. [ip],
/// dsn=4.0.0, stat=TEXT`.
fn sendmail<'a>(message: &'a str, out: &mut Vec<What<'a>>) {
    let Some((id, rest)) = fields::queue_id(message) else {
        return;
    };
    if let Some(to) = rest.strip_prefix("to=") {
        let Some(stat_at) = rest.find("stat=") else {
            return;
        };
        let text = rest[stat_at + "stat=".len()..].trim();
        let pairs = fields::Pairs::new(&rest[..stat_at]);
        let dsn = pairs.get("dsn");
        let lower_head = text.get(..8).unwrap_or(text).to_ascii_lowercase();
        let kind = match dsn.and_then(|d| d.bytes().next()) {
            Some(b'2') => EventKind::Delivered,
            Some(b'4') => EventKind::Deferred,
            Some(b'5') => EventKind::Bounced,
            _ if lower_head.starts_with("sent") => EventKind::Delivered,
            _ if lower_head.starts_with("deferred") => EventKind::Deferred,
            _ => EventKind::Bounced,
        };
        let (host, ip) = pairs.get("relay").map_or((None, None), fields::host_ip);
        let list = to.split(", ").next().unwrap_or("");
        for r in list.split(',') {
            out.push(What::Delivery(Delivery {
                domain: None,
                id: Some(id),
                recipient: Some(r),
                sender: None,
                host,
                ip,
                connector: pairs.get("mailer"),
                kind: Some(kind),
                delay_s: pairs.get("delay").and_then(fields::delay_secs),
                text,
                status: dsn,
                classified: None,
            }));
        }
    } else if rest.starts_with("from=") {
        out.push(What::Arrival {
            id,
            sender: fields::first_value(rest, "from"),
        });
    } else if let Some(dsn) = fields::queue_id(rest).and_then(|(_, r)| {
        [
            "DSN: ",
            "sender notify: ",
            "return to sender: ",
            "postmaster notify: ",
        ]
        .iter()
        .find_map(|p| r.strip_prefix(p))
    }) {
        // `QUEUEID: NEWID: DSN: Cannot send message for 5 days` (or `sender notify: ...`):
        // the return of an expired message (a plain `DSN: User unknown` return follows a
        // bounce already logged).
        let lower = dsn.to_ascii_lowercase();
        if lower.contains("cannot send message for") || lower.contains("could not be delivered for")
        {
            out.push(What::Expiry { id, text: dsn });
        }
    }
}

/// OpenSMTPD: `SESSION mta delivery evpid=... from=<...> to=<...> rcpt=<...> source="..."
/// relay="host (ip)" delay=2s result="TempFail" stat="..."`, `SESSION mta error reason=...`;
/// also the older `delivery: TempFail for EVPID: from=<...>, to=<...>, ..., stat=...`.
/// Returns the session id too.
fn opensmtpd(message: &str) -> (Option<&str>, Vec<What<'_>>) {
    let mut out = Vec::new();
    let (session, rest) = match message.split_once(' ') {
        Some((s, r)) if s.len() == 16 && s.bytes().all(|c| c.is_ascii_hexdigit()) => (Some(s), r),
        _ => (None, message),
    };
    // (`mta delivery ...`, or as the OpenSMTPD guide's example writes it, `mta
    // event=delivery ...`.)
    // (`mda delivery ...`: a local or LMTP delivery, its `stat=` unquoted to the end.)
    let mda = rest.strip_prefix("mda delivery ");
    if let Some(list) = rest
        .strip_prefix("mta delivery ")
        .or_else(|| rest.strip_prefix("mta event=delivery "))
        .or(mda)
    {
        let result = fields::quoted_value(list, "result").unwrap_or("");
        let text = match (mda, list.find(" stat=")) {
            (Some(_), Some(p)) => &list[p + " stat=".len()..],
            _ => fields::quoted_value(list, "stat").unwrap_or(""),
        };
        let kind = match result {
            "Ok" => EventKind::Delivered,
            "TempFail" => EventKind::Deferred,
            _ if find_ci(text.as_bytes(), b"expired").is_some() => EventKind::Expired,
            _ => EventKind::Bounced,
        };
        let evpid = fields::quoted_value(list, "evpid");
        // (A local or LMTP delivery is the delivery agent's: no relay's failure explains it.)
        let connector = mda.map(|_| "mda");
        // `relay="ip (host)"` names the host talked to; a relay-level line's bare
        // `relay="domain"` names the destination only.
        let (host, ip) = match fields::quoted_value(list, "relay").map(fields::host_ip) {
            Some((h, Some(ip))) => (h, Some(ip)),
            _ => (None, None),
        };
        out.push(What::Delivery(Delivery {
            domain: None,
            id: evpid.map(message_of),
            recipient: fields::quoted_value(list, "to"),
            sender: fields::quoted_value(list, "from"),
            host,
            ip,
            connector,
            kind: Some(kind),
            delay_s: fields::quoted_value(list, "delay").and_then(fields::delay_secs),
            text,
            status: None,
            classified: None,
        }));
    } else if let Some((result, evpid, list)) = opensmtpd_5x(rest) {
        // OpenSMTPD 5.x: `delivery: Ok for EVPID: from=<a>, to=<b>, user=b, method=lmtp,
        // delay=1s, stat=Delivered`, `relay: TempFail for EVPID: session=..., from=<a>,
        // to=<b>, rcpt=<->, source=192.0.2.5, relay=192.0.2.1 (mx.example.net), delay=6m,
        // stat=451 Temporary failure` (the stat last, to the end of the line).
        let field = |key: &str| list_field(list, key);
        let text = list
            .find("stat=")
            .filter(|&p| p == 0 || list[..p].ends_with(", "))
            .map_or("", |p| &list[p + "stat=".len()..]);
        let kind = match result {
            "Ok" => EventKind::Delivered,
            "TempFail" => EventKind::Deferred,
            _ if find_ci(text.as_bytes(), b"expired").is_some() => EventKind::Expired,
            _ => EventKind::Bounced,
        };
        let (host, ip) = match field("relay").map(fields::host_ip) {
            Some((h, Some(ip))) => (h, Some(ip)),
            _ => (None, None),
        };
        let connector = rest.starts_with("delivery: ").then_some("mda");
        out.push(What::Delivery(Delivery {
            domain: None,
            id: Some(message_of(evpid)),
            recipient: field("to"),
            sender: field("from"),
            host,
            ip,
            connector,
            kind: Some(kind),
            delay_s: field("delay").and_then(fields::delay_secs),
            text,
            status: None,
            classified: None,
        }));
    } else if let Some(list) = rest.strip_prefix("mta connecting ") {
        // `address=smtp://192.0.2.1:25 host=mx.example.net`
        let ip = fields::quoted_value(list, "address").map(|a| {
            let a = a.split_once("://").map_or(a, |(_, r)| r);
            match a.strip_prefix('[') {
                Some(v6) => v6.split(']').next().unwrap_or(v6),
                None => a.rsplit_once(':').map_or(a, |(ip, _)| ip),
            }
        });
        out.push(What::Connect {
            host: fields::quoted_value(list, "host"),
            ip,
        });
    } else if let Some(reason) = rest.strip_prefix("mta error reason=") {
        out.push(What::Cause {
            id: None,
            host: None,
            ip: None,
            text: reason,
        });
    } else if let Some(d) = rest
        .strip_prefix("delivery: ")
        .or_else(|| rest.strip_prefix("relay: "))
    {
        // OpenSMTPD 5.x (`delivery: TempFail for ...`) and the queue's own verdicts
        // (`relay: Expire for EVPID: ..., stat=Envelope expired`).
        let (result, tail) = d.split_once(" for ").unwrap_or((d, ""));
        let (evpid, list) = tail.split_once(": ").unwrap_or(("", tail));
        let text = list
            .find("stat=")
            .map_or("", |p| &list[p + "stat=".len()..]);
        let kind = match result {
            "Ok" => EventKind::Delivered,
            "TempFail" => EventKind::Deferred,
            "Expire" => EventKind::Expired,
            _ if find_ci(text.as_bytes(), b"expired").is_some() => EventKind::Expired,
            _ => EventKind::Bounced,
        };
        let (host, ip) = fields::value(list, "relay").map_or((None, None), fields::host_ip);
        out.push(What::Delivery(Delivery {
            domain: None,
            id: Some(message_of(evpid)).filter(|e| !e.is_empty()),
            recipient: fields::value(list, "to"),
            sender: fields::value(list, "from"),
            host,
            ip,
            connector: None,
            kind: Some(kind),
            delay_s: fields::value(list, "delay").and_then(fields::delay_secs),
            text,
            status: None,
            classified: None,
        }));
    } else if let Some(list) = rest.strip_prefix("smtp message ") {
        if let Some(id) = fields::quoted_value(list, "msgid") {
            out.push(What::Arrival { id, sender: None });
        }
    }
    (session, out)
}

/// An OpenSMTPD 5.x result line: `delivery: RESULT for EVPID: fields`, `relay: RESULT
/// for EVPID: fields` or 5.7's `smtp-out: session ID: evpid=EVPID, status=RESULT, fields`
/// → the result, the envelope id and the fields.
fn opensmtpd_5x(rest: &str) -> Option<(&str, &str, &str)> {
    let (result, evpid, list) = if let Some(r) = rest.strip_prefix("smtp-out: session ") {
        // (5.7: `smtp-out: session 0000000000000000: evpid=EVPID, status=PermFail,
        // from=<a>, to=<b>, ..., stat=...`)
        let (_, list) = r.split_once(": ")?;
        (
            list_field(list, "status")?,
            list_field(list, "evpid")?,
            list,
        )
    } else {
        let r = rest
            .strip_prefix("delivery: ")
            .or_else(|| rest.strip_prefix("relay: "))?;
        let (result, r) = r.split_once(" for ")?;
        let (evpid, list) = r.split_once(": ")?;
        (result, evpid, list)
    };
    let known = matches!(result, "Ok" | "TempFail" | "PermFail" | "Loop");
    (known && evpid.len() == 16 && evpid.bytes().all(|c| c.is_ascii_hexdigit()))
        .then_some((result, evpid, list))
}

/// The value of field `key` in OpenSMTPD 5.x's `key=value, key=value` list.
fn list_field<'a>(list: &'a str, key: &str) -> Option<&'a str> {
    list.split(", ")
        .find_map(|f| f.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
}

/// The message id of an OpenSMTPD envelope id: its first 8 hex digits.
fn message_of(evpid: &str) -> &str {
    evpid.get(..8).unwrap_or(evpid)
}

/// An Exim log line after its date: `ID FLAG address ...`, `ID H=host [ip] ...`,
/// `ID Completed`.
pub(crate) fn exim_message(rest: &str) -> Vec<What<'_>> {
    let mut out = Vec::new();
    let Some((id, tail)) = rest.split_once(' ') else {
        return out;
    };
    if !fields::is_exim_id(id) {
        return out;
    }
    let (flag, body) = tail.split_once(' ').unwrap_or((tail, ""));
    // (Exim pads a flag with a blank more when the address is a child of another's:
    // `->  b@example.net <a@example.net> R=...`.)
    let body = body.trim_start_matches(' ');
    match flag {
        "<=" => {
            let sender = body.split(' ').next();
            out.push(What::Arrival { id, sender });
        }
        "=>" | "->" | "*>" | "==" | "**" => {
            // (`=> jill <jill@example.com> D=localuser`: a local delivery names the user,
            // then the address it was for.)
            let mut words = body.split(' ');
            let recipient = words.next().map(|r| r.trim_end_matches(':'));
            let recipient = match (recipient, words.next()) {
                (Some(r), Some(next)) if !r.contains('@') && next.starts_with('<') => {
                    Some(next.trim_end_matches(':'))
                }
                (r, _) => r,
            };
            let kv = |key: &str| {
                body.split(' ')
                    .find_map(|w| w.strip_prefix(key).and_then(|v| v.strip_prefix('=')))
                    .map(|v| v.trim_end_matches(':'))
            };
            // `H=host [ip]`: the host, then the bracketed address after it.
            let host_at = body.find(" H=");
            let (host, ip) = host_at.map_or((None, None), |p| {
                let h = &body[p + 3..];
                let end = h.find(']').map_or(h.len(), |e| e + 1);
                fields::host_ip(&h[..end])
            });
            let text = exim_text(flag, body);
            let kind = match flag {
                "==" => EventKind::Deferred,
                "**" if find_ci(text.as_bytes(), b"retry timeout exceeded").is_some() => {
                    EventKind::Expired
                }
                "**" => EventKind::Bounced,
                _ => EventKind::Delivered,
            };
            out.push(What::Delivery(Delivery {
                domain: None,
                id: Some(id),
                recipient,
                sender: None,
                host,
                ip,
                connector: kv("T").or_else(|| kv("R")),
                kind: Some(kind),
                delay_s: None,
                text,
                status: None,
                classified: None,
            }));
        }
        "Completed" => out.push(What::Removed { id }),
        _ => {
            // A connection failure for the message (`H=mx [ip] Connection refused`,
            // `SMTP error from remote mail server after ...`).
            let line = tail;
            let (host, ip) = line.strip_prefix("H=").map_or((None, None), |h| {
                let end = h.find(']').map_or(h.len(), |e| e + 1);
                fields::host_ip(&h[..end])
            });
            if is_connection_failure(line) {
                out.push(What::Cause {
                    id: Some(id),
                    host,
                    ip,
                    text: line,
                });
            }
        }
    }
    out
}

/// The failure text of an Exim delivery line: after `defer (N): ` for a deferral, after the
/// first `: ` that follows the fields for a failure.
fn exim_text<'a>(flag: &str, body: &'a str) -> &'a str {
    match flag {
        "==" => {
            // `defer (N): text`, or `defer (N) H=host [ip]: text`.
            if let Some(p) = body.find(" defer (") {
                let t = &body[p + " defer (".len()..];
                let t = t.split_once(')').map_or(t, |(_, r)| r);
                let t = match t.strip_prefix(" H=") {
                    Some(h) => h.split_once(']').map_or(h, |(_, r)| r),
                    None => t,
                };
                return t.strip_prefix(':').unwrap_or(t).trim();
            }
            body.split_once(": ").map_or("", |(_, r)| r)
        }
        "**" => body.split_once(": ").map_or("", |(_, r)| r),
        _ => body
            .find(" C=\"")
            .map_or("", |p| body[p + 4..].trim_end_matches('"')),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years() -> Years {
        Years::new(Some(2026), "2026-12-01T00:00:00Z".parse().unwrap())
    }

    fn delivery<'a>(l: &'a Line<'a>) -> &'a Delivery<'a> {
        match &l.what[..] {
            [What::Delivery(d)] => d,
            w => panic!("{w:?}"),
        }
    }

    #[test]
    fn a_postfix_service_under_a_name_of_its_own() {
        assert_eq!(system_of("enforced-tls-smtp/smtp"), System::Postfix);
        assert_eq!(system_of("postfix-out/qmgr"), System::Postfix);
        assert_eq!(system_of("myapp/worker"), System::Unknown);
        assert_eq!(system_of("smtp"), System::Unknown);
    }

    #[test]
    fn postfix_lines() {
        let l = syslog_line("Mar 10 02:00:31 mail postfix/smtp[9]: 3F1A2B4C5D: to=<b@example.net>, orig_to=<c@x>, relay=mx.example.net[192.0.2.1]:25, delay=31, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection refused)", &years(), None).unwrap();
        assert_eq!(l.system, System::Postfix);
        assert_eq!(l.session, Some(("postfix/smtp", "9")));
        let d = delivery(&l);
        assert_eq!(d.kind, Some(EventKind::Deferred));
        assert_eq!(d.recipient, Some("<b@example.net>"));
        assert_eq!(
            d.text,
            "connect to mx.example.net[192.0.2.1]:25: Connection refused"
        );
        assert_eq!((d.host, d.ip), (Some("mx.example.net"), Some("192.0.2.1")));
        assert_eq!(d.status, Some("4.4.1"));
        assert_eq!(d.delay_s, Some(31.0));
        let l = syslog_line("Mar 10 02:00:31 mail postfix/smtp[9]: connect to mx.example.net[192.0.2.1]:25: Connection refused", &years(), None).unwrap();
        assert!(matches!(
            l.what[..],
            [What::Cause {
                id: None,
                host: Some("mx.example.net"),
                ..
            }]
        ));
        for status in ["expired", "force-expired"] {
            let line = format!("Mar 10 02:00:31 mail postfix/qmgr[7]: 3F1A2B4C5D: from=<a@example.com>, status={status}, returned to sender");
            let l = syslog_line(&line, &years(), None).unwrap();
            assert!(matches!(
                l.what[..],
                [What::Expiry {
                    id: "3F1A2B4C5D",
                    ..
                }]
            ));
        }
        let l = syslog_line(
            "Mar 10 02:00:31 mail postfix/smtpd[7]: connect from x[192.0.2.9]",
            &years(),
            None,
        )
        .unwrap();
        assert!(l.what.is_empty());
    }

    #[test]
    fn exim_lines() {
        // (A flag padded with a second blank: a child address's delivery.)
        let w = exim_message("1gtTXl-009NOy-Ft ->  foo@example.net <\" a.b\"@example.org> R=dkim T=remote_smtp H=mx.example.net [192.0.2.1]");
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(
            (d.kind, d.recipient),
            (Some(EventKind::Delivered), Some("foo@example.net"))
        );
        let w = exim_message("1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (111): Connection refused");
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(
            (d.kind, d.text, d.connector),
            (
                Some(EventKind::Deferred),
                "Connection refused",
                Some("remote_smtp")
            )
        );
        let w = exim_message("1rAbCd-0001Xy-9Z ** b@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<b@example.net>: 550 5.1.1 unknown");
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(d.kind, Some(EventKind::Bounced));
        assert_eq!((d.host, d.ip), (Some("mx.example.net"), Some("192.0.2.1")));
        assert!(d
            .text
            .starts_with("SMTP error from remote mail server after RCPT TO:<b@example.net>: 550"));
        let w = exim_message("1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (-37) H=mx2.example.net [192.0.2.2]: TLS session: (certificate verification failed): certificate invalid");
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(
            d.text,
            "TLS session: (certificate verification failed): certificate invalid"
        );
        assert_eq!(d.host, Some("mx2.example.net"));
        // A local delivery names the user, then the address it was for.
        let w = exim_message(
            "1rAbCd-0001Xy-9Z => jill <jill@example.com> R=localuser T=local_delivery",
        );
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(d.recipient, Some("<jill@example.com>"));
        let w = exim_message("1rAbCd-0001Xy-9Z ** b@example.net: retry timeout exceeded");
        let [What::Delivery(d)] = &w[..] else {
            panic!("{w:?}")
        };
        assert_eq!(d.kind, Some(EventKind::Expired));
        let w = exim_message("1rAbCd-0001Xy-9Z H=mx.example.net [192.0.2.1] Connection refused");
        assert!(matches!(
            w[..],
            [What::Cause {
                id: Some(_),
                host: Some("mx.example.net"),
                ip: Some("192.0.2.1"),
                ..
            }]
        ));
    }

    #[test]
    fn sendmail_and_opensmtpd_lines() {
        let l = syslog_line("Mar 10 02:03:04 mail02 sendmail[2345]: 2AA23Bc4012345: to=<r@example.net>, ctladdr=<s@example.com> (1000/1000), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.net. [192.0.2.1], dsn=4.0.0, stat=Deferred: Connection refused by mx.example.net.", &years(), None).unwrap();
        let d = delivery(&l);
        assert_eq!(d.kind, Some(EventKind::Deferred));
        assert_eq!(d.text, "Deferred: Connection refused by mx.example.net.");
        assert_eq!((d.host, d.ip), (Some("mx.example.net"), Some("192.0.2.1")));
        for notice in ["DSN", "sender notify"] {
            let line = format!("Mar 10 02:03:04 mail02 sendmail[2345]: 2AA23Bc4012345: 2AA23Bc4012346: {notice}: Cannot send message for 5 days");
            let l = syslog_line(&line, &years(), None).unwrap();
            assert!(
                matches!(
                    l.what[..],
                    [What::Expiry {
                        id: "2AA23Bc4012345",
                        text: "Cannot send message for 5 days"
                    }]
                ),
                "{line}"
            );
        }
        // OpenSMTPD's guide writes the delivery line as `mta event=delivery`.
        let l = syslog_line(r#"Mar 22 17:56:37 mercury smtpd[45037]: 8f4864084ecc48f4 mta event=delivery evpid=7077717e797a776e from=<s@example.com> to=<r@example.net> rcpt=<-> source="203.0.113.1" relay="192.0.2.33 (192.0.2.33)" delay=1s result="PermFail" stat="550 5.7.1 blocked""#, &years(), None).unwrap();
        let d = delivery(&l);
        assert_eq!(
            (d.kind, d.recipient),
            (Some(EventKind::Bounced), Some("<r@example.net>"))
        );
        let l = syslog_line(r#"Mar 10 02:03:04 mail03 smtpd[77]: 0123456789abcdef mta delivery evpid=8f1e9c0a12345678 from=<s@example.com> to=<r@example.net> rcpt=<-> source="203.0.113.5" relay="mx.example.net (192.0.2.1)" delay=2s result="TempFail" stat="Connection refused""#, &years(), None).unwrap();
        assert_eq!(l.system, System::Opensmtpd);
        assert_eq!(l.session, Some(("smtpd", "0123456789abcdef")));
        let d = delivery(&l);
        assert_eq!(
            (d.id, d.kind, d.text),
            (
                Some("8f1e9c0a"),
                Some(EventKind::Deferred),
                "Connection refused"
            )
        );
        assert_eq!((d.host, d.ip), (Some("mx.example.net"), Some("192.0.2.1")));
        // OpenSMTPD 5.x's result lines.
        let l = syslog_line("Mar 10 02:03:06 mail03 smtpd[77]: relay: TempFail for c534b8c7f5ad4a41: session=a6ee64ec089bf84f, from=<s@example.com>, to=<r@example.net>, rcpt=<->, source=192.0.2.5, relay=192.0.2.1 (mx.example.net), delay=6m41s, stat=451 Temporary failure", &years(), None).unwrap();
        let d = delivery(&l);
        assert_eq!(
            (d.id, d.kind, d.recipient, d.text),
            (
                Some("c534b8c7"),
                Some(EventKind::Deferred),
                Some("<r@example.net>"),
                "451 Temporary failure"
            )
        );
        assert_eq!((d.host, d.ip), (Some("mx.example.net"), Some("192.0.2.1")));
        assert_eq!(d.delay_s, Some(401.0));
        // OpenSMTPD 5.7's: the session, then the envelope's fields.
        let l = syslog_line("Apr 25 12:52:11 lx2 smtpd[4603]: smtp-out: session 0000000000000000: evpid=5a2c0b8e1f3d9a47, status=PermFail, from=<>, to=<foo@example.net>, rcpt=<->, source=-, relay=example.net, delay=0s, stat=Invalid domain name", &years(), None).unwrap();
        let d = delivery(&l);
        assert_eq!(
            (d.id, d.kind, d.recipient, d.text),
            (
                Some("5a2c0b8e"),
                Some(EventKind::Bounced),
                Some("<foo@example.net>"),
                "Invalid domain name"
            )
        );
        // A local or LMTP delivery: `mda delivery`, its stat unquoted to the end.
        let l = syslog_line(r#"Mar 10 02:03:05 mail03 smtpd[77]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379 from=<s@example.com> to=<r@example.org> rcpt=<r@example.org> user=r delay=40s result=TempFail stat=Error (temporary failure: "mail.lmtp: LMTP server error: 550 5.7.1 rejected")"#, &years(), None).unwrap();
        let d = delivery(&l);
        assert_eq!(
            (d.id, d.kind, d.recipient, d.text),
            (
                Some("f9293a5c"),
                Some(EventKind::Deferred),
                Some("<r@example.org>"),
                r#"Error (temporary failure: "mail.lmtp: LMTP server error: 550 5.7.1 rejected")"#
            )
        );
    }
}
