//! The fixture logs of every format (`testdata/logs`, written by `scripts/gen-logs.py`)
//! against their truth (`testdata/logs/TRUTH.md`, which the generator computes from what
//! it wrote, independently of this reader): per destination, the failures found, the
//! recipients the queue gave up on, whether deliveries resumed, and no incident for the
//! decoys.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use mfi_log::{EventKind, Incident, IncidentState, Incidents, LogReader, ReadOptions};

fn logs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/logs")
}

/// One row of a file's truth table.
#[derive(Debug)]
struct Truth {
    destination: String,
    failure: String,
    records: u64,
    messages: u64,
    recipients: u64,
    gave_up: u64,
    resolved: bool,
}

/// The truth tables of TRUTH.md, by file.
fn truth() -> BTreeMap<String, Vec<Truth>> {
    let text = std::fs::read_to_string(logs().join("TRUTH.md")).expect("TRUTH.md");
    let mut out: BTreeMap<String, Vec<Truth>> = BTreeMap::new();
    let mut file = None;
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("## `").and_then(|l| l.strip_suffix('`')) {
            file = Some(name.to_owned());
            continue;
        }
        let Some(f) = &file else { continue };
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // | destination | failure | hosts | first | last | records | messages | recipients |
        // bounced | expired | retry-wait | delivered after |
        if cells.len() != 14 || cells[1] == "destination" || cells[1].starts_with("---") {
            continue;
        }
        let n = |i: usize| cells[i].parse::<u64>().unwrap_or_else(|_| panic!("{line}"));
        out.entry(f.clone()).or_default().push(Truth {
            destination: cells[1].to_owned(),
            failure: cells[2].to_owned(),
            records: n(6),
            messages: n(7),
            recipients: n(8),
            gave_up: n(9) + n(10),
            resolved: cells[12].starts_with("yes"),
        });
    }
    out
}

fn incidents(file: &str) -> Vec<Incident> {
    let options = ReadOptions::default().year(2026);
    let mut all = Incidents::new();
    for e in LogReader::open(&[logs().join(file)], &options) {
        all.add(&e.expect("readable"));
    }
    all.finish(None, 24)
}

