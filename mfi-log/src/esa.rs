//! The `mail_logs` of Cisco Secure Email Gateway (IronPort, AsyncOS): `Mon Mar 31 20:00:27
//! 2003 Info: Bounced: DCID 3 MID 4 to RID 0 - 5.1.0 - Unknown address error ('550', [...])`,
//! or the same through syslog (`<166>Mar 17 18:24:37 host mail_logs: Info: ...`, under the
//! name of the log's subscription). A message is its MID; its recipients are numbered on the
//! line that accepts them (`MID 4 ICID 3 RID 0 To: <a@b>`) and named by that number (RID)
//! on the lines of its deliveries, which a delivery connection (DCID) makes:
//!
//! | line | event |
//! |---|---|
//! | `Message done DCID 5 MID 4 to RID [0, 1]` | each recipient delivered |
//! | `Delayed: DCID 5 MID 4 to RID 0 - 4.3.2 - ...` (AsyncOS 11 on: `... MID 4 From: <a> To: <b> RID 0 - ...`) | a deferral |
//! | `Bounced: DCID 0 MID 4 to RID 0 - 5.1.2 - Bad destination host (...)` | a bounce, or an expiry when its words say so |
//! | `Connection Error: DCID 63 domain: example.com IP: 192.0.2.1 port: 25 details: timeout ... reason: network error` | a deferral of the domain's mail |
//!
//! Its other lines about connections and messages say nothing of a delivery's outcome;
//! any other line (the appliance's own alerts) is read as plain text.

use std::sync::Arc;

use foldhash::HashMap;

use mfi_core::Timestamp;

use crate::event::{EventKind, System};
use crate::fields::{self, Years};
use crate::lines::{Delivery, Line, What};

/// The most messages (and delivery connections) whose recipients (and hosts) are kept; a
/// log that never says a message finished must not grow memory without end.
const MAX_KEPT: usize = 100_000;
/// The most recipients of one message kept, and the longest address.
const MAX_RECIPIENTS: usize = 1_000;
const MAX_ADDRESS: usize = 512;

/// The level words that follow a line's time (AsyncOS logs at these levels).
const LEVELS: [&str; 5] = ["Info: ", "Warning: ", "Critical: ", "Debug: ", "Trace: "];

/// A line's time and its text after the level word, if the line is AsyncOS's: its own time
/// (`Mon Mar 31 20:00:27 2003 Info: `), syslog's (under any log name), syslog's with the
/// year (`Oct 19 06:33:29 2011 host syslog_mail: Info: `), or none where an export kept
/// the text alone (then only a line in the mail log's words is one).
pub(crate) fn parts<'a>(line: &'a str, years: &Years) -> Option<(Option<Timestamp>, &'a str)> {
    let (time, rest) = if let Some(t) = fields::ctime_time(line) {
        t
    } else if let Some((time, rest)) = fields::classic_year_time(fields::without_priority(line)) {
        // The host and the log's name (`mx07 syslog_mail: `).
        let (head, message) = rest.split_once(": ")?;
        if head.split(' ').count() > 2 {
            return None;
        }
        (time, message)
    } else if let Some(s) = fields::syslog(line) {
        (years.resolve(s.stamp), s.message)
    } else {
        let text = LEVELS
            .iter()
            .find_map(|l| line.strip_prefix(l))
            .unwrap_or(line);
        return said(text).is_some().then_some((None, text));
    };
    let text = LEVELS.iter().find_map(|l| rest.strip_prefix(l))?;
    Some((time, text))
}

/// Whether a line is AsyncOS's (to find the format): its time and level, then the mail
/// log's words with their ids.
pub(crate) fn shaped(line: &str) -> bool {
    // (The year does not matter to the shape.)
    let years = Years::new(Some(2000), Timestamp::from_unix(0));
    parts(line, &years).is_some_and(|(_, t)| said(t).is_some())
}

/// A mail log read line by line: the recipients each message accepted, and the host each
/// delivery connection talks to.
#[derive(Debug, Default)]
pub(crate) struct Esa {
    /// Each message's recipients by number (shared by a message and the one a filter
    /// rewrote it to, which names them by the same numbers).
    recipients: HashMap<String, Arc<Vec<(String, String)>>>,
    hosts: HashMap<String, String>,
}

