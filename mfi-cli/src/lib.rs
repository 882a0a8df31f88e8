//! The `mfi` command line, as a library: the `mfi` binary calls [`run`], and so does the
//! Python package's `python -m mfi` (and its `mfi` console script), so that both are the
//! same program: same options, same output, same exit codes.
//!
//! Exit status: 0 on success, 1 on an I/O error, 2 on a usage error. A reader that goes away
//! while results stream (`mfi classify < big.log | head`) ends the run quietly with status 0;
//! help or version text that cannot be written (a closed pipe, a full disk) is status 1.
//! Nothing panics on a closed or full stream. (A standard stream that is closed when the
//! program starts reads as `/dev/null`, as Rust programs treat it.)

mod ordered;
mod report;

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Read, Write};

use mfi_core::contract::Field;
use mfi_core::knowledge::catalogue;
use mfi_core::knowledge::locale::{fill, Label, Locale};
use mfi_core::{
    classify_bytes, classify_with, ConnectorTarget, Options, Origin, QueueProfile, Severity,
    Timestamp, DEFAULT_MAX_LEN,
};

const HELP: &str = "\
mfi - mail flow intelligence: diagnose mail-delivery failures

Usage:
  mfi classify [OPTIONS] [TEXT...]   classify each TEXT, or each line of standard input
  mfi bounce [OPTIONS] [PATH...]     read bounce, delay and NDR messages (files, mbox,
                                     Maildir or folders; standard input without PATH)
  mfi report [OPTIONS] [PATH...]     read mail logs and message traces (Postfix, Exim,
                                     Sendmail, OpenSMTPD, qmail, Exchange, Microsoft 365)
                                     into incidents
  mfi codes [--json]                 list every code mfi knows
  mfi --help | --version

Run 'mfi classify --help', 'mfi bounce --help' or 'mfi report --help' for their options.

Explanations, labels and error messages are in English, German, Chinese or Russian:
'--lang de' (or zh-CN, ru, en) anywhere on the command line, else LC_ALL, LC_MESSAGES or
LANG. JSON keeps its ids and names in English; only its texts change.
";

const BOUNCE_HELP: &str = "\
mfi bounce - read bounce, delay and NDR messages into per-recipient diagnoses

Usage: mfi bounce [OPTIONS] [PATH...]

Each PATH is a message file, an mbox file (it starts with 'From '), or a folder (a
Maildir, or any folder of message files, read recursively in name order). Without PATH,
or with '-', one message (or an mbox) is read from standard input. One result per
message, in input order.

Options:
  --json                    print one JSON object per message (JSON Lines): the report,
                            with a \"source\" key (the path, and #N for the Nth message of
                            an mbox)
  --connector TARGET        who is behind the connector: {connectors}
  --origin SYSTEM           which system wrote the reports (default: found per message):
                            {origins}
  --lang TAG                language of the explanations and labels: {locales}
                            (default: LC_ALL, LC_MESSAGES or LANG; JSON keeps ids)
  --profile PROFILE         queue profile, to say per recipient what the queue does next
                            (the message's own dates are used unless --first-attempt /
                            --now are given): {profiles}
  --first-attempt TIME      when delivery was first attempted (RFC 3339)
  --now TIME                the time to judge the queue at (RFC 3339)
  --max-line-bytes N        classify at most N bytes of one recipient's failure text
  --color WHEN              auto, always or never (default: auto; NO_COLOR is honoured)
  -h, --help                this help

Exit status: 0 on success, 1 on an I/O error, 2 on a usage error.
";

const CLASSIFY_HELP: &str = "\
mfi classify - diagnose mail-delivery failure texts

Usage: mfi classify [OPTIONS] [TEXT...]

Each TEXT is one failure text. Without TEXT, every line of standard input is one text
and exactly one result is printed per line, in order (streamed, bounded memory). Bytes
that are not UTF-8 are replaced, never fatal; a line ending (LF or CRLF) is not part of
a text.