#[test]
fn every_fixture_matches_its_truth() {
    let truth = truth();
    assert!(truth.len() >= 13, "{:?}", truth.keys());
    let mut problems = Vec::new();
    for (file, rows) in &truth {
        let found = incidents(file);
        for t in rows {
            let mine: Vec<&Incident> = found
                .iter()
                .filter(|i| i.destination == t.destination)
                .collect();
            let events: u64 = mine.iter().map(|i| i.events).sum();
            let gave_up: u64 = mine.iter().map(|i| i.expired).sum();
            // (Exim's retry-wait lines are among the failure records.)
            let want = t.records;
            if events != want {
                problems.push(format!(
                    "{file} {}: {events} failure events, truth {want}",
                    t.destination
                ));
            }
            if gave_up != t.gave_up {
                problems.push(format!(
                    "{file} {}: gave up on {gave_up}, truth {}",
                    t.destination, t.gave_up
                ));
            }
            // The incident with the last failure is resolved exactly when deliveries resumed.
            if let Some(last) = mine.iter().max_by_key(|i| i.last_seen) {
                let resolved = last.state == IncidentState::Resolved;
                if resolved != t.resolved {
                    problems.push(format!(
                        "{file} {}: resolved {resolved}, truth {}",
                        t.destination, t.resolved
                    ));
                }
            }
            // A connection or DNS failure lands in an incident with its MFI code (the one
            // with most of the destination's events).
            let code = match t.failure.as_str() {
                "connection-refused" => Some("4.4.316"),
                "connection-timeout" => Some("4.4.315"),
                "dns-nxdomain" | "dns-servfail" => Some("4.4.312"),
                "lost-connection-before-greeting" => Some("4.4.318"),
                _ => None,
            };
            // (Summary exports give a status per message and no failure text: nothing to
            // name the failure by.)
            let summary = matches!(
                file.as_str(),
                "messagetrace.csv" | "messagetrace-nobom.csv" | "historical-search.csv"
            );
            let code = code.filter(|_| !summary);
            if let (Some(code), Some(main)) = (code, mine.iter().max_by_key(|i| i.events)) {
                if main.failure() != code {
                    problems.push(format!(
                        "{file} {}: {} ({}), truth {code} ({})",
                        t.destination,
                        main.failure(),
                        main.example,
                        t.failure
                    ));
                }
            }
            if let [one] = mine[..] {
                if (one.messages, one.recipients) != (t.messages, t.recipients) {
                    problems.push(format!(
                        "{file} {}: {} messages / {} recipients, truth {} / {}",
                        t.destination, one.messages, one.recipients, t.messages, t.recipients
                    ));
                }
            }
        }
        // No incident for a destination that had no failure (the decoys among them).
        for i in &found {
            if !rows.iter().any(|t| t.destination == i.destination) {
                problems.push(format!(
                    "{file}: incident for {} ({})",
                    i.destination,
                    i.failure()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Exchange Server's queue listings (`Get-Message | Format-List`): a message with a
/// `LastError` is a deferral of each recipient, its arrival known, its host and address
/// taken from the error's brackets; one without is no event.
#[test]
fn exchange_queue_listings() {
    let listing = "\
Identity          : EX01\\3\\12345
Subject           : Quarterly report
FromAddress       : alice@corp.example.com
Status            : Retry
DateReceived      : 3/10/2026 1:00:00 AM
LastError         : 451 4.4.316 Connection refused [Message=Socket error code 10061]
                    [LastAttemptedServerName=mx1.refused.example.net]
                    [LastAttemptedIP=192.0.2.10:25]
Recipients        : {bob@refused.example.net, carol@refused.example.net}
Queue             : EX01\\3

Identity          : EX01\\3\\12346
FromAddress       : carol@corp.example.com
Status            : Active
DateReceived      : 3/10/2026 1:05:00 AM
LastError         :
Recipients        : {dave@example-a.com}
";
    let events: Vec<_> = LogReader::from_text(listing, &ReadOptions::default())
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(events.len(), 2, "{events:?}");
    let e = &events[1];
    assert_eq!(e.recipient.as_deref(), Some("carol@refused.example.net"));
    assert_eq!(e.system, mfi_log::System::ExchangeServer);
    assert_eq!(
        (e.host.as_deref(), e.ip.as_deref()),
        (Some("mx1.refused.example.net"), Some("192.0.2.10"))
    );
    assert_eq!(e.first_seen.unwrap().to_string(), "2026-03-10T01:00:00Z");
    let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.mfi_code(), Some(mfi_core::MfiCode::ConnectionRefused));
    // Exchange Server keeps a message two days.
    assert_eq!(
        d.queue().unwrap().expires_at.to_string(),
        "2026-03-12T01:00:00Z"
    );
}

fn events_of(text: &str) -> Vec<mfi_log::Event> {
    LogReader::from_text(text, &ReadOptions::default().year(2026))
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The event of `recipient` among `events`, if any.
fn event_of<'a>(events: &'a [mfi_log::Event], recipient: &str) -> Option<&'a mfi_log::Event> {
    events
        .iter()
        .find(|e| e.recipient.as_deref() == Some(recipient))
}

/// A refusal of its own (qmail's `failure:` with words of no connection) is not explained by
/// another message's failed connection to the same destination.
#[test]
fn a_refusal_borrows_no_other_message_cause() {
    let log = "\
@400000006aa8e01b2c3ca000 info msg 100: bytes 10 from <a@sender.example> qp 1 uid 89
@400000006aa8e01b2c3ca001 starting delivery 1: msg 100 to remote x@dest.example
@400000006aa8e01b2c3ca002 delivery 1: deferral: Connection_timed_out./
@400000006aa8e01c2c3ca000 info msg 101: bytes 10 from <a@sender.example> qp 1 uid 89
@400000006aa8e01c2c3ca002 starting delivery 4: msg 101 to remote z@dest.example
@400000006aa8e01c2c3ca003 delivery 4: failure: No_such_address./
";
    let events = events_of(log);
    let z = event_of(&events, "z@dest.example").unwrap();
    assert_eq!(z.kind, EventKind::Bounced);
    assert_eq!(z.text, "No_such_address./");
    assert_eq!(
        z.diagnosis.as_ref().unwrap().as_diagnosis().mfi_code(),
        None
    );
}

/// Another recipient's refusal at the same destination (a reply to its RCPT) explains no
/// expiry of this one: only a failure to reach the destination is shared.
#[test]
fn an_expiry_borrows_no_other_recipients_refusal() {
    let log = "\
2026-02-13 14:39:22 1RookS-000Pg8-VO == a@dest.example R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<a@dest.example>: host mx.dest.example [192.0.2.90]: 450 4.3.2 Too many mails, try again in 1 hour(s)
2026-02-13 14:39:22 1RookS-000Pg8-VO ** b@dest.example: retry timeout exceeded
2026-02-13 14:40:22 1RookT-000Pg8-VO == c@dest.example R=dnslookup T=remote_smtp defer (111): Connection refused
2026-02-13 14:40:22 1RookT-000Pg8-VO ** d@dest.example: retry timeout exceeded
";
    let events = events_of(log);
    let of = |r: &str| {
        let e = event_of(&events, r).unwrap();
        (e.kind, e.diagnosis.as_ref().unwrap().as_diagnosis())
    };
    let (kind, b) = of("b@dest.example");
    assert_eq!(kind, EventKind::Expired);
    assert_eq!(b.reason(), mfi_core::Reason::Expired);
    assert!(!b.text().contains("a@dest.example"), "{}", b.text());
    // A connection refused at the destination does explain it.
    let (_, d) = of("d@dest.example");
    assert_eq!(d.mfi_code(), Some(mfi_core::MfiCode::ConnectionRefused));
    // So does the host's refusal of a session (Exim's retry record is the host's).
    let log = "\
2026-02-13 14:39:22 1RookS-000Pg8-VO == a@dest.example R=dnslookup T=remote_smtp defer (-1): SMTP error from remote mail server after initial connection: host mx.dest.example [192.0.2.90]: 421 4.7.0 mx.dest.example Too many concurrent SMTP connections; please try again later.
2026-02-13 14:40:22 1RookT-000Pg9-VO ** d@dest.example R=dnslookup T=remote_smtp: retry timeout exceeded
";
    let events = events_of(log);
    let d = event_of(&events, "d@dest.example")
        .and_then(|e| e.diagnosis.as_ref())
        .unwrap();
    assert!(
        d.as_diagnosis().text().contains("Too many concurrent"),
        "{}",
        d.as_diagnosis().text()
    );
}

/// A delivery to a destination ends what its last failure explains: a later generic line
/// about it (Exim's `retry time not reached`) borrows no cause from before the delivery.
#[test]
fn a_delivery_clears_its_destination_cause() {
    let log = "\
2026-03-10 10:00:00 1aAaAa-000001-AA <= a@sender.example H=client.example [192.0.2.9] P=esmtp S=900
2026-03-10 10:00:01 1aAaAa-000001-AA == x@dest.example R=dnslookup T=remote_smtp defer (110): Connection timed out
2026-03-10 10:30:00 1aAaAa-000001-AA => x@dest.example R=dnslookup T=remote_smtp H=mx.dest.example [192.0.2.5]
2026-03-10 10:30:00 1aAaAa-000001-AA Completed
2026-03-10 10:40:00 1bBbBb-000002-BB <= a@sender.example H=client.example [192.0.2.9] P=esmtp S=900
2026-03-10 10:40:01 1bBbBb-000002-BB == z@dest.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host
";
    let events = events_of(log);
    let z = event_of(&events, "z@dest.example").unwrap();
    assert_eq!(z.kind, EventKind::Deferred);
    assert_eq!(
        z.diagnosis.as_ref().unwrap().as_diagnosis().mfi_code(),
        None,
        "{z:?}"
    );
    // Without the delivery in between, the timeout explains it.
    let without: String = log
        .lines()
        .filter(|l| !l.contains(" => ") && !l.contains("Completed"))
        .map(|l| format!("{l}\n"))
        .collect();
    let events = events_of(&without);
    let z = event_of(&events, "z@dest.example").unwrap();
    assert_eq!(
        z.diagnosis.as_ref().unwrap().as_diagnosis().mfi_code(),
        Some(mfi_core::MfiCode::ConnectionTimedOut)
    );
}

/// Exchange's tracking log returns an expired message as a FAIL: its kind is an expiry.
#[test]
fn an_exchange_expiry_is_an_expiry() {
    let log = "\
#Software: Microsoft Exchange Server
#Version: 15.02.1544.004
#Log-type: Message Tracking Log
#Date: 2026-03-10T00:01:31.718Z
#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version
2026-03-10T07:40:12.481Z,192.0.2.30,EX01.corp.example.com,,,,Outbound to Internet,SMTP,FAIL,4815176,<a1@corp.example.com>,d693924e-f8b4-0920-77e5-08debc43d1e0,team@slow.example.org,[{LED=550 4.4.7 QUEUE.Expired; message expired};{MSG=};{FQDN=};{IP=};{LRT=3/10/2026 7:40:12 AM}],25723,1,,,Report,alerts@corp.example.com,alerts@corp.example.com,2026-03-08T07:40:12.481Z;SRV=EX01.corp.example.com:TOTAL-HUB=172800.000,Originating,,,,,Email,be67c232-71c9-545f-8372-9cf34cde729f,15.02.1544.004
";
    let events = events_of(log);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::Expired);
}

/// Sendmail logs the expiry of a recipient on its delivery line (`dsn=4.4.7, stat=Cannot
/// send message for 5 days`), then the return (`DSN: Cannot send message for 5 days`): one
/// expiry of that recipient, not a deferral and a second expiry of no one.
#[test]
fn a_sendmail_expiry_line_is_the_recipients_expiry() {
    let log = "\
Oct  2 16:28:11 srv sm-mta[51122]: x8RGS5GV043951: to=<ana@example.net>, delay=4+23:59:51, xdelay=00:00:15, mailer=esmtp, pri=9550736, relay=mx.example.net. [192.0.2.27], dsn=4.4.7, stat=Cannot send message for 5 days
Oct  2 16:28:11 srv sm-mta[51122]: x8RGS5GV043951: x91JSBGV051122: DSN: Cannot send message for 5 days
";
    let events = events_of(log);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::Expired);
    assert_eq!(events[0].recipient.as_deref(), Some("ana@example.net"));
}

/// A deferral that quotes a remote server's words of an expiry (`said: 451 4.4.7 Message
/// expired`) is still a deferral: the message stays in the queue.
#[test]
fn a_deferral_quoting_a_remote_expiry_is_a_deferral() {
    let log = "\
Mar 10 02:03:04 mail postfix/smtp[123]: 4B2C83E0A1: to=<bo@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=100, delays=0/0/1/0, dsn=4.4.7, status=deferred (host mx.example.net[192.0.2.1] said: 451 4.4.7 Message expired (in reply to end of DATA command))
";
    let events = events_of(log);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].kind, EventKind::Deferred);
}

