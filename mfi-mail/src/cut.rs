//! The parts of a report that the reader does not read, cut before the MIME parser sees them.
//!
//! A report attaches the message it returns (`message/rfc822`); only that message's headers
//! matter (its Message-ID, From, To, Subject and Date), yet a MIME parser decodes its whole
//! body: the quoted-printable, base64 and HTML of a newsletter cost more than the report
//! itself, and so do the dozens of `Received`, `DKIM-Signature` and `X-` headers it carries.
//! A `text/rfc822-headers` part keeps those headers only.
//! Likewise the HTML version of a report's words, when the report has a delivery status part
//! (the reader then reads its plain words and fields, never the HTML), and the images and
//! attachments (`image/*`, `application/*`, ...) that it never reads.
//! [`without_unread_parts`] keeps, of each attached message that is not itself a report, only
//! the headers the reader uses, and drops those HTML bodies, so the parser reads little more
//! than what the reader uses.

use std::borrow::Cow;

use mfi_core::internal::find_ci;

/// Parts that would shrink by less than this are left alone: the copy would cost more than
/// the parse.
const MIN_CUT: usize = 512;
/// The headers of an attached message that the reader uses.
pub(crate) const KEPT_HEADERS: &[&[u8]] = &[
    b"from:",
    b"to:",
    b"subject:",
    b"date:",
    b"content-type:",
    b"x-hmxmroriginalrecipient:",
    // (Last: the report's own is not read, see `report_headers`.)
    b"message-id:",
];
/// The headers of the report itself that the reader or the MIME parser uses beside
/// [`KEPT_HEADERS`]: the MIME ones, and those that mark automatic replies or name the failed
/// recipients. (`Reader::header` looks only for these.)
pub(crate) const REPORT_HEADERS: &[&[u8]] = &[
    b"mime-version:",
    b"content-transfer-encoding:",
    b"content-disposition:",
    b"x-failed-recipients:",
    b"x-spasign:",
    b"auto-submitted:",
    b"x-autoreply:",
    b"x-autorespond:",
    b"x-auto-response-suppress:",
    b"precedence:",
    b"x-ms-exchange-message-is-ndr:",
];
/// How far before a part's `Content-Type` line its delimiter may be.
const MAX_PART_HEADERS: usize = 4096;
/// The most parts looked at in one report.
const MAX_PARTS: usize = 32;

/// What is cut: `start..end` is replaced by `with`.
struct Cut {
    start: usize,
    end: usize,
    with: Vec<u8>,
    html: bool,
}

/// The message without what the reader does not read of it (see the module's text), or the
/// message itself when there is nothing worth cutting.
pub(crate) fn without_unread_parts(bytes: &[u8]) -> Cow<'_, [u8]> {
    let mut cuts: Vec<Cut> = Vec::new();
    let mut has_status = false;
    let mut from = 0;
    let mut seen = 0;
    // `Content-Type:` at a line's start, in any case but all capitals (which no mailer
    // writes; such a part is just not cut): found by its `ontent-`.
    let finder = memchr::memmem::Finder::new(b"ontent-");
    while seen < MAX_PARTS {
        let Some(o) = finder.find(&bytes[from..]).map(|o| from + o) else {
            break;
        };
        from = o + 1;
        let Some(p) = o.checked_sub(1) else {
            continue;
        };
        let header = bytes[p..].get(..b"content-type:".len());
        if !header.is_some_and(|h| h.eq_ignore_ascii_case(b"content-type:"))
            || (p > 0 && bytes[p - 1] != b'\n')
        {
            continue;
        }
        seen += 1;
        let media = media_type(&bytes[p + b"content-type:".len()..]);
        let media = media.as_slice();
        if media == b"message/delivery-status" || media == b"message/global-delivery-status" {
            has_status = true;
            continue;
        }
        let html = media == b"text/html";
        // Images, attachments (`image/png` logos, `application/ms-tnef`): never read.
        let binary = !(media.starts_with(b"text/")
            || media.starts_with(b"message/")
            || media.starts_with(b"multipart/")
            || media.is_empty());
        let kind = if html || binary {
            Kind::Body
        } else if media == b"message/rfc822" {
            Kind::Message
        } else if media == b"text/rfc822-headers" || media == b"text/rfc822-header" {
            Kind::Headers
        } else {
            continue;
        };
        let Some(cut) = part(bytes, p, kind, html) else {
            continue;
        };
        if cut.start < cuts.last().map_or(0, |c| c.end) {
            continue;
        }
        if (cut.end - cut.start).saturating_sub(cut.with.len()) >= MIN_CUT {
            from = cut.end;
            cuts.push(cut);
        }
    }
    // The HTML is read when there is no status part.
    cuts.retain(|c| has_status || !c.html);
    // The report's own headers: a chain of `Received`, `DKIM-Signature`, `ARC-` and `X-`
    // fields that the parser would skip one byte at a time.
    if let Some(top) =
        report_headers(bytes).filter(|t| cuts.first().is_none_or(|c| c.start >= t.end))
    {
        cuts.insert(0, top);
    }
    if cuts.is_empty() {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    for c in cuts {
        out.extend_from_slice(&bytes[at..c.start]);
        out.extend_from_slice(&c.with);
        at = c.end;
    }
    out.extend_from_slice(&bytes[at..]);
    Cow::Owned(out)
}