Options:
  --json                    print one JSON object per text (JSON Lines), as in the
                            diagnosis contract
  --fields LIST             with --json: only these fields, in this order, comma-
                            separated; names as in the contract:
                            {fields}
  --connector TARGET        who is behind the connector: {connectors}
                            (default: unknown, remediations for both)
  --origin SYSTEM           which system reported the failures, when the text does not
                            show it: {origins}
  --stated-severity S       the outcome the texts' source states beside them (a log's
                            status column): {severities}; the severity of
                            a text whose own codes and words state none
                            (transient also outweighs a quoted 5xx reply)
  --lang TAG                language of the explanations and labels: {locales}
                            (default: LC_ALL, LC_MESSAGES or LANG; JSON keeps ids)
  --profile PROFILE         queue profile, to say what the queue does next:
                            {profiles}
  --first-attempt TIME      when delivery was first attempted (RFC 3339); needed with
                            --profile
  --now TIME                the time to judge the queue at (RFC 3339; default: now)
  --max-line-bytes N        classify at most N bytes of a text (default {max_len}); the
                            rest of a longer line is skipped and its result says
                            \"truncated\"
  --color WHEN              auto, always or never (default: auto; NO_COLOR is honoured)
  -h, --help                this help

Examples:
  mfi classify '450 4.4.316 Connection refused [Message=Socket error code 10061]'
  mfi classify --json < queue.log > diagnoses.jsonl
  mfi classify --json --fields mfi_code,reason,severity < queue.log
  mfi classify --connector partner --profile exchange-online \\
      --first-attempt 2025-01-08T06:00:00Z --now 2025-01-08T20:00:00Z < queue.log

Exit status: 0 on success, 1 on an I/O error, 2 on a usage error.
";

const CODES_HELP: &str = "\
Usage: mfi codes [--json] [--lang TAG]

Lists the MFI codes, the Exchange code table and the IANA registry (titles in the chosen
language; the JSON keeps the English tables).
";

/// A help text with the connector targets and queue profiles named from the core.
fn with_names(text: &str) -> String {
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
    text.replace("{connectors}", &kebab(connectors))
        .replace(
            "{profiles}",
            &kebab(QueueProfile::all().map(QueueProfile::name).collect()),
        )
        .replace("{max_len}", &DEFAULT_MAX_LEN.to_string())
        .replace(
            "{origins}",
            &kebab(Origin::all().map(Origin::name).collect()),
        )
        .replace("{locales}", &Locale::ALL.map(Locale::tag).join(", "))
        .replace(
            "{severities}",
            &Severity::all()
                .filter(|s| *s != Severity::Unknown)
                .map(Severity::name)
                .collect::<Vec<_>>()
                .join(", "),
        )
        .replace("{fields}", &field_names())
}

/// The contract's field names for the help, wrapped under the option's description.
fn field_names() -> String {
    let mut out = String::new();
    let mut line = 0;
    for (i, f) in mfi_core::contract::FIELDS.iter().enumerate() {
        if i > 0 {
            out.push(',');
            line += 1;
            if line + f.name.len() > 58 {
                out.push_str(&format!("\n{:28}", ""));
                line = 0;
            } else {
                out.push(' ');
                line += 1;
            }
        }
        out.push_str(f.name);
        line += f.name.len();
    }
    out
}

enum Failure {
    Usage(String),
    /// Reading the input or writing results failed.
    Io(io::Error),
    /// Help or version text could not be written.
    Output(io::Error),
    /// Errors already reported on standard error; the status is 1.
    Reported,
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

/// Runs the command with `args` (without the program name) on the process's standard
/// streams and returns the exit status. Never panics on a closed or full stream.
///
/// ```no_run
/// let status = mfi_cli::run(["classify", "--json", "450 4.4.316 Connection refused"]);
/// assert_eq!(status, 0);
/// ```
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let outcome = choose_locale(&args).and_then(|()| dispatch(args));
    // Whatever happened, the output is flushed before the status is decided.
    match outcome {
        Ok(()) => 0,
        Err(Failure::Usage(msg)) => {
            let _ = writeln!(
                io::stderr(),
                "mfi: {msg}\n{}",
                locale().label(Label::TryHelp)
            );
            2
        }
        // A closed pipe (`mfi classify < big.log | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(Failure::Io(e) | Failure::Output(e)) => {
            let _ = writeln!(io::stderr(), "mfi: {e}");
            1
        }
        Err(Failure::Reported) => 1,
    }
}

