//! The bounce fixtures of `testdata/messages`: every family of shapes the reader knows, read
//! into the recipients, statuses and reasons that `testdata/messages/expected.tsv` lists.

use mfi_core::{Action, ReportKind, Severity, Timestamp};
use mfi_mail::{read_message, Mailbox, ReadOptions, Report};
use mfi_testdata::Table;

fn messages() -> std::path::PathBuf {
    mfi_testdata::dir().join("messages")
}

/// Every message of the fixtures, with its source name (`file` or `file#N`).
fn reports() -> Vec<(String, Report)> {
    let mut paths: Vec<_> = std::fs::read_dir(messages())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "eml" || x == "mbox"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for item in Mailbox::new(&paths, 1 << 20) {
        let (source, bytes) = item.unwrap();
        let name = source.to_string();
        let name = name.rsplit('/').next().unwrap().to_owned();
        out.push((name, read_message(&bytes, &ReadOptions::default())));
    }
    out
}

#[test]
fn every_fixture_reads_as_expected() {
    let table = Table::from_path(&messages().join("expected.tsv"));
    let reports = reports();
    let mut checked = 0;
    for (name, report) in &reports {
        let rows: Vec<_> = table
            .rows()
            .iter()
            .filter(|r| r.get("file") == name)
            .collect();
        assert!(!rows.is_empty(), "{name}: no row in expected.tsv");
        assert_eq!(report.kind.name(), rows[0].get("kind"), "{name}: kind");
        let listed: Vec<_> = rows.iter().filter_map(|r| r.opt("recipient")).collect();
        let found: Vec<_> = report
            .recipients
            .iter()
            .map(|r| r.recipient.as_str())
            .collect();
        assert_eq!(found, listed, "{name}: recipients");
        for (rec, row) in report.recipients.iter().zip(&rows) {
            let d = rec.diagnosis.as_diagnosis();
            let at = format!("{name} {}", rec.recipient);
            assert_eq!(
                rec.action.map(|a| a.name()),
                row.opt("action"),
                "{at}: action"
            );
            assert_eq!(
                rec.status.map(|s| s.to_string()).as_deref(),
                row.opt("status"),
                "{at}: status"
            );
            assert_eq!(d.reason().name(), row.get("reason"), "{at}: reason");
            assert_eq!(
                d.mfi_code().map(|c| c.name()),
                row.opt("mfi_code"),
                "{at}: MFI code"
            );
            assert_eq!(
                rec.hardbounce.to_string(),
                row.get("hardbounce"),
                "{at}: hardbounce"
            );
            checked += 1;
        }
    }
    let files: std::collections::HashSet<_> = table.rows().iter().map(|r| r.get("file")).collect();
    assert_eq!(files.len(), reports.len(), "every row's file is a fixture");
    assert!(checked >= 20, "{checked} recipients checked");
}

fn fixture(name: &str) -> Report {
    let bytes = std::fs::read(messages().join(name)).unwrap();
    read_message(&bytes, &ReadOptions::default())
}

#[test]
fn the_returned_original_gives_its_fields_and_is_not_evidence() {
    let r = fixture("postfix-userunknown.eml");
    assert_eq!(
        r.original.message_id.as_deref(),
        Some("q1-figures@example.net")
    );
    assert_eq!(r.original.from.as_deref(), Some("ana@example.net"));
    assert_eq!(r.original.subject.as_deref(), Some("Quarterly figures"));
    assert_eq!(r.reporting_mta.as_deref(), Some("mx1.example.net"));
    assert_eq!(
        r.arrival_date,
        Some("2025-03-03T00:14:01Z".parse::<Timestamp>().unwrap())
    );
    let rec = &r.recipients[0];
    assert_eq!(rec.original_recipient.as_deref(), Some("bo@example.org"));
    assert_eq!(rec.remote_mta.as_deref(), Some("mx.example.org"));
    // The original's headers (a Received line naming the client) are not in the text.
    let text = rec.diagnosis.as_diagnosis().text().to_owned();
    assert!(!text.contains("ESMTPSA"), "{text}");
    assert!(
        text.contains("RCPT TO"),
        "the human part's SMTP command is read: {text}"
    );
}