/// The media type of a `Content-Type` value, lower-cased (`text/html; charset=...` gives
/// `text/html`).
fn media_type(value: &[u8]) -> Vec<u8> {
    let end = value
        .iter()
        .position(|&c| matches!(c, b';' | b'\n' | b'\r'))
        .unwrap_or(value.len())
        .min(64);
    trim(&value[..end]).to_ascii_lowercase()
}

/// What of a part is cut.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// HTML, images, attachments: the body.
    Body,
    /// An attached message (`message/rfc822`): its body and the headers the reader does not
    /// use (unless it is itself a report, which is read whole).
    Message,
    /// The returned original's headers (`text/rfc822-headers`): the ones the reader does
    /// not use (unless the part is encoded).
    Headers,
}

/// The cut of the part whose `Content-Type` line starts at `p` (see [`Kind`]). `None` when
/// the line is not in a part's headers (no delimiter line before it), or the part is one
/// that is read whole.
fn part(b: &[u8], p: usize, kind: Kind, html: bool) -> Option<Cut> {
    // The part's delimiter: the `--` line that opens the part's headers.
    let delimiter = part_delimiter(b, p)?;
    // Where the part's headers end.
    let inner = blank_line_after(b, p)?;
    let (with, body) = match kind {
        Kind::Body => (Vec::new(), inner),
        Kind::Message => {
            // The attached message's headers end.
            let body = blank_line_after(b, inner)?;
            let headers = &b[inner..body];
            // An attached report (a wrapped bounce) is read whole.
            if find_ci(headers, b"report").is_some() {
                return None;
            }
            (with_blank_line(kept_headers(headers, KEPT_HEADERS)), body)
        }
        Kind::Headers => {
            // An encoded part (base64, quoted-printable) is decoded by the parser first.
            if find_ci(&b[p..inner], b"-transfer-encoding").is_some() {
                return None;
            }
            (Vec::new(), inner)
        }
    };
    let end = closing_delimiter(b, body, delimiter);
    let with = if kind == Kind::Headers {
        // The header block ends at the part's end or at a blank line (a body after it).
        let block = blank_line_after(b, inner).map_or(end, |e| e.min(end));
        with_blank_line(kept_headers(&b[inner..block], KEPT_HEADERS))
    } else {
        with
    };
    Some(Cut {
        start: inner,
        end,
        with,
        html,
    })
}