/// What a line says, with the ids it names.
enum Said<'a> {
    /// `MID 4 ICID 3 RID 0 To: <a@b>`
    Recipient {
        mid: &'a str,
        rid: &'a str,
        address: &'a str,
    },
    /// `Start MID 4 ICID 3`, `MID 4 ICID 3 From: <a@b>`
    Arrival {
        mid: &'a str,
        sender: Option<&'a str>,
    },
    /// `New SMTP DCID 5 interface 10.0.0.1 address 192.0.2.1 port 25`
    Connection { dcid: &'a str, address: &'a str },
    /// `DCID 5 close`
    Closed { dcid: &'a str },
    /// A delivery's outcome for its recipients (named by number, or by address).
    Outcome {
        dcid: Option<&'a str>,
        mid: &'a str,
        rids: Vec<&'a str>,
        to: Option<&'a str>,
        kind: EventKind,
        text: &'a str,
    },
    /// `Connection Error: DCID 63 domain: example.com IP: 192.0.2.1 ...`
    ConnectionError {
        domain: Option<&'a str>,
        ip: Option<&'a str>,
    },
    /// `Message finished MID 4 done`
    Finished { mid: &'a str },
    /// A message that a filter rewrote (`MID 2 rewritten to MID 3 by antispam`): its
    /// recipients are the old one's. (Not a message generated from another, `MID 14
    /// generated based on MID 13 by bcc filter`: a copy to recipients of its own.)
    Rewritten { from: &'a str, to: &'a str },
    /// Any other line about a connection or a message.
    Nothing,
}

impl Esa {
    /// Takes one line; `f` is given what it says. `false` for a line that is not one of
    /// the mail log's (read otherwise by the caller).
    pub fn line(&mut self, line: &str, years: &Years, f: impl FnOnce(Line<'_>)) -> bool {
        let Some((time, text)) = parts(line, years) else {
            return false;
        };
        let Some(said) = said(text) else {
            return false;
        };
        let mut what = Vec::new();
        let mut session = None;
        match said {
            Said::Recipient { mid, rid, address } => {
                self.bound();
                let r = Arc::make_mut(self.recipients.entry(mid.to_owned()).or_default());
                if r.len() < MAX_RECIPIENTS && address.len() <= MAX_ADDRESS {
                    r.retain(|(n, _)| n != rid);
                    r.push((rid.to_owned(), address.to_owned()));
                }
            }
            Said::Arrival { mid, sender } => what.push(What::Arrival { id: mid, sender }),
            Said::Connection { dcid, address } => {
                self.bound();
                self.hosts.insert(dcid.to_owned(), address.to_owned());
            }
            Said::Closed { dcid } => {
                self.hosts.remove(dcid);
            }
            Said::Rewritten { from, to } => {
                if let Some(r) = self.recipients.get(from).map(Arc::clone) {
                    self.bound();
                    self.recipients.insert(to.to_owned(), r);
                }
            }
            Said::Finished { mid } => {
                self.recipients.remove(mid);
                what.push(What::Removed { id: mid });
            }
            Said::ConnectionError { domain, ip } => what.push(What::Delivery(Delivery {
                domain,
                ip,
                kind: Some(EventKind::Deferred),
                text,
                ..Delivery::default()
            })),
            Said::Outcome {
                dcid,
                mid,
                rids,
                to,
                kind,
                text,
            } => {
                session = dcid.map(|d| ("DCID", d));
                let known = self.recipients.get(mid);
                let ip = dcid.and_then(|d| self.hosts.get(d)).map(String::as_str);
                for rid in rids {
                    let recipient = to.or_else(|| {
                        known
                            .and_then(|r| r.iter().find(|(n, _)| n == rid).map(|(_, a)| a.as_str()))
                    });
                    what.push(What::Delivery(Delivery {
                        id: Some(mid),
                        recipient,
                        ip,
                        kind: Some(kind),
                        text,
                        ..Delivery::default()
                    }));
                }
            }
            Said::Nothing => {}
        }
        f(Line {
            time,
            system: System::CiscoEsa,
            session,
            what,
        });
        true
    }

    /// Forgets everything once too much is kept.
    fn bound(&mut self) {
        if self.recipients.len() >= MAX_KEPT {
            self.recipients.clear();
        }
        if self.hosts.len() >= MAX_KEPT {
            self.hosts.clear();
        }
    }
}

/// The words after `key` among `words`.
fn after<'a>(words: &[&'a str], key: &str) -> Option<&'a str> {
    let i = words.iter().position(|w| *w == key)?;
    words.get(i + 1).copied()
}