/// OpenSMTPD's local deliveries (`mda delivery`) are not explained by a relay's failure
/// logged just before them.
#[test]
fn a_local_delivery_borrows_no_relay_failure() {
    let log = "\
Mar 10 00:30:14 mail03 smtpd[72320]: 6b2f3073a08c2892 mta connecting address=smtp://192.0.2.1:25 host=mx.timeout.example.org
Mar 10 00:30:15 mail03 smtpd[72320]: 6b2f3073a08c2892 mta error reason=Connection timeout
Mar 10 00:30:17 mail03 smtpd[72320]: 1e722991167e2b80 mda delivery evpid=f9293a5cb336a379 from=<s@corp.example.com> to=<r@corp.example.com> rcpt=<r@corp.example.com> user=r delay=40s result=TempFail stat=Error (temporary failure: \"mail.lmtp: LMTP server error\")
";
    let events = events_of(log);
    assert_eq!(events.len(), 1, "{events:?}");
    let e = &events[0];
    assert_eq!(e.kind, EventKind::Deferred);
    assert_eq!(e.host, None);
    assert_eq!(
        e.diagnosis.as_ref().unwrap().as_diagnosis().mfi_code(),
        None
    );
}

/// A message retried many times after its destination's failure: each retry's line borrows
/// the failure's words, not the text of the retry before it (which would grow with every
/// retry, and the report's size and time with the square of their number).
#[test]
fn retries_borrow_the_cause_not_the_last_retry() {
    let mut log = String::from(
        "2026-03-10 00:00:00 1vzmks-000BId-1Z H=mx.timeout.example.org [198.51.100.20] Connection timed out\n\
         2026-03-10 00:00:00 1vzmks-000BId-1Z == info@timeout.example.org R=dnslookup T=remote_smtp defer (110): Connection timed out\n",
    );
    for m in 1..200 {
        log.push_str(&format!(
            "2026-03-10 {:02}:{:02}:00 1vyNJD-000mSl-VE == kim@timeout.example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'timeout.example.org'\n",
            m / 60,
            m % 60
        ));
    }
    log.push_str(
        "2026-03-10 03:30:00 1vyNJD-000mSl-VE ** kim@timeout.example.org: retry timeout exceeded\n",
    );
    let events = events_of(&log);
    assert_eq!(events.len(), 201, "{:?}", &events[..3]);
    for e in &events[1..200] {
        assert_eq!(
            e.text,
            "retry time not reached for any host for 'timeout.example.org': Connection timed out"
        );
        assert_eq!(
            e.diagnosis.as_ref().unwrap().as_diagnosis().mfi_code(),
            Some(mfi_core::MfiCode::ConnectionTimedOut)
        );
    }
    // The recipient the queue gave up on: the deferral that kept it waiting names the failure.
    let last = &events[200];
    assert_eq!(last.kind, EventKind::Expired);
    let d = last.diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.mfi_code(), Some(mfi_core::MfiCode::ConnectionTimedOut));
    assert!(d.expired());
    assert!(last.text.len() < 300, "{}", last.text);
}

