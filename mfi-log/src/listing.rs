//! PowerShell's records of Exchange and Microsoft 365: what `Get-Queue`, `Get-Message`,
//! `Get-MessageTrackingLog`, `Get-MessageTrace` and `Get-MessageTraceDetail` print through
//! `Format-List` (one `Name : value` per line, long values wrapped onto indented lines, a
//! blank line between records) or `Format-Table` (a row a record, its columns found by the
//! names above the dashes). A queue or message with a `LastError` is a deferral; a tracking
//! record's `EventId` (`FAIL`, `DEFER`, `DELIVER`, `SEND`; a `DROP` with a refusal) is an
//! event for each of its recipients; a trace record's `Event` and `Detail` (or its
//! `Status`) one of its `RecipientAddress`.

use crate::event::{EventKind, System};
use crate::lines::{Delivery, Line, What};
use crate::tabular::{event_kind, kind_of, parse_time};
use mfi_core::Timestamp;

/// The most fields one record keeps, and the most bytes of one value.
const MAX_FIELDS: usize = 96;
const MAX_VALUE: usize = 8 << 10;

/// Whether a line is a `Name : value` field of a listing.
pub(crate) fn field(line: &str) -> Option<(&str, &str)> {
    let (name, value) = line.split_once(':')?;
    let n = name.trim_end();
    let ok = !n.is_empty()
        && n.len() < 48
        && !name.starts_with(' ')
        && n.bytes().all(|c| c.is_ascii_alphanumeric())
        && (name.ends_with(' ') || value.starts_with(' '));
    ok.then(|| (n, value.trim()))
}

/// Whether the first lines of an input are such a listing.
pub(crate) fn looks_like(lines: &[&str]) -> bool {
    let fields: Vec<&str> = lines.iter().filter_map(|l| field(l)).map(|f| f.0).collect();
    fields.len() * 2 >= lines.len()
        && fields.iter().any(|n| {
            matches!(
                *n,
                "LastError" | "NextHopDomain" | "DeliveryType" | "FromAddress"
            )
        })
        && fields.contains(&"Identity")
        || fields.contains(&"EventId") && fields.contains(&"RecipientStatus")
        || trace_record(&fields)
}

/// Whether the field names are those of a Microsoft 365 message trace's records:
/// `Get-MessageTraceDetail` (`Event`, `Detail`) or `Get-MessageTrace` (`Status`), each
/// with its `RecipientAddress`.
fn trace_record(fields: &[&str]) -> bool {
    let detail = fields.contains(&"Event") && fields.contains(&"Detail");
    detail && fields.contains(&"MessageTraceId")
        || fields.contains(&"RecipientAddress")
            && (detail || fields.contains(&"Status") && fields.contains(&"MessageTraceId"))
}

/// The most columns of a table that are read (PowerShell's tables have a few; a line of
/// thousands of dashed runs is no such table).
const MAX_COLUMNS: usize = 64;

/// The columns of a table as PowerShell's `Format-Table` prints one (`Get-MessageTrace`,
/// `Get-MessageTraceDetail`, `Get-MessageTrackingLog`, `Get-Queue`): a line of names, a line
/// of dashes under each, then the rows aligned under them. Each column's name (its blanks
/// dropped: `Sender Address` is `SenderAddress`) and the display column it starts at (wide
/// characters count two, as PowerShell pads them); `None` when the first lines are no such
/// table of fields a record is read by.
pub(crate) fn table_columns(lines: &[&str]) -> Option<Vec<(String, usize)>> {
    let at = lines.windows(2).position(|w| dashes(w[1]))?;
    let (header, rule) = (lines[at], lines[at + 1]);
    let cells = cells(header);
    let at = |w: usize| byte_at(&cells, header, w);
    let mut columns = Vec::new();
    let mut start = None;
    for (i, c) in rule.chars().chain([' ']).enumerate() {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                if columns.len() == MAX_COLUMNS {
                    return None;
                }
                let name: String = header[at(s)..at(i)]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                columns.push((name, s));
                start = None;
            }
            _ => {}
        }
    }
    let has = |n: &str| columns.iter().any(|(c, _)| c.eq_ignore_ascii_case(n));
    (columns.len() >= 2
        && (has("RecipientAddress")
            || has("Event") && has("Detail")
            || has("EventId") && has("Recipients")
            || has("LastError")))
    .then_some(columns)
}

