//! Failures grouped into incidents: one per failure (MFI code, else reason) and destination.

use std::collections::BTreeMap;

use foldhash::{HashMap, HashSet};

use mfi_core::{Cause, MfiCode, Reason, RemediationId, Severity, Timestamp};
use serde::Serialize;

use crate::event::{Event, EventKind};

/// The most hosts, causes and remediations an incident lists.
const MAX_LISTED: usize = 8;
/// The most distinct messages and recipients counted exactly per incident (beyond, the
/// count is a lower bound: memory stays bounded by the incidents).
const MAX_DISTINCT: usize = 100_000;

/// Whether deliveries to an incident's destination succeeded after its last failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IncidentState {
    /// No delivery to the destination succeeded since the last failure.
    Ongoing,
    /// A delivery to the destination succeeded after the last failure.
    Resolved,
}

impl IncidentState {
    /// The name used in JSON (`ongoing`, `resolved`).
    pub fn name(self) -> &'static str {
        match self {
            IncidentState::Ongoing => "ongoing",
            IncidentState::Resolved => "resolved",
        }
    }
}

/// One failure at one destination, over all the events that tell it.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Incident {
    /// The recipient domain (`(unknown)` when no line named one).
    pub destination: String,
    /// The next-hop hosts seen failing (at most 8).
    pub hosts: Vec<String>,
    /// The MFI code of the failure, if it has one.
    pub mfi_code: Option<MfiCode>,
    /// The failure's reason.
    pub reason: Reason,
    /// The worst severity seen (`permanent` once anything bounced or expired).
    pub severity: Severity,
    /// How many failure events.
    pub events: u64,
    /// How many distinct messages failed.
    pub messages: u64,
    /// How many distinct recipients failed.
    pub recipients: u64,
    /// The first failure.
    pub first_seen: Option<Timestamp>,
    /// The last failure.
    pub last_seen: Option<Timestamp>,
    /// How many recipients the queue already gave up on (bounced or expired).
    pub expired: u64,
    /// How many recipients still waiting expire within the window asked for.
    pub expiring: u64,
    /// Whether deliveries to the destination succeeded since.
    pub state: IncidentState,
    /// The likely causes, most often named first.
    pub causes: Vec<Cause>,
    /// The first remediations.
    pub remediations: Vec<RemediationId>,
    /// One failure text, as logged.
    pub example: String,
}

impl Incident {
    /// The names of an incident's fields, in the order of its JSON object (and of `mfi
    /// report --csv`'s columns).
    pub const FIELDS: [&'static str; 16] = [
        "destination",
        "hosts",
        "mfi_code",
        "reason",
        "severity",
        "events",
        "messages",
        "recipients",
        "first_seen",
        "last_seen",
        "expired",
        "expiring",
        "state",
        "causes",
        "remediations",
        "example",
    ];

    /// The failure's name: the MFI code (`4.4.316`), else the reason (`userunknown`).
    pub fn failure(&self) -> String {
        match self.mfi_code {
            Some(c) => c.to_string(),
            None => self.reason.to_string(),
        }
    }

    /// The incident as one line of JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The incident's fields as text, in the order of [`Incident::FIELDS`] (lists joined by
    /// spaces; times in RFC 3339; absent values empty): a CSV row.
    pub fn cells(&self) -> [String; 16] {
        let join = |v: Vec<String>| v.join(" ");
        let time = |t: Option<Timestamp>| t.map(|t| t.to_string()).unwrap_or_default();
        [
            self.destination.clone(),
            self.hosts.join(" "),
            self.mfi_code.map(|c| c.to_string()).unwrap_or_default(),
            self.reason.to_string(),
            self.severity.to_string(),
            self.events.to_string(),
            self.messages.to_string(),
            self.recipients.to_string(),
            time(self.first_seen),
            time(self.last_seen),
            self.expired.to_string(),
            self.expiring.to_string(),
            self.state.name().to_owned(),
            join(self.causes.iter().map(|c| c.to_string()).collect()),
            join(self.remediations.iter().map(|r| r.to_string()).collect()),
            self.example.clone(),
        ]
    }
}

