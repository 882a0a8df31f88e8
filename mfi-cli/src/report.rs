//! `mfi report`: logs and message traces into incidents (or correlated events).

use std::io::{self, BufWriter, IsTerminal, Write};

use mfi_core::{ConnectorTarget, QueueProfile, Severity, Timestamp};
use mfi_log::{Event, Format, Incident, IncidentState, Incidents, LogReader, ReadOptions};

use mfi_core::knowledge::locale::{fill, Label};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::{
    locale, parse_color, parse_max_len, parse_name, parse_time, print, usage, with_names, Failure,
};

pub(crate) const REPORT_HELP: &str = "\
mfi report - read mail logs and message traces into incidents

Usage: mfi report [OPTIONS] [PATH...]

Each PATH is a log file (plain or gzip'd), a folder (read recursively; rotated logs
oldest first) or '-' for standard input (the default). Formats are found from each
input's first lines: Postfix, Exim, Sendmail, OpenSMTPD and qmail logs (syslog, Exim's
own mainlog, qmail-send's log), Exchange message tracking and SMTP send protocol logs, PowerShell's listings
and tables (Get-Queue, Get-Message, Get-MessageTrackingLog, Get-MessageTrace,
Get-MessageTraceDetail, as Format-List or Format-Table prints them), Microsoft 365
message-trace exports (CSV, UTF-8 or UTF-16), PowerMTA's accounting CSV, Postfix's and
Sendmail's queue listings (mailq, postqueue -p, sendmail -bp), Cisco Secure Email
Gateway's mail_logs (IronPort, AsyncOS), JSON Lines (log shippers,
delivery services' events, KumoMTA's log records), and any other text line by line.

Every delivery line becomes an event; the lines of one message are correlated (queue
ids, message ids), so its queue outcome comes from the log. Failures are grouped into
incidents by failure (MFI code, else reason) and recipient domain, worst first.

Output (default: a table that fits the terminal):
  --json                    one JSON object per incident (JSON Lines)
  --csv                     one CSV row per incident
  --events                  one JSON object per event instead of incidents

