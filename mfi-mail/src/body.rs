//! The human-readable part of a report: where the returned original begins, and which
//! recipient each piece of error text is about.

/// Lines that announce the returned original message (or its headers) inside a text part,
/// compared without ASCII case after trimming. Everything from such a line on is the
/// original, never evidence of the failure.
const ORIGINAL_MARKERS: &[&str] = &[
    "--- below this line is a copy of the message.",
    "original message headers:",
    "original message follows:",
    "original message follows.",
    "original message:",
    "-----original message-----",
    "content-type: message/rfc822",
    "content-type: text/rfc822-headers",
    "--- the header of the original message is following. ---",
    "the original message headers are included as attachment.",
    "------ this is a copy of the message's headers. ------",
    "original message follows.",
    "original mail as follows:",
    "below is a copy of the original message:",
    "included is a copy of the message header:",
    "the attachment contains the original mail headers",
];

/// Words that, in a separator line (one that starts with `-`, `=`, `_` or `*`), announce the
/// original.
const SEPARATOR_WORDS: &[&str] = &[
    "original",
    "copy of",
    "returned message",
    "header of",
    "headers follow",
    "undelivered message",
    "message header",
    "unsent message",
    "returned mail",
];

/// Whether `line` announces the returned original.
pub(crate) fn is_original_marker(line: &str) -> bool {
    let t = line.trim();
    if t.len() < 8 || t.len() > 120 {
        return false;
    }
    if ORIGINAL_MARKERS.iter().any(|m| t.eq_ignore_ascii_case(m)) {
        return true;
    }
    let separator =
        t.starts_with(['-', '=', '_', '*']) && t.trim_matches(['-', '=', '_', '*', ' ']).len() > 3;
    separator && {
        let lower = t.to_ascii_lowercase();
        SEPARATOR_WORDS.iter().any(|w| lower.contains(w))
    }
}

/// Header names that start the returned original's header block when it follows a blank
/// line with no marker before it.
const ORIGINAL_HEADERS: &[&str] = &["return-path:", "received: from ", "received: by "];

/// Splits a text into the report's own words and the returned original (the text from the
/// marker line on, without the marker), if any. Without a marker, a header block that starts
/// with `Return-Path:` or `Received:` after a blank line or a bare separator line (`-----`)
/// is the original.
pub(crate) fn split_original(text: &str) -> (&str, Option<&str>) {
    let mut pos = 0;
    let mut blank_before = false;
    for line in text.split_inclusive('\n') {
        if is_original_marker(line) {
            return (&text[..pos], Some(&text[pos + line.len()..]));
        }
        let starts_headers = || {
            let l = line.as_bytes();
            ORIGINAL_HEADERS
                .iter()
                .any(|h| l.len() >= h.len() && l[..h.len()].eq_ignore_ascii_case(h.as_bytes()))
        };
        if blank_before && pos > 0 && starts_headers() {
            return (&text[..pos], Some(&text[pos..]));
        }
        let t = line.trim();
        blank_before = t.is_empty()
            || (t.len() >= 8 && t.bytes().all(|b| matches!(b, b'-' | b'=' | b'_' | b'*')));
        pos += line.len();
    }
    (text, None)
}

/// An address found in a text: where it is and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub start: usize,
    pub end: usize,
    pub address: String,
}

fn local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b) || b >= 0x80
}

/// The punctuation of East Asian text (ideographic space, comma and full stop, brackets,
/// the katakana middle dot, the full-width forms of ASCII's punctuation) and the curly
/// quotes and ellipsis Chinese text uses: never part of an address. (Not the whole CJK
/// symbols block: `々`, `〆`, `〇` are letters of names, `佐々木@example.jp`.)
fn wide_punctuation(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{3003}' | '\u{3008}'..='\u{3011}' | '\u{3014}'..='\u{301F}'
        | '\u{3030}' | '\u{303D}' | '\u{30FB}' | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}' | '\u{FF3B}'..='\u{FF40}' | '\u{FF5B}'..='\u{FF65}'
        | '\u{2018}'..='\u{201F}' | '\u{2026}')
}

fn domain_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-' || b >= 0x80
}

