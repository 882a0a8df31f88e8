//! `mfi`: classify mail-delivery failures from the shell.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use mfi_core::knowledge::catalogue;
use mfi_core::{classify_with, decode, ConnectorTarget, Options, QueueProfile, Timestamp};

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
  --connector TARGET        who is behind the connector: {connectors}
                            (default: unknown, remediations for both)
  --profile PROFILE         queue profile, to say what the queue does next:
                            {profiles}
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

/// The classify help, with the connector targets and queue profiles named from the core.
fn classify_help() -> String {
    let kebab = |names: Vec<&str>| {
        names
            .iter()
            .map(|n| n.replace('_', "-"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let connectors = ConnectorTarget::all()
        .filter(|c| *c != ConnectorTarget::Unknown)
        .map(ConnectorTarget::name)
        .collect();
    CLASSIFY_HELP
        .replace("{connectors}", &kebab(connectors))
        .replace(
            "{profiles}",
            &kebab(QueueProfile::all().map(QueueProfile::name).collect()),
        )
}

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
                print!("{}", classify_help());
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
        stream(io::stdin().lock(), &mut out, &settings)?;
    } else {
        for (i, t) in texts.iter().enumerate() {
            emit(&mut out, &settings, t.as_encoded_bytes(), i + 1)?;
        }
    }
    out.flush()?;
    Ok(())
}

/// About how much input one worker takes at a time.
const CHUNK: usize = 512 * 1024;

/// Classifies standard input line by line, in order, using every core: the input is cut
/// into chunks at line ends, the chunks of one round are classified in parallel, and their
/// outputs are written in input order. Memory is bounded by the round (a few MiB), except
/// that one line is always kept whole, however long.
fn stream(mut input: impl io::Read, out: &mut impl Write, s: &Settings) -> io::Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let mut pending: Vec<u8> = Vec::with_capacity(CHUNK * 2);
    // How much of the start of `pending` is known to hold no line end (so that a line longer
    // than a chunk is searched once, not again after every read).
    let mut searched = 0;
    let mut eof = false;
    let mut line_no = 0usize;
    let mut outputs: Vec<Vec<u8>> = vec![Vec::new(); workers];
    while !eof || !pending.is_empty() {
        // Read up to `workers` chunks, each ending at a line end (or at the end of input).
        let mut chunks: Vec<Vec<u8>> = Vec::with_capacity(workers);
        while chunks.len() < workers && !(eof && pending.is_empty()) {
            while !eof && pending.len() < CHUNK {
                eof = read_more(&mut input, &mut pending)? == 0;
            }
            let cut = match pending[searched..].iter().rposition(|&c| c == b'\n') {
                Some(p) => searched + p + 1,
                None if eof => pending.len(),
                // A line longer than a chunk: read on until it ends.
                None => {
                    searched = pending.len();
                    eof = read_more(&mut input, &mut pending)? == 0;
                    continue;
                }
            };
            let rest = pending.split_off(cut);
            chunks.push(std::mem::replace(&mut pending, rest));
            searched = pending.len();
        }
        if chunks.is_empty() {
            break;
        }
        let firsts: Vec<usize> = chunks
            .iter()
            .map(|c| {
                let first = line_no + 1;
                line_no += count_lines(c);
                first
            })
            .collect();
        let results: Vec<io::Result<()>> = if chunks.len() == 1 {
            outputs[0].clear();
            vec![classify_chunk(&chunks[0], firsts[0], s, &mut outputs[0])]
        } else {
            std::thread::scope(|scope| {
                let handles: Vec<_> = chunks
                    .iter()
                    .zip(outputs.iter_mut())
                    .zip(&firsts)
                    .map(|((c, o), &first)| {
                        scope.spawn(move || {
                            o.clear();
                            classify_chunk(c, first, s, o)
                        })
                    })
                    .collect();
                handles
                    .into_iter()
                    .map(|h| {
                        h.join()
                            .unwrap_or_else(|_| Err(io::Error::other("worker panicked")))
                    })
                    .collect()
            })
        };
        for (r, o) in results.into_iter().zip(&outputs) {
            r?;
            out.write_all(o)?;
        }
    }
    Ok(())
}

/// Reads once more (up to a chunk) onto the end of `buf`, retrying when interrupted.
fn read_more(input: &mut impl io::Read, buf: &mut Vec<u8>) -> io::Result<usize> {
    let start = buf.len();
    buf.resize(start + CHUNK, 0);
    let read = loop {
        match input.read(&mut buf[start..]) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => break r,
        }
    };
    buf.truncate(start + *read.as_ref().unwrap_or(&0));
    read
}

/// Lines in a chunk: its newlines, plus one for a last line without a newline.
fn count_lines(c: &[u8]) -> usize {
    let n = c.iter().filter(|&&b| b == b'\n').count();
    n + usize::from(c.last().is_some_and(|&b| b != b'\n'))
}

fn classify_chunk(chunk: &[u8], first: usize, s: &Settings, out: &mut Vec<u8>) -> io::Result<()> {
    let body = chunk.strip_suffix(b"\n").unwrap_or(chunk);
    if chunk.is_empty() {
        return Ok(());
    }
    for (i, line) in body.split(|&b| b == b'\n').enumerate() {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        emit(out, s, line, first + i)?;
    }
    Ok(())
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
        d.write_json(&mut *out)?;
        out.write_all(b"\n")
    } else {
        d.write_report(out, n, s.color)
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
            writeln!(out, "{}", r.to_json())?;
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
