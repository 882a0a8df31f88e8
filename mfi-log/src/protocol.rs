//! Exchange Server's SMTP send protocol log (`#Log-type: SMTP Send Protocol Log`, `#Fields:
//! date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,
//! data,context`): one row per step of each session, the sessions interleaved. A session's
//! failure is an event: a connection or TLS failure the `*` rows note (`Failed to connect.
//! Winsock error code: 10061 ...`, `TLS negotiation failed with error UnknownCredentials`),
//! and a server's 4xx or 5xx reply (`<`) to the command it answers, for the recipient a
//! `RCPT TO` named or the recipients of the message the reply refused.

use std::collections::{HashMap, VecDeque};

use mfi_core::{classify, Timestamp};

use crate::event::{EventKind, System};
use crate::lines::{Delivery, Line, What};

/// Where the columns of a protocol log are (by index).
#[derive(Debug, Clone)]
pub(crate) struct Columns {
    time: usize,
    connector: Option<usize>,
    session: usize,
    remote: Option<usize>,
    event: usize,
    data: usize,
    context: usize,
}

impl Columns {
    /// The columns of a protocol log, if the names (lower case, without `-`) are one's.
    pub fn new(names: &[String]) -> Option<Self> {
        let find = |want: &str| names.iter().position(|n| n == want);
        find("sequencenumber")?;
        Some(Columns {
            time: find("datetime")?,
            connector: find("connectorid"),
            session: find("sessionid")?,
            remote: find("remoteendpoint"),
            event: find("event")?,
            data: find("data")?,
            context: find("context")?,
        })
    }
}

/// What a session waits for: the replies to the commands it sent, in order (a pipelining
/// client sends several before the first reply), and the recipients the server took.
#[derive(Debug, Default)]
struct Session {
    /// The commands sent and not yet answered: `Some(recipient)` for a `RCPT TO`.
    waiting: VecDeque<Option<String>>,
    /// The recipients of the message under way that the server took.
    recipients: Vec<String>,
}

/// The sessions of a protocol log read so far (at most [`MAX_SESSIONS`] open ones: a log
/// whose sessions never end does not grow without bound).
#[derive(Debug, Default)]
pub(crate) struct Protocol {
    sessions: HashMap<String, Session>,
}

const MAX_SESSIONS: usize = 4096;
const MAX_WAITING: usize = 256;

impl Protocol {
    /// Reads one row, calling `f` with the events it gives.
    pub fn record(
        &mut self,
        cols: &Columns,
        rec: &csv::StringRecord,
        time: impl Fn(&str) -> Option<Timestamp>,
        mut f: impl FnMut(Line<'_>),
    ) {
        let get = |i: usize| rec.get(i).map(str::trim).unwrap_or("");
        let (id, event, data) = (get(cols.session), get(cols.event), get(cols.data));
        if id.is_empty() {
            return;
        }
        if event == "-" {
            self.sessions.remove(id);
            return;
        }
        if !self.sessions.contains_key(id) && self.sessions.len() >= MAX_SESSIONS {
            self.sessions.clear();
        }
        let session = self.sessions.entry(id.to_owned()).or_default();
        let (text, failed_for) = match event {
            ">" => {
                let verb = data.split([' ', ':']).next().unwrap_or("");
                if verb.eq_ignore_ascii_case("MAIL") {
                    session.recipients.clear();
                }
                if session.waiting.len() < MAX_WAITING {
                    session.waiting.push_back(
                        verb.eq_ignore_ascii_case("RCPT")
                            .then(|| address(data).to_owned()),
                    );
                }
                return;
            }
            "<" => {
                // (A multi-line reply's lines before its last, `250-SIZE`: no answer yet.)
                if data.as_bytes().get(3) == Some(&b'-') {
                    return;
                }
                let answered = session.waiting.pop_front().flatten();
                let class = data.bytes().next().unwrap_or(b'0');
                match (answered, class) {
                    (Some(r), b'2') => {
                        session.recipients.push(r);
                        return;
                    }
                    (Some(r), b'4' | b'5') => (data, vec![r]),
                    (None, b'4' | b'5') => (data, std::mem::take(&mut session.recipients)),
                    _ => return,
                }
            }
            // (A note of the session: the failures among them name an MFI code.)
            "*" if classify(get(cols.context)).mfi_code().is_some() => {
                (get(cols.context), session.recipients.clone())
            }
            _ => return,
        };
        let kind = if text.starts_with('5') {
            EventKind::Bounced
        } else {
            EventKind::Deferred
        };
        let ip = cols
            .remote
            .map(get)
            .and_then(|e| e.rsplit_once(':').map(|(ip, _)| ip))
            .filter(|ip| !ip.is_empty());
        let recipients: Vec<Option<&str>> = if failed_for.is_empty() {
            vec![None]
        } else {
            failed_for.iter().map(|r| Some(r.as_str())).collect()
        };
        let what = recipients
            .into_iter()
            .map(|recipient| {
                What::Delivery(Delivery {
                    recipient,
                    ip,
                    connector: cols.connector.map(get).filter(|c| !c.is_empty()),
                    kind: Some(kind),
                    text,
                    ..Delivery::default()
                })
            })
            .collect();
        f(Line {
            time: time(get(cols.time)),
            system: System::ExchangeServer,
            session: None,
            what,
        });
    }
}

/// The address of `RCPT TO:<a@b> ...`.
fn address(command: &str) -> &str {
    let rest = command.split_once(':').map_or("", |(_, r)| r).trim_start();
    let rest = rest.strip_prefix('<').unwrap_or(rest);
    rest.split(['>', ' ']).next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(fields: &str) -> Vec<String> {
        fields.split(',').map(|n| n.replace('-', "")).collect()
    }

    /// The events of `rows` (`time,connector,session,seq,local,remote,event,data,context`):
    /// (recipient, kind, text).
    fn events(rows: &[&str]) -> Vec<(Option<String>, EventKind, String)> {
        let cols = Columns::new(&names(
            "date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context",
        ))
        .unwrap();
        let mut p = Protocol::default();
        let mut out = Vec::new();
        for row in rows {
            let mut r = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(row.as_bytes());
            let rec = r.records().next().unwrap().unwrap();
            p.record(
                &cols,
                &rec,
                |t| t.parse().ok(),
                |l| {
                    for w in l.what {
                        if let What::Delivery(d) = w {
                            assert_eq!(l.system, System::ExchangeServer);
                            out.push((
                                d.recipient.map(str::to_owned),
                                d.kind.unwrap(),
                                d.text.to_owned(),
                            ));
                        }
                    }
                },
            );
        }
        out
    }

    #[test]
    fn connection_and_tls_failures_are_deferrals() {
        let got = events(&[
            "2024-03-04T09:12:40.101Z,Internet,08DC01,0,,203.0.113.25:25,*,,attempting to connect",
            "2024-03-04T09:12:41.112Z,Internet,08DC01,1,,203.0.113.25:25,*,,\"Failed to connect. Winsock error code: 10061, Win32 error code: 10061, Error Message: No connection could be made because the target machine actively refused it 203.0.113.25:25\"",
            "2017-10-07T04:42:56.804Z,Outbound,08DC02,21,10.0.0.7:16547,192.0.2.234:25,*,,TLS negotiation failed with error UnknownCredentials",
            "2017-10-07T04:42:56.804Z,Outbound,08DC02,20,10.0.0.7:16547,192.0.2.234:25,*,*.example.com,Certificate alternate names",
        ]);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got
            .iter()
            .all(|(r, k, _)| r.is_none() && *k == EventKind::Deferred));
        assert!(got[0].2.contains("10061") && got[1].2.contains("UnknownCredentials"));
    }

