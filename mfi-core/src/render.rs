//! The human-readable report of a diagnosis (what `mfi classify` prints).

use std::io::{self, Write};

use crate::knowledge::locale::{fill, Label, Locale};
use crate::{Diagnosis, Origin, QueueState, Severity};

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
    let l = d.locale();
    let codes = match (d.reply_code(), d.enhanced_status()) {
        (Some(r), Some(e)) => format!("{r} {e}"),
        (Some(r), None) => r.to_string(),
        (None, Some(e)) => e.to_string(),
        (None, None) => l.label(Label::NoCode).to_owned(),
    };
    let head = match (d.mfi_code(), d.mfi_match(), d.title()) {
        (Some(code), Some(how), Some(title)) => fill(
            l.label(Label::HeadMfi),
            &[
                ("code", code.name()),
                ("title", title),
                ("how", l.mfi_match(how)),
                ("codes", &codes),
            ],
        ),
        _ => match d.title() {
            Some(t) => format!("{codes} {t}"),
            None if d.enhanced_status().is_none() && d.reply_code().is_none() => {
                l.label(Label::NothingRecognised).to_owned()
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
    let expired = if d.expired() {
        format!(", {}", l.label(Label::Expired))
    } else {
        String::new()
    };
    let origin = if d.origin() == Origin::Unknown {
        String::new()
    } else {
        format!(
            "  {} {}",
            p.dim(l.label(Label::ReportedBy)),
            l.origin(d.origin())
        )
    };
    writeln!(
        out,
        "    {} {}{}  {} {}{origin}",
        p.dim(l.label(Label::Severity)),
        l.severity(d.severity()),
        expired,
        p.dim(l.label(Label::Reason)),
        d.reason()
    )?;
    if let Some(m) = d.meaning() {
        writeln!(out, "    {m}")?;
    }
    if !d.causes().is_empty() {
        writeln!(out, "    {}", p.bold(l.label(Label::LikelyCauses)))?;
        for (i, c) in d.causes().iter().enumerate() {
            writeln!(out, "      {}. {}", i + 1, l.cause(*c))?;
        }
    }
    if d.remediations().len() > 0 {
        writeln!(out, "    {}", p.bold(l.label(Label::WhatToDo)))?;
        for r in d.remediations() {
            writeln!(
                out,
                "      - {} {}",
                p.bold(&format!("[{}]", l.actor(r.actor))),
                r.text
            )?;
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
        writeln!(
            out,
            "    {} {}: {what}",
            p.bold(l.label(Label::Queue)),
            q.profile
        )?;
        if let Some(t) = q.next_delay_notice {
            let t = t.to_string();
            writeln!(
                out,
                "      {}",
                fill(l.label(Label::DelayNotice), &[("time", &t)])
            )?;
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
