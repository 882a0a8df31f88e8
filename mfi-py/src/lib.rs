//! `mfi._mfi`: the Python binding of mfi-core. The public package `mfi` (python/mfi)
//! re-exports it. The properties of `Diagnosis` that carry the contract's fields are
//! generated into `src/contract.rs` (`cargo run -p mfi-codegen`); the enums are the generated
//! module `mfi._enums`.
#![deny(missing_docs)]

mod arrow;
mod contract;
mod log;
mod mail;

use std::borrow::Cow;

use mfi_core::contract::{Vocabulary, FIELDS, VOCABULARIES};
use mfi_core::knowledge::locale::Locale;
use mfi_core::{
    Action, Actor, AttrKey, Cause, ConnectorTarget, EnhancedStatus, MfiCode, MfiMatch, Options,
    Origin, OwnedDiagnosis, QueueOutcome as CoreQueueOutcome, QueueProfile, QueueState, Reason,
    Remediation as CoreRemediation, RemediationId, Reply as CoreReply, ReplyCode, ReportKind,
    Severity, Timestamp,
};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyFloat, PyList, PyString, PyTuple};

create_exception!(
    mfi,
    MfiError,
    PyValueError,
    "Base class of mfi's errors (a ValueError)."
);
create_exception!(
    mfi,
    UnknownNameError,
    MfiError,
    "A name (queue profile, connector target, cause) that mfi does not know."
);
create_exception!(
    mfi,
    TimeError,
    MfiError,
    "A time mfi cannot use: a naive datetime (no time zone), or one out of range."
);

// ---------------------------------------------------------------------------------------
// Enums: the members of the generated `mfi._enums` classes, in the core's order.

/// The members of every enum class, fetched once.
static MEMBERS: [PyOnceLock<Vec<Py<PyAny>>>; VOCABULARIES.len()] =
    [const { PyOnceLock::new() }; VOCABULARIES.len()];

fn member(py: Python<'_>, v: Vocabulary, index: usize) -> PyResult<Bound<'_, PyAny>> {
    let k = VOCABULARIES
        .iter()
        .position(|x| *x == v)
        .expect("a vocabulary");
    let list = MEMBERS[k].get_or_try_init(py, || -> PyResult<_> {
        let cls = py.import("mfi._enums")?.getattr(v.type_name())?;
        cls.try_iter()?
            .map(|m| m.map(Bound::unbind))
            .collect::<PyResult<Vec<_>>>()
    })?;
    list.get(index)
        .map(|m| m.bind(py).clone())
        .ok_or_else(|| PyValueError::new_err(format!("no {} member {index}", v.type_name())))
}

/// Conversion of a core value to its Python form (used by the generated properties).
pub(crate) trait ToPy {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>>;
}

macro_rules! enum_to_py {
    ($($ty:ident),*) => {
        $(impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                member(py, Vocabulary::$ty, self.index())
            }
        })*
    };
}

enum_to_py!(
    MfiCode,
    MfiMatch,
    Severity,
    Reason,
    Cause,
    RemediationId,
    Actor,
    ConnectorTarget,
    Origin,
    QueueProfile,
    QueueState,
    AttrKey,
    ReportKind,
    Action
);

impl ToPy for ReplyCode {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(self.get().into_pyobject(py)?.into_any())
    }
}

impl ToPy for EnhancedStatus {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(PyString::new(py, &self.to_string()).into_any())
    }
}

impl ToPy for CoreRemediation {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(
            py,
            Remediation {
                id: self.id,
                actor: self.actor,
                text: self.text,
            },
        )?
        .into_any())
    }
}

impl ToPy for CoreReply<'_> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(
            py,
            Reply {
                reply_code: self.reply_code.map(|c| c.get()),
                enhanced_status: self.enhanced_status.map(|s| s.to_string()),
                text: self.text.to_owned(),
            },
        )?
        .into_any())
    }
}

impl ToPy for &CoreQueueOutcome {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, QueueOutcome { q: **self })?.into_any())
    }
}

/// Reads an enum argument given as its enum member or its name (a str).
fn name_arg<T>(
    value: &Bound<'_, PyAny>,
    what: &str,
    parse: fn(&str) -> Result<T, mfi_core::Error>,
) -> PyResult<T> {
    // Our enums are str subclasses, so members and plain names read the same way.
    let s = value.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "{what} must be a str or an mfi enum member, not {}",
            type_name(value)
        ))
    })?;
    let s = s.to_cow()?;
    parse(&s).map_err(|_| UnknownNameError::new_err(format!("unknown {what}: {s:?}")))
}

/// Python's `repr` of a str (single quotes), for the `__repr__` of the result types.
fn pyrepr(py: Python<'_>, s: &str) -> String {
    PyString::new(py, s)
        .repr()
        .map_or_else(|_| format!("{s:?}"), |r| r.to_string())
}

fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type()
        .name()
        .map_or_else(|_| "?".to_owned(), |n| n.to_string())
}

// ---------------------------------------------------------------------------------------
// Times: timezone-aware datetimes in, UTC datetimes out (abi3 has no C datetime API, so the
// datetime module is called).

struct DateTimeApi {
    datetime: Py<PyAny>,
    timedelta: Py<PyAny>,
    utc: Py<PyAny>,
}

static DATETIME: PyOnceLock<DateTimeApi> = PyOnceLock::new();

fn dt_api(py: Python<'_>) -> PyResult<&DateTimeApi> {
    DATETIME.get_or_try_init(py, || {
        let m = py.import("datetime")?;
        Ok(DateTimeApi {
            datetime: m.getattr("datetime")?.unbind(),
            timedelta: m.getattr("timedelta")?.unbind(),
            utc: m.getattr("timezone")?.getattr("utc")?.unbind(),
        })
    })
}