/// The text without one level of quotation, when most of its lines are quoted (`> ...`, a
/// forwarded bounce); `None` when they are not.
pub(crate) fn unquote(text: &str) -> Option<String> {
    // (No line starts with `>`: nothing is quoted, and the lines need no pass.)
    if !text.starts_with('>') && memchr::memmem::find(text.as_bytes(), b"\n>").is_none() {
        return None;
    }
    let lines = text.lines().filter(|l| !l.trim().is_empty());
    let (mut total, mut quoted) = (0usize, 0usize);
    for l in lines {
        total += 1;
        // "> text", ">" alone, or a quoted transcript line (">>>> DATA"); not ">>> DATA".
        quoted += usize::from(l == ">" || l.starts_with("> ") || l.starts_with(">>>>"));
    }
    if total < 4 || quoted * 2 < total {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    for l in text.lines() {
        let l = l
            .strip_prefix("> ")
            .or_else(|| l.strip_prefix('>'))
            .unwrap_or(l);
        out.push_str(l);
        out.push('\n');
    }
    Some(out)
}

/// The e-mail addresses in `text`, in order (a simple scan: a local part, `@`, a domain
/// with a dot).
pub(crate) fn addresses(text: &str) -> Vec<Found> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(off) = memchr::memchr(b'@', &b[from..]) {
        let at = from + off;
        from = at + 1;
        let mut s = at;
        while s > 0 && local_char(b[s - 1]) && at - s < 64 {
            if b[s - 1] < 0x80 {
                s -= 1;
                continue;
            }
            // (A letter of another script may be part of an address, RFC 6531; a
            // full-width colon, comma or bracket is the sentence's: `主 题：a@example.com`,
            // `地址（a@example.com）`.)
            let mut c = s - 1;
            while c > 0 && s - c < 4 && !text.is_char_boundary(c) {
                c -= 1;
            }
            if text[c..s].chars().next().is_some_and(wide_punctuation) {
                break;
            }
            s = c;
        }
        // (A local part does not start with a dot, nor, in practice, with an apostrophe:
        // that is a quote around the address, `addressed to 'a@example.org',`. An X.400
        // name's SMTP attribute, `dda:SMTP=a@example.org`, labels the address.)
        while s < at && matches!(b[s], b'.' | b'\'') {
            s += 1;
        }
        if at - s > 5 && b[s..s + 5].eq_ignore_ascii_case(b"smtp=") {
            s += 5;
        }
        let mut e = at + 1;
        // (Where the domain's last label so far is ASCII: non-ASCII text after it is the
        // sentence's, `a@example.jp、` or `a@example.jp您好`, not an IDN label.)
        let (mut dot, mut label_ascii, mut label_len) = (false, true, 0);
        while e < b.len() && domain_char(b[e]) && e - at < 255 {
            if b[e] == b'.' {
                (dot, label_ascii, label_len) = (true, true, 0);
            } else if b[e] >= 0x80 {
                if dot && label_ascii && label_len > 0 {
                    break;
                }
                label_ascii = false;
                label_len += 1;
            } else {
                label_len += 1;
            }
            e += 1;
        }
        while e > at + 1 && matches!(b[e - 1], b'.' | b'-') {
            e -= 1;
        }
        let domain = &b[at + 1..e];
        if s == at || domain.len() < 3 || !domain.contains(&b'.') || domain.starts_with(b".") {
            continue;
        }
        // Keep character boundaries (addresses may hold UTF-8).
        if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push(Found {
            start: s,
            end: e,
            address: text[s..e].to_ascii_lowercase(),
        });
        from = e;
    }
    out
}

/// Whether the words before an address on its line make it a recipient line: nothing, a
/// display name, or a label such as `mailto:`.
fn recipient_prefix(prefix: &str) -> bool {
    let p = prefix
        .trim()
        .trim_end_matches(['<', '"', '(', '\'', '[', ' '])
        .trim();
    // (qmail writes a recipient as it was given, display name and all: `<Name <a@b>>:`; not
    // a transcript's `<<< 250 ...`.)
    let (p, bracketed) = match p.strip_prefix('<') {
        Some(q) if !q.starts_with('<') => (q.trim(), true),
        _ => (p, false),
    };
    let p = p
        .strip_suffix("mailto:")
        .or_else(|| p.strip_suffix("MAILTO:"))
        .unwrap_or(p)
        .trim_end_matches(['<', ' ', '"']);
    let lower = p.to_ascii_lowercase();
    // An X.400 name whose SMTP attribute is the address (`c=US;a= ;p=X;o=Y;dda:SMTP=`).
    if lower.ends_with("dda:smtp=") {
        return true;
    }
    if mdaemon_recipient_label(&lower) {
        return true;
    }
    // A header of the returned message that holds no recipient.
    if let Some((label, _)) = lower.split_once(':') {
        let label = label.trim();
        if NOT_RECIPIENT_HEADERS.contains(&label)
            || (label.starts_with("x-") && !label.contains("recipient"))
        {
            return false;
        }
    }
    // Words that give the address another role: a sender ("from", "by"), someone to write
    // to ("please contact <postmaster@...>", "reach us at"), the reader a notice greets
    // (Google Groups' "Hello kijitora@example.jp,").
    let last = lower.split_whitespace().last().unwrap_or("");
    if matches!(
        last.trim_end_matches(':'),
        "from" | "by" | "sender" | "contact" | "at" | "via" | "cc" | "hello" | "hi" | "dear"
    ) {
        return false;
    }
    // A sentence that says what an address is ("The standard form of email address here is
    // first.last@example.com"): an example or a rule, not a recipient.
    if matches!(last, "is" | "are" | "be") && lower.split_whitespace().count() > 3 {
        return false;
    }
    // A failure's count before the address (`Delivery failed 20 attempts: a@b`).
    let counted_failure = p.ends_with(':')
        && p.len() <= 48
        && lower.contains("fail")
        && p.chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == ':');
    // A longer sentence that names the address as where delivery went (Gmail's delay
    // notice: `There was a temporary problem delivering your message to a@b.`).
    let delivering_to = lower.ends_with(" message to")
        && lower.contains("deliver")
        && p.chars().count() <= 96
        && p.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | ',' | '*'));
    p.is_empty()
        || (is_reply_code(p) && !bracketed)
        || counted_failure
        || delivering_to
        || (p.chars().count() <= 48
            && p.chars().all(|c| {
                c.is_alphabetic()
                    || matches!(
                        c,
                        ' ' | '"' | '\'' | '.' | '-' | ',' | '(' | ')' | '[' | ':' | '*' | '•'
                    )
            }))
}

