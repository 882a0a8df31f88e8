//! The queue listings of Postfix (`mailq`, `postqueue -p`) and Sendmail (`mailq`,
//! `sendmail -bp`): a head of dashed column names, then one entry a message (its queue id,
//! with `*` while it is being delivered and `!` while it is held, its size, arrival and
//! sender), the reason of its last failed attempt in parentheses (wrapped onto more lines
//! when long) and its recipients, one a line; a reason stands for the recipients under it
//! until the next. Each recipient under a reason waits in the queue after that failure: a
//! deferral (a message held, `!`, too: it stays queued). A message with no reason yet
//! failed no attempt.

use crate::event::{EventKind, System};
use crate::lines::{Delivery, Line, What};

/// The most bytes of a reason kept (a reason wrapped over many lines is cut there).
const MAX_REASON: usize = 8 << 10;

/// Whether a line is the head of a listing: Postfix's `-Queue ID-  --Size-- ...` (or its
/// long-id form, `----Queue ID-----`) or Sendmail's `-----Q-ID----- --Size-- -----Q-Time----- ...`.
pub(crate) fn head_of(line: &str) -> Option<System> {
    let l = line.trim_start();
    if l.starts_with('-') && l.contains("Queue ID-") {
        Some(System::Postfix)
    } else if l.starts_with('-') && l.contains("-Q-ID-") {
        Some(System::Sendmail)
    } else {
        None
    }
}

/// A listing read line by line.
#[derive(Debug)]
pub(crate) struct Mailq {
    system: System,
    /// The entry's queue id (its marks dropped).
    id: Option<String>,
    sender: Option<String>,
    /// The reason of the recipients that follow, and how many of its parentheses are still
    /// open (more than none: it goes on on the next line).
    reason: Option<String>,
    depth: i32,
}

impl Mailq {
    /// A listing of `system` (Postfix's until a head says otherwise).
    pub fn new(system: Option<System>) -> Self {
        Mailq {
            system: system.unwrap_or(System::Postfix),
            id: None,
            sender: None,
            reason: None,
            depth: 0,
        }
    }