fn to_timestamp(py: Python<'_>, v: &Bound<'_, PyAny>, what: &str) -> PyResult<Timestamp> {
    let api = dt_api(py)?;
    if !v.is_instance(api.datetime.bind(py))? {
        return Err(PyTypeError::new_err(format!(
            "{what} must be a datetime.datetime, not {}",
            type_name(v)
        )));
    }
    if v.call_method0("utcoffset")?.is_none() {
        return Err(TimeError::new_err(format!(
            "{what} is a naive datetime; give it a time zone (e.g. tzinfo=datetime.timezone.utc)"
        )));
    }
    let secs: f64 = v.call_method0("timestamp")?.extract()?;
    Ok(Timestamp::from_unix(secs.floor() as i64))
}

fn from_timestamp(py: Python<'_>, t: Timestamp) -> PyResult<Bound<'_, PyAny>> {
    let api = dt_api(py)?;
    api.datetime
        .bind(py)
        .call_method1("fromtimestamp", (t.unix(), api.utc.bind(py)))
}

fn timedelta(py: Python<'_>, secs: i64) -> PyResult<Bound<'_, PyAny>> {
    let kwargs = PyDict::new(py);
    kwargs.set_item("seconds", secs)?;
    dt_api(py)?.timedelta.bind(py).call((), Some(&kwargs))
}

// ---------------------------------------------------------------------------------------
// Options

/// The options a diagnosis was made with that its text cannot tell again (kept to pickle it).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Given {
    pub connector: ConnectorTarget,
    pub origin: Origin,
    pub locale: Locale,
    /// What was stated of the outcome (`Unknown`: nothing; `Options::stated` reads it so).
    pub stated: Severity,
}

impl Given {
    pub(crate) fn of(o: &Options) -> Given {
        Given {
            connector: o.connector,
            origin: o.origin,
            locale: o.locale,
            stated: o.stated.unwrap_or(Severity::Unknown),
        }
    }
}

/// An optional enum argument (`origin=`, `connector=`, `profile=`, `stated_severity=`): a
/// member or its name; `None` for the default.
pub(crate) fn opt_name_arg<T>(
    value: Option<&Bound<'_, PyAny>>,
    what: &str,
    parse: fn(&str) -> Result<T, mfi_core::Error>,
) -> PyResult<Option<T>> {
    value
        .filter(|v| !v.is_none())
        .map(|v| name_arg(v, what, parse))
        .transpose()
}

/// The `origin=` argument.
pub(crate) fn origin_arg(o: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Origin>> {
    opt_name_arg(o, "origin", Origin::from_name)
}

/// The `locale=` argument: a language tag (`"de"`, `"zh-CN"`, `"ru_RU.UTF-8"`); `None` for
/// English.
pub(crate) fn locale_arg(l: Option<&str>) -> PyResult<Option<Locale>> {
    l.map(|l| {
        Locale::from_tag(l).map_err(|_| {
            UnknownNameError::new_err(format!(
                "unknown locale {l:?} (mfi speaks {})",
                Locale::ALL.map(Locale::tag).join(", ")
            ))
        })
    })
    .transpose()
}

/// The `connector=` argument.
fn connector_arg(c: Option<&Bound<'_, PyAny>>) -> PyResult<Option<ConnectorTarget>> {
    opt_name_arg(c, "connector target", ConnectorTarget::from_name)
}

/// A length argument (`max_len=`, `max_message_len=`): at least 1.
fn len_arg(n: Option<usize>, what: &str) -> PyResult<Option<usize>> {
    match n {
        Some(0) => Err(PyValueError::new_err(format!("{what} must be at least 1"))),
        n => Ok(n),
    }
}

#[allow(clippy::too_many_arguments)]
fn options(
    py: Python<'_>,
    connector: Option<&Bound<'_, PyAny>>,
    origin: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    stated: Option<&Bound<'_, PyAny>>,
) -> PyResult<Options> {
    let mut o = Options::new();
    if let Some(c) = connector_arg(connector)? {
        o = o.connector(c);
    }
    if let Some(s) = opt_name_arg(stated, "severity", Severity::from_name)? {
        o = o.stated(s);
    }
    if let Some(v) = origin_arg(origin)? {
        o = o.origin(v);
    }
    if let Some(l) = locale_arg(locale)? {
        o = o.locale(l);
    }
    if let Some(n) = len_arg(max_len, "max_len")? {
        o = o.max_len(n);
    }
    let profile = profile.filter(|p| !p.is_none());
    let first_attempt = first_attempt.filter(|p| !p.is_none());
    let now = now.filter(|p| !p.is_none());
    match (profile, first_attempt) {
        (Some(p), Some(f)) => {
            let p = name_arg(p, "queue profile", QueueProfile::from_name)?;
            let f = to_timestamp(py, f, "first_attempt")?;
            let n = match now {
                Some(n) => to_timestamp(py, n, "now")?,
                None => {
                    let api = dt_api(py)?;
                    let n = api
                        .datetime
                        .bind(py)
                        .call_method1("now", (api.utc.bind(py),))?;
                    to_timestamp(py, &n, "now")?
                }
            };
            o = o.queue(p, f, n);
        }
        (Some(_), None) => return Err(PyTypeError::new_err("profile needs first_attempt")),
        (None, Some(_)) => return Err(PyTypeError::new_err("first_attempt needs profile")),
        (None, None) if now.is_some() => {
            return Err(PyTypeError::new_err("now needs profile and first_attempt"))
        }
        (None, None) => {}
    }
    Ok(o)
}

/// One input text, copied out of Python: no more than the classifier keeps.
enum Text {
    Str(String),
    Bytes(Vec<u8>),
}

impl Text {
    fn classify(self, opts: &Options) -> OwnedDiagnosis {
        match self {
            Text::Str(s) => mfi_core::classify_owned(s, opts),
            Text::Bytes(b) => mfi_core::classify_bytes(&b, opts),
        }
    }
}

/// A prefix of `s` at a character boundary, long enough for the classifier to see that
/// a text longer than `max_len` is longer (a line ending may still be dropped).
fn prefix(s: &str, max_len: usize) -> &str {
    let mut end = s.len().min(max_len.saturating_add(2));
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// The text of a `str` or `bytes` argument, copied up to what the classifier keeps;
/// `None` for any other type.
fn text_arg(v: &Bound<'_, PyAny>, max_len: usize) -> PyResult<Option<Text>> {
    if let Ok(s) = v.cast::<PyString>() {
        // A str with lone surrogates cannot be UTF-8: they are replaced like invalid bytes.
        let c: Cow<'_, str> = match s.to_cow() {
            Ok(c) => c,
            Err(_) => Cow::Owned(s.to_string_lossy().into_owned()),
        };
        return Ok(Some(Text::Str(prefix(&c, max_len).to_owned())));
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        let b = b.as_bytes();
        return Ok(Some(Text::Bytes(
            b[..b.len().min(max_len.saturating_add(2))].to_vec(),
        )));
    }
    Ok(None)
}

/// Whether a batch item is a missing value: None, a float NaN, or pandas' NA / NaT.
fn is_missing(v: &Bound<'_, PyAny>) -> bool {
    if v.is_none() {
        return true;
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        return f.value().is_nan();
    }
    matches!(type_name(v).as_str(), "NAType" | "NaTType")
}

// ---------------------------------------------------------------------------------------
// Result types

fn restorer<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("mfi._mfi")?.getattr(name)
}

/// A remediation: what to do (``text``) and who must do it (``actor``).
///
/// Immutable; equal when the remediation is the same; pickles.
///
/// >>> r = mfi.classify("450 4.4.312 DNS query failed").remediations[0]
/// >>> r.actor
/// <Actor.DNS_HOST: 'dns_host'>
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct Remediation {
    id: RemediationId,
    /// Who acts, in the terms of the system that reported the failure.
    actor: Actor,
    /// The text, in the diagnosis's locale.
    text: &'static str,
}

#[pymethods]
impl Remediation {
    /// The typed remediation (an ``mfi.RemediationId``).
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.id.to_py(py)
    }
    /// Who must act (an ``mfi.Actor``).
    #[getter]
    fn actor<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.actor.to_py(py)
    }
    /// What to do, in the language the diagnosis was made in.
    #[getter]
    fn text(&self) -> &'static str {
        self.text
    }
    /// The contract's remediation object: ``{"id", "actor", "text"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("id", self.id.name())?;
        d.set_item("actor", self.actor.name())?;
        d.set_item("text", self.text)?;
        Ok(d)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Remediation(id={}, actor={}, text={})",
            pyrepr(py, self.id.name()),
            pyrepr(py, self.actor.name()),
            pyrepr(py, self.text)
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Remediation>().is_ok_and(|o| {
            let o = o.get();
            o.id == self.id && o.actor == self.actor && o.text == self.text
        })
    }
    fn __hash__(&self) -> u64 {
        self.id.index() as u64
    }
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (&'static str, &'static str, &'static str),
    )> {
        let locale = Locale::ALL
            .into_iter()
            .find(|l| l.remediation(self.id) == self.text)
            .unwrap_or_default();
        Ok((
            restorer(py, "_restore_remediation")?,
            (self.id.name(), self.actor.name(), locale.tag()),
        ))
    }
}

