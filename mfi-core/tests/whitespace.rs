//! A text folded or padded with runs of blanks and line breaks between its words (a DSN's
//! Diagnostic-Code as Python's `email` unfolds it, an NDR pasted from a mail program, a
//! padded column) is classified as the same text written with single spaces, and what the
//! diagnosis quotes stays the caller's text.

use mfi_core::{classify, AttrKey};
use mfi_testdata::{assert_all_pass, Table};

/// The texts of the golden tables (qmail's encoded lines aside: their spaces are `_`).
fn texts() -> Vec<String> {
    ["cases", "mta-wordings", "reasons", "real-world"]
        .iter()
        .flat_map(|t| {
            Table::load(t)
                .rows()
                .iter()
                .map(|r| r.get("text").to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|t| !t.contains("_said:") && !t.contains("did_") && !t.contains("  "))
        .collect()
}

/// `text` with every space before a word replaced by `fold`.
fn folded(text: &str, fold: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() * 2);
    for (i, c) in text.char_indices() {
        if c == ' '
            && b.get(i + 1)
                .is_some_and(|n| n.is_ascii_alphabetic() || *n == b'(')
        {
            out.push_str(fold);
        } else {
            out.push(c);
        }
    }
    out
}

fn fields(d: &mfi_core::Diagnosis<'_>) -> String {
    format!(
        "{:?} {:?} {:?} {:?} {:?} {:?} {:?}",
        d.reply_code(),
        d.enhanced_status(),
        d.mfi_code(),
        d.severity(),
        d.reason(),
        d.expired(),
        d.origin()
    )
}

#[test]
fn folded_and_padded_texts_read_as_written() {
    let texts = texts();
    assert!(texts.len() > 500, "{} texts", texts.len());
    let mut failures = Vec::new();
    for text in &texts {
        let want = fields(&classify(text));
        for fold in ["\n    ", "\r\n\t  ", "   "] {
            let variant = folded(text, fold);
            if variant == *text {
                continue;
            }
            let d = classify(&variant);
            let got = fields(&d);
            if got != want {
                failures.push(format!("{fold:?}: got {got}, want {want}\n    {text}"));
            }
            // What the diagnosis quotes is the caller's text, cut where the words are.
            assert_eq!(d.text(), variant.trim_end_matches(['\n', '\r']));
            for r in d.chain() {
                assert!(variant.contains(r.text), "{:?} not in {variant:?}", r.text);
            }
            for key in [AttrKey::Server, AttrKey::ServerIp, AttrKey::Message] {
                if let Some(v) = d.attribute(key) {
                    assert!(variant.contains(v), "{key:?} {v:?} not in {variant:?}");
                }
            }
        }
    }
    assert_all_pass("folded texts", &failures, texts.len() * 3);
}

#[test]
fn a_run_of_blanks_joins_the_words_it_parts() {
    let one = classify("host mx.example.net[192.0.2.1] said: 550-5.1.1 The email account that you tried to reach does not exist.");
    let folded = classify("host mx.example.net[192.0.2.1] said: 550-5.1.1 The email account that\n    you tried to reach does\n    not exist.");
    assert_eq!(fields(&one), fields(&folded));
    assert_eq!(folded.reason().name(), "userunknown");
    let padded = classify("connect to mx.example.net[192.0.2.1]:25: Connection   timed out");
    assert_eq!(padded.mfi_code().map(|c| c.name()), Some("4.4.315"));
    // (A run before a digit parts nothing: syslog's `Mar  4` is read as it is.)
    let syslog = classify("Mar  4 10:21:07 mx1 postfix/smtp[23817]: 5F2C91A0B4: to=<a@example.net>, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection refused)");
    assert_eq!(syslog.mfi_code().map(|c| c.name()), Some("4.4.316"));
}

#[test]
fn a_long_loose_text_is_read_as_it_is() {
    // (Longer than the collapsed reading's buffer: read once, as it is, without recursion.)
    let text = "connect to mx.example.net[192.0.2.1]:25: Connection  timed out ".repeat(200);
    assert!(text.len() > 8192);
    let d = classify(&text);
    assert!(d.text() == text, "the text is kept whole");
    // Its runs of blanks, many as they are, take no place from the signals it holds.
    let long = format!(
        "connect to mx.example.net[192.0.2.1]:25: Connection timed out. {}{}",
        "  word".repeat(40),
        "x".repeat(4100)
    );
    assert_eq!(
        classify(&long).mfi_code().map(|c| c.name()),
        Some("4.4.315")
    );
    let escaped = format!(
        r#"{{"err":"connect to mx.example.net: Connection timed out{}\n421 closing"}}"#,
        r"\nstep".repeat(40)
    );
    assert_eq!(
        classify(&escaped).mfi_code().map(|c| c.name()),
        Some("4.4.315")
    );
}

#[test]
fn a_tab_before_a_reply_code_stays_where_it_is() {
    // (A lone code may stand after a tab, not after a word and a space: the collapsed
    // reading keeps the tab before a digit.)
    let d = classify("bounced\t550\tmailbox unavailable,  see policy");
    assert_eq!(d.reply_code().map(|c| c.get()), Some(550));
}

#[test]
fn a_line_wrapped_before_a_word_of_its_sentence_goes_on() {
    // A pasted notice wrapped at its width (Postfix's bounce text): the words a line break
    // parts before a lower-case letter, a `-` or a `(` are one wording.
    let d = classify(
        "<j@example.net>: host mta7.example.net[192.0.2.94] said: 421\n4.7.0 [TSS04] Messages \
         from 192.0.2.214 temporarily deferred due to\nunexpected volume or user complaints - \
         4.16.55.1; see\nhttps://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)",
    );
    assert_eq!(d.reason().name(), "badreputation");
    assert_eq!(
        d.enhanced_status().map(|s| s.to_string()),
        Some("4.7.0".into())
    );
    let d = classify(
        "550 5.7.515 Access denied, sending domain [example.org] doesn't meet the\nrequired \
         authentication level.",
    );
    assert_eq!(d.reason().name(), "authfailure");
    // (A reply's code at the end of a line after `said:`: the text goes on below.)
    let d = classify(
        "a@example.com: host mx3.example.com[192.0.2.110] said: 550\nRequested action not taken: \
         mailbox unavailable (in reply to RCPT TO\ncommand)",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(550));
    assert_eq!(
        (d.severity().name(), d.reason().name()),
        ("permanent", "userunknown")
    );
    assert!(d
        .chain()
        .next()
        .unwrap()
        .text
        .starts_with("Requested action"));
    // Exim's log writes a multi-line reply's line ends as escapes: read unescaped and
    // joined, the words its lines split are whole.
    let d = classify(
        "2018-11-10 12:19:06 1gKmyS-0007A2-F0 == bo@example.net R=lookuphost T=remote_smtp \
         defer (-46) H=mx.example.net [192.0.2.27]:25: SMTP error from remote mail server after \
         end of data: 421-4.7.0 [192.0.2.80 15] Our system has detected an unusual rate of\\n421-4.7.0 \
         unsolicited mail originating from your IP address. To protect our\\n421-4.7.0 users \
         from spam, mail sent from your IP address has been temporarily\\n421 4.7.0 rate \
         limited. - gsmtp",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(421));
    assert_eq!(
        (d.severity().name(), d.reason().name()),
        ("transient", "blocked")
    );
    // A session typed into telnet: the server's reply opens the line after a command, the
    // client's lower-case commands are no wrapped sentence.
    let d = classify(
        "MAIL FROM:<a@example.org>\n250 OK\nRCPT TO:<b@example.net>\n550 relay not permitted",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(550));
    assert_eq!(d.severity().name(), "permanent");
    let d = classify(
        "220 mail.example.net ESMTP ready\nehlo x\n250-HELP\n250 8BITMIME\nstarttls\n554 TLS \
         not supported here\nquit\n221 Goodbye...\nConnection closed by foreign host.",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(554));
    assert_eq!(d.severity().name(), "permanent");
    // (Closed after the server's goodbye: as asked, no dropped connection.)
    let d = classify(
        "220 mail.example.net ESMTP\nquit\n221 Closing Connection\nConnection closed by foreign \
         host.",
    );
    assert_eq!(d.mfi_code(), None);
    let d = classify("Connection closed by foreign host.");
    assert_eq!(d.mfi_code().map(|c| c.name()), Some("4.4.318"));
    // (Exim's stage before the reply's line.)
    let d = classify("SMTP error from remote mail server after end of data:\n550 Action not taken");
    assert_eq!(d.reply_code().map(|c| c.get()), Some(550));
    // (The bare code at a line's end after curl's failed command, an R traceback below.)
    let d = classify(
        "Warning: Error in curl_fetch_memory: RCPT failed: 553\n  80: h\n  79: .handleSimpleError",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(553));
    assert_eq!(d.severity().name(), "permanent");
    // Before anything else a line break starts a line, which keeps what lines say: curl's
    // transcript marks the server's reply with `< ` at a line's start.
    let d = classify(
        "> AUTH PLAIN\n< 535 Login Fail. Please enter your authorization code to login.\n  0     \
         0    0     0\n* Closing connection 0\ncurl: (67) Login denied",
    );
    assert_eq!(d.reply_code().map(|c| c.get()), Some(535));
    assert_eq!(d.severity().name(), "permanent");
}

#[test]
fn a_queue_listing_with_its_head_is_an_entry_waiting_in_the_queue() {
    // `postqueue -p` and `sendmail -bp` as printed: the head, the entry, its reason on a
    // line of its own (the message is queued for its next attempt), the recipient.
    let postfix = "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\n\
                   3F4A1A0B2C      2381 Tue Mar 12 09:41:07  alerts@app.example.com\n\
                   (connect to mx.example.com[203.0.113.25]:25: Connection timed out)\n\
                   \x20                                        ops@example.com\n\n\
                   -- 2 Kbytes in 1 Request.";
    let sendmail = "/var/spool/mqueue (1 request)\n\
                    -----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------\n\
                    u8KDh1Ws019220      873 Tue Sep 20 13:43 <apache@web.example.com>\n\
                    \x20                (Deferred: Connection refused by mx.example.net.)\n\
                    \x20                                      <bo@example.net>";
    for (text, origin) in [(postfix, "postfix"), (sendmail, "sendmail")] {
        let d = classify(text);
        assert_eq!(d.severity().name(), "transient", "{text}");
        assert_eq!(d.origin().name(), origin, "{text}");
    }
    // A head alone, or a head before something else, is no entry.
    let d = classify(
        "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------\nConnection timed out",
    );
    assert_eq!(d.severity().name(), "unknown");
}