/// An address as AsyncOS writes it (`<a@b>`), without its brackets.
fn bare(w: &str) -> &str {
    w.trim_start_matches('<').trim_end_matches('>')
}

/// The address after a field's name, whether a space stands between them or not (`To:
/// <a@b>`, `To:<a@b>`).
fn field_address<'a>(words: &[&'a str], name: &str) -> Option<&'a str> {
    words.iter().enumerate().find_map(|(i, w)| {
        let rest = w.strip_prefix(name)?;
        let a = if rest.is_empty() {
            words.get(i + 1)?
        } else {
            rest
        };
        Some(bare(a))
    })
}

/// Whether a word is a number (an id).
fn number(w: Option<&&str>) -> bool {
    w.is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

/// What a line's text (after its level word) says; `None` when it is none of the mail
/// log's words with their ids (`MID 4 ...`, `Message done DCID 5 ...`).
fn said(text: &str) -> Option<Said<'_>> {
    // (Its ids and fields come first; a reply's words, read word by word, do not matter.)
    let head = text.split(" - ").next().unwrap_or(text);
    let words: Vec<&str> = head.split(' ').filter(|w| !w.is_empty()).take(24).collect();
    let first = *words.first()?;
    let said = match first {
        "MID" if number(words.get(1)) => match (words.get(2), words.get(4), words.get(6)) {
            (Some(&"ICID"), Some(&"RID"), Some(&"To:")) => Said::Recipient {
                mid: words[1],
                rid: words[5],
                address: bare(words.get(7)?),
            },
            (Some(&"ICID"), Some(&"From:"), _) => Said::Arrival {
                mid: words[1],
                sender: words.get(5).map(|w| bare(w)),
            },
            // (`MID 2 rewritten to MID 3 by antispam`, `MID 483 rewritten to 513 by Policy
            // Quarantine`)
            (Some(&"rewritten"), _, _) if words.get(3) == Some(&"to") => Said::Rewritten {
                from: words[1],
                to: match words.get(4) {
                    Some(&"MID") => words.get(5).copied(),
                    w => w.copied(),
                }
                .filter(|w| number(Some(w)))?,
            },
            _ => Said::Nothing,
        },
        "Start" if words.get(1) == Some(&"MID") && number(words.get(2)) => Said::Arrival {
            mid: words[2],
            sender: None,
        },
        "New" if matches!(words.get(2), Some(&"DCID" | &"ICID")) && number(words.get(3)) => {
            match after(&words, "address").filter(|_| words[2] == "DCID") {
                Some(a) => Said::Connection {
                    dcid: words[3],
                    address: a,
                },
                None => Said::Nothing,
            }
        }
        "DCID" | "ICID" if number(words.get(1)) => match words.get(2) {
            Some(&"close") if first == "DCID" => Said::Closed { dcid: words[1] },
            _ => Said::Nothing,
        },
        "Delivery" if words.get(1) == Some(&"start") && words.get(2) == Some(&"DCID") => {
            Said::Nothing
        }
        "Message" if words.get(1) == Some(&"finished") => Said::Finished {
            mid: after(&words, "MID")?,
        },
        "Message" if words.get(1) == Some(&"done") => Said::Outcome {
            dcid: Some(after(&words, "DCID")?),
            mid: after(&words, "MID")?,
            rids: rids(head)?,
            to: None,
            kind: EventKind::Delivered,
            text,
        },
        "Bounced:" | "Delayed:" | "Double" => {
            if first == "Double" && words.get(1) != Some(&"bounce:") {
                return None;
            }
            // The message and its recipient's number: `DCID 3 MID 4 to RID 0`, AsyncOS 3's
            // `DCID: 1911 Message 3993 to 0`, or the bounce log's `45346670:0`.
            let pair = words.get(1).and_then(|w| {
                let (m, r) = w.split_once(':')?;
                (number(Some(&m)) && number(Some(&r))).then_some((m, r))
            });
            let mid = after(&words, "MID")
                .or_else(|| after(&words, "Message"))
                .or(pair.map(|(m, _)| m))
                .filter(|m| number(Some(m)))?;
            let rids = rids(head).or_else(|| pair.map(|(_, r)| vec![r]))?;
            // The reason after the bounce log's `Reason:`, or after the recipient's number
            // (`RID 0 - 5.1.0 - Unknown address error ('550', [...])`).
            let reason = match (pair, text.split_once("Reason:")) {
                (Some(_), Some((_, r))) => r.trim_start(),
                _ => text.split_once(" - ").map_or(text, |(_, r)| r),
            };
            Said::Outcome {
                dcid: after(&words, "DCID").or_else(|| after(&words, "DCID:")),
                mid,
                rids,
                to: field_address(&words, "To:"),
                kind: if first == "Delayed:" {
                    EventKind::Deferred
                } else {
                    EventKind::Bounced
                },
                text: reason,
            }
        }
        "Connection"
            if words.get(1) == Some(&"Error:")
                && number(
                    after(&words, "DCID")
                        .or_else(|| after(&words, "DCID:"))
                        .as_ref(),
                ) =>
        {
            Said::ConnectionError {
                domain: after(&words, "domain:"),
                ip: after(&words, "IP:"),
            }
        }
        _ => return None,
    };
    Some(said)
}

