//! Lines of one message and of one connection, put together: when a message was first
//! seen and who sent it, which recipients still wait (to expire them when the queue gives
//! up), and the cause a connection line logged for the delivery line that follows it.

use std::collections::VecDeque;

use foldhash::HashMap;

use mfi_core::{classify_owned, AttrKey, Options, Origin, OwnedDiagnosis, Reason, Timestamp};

use crate::event::{Event, EventKind, System};
use crate::fields;
use crate::lines::{Delivery, Line, What};
use crate::ReadOptions;

/// The most messages followed at once; beyond, the longest-known are forgotten (a log
/// that never says a message left the queue must not grow memory without end).
const MAX_MESSAGES: usize = 200_000;
/// The most recipients of one message that are followed.
const MAX_PENDING: usize = 256;
/// How long a cause logged on a connection line stays linked to the lines that follow.
const CAUSE_TTL_S: i64 = 15 * 60;
/// How long a destination's last specific cause explains generic lines about it (Exim's
/// "retry time not reached" for later messages).
const DOMAIN_CAUSE_TTL_S: i64 = 24 * 3600;

/// A cause logged on a connection line.
#[derive(Debug, Clone)]
struct Cause {
    time: Option<Timestamp>,
    host: Option<String>,
    ip: Option<String>,
    text: String,
}

/// A recipient that still waits.
#[derive(Debug, Clone)]
struct Pending {
    recipient: String,
    host: Option<String>,
    ip: Option<String>,
    connector: Option<String>,
    text: String,
    /// The words that explain the wait when a cause was joined to the deferral's text
    /// (what a later line of the recipient borrows, not the joined text); else the text.
    cause: Option<String>,
}

#[derive(Debug, Default)]
struct Message {
    first_seen: Option<Timestamp>,
    sender: Option<String>,
    pending: Vec<Pending>,
    cause: Option<Cause>,
    /// Whether a delivery line already said that the queue gave up on a recipient: the
    /// message's return that follows adds no event of its own then.
    expired: bool,
}

/// Turns lines into events, remembering what earlier lines said.
#[derive(Debug, Default)]
pub(crate) struct Correlator {
    messages: HashMap<(System, String), Message>,
    sessions: HashMap<(System, String), Cause>,
    /// The host each open connection talks to (OpenSMTPD's `mta connecting`).
    connections: HashMap<(System, String), (Option<String>, Option<String>)>,
    /// The message and recipient of each delivery under way (qmail-send's `starting
    /// delivery 5: msg 123 to remote a@b`), by session (the delivery's number).
    started: HashMap<(System, String), (String, String)>,
    domains: HashMap<String, Cause>,
    /// The latest causes logged with a host, newest last.
    recent: VecDeque<Cause>,
}

/// The most open connections whose host is remembered.
const MAX_CONNECTIONS: usize = 10_000;
/// How many recent causes are kept to explain generic lines.
const RECENT: usize = 64;
/// How close in time a relay-level line (no host of its own) must follow a cause logged
/// on a connection to be explained by it (OpenSMTPD flushes the envelopes of a failed
/// route at once).
const RELAY_LEVEL_S: i64 = 5;

