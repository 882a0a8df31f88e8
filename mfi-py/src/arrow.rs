//! `classify_arrow`: Arrow arrays in and out through the Arrow PyCapsule interface
//! (`__arrow_c_array__`, `__arrow_c_stream__`, `__arrow_c_schema__`), so that pyarrow,
//! Polars, DuckDB, pandas and Spark hand their columns over without a copy and without
//! mfi depending on any of them at build time.

use arrow_array::ffi::{from_ffi, to_ffi, FFI_ArrowArray, FFI_ArrowSchema};
use arrow_array::ffi_stream::FFI_ArrowArrayStream;
use arrow_array::{make_array, Array, ArrayRef, StructArray};
use arrow_schema::DataType;
use pyo3::exceptions::{PyImportError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyTuple};
use std::ffi::CString;

use mfi_core::contract;

use crate::{options, type_name};

fn arrow_error(e: impl std::fmt::Display) -> PyErr {
    PyValueError::new_err(format!("cannot read the Arrow data: {e}"))
}

fn capsule<'py, T>(c: &Bound<'py, PyAny>, name: &std::ffi::CStr) -> PyResult<std::ptr::NonNull<T>> {
    let c = c.cast::<PyCapsule>().map_err(|_| {
        PyTypeError::new_err(format!(
            "the Arrow PyCapsule interface returned {}, not a capsule",
            type_name(c)
        ))
    })?;
    Ok(c.pointer_checked(Some(name))?.cast::<T>())
}

/// Imports an array from `__arrow_c_array__`'s (schema, array) capsules: the array is moved
/// out of its capsule, its buffers stay where they are.
fn import_array(pair: &Bound<'_, PyAny>) -> PyResult<ArrayRef> {
    let pair = pair.cast::<PyTuple>().map_err(|_| {
        PyTypeError::new_err("__arrow_c_array__ must return a (schema, array) tuple")
    })?;
    if pair.len() != 2 {
        return Err(PyTypeError::new_err(
            "__arrow_c_array__ must return a (schema, array) tuple",
        ));
    }
    let schema = capsule::<FFI_ArrowSchema>(&pair.get_item(0)?, c"arrow_schema")?;
    let array = capsule::<FFI_ArrowArray>(&pair.get_item(1)?, c"arrow_array")?;
    // SAFETY: the capsules' names promise the C data interface's structs; the array is moved
    // out (its capsule keeps a released one), the schema is only read.
    let data = unsafe {
        let array = FFI_ArrowArray::from_raw(array.as_ptr());
        from_ffi(array, schema.as_ref())
    }
    .map_err(arrow_error)?;
    Ok(make_array(data))
}

/// Reads every chunk of an `__arrow_c_stream__` capsule. The stream's schema may be of any
/// type (a column's stream is of strings, not of a struct, which arrow's own reader wants).
fn import_stream(cap: &Bound<'_, PyAny>) -> PyResult<Vec<ArrayRef>> {
    let p = capsule::<FFI_ArrowArrayStream>(cap, c"arrow_array_stream")?;
    // SAFETY: the capsule's name promises an ArrowArrayStream; it is moved out here and
    // released when `stream` drops.
    let mut stream = unsafe { FFI_ArrowArrayStream::from_raw(p.as_ptr()) };
    let error = |stream: &mut FFI_ArrowArrayStream, code: i32| -> PyErr {
        let message = stream
            .get_last_error
            // SAFETY: the stream is live; the producer owns the message.
            .map(|f| unsafe { f(stream) })
            .filter(|m| !m.is_null())
            .map(|m| {
                unsafe { std::ffi::CStr::from_ptr(m) }
                    .to_string_lossy()
                    .into_owned()
            })
            .unwrap_or_else(|| format!("error {code}"));
        arrow_error(message)
    };
    let (Some(get_schema), Some(get_next)) = (stream.get_schema, stream.get_next) else {
        return Err(arrow_error("the stream was already released"));
    };
    let mut schema = FFI_ArrowSchema::empty();
    // SAFETY: a live stream and an empty schema to fill (the C stream interface).
    let code = unsafe { get_schema(&mut stream, &mut schema) };
    if code != 0 {
        return Err(error(&mut stream, code));
    }
    let mut chunks = Vec::new();
    loop {
        let mut array = FFI_ArrowArray::empty();
        // SAFETY: as above; a released array marks the end of the stream.
        let code = unsafe { get_next(&mut stream, &mut array) };
        if code != 0 {
            return Err(error(&mut stream, code));
        }
        if array.is_released() {
            return Ok(chunks);
        }
        // SAFETY: the array the stream produced, of the stream's schema.
        let data = unsafe { from_ffi(array, &schema) }.map_err(arrow_error)?;
        chunks.push(make_array(data));
    }
}

