//! The human-readable summary of a report.

use std::io::{self, Write};

use mfi_core::knowledge::locale::{fill, Label};
use mfi_core::{terminal_safe, Severity};

use crate::Report;

fn paint(on: bool, code: &str, text: &str) -> String {
    if on {
        format!("\x1b[{code}m{text}\x1b[0m")
    } else {
        text.to_owned()
    }
}

fn short(s: &str, n: usize) -> String {
    let s = terminal_safe(s);
    if s.chars().count() <= n {
        s.into_owned()
    } else {
        let cut: String = s.chars().take(n).collect();
        format!("{cut}...")
    }
}

pub(crate) fn write(r: &Report, w: &mut impl Write, source: &str, color: bool) -> io::Result<()> {
    let l = r.locale;
    let mut head = format!("{} {}", terminal_safe(source), l.report_kind(r.kind));
    if let Some(mta) = &r.reporting_mta {
        head.push(' ');
        head.push_str(&fill(l.label(Label::From), &[("mta", &terminal_safe(mta))]));
    }
    writeln!(w, "{}", paint(color, "1", &head))?;
    if let Some(s) = &r.original.subject {
        let to = r.original.to.as_deref().unwrap_or("?");
        writeln!(
            w,
            "    {} {}",
            paint(color, "2", l.label(Label::Original)),
            fill(
                l.label(Label::SubjectTo),
                &[("subject", &short(s, 60)), ("to", &short(to, 60))]
            )
        )?;
    }
    if r.recipients.is_empty() {
        writeln!(w, "    {}", paint(color, "2", l.label(Label::NoRecipients)))?;
    }
    for rc in &r.recipients {
        let d = rc.diagnosis.as_diagnosis();
        let status = rc.status.map_or("-".to_owned(), |s| s.to_string());
        let mut line = format!("{}  {status}  {}", terminal_safe(&rc.recipient), d.reason());
        if let Some(code) = d.mfi_code() {
            line.push_str(&format!("  MFI {code}"));
        }
        if d.expired() {
            line.push_str("  ");
            line.push_str(l.label(Label::Expired));
        }
        if rc.hardbounce {
            line.push_str("  ");
            line.push_str(l.label(Label::HardBounce));
        }
        let sev = match d.severity() {
            Severity::Permanent => "1;31",
            Severity::Transient => "1;33",
            Severity::Success => "1;32",
            _ => "1",
        };
        writeln!(w, "  - {}", paint(color, sev, &line))?;
        if let Some(c) = d.causes().first() {
            writeln!(
                w,
                "      {} {}",
                paint(color, "2", l.label(Label::Why)),
                l.cause(*c)
            )?;
        }
        if let Some(rem) = d.remediations().next() {
            writeln!(
                w,
                "      {} [{}] {}",
                paint(color, "2", l.label(Label::Do)),
                l.actor(rem.actor),
                rem.text
            )?;
        }
        if let Some(t) = &rc.diagnostic_code {
            writeln!(
                w,
                "      {} {}",
                paint(color, "2", l.label(Label::Text)),
                short(t, 160)
            )?;
        }
        if let Some(q) = d.queue() {
            let time = q.expires_at.to_string();
            writeln!(
                w,
                "      {} {}",
                paint(color, "2", l.label(Label::Queue)),
                fill(
                    l.label(Label::QueueLine),
                    &[
                        ("profile", q.profile.name()),
                        ("state", l.queue_state(q.state)),
                        ("time", &time)
                    ]
                )
            )?;
        }
    }
    writeln!(w)
}
