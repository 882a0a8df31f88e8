//! Mail flow intelligence as Apache Arrow columns: an array of failure texts in, one struct
//! row per text out, whose fields are the diagnosis contract's
//! ([`mfi_core::contract::FIELDS`]), typed for data engines.
//!
//! This is what the Python wheel's `classify_arrow` runs (Spark, DuckDB, Polars and pandas
//! hand it Arrow arrays), and what a Rust data tool (DataFusion, Polars, a Parquet writer)
//! uses directly. The texts are read where they lie (zero copy); rows are classified on as
//! many threads as asked for.
//!
//! ```
//! use std::sync::Arc;
//! use arrow_array::{Array, StringArray, StructArray};
//! use arrow_array::cast::AsArray;
//! use mfi_core::Options;
//!
//! let texts = StringArray::from(vec![
//!     Some("450 4.4.316 Connection refused [Message=...] [LastAttemptedServerName=mx.contoso.com]"),
//!     None,
//!     Some("550 5.1.1 User unknown"),
//! ]);
//! let out: StructArray = mfi_arrow::classify(&texts, &Options::default()).unwrap();
//! assert_eq!(out.len(), 3);
//! let code = out.column_by_name("mfi_code").unwrap().as_string::<i32>();
//! assert_eq!(code.value(0), "4.4.316");
//! assert!(out.is_null(1)); // a null text is a null row
//! let reason = out.column_by_name("reason").unwrap().as_string::<i32>();
//! assert_eq!(reason.value(2), "userunknown");
//! assert_eq!(out.fields(), mfi_arrow::schema().fields());
//! ```
//!
//! # The schema
//!
//! [`schema`] derives from the contract: each field a nullable column (a null text gives a
//! row of nulls, and the struct row itself is null), with signed integer types only (Spark
//! has no unsigned ones):
//!
//! | contract kind | Arrow type |
//! |---|---|
//! | integer or null | `int32` |
//! | status `"c.s.d"`, vocabulary name, sentence | `utf8` |
//! | boolean | `bool` |
//! | list of names (`causes`) | `list<utf8>` |
//! | `remediations` | `list<struct<id, actor, text: utf8>>` |
//! | `chain` | `list<struct<reply_code: int32, enhanced_status: utf8, text: utf8>>` |
//! | `attributes` | `struct<one utf8 per AttrKey>` (null where the text has none) |
//! | `queue` | `struct<profile: utf8, retry_window_s: int64, first_attempt, now, expires_at: timestamp[us, UTC], remaining_s: int64, state: utf8, next_delay_notice: timestamp[us, UTC]>` (null unless a queue profile was given) |
//!
//! The schema's metadata carries `mfi.contract` (the contract version it follows, which
//! is also the schema's version: a new column raises the minor version) and each column's
//! metadata its documentation (`mfi.doc`) and, for names, its vocabulary (`mfi.vocabulary`).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::Range;
use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Int32Builder, Int64Builder, ListBuilder, StringBuilder,
    StructBuilder, TimestampMicrosecondBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch, StructArray};
use arrow_buffer::NullBuffer;
use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};
use mfi_core::contract::{self, Kind, Value, Vocabulary, FIELDS};
use mfi_core::{classify_bytes, classify_with, Diagnosis, Options, Timestamp};

/// Why a column of texts cannot be classified.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The array is not one of strings or bytes.
    #[error(
        "texts must be an Arrow array of strings (utf8, large_utf8, utf8_view) or bytes \
         (binary, large_binary, binary_view), not {0}"
    )]
    UnsupportedType(DataType),
}

/// The schema of the rows [`classify`] returns: the contract's fields, in its order.
///
/// ```
/// let s = mfi_arrow::schema();
/// assert_eq!(s.field(0).name(), "reply_code");
/// assert_eq!(s.metadata()["mfi.contract"], mfi_core::contract::VERSION);
/// ```
pub fn schema() -> Schema {
    let meta = HashMap::from([("mfi.contract".to_string(), contract::VERSION.to_string())]);
    Schema::new_with_metadata(fields(), meta)
}