impl Correlator {
    /// The events one line gives (appended to `out`).
    pub fn take(
        &mut self,
        line: Line<'_>,
        source: &str,
        number: u64,
        options: &ReadOptions,
        out: &mut Vec<Event>,
    ) {
        let system = line.system;
        // Only lines that give or take a connection's cause need its key.
        let needs_session = line.what.iter().any(|w| {
            matches!(
                w,
                What::Delivery(_) | What::Cause { .. } | What::Connect { .. } | What::Start { .. }
            )
        });
        let session_key = line.session.filter(|_| needs_session).map(|(p, s)| {
            let mut k = String::with_capacity(p.len() + s.len() + 1);
            k.push_str(p);
            k.push(' ');
            k.push_str(s);
            (system, k)
        });
        for what in line.what {
            match what {
                What::Arrival { id, sender } => {
                    let m = self.message(system, id, line.time);
                    if let Some(s) = sender {
                        m.sender = Some(fields::address(s).unwrap_or_default());
                    }
                }
                What::Removed { id } => {
                    self.messages.remove(&(system, id.to_owned()));
                }
                What::Start { id, recipient } => {
                    self.message(system, id, line.time);
                    if let Some(k) = &session_key {
                        self.started
                            .insert(k.clone(), (id.to_owned(), recipient.to_owned()));
                    }
                }
                What::Connect { host, ip } => {
                    if let Some(k) = &session_key {
                        self.connections
                            .insert(k.clone(), (host.map(str::to_owned), ip.map(str::to_owned)));
                    }
                }
                What::Cause { id, host, ip, text } => {
                    let (mut host, mut ip) = (host.map(str::to_owned), ip.map(str::to_owned));
                    if host.is_none() && ip.is_none() {
                        if let Some((h, i)) =
                            session_key.as_ref().and_then(|k| self.connections.get(k))
                        {
                            (host, ip) = (h.clone(), i.clone());
                        }
                    }
                    let cause = Cause {
                        time: line.time,
                        host,
                        ip,
                        text: text.to_owned(),
                    };
                    if cause.host.is_some() {
                        if self.recent.len() == RECENT {
                            self.recent.pop_front();
                        }
                        self.recent.push_back(cause.clone());
                    }
                    match id {
                        Some(id) => self.message(system, id, line.time).cause = Some(cause),
                        None => {
                            if let Some(k) = &session_key {
                                self.sessions.insert(k.clone(), cause);
                            }
                        }
                    }
                }
                What::Expiry { id, text } => {
                    let key = (system, id.to_owned());
                    let m = self.messages.remove(&key).unwrap_or_default();
                    let base = Event {
                        source: source.to_owned(),
                        line: number,
                        time: line.time,
                        system,
                        queue_id: Some(id.to_owned()),
                        sender: m.sender.clone(),
                        recipient: None,
                        domain: None,
                        host: None,
                        ip: None,
                        connector: None,
                        kind: EventKind::Expired,
                        delay_s: None,
                        first_seen: m.first_seen,
                        text: text.to_owned(),
                        diagnosis: None,
                    };
                    if m.pending.is_empty() && !m.expired {
                        let mut e = base.clone();
                        e.diagnosis = Some(diagnose(&e, options));
                        out.push(e);
                    }
                    for p in m.pending {
                        let mut e = base.clone();
                        e.domain = fields::domain_of(&p.recipient);
                        e.recipient = Some(p.recipient);
                        e.host = p.host;
                        e.ip = p.ip;
                        e.connector = p.connector;
                        // What kept it waiting, and that the queue gave up.
                        e.text = format!("{}; {}", p.text, text);
                        e.diagnosis = Some(diagnose(&e, options));
                        out.push(e);
                    }
                }
                What::Delivery(d) => {
                    if let Some(e) =
                        self.delivery(system, &session_key, line.time, d, source, number, options)
                    {
                        out.push(e);
                    }
                }
            }
        }
        if self.messages.len() > MAX_MESSAGES {
            self.forget_oldest();
        }
        if self.connections.len() > MAX_CONNECTIONS {
            self.connections.clear();
        }
        if self.started.len() > MAX_CONNECTIONS {
            self.started.clear();
        }
    }

    fn message(&mut self, system: System, id: &str, time: Option<Timestamp>) -> &mut Message {
        let key = (system, id.to_owned());
        let m = self.messages.entry(key).or_default();
        if m.first_seen.is_none() {
            m.first_seen = time;
        }
        m
    }

