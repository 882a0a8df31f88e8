//! Whole messages: `mfi.read_message`, `mfi.read_mailbox`, and the `Report` and `Recipient`
//! they return (wrapping the `mfi-mail` crate).

use std::path::PathBuf;

use mfi_core::{QueueProfile, Timestamp};
use mfi_mail::{Mailbox, MessageReader, ReadOptions};
use pyo3::exceptions::{PyOSError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

use super::{
    connector_arg, from_timestamp, json_loads, len_arg, locale_arg, opt_name_arg, origin_arg,
    pyrepr, to_timestamp, type_name, Diagnosis, Given, ToPy,
};

/// The options a report's diagnoses were made with (kept to pickle them).
fn given(o: &ReadOptions) -> Given {
    Given {
        connector: o.connector,
        origin: o.origin,
        locale: o.locale,
        stated: mfi_core::Severity::Unknown,
    }
}

/// The reader's options from the keyword arguments.
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_options(
    py: Python<'_>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    max_message_len: Option<usize>,
    (origin, locale): (Option<&Bound<'_, PyAny>>, Option<&str>),
) -> PyResult<ReadOptions> {
    let mut o = ReadOptions::default();
    if let Some(c) = connector_arg(connector)? {
        o = o.connector(c);
    }
    if let Some(v) = origin_arg(origin)? {
        o = o.origin(v);
    }
    if let Some(l) = locale_arg(locale)? {
        o = o.locale(l);
    }
    if let Some(p) = opt_name_arg(profile, "queue profile", QueueProfile::from_name)? {
        o = o.profile(p);
    }
    if let Some(t) = first_attempt.filter(|t| !t.is_none()) {
        o = o.first_attempt(to_timestamp(py, t, "first_attempt")?);
    }
    if let Some(t) = now.filter(|t| !t.is_none()) {
        o = o.now(to_timestamp(py, t, "now")?);
    }
    if let Some(n) = len_arg(max_len, "max_len")? {
        o = o.max_len(n);
    }
    if let Some(n) = len_arg(max_message_len, "max_message_len")? {
        o = o.max_message_len(n);
    }
    Ok(o)
}

/// An optional time as an aware `datetime` (or `None`).
pub(crate) fn opt_time<'py>(
    py: Python<'py>,
    t: Option<Timestamp>,
) -> PyResult<Option<Bound<'py, PyAny>>> {
    t.map(|t| from_timestamp(py, t)).transpose()
}

fn opt_str<'py>(py: Python<'py>, s: Option<&str>) -> Option<Bound<'py, PyAny>> {
    s.map(|s| PyString::new(py, s).into_any())
}

/// What a report says about one recipient: the address, what the reporting system did, the
/// status, the failure text, and ``diagnosis``, the full ``mfi.Diagnosis`` of that text.
///
/// Immutable; compares by value.
///
/// >>> bounce = b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n"
/// >>> r = mfi.read_message(bounce).recipients[0]
/// >>> r.recipient, r.status, r.diagnosis.reason
/// ('kijitora@example.org', '5.1.1', <Reason.USERUNKNOWN: 'userunknown'>)
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
pub(crate) struct Recipient {
    r: mfi_mail::Recipient,
    given: Given,
}