#[test]
fn a_failed_action_with_a_temporary_status_is_an_expiry() {
    let r = fixture("postfix-expired.eml");
    let d = r.recipients[0].diagnosis.as_diagnosis();
    assert_eq!(r.recipients[0].action, Some(Action::Failed));
    assert!(d.expired());
    assert_eq!(d.severity(), Severity::Permanent);
}

/// A Postfix report of one failed recipient with the class's `Status: 5.0.0` and the
/// server's reply as its Diagnostic-Code.
fn failed_with_status_500(reply: &str) -> Vec<u8> {
    format!(
        "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\
Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.net\r\n\r\n\
Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.0.0\r\n\
Diagnostic-Code: smtp; {reply}\r\n--b--\r\n"
    )
    .into_bytes()
}

#[test]
fn a_temporary_status_inside_a_permanent_reply_is_no_expiry() {
    // (The server's `552 4.2.2`: Postfix returned it at once, `Status: 5.0.0`.)
    let msg = failed_with_status_500("552 4.2.2 User has full mailbox.");
    let r = read_message(&msg, &ReadOptions::default());
    let d = r.recipients[0].diagnosis.as_diagnosis();
    assert!(!d.expired());
    assert_eq!(d.severity(), Severity::Permanent);
    assert_eq!(d.reason().name(), "mailboxfull");
}

#[test]
fn the_status_parts_own_fields_weigh_with_the_text_for_the_writer() {
    // (ZoneMTA's notice opens with Gmail's sentence; its status part names its queue.)
    let msg = b"From: Mail Delivery Subsystem <mailer-daemon@mta1.example.org>\r\n\
Subject: Delivery Status Notification (Failure)\r\n\
Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n\
Content-Type: text/plain\r\n\r\nDelivery to the following recipient failed permanently:\r\n\
    bo@example.net\r\n\r\nTechnical details of permanent failure:\r\n\r\n\
550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown\r\n--b\r\n\
Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mta1.example.org\r\n\
X-ZoneMTA-Queue-ID: 183c05a3c6f0002819\r\n\r\nFinal-Recipient: rfc822; bo@example.net\r\n\
Action: failed\r\nStatus: 5.0.0\r\n\
Diagnostic-Code: smtp; 550 5.1.1 <bo@example.net>: Recipient address rejected: User unknown\r\n\
--b--\r\n";
    let r = read_message(msg, &ReadOptions::default());
    let d = r.recipients[0].diagnosis.as_diagnosis();
    assert_eq!(d.origin(), mfi_core::Origin::Unknown);
    assert_eq!(d.reason().name(), "userunknown");
}

#[test]
fn a_delay_notice_is_transient_and_gives_the_queue_its_expiry() {
    let opts = ReadOptions::default().profile(mfi_core::QueueProfile::Postfix);
    let bytes = std::fs::read(messages().join("postfix-delayed.eml")).unwrap();
    let r = read_message(&bytes, &opts);
    assert_eq!(r.kind, ReportKind::Delay);
    let rec = &r.recipients[0];
    let until: Timestamp = "2025-02-11T06:00:00Z".parse().unwrap();
    assert_eq!(rec.will_retry_until, Some(until));
    let d = rec.diagnosis.as_diagnosis();
    assert_eq!(d.severity(), Severity::Transient);
    assert!(!d.expired());
    let q = d.queue().expect("a queue outcome");
    assert_eq!(
        q.expires_at, until,
        "Will-Retry-Until is the queue's expiry"
    );
}