/// Where each character of a line starts: its display column (wide characters count two,
/// as PowerShell pads them) and its byte.
fn cells(line: &str) -> Vec<(usize, usize)> {
    use unicode_width::UnicodeWidthChar;
    let mut at = 0;
    line.char_indices()
        .map(|(i, c)| {
            let here = at;
            at += c.width().unwrap_or(0).max(1);
            (here, i)
        })
        .collect()
}

/// The byte where the character at display column `w` (or the first after it) starts.
fn byte_at(cells: &[(usize, usize)], line: &str, w: usize) -> usize {
    cells
        .get(cells.partition_point(|(at, _)| *at < w))
        .map_or(line.len(), |c| c.1)
}

/// Whether a line is the dashes under a table's column names.
fn dashes(line: &str) -> bool {
    let t = line.trim_end();
    t.starts_with('-') && t.bytes().all(|b| b == b'-' || b == b' ') && t.contains(" -")
}

/// Whether a line is PowerShell's prompt (`PS C:\>`, Exchange's `[PS] C:\Windows\system32>`),
/// the command that printed the table.
fn prompt(line: &str) -> bool {
    let t = line.trim_start();
    (t.starts_with("PS ") || t.starts_with("[PS] ")) && t.contains('>')
}

/// A listing read line by line into records.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    fields: Vec<(String, String)>,
    /// A table's columns ([`table_columns`]): each row is a record.
    table: Option<Table>,
}

/// A table's columns, and where its rows are.
#[derive(Debug)]
struct Table {
    columns: Vec<(String, usize)>,
    /// The names one after the other (a header PowerShell repeats is no row).
    names: String,
    /// Whether the dashes under the names have been seen (what comes before them, the
    /// command that printed the table, is no row).
    rows: bool,
}

impl Listing {
    /// A listing of `Name : value` records, or a table's rows when `columns` are given.
    pub fn new(columns: Option<Vec<(String, usize)>>) -> Self {
        Listing {
            fields: Vec::new(),
            table: columns.map(|columns| Table {
                names: columns.iter().map(|(n, _)| n.as_str()).collect(),
                columns,
                rows: false,
            }),
        }
    }

