//! The human-readable report of a diagnosis (what `mfi classify` prints).

use std::io::{self, Write};

use crate::knowledge::locale::{fill, fill_to, Label, Locale};
use crate::{Diagnosis, Origin, QueueState, Severity};

/// Styles written around text as it goes out (no string is built for a style).
struct Paint {
    on: bool,
}

const BOLD: &str = "1";
const DIM: &str = "2";

impl Paint {
    /// `text` in the style `code` (an SGR code) when colours are on, else as it is.
    fn text(&self, out: &mut impl Write, code: &str, text: &str) -> io::Result<()> {
        self.with(out, code, |out| out.write_all(text.as_bytes()))
    }

    /// What `body` writes, in the style `code` when colours are on.
    fn with<W: Write>(
        &self,
        out: &mut W,
        code: &str,
        body: impl FnOnce(&mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        if self.on {
            out.write_all(b"\x1b[")?;
            out.write_all(code.as_bytes())?;
            out.write_all(b"m")?;
            body(out)?;
            out.write_all(b"\x1b[0m")
        } else {
            body(out)
        }
    }

    /// A section's heading on a line of its own (`    what to do`), in bold.
    fn heading(&self, out: &mut impl Write, label: &str) -> io::Result<()> {
        out.write_all(b"    ")?;
        self.text(out, BOLD, label)?;
        out.write_all(b"\n")
    }

    fn severity(sev: Severity) -> &'static str {
        match sev {
            Severity::Permanent => "1;31",
            Severity::Transient => "1;33",
            Severity::Success => "1;32",
            _ => BOLD,
        }
    }
}

/// Writes `n` in decimal (without the formatting machinery: the report and the JSON are
/// written for every line of a log).
pub(crate) fn decimal(out: &mut impl Write, mut n: usize) -> io::Result<()> {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&buf[i..])
}

/// Pieces of text, one after the other.
fn put(out: &mut impl Write, pieces: &[&str]) -> io::Result<()> {
    pieces.iter().try_for_each(|p| out.write_all(p.as_bytes()))
}