fn fields() -> Fields {
    FIELDS
        .iter()
        .map(|f| {
            let mut meta = HashMap::from([("mfi.doc".to_string(), f.doc.to_string())]);
            if let Kind::Name(v) | Kind::OptName(v) | Kind::Names(v) = f.kind {
                meta.insert("mfi.vocabulary".into(), v.type_name().into());
            }
            Field::new(f.name, data_type(f.kind), true).with_metadata(meta)
        })
        .collect()
}

/// The element of a list column (Arrow's conventional name, never null).
fn item(t: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", t, false))
}

fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

fn timestamp(name: &str, nullable: bool) -> Field {
    Field::new(
        name,
        DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
        nullable,
    )
}

/// A remediation object: the names of [`contract::REMEDIATION_FIELDS`].
fn remediation_fields() -> Fields {
    Fields::from(vec![
        utf8("id", false),
        utf8("actor", false),
        utf8("text", false),
    ])
}

/// A reply object: the names of [`contract::REPLY_FIELDS`].
fn reply_fields() -> Fields {
    Fields::from(vec![
        Field::new("reply_code", DataType::Int32, true),
        utf8("enhanced_status", true),
        utf8("text", false),
    ])
}

/// The queue object: the names of [`contract::QUEUE_FIELDS`].
fn queue_fields() -> Fields {
    Fields::from(vec![
        utf8("profile", false),
        Field::new("retry_window_s", DataType::Int64, false),
        timestamp("first_attempt", false),
        timestamp("now", false),
        timestamp("expires_at", false),
        Field::new("remaining_s", DataType::Int64, false),
        utf8("state", false),
        timestamp("next_delay_notice", true),
    ])
}

/// One nullable string per attribute key.
fn attribute_fields() -> Fields {
    Vocabulary::AttrKey
        .names()
        .iter()
        .map(|k| utf8(k, true))
        .collect()
}

fn data_type(kind: Kind) -> DataType {
    match kind {
        Kind::OptInteger => DataType::Int32,
        Kind::Bool => DataType::Boolean,
        Kind::Names(_) => DataType::List(item(DataType::Utf8)),
        Kind::Remediations => DataType::List(item(DataType::Struct(remediation_fields()))),
        Kind::Chain => DataType::List(item(DataType::Struct(reply_fields()))),
        Kind::Attributes => DataType::Struct(attribute_fields()),
        Kind::Queue => DataType::Struct(queue_fields()),
        // Statuses, names, sentences; and a kind a newer core adds, until it has a column
        // type of its own (a test checks that every field has one).
        _ => DataType::Utf8,
    }
}

/// One column being built.
enum Column {
    Int(Int32Builder),
    Str(StringBuilder),
    Bool(BooleanBuilder),
    Names(ListBuilder<StringBuilder>),
    Objects(ListBuilder<StructBuilder>),
    Struct(StructBuilder),
}

impl Column {
    fn new(kind: Kind, rows: usize) -> Column {
        let list = |fields: Fields| {
            ListBuilder::with_capacity(StructBuilder::from_fields(fields.clone(), rows), rows)
                .with_field(item(DataType::Struct(fields)))
        };
        match data_type(kind) {
            DataType::Int32 => Column::Int(Int32Builder::with_capacity(rows)),
            DataType::Boolean => Column::Bool(BooleanBuilder::with_capacity(rows)),
            DataType::List(f) => match f.data_type() {
                DataType::Struct(fields) => Column::Objects(list(fields.clone())),
                _ => Column::Names(
                    ListBuilder::with_capacity(StringBuilder::new(), rows)
                        .with_field(item(DataType::Utf8)),
                ),
            },
            DataType::Struct(fields) => Column::Struct(StructBuilder::from_fields(fields, rows)),
            _ => Column::Str(StringBuilder::with_capacity(rows, rows * 8)),
        }
    }