/// Whether words before an address are the label with which MDaemon's session transcript
/// names the message's recipient (`Wed 2013-09-11 12:22:04: *  To: a@b`): a recipient line,
/// and no error text.
fn mdaemon_recipient_label(words: &str) -> bool {
    words.trim_end().to_ascii_lowercase().ends_with(": *  to:")
}

/// Header names whose addresses are not recipients.
const NOT_RECIPIENT_HEADERS: &[&str] = &[
    // (Exchange Online's "Original Message Details": `Sender Address: a@b`)
    "sender address",
    "message-id",
    "in-reply-to",
    "references",
    "from",
    "sender",
    "reply-to",
    "return-path",
    "errors-to",
    "received",
    "list-unsubscribe",
    "list-id",
    "dkim-signature",
    "authentication-results",
    "resent-from",
    "resent-message-id",
];

/// Whether the words just before an address call it the recipient ("recipient <",
/// "recipient address:").
fn names_recipient(prefix: &str) -> bool {
    let p = sentence_before(prefix);
    p.ends_with("recipient")
        || p.ends_with("recipient address")
        || introduces_list(&p)
        // (Exim's heading, its address on the same line where a line end was lost.)
        || p.ends_with("following address(es) failed")
}

/// Whether a prefix introduces a list of recipients on its line, each a recipient (`The
/// following recipients returned permanent errors: a@b, c@d.`).
fn lists_recipients(prefix: &str) -> bool {
    introduces_list(&sentence_before(prefix))
}

/// [`lists_recipients`] of words already cut by [`sentence_before`].
fn introduces_list(p: &str) -> bool {
    p.ends_with("recipients returned permanent errors")
        || p.ends_with("recipients returned temporary errors")
}

/// The words before an address, lowercased, without the brackets and colon before it.
fn sentence_before(prefix: &str) -> String {
    prefix
        .trim_end_matches(['<', '"', '\'', ':', ' ', '['])
        .to_ascii_lowercase()
}

/// Whether a (trimmed) line ends in words that put the address on the next line in another
/// role than a recipient's ("A message sent by", "generated from"; an address to write to,
/// "please contact").
fn previous_names_sender(line: &str) -> bool {
    let l = line.as_bytes();
    // (The words end the line and start it or follow a blank.)
    let ends = |w: &[u8]| {
        l.len() >= w.len()
            && l[l.len() - w.len()..].eq_ignore_ascii_case(w)
            && (l.len() == w.len() || l[l.len() - w.len() - 1] == b' ')
    };
    ends(b"sent by") || ends(b"from") || ends(b"from:") || ends(b"please contact")
}

