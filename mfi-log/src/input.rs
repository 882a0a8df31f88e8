//! Inputs (files, directories, standard input, text) opened as streams of UTF-8 lines:
//! gzip undone, UTF-16 decoded, the format found from the first lines.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use mfi_core::{classify_with, Reason, Severity, Timestamp};

use crate::correlate::{line_options, Correlator};
use crate::event::{Event, EventKind, Format, System};
use crate::fields::{self, Years};
use crate::lines::{self, Delivery, Line, What};
use crate::listing::Listing;
use crate::tabular::Table;
use crate::ReadOptions;

/// An input that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {source}")]
pub struct ReadError {
    /// The input (a path, or `-`).
    pub path: String,
    /// What went wrong.
    #[source]
    pub source: io::Error,
}

/// How many lines at the start of an input are looked at to find its format.
const HEAD_LINES: usize = 32;

/// A callback told how many bytes were read.
type Progress = std::sync::Arc<dyn Fn(u64) + Send + Sync>;

/// A reader that tells a [`Progress`] what it read.
struct Counted<R> {
    inner: R,
    f: Progress,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        (self.f)(n as u64);
        Ok(n)
    }
}

enum Input {
    Path(PathBuf),
    Stdin,
    Text(String),
}

/// An open input: its lines, and how to read them.
struct Open {
    name: String,
    body: Body,
    format: Format,
    number: u64,
}

/// An input's lines, or its CSV records, or its listing's records.
enum Body {
    Lines(Lines, Option<Held>),
    Csv(Box<csv::Reader<Lines>>, Table),
    Listing(Lines, Listing),
    Mailq(Lines, crate::mailq::Mailq),
    Esa(Lines, crate::esa::Esa),
}

/// Reads logs into [`Event`]s, one input after the other, correlating the lines of each
/// message across inputs. An iterator of events (or of an error for an input that cannot
/// be read, after which it goes on with the next).
///
/// ```
/// use mfi_log::{LogReader, ReadOptions};
/// let log = "2026-03-10 02:03:04 1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (110): Connection timed out\n";
/// let events: Vec<_> = LogReader::from_text(log, &ReadOptions::default()).collect::<Result<_, _>>().unwrap();
/// assert_eq!(events[0].domain.as_deref(), Some("example.net"));
/// ```
pub struct LogReader {
    progress: Option<Progress>,
    inputs: VecDeque<Input>,
    current: Option<Open>,
    correlator: Correlator,
    ready: VecDeque<Event>,
    options: ReadOptions,
    years: Years,
    errors: VecDeque<ReadError>,
    buffer: Vec<Event>,
    latest: Option<Timestamp>,
}

impl std::fmt::Debug for LogReader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogReader")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

impl LogReader {
    fn new(inputs: VecDeque<Input>, options: &ReadOptions) -> Self {
        LogReader {
            progress: None,
            inputs,
            current: None,
            correlator: Correlator::default(),
            ready: VecDeque::new(),
            options: *options,
            years: Years::new(options.year, crate::system_now()),
            errors: VecDeque::new(),
            buffer: Vec::new(),
            latest: None,
        }
    }

    /// Reads the files at `paths` in order (`-` is standard input; a directory is read
    /// whole, its files sorted by name with rotated logs oldest first: `maillog.2.gz`,
    /// `maillog.1`, `maillog`).
    pub fn open<P: AsRef<Path>>(paths: &[P], options: &ReadOptions) -> Self {
        let inputs = paths
            .iter()
            .map(|p| {
                let p = p.as_ref();
                if p == Path::new("-") {
                    Input::Stdin
                } else {
                    Input::Path(p.to_path_buf())
                }
            })
            .collect();
        LogReader::new(inputs, options)
    }

    /// Reads one text (its format found from its first lines).
    pub fn from_text(text: &str, options: &ReadOptions) -> Self {
        LogReader::new(VecDeque::from([Input::Text(text.to_owned())]), options)
    }

    /// Calls `f` with the number of bytes read from the inputs' files (as stored: gzip'd
    /// files count their compressed bytes), as they are read: a progress bar's feed.
    /// [`LogReader::total_bytes`] is what there is to read.
    pub fn on_read(&mut self, f: impl Fn(u64) + Send + Sync + 'static) {
        self.progress = Some(std::sync::Arc::new(f));
    }

    /// The size of the files named (and of those in the folders named) that are still to
    /// be read; standard input and texts count 0.
    pub fn total_bytes(&self) -> u64 {
        let mut total = 0;
        for i in &self.inputs {
            if let Input::Path(p) = i {
                total += if p.is_dir() {
                    dir_files(p)
                        .unwrap_or_default()
                        .iter()
                        .filter_map(|f| f.metadata().ok())
                        .map(|m| m.len())
                        .sum()
                } else {
                    p.metadata().map_or(0, |m| m.len())
                };
            }
        }
        total
    }

    /// The latest time of a line read so far (the natural "now" of a log read later).
    pub fn latest(&self) -> Option<Timestamp> {
        self.latest
    }

    /// The next event, or an input's error.
    pub fn next_event(&mut self) -> Option<Result<Event, ReadError>> {
        loop {
            if let Some(e) = self.errors.pop_front() {
                return Some(Err(e));
            }
            if let Some(e) = self.ready.pop_front() {
                return Some(Ok(e));
            }
            if self.current.is_none() {
                let input = self.inputs.pop_front()?;
                match self.start(input) {
                    Ok(Some(open)) => self.current = Some(open),
                    Ok(None) => {}
                    Err(e) => return Some(Err(e)),
                }
                continue;
            }
            self.step();
        }
    }

    /// Opens an input (a directory's files go to the front of the queue).
    fn start(&mut self, input: Input) -> Result<Option<Open>, ReadError> {
        let (name, reader): (String, Box<dyn Read + Send>) = match input {
            Input::Stdin => ("-".into(), Box::new(io::stdin())),
            Input::Text(t) => ("-".into(), Box::new(io::Cursor::new(t.into_bytes()))),
            Input::Path(p) => {
                let name = p.display().to_string();
                let err = |source| ReadError {
                    path: name.clone(),
                    source,
                };
                if p.is_dir() {
                    let files = dir_files(&p).map_err(err)?;
                    for f in files.into_iter().rev() {
                        self.inputs.push_front(Input::Path(f));
                    }
                    return Ok(None);
                }
                let file = File::open(&p).map_err(err)?;
                match &self.progress {
                    Some(f) => (
                        name.clone(),
                        Box::new(Counted {
                            inner: file,
                            f: f.clone(),
                        }),
                    ),
                    None => (name.clone(), Box::new(file)),
                }
            }
        };
        let err = |source| ReadError {
            path: name.clone(),
            source,
        };
        let reader = decoded(reader).map_err(err)?;
        let mut lines = Lines::new(reader, self.options.max_line_len);
        let head = lines.head(HEAD_LINES).map_err(err)?;
        let format = self.options.format.unwrap_or_else(|| detect(&head));
        let body = if matches!(format, Format::ExchangeTracking | Format::MessageTrace) {
            let reader = csv::ReaderBuilder::new()
                .has_headers(false)
                .flexible(true)
                .from_reader(lines);
            Body::Csv(Box::new(reader), Table::new(format))
        } else if format == Format::Mailq {
            let system = head.iter().find_map(|l| crate::mailq::head_of(l));
            Body::Mailq(lines, crate::mailq::Mailq::new(system))
        } else if format == Format::CiscoEsa {
            Body::Esa(lines, crate::esa::Esa::default())
        } else if format == Format::ExchangeQueue {
            let head: Vec<&str> = head.iter().map(|l| l.trim_end_matches('\r')).collect();
            Body::Listing(lines, Listing::new(crate::listing::table_columns(&head)))
        } else {
            Body::Lines(lines, None)
        };
        Ok(Some(Open {
            name,
            body,
            format,
            number: 0,
        }))
    }