    #[test]
    fn a_reply_refuses_the_recipient_it_answers() {
        let got = events(&[
            "2024-03-04T10:05:11.090Z,Internet,S1,2,10.0.0.5:50110,192.0.2.40:25,<,220 mx.example.net ESMTP,",
            "2024-03-04T10:05:11.091Z,Internet,S1,3,10.0.0.5:50110,192.0.2.40:25,>,EHLO mail.example.com,",
            "2024-03-04T10:05:11.130Z,Internet,S1,4,10.0.0.5:50110,192.0.2.40:25,<,250-mx.example.net Hello,",
            "2024-03-04T10:05:11.130Z,Internet,S1,5,10.0.0.5:50110,192.0.2.40:25,<,250 8BITMIME,",
            // (pipelined: MAIL and two RCPTs before the replies; another session between)
            "2024-03-04T10:05:11.131Z,Internet,S1,6,10.0.0.5:50110,192.0.2.40:25,>,MAIL FROM:<a@example.com> SIZE=20480,",
            "2024-03-04T10:05:11.131Z,Internet,S1,7,10.0.0.5:50110,192.0.2.40:25,>,RCPT TO:<ok@example.net>,",
            "2024-03-04T10:05:11.131Z,Internet,S1,8,10.0.0.5:50110,192.0.2.40:25,>,RCPT TO:<no@example.net>,",
            "2024-03-04T10:05:11.140Z,Internet,S2,2,10.0.0.5:50111,192.0.2.90:25,<,421 4.3.2 Service not available,",
            "2024-03-04T10:05:11.170Z,Internet,S1,9,10.0.0.5:50110,192.0.2.40:25,<,250 2.1.0 Ok,",
            "2024-03-04T10:05:11.170Z,Internet,S1,10,10.0.0.5:50110,192.0.2.40:25,<,250 2.1.5 Ok,",
            "2024-03-04T10:05:11.210Z,Internet,S1,11,10.0.0.5:50110,192.0.2.40:25,<,550 5.1.1 <no@example.net>: Recipient address rejected: User unknown,",
            "2024-03-04T10:05:11.211Z,Internet,S1,12,10.0.0.5:50110,192.0.2.40:25,>,DATA,",
            "2024-03-04T10:05:11.250Z,Internet,S1,13,10.0.0.5:50110,192.0.2.40:25,<,554 5.7.1 Message rejected as spam,",
            "2024-03-04T10:05:11.251Z,Internet,S1,14,10.0.0.5:50110,192.0.2.40:25,-,,Local",
        ]);
        let want = [
            (None, EventKind::Deferred, "421 4.3.2 Service not available"),
            (
                Some("no@example.net"),
                EventKind::Bounced,
                "550 5.1.1 <no@example.net>: Recipient address rejected: User unknown",
            ),
            (
                Some("ok@example.net"),
                EventKind::Bounced,
                "554 5.7.1 Message rejected as spam",
            ),
        ];
        let want: Vec<_> = want
            .iter()
            .map(|(r, k, t)| (r.map(str::to_owned), *k, (*t).to_owned()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn commands_without_replies_are_bounded() {
        let mut rows = vec![
            "2024-03-04T10:05:11.131Z,I,S1,6,,192.0.2.40:25,>,MAIL FROM:<a@example.com>,"
                .to_owned(),
        ];
        for k in 0..1000 {
            rows.push(format!(
                "2024-03-04T10:05:11.131Z,I,S1,{k},,192.0.2.40:25,>,RCPT TO:<r{k}@example.net>,"
            ));
        }
        let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
        assert!(events(&rows).is_empty());
        assert_eq!(
            address("RCPT TO:<a@example.net> NOTIFY=NEVER"),
            "a@example.net"
        );
        assert_eq!(address("RCPT TO: a@example.net"), "a@example.net");
    }
}