/// The codes of the primary reply (`550 5.1.1`), or the locale's "no code", in `buf`.
fn codes<'b>(d: &Diagnosis<'_>, l: Locale, buf: &'b mut [u8; 11]) -> &'b str {
    // (A reply code is three digits and a status at most seven bytes: they fit.)
    let mut w = io::Cursor::new(&mut buf[..]);
    if let Some(r) = d.reply_code() {
        let _ = decimal(&mut w, usize::from(r.get()));
    }
    if let Some(e) = d.enhanced_status() {
        let gap: &[u8] = if w.position() > 0 { b" " } else { b"" };
        let _ = w.write_all(gap);
        let _ = w.write_all(e.write_to(&mut [0; 7]).as_bytes());
    }
    let n = w.position() as usize;
    if n == 0 {
        return l.label(Label::NoCode);
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

/// The first line's headline: the MFI code and its title, else the codes and their title.
fn write_head(out: &mut impl Write, d: &Diagnosis<'_>, l: Locale) -> io::Result<()> {
    match (d.mfi_code(), d.mfi_match(), d.title()) {
        (Some(code), Some(how), Some(title)) => fill_to(
            out,
            l.label(Label::HeadMfi),
            &[
                ("code", code.name()),
                ("title", title),
                ("how", l.mfi_match(how)),
                ("codes", codes(d, l, &mut [0; 11])),
            ],
        ),
        _ => match d.title() {
            Some(t) => put(out, &[codes(d, l, &mut [0; 11]), " ", t]),
            None if d.enhanced_status().is_none() && d.reply_code().is_none() => {
                out.write_all(l.label(Label::NothingRecognised).as_bytes())
            }
            None => out.write_all(codes(d, l, &mut [0; 11]).as_bytes()),
        },
    }
}

pub(crate) fn write(
    out: &mut impl Write,
    d: &Diagnosis<'_>,
    n: usize,
    color: bool,
) -> io::Result<()> {
    let p = Paint { on: color };
    let l = d.locale();
    p.with(out, DIM, |out| {
        out.write_all(b"[")?;
        decimal(out, n)?;
        out.write_all(b"]")
    })?;
    out.write_all(b" ")?;
    p.with(out, Paint::severity(d.severity()), |out| {
        write_head(out, d, l)
    })?;
    out.write_all(b"\n    ")?;
    p.text(out, DIM, l.label(Label::Severity))?;
    put(out, &[" ", l.severity(d.severity())])?;
    if d.expired() {
        put(out, &[", ", l.label(Label::Expired)])?;
    }
    out.write_all(b"  ")?;
    p.text(out, DIM, l.label(Label::Reason))?;
    put(out, &[" ", d.reason().name()])?;
    if d.origin() != Origin::Unknown {
        out.write_all(b"  ")?;
        p.text(out, DIM, l.label(Label::ReportedBy))?;
        put(out, &[" ", l.origin(d.origin())])?;
    }
    out.write_all(b"\n")?;
    if let Some(m) = d.meaning() {
        put(out, &["    ", m, "\n"])?;
    }
    if !d.causes().is_empty() {
        p.heading(out, l.label(Label::LikelyCauses))?;
        for (i, c) in d.causes().iter().enumerate() {
            out.write_all(b"      ")?;
            decimal(out, i + 1)?;
            put(out, &[". ", l.cause(*c), "\n"])?;
        }
    }
    let remediations = d.remediations();
    if remediations.len() > 0 {
        p.heading(out, l.label(Label::WhatToDo))?;
        for r in remediations {
            out.write_all(b"      - ")?;
            p.with(out, BOLD, |out| put(out, &["[", l.actor(r.actor), "]"]))?;
            put(out, &[" ", r.text, "\n"])?;
        }
    }
    if let Some(q) = d.queue() {
        let time = q.expires_at.to_string();
        let what = match q.state {
            QueueState::Retrying => fill(
                l.label(Label::QueueRetrying),
                &[("time", &time), ("left", &duration(l, q.remaining_s))],
            ),
            QueueState::Expired => fill(l.label(Label::QueueExpired), &[("time", &time)]),
            QueueState::Bounced => l.label(Label::QueueBounced).to_owned(),
            QueueState::Delivered => l.label(Label::QueueDelivered).to_owned(),
        };
        out.write_all(b"    ")?;
        p.text(out, BOLD, l.label(Label::Queue))?;
        writeln!(out, " {}: {what}", q.profile)?;
        if let Some(t) = q.next_delay_notice {
            let t = t.to_string();
            writeln!(
                out,
                "      {}",
                fill(l.label(Label::DelayNotice), &[("time", &t)])
            )?;
        }
    }
    let attributes = d.attributes();
    if attributes.len() > 0 {
        out.write_all(b"    ")?;
        p.with(out, DIM, |out| {
            for (i, (k, v)) in attributes.enumerate() {
                let sep = if i > 0 { "  " } else { "" };
                put(out, &[sep, k.name(), "=", &escape_controls(v)])?;
            }
            Ok(())
        })?;
        out.write_all(b"\n")?;
    }
    out.write_all(b"\n")
}

/// Text from the input, safe to print to a terminal: control characters (C0, DEL, C1) and
/// the bidirectional overrides are shown as escapes (`\x1b`, `\u{9b}`, `\u{202e}`) instead of
/// being written, so that no input can move the cursor, change colours, ring the bell or
/// reorder what is shown.
///
/// ```
/// assert_eq!(mfi_core::terminal_safe("a\x1b[2Jb\r"), "a\\x1b[2Jb\\x0d");
/// ```
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !s.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            c if (c as u32) < 0x80 && unsafe_char(c) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A duration as days, hours and minutes, in the locale's units.
pub(crate) fn duration(l: Locale, secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    let (d, h, m) = (d.to_string(), h.to_string(), m.to_string());
    let values = [("d", d.as_str()), ("h", h.as_str()), ("m", m.as_str())];
    let label = match (values[0].1, values[1].1) {
        ("0", "0") => Label::Minutes,
        ("0", _) => Label::HoursMinutes,
        _ => Label::DaysHoursMinutes,
    };
    fill(l.label(label), &values)
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

    /// The colours are written around the parts they mark, and nowhere else.
    #[test]
    fn colours_mark_their_parts() {
        let d = crate::classify(
            "450 4.4.316 Connection refused [LastAttemptedIP=192.0.2.7:25] \
             [LastAttemptedServerName=mx.contoso.com]",
        );
        let mut out = Vec::new();
        super::write(&mut out, &d, 7, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines[0],
            "\x1b[2m[7]\x1b[0m \x1b[1;33mMFI 4.4.316 Connection refused (literal; text: 450 \
             4.4.316)\x1b[0m"
        );
        assert_eq!(
            lines[1],
            "    \x1b[2mseverity\x1b[0m transient  \x1b[2mreason\x1b[0m networkerror  \
             \x1b[2mreported by\x1b[0m Exchange Online"
        );
        assert!(lines.contains(&"    \x1b[1mwhat to do\x1b[0m"), "{text}");
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with("      - \x1b[1m[") && l.contains("]\x1b[0m ")),
            "{text}"
        );
        // The attributes, then the blank line that ends a report.
        assert_eq!(lines[lines.len() - 1], "");
        assert_eq!(
            lines[lines.len() - 2],
            "    \x1b[2mlast_attempted_ip=192.0.2.7:25  \
             last_attempted_server_name=mx.contoso.com\x1b[0m"
        );
        // Without colours: the same text, no escapes.
        let mut plain = Vec::new();
        super::write(&mut plain, &d, 7, false).unwrap();
        let plain = String::from_utf8(plain).unwrap();
        assert!(!plain.contains('\x1b'));
        let stripped = text
            .replace("\x1b[0m", "")
            .replace("\x1b[1;33m", "")
            .replace("\x1b[1m", "")
            .replace("\x1b[2m", "");
        assert_eq!(stripped, plain);
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(escape_controls("plain ü"), "plain ü");
        assert_eq!(
            escape_controls("a\x1b[31mb\r\x07\x7f"),
            "a\\x1b[31mb\\x0d\\x07\\x7f"
        );
        assert_eq!(escape_controls("\u{9b}x\u{202e}"), "\\u{9b}x\\u{202e}");
    }
}