    #[allow(clippy::too_many_arguments)]
    fn delivery(
        &mut self,
        system: System,
        session_key: &Option<(System, String)>,
        time: Option<Timestamp>,
        d: Delivery<'_>,
        source: &str,
        number: u64,
        options: &ReadOptions,
    ) -> Option<Event> {
        let kind = d.kind?;
        // A result that names neither message nor recipient: those of its delivery's start.
        let started = match (d.id, d.recipient, session_key) {
            (None, None, Some(k)) => self.started.remove(k),
            _ => None,
        };
        let mut d = d;
        if let Some((id, recipient)) = &started {
            d.id = Some(id);
            d.recipient = Some(recipient);
        }
        let recipient = d.recipient.and_then(fields::address);
        let domain = recipient
            .as_deref()
            .and_then(fields::domain_of)
            .or_else(|| d.domain.map(str::to_ascii_lowercase));
        // The message's first sighting: its first line, or the delay the line states.
        let from_delay = match (time, d.delay_s) {
            (Some(t), Some(s)) => Some(t.add_seconds(-(s as i64))),
            _ => None,
        };
        let (first_seen, sender, message_cause) = match d.id {
            Some(id) => {
                let m = self.message(system, id, time.or(from_delay));
                if let (Some(f), Some(t)) = (from_delay, m.first_seen) {
                    if f < t {
                        m.first_seen = Some(f);
                    }
                }
                if m.sender.is_none() {
                    m.sender = d.sender.map(|s| fields::address(s).unwrap_or_default());
                }
                (m.first_seen, m.sender.clone(), m.cause.take())
            }
            None => (
                from_delay.or(time),
                d.sender.map(|s| fields::address(s).unwrap_or_default()),
                None,
            ),
        };
        let mut event = Event {
            source: source.to_owned(),
            line: number,
            time,
            system,
            queue_id: d.id.map(str::to_owned),
            sender,
            recipient,
            domain,
            host: d.host.map(str::to_owned),
            ip: d.ip.map(str::to_owned),
            connector: d.connector.map(str::to_owned),
            kind,
            delay_s: d.delay_s,
            first_seen,
            text: with_status(d.text, d.status),
            diagnosis: None,
        };
        if kind == EventKind::Delivered {
            // The destination takes mail again: its last failure explains no later line.
            if let Some(dom) = &event.domain {
                self.domains.remove(dom);
            }
            if let (Some(id), Some(r)) = (d.id, &event.recipient) {
                if let Some(m) = self.messages.get_mut(&(system, id.to_owned())) {
                    m.pending.retain(|p| &p.recipient != r);
                }
            }
            return Some(event);
        }
        // A plain line was classified to learn whether it is a failure at all: that
        // diagnosis stands when it was made with the options its event's is made with.
        let wanted = diagnosis_options(&event, options);
        let mut diagnosis = match d.classified {
            Some((o, c)) if o == wanted && c.text() == event.text => c,
            _ => classify_owned(event.text.clone(), &wanted),
        };
        // A line that does not name the failure: the cause logged before it on its
        // connection, for its message, lately for its destination, or on a connection to
        // one of the destination's hosts.
        // (The words of a cause joined to this line's: what the line passes on to its
        // destination's later lines, not the joined text, which would grow with each retry.)
        let mut cause_words = None;
        let generic = is_generic(&diagnosis);
        if diagnosis.as_diagnosis().mfi_code().is_none() {
            // OpenSMTPD flushes a failed route's envelopes on a line of no session (not its
            // local deliveries, `mda delivery`).
            let relay_level = event.host.is_none()
                && system == System::Opensmtpd
                && event.connector.as_deref() != Some("mda");
            // A refusal (a permanent failure that is no expiry) has its own cause: another
            // message's failed connection to the destination does not explain it.
            let own_cause = kind == EventKind::Bounced && !diagnosis.as_diagnosis().expired();
            let domain = event.domain.clone().filter(|_| !own_cause);
            // (A recipient the queue gave up on, on a line of its own that names no failure,
            // Exim's `** a@b: retry timeout exceeded`, Exchange's `550 4.4.7 QUEUE.Expired`:
            // the deferral that kept it waiting, when that names an MFI failure: its other
            // words are no reason of the return, which stays the expiry. And a retry put
            // off, Exim's `defer (-53): retry time not reached for any host`, `Retry time
            // not yet reached`: the failure of the recipient's last attempt.)
            let deferral = kind == EventKind::Deferred;
            // (A retry put off for a reason not told is explained by its own message's
            // failures only: another message's refusal at the destination, `No Such User
            // Here`, did not hold it.)
            let held = diagnosis.as_diagnosis().reason() == Reason::Onhold;
            let waited = match (d.id, &event.recipient) {
                (Some(id), Some(r)) if generic || diagnosis.as_diagnosis().expired() => self
                    .messages
                    .get(&(system, id.to_owned()))
                    .and_then(|m| m.pending.iter().find(|p| &p.recipient == r))
                    .map(|p| Cause {
                        time: None,
                        host: p.host.clone(),
                        ip: p.ip.clone(),
                        text: p.cause.clone().unwrap_or_else(|| p.text.clone()),
                    }),
                _ => None,
            };
            let candidates = [
                session_key
                    .as_ref()
                    .and_then(|k| self.sessions.get(k))
                    .filter(|c| fresh(c, time, CAUSE_TTL_S))
                    .cloned(),
                message_cause,
                waited,
                domain
                    .as_ref()
                    .and_then(|dom| self.domains.get(dom))
                    .filter(|c| fresh(c, time, DOMAIN_CAUSE_TTL_S))
                    .cloned(),
                domain.as_deref().and_then(|dom| {
                    self.recent
                        .iter()
                        .rev()
                        .find(|c| {
                            fresh(c, time, CAUSE_TTL_S)
                                && c.host.as_deref().is_some_and(|h| in_domain(h, dom))
                        })
                        .cloned()
                }),
                self.recent
                    .back()
                    .filter(|c| relay_level && !own_cause && fresh(c, time, RELAY_LEVEL_S))
                    .cloned(),
            ];
            // (The first three are this line's own connection's and message's; the others
            // another message's failure at the destination, which explains this line only
            // as a failure of the destination's host, not a refusal of another recipient or
            // message: `450 4.3.2 ... after RCPT TO:<other@...>` does not, Exim's shared
            // host retry record of `421 ... after initial connection` does.)
            const OWN: usize = 3;
            const WAITED: usize = 2;
            for (k, c) in candidates.into_iter().enumerate() {
                let Some(c) = c else { continue };
                let text = format!("{}: {}", event.text, c.text);
                let d = diagnose_text(&event, text.clone(), options);
                // (Another line's expiry, `5.4.7 Delivery expired ... ('000', ['timeout'])`,
                // explains a deferral by its failure, but does not make it one.)
                if deferral && d.as_diagnosis().expired() && !diagnosis.as_diagnosis().expired() {
                    continue;
                }
                let better = d.as_diagnosis().mfi_code().is_some()
                    || (generic
                        && (k != WAITED || deferral)
                        && !is_generic(&d)
                        && (k < OWN || (!held && !mfi_core::internal::answers_a_message(&c.text))));
                if better {
                    cause_words = Some(c.text);
                    event.text = text;
                    event.host = event.host.or(c.host);
                    event.ip = event.ip.or(c.ip);
                    diagnosis = d;
                    break;
                }
            }
        }
        // The host and address the failure text names, when the line's fields do not
        // (Exchange's `[LastAttemptedServerName=...]`, Postfix's `host X[ip] said`).
        if event.host.is_none() || event.ip.is_none() {
            let d = diagnosis.as_diagnosis();
            // (Found once: each `attribute` call reads the text again.)
            let found = d.attributes();
            let attr = |keys: &[AttrKey]| {
                keys.iter()
                    .find_map(|k| found.clone().find(|(f, _)| f == k).map(|(_, v)| v))
                    .map(str::to_owned)
                    .filter(|v| !v.is_empty())
            };
            if event.host.is_none() {
                event.host = attr(&[
                    AttrKey::LastAttemptedServerName,
                    AttrKey::Server,
                    AttrKey::Fqdn,
                ]);
            }
            if event.ip.is_none() {
                event.ip = attr(&[AttrKey::LastAttemptedIp, AttrKey::ServerIp, AttrKey::Ip])
                    .map(|ip| without_port(&ip).to_owned());
            }
        }
        // A line that names its failure explains the generic ones about its destination.
        if !is_generic(&diagnosis) {
            if let Some(dom) = &event.domain {
                self.domains.insert(
                    dom.clone(),
                    Cause {
                        time,
                        host: event.host.clone(),
                        ip: event.ip.clone(),
                        text: cause_words.clone().unwrap_or_else(|| event.text.clone()),
                    },
                );
            }
        }
        if let Some(k) = session_key {
            self.sessions.remove(k);
        }
        // A return whose words say the queue gave up (Exchange's `550 4.4.7 QUEUE.Expired`,
        // a message trace's `Message expired`) is an expiry, as Postfix's `status=expired`;
        // so is a line of a deferred class that says so (Sendmail's `dsn=4.4.7,
        // stat=Cannot send message for 5 days`), whose recipient no longer waits.
        // (The writer's own words: not those of an earlier failure joined to the line, nor
        // a remote reply it quotes, `said: 451 4.4.7 Message expired`, of a message that
        // stays queued.)
        if diagnosis.as_diagnosis().expired()
            && (event.kind == EventKind::Bounced
                || (event.kind == EventKind::Deferred && {
                    let own = mfi_core::classify(d.text);
                    own.expired() && own.reply_code().is_none() && own.enhanced_status().is_none()
                }))
        {
            event.kind = EventKind::Expired;
        }
        event.diagnosis = Some(diagnosis);
        // A recipient that still waits, to expire when the queue gives up.
        if let (EventKind::Deferred, Some(id), Some(r)) = (event.kind, d.id, &event.recipient) {
            if let Some(m) = self.messages.get_mut(&(system, id.to_owned())) {
                m.pending.retain(|p| &p.recipient != r);
                if m.pending.len() < MAX_PENDING {
                    m.pending.push(Pending {
                        recipient: r.clone(),
                        host: event.host.clone(),
                        ip: event.ip.clone(),
                        connector: event.connector.clone(),
                        text: event.text.clone(),
                        cause: cause_words,
                    });
                }
            }
        } else if let (Some(id), Some(r)) = (d.id, &event.recipient) {
            let key = (system, id.to_owned());
            if event.kind == EventKind::Expired {
                self.messages.entry(key.clone()).or_default().expired = true;
            }
            if let Some(m) = self.messages.get_mut(&key) {
                m.pending.retain(|p| &p.recipient != r);
            }
        }
        Some(event)
    }