#[pymethods]
impl Recipient {
    /// The address (``Final-Recipient``, or the address the error text names).
    #[getter]
    fn recipient(&self) -> &str {
        &self.r.recipient
    }
    /// ``Original-Recipient``, when the report gives one.
    #[getter]
    fn original_recipient(&self) -> Option<&str> {
        self.r.original_recipient.as_deref()
    }
    /// What the reporting system did (an ``mfi.Action``), when it says or the shape tells.
    #[getter]
    fn action<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.r.action.map(|a| a.to_py(py)).transpose()
    }
    /// The enhanced status judged right for this recipient (``"5.1.1"``): the diagnostic
    /// text's own specific code, else the ``Status`` field.
    #[getter]
    fn status(&self) -> Option<String> {
        self.r.status.map(|s| s.to_string())
    }
    /// The ``Status`` field as the report gives it.
    #[getter]
    fn reported_status(&self) -> Option<String> {
        self.r.reported_status.map(|s| s.to_string())
    }
    /// ``Remote-MTA``, or the host the error text names.
    #[getter]
    fn remote_mta(&self) -> Option<&str> {
        self.r.remote_mta.as_deref()
    }
    /// The failure text (``Diagnostic-Code``, or the report's words about this recipient).
    #[getter]
    fn diagnostic_code(&self) -> Option<&str> {
        self.r.diagnostic_code.as_deref()
    }
    /// ``Last-Attempt-Date`` (UTC).
    #[getter]
    fn last_attempt<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.r.last_attempt)
    }
    /// ``Will-Retry-Until``: when the queue gives up (UTC).
    #[getter]
    fn will_retry_until<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.r.will_retry_until)
    }
    /// Whether retrying this address is pointless.
    #[getter]
    fn hardbounce(&self) -> bool {
        self.r.hardbounce
    }
    /// The ``mfi.Diagnosis`` of this recipient's failure.
    #[getter]
    fn diagnosis(&self) -> Diagnosis {
        let d = self.r.diagnosis.clone();
        // (The reader classifies with the origin it found for the message, which the
        // diagnosis holds: kept so that a pickled diagnosis is made again the same.)
        // (So is what it stated of the recipient's outcome.)
        let origin = d.as_diagnosis().origin();
        let stated = d
            .as_diagnosis()
            .stated()
            .unwrap_or(mfi_core::Severity::Unknown);
        Diagnosis {
            d,
            given: Given {
                origin,
                stated,
                ..self.given
            },
        }
    }
    /// The recipient's JSON object as a dict (as in ``mfi bounce --json``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(
            py,
            &serde_json::to_string(&self.r).expect("a recipient serialises"),
        )
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        let d = self.r.diagnosis.as_diagnosis();
        format!(
            "Recipient(recipient={}, action={}, status={}, reason='{}', mfi_code={})",
            pyrepr(py, &self.r.recipient),
            self.r.action.map_or("None".into(), |a| format!("'{a}'")),
            self.r.status.map_or("None".into(), |s| format!("'{s}'")),
            d.reason(),
            d.mfi_code()
                .map_or("None".into(), |c| format!("'{}'", c.name())),
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Recipient>().is_ok_and(|o| o.get().r == self.r)
    }
}

/// A message read as a report about deliveries: what ``mfi.read_message`` returns.
///
/// ``kind`` says what the message is (an ``mfi.ReportKind``: a bounce, a delay notice, a
/// delivery report, an auto-reply, a feedback report, or not a report); ``recipients`` holds
/// one ``mfi.Recipient`` per address it is about. ``to_dict()`` / ``to_json()`` give the JSON
/// object that ``mfi bounce --json`` prints; ``rows()`` gives one flat dict per recipient,
/// for pandas (``pandas.DataFrame(report.rows())``). Immutable; compares by value.
///
/// >>> report = mfi.read_message(b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n")
/// >>> report.kind, len(report.recipients)
/// (<ReportKind.BOUNCE: 'bounce'>, 1)
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
pub(crate) struct Report {
    r: mfi_mail::Report,
    source: Option<String>,
    given: Given,
}

impl Report {
    fn json(&self) -> String {
        let body = self.r.to_json();
        match &self.source {
            // The CLI's form: a "source" key first.
            Some(s) => format!(
                "{{\"source\":{},{}",
                serde_json::to_string(s).expect("a str serialises"),
                &body[1..]
            ),
            None => body,
        }
    }
}