/// Whether `p` is an SMTP reply code, with or without an enhanced status (`554`,
/// `550 5.1.1`): Sendmail's `554 <a@b>... Host unknown` lines.
fn is_reply_code(p: &str) -> bool {
    let mut words = p.split(' ');
    let code = words.next().unwrap_or("");
    let status = words.next();
    code.len() == 3
        && code.bytes().all(|b| b.is_ascii_digit())
        && matches!(code.as_bytes()[0], b'2'..=b'5')
        && words.next().is_none()
        && status.is_none_or(|s| {
            s.split('.').count() == 3
                && s.split('.')
                    .all(|x| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether what follows an address on its line fits a recipient line: the end, a closing
/// bracket, or a separator before the error text.
fn recipient_suffix(suffix: &str) -> bool {
    let s = suffix.trim_start_matches(['>', '"', ')', '\'', ']']);
    s.trim().is_empty() || s.starts_with([':', ',', ';', ' ', '\t', '.', '('])
}

/// Whether a (trimmed) line introduces the original message's headers told back
/// (Exchange 5.5's "Your message", "Original message details:"), not the recipients.
fn announces_echo(l: &str) -> bool {
    let l = l.trim_end_matches([':', ' ']);
    l.len() <= 32
        && [
            "your message",
            "original message details",
            "details of the original message",
        ]
        .iter()
        .any(|p| l.eq_ignore_ascii_case(p))
}

/// Where a report's telling back of the original's headers stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Echo {
    No,
    /// Its announcing line ("Your message") was read.
    Announced,
    /// A header was read.
    Headers,
}

/// Whether a (trimmed) line is one of the original's headers, as a report tells them back:
/// `To: a@b`, `* Subject: ...`, `Received on: ...` (not `Reason: 550 ...`).
fn echoed_header(l: &str) -> bool {
    let l = l.trim_start_matches(['*', '-', '•', ' ', '\t']);
    l.split_once(':').is_some_and(|(name, _)| {
        [
            "to",
            "cc",
            "bcc",
            "subject",
            "sent",
            "date",
            "from",
            "received",
            "received on",
            "message-id",
        ]
        .iter()
        .any(|h| name.trim().eq_ignore_ascii_case(h))
    })
}

/// Whether a (trimmed) line starts a Sendmail session transcript, in which the conversation
/// about a recipient comes before the line that gives that recipient's result.
fn starts_transcript(l: &str) -> bool {
    l.starts_with('-')
        && l.len() < 80
        && l.to_ascii_lowercase()
            .contains("transcript of session follows")
}

/// One recipient's part of the error text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block {
    pub address: String,
    pub text: String,
    /// The address the recipient was expanded from (Sendmail's `(expanded from: a@b)`).
    pub original: Option<String>,
}

/// The index of `address`'s block, made when it is new; `None` beyond the cap of
/// recipients.
fn block_of(
    out: &mut Vec<Block>,
    index: &mut std::collections::HashMap<String, usize>,
    address: &str,
) -> Option<usize> {
    if let Some(&i) = index.get(address) {
        return Some(i);
    }
    if out.len() >= crate::read::MAX_RECIPIENTS {
        return None;
    }
    index.insert(address.to_owned(), out.len());
    out.push(Block {
        address: address.to_owned(),
        text: String::new(),
        original: None,
    });
    Some(out.len() - 1)
}

/// The error text of a report, cut into blocks by the lines that name a recipient (`<a@b>:`,
/// `  a@b`, `Name<mailto:a@b>`, `a@b on DATE`, ...). The text of a block runs to the next
/// such line; the blocks of one address are joined. `ignore` lists addresses that are not
/// recipients (the report's sender). Returns the text before the first block too.
///
/// In a Sendmail session transcript (`----- Transcript of session follows -----`) the lines
/// about a recipient (`While talking to ...`, `>>> RCPT To:<a@b>`, `<<< 550 ...`) come before
/// the line with its result (`550 <a@b>... User unknown`): there, the lines between two
/// recipient lines belong to the second (those after the last one, to the last).
/// Whether a line heads Exchange Online's advice (`Some(true)`) or a section after it
/// (`Some(false)`: the original message's details, the error's, the notification's).
fn advice_heading(line: &str) -> Option<bool> {
    const ADVICE: &[&str] = &["how to fix it", "more info for email admins"];
    const AFTER: &[&str] = &[
        "original message details",
        "error details",
        "notification details",
        "diagnostic information for administrators:",
    ];
    if line.len() > 48 {
        return None;
    }
    let is = |list: &[&str]| list.iter().any(|h| line.eq_ignore_ascii_case(h));
    if is(ADVICE) {
        Some(true)
    } else if is(AFTER) {
        Some(false)
    } else {
        None
    }
}

fn starts_with_ci(line: &str, prefix: &str) -> bool {
    line.get(..prefix.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
}

pub(crate) fn blocks(text: &str, ignore: &[String]) -> (String, Vec<Block>) {
    // (The words before the first recipient are most of a short report: one allocation.)
    let mut intro = String::with_capacity(text.len().min(4096));
    let mut out: Vec<Block> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut current: Option<usize> = None;
    let mut previous = "";
    // Inside a transcript: the lines not yet given to a recipient.
    let mut pending: Option<String> = None;
    // Inside the original's headers as the report tells them back.
    let mut echo = Echo::No;
    // Inside Exchange Online's advice to the sender and its admins (`How to Fix It`,
    // `More Info for Email Admins`): the same sentences for every failure of a code
    // (relaying, SPF, size, spam), so no evidence of this one; its `Status code:` is.
    let mut advice = false;
    for line in text.lines() {
        let trimmed = line.trim();
        if let Some(starts) = advice_heading(trimmed) {
            advice = starts;
            if starts {
                continue;
            }
        }
        if advice && !starts_with_ci(trimmed, "status code:") {
            continue;
        }
        if pending.is_none() && starts_transcript(trimmed) {
            pending = Some(String::new());
        }
        // The original message's headers told back ("Your message / To: ... / Subject:
        // ... / did not reach the following recipient(s):"): their addresses are not the
        // recipients the report is about, and their words (a subject's "2.0.12") are not
        // the failure's.
        // (It ends at the first line that is no such header, or at a blank line after one.)
        if echo != Echo::No
            && (if trimmed.is_empty() {
                echo == Echo::Headers
            } else {
                !echoed_header(trimmed)
            })
        {
            echo = Echo::No;
        }
        if announces_echo(trimmed) {
            echo = Echo::Announced;
            continue;
        }
        if echo != Echo::No {
            if !trimmed.is_empty() {
                echo = Echo::Headers;
            }
            continue;
        }
        // An address that ends a phrase such as "A message sent by" names the sender.
        let after_sender_phrase = previous_names_sender(previous);
        // Exim's `an undisclosed address` (a hidden one), then `(generated from a@b)`: the
        // address it was generated from is the recipient the sender knows.
        let after_undisclosed = previous.eq_ignore_ascii_case("an undisclosed address");
        if !trimmed.is_empty() {
            previous = trimmed;
        }
        let usable = |f: &Found| {
            !after_sender_phrase
                && !ignore.contains(&f.address)
                && !f.address.starts_with("mailer-daemon@")
        };
        // (Most lines name no address: no need to look further.)
        let found = if memchr::memchr(b'@', line.as_bytes()).is_none() {
            None
        } else {
            let all = addresses(line);
            let first = all.first().filter(|f| {
                let before = &line[..f.start];
                usable(f)
                    && (recipient_prefix(before)
                        || after_undisclosed && before.trim_end().ends_with("(generated from"))
                    && recipient_suffix(&line[f.end..])
            });
            // A sentence that names the recipient ("... rejected recipient <a@b> (...)").
            first
                .or_else(|| {
                    all.iter()
                        .find(|f| usable(f) && names_recipient(&line[..f.start]))
                })
                .cloned()
        };
        // The other addresses of a list that names the recipients (the first is `found`).
        let listed: Vec<Found> = match &found {
            Some(f) if lists_recipients(&line[..f.start]) => addresses(&line[f.end..])
                .into_iter()
                .filter(|g| usable(g))
                .collect(),
            _ => Vec::new(),
        };
        match found {
            Some(f) => {
                let rest = line[f.end..]
                    .trim_start_matches(['>', '"', ')', '\'', ']', ':', ',', ';'])
                    .trim();
                let i = match block_of(&mut out, &mut index, &f.address) {
                    Some(i) => i,
                    // Beyond the cap, the line is text of the block before.
                    None => {
                        if let Some(i) = current {
                            push_line(&mut out[i].text, line);
                        }
                        continue;
                    }
                };
                if let Some(p) = pending.as_mut().filter(|p| !p.is_empty()) {
                    push_line(&mut out[i].text, own_session(p, &f.address));
                    p.clear();
                }
                // Words before the address that say more than a label ("User mailbox
                // exceeds allowed size: a@b") are the error text; so are two words before
                // an address that nothing follows (IMail's "Unknown user: a@b").
                let before = line[..f.start]
                    .trim()
                    .trim_end_matches(['<', '"', '(', '\'', '[']);
                // (A quoted display name, `<"Name, First" <a@b>>:`, is no error text.)
                let name = line[..f.start].trim().trim_end_matches(['<', ' ']);
                let quoted_name = name.trim_start_matches('<').starts_with('"')
                    && name.len() > 2
                    && name.ends_with('"');
                let words = if quoted_name || mdaemon_recipient_label(before) {
                    0
                } else {
                    before.split_whitespace().count()
                };
                if words >= 3
                    || is_reply_code(before.trim())
                    || (words == 2 && rest.is_empty() && before.ends_with(':'))
                {
                    push_line(&mut out[i].text, before);
                }
                // (The rest of a list is its other recipients, each with the list's words.)
                if listed.is_empty() {
                    push_line(&mut out[i].text, rest);
                }
                current = Some(i);
                for g in listed {
                    let Some(j) = block_of(&mut out, &mut index, &g.address) else {
                        break;
                    };
                    push_line(&mut out[j].text, before);
                    current = Some(j);
                }
            }
            // Sendmail's `(expanded from: a@b)` under a recipient: the address the sender
            // used (an alias).
            None if current.is_some_and(|i| out[i].original.is_none())
                && trimmed
                    .get(..15)
                    .is_some_and(|p| p.eq_ignore_ascii_case("(expanded from:")) =>
            {
                let i = current.unwrap_or_default();
                out[i].original = addresses(trimmed).into_iter().next().map(|f| f.address);
            }
            None => match (pending.as_mut(), current) {
                (Some(p), _) => push_line(p, trimmed),
                (None, Some(i)) => push_line(&mut out[i].text, trimmed),
                (None, None) => push_line(&mut intro, trimmed),
            },
        }
    }
    if let Some(p) = pending.filter(|p| !p.is_empty()) {
        match current {
            Some(i) => {
                let mine = before_others_sessions(&p, &out[i].address);
                push_line(&mut out[i].text, mine);
            }
            None => push_line(&mut intro, &p),
        }
    }
    (intro, out)
}

/// The sessions of a Sendmail transcript (lower-cased): each from its `while talking to `
/// to the next one's (or the end), as byte ranges.
fn sessions(lower: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let starts: Vec<usize> = lower
        .match_indices("while talking to ")
        .map(|(i, _)| i)
        .collect();
    (0..starts.len()).map(move |k| (starts[k], starts.get(k + 1).copied().unwrap_or(lower.len())))
}

/// How a transcript writes that `address` was sent (lower-cased).
fn rcpt_command(address: &str) -> String {
    format!("rcpt to:<{address}>")
}

/// The transcript lines after the last recipient's line, up to the first session that sent
/// another recipient (`... while talking to mx.b.:`, `>>> RCPT To:<other@b>`): Sendmail
/// tells the sessions of recipients whose own lines came before (a `Host unknown` line
/// of the first, then the second's and third's refusals) after them.
fn before_others_sessions<'a>(pending: &'a str, address: &str) -> &'a str {
    let lower = pending.to_ascii_lowercase();
    let mine = rcpt_command(address);
    let other = sessions(&lower).find(|&(s, e)| {
        let session = &lower[s..e];
        session.contains("rcpt to:<") && !session.contains(&mine)
    });
    match other {
        // (From the start of its line: `... while talking to`.)
        Some((s, _)) => &pending[..lower[..s].rfind('\n').map_or(0, |n| n + 1)],
        None => pending,
    }
}

/// The transcript lines about the recipient `address`: from the start of the session
/// (`While talking to ...`) in which it was sent (`>>> RCPT To:<a@b>`), when the transcript
/// names one (what comes before is its heading or other hosts' sessions: a connection that
/// failed at `QUIT` is not this recipient's failure); else all of them.
fn own_session<'a>(pending: &'a str, address: &str) -> &'a str {
    let lower = pending.to_ascii_lowercase();
    let Some(rcpt) = lower.find(&rcpt_command(address)) else {
        return pending;
    };
    let own = sessions(&lower).find(|&(s, e)| s < rcpt && rcpt < e);
    match own {
        Some((s, _)) => &pending[s..],
        None => pending,
    }
}