#[test]
fn the_diagnostic_code_wins_over_the_status_field_and_both_are_kept() {
    let msg = failed_with_status_500("550 5.2.2 mailbox full");
    let r = read_message(&msg, &ReadOptions::default());
    let rec = &r.recipients[0];
    assert_eq!(rec.status.unwrap().to_string(), "5.2.2");
    assert_eq!(rec.reported_status.unwrap().to_string(), "5.0.0");
}

#[test]
fn a_message_that_states_no_cause_gets_no_mfi_code() {
    for (name, report) in reports() {
        for rec in &report.recipients {
            let d = rec.diagnosis.as_diagnosis();
            if d.mfi_code().is_some() {
                assert!(
                    d.text().to_ascii_lowercase().contains("connect")
                        || d.text().contains("4.4.3")
                        || d.text().contains("5.4.3")
                        || d.text().to_ascii_lowercase().contains("unrouteable")
                        || d.text()
                            .to_ascii_lowercase()
                            .contains("domain does not exist")
                        || d.text()
                            .to_ascii_lowercase()
                            .contains("couldn't find any host")
                        || d.text().contains("(Name server: "),
                    "{name}: an MFI code without a connection or DNS failure in {:?}",
                    d.text()
                );
            }
        }
    }
}

#[test]
fn an_mbox_streams_its_messages_in_order_with_their_numbers() {
    let sources: Vec<String> = Mailbox::new([messages().join("two-bounces.mbox")], 1 << 20)
        .map(|i| i.unwrap().0.to_string())
        .collect();
    assert_eq!(sources.len(), 2);
    assert!(sources[0].ends_with("two-bounces.mbox#1") && sources[1].ends_with("#2"));
}

#[test]
fn a_maildir_is_read_recursively_in_name_order() {
    let dir = std::env::temp_dir().join(format!("mfi-maildir-{}", std::process::id()));
    for sub in ["cur", "new", "tmp"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    let a = std::fs::read(messages().join("qmail-mailboxfull.eml")).unwrap();
    let b = std::fs::read(messages().join("domino.eml")).unwrap();
    std::fs::write(dir.join("cur/1740000000.1.host:2,S"), &a).unwrap();
    std::fs::write(dir.join("new/1740000001.2.host"), &b).unwrap();
    let got: Vec<(String, String)> = Mailbox::new([&dir], 1 << 20)
        .map(|i| {
            let (s, bytes) = i.unwrap();
            let r = read_message(&bytes, &ReadOptions::default());
            (s.to_string(), r.recipients[0].recipient.clone())
        })
        .collect();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(got.len(), 2);
    assert!(got[0].0.contains("cur") && got[0].1 == "ned@adatum.example");
    assert!(got[1].0.contains("new") && got[1].1 == "mia@notes.example.com");
}

#[test]
fn an_unreadable_path_is_an_error_naming_it() {
    let mut m = Mailbox::new(["/nonexistent/mfi/box"], 1 << 20);
    let e = m.next().unwrap().unwrap_err();
    assert!(e.to_string().contains("/nonexistent/mfi/box"), "{e}");
}

#[test]
fn the_json_form_lists_every_field_in_order() {
    let r = fixture("postfix-userunknown.eml");
    let json = r.to_json();
    let order = |keys: &[&str], from: usize| {
        let mut at = from;
        for k in keys {
            let p = json[at..]
                .find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("{k} after {at} in {json}"));
            at += p;
        }
    };
    order(mfi_mail::REPORT_FIELDS, 0);
    let original = json.find("\"original\":").unwrap();
    order(mfi_mail::ORIGINAL_FIELDS, original);
    let rec = json.find("\"recipients\":").unwrap();
    order(mfi_mail::RECIPIENT_FIELDS, rec);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v.as_object().unwrap().len(), mfi_mail::REPORT_FIELDS.len());
    assert_eq!(
        v["original"].as_object().unwrap().len(),
        mfi_mail::ORIGINAL_FIELDS.len()
    );
    let recipient = v["recipients"][0].as_object().unwrap();
    assert_eq!(recipient.len(), mfi_mail::RECIPIENT_FIELDS.len());
    assert_eq!(v["recipients"][0]["diagnosis"]["reason"], "userunknown");
}

