//! The small shapes log lines are made of: syslog prefixes, `key=value` lists, addresses,
//! `host[ip]` pairs, message ids.

use mfi_core::Timestamp;

/// A syslog line taken apart (its time read only when asked: most lines are skipped).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Syslog<'a> {
    pub stamp: Stamp<'a>,
    /// The program (`postfix/smtp`, `sendmail`, `smtpd`, `exim`).
    pub program: &'a str,
    /// Its process id, if logged.
    pub pid: Option<&'a str>,
    /// The text after `program[pid]: `.
    pub message: &'a str,
}

/// A syslog line's time, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp<'a> {
    /// `Mar 10 02:03:04`: month, day, seconds of the day (the year is not written).
    Classic(u32, u32, u32),
    /// RFC 3339.
    Iso(&'a str),
    /// A time read as it was written, without its zone (Sophos UTM's `2019:06:10-11:04:40`).
    At(Timestamp),
    /// None written (RFC 5424's `-`, a container's line whose runtime keeps the time).
    Unknown,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// German month abbreviations that differ from the English ones (`journalctl` and syslog
/// daemons under a German locale write `Mär`, `Mai`, `Okt`, `Dez`), by month.
const GERMAN_MONTHS: [(&str, usize); 5] =
    [("mär", 2), ("mrz", 2), ("mai", 4), ("okt", 9), ("dez", 11)];

/// `Mar 10 02:03:04` (or `Mar  1 ...`, or a German locale's `Okt 15 ...`): month, day and
/// seconds of the day, and the rest.
fn classic_time(line: &str) -> Option<((u32, u32, u32), &str)> {
    // The month's name: three letters (`Mär`: four bytes).
    let name_len = match line.as_bytes().get(3) {
        Some(b' ') => 3,
        _ if line.get(..4) == Some("Mär") || line.get(..4) == Some("mär") => 4,
        _ => return None,
    };
    let name = &line[..name_len];
    // (`Mär` compared as `mär`: its first letter is ASCII.)
    let month = MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .or_else(|| {
            GERMAN_MONTHS
                .iter()
                .find(|(m, _)| m.eq_ignore_ascii_case(name))
                .map(|&(_, i)| i)
        })?;
    // (The rest is read as after an English month.)
    let line = &line[name_len - 3..];
    let b = line.as_bytes();
    if b.len() < 15 || b[3] != b' ' {
        return None;
    }
    // A day of one digit is padded to two (`Mar  3`), or not, as some daemons and pastes
    // write it (`Mar 3`): `t` is where the time of day begins.
    let (day, t) = match b[4..7] {
        [d, b' ', _] if d.is_ascii_digit() => (u32::from(d - b'0'), 6),
        [b' ' | b'0'..=b'9', d, b' '] if d.is_ascii_digit() => {
            (line.get(4..6)?.trim_start().parse().ok()?, 7)
        }
        _ => return None,
    };
    if b.len() < t + 8 || b[t + 2] != b':' || b[t + 5] != b':' {
        return None;
    }
    let num = |i: usize| -> Option<u32> {
        let (a, b) = (b[i], b[i + 1]);
        (a.is_ascii_digit() && b.is_ascii_digit())
            .then(|| u32::from(a - b'0') * 10 + u32::from(b - b'0'))
    };
    let secs = num(t)? * 3600 + num(t + 3)? * 60 + num(t + 6)?;
    let rest = line.get(t + 8..)?;
    // Fractions some daemons add (`02:03:04.123`).
    let rest = match rest.strip_prefix('.') {
        Some(r) => r.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    };
    Some(((month as u32 + 1, day, secs), rest.strip_prefix(' ')?))
}

/// The time a line begins with when syslog's is followed by the year (`Oct 19 06:33:29
/// 2011 host tag: ...`, as some gateways forward their logs), and the rest.
pub(crate) fn classic_year_time(line: &str) -> Option<(Option<Timestamp>, &str)> {
    let ((month, day, secs), rest) = classic_time(line)?;
    let (year, rest) = rest.split_once(' ')?;
    if year.len() != 4 || !year.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = Timestamp::from_civil(year.parse().ok()?, month, day, 0, 0, 0)
        .map(|t| t.add_seconds(i64::from(secs)));
    Some((t, rest))
}

/// The time a line of `ctime`'s shape begins with (`Mon Mar 31 20:00:27 2003 `: weekday,
/// month, day, time, year; Cisco AsyncOS's logs), and the rest.
pub(crate) fn ctime_time(line: &str) -> Option<(Option<Timestamp>, &str)> {
    let b = line.as_bytes();
    if b.len() < 4 || b[3] != b' ' || !b[..3].iter().all(u8::is_ascii_alphabetic) {
        return None;
    }
    classic_year_time(&line[4..])
}

/// Resolves the year of a date logged without one.
#[derive(Debug, Clone)]
pub(crate) struct Years {
    /// The year given by the caller.
    pub fixed: Option<i32>,
    /// The time dates may not lie (much) beyond.
    pub now: Timestamp,
    /// The last day resolved (a log's lines come a day at a time).
    pub last: std::cell::Cell<Option<LastDay>>,
}

/// A month and day, and the time that day began.
pub(crate) type LastDay = ((u32, u32), Option<Timestamp>);

impl Years {
    pub fn new(fixed: Option<i32>, now: Timestamp) -> Self {
        Years {
            fixed,
            now,
            last: std::cell::Cell::new(None),
        }
    }

    /// The time of a syslog stamp.
    pub fn resolve(&self, stamp: Stamp<'_>) -> Option<Timestamp> {
        match stamp {
            Stamp::Classic(m, d, secs) => {
                let day = match self.last.get() {
                    Some((k, t)) if k == (m, d) => t,
                    _ => {
                        let t = self.day(m, d);
                        self.last.set(Some(((m, d), t)));
                        t
                    }
                };
                day.map(|t| t.add_seconds(i64::from(secs)))
            }
            Stamp::Iso(t) => t.parse().ok(),
            Stamp::At(t) => Some(t),
            Stamp::Unknown => None,
        }
    }

    fn day(&self, month: u32, day: u32) -> Option<Timestamp> {
        let at = |year: i64| Timestamp::from_civil(year, month, day, 0, 0, 0);
        if let Some(y) = self.fixed {
            return at(i64::from(y));
        }
        let year = self.now.year();
        match at(year) {
            Some(t) if t.unix() > self.now.unix() + 86_400 => at(year - 1),
            // 29 February of a year that has none: the year before that had none either.
            None => at(year - 1),
            t => t,
        }
    }
}

/// Takes a syslog line apart: classic (`Mar 10 02:03:04 host prog[pid]: text`), with an
/// RFC 3339 time (`2026-03-10T02:03:04.123+00:00 host prog[pid]: text`), either after a
/// priority (`<22>Mar 10 ...`), RFC 5424's (`<22>1 2026-03-10T02:03:04Z host prog pid - -
/// text`), or without a time where a mail system's tag says what it is (`postfix-0
/// postfix/smtp[216]: text`, a container's log, or the tag alone: `postfix/smtp[216]:
/// text`). A line of a program that is no mail system whose text is a syslog line of one
/// is that line (a container's output forwarded to the host's journal: `May 11 11:33:24
/// host mailserver[4087]: 2020-05-11T11:33:24.412093+00:00 mail postfix/lmtp[1050]: ...`).
pub(crate) fn syslog(line: &str) -> Option<Syslog<'_>> {
    let outer = syslog_once(line)?;
    if crate::lines::system_of(outer.program) == crate::event::System::Unknown {
        if let Some(inner) = syslog_once(outer.message) {
            if crate::lines::system_of(inner.program) != crate::event::System::Unknown {
                return Some(inner);
            }
        }
    }
    Some(outer)
}