Options:
  --format FORMAT           read every input as one of:
                            {formats}
  --since TIME              only events at or after TIME (RFC 3339)
  --until TIME              only events before TIME (RFC 3339)
  --domain DOMAIN           only recipients at DOMAIN (or its subdomains)
  --code CODE               only failures with this MFI code (4.4.316) or reason
                            (userunknown)
  --now TIME                the time to judge queues at (default: the latest line's)
  --within HOURS            count recipients expiring within HOURS of now (default 24)
  --year YEAR               the year of syslog dates that name none (default: this
                            year, or the last if the date would lie ahead)
  --profile PROFILE         queue profile for every event (default: the logging
                            system's): {profiles}
  --connector TARGET        who is behind the connector: {connectors}
  --origin SYSTEM           which system wrote lines that do not name their program
                            (plain text, JSON): {origins}
  --lang TAG                language of the explanations and labels: {locales}
                            (default: LC_ALL, LC_MESSAGES or LANG; JSON keeps ids)
  --max-line-bytes N        read at most N bytes of one line
  --color WHEN              auto, always or never (default: auto; NO_COLOR is honoured)
  -h, --help                this help

Examples:
  mfi report /var/log/mail.log /var/log/mail.log.1 /var/log/mail.log.2.gz
  mfi report --json --domain example.net /var/log/exim4/
  mfi report --events --code 4.4.316 messagetrace.csv

Exit status: 0 on success, 1 on an I/O error, 2 on a usage error.
";

/// The input size from which a progress bar is shown (on a terminal only).
const PROGRESS_FROM: u64 = 32 << 20;

/// What to print.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Output {
    Table,
    Json,
    Csv,
    Events,
}

/// Which events count.
struct Filter {
    since: Option<Timestamp>,
    until: Option<Timestamp>,
    domain: Option<String>,
    code: Option<String>,
}

impl Filter {
    fn keeps(&self, e: &Event) -> bool {
        if let Some(t) = e.time {
            if self.since.is_some_and(|s| t < s) || self.until.is_some_and(|u| t >= u) {
                return false;
            }
        }
        if let Some(want) = &self.domain {
            let ok = e
                .domain
                .as_deref()
                .is_some_and(|d| d == want || d.ends_with(&format!(".{want}")));
            if !ok {
                return false;
            }
        }
        if let Some(code) = &self.code {
            // Deliveries pass: they tell whether an incident is resolved.
            let Some(d) = e.diagnosis.as_ref().map(|d| d.as_diagnosis()) else {
                return !e.kind.is_failure();
            };
            let hit = d.mfi_code().is_some_and(|c| c.to_string() == *code)
                || d.reason().to_string() == *code;
            if !hit {
                return false;
            }
        }
        true
    }
}

pub(crate) fn report_cmd(mut args: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut output = Output::Table;
    let mut color = None;
    let mut options = ReadOptions::default();
    let mut filter = Filter {
        since: None,
        until: None,
        domain: None,
        code: None,
    };
    let mut now = None;
    let mut within = 24i64;
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => output = Output::Json,
            Long("csv") => output = Output::Csv,
            Long("events") => output = Output::Events,
            Long("format") => {
                let v = args.value()?.to_string_lossy().into_owned();
                let f = Format::from_name(&v).ok_or_else(|| {
                    usage(Label::UnknownName, &[("what", "format"), ("value", &v)])
                })?;
                options = options.format(f);
            }
            Long("since") => filter.since = Some(parse_time(args.value()?, "--since")?),
            Long("until") => filter.until = Some(parse_time(args.value()?, "--until")?),
            Long("domain") => {
                let d = args.value()?.to_string_lossy().trim().to_ascii_lowercase();
                filter.domain = Some(d.trim_start_matches('@').trim_end_matches('.').to_owned());
            }
            Long("code") => {
                filter.code = Some(args.value()?.to_string_lossy().trim().to_ascii_lowercase())
            }
            Long("now") => now = Some(parse_time(args.value()?, "--now")?),
            Long("within") => {
                let v = args.value()?.to_string_lossy().into_owned();
                within = v.parse().ok().filter(|h| *h >= 0).ok_or_else(|| {
                    usage(Label::NotHours, &[("flag", "--within"), ("value", &v)])
                })?;
            }
            Long("year") => {
                let v = args.value()?.to_string_lossy().into_owned();
                let y = v
                    .parse()
                    .ok()
                    .filter(|y| (1..=9999).contains(y))
                    .ok_or_else(|| usage(Label::NotAYear, &[("flag", "--year"), ("value", &v)]))?;
                options = options.year(y);
            }
            Long("profile") => {
                options = options.profile(parse_name(
                    args.value()?,
                    "profile",
                    QueueProfile::from_name,
                )?)
            }
            Long("connector") => {
                options = options.connector(parse_name(
                    args.value()?,
                    "connector",
                    ConnectorTarget::from_name,
                )?)
            }
            Long("max-line-bytes") => options = options.max_line_len(parse_max_len(args.value()?)?),
            Long("lang") => drop(args.value()?),
            Long("origin") => {
                options = options.origin(parse_name(
                    args.value()?,
                    "origin",
                    mfi_core::Origin::from_name,
                )?)
            }
            Long("color") | Long("colour") => color = parse_color(args.value()?)?,
            Long("help") | Short('h') => return print(&help()),
            Value(v) => paths.push(v.into()),
            other => return Err(other.unexpected().into()),
        }
    }
    if paths.is_empty() {
        paths.push("-".into());
    }
    let options = options.locale(locale());
    let stdout = io::stdout();
    let color = output == Output::Table
        && color.unwrap_or_else(|| stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none());
    let width = terminal_width(&stdout);
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut reader = LogReader::open(&paths, &options);
    // A progress bar on a terminal, for inputs worth waiting for.
    let total = reader.total_bytes();
    let bar = (io::stderr().is_terminal() && total >= PROGRESS_FROM).then(|| {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} reading {bytes}/{total_bytes} ({bytes_per_sec}, {eta} left) {wide_bar}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        let feed = bar.clone();
        reader.on_read(move |n| feed.inc(n));
        bar
    });
    let mut incidents = Incidents::new();
    let mut failed = false;
    let mut read = 0u64;
    while let Some(item) = reader.next_event() {
        match item {
            Ok(e) => {
                read += 1;
                if !filter.keeps(&e) {
                    continue;
                }
                if output == Output::Events {
                    out.write_all(e.to_json().as_bytes())?;
                    out.write_all(b"\n")?;
                } else {
                    incidents.add(&e);
                }
            }
            Err(e) => {
                out.flush()?;
                let _ = writeln!(io::stderr(), "mfi: {e}");
                failed = true;
            }
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if output != Output::Events {
        let list = incidents.finish(now.or(reader.latest()), within);
        match output {
            Output::Json => {
                for i in &list {
                    out.write_all(i.to_json().as_bytes())?;
                    out.write_all(b"\n")?;
                }
            }
            Output::Csv => write_csv(&mut out, &list)?,
            // (A log with no delivery at all is not a clean log: say which it is.)
            _ if read == 0 => writeln!(out, "{}", locale().label(Label::NoEvents))?,
            _ => write_table(&mut out, &list, width, color)?,
        }
    }
    out.flush()?;
    if read == 0 && output != Output::Table && !failed {
        let _ = writeln!(io::stderr(), "mfi: {}", locale().label(Label::NoEvents));
    }
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}

fn help() -> String {
    // The format names, wrapped under the option's text.
    let mut formats = String::new();
    let mut width = 0;
    for (i, f) in Format::ALL.iter().enumerate() {
        let name = if i + 1 < Format::ALL.len() {
            format!("{}, ", f.name())
        } else {
            f.name().to_owned()
        };
        if width + name.len() > 60 {
            formats.truncate(formats.trim_end().len());
            formats.push_str("\n                            ");
            width = 0;
        }
        width += name.len();
        formats.push_str(&name);
    }
    with_names(REPORT_HELP).replace("{formats}", formats.trim_end())
}

/// The terminal's width, `COLUMNS`, or 120 when the output is not a terminal.
fn terminal_width(stdout: &io::Stdout) -> usize {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()) {
        return w;
    }
    if stdout.is_terminal() {
        if let Some((terminal_size::Width(w), _)) = terminal_size::terminal_size() {
            return usize::from(w);
        }
    }
    120
}