#[derive(Debug)]
struct Open {
    destination: String,
    hosts: Vec<String>,
    mfi_code: Option<MfiCode>,
    reason: Reason,
    severity: Severity,
    events: u64,
    messages: HashSet<String>,
    recipients: HashSet<String>,
    first_seen: Option<Timestamp>,
    last_seen: Option<Timestamp>,
    gave_up: HashSet<Who>,
    causes: BTreeMap<Cause, u64>,
    remediations: Vec<RemediationId>,
    example: String,
    /// Recipients still waiting (by message and recipient): when their queue gives up.
    waiting: HashMap<Who, Option<Timestamp>>,
    /// For a failure of the mailbox (full, unknown, disabled, moved): each recipient's
    /// last failure and last delivery since. Such an incident ends when its own
    /// recipients take mail again, not when another mailbox at the domain does.
    mailboxes: HashMap<String, (Option<Timestamp>, Option<Timestamp>)>,
}

/// Reasons that concern one mailbox, not the destination's servers.
fn of_a_mailbox(r: Reason) -> bool {
    matches!(
        r,
        Reason::Mailboxfull
            | Reason::Userunknown
            | Reason::Filtered
            | Reason::Suspend
            | Reason::Hasmoved
    )
}

/// Groups failure events into incidents as they come (memory bounded by the incidents,
/// not by the events).
///
/// ```
/// use mfi_log::{Incidents, LogReader, ReadOptions};
/// let log = "\
/// 2026-03-10 02:00:00 1rAbCd-0001Xy-9Z <= a@example.com H=client [203.0.113.1] P=esmtp S=900
/// 2026-03-10 02:00:01 1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (111): Connection refused
/// 2026-03-10 02:00:01 1rAbCd-0001Xz-9Z == c@example.net R=dnslookup T=remote_smtp defer (111): Connection refused
/// ";
/// let mut incidents = Incidents::new();
/// for e in LogReader::from_text(log, &ReadOptions::default()) {
///     incidents.add(&e.unwrap());
/// }
/// let list = incidents.finish(None, 24);
/// assert_eq!(list.len(), 1);
/// assert_eq!(list[0].destination, "example.net");
/// assert_eq!(list[0].failure(), "4.4.316");
/// assert_eq!((list[0].events, list[0].messages, list[0].recipients), (2, 2, 2));
/// ```
#[derive(Debug, Default)]
pub struct Incidents {
    open: HashMap<(String, String), Open>,
    /// The last successful delivery per destination.
    delivered: HashMap<String, Timestamp>,
    /// The incident each waiting recipient waits in.
    waiting_in: HashMap<Who, (String, String)>,
    /// The incident of a mailbox's failure each recipient was last in.
    mailbox_in: HashMap<String, (String, String)>,
    latest: Option<Timestamp>,
}

impl Incidents {
    /// No incidents yet.
    pub fn new() -> Self {
        Incidents::default()
    }