    /// Takes one line; a blank line ends the record, which `f` is given.
    pub fn line(&mut self, line: &str, f: impl FnMut(Line<'_>)) {
        if let Some(table) = &mut self.table {
            if dashes(line) {
                table.rows = true;
            } else if table.rows
                && !line.trim().is_empty()
                && !prompt(line)
                && !is_header(line, &table.names)
            {
                self.fields = row(line, &table.columns);
                self.flush(f);
            }
            return;
        }
        if line.trim().is_empty() {
            self.flush(f);
            return;
        }
        match field(line) {
            Some((n, v)) if self.fields.len() < MAX_FIELDS => {
                self.fields.push((n.to_owned(), cut(v)));
            }
            Some(_) => {}
            // A wrapped value goes on after the field before it.
            None => {
                if let Some((_, v)) = self.fields.last_mut() {
                    if v.len() < MAX_VALUE {
                        v.push(' ');
                        v.push_str(&cut(line.trim()));
                    }
                }
            }
        }
    }

    /// Ends the last record (at the input's end).
    pub fn flush(&mut self, mut f: impl FnMut(Line<'_>)) {
        let fields = std::mem::take(&mut self.fields);
        if fields.is_empty() {
            return;
        }
        let get = |name: &str| {
            fields
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
                .filter(|v| !v.is_empty() && *v != "{}")
        };
        let time = |name: &str| get(name).and_then(parse_time);
        if let Some(event) = get("EventId") {
            let id = get("MessageId").or_else(|| get("InternalMessageId"));
            if event.eq_ignore_ascii_case("RECEIVE") {
                if let (Some(id), Some(t)) = (id, time("Timestamp")) {
                    f(arrival(t, id, get("Sender")));
                }
                return;
            }
            let recipients = addresses(get("Recipients"));
            let status = get("RecipientStatus").map_or(event, |s| {
                s.strip_prefix('{')
                    .and_then(|s| s.strip_suffix('}'))
                    .unwrap_or(s)
            });
            let Some(kind) = event_kind(event, status) else {
                return;
            };
            // One status a recipient (`, ` apart outside brackets) when there are as many.
            let statuses = top_level_items(status);
            let per_recipient = recipients.len() > 1 && statuses.len() == recipients.len();
            let targets = if recipients.is_empty() {
                vec![""]
            } else {
                recipients
            };
            let what = targets
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    What::Delivery(Delivery {
                        id,
                        recipient: Some(*r).filter(|r| !r.is_empty()),
                        sender: get("Sender"),
                        host: get("ServerHostname"),
                        connector: get("ConnectorId"),
                        kind: Some(kind),
                        text: if per_recipient { statuses[i] } else { status },
                        ..Delivery::default()
                    })
                })
                .collect();
            f(Line {
                time: time("Timestamp"),
                system: System::ExchangeServer,
                session: None,
                what,
            });
            return;
        }
        // A message trace's record (Microsoft 365): `Get-MessageTraceDetail`'s event of one
        // recipient, its `Detail` the words (`Reason: [{LED=450 4.4.316 ...}]`), or
        // `Get-MessageTrace`'s summary of one, its `Status`.
        if get("RecipientAddress").is_some() || get("Event").is_some() && get("Detail").is_some() {
            let recipient = get("RecipientAddress");
            let id = get("MessageId").or_else(|| get("MessageTraceId"));
            let event = get("Event").or_else(|| get("Status"));
            let time = time("Date").or_else(|| time("Received"));
            if event.is_some_and(|e| e.eq_ignore_ascii_case("Receive")) {
                if let (Some(id), Some(t)) = (id, time) {
                    f(arrival(t, id, get("SenderAddress")));
                }
                return;
            }
            let Some(kind) = event.and_then(kind_of) else {
                return;
            };
            f(Line {
                time,
                system: System::ExchangeOnline,
                session: None,
                what: vec![What::Delivery(Delivery {
                    id,
                    recipient,
                    sender: get("SenderAddress"),
                    kind: Some(kind),
                    text: get("Detail").or(event).unwrap_or_default(),
                    ..Delivery::default()
                })],
            });
            return;
        }
        let Some(id) = get("Identity") else { return };
        // A message's arrival, for the queue outcome.
        if let Some(t) = time("DateReceived") {
            f(arrival(t, id, get("FromAddress")));
        }
        let Some(error) = get("LastError") else {
            return;
        };
        let recipients = addresses(get("Recipients"));
        // A message names its recipients; a queue only its next hop.
        let hop = get("NextHopDomain").filter(|d| d.contains('.') && !d.contains(' '));
        let mut targets: Vec<&str> = recipients;
        if targets.is_empty() {
            targets.push("");
        }
        let when = time("LastRetryTime")
            .or_else(|| time("DateReceived"))
            .or_else(|| time("FirstRetryTime"));
        let what = targets
            .into_iter()
            .map(|r| {
                What::Delivery(Delivery {
                    id: Some(id),
                    recipient: Some(r).filter(|r| !r.is_empty()),
                    domain: hop,
                    sender: get("FromAddress"),
                    connector: get("DeliveryType").or_else(|| get("Queue")),
                    kind: Some(EventKind::Deferred),
                    text: error,
                    ..Delivery::default()
                })
            })
            .collect();
        f(Line {
            time: when,
            system: System::ExchangeServer,
            session: None,
            what,
        });
    }
}

/// Whether a line is the table's header again (PowerShell repeats it between groups):
/// its words, blanks dropped, are the names one after the other.
fn is_header(line: &str, names: &str) -> bool {
    let mut words = line.chars().filter(|c| !c.is_whitespace());
    names.chars().all(|n| words.next() == Some(n)) && words.next().is_none()
}

/// The fields whose values are addresses: a cell PowerShell cut short (`{a@example.net,
/// somebody@fabri...}`) keeps its whole addresses only.
const ADDRESS_COLUMNS: &[&str] = &[
    "Recipients",
    "RecipientAddress",
    "Sender",
    "SenderAddress",
    "FromAddress",
];