/// Writes a whole text to standard output, reporting errors (a closed or full stdout).
/// Unlike a stream of results, help and version text that cannot be written is an error
/// even when the reader went away.
fn print(text: &str) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(Failure::Output)
}

fn dispatch(args: Vec<OsString>) -> Result<(), Failure> {
    let mut args = lexopt::Parser::from_args(args);
    use lexopt::prelude::*;
    let mut first = args.next()?;
    // `mfi --lang de classify ...`: the language was chosen before.
    while let Some(Long("lang")) = first {
        drop(args.value()?);
        first = args.next()?;
    }
    match first {
        Some(Long("help") | Short('h')) | None => print(HELP),
        Some(Long("version") | Short('V')) => print(&format!("mfi {}\n", mfi_core::VERSION)),
        Some(Value(cmd)) if cmd == "classify" => classify_cmd(args),
        Some(Value(cmd)) if cmd == "codes" => codes_cmd(args),
        Some(Value(cmd)) if cmd == "bounce" => bounce_cmd(args),
        Some(Value(cmd)) if cmd == "report" => report::report_cmd(args),
        Some(Value(cmd)) => Err(usage(
            Label::UnknownCommand,
            &[("value", &cmd.to_string_lossy())],
        )),
        Some(other) => Err(other.unexpected().into()),
    }
}

struct Settings {
    json: bool,
    /// `--fields`: the contract fields of each JSON object, when not all.
    fields: Option<Vec<Field>>,
    color: bool,
    options: Options,
}

/// The language of everything the command prints for people: `--lang TAG` (wherever it
/// stands), else `LC_ALL`, `LC_MESSAGES` or `LANG`; English when those name a language mfi
/// does not speak. Chosen once, before the arguments are read, so that their errors are
/// in it too.
/// (The position in `Locale::ALL`: a run from Python may choose again.)
static LOCALE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn locale() -> Locale {
    Locale::ALL[LOCALE.load(std::sync::atomic::Ordering::Relaxed) % Locale::ALL.len()]
}

fn set_locale(l: Locale) {
    let i = Locale::ALL.iter().position(|x| *x == l).unwrap_or(0);
    LOCALE.store(i, std::sync::atomic::Ordering::Relaxed);
}

fn choose_locale(args: &[OsString]) -> Result<(), Failure> {
    let env = Locale::from_env();
    let mut chosen = None;
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        let tag = if a == "--lang" {
            it.next().map(|v| v.into_owned())
        } else {
            a.strip_prefix("--lang=").map(str::to_owned)
        };
        if let Some(tag) = tag {
            match Locale::from_tag(&tag) {
                Ok(l) => chosen = Some(l),
                Err(_) => {
                    set_locale(env);
                    return Err(usage(
                        Label::UnknownValue,
                        &[("flag", "--lang"), ("value", &tag)],
                    ));
                }
            }
        }
    }
    set_locale(chosen.unwrap_or(env));
    Ok(())
}

/// A usage error, in the chosen language.
fn usage(label: Label, values: &[(&str, &str)]) -> Failure {
    Failure::Usage(fill(locale().label(label), values))
}

/// `FLAG needs OTHER`.
fn needs(flag: &str, other: &str) -> Failure {
    usage(Label::Needs, &[("flag", flag), ("other", other)])
}

fn parse_name<T>(
    value: OsString,
    what: &str,
    parse: fn(&str) -> Result<T, mfi_core::Error>,
) -> Result<T, Failure> {
    let s = value.to_string_lossy();
    parse(&s).map_err(|_| usage(Label::UnknownName, &[("what", what), ("value", &s)]))
}

fn parse_time(value: OsString, flag: &str) -> Result<Timestamp, Failure> {
    let s = value.to_string_lossy();
    s.parse()
        .map_err(|_| usage(Label::NotATime, &[("flag", flag), ("value", &s)]))
}

/// `--fields`' list of contract fields.
fn parse_fields(value: OsString) -> Result<Vec<Field>, Failure> {
    let s = value.to_string_lossy();
    Field::parse_list(&s).map_err(|e| match e.kind() {
        mfi_core::ErrorKind::RepeatedName => usage(
            Label::Repeated,
            &[("flag", "--fields"), ("value", e.input())],
        ),
        _ => usage(
            Label::UnknownName,
            &[("what", "field"), ("value", e.input())],
        ),
    })
}