/// The chunks of the texts, from whatever the caller has: an object of the Arrow PyCapsule
/// interface (pyarrow arrays and chunked arrays, Polars series, pandas ≥ 2.2 series,
/// nanoarrow, ...), an object with `__arrow_array__` (pandas' Arrow-backed arrays), or a
/// sequence of str/bytes/None that pyarrow turns into an array.
fn import_texts(py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<Vec<ArrayRef>> {
    import_texts_within(py, texts, 2)
}

/// `import_texts`, where `hops` bounds how many times one object may hand over another
/// (`__arrow_array__`, or pyarrow making an array of a sequence): one that hands over
/// itself is an error, not a stack overflow.
fn import_texts_within(
    py: Python<'_>,
    texts: &Bound<'_, PyAny>,
    hops: u8,
) -> PyResult<Vec<ArrayRef>> {
    let hop = |next: Bound<'_, PyAny>| match hops.checked_sub(1) {
        Some(left) => import_texts_within(py, &next, left),
        None => Err(PyTypeError::new_err(format!(
            "texts must be Arrow data: {} handed over no Arrow array",
            type_name(texts)
        ))),
    };
    let chunks = if texts.hasattr("__arrow_c_array__")? {
        vec![import_array(&texts.call_method0("__arrow_c_array__")?)?]
    } else if texts.hasattr("__arrow_c_stream__")? {
        import_stream(&texts.call_method0("__arrow_c_stream__")?)?
    } else if texts.hasattr("__arrow_array__")? {
        return hop(texts.call_method0("__arrow_array__")?);
    } else if texts.is_instance_of::<pyo3::types::PyString>()
        || texts.is_instance_of::<pyo3::types::PyBytes>()
    {
        return Err(PyTypeError::new_err(
            "texts must be an Arrow array of strings (or a sequence of str), not a single str or bytes",
        ));
    } else {
        let pa = pyarrow(py)?;
        let array = pa.call_method1("array", (texts,)).map_err(|e| {
            PyTypeError::new_err(format!(
                "texts must be an Arrow array of strings, or a sequence pyarrow can make one of \
                 ({} given: {e})",
                type_name(texts)
            ))
        })?;
        return hop(array);
    };
    // A table or record batch of one column (a Polars or pyarrow table of the texts).
    chunks
        .into_iter()
        .map(|c| match c.data_type() {
            DataType::Struct(f) if f.len() == 1 => Ok(c
                .as_any()
                .downcast_ref::<StructArray>()
                .expect("a struct")
                .column(0)
                .clone()),
            DataType::Struct(f) => Err(PyTypeError::new_err(format!(
                "texts must be one column of strings, not a table of {} columns",
                f.len()
            ))),
            _ => Ok(c),
        })
        .collect()
}

fn pyarrow(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    py.import("pyarrow").map_err(|_| {
        PyImportError::new_err(
            "classify_arrow returns a pyarrow array: install pyarrow (pip install 'mfi[arrow]')",
        )
    })
}

/// Rows of diagnoses held for export through `__arrow_c_array__` (consumers copy nothing).
#[pyclass(module = "mfi._mfi", name = "_ArrowRows", frozen)]
pub struct ArrowRows {
    rows: StructArray,
}