    fn forget_oldest(&mut self) {
        let mut times: Vec<i64> = self
            .messages
            .values()
            .map(|m| m.first_seen.map_or(i64::MIN, Timestamp::unix))
            .collect();
        let mid = times.len() / 2;
        let (_, cut, _) = times.select_nth_unstable(mid);
        let cut = *cut;
        self.messages
            .retain(|_, m| m.first_seen.map_or(i64::MIN, Timestamp::unix) > cut);
        self.sessions.clear();
    }
}

/// The text with the status code logged beside it when the text names none (`dsn=4.4.1`).
fn with_status(text: &str, status: Option<&str>) -> String {
    // (`dsn=5.0.0,stat=...`: Sendmail may write no space after the comma.)
    match status.map(|s| s.trim_end_matches(',')) {
        Some(s) if !text.contains(s) && s.split('.').count() == 3 => format!("{s} {text}"),
        _ => text.to_owned(),
    }
}

/// An address without its `:port` (`192.0.2.1:25`, `[2001:db8::1]:25`).
fn without_port(ip: &str) -> &str {
    if let Some(v6) = ip.strip_prefix('[') {
        return v6.split(']').next().unwrap_or(v6);
    }
    match ip.rsplit_once(':') {
        // One colon: IPv4 and a port; more: an IPv6 address as it is.
        Some((a, p)) if !a.contains(':') && p.bytes().all(|c| c.is_ascii_digit()) => a,
        _ => ip,
    }
}