/// The cut of the message's own header block to [`KEPT_HEADERS`] (but its `Message-ID`,
/// which only a returned original's is read of) and [`REPORT_HEADERS`], when it would save
/// enough and every line of it is a header field (else it is not clearly a header block).
fn report_headers(b: &[u8]) -> Option<Cut> {
    let end = blank_line_after(b, 0)?;
    let own = &KEPT_HEADERS[..KEPT_HEADERS.len() - 1];
    let kept = kept_fields(&b[..end], &[own, REPORT_HEADERS], true)?;
    // Cut only what is worth the copy (and keep the blank line that ends the block).
    let with = with_blank_line(kept);
    (end.saturating_sub(with.len()) >= MIN_CUT).then_some(Cut {
        start: 0,
        end,
        with,
        html: false,
    })
}

/// Header lines ended by the blank line that ends a header block, in their line ending.
fn with_blank_line(mut kept: Vec<u8>) -> Vec<u8> {
    let blank: &[u8] = if kept.ends_with(b"\r\n") {
        b"\r\n"
    } else {
        b"\n"
    };
    kept.extend_from_slice(blank);
    kept
}

/// Where the part opened by `delimiter` ends: its closing delimiter line at or after `from`,
/// or the message's end.
fn closing_delimiter(b: &[u8], from: usize, delimiter: &[u8]) -> usize {
    let mut close = Vec::with_capacity(delimiter.len() + 1);
    close.push(b'\n');
    close.extend_from_slice(delimiter);
    // The closing delimiter: `--boundary` followed by `--`, a space or the line's end (not
    // a longer boundary that starts the same way).
    memchr::memmem::find_iter(&b[from..], &close)
        .map(|e| from + e)
        .find(|&e| {
            b.get(e + close.len())
                .is_none_or(|c| matches!(c, b'\n' | b'\r' | b'-' | b' ' | b'\t'))
        })
        .unwrap_or(b.len())
}

/// The headers of a returned original that the reader uses, from the header block at the
/// start of `text` (up to its first blank line), ended by a blank line: what the header
/// parser then reads, instead of dozens of `Received` and `X-` fields.
pub(crate) fn original_headers(text: &[u8]) -> Vec<u8> {
    let block = blank_line_after(text, 0).unwrap_or(text.len());
    with_blank_line(kept_headers(&text[..block], KEPT_HEADERS))
}

/// The lines of `b`, each with its line end.
fn lines(b: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &b[at..]).map_or(b.len(), |n| at + n + 1);
        let line = &b[at..end];
        at = end;
        Some(line)
    })
}

/// A header field's name with its colon (`Received:`), if `line` starts one.
fn field_name(line: &[u8]) -> Option<&[u8]> {
    // The first byte that is a colon or not printable (a name is short: one pass, no
    // search call per line).
    let head = &line[..line.len().min(80)];
    let mut c = 0;
    while c < head.len() && head[c] != b':' && head[c].is_ascii_graphic() {
        c += 1;
    }
    (c > 0 && head.get(c) == Some(&b':')).then(|| &line[..=c])
}

/// The header lines of `headers` (with their folded continuations) named in `names`.
fn kept_headers(headers: &[u8], names: &[&[u8]]) -> Vec<u8> {
    kept_fields(headers, &[names], false).unwrap_or_default()
}

/// [`kept_headers`], or with `strict`, `None` when a line is neither a field nor a folded
/// continuation (the block is then not clearly a header block).
fn kept_fields(headers: &[u8], lists: &[&[&[u8]]], strict: bool) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(1024);
    let mut keep = false;
    let lengths = lists
        .iter()
        .flat_map(|names| names.iter())
        .fold(0u64, |m, h| m | 1 << h.len().min(63));
    for line in lines(headers) {
        let blank = || line.iter().all(u8::is_ascii_whitespace);
        if matches!(line[0], b' ' | b'\t') {
            if keep && !blank() {
                out.extend_from_slice(line);
            }
            continue;
        }
        match field_name(line) {
            Some(n) => {
                // (Most names are of a length that no kept name has.)
                keep = lengths & (1 << n.len().min(63)) != 0
                    && lists
                        .iter()
                        .flat_map(|names| names.iter())
                        .any(|h| h.len() == n.len() && h.eq_ignore_ascii_case(n));
            }
            None if strict && !blank() => return None,
            None => keep = false,
        }
        if keep {
            out.extend_from_slice(line);
        }
    }
    Some(out)
}