fn classify_cmd(mut args: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut json = false;
    let mut fields = None;
    let mut color = None;
    let mut connector = ConnectorTarget::Unknown;
    let mut origin = Origin::Unknown;
    let mut stated = Severity::Unknown;
    let mut profile = None;
    let mut first_attempt = None;
    let mut now = None;
    let mut max_len = DEFAULT_MAX_LEN;
    let mut texts = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => json = true,
            Long("fields") => fields = Some(parse_fields(args.value()?)?),
            Long("connector") => {
                connector = parse_name(args.value()?, "connector", ConnectorTarget::from_name)?
            }
            Long("origin") => origin = parse_name(args.value()?, "origin", Origin::from_name)?,
            Long("stated-severity") => {
                stated = parse_name(args.value()?, "severity", Severity::from_name)?
            }
            // Chosen before the arguments were read.
            Long("lang") => drop(args.value()?),
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
            Long("max-line-bytes") => max_len = parse_max_len(args.value()?)?,
            Long("color") | Long("colour") => {
                color = parse_color(args.value()?)?;
            }
            Long("help") | Short('h') => return print(&with_names(CLASSIFY_HELP)),
            Value(v) => texts.push(v),
            other => return Err(other.unexpected().into()),
        }
    }
    let mut options = Options::new()
        .connector(connector)
        .origin(origin)
        .stated(stated)
        .locale(locale())
        .max_len(max_len);
    match (profile, first_attempt) {
        (Some(p), Some(first)) => {
            let now = now.unwrap_or_else(system_now);
            options = options.queue(p, first, now);
        }
        (Some(_), None) => {
            return Err(needs("--profile", "--first-attempt"));
        }
        (None, Some(_)) => {
            return Err(needs("--first-attempt", "--profile"));
        }
        (None, None) if now.is_some() => {
            return Err(needs("--now", "--profile"));
        }
        (None, None) => {}
    }
    if fields.is_some() && !json {
        return Err(needs("--fields", "--json"));
    }
    if let Some(f) = &fields {
        // Only these are printed: the classifier may leave out what the others need.
        options = options.fields(f);
    }
    let stdout = io::stdout();
    let color = !json
        && color.unwrap_or_else(|| stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none());
    let settings = Settings {
        json,
        fields,
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
/// How much is read at once.
const BLOCK: usize = 64 * 1024;

/// Reads standard input as chunks of whole lines, each line cut to `limit` bytes (the rest
/// of a longer line is skipped as it streams by), so that memory stays bounded whatever the
/// input: a chunk holds at most `CHUNK + limit` bytes.
struct Lines<R> {
    input: R,
    block: Vec<u8>,
    pending: Vec<u8>,
    /// Bytes of the current (unfinished) line seen so far, kept or not.
    line_len: usize,
    limit: usize,
    eof: bool,
}

impl<R: Read> Lines<R> {
    fn new(input: R, limit: usize) -> Self {
        Lines {
            input,
            block: vec![0; BLOCK],
            pending: Vec::with_capacity(CHUNK + BLOCK),
            line_len: 0,
            limit,
            eof: false,
        }
    }

    /// The next chunk: whole lines ending in `\n` (the last line of the input may have none).
    fn next_chunk(&mut self) -> io::Result<Option<Vec<u8>>> {
        loop {
            if self.pending.len() >= CHUNK {
                if let Some(p) = memchr::memrchr(b'\n', &self.pending) {
                    let rest = self.pending.split_off(p + 1);
                    return Ok(Some(std::mem::replace(&mut self.pending, rest)));
                }
            }
            if self.eof {
                return Ok((!self.pending.is_empty()).then(|| std::mem::take(&mut self.pending)));
            }
            let n = loop {
                match self.input.read(&mut self.block) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    r => break r?,
                }
            };
            if n == 0 {
                self.eof = true;
                continue;
            }
            let mut rest = &self.block[..n];
            while !rest.is_empty() {
                let (segment, newline) = match memchr::memchr(b'\n', rest) {
                    Some(p) => (&rest[..p], true),
                    None => (rest, false),
                };
                let room = self.limit.saturating_sub(self.line_len);
                self.pending
                    .extend_from_slice(&segment[..room.min(segment.len())]);
                self.line_len = self.line_len.saturating_add(segment.len());
                rest = &rest[segment.len()..];
                if newline {
                    self.pending.push(b'\n');
                    self.line_len = 0;
                    rest = &rest[1..];
                }
            }
        }
    }
}

