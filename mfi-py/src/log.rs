//! Logs and message traces: `mfi.read_log`, `mfi.incidents`, and the `Event` and `Incident`
//! they return (wrapping the `mfi-log` crate).

use std::path::PathBuf;

use mfi_core::QueueProfile;
use mfi_log::{Format, Incidents, LogReader, ReadOptions};
use pyo3::exceptions::{PyOSError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyList;

use super::{
    connector_arg, json_loads, locale_arg, mail::opt_time, opt_name_arg, origin_arg, pyrepr,
    to_timestamp, type_name, Diagnosis, Given, ToPy,
};

/// One delivery as a log line (or export row) tells it: what ``mfi.read_log`` yields.
///
/// ``kind`` is ``"delivered"``, ``"deferred"``, ``"bounced"`` or ``"expired"``; a failure has
/// ``diagnosis`` (an ``mfi.Diagnosis``, with the queue outcome when the message's first
/// sighting is known). ``to_dict()`` gives the JSON object ``mfi report --events`` prints.
/// Immutable.
///
/// >>> log = "2026-03-10 02:03:04 1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (111): Connection refused\n"
/// >>> import os, tempfile
/// >>> path = os.path.join(tempfile.mkdtemp(), "mainlog")
/// >>> with open(path, "w") as f:
/// ...     _ = f.write(log)
/// >>> e = next(mfi.read_log(path))
/// >>> e.kind, e.system, e.domain, e.diagnosis.mfi_code
/// ('deferred', 'exim', 'example.net', <MfiCode.CONNECTION_REFUSED: '4.4.316'>)
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
pub(crate) struct Event {
    e: mfi_log::Event,
    given: Given,
}

#[pymethods]
impl Event {
    /// The input it was read from (a path, or ``"-"``).
    #[getter]
    fn source(&self) -> &str {
        &self.e.source
    }
    /// Its line number there (1-based).
    #[getter]
    fn line(&self) -> u64 {
        self.e.line
    }
    /// When the line was written (UTC), if it says.
    #[getter]
    fn time<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.e.time)
    }
    /// The mail system that wrote it (``"postfix"``, ``"exim"``, ``"sendmail"``,
    /// ``"opensmtpd"``, ``"qmail"``, ``"exchange_server"``, ``"exchange_online"``,
    /// ``"cisco_esa"``, ``"unknown"``).
    #[getter]
    fn system(&self) -> &'static str {
        self.e.system.name()
    }
    /// The message's id in that system (queue id, message id).
    #[getter]
    fn queue_id(&self) -> Option<&str> {
        self.e.queue_id.as_deref()
    }
    /// The envelope sender (``""`` for the null sender).
    #[getter]
    fn sender(&self) -> Option<&str> {
        self.e.sender.as_deref()
    }
    /// The recipient, lower-cased.
    #[getter]
    fn recipient(&self) -> Option<&str> {
        self.e.recipient.as_deref()
    }
    /// The recipient's domain.
    #[getter]
    fn domain(&self) -> Option<&str> {
        self.e.domain.as_deref()
    }
    /// The next-hop host.
    #[getter]
    fn host(&self) -> Option<&str> {
        self.e.host.as_deref()
    }
    /// Its IP address.
    #[getter]
    fn ip(&self) -> Option<&str> {
        self.e.ip.as_deref()
    }
    /// The connector, transport or router.
    #[getter]
    fn connector(&self) -> Option<&str> {
        self.e.connector.as_deref()
    }
    /// ``"delivered"``, ``"deferred"``, ``"bounced"`` or ``"expired"``.
    #[getter]
    fn kind(&self) -> &'static str {
        self.e.kind.name()
    }
    /// How long the message had been queued (seconds), as the line says.
    #[getter]
    fn delay_s(&self) -> Option<f64> {
        self.e.delay_s
    }
    /// When the message was first seen in the log (UTC).
    #[getter]
    fn first_seen<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.e.first_seen)
    }
    /// The failure text that was classified.
    #[getter]
    fn text(&self) -> &str {
        &self.e.text
    }
    /// The ``mfi.Diagnosis`` of a failure (``None`` for a delivery).
    #[getter]
    fn diagnosis(&self) -> Option<Diagnosis> {
        self.e.diagnosis.clone().map(|d| {
            // (The log's verdict, as the reader classified the text with it.)
            let stated = d.as_diagnosis().stated();
            Diagnosis {
                d,
                given: Given {
                    origin: match self.e.system.origin() {
                        mfi_core::Origin::Unknown => self.given.origin,
                        known => known,
                    },
                    stated: stated.unwrap_or(mfi_core::Severity::Unknown),
                    ..self.given
                },
            }
        })
    }
    /// The event as a dict (as ``mfi report --events`` prints it).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.e.to_json())
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Event(kind='{}', system='{}', recipient={}, line={})",
            self.e.kind.name(),
            self.e.system.name(),
            self.e
                .recipient
                .as_deref()
                .map_or("None".into(), |r| pyrepr(py, r)),
            self.e.line
        )
    }
}