/// Exim's retry put off (`defer (-53): Retry time not yet reached`, `retry time not reached
/// for any host`) is held by its recipient's last failure, not by another message's refusal
/// at the same destination.
#[test]
fn a_retry_put_off_keeps_its_recipients_failure() {
    let log = "\
2024-05-10 11:02:15 1s5OaB-000Fh3-2c == userx@example.org R=localuser T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/userx)
2024-05-10 11:10:00 1gpXfR-0040X2-94 ** other@host.example R=virtual_aliases: No Such User Here
2024-05-10 11:17:15 1s5OaB-000Fh3-2c == userx@example.org R=localuser T=local_delivery defer (-53): Retry time not yet reached
2024-05-10 11:20:00 1h43YE-0005F1-ND == mail@host.example R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'host.example'
";
    let events = events_of(log);
    assert_eq!(events.len(), 4, "{events:?}");
    let reason = |e: &mfi_log::Event| e.diagnosis.as_ref().unwrap().as_diagnosis().reason();
    assert_eq!(events[2].kind, EventKind::Deferred);
    assert_eq!(reason(&events[2]), mfi_core::Reason::Mailboxfull);
    assert_eq!(reason(&events[3]), mfi_core::Reason::Onhold);
}

/// A mailbox's failure (full, unknown) ends when that mailbox takes mail again, not when
/// another mailbox at the same domain does.
#[test]
fn a_mailbox_incident_ends_with_its_own_mailbox() {
    let full = "\
2024-05-10 11:02:15 1s5OaB-000Fh3-2c == userx@example.org R=localuser T=local_delivery defer (-22): mailbox is full (MTA-imposed quota exceeded while writing to /var/mail/userx)
2024-05-10 11:02:16 1s5OaC-000Fh5-4d => usery <usery@example.org> R=localuser T=local_delivery
";
    let state = |log: &str| {
        let mut incidents = Incidents::new();
        for e in events_of(log) {
            incidents.add(&e);
        }
        let list = incidents.finish(None, 24);
        assert_eq!(list.len(), 1, "{list:?}");
        list[0].state
    };
    assert_eq!(state(full), IncidentState::Ongoing);
    let again = format!(
        "{full}2024-05-10 12:02:16 1s5OaB-000Fh3-2c => userx <userx@example.org> R=localuser T=local_delivery\n"
    );
    assert_eq!(state(&again), IncidentState::Resolved);
    // (A mailbox full, then unknown, then taking mail: both of its incidents end.)
    let mut incidents = Incidents::new();
    for e in events_of("\
Mar 10 02:00:01 mx postfix/smtp[1]: 1A0000000001: to=<bob@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, dsn=4.2.2, status=deferred (host mx.example.net[192.0.2.1] said: 452 4.2.2 <bob@example.net>: Mailbox full (in reply to RCPT TO command))
Mar 10 03:00:01 mx postfix/smtp[1]: 1A0000000002: to=<bob@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO command))
Mar 10 04:00:01 mx postfix/smtp[1]: 1A0000000003: to=<bob@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ABC)
") {
        incidents.add(&e);
    }
    let list = incidents.finish(None, 24);
    assert_eq!(list.len(), 2, "{list:?}");
    assert!(
        list.iter().all(|i| i.state == IncidentState::Resolved),
        "{list:?}"
    );
    // (A failure of the destination's servers still ends with any delivery there.)
    let refused = "\
2026-03-10 02:00:01 1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (111): Connection refused
2026-03-10 02:30:01 1rAbCd-0001Xz-9Z => c@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.1]
";
    assert_eq!(state(refused), IncidentState::Resolved);
}