fn export_schema(py: Python<'_>, schema: FFI_ArrowSchema) -> PyResult<Bound<'_, PyCapsule>> {
    PyCapsule::new(py, schema, Some(CString::from(c"arrow_schema")))
}

#[pymethods]
impl ArrowRows {
    /// The Arrow PyCapsule interface: (schema, array) capsules of the rows.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_array__<'py>(
        &self,
        py: Python<'py>,
        requested_schema: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyTuple>> {
        let _ = requested_schema; // the rows have one schema; a consumer may cast
        let (array, schema) = to_ffi(&self.rows.to_data()).map_err(arrow_error)?;
        let array = PyCapsule::new(py, array, Some(CString::from(c"arrow_array")))?;
        PyTuple::new(
            py,
            [export_schema(py, schema)?.into_any(), array.into_any()],
        )
    }

    fn __len__(&self) -> usize {
        self.rows.len()
    }
}

/// A schema of mfi's Arrow rows, exported through `__arrow_c_schema__`.
#[pyclass(module = "mfi._mfi", name = "_ArrowSchema", frozen)]
pub struct ArrowSchema {
    /// The schema of message rows (whose diagnoses have `columns`), or of diagnosis rows.
    messages: bool,
    columns: Option<Vec<contract::Field>>,
}

#[pymethods]
impl ArrowSchema {
    /// The Arrow PyCapsule interface: the schema (with its metadata) as a capsule.
    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        let schema = match (self.messages, &self.columns) {
            (true, Some(c)) => mfi_arrow::message_schema_of(c),
            (true, None) => Ok(mfi_arrow::message_schema()),
            (false, Some(c)) => mfi_arrow::schema_of(c),
            (false, None) => Ok(mfi_arrow::schema()),
        };
        let schema = schema.map_err(|e| PyValueError::new_err(e.to_string()))?;
        export_schema(py, FFI_ArrowSchema::try_from(&schema).map_err(arrow_error)?)
    }
}

/// The schema of :func:`classify_arrow`'s rows of ``columns`` (or, with ``messages``, of
/// :func:`read_messages_arrow`'s, whose diagnoses have ``columns``), as an object of the
/// Arrow PyCapsule interface (``pyarrow.schema(...)`` of it is ``mfi.ARROW_SCHEMA`` /
/// ``mfi.MESSAGE_ARROW_SCHEMA`` for every column, ``mfi.arrow_schema(columns)``).
#[pyfunction]
#[pyo3(signature = (messages = false, columns = None))]
pub fn _arrow_schema(messages: bool, columns: Option<&Bound<'_, PyAny>>) -> PyResult<ArrowSchema> {
    let columns = columns_arg(columns)?;
    if let Some(c) = &columns {
        // (Checked here, so that a bad list fails where it is given.)
        mfi_arrow::schema_of(c).map_err(|e| PyValueError::new_err(e.to_string()))?;
    }
    Ok(ArrowSchema { messages, columns })
}