/// Classifies standard input line by line, in order, using every core
/// ([`ordered::run`]): the calling thread reads chunks of whole lines and writes their
/// outputs in input order, while the workers classify. Memory stays bounded: a few MiB a
/// chunk in flight (its lines, `--max-line-bytes` at most each, and their output).
fn stream(input: impl Read, out: &mut impl Write, s: &Settings) -> io::Result<()> {
    // Two bytes more than the classifier keeps: a longer line is still seen as longer
    // after a trailing `\r` is dropped, so its result says "truncated".
    let mut lines = Lines::new(input, s.options.max_len.saturating_add(2));
    let mut line_no = 0usize;
    // Output buffers written out, to be filled again (a new one each chunk would be
    // fresh pages to fault in).
    let spare = std::cell::RefCell::new(Vec::<Vec<u8>>::new());
    let chunks = std::iter::from_fn(|| {
        Some(lines.next_chunk().transpose()?.map(|c| {
            let first = line_no + 1;
            line_no += count_lines(&c);
            let o = spare.borrow_mut().pop().unwrap_or_default();
            (c, first, o)
        }))
    });
    ordered::run(
        chunks,
        ordered::workers(),
        // (Chunks are a few MiB each: their count bounds them.)
        (|_: &_| 0, usize::MAX),
        |(chunk, first, mut o)| {
            o.clear();
            classify_chunk(&chunk, first, s, &mut o).map(|()| o)
        },
        |o| {
            out.write_all(&o)?;
            spare.borrow_mut().push(o);
            Ok(())
        },
    )
}

/// Lines in a chunk: its newlines, plus one for a last line without a newline.
fn count_lines(c: &[u8]) -> usize {
    let n = memchr::memchr_iter(b'\n', c).count();
    n + usize::from(c.last().is_some_and(|&b| b != b'\n'))
}

fn classify_chunk(chunk: &[u8], first: usize, s: &Settings, out: &mut Vec<u8>) -> io::Result<()> {
    if chunk.is_empty() {
        return Ok(());
    }
    let body = chunk.strip_suffix(b"\n").unwrap_or(chunk);
    // (Line ends found by a vector search: splitting by a byte test costs a branch a byte.)
    let ends = memchr::memchr_iter(b'\n', body).chain(std::iter::once(body.len()));
    // (UTF-8 is checked once for the chunk: every line of valid text is valid. A chunk
    // with invalid bytes is checked line by line.)
    let text = std::str::from_utf8(body).ok();
    let mut start = 0;
    for (i, end) in ends.enumerate() {
        match text {
            Some(t) => write_one(
                out,
                s,
                &classify_with(&t[start..end], &s.options),
                first + i,
            )?,
            None => emit(out, s, &body[start..end], first + i)?,
        }
        start = end + 1;
    }
    Ok(())
}

fn system_now() -> Timestamp {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    Timestamp::from_unix(secs)
}

/// Classifies one line (bytes, as every front end takes them) and writes its result.
fn emit(out: &mut impl Write, s: &Settings, line: &[u8], n: usize) -> io::Result<()> {
    // Valid UTF-8 is classified where it lies; anything else is decoded first.
    match std::str::from_utf8(line) {
        Ok(text) => write_one(out, s, &classify_with(text, &s.options), n),
        Err(_) => write_one(out, s, &classify_bytes(line, &s.options).as_diagnosis(), n),
    }
}

fn write_one(
    out: &mut impl Write,
    s: &Settings,
    d: &mfi_core::Diagnosis<'_>,
    n: usize,
) -> io::Result<()> {
    if s.json {
        match &s.fields {
            None => d.write_json(&mut *out)?,
            Some(fields) => d.write_json_fields(fields, &mut *out)?,
        }
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
            Long("lang") => drop(args.value()?),
            Long("help") | Short('h') => return print(CODES_HELP),
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
                locale().code_texts(&r).0
            )?;
        }
    }
    out.flush()?;
    Ok(())
}