/// One reply of a chain: basic code, enhanced status and words.
///
/// Immutable; compares by value; pickles.
///
/// >>> d = mfi.classify("550 5.4.300 Message expired -> 451 4.4.397 Error communicating")
/// >>> [(r.reply_code, r.enhanced_status) for r in d.chain]
/// [(550, '5.4.300'), (451, '4.4.397')]
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct Reply {
    reply_code: Option<u16>,
    enhanced_status: Option<String>,
    text: String,
}

#[pymethods]
impl Reply {
    /// The basic reply code (``550``), or None.
    #[getter]
    fn reply_code(&self) -> Option<u16> {
        self.reply_code
    }
    /// The enhanced status code (``"5.4.300"``), or None.
    #[getter]
    fn enhanced_status(&self) -> Option<&str> {
        self.enhanced_status.as_deref()
    }
    /// The reply's words, without nested replies and attribute brackets.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }
    /// The contract's reply object: ``{"reply_code", "enhanced_status", "text"}``.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("reply_code", self.reply_code)?;
        d.set_item("enhanced_status", self.enhanced_status.as_deref())?;
        d.set_item("text", &self.text)?;
        Ok(d)
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "Reply(reply_code={}, enhanced_status={}, text={})",
            self.reply_code.map_or("None".into(), |c| c.to_string()),
            self.enhanced_status
                .as_ref()
                .map_or("None".into(), |s| pyrepr(py, s)),
            pyrepr(py, &self.text)
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Reply>().is_ok_and(|o| {
            let o = o.get();
            (o.reply_code, &o.enhanced_status, &o.text)
                == (self.reply_code, &self.enhanced_status, &self.text)
        })
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (self.reply_code, &self.enhanced_status, &self.text).hash(&mut h);
        h.finish()
    }
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyAny>, (Option<u16>, Option<String>, String))> {
        Ok((
            restorer(py, "_restore_reply")?,
            (
                self.reply_code,
                self.enhanced_status.clone(),
                self.text.clone(),
            ),
        ))
    }
}