/// A table's row as fields: each value from its column's start to the next's. A value
/// longer than its column pushes the ones after it right (PowerShell's `-AutoSize` off a
/// wide value): a column whose place is in the middle of a word starts at the next word.
/// An empty cell is empty.
fn row(line: &str, columns: &[(String, usize)]) -> Vec<(String, String)> {
    let cells = cells(line);
    let n = cells.len();
    let blank = |k: usize| line.as_bytes()[cells[k].1] == b' ';
    // The character each column starts at.
    let mut bounds = Vec::with_capacity(columns.len());
    let mut from = 0;
    for (k, (_, s)) in columns.iter().enumerate() {
        let mut b = if k == 0 {
            0
        } else {
            cells.partition_point(|(at, _)| at < s).max(from)
        };
        // (A real overflow: the column's place and the character before it both written.)
        if k > 0 && b < n && b > 0 && !blank(b) && !blank(b - 1) {
            while b < n && (!blank(b - 1) || blank(b)) {
                b += 1;
            }
        }
        bounds.push(b);
        from = b;
    }
    let byte = |k: usize| cells.get(k).map_or(line.len(), |c| c.1);
    columns
        .iter()
        .enumerate()
        .map(|(k, (name, _))| {
            let end = bounds.get(k + 1).copied().unwrap_or(n).max(bounds[k]);
            let mut value = line[byte(bounds[k])..byte(end)].trim();
            if ADDRESS_COLUMNS.iter().any(|c| c.eq_ignore_ascii_case(name)) {
                if let Some(cut) = value
                    .strip_suffix("...")
                    .or_else(|| value.strip_suffix('\u{2026}'))
                {
                    value = cut.rfind([',', ';']).map_or("", |p| &cut[..p]);
                }
            }
            (name.clone(), cut(value))
        })
        .collect()
}

/// A message's arrival on an Exchange server (for the queue outcome).
fn arrival<'a>(time: Timestamp, id: &'a str, sender: Option<&'a str>) -> Line<'a> {
    Line {
        time: Some(time),
        system: System::ExchangeServer,
        session: None,
        what: vec![What::Arrival { id, sender }],
    }
}

/// The addresses of a `Recipients` field (`{a@example.com, b@example.com}`; PowerShell
/// ends a list cut at `$FormatEnumerationLimit` with `...`).
fn addresses(v: Option<&str>) -> Vec<&str> {
    v.map(|r| {
        r.trim_matches(['{', '}'])
            .split([',', ';'])
            .map(|a| a.trim().trim_end_matches(['.', '\u{2026}']))
            .filter(|a| {
                a.split_once('@')
                    .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
            })
            .collect()
    })
    .unwrap_or_default()
}