/// `--max-line-bytes N`: a positive number.
fn parse_max_len(v: std::ffi::OsString) -> Result<usize, Failure> {
    v.to_string_lossy()
        .parse::<usize>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            usage(
                Label::NotAPositiveNumber,
                &[
                    ("flag", "--max-line-bytes"),
                    ("value", &v.to_string_lossy()),
                ],
            )
        })
}

/// `--color WHEN`: `Some(true)` always, `Some(false)` never, `None` auto.
fn parse_color(v: std::ffi::OsString) -> Result<Option<bool>, Failure> {
    match v.to_string_lossy().as_ref() {
        "always" => Ok(Some(true)),
        "never" => Ok(Some(false)),
        "auto" => Ok(None),
        other => Err(usage(
            Label::UnknownValue,
            &[("flag", "--color"), ("value", other)],
        )),
    }
}

fn bounce_cmd(mut args: lexopt::Parser) -> Result<(), Failure> {
    use lexopt::prelude::*;
    let mut json = false;
    let mut color = None;
    let mut opts = mfi_mail::ReadOptions::default();
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    while let Some(arg) = args.next()? {
        match arg {
            Long("json") => json = true,
            Long("origin") => {
                opts = opts.origin(parse_name(args.value()?, "origin", Origin::from_name)?)
            }
            Long("lang") => drop(args.value()?),
            Long("connector") => {
                opts = opts.connector(parse_name(
                    args.value()?,
                    "connector",
                    ConnectorTarget::from_name,
                )?)
            }
            Long("profile") => {
                opts = opts.profile(parse_name(
                    args.value()?,
                    "profile",
                    QueueProfile::from_name,
                )?)
            }
            Long("first-attempt") => {
                opts = opts.first_attempt(parse_time(args.value()?, "--first-attempt")?)
            }
            Long("now") => opts = opts.now(parse_time(args.value()?, "--now")?),
            Long("max-line-bytes") => opts = opts.max_len(parse_max_len(args.value()?)?),
            Long("color") | Long("colour") => {
                color = parse_color(args.value()?)?;
            }
            Long("help") | Short('h') => return print(&with_names(BOUNCE_HELP)),
            Value(v) => paths.push(v.into()),
            other => return Err(other.unexpected().into()),
        }
    }
    if opts.profile.is_none() && (opts.first_attempt.is_some() || opts.now.is_some()) {
        let flag = if opts.first_attempt.is_some() {
            "--first-attempt"
        } else {
            "--now"
        };
        return Err(needs(flag, "--profile"));
    }
    let opts = opts.locale(locale());
    if paths.is_empty() {
        paths.push("-".into());
    }
    let stdout = io::stdout();
    let color = !json
        && color.unwrap_or_else(|| stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none());
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut failed = false;
    let reader = mfi_mail::MessageReader::new(opts);
    // Messages are read on every core, their results written in input order; in batches
    // of up to 256 messages or 1 MiB (a message is tens of µs of work: handed over one by
    // one, the threads spent their time waking each other, and two cores were slower
    // than one).
    let mut messages = mfi_mail::Mailbox::new(&paths, opts.max_message_len);
    // A batch, and its messages' bytes.
    type Batch = (Vec<<mfi_mail::Mailbox as Iterator>::Item>, usize);
    let batches = std::iter::from_fn(|| {
        let (mut batch, mut bytes) = (Vec::new(), 0);
        while batch.len() < 256 && bytes < 1 << 20 {
            let Some(item) = messages.next() else { break };
            bytes += item.as_ref().map_or(0, |(_, m)| m.len());
            batch.push(item);
        }
        (!batch.is_empty()).then_some(Ok((batch, bytes)))
    });
    let read = |(batch, _): Batch| {
        let mut results = Vec::with_capacity(batch.len());
        for item in batch {
            let (source, bytes) = match item {
                Ok(m) => m,
                Err(e) => {
                    results.push(Err(e));
                    continue;
                }
            };
            let report = reader.read(&bytes);
            let mut o = Vec::new();
            if json {
                let body = report.to_json();
                o.extend_from_slice(b"{\"source\":");
                serde_json::to_writer(&mut o, &source.to_string()).map_err(io::Error::from)?;
                o.push(b',');
                o.extend_from_slice(&body.as_bytes()[1..]);
                o.push(b'\n');
            } else {
                report.write_summary(&mut o, &source.to_string(), color)?;
            }
            results.push(Ok(o));
        }
        Ok(results)
    };
    // No more than 64 MiB of messages read ahead (a mailbox of 30 MiB messages would
    // otherwise have 2 × workers of them in memory).
    let bytes = |(_, n): &Batch| *n;
    ordered::run(
        batches,
        ordered::workers(),
        (bytes, 64 << 20),
        read,
        |results| {
            for r in results {
                match r {
                    Ok(o) => out.write_all(&o)?,
                    Err(e) => {
                        // Report the unreadable path and go on with the others.
                        out.flush()?;
                        let _ = writeln!(io::stderr(), "mfi: {e}");
                        failed = true;
                    }
                }
            }
            Ok(())
        },
    )?;
    out.flush()?;
    if failed {
        Err(Failure::Reported)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunks(input: &[u8], limit: usize) -> Vec<Vec<u8>> {
        let mut l = Lines::new(input, limit);
        let mut out = Vec::new();
        while let Some(c) = l.next_chunk().unwrap() {
            out.push(c);
        }
        out
    }

    #[test]
    fn long_lines_are_cut_and_the_rest_skipped() {
        let mut input = b"short\n".to_vec();
        input.extend(std::iter::repeat_n(b'x', 3 * CHUNK));
        input.extend_from_slice(b"\nlast");
        let all: Vec<u8> = chunks(&input, 10).concat();
        assert_eq!(all, b"short\nxxxxxxxxxx\nlast");
    }

    fn settings(json: bool) -> Settings {
        Settings {
            json,
            fields: None,
            color: false,
            options: Options::default(),
        }
    }

    /// Many chunks' worth of the benchmark mix, each line numbered by its text, and now and
    /// then a line that is not UTF-8 (its chunk is then checked line by line).
    fn many_lines() -> Vec<u8> {
        let mix = include_str!("../../testdata/bench/mix-1000.txt");
        let mut input = Vec::new();
        let mut n = 0;
        let mut rounds = 0;
        while input.len() < 5 * CHUNK {
            for l in mix.lines() {
                n += 1;
                input.extend_from_slice(format!("{l} #{n}\n").as_bytes());
            }
            rounds += 1;
            if rounds % 3 == 0 {
                input.extend_from_slice(b"550 5.1.1 \xff\xfe user unknown\n");
            }
        }
        input
    }

    /// Outputs come in input order with the right line numbers, however the workers finish.
    #[test]
    fn a_stream_writes_every_line_in_order() {
        let input = many_lines();
        for json in [false, true] {
            let s = settings(json);
            let mut expected = Vec::new();
            for (i, line) in input
                .strip_suffix(b"\n")
                .unwrap()
                .split(|&b| b == b'\n')
                .enumerate()
            {
                emit(&mut expected, &s, line, i + 1).unwrap();
            }
            let mut got = Vec::new();
            stream(&input[..], &mut got, &s).unwrap();
            assert!(got == expected, "json: {json}");
        }
    }

    /// A writer that fails after a while (a closed pipe).
    struct Closes(usize);

    impl Write for Closes {
        fn write(&mut self, b: &[u8]) -> io::Result<usize> {
            if self.0 < b.len() {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            self.0 -= b.len();
            Ok(b.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// An output error ends the stream with that error (the workers stop; nothing waits
    /// for them forever).
    #[test]
    fn a_write_error_ends_the_stream() {
        let input = many_lines();
        for room in [0, 1 << 20] {
            let e = stream(&input[..], &mut Closes(room), &settings(true)).unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
        }
    }

    #[test]
    fn chunks_end_at_line_ends_and_keep_every_byte() {
        let mut input = Vec::new();
        for i in 0..200_000 {
            input.extend_from_slice(format!("line {i}\n").as_bytes());
        }
        let got = chunks(&input, 1000);
        assert!(got.len() > 1);
        assert!(got.iter().all(|c| c.ends_with(b"\n")));
        assert_eq!(got.concat(), input);
    }
}