/// Whether `host` is `domain` or one of its subdomains (`mx1.example.net` of
/// `example.net`).
fn in_domain(host: &str, domain: &str) -> bool {
    let (h, d) = (host.trim_end_matches('.').as_bytes(), domain.as_bytes());
    h.len() >= d.len()
        && h[h.len() - d.len()..].eq_ignore_ascii_case(d)
        && (h.len() == d.len() || h[h.len() - d.len() - 1] == b'.')
}

#[cfg(test)]
#[test]
fn hosts_in_a_domain() {
    assert!(in_domain("mx1.example.net", "example.net"));
    assert!(in_domain("example.net.", "example.net"));
    assert!(!in_domain("mx1.badexample.net", "example.net"));
    // Bytes of several-byte characters where the domain would begin: no panic.
    assert!(!in_domain("mx.tim\u{fffd}\u{fffd}mple.org", "example.org"));
}

fn fresh(c: &Cause, now: Option<Timestamp>, ttl: i64) -> bool {
    match (c.time, now) {
        (Some(c), Some(n)) => n.unix() - c.unix() <= ttl,
        _ => true,
    }
}

/// Whether a diagnosis says nothing of the cause (no MFI code, no reason beyond its class;
/// `onhold`: held for a reason not told, Exim's `retry time not reached for any host`).
fn is_generic(d: &OwnedDiagnosis) -> bool {
    let d = d.as_diagnosis();
    d.mfi_code().is_none()
        && matches!(
            d.reason(),
            Reason::Undefined | Reason::Expired | Reason::Onhold
        )
}