fn push_line(buf: &mut String, line: &str) {
    let t = line.trim();
    if t.is_empty() {
        return;
    }
    if !buf.is_empty() {
        buf.push('\n');
    }
    buf.push_str(t);
}

#[cfg(test)]
mod tests {
    #[test]
    fn unquote_only_a_quoted_text() {
        let q =
            "Forward.\n> From: MAILER-DAEMON\n> \n> <a@b.example>: 550 x\n>>>> DATA\n> <<< 550 y\n";
        let u = super::unquote(q).unwrap();
        assert!(
            u.contains("\n<a@b.example>: 550 x\n>>> DATA\n<<< 550 y\n"),
            "{u}"
        );
        let transcript = "... while talking to x:\n>>> DATA\n<<< 550 no\n550 5.1.1 <a@b.example>\nmore\nand more\n";
        assert!(super::unquote(transcript).is_none());
    }

    use super::*;

    #[test]
    fn exchange_onlines_message_details_name_no_sender_as_recipient() {
        let found =
            |t: &str| -> Vec<String> { blocks(t, &[]).1.into_iter().map(|b| b.address).collect() };
        let eo = "Your message to bo@example.net couldn't be delivered.\n\n\
                  Original Message Details\nCreated Date:    1/2/2026 3:04:05 AM\n\
                  Sender Address:    bounces+x=bo=example.net@example.org\n\n\
                  Recipient Address:    bo@example.net\n";
        assert_eq!(found(eo), ["bo@example.net"]);
    }