/// The delimiter line (`--boundary`) that opens the part whose header line starts at `at`:
/// the nearest line before it that starts with `--`, with only header lines between.
fn part_delimiter(b: &[u8], at: usize) -> Option<&[u8]> {
    let floor = at.saturating_sub(MAX_PART_HEADERS);
    let mut end = at;
    while end > floor {
        let start = memchr::memrchr(b'\n', &b[..end - 1]).map_or(0, |n| n + 1);
        let line = trim(&b[start..end]);
        if line.starts_with(b"--") && line.len() > 2 {
            return Some(line);
        }
        // Only header lines (a name and a colon, or a folded continuation) between.
        let header_line = b[start..end]
            .first()
            .is_some_and(|c| *c == b' ' || *c == b'\t')
            || memchr::memchr(b':', line).is_some();
        if !header_line || start == 0 {
            return None;
        }
        end = start;
    }
    None
}

/// The position after the first blank line at or after `from` (`\n\n` or `\n\r\n`).
fn blank_line_after(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(n) = memchr::memchr(b'\n', &b[at..]).map(|n| at + n) {
        let rest = &b[n + 1..];
        if rest.starts_with(b"\n") {
            return Some(n + 2);
        }
        if rest.starts_with(b"\r\n") {
            return Some(n + 3);
        }
        at = n + 1;
    }
    None
}

