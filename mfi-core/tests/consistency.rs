//! Every code × stage × origin: the texts a diagnosis shows are right for where the message
//! stands and for who reads them.
//!
//! For each row of the knowledge catalogue (the MFI codes, the Exchange table, the IANA
//! registry) a reply with that code, temporary and permanent, plus the expiry, delay and
//! delivery wordings of several systems; each classified as reported by every [`Origin`],
//! with no queue, a queue still retrying and a queue judged after its expiry. Checked:
//! - every remediation presumes a stage the diagnosis is in (no "wait for the retries" once
//!   the queue gave up, no "send it again" while it retries), by the ids' stages;
//! - no English text (meaning, cause, remediation) speaks of retries when the message's
//!   fate is settled, or of the end when it is still retried;
//! - a delivery has severity `success` and neither causes nor remediations;
//! - the printed queue line says what the queue state says;
//! - no Microsoft 365 step or cause reaches a reader whose mail another system sent.

use mfi_core::knowledge::{self, Audience};
use mfi_core::{classify_with, Options, Origin, QueueProfile, Severity, Stage, Timestamp};

/// Words that presume the queue still retries.
const PENDING_WORDS: &[&str] = &[
    "is retried",
    "will be retried",
    "waits in the queue",
    "is still queued",
    "keeps retrying",
    "being retried",
    "the sending queue retries",
];

/// Words that presume the queue gave up or the message was returned.
const OVER_WORDS: &[&str] = &[
    "was returned to the sender",
    "is returned to the sender",
    "gave up",
    "send the message again",
    "retry period ran out",
];

fn texts() -> Vec<String> {
    let mut out = Vec::new();
    for row in knowledge::catalogue() {
        let c = row.code;
        let classes: Vec<u8> = match c.class {
            Some(k) => vec![k],
            None => vec![4, 5],
        };
        let detail = if c.detail_lo == 0 && c.detail_hi == 999 {
            0
        } else {
            c.detail_lo
        };
        for class in classes {
            let reply = if class == 4 { 450 } else { 550 };
            out.push(format!(
                "{reply} {class}.{}.{detail} {}",
                c.subject, row.title
            ));
        }
    }
    out.extend(
        [
            "550 5.4.316 Message expired, connection refused",
            "Mar  8 10:15:02 mx1 postfix/qmgr[2]: 4F2A81C0D3: from=<a@example.org>, status=expired, returned to sender",
            "Action: delayed Status: 4.4.7 Diagnostic-Code: smtp; 450 4.4.316 Connection refused",
            "Message delayed: 400 4.4.7 Message delayed",
            "retry timeout exceeded",
            "The message was successfully delivered.",
            "250 2.0.0 Ok: queued as 4F2A81C0D3",
            "Mar  3 10:15:02 mx1 postfix/smtp[1]: 4F2A81C0D3: to=<a@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, status=sent (250 2.0.0 Ok)",
            "Connection refused",
            "421 4.7.0 Try again later, closing connection. Greylisted for 5 minutes",
        ]
        .map(str::to_owned),
    );
    out
}