/// The diagnosis of an event's text, with the queue outcome when its message's first
/// sighting, the time and a queue profile are known.
fn diagnose(e: &Event, options: &ReadOptions) -> OwnedDiagnosis {
    diagnose_text(e, e.text.clone(), options)
}

/// The diagnosis of `text` in the place of an event's own (a linked cause's words added).
fn diagnose_text(e: &Event, text: String, options: &ReadOptions) -> OwnedDiagnosis {
    classify_owned(text, &diagnosis_options(e, options))
}

/// The options an event's text is classified with: the reader's, the system that logged
/// it, and its queue when its message's first sighting, the time and a profile are known.
pub(crate) fn diagnosis_options(e: &Event, options: &ReadOptions) -> Options {
    line_options(e.system, Some(e.kind), e.first_seen.zip(e.time), options)
}

/// [`diagnosis_options`] for a line of `system` that states `kind`, whose message was
/// first seen, and logged, at `seen` (first, now).
pub(crate) fn line_options(
    system: System,
    kind: Option<EventKind>,
    seen: Option<(Timestamp, Timestamp)>,
    options: &ReadOptions,
) -> Options {
    let mut o = Options::new()
        .connector(options.connector)
        .origin(match system.origin() {
            Origin::Unknown => options.origin,
            known => known,
        })
        .locale(options.locale);
    // (The log's verdict, for a text that states none: Exim's `** a@b: Unrouteable
    // address`.)
    if let Some(k) = kind {
        o = o.stated(k.severity());
    }
    match (options.profile.or_else(|| system.queue_profile()), seen) {
        (Some(p), Some((first, now))) => o.queue(p, first, now),
        _ => o,
    }
}