/// Postfix's lines as containers print them: the tag alone (Mailu's output), and inside a
/// line of the host's journal about the container (podman).
#[test]
fn postfix_lines_without_a_header_or_inside_another() {
    let log = "\
postfix/smtp[10931]: 8A33410009F4: to=<kim@example.com>, relay=none, delay=27904, delays=27879/0.04/25/0, dsn=4.4.3, status=deferred (Name service error for name=example.com type=MX: Malformed or unexpected name server reply)
May 11 11:33:24 host mailserver[4087249]: 2020-05-11T11:33:24.412093+00:00 mail postfix/lmtp[1050]: A23D128724C: to=<quota@example.org>, relay=mail.example.org[/var/run/dovecot/lmtp], delay=0.01, delays=0.01/0/0/0, dsn=5.2.2, status=bounced (host mail.example.org[/var/run/dovecot/lmtp] said: 552 5.2.2 <quota@example.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))
";
    let events = events_of(log);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].queue_id.as_deref(), Some("8A33410009F4"));
    assert_eq!(events[0].kind, EventKind::Deferred);
    assert_eq!(events[1].queue_id.as_deref(), Some("A23D128724C"));
    assert_eq!(events[1].kind, EventKind::Bounced);
    assert_eq!(
        events[1].time.map(|t| t.to_string()).as_deref(),
        Some("2020-05-11T11:33:24Z")
    );
}

/// A queue listing (`mailq`) is found from its head, and each recipient under a reason is a
/// deferral of its message, diagnosed from the reason.
#[test]
fn a_postfix_queue_listing_is_read() {
    let listing = "\
-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------
4B2C83E0A1*    1234 Tue Mar 10 02:00:00  a@example.com
(connect to mx.example.net[192.0.2.1]:25: Connection timed out)
                                         b@example.net

-- 1 Kbytes in 1 Request.
";
    // (A support bundle's mail log after the listing is read as one.)
    let listing = format!("{listing}Mar 10 02:00:01 mx postfix/smtp[1]: 1A0000000001: to=<bo@example.org>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.1]:25: Connection timed out)\n");
    let events = events_of(&listing);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[1].queue_id.as_deref(), Some("1A0000000001"));
    let e = &events[0];
    assert_eq!(e.system, mfi_log::System::Postfix);
    assert_eq!(e.queue_id.as_deref(), Some("4B2C83E0A1"));
    assert_eq!(e.recipient.as_deref(), Some("b@example.net"));
    assert_eq!(e.kind, EventKind::Deferred);
    let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.mfi_code(), Some(mfi_core::MfiCode::ConnectionTimedOut));
    assert_eq!(d.severity(), mfi_core::Severity::Transient);
}

/// A gateway's line that names its sender before its recipient (Cisco Secure Email's
/// `From: <a> To: <b>`): the event's recipient is the one after `To:`.
#[test]
fn a_gateway_line_names_its_recipient_after_to() {
    let log = "Mon Mar 19 20:16:03 2018 Info: Delayed: DCID 8414309 MID 19410908 From: <wz@example.com> To: <mc@example.net> RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])\n";
    let events = events_of(log);
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].recipient.as_deref(), Some("mc@example.net"));
    assert_eq!(events[0].kind, EventKind::Deferred);
}