/// What the sending queue does next: ``state``, ``expires_at``, ``remaining`` and more.
///
/// Times are timezone-aware UTC datetimes, durations timedeltas; ``retry_window_s`` and
/// ``remaining_s`` are the same in seconds, as in the contract. Immutable; compares by
/// value; pickles.
///
/// >>> import datetime as dt
/// >>> t0 = dt.datetime(2025, 1, 8, tzinfo=dt.timezone.utc)
/// >>> d = mfi.classify("450 4.4.316 Connection refused", profile="exchange_online",
/// ...                  first_attempt=t0, now=t0 + dt.timedelta(hours=20))
/// >>> d.queue.state, d.queue.remaining
/// (<QueueState.RETRYING: 'retrying'>, datetime.timedelta(seconds=14400))
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct QueueOutcome {
    q: CoreQueueOutcome,
}

#[pymethods]
impl QueueOutcome {
    /// The queue profile applied (an ``mfi.QueueProfile``).
    #[getter]
    fn profile<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.q.profile.to_py(py)
    }
    /// What happens next (an ``mfi.QueueState``).
    #[getter]
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.q.state.to_py(py)
    }
    /// How long the queue retries.
    #[getter]
    fn retry_window<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        timedelta(py, self.q.retry_window_s)
    }
    /// How long the queue retries, in seconds.
    #[getter]
    fn retry_window_s(&self) -> i64 {
        self.q.retry_window_s
    }
    /// When delivery was first attempted (UTC).
    #[getter]
    fn first_attempt<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.first_attempt)
    }
    /// The time the outcome was judged at (UTC).
    #[getter]
    fn now<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.now)
    }
    /// When the message expires: ``first_attempt`` plus the window (UTC).
    #[getter]
    fn expires_at<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.expires_at)
    }
    /// Time left until then (zero unless retrying).
    #[getter]
    fn remaining<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        timedelta(py, self.q.remaining_s)
    }
    /// Time left until then, in seconds.
    #[getter]
    fn remaining_s(&self) -> i64 {
        self.q.remaining_s
    }
    /// When the sender gets a delay notice, if the profile sends one and it is still ahead.
    #[getter]
    fn next_delay_notice<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.q
            .next_delay_notice
            .map(|t| from_timestamp(py, t))
            .transpose()
    }
    /// The contract's ``queue`` object (times as RFC 3339 strings).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.q.to_json())
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "QueueOutcome(profile={}, state={}, expires_at={}, remaining_s={})",
            pyrepr(py, self.q.profile.name()),
            pyrepr(py, self.q.state.name()),
            pyrepr(py, &self.q.expires_at.to_string()),
            self.q.remaining_s
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<QueueOutcome>()
            .is_ok_and(|o| o.get().q == self.q)
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.q.hash(&mut h);
        h.finish()
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        Ok((restorer(py, "_restore_queue")?, (self.q.to_json(),)))
    }
}

/// An argument of contract field names (`columns=`, `fields=`), `None` for every field;
/// `plural`/`singular` name it in the errors.
pub(crate) fn field_names(
    value: Option<&Bound<'_, PyAny>>,
    plural: &str,
    singular: &str,
) -> PyResult<Option<Vec<mfi_core::contract::Field>>> {
    let Some(value) = value.filter(|c| !c.is_none()) else {
        return Ok(None);
    };
    let not_names = || {
        PyTypeError::new_err(format!(
            "{plural} must be a sequence of field names, not {}",
            type_name(value)
        ))
    };
    // (A str is a sequence of one-letter names: refused rather than read so.)
    if value.is_instance_of::<PyString>() || value.is_instance_of::<PyBytes>() {
        return Err(not_names());
    }
    let mut out = Vec::new();
    for name in value.try_iter().map_err(|_| not_names())? {
        let name = name?;
        let name = name.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "{plural} must be field names (str), not {}",
                type_name(&name)
            ))
        })?;
        let name = name.to_cow()?;
        out.push(mfi_core::contract::Field::from_name(&name).map_err(|_| {
            UnknownNameError::new_err(format!(
                "unknown {singular} {name:?} (the fields are {})",
                FIELDS.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
            ))
        })?);
    }
    Ok(Some(out))
}