fn syslog_once(line: &str) -> Option<Syslog<'_>> {
    let line = without_container_prefix(line.trim_start_matches([' ', '\t']));
    let line = without_priority(line);
    if let Some(rest) = line.strip_prefix("1 ") {
        return rfc5424(rest);
    }
    let (stamp, rest) = if let Some(((m, d, secs), rest)) = classic_time(line) {
        (Stamp::Classic(m, d, secs), rest)
    } else if line.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        let space = memchr::memchr(b' ', line.as_bytes())?;
        let t = &line[..space];
        let stamp = if rfc3339(t) {
            Stamp::Iso(t)
        } else {
            Stamp::At(colon_time(t)?)
        };
        let rest = &line[space + 1..];
        // (A container runtime's time before a classic line, `kubectl logs --timestamps`,
        // `docker logs -t`: the runtime's, which has the year, and the line's fields.)
        let rest = classic_time(rest).map_or(rest, |(_, r)| r);
        (stamp, rest)
    } else {
        return undated(line);
    };
    // The host, then the tag (after a level word and its padding in some containers'
    // logs: `2024-12-30T12:16:32+01:00 INFO    postfix/smtp[1204]: ...`).
    let space = memchr::memchr(b' ', rest.as_bytes())?;
    // No host: some syslog daemons' and journald's exports begin with the tag (a host
    // name never ends with a colon; a tag does).
    let tagged = if rest[..space].ends_with(':') {
        rest
    } else {
        rest[space + 1..].trim_start_matches(' ')
    };
    let (program, pid, message) = tag(tagged)?;
    Some(Syslog {
        stamp,
        program,
        pid,
        message,
    })
}