/// Cisco Secure Email Gateway's `mail_logs`: a message's recipients are accepted by number
/// (`RID`) and its deliveries name them so; a delivery (`Message done`) is an event, a
/// connection's failure a deferral of its domain, an expiry carries its last error, and
/// another line's expiry does not expire a deferral at the same domain.
#[test]
fn cisco_secure_email_mail_logs_are_read() {
    let log = "\
Tue Mar 10 08:00:00 2026 Info: Start MID 7001 ICID 310
Tue Mar 10 08:00:00 2026 Info: MID 7001 ICID 310 From: <ops@example.org>
Tue Mar 10 08:00:00 2026 Info: MID 7001 ICID 310 RID 0 To: <ana@example.net>
Tue Mar 10 08:00:00 2026 Info: MID 7001 ICID 310 RID 1 To: <bo@example.com>
Tue Mar 10 08:00:01 2026 Info: MID 7001 queued for delivery
Tue Mar 10 08:00:02 2026 Info: New SMTP DCID 90 interface 198.51.100.46 address 192.0.2.25 port 25
Tue Mar 10 08:00:02 2026 Info: Delivery start DCID 90 MID 7001 to RID [0]
Tue Mar 10 08:00:03 2026 Info: Message done DCID 90 MID 7001 to RID [0]
Tue Mar 10 08:00:03 2026 Info: MID 7001 RID [0] Response '2.0.0 Ok: queued as 4B2C83E0A1'
Tue Mar 10 08:00:04 2026 Info: Connection Error: DCID 91 domain: example.com IP: 192.0.2.80 port: 25 details: timeout interface: 198.51.100.46 reason: network error
Tue Mar 10 08:00:05 2026 Info: Delayed: DCID 92 MID 7001 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Thu Mar 12 08:00:05 2026 Info: Bounced: DCID 0 MID 7001 to RID 1 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Thu Mar 12 08:00:06 2026 Info: Message finished MID 7001 done
Thu Mar 12 09:00:05 2026 Info: Delayed: DCID 93 MID 7002 From: <ops@example.org> To: <cy@example.com> RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Thu Mar 12 09:00:06 2026 Warning: Internal SMTP Error: Failed to send message to host 192.0.2.9:25 for recipient admin@example.org: Unexpected SMTP response \"553\", expecting code starting with \"2\", response was ['#5.1.8 Domain of sender address <esa@example.org> does not exist'].
";
    let events = events_of(log);
    let got: Vec<_> = events
        .iter()
        .map(|e| {
            let d = e.diagnosis.as_ref().map(|d| d.as_diagnosis());
            (
                e.line,
                e.system.name(),
                e.kind,
                e.recipient.as_deref(),
                // (The network failures the gateway's own words name: its connection's and
                // its expiry's last error.)
                d.and_then(|d| d.mfi_code())
                    .filter(|_| matches!(e.line, 10 | 12))
                    .map(|c| c.to_string()),
            )
        })
        .collect();
    let code = |c: &str| Some(c.to_owned());
    assert_eq!(
        got,
        [
            (
                8,
                "cisco_esa",
                EventKind::Delivered,
                Some("ana@example.net"),
                None
            ),
            (10, "cisco_esa", EventKind::Deferred, None, code("4.4.315")),
            (
                11,
                "cisco_esa",
                EventKind::Deferred,
                Some("bo@example.com"),
                None
            ),
            (
                12,
                "cisco_esa",
                EventKind::Expired,
                Some("bo@example.com"),
                code("4.4.315")
            ),
            (
                14,
                "cisco_esa",
                EventKind::Deferred,
                Some("cy@example.com"),
                None
            ),
            (
                15,
                "unknown",
                EventKind::Bounced,
                Some("admin@example.org"),
                None
            ),
        ],
        "{events:#?}"
    );
    let e = &events[0];
    assert_eq!(e.queue_id.as_deref(), Some("7001"));
    assert_eq!(e.sender.as_deref(), Some("ops@example.org"));
    assert_eq!(e.ip.as_deref(), Some("192.0.2.25"));
    assert_eq!(e.time.unwrap().to_string(), "2026-03-10T08:00:03Z");
    assert_eq!(events[1].domain.as_deref(), Some("example.com"));
    let late = events[4].diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(late.severity(), mfi_core::Severity::Transient);
    assert!(!late.expired());
}

/// Sophos UTM's syslog time (`2019:06:10-11:04:41`) before Exim's lines.
#[test]
fn sophos_utm_lines_are_read_with_their_time() {
    let log = "\
2026:03:10-11:04:41 utm exim-out[9120]: 2026-03-10 11:04:41 1haLqi-0002Mp-2G == ana@example.net R=static_route_hostlist T=static_smtp defer (111): Connection refused
2026:03:10-11:34:42 utm exim-out[9350]: 2026-03-10 11:34:42 1haLqi-0002Mp-2G => ana@example.net R=static_route_hostlist T=static_smtp H=mx.example.net [192.0.2.20]
";
    let events = events_of(log);
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].system, mfi_log::System::Exim);
    assert_eq!(events[0].kind, EventKind::Deferred);
    assert_eq!(events[0].time.unwrap().to_string(), "2026-03-10T11:04:41Z");
    assert_eq!(events[1].kind, EventKind::Delivered);
    assert_eq!(events[1].queue_id.as_deref(), Some("1haLqi-0002Mp-2G"));
}

/// A Postfix delivery agent's line of a recipient whose queue time ran out (`status=expired,
/// returned to sender (lost connection ...)`): its diagnosis says the queue gave up, though
/// the reason's own words and its `dsn=4.4.2` are a deferral's.
#[test]
fn a_postfix_expired_delivery_line_is_an_expiry() {
    let log = "\
Mar  2 11:00:00 mx postfix/smtp[4412]: 0C1D2E3F4A: to=<user@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=3.2, dsn=4.4.2, status=deferred (lost connection with 127.0.0.1[127.0.0.1] while sending end of data)
Mar  7 11:00:10 mx postfix/smtp[5120]: 0C1D2E3F4A: to=<user@example.org>, relay=127.0.0.1[127.0.0.1]:10024, delay=432013, dsn=4.4.2, status=expired, returned to sender (lost connection with 127.0.0.1[127.0.0.1] while sending end of data)
";
    let events = events_of(log);
    assert_eq!(events.len(), 2, "{events:?}");
    let e = &events[1];
    assert_eq!(e.kind, EventKind::Expired);
    let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
    assert!(d.expired(), "{e:?}");
    assert_eq!(d.severity(), mfi_core::Severity::Permanent);
    assert_eq!(
        d.mfi_code(),
        Some(mfi_core::MfiCode::ConnectionClosedAbruptly)
    );
}