    #[test]
    fn the_originals_headers_told_back_are_no_recipients() {
        let found =
            |t: &str| -> Vec<String> { blocks(t, &[]).1.into_iter().map(|b| b.address).collect() };
        let ex55 =
            "Your message\n\n  To:      list@example.org\n  Subject: x\n  Sent:    today\n\n\
                    did not reach the following recipient(s):\n\nann@example.net on today\n";
        assert_eq!(found(ex55), ["ann@example.net"]);
        // The failure after the headers is read (a line that is no echoed header ends it).
        let told = "Your message\n\n To: bo@example.org\n Subject: x\n <cy@example.org>: 550 5.1.1 User unknown\n";
        assert_eq!(found(told), ["cy@example.org"]);
        // So does a blank line after the headers.
        let blank = "Original message details:\n\n* To: dee@example.org\n\nee@example.net: 550 mailbox full\n";
        assert_eq!(found(blank), ["ee@example.net"]);
    }

    #[test]
    fn sessions_of_other_recipients_after_the_last_line_are_not_its() {
        // Sendmail: the first recipient's result line, then the sessions of the others
        // (whose own lines came before): only the first's line is its text.
        let t = "   ----- Transcript of session follows -----\n\
                 550 5.1.2 <ann@typo.example>... Host unknown (Name server: typo.example: host not found)\n\
                 ... while talking to mx.strict.example.:\n\
                 >>> RCPT To:<bo@strict.example>\n\
                 <<< 550 5.7.1 <bo@strict.example>... Relaying denied\n";
        let (_, b) = blocks(t, &[]);
        assert_eq!(b.len(), 1);
        assert!(b[0].text.contains("Host unknown"), "{:?}", b[0].text);
        assert!(!b[0].text.contains("Relaying denied"), "{:?}", b[0].text);
        // Its own session after its line stays its text.
        let own = t.replace("bo@strict.example", "ann@typo.example");
        let (_, b) = blocks(&own, &[]);
        assert!(b[0].text.contains("Relaying denied"), "{:?}", b[0].text);
    }