/// The events of logs, one at a time: what ``mfi.read_log`` returns.
#[pyclass(module = "mfi", unsendable)]
pub(crate) struct EventIter {
    reader: LogReader,
    given: Given,
}

#[pymethods]
impl EventIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }
    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Event>> {
        let reader = &mut self.reader;
        match py.detach(|| reader.next_event()) {
            None => Ok(None),
            Some(Err(e)) => Err(PyOSError::new_err(e.to_string())),
            Some(Ok(e)) => Ok(Some(Event {
                e,
                given: self.given,
            })),
        }
    }
}

/// Reads mail logs and message traces into delivery events, correlated per message.
///
/// Args:
///     path: a file (plain or gzip'd), a folder (read recursively, rotated logs oldest
///         first), ``"-"`` for standard input (``str`` or ``os.PathLike``), or a list of them.
///     format: the format of every input (``"syslog"``, ``"postfix"``, ``"sendmail"``,
///         ``"opensmtpd"``, ``"exim"``, ``"qmail"``, ``"exchange-tracking"``, ``"message-trace"``,
///         ``"exchange-queue"``, ``"mailq"``, ``"cisco-esa"``, ``"jsonl"``, ``"plain"``); default: found from each
///         input's first lines.
///     year: the year of syslog dates that name none (default: this year, or the last
///         when the date would lie ahead).
///     profile: a queue profile for every event (default: the logging system's).
///     connector: who is behind the connector (``mfi.ConnectorTarget`` or its name).
///     locale: the language of the diagnoses' human texts, as for ``mfi.classify``.
///     origin: which system wrote lines that do not name their program (plain text,
///         JSON); a line's own program always wins.
///
/// Returns:
///     An iterator of ``mfi.Event``.
///
/// Raises:
///     OSError: while iterating, an input that cannot be read (naming it).
///     ValueError: an unknown format.
///     TypeError, mfi.UnknownNameError: as for ``mfi.classify``.
///
/// >>> import gzip, os, tempfile
/// >>> path = os.path.join(tempfile.mkdtemp(), "mail.log.1.gz")
/// >>> with gzip.open(path, "wt") as f:
/// ...     _ = f.write("Mar 10 02:00:31 mail postfix/smtp[9]: 3F1A2B4C5D: to=<b@example.net>, relay=none, delay=31, dsn=4.4.1, status=deferred (connect to mx.example.net[192.0.2.1]:25: Connection refused)\n")
/// >>> [(e.kind, e.host, e.diagnosis.mfi_code.value) for e in mfi.read_log(path, year=2026)]
/// [('deferred', 'mx.example.net', '4.4.316')]
#[pyfunction]
#[pyo3(signature = (path, *, format = None, year = None, profile = None, connector = None, locale = None, origin = None))]
#[allow(clippy::too_many_arguments)]
pub(crate) fn read_log(
    path: &Bound<'_, PyAny>,
    format: Option<&str>,
    year: Option<i32>,
    profile: Option<&Bound<'_, PyAny>>,
    connector: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
    origin: Option<&Bound<'_, PyAny>>,
) -> PyResult<EventIter> {
    let mut o = ReadOptions::default();
    if let Some(f) = format {
        o = o.format(
            Format::from_name(f)
                .ok_or_else(|| PyValueError::new_err(format!("unknown format '{f}'")))?,
        );
    }
    if let Some(y) = year {
        o = o.year(y);
    }
    if let Some(p) = opt_name_arg(profile, "queue profile", QueueProfile::from_name)? {
        o = o.profile(p);
    }
    if let Some(c) = connector_arg(connector)? {
        o = o.connector(c);
    }
    if let Some(l) = locale_arg(locale)? {
        o = o.locale(l);
    }
    if let Some(v) = origin_arg(origin)? {
        o = o.origin(v);
    }
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
    Ok(EventIter {
        reader: LogReader::open(&paths, &o),
        given: Given {
            connector: o.connector,
            origin: o.origin,
            locale: o.locale,
            stated: mfi_core::Severity::Unknown,
        },
    })
}

/// One failure at one destination, over the events that tell it: what ``mfi.incidents``
/// returns. ``to_dict()`` gives the JSON object ``mfi report --json`` prints. Immutable.
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
pub(crate) struct Incident {
    i: mfi_log::Incident,
}