/// A record that a paste or a mail client wrapped onto more lines (a forum post of a
/// Postfix log): put together, one event on its first line, with its recipient; a record
/// wrapped with no end ends at the next line with a syslog head, or after its bound.
#[test]
fn a_wrapped_record_is_one_event() {
    let log = "\
Returned this bounce from the server:
Mar  2 18:45:56 mx postfix/smtp[20822]: A25DCC4104: to=<ana@example.net>,
relay=mx.example.net[192.0.2.26]:25,
delay=30, delays=0.03/0.01/30/0.18, dsn=5.7.26,
status=bounced (host mx.example.net[192.0.2.26] said: 550-5.7.26 This message does not have authentication information
or fails to 550-5.7.26 pass authentication checks. 550 5.7.26 c1si172391qka.253 - gsmtp (in reply to end of DATA command))
Mar  2 18:45:57 mx postfix/smtp[20822]: B25DCC4104: to=<bo@example.net>, relay=mx.example.net[192.0.2.26]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 OK)
";
    let events = events_of(log);
    assert_eq!(events.len(), 2, "{events:#?}");
    let e = &events[0];
    assert_eq!((e.line, e.kind), (2, EventKind::Bounced));
    assert_eq!(e.recipient.as_deref(), Some("ana@example.net"));
    assert_eq!(e.queue_id.as_deref(), Some("A25DCC4104"));
    let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.reason(), mfi_core::Reason::Authfailure);
    assert_eq!((events[1].line, events[1].kind), (7, EventKind::Delivered));

    // In plain text, the indented lines after a line left open.
    let plain = "\
status=deferred (host mx.example.net[192.0.2.26] said:
  450-4.2.1 The user you are trying to contact is receiving mail at a rate that
  450-4.2.1 prevents additional messages from being delivered. (in reply to RCPT TO command))
";
    let events = events_of(plain);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].kind, EventKind::Deferred);

    // Bounded: a record open for ever is cut after its lines' bound, and reading goes on.
    let mut endless = String::from(
        "Mar  2 18:45:56 mx postfix/smtp[1]: A25DCC4104: to=<a@example.net>, status=deferred (x\n",
    );
    for _ in 0..10_000 {
        endless.push_str("452 4.2.2 Mailbox full (\n");
    }
    endless.push_str("Mar  2 18:45:57 mx postfix/smtp[2]: B25DCC4104: to=<bo@example.net>, relay=mx.example.net[192.0.2.26]:25, delay=1, dsn=2.0.0, status=sent (250 2.0.0 OK)\n");
    let events = events_of(&endless);
    assert!(events
        .first()
        .is_some_and(|e| e.line == 1 && e.text.len() < 20_000));
    assert!(events
        .last()
        .is_some_and(|e| e.kind == EventKind::Delivered));
}

/// Postfix's address verification probe: `status=undeliverable` is for now or for good as
/// its status code says.
#[test]
fn a_verification_probe_is_as_final_as_its_code() {
    let log = "\
Apr 18 01:11:33 mail postfix/smtp[29299]: CB1223A942: to=<user@example.com>, relay=exchange.example.com[192.0.2.20]:25, delay=0.01, dsn=4.4.2, status=undeliverable (lost connection with exchange.example.com[192.0.2.20] while sending RCPT TO)
Apr 18 01:11:34 mail postfix/smtp[29299]: DB1223A942: to=<bo@example.com>, relay=exchange.example.com[192.0.2.20]:25, delay=0.01, dsn=5.1.1, status=undeliverable (host exchange.example.com[192.0.2.20] said: 550 5.1.1 User unknown (in reply to RCPT TO command))
";
    let events = events_of(log);
    let kinds: Vec<_> = events.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [EventKind::Deferred, EventKind::Bounced]);
    let d = events[0].diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.severity(), mfi_core::Severity::Transient);
}

/// What is not one record stays apart: a plain heading's indented lines (each its own
/// failure), a syslog log with a gateway's lines among a mail system's (each read as its
/// own), a refusal that names a recipient without a delivery's status.
#[test]
fn separate_records_are_not_joined() {
    let plain = "\
Recipients failed:
  alice@example.com: 550 5.1.1 User unknown
  bob@example.org: 550 5.1.1 User unknown
  carol@example.net: 452 4.2.2 Mailbox full
";
    let events = events_of(plain);
    assert_eq!(events.len(), 3, "{events:#?}");
    let mixed = "\
Mar 10 02:00:00 mx postfix/smtp[7]: 4A1B2C3D4E: to=<bob@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))
<166>Mar 10 02:00:01 esa1 mail_logs: Info: MID 6 ICID 5 RID 0 To: <a@example.com>
<166>Mar 10 02:00:02 esa1 mail_logs: Info: Message done DCID 8 MID 6 to RID [0]
<166>Mar 10 02:00:03 esa1 mail_logs: Info: Start MID 7 ICID 5
";
    let events = events_of(mixed);
    let got: Vec<_> = events
        .iter()
        .map(|e| {
            (
                e.system.name(),
                e.queue_id.as_deref(),
                e.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("postfix", Some("4A1B2C3D4E"), Some("bob@example.net")),
            ("cisco_esa", Some("6"), Some("a@example.com")),
        ]
    );
    let reject = "\
Mar 10 02:00:00 mx postfix/smtpd[7]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 450 4.7.1 Client host rejected: cannot find your hostname; from=<a@example.org> to=<x@example.com> proto=ESMTP helo=<h>
This is my note about it.
Mar 10 02:00:05 mx postfix/smtp[8]: 5A1B2C3D4E: to=<y@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))
";
    let events = events_of(reject);
    assert!(event_of(&events, "y@example.com").is_some(), "{events:#?}");
}