fn trim(s: &[u8]) -> &[u8] {
    let start = s
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(s.len());
    let end = s
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    &s[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_keeps_its_headers_but_its_message_id() {
        assert_eq!(KEPT_HEADERS.last(), Some(&&b"message-id:"[..]));
        let received =
            "Received: from a.example by b.example; Mon, 1 Jan 2024 00:00:00 +0000\n".repeat(12);
        let m = format!(
            "{received}From: MAILER-DAEMON@b.example\nMessage-ID: <r@b.example>\n\
             Subject: Undelivered\nX-Failed-Recipients: a@c.example\n\nbody\n"
        );
        let cut = String::from_utf8(without_unread_parts(m.as_bytes()).into_owned()).unwrap();
        assert_eq!(
            cut,
            "From: MAILER-DAEMON@b.example\nSubject: Undelivered\n\
             X-Failed-Recipients: a@c.example\n\nbody\n"
        );
    }

    fn report(original_body: &str, inner_type: &str) -> String {
        format!(
            "Content-Type: multipart/report; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\n\
             <a@example.org>: 550 User unknown\n\n--B\nContent-Type: message/rfc822\n\n\
             From: s@example.com\nTo: a@example.org\nContent-Type: {inner_type}\n\n\
             {original_body}\n--B--\n"
        )
    }

    #[test]
    fn cuts_a_long_original_body_and_keeps_its_headers() {
        let body = "x".repeat(5000);
        let m = report(&body, "text/plain");
        let cut = without_unread_parts(m.as_bytes());
        let cut = std::str::from_utf8(&cut).unwrap();
        assert!(!cut.contains("xxxx"), "{cut}");
        assert!(
            cut.contains(
                "From: s@example.com\nTo: a@example.org\nContent-Type: text/plain\n\n\n--B--\n"
            ),
            "{cut}"
        );
        assert!(cut.contains("550 User unknown"));
    }

    #[test]
    fn keeps_only_the_headers_the_reader_uses() {
        let junk = "X-Junk: 1\n".repeat(100);
        let m = report("body", "text/plain").replace(
            "From: s@example.com\n",
            &format!("Received: from x\n\tby y\n{junk}From: s@example.com\n"),
        );
        let cut = without_unread_parts(m.as_bytes());
        let cut = std::str::from_utf8(&cut).unwrap();
        assert!(
            !cut.contains("X-Junk") && !cut.contains("Received"),
            "{cut}"
        );
        assert!(
            cut.contains("From: s@example.com\nTo: a@example.org\n"),
            "{cut}"
        );
    }

    #[test]
    fn drops_html_words_only_beside_a_status_part() {
        let html = format!("<p>{}</p>", "words ".repeat(400));
        let with = |status: &str| {
            format!(
                "Content-Type: multipart/report; boundary=\"B\"\n\n--B\n\
                 Content-Type: text/html; charset=utf-8\n\n{html}\n--B\n{status}--B--\n"
            )
        };
        let m = with("Content-Type: message/delivery-status\n\nAction: failed\n");
        let cut = without_unread_parts(m.as_bytes());
        let cut = std::str::from_utf8(&cut).unwrap();
        assert!(!cut.contains("words"), "{cut}");
        assert!(cut.contains("Action: failed"));
        let m = with("");
        assert!(matches!(
            without_unread_parts(m.as_bytes()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn drops_images_and_attachments() {
        let png = "iVBORw0KGgo".repeat(200);
        let m = format!(
            "Content-Type: multipart/related; boundary=\"B\"\n\n--B\n\
             Content-Type: text/plain\n\n550 5.1.1 User unknown\n--B\n\
             Content-Type: image/png; name=\"icon.png\"\nContent-Transfer-Encoding: base64\n\n\
             {png}\n--B--\n"
        );
        let cut = without_unread_parts(m.as_bytes());
        let cut = std::str::from_utf8(&cut).unwrap();
        assert!(
            !cut.contains("iVBOR") && cut.contains("User unknown"),
            "{cut}"
        );
    }

    #[test]
    fn keeps_the_report_headers_the_reader_uses() {
        let received = "Received: from a.example (a.example [192.0.2.1])\r\n\tby b.example; Mon, 1 Jan 2024 00:00:00 +0000\r\n".repeat(8);
        let m = format!(
            "{received}From: MAILER-DAEMON@b.example\r\nX-Failed-Recipients: u@c.example\r\n\
             Subject: Undelivered\r\nAuto-Submitted: auto-replied\r\n\r\nbody Received: x\r\n"
        );
        let cut = without_unread_parts(m.as_bytes());
        assert_eq!(
            std::str::from_utf8(&cut).unwrap(),
            "From: MAILER-DAEMON@b.example\r\nX-Failed-Recipients: u@c.example\r\n\
             Subject: Undelivered\r\nAuto-Submitted: auto-replied\r\n\r\nbody Received: x\r\n"
        );
        // A first paragraph with a line that is no header field is not a header block.
        let m = format!("{received}not a header\r\n\r\nbody\r\n");
        assert!(matches!(
            without_unread_parts(m.as_bytes()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn leaves_short_bodies_and_attached_reports() {
        let m = report("short", "text/plain");
        assert!(matches!(
            without_unread_parts(m.as_bytes()),
            Cow::Borrowed(_)
        ));
        let m = report(
            &"x".repeat(5000),
            "multipart/report; report-type=delivery-status",
        );
        assert!(matches!(
            without_unread_parts(m.as_bytes()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn words_in_a_text_are_not_a_part() {
        let m = format!(
            "Subject: x\n\nContent-Type: message/rfc822\n\n{}\n",
            "y".repeat(5000)
        );
        assert!(matches!(
            without_unread_parts(m.as_bytes()),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_longer_boundary_is_not_the_delimiter() {
        let body = format!("--B2\n{}\n--B2--", "x".repeat(5000));
        let m = report(&body, "multipart/mixed; boundary=B2");
        let cut = without_unread_parts(m.as_bytes());
        let cut = std::str::from_utf8(&cut).unwrap();
        assert!(!cut.contains("--B2"), "{cut}");
        assert!(cut.ends_with("\n--B--\n"), "{cut}");
    }

    #[test]
    fn an_unclosed_part_is_cut_to_the_end() {
        let m = report(&"x".repeat(5000), "text/plain").replace("\n--B--\n", "");
        let cut = without_unread_parts(m.as_bytes());
        assert!(cut.len() < 600, "{}", cut.len());
    }
}
