//! Exchange Server queue listings and tracking records: what `Get-Queue | Format-List`,
//! `Get-Message | Format-List` and `Get-MessageTrackingLog | Format-List` print, one
//! `Name : value` per line (long values wrapped onto indented lines), a blank line between
//! records. A queue or message with a `LastError` is a deferral; a tracking record's
//! `EventId` (`FAIL`, `DEFER`, `DELIVER`, `SEND`) is an event for each of its recipients.

use crate::event::{EventKind, System};
use crate::lines::{Delivery, Line, What};
use crate::tabular::{kind_of, parse_time};
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
}

/// A listing read line by line into records.
#[derive(Debug, Default)]
pub(crate) struct Listing {
    fields: Vec<(String, String)>,
}

impl Listing {
    /// Takes one line; a blank line ends the record, which `f` is given.
    pub fn line(&mut self, line: &str, f: impl FnMut(Line<'_>)) {
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
            let Some(kind) = kind_of(event) else { return };
            let recipients = addresses(get("Recipients"));
            let status = get("RecipientStatus").map_or(event, |s| {
                s.strip_prefix('{')
                    .and_then(|s| s.strip_suffix('}'))
                    .unwrap_or(s)
            });
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
        assert!(looks_like(&lines));
        let mut l = Listing::default();
        let mut got = Vec::new();
        for line in &lines {
            l.line(line, |x| got.push(format!("{x:?}")));
        }
        l.flush(|x| got.push(format!("{x:?}")));
        got
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
        assert!(
            got[0].contains("Bounced") && got[0].contains("m1@ex01"),
            "{}",
            got[0]
        );
        assert!(
            got[1].contains("Deferred") && got[1].contains("c@example.net"),
            "{}",
            got[1]
        );
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
    fn queues_with_an_error_are_deferrals() {
        let got = read(QUEUE);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("domain: Some(\"example.net\")"),
            "{}",
            got[0]
        );
        assert!(
            got[0].contains("Unable to establish connection."),
            "{}",
            got[0]
        );
        assert!(!looks_like(&["Mar 10 02:03:04 host postfix/smtp[1]: x"]));
    }
}