fn short_time(t: Option<Timestamp>) -> String {
    t.map_or_else(
        || "-".into(),
        |t| {
            let s = t.to_string();
            // 2026-03-10T02:03:04Z -> 03-10 02:03
            s.get(5..16).map_or(s.clone(), |x| x.replace('T', " "))
        },
    )
}

fn write_table(
    out: &mut impl Write,
    list: &[Incident],
    width: usize,
    color: bool,
) -> io::Result<()> {
    let l = locale();
    if list.is_empty() {
        return writeln!(out, "{}", l.label(Label::NoFailures));
    }
    let headers = [
        Label::ColState,
        Label::ColSeverity,
        Label::ColFailure,
        Label::ColDestination,
        Label::ColEvents,
        Label::ColMessages,
        Label::ColRecipients,
        Label::ColGaveUp,
        Label::ColExpiring,
        Label::ColFirst,
        Label::ColLast,
        Label::ColHosts,
    ]
    .map(|h| l.label(h));
    let rows: Vec<[String; 12]> = list
        .iter()
        .map(|i| {
            [
                l.label(match i.state {
                    IncidentState::Resolved => Label::StateResolved,
                    _ => Label::StateOngoing,
                })
                .to_owned(),
                match i.severity {
                    Severity::Permanent => l.label(Label::SevPermanent).into(),
                    Severity::Transient => l.label(Label::SevTemporary).into(),
                    s => l.severity(s).into(),
                },
                i.failure(),
                i.destination.clone(),
                i.events.to_string(),
                i.messages.to_string(),
                i.recipients.to_string(),
                i.expired.to_string(),
                i.expiring.to_string(),
                short_time(i.first_seen),
                short_time(i.last_seen),
                i.hosts.join(","),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.width());
        }
    }
    // Fit the width: the hosts give way first, then, on a narrow terminal, the columns a
    // glance can do without (the colour still tells the severity), then the destination.
    let mut shown: Vec<usize> = (0..headers.len()).collect();
    let total = |w: &[usize], shown: &[usize]| {
        shown.iter().map(|&c| w[c]).sum::<usize>() + 2 * shown.len().saturating_sub(1)
    };
    enum Step {
        Shrink(usize, usize),
        Drop(usize),
    }
    for step in [
        Step::Shrink(11, 12),
        Step::Drop(11),
        Step::Drop(9),
        Step::Drop(1),
        Step::Drop(8),
        Step::Drop(7),
        Step::Shrink(3, 16),
    ] {
        let excess = total(&widths, &shown).saturating_sub(width);
        if excess == 0 {
            break;
        }
        match step {
            Step::Shrink(c, floor) => {
                widths[c] = widths[c].saturating_sub(excess).max(floor.min(widths[c]))
            }
            Step::Drop(c) => shown.retain(|&x| x != c),
        }
    }
    let numeric = |c: usize| (4..=8).contains(&c);
    let last = *shown.last().unwrap_or(&0);
    let line = |cells: &[String], paint: Option<&str>| -> String {
        let mut s = String::new();
        for (i, &c) in shown.iter().enumerate() {
            let (cell, w) = (&cells[c], widths[c]);
            let cell = fit(cell, w);
            let pad = w.saturating_sub(cell.width());
            if i > 0 {
                s.push_str("  ");
            }
            if numeric(c) {
                s.push_str(&" ".repeat(pad));
                s.push_str(&cell);
            } else if c == last {
                s.push_str(&cell);
            } else {
                s.push_str(&cell);
                s.push_str(&" ".repeat(pad));
            }
        }
        match paint {
            Some(p) => format!("\x1b[{p}m{s}\x1b[0m"),
            None => s,
        }
    };
    let header: Vec<String> = headers.iter().map(|h| (*h).to_owned()).collect();
    writeln!(out, "{}", line(&header, color.then_some("1")))?;
    for (i, r) in list.iter().zip(&rows) {
        let paint = color.then_some(match (i.state, i.severity) {
            (IncidentState::Resolved, _) => "2",
            (_, Severity::Permanent) => "31",
            _ => "33",
        });
        writeln!(out, "{}", line(r, paint))?;
    }
    let ongoing = list
        .iter()
        .filter(|i| i.state == IncidentState::Ongoing)
        .count();
    writeln!(
        out,
        "\n{}",
        fill(
            l.label(Label::IncidentsSummary),
            &[
                ("count", &list.len().to_string()),
                ("ongoing", &ongoing.to_string()),
                ("failure", &list[0].failure()),
                ("destination", &list[0].destination),
                (
                    "example",
                    &fit(&list[0].example, width.saturating_sub(30).max(40))
                ),
            ]
        ),
    )
}

/// `s` cut to `w` terminal columns (with `…` when cut; CJK characters take two).
fn fit(s: &str, w: usize) -> String {
    if s.width() <= w {
        return s.to_owned();
    }
    let mut t = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = c.width().unwrap_or(0);
        if used + cw + 1 > w {
            break;
        }
        used += cw;
        t.push(c);
    }
    t.push('…');
    t
}

fn write_csv(out: &mut impl Write, list: &[Incident]) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(Incident::FIELDS)?;
    for i in list {
        w.write_record(i.cells())?;
    }
    w.flush()
}