/// A line without its syslog priority (`<22>`).
pub(crate) fn without_priority(line: &str) -> &str {
    line.strip_prefix('<')
        .and_then(|r| r.split_once('>'))
        .filter(|(pri, _)| (1..=3).contains(&pri.len()) && pri.bytes().all(|b| b.is_ascii_digit()))
        .map_or(line, |(_, rest)| rest)
}

/// An RFC 5424 record after its version: `TIMESTAMP HOSTNAME APP-NAME PROCID MSGID
/// STRUCTURED-DATA MSG`, each `-` when it is not given (RFC 5424, section 6).
fn rfc5424(rest: &str) -> Option<Syslog<'_>> {
    let mut fields = rest.splitn(6, ' ');
    let (t, _host, program, pid, _msgid) = (
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
        fields.next()?,
    );
    let stamp = match t {
        "-" => Stamp::Unknown,
        t if rfc3339(t) => Stamp::Iso(t),
        _ => return None,
    };
    if program == "-" || program.is_empty() {
        return None;
    }
    // The structured data: `-`, or `[id param="value" ...]` elements (a `]` inside a value
    // is escaped).
    let sd = fields.next().unwrap_or("");
    let message = if let Some(m) = sd.strip_prefix('-') {
        m
    } else if sd.starts_with('[') {
        let b = sd.as_bytes();
        let (mut i, mut in_value) = (0, false);
        loop {
            match b.get(i) {
                None => break,
                Some(b'\\') => i += 1,
                Some(b'"') => in_value = !in_value,
                Some(b']') if !in_value && b.get(i + 1) != Some(&b'[') => break,
                _ => {}
            }
            i += 1;
        }
        sd.get(i + 1..).unwrap_or("")
    } else {
        return None;
    };
    let message = message.strip_prefix(' ').unwrap_or(message);
    Some(Syslog {
        stamp,
        program,
        pid: (pid != "-").then_some(pid),
        message: message.strip_prefix('\u{feff}').unwrap_or(message),
    })
}

/// A line of a host and a mail system's tag with its process id, without a time
/// (`postfix-0 postfix/lmtp[216]: ...`: a container's log, whose runtime keeps the time).
fn undated(line: &str) -> Option<Syslog<'_>> {
    let (host, rest) = line.split_once(' ')?;
    // (No host either: the tag opens the line. Not Exim's: `exim[pid]: 2006-11-21 ...`
    // is its own line, read with its time by its own reader.)
    let rest = if host.ends_with("]:") {
        if host.starts_with("exim") {
            return None;
        }
        line
    } else if host.is_empty() || host.contains(':') {
        return None;
    } else {
        rest
    };
    let (program, pid, message) = tag(rest)?;
    if pid.is_none() || crate::lines::system_of(program) == crate::event::System::Unknown {
        return None;
    }
    Some(Syslog {
        stamp: Stamp::Unknown,
        program,
        pid,
        message,
    })
}

/// The time of Sophos UTM's log lines, `2019:06:10-11:04:40` (its local time).
fn colon_time(t: &str) -> Option<Timestamp> {
    let b = t.as_bytes();
    if b.len() != 19 || b[4] != b':' || b[7] != b':' || b[10] != b'-' {
        return None;
    }
    let mut iso = [0u8; 19];
    iso.copy_from_slice(b);
    (iso[4], iso[7], iso[10]) = (b'-', b'-', b' ');
    date_time(std::str::from_utf8(&iso).ok()?)?.0
}

/// Whether `t` has the shape of an RFC 3339 time (`2026-03-10T02:03:04...`; read only when
/// a line matters).
fn rfc3339(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() >= 20 && b[4] == b'-' && matches!(b[10], b'T' | b't')
}

/// A line without the name of the container that logged it, as `docker compose logs`
/// writes it (`postfix-mailcow_1    | May  6 20:29:07 mail postfix/smtp[859]: ...`).
fn without_container_prefix(line: &str) -> &str {
    let head = &line.as_bytes()[..line.len().min(80)];
    match memchr::memchr(b'|', head) {
        Some(bar)
            if bar > 0
                && line.as_bytes().get(bar + 1) == Some(&b' ')
                && line[..bar].trim_end().len() == line[..bar].trim_end().trim_start().len()
                && !line[..bar].trim_end().contains(' ')
                && line[..bar].ends_with(' ') =>
        {
            &line[bar + 2..]
        }
        _ => line,
    }
}

