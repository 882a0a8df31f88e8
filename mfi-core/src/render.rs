//! The human-readable report of a diagnosis (what `mfi classify` prints).

use std::io::{self, Write};

use crate::knowledge;
use crate::{Diagnosis, QueueState, Severity};

struct Paint {
    on: bool,
}

impl Paint {
    fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
    fn bold(&self, t: &str) -> String {
        self.wrap("1", t)
    }
    fn dim(&self, t: &str) -> String {
        self.wrap("2", t)
    }
    fn severity(&self, sev: Severity, t: &str) -> String {
        match sev {
            Severity::Permanent => self.wrap("1;31", t),
            Severity::Transient => self.wrap("1;33", t),
            Severity::Success => self.wrap("1;32", t),
            _ => self.bold(t),
        }
    }
}

pub(crate) fn write(
    out: &mut impl Write,
    d: &Diagnosis<'_>,
    n: usize,
    color: bool,
) -> io::Result<()> {
    let p = Paint { on: color };
    let codes = match (d.reply_code(), d.enhanced_status()) {
        (Some(r), Some(e)) => format!("{r} {e}"),
        (Some(r), None) => r.to_string(),
        (None, Some(e)) => e.to_string(),
        (None, None) => "no code".to_owned(),
    };
    let head = match (d.mfi_code(), d.mfi_match()) {
        (Some(code), Some(how)) => {
            let e = knowledge::mfi_entry(code);
            format!("MFI {code} {} ({how}; text: {codes})", e.title)
        }
        _ => match d.title() {
            Some(t) => format!("{codes} {t}"),
            None if d.enhanced_status().is_none() && d.reply_code().is_none() => {
                "no delivery failure recognised".to_owned()
            }
            None => codes,
        },
    };
    writeln!(
        out,
        "{} {}",
        p.dim(&format!("[{n}]")),
        p.severity(d.severity(), &head)
    )?;
    let expired = if d.expired() { ", expired" } else { "" };
    writeln!(
        out,
        "    {} {}{}  {} {}",
        p.dim("severity"),
        d.severity(),
        expired,
        p.dim("reason"),
        d.reason()
    )?;
    if let Some(m) = d.meaning() {
        writeln!(out, "    {m}")?;
    }
    if !d.causes().is_empty() {
        writeln!(out, "    {}", p.bold("likely causes"))?;
        for (i, c) in d.causes().iter().enumerate() {
            writeln!(out, "      {}. {}", i + 1, knowledge::cause_info(*c).text)?;
        }
    }
    if d.remediations().len() > 0 {
        writeln!(out, "    {}", p.bold("what to do"))?;
        for r in d.remediations() {
            writeln!(
                out,
                "      - {} {}",
                p.bold(&format!("[{}]", r.actor)),
                r.text
            )?;
        }
    }
    if let Some(q) = d.queue() {
        let what = match q.state {
            QueueState::Retrying => format!(
                "retrying; expires {} ({} left)",
                q.expires_at,
                duration(q.remaining_s)
            ),
            QueueState::Expired => format!("expired at {}; returned to the sender", q.expires_at),
            QueueState::Bounced => "bounced at once (permanent failure, no retry)".to_owned(),
            QueueState::Delivered => "delivered".to_owned(),
        };
        writeln!(out, "    {} {}: {what}", p.bold("queue"), q.profile)?;
        if let Some(t) = q.next_delay_notice {
            writeln!(out, "      delay notice to the sender at {t}")?;
        }
    }
    let attrs: Vec<String> = d
        .attributes()
        .map(|(k, v)| format!("{k}={}", escape_controls(v)))
        .collect();
    if !attrs.is_empty() {
        writeln!(out, "    {}", p.dim(&attrs.join("  ")))?;
    }
    writeln!(out)
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

fn duration(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match (d, h) {
        (0, 0) => format!("{m}m"),
        (0, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h {m}m"),
    }
}

#[cfg(test)]
mod tests {
    use super::escape_controls;

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