    fn push(&mut self, v: Value<'_, '_>) {
        match (self, v) {
            (Column::Int(b), Value::Integer(n)) => b.append_value(i32::from(n)),
            (Column::Str(b), Value::Name(s) | Value::Text(s)) => b.append_value(s),
            (Column::Str(b), Value::Status(st)) => {
                let _ = write!(b, "{st}");
                b.append_value("");
            }
            (Column::Bool(b), Value::Bool(x)) => b.append_value(x),
            (Column::Names(b), Value::Causes(list)) => {
                for c in list {
                    b.values().append_value(c.name());
                }
                b.append(true);
            }
            (Column::Objects(b), Value::Remediations(d)) => {
                for r in d.remediations() {
                    let s = b.values();
                    string(s, 0).append_value(r.id.name());
                    string(s, 1).append_value(r.actor.name());
                    string(s, 2).append_value(r.text);
                    s.append(true);
                }
                b.append(true);
            }
            (Column::Objects(b), Value::Chain(d)) => {
                for r in d.chain() {
                    let s = b.values();
                    let code = r.reply_code.map(|c| i32::from(c.get()));
                    child::<Int32Builder>(s, 0).append_option(code);
                    let st = string(s, 1);
                    match r.enhanced_status {
                        Some(st_) => {
                            let _ = write!(st, "{st_}");
                            st.append_value("");
                        }
                        None => st.append_null(),
                    }
                    string(s, 2).append_value(r.text);
                    s.append(true);
                }
                b.append(true);
            }
            (Column::Struct(b), Value::Attributes(d)) => {
                for i in 0..b.num_fields() {
                    let v = d.attributes().find(|(k, _)| k.index() == i).map(|(_, v)| v);
                    string(b, i).append_option(v);
                }
                b.append(true);
            }
            (Column::Struct(b), Value::Queue(q)) => {
                let micros = |t: Timestamp| t.unix().saturating_mul(1_000_000);
                string(b, 0).append_value(q.profile.name());
                child::<Int64Builder>(b, 1).append_value(q.retry_window_s);
                child::<TimestampMicrosecondBuilder>(b, 2).append_value(micros(q.first_attempt));
                child::<TimestampMicrosecondBuilder>(b, 3).append_value(micros(q.now));
                child::<TimestampMicrosecondBuilder>(b, 4).append_value(micros(q.expires_at));
                child::<Int64Builder>(b, 5).append_value(q.remaining_s);
                string(b, 6).append_value(q.state.name());
                child::<TimestampMicrosecondBuilder>(b, 7)
                    .append_option(q.next_delay_notice.map(micros));
                b.append(true);
            }
            // Null, Absent (no queue asked for), or a value a newer core adds.
            (c, _) => c.push_null(),
        }
    }

    fn push_null(&mut self) {
        match self {
            Column::Int(b) => b.append_null(),
            Column::Str(b) => b.append_null(),
            Column::Bool(b) => b.append_null(),
            Column::Names(b) => b.append(false),
            Column::Objects(b) => b.append(false),
            Column::Struct(b) => struct_null(b),
        }
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            Column::Int(b) => Arc::new(b.finish()),
            Column::Str(b) => Arc::new(b.finish()),
            Column::Bool(b) => Arc::new(b.finish()),
            Column::Names(b) => Arc::new(b.finish()),
            Column::Objects(b) => Arc::new(b.finish()),
            Column::Struct(b) => Arc::new(b.finish()),
        }
    }
}

/// The `i`th child of a struct builder, of the type [`StructBuilder::from_fields`] made for
/// its field.
fn child<T: ArrayBuilder>(b: &mut StructBuilder, i: usize) -> &mut T {
    b.field_builder::<T>(i)
        .expect("the child builder is of its field's type")
}