    /// Reads lines of the current input until one gives events (or the input ends).
    fn step(&mut self) {
        let Some(mut open) = self.current.take() else {
            return;
        };
        let mut buf = std::mem::take(&mut self.buffer);
        let ended = match &mut open.body {
            Body::Lines(lines, held) => self.lines(
                lines,
                held,
                open.format,
                &open.name,
                &mut open.number,
                &mut buf,
            ),
            Body::Csv(reader, table) => self.records(reader, table, &open.name, &mut buf),
            Body::Listing(lines, listing) => {
                self.listing(lines, listing, &open.name, &mut open.number, &mut buf)
            }
            Body::Mailq(lines, mailq) => {
                self.listing(lines, mailq, &open.name, &mut open.number, &mut buf)
            }
            Body::Esa(lines, esa) => {
                self.listing(lines, esa, &open.name, &mut open.number, &mut buf)
            }
        };
        match ended {
            Ok(false) => self.current = Some(open),
            Ok(true) => {}
            Err(source) => self.errors.push_back(ReadError {
                path: open.name.clone(),
                source,
            }),
        }
        self.ready.extend(buf.drain(..));
        self.buffer = buf;
    }

    /// Reads lines until one gives events; `true` when the input ended. (A record that a
    /// paste or a mail client wrapped onto more lines is put together first: see [`Held`].)
    fn lines(
        &mut self,
        lines: &mut Lines,
        held: &mut Option<Held>,
        format: Format,
        name: &str,
        number: &mut u64,
        buf: &mut Vec<Event>,
    ) -> io::Result<bool> {
        while buf.is_empty() {
            let Some(line) = lines.next_line()? else {
                self.held(held, format, name, buf);
                return Ok(true);
            };
            *number += 1;
            let line = line.strip_suffix('\r').unwrap_or(line);
            if let Some(h) = held.as_mut() {
                if continues(h, line) {
                    h.text.truncate(h.text.trim_end().len());
                    h.text.push(' ');
                    h.text.push_str(line.trim());
                    h.lines += 1;
                    let whole = if h.syslog {
                        !cut_short(&h.text)
                    } else {
                        !paren_open(&h.text)
                    };
                    if whole || h.lines >= MAX_HELD_LINES || h.text.len() >= MAX_HELD_BYTES {
                        self.held(held, format, name, buf);
                    }
                    continue;
                }
                self.held(held, format, name, buf);
            }
            if let Some(syslog) = record_start(format, line) {
                *held = Some(Held {
                    text: line.to_owned(),
                    number: *number,
                    lines: 1,
                    syslog,
                    indent: indent(line),
                });
                continue;
            }
            self.line(line, format, name, *number, buf);
        }
        Ok(false)
    }

    /// Hands a line to the correlator: its events go to `buf`.
    fn emit(&mut self, l: Line<'_>, name: &str, number: u64, buf: &mut Vec<Event>) {
        take(
            &mut self.correlator,
            &mut self.latest,
            l,
            name,
            number,
            &self.options,
            buf,
        );
    }

    /// The events of the record put together from wrapped lines, if one is held (it is
    /// taken). (A mail system's syslog
    /// line among plain text, a paste, is read as one when it tells a delivery's outcome;
    /// else as plain text: a cause it logs has no delivery line to explain there.)
    fn held(&mut self, held: &mut Option<Held>, format: Format, name: &str, buf: &mut Vec<Event>) {
        let Some(h) = held.take() else {
            return;
        };
        if h.syslog && format == Format::Plain {
            if let Some(l) = lines::syslog_line(&h.text, &self.years, None).filter(|l| {
                l.what
                    .iter()
                    .any(|w| matches!(w, What::Delivery(_) | What::Expiry { .. }))
            }) {
                self.emit(l, name, h.number, buf);
                return;
            }
        }
        self.line(&h.text, format, name, h.number, buf);
    }

    /// The events of one line (or of a record put together from wrapped lines).
    fn line(&mut self, line: &str, format: Format, name: &str, number: u64, buf: &mut Vec<Event>) {
        let forced = match format {
            Format::Postfix => Some(System::Postfix),
            Format::Sendmail => Some(System::Sendmail),
            Format::Opensmtpd => Some(System::Opensmtpd),
            _ => None,
        };
        let parsed = match format {
            Format::Syslog | Format::Postfix | Format::Sendmail | Format::Opensmtpd => {
                // Another program's line in a mail log (a mailer this reader does not
                // know): read as plain text, with its time.
                lines::syslog_line(line, &self.years, forced).or_else(|| {
                    let s = fields::syslog(line).filter(|_| forced.is_none())?;
                    plain_line(s.message, &self.options).map(|mut l| {
                        l.time = self.years.resolve(s.stamp);
                        l
                    })
                })
            }
            Format::Exim => exim_line(line),
            Format::Qmail => lines::qmail_line(line),
            Format::JsonLines => {
                if let Some(j) = json_line(line) {
                    self.json(&j, number, name, buf);
                }
                None
            }
            _ => plain_line(line, &self.options),
        };
        if let Some(l) = parsed {
            self.emit(l, name, number, buf);
        }
    }

    /// Reads a listing's lines until a record gives events; `true` when the input ended.
    fn listing(
        &mut self,
        lines: &mut Lines,
        listing: &mut impl Records,
        name: &str,
        number: &mut u64,
        buf: &mut Vec<Event>,
    ) -> io::Result<bool> {
        let (correlator, latest, options) = (&mut self.correlator, &mut self.latest, &self.options);
        let years = &self.years;
        while buf.is_empty() {
            let Some(line) = lines.next_line()? else {
                let n = *number;
                listing.flush(|l| take(correlator, latest, l, name, n, options, buf));
                return Ok(true);
            };
            *number += 1;
            let n = *number;
            let line = line.strip_suffix('\r').unwrap_or(line);
            listing.line(line, years, options, |l| {
                take(correlator, latest, l, name, n, options, buf)
            });
        }
        Ok(false)
    }

    /// Reads CSV records until one gives events; `true` when the input ended.
    fn records(
        &mut self,
        reader: &mut csv::Reader<Lines>,
        table: &mut Table,
        name: &str,
        buf: &mut Vec<Event>,
    ) -> io::Result<bool> {
        let mut rec = csv::StringRecord::new();
        while buf.is_empty() {
            match reader.read_record(&mut rec) {
                Ok(true) => {}
                Ok(false) => return Ok(true),
                Err(e) => match e.into_kind() {
                    csv::ErrorKind::Io(e) => return Err(e),
                    // A row that is not UTF-8 or not CSV: skipped.
                    _ => continue,
                },
            }
            let number = rec.position().map_or(0, csv::Position::line);
            let (correlator, latest, options) =
                (&mut self.correlator, &mut self.latest, &self.options);
            table.record(&rec, |l| {
                take(correlator, latest, l, name, number, options, buf)
            });
        }
        Ok(false)
    }

    /// A JSON line's log line, read as its program's.
    fn json(&mut self, j: &JsonLine, number: u64, name: &str, buf: &mut Vec<Event>) {
        let line = match &j.program {
            Some(p) => lines::program_line(j.time, p, j.pid.as_deref(), &j.message, None),
            None => lines::syslog_line(&j.message, &self.years, None)
                .or_else(|| exim_line(&j.message))
                .map(|mut l| {
                    l.time = l.time.or(j.time);
                    l
                }),
        };
        let line = line.or_else(|| {
            stated_line(&j.message, j.stated, &self.options).map(|mut l| {
                l.time = j.time;
                l
            })
        });
        if let Some(l) = line {
            self.emit(l, name, number, buf);
        }
    }
}

fn take(
    correlator: &mut Correlator,
    latest: &mut Option<Timestamp>,
    line: Line<'_>,
    name: &str,
    number: u64,
    options: &ReadOptions,
    out: &mut Vec<Event>,
) {
    if let Some(t) = line.time {
        if latest.is_none_or(|l| t > l) {
            *latest = Some(t);
        }
    }
    correlator.take(line, name, number, options, out);
}

impl Iterator for LogReader {
    type Item = Result<Event, ReadError>;
    fn next(&mut self) -> Option<Self::Item> {
        self.next_event()
    }
}