/// `program[pid]: text` or `program: text`.
pub(crate) fn tag(s: &str) -> Option<(&str, Option<&str>, &str)> {
    // The first `: ` (the tag has no space, so the first colon before one is it).
    let b = s.as_bytes();
    let head_end = memchr::memchr(b' ', &b[..b.len().min(72)]).unwrap_or(b.len().min(72));
    let colon = memchr::memrchr(b':', &b[..head_end])?;
    if colon + 1 < b.len() && b[colon + 1] != b' ' {
        return None;
    }
    let head = &s[..colon];
    if head.is_empty() || head.len() > 64 || head.contains(' ') {
        return None;
    }
    let message = s.get(colon + 2..).unwrap_or("");
    match memchr::memchr(b'[', head.as_bytes()) {
        Some(p) => Some((&head[..p], head[p + 1..].strip_suffix(']'), message)),
        None => Some((head, None, message)),
    }
}

/// A time given as seconds since the epoch, with or without a fraction (`1710000000.123456`),
/// or as milliseconds (13 digits): splogger's stamps, delivery services' event times.
pub(crate) fn epoch_time(s: &str) -> Option<Timestamp> {
    let (secs, frac) = s.split_once('.').unwrap_or((s, ""));
    if !(9..=13).contains(&secs.len())
        || !secs.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let n: i64 = secs.parse().ok()?;
    Some(Timestamp::from_unix(if secs.len() == 13 {
        n / 1000
    } else {
        n
    }))
}

/// `YYYY-MM-DD HH:MM:SS[.frac]` at the start of `line` (a time of day without a zone, read
/// as UTC; `None` when a field is out of range), and the rest.
pub(crate) fn date_time(line: &str) -> Option<(Option<Timestamp>, &str)> {
    let b = line.as_bytes();
    if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[10] != b' ' || b[13] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = line.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let t = Timestamp::from_civil(
        i64::from(num(0..4)?),
        num(5..7)?,
        num(8..10)?,
        num(11..13)?,
        num(14..16)?,
        num(17..19)?,
    );
    let mut rest = line.get(19..)?;
    if let Some(r) = rest.strip_prefix('.') {
        rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
    }
    Some((t, rest))
}

/// A numeric UTC offset at the start of `s` (`+0100`, `-0230`): the seconds that make its
/// local time UTC.
pub(crate) fn utc_offset(s: &str) -> Option<i64> {
    let [sign @ (b'+' | b'-'), h1, h2, m1, m2, ..] = s.as_bytes() else {
        return None;
    };
    if ![h1, h2, m1, m2].iter().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let off = i64::from((h1 - b'0') * 10 + (h2 - b'0')) * 3600
        + i64::from((m1 - b'0') * 10 + (m2 - b'0')) * 60;
    Some(if *sign == b'+' { -off } else { off })
}

/// `YYYY-MM-DD HH:MM:SS[.frac][ +hhmm]` at the start of an Exim log line, and the rest.
pub(crate) fn exim_time(line: &str) -> Option<(Option<Timestamp>, &str)> {
    // (After a container's name, as `docker compose logs` writes: `smtp_1  | 2020-...`.)
    let (t, rest) = date_time(without_container_prefix(line))?;
    let mut rest = rest.strip_prefix(' ')?;
    let mut t = t;
    // `log_timezone`: ` +0100`.
    if let Some(off) = utc_offset(rest).filter(|_| rest.as_bytes().get(5) == Some(&b' ')) {
        t = t.map(|t| t.add_seconds(off));
        rest = &rest[6..];
    }
    // `log_selector = +pid`: `[1234] `.
    if rest.starts_with('[') {
        if let Some((pid, r)) = rest.split_once("] ") {
            if pid[1..].bytes().all(|c| c.is_ascii_digit()) {
                rest = r;
            }
        }
    }
    Some((t, rest))
}

/// Whether `s` is an Exim message id: `1rAbCd-0001Xy-9Z` (6-6-2) or, since Exim 4.97,
/// `1rAbCd-0001XyAbCdE-9ZaB` (6-11-4).
pub(crate) fn is_exim_id(s: &str) -> bool {
    // (Read on every line of a log: by the dashes' places, no allocation.)
    let b = s.as_bytes();
    let dashes: &[usize] = match b.len() {
        16 => &[6, 13],
        23 => &[6, 18],
        _ => return false,
    };
    b.iter().enumerate().all(|(i, &c)| {
        if dashes.contains(&i) {
            c == b'-'
        } else {
            c.is_ascii_alphanumeric()
        }
    })
}

/// A queue id at the start of a Postfix or Sendmail message (`3F1A2B4C5D: ...`): letters and
/// digits, not a lower-case word (`warning: `), and the rest.
pub(crate) fn queue_id(message: &str) -> Option<(&str, &str)> {
    let b = message.as_bytes();
    let colon = memchr::memchr(b':', &b[..b.len().min(25)])?;
    if b.get(colon + 1) != Some(&b' ') {
        return None;
    }
    let (id, rest) = (&message[..colon], &message[colon + 2..]);
    let ok = (6..=24).contains(&id.len())
        && id.bytes().all(|c| c.is_ascii_alphanumeric())
        && id
            .bytes()
            .any(|c| c.is_ascii_digit() || c.is_ascii_uppercase());
    ok.then_some((id, rest))
}