#[pymethods]
impl Report {
    /// Where the message came from (``path`` or ``path#N`` for the Nth message of an mbox),
    /// for reports of ``mfi.read_mailbox``; ``None`` for ``mfi.read_message``.
    #[getter]
    fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    /// What kind of message it is (an ``mfi.ReportKind``).
    #[getter]
    fn kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.r.kind.to_py(py)
    }
    /// ``Reporting-MTA``, or the host the report says it comes from.
    #[getter]
    fn reporting_mta(&self) -> Option<&str> {
        self.r.reporting_mta.as_deref()
    }
    /// ``Arrival-Date``: when the reporting system received the message (UTC).
    #[getter]
    fn arrival_date<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.r.arrival_date)
    }
    /// The returned original's fields: a dict with ``message_id``, ``from``, ``to``,
    /// ``subject`` and ``date`` (a datetime), each possibly ``None``; the strings, like
    /// ``reporting_mta``, at most 2,048 bytes (every recipient row repeats them).
    #[getter]
    fn original<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let o = &self.r.original;
        let d = PyDict::new(py);
        d.set_item("message_id", opt_str(py, o.message_id.as_deref()))?;
        d.set_item("from", opt_str(py, o.from.as_deref()))?;
        d.set_item("to", opt_str(py, o.to.as_deref()))?;
        d.set_item("subject", opt_str(py, o.subject.as_deref()))?;
        d.set_item("date", opt_time(py, o.date)?)?;
        Ok(d)
    }
    /// One ``mfi.Recipient`` per address the message is about, in the order given.
    #[getter]
    fn recipients(&self) -> Vec<Recipient> {
        self.r
            .recipients
            .iter()
            .map(|r| Recipient {
                r: r.clone(),
                given: self.given,
            })
            .collect()
    }
    /// The report's JSON object as a dict: equal to what ``mfi bounce --json`` prints (with
    /// its ``source`` key for reports of ``mfi.read_mailbox``).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.json())
    }
    /// The report's JSON object as a str (see ``to_dict``).
    fn to_json(&self) -> String {
        self.json()
    }
    /// The human-readable summary ``mfi bounce`` prints (ANSI colours when ``color``).
    #[pyo3(signature = (color = false))]
    fn render(&self, color: bool) -> String {
        let mut out = Vec::new();
        self.r
            .write_summary(&mut out, self.source.as_deref().unwrap_or("-"), color)
            .expect("writing to memory");
        String::from_utf8_lossy(&out).into_owned()
    }
    /// One flat dict per recipient, for tables (``pandas.DataFrame(report.rows())``): the
    /// message's fields (``source``, ``kind``, ``reporting_mta``, ``arrival_date``, the
    /// original's as ``original_*``), the recipient's, and the main fields of its diagnosis
    /// (``reply_code``, ``enhanced_status``, ``severity``, ``reason``, ``mfi_code``,
    /// ``mfi_match``, ``expired``, ``title``, the first ``cause``, the first remediation's
    /// ``remediation`` and ``actor``, and the queue's ``queue_state`` and
    /// ``queue_expires_at``). Enum values are their ``str`` names; times are datetimes.
    fn rows<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        let o = &self.r.original;
        for rec in &self.r.recipients {
            let d = rec.diagnosis.as_diagnosis();
            let row = PyDict::new(py);
            row.set_item("source", self.source.as_deref())?;
            row.set_item("kind", self.r.kind.name())?;
            row.set_item("reporting_mta", self.r.reporting_mta.as_deref())?;
            row.set_item("arrival_date", opt_time(py, self.r.arrival_date)?)?;
            row.set_item("original_message_id", o.message_id.as_deref())?;
            row.set_item("original_from", o.from.as_deref())?;
            row.set_item("original_to", o.to.as_deref())?;
            row.set_item("original_subject", o.subject.as_deref())?;
            row.set_item("original_date", opt_time(py, o.date)?)?;
            row.set_item("recipient", &rec.recipient)?;
            row.set_item("original_recipient", rec.original_recipient.as_deref())?;
            row.set_item("action", rec.action.map(|a| a.name()))?;
            row.set_item("status", rec.status.map(|s| s.to_string()))?;
            row.set_item(
                "reported_status",
                rec.reported_status.map(|s| s.to_string()),
            )?;
            row.set_item("remote_mta", rec.remote_mta.as_deref())?;
            row.set_item("diagnostic_code", rec.diagnostic_code.as_deref())?;
            row.set_item("last_attempt", opt_time(py, rec.last_attempt)?)?;
            row.set_item("will_retry_until", opt_time(py, rec.will_retry_until)?)?;
            row.set_item("hardbounce", rec.hardbounce)?;
            row.set_item("reply_code", d.reply_code().map(|c| c.get()))?;
            row.set_item(
                "enhanced_status",
                d.enhanced_status().map(|s| s.to_string()),
            )?;
            row.set_item("severity", d.severity().name())?;
            row.set_item("reason", d.reason().name())?;
            row.set_item("mfi_code", d.mfi_code().map(|c| c.name()))?;
            row.set_item("mfi_match", d.mfi_match().map(|m| m.name()))?;
            row.set_item("expired", d.expired())?;
            row.set_item("title", d.title())?;
            row.set_item("cause", d.causes().first().map(|c| c.name()))?;
            let first = d.remediations().next();
            row.set_item("remediation", first.map(|r| r.id.name()))?;
            row.set_item("actor", first.map(|r| r.actor.name()))?;
            row.set_item("queue_state", d.queue().map(|q| q.state.name()))?;
            row.set_item(
                "queue_expires_at",
                opt_time(py, d.queue().map(|q| q.expires_at))?,
            )?;
            list.append(row)?;
        }
        Ok(list)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Report(kind='{}', source={}, recipients={})",
            self.r.kind,
            self.source
                .as_deref()
                .map_or("None".into(), |s| pyrepr(py, s)),
            self.r.recipients.len()
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Report>()
            .is_ok_and(|o| o.get().r == self.r && o.get().source == self.source)
    }
}