/// `fields=` of `to_json`/`to_dict`: at least one name, none twice.
fn fields_arg(
    fields: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<Vec<mfi_core::contract::Field>>> {
    let fields = field_names(fields, "fields", "field")?;
    if let Some(list) = &fields {
        if list.is_empty() {
            return Err(PyValueError::new_err(
                "no fields asked for: name at least one field of the contract",
            ));
        }
        if let Some(f) = mfi_core::contract::Field::first_repeated(list) {
            return Err(PyValueError::new_err(format!(
                "field {:?} asked for twice",
                f.spec().name
            )));
        }
    }
    Ok(fields)
}

fn json_loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || -> PyResult<_> {
        Ok(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((json,))
}

/// The diagnosis of one failure text: what ``mfi.classify`` returns.
///
/// Every field of the diagnosis contract is a property (``reply_code``, ``severity``,
/// ``mfi_code``, ``causes``, ``remediations``, ...; see ``mfi.CONTRACT_FIELDS``);
/// ``to_dict()`` and ``to_json()`` give the contract's JSON object, the same as
/// ``mfi classify --json``. Immutable; compares by value; hashable; pickles (so it crosses
/// ``multiprocessing`` and caches).
///
/// >>> d = mfi.classify("450 4.4.316 Connection refused [Message=Socket error code 10061]")
/// >>> d.mfi_code, d.severity
/// (<MfiCode.CONNECTION_REFUSED: '4.4.316'>, <Severity.TRANSIENT: 'transient'>)
/// >>> d.attributes["socket_error"]
/// '10061'
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
pub(crate) struct Diagnosis {
    pub(crate) d: OwnedDiagnosis,
    pub(crate) given: Given,
}

impl Diagnosis {
    /// The core's view of the diagnosis.
    pub(crate) fn view(&self) -> mfi_core::Diagnosis<'_> {
        self.d.as_diagnosis()
    }

    /// The JSON of `to_json`/`to_dict`: every field, or those of `fields=`.
    fn json(&self, fields: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        Ok(match fields_arg(fields)? {
            None => self.view().to_json(),
            Some(list) => self.view().to_json_fields(&list),
        })
    }
}

#[pymethods]
impl Diagnosis {
    /// The text that was classified: the input without its line ending, decoded (invalid
    /// UTF-8 replaced) and cut to ``max_len``.
    #[getter]
    fn text(&self) -> &str {
        self.d.text()
    }
    /// The contract's JSON object as a dict: the same as ``mfi classify --json`` prints.
    ///
    /// With ``fields`` (a sequence of contract field names, see ``CONTRACT_FIELDS``), only
    /// those, in that order, as ``mfi classify --json --fields`` prints them (``queue`` only
    /// when the options had a queue profile). Raises mfi.UnknownNameError for a name that is
    /// not a field, ValueError for none or one named twice, TypeError for a str or
    /// non-str names.
    #[pyo3(signature = (fields = None))]
    fn to_dict<'py>(
        &self,
        py: Python<'py>,
        fields: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.json(fields)?)
    }
    /// The contract's JSON object as a str: the same as ``mfi classify --json`` prints;
    /// ``fields`` as for ``to_dict``.
    #[pyo3(signature = (fields = None))]
    fn to_json(&self, fields: Option<&Bound<'_, PyAny>>) -> PyResult<String> {
        self.json(fields)
    }
    /// The human-readable report that ``mfi classify`` prints for input line ``number``
    /// (with ANSI colours when ``color``). Control characters of the input are escaped.
    #[pyo3(signature = (number = 1, color = false))]
    fn render(&self, number: usize, color: bool) -> String {
        self.view().render(number, color)
    }
    fn __repr__(&self) -> String {
        let d = self.view();
        let opt = |o: Option<String>| o.map_or("None".to_owned(), |s| format!("'{s}'"));
        format!(
            "Diagnosis(mfi_code={}, mfi_match={}, reply_code={}, enhanced_status={}, severity='{}', reason='{}', expired={}, causes=[{}])",
            opt(d.mfi_code().map(|c| c.name().to_owned())),
            opt(d.mfi_match().map(|m| m.name().to_owned())),
            d.reply_code().map_or("None".to_owned(), |c| c.to_string()),
            opt(d.enhanced_status().map(|s| s.to_string())),
            d.severity(),
            d.reason(),
            if d.expired() { "True" } else { "False" },
            d.causes().iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", ")
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<Diagnosis>().is_ok_and(|o| o.get().d == self.d)
    }
    fn __hash__(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.view().to_json().hash(&mut h);
        self.d.text().hash(&mut h);
        h.finish()
    }
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(
        Bound<'py, PyAny>,
        (
            String,
            &'static str,
            bool,
            Option<String>,
            &'static str,
            &'static str,
            &'static str,
        ),
    )> {
        let d = self.view();
        Ok((
            restorer(py, "_restore_diagnosis")?,
            (
                self.d.text().to_owned(),
                self.given.connector.name(),
                d.truncated(),
                d.queue().map(|q| q.to_json()),
                self.given.origin.name(),
                self.given.locale.tag(),
                self.given.stated.name(),
            ),
        ))
    }
}

// ---------------------------------------------------------------------------------------
// Functions