#[test]
fn every_code_stage_and_origin_reads_consistently() {
    let t = |s: &str| s.parse::<Timestamp>().unwrap();
    let now = t("2025-01-10T00:00:00Z");
    let queues = [
        None,
        Some((t("2025-01-09T23:00:00Z"), "retrying")),
        Some((t("2024-12-20T00:00:00Z"), "judged after the expiry")),
    ];
    let mut problems = Vec::new();
    let mut checked = 0;
    for text in texts() {
        for origin in Origin::all() {
            for queue in queues {
                let mut o = Options::new().origin(origin);
                if let Some((first, _)) = queue {
                    o = o.queue(QueueProfile::Postfix, first, now);
                }
                let d = classify_with(&text, &o);
                checked += 1;
                let stage = d.stage();
                // What the reader is told (the given origin, else the one the text shows).
                let origin = d.origin();
                let at = format!("{text:?} ({origin}, {queue:?}, {stage:?})");
                for r in d.remediations() {
                    let presumed = knowledge::remediation_presumes(r.id);
                    if !stage.admits(presumed) {
                        problems.push(format!("{at}: {} presumes {presumed:?}", r.id));
                    }
                    let info = knowledge::remediation_info(r.id);
                    if origin != Origin::ExchangeOnline && info.audience == Audience::Microsoft365 {
                        problems.push(format!("{at}: Microsoft 365 step {}", r.id));
                    }
                }
                for c in d.causes() {
                    if !knowledge::cause_info(*c).audience.admits(origin) {
                        problems.push(format!("{at}: cause {c} is not for {origin}"));
                    }
                }
                let mut shown: Vec<&str> = d.meaning().into_iter().collect();
                shown.extend(d.remediations().map(|r| r.text));
                shown.extend(d.causes().iter().map(|c| knowledge::cause_info(*c).text));
                for s in &shown {
                    let words = match stage {
                        Stage::Over | Stage::Delivered => PENDING_WORDS,
                        Stage::Pending => OVER_WORDS,
                        Stage::Unknown => &[][..],
                        _ => &[][..],
                    };
                    if let Some(w) = words.iter().find(|w| s.contains(**w)) {
                        problems.push(format!("{at}: says {w:?}: {s}"));
                    }
                }
                if d.severity() == Severity::Success
                    && (stage != Stage::Delivered
                        || !d.causes().is_empty()
                        || d.remediations().len() > 0)
                {
                    problems.push(format!("{at}: a delivery with causes or steps"));
                }
                let report = d.render(1, false);
                if stage == Stage::Over && report.contains("retrying;") {
                    problems.push(format!("{at}: the queue line says retrying"));
                }
                if stage == Stage::Pending && report.contains("gave up at") {
                    problems.push(format!("{at}: the queue line says it gave up"));
                }
            }
        }
    }
    assert!(checked > 5000, "only {checked} combinations");
    assert!(
        problems.is_empty(),
        "{} of {checked} combinations contradict themselves:\n{}",
        problems.len(),
        problems[..problems.len().min(40)].join("\n")
    );
}

/// The success wordings of a delivery are `success` (not `unknown`), and a text that says a
/// message expired is over by the time it is judged: its expiry is not in the future.
#[test]
fn deliveries_succeed_and_expiries_lie_in_the_past() {
    for text in [
        "The message was successfully delivered.",
        "Your message has been delivered successfully.",
    ] {
        assert_eq!(
            mfi_core::classify(text).severity(),
            Severity::Success,
            "{text}"
        );
    }
    assert_ne!(
        mfi_core::classify("Your message was not successfully delivered.").severity(),
        Severity::Success
    );
    let t = |s: &str| s.parse::<Timestamp>().unwrap();
    let line = "Mar  8 10:15:02 mx1 postfix/qmgr[2]: 4F2A81C0D3: from=<a@example.org>, status=expired, returned to sender";
    let o = Options::new().queue(
        QueueProfile::Postfix,
        t("2025-03-07T00:00:00Z"),
        t("2025-03-08T10:15:02Z"),
    );
    let d = classify_with(line, &o);
    let q = d.queue().unwrap();
    assert!(q.expires_at <= q.now, "{:?}", q);
    assert_eq!(d.stage(), Stage::Over);
}

/// Microsoft 365 as the destination of another system's mail: its host names and replies
/// in a Postfix, Exim or Sendmail line do not make the reader a Microsoft 365 admin.
#[test]
fn microsoft_365_as_the_destination_gets_the_senders_steps() {
    for (text, origin) in [
        (
            "connect to contoso-com.mail.protection.outlook.com[52.101.1.1]:25: Connection refused",
            Origin::Postfix,
        ),
        (
            "host contoso-com.mail.protection.outlook.com[52.101.1.1] said: 450 4.4.316 Connection refused (in reply to RCPT TO command)",
            Origin::Postfix,
        ),
        (
            "2024-03-04 09:12:44 1rhA2B-0007Qx-Tz H=contoso-com.mail.protection.outlook.com [52.101.1.1] Connection timed out",
            Origin::Exim,
        ),
        (
            "Mar  3 10:20:02 mx1 sm-mta[4321]: 423AF2xH004321: to=<ana@contoso.com>, relay=contoso-com.mail.protection.outlook.com. [52.101.1.1], dsn=4.0.0, stat=Deferred: Connection refused by contoso-com.mail.protection.outlook.com.",
            Origin::Sendmail,
        ),
    ] {
        let d = mfi_core::classify(text);
        assert_eq!(d.origin(), origin, "{text}");
        assert!(d.mfi_code().is_some(), "{text}");
        for r in d.remediations() {
            assert_ne!(
                knowledge::remediation_info(r.id).audience,
                Audience::Microsoft365,
                "{text}: {}",
                r.id
            );
        }
    }
}