/// Reads one message (a bounce, delay notice, NDR, delivery report, auto-reply or feedback
/// report) into a report with one diagnosis per recipient.
///
/// Args:
///     data: the message, as ``bytes`` (as stored: any line ends, MIME encodings and
///         charsets; an mbox ``From `` line is skipped) or ``str``.
///     connector: who is behind the connector (``mfi.ConnectorTarget`` or its name).
///     profile: a queue profile (``mfi.QueueProfile`` or its name): each recipient's
///         diagnosis then says what the sending queue does next, judged from the message's
///         own dates unless ``first_attempt`` / ``now`` are given.
///     first_attempt: when delivery was first attempted (aware datetime; default: the
///         report's ``Arrival-Date``, else the original's ``Date``).
///     now: the time to judge the queue at (aware; default: the recipient's
///         ``Last-Attempt-Date``, else the report's ``Date``).
///     max_len: the most bytes of one failure text that are classified (default 1 MiB).
///     max_message_len: the most bytes of the message that are read (default 32 MiB).
///     origin: which system wrote the report (``mfi.Origin`` or its name; default: found
///         from the message).
///     locale: the language of the human texts, as for ``mfi.classify``.
///
/// Returns:
///     An ``mfi.Report``. Input that is not a report gives kind ``not_a_report``.
///
/// Raises:
///     TypeError: ``data`` is not bytes or str, or an option has the wrong type.
///     mfi.UnknownNameError, mfi.TimeError: as for ``mfi.classify``.
///
/// >>> bounce = b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n"
/// >>> mfi.read_message(bounce).recipients[0].diagnosis.reason
/// <Reason.USERUNKNOWN: 'userunknown'>
#[pyfunction]
#[pyo3(signature = (data, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, max_message_len = None, origin = None, locale = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_message(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    max_message_len: Option<usize>,
    origin: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
) -> PyResult<Report> {
    let opts = read_options(
        py,
        connector,
        profile,
        first_attempt,
        now,
        max_len,
        max_message_len,
        (origin, locale),
    )?;
    let bytes: Vec<u8> = if let Ok(b) = data.cast::<PyBytes>() {
        let b = b.as_bytes();
        b[..b.len().min(opts.max_message_len)].to_vec()
    } else if let Ok(s) = data.cast::<PyString>() {
        let s = s.to_string_lossy();
        s.as_bytes()[..s.len().min(opts.max_message_len)].to_vec()
    } else if let Ok(b) = data.extract::<Vec<u8>>() {
        // bytearray, memoryview
        b
    } else {
        return Err(PyTypeError::new_err(format!(
            "data must be bytes or str, not {}",
            type_name(data)
        )));
    };
    let r = py.detach(|| mfi_mail::read_message(&bytes, &opts));
    Ok(Report {
        r,
        source: None,
        given: given(&opts),
    })
}

