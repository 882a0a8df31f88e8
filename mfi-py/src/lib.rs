//! `mfi._mfi`: the Python binding of mfi-core. The public package `mfi` (python/mfi)
//! re-exports it; the enums are built in `mfi._enums` from [`vocabulary`].
#![deny(missing_docs)]

use std::borrow::Cow;

use mfi_core::{
    Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, Options, OwnedDiagnosis,
    QueueOutcome as CoreQueueOutcome, QueueProfile, QueueState, Reason, RemediationId, Severity,
    Timestamp,
};
use pyo3::create_exception;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString, PyTuple};

create_exception!(
    _mfi,
    MfiError,
    PyValueError,
    "Base class of mfi's errors (a ValueError)."
);
create_exception!(
    _mfi,
    UnknownNameError,
    MfiError,
    "A name (queue profile, connector target) that mfi does not know."
);
create_exception!(
    _mfi,
    TimeError,
    MfiError,
    "A time mfi cannot use: a naive datetime (no time zone), or one out of range."
);

// ---------------------------------------------------------------------------------------
// Enums: Python `enum.Enum` classes with str values, made in `mfi._enums` from these names.

/// The names of every enum, from the core: `{"Cause": [("DNS_HOSTING_PROBLEM",
/// "dns_hosting_problem"), ...], ...}`. Used by `mfi._enums` to build the enum classes.
#[pyfunction]
fn vocabulary(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    fn members<T: Copy>(
        values: impl Iterator<Item = T>,
        name: impl Fn(T) -> &'static str,
        ident: impl Fn(T) -> String,
    ) -> Vec<(String, &'static str)> {
        values.map(|v| (ident(v), name(v))).collect()
    }
    let upper = |s: &str| s.to_ascii_uppercase();
    let d = PyDict::new(py);
    d.set_item(
        "MfiCode",
        members(MfiCode::all(), MfiCode::name, |c| c.identifier().to_owned()),
    )?;
    macro_rules! add {
        ($($py:literal => $ty:ident),*) => {
            $(d.set_item($py, members($ty::all(), $ty::name, |v| upper(v.name())))?;)*
        };
    }
    add!(
        "MfiMatch" => MfiMatch, "Severity" => Severity, "Reason" => Reason, "Cause" => Cause,
        "RemediationId" => RemediationId, "Actor" => Actor,
        "ConnectorTarget" => ConnectorTarget, "QueueProfile" => QueueProfile,
        "QueueState" => QueueState, "AttrKey" => AttrKey
    );
    Ok(d)
}

/// The members of one Python enum class, in the core's declaration order.
struct Members(PyOnceLock<Vec<Py<PyAny>>>);

impl Members {
    const fn new() -> Self {
        Members(PyOnceLock::new())
    }

    fn get<'py>(&self, py: Python<'py>, class: &str, index: usize) -> PyResult<Bound<'py, PyAny>> {
        let list = self.0.get_or_try_init(py, || -> PyResult<_> {
            let cls = py.import("mfi._enums")?.getattr(class)?;
            cls.try_iter()?
                .map(|m| m.map(Bound::unbind))
                .collect::<PyResult<Vec<_>>>()
        })?;
        list.get(index)
            .map(|m| m.bind(py).clone())
            .ok_or_else(|| PyValueError::new_err(format!("no {class} member {index}")))
    }
}