/// A reader of records that span lines: PowerShell's listings and tables, queue listings.
pub(crate) trait Records {
    /// Takes one line; `f` is given what a record that ends there says (`years` dates a
    /// syslog line among the records, `options` read a line of plain text among them).
    fn line(&mut self, line: &str, years: &Years, options: &ReadOptions, f: impl FnMut(Line<'_>));
    /// Ends the input: `f` is given what a record still open says.
    fn flush(&mut self, f: impl FnMut(Line<'_>));
}

impl Records for Listing {
    fn line(&mut self, line: &str, _: &Years, _: &ReadOptions, f: impl FnMut(Line<'_>)) {
        Listing::line(self, line, f)
    }
    fn flush(&mut self, f: impl FnMut(Line<'_>)) {
        Listing::flush(self, f)
    }
}

impl Records for crate::mailq::Mailq {
    /// (A log's line after the listing, a support bundle's `mailq` then its mail log, is
    /// read as one.)
    fn line(&mut self, line: &str, years: &Years, _: &ReadOptions, mut f: impl FnMut(Line<'_>)) {
        if !line.starts_with([' ', '\t', '(', '-']) {
            if let Some(l) = lines::syslog_line(line, years, None) {
                f(l);
                return;
            }
        }
        crate::mailq::Mailq::line(self, line, f)
    }
    /// (A recipient is told on its own line: nothing is left open at the end.)
    fn flush(&mut self, _: impl FnMut(Line<'_>)) {}
}

impl Records for crate::esa::Esa {
    /// (The appliance's other lines, its alerts and its internal SMTP client's failures, are
    /// read as plain text, with their time; another mail system's syslog line as its own.)
    fn line(
        &mut self,
        line: &str,
        years: &Years,
        options: &ReadOptions,
        mut f: impl FnMut(Line<'_>),
    ) {
        if crate::esa::Esa::line(self, line, years, &mut f) {
            return;
        }
        // (Another mail system's syslog line among them is read as one.)
        if let Some(l) = lines::syslog_line(line, years, None) {
            f(l);
            return;
        }
        let (time, text) = crate::esa::parts(line, years).unwrap_or((None, line));
        if let Some(mut l) = plain_line(text, options) {
            l.time = time;
            f(l);
        }
    }
    fn flush(&mut self, _: impl FnMut(Line<'_>)) {}
}

/// A log record a paste or a mail client wrapped onto more lines, being put together: a
/// mail system's syslog line cut short ([`cut_short`]: `... status=bounced (host x said:
/// 550-5.7.26 ...`) goes on on the lines that follow with no syslog head of their own
/// until it is whole; in plain text, a line with a parenthesis left open goes on on the
/// indented lines that follow until it closes. At most [`MAX_HELD_LINES`] lines,
/// [`MAX_HELD_BYTES`] bytes.
#[derive(Debug)]
struct Held {
    text: String,
    /// The line it began on.
    number: u64,
    /// How many lines it holds.
    lines: u32,
    /// Whether it began as a mail system's syslog line.
    syslog: bool,
    /// How far its first line is indented (plain text goes on on lines indented further).
    indent: usize,
}

/// The most lines one record is put together from, and the most bytes it holds.
const MAX_HELD_LINES: u32 = 24;
const MAX_HELD_BYTES: usize = 16 << 10;

/// Whether a text leaves a parenthesis open. (Counted by `memchr`: this runs on every line
/// of a log.)
fn paren_open(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(b'(', b).count() > memchr::memchr_iter(b')', b).count()
}

/// Whether the last reply code of a text is a multi-line reply's, to be continued
/// (`said: 421-4.7.28 [192.0.2.1 15]` with no `421 4.7.28` after it): a code and an
/// enhanced status (`421-4.7.28`, `550 5.7.26`), not a host's or a number's digits
/// (`static-203-0-113-5`). (Found from the status's dot, last first.)
fn reply_goes_on(text: &str) -> bool {
    let b = text.as_bytes();
    for dot in memchr::memrchr_iter(b'.', b) {
        // The code starts five bytes before the status's dot: `421-4.`.
        let Some(i) = dot.checked_sub(5) else {
            break;
        };
        if i + 9 <= b.len()
            && matches!(b[i], b'2'..=b'5')
            && b[i + 1].is_ascii_digit()
            && b[i + 2].is_ascii_digit()
            && matches!(b[i + 3], b'-' | b' ')
            && b[i + 4] == b[i]
            && b[i + 6].is_ascii_digit()
            && (i == 0 || !(b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'-' | b'.')))
        {
            return b[i + 3] == b'-';
        }
    }
    false
}

/// Whether a mail system's syslog record is cut short: a parenthesis left open, a comma or
/// colon at its end, a multi-line reply that goes on, or a delivery line (`QUEUEID: to=`)
/// without the status Postfix's and Sendmail's end with.
fn cut_short(text: &str) -> bool {
    text.trim_end().ends_with([',', ':'])
        || paren_open(text)
        || reply_goes_on(text)
        || (text.contains(": to=") && !text.contains("status=") && !text.contains("stat="))
}

/// Whether a line may go on on the next lines (`Some`: whether it is a mail system's
/// syslog line, which goes on while cut short, or plain text, which goes on while a
/// parenthesis is open).
fn record_start(format: Format, line: &str) -> Option<bool> {
    let syslog_formats = matches!(
        format,
        Format::Syslog | Format::Postfix | Format::Sendmail | Format::Opensmtpd
    );
    if !(syslog_formats || format == Format::Plain) || !cut_short(line) {
        return None;
    }
    let mail = fields::syslog(line).is_some_and(|s| {
        lines::system_of(s.program) != System::Unknown
            || matches!(
                format,
                Format::Postfix | Format::Sendmail | Format::Opensmtpd
            )
    });
    if mail {
        Some(true)
    } else {
        // (Postfix's notice names a recipient's failure so, its reply on the indented lines
        // after it: `<a@b>: host mx.example.net[192.0.2.1] said: 550 5.1.1 ... (in reply`.)
        (format == Format::Plain && (paren_open(line) || line.trim_end().ends_with(" said:")))
            .then_some(false)
    }
}

/// How many blanks a line begins with.
fn indent(line: &str) -> usize {
    line.len() - line.trim_start_matches([' ', '\t']).len()
}

/// Whether a line goes on with the record held before it: not a record of its own (in
/// plain text, a line indented further than the record's first: not one of its siblings,
/// a listing cut at a fixed width).
fn continues(h: &Held, line: &str) -> bool {
    if line.trim().is_empty() {
        return false;
    }
    if h.syslog {
        fields::syslog(line).is_none() && fields::exim_time(line).is_none()
    } else {
        indent(line) > h.indent
    }
}

/// An Exim `mainlog` line.
fn exim_line(line: &str) -> Option<Line<'_>> {
    let (time, rest) = fields::exim_time(line)?;
    Some(Line {
        time,
        system: System::Exim,
        session: None,
        what: lines::exim_message(rest),
    })
}

/// A line of any other text: a failure when the classifier finds one.
fn plain_line<'a>(line: &'a str, options: &ReadOptions) -> Option<Line<'a>> {
    // chasquid's record of a delivery states it in one word after the sender's and the
    // recipient's fields: `ID from=a@example.org to=b@example.net sent`.
    let sent = line.strip_suffix(" sent").is_some_and(|l| {
        let mut words = l.rsplit(' ');
        words
            .next()
            .is_some_and(|w| w.starts_with("to=") && w.contains('@'))
            && words.next().is_some_and(|w| w.starts_with("from="))
    });
    let stated = sent
        .then_some(EventKind::Delivered)
        .or_else(|| verdict(line));
    let mut l = stated_line(line, stated, options)?;
    // (A bounce its writer states is one, as a Postfix log's `status=bounced` of a 4xx reply
    // is: ZoneMTA's `REJECTED[rate] ... (421 ...)`, Stalwart's permanent-failure notice.)
    if stated == Some(EventKind::Bounced) {
        for w in &mut l.what {
            if let What::Delivery(d) = w {
                if d.kind == Some(EventKind::Deferred) {
                    d.kind = Some(EventKind::Bounced);
                }
            }
        }
    }
    Some(l)
}

/// The verdict a sending system writes beside a delivery's fields, whatever the last
/// reply's class: ZoneMTA's sender's `ACCEPTED 15e0.001 for <a@b> by b (250 ...)`,
/// `DEFERRED[dns] ...`, and `REJECTED[rate] ...` for a delivery it gave up (the message is
/// released); Stalwart's event ids for the notices it sends (`DSN permanent failure
/// notification (delivery.dsn-perm-fail) ... code = 451`).
fn verdict(line: &str) -> Option<EventKind> {
    if line.contains("(delivery.dsn-temp-fail)") {
        return Some(EventKind::Deferred);
    }
    if line.contains("(delivery.dsn-perm-fail)") {
        return Some(EventKind::Bounced);
    }
    // ZoneMTA's words stand next to its delivery's id (`15e091ac6130002871.001`), before
    // or after it: not another program's `NOT ACCEPTED`. (Read word by word, as every
    // line of another program comes here.)
    let (mut before, mut waiting) = ("", None);
    for w in line.split(' ').take(64) {
        if waiting.is_some() && zonemta_id(w) {
            return waiting;
        }
        waiting = match w {
            "ACCEPTED" => Some(EventKind::Delivered),
            w if w.starts_with("DEFERRED[") => Some(EventKind::Deferred),
            w if w.starts_with("REJECTED[") => Some(EventKind::Bounced),
            _ => None,
        };
        if waiting.is_some() && zonemta_id(before) {
            return waiting;
        }
        before = w;
    }
    None
}

/// Whether `w` is a ZoneMTA delivery's id: its message id in hex, a dot, its sequence
/// number (`15e091ac6130002871.001`).
fn zonemta_id(w: &str) -> bool {
    w.split_once('.').is_some_and(|(id, seq)| {
        id.len() >= 10
            && id.bytes().all(|b| b.is_ascii_hexdigit())
            && seq.len() == 3
            && seq.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A plain line whose source states its outcome beside it (a delivery service's event type):
/// that is the severity of a text that states none.
fn stated_line<'a>(
    line: &'a str,
    stated: Option<EventKind>,
    options: &ReadOptions,
) -> Option<Line<'a>> {
    // A comment (`# ...`, `#Fields:`) is never a failure. Nor is Courier's summary of a
    // delivery (`addr=<a@b>,status: deferred`) an event of its own: the line before it
    // (`addr=<a@b>: 421 ...`, `success: delivered: ...`) says the same with its reason.
    let trimmed = line.trim_end();
    let courier_summary = || {
        trimmed
            .rsplit_once(",status: ")
            .is_some_and(|(_, verdict)| verdict.bytes().all(|c| c.is_ascii_lowercase()))
    };
    if trimmed.trim_start().starts_with('#') || courier_summary() {
        return None;
    }
    // Classified as the event of a line of no known system will be (no time yet; the kind
    // is the diagnosis' own, so stating it again changes nothing).
    let o = line_options(System::Unknown, stated, None, options);
    let d = classify_with(line, &o);
    if (d.severity() == Severity::Unknown && !d.expired())
        || (d.severity() == Severity::Success
            && !d.expired()
            && stated != Some(EventKind::Delivered)
            && d.reason() != Reason::Delivered)
    {
        return None;
    }
    let address =
        |w: &&str| w.contains('@') && fields::domain_of(w).is_some_and(|d| d.contains('.'));
    let words = || line.split([' ', '<', '>', '(', ')', ',', ';', ':', '"', '\'', '=']);
    // The address a field calls the recipient (`to=<a@b>`, `recipient=a@b`), else the first
    // (its name found without regard to case, at a field's start: not `in-reply-to=`,
    // `reply-to = `).
    let b = line.as_bytes();
    let field_start = |p: usize| {
        p == 0 || !matches!(b[p - 1].to_ascii_lowercase(), b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_')
    };
    let named = [
        "to=",
        "rcpt=",
        "recipient=",
        "recipients=",
        "recipient\":",
        "rcpt to:",
        "to = ",
        "addr=",
        "recipient: ",
        // (Cisco Secure Email's `Bounced: DCID 0 MID 1 From: <a@b> To: <c@d> RID 0 - ...`)
        "to: <",
        // (amavisd-new's `Blocked SPAM {...}, [192.0.2.1]:4321 [192.0.2.1] <a@b> -> <c@d>,
        // Queue-ID: ...`: the sender, then the recipients)
        "-> <",
    ]
    .iter()
    .find_map(|k| {
        let mut from = 0;
        while let Some(off) = mfi_core::internal::find_ci(&b[from..], k.as_bytes()) {
            let p = from + off;
            if field_start(p) {
                return Some(p + k.len());
            }
            from = p + 1;
        }
        None
    })
    .and_then(|p| line.get(p..))
    .and_then(|rest| {
        rest.split([' ', '<', '>', ',', ';', '"', '\''])
            .find(address)
    });
    let kind = match d.severity() {
        _ if d.expired() => EventKind::Expired,
        // (KumoMTA's `Expiration` record: the retries ran out, whatever the last reply)
        Severity::Transient | Severity::Permanent if stated == Some(EventKind::Expired) => {
            EventKind::Expired
        }
        Severity::Transient => EventKind::Deferred,
        Severity::Permanent => EventKind::Bounced,
        // A delivery its source states (a delivery service's or KumoMTA's `Delivery`
        // record), or a line that says it delivered to the recipient its field names,
        // in words (Courier's `addr=<...>,...,success: delivered:`, Kerio's `Recipient:
        // <...>, Result: delivered`) or in a field beside the reply (msmtp's
        // `smtpstatus=250 ... exitcode=EX_OK`). A line that only reads like a success is no
        // event, nor is a reply alone (Courier logs the server's `250 OK` before its own line).
        Severity::Success
            if stated == Some(EventKind::Delivered)
                || (named.is_some()
                    && d.reason() == Reason::Delivered
                    && (d.reply_code().is_none()
                        || mfi_core::internal::states_a_delivery(line))) =>
        {
            EventKind::Delivered
        }
        _ => return None,
    };
    let recipient = named.or_else(|| words().find(address));
    let (host, ip) = fields::host_in_text(line);
    Some(Line {
        time: None,
        system: System::Unknown,
        session: None,
        what: vec![What::Delivery(Delivery {
            recipient,
            host,
            ip,
            kind: Some(kind),
            text: line,
            classified: Some((o.stated(kind.severity()), d.into_owned())),
            ..Delivery::default()
        })],
    })
}

/// The fields of a JSON line that hold a log line.
struct JsonLine {
    time: Option<Timestamp>,
    program: Option<String>,
    pid: Option<String>,
    message: String,
    /// What a delivery service's event says happened (`"event": "bounce"`, `"severity":
    /// "temporary"`, `"bounceType": "Permanent"`).
    stated: Option<EventKind>,
}

fn json_line(line: &str) -> Option<JsonLine> {
    let v: serde_json::Value = serde_json::from_str(line.trim()).ok()?;
    v.as_object()?;
    // (A key of the object itself: `found` at its deepest level looks no further.)
    let text = |keys: &[&str]| found(&v, keys, FOUND_DEPTH);
    // An event without a log line (a delivery service's webhook): its text values, in
    // order, are the text (`"recipient": ..., "delivery-status": {...}`).
    let message = text(&["message", "MESSAGE", "msg", "log", "text"]).or_else(|| {
        let mut all = String::new();
        leaves(&v, &mut all);
        (!all.is_empty()).then_some(all)
    })?;
    // (A delivery service's event keeps its time and verdict in keys of its own, at the
    // top or one or two objects down: SES's `mail.timestamp`, Mailgun's `event-data`.)
    let time = found(&v, TIME_KEYS, 0)
        .and_then(|t| event_time(&t))
        .or_else(|| {
            // journald: microseconds since the epoch.
            text(&["__REALTIME_TIMESTAMP"])
                .and_then(|us| us.parse::<i64>().ok())
                .map(|us| Timestamp::from_unix(us / 1_000_000))
        });
    let stated = [
        "severity",
        "bounceType",
        "Type",
        "type",
        "event",
        "eventType",
        "RecordType",
    ]
    .iter()
    .find_map(|k| found(&v, &[k], 0).and_then(|t| event_kind(&t)));
    let program = text(&[
        "program",
        "SYSLOG_IDENTIFIER",
        "ident",
        "app",
        "appname",
        "process",
    ]);
    let pid = text(&["pid", "SYSLOG_PID", "_PID", "procid"]);
    Some(JsonLine {
        time,
        program,
        pid,
        message,
        stated,
    })
}

/// The keys a JSON event keeps its time under, in order.
const TIME_KEYS: &[&str] = &[
    "@timestamp",
    "timestamp",
    "time",
    "ts",
    "date",
    "created_at",
    "BouncedAt",
    "ReceivedAt",
    "event_time",
];

/// How many objects down `found` looks.
const FOUND_DEPTH: usize = 2;

/// The first of `keys` in an object, or in the objects it holds (two levels down at most),
/// as text.
fn found(v: &serde_json::Value, keys: &[&str], depth: usize) -> Option<String> {
    debug_assert!(depth <= FOUND_DEPTH);
    let o = v.as_object()?;
    let here = keys.iter().find_map(|k| match o.get(*k)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    here.or_else(|| {
        (depth < FOUND_DEPTH)
            .then(|| o.values().find_map(|c| found(c, keys, depth + 1)))
            .flatten()
    })
}

/// An event's time: RFC 3339, or seconds (or milliseconds) since the epoch, with or
/// without a fraction, as a number or a string.
fn event_time(t: &str) -> Option<Timestamp> {
    t.parse::<Timestamp>()
        .ok()
        .or_else(|| fields::epoch_time(t))
}

/// What a delivery service's event type or severity says happened.
fn event_kind(t: &str) -> Option<EventKind> {
    let t = t.to_ascii_lowercase();
    let t = t.rsplit(['.', ':']).next().unwrap_or(&t);
    Some(match t {
        "deferred" | "deferral" | "delayed" | "delay" | "temporary" | "transient"
        | "softbounce" | "soft_bounce" | "soft-bounce"
        // (KumoMTA's log records: `"type": "TransientFailure"`, `"AdminBounce"`,
        // `"Expiration"`)
        | "transientfailure" => EventKind::Deferred,
        "expiration" | "expired" => EventKind::Expired,
        "bounce" | "bounced" | "dropped" | "failed" | "failure" | "permanent" | "hardbounce"
        | "hard_bounce" | "hard-bounce" | "rejected" | "reject" | "blocked" | "suppressed"
        | "adminbounce" => {
            EventKind::Bounced
        }
        "delivered" | "delivery" | "sent" => EventKind::Delivered,
        _ => return None,
    })
}

/// The text values of a JSON value, `key=value` joined by spaces (at most 4 KiB).
fn leaves(v: &serde_json::Value, out: &mut String) {
    fn walk(key: &str, v: &serde_json::Value, out: &mut String, depth: usize) {
        if out.len() > 4096 || depth > 8 {
            return;
        }
        match v {
            serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| walk(k, v, out, depth + 1)),
            serde_json::Value::Array(a) => a.iter().for_each(|v| walk(key, v, out, depth + 1)),
            serde_json::Value::String(s) => {
                out.push_str(if out.is_empty() { "" } else { " " });
                out.push_str(key);
                out.push('=');
                out.push_str(s);
            }
            serde_json::Value::Number(n) => {
                out.push_str(if out.is_empty() { "" } else { " " });
                out.push_str(key);
                out.push('=');
                out.push_str(&n.to_string());
            }
            _ => {}
        }
    }
    walk("", v, out, 0);
}

/// The format of an input, from its first lines.
fn detect(head: &[String]) -> Format {
    let lines: Vec<&str> = head
        .iter()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty())
        .collect();
    let Some(first) = lines.first() else {
        return Format::Plain;
    };
    if lines
        .iter()
        .any(|l| l.starts_with("#Fields: ") || l.starts_with("#Software: Microsoft Exchange"))
    {
        return Format::ExchangeTracking;
    }
    let header = lines
        .iter()
        .find(|l| !l.starts_with("#TYPE"))
        .copied()
        .unwrap_or(first);
    if crate::tabular::is_message_trace_header(header) {
        return Format::MessageTrace;
    }
    if first.trim_start().starts_with('{') {
        return Format::JsonLines;
    }
    if crate::mailq::looks_like(&lines) {
        return Format::Mailq;
    }
    if lines.iter().filter(|l| crate::esa::shaped(l)).count() * 2 >= lines.len() {
        return Format::CiscoEsa;
    }
    if crate::listing::looks_like(&lines) || crate::listing::table_columns(&lines).is_some() {
        return Format::ExchangeQueue;
    }
    // (Exim's lines without a message count too: its refusals of a client, `H=(helo) [ip]
    // F=<a@b> rejected RCPT <c@d>: ...`, its connections and queue runs; they decide only
    // over fewer lines of syslog.)
    // (Not a message log's `H=mx [ip] Connection refused`, `exim -Mvl`: its delivery
    // lines have no id either, and are read as plain lines.)
    const MESSAGELESS: &[&str] = &[
        "SMTP connection ",
        "SMTP protocol ",
        "SMTP command ",
        "SMTP call ",
        "SMTP data ",
        "SMTP syntax ",
        "Start queue run:",
        "End queue run:",
    ];
    let (mut exim, mut messageless) = (0, 0);
    for l in &lines {
        if let Some((_, rest)) = fields::exim_time(l) {
            if rest.split(' ').next().is_some_and(fields::is_exim_id) {
                exim += 1;
            } else if MESSAGELESS.iter().any(|m| rest.starts_with(m))
                || (rest.starts_with("H=") && rest.contains(" rejected "))
            {
                messageless += 1;
            }
        }
    }
    let syslog = lines.iter().filter(|l| fields::syslog(l).is_some()).count();
    let qmail = lines.iter().filter(|l| lines::qmail_shaped(l)).count();
    if qmail * 2 >= lines.len() && qmail > 0 {
        Format::Qmail
    } else if (exim * 2 >= lines.len() && exim > 0)
        || ((exim + messageless) * 2 >= lines.len() && exim + messageless > syslog)
    {
        Format::Exim
    } else if syslog * 2 >= lines.len() && syslog > 0 {
        Format::Syslog
    } else {
        Format::Plain
    }
}

/// A directory's files, recursively, sorted by name with rotated logs oldest first.
fn dir_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.is_file() {
                out.push(path);
            }
        }
    }
    out.sort_by_key(|p| rotation_key(p));
    Ok(out)
}

/// `maillog.2.gz` → (`maillog`, newest last): the base name, then the rotation number
/// descending, the live file (no number) last.
fn rotation_key(p: &Path) -> (PathBuf, std::cmp::Reverse<u64>) {
    let name = p
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".gz").unwrap_or(&name);
    if let Some((base, n)) = stem.rsplit_once('.') {
        if let Ok(n) = n.parse::<u64>() {
            return (p.with_file_name(base), std::cmp::Reverse(n));
        }
    }
    (p.with_file_name(stem), std::cmp::Reverse(0))
}

/// The input as UTF-8 (or as it is, if it is neither gzip nor UTF-16): gzip undone (by its
/// magic bytes), UTF-16 decoded (by its byte order mark, or by the zero bytes of ASCII text
/// when it has none).
fn decoded(reader: Box<dyn Read + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    let mut reader = BufReader::with_capacity(64 << 10, reader);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut reader: Box<dyn BufRead + Send> = if gzip {
        Box::new(BufReader::with_capacity(
            64 << 10,
            flate2::read::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    };
    let head = reader.fill_buf()?;
    let encoding = if head.starts_with(&[0xff, 0xfe])
        || head.starts_with(&[0xfe, 0xff])
        || head.starts_with(&[0xef, 0xbb, 0xbf])
    {
        // The byte order mark says (and is dropped).
        None
    } else {
        utf16_without_bom(head)
    };
    let utf16 =
        encoding.is_some() || head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]);
    if !utf16 && !head.starts_with(&[0xef, 0xbb, 0xbf]) {
        return Ok(reader);
    }
    let decoder = encoding_rs_io::DecodeReaderBytesBuilder::new()
        .encoding(encoding)
        .bom_sniffing(true)
        .build(reader);
    Ok(Box::new(BufReader::with_capacity(64 << 10, decoder)))
}

/// UTF-16 without a byte order mark, from the zero bytes of ASCII characters: at odd
/// offsets (little-endian) or at even ones (big-endian).
fn utf16_without_bom(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &head[..head.len().min(1024) & !1];
    if sample.len() < 8 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 10 >= pairs * 7 && even * 10 <= pairs {
        Some(encoding_rs::UTF_16LE)
    } else if even * 10 >= pairs * 7 && odd * 10 <= pairs {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// Lines of a stream, each at most `max` bytes (the rest of a longer line is skipped),
/// without their `\n`, invalid UTF-8 replaced.
struct Lines {
    reader: Box<dyn BufRead + Send>,
    max: usize,
    head: VecDeque<String>,
    buf: Vec<u8>,
    line: String,
    /// The head lines again, as bytes, for `Read::read`, and how far they were read.
    replay: Vec<u8>,
    replay_at: usize,
}

impl Lines {
    fn new(reader: Box<dyn BufRead + Send>, max: usize) -> Self {
        Lines {
            reader,
            max,
            head: VecDeque::new(),
            buf: Vec::new(),
            line: String::new(),
            replay: Vec::new(),
            replay_at: 0,
        }
    }

    /// The first `n` lines (read again by `next_line`).
    fn head(&mut self, n: usize) -> io::Result<Vec<String>> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.next_line()? {
                Some(l) => out.push(l.to_owned()),
                None => break,
            }
        }
        self.head = out.iter().cloned().collect();
        Ok(out)
    }

    /// The next line (valid until the next call).
    fn next_line(&mut self) -> io::Result<Option<&str>> {
        if let Some(l) = self.head.pop_front() {
            self.line = l;
            return Ok(Some(&self.line));
        }
        if !self.fill()? {
            return Ok(None);
        }
        match std::str::from_utf8(&self.buf) {
            Ok(s) => Ok(Some(s)),
            Err(_) => {
                self.line.clear();
                self.line.push_str(&String::from_utf8_lossy(&self.buf));
                Ok(Some(&self.line))
            }
        }
    }

    /// Reads one line (at most `max` bytes of it) into `buf`; `false` at the end.
    fn fill(&mut self) -> io::Result<bool> {
        self.buf.clear();
        let mut any = false;
        loop {
            let chunk = match self.reader.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (used, done) = match memchr::memchr(b'\n', chunk) {
                Some(p) => (p + 1, true),
                None => (chunk.len(), false),
            };
            let room = self.max.saturating_sub(self.buf.len());
            let content = if done { used - 1 } else { used };
            self.buf.extend_from_slice(&chunk[..content.min(room)]);
            self.reader.consume(used);
            if done {
                break;
            }
        }
        Ok(any)
    }
}

impl Read for Lines {
    /// The lines looked at first (each with its `\n`), then the rest of the stream as it is.
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if !self.head.is_empty() {
            for l in self.head.drain(..) {
                self.replay.extend_from_slice(l.as_bytes());
                self.replay.push(b'\n');
            }
        }
        if self.replay_at < self.replay.len() {
            let rest = &self.replay[self.replay_at..];
            let n = rest.len().min(out.len());
            out[..n].copy_from_slice(&rest[..n]);
            self.replay_at += n;
            return Ok(n);
        }
        self.reader.read(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every event of `text` read with `options` (none may fail).
    fn read_all(text: &str, options: &ReadOptions) -> Vec<Event> {
        LogReader::from_text(text, options)
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn a_plain_line_names_the_recipient_its_fields_name() {
        let recipient = |line: &'static str| {
            let l = plain_line(line, &ReadOptions::default()).unwrap();
            let [What::Delivery(d)] = &l.what[..] else {
                panic!("{line}")
            };
            d.recipient
        };
        assert_eq!(
            recipient("x from=<s@example.com> to=<r@example.net> said 550 5.1.1 unknown"),
            Some("r@example.net")
        );
        assert_eq!(
            recipient("bounce for a@example.org: 550 5.1.1 unknown"),
            Some("a@example.org")
        );
        // amavisd-new: the sender, then `->` and the recipients.
        assert_eq!(
            recipient("amavis[2021]: (02021-04) Blocked SPAM {DiscardedInbound}, [192.0.2.7]:4321 [192.0.2.7] <s@example.com> -> <r@example.net>, Queue-ID: 4B2C83E0A1, mail_id: x, Hits: 14.2"),
            Some("r@example.net")
        );
    }

    /// The kind and recipient of a plain line's event, if it is one.
    fn plain_event(line: &str) -> Option<(EventKind, Option<&str>)> {
        let l = plain_line(line, &ReadOptions::default())?;
        let [What::Delivery(d)] = &l.what[..] else {
            panic!("one delivery: {l:?}")
        };
        Some((d.kind?, d.recipient))
    }

    #[test]
    fn a_plain_line_that_says_it_delivered_to_a_named_recipient_is_a_delivery() {
        use EventKind::*;
        // Courier: the recipient is `addr=`, not the sender before it.
        let courier = "courieresmtp: id=0038C081.4D026173.000051A4,from=<root@example.org>,\
                       addr=<a@example.net>,size=329,success: delivered: mx.example.net [192.0.2.2]";
        assert_eq!(
            plain_event(courier),
            Some((Delivered, Some("a@example.net")))
        );
        let kerio = "[30/Nov/2005 17:57:15] Sent: Queue-ID: 438dd9ea-00000000, Recipient: \
                     <w@example.com>, Result: delivered, Status: 2.0.0";
        assert_eq!(plain_event(kerio), Some((Delivered, Some("w@example.com"))));
        let chasquid = "7SVmPA5C from=a@example.org to=b@example.net sent";
        assert_eq!(
            plain_event(chasquid),
            Some((Delivered, Some("b@example.net")))
        );
        // A reply alone (Courier logs the server's before its own line), success words
        // without a recipient's field, and a `sent` that ends no recipient's field: no event.
        let reply = "id=0038C081,from=<root@example.org>,addr=<a@example.net>: 250 OK DD/68";
        assert_eq!(plain_event(reply), None);
        // msmtp's log: the recipients' field, its exit code's verdict beside the reply.
        let msmtp = "host=smtp.example.com tls=on auth=on user=me@example.com \
                     from=me@example.com recipients=you@example.net mailsize=412 \
                     smtpstatus=250 smtpmsg='250 2.0.0 OK queued' exitcode=EX_OK";
        assert_eq!(
            plain_event(msmtp),
            Some((Delivered, Some("you@example.net")))
        );
        let msmtp = "host=smtp.example.com tls=on auth=on user=me@example.com \
                     from=me@example.com recipients=you@example.net errormsg='TLS \
                     certificate verification failed: the certificate hasn't got a known \
                     issuer' exitcode=EX_UNAVAILABLE";
        assert_eq!(plain_event(msmtp), Some((Bounced, Some("you@example.net"))));
        // (Courier's summary after its line of the delivery: no second event.)
        for status in ["success", "failure", "deferred"] {
            let summary = format!(
                "courieresmtp: id=0038C081.4D026173.000051A4,from=<root@example.org>,\
                 addr=<a@example.net>,size=329,status: {status}"
            );
            assert_eq!(plain_event(&summary), None, "{summary}");
        }
        assert_eq!(
            plain_event("a@example.net: message was delivered successfully"),
            None
        );
        assert_eq!(
            plain_event("the report to=a@example.net was not sent"),
            None
        );
        // (Not another program's `to=... sent`: chasquid's names the sender before.)
        assert_eq!(
            plain_event("app[9]: notification to=c@example.net sent"),
            None
        );
    }

    #[test]
    fn a_sending_systems_verdict_beside_the_fields_is_the_event() {
        use EventKind::*;
        let rejected = "info Sender/default/30766 158e0fdcc80000ab4b.001 REJECTED[rate] \
                        from=s@example.org[s@example.org] to=r@example.com mx=mx1.example.com \
                        (421 RP-001 Unfortunately, some messages from 203.0.113.9 weren't sent.)";
        // Released: a bounce, though the last reply was a 4xx.
        assert_eq!(
            plain_event(rejected),
            Some((Bounced, Some("r@example.com")))
        );
        let deferred = "(Sender/default/12239) 15e091ac6130002871.001 DEFERRED[dns] \
                        from=s@example.org to=r@casfcasc.example mx=casfcasc.example \
                        (450 Can't find an MX server for casfcasc.example)";
        assert_eq!(
            plain_event(deferred),
            Some((Deferred, Some("r@casfcasc.example")))
        );
        let accepted = "Sender/default/1 ACCEPTED 15e091ac6130002871.001 for <r@example.net> \
                        by example.net (250 2.0.0 OK 1234 - gsmtp)";
        assert_eq!(
            plain_event(accepted),
            Some((Delivered, Some("r@example.net")))
        );
        // Stalwart's permanent-failure notice after a 451: the recipient's message bounced.
        let stalwart = "2024-09-20T10:38:44Z INFO DSN permanent failure notification \
                        (delivery.dsn-perm-fail) queueId = 1974, from = \"s@example.org\", \
                        to = [\"r@example.net\"], size = 2238, total = 1, \
                        hostname = \"mx.example.net\", code = 451, details = \"Address lookup failed.\"";
        assert_eq!(
            plain_event(stalwart),
            Some((Bounced, Some("r@example.net")))
        );
        // The words of other programs, away from a ZoneMTA id: no verdict, and no event.
        assert_eq!(
            plain_event("policyd[55]: message NOT ACCEPTED for r@example.net"),
            None
        );
        assert_eq!(
            plain_event("kernel: FW ACCEPTED IN=eth0 SRC=192.0.2.1 DST=192.0.2.2"),
            None
        );
        assert_eq!(
            plain_event("    ACCEPTED (in reply to end of DATA command)"),
            None
        );
    }

    #[test]
    fn events_of_a_delivery_service_are_read_by_their_text() {
        let j = json_line(r#"{"event":"failed","recipient":"r@example.net","delivery-status":{"code":550,"message":"5.1.1 mailbox unavailable"}}"#).unwrap();
        assert!(
            j.message.contains("recipient=r@example.net"),
            "{}",
            j.message
        );
        assert!(j.message.contains("code=550"), "{}", j.message);
    }

    #[test]
    fn delivery_service_events_give_their_time_and_verdict() {
        let events = r#"{"email": "ann@example.com", "timestamp": 1461095250, "reason": "Bounced Address", "event": "dropped"}
{"response": "Email was deferred due to the following reason(s): [IPs were throttled by recipient server]", "event": "deferred", "email": "bo@example.com", "timestamp": 1461200990}
{"event-data": {"event": "failed", "severity": "temporary", "recipient": "cy@example.org", "timestamp": 1534110422.389832, "delivery-status": {"code": 0, "message": "queued for a retry"}}}
{"notificationType": "Bounce", "bounce": {"bounceType": "Permanent", "bouncedRecipients": [{"emailAddress": "dee@example.net"}], "timestamp": "2025-03-20T14:51:11.000Z"}}
"#;
        let got: Vec<_> = read_all(events, &ReadOptions::default().format(Format::JsonLines))
            .into_iter()
            .map(|e| (e.kind, e.recipient, e.time.map(|t| t.to_string())))
            .collect();
        let t = |s: &str| Some(s.to_owned());
        assert_eq!(
            got,
            [
                (
                    EventKind::Bounced,
                    t("ann@example.com"),
                    t("2016-04-19T19:47:30Z")
                ),
                (
                    EventKind::Deferred,
                    t("bo@example.com"),
                    t("2016-04-21T01:09:50Z")
                ),
                (
                    EventKind::Deferred,
                    t("cy@example.org"),
                    t("2018-08-12T21:47:02Z")
                ),
                (
                    EventKind::Bounced,
                    t("dee@example.net"),
                    t("2025-03-20T14:51:11Z")
                ),
            ]
        );
        assert_eq!(
            event_time("1461095250123").unwrap().to_string(),
            "2016-04-19T19:47:30Z"
        );
        assert_eq!(event_time("12"), None);
        assert_eq!(event_kind("email.bounced"), Some(EventKind::Bounced));
        assert_eq!(event_kind("SoftBounce"), Some(EventKind::Deferred));
        assert_eq!(event_kind("open"), None);
    }

    /// Stalwart's log names the recipients in `to = [...]` after the sender's `from = ...`,
    /// and a connection error to a domain's hosts is retried.
    #[test]
    fn a_stalwart_connection_error_is_a_deferral_of_its_recipient() {
        let line = r#"2026-10-04T02:27:29Z INFO Connection error (delivery.connect-error) queueId = 3330, queueName = "remote", from = "eu@example.org", to = ["ana@example.net"], size = 812, domain = "example.net", remoteIp = 192.0.2.54, remotePort = 25, causedBy = SMTP error occurred (smtp.error) { details = I/O Error, reason = "Connection refused (os error 111)" }, elapsed = 3ms"#;
        let l = plain_line(line, &ReadOptions::default()).unwrap();
        let [What::Delivery(d)] = &l.what[..] else {
            panic!()
        };
        assert_eq!(
            (d.recipient, d.kind),
            (Some("ana@example.net"), Some(EventKind::Deferred))
        );
        // (A field's name ends where another's does: `reply-to = ` names no recipient.)
        let line = line.replace("from = ", "reply-to = \"r@example.org\", from = ");
        let l = plain_line(&line, &ReadOptions::default()).unwrap();
        let [What::Delivery(d)] = &l.what[..] else {
            panic!()
        };
        assert_eq!(d.recipient, Some("ana@example.net"));
    }

    /// KumoMTA's log records say what happened in their `type`: a `TransientFailure` with a
    /// 5xx reply is retried (a deferral), a `Delivery` is an event of its own, and an
    /// `Expiration` is the end of the retries; PowerMTA's accounting file says it in its
    /// `dsnAction` column, and names the recipient `rcpt` beside the sender's `orig`.
    #[test]
    fn exchange_send_protocol_logs_give_their_sessions_failures() {
        let head = "#Software: Microsoft Exchange Server\n#Version: 15.0.0.0\n#Log-type: SMTP Send Protocol Log\n#Date: 2024-03-04T09:00:02.114Z\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n";
        let rows = "2024-03-04T09:12:40.101Z,Internet,08DC01,0,,203.0.113.25:25,*,,attempting to connect\n\
            2024-03-04T09:12:41.112Z,Internet,08DC01,1,,203.0.113.25:25,*,,\"Failed to connect. Winsock error code: 10061, Win32 error code: 10061, Error Message: No connection could be made because the target machine actively refused it 203.0.113.25:25\"\n\
            2024-03-04T10:05:11.171Z,Internet,08DC02,8,10.0.0.5:50110,192.0.2.40:25,>,RCPT TO:<nosuch@example.net>,\n\
            2024-03-04T10:05:11.210Z,Internet,08DC02,9,10.0.0.5:50110,192.0.2.40:25,<,550 5.1.1 <nosuch@example.net>: Recipient address rejected: User unknown,\n";
        let read = |text: &str| -> Vec<_> {
            read_all(text, &ReadOptions::default())
                .into_iter()
                .map(|e| {
                    let d = e.diagnosis.as_ref().map(|d| d.as_diagnosis().mfi_code());
                    (
                        e.kind,
                        e.recipient,
                        e.ip,
                        e.system,
                        d.flatten().map(|c| c.name()),
                    )
                })
                .collect()
        };
        let got = read(&format!("{head}{rows}"));
        assert_eq!(
            got,
            vec![
                (
                    EventKind::Deferred,
                    None,
                    Some("203.0.113.25".to_owned()),
                    System::ExchangeServer,
                    Some("4.4.316")
                ),
                (
                    EventKind::Bounced,
                    Some("nosuch@example.net".to_owned()),
                    Some("192.0.2.40".to_owned()),
                    System::ExchangeServer,
                    None
                ),
            ]
        );
        // A receive connector's log: its sessions are clients', no deliveries of this server.
        assert!(read(&format!("{}{rows}", head.replace("Send", "Receive"))).is_empty());
    }

    #[test]
    fn sending_systems_records_state_their_outcome() {
        let kumo = r#"{"type": "Delivery", "recipient": "ok@example.com", "response": {"code": 250, "content": "OK ids=8a54"}, "timestamp": 1700000000}
{"type": "TransientFailure", "recipient": "gone@example.net", "response": {"code": 552, "enhanced_code": null, "content": "1 Requested mail action aborted, mailbox not found"}, "timestamp": 1700000001}
{"type": "Expiration", "recipient": "late@example.org", "response": {"code": 551, "content": "Next delivery time would be at 2023-11-17 22:13:21 UTC which exceeds the expiry time"}, "timestamp": 1700000002}
"#;
        let pmta = "type,timeLogged,orig,rcpt,dsnAction,dsnStatus,dsnDiag,dsnMta\n\
            d,2024-05-02 10:11:12+0000,bounces@sender.example,ok@example.org,relayed,2.0.0 (success),\"smtp;250 2.0.0 Ok: queued\",mx.example.org (192.0.2.40)\n\
            b,2024-05-02 10:11:13+0000,bounces@sender.example,nobody@example.com,failed,5.1.1 (bad destination mailbox address),\"smtp;550 5.1.1 No such user\",mx.example.com (192.0.2.41)\n\
            t,2024-05-02 10:11:14+0100,bounces@sender.example,later@example.net,delayed,4.7.0 (delivery not authorized),\"smtp;421 4.7.0 Try again later\",mx.example.net (192.0.2.42)\n";
        let read = |text: &str, format: Format| -> Vec<_> {
            read_all(text, &ReadOptions::default().format(format))
                .into_iter()
                .map(|e| {
                    let severity = e.diagnosis.as_ref().map(|d| d.as_diagnosis().severity());
                    (
                        e.kind,
                        e.recipient,
                        e.sender,
                        severity,
                        e.time.map(|t| t.to_string()),
                    )
                })
                .collect()
        };
        let t = |s: &str| Some(s.to_owned());
        let got = read(kumo, Format::JsonLines);
        assert_eq!(
            got.iter().map(|g| (g.0, g.1.clone())).collect::<Vec<_>>(),
            [
                (EventKind::Delivered, t("ok@example.com")),
                (EventKind::Deferred, t("gone@example.net")),
                (EventKind::Expired, t("late@example.org")),
            ]
        );
        assert_eq!(got[1].3, Some(Severity::Transient));
        assert_eq!(
            detect(&pmta.lines().map(str::to_owned).collect::<Vec<_>>()),
            Format::MessageTrace
        );
        let got = read(pmta, Format::MessageTrace);
        assert_eq!(
            got,
            [
                (
                    EventKind::Delivered,
                    t("ok@example.org"),
                    t("bounces@sender.example"),
                    None,
                    t("2024-05-02T10:11:12Z")
                ),
                (
                    EventKind::Bounced,
                    t("nobody@example.com"),
                    t("bounces@sender.example"),
                    Some(Severity::Permanent),
                    t("2024-05-02T10:11:13Z")
                ),
                (
                    EventKind::Deferred,
                    t("later@example.net"),
                    t("bounces@sender.example"),
                    Some(Severity::Transient),
                    t("2024-05-02T09:11:14Z")
                ),
            ]
        );
    }

    #[test]
    fn a_log_verdict_is_the_severity_of_a_text_that_states_none() {
        let exim = "\
2016-06-03 01:21:52 1b8cs4-0005xz-6g ** ann@example.invalid F=<s@example.net>: Unrouteable address
2011-03-21 07:42:26 1Q1XGK-0001gY-4B == bo@example.org R=dnslookup T=remote_smtp defer (113): No route to host
";
        let sendmail = "Jun 26 07:24:25 mx sendmail[31762]: q5PNOMeP031760: to=<cy@example.com>, delay=00:00:02, mailer=esmtp, pri=121393, relay=mx.example.com. [192.0.2.90], dsn=5.0.0,stat=Service unavailable\n";
        let read = |log| read_all(log, &ReadOptions::default().year(2026));
        let events: Vec<Event> = read(exim).into_iter().chain(read(sendmail)).collect();
        let got: Vec<_> = events
            .iter()
            .map(|e| {
                let d = e.diagnosis.as_ref().unwrap().as_diagnosis();
                (e.kind, d.severity(), d.queue().map(|q| q.state))
            })
            .collect();
        use mfi_core::{QueueState, Severity};
        assert_eq!(
            got,
            [
                (
                    EventKind::Bounced,
                    Severity::Permanent,
                    Some(QueueState::Bounced)
                ),
                (
                    EventKind::Deferred,
                    Severity::Transient,
                    Some(QueueState::Retrying)
                ),
                (
                    EventKind::Bounced,
                    Severity::Permanent,
                    Some(QueueState::Bounced)
                ),
            ]
        );
        // (Sendmail's `dsn=5.0.0,stat=`: the status without the comma.)
        assert_eq!(events[2].text, "5.0.0 Service unavailable");
    }

    #[test]
    fn qmail_send_logs() {
        let multilog = "\
@4000000065ee0b7c0a1b2c3d new msg 161214
@4000000065ee0b7c0a1b2c3e info msg 161214: bytes 2345 from <ann@example.com> qp 24160 uid 89
@4000000065ee0b7c0a1b2c3f starting delivery 183: msg 161214 to remote bo@example.net
@4000000065ee0b7c0a1b2c40 starting delivery 184: msg 161214 to remote cy@example.org
@4000000065ee0b7c0a1b2c41 status: local 0/10 remote 2/20
@4000000065ee0b800a1b2c42 delivery 184: success: 192.0.2.9_accepted_message./Remote_host_said:_250_ok/
@4000000065ee0b820a1b2c43 delivery 183: failure: 192.0.2.7_does_not_like_recipient./Remote_host_said:_550_5.1.1_<bo@example.net>_is_not_a_valid_mailbox./Giving_up_on_192.0.2.7./
@4000000065ee0b820a1b2c44 end msg 161214
";
        let events = read_all(multilog, &ReadOptions::default());
        let got: Vec<_> = events
            .iter()
            .map(|e| {
                (
                    e.system,
                    e.kind,
                    e.queue_id.as_deref(),
                    e.recipient.as_deref(),
                    e.sender.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (
                    System::Qmail,
                    EventKind::Delivered,
                    Some("161214"),
                    Some("cy@example.org"),
                    Some("ann@example.com")
                ),
                (
                    System::Qmail,
                    EventKind::Bounced,
                    Some("161214"),
                    Some("bo@example.net"),
                    Some("ann@example.com")
                ),
            ]
        );
        // TAI64N: 2^62 + 10 + the Unix time.
        assert_eq!(events[1].time.unwrap().to_string(), "2024-03-10T19:35:20Z");
        let d = events[1].diagnosis.as_ref().unwrap().as_diagnosis();
        assert_eq!(d.reason().name(), "userunknown");
        assert_eq!(d.origin(), mfi_core::Origin::Qmail);
        // splogger, through syslog.
        let syslog = "\
Mar 10 19:38:00 mx qmail: 1710099480.000001 starting delivery 7: msg 99 to remote dee@example.net
Mar 10 19:38:05 mx qmail: 1710099485.000001 delivery 7: deferral: Sorry,_I_wasn't_able_to_establish_an_SMTP_connection._(#4.4.1)/
";
        let events = read_all(syslog, &ReadOptions::default().year(2024));
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].recipient.as_deref(), Some("dee@example.net"));
        assert_eq!(events[0].kind, EventKind::Deferred);
        let d = events[0].diagnosis.as_ref().unwrap().as_diagnosis();
        assert_eq!(d.mfi_code(), Some(mfi_core::MfiCode::ConnectionTimedOut));
    }

    #[test]
    fn comments_are_never_failures() {
        assert!(plain_line(
            "# 450 4.4.316 Connection refused: yesterday's notes",
            &ReadOptions::default()
        )
        .is_none());
        assert!(plain_line("450 4.4.316 Connection refused", &ReadOptions::default()).is_some());
    }

    #[test]
    fn rotated_logs_oldest_first() {
        let mut v: Vec<PathBuf> = [
            "maillog",
            "maillog.1",
            "maillog.2.gz",
            "auth.log",
            "maillog.10.gz",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        v.sort_by_key(|p| rotation_key(p));
        let names: Vec<_> = v.iter().map(|p| p.display().to_string()).collect();
        assert_eq!(
            names,
            [
                "auth.log",
                "maillog.10.gz",
                "maillog.2.gz",
                "maillog.1",
                "maillog"
            ]
        );
    }

    #[test]
    fn utf16_is_found_without_its_mark() {
        let le: Vec<u8> = "\"Received\",\"Status\"\r\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        let be: Vec<u8> = "\"Received\",\"Status\"\r\n"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(utf16_without_bom(&le), Some(encoding_rs::UTF_16LE));
        assert_eq!(utf16_without_bom(&be), Some(encoding_rs::UTF_16BE));
        assert_eq!(utf16_without_bom(b"plain ascii text here"), None);
    }

    #[test]
    fn the_head_is_read_again_byte_for_byte() {
        let data = "é1\nαβγ\nrest\n".as_bytes().to_vec();
        let mut l = Lines::new(Box::new(io::Cursor::new(data.clone())), 100);
        assert_eq!(l.head(2).unwrap(), ["é1", "αβγ"]);
        // Read in pieces smaller than a character.
        let mut got = Vec::new();
        let mut piece = [0u8; 1];
        while l.read(&mut piece).unwrap() == 1 {
            got.push(piece[0]);
        }
        assert_eq!(got, data);
    }

    #[test]
    fn long_lines_are_cut_and_bad_bytes_replaced() {
        let data = b"abcdefghij\nxy\xff\n".to_vec();
        let mut l = Lines::new(Box::new(io::Cursor::new(data)), 4);
        assert_eq!(l.next_line().unwrap(), Some("abcd"));
        assert_eq!(l.next_line().unwrap(), Some("xy\u{fffd}"));
        assert_eq!(l.next_line().unwrap(), None);
    }
}
