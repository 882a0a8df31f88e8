//! `mfi`: classify mail-delivery failures from the shell.

use std::io::{self, BufRead, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use mfi_core::knowledge::{self, catalogue};
use mfi_core::{
    classify_with, decode, ConnectorTarget, Diagnosis, Options, QueueProfile, QueueState, Severity,
    Timestamp,
};

const HELP: &str = "\
mfi - mail flow intelligence: diagnose mail-delivery failures

Usage:
  mfi classify [OPTIONS] [TEXT...]   classify each TEXT, or each line of standard input
  mfi codes [--json]                 list every code mfi knows
  mfi --help | --version

Run 'mfi classify --help' for the classify options.
";

const CLASSIFY_HELP: &str = "\
mfi classify - diagnose mail-delivery failure texts

Usage: mfi classify [OPTIONS] [TEXT...]

Each TEXT is one failure text. Without TEXT, every line of standard input is one text
and exactly one result is printed per line, in order (streamed, constant memory). Bytes
that are not UTF-8 are replaced, never fatal.

Options:
  --json                    print one JSON object per text (JSON Lines), as in the
                            diagnosis contract
  --connector TARGET        who is behind the connector: on-premises or partner
                            (default: unknown, remediations for both)
  --profile PROFILE         queue profile, to say what the queue does next:
                            exchange-online, exchange-online-pre-2019, exchange-server,
                            postfix, sendmail, exim, rfc5321
  --first-attempt TIME      when delivery was first attempted (RFC 3339); needed with
                            --profile
  --now TIME                the time to judge the queue at (RFC 3339; default: now)
  --color WHEN              auto, always or never (default: auto; NO_COLOR is honoured)
  -h, --help                this help

Examples:
  mfi classify '450 4.4.316 Connection refused [Message=Socket error code 10061]'
  mfi classify --json < queue.log > diagnoses.jsonl
  mfi classify --connector partner --profile exchange-online \\
      --first-attempt 2025-01-08T06:00:00Z --now 2025-01-08T20:00:00Z < queue.log

Exit status: 0 on success, 1 on an I/O error, 2 on a usage error.
";

enum Failure {
    Usage(String),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<lexopt::Error> for Failure {
    fn from(e: lexopt::Error) -> Self {
        Failure::Usage(e.to_string())
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("mfi: {msg}\nTry 'mfi --help'.");
            ExitCode::from(2)
        }
        // A closed pipe (`mfi classify < big.log | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("mfi: {e}");
            ExitCode::from(1)
        }
    }
}

fn run() -> Result<(), Failure> {
    let mut args = lexopt::Parser::from_env();
    use lexopt::prelude::*;
    match args.next()? {
        Some(Long("help") | Short('h')) | None => {
            print!("{HELP}");
            Ok(())
        }
        Some(Long("version") | Short('V')) => {
            println!("mfi {}", mfi_core::VERSION);
            Ok(())
        }
        Some(Value(cmd)) if cmd == "classify" => classify_cmd(args),
        Some(Value(cmd)) if cmd == "codes" => codes_cmd(args),
        Some(Value(cmd)) => Err(Failure::Usage(format!(
            "unknown command '{}'",
            cmd.to_string_lossy()
        ))),
        Some(other) => Err(other.unexpected().into()),
    }
}

struct Settings {
    json: bool,
    color: bool,
    options: Options,
}

fn parse_name<T>(
    value: std::ffi::OsString,
    what: &str,
    parse: fn(&str) -> Result<T, mfi_core::Error>,
) -> Result<T, Failure> {
    let s = value.to_string_lossy();
    parse(&s).map_err(|_| Failure::Usage(format!("unknown {what} '{s}'")))
}

fn parse_time(value: std::ffi::OsString, flag: &str) -> Result<Timestamp, Failure> {
    let s = value.to_string_lossy();
    s.parse()
        .map_err(|_| Failure::Usage(format!("{flag}: '{s}' is not an RFC 3339 time")))
}