fn string(b: &mut StructBuilder, i: usize) -> &mut StringBuilder {
    child(b, i)
}

/// A null row of a struct column: every child gets a null too (the children of the
/// attribute and queue structs are strings, integers and timestamps).
fn struct_null(b: &mut StructBuilder) {
    for i in 0..b.num_fields() {
        if let Some(s) = b.field_builder::<StringBuilder>(i) {
            s.append_null();
        } else if let Some(n) = b.field_builder::<Int64Builder>(i) {
            n.append_null();
        } else if let Some(t) = b.field_builder::<TimestampMicrosecondBuilder>(i) {
            t.append_null();
        }
    }
    b.append(false);
}

/// The rows being built: one column per contract field.
struct Rows {
    columns: Vec<Column>,
    nulls: Vec<bool>,
}

impl Rows {
    fn new(rows: usize) -> Rows {
        Rows {
            columns: FIELDS.iter().map(|f| Column::new(f.kind, rows)).collect(),
            nulls: Vec::with_capacity(rows),
        }
    }

    fn push(&mut self, d: &Diagnosis<'_>) {
        for (c, f) in self.columns.iter_mut().zip(FIELDS) {
            c.push(d.value(f.field));
        }
        self.nulls.push(true);
    }

    fn push_null(&mut self) {
        for c in &mut self.columns {
            c.push_null();
        }
        self.nulls.push(false);
    }

    fn finish(mut self) -> StructArray {
        let columns = self.columns.iter_mut().map(Column::finish).collect();
        let nulls = NullBuffer::from(self.nulls);
        let nulls = (nulls.null_count() > 0).then_some(nulls);
        StructArray::new(fields(), columns, nulls)
    }
}

