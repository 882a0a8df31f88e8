//! CSV exports: Exchange Server message tracking logs (`#Fields:` header; its SMTP protocol
//! logs, with the same header, are read by [`crate::protocol`]), Microsoft 365
//! message-trace exports (Get-MessageTrace, Get-MessageTraceDetail, historical search) and
//! PowerMTA's accounting files (`type,timeLogged,orig,rcpt,...,dsnDiag`), their columns found
//! by name.

use mfi_core::Timestamp;

use crate::event::{EventKind, Format, System};
use crate::lines::{Delivery, Line, What};

/// Where each column this reader uses is (by index).
#[derive(Debug, Clone)]
struct Columns {
    time: Option<usize>,
    sender: Option<usize>,
    recipient: Option<usize>,
    event: Option<usize>,
    text: Vec<usize>,
    id: Option<usize>,
    host: Option<usize>,
    ip: Option<usize>,
    connector: Option<usize>,
    /// Historical search: `a@x##Receive, Fail;b@y##Receive, Send`.
    recipient_status: Option<usize>,
    /// Whose export it is: Microsoft's, or (with DSN columns, PowerMTA's accounting) a
    /// sending system's whose diagnostics quote the receivers.
    system: System,
}

/// A column name without case, dashes, underscores and spaces.
fn norm(name: &str) -> String {
    name.trim()
        .trim_matches('"')
        .chars()
        .filter(|c| !matches!(c, '-' | '_' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

impl Columns {
    /// The columns of a header's names as written (`Date-Time`, `Recipient Address`).
    fn new(names: &[String], format: Format) -> Self {
        let names: Vec<String> = names.iter().map(|n| norm(n)).collect();
        Self::of_normed(&names, format)
    }

    /// The columns of a header's names already normalised ([`norm`]).
    fn of_normed(names: &[String], format: Format) -> Self {
        let find = |want: &[&str]| want.iter().find_map(|w| names.iter().position(|n| n == w));
        let tracking = format == Format::ExchangeTracking;
        let mut c = Columns {
            time: find(&[
                "datetime",
                "datetimeutc",
                "received",
                "date",
                "origintimestamputc",
                "timestamp",
                "starttime",
                "timelogged",
            ]),
            sender: find(&["senderaddress", "sender", "returnpath", "orig"]),
            recipient: find(&["recipientaddress", "recipient", "recipients", "rcpt"]),
            event: find(&[
                "eventid",
                "status",
                "event",
                "action",
                "deliverystatus",
                "dsnaction",
            ]),
            text: Vec::new(),
            id: find(&[
                "internalmessageid",
                "messagetraceid",
                "networkmessageid",
                "messageid",
            ]),
            host: find(&["serverhostname", "lastattemptedserver"]),
            ip: find(&["serverip", "toip"]),
            connector: find(&["connectorid", "connector"]),
            recipient_status: None,
            // (Microsoft's own column names; another CSV with a recipient and a status,
            // PowerMTA's or a script's, is no Exchange Online export.)
            system: if tracking {
                System::ExchangeServer
            } else if find(&[
                "senderaddress",
                "recipientaddress",
                "messagetraceid",
                "networkmessageid",
                "origintimestamputc",
                "internalmessageid",
            ])
            .is_some()
            {
                System::ExchangeOnline
            } else {
                System::Unknown
            },
        };
        if tracking {
            c.text.extend(find(&["recipientstatus"]));
        } else {
            // Historical search puts `a@x##Receive, Fail` there; the extended report, like a
            // tracking log, the status text.
            c.recipient_status = find(&["recipientstatus"]);
            c.text.extend(find(&["detail"]));
            c.text.extend(find(&["reason"]));
            // (PowerMTA: `smtp;550 5.1.1 ...`, then `5.1.1 (bad destination mailbox
            // address)`)
            c.text.extend(find(&["dsndiag"]));
            c.text.extend(find(&["dsnstatus"]));
        }
        c
    }
}

/// Whether a line is the header row of a message-trace export.
pub(crate) fn is_message_trace_header(line: &str) -> bool {
    const NAMES: &[&str] = &[
        "received",
        "senderaddress",
        "recipientaddress",
        "status",
        "messagetraceid",
        "messageid",
        "origintimestamputc",
        "recipientstatus",
        "networkmessageid",
        "event",
        "detail",
        "toip",
        "fromip",
        "timelogged",
        "rcpt",
        "dsnaction",
        "dsnstatus",
        "dsndiag",
    ];
    let hits = line
        .split(',')
        .filter(|n| NAMES.contains(&norm(n).as_str()))
        .count();
    hits >= 3
}

/// A CSV export read row by row.
#[derive(Debug)]
pub(crate) struct Table {
    format: Format,
    columns: Option<Columns>,
    /// An Exchange SMTP protocol log's columns and open sessions, when the `#Fields:` are
    /// one's.
    protocol: Option<(crate::protocol::Columns, crate::protocol::Protocol)>,
    /// Whether the log is an SMTP receive protocol log (`#Log-type: SMTP Receive Protocol
    /// Log`).
    receiving: bool,
}

impl Table {
    pub fn new(format: Format) -> Self {
        Table {
            format,
            columns: None,
            protocol: None,
            receiving: false,
        }
    }

    /// Reads one record (a header, a comment or a row), calling `f` with what a row says.
    pub fn record(&mut self, rec: &csv::StringRecord, mut f: impl FnMut(Line<'_>)) {
        let first = rec.get(0).unwrap_or("");
        let first_clean = first.trim_start_matches('\u{feff}');
        if let Some(names) = first_clean.strip_prefix("#Fields:") {
            let mut all = vec![names.trim().to_owned()];
            all.extend(rec.iter().skip(1).map(str::to_owned));
            let normed: Vec<String> = all.iter().map(|n| norm(n)).collect();
            self.protocol = crate::protocol::Columns::new(&normed)
                .filter(|_| !self.receiving)
                .map(|c| (c, Default::default()));
            self.columns = Some(Columns::of_normed(&normed, self.format));
            return;
        }
        if first_clean.starts_with('#') {
            // (A receive connector's log: its `<` rows are the clients' commands, and its
            // sessions' failures are theirs, not deliveries.)
            if let Some(t) = first_clean.strip_prefix("#Log-type:") {
                self.receiving = t.contains("Receive");
            }
            return;
        }
        if let Some((cols, sessions)) = self.protocol.as_mut() {
            sessions.record(cols, rec, parse_time, f);
            return;
        }
        let Some(cols) = self.columns.as_ref() else {
            if self.format == Format::MessageTrace {
                let names: Vec<String> = rec.iter().map(str::to_owned).collect();
                self.columns = Some(Columns::new(&names, self.format));
            }
            return;
        };
        let get = |i: Option<usize>| {
            i.and_then(|i| rec.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let time = get(cols.time).and_then(parse_time);
        let system = cols.system;
        let id = get(cols.id);
        let event = get(cols.event).unwrap_or("");
        let mut emit = |what: Vec<What<'_>>| {
            if !what.is_empty() {
                f(Line {
                    time,
                    system,
                    session: None,
                    what,
                });
            }
        };
        let mut what = Vec::new();
        if event.eq_ignore_ascii_case("receive") {
            if let Some(id) = id {
                what.push(What::Arrival {
                    id,
                    sender: get(cols.sender),
                });
            }
        }
        let mut text_cols: Vec<&str> = cols.text.iter().filter_map(|&i| get(Some(i))).collect();
        if let Some(status) = get(cols.recipient_status).filter(|v| !v.contains("##")) {
            text_cols.push(status);
        }
        let text_of = |status_word: &str| -> String {
            let mut t = text_cols.join(" ");
            if t.is_empty() {
                t = status_word.to_owned();
            }
            t
        };
        // Historical search rows: the recipients and their events in one column.
        if let Some(rs) = get(cols.recipient_status).filter(|v| v.contains("##")) {
            let text = text_of("");
            for part in rs.split(';') {
                let Some((r, events)) = part.split_once("##") else {
                    continue;
                };
                let last = events.rsplit(',').next().unwrap_or("").trim();
                let Some(kind) = kind_of(last) else { continue };
                what.push(What::Delivery(Delivery {
                    id,
                    recipient: Some(r.trim()),
                    sender: get(cols.sender),
                    connector: get(cols.connector),
                    kind: Some(kind),
                    text: if text.is_empty() { last } else { &text },
                    ..Delivery::default()
                }));
            }
            emit(what);
            return;
        }
        let text = text_of(event);
        let Some(kind) = event_kind(event, &text) else {
            emit(what);
            return;
        };
        // Several recipients in one row (`;`), with one status each or one for all.
        let recipients: Vec<&str> = get(cols.recipient)
            .map(|r| {
                r.split(';')
                    .map(str::trim)
                    .filter(|r| !r.is_empty())
                    .collect()
            })
            .unwrap_or_default();
        let statuses: Vec<&str> = text.split(';').collect();
        let per_recipient = recipients.len() > 1 && statuses.len() == recipients.len();
        let n = recipients.len().max(1);
        let texts: Vec<String> = (0..n)
            .map(|i| {
                if per_recipient {
                    statuses[i].trim().to_owned()
                } else {
                    text.clone()
                }
            })
            .collect();
        for (i, t) in texts.iter().enumerate() {
            what.push(What::Delivery(Delivery {
                id,
                recipient: recipients.get(i).copied(),
                sender: get(cols.sender),
                host: get(cols.host),
                ip: get(cols.ip),
                connector: get(cols.connector),
                kind: Some(kind),
                text: t,
                ..Delivery::default()
            }));
        }
        emit(what);
    }
}

/// What a status or event column says happened.
/// The kind of a tracking event whose recipient status is `status`: [`kind_of`] the
/// event, or a `DROP` whose status is a refusal (a transport agent's or a rule's
/// `550 4.3.2 QUEUE.TransportAgent; message deleted by transport agent`: the message was
/// not delivered; a dropped auto-reply's `250 2.1.5` is no failure).
pub(crate) fn event_kind(event: &str, status: &str) -> Option<EventKind> {
    kind_of(event).or_else(|| {
        let refused = mfi_core::replies(status).first().is_some_and(|r| {
            r.0.is_some_and(|c| c.first_digit() >= 4)
                || r.0.is_none() && r.1.is_some_and(|s| s.class().digit() >= 4)
        });
        (event.trim().eq_ignore_ascii_case("drop") && refused).then_some(EventKind::Bounced)
    })
}

pub(crate) fn kind_of(v: &str) -> Option<EventKind> {
    match v.trim().to_ascii_lowercase().as_str() {
        "fail" | "failed" | "bounced" => Some(EventKind::Bounced),
        "defer" | "deferred" | "pending" | "delayed" => Some(EventKind::Deferred),
        // (`relayed`: PowerMTA's DSN action of a message the receiver took)
        "send" | "send external" | "sendexternal" | "deliver" | "delivered" | "sent"
        | "relayed" => Some(EventKind::Delivered),
        "expired" => Some(EventKind::Expired),
        _ => None,
    }
}

/// `2026-03-10T02:03:04.123Z`, `2026-03-10 02:03:04`, `3/10/2026 2:03:04 AM` (what
/// PowerShell's `Export-Csv` writes in US English).
pub(crate) fn parse_time(v: &str) -> Option<Timestamp> {
    let v = v.trim();
    if let Ok(t) = v.parse::<Timestamp>() {
        return Some(t);
    }
    if let Some((t, rest)) = crate::fields::date_time(v) {
        // (PowerMTA writes its offset after the seconds: `2024-05-02 10:11:12+0000`.)
        let rest = rest.trim_start();
        if rest.is_empty() {
            return t;
        }
        if let Some(off) = crate::fields::utc_offset(rest).filter(|_| rest.len() == 5) {
            return t.map(|t| t.add_seconds(off));
        }
    }
    // M/D/YYYY h:mm:ss AM|PM
    let (date, rest) = v.split_once(' ')?;
    let mut d = date.split('/');
    let (m, day, y) = (
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
        d.next()?.parse().ok()?,
    );
    let (clock, ampm) = rest.split_once(' ').unwrap_or((rest, ""));
    let mut c = clock.split(':');
    let (mut h, mi, s): (u32, u32, u32) = (
        c.next()?.parse().ok()?,
        c.next()?.parse().ok()?,
        c.next().unwrap_or("0").parse().ok()?,
    );
    match ampm.to_ascii_uppercase().as_str() {
        "PM" if h < 12 => h += 12,
        "AM" if h == 12 => h = 0,
        _ => {}
    }
    Timestamp::from_civil(y, m, day, h, mi, s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        for (v, want) in [
            ("2026-03-10T02:03:04.123Z", "2026-03-10T02:03:04Z"),
            ("2026-03-10 02:03:04", "2026-03-10T02:03:04Z"),
            ("3/10/2026 2:03:04 PM", "2026-03-10T14:03:04Z"),
            ("3/10/2026 12:03:04 AM", "2026-03-10T00:03:04Z"),
            ("2026-03-10 02:03:04+0100", "2026-03-10T01:03:04Z"),
            ("2026-03-10 02:03:04 -0230", "2026-03-10T04:33:04Z"),
        ] {
            assert_eq!(
                parse_time(v).map(|t| t.to_string()).as_deref(),
                Some(want),
                "{v}"
            );
        }
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!(parse_time("2026-03-10 02:03:04+01"), None);
    }

    #[test]
    fn an_extended_report_row_is_a_tracking_row() {
        let mut t = Table::new(Format::MessageTrace);
        let header = csv::StringRecord::from(vec![
            "date_time_utc",
            "client_ip",
            "server_hostname",
            "event_id",
            "internal_message_id",
            "message_id",
            "recipient_address",
            "recipient_status",
            "sender_address",
        ]);
        let row = csv::StringRecord::from(vec![
            "2026-03-10T02:03:04.123Z",
            "192.0.2.1",
            "mx1.example.net",
            "DEFER",
            "42",
            "<m@example.com>",
            "a@example.net",
            "451 4.4.316 Connection refused",
            "s@example.com",
        ]);
        let mut got = Vec::new();
        t.record(&header, |l| got.push(format!("{l:?}")));
        t.record(&row, |l| got.push(format!("{l:?}")));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("451 4.4.316 Connection refused"),
            "{}",
            got[0]
        );
        assert!(got[0].contains("Deferred"), "{}", got[0]);
    }

    #[test]
    fn headers() {
        assert!(is_message_trace_header(
            "\"Received\",\"SenderAddress\",\"RecipientAddress\",\"Subject\",\"Status\""
        ));
        assert!(!is_message_trace_header("a,b,c"));
    }
}