    /// Takes one event into account (successful deliveries mark destinations resolved).
    pub fn add(&mut self, e: &Event) {
        if let Some(t) = e.time {
            if self.latest.is_none_or(|l| t > l) {
                self.latest = Some(t);
            }
        }
        let destination = e.domain.clone().unwrap_or_else(|| "(unknown)".to_owned());
        if e.kind == EventKind::Delivered {
            // A hand-off to a program on this host (a content filter, Sendmail's submission
            // agent) is not a delivery to the destination.
            if is_local(e) {
                return;
            }
            if let Some(t) = e.time {
                let d = self.delivered.entry(destination).or_insert(t);
                if t > *d {
                    *d = t;
                }
            }
            // A mailbox that takes mail again.
            if let (Some(r), Some(t)) = (&e.recipient, e.time) {
                if let Some(o) = self.mailbox_in.get(r).and_then(|k| self.open.get_mut(k)) {
                    if let Some((_, delivered)) = o.mailboxes.get_mut(r) {
                        *delivered = Some(delivered.map_or(t, |d| d.max(t)));
                    }
                }
            }
            // A recipient that no longer waits.
            let who = key(e);
            if let Some(k) = self.waiting_in.remove(&who) {
                if let Some(o) = self.open.get_mut(&k) {
                    o.waiting.remove(&who);
                }
            }
            return;
        }
        let Some(diagnosis) = e.diagnosis.as_ref() else {
            return;
        };
        let d = diagnosis.as_diagnosis();
        let who = key(e);
        let failure = match d.mfi_code() {
            Some(c) => c.to_string(),
            None => d.reason().to_string(),
        };
        // An expiry ends the wait of a recipient that failed before: it belongs to the
        // incident of that failure.
        let failure = match self.waiting_in.get(&who) {
            Some((f, dest))
                if e.kind == EventKind::Expired
                    && d.mfi_code().is_none()
                    && *dest == destination =>
            {
                f.clone()
            }
            _ => failure,
        };
        let incident = (failure, destination.clone());
        let o = self.open.entry(incident.clone()).or_insert_with(|| Open {
            destination,
            hosts: Vec::new(),
            mfi_code: d.mfi_code(),
            reason: d.reason(),
            severity: d.severity(),
            events: 0,
            messages: HashSet::default(),
            recipients: HashSet::default(),
            first_seen: None,
            last_seen: None,
            gave_up: HashSet::default(),
            causes: BTreeMap::new(),
            remediations: d.remediation_ids().take(MAX_LISTED).collect(),
            example: e.text.clone(),
            waiting: HashMap::default(),
            mailboxes: HashMap::default(),
        });
        o.events += 1;
        if let Some(h) = &e.host {
            if o.hosts.len() < MAX_LISTED && !o.hosts.contains(h) {
                o.hosts.push(h.clone());
            }
        }
        // What the line says happened decides when the text does not.
        let severity = match (e.kind, d.severity()) {
            (EventKind::Bounced | EventKind::Expired, _) => Severity::Permanent,
            (EventKind::Deferred, Severity::Unknown | Severity::Success) => Severity::Transient,
            (_, s) => s,
        };
        if rank(severity) > rank(o.severity) {
            o.severity = severity;
        }
        if let Some(m) = &e.queue_id {
            if o.messages.len() < MAX_DISTINCT {
                o.messages.insert(m.clone());
            }
        }
        let mut superseded = None;
        if let Some(r) = &e.recipient {
            if o.recipients.len() < MAX_DISTINCT {
                o.recipients.insert(r.clone());
            }
            if of_a_mailbox(o.reason) && o.mailboxes.len() < MAX_DISTINCT {
                let (failed, delivered) = o.mailboxes.entry(r.clone()).or_default();
                *failed = e.time.max(*failed);
                *delivered = None;
                // (A mailbox that fails otherwise now, full and then unknown, is done with
                // its earlier failure.)
                superseded = self
                    .mailbox_in
                    .insert(r.clone(), incident.clone())
                    .filter(|before| *before != incident)
                    .map(|before| (before, r.clone()));
            }
        }
        if let Some(t) = e.time {
            o.first_seen = Some(o.first_seen.map_or(t, |f| f.min(t)));
            o.last_seen = Some(o.last_seen.map_or(t, |l| l.max(t)));
        }
        for c in d.causes() {
            *o.causes.entry(*c).or_default() += 1;
        }
        if let Some((before, r)) = superseded {
            if let Some(m) = self
                .open
                .get_mut(&before)
                .and_then(|b| b.mailboxes.get_mut(&r))
            {
                m.1 = e.time;
            }
        }
        // The recipient waits in this incident now (and in no other).
        if let Some(before) = self.waiting_in.remove(&who) {
            if before != incident {
                if let Some(b) = self.open.get_mut(&before) {
                    b.waiting.remove(&who);
                }
            }
        }
        let Some(o) = self.open.get_mut(&incident) else {
            return;
        };
        match e.kind {
            EventKind::Deferred => {
                if o.waiting.len() < MAX_DISTINCT {
                    o.waiting
                        .insert(who.clone(), d.queue().map(|q| q.expires_at));
                    self.waiting_in.insert(who, incident);
                }
            }
            _ => {
                o.waiting.remove(&who);
                if o.gave_up.len() < MAX_DISTINCT {
                    o.gave_up.insert(who);
                }
            }
        }
    }