/// A `key=value, key=value` list (Postfix, Sendmail), taken apart once: each value runs to
/// the next `, ` (an `<...>` value is kept whole); the list ends at a key that is not a
/// word (the free text after `status=deferred (...`).
#[derive(Debug, Default)]
pub(crate) struct Pairs<'a>(arrayvec::ArrayVec<(&'a str, &'a str), 24>);

impl<'a> Pairs<'a> {
    pub fn new(list: &'a str) -> Self {
        let b = list.as_bytes();
        let mut out = arrayvec::ArrayVec::new();
        let mut at = 0;
        while at < b.len() && !out.is_full() {
            let Some(eq) = memchr::memchr(b'=', &b[at..]).map(|e| at + e) else {
                break;
            };
            let key = &list[at..eq];
            if key.is_empty()
                || !key
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
            {
                break;
            }
            let v = eq + 1;
            let end = if b.get(v) == Some(&b'<') {
                memchr::memchr(b'>', &b[v..]).map_or(b.len(), |e| v + e + 1)
            } else {
                comma_space(b, v).unwrap_or(b.len())
            };
            out.push((key, &list[v..end]));
            at = comma_space(b, end).map_or(b.len(), |n| n + 2);
        }
        Pairs(out)
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&'a str> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }
}

/// Where the next `, ` at or after `from` is.
fn comma_space(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(c) = memchr::memchr(b',', &b[at..]).map(|c| at + c) {
        if b.get(c + 1) == Some(&b' ') {
            return Some(c);
        }
        at = c + 1;
    }
    None
}

/// The value of the first field of a `key=value, ...` list when it is `key`
/// (`from=<a@b>, size=...`): without taking the rest apart.
pub(crate) fn first_value<'a>(list: &'a str, key: &str) -> Option<&'a str> {
    let v = list.strip_prefix(key)?.strip_prefix('=')?;
    let b = v.as_bytes();
    let end = if b.first() == Some(&b'<') {
        memchr::memchr(b'>', b).map_or(b.len(), |e| e + 1)
    } else {
        comma_space(b, 0).unwrap_or(b.len())
    };
    Some(&v[..end])
}

/// The value of `key=` in a `key=value, key=value` list (see [`Pairs`]).
pub(crate) fn value<'a>(list: &'a str, key: &str) -> Option<&'a str> {
    Pairs::new(list).get(key)
}

/// The value of `key=` in a space-separated list whose values may be quoted
/// (OpenSMTPD: `result="TempFail" stat="Connection refused"`).
pub(crate) fn quoted_value<'a>(list: &'a str, key: &str) -> Option<&'a str> {
    let mut from = 0;
    while let Some(p) = list[from..].find(key).map(|p| from + p) {
        from = p + key.len();
        let boundary = p == 0 || list.as_bytes()[p - 1] == b' ';
        if !boundary || list.as_bytes().get(p + key.len()) != Some(&b'=') {
            continue;
        }
        let v = &list[p + key.len() + 1..];
        return Some(match v.strip_prefix('"') {
            Some(q) => &q[..q.find('"').unwrap_or(q.len())],
            None => &v[..v.find(' ').unwrap_or(v.len())],
        });
    }
    None
}

/// An address without angle brackets, lower-cased; `None` for `<>` and the empty string.
pub(crate) fn address(v: &str) -> Option<String> {
    let a = v
        .trim()
        .trim_start_matches('<')
        .trim_end_matches(['>', ',', ':', ';'])
        .trim();
    (!a.is_empty()).then(|| a.to_ascii_lowercase())
}

/// The domain of an address, lower-cased.
pub(crate) fn domain_of(address: &str) -> Option<String> {
    let (_, d) = address.rsplit_once('@')?;
    let d = d.trim_end_matches(['>', '.']).trim();
    (!d.is_empty()).then(|| d.to_ascii_lowercase())
}

/// A host and its address as logs write them (`host[ip]:port`, `host [ip]`, `ip (host)`):
/// mfi_core's, which reads a relay field for a diagnosis' attributes the same way.
pub(crate) use mfi_core::internal::{host_ip, is_ip};