/// What the second review found: a reply's own `Reason:` is no bounce log's, another
/// program's `Connection Error:` is no gateway's, sibling lines cut at a width stay apart, a
/// host's digits are no multi-line reply, a message a filter rewrote keeps its recipients,
/// and Postfix's notice of a recipient joins its indented reply.
#[test]
fn late_review_cases() {
    let esa = "\
Mon Mar 31 20:10:50 2003 Info: MID 6 ICID 5 RID 0 To: <mary@example.com>
Mon Mar 31 20:10:58 2003 Info: Bounced: DCID 8 MID 6 to RID 0 - 5.1.1 - Unknown address error ('550', ['5.1.1 <mary@example.com>: Recipient address rejected. Reason: see the postmaster page'])
Mon Mar 31 20:10:59 2003 Info: MID 6 rewritten to MID 7 by antispam
Mon Mar 31 20:11:00 2003 Info: Message finished MID 6 done
Mon Mar 31 20:11:01 2003 Info: Message done DCID 9 MID 7 to RID [0]
";
    let events = events_of(esa);
    let d = events[0].diagnosis.as_ref().unwrap().as_diagnosis();
    assert_eq!(d.reason(), mfi_core::Reason::Userunknown);
    assert_eq!(events[1].recipient.as_deref(), Some("mary@example.com"));
    assert_eq!(events[1].queue_id.as_deref(), Some("7"));

    let script = "\
2026-03-17 10:00:01 worker started
Connection Error: could not reach redis at 10.0.0.5:6379
Connection Error: could not reach redis at 10.0.0.5:6379
Mar 17 10:00:05 mx postfix/smtp[123]: 4A1B2C3D4E: to=<al@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))
";
    assert!(events_of(script)
        .iter()
        .all(|e| e.system != mfi_log::System::CiscoEsa));

    let siblings = "\
Deferred mail, cut at the terminal's width:
    alice@example.com  status=deferred (host mx.example.com[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCP
    bob@example.org    status=bounced (host mx.example.org[192.0.2.2] said: 550 5.1.1 User unknown (in reply to RCP
    carol@example.net  status=deferred (connect to mx.example.net[192.0.2.3]:25: Connection timed out
";
    assert_eq!(events_of(siblings).len(), 3);

    let host = "\
Mar 17 18:24:37 mx postfix/smtp[123]: 4A1B2C3D4E: to=<alice@example.com>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to static-203-0-113-5.example.net[203.0.113.5]:25: Connection timed out)
The same message to Bob bounced right away with
<bob@example.org>: host mx.example.org[192.0.2.2] said: 550 5.1.1 <bob@example.org>: User unknown
";
    let events = events_of(host);
    assert!(
        event_of(&events, "bob@example.org").is_some(),
        "{events:#?}"
    );

    let notice = "\
<ann@example.net>: host mx.example.net[192.0.2.1] said:
    550 5.1.1 <ann@example.net>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
";
    let events = events_of(notice);
    assert_eq!(events.len(), 1, "{events:#?}");
    assert_eq!(events[0].recipient.as_deref(), Some("ann@example.net"));
}

/// Exim's refusals of its clients (`H=... temporarily rejected RCPT <a@b>: greylisted`) are
/// no deliveries of the host's: a log of them (no message ids) is read as Exim's, and gives
/// no events; a delivery's deferral among them still does.
#[test]
fn exim_refusals_of_clients_are_no_events() {
    let refusals = "\
2019-01-19 16:47:59 H=([10.11.10.11]) [192.0.2.67] X=TLS1.2:ECDHE_RSA_AES_128_GCM_SHA256:128 CV=no F=<my@example.com> A=dovecot_plain:my@example.com temporarily rejected RCPT <a@example.net>: greylisted host 192.0.2.67
2019-01-19 16:55:52 H=([10.11.10.11]) [192.0.2.67] F=<my@example.com> rejected RCPT <b@example.org>: relay not permitted
";
    assert!(events_of(refusals).is_empty());
    let with_a_deferral = format!(
        "{refusals}2019-01-19 16:56:01 1gkqVI-0002Bb-Uj == c@example.net R=dnslookup T=remote_smtp defer (111): Connection refused\n"
    );
    let events = events_of(&with_a_deferral);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].recipient.as_deref(), Some("c@example.net"));
}

/// A message log (`exim -Mvl`) has no ids: its per-host `H=mx [ip] Connection refused`
/// lines are not Exim's refusals of clients, and its delivery line is still an event.
#[test]
fn a_message_log_is_not_read_as_a_main_log() {
    let msglog = "\
2021-03-02 09:44:33 Received from CALLER@test.example U=CALLER P=local S=1307
2021-03-02 09:44:33 H=mx.example.net [192.0.2.14] Connection refused
2021-03-02 09:44:33 H=mx.example.net [192.0.2.15] Connection refused
2021-03-02 09:44:33 usery@example.net R=all T=smtp defer (111): Connection refused
";
    let events = events_of(msglog);
    assert!(event_of(&events, "usery@example.net").is_some());
}