fn classify_cmd(mut args: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut json = false;
    let mut color = None;
    let mut connector = ConnectorTarget::Unknown;
    let mut profile = None;
    let mut first_attempt = None;
    let mut now = None;
    let mut texts = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => json = true,
            Long("connector") => {
                connector = parse_name(args.value()?, "connector", ConnectorTarget::from_name)?
            }
            Long("profile") => {
                profile = Some(parse_name(
                    args.value()?,
                    "profile",
                    QueueProfile::from_name,
                )?)
            }
            Long("first-attempt") => {
                first_attempt = Some(parse_time(args.value()?, "--first-attempt")?)
            }
            Long("now") => now = Some(parse_time(args.value()?, "--now")?),
            Long("color") | Long("colour") => {
                color = match args.value()?.to_string_lossy().as_ref() {
                    "always" => Some(true),
                    "never" => Some(false),
                    "auto" => None,
                    other => return Err(Failure::Usage(format!("--color: unknown '{other}'"))),
                }
            }
            Long("help") | Short('h') => {
                print!("{CLASSIFY_HELP}");
                return Ok(());
            }
            Value(v) => texts.push(v),
            other => return Err(other.unexpected().into()),
        }
    }
    let mut options = Options::new().connector(connector);
    match (profile, first_attempt) {
        (Some(p), Some(first)) => {
            let now = now.unwrap_or_else(system_now);
            options = options.queue(p, first, now);
        }
        (Some(_), None) => {
            return Err(Failure::Usage("--profile needs --first-attempt".into()));
        }
        (None, Some(_)) => {
            return Err(Failure::Usage("--first-attempt needs --profile".into()));
        }
        (None, None) if now.is_some() => {
            return Err(Failure::Usage("--now needs --profile".into()));
        }
        (None, None) => {}
    }
    let stdout = io::stdout();
    let color = !json
        && color.unwrap_or_else(|| stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none());
    let settings = Settings {
        json,
        color,
        options,
    };
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    if texts.is_empty() {
        let stdin = io::stdin();
        let mut input = stdin.lock();
        let mut buf = Vec::with_capacity(1 << 12);
        let mut n = 0usize;
        loop {
            buf.clear();
            if input.read_until(b'\n', &mut buf)? == 0 {
                break;
            }
            n += 1;
            let line = strip_eol(&buf);
            emit(&mut out, &settings, line, n)?;
        }
    } else {
        for (i, t) in texts.iter().enumerate() {
            emit(&mut out, &settings, t.as_encoded_bytes(), i + 1)?;
        }
    }
    out.flush()?;
    Ok(())
}

fn strip_eol(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    if end > 0 && buf[end - 1] == b'\n' {
        end -= 1;
        if end > 0 && buf[end - 1] == b'\r' {
            end -= 1;
        }
    }
    &buf[..end]
}

fn system_now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Timestamp::from_unix(secs)
}

fn emit(out: &mut impl Write, s: &Settings, line: &[u8], n: usize) -> io::Result<()> {
    let text = decode(line);
    let d = classify_with(&text, &s.options);
    if s.json {
        serde_json::to_writer(&mut *out, &d)?;
        out.write_all(b"\n")
    } else {
        render(out, &d, n, s.color)
    }
}

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

fn render(out: &mut impl Write, d: &Diagnosis<'_>, n: usize, color: bool) -> io::Result<()> {
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
            _ => q.state.to_string(),
        };
        writeln!(out, "    {} {}: {what}", p.bold("queue"), q.profile)?;
        if let Some(t) = q.next_delay_notice {
            writeln!(out, "      delay notice to the sender at {t}")?;
        }
    }
    let attrs: Vec<String> = d.attributes().map(|(k, v)| format!("{k}={v}")).collect();
    if !attrs.is_empty() {
        writeln!(out, "    {}", p.dim(&attrs.join("  ")))?;
    }
    writeln!(out)
}

fn duration(secs: i64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    match (d, h) {
        (0, 0) => format!("{m}m"),
        (0, _) => format!("{h}h {m}m"),
        _ => format!("{d}d {h}h {m}m"),
    }
}

fn codes_cmd(mut args: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut json = false;
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => json = true,
            Long("help") | Short('h') => {
                println!("Usage: mfi codes [--json]\n\nLists the MFI codes, the Exchange code table and the IANA registry.");
                return Ok(());
            }
            other => return Err(other.unexpected().into()),
        }
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for r in catalogue() {
        if json {
            serde_json::to_writer(&mut out, &r).map_err(io::Error::from)?;
            writeln!(out)?;
        } else {
            writeln!(
                out,
                "{:<12} {:<9} {:<14} {}",
                r.code.to_string(),
                r.source.name(),
                r.reason.name(),
                r.title
            )?;
        }
    }
    out.flush()?;
    Ok(())
}