/// The first `host[ip]` of a Postfix text (`connect to mx.example.net[192.0.2.1]:25: ...`,
/// `host mx.example.net[192.0.2.1] said: ...`).
pub(crate) fn host_in_text(text: &str) -> (Option<&str>, Option<&str>) {
    // The first bracket that holds an address (not a process id: `postfix/smtp[23820]:`).
    let mut from = 0;
    let (open, ip) = loop {
        let Some(open) = text[from..].find('[').map(|o| from + o) else {
            return (None, None);
        };
        // (An address is at most 50 bytes long: the look is bounded, so many brackets
        // cost linear time.)
        let rest = &text[open + 1..];
        if let Some(close) = rest.bytes().take(51).position(|c| c == b']') {
            let ip = &rest[..close];
            let ip = ip.strip_prefix("IPv6:").unwrap_or(ip);
            if is_ip(ip) {
                break (open, ip);
            }
        }
        from = open + 1;
    };
    // (The host starts after a blank, a bracket or a field's `=`: `relay=mx[ip]:25`.)
    let start = text[..open].rfind([' ', '(', '=']).map_or(0, |s| s + 1);
    let host = &text[start..open];
    (
        Some(host).filter(|h| h.contains('.') || *h == "localhost"),
        Some(ip),
    )
}