/// Classifies a column of texts given as Arrow data: one row of the contract's fields per
/// text, as a ``pyarrow.StructArray`` of ``mfi.ARROW_SCHEMA``.
///
/// The texts are read where they lie (no copy), the GIL is released and ``threads`` cores
/// (all by default) classify them. A null text gives a null row.
///
/// Args:
///     texts: a string (``string``, ``large_string``, ``string_view``) or binary array,
///         or a dictionary of them (a Polars ``Categorical``, ``dictionary_encode()``: each
///         distinct text is classified once):
///         a ``pyarrow.Array`` or ``ChunkedArray``, a Polars ``Series``, a pandas Series
///         of ``pd.ArrowDtype``, any object of the Arrow PyCapsule interface, a table of one
///         column, or a sequence of str/bytes/None.
///     connector, profile, first_attempt, now, max_len, origin, locale, stated_severity:
///         as for ``classify``, for every row.
///     threads: how many threads classify (default: every core).
///     columns: the names of the fields to build (``["mfi_code", "reason"]``), in the
///         order wanted; every field of ``mfi.ARROW_SCHEMA`` by default. Fields not asked
///         for are not written, which makes a query of a few columns much cheaper (the
///         sentences of ``meaning`` and of the remediations are most of a row's bytes).
///     rechunk: join the threads' rows into one array (the default). ``False`` returns
///         them as a ``pyarrow.ChunkedArray`` (in order, a chunk for each run of rows a
///         thread classified: one a thread for an input of one chunk) without copying
///         every row once more: for full rows on two cores a fifth to a quarter less
///         time, and half the memory at the peak (a million lines of the real-world mix:
///         0.75 GB of rows instead of 1.5 GB). For a consumer that takes chunks (Polars,
///         a ``pyarrow.Table``, DuckDB).
///
/// Returns:
///     A ``pyarrow.StructArray`` (``pyarrow.RecordBatch.from_struct_array`` makes it a
///     batch) whose fields are those of ``mfi.ARROW_SCHEMA`` (or the ``columns`` asked for).
///     With ``rechunk=False``, a ``pyarrow.ChunkedArray`` of such struct arrays. Rows
///     that hold more text in a column than one Arrow array can (2 GiB: about seven
///     million lines of a mail log with every column) come as a ``pyarrow.ChunkedArray``
///     whatever ``rechunk`` says, as ``pyarrow.array`` does with too much data.
///
/// Raises:
///     TypeError: the texts are not of strings or bytes, or ``columns`` is not a sequence
///     of str. ImportError: pyarrow is not installed. mfi.UnknownNameError: a column that
///     the schema does not have. ValueError: no columns, or one named twice; and as
///     ``classify`` (as are mfi.UnknownNameError and mfi.TimeError for the options).
///
/// >>> import pyarrow as pa
/// >>> rows = mfi.classify_arrow(pa.array(["450 4.4.316 Connection refused", None]))
/// >>> rows.field("mfi_code").to_pylist()
/// ['4.4.316', None]
/// >>> mfi.classify_arrow(pa.array(["550 5.1.1 User unknown"]), columns=["reason", "severity"]).to_pylist()
/// [{'reason': 'userunknown', 'severity': 'permanent'}]
#[pyfunction]
#[pyo3(signature = (texts, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, origin = None, locale = None, threads = None, columns = None, rechunk = true, stated_severity = None))]
#[allow(clippy::too_many_arguments)]
pub fn classify_arrow<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    connector: Option<&Bound<'py, PyAny>>,
    profile: Option<&Bound<'py, PyAny>>,
    first_attempt: Option<&Bound<'py, PyAny>>,
    now: Option<&Bound<'py, PyAny>>,
    max_len: Option<usize>,
    origin: Option<&Bound<'py, PyAny>>,
    locale: Option<&str>,
    threads: Option<usize>,
    columns: Option<&Bound<'py, PyAny>>,
    rechunk: bool,
    stated_severity: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let columns = columns_arg(columns)?;
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
    rows_of(py, texts, threads, rechunk, |refs, threads| {
        mfi_arrow::classify_parts(refs, &opts, threads, columns.as_deref())
    })
}

