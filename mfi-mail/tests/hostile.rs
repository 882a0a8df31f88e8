//! Hostile and broken messages give a report (or `not_a_report`), never a panic, a stack
//! overflow or unbounded memory. (That the work stays linear is counted in instructions by
//! `benches/tests/linear_work.rs`.)

use mfi_core::ReportKind;
use mfi_mail::{read_message, ReadOptions, Report, MAX_RECIPIENTS, MAX_REPORT_VALUE};

fn read(bytes: &[u8]) -> Report {
    read_message(bytes, &ReadOptions::default())
}

const HEAD: &str =
    "From: MAILER-DAEMON@mx.example.net\r\nSubject: Undelivered Mail Returned to Sender\r\n";

#[test]
fn ten_thousand_nested_multiparts() {
    let mut m = String::from(HEAD);
    for i in 0..10_000 {
        m.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    m.push_str("Content-Type: text/plain\r\n\r\n<a@example.org>: 550 5.1.1 User unknown\r\n");
    let r = read(m.as_bytes());
    assert!(r.recipients.len() <= 1);
}

/// A forwarded message that is itself a forwarded message, inside a multipart (found by
/// the `arrow` fuzz target): mail-parser 0.11 trips a `debug_assert!` there, so a test build
/// (debug assertions on) reads it through the reader's guard, a release build reads on.
/// Either way: a report, no panic.
#[test]
fn a_message_part_holding_a_message_part() {
    let m = format!(
        "{HEAD}Content-Type: multipart/mixed; boundary=B\n\n--B\n\
         Content-Type: message/rfc822\n\nContent-Type: message/rfc822\n\n\
         From: a@example.org\n\nbody\n--B--\n"
    );
    let r = read(m.as_bytes());
    assert!(r.recipients.is_empty(), "{:?}", r.recipients);
}

#[test]
fn ten_thousand_nested_messages() {
    let mut m = String::from(HEAD);
    for _ in 0..10_000 {
        m.push_str("Content-Type: message/rfc822\r\n\r\n");
    }
    m.push_str("Subject: inner\r\n\r\nhello\r\n");
    let _ = read(m.as_bytes());
}

#[test]
fn a_hundred_megabyte_message_is_read_up_to_the_limit() {
    let mut m = HEAD.as_bytes().to_vec();
    m.extend_from_slice(b"\r\n<a@example.org>: 550 5.1.1 User unknown\r\n");
    m.resize(100 << 20, b'x');
    let r = read(&m);
    assert_eq!(r.recipients.len(), 1);
    let small = read_message(&m, &ReadOptions::default().max_message_len(4096));
    assert_eq!(small.recipients[0].recipient, "a@example.org");
}

#[test]
fn endless_headers() {
    let mut m = String::from(HEAD);
    for i in 0..200_000 {
        m.push_str(&format!("X-Header-{i}: value {i}\r\n"));
    }
    let r = read(m.as_bytes());
    assert!(r.recipients.is_empty());
}

#[test]
fn one_endless_folded_header() {
    let mut m = String::from("Subject: x");
    for _ in 0..500_000 {
        m.push_str("\r\n folded");
    }
    m.push_str("\r\n\r\nbody\r\n");
    let _ = read(m.as_bytes());
}

#[test]
fn broken_base64_and_quoted_printable() {
    let m = format!(
        "{HEAD}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n\
         --z\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n\
         PGFAZXhhbXBsZS5vcmc+OiA1NTAgNS4xLjEgVXNlciB1bmtub3du!!!***===\r\n\
         --z\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
         =ZZ=4=\r\n=\r\n--z\r\nContent-Type: message/delivery-status\r\n\
         Content-Transfer-Encoding: base64\r\n\r\n%%%%\r\n--z--\r\n"
    );
    let _ = read(m.as_bytes());
}

#[test]
fn boundaries_that_never_close() {
    let mut m = String::from(HEAD);
    m.push_str("Content-Type: multipart/report; boundary=\"open\"\r\n\r\n");
    for _ in 0..1000 {
        m.push_str("--open\r\nContent-Type: multipart/mixed; boundary=\"open\"\r\n\r\n");
    }
    m.push_str(
        "--open\r\nContent-Type: text/plain\r\n\r\n<a@example.org>: 550 5.1.1 User unknown\r\n",
    );
    let _ = read(m.as_bytes());
}

#[test]
fn nuls_invalid_utf8_and_arbitrary_bytes() {
    let mut m = HEAD.as_bytes().to_vec();
    m.extend_from_slice(b"\r\n<a@example.org>:\x00\xff\xfe 550 5.1.1 \xc3\x28 User unknown\r\n");
    let r = read(&m);
    assert_eq!(r.recipients[0].recipient, "a@example.org");
    let noise: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let _ = read(&noise);
}

#[test]
fn empty_and_tiny_inputs() {
    for m in [
        &b""[..],
        b"\r\n",
        b"From ",
        b"From x",
        b":",
        b"\r",
        b"\n\n\n",
        b"--",
        b"{",
    ] {
        let r = read(m);
        assert_eq!(r.kind, ReportKind::NotAReport, "{m:?}");
    }
}

#[test]
fn many_recipients_are_capped() {
    let mut m = format!("{HEAD}\r\n");
    for i in 0..(MAX_RECIPIENTS + 500) {
        m.push_str(&format!(
            "<user{i}@example.org>: 550 5.1.1 User unknown\r\n"
        ));
    }
    let r = read(m.as_bytes());
    assert_eq!(r.recipients.len(), MAX_RECIPIENTS);
    let mut dsn = format!(
        "{HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=q\r\n\r\n\
         --q\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
    );
    for i in 0..(MAX_RECIPIENTS + 500) {
        dsn.push_str(&format!(
            "Final-Recipient: rfc822; u{i}@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        ));
    }
    let r = read(dsn.as_bytes());
    assert_eq!(r.recipients.len(), MAX_RECIPIENTS);
}

/// What a report gives once and each recipient row repeats is kept short: a megabyte
/// `Subject` (or `To`, `Message-ID`, `Reporting-MTA`) would be a megabyte in each of a
/// thousand rows. Values of ordinary length are kept whole.
#[test]
fn values_every_recipient_repeats_are_cut() {
    let long = "Ünterwegs ".repeat(100_000);
    let to: Vec<String> = (0..50_000)
        .map(|i| format!("user{i}@example.org"))
        .collect();
    let to = to.join(", ");
    let m = format!(
        "{HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=q\r\n\r\n\
         --q\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx{long}\r\n\r\n\
         Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n\
         Final-Recipient: rfc822; b@example.org\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n\
         --q\r\nContent-Type: text/rfc822-headers\r\n\r\n\
         Message-ID: <id{long}@example.com>\r\nFrom: sender@example.com\r\nTo: {to}\r\n\
         Subject: {long}\r\n\r\n--q--\r\n"
    );
    let r = read(m.as_bytes());
    assert_eq!(r.recipients.len(), 2);
    let o = &r.original;
    for v in [&r.reporting_mta, &o.message_id, &o.subject, &o.to] {
        let v = v.as_deref().expect("read");
        assert!(
            v.len() <= MAX_REPORT_VALUE && v.len() > MAX_REPORT_VALUE - 40,
            "{}",
            v.len()
        );
    }
    assert!(o
        .subject
        .as_deref()
        .unwrap()
        .starts_with("Ünterwegs Ünterwegs"));
    // `To` keeps whole addresses.
    let kept = o.to.as_deref().unwrap();
    assert!(
        kept.ends_with("@example.org"),
        "{}",
        &kept[kept.len() - 20..]
    );
    assert!(to.starts_with(kept));
    assert_eq!(o.from.as_deref(), Some("sender@example.com"));

    // An address that ends at the limit is kept whole.
    let at_limit = format!("{}@example.org", "x".repeat(MAX_REPORT_VALUE - 12));
    let r = read(
        m.replace(&to, &format!("{at_limit}, y@example.org"))
            .as_bytes(),
    );
    assert_eq!(r.original.to.as_deref(), Some(at_limit.as_str()));

    // Ordinary values are whole.
    let short = m
        .replace(&long, "Undelivered")
        .replace(&to, "x@example.org, y@example.org");
    let r = read(short.as_bytes());
    assert_eq!(r.original.subject.as_deref(), Some("Undelivered"));
    assert_eq!(
        r.original.to.as_deref(),
        Some("x@example.org, y@example.org")
    );
    assert_eq!(r.reporting_mta.as_deref(), Some("mxUndelivered"));
}

#[test]
fn a_status_part_of_endless_unknown_fields() {
    let mut m = format!(
        "{HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary=q\r\n\r\n\
         --q\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\n"
    );
    for i in 0..100_000 {
        m.push_str(&format!("X-Field-{i}: {i}\r\n"));
    }
    let r = read(m.as_bytes());
    assert_eq!(r.recipients.len(), 1);
}

#[test]
fn ses_json_that_is_not_json() {
    let m = format!("{HEAD}\r\n{{\"notificationType\":\"Bounce\",\"bounce\":{{\"bouncedRecipients\":[{{\"emailAddress\":");
    let _ = read(m.as_bytes());
    let deep = format!("{HEAD}\r\n{{\"notificationType\":{}", "[".repeat(100_000));
    let _ = read(deep.as_bytes());
}

#[test]
fn mime_so_broken_that_no_part_has_text_reads_the_raw_body() {
    // The boundary parameter on a line of its own: the parser sees no parts.
    let m = "From: post_master@gw.example.net\r\nSubject: Re: hello\r\n\
             Content-Type: multipart/mixed;\r\nboundary=\"x\"\r\n\r\n--x\r\n\
             Content-Type: text/plain\r\n\r\nError: Invalid user address\r\n\r\n\
             Error message below:\r\n550 - Requested action not taken: no such user here\r\n\r\n\
             Message details:\r\n  RCPT TO: a@example.org\r\n--x--\r\n";
    let r = read(m.as_bytes());
    assert_eq!(r.kind, ReportKind::Bounce);
    assert_eq!(r.recipients[0].recipient, "a@example.org");
    let d = r.recipients[0].diagnosis.as_diagnosis();
    assert_eq!(d.reply_code().map(|c| c.get()), Some(550));
}

#[test]
fn a_forwarded_bounce_is_read_through_its_quotation() {
    let m = "From: someone@example.org\r\nSubject: Fwd: Returned mail\r\n\r\nForward the message.\r\n\r\n\
             > From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\r\n\
             > Subject: Returned mail: see transcript for details\r\n>\r\n\
             >    ----- The following addresses had permanent fatal errors -----\r\n\
             > <b@example.com>\r\n>     (reason: 550 5.1.1 <b@example.com>... User unknown)\r\n";
    let r = read(m.as_bytes());
    assert_eq!(r.recipients.len(), 1);
    assert_eq!(r.recipients[0].recipient, "b@example.com");
    assert_eq!(
        r.recipients[0].status.map(|s| s.to_string()).as_deref(),
        Some("5.1.1")
    );
}