/// The reports of a mailbox, one message at a time: what ``mfi.read_mailbox`` returns.
#[pyclass(module = "mfi", unsendable)]
pub(crate) struct ReportIter {
    mailbox: Mailbox,
    reader: MessageReader,
}

#[pymethods]
impl ReportIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Report>> {
        match self.mailbox.next() {
            None => Ok(None),
            Some(Err(e)) => Err(PyOSError::new_err(e.to_string())),
            Some(Ok((source, bytes))) => {
                let reader = &self.reader;
                let r = py.detach(|| reader.read(&bytes));
                Ok(Some(Report {
                    r,
                    source: Some(source.to_string()),
                    given: given(self.reader.options()),
                }))
            }
        }
    }
}

/// Reads the messages of a mailbox, one at a time: an mbox file (streamed: memory holds one
/// message), a Maildir, a folder of message files (read recursively, in name order), or a
/// single message file.
///
/// Args:
///     path: a path (``str`` or ``os.PathLike``), or a list of them (read in order).
///     connector, profile, first_attempt, now, max_len, max_message_len: as for
///         ``mfi.read_message``.
///
/// Returns:
///     An iterator of ``mfi.Report``, each with its ``source`` (``path`` or ``path#N``).
///
/// Raises:
///     OSError: while iterating, a path that cannot be read (naming it).
///     TypeError, mfi.UnknownNameError, mfi.TimeError: as for ``mfi.read_message``.
///
/// >>> import os, tempfile
/// >>> bounce = b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n"
/// >>> mbox = os.path.join(tempfile.mkdtemp(), "bounces.mbox")
/// >>> with open(mbox, "wb") as f:
/// ...     _ = f.write(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + bounce * 1)
/// ...     _ = f.write(b"\nFrom MAILER-DAEMON Thu Jan  1 00:00:01 2026\n" + bounce)
/// >>> [(r.source.endswith("#2"), r.kind.value) for r in mfi.read_mailbox(mbox)][1]
/// (True, 'bounce')
#[pyfunction]
#[pyo3(signature = (path, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, max_message_len = None, origin = None, locale = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_mailbox(
    py: Python<'_>,
    path: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    max_message_len: Option<usize>,
    origin: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
) -> PyResult<ReportIter> {
    let opts = read_options(
        py,
        connector,
        profile,
        first_attempt,
        now,
        max_len,
        max_message_len,
        (origin, locale),
    )?;
    let paths: Vec<PathBuf> = if let Ok(p) = path.extract::<PathBuf>() {
        vec![p]
    } else if let Ok(list) = path.extract::<Vec<PathBuf>>() {
        list
    } else {
        return Err(PyTypeError::new_err(format!(
            "path must be a str, an os.PathLike or a list of them, not {}",
            type_name(path)
        )));
    };
    Ok(ReportIter {
        mailbox: Mailbox::new(paths, opts.max_message_len),
        reader: MessageReader::new(opts),
    })
}