/// `columns=`: contract field names, `None` for every field.
fn columns_arg(columns: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<contract::Field>>> {
    crate::field_names(columns, "columns", "column")
}

fn threads_arg(threads: Option<usize>) -> PyResult<usize> {
    match threads {
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => Ok(n),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// Imports `input`, runs `f` on its chunks with the GIL released, and returns the rows as a
/// pyarrow array: the parts `f` gives joined (`rechunk`) unless they hold more text than
/// one array can (2 GiB in a column), else a pyarrow chunked array of them (as
/// `pyarrow.array` gives too much data).
fn rows_of<'py, F>(
    py: Python<'py>,
    input: &Bound<'py, PyAny>,
    threads: Option<usize>,
    rechunk: bool,
    f: F,
) -> PyResult<Bound<'py, PyAny>>
where
    F: FnOnce(&[&dyn Array], usize) -> Result<Vec<StructArray>, mfi_arrow::Error> + Send,
{
    let threads = threads_arg(threads)?;
    let pa = pyarrow(py)?;
    let chunks = import_texts(py, input)?;
    let rows = py.detach(|| {
        let refs: Vec<&dyn Array> = chunks.iter().map(|c| c.as_ref()).collect();
        let parts = f(&refs, threads)?;
        if !rechunk {
            return Ok(Err(parts));
        }
        Ok(match mfi_arrow::join(&parts, threads) {
            Ok(rows) => Ok(rows),
            Err(mfi_arrow::Error::TooLarge(_)) => Err(parts),
            Err(e) => return Err(e),
        })
    });
    drop(chunks);
    let rows = rows.map_err(|e| match e {
        mfi_arrow::Error::UnsupportedType(_) => PyTypeError::new_err(e.to_string()),
        _ => PyValueError::new_err(e.to_string()),
    })?;
    let array =
        |rows: StructArray| pa.call_method1("array", (Bound::new(py, ArrowRows { rows })?,));
    match rows {
        Ok(rows) => array(rows),
        Err(parts) => {
            let arrays = parts.into_iter().map(array).collect::<PyResult<Vec<_>>>()?;
            pa.call_method1("chunked_array", (arrays,))
        }
    }
}

/// Reads a column of whole messages (bounces, delay notices, NDRs, auto-replies, ...) given
/// as Arrow data: one row per recipient a message reports on, as a ``pyarrow.StructArray``
/// of ``mfi.MESSAGE_ARROW_SCHEMA``: ``message`` (the input row's index), the report's
/// fields, the recipient's, and its ``diagnosis`` (a struct of ``mfi.ARROW_SCHEMA``'s
/// fields). A message about no one (an auto-reply, a message that is not a report) and a
/// null row give one row without a recipient.
///
/// Args:
///     messages: a binary (or string) array of whole messages as stored (LF, CRLF or CR
///         line ends, with or without an mbox ``From `` line), in any shape
///         ``classify_arrow`` takes.
///     connector, profile, first_attempt, now, max_len, max_message_len, origin, locale: as
///         for ``mfi.read_message``, for every message.
///     threads: how many threads read (default: every core).
///     rechunk: as for ``classify_arrow``.
///     diagnosis_columns: the fields of ``diagnosis`` to build, in the order wanted (as
///         ``classify_arrow``'s ``columns``); every field by default.
///
/// Returns:
///     A ``pyarrow.StructArray`` (of ``mfi.arrow_schema(diagnosis_columns, messages=True)``);
///     a ``pyarrow.ChunkedArray`` of them with ``rechunk=False`` or for more text in a
///     column than one array holds, as ``classify_arrow``.
///
/// Raises:
///     TypeError: the messages are not bytes or strings. ImportError: pyarrow is not
///     installed. ValueError, mfi.UnknownNameError, mfi.TimeError: as ``read_message``,
///     and as ``classify_arrow`` for ``diagnosis_columns``.
///
/// >>> import pyarrow as pa
/// >>> bounce = (b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n"
/// ...           b"<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n")
/// >>> rows = mfi.read_messages_arrow(pa.array([bounce, b"Subject: hi\r\n\r\nhello\r\n"]))
/// >>> rows.field("recipient").to_pylist(), rows.field("kind").to_pylist()
/// (['kijitora@example.org', None], ['bounce', 'not_a_report'])
#[pyfunction]
#[pyo3(signature = (messages, *, connector = None, profile = None, first_attempt = None, now = None, max_len = None, max_message_len = None, origin = None, locale = None, threads = None, diagnosis_columns = None, rechunk = true))]
#[allow(clippy::too_many_arguments)]
pub fn read_messages_arrow<'py>(
    py: Python<'py>,
    messages: &Bound<'py, PyAny>,
    connector: Option<&Bound<'py, PyAny>>,
    profile: Option<&Bound<'py, PyAny>>,
    first_attempt: Option<&Bound<'py, PyAny>>,
    now: Option<&Bound<'py, PyAny>>,
    max_len: Option<usize>,
    max_message_len: Option<usize>,
    origin: Option<&Bound<'py, PyAny>>,
    locale: Option<&str>,
    threads: Option<usize>,
    diagnosis_columns: Option<&Bound<'py, PyAny>>,
    rechunk: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let columns = columns_arg(diagnosis_columns)?;
    let opts = crate::mail::read_options(
        py,
        connector,
        profile,
        first_attempt,
        now,
        max_len,
        max_message_len,
        (origin, locale),
    )?;
    rows_of(py, messages, threads, rechunk, |refs, threads| {
        mfi_arrow::read_messages_parts(refs, &opts, threads, columns.as_deref())
    })
}