    /// The latest time of an event added.
    pub fn latest(&self) -> Option<Timestamp> {
        self.latest
    }

    /// The incidents, worst first: ongoing before resolved, then permanent before
    /// transient, then by events. `now` (default: the latest event's time) and
    /// `within_hours` decide which waiting recipients count as expiring.
    pub fn finish(self, now: Option<Timestamp>, within_hours: i64) -> Vec<Incident> {
        let now = now.or(self.latest);
        let mut out: Vec<Incident> = self
            .open
            .into_values()
            .map(|o| {
                let resolved = if o.mailboxes.is_empty() {
                    match (self.delivered.get(&o.destination), o.last_seen) {
                        (Some(d), Some(l)) => *d > l,
                        _ => false,
                    }
                } else {
                    o.mailboxes
                        .values()
                        .all(|m| matches!(m, (Some(f), Some(d)) if d > f))
                };
                let expiring = match now {
                    Some(n) => o
                        .waiting
                        .values()
                        .filter(|x| {
                            x.is_some_and(|t| t >= n && t.unix() <= n.unix() + within_hours * 3600)
                        })
                        .count() as u64,
                    None => 0,
                };
                let mut causes: Vec<(Cause, u64)> = o.causes.into_iter().collect();
                causes.sort_by_key(|c| std::cmp::Reverse(c.1));
                Incident {
                    destination: o.destination,
                    hosts: o.hosts,
                    mfi_code: o.mfi_code,
                    reason: o.reason,
                    severity: o.severity,
                    events: o.events,
                    messages: o.messages.len() as u64,
                    recipients: o.recipients.len() as u64,
                    first_seen: o.first_seen,
                    last_seen: o.last_seen,
                    expired: o.gave_up.len() as u64,
                    expiring,
                    state: if resolved {
                        IncidentState::Resolved
                    } else {
                        IncidentState::Ongoing
                    },
                    causes: causes.into_iter().map(|c| c.0).take(MAX_LISTED).collect(),
                    remediations: o.remediations,
                    example: o.example,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (a.state == IncidentState::Resolved)
                .cmp(&(b.state == IncidentState::Resolved))
                .then(rank(b.severity).cmp(&rank(a.severity)))
                .then(b.events.cmp(&a.events))
                .then(a.destination.cmp(&b.destination))
                .then(a.failure().cmp(&b.failure()))
        });
        out
    }
}

/// Whether a delivery went to this host itself (a loopback address or `localhost`).
fn is_local(e: &Event) -> bool {
    let loopback = |s: &str| {
        let s = s.trim_start_matches('[').trim_end_matches(']');
        s.starts_with("127.") || s == "::1" || s.eq_ignore_ascii_case("localhost")
    };
    e.ip.as_deref().is_some_and(loopback) || e.host.as_deref().is_some_and(loopback)
}

/// A recipient of a message (or the message alone when no recipient is known).
fn key(e: &Event) -> Who {
    (e.queue_id.clone(), e.recipient.clone())
}

type Who = (Option<String>, Option<String>);

fn rank(s: Severity) -> u8 {
    match s {
        Severity::Permanent => 3,
        Severity::Transient => 2,
        Severity::Success => 0,
        _ => 1,
    }
}