    #[test]
    fn recipient_lines_of_smaller_systems() {
        let found =
            |t: &str| -> Vec<String> { blocks(t, &[]).1.into_iter().map(|b| b.address).collect() };
        // A count of failed attempts before the address.
        assert_eq!(
            found("Delivery failed 20 attempts: ann@example.org\n"),
            ["ann@example.org"]
        );
        // Exim's hidden address, known to the sender by the one it was generated from.
        assert_eq!(
            found("The following address(es) failed:\n\n  an undisclosed address\n    (generated from bo@example.org)\n"),
            ["bo@example.org"]
        );
        // Otherwise `generated from` names no recipient of its own.
        assert_eq!(
            found("  cy@example.net\n    (generated from list@example.org)\n"),
            ["cy@example.net"]
        );
        // Sendmail's alias: the address the sender used.
        let (_, b) = blocks(
            "   ----- The following addresses had permanent fatal errors -----\nfay@mx.example.net\n    (expanded from: fay@example.org)\n",
            &[],
        );
        assert_eq!(b[0].address, "fay@mx.example.net");
        assert_eq!(b[0].original.as_deref(), Some("fay@example.org"));
        // A count that is no failure's is no recipient line.
        assert!(found("Received 20 messages: dee@example.org\n").is_empty());
    }

    #[test]
    fn a_quote_or_an_x400_label_is_not_part_of_the_address() {
        let f = addresses("addressed to 'ann@example.org', and dda:SMTP=bo@example.net;");
        let a: Vec<_> = f.iter().map(|f| f.address.as_str()).collect();
        assert_eq!(a, ["ann@example.org", "bo@example.net"]);
        // An apostrophe inside a local part stays.
        assert_eq!(
            addresses("o'neil@example.org")[0].address,
            "o'neil@example.org"
        );
    }

    #[test]
    fn finds_addresses() {
        let found = |text: &str| -> Vec<String> {
            addresses(text).into_iter().map(|f| f.address).collect()
        };
        let a = found("to <Kijitora@Example.JP>: and x@y, a@b.c.");
        assert_eq!(a, ["kijitora@example.jp", "a@b.c"]);
        let a = found("kijitora@example.jp您好， a@example.jp، b@例え.テスト c@пример.рф");
        assert_eq!(
            a,
            [
                "kijitora@example.jp",
                "a@example.jp",
                "b@例え.テスト",
                "c@пример.рф"
            ]
        );
        // (East Asian punctuation before an address is the sentence's; a letter of another
        // script may be the address's own.)
        let a = found("主 题：ana@example.com 地址（bo@example.net） 用户@例子.广告 宛先・cd@example.jp 佐々木@example.jp");
        assert_eq!(
            a,
            [
                "ana@example.com",
                "bo@example.net",
                "用户@例子.广告",
                "cd@example.jp",
                "佐々木@example.jp"
            ]
        );
    }