#[pymethods]
impl Incident {
    /// The recipient domain.
    #[getter]
    fn destination(&self) -> &str {
        &self.i.destination
    }
    /// The next-hop hosts seen failing.
    #[getter]
    fn hosts(&self) -> Vec<String> {
        self.i.hosts.clone()
    }
    /// The ``mfi.MfiCode``, if the failure has one.
    #[getter]
    fn mfi_code<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.i.mfi_code.map(|c| c.to_py(py)).transpose()
    }
    /// The ``mfi.Reason``.
    #[getter]
    fn reason<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.i.reason.to_py(py)
    }
    /// The worst ``mfi.Severity`` seen.
    #[getter]
    fn severity<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.i.severity.to_py(py)
    }
    /// How many failure events.
    #[getter]
    fn events(&self) -> u64 {
        self.i.events
    }
    /// How many distinct messages failed.
    #[getter]
    fn messages(&self) -> u64 {
        self.i.messages
    }
    /// How many distinct recipients failed.
    #[getter]
    fn recipients(&self) -> u64 {
        self.i.recipients
    }
    /// The first failure (UTC).
    #[getter]
    fn first_seen<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.i.first_seen)
    }
    /// The last failure (UTC).
    #[getter]
    fn last_seen<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        opt_time(py, self.i.last_seen)
    }
    /// How many recipients the queue already gave up on (bounced or expired).
    #[getter]
    fn expired(&self) -> u64 {
        self.i.expired
    }
    /// How many waiting recipients expire within the window asked for.
    #[getter]
    fn expiring(&self) -> u64 {
        self.i.expiring
    }
    /// ``"ongoing"``, or ``"resolved"`` when a delivery to the destination succeeded since.
    #[getter]
    fn state(&self) -> &'static str {
        self.i.state.name()
    }
    /// The likely causes (``mfi.Cause``), most often named first.
    #[getter]
    fn causes<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        self.i.causes.iter().map(|c| c.to_py(py)).collect()
    }
    /// The first remediations (``mfi.RemediationId``).
    #[getter]
    fn remediations<'py>(&self, py: Python<'py>) -> PyResult<Vec<Bound<'py, PyAny>>> {
        self.i.remediations.iter().map(|r| r.to_py(py)).collect()
    }
    /// One failure text, as logged.
    #[getter]
    fn example(&self) -> &str {
        &self.i.example
    }
    /// The incident as a dict (as ``mfi report --json`` prints it).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.i.to_json())
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Incident(failure='{}', destination={}, events={}, state='{}')",
            self.i.failure(),
            pyrepr(py, &self.i.destination),
            self.i.events,
            self.state()
        )
    }
}

/// Groups events into incidents: one per failure (MFI code, else reason) and recipient
/// domain, worst first (ongoing before resolved, permanent before transient, then by
/// events).
///
/// Args:
///     events: ``mfi.Event`` objects (as ``mfi.read_log`` yields them).
///     now: the time to judge waiting recipients at (aware datetime; default: the latest
///         event's time).
///     within_hours: count the waiting recipients that expire within this many hours.
///
/// Returns:
///     A list of ``mfi.Incident``.
///
/// >>> import os, tempfile
/// >>> path = os.path.join(tempfile.mkdtemp(), "mainlog")
/// >>> with open(path, "w") as f:
/// ...     _ = f.write("2026-03-10 02:03:04 1rAbCd-0001Xy-9Z == b@example.net R=dnslookup T=remote_smtp defer (111): Connection refused\n")
/// >>> [(i.destination, i.mfi_code.value, i.state) for i in mfi.incidents(mfi.read_log(path))]
/// [('example.net', '4.4.316', 'ongoing')]
#[pyfunction]
#[pyo3(signature = (events, *, now = None, within_hours = 24))]
pub(crate) fn incidents(
    py: Python<'_>,
    events: &Bound<'_, PyAny>,
    now: Option<&Bound<'_, PyAny>>,
    within_hours: i64,
) -> PyResult<Py<PyList>> {
    let now = now
        .filter(|t| !t.is_none())
        .map(|t| to_timestamp(py, t, "now"))
        .transpose()?;
    let mut all = Incidents::new();
    for item in events.try_iter()? {
        let item = item?;
        let e = item.cast::<Event>().map_err(|_| {
            PyTypeError::new_err(format!(
                "events must be mfi.Event objects, not {}",
                type_name(&item)
            ))
        })?;
        all.add(&e.get().e);
    }
    let list = all.finish(now, within_hours.max(0));
    let out = PyList::empty(py);
    for i in list {
        out.append(Py::new(py, Incident { i })?)?;
    }
    Ok(out.unbind())
}