macro_rules! py_enum {
    ($fn:ident, $ty:ty, $class:literal) => {
        fn $fn(py: Python<'_>, v: $ty) -> PyResult<Bound<'_, PyAny>> {
            static MEMBERS: Members = Members::new();
            MEMBERS.get(py, $class, v.index())
        }
    };
}

py_enum!(mfi_code_obj, MfiCode, "MfiCode");
py_enum!(mfi_match_obj, MfiMatch, "MfiMatch");
py_enum!(severity_obj, Severity, "Severity");
py_enum!(reason_obj, Reason, "Reason");
py_enum!(cause_obj, Cause, "Cause");
py_enum!(remediation_obj, RemediationId, "RemediationId");
py_enum!(actor_obj, Actor, "Actor");
py_enum!(profile_obj, QueueProfile, "QueueProfile");
py_enum!(state_obj, QueueState, "QueueState");

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

fn options(
    py: Python<'_>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
) -> PyResult<Options> {
    let mut o = Options::new();
    if let Some(c) = connector.filter(|c| !c.is_none()) {
        o = o.connector(name_arg(c, "connector target", ConnectorTarget::from_name)?);
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

/// The text of a `str` or `bytes` argument (bytes decoded with replacement, as everywhere).
fn text_arg<'a>(v: &'a Bound<'_, PyAny>) -> PyResult<Cow<'a, str>> {
    if let Ok(s) = v.cast::<PyString>() {
        // A str with lone surrogates cannot be UTF-8: replace them like invalid bytes.
        return match s.to_cow() {
            Ok(c) => Ok(c),
            Err(_) => Ok(Cow::Owned(s.to_string_lossy().into_owned())),
        };
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        return Ok(Cow::Owned(mfi_core::decode(b.as_bytes()).into_owned()));
    }
    Err(PyTypeError::new_err(format!(
        "text must be str or bytes, not {}",
        type_name(v)
    )))
}

// ---------------------------------------------------------------------------------------
// Result types

/// A remediation: what to do (`text`) and who (`actor`).
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct Remediation {
    id: RemediationId,
    actor: Actor,
    text: &'static str,
}

#[pymethods]
impl Remediation {
    /// The typed id.
    #[getter]
    fn id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        remediation_obj(py, self.id)
    }
    /// Who must act.
    #[getter]
    fn actor<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        actor_obj(py, self.actor)
    }
    /// What to do, in English.
    #[getter]
    fn text(&self) -> &'static str {
        self.text
    }
    fn __repr__(&self) -> String {
        format!(
            "Remediation(id={:?}, actor={:?}, text={:?})",
            self.id.name(),
            self.actor.name(),
            self.text
        )
    }
    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Remediation>()
            .is_ok_and(|o| o.get().id == self.id)
    }
    fn __hash__(&self) -> u64 {
        self.id.index() as u64
    }
}

/// One reply of a chain.
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct Reply {
    #[pyo3(get)]
    reply_code: Option<u16>,
    #[pyo3(get)]
    enhanced_status: Option<String>,
    #[pyo3(get)]
    text: String,
}

#[pymethods]
impl Reply {
    fn __repr__(&self) -> String {
        format!(
            "Reply(reply_code={}, enhanced_status={}, text={:?})",
            self.reply_code.map_or("None".into(), |c| c.to_string()),
            self.enhanced_status
                .as_ref()
                .map_or("None".into(), |s| format!("{s:?}")),
            self.text
        )
    }
}

/// What the sending queue does next.
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct QueueOutcome {
    q: CoreQueueOutcome,
}

#[pymethods]
impl QueueOutcome {
    /// The profile applied.
    #[getter]
    fn profile<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        profile_obj(py, self.q.profile)
    }
    /// What happens next.
    #[getter]
    fn state<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        state_obj(py, self.q.state)
    }
    /// The retry window.
    #[getter]
    fn retry_window<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        timedelta(py, self.q.retry_window_s)
    }
    /// When delivery was first attempted (UTC).
    #[getter]
    fn first_attempt<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.first_attempt)
    }
    /// The time judged at (UTC).
    #[getter]
    fn now<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.now)
    }
    /// When the message expires (UTC).
    #[getter]
    fn expires_at<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        from_timestamp(py, self.q.expires_at)
    }
    /// Time left until then (zero unless retrying).
    #[getter]
    fn remaining<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        timedelta(py, self.q.remaining_s)
    }
    /// When the sender gets a delay notice, if the profile sends one and it is ahead.
    #[getter]
    fn next_delay_notice<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.q
            .next_delay_notice
            .map(|t| from_timestamp(py, t))
            .transpose()
    }
    /// The contract's `queue` object.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.q.to_json())
    }
    fn __repr__(&self) -> String {
        format!(
            "QueueOutcome(profile={:?}, state={:?}, expires_at={:?}, remaining_s={})",
            self.q.profile.name(),
            self.q.state.name(),
            self.q.expires_at.to_string(),
            self.q.remaining_s
        )
    }
}

fn json_loads<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    static LOADS: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let loads = LOADS.get_or_try_init(py, || -> PyResult<_> {
        Ok(py.import("json")?.getattr("loads")?.unbind())
    })?;
    loads.bind(py).call1((json,))
}

/// The diagnosis of one failure text. Immutable; every attribute is computed from the
/// classification made once.
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct Diagnosis {
    d: OwnedDiagnosis,
}