/// Classifies one failure text.
///
/// Args:
///     text: the failure, as ``str`` or ``bytes`` (bytes that are not UTF-8 are replaced).
///         One line: a line ending at its end is ignored.
///     connector: who is behind the connector that failed: an ``mfi.ConnectorTarget`` or
///         its name (``"on_premises"``, ``"partner"``); changes the causes and remediations.
///     profile: a queue profile (``mfi.QueueProfile`` or its name) to say what the sending
///         queue does next; needs ``first_attempt``.
///     first_attempt: when delivery was first attempted (a timezone-aware datetime).
///     now: the time to judge the queue at (aware; default: the current time).
///     max_len: at most this many bytes are classified (default 1 MiB); a longer text is
///         cut and its diagnosis says ``truncated``.
///     origin: which system reported the failure (``mfi.Origin`` or its name, e.g.
///         ``"postfix"``), when the text does not show it; remediations are given in its
///         terms (default: found from the text).
///     locale: the language of the human texts (``title``, ``meaning``, remediation
///         texts, ``render()``): ``"en"`` (default), ``"de"``, ``"zh-CN"``, ``"ru"`` (POSIX
///         names such as ``"de_DE.UTF-8"`` work too). Ids and names stay English.
///     stated_severity: the outcome the text's source states beside it (an
///         ``mfi.Severity`` or its name: a log's ``status=bounced``, a message trace's
///         status column): the severity of a text whose own codes and words state none;
///         a text that states one keeps it, but a stated transient outweighs a quoted
///         5xx reply (default: nothing stated).
///
/// Returns:
///     An ``mfi.Diagnosis``.
///
/// Raises:
///     TypeError: ``text`` is not str or bytes, or an option has the wrong type.
///     mfi.UnknownNameError: an unknown connector target, queue profile, origin or locale.
///     mfi.TimeError: a naive datetime.
///
/// >>> d = mfi.classify("550 5.4.316 Message expired, connection refused")
/// >>> d.mfi_code, d.mfi_match, d.expired
/// (<MfiCode.CONNECTION_REFUSED: '4.4.316'>, <MfiMatch.EXPIRED: 'expired'>, True)
/// >>> mfi.classify("Connection refused", origin="postfix", locale="de").title
/// 'Verbindung abgelehnt'
/// >>> mfi.classify("Unrouteable address", stated_severity="permanent").severity
/// <Severity.PERMANENT: 'permanent'>
#[pyfunction]
#[pyo3(signature = (text, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, origin = None, locale = None, stated_severity = None))]
#[allow(clippy::too_many_arguments)]
fn classify(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    origin: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
    stated_severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Diagnosis> {
    let opts = options(
        py,
        connector,
        origin,
        locale,
        profile,
        first_attempt,
        now,
        max_len,
        stated_severity,
    )?;
    let Some(text) = text_arg(text, opts.max_len)? else {
        return Err(PyTypeError::new_err(format!(
            "text must be str or bytes, not {}",
            type_name(text)
        )));
    };
    let given = Given::of(&opts);
    let d = py.detach(move || text.classify(&opts));
    Ok(Diagnosis { d, given })
}

/// Classifies many texts, one diagnosis per item, in input order.
///
/// Each item is one line (``str`` or ``bytes``), treated as ``classify`` treats it: a
/// trailing ``\n`` or ``\r\n`` is ignored, so ``classify_many(open(path, "rb"))`` gives
/// what ``mfi classify --json < path`` prints. The texts are copied into Rust, the GIL is
/// released and every core is used.
///
/// Args:
///     texts: an iterable of str or bytes (a list, a file, a pandas column, ...).
///     errors: ``"raise"`` (default): an item that is not str or bytes raises a TypeError
///         that names its index. ``"unknown"``: a missing item (None, NaN, pandas NA) gives
///         the diagnosis of an empty text (severity ``unknown``, reason ``undefined``);
///         other wrong types still raise.
///     connector, profile, first_attempt, now, max_len, origin, locale, stated_severity:
///         as for ``classify``, for every item.
///
/// Returns:
///     A list of ``mfi.Diagnosis``.
///
/// Raises:
///     TypeError: ``texts`` is a single str or bytes, is not iterable, or holds an item of
///         the wrong type.
///     ValueError: an unknown ``errors`` value; as ``classify`` for the options.
///
/// >>> [d.reason.value for d in mfi.classify_many(["550 5.1.1 User unknown\n", None], errors="unknown")]
/// ['userunknown', 'undefined']
#[pyfunction]
#[pyo3(signature = (texts, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, errors = "raise", origin = None, locale = None, stated_severity = None))]
#[allow(clippy::too_many_arguments)]
fn classify_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
    max_len: Option<usize>,
    errors: &str,
    origin: Option<&Bound<'_, PyAny>>,
    locale: Option<&str>,
    stated_severity: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    let opts = options(
        py,
        connector,
        origin,
        locale,
        profile,
        first_attempt,
        now,
        max_len,
        stated_severity,
    )?;
    let unknown = match errors {
        "raise" => false,
        "unknown" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"raise\" or \"unknown\", not {other:?}"
            )))
        }
    };
    if texts.is_instance_of::<PyString>() || texts.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(
            "texts must be an iterable of str or bytes, not a single str or bytes",
        ));
    }
    let iter = texts.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "texts must be an iterable of str or bytes, not {}",
            type_name(texts)
        ))
    })?;
    let mut owned: Vec<Text> = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        match text_arg(&item, opts.max_len)? {
            Some(t) => owned.push(t),
            None if unknown && is_missing(&item) => owned.push(Text::Str(String::new())),
            None => {
                let hint = if is_missing(&item) {
                    " (errors=\"unknown\" turns missing values into unknown diagnoses)"
                } else {
                    ""
                };
                return Err(PyTypeError::new_err(format!(
                    "texts[{i}] must be str or bytes, not {}{hint}",
                    type_name(&item)
                )));
            }
        }
    }
    let diagnoses = py.detach(move || classify_parallel(owned, &opts));
    let given = Given::of(&opts);
    let items = diagnoses
        .into_iter()
        .map(|d| Bound::new(py, Diagnosis { d, given }))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, items)?.unbind())
}