/// The items of a list written `a, b` whose items may hold commas inside brackets
/// (`[{LRT=};{LED=550 5.1.1 ...}], [{...}]`), trimmed.
fn top_level_items(v: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in v.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(v[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    // (A list cut short ends with `...`.)
    items.push(
        v[start..]
            .trim()
            .trim_end_matches("...")
            .trim_end_matches('\u{2026}'),
    );
    items
}

fn cut(v: &str) -> String {
    let mut end = v.len().min(MAX_VALUE);
    while !v.is_char_boundary(end) {
        end -= 1;
    }
    v[..end].to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const QUEUE: &str = "\
Identity         : EX01\\3
DeliveryType     : DnsConnectorDelivery
NextHopDomain    : example.net
Status           : Retry
MessageCount     : 12
LastError        : 451 4.4.0 Primary target IP address responded with: \"421 4.4.0 Unable to
                   establish connection.\" Attempted failover to alternate host, but that
                   did not succeed.
LastRetryTime    : 3/10/2026 2:03:04 AM

Identity         : EX01\\4
DeliveryType     : SmtpDeliveryToMailbox
NextHopDomain    : mailbox database 1
Status           : Ready
MessageCount     : 0
LastError        :
";

    /// The lines a listing (which must look like one) gives, each as its debug form.
    fn read(listing: &str) -> Vec<String> {
        let lines: Vec<&str> = listing.lines().collect();
        assert!(looks_like(&lines) || table_columns(&lines).is_some());
        let mut l = Listing::new(table_columns(&lines));
        let mut got = Vec::new();
        for line in &lines {
            l.line(line, |x| got.push(format!("{x:?}")));
        }
        l.flush(|x| got.push(format!("{x:?}")));
        got
    }

    /// Asserts that an event's debug form shows every one of `words`.
    fn shows(event: &str, words: &[&str]) {
        for w in words {
            assert!(event.contains(w), "{w:?} not in {event}");
        }
    }

    #[test]
    fn tracking_records_are_events_for_each_recipient() {
        let log = "\
Timestamp               : 3/10/2026 2:03:04 AM
EventId                 : FAIL
Source                  : ROUTING
MessageId               : <m1@ex01.example.local>
Recipients              : {a@example.local, b@example.local}
RecipientStatus         : {[{LRT=};{LED=550 5.7.1 RESOLVER.RST.AuthRequired; authentication required};{FQDN=};{IP=}], [{LRT=};{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{FQDN=};{IP=}]}
Sender                  : s@example.local

Timestamp               : 3/10/2026 2:04:04 AM
EventId                 : DEFER
MessageId               : <m2@ex01.example.local>
Recipients              : {c@example.net}
RecipientStatus         : {[{LRT=};{LED=451 4.4.0 DNS query failed};{FQDN=};{IP=}]}
";
        let got = read(log);
        assert_eq!(got.len(), 2, "{got:?}");
        // Each recipient with its own status.
        let a = got[0].find("a@example.local").unwrap();
        let b = got[0].find("b@example.local").unwrap();
        let auth = got[0].find("AuthRequired").unwrap();
        let not_found = got[0].find("RecipNotFound").unwrap();
        assert!(a < auth && auth < b && b < not_found, "{}", got[0]);
        shows(&got[0], &["Bounced", "m1@ex01"]);
        shows(&got[1], &["Deferred", "c@example.net"]);
        // A list that Format-List cut short ends with `...`: not part of the last item.
        let cut = "\
EventId                 : FAIL
MessageId               : <m3@ex01.example.local>
Recipients              : {a@example.net, b@example.net...}
RecipientStatus         : {550 5.1.1 User unknown, 550 5.1.1 User unknown...}
";
        let got = read(cut);
        assert!(
            !got[0].contains("...") && got[0].contains("\"b@example.net\""),
            "{}",
            got[0]
        );
        assert_eq!(addresses(Some("{,,,@,;;@@, a@b}")), Vec::<&str>::new());
    }

    #[test]
    fn message_trace_details_are_events_of_their_recipient() {
        let trace = "\
Organization     : contoso.onmicrosoft.com
MessageId        : <m1@contoso.example>
Date             : 11/10/2023 12:24:31 PM
Event            : Receive
Detail           : Message received by: BN8NAM11FT012.namprd11.prod.outlook.com
RecipientAddress : a@fabrikam.example
SenderAddress    : s@contoso.example

Organization     : contoso.onmicrosoft.com
MessageId        : <m1@contoso.example>
Date             : 11/10/2023 12:24:40 PM
Event            : Defer
Detail           : Reason: [{LED=450 4.4.316 Connection refused [Message=Socket error code
                   10061] [LastAttemptedServerName=mail.fabrikam.example]};{MSG=};{FQDN=}]
Data             : <root><MEP Name=\"DeferReason\" String=\"450 4.4.316\" /></root>
RecipientAddress : a@fabrikam.example
SenderAddress    : s@contoso.example
";
        let got = read(trace);
        // The arrival, then one deferral with its wrapped detail (the `Data` field's copy
        // of the code is no second event).
        assert_eq!(got.len(), 2, "{got:?}");
        shows(&got[0], &["Arrival"]);
        shows(
            &got[1],
            &[
                "Deferred",
                "recipient: Some(\"a@fabrikam.example\")",
                "code 10061]",
            ],
        );
    }

    #[test]
    fn tables_are_read_by_their_column_names() {
        let trace = "\n\
Received               Sender Address     Recipient Address   Subject    Status
--------               --------------     -----------------   -------    ------
11/10/2023 12:24:31 PM alice@contoso.com  sales@fabrikam.com  Quotation  Pending

Received               Sender Address     Recipient Address   Subject    Status
--------               --------------     -----------------   -------    ------
11/10/2023 1:00:05 PM  bob@fabrikam.com   nobody@contoso.com  Hello      Failed
";
        // (The header PowerShell repeats between groups is no row.)
        let got = read(trace);
        assert_eq!(got.len(), 2, "{got:?}");
        shows(
            &got[1],
            &[
                "Bounced",
                "recipient: Some(\"nobody@contoso.com\")",
                "sender: Some(\"bob@fabrikam.com\")",
            ],
        );
        // A value wider than its column pushes the next ones right.
        let tracking = "\
Timestamp              EventId Source   Sender                 Recipients      RecipientStatus
---------              ------- ------   ------                 ----------      ---------------
3/29/2012 10:12:01 AM  FAIL    ROUTING  s@example.local        {a-long-group-name@example.local} {[{LRT=};{LED=550 5.7.1 RESOLVER.RST.AuthRequired; authentication required};{FQDN=};{IP=}]}
3/29/2012 10:13:01 AM  DROP    AGENT    s@example.local        {b@example.local} {[{LED=550 4.3.2 QUEUE.TransportAgent; message deleted by transport agent};{MSG=}]}
3/29/2012 10:14:01 AM  DROP    AGENT    s@example.local        {c@example.local} {[{LED=250 2.1.5 Recipient OK};{MSG=}]}
";
        let got = read(tracking);
        assert_eq!(got.len(), 2, "{got:?}");
        shows(
            &got[0],
            &["\"a-long-group-name@example.local\"", "AuthRequired"],
        );
        // A transport agent's drop with a refusal is a failure; a dropped auto-reply is not.
        shows(&got[1], &["Bounced", "\"b@example.local\""]);
        // The command that printed a table is no row; an empty cell stays empty; wide
        // characters take two columns, as PowerShell pads them; a cell it cut short
        // keeps only its whole addresses.
        let queue = "\
[PS] C:\\Windows\\system32>Get-Queue | ft Identity,Status,LastError,NextHopDomain
Identity          Status LastError                                NextHopDomain
--------          ------ ---------                                -------------
EX01\\2            Ready                                           contoso.com
EX01\\3            Retry  451 4.4.0 DNS query failed               fabrikam.example
";
        let got = read(queue);
        assert_eq!(got.len(), 1, "{got:?}");
        shows(&got[0], &["DNS query failed"]);
        let wide = "\
Received               Sender Address     Recipient Address   Subject    Status
--------               --------------     -----------------   -------    ------
11/10/2023 1:00:05 PM  bob@fabrikam.com   a@contoso.com       会議です   Failed
11/10/2023 1:00:06 PM  bob@fabrikam.com   b@contoso.com                  Failed
";
        let got = read(wide);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got.iter().all(|g| g.contains("Bounced")), "{got:?}");
        let cut = "\
EventId  Sender           Recipients                        RecipientStatus
-------  ------           ----------                        ---------------
FAIL     s@contoso.com    {somebody.longname@fabrikam.ex... {[{LED=550 5.1.1 not found}]}
";
        let got = read(cut);
        assert!(!got[0].contains("fabrikam.ex\""), "{}", got[0]);
        let many = format!("{}\n{}", "LastError ".repeat(80), "--------- ".repeat(80));
        assert!(table_columns(&many.lines().collect::<Vec<_>>()).is_none());
        assert!(table_columns(&["Name  Value", "no dashes"]).is_none());
        assert!(table_columns(&["Name   Value", "----   -----"]).is_none());
    }

    #[test]
    fn queues_with_an_error_are_deferrals() {
        let got = read(QUEUE);
        assert_eq!(got.len(), 1, "{got:?}");
        shows(&got[0], &["domain: Some(\"example.net\")"]);
        shows(&got[0], &["Unable to establish connection."]);
        assert!(!looks_like(&["Mar 10 02:03:04 host postfix/smtp[1]: x"]));
    }
}