#[pymethods]
impl Diagnosis {
    /// The text that was classified (after decoding).
    #[getter]
    fn text(&self) -> &str {
        self.d.text()
    }
    /// The basic reply code of the primary reply, or None.
    #[getter]
    fn reply_code(&self) -> Option<u16> {
        self.d.as_diagnosis().reply_code().map(|c| c.get())
    }
    /// The enhanced status of the primary reply (`"4.4.316"`), or None.
    #[getter]
    fn enhanced_status(&self) -> Option<String> {
        self.d
            .as_diagnosis()
            .enhanced_status()
            .map(|s| s.to_string())
    }
    /// The delivery outcome the text states.
    #[getter]
    fn severity<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        severity_obj(py, self.d.as_diagnosis().severity())
    }
    /// The mail flow intelligence code, or None.
    #[getter]
    fn mfi_code<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.d
            .as_diagnosis()
            .mfi_code()
            .map(|c| mfi_code_obj(py, c))
            .transpose()
    }
    /// How the MFI code was found, or None.
    #[getter]
    fn mfi_match<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.d
            .as_diagnosis()
            .mfi_match()
            .map(|m| mfi_match_obj(py, m))
            .transpose()
    }
    /// Whether the message expired in a queue.
    #[getter]
    fn expired(&self) -> bool {
        self.d.as_diagnosis().expired()
    }
    /// The cross-vendor reason.
    #[getter]
    fn reason<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        reason_obj(py, self.d.as_diagnosis().reason())
    }
    /// Likely causes, most likely first.
    #[getter]
    fn causes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .d
            .as_diagnosis()
            .causes()
            .iter()
            .map(|c| cause_obj(py, *c))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// What to do and who, most useful first.
    #[getter]
    fn remediations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .d
            .as_diagnosis()
            .remediations()
            .map(|r| {
                Bound::new(
                    py,
                    Remediation {
                        id: r.id,
                        actor: r.actor,
                        text: r.text,
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Every reply in the text, outermost first.
    #[getter]
    fn chain<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let items = self
            .d
            .as_diagnosis()
            .chain()
            .map(|r| {
                Bound::new(
                    py,
                    Reply {
                        reply_code: r.reply_code.map(|c| c.get()),
                        enhanced_status: r.enhanced_status.map(|s| s.to_string()),
                        text: r.text.to_owned(),
                    },
                )
            })
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }
    /// Values pulled out of the text, by snake_case key.
    #[getter]
    fn attributes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in self.d.as_diagnosis().attributes() {
            d.set_item(k.name(), v)?;
        }
        Ok(d)
    }
    /// The queue outcome, when a profile and times were given.
    #[getter]
    fn queue(&self) -> Option<QueueOutcome> {
        self.d
            .as_diagnosis()
            .queue()
            .map(|q| QueueOutcome { q: *q })
    }
    /// The title of the primary code, or None.
    #[getter]
    fn title(&self) -> Option<&'static str> {
        self.d.as_diagnosis().title()
    }
    /// What the primary code means, or None.
    #[getter]
    fn meaning(&self) -> Option<&'static str> {
        self.d.as_diagnosis().meaning()
    }
    /// The contract's JSON object as a dict (the same as `mfi classify --json`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.d.as_diagnosis().to_json())
    }
    /// The contract's JSON object as a str (the same as `mfi classify --json`).
    fn to_json(&self) -> String {
        self.d.as_diagnosis().to_json()
    }
    /// The report `mfi classify` prints, for input line `number`.
    #[pyo3(signature = (number = 1, color = false))]
    fn render(&self, number: usize, color: bool) -> String {
        self.d.as_diagnosis().render(number, color)
    }
    fn __repr__(&self) -> String {
        let d = self.d.as_diagnosis();
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
        self.d.as_diagnosis().to_json().hash(&mut h);
        h.finish()
    }
}

// ---------------------------------------------------------------------------------------
// Functions

/// Classifies one failure text (str or bytes).
#[pyfunction]
#[pyo3(signature = (text, *, connector = None, profile = None, first_attempt = None, now = None))]
fn classify(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
) -> PyResult<Diagnosis> {
    let opts = options(py, connector, profile, first_attempt, now)?;
    let text = text_arg(text)?.into_owned();
    let d = if text.len() > 64 * 1024 {
        // Long texts are classified without the GIL.
        py.detach(move || mfi_core::classify_owned(text, &opts))
    } else {
        mfi_core::classify_owned(text, &opts)
    };
    Ok(Diagnosis { d })
}