fn classify_parallel(mut texts: Vec<Text>, opts: &Options) -> Vec<OwnedDiagnosis> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    if workers < 2 || texts.len() < 256 {
        return texts.into_iter().map(|t| t.classify(opts)).collect();
    }
    let chunk = texts.len().div_ceil(workers);
    let mut parts = Vec::with_capacity(workers);
    while texts.len() > chunk {
        let rest = texts.split_off(chunk);
        parts.push(std::mem::replace(&mut texts, rest));
    }
    parts.push(texts);
    std::thread::scope(|s| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| {
                s.spawn(move || {
                    part.into_iter()
                        .map(|t| t.classify(opts))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        let mut out = Vec::new();
        for h in handles {
            out.extend(h.join().expect("classification does not panic"));
        }
        out
    })
}

/// What the sending queue does with a diagnosed message.
///
/// Args:
///     diagnosis: an ``mfi.Diagnosis``.
///     profile: the queue profile (``mfi.QueueProfile`` or its name).
///     first_attempt: when delivery was first attempted (timezone-aware).
///     now: the time to judge at (timezone-aware).
///
/// Returns:
///     An ``mfi.QueueOutcome``.
///
/// Raises:
///     TypeError: wrong argument types. mfi.UnknownNameError, mfi.TimeError: as ``classify``.
///
/// >>> import datetime as dt
/// >>> t0 = dt.datetime(2025, 1, 8, tzinfo=dt.timezone.utc)
/// >>> mfi.queue_outcome(mfi.classify("550 5.1.1 User unknown"), "postfix", t0, t0).state
/// <QueueState.BOUNCED: 'bounced'>
#[pyfunction]
fn queue_outcome(
    py: Python<'_>,
    diagnosis: &Bound<'_, PyAny>,
    profile: &Bound<'_, PyAny>,
    first_attempt: &Bound<'_, PyAny>,
    now: &Bound<'_, PyAny>,
) -> PyResult<QueueOutcome> {
    let d = diagnosis.cast::<Diagnosis>().map_err(|_| {
        PyTypeError::new_err(format!(
            "diagnosis must be an mfi.Diagnosis, not {}",
            type_name(diagnosis)
        ))
    })?;
    let p = name_arg(profile, "queue profile", QueueProfile::from_name)?;
    let f = to_timestamp(py, first_attempt, "first_attempt")?;
    let n = to_timestamp(py, now, "now")?;
    let q = mfi_core::queue_outcome(&d.get().view(), p, f, n);
    Ok(QueueOutcome { q })
}

/// One row of mfi's knowledge table (``mfi.codes()``): a code or code range with its title,
/// meaning, reason and usual causes.
///
/// Immutable; compares by value; pickles.
///
/// >>> mfi.codes()[0]
/// CodeRecord(code='4.4.312', source='mfi', title='DNS query failed')
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct CodeRecord {
    index: usize,
    r: mfi_core::knowledge::CodeRecord,
}

#[pymethods]
impl CodeRecord {
    /// The code or codes (``"4.4.316"``, ``"5.7.606-649"``, ``"X.1.X"``).
    #[getter]
    fn code(&self) -> String {
        self.r.code.to_string()
    }
    /// The table: ``"mfi"``, ``"exchange"`` or ``"iana"``.
    #[getter]
    fn source(&self) -> &'static str {
        self.r.source.name()
    }
    /// A short title.
    #[getter]
    fn title(&self) -> &'static str {
        self.r.title
    }
    /// What it means.
    #[getter]
    fn meaning(&self) -> &'static str {
        self.r.meaning
    }
    /// The cross-vendor reason (an ``mfi.Reason``).
    #[getter]
    fn reason<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.r.reason.to_py(py)
    }
    /// The usual causes, most likely first (``mfi.Cause`` members).
    #[getter]
    fn causes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .r
            .causes
            .iter()
            .map(|c| c.to_py(py))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }
    /// The record as a JSON object (what ``mfi codes --json`` prints per line).
    fn to_json(&self) -> String {
        self.r.to_json()
    }
    fn __repr__(&self, py: Python<'_>) -> String {
        format!(
            "CodeRecord(code={}, source={}, title={})",
            pyrepr(py, &self.r.code.to_string()),
            pyrepr(py, self.r.source.name()),
            pyrepr(py, self.r.title)
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<CodeRecord>()
            .is_ok_and(|o| o.get().index == self.index)
    }
    fn __hash__(&self) -> u64 {
        self.index as u64
    }
    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (usize,))> {
        Ok((restorer(py, "_restore_code_record")?, (self.index,)))
    }
}

/// Every code mfi knows: the six MFI codes, the Exchange table, the IANA registry.
///
/// Returns:
///     A list of ``mfi.CodeRecord``, in that order (what ``mfi codes`` lists).
///
/// >>> [r.code for r in mfi.codes()[:2]]
/// ['4.4.312', '4.4.315']
#[pyfunction]
fn codes() -> Vec<CodeRecord> {
    mfi_core::knowledge::catalogue()
        .enumerate()
        .map(|(index, r)| CodeRecord { index, r })
        .collect()
}