    #[test]
    fn cuts_blocks_by_recipient_lines() {
        let text = "Hi. This is the qmail-send program.\n\
                    I'm afraid I wasn't able to deliver.\n\n\
                    <a@example.jp>:\n192.0.2.1 said: 550 Unknown user\n\n\
                    <b@example.jp>:\nSorry, mailbox full.\n";
        let (intro, blocks) = blocks(text, &[]);
        assert!(intro.contains("qmail-send"));
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].text, "192.0.2.1 said: 550 Unknown user");
        assert_eq!(blocks[1].address, "b@example.jp");
    }

    #[test]
    fn transcript_lines_are_not_recipient_lines() {
        let text = "<a@x.jp>\n(reason: 550 5.1.1 <a@x.jp>... User unknown)\n>>> RCPT To:<a@x.jp>\n<<< 550 5.1.1 <a@x.jp>... User unknown\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 1);
        assert!(blocks[0].text.contains("<<< 550 5.1.1"));
    }

    #[test]
    fn a_transcript_reply_is_no_recipient_line() {
        // (A server's `<<< 250` is no qmail `<Name <a@b>>:`: the accepted recipient and the
        // sender stay out.)
        let text = ">>> MAIL From:<s@example.org>\n<<< 250 2.1.0 <s@example.org>... Sender ok\n\
                    >>> RCPT To:<ok@example.org>\n<<< 250 2.1.5 <ok@example.org>... Recipient ok\n\
                    >>> RCPT To:<u@example.org>\n<<< 550 5.1.1 <u@example.org>... User unknown\n\
                    550 5.1.1 <u@example.org>... User unknown\n";
        let (_, blocks) = blocks(text, &[]);
        let names: Vec<&str> = blocks.iter().map(|b| b.address.as_str()).collect();
        assert_eq!(names, ["u@example.org"], "{blocks:?}");
    }

    #[test]
    fn a_qmail_recipient_with_a_display_name() {
        let text = "<Uma Example <uma@example.net>>:\nSorry, I couldn't find any host named example.net>. (#5.1.2)\n\n\
                    <\"Ng, Val\" <val@example.com>>:\nSorry, I couldn't find any host named example.com>. (#5.1.2)\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[1].address, "val@example.com");
        assert!(blocks[1].text.starts_with("Sorry"), "{blocks:?}");
    }

    #[test]
    fn transcript_lines_go_to_the_recipient_they_precede() {
        let text = "----- Transcript of session follows -----\n\
                    While talking to a.example:\n>>> DATA\n<<< 550 Go away\n\
                    554 <x@a.example>... Remote protocol error\n\
                    550 b.example (smtp)... 550 Host unknown\n\
                    554 <y@b.example>... 550 Host unknown\n\
                    trailing words\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 2);
        assert_eq!(
            blocks[0].text,
            "----- Transcript of session follows -----\nWhile talking to a.example:\n>>> DATA\n<<< 550 Go away\n554\n... Remote protocol error",
            "{blocks:?}"
        );
        assert!(
            blocks[1].text.starts_with("550 b.example (smtp)"),
            "{blocks:?}"
        );
        assert!(blocks[1].text.ends_with("trailing words"), "{blocks:?}");
    }

    #[test]
    fn an_address_to_write_to_is_not_a_recipient() {
        let text = "For further assistance, please contact <postmaster@e4.example.com>\n\
                    <k@example.com>: Name service error\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 1);
        assert_eq!(blocks[0].address, "k@example.com");
    }

    #[test]
    fn an_address_to_write_to_on_the_next_line_is_not_a_recipient() {
        let text = "<k@example.com>: User unknown\n\nFor help, please contact\n   \
                    postmaster@example.net\n";
        let (_, found) = blocks(text, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].address, "k@example.com");
        // (Words that deliver to the address on the next line leave it a recipient.)
        let text = "Your message could not be delivered to the address\n   bo@example.net\n\
                    552 5.2.2 Mailbox full\n";
        let (_, found) = blocks(text, &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].address, "bo@example.net");
    }

    #[test]
    fn an_address_a_sentence_defines_is_not_a_recipient() {
        let text = "The standard form of email address at Example is lastnameNumber@example.gov\n\
                    <k@example.com>: User unknown\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert_eq!(blocks[0].address, "k@example.com");
    }

    #[test]
    fn the_address_a_notice_greets_is_not_a_recipient() {
        let text = "Hello kijitora@example.jp,\n\nWe're writing to let you know that the group \
                    you tried to contact (group-name) may not exist.\n";
        let (_, blocks) = blocks(text, &[]);
        assert!(blocks.is_empty(), "{blocks:?}");
    }

    #[test]
    fn two_words_before_an_address_that_ends_its_line_are_its_error() {
        let text = "Unknown user: k@example.com\n\nOriginal message follows.\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert_eq!(blocks[0].text.lines().next(), Some("Unknown user:"));
    }

    #[test]
    fn a_recipients_lines_start_at_its_own_session() {
        let text = "----- Transcript of session follows -----\n\
                    While talking to smtp.a.example:\n>>> QUIT\n<<< 421 smtp.a.example Sorry\n\
                    421 smtp.a.example (smtp)... Deferred: Connection reset\n\
                    While talking to mx.b.example:\n>>> RCPT To:<k@b.example>\n\
                    <<< 550 Requested User Mailbox not found\n\
                    550 <k@b.example>... User unknown\n";
        let (_, blocks) = blocks(text, &[]);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert!(
            blocks[0].text.starts_with("While talking to mx.b.example:"),
            "{blocks:?}"
        );
    }

    #[test]
    fn original_markers() {
        assert!(is_original_marker(
            "------ This is a copy of the message, including all the headers. ------"
        ));
        assert!(is_original_marker(
            "--- Below this line is a copy of the message."
        ));
        assert!(is_original_marker("----- Original message -----"));
        assert!(!is_original_marker(
            "The original message was received at Mon, 1 Jan"
        ));
        let (head, orig) =
            split_original("err\n--- Below this line is a copy of the message.\nFrom: a@b.c\n");
        assert_eq!(head, "err\n");
        assert_eq!(orig, Some("From: a@b.c\n"));
        let (head, orig) = split_original("rejected.\n---------------\nReceived: from x\n");
        assert_eq!(head, "rejected.\n---------------\n");
        assert_eq!(orig, Some("Received: from x\n"));
    }
}