/// The recipients' numbers a line names: `RID 0`, `RID [0]`, `RID [0, 1]`, or AsyncOS 3's
/// `to 0`, `to [0]`.
fn rids(head: &str) -> Option<Vec<&str>> {
    let (_, rest) = head
        .split_once("RID ")
        .or_else(|| head.split_once(" to "))?;
    let list = match rest.strip_prefix('[') {
        Some(r) => r.split_once(']')?.0,
        None => rest.split(' ').next()?,
    };
    let rids: Vec<&str> = list
        .split(',')
        .map(str::trim)
        .filter(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
        .take(MAX_RECIPIENTS)
        .collect();
    (!rids.is_empty()).then_some(rids)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years() -> Years {
        Years::new(Some(2026), Timestamp::from_unix(1_780_000_000))
    }

    /// Each line's deliveries: (kind, recipient, text).
    fn read(log: &str) -> Vec<(EventKind, Option<String>, String)> {
        let mut esa = Esa::default();
        let mut out = Vec::new();
        for l in log.lines() {
            esa.line(l, &years(), |line| {
                for w in line.what {
                    if let What::Delivery(d) = w {
                        out.push((
                            d.kind.unwrap(),
                            d.recipient.map(str::to_owned),
                            d.text.to_owned(),
                        ));
                    }
                }
            });
        }
        out
    }

    #[test]
    fn recipients_are_named_by_their_number() {
        let log = "\
Mon Mar 31 20:00:20 2003 Info: MID 4 ICID 3 From: <s@example.org>
Mon Mar 31 20:00:20 2003 Info: MID 4 ICID 3 RID 0 To: <george@example.com>
Mon Mar 31 20:00:20 2003 Info: MID 4 ICID 3 RID 1 To: <jane@example.com>
Mon Mar 31 20:00:23 2003 Info: New SMTP DCID 3 interface 172.19.0.11 address 64.81.204.225
Mon Mar 31 20:00:23 2003 Info: Delivery start DCID 3 MID 4 to RID [0, 1]
Mon Mar 31 20:00:27 2003 Info: Bounced: DCID 3 MID 4 to RID 0 - 5.1.0 - Unknown address error ('550', ['<george@example.com>... Relaying denied']) []
Mon Mar 31 20:00:27 2003 Info: Message done DCID 3 MID 4 to RID [1]
Mon Mar 31 20:00:32 2003 Info: DCID 3 close";
        let got = read(log);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, EventKind::Bounced);
        assert_eq!(got[0].1.as_deref(), Some("george@example.com"));
        assert!(got[0].2.starts_with("5.1.0 - Unknown address error"));
        assert_eq!(got[1].0, EventKind::Delivered);
        assert_eq!(got[1].1.as_deref(), Some("jane@example.com"));
    }

    #[test]
    fn newer_lines_name_the_recipient_and_syslog_carries_them() {
        let log = "\
Mon Mar 19 20:16:03 2018 Info: Delayed: DCID 8414309 MID 19410908 From: <w@example.com> To: <m@example.net> RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
<166>Mar 17 18:24:37 esa1 mail_logs: Info: Message done DCID 8 MID 6 to RID [0, 2] [('to', 'a@b')]";
        let got = read(log);
        assert_eq!(got[0].0, EventKind::Deferred);
        assert_eq!(got[0].1.as_deref(), Some("m@example.net"));
        // (Recipients not seen: still one event each.)
        assert_eq!(got.len(), 3);
        assert_eq!(got[2].1, None);
    }

    #[test]
    fn older_and_other_forms() {
        let log = "\
Oct 19 06:33:29 2011 mx07.example.net syslog_mail: Info: MID 1416566008 ICID 2106327026 RID 0 To: <ana@example.net>
Oct 19 06:33:29 2011 mx07.example.net syslog_mail: Info: MID 1416566008 rewritten to MID 1416566009 by antispam
<166>Oct 19 06:33:30 2011 mx07.example.net syslog_mail: Info: Message done DCID 126723200 MID 1416566009 to RID [0]
Sat Jan 10 09:45:42 2004 Info: Bounced: DCID: 1911 Message 3993 to 0 - 5.1.0 - Unknown address error ('554', ['Too long line.']) []
Fri Feb 27 09:26:25 2004 Info: Double bounce: Message 8963393 to 0 - 5.1.1 - Bad destination email address
Fri Feb 27 09:26:26 2004 Info: Message done DCID 3312 MID 4806 to [0]
Bounced: 45346670:0 From:<list@example.org> To:<bo@example.net> Reason: \"5.1.0 - Unknown address error\" Response: \"('550', ['5.1.1 No such user'])\"";
        let got = read(log);
        let who: Vec<_> = got.iter().map(|(k, r, _)| (*k, r.as_deref())).collect();
        assert_eq!(
            who,
            [
                (EventKind::Delivered, Some("ana@example.net")),
                (EventKind::Bounced, None),
                (EventKind::Bounced, None),
                (EventKind::Delivered, None),
                (EventKind::Bounced, Some("bo@example.net")),
            ]
        );
        assert!(got[4].2.starts_with("\"5.1.0 - Unknown address error"));
    }

    #[test]
    fn only_lines_with_the_logs_ids_are_its_own() {
        // (Another program's `Info: Message ...` is no line of the mail log.)
        assert!(!shaped(
            "Mar 10 02:00:00 host app[1]: Info: Message queue flushed"
        ));
        assert!(!shaped(
            "Mar 10 02:00:00 host app[1]: Info: Connection pool ready"
        ));
        assert!(!shaped("Bounced: your message could not be delivered"));
        assert!(shaped(
            "Message done DCID 26995470 MID 78069816 to RID [0, 1]"
        ));
        assert!(shaped(
            "Oct 19 06:33:29 2011 mx07.example.net syslog_mail: Info: Start MID 1 ICID 2"
        ));
    }

    #[test]
    fn other_lines_are_left_to_plain_reading() {
        let mut esa = Esa::default();
        let y = years();
        assert!(!esa.line(
            "Mon Mar 19 20:16:03 2018 Warning: Internal SMTP Error: x",
            &y,
            |_| {}
        ));
        assert!(!esa.line("Mar 19 20:16:03 host postfix/smtp[1]: x", &y, |_| {}));
        assert!(esa.line(
            "Mon Mar 19 20:16:03 2018 Info: ICID 4 TLS failed: [Errno 54] Connection reset by peer",
            &y,
            |l| assert!(l.what.is_empty())
        ));
        assert!(!esa.line("Mon Mar 19 20:16:03 2018 Info: Bounced: DCID", &y, |_| {}));
        assert!(shaped("Fri Sep  8 05:22:23 2023 Info: Connection Error: DCID 63 domain: d IP: 10.0.0.1 port: 25 details: timeout"));
        assert!(!shaped(
            "Fri Sep  8 05:22:23 2023 Info: Checkpoint Finished"
        ));
    }

    #[test]
    fn hostile_lines_are_bounded() {
        let mut esa = Esa::default();
        let y = years();
        let many: String = (0..5000).map(|i| format!("{i}, ")).collect();
        let line =
            format!("Mon Mar 19 20:16:03 2018 Info: Message done DCID 1 MID 2 to RID [{many}]");
        let mut n = 0;
        esa.line(&line, &y, |l| n = l.what.len());
        assert_eq!(n, MAX_RECIPIENTS);
        for i in 0..(MAX_KEPT + 10) {
            esa.line(
                &format!("Mon Mar 19 20:16:03 2018 Info: MID {i} ICID 1 RID 0 To: <a@b>"),
                &y,
                |_| {},
            );
        }
        assert!(esa.recipients.len() <= MAX_KEPT);
    }
}