#[test]
fn line_ends_do_not_change_a_report() {
    let dir = messages();
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|x| x != "eml") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let lf: Vec<u8> = bytes
            .windows(2)
            .filter(|w| w != b"\r\n")
            .map(|w| if w[0] == b'\r' { b'\n' } else { w[0] })
            .chain(bytes.last().copied().filter(|&b| b != b'\r'))
            .collect();
        let crlf: Vec<u8> = lf
            .iter()
            .flat_map(|&b| {
                if b == b'\n' {
                    vec![b'\r', b'\n']
                } else {
                    vec![b]
                }
            })
            .collect();
        let cr: Vec<u8> = lf
            .iter()
            .map(|&b| if b == b'\n' { b'\r' } else { b })
            .collect();
        let opts = ReadOptions::default();
        let want = read_message(&lf, &opts);
        for (form, other) in [("CRLF", &crlf), ("CR", &cr)] {
            let got = read_message(other, &opts);
            let names = |r: &Report| -> Vec<(String, Option<String>, String)> {
                r.recipients
                    .iter()
                    .map(|x| {
                        let d = x.diagnosis.as_diagnosis();
                        (
                            x.recipient.clone(),
                            x.status.map(|s| s.to_string()),
                            d.reason().name().to_owned(),
                        )
                    })
                    .collect()
            };
            assert_eq!(
                names(&got),
                names(&want),
                "{} with {form} line ends",
                path.display()
            );
            assert_eq!(got.kind, want.kind, "{} with {form}", path.display());
        }
        n += 1;
    }
    assert!(n >= 20);
}

#[test]
fn automatic_replies_are_known_by_their_subject_in_several_languages() {
    for subject in [
        "[Automatyczna odpowiedź] Re: Zamówienie",
        "Automatische Antwort: Angebot",
        "Réponse automatique : Devis",
        "Автоответ: Заказ",
        "自動返信: ご注文",
    ] {
        let message = format!(
            "From: Ana <ana@example.net>\nTo: bo@example.com\nSubject: {subject}\n\
             Precedence: junk\nContent-Type: text/plain; charset=utf-8\n\n\
             I am away until Monday.\n"
        );
        let r = read_message(message.as_bytes(), &ReadOptions::default());
        assert_eq!(r.kind, ReportKind::AutoReply, "{subject}");
        assert_eq!(r.recipients[0].recipient, "ana@example.net", "{subject}");
    }
}

/// Delay words count for a recipient where the report says nothing else; a failure notice
/// that quotes a reply with such words (Yahoo's `421 4.7.0 [TSS04] ... temporarily
/// deferred`) still reports a failure; words of the notice itself after the recipient
/// (`Delivery attempts will continue`) make it a delay.
#[test]
fn delay_words_in_a_quoted_reply_do_not_make_a_failure_a_delay() {
    let read = |intro: &str, block: &str| {
        let message = format!(
            "From: MAILER-DAEMON@mx.example.com\nTo: ana@example.com\nSubject: failure notice\n\
             Content-Type: text/plain\n\n{intro}\n\n<bo@example.net>:\n{block}\n"
        );
        read_message(message.as_bytes(), &ReadOptions::default())
    };
    let quoted = read(
        "Your message could not be delivered to the following addresses.",
        "Remote host said: 421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to user complaints",
    );
    assert_eq!(quoted.recipients[0].action, Some(Action::Failed));
    let notice = read(
        "Your message could not be delivered to the following recipients:",
        "Delivery attempts will continue to be made for 5 day(s).",
    );
    assert_eq!(notice.recipients[0].action, Some(Action::Delayed));
    // The notice's own words after a quoted reply, on a line of their own; a count of
    // seconds is no reply.
    let both = read(
        "Your message could not be delivered to the following recipients:",
        "Remote host said: 421 4.7.0 [TSS04] Messages temporarily deferred\nDelivery attempts will continue to be made for 5 day(s).",
    );
    assert_eq!(both.recipients[0].action, Some(Action::Delayed));
    let count = read(
        "Your message could not be delivered to the following recipients:",
        "Connection to mx.example.net timed out after 300 seconds; delivery attempts will continue to be made for 5 day(s).",
    );
    assert_eq!(count.recipients[0].action, Some(Action::Delayed));
}