/// Exchange Server's own layouts name Microsoft 365 as a send connector's destination
/// (a hybrid organisation's `Outbound to Office 365`): the writer is the server; a mere
/// mention of the cloud decides only where no layout does.
#[test]
fn a_connector_named_for_microsoft_365_is_exchange_servers() {
    for (text, origin) in [
        (
            "Send connector Outbound to Office 365: Message delivery was not successful. The message with message ID <1@contoso.example> was acknowledged with SMTP response 454 4.7.0 Failed to establish appropriate TLS channel: Access Denied.",
            Origin::ExchangeServer,
        ),
        (
            "2025-01-24T10:15:02.117Z,Outbound to Office 365,08DC1C2B3A4F5E6D,22,192.0.2.7:28252,198.51.100.5:25,*,,TLS negotiation failed with error NoCredentials",
            Origin::ExchangeServer,
        ),
        (
            "Your message wasn't delivered to anyone because Exchange Online could not reach the destination.",
            Origin::ExchangeOnline,
        ),
    ] {
        assert_eq!(mfi_core::classify(text).origin(), origin, "{text}");
        assert_eq!(mfi_core::detect_origin(text), origin, "{text}");
    }
}

/// A notice that copies another system's template sentence is not that system's when its
/// own marks say whose it is: 1&1's frame of the remote reply under Exim's first sentence,
/// ZoneMTA's status fields under Gmail's; the copied sentence alone still names its writer.
#[test]
fn a_copied_template_sentence_yields_to_the_writers_own_marks() {
    for (text, origin) in [
        (
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address(es)\nfailed:\n\nbo@example.net:\nSMTP error from remote server for RCPT TO command, host: mx.example.net (192.0.2.7) reason: 550 5.1.1 User unknown",
            Origin::Unknown,
        ),
        (
            "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\nits recipients. This is a permanent error. The following address(es)\nfailed:\n\n  bo@example.net\n    SMTP error from remote mail server after RCPT TO:<bo@example.net>:\n    550 5.1.1 User unknown",
            Origin::Exim,
        ),
        (
            "Delivery to the following recipient failed permanently:\n    bo@example.net\n\nReporting-MTA: dns; mta1.example.org\nX-ZoneMTA-Queue-ID: 183c05a3c6f0002819",
            Origin::Unknown,
        ),
        (
            "Delivery to the following recipient failed permanently:\n\n     bo@example.net",
            Origin::Gmail,
        ),
    ] {
        assert_eq!(mfi_core::detect_origin(text), origin, "{text}");
    }
}

/// A provider's reply as an application quotes it names the provider; inside another
/// writer's layout (Postfix's `said:`) the writer stays.
#[test]
fn a_quoted_reply_names_its_provider_only_without_a_layout() {
    for (text, origin) in [
        (
            "Error: Invalid login: 535-5.7.8 Username and Password not accepted. Learn more at 535 5.7.8 https://support.google.com/mail/?p=BadCredentials a1sm123456wrb.1 - gsmtp",
            Origin::Gmail,
        ),
        (
            "smtplib.SMTPDataError: (454, b'Throttling failure: Maximum sending rate exceeded.')",
            Origin::AmazonSes,
        ),
        (
            "Mar  3 10:15:02 mx1 postfix/smtp[23817]: 4F2A81C0D3: to=<ana@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.26]:25, delay=1, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.26] said: 550-5.1.1 The email account that you tried to reach does not exist. a1si123456wrb.1 - gsmtp (in reply to RCPT TO command))",
            Origin::Postfix,
        ),
        (
            "host gmail-smtp-in.l.google.com[192.0.2.26] said: 550-5.1.1 The email account that you tried to reach does not exist. a1si123456wrb.1 - gsmtp (in reply to RCPT TO command)",
            Origin::Postfix,
        ),
    ] {
        assert_eq!(mfi_core::classify(text).origin(), origin, "{text}");
    }
}

/// A process's name and ids in brackets (`unbound[653:0]`) are no host and address of
/// Postfix's (`mx.example.net[192.0.2.1]`).
#[test]
fn a_process_id_in_brackets_is_no_postfix_host() {
    let text = "Jul 22 08:57:44 ns1 unbound[653:0] debug: return error response SERVFAIL";
    assert_eq!(mfi_core::classify(text).origin(), Origin::Unknown);
    let text = "connect to mx.example.net[2001:db8::25]:25: Connection refused";
    assert_eq!(mfi_core::classify(text).origin(), Origin::Postfix);
}