/// Classifies many texts: copies them into Rust, releases the GIL and classifies on every
/// core; the list keeps the input order.
#[pyfunction]
#[pyo3(signature = (texts, *, connector = None, profile = None, first_attempt = None, now = None))]
fn classify_many(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    connector: Option<&Bound<'_, PyAny>>,
    profile: Option<&Bound<'_, PyAny>>,
    first_attempt: Option<&Bound<'_, PyAny>>,
    now: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyList>> {
    let opts = options(py, connector, profile, first_attempt, now)?;
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
    let mut owned: Vec<String> = Vec::new();
    for item in iter {
        owned.push(text_arg(&item?)?.into_owned());
    }
    let diagnoses = py.detach(move || classify_parallel(owned, &opts));
    let items = diagnoses
        .into_iter()
        .map(|d| Bound::new(py, Diagnosis { d }))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, items)?.unbind())
}

fn classify_parallel(mut texts: Vec<String>, opts: &Options) -> Vec<OwnedDiagnosis> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    if workers < 2 || texts.len() < 256 {
        return texts
            .into_iter()
            .map(|t| mfi_core::classify_owned(t, opts))
            .collect();
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
                        .map(|t| mfi_core::classify_owned(t, opts))
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

/// What the queue does with `diagnosis` under `profile` at `now`.
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
    let q = mfi_core::queue_outcome(&d.get().d.as_diagnosis(), p, f, n);
    Ok(QueueOutcome { q })
}

/// One row of the knowledge table.
#[pyclass(frozen, module = "mfi", skip_from_py_object)]
struct CodeRecord {
    r: mfi_core::knowledge::CodeRecord,
}

#[pymethods]
impl CodeRecord {
    /// The code or codes (`4.4.316`, `5.7.606-649`, `X.1.X`).
    #[getter]
    fn code(&self) -> String {
        self.r.code.to_string()
    }
    /// The table: `mfi`, `exchange` or `iana`.
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
    /// The cross-vendor reason.
    #[getter]
    fn reason<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        reason_obj(py, self.r.reason)
    }
    /// Likely causes.
    #[getter]
    fn causes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let items = self
            .r
            .causes
            .iter()
            .map(|c| cause_obj(py, *c))
            .collect::<PyResult<Vec<_>>>()?;
        PyTuple::new(py, items)
    }
    /// The record as a JSON object (what `mfi codes --json` prints per line).
    fn to_json(&self) -> String {
        self.r.to_json()
    }
    fn __repr__(&self) -> String {
        format!(
            "CodeRecord(code={:?}, source={:?}, title={:?})",
            self.r.code.to_string(),
            self.r.source.name(),
            self.r.title
        )
    }
}

/// Every code mfi knows: the MFI codes, the Exchange table, the IANA registry.
#[pyfunction]
fn codes() -> Vec<CodeRecord> {
    mfi_core::knowledge::catalogue()
        .map(|r| CodeRecord { r })
        .collect()
}

/// The English description of a cause.
#[pyfunction]
fn cause_text(cause: &Bound<'_, PyAny>) -> PyResult<&'static str> {
    let c = name_arg(cause, "cause", Cause::from_name)?;
    Ok(mfi_core::knowledge::cause_info(c).text)
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
    m.add("MfiError", py.get_type::<MfiError>())?;
    m.add("UnknownNameError", py.get_type::<UnknownNameError>())?;
    m.add("TimeError", py.get_type::<TimeError>())?;
    m.add_class::<Diagnosis>()?;
    m.add_class::<Remediation>()?;
    m.add_class::<Reply>()?;
    m.add_class::<QueueOutcome>()?;
    m.add_class::<CodeRecord>()?;
    m.add_function(wrap_pyfunction!(classify, m)?)?;
    m.add_function(wrap_pyfunction!(classify_many, m)?)?;
    m.add_function(wrap_pyfunction!(queue_outcome, m)?)?;
    m.add_function(wrap_pyfunction!(codes, m)?)?;
    m.add_function(wrap_pyfunction!(cause_text, m)?)?;
    m.add_function(wrap_pyfunction!(vocabulary, m)?)?;
    m.add_function(wrap_pyfunction!(_core_time_ns, m)?)?;
    Ok(())
}