/// A column of texts, read in place.
#[derive(Clone, Copy)]
enum Texts<'a> {
    Utf8(&'a arrow_array::StringArray),
    LargeUtf8(&'a arrow_array::LargeStringArray),
    Utf8View(&'a arrow_array::StringViewArray),
    Binary(&'a arrow_array::BinaryArray),
    LargeBinary(&'a arrow_array::LargeBinaryArray),
    BinaryView(&'a arrow_array::BinaryViewArray),
    Null,
}

enum Text<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Texts<'a> {
    fn of(a: &'a dyn Array) -> Result<Texts<'a>, Error> {
        Ok(match a.data_type() {
            DataType::Utf8 => Texts::Utf8(a.as_string()),
            DataType::LargeUtf8 => Texts::LargeUtf8(a.as_string()),
            DataType::Utf8View => Texts::Utf8View(a.as_string_view()),
            DataType::Binary => Texts::Binary(a.as_binary()),
            DataType::LargeBinary => Texts::LargeBinary(a.as_binary()),
            DataType::BinaryView => Texts::BinaryView(a.as_binary_view()),
            DataType::Null => Texts::Null,
            other => return Err(Error::UnsupportedType(other.clone())),
        })
    }

    fn get(self, i: usize, array: &dyn Array) -> Option<Text<'a>> {
        if array.is_null(i) {
            return None;
        }
        Some(match self {
            Texts::Utf8(a) => Text::Str(a.value(i)),
            Texts::LargeUtf8(a) => Text::Str(a.value(i)),
            Texts::Utf8View(a) => Text::Str(a.value(i)),
            Texts::Binary(a) => Text::Bytes(a.value(i)),
            Texts::LargeBinary(a) => Text::Bytes(a.value(i)),
            Texts::BinaryView(a) => Text::Bytes(a.value(i)),
            Texts::Null => return None,
        })
    }
}

/// Classifies rows `range` of `texts` (whose type [`Texts::of`] accepted).
fn build(texts: &dyn Array, range: Range<usize>, options: &Options) -> StructArray {
    let kinds = Texts::of(texts).expect("the type was checked");
    let mut rows = Rows::new(range.len());
    for i in range {
        match kinds.get(i, texts) {
            Some(Text::Str(s)) => rows.push(&classify_with(s, options)),
            Some(Text::Bytes(b)) => rows.push(&classify_bytes(b, options).as_diagnosis()),
            None => rows.push_null(),
        }
    }
    rows.finish()
}

/// Classifies every text of an array of strings or bytes (`utf8`, `large_utf8`,
/// `utf8_view`, `binary`, `large_binary`, `binary_view`, or `null`), on the calling thread:
/// one row of [`schema`] per text, a null row for a null text. Bytes that are not UTF-8
/// are read as every front end reads them (U+FFFD).
///
/// # Errors
///
/// [`Error::UnsupportedType`] for an array of another type.
pub fn classify(texts: &dyn Array, options: &Options) -> Result<StructArray, Error> {
    classify_chunks(&[texts], options, 1)
}

/// Classifies the texts of several arrays (the chunks of one column) on up to `threads`
/// threads: one struct array with one row per text, in order.
///
/// ```
/// use arrow_array::{Array, StringArray};
/// let a = StringArray::from(vec!["450 4.4.312 DNS query failed"; 3000]);
/// let b = StringArray::from(vec!["250 2.0.0 OK"; 10]);
/// let rows = mfi_arrow::classify_chunks(&[&a, &b], &Default::default(), 2).unwrap();
/// assert_eq!(rows.len(), 3010);
/// ```
///
/// # Errors
///
/// [`Error::UnsupportedType`] when a chunk is not of strings or bytes.
pub fn classify_chunks(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
) -> Result<StructArray, Error> {
    for c in chunks {
        Texts::of(*c)?;
    }
    let total: usize = chunks.iter().map(|c| c.len()).sum();
    // Each thread takes a run of about total/threads rows, which may span chunks; small
    // inputs are not worth a thread.
    let threads = threads.clamp(1, total.div_ceil(MIN_ROWS_PER_THREAD).max(1));
    let share = total.div_ceil(threads).max(1);
    let mut work: Vec<Vec<(usize, Range<usize>)>> = vec![Vec::new(); threads];
    let mut at = 0;
    for (c, chunk) in chunks.iter().enumerate() {
        let mut start = 0;
        while start < chunk.len() {
            let t = at / share;
            let end = chunk.len().min(start + (share * (t + 1) - at));
            work[t].push((c, start..end));
            at += end - start;
            start = end;
        }
    }
    let parts: Vec<StructArray> = if threads == 1 {
        work[0]
            .iter()
            .map(|(c, r)| build(chunks[*c], r.clone(), options))
            .collect()
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = work
                .iter()
                .map(|runs| {
                    s.spawn(move || {
                        runs.iter()
                            .map(|(c, r)| build(chunks[*c], r.clone(), options))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().expect("classification does not panic"))
                .collect()
        })
    };
    Ok(match parts.len() {
        0 => Rows::new(0).finish(),
        1 => parts.into_iter().next().expect("one part"),
        _ => {
            let refs: Vec<&dyn Array> = parts.iter().map(|p| p as &dyn Array).collect();
            arrow_select::concat::concat(&refs)
                .expect("the parts share one schema")
                .as_struct()
                .clone()
        }
    })
}

/// Below this many rows per thread, another thread costs more than it saves.
const MIN_ROWS_PER_THREAD: usize = 1024;

/// The rows of [`classify`] as a record batch (one column per contract field), for engines
/// that take batches (Spark's `mapInArrow`, a Parquet writer). A null text's row is nulls.
///
/// # Errors
///
/// As [`classify`].
pub fn classify_batch(texts: &dyn Array, options: &Options) -> Result<RecordBatch, Error> {
    let rows = classify(texts, options)?;
    let (_, columns, _) = rows.into_parts();
    Ok(RecordBatch::try_new(Arc::new(schema()), columns).expect("the columns follow the schema"))
}