/// The description of a cause.
///
/// Args:
///     cause: an ``mfi.Cause`` or its name.
///     locale: the language (``"en"``, the default, ``"de"``, ``"zh-CN"``, ``"ru"``).
///
/// Raises:
///     mfi.UnknownNameError: not a cause's name, or an unknown locale.
///
/// >>> mfi.cause_text("partner_error").startswith("The problem lies")
/// True
#[pyfunction]
#[pyo3(signature = (cause, locale = None))]
fn cause_text(cause: &Bound<'_, PyAny>, locale: Option<&str>) -> PyResult<&'static str> {
    let c = name_arg(cause, "cause", Cause::from_name)?;
    Ok(locale_arg(locale)?.unwrap_or_default().cause(c))
}

/// Runs the ``mfi`` command with ``args`` (without the program name) and returns its exit
/// status: ``python -m mfi`` and the ``mfi`` console script call this, so they are the same
/// program as the ``mfi`` binary. It reads and writes the process's standard streams.
#[pyfunction]
fn _cli_main(py: Python<'_>, args: Vec<std::ffi::OsString>) -> u8 {
    py.detach(move || mfi_cli::run(args))
}

#[pyfunction]
#[pyo3(signature = (text, connector, truncated, queue, origin = "unknown", locale = "en", stated = "unknown"))]
#[allow(clippy::too_many_arguments)]
fn _restore_diagnosis(
    py: Python<'_>,
    text: String,
    connector: &str,
    truncated: bool,
    queue: Option<&str>,
    origin: &str,
    locale: &str,
    stated: &str,
) -> PyResult<Diagnosis> {
    let bad = |e: String| PyValueError::new_err(format!("not a pickled mfi.Diagnosis: {e}"));
    let connector = ConnectorTarget::from_name(connector).map_err(|e| bad(e.to_string()))?;
    let origin = Origin::from_name(origin).map_err(|e| bad(e.to_string()))?;
    let locale = Locale::from_tag(locale).map_err(|e| bad(e.to_string()))?;
    let stated = Severity::from_name(stated).map_err(|e| bad(e.to_string()))?;
    let mut opts = Options::new()
        .connector(connector)
        .origin(origin)
        .locale(locale)
        .stated(stated);
    if let Some(q) = queue {
        let q: CoreQueueOutcome = serde_json_like(q).map_err(bad)?;
        // (The window as it was: a DSN's Will-Retry-Until may have stated another than
        // the profile's.)
        opts = opts
            .queue(q.profile, q.first_attempt, q.now)
            .expires_at(q.first_attempt.add_seconds(q.retry_window_s));
    }
    let given = Given::of(&opts);
    let d = py.detach(move || mfi_core::internal::restore(text, &opts, truncated));
    Ok(Diagnosis { d, given })
}

/// Reads a queue object back from its JSON.
fn serde_json_like(json: &str) -> Result<CoreQueueOutcome, String> {
    mfi_core::internal::queue_outcome_from_json(json).map_err(|e| e.to_string())
}

#[pyfunction]
#[pyo3(signature = (id, actor = None, locale = "en"))]
fn _restore_remediation(id: &str, actor: Option<&str>, locale: &str) -> PyResult<Remediation> {
    let bad = |e: mfi_core::Error| PyValueError::new_err(e.to_string());
    let id = RemediationId::from_name(id).map_err(bad)?;
    let actor = match actor {
        Some(a) => Actor::from_name(a).map_err(bad)?,
        None => mfi_core::knowledge::remediation_info(id).actor,
    };
    let locale = Locale::from_tag(locale).map_err(bad)?;
    Ok(Remediation {
        id,
        actor,
        text: locale.remediation(id),
    })
}

#[pyfunction]
fn _restore_reply(reply_code: Option<u16>, enhanced_status: Option<String>, text: String) -> Reply {
    Reply {
        reply_code,
        enhanced_status,
        text,
    }
}

#[pyfunction]
fn _restore_queue(json: &str) -> PyResult<QueueOutcome> {
    serde_json_like(json)
        .map(|q| QueueOutcome { q })
        .map_err(PyValueError::new_err)
}

#[pyfunction]
fn _restore_code_record(index: usize) -> PyResult<CodeRecord> {
    mfi_core::knowledge::catalogue()
        .nth(index)
        .map(|r| CodeRecord { index, r })
        .ok_or_else(|| PyValueError::new_err("no such code record"))
}

/// Nanoseconds per classification of `text` by the core alone (no Python in the loop),
/// averaged over `n` runs: the baseline of `bench/bench_classify.py`.
#[pyfunction]
fn _core_time_ns(py: Python<'_>, text: &str, n: u32) -> f64 {
    let text = text.to_owned();
    py.detach(move || {
        let n = n.max(1);
        let start = std::time::Instant::now();
        for _ in 0..n {
            std::hint::black_box(mfi_core::classify(std::hint::black_box(&text)).into_owned());
        }
        start.elapsed().as_nanos() as f64 / f64::from(n)
    })
}

/// The native module.
#[pymodule]
fn _mfi(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("__version__", mfi_core::VERSION)?;
    m.add("CONTRACT_VERSION", mfi_core::contract::VERSION)?;
    m.add(
        "CONTRACT_FIELDS",
        PyTuple::new(py, FIELDS.iter().map(|f| f.name))?,
    )?;
    m.add("DEFAULT_MAX_LEN", mfi_core::DEFAULT_MAX_LEN)?;
    m.add("MfiError", py.get_type::<MfiError>())?;
    m.add("UnknownNameError", py.get_type::<UnknownNameError>())?;
    m.add("TimeError", py.get_type::<TimeError>())?;
    m.add_class::<Diagnosis>()?;
    m.add_class::<Remediation>()?;
    m.add_class::<Reply>()?;
    m.add_class::<QueueOutcome>()?;
    m.add_class::<CodeRecord>()?;
    m.add_class::<mail::Report>()?;
    m.add_class::<mail::Recipient>()?;
    m.add_class::<mail::ReportIter>()?;
    m.add_function(wrap_pyfunction!(mail::read_message, m)?)?;
    m.add_function(wrap_pyfunction!(mail::read_mailbox, m)?)?;
    m.add_class::<log::Event>()?;
    m.add_class::<log::EventIter>()?;
    m.add_class::<log::Incident>()?;
    m.add_function(wrap_pyfunction!(log::read_log, m)?)?;
    m.add_function(wrap_pyfunction!(log::incidents, m)?)?;
    m.add_function(wrap_pyfunction!(classify, m)?)?;
    m.add_function(wrap_pyfunction!(classify_many, m)?)?;
    m.add_class::<arrow::ArrowRows>()?;
    m.add_class::<arrow::ArrowSchema>()?;
    m.add_function(wrap_pyfunction!(arrow::classify_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::read_messages_arrow, m)?)?;
    m.add_function(wrap_pyfunction!(arrow::_arrow_schema, m)?)?;
    m.add_function(wrap_pyfunction!(queue_outcome, m)?)?;
    m.add_function(wrap_pyfunction!(codes, m)?)?;
    m.add_function(wrap_pyfunction!(cause_text, m)?)?;
    m.add_function(wrap_pyfunction!(_cli_main, m)?)?;
    m.add_function(wrap_pyfunction!(_restore_diagnosis, m)?)?;
    m.add_function(wrap_pyfunction!(_restore_remediation, m)?)?;
    m.add_function(wrap_pyfunction!(_restore_reply, m)?)?;
    m.add_function(wrap_pyfunction!(_restore_queue, m)?)?;
    m.add_function(wrap_pyfunction!(_restore_code_record, m)?)?;
    m.add_function(wrap_pyfunction!(_core_time_ns, m)?)?;
    Ok(())
}