/// A Postfix `delay=1.2`, a Sendmail `delay=1+02:03:04` or `00:00:01`, an OpenSMTPD `2m3s`,
/// in seconds.
pub(crate) fn delay_secs(v: &str) -> Option<f64> {
    let v = v.trim();
    if let Ok(s) = v.parse::<f64>() {
        return s.is_finite().then_some(s);
    }
    if v.contains(':') {
        let (days, hms) = match v.split_once('+') {
            Some((d, r)) => (d.parse::<f64>().ok()?, r),
            None => (0.0, v),
        };
        let mut secs = 0.0;
        for p in hms.split(':') {
            secs = secs * 60.0 + p.parse::<f64>().ok()?;
        }
        return Some(days * 86_400.0 + secs);
    }
    // `1d2h3m4s`
    let mut total = 0.0;
    let mut num = String::new();
    for c in v.chars() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
        } else {
            let n: f64 = num.parse().ok()?;
            num.clear();
            total += n * match c {
                'd' => 86_400.0,
                'h' => 3_600.0,
                'm' => 60.0,
                's' => 1.0,
                _ => return None,
            };
        }
    }
    num.is_empty().then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years() -> Years {
        Years::new(None, "2026-12-01T00:00:00Z".parse().unwrap())
    }

    fn time(line: &str) -> String {
        years()
            .resolve(syslog(line).unwrap().stamp)
            .unwrap()
            .to_string()
    }

    #[test]
    fn syslog_lines_as_containers_and_locales_write_them() {
        // `docker compose logs`: the container's name and a bar.
        let line = "postfix-mailcow_1    | May  6 20:29:07 mail postfix/smtp[859]: 48: to=<a@b>";
        let s = syslog(line).unwrap();
        assert_eq!((s.program, s.pid), ("postfix/smtp", Some("859")));
        assert_eq!(time(line), "2026-05-06T20:29:07Z");
        // A level word and its padding instead of a host name.
        let line = "2024-12-30T12:16:32.064246+01:00 INFO    postfix/smtp[1204]: E2: to=<a@b>";
        let s = syslog(line).unwrap();
        assert_eq!(
            (s.program, s.pid, s.message),
            ("postfix/smtp", Some("1204"), "E2: to=<a@b>")
        );
        assert_eq!(time(line), "2024-12-30T11:16:32Z");
        // German month names.
        assert_eq!(
            time("Okt 15 23:48:15 c3 postfix/lmtp[4]: x"),
            "2026-10-15T23:48:15Z"
        );
        assert_eq!(
            time("Mär  3 01:02:03 c3 postfix/lmtp[4]: x"),
            "2026-03-03T01:02:03Z"
        );
        assert_eq!(
            time("Dez  1 00:00:00 c3 postfix/lmtp[4]: x"),
            "2026-12-01T00:00:00Z"
        );
        // A bar later in a line is no container's.
        assert!(syslog("a b | May  6 20:29:07 mail postfix/smtp[859]: x").is_none());
        // A local socket is no address.
        assert_eq!(
            host_ip("c3.example[private/dovecot-lmtp]"),
            (Some("c3.example"), None)
        );
        assert_eq!(
            host_ip("mx.example. [IPv6:2001:db8::1]"),
            (Some("mx.example"), Some("2001:db8::1"))
        );
    }

    #[test]
    fn syslog_records_of_rfc_5424_and_without_a_time() {
        // RFC 5424: priority and version, time, host, app, process id, message id,
        // structured data (`-` or elements), then the message.
        let line =
            "<22>1 2019-06-02T12:04:00.000000+02:00 mail postfix/smtp 2447 - - 2EA9: to=<a@b>";
        let s = syslog(line).unwrap();
        assert_eq!(
            (s.program, s.pid, s.message),
            ("postfix/smtp", Some("2447"), "2EA9: to=<a@b>")
        );
        assert_eq!(time(line), "2019-06-02T10:04:00Z");
        let line = r#"<22>1 2019-06-02T12:04:00Z mail exim - ID47 [x@1 a="b]c" d="e"][y@2] 1rAbCd-0001Xy-9Z => a@b"#;
        let s = syslog(line).unwrap();
        assert_eq!((s.program, s.pid), ("exim", None));
        assert_eq!(s.message, "1rAbCd-0001Xy-9Z => a@b");
        // (A nil time: the line is read, without one.)
        let s = syslog("<22>1 - mail sm-mta 9 - - \u{feff}x: stat=Sent").unwrap();
        assert_eq!((s.program, s.message), ("sm-mta", "x: stat=Sent"));
        assert!(years().resolve(s.stamp).is_none());
        assert!(syslog("<22>1 2019-06-02T12:04:00Z mail - - - - text").is_none());
        assert!(syslog("<22>1 yesterday mail postfix 1 - - text").is_none());
        // RFC 3164 with its priority, and a leading blank.
        assert_eq!(
            time("<22>Mar  1 02:03:04 h postfix/smtp[1]: x"),
            "2026-03-01T02:03:04Z"
        );
        assert_eq!(
            time(" Mar  1 02:03:04 h postfix/smtp[1]: x"),
            "2026-03-01T02:03:04Z"
        );
        // A container runtime's time before the line's own (`kubectl logs --timestamps`).
        let line =
            "2025-11-18T09:14:03.512873611Z Nov 18 09:14:03 postfix-0 postfix/lmtp[216]: A5: x";
        assert_eq!(syslog(line).unwrap().program, "postfix/lmtp");
        assert_eq!(time(line), "2025-11-18T09:14:03Z");
        // No time, a host and a mail system's tag with its process id (a container's log).
        let s = syslog("postfix-0 postfix/lmtp[216]: A53C: to=<a@b>").unwrap();
        assert_eq!(
            (s.program, s.pid, s.message),
            ("postfix/lmtp", Some("216"), "A53C: to=<a@b>")
        );
        assert!(years().resolve(s.stamp).is_none());
        // (Not another program's, nor a tag without its process id.)
        assert!(syslog("web-0 nginx[216]: GET /").is_none());
        assert!(syslog("mail delivery: failed").is_none());
    }

    #[test]
    fn syslog_lines() {
        let line = "Mar  1 02:03:04 mail01 postfix/smtp[12345]: 3F1A: to=<a@b>";
        let s = syslog(line).unwrap();
        assert_eq!(time(line), "2026-03-01T02:03:04Z");
        assert_eq!((s.program, s.pid), ("postfix/smtp", Some("12345")));
        assert_eq!(s.message, "3F1A: to=<a@b>");
        // A date after now (+1 day) is last year's.
        assert_eq!(
            time("Dec 24 00:00:00 h sendmail[1]: x"),
            "2025-12-24T00:00:00Z"
        );
        let line = "2026-03-10T02:03:04.123456+01:00 mail01 smtpd[9]: abc mta error reason=x";
        assert_eq!(time(line), "2026-03-10T01:03:04Z");
        assert_eq!(syslog(line).unwrap().program, "smtpd");
        // A day not padded to two places; a line without a host.
        let line = "Mar 3 02:03:04 mail01 postfix/smtp[12345]: 3F1A: to=<a@b>";
        assert_eq!(time(line), "2026-03-03T02:03:04Z");
        assert_eq!(syslog(line).unwrap().message, "3F1A: to=<a@b>");
        let line = "Mar 13 02:03:04 postfix/smtp[12345]: 3F1A: to=<a@b>";
        assert_eq!(time(line), "2026-03-13T02:03:04Z");
        let s = syslog(line).unwrap();
        assert_eq!((s.program, s.pid), ("postfix/smtp", Some("12345")));
        assert_eq!(s.message, "3F1A: to=<a@b>");
        assert!(syslog("Mar 3 2:03:04 mail01 postfix/smtp[1]: x").is_none());
        assert!(syslog("Mar 123 02:03:04 mail01 postfix/smtp[1]: x").is_none());
        assert!(syslog("not a syslog line").is_none());
        assert!(syslog("Mar 10 02:03:04").is_none());
        assert!(syslog("2026 is a year").is_none());
        // Sophos UTM's time (its local time, the year written).
        let line = "2019:06:10-11:04:41 defense exim-out[9120]: 2019-06-10 11:04:41 1haLqi-0002Mp-2G == a@b R=r T=t defer (111): Connection refused";
        assert_eq!(time(line), "2019-06-10T11:04:41Z");
        assert_eq!(syslog(line).unwrap().program, "exim-out");
        assert!(syslog("2019:06:10 11:04:41 defense exim-out[9120]: x").is_none());
        assert!(syslog("2019:13:10-11:04:41 defense exim-out[9120]: x").is_none());
    }

    #[test]
    fn ctime_times() {
        let (t, rest) = ctime_time("Mon Mar 31 20:00:27 2003 Info: New SMTP DCID 3").unwrap();
        assert_eq!(t.unwrap().to_string(), "2003-03-31T20:00:27Z");
        assert_eq!(rest, "Info: New SMTP DCID 3");
        let (t, _) = ctime_time("Fri Sep  8 05:21:31 2023 Info: MID 4").unwrap();
        assert_eq!(t.unwrap().to_string(), "2023-09-08T05:21:31Z");
        assert!(ctime_time("Mar 31 20:00:27 2003 Info: x").is_none());
        assert!(ctime_time("Mon Mar 31 20:00:27 03 Info: x").is_none());
        assert!(ctime_time("Mon").is_none());
    }

    #[test]
    fn exim_times_and_ids() {
        let (t, rest) =
            exim_time("2026-03-10 02:03:04 +0100 [123] 1rAbCd-0001Xy-9Z == a@b").unwrap();
        assert_eq!(t.unwrap().to_string(), "2026-03-10T01:03:04Z");
        assert_eq!(rest, "1rAbCd-0001Xy-9Z == a@b");
        // After a container's name, as `docker compose logs` writes it.
        let (_, rest) = exim_time("smtp_1  | 2020-10-01 13:57:12 1kNyrL-0000Hf-6D == a@b").unwrap();
        assert_eq!(rest, "1kNyrL-0000Hf-6D == a@b");
        assert!(is_exim_id("1rAbCd-0001Xy-9Z"));
        assert!(is_exim_id("1wXyZa-000AbcDeFgH-QrSt"));
        assert!(!is_exim_id("1rAbCd-0001Xy"));
        assert!(!is_exim_id("1rAbCd-0001Xy-9-"));
        assert!(!is_exim_id("1rAbCdX0001Xy-9Z"));
        assert!(!is_exim_id("1wXyZa-000AbcDeFgHQ-rSt"));
        assert!(!is_exim_id("1rAbCd-0001X\u{e9}9Z"));
        assert!(!is_exim_id(""));
    }

    #[test]
    fn values_and_hosts() {
        let l = "to=<a@b.example>, orig_to=<c@d>, relay=mx.b.example[192.0.2.1]:25, delay=31, status=deferred (x, y)";
        assert_eq!(value(l, "to"), Some("<a@b.example>"));
        assert_eq!(value(l, "relay"), Some("mx.b.example[192.0.2.1]:25"));
        assert_eq!(value(l, "status"), Some("deferred (x"));
        assert_eq!(value(l, "orig"), None);
        assert_eq!(first_value(l, "to"), Some("<a@b.example>"));
        assert_eq!(first_value("from=<>, size=1", "from"), Some("<>"));
        assert_eq!(first_value(l, "relay"), None);
        assert_eq!(
            host_ip("mx.b.example[192.0.2.1]:25"),
            (Some("mx.b.example"), Some("192.0.2.1"))
        );
        assert_eq!(host_ip("none"), (None, None));
        assert_eq!(
            host_ip("203.0.113.60 (mx.dropped.example.net)"),
            (Some("mx.dropped.example.net"), Some("203.0.113.60"))
        );
        assert_eq!(
            host_ip("mx.b.example. [192.0.2.1]"),
            (Some("mx.b.example"), Some("192.0.2.1"))
        );
        assert_eq!(
            host_in_text("connect to mx.b.example[2001:db8::1]:25: Connection refused"),
            (Some("mx.b.example"), Some("2001:db8::1"))
        );
        // A process id in brackets is no address.
        assert_eq!(
            host_in_text("smtp[23820]: 5A7: connect to mx.example.net[192.0.2.7]:25: x"),
            (Some("mx.example.net"), Some("192.0.2.7"))
        );
        assert_eq!(
            host_in_text("app[311]: delivery failed [x] [42]"),
            (None, None)
        );
        // (A field's name is not part of its host.)
        assert_eq!(
            host_in_text(" to=<a@b.example>, relay=mx.b.example[192.0.2.7]:25, delay=3"),
            (Some("mx.b.example"), Some("192.0.2.7"))
        );
        assert_eq!(
            quoted_value(r#"a=1 result="TempFail" stat="Connection refused""#, "stat"),
            Some("Connection refused")
        );
        assert_eq!(delay_secs("1+02:03:04"), Some(93_784.0));
        assert_eq!(delay_secs("2m3s"), Some(123.0));
        assert_eq!(delay_secs("0.5"), Some(0.5));
        assert_eq!(delay_secs("x"), None);
        assert_eq!(queue_id("warning: x"), None);
        assert_eq!(
            queue_id("3F1A2B4C5D: to=<a>"),
            Some(("3F1A2B4C5D", "to=<a>"))
        );
        assert_eq!(domain_of("a@Example.NET"), Some("example.net".into()));
    }
}