    /// Takes one line; `f` is given the deferral of a recipient under a reason.
    pub fn line(&mut self, line: &str, mut f: impl FnMut(Line<'_>)) {
        let t = line.trim();
        // (A reason cut off, a paste that breaks off: the next entry, the tail, a blank or
        // a recipient's line ends it all the same.)
        if self.depth > 0
            && !(t.is_empty()
                || t.starts_with("--")
                || entry(t)
                || head_of(line).is_some()
                || recipient(t).is_some() && line.starts_with("      "))
        {
            self.add_reason(t);
            return;
        }
        self.depth = 0;
        if let Some(system) = head_of(line) {
            self.system = system;
            self.end();
            return;
        }
        // (Blank lines stand between entries, and in Sendmail's between a reason and its
        // recipients: an entry ends where the next begins.)
        if t.is_empty() {
            return;
        }
        // The tail (`-- 12 Kbytes in 3 Requests.`).
        if t.starts_with("--") {
            self.end();
            return;
        }
        if entry(t) {
            self.start(t);
            return;
        }
        if self.id.is_some() {
            if let Some(r) = reason_start(t) {
                self.reason = Some(String::new());
                self.depth = 1;
                self.add_reason(r);
                return;
            }
        }
        let (Some(id), Some(reason), Some(rcpt)) = (&self.id, &self.reason, recipient(t)) else {
            // (Anything else that opens a line ends the entry: `Mail queue is empty`, a
            // prompt. Sendmail's indented `Total requests: 3` names no recipient.)
            if !line.starts_with([' ', '\t']) {
                self.end();
            }
            return;
        };
        if reason.is_empty() {
            return;
        }
        f(Line {
            time: None,
            system: self.system,
            session: None,
            what: vec![What::Delivery(Delivery {
                id: Some(id),
                recipient: Some(rcpt),
                domain: None,
                sender: self.sender.as_deref(),
                host: None,
                ip: None,
                connector: None,
                kind: Some(EventKind::Deferred),
                delay_s: None,
                text: reason,
                status: None,
                classified: None,
            })],
        });
    }

    /// An entry's line: `4B2C83E0A1* 1234 Tue Mar 10 02:00:00 a@example.com`.
    fn start(&mut self, t: &str) {
        let mut words = t.split_whitespace();
        let id = words.next().unwrap_or("");
        self.id = Some(
            id.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                .to_owned(),
        );
        self.sender = words.last().and_then(recipient).map(str::to_owned);
        self.reason = None;
    }

    fn add_reason(&mut self, t: &str) {
        // (The reason's own parentheses, `Mailbox full (quota exceeded)` at a line's end,
        // close none of its own: it ends with the one that closes its first.)
        for c in t.bytes() {
            match c {
                b'(' => self.depth += 1,
                b')' => self.depth -= 1,
                _ => {}
            }
        }
        let text = if self.depth <= 0 {
            self.depth = 0;
            t.strip_suffix(')').unwrap_or(t)
        } else {
            t
        };
        if let Some(reason) = &mut self.reason {
            if reason.len() < MAX_REASON {
                if !reason.is_empty() {
                    reason.push(' ');
                }
                reason.push_str(text);
            }
        }
    }

    fn end(&mut self) {
        self.id = None;
        self.reason = None;
        self.depth = 0;
    }
}

/// Whether the first lines of an input are a listing: its head, or an entry (a listing
/// pasted without its head), and most lines are the listing's (not a log after a
/// listing: a support bundle's `mailq` output before its mail log).
pub(crate) fn looks_like(lines: &[&str]) -> bool {
    let listed = lines
        .iter()
        .filter(|l| {
            let t = l.trim();
            head_of(l).is_some()
                || entry(t)
                || t.starts_with(['(', '-'])
                || recipient(t).is_some()
                || reason_start(t).is_some()
        })
        .count();
    listed * 2 > lines.len()
        && lines
            .iter()
            .any(|l| head_of(l).is_some() || !l.starts_with([' ', '\t']) && entry(l.trim()))
}

/// Whether a line (trimmed) is an entry's: a queue id (letters and digits, then a mark),
/// a size, then a day's name.
fn entry(t: &str) -> bool {
    let mut w = t.split_whitespace();
    let (Some(id), Some(size), Some(day)) = (w.next(), w.next(), w.next()) else {
        return false;
    };
    let id = id.trim_end_matches(['*', '!', '#', 'X', '-']);
    id.len() >= 6
        && id.bytes().all(|c| c.is_ascii_alphanumeric())
        && size.bytes().all(|c| c.is_ascii_digit())
        && matches!(day, "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun")
}

/// The reason of a line that opens one: `(connect to ...`, or after Sendmail's body type
/// (`8BITMIME (Deferred: ...)`).
fn reason_start(t: &str) -> Option<&str> {
    if let Some(r) = t.strip_prefix('(') {
        return Some(r);
    }
    let (word, rest) = t.split_once(' ')?;
    (matches!(word, "8BITMIME" | "7BIT" | "BINARY")).then(|| rest.trim_start().strip_prefix('('))?
}

/// The address of a recipient's (or sender's) line: `a@example.com`, `<a@example.com>`.
fn recipient(t: &str) -> Option<&str> {
    let a = t.trim_start_matches('<').trim_end_matches('>');
    (a.contains('@') && !a.contains([' ', '(', ')'])).then_some(a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deferrals(listing: &str) -> Vec<(String, String, String)> {
        let mut q = Mailq::new(None);
        let mut out = Vec::new();
        for l in listing.lines() {
            let l = l.to_owned();
            q.line(&l, |line| {
                for w in line.what {
                    if let What::Delivery(d) = w {
                        out.push((
                            d.id.unwrap().to_owned(),
                            d.recipient.unwrap().to_owned(),
                            d.text.to_owned(),
                        ));
                    }
                }
            });
        }
        out
    }

    #[test]
    fn postfix_listing() {
        let listing = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4B2C83E0A1*    1234 Tue Mar 10 02:00:00  a@example.com
(connect to mx.example.net[192.0.2.1]:25: Connection timed out)
                                         b@example.net
                                         c@example.net
(host mx.example.org[192.0.2.9] said: 450 4.2.0 <d@example.org>: Recipient address
    rejected: Greylisted (in reply to RCPT TO command))
                                         d@example.org

5D1E2F3A4B!     900 Tue Mar 10 02:10:00  a@example.com
(connect to mx.example.com[192.0.2.7]:25: Connection refused)
                                         e@example.com

6E2F3A4B5C      800 Tue Mar 10 02:20:00  a@example.com
                                         f@example.com

-- 3 Kbytes in 3 Requests.
";
        let d = deferrals(listing);
        // (b and c under the first reason, d under the second, e held after its failure; f
        // waits for its first attempt.)
        assert_eq!(d.len(), 4, "{d:?}");
        assert_eq!(d[3].1, "e@example.com");
        assert_eq!(d[0].0, "4B2C83E0A1");
        assert_eq!(d[0].1, "b@example.net");
        assert_eq!(
            d[1].2,
            "connect to mx.example.net[192.0.2.1]:25: Connection timed out"
        );
        assert_eq!(d[2].1, "d@example.org");
        assert!(
            d[2].2.ends_with("Greylisted (in reply to RCPT TO command)"),
            "{}",
            d[2].2
        );
    }

    #[test]
    fn sendmail_listing() {
        let listing = "\
                /var/spool/mqueue (1 request)
-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
x9TAB1a2003456     1234 Tue Oct 29 10:11 <a@example.com>
                 (Deferred: Connection refused by mx.example.net.)
                                         <b@example.net>
                Total requests: 1
";
        let mut q = Mailq::new(None);
        let mut systems = Vec::new();
        for l in listing.lines() {
            q.line(l, |line| systems.push(line.system));
        }
        assert_eq!(systems, [System::Sendmail]);
        let d = deferrals(listing);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "x9TAB1a2003456");
        assert_eq!(d[0].1, "b@example.net");
        assert_eq!(d[0].2, "Deferred: Connection refused by mx.example.net.");
    }

    /// A reason's own parentheses at a line's end close none of it; a reason cut off ends
    /// at the next entry.
    #[test]
    fn wrapped_and_cut_off_reasons() {
        let wrapped = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4B2C83E0A1     1234 Tue Mar 10 02:00:00  a@example.com
(host mx.example.org[192.0.2.9] said: 452 4.2.2 <d@example.org>: Mailbox full (quota exceeded)
    (in reply to RCPT TO command))
                                         d@example.org
";
        let d = deferrals(wrapped);
        assert_eq!(d.len(), 1, "{d:?}");
        assert!(d[0].2.starts_with("host mx.example.org"), "{}", d[0].2);
        assert!(
            d[0].2.ends_with("(in reply to RCPT TO command)"),
            "{}",
            d[0].2
        );
        let cut = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4B2C83E0A1     1234 Tue Mar 10 02:00:00  a@example.com
(host mx.example.org[192.0.2.9] said: 450 4.2.0 <d@example.org>: Recipient addre
                                         d@example.org

5D1E2F3A4B     900 Tue Mar 10 02:10:00  a@example.com
(connect to mx.example.com[192.0.2.7]:25: Connection refused)
                                         e@example.com
";
        let d = deferrals(cut);
        assert_eq!(d.len(), 2, "{d:?}");
        assert_eq!(
            (d[1].0.as_str(), d[1].1.as_str()),
            ("5D1E2F3A4B", "e@example.com")
        );
        assert_eq!(
            d[1].2,
            "connect to mx.example.com[192.0.2.7]:25: Connection refused"
        );
    }

    /// A reason that never closes takes the rest of the input, kept to its bound.
    #[test]
    fn an_unclosed_reason_is_bounded() {
        let mut listing = String::from(
            "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n\
             4B2C83E0A1     1234 Tue Mar 10 02:00:00  a@example.com\n(connect to",
        );
        for _ in 0..100_000 {
            listing.push_str("\n  words words words b@example.net");
        }
        let mut q = Mailq::new(None);
        for l in listing.lines() {
            q.line(l, |_| panic!("no recipient under an open reason"));
        }
        assert!(q.reason.as_ref().unwrap().len() <= MAX_REASON + 64);
    }

    /// Pastes as they come: Sendmail's body type before the reason, a blank line before the
    /// recipients, an entry indented by a blank; Postfix's recipient not indented.
    #[test]
    fn pasted_listings() {
        let sendmail = "\
-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------
u9Q36LgF014458*     469 Wed Oct 26 11:08 <root@example.com>
      8BITMIME   (host map: lookup (example.net): deferred)

 <a@example.net>
 u9Q37L92014515      469 Wed Oct 26 11:09 <root@example.com>
 <b@example.net>
";
        let d = deferrals(sendmail);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].1, "a@example.net");
        assert_eq!(d[0].2, "host map: lookup (example.net): deferred");
        let postfix = "\
-Queue ID- --Size-- ----Arrival Time---- -Sender/Recipient-------
CB71F8022974 3038 Wed Oct 19 01:57:03 MAILER-DAEMON
(connect to example.com[2001:db8::1]:25: Network is unreachable)
root@example.com

-- 3 Kbytes in 1 Request.
";
        let d = deferrals(postfix);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, "CB71F8022974");
        assert_eq!(d[0].1, "root@example.com");
    }
}
