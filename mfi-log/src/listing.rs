//! Exchange Server queue listings: what `Get-Queue | Format-List` and `Get-Message |
//! Format-List` print, one `Name : value` per line (long values wrapped onto indented lines),
//! a blank line between records. A queue or message with a `LastError` is a deferral.

use crate::event::{EventKind, System};
use crate::lines::{Delivery, Line, What};
use crate::tabular::parse_time;

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
        let Some(id) = get("Identity") else { return };
        let time = |name: &str| get(name).and_then(parse_time);
        // A message's arrival, for the queue outcome.
        if let Some(t) = time("DateReceived") {
            f(Line {
                time: Some(t),
                system: System::ExchangeServer,
                session: None,
                what: vec![What::Arrival {
                    id,
                    sender: get("FromAddress"),
                }],
            });
        }
        let Some(error) = get("LastError") else {
            return;
        };
        let recipients: Vec<&str> = get("Recipients")
            .map(|r| {
                r.trim_matches(['{', '}'])
                    .split([',', ';'])
                    .map(str::trim)
                    .filter(|a| a.contains('@'))
                    .collect()
            })
            .unwrap_or_default();
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

    #[test]
    fn queues_with_an_error_are_deferrals() {
        let lines: Vec<&str> = QUEUE.lines().collect();
        assert!(looks_like(&lines));
        let mut l = Listing::default();
        let mut got = Vec::new();
        for line in &lines {
            l.line(line, |x| got.push(format!("{x:?}")));
        }
        l.flush(|x| got.push(format!("{x:?}")));
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