/// An address the notice asks the reader to write to is no recipient.
#[test]
fn a_contact_address_in_a_sentence_is_no_recipient() {
    let message = "From: MAILER-DAEMON@mx.example.com\nTo: ana@example.com\n\
        Subject: Undelivered Mail Returned to Sender\nContent-Type: text/plain\n\n\
        I'm sorry to have to inform you that your message could not be delivered.\n\n\
        <bo@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 No such user\n\n\
        If you have any questions about this delivery failure, please write to postmaster@example.com\n";
    let r = read_message(message.as_bytes(), &ReadOptions::default());
    let rcpts: Vec<_> = r.recipients.iter().map(|x| x.recipient.as_str()).collect();
    assert_eq!(rcpts, ["bo@example.net"]);
}

/// Gmail's delay notice names its recipient in a sentence, not on a line of its own.
#[test]
fn gmail_names_a_delayed_recipient_in_a_sentence() {
    let message = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\n\
        To: ana@example.com\nSubject: Delivery Status Notification (Delay)\n\
        Content-Type: text/plain; charset=utf-8\n\n** Message delayed **\n\n\
        There was a temporary problem delivering your message to bo@example.net. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\n\
        The response was:\n\nThe recipient server did not accept our requests to connect.\n";
    let r = read_message(message.as_bytes(), &ReadOptions::default());
    assert_eq!(r.kind, ReportKind::Delay);
    assert_eq!(r.recipients.len(), 1, "{:?}", r.recipients);
    assert_eq!(r.recipients[0].recipient, "bo@example.net");
    assert_eq!(r.recipients[0].action, Some(Action::Delayed));
}

/// A notice sent as HTML alone and laid out as a table (QQ Mail's): each row is read as a
/// line of its own, so the row that names the recipient is found.
#[test]
fn an_html_table_notice_names_its_recipient_on_its_row() {
    let message = "From: \"PostMaster\" <PostMaster@qq.com>\nTo: ana@qq.com\n\
        Subject: =?utf-8?b?W1FtYWlsXSDmnaXoh6pxcS5jb23nmoTpgIDkv6E=?=\nMIME-Version: 1.0\n\
        Content-Type: multipart/report; boundary=\"B\"\n\n--B\n\
        Content-Type: text/html; charset=\"utf-8\"\n\n\
        <html><body><p>很抱歉您发送的邮件被退回，以下是该邮件的相关信息：</p>\n\
        <table><tr><td>被退回邮件</td><td>主 题：报价单 <br/>时 间：2025-03-04 14:31:25 </td></tr></table>\n\
        <table><tr><td colspan=\"2\">无法发送到 bo@example.net</td></tr>\n\
        <tr><td>退信原因</td><td> 收件人邮件地址（bo@example.net）不存在，邮件无法送达。 </td></tr></table>\n\
        </body></html>\n--B--\n";
    let r = read_message(message.as_bytes(), &ReadOptions::default());
    assert_eq!(r.kind, ReportKind::Bounce);
    let rcpts: Vec<_> = r.recipients.iter().map(|x| x.recipient.as_str()).collect();
    assert_eq!(rcpts, ["bo@example.net"]);
    let d = r.recipients[0].diagnosis.as_diagnosis();
    assert_eq!(d.severity(), Severity::Permanent);
}
