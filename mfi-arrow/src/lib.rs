//! Mail flow intelligence as Apache Arrow columns: an array of failure texts in, one struct
//! row per text out, whose fields are the diagnosis contract's
//! ([`mfi_core::contract::FIELDS`]), typed for data engines.
//!
//! This is what the Python wheel's `classify_arrow` runs (Spark, DuckDB, Polars and pandas
//! hand it Arrow arrays), and what a Rust data tool (DataFusion, Polars, a Parquet writer)
//! uses directly. The texts are read where they lie (zero copy); rows are classified on as
//! many threads as asked for. [`classify_columns`] builds only the columns a query reads
//! (most of a full row's bytes are the knowledge sentences, and writing them is a large
//! part of the cost).
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

mod messages;
pub use messages::{
    message_schema, message_schema_of, read_messages, read_messages_columns, read_messages_parts,
};

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use arrow_array::builder::{
    ArrayBuilder, BooleanBuilder, Int32Builder, Int64Builder, StringBuilder,
    TimestampMicrosecondBuilder,
};
use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, ListArray, RecordBatch, StructArray};
use arrow_buffer::{NullBuffer, NullBufferBuilder, OffsetBuffer, ScalarBuffer};
use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};
use mfi_core::contract::{self, FieldSpec, Kind, Value, Vocabulary, FIELDS};
use mfi_core::{classify_bytes, classify_with, Diagnosis, EnhancedStatus, Options, Timestamp};

/// Why a column of texts cannot be classified.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The array is not one of strings or bytes (or, for failure texts, a dictionary of
    /// them).
    #[error(
        "texts must be an Arrow array of strings (utf8, large_utf8, utf8_view) or bytes \
         (binary, large_binary, binary_view), or for failure texts a dictionary of them, \
         not {0}"
    )]
    UnsupportedType(DataType),
    /// [`classify_columns`] was asked for no columns.
    #[error("no columns asked for: name at least one field of the schema")]
    NoColumns,
    /// [`classify_columns`] was asked for a column twice.
    #[error("column {0:?} asked for twice")]
    DuplicateColumn(&'static str),
    /// The rows would hold more text in one column than one Arrow array can (its offsets
    /// are 32-bit: 2 GiB), about 7 million rows of the real-world mix. [`classify_parts`]
    /// gives such rows as several arrays.
    #[error(
        "the rows' {0:?} column would hold more than 2 GiB of text, more than one Arrow \
         array can: classify fewer rows at once, or take the rows in parts"
    )]
    TooLarge(String),
    /// [`join`] was given parts of different types.
    #[error("the parts to join are not all of one type")]
    PartsDiffer,
}

/// The schema of the rows [`classify`] returns: the contract's fields, in its order.
///
/// ```
/// let s = mfi_arrow::schema();
/// assert_eq!(s.field(0).name(), "reply_code");
/// assert_eq!(s.metadata()["mfi.contract"], mfi_core::contract::VERSION);
/// ```
pub fn schema() -> Schema {
    with_version(fields())
}

/// A schema of `fields` whose metadata names the contract version.
pub(crate) fn with_version(fields: Fields) -> Schema {
    let meta = HashMap::from([("mfi.contract".to_string(), contract::VERSION.to_string())]);
    Schema::new_with_metadata(fields, meta)
}

fn fields() -> Fields {
    fields_of(&every_spec())
}

/// Every field's spec, in the contract's order.
pub(crate) fn every_spec() -> Vec<&'static FieldSpec> {
    FIELDS.iter().collect()
}

/// The Arrow fields of some of the contract's fields, in the order given.
pub(crate) fn fields_of(specs: &[&FieldSpec]) -> Fields {
    specs
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

/// The schema of the rows [`classify_columns`] returns for `columns`: those fields of
/// [`schema`], in the order given (with the same metadata).
///
/// ```
/// use mfi_core::contract::Field;
/// let s = mfi_arrow::schema_of(&[Field::Reason, Field::MfiCode]).unwrap();
/// assert_eq!(s.field(0).name(), "reason");
/// assert_eq!(s.field(1), mfi_arrow::schema().field_with_name("mfi_code").unwrap());
/// ```
///
/// # Errors
///
/// As [`classify_columns`]: [`Error::NoColumns`], [`Error::DuplicateColumn`].
pub fn schema_of(columns: &[contract::Field]) -> Result<Schema, Error> {
    Ok(with_version(fields_of(&selection(columns)?)))
}

/// The specs of `columns`, checked: at least one, none twice.
pub(crate) fn selection(columns: &[contract::Field]) -> Result<Vec<&'static FieldSpec>, Error> {
    if columns.is_empty() {
        return Err(Error::NoColumns);
    }
    if let Some(c) = contract::Field::first_repeated(columns) {
        return Err(Error::DuplicateColumn(c.spec().name));
    }
    Ok(columns.iter().map(|c| c.spec()).collect())
}

/// The element of a list column (Arrow's conventional name, never null).
fn item_field(t: DataType) -> Arc<Field> {
    Arc::new(Field::new("item", t, false))
}

pub(crate) fn utf8(name: &str, nullable: bool) -> Field {
    Field::new(name, DataType::Utf8, nullable)
}

pub(crate) fn timestamp(name: &str, nullable: bool) -> Field {
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
        Kind::Names(_) => DataType::List(item_field(DataType::Utf8)),
        Kind::Remediations => DataType::List(item_field(DataType::Struct(remediation_fields()))),
        Kind::Chain => DataType::List(item_field(DataType::Struct(reply_fields()))),
        Kind::Attributes => DataType::Struct(attribute_fields()),
        Kind::Queue => DataType::Struct(queue_fields()),
        // Statuses, names, sentences; and a kind a newer core adds, until it has a column
        // type of its own (a test checks that every field has one).
        _ => DataType::Utf8,
    }
}

/// The rows of a list column being built: offsets into `items`, and which rows are null.
struct List<T> {
    offsets: Vec<i32>,
    valid: NullBufferBuilder,
    items: T,
    len: i32,
}

impl<T> List<T> {
    fn new(rows: usize, items: T) -> Self {
        let mut offsets = Vec::with_capacity(rows + 1);
        offsets.push(0);
        List {
            offsets,
            valid: NullBufferBuilder::new(rows),
            items,
            len: 0,
        }
    }

    /// Ends a row that holds the items pushed since the last one (`n` of them).
    fn close(&mut self, n: usize, valid: bool) {
        self.len += i32::try_from(n).expect("fewer than 2^31 items");
        self.offsets.push(self.len);
        self.valid.append(valid);
    }

    fn finish(&mut self, item: DataType, values: ArrayRef) -> ArrayRef {
        let offsets = std::mem::replace(&mut self.offsets, vec![0]);
        self.len = 0;
        Arc::new(ListArray::new(
            item_field(item),
            OffsetBuffer::new(ScalarBuffer::from(offsets)),
            values,
            self.valid.finish(),
        ))
    }
}

/// A string column most of whose rows are null (an attribute key): rows are filled with
/// nulls in bulk when a value comes, or at the end.
struct Sparse {
    b: StringBuilder,
    filled: usize,
}

impl Sparse {
    fn push(&mut self, row: usize, v: &str) {
        self.b.append_nulls(row - self.filled);
        self.b.append_value(v);
        self.filled = row + 1;
    }

    fn finish(&mut self, rows: usize) -> ArrayRef {
        self.b.append_nulls(rows - self.filled);
        self.filled = 0;
        Arc::new(self.b.finish())
    }
}

/// The queue object's columns. Rows without a queue (most often all of them) are filled
/// with nulls in bulk, as for [`Sparse`].
struct QueueColumns {
    profile: StringBuilder,
    retry_window_s: Int64Builder,
    first_attempt: TimestampMicrosecondBuilder,
    now: TimestampMicrosecondBuilder,
    expires_at: TimestampMicrosecondBuilder,
    remaining_s: Int64Builder,
    state: StringBuilder,
    next_delay_notice: TimestampMicrosecondBuilder,
    valid: NullBufferBuilder,
    filled: usize,
}

impl QueueColumns {
    /// Null rows in every child up to `row`.
    fn pad(&mut self, row: usize) {
        let n = row - self.filled;
        self.profile.append_nulls(n);
        self.retry_window_s.append_nulls(n);
        self.first_attempt.append_nulls(n);
        self.now.append_nulls(n);
        self.expires_at.append_nulls(n);
        self.remaining_s.append_nulls(n);
        self.state.append_nulls(n);
        self.next_delay_notice.append_nulls(n);
        self.filled = row;
    }
}

/// One column being built. Nested columns keep typed builders of their own (no list or
/// struct builders, which reach their children through `dyn Any`).
enum Column {
    Int(Int32Builder),
    Str(StringBuilder),
    Bool(BooleanBuilder),
    Names(List<StringBuilder>),
    /// `id`, `actor`, `text`.
    Remediations(List<[StringBuilder; 3]>),
    /// `reply_code`, `enhanced_status`, `text`.
    Chain(List<(Int32Builder, StringBuilder, StringBuilder)>),
    /// One column per attribute key, and which rows are null.
    Attributes(Vec<Sparse>, NullBufferBuilder),
    Queue(Box<QueueColumns>),
}

pub(crate) fn strings(rows: usize) -> StringBuilder {
    sized_strings(rows, 8)
}

/// A string column of `items` values of about `bytes` bytes each: reserved up front, so
/// that the value buffer is not copied as it grows (the remediations' sentences alone are
/// ~290 bytes a row of the real-world mix; growing to that from 8 bytes a row cost ~500
/// instructions a row in reallocations).
fn sized_strings(items: usize, bytes: usize) -> StringBuilder {
    StringBuilder::with_capacity(items, items * bytes)
}

pub(crate) fn timestamps(rows: usize) -> TimestampMicrosecondBuilder {
    TimestampMicrosecondBuilder::with_capacity(rows).with_timezone("UTC")
}

/// A time as the microseconds of the `timestamp[us, UTC]` columns.
pub(crate) fn micros(t: Timestamp) -> i64 {
    t.unix().saturating_mul(1_000_000)
}

pub(crate) fn push_status(b: &mut StringBuilder, st: Option<EnhancedStatus>) {
    match st {
        Some(st) => b.append_value(st.write_to(&mut [0; 7])),
        None => b.append_null(),
    }
}

impl Column {
    fn new(kind: Kind, rows: usize) -> Column {
        match kind {
            Kind::OptInteger => Column::Int(Int32Builder::with_capacity(rows)),
            Kind::Bool => Column::Bool(BooleanBuilder::with_capacity(rows)),
            // Per item, the mix's averages rounded up: causes 2.2 a row of ~19 bytes;
            // remediations 2.3 a row, id ~19 bytes, actor ~12, sentence ~126.
            Kind::Names(_) => Column::Names(List::new(rows, sized_strings(rows * 3, 24))),
            Kind::Remediations => Column::Remediations(List::new(
                rows,
                [
                    sized_strings(rows * 3, 24),
                    sized_strings(rows * 3, 16),
                    sized_strings(rows * 3, 128),
                ],
            )),
            Kind::Chain => Column::Chain(List::new(
                rows,
                (
                    Int32Builder::with_capacity(rows),
                    strings(rows),
                    sized_strings(rows, 64),
                ),
            )),
            Kind::Attributes => Column::Attributes(
                Vocabulary::AttrKey
                    .names()
                    .iter()
                    .map(|_| Sparse {
                        b: StringBuilder::new(),
                        filled: 0,
                    })
                    .collect(),
                NullBufferBuilder::new(rows),
            ),
            Kind::Queue => Column::Queue(Box::new(QueueColumns {
                profile: strings(rows),
                retry_window_s: Int64Builder::with_capacity(rows),
                first_attempt: timestamps(rows),
                now: timestamps(rows),
                expires_at: timestamps(rows),
                remaining_s: Int64Builder::with_capacity(rows),
                state: strings(rows),
                next_delay_notice: timestamps(rows),
                valid: NullBufferBuilder::new(rows),
                filled: 0,
            })),
            // A sentence (`meaning` ~60 bytes a row, `title` ~14).
            Kind::OptText => Column::Str(sized_strings(rows, 64)),
            _ => Column::Str(sized_strings(rows, 16)),
        }
    }

    /// Appends row `row` (every row is pushed, in order).
    fn push(&mut self, row: usize, v: Value<'_, '_>) {
        match (self, v) {
            (Column::Int(b), Value::Integer(n)) => b.append_value(i32::from(n)),
            (Column::Str(b), Value::Name(s) | Value::Text(s)) => b.append_value(s),
            (Column::Str(b), Value::Status(st)) => push_status(b, Some(st)),
            (Column::Bool(b), Value::Bool(x)) => b.append_value(x),
            (Column::Names(l), Value::Causes(list)) => {
                for c in list {
                    l.items.append_value(c.name());
                }
                l.close(list.len(), true);
            }
            (Column::Remediations(l), Value::Remediations(d)) => {
                let [id, actor, text] = &mut l.items;
                let remediations = d.remediations();
                let n = remediations.len();
                for r in remediations {
                    id.append_value(r.id.name());
                    actor.append_value(r.actor.name());
                    text.append_value(r.text);
                }
                l.close(n, true);
            }
            (Column::Chain(l), Value::Chain(d)) => {
                let (code, status, text) = &mut l.items;
                let n = d.chain().len();
                for r in d.chain() {
                    code.append_option(r.reply_code.map(|c| i32::from(c.get())));
                    push_status(status, r.enhanced_status);
                    text.append_value(r.text);
                }
                l.close(n, true);
            }
            (Column::Attributes(keys, valid), Value::Attributes(d)) => {
                for (k, v) in d.attributes() {
                    let key = &mut keys[k.index()];
                    // The first value of a key that a text gives twice.
                    if key.filled <= row {
                        key.push(row, v);
                    }
                }
                valid.append_non_null();
            }
            (Column::Queue(q), Value::Queue(o)) => {
                q.pad(row);
                q.filled = row + 1;
                q.profile.append_value(o.profile.name());
                q.retry_window_s.append_value(o.retry_window_s);
                q.first_attempt.append_value(micros(o.first_attempt));
                q.now.append_value(micros(o.now));
                q.expires_at.append_value(micros(o.expires_at));
                q.remaining_s.append_value(o.remaining_s);
                q.state.append_value(o.state.name());
                q.next_delay_notice
                    .append_option(o.next_delay_notice.map(micros));
                q.valid.append_non_null();
            }
            // Null, Absent (no queue asked for), or a value a newer core adds.
            (c, _) => c.push_null(),
        }
    }

    /// The bytes of text in this column's fullest string buffer so far.
    fn text_bytes(&self) -> usize {
        fn bytes(b: &StringBuilder) -> usize {
            b.values_slice().len()
        }
        match self {
            Column::Int(_) | Column::Bool(_) => 0,
            Column::Str(b) => bytes(b),
            Column::Names(l) => bytes(&l.items),
            Column::Remediations(l) => l.items.iter().map(bytes).max().unwrap_or(0),
            Column::Chain(l) => bytes(&l.items.1).max(bytes(&l.items.2)),
            Column::Attributes(keys, _) => keys.iter().map(|k| bytes(&k.b)).max().unwrap_or(0),
            Column::Queue(q) => bytes(&q.profile).max(bytes(&q.state)),
        }
    }

    fn push_null(&mut self) {
        match self {
            Column::Int(b) => b.append_null(),
            Column::Str(b) => b.append_null(),
            Column::Bool(b) => b.append_null(),
            Column::Names(l) => l.close(0, false),
            Column::Remediations(l) => l.close(0, false),
            Column::Chain(l) => l.close(0, false),
            Column::Attributes(_, valid) => valid.append_null(),
            Column::Queue(q) => q.valid.append_null(),
        }
    }

    fn finish(&mut self, rows: usize) -> ArrayRef {
        fn done(b: &mut impl ArrayBuilder) -> ArrayRef {
            b.finish()
        }
        match self {
            Column::Int(b) => done(b),
            Column::Str(b) => done(b),
            Column::Bool(b) => done(b),
            Column::Names(l) => {
                let values = done(&mut l.items);
                l.finish(DataType::Utf8, values)
            }
            Column::Remediations(l) => {
                let fields = remediation_fields();
                let [id, actor, text] = &mut l.items;
                let values = StructArray::new(
                    fields.clone(),
                    vec![done(id), done(actor), done(text)],
                    None,
                );
                l.finish(DataType::Struct(fields), Arc::new(values))
            }
            Column::Chain(l) => {
                let fields = reply_fields();
                let (code, status, text) = &mut l.items;
                let values = StructArray::new(
                    fields.clone(),
                    vec![done(code), done(status), done(text)],
                    None,
                );
                l.finish(DataType::Struct(fields), Arc::new(values))
            }
            Column::Attributes(keys, valid) => Arc::new(StructArray::new(
                attribute_fields(),
                keys.iter_mut().map(|k| k.finish(rows)).collect(),
                valid.finish(),
            )),
            Column::Queue(q) => {
                q.pad(rows);
                q.filled = 0;
                Arc::new(StructArray::new(
                    queue_fields(),
                    vec![
                        done(&mut q.profile),
                        done(&mut q.retry_window_s),
                        done(&mut q.first_attempt),
                        done(&mut q.now),
                        done(&mut q.expires_at),
                        done(&mut q.remaining_s),
                        done(&mut q.state),
                        done(&mut q.next_delay_notice),
                    ],
                    q.valid.finish(),
                ))
            }
        }
    }
}

/// The rows being built: one column per contract field asked for (`specs`).
pub(crate) struct Rows {
    specs: Vec<&'static FieldSpec>,
    columns: Vec<Column>,
    nulls: Vec<bool>,
}

impl Rows {
    /// Rows of the fields `specs`, in that order.
    pub(crate) fn of(specs: Vec<&'static FieldSpec>, rows: usize) -> Rows {
        Rows {
            columns: specs.iter().map(|f| Column::new(f.kind, rows)).collect(),
            specs,
            nulls: Vec::with_capacity(rows),
        }
    }

    fn push(&mut self, d: &Diagnosis<'_>) {
        let row = self.nulls.len();
        for (c, f) in self.columns.iter_mut().zip(&self.specs) {
            c.push(row, d.value(f.field));
        }
        self.nulls.push(true);
    }

    fn push_null(&mut self) {
        for c in &mut self.columns {
            c.push_null();
        }
        self.nulls.push(false);
    }

    /// The bytes of text in the fullest string buffer of any column so far.
    pub(crate) fn text_bytes(&self) -> usize {
        self.columns
            .iter()
            .map(Column::text_bytes)
            .max()
            .unwrap_or(0)
    }

    fn finish(mut self) -> StructArray {
        let rows = self.nulls.len();
        let columns = self.columns.iter_mut().map(|c| c.finish(rows)).collect();
        let nulls = NullBuffer::from(self.nulls);
        let nulls = (nulls.null_count() > 0).then_some(nulls);
        StructArray::new(fields_of(&self.specs), columns, nulls)
    }
}

/// A column of texts, read in place.
#[derive(Clone, Copy)]
pub(crate) enum Texts<'a> {
    Utf8(&'a arrow_array::StringArray),
    LargeUtf8(&'a arrow_array::LargeStringArray),
    Utf8View(&'a arrow_array::StringViewArray),
    Binary(&'a arrow_array::BinaryArray),
    LargeBinary(&'a arrow_array::LargeBinaryArray),
    BinaryView(&'a arrow_array::BinaryViewArray),
    Null,
}

pub(crate) enum Text<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

impl<'a> Text<'a> {
    pub(crate) fn as_bytes(&self) -> &'a [u8] {
        match *self {
            Text::Str(s) => s.as_bytes(),
            Text::Bytes(b) => b,
        }
    }
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

/// How much text a part's string buffer may hold before the next row starts another part:
/// half of what 32-bit offsets reach. What a row adds to a buffer is a few times its text
/// at most (cut to [`Options::max_len`], 1 MiB by default) and a few KiB of sentences.
pub(crate) const PART_TEXT_BYTES: usize = 1 << 30;

/// When a part is full: a part's fullest string buffer is measured about every
/// `part_bytes / 32` bytes of input (counting a few KiB a row for the sentences a row may
/// add), not at every row; between two measures a buffer grows by less than the room left
/// over [`PART_TEXT_BYTES`].
pub(crate) struct Fill {
    part_bytes: usize,
    every: usize,
    pending: usize,
}

impl Fill {
    pub(crate) fn new(part_bytes: usize) -> Fill {
        Fill {
            part_bytes,
            every: part_bytes / 32,
            pending: 0,
        }
    }

    /// Counts a row of `len` bytes of input about to be added; true when the part is to
    /// end before it (`text_bytes` measures the part's fullest buffer, when it is time to).
    pub(crate) fn full(&mut self, len: usize, text_bytes: impl FnOnce() -> usize) -> bool {
        self.pending = self.pending.saturating_add(len).saturating_add(4096);
        if self.pending < self.every {
            return false;
        }
        self.pending = 0;
        text_bytes() >= self.part_bytes
    }
}

/// Where a column's rows go: struct arrays of at most `part_bytes` of text in a column
/// (one, unless a column outgrows it).
struct Parts {
    specs: Vec<&'static FieldSpec>,
    rows: Rows,
    done: Vec<StructArray>,
    fill: Fill,
}

impl Parts {
    fn new(specs: &[&'static FieldSpec], rows: usize, part_bytes: usize) -> Parts {
        Parts {
            specs: specs.to_vec(),
            rows: Rows::of(specs.to_vec(), rows),
            done: Vec::new(),
            fill: Fill::new(part_bytes),
        }
    }

    /// The rows to add a row of `len` bytes of text to, `left` rows (this one too) to come:
    /// a new part's when the current one is full. (Measured before a row, so that no part
    /// is left empty at the end.)
    fn next(&mut self, len: usize, left: usize) -> &mut Rows {
        if self.fill.full(len, || self.rows.text_bytes()) {
            let rest = Rows::of(self.specs.clone(), left);
            self.done
                .push(std::mem::replace(&mut self.rows, rest).finish());
        }
        &mut self.rows
    }

    fn finish(mut self) -> Vec<StructArray> {
        self.done.push(self.rows.finish());
        self.done
    }
}

/// How many distinct dictionary values a thread keeps the diagnoses of (a direct-mapped
/// table: a value's slot is its key modulo this). A column of a few thousand distinct texts
/// (a message trace's failure details, a categorical column) is classified once per value;
/// more values share slots, and a value whose slot another took is classified again.
const MEMO_SLOTS: usize = 4096;

/// Classifies rows `range` of `texts` (which [`accepts_texts`]) into the columns `specs`:
/// one part, or more when a column's text reaches `part_bytes`.
fn build(
    texts: &dyn Array,
    range: Range<usize>,
    options: &Options,
    specs: &[&'static FieldSpec],
    part_bytes: usize,
) -> Vec<StructArray> {
    // Only the columns asked for are read: the classifier may leave out what the others
    // alone need.
    let fields: Vec<contract::Field> = specs.iter().map(|s| s.field).collect();
    let options = &options.fields(&fields);
    let mut out = Parts::new(specs, range.len(), part_bytes);
    if texts.as_any_dictionary_opt().is_some() {
        build_dictionary(texts.slice(range.start, range.len()), options, &mut out);
        return out.finish();
    }
    let kinds = Texts::of(texts).expect("the type was checked");
    for i in range.clone() {
        let text = kinds.get(i, texts);
        let rows = out.next(
            text.as_ref().map_or(0, |t| t.as_bytes().len()),
            range.end - i,
        );
        match text {
            Some(Text::Str(s)) => rows.push(&classify_with(s, options)),
            Some(Text::Bytes(b)) => rows.push(&classify_bytes(b, options).as_diagnosis()),
            None => rows.push_null(),
        }
    }
    out.finish()
}

/// [`build`] for a dictionary of texts (`texts`, the rows to classify): each distinct
/// value is classified once (while it keeps its slot of [`MEMO_SLOTS`]) and its diagnosis
/// written for every row that names it. A null key or a null value is a null row.
fn build_dictionary(texts: ArrayRef, options: &Options, out: &mut Parts) {
    let dictionary = texts.as_any_dictionary();
    let values = dictionary.values().as_ref();
    let kinds = Texts::of(values).expect("the type was checked");
    // (`normalized_keys` wants a value; with none, every row is null.)
    let keys = if values.is_empty() {
        vec![None; texts.len()]
    } else {
        let keys = dictionary.normalized_keys();
        (0..texts.len())
            .map(|i| (!texts.is_null(i)).then_some(keys[i]))
            .collect()
    };
    // (A value's diagnosis, kept for the rows that repeat it: it borrows the value.)
    let mut memo: Vec<Option<(usize, Box<Diagnosis<'_>>)>> = Vec::new();
    memo.resize_with(values.len().min(MEMO_SLOTS), || None);
    for (i, key) in keys.into_iter().enumerate() {
        let text = key.and_then(|k| Some((k, kinds.get(k, values)?)));
        let len = text.as_ref().map_or(0, |(_, t)| t.as_bytes().len());
        let rows = out.next(len, texts.len() - i);
        let Some((key, text)) = text else {
            rows.push_null();
            continue;
        };
        // (Bytes that are UTF-8 are read in place, as a string's; others, which the
        // classifier must copy to mend, are not kept: a memo of copies would hold up to
        // 4,096 texts of up to `max_len` bytes a thread.)
        let text = match text {
            Text::Str(s) => s,
            Text::Bytes(b) => match std::str::from_utf8(b) {
                Ok(s) => s,
                Err(_) => {
                    rows.push(&classify_bytes(b, options).as_diagnosis());
                    continue;
                }
            },
        };
        let slot = &mut memo[key % MEMO_SLOTS.min(values.len())];
        if slot.as_ref().is_none_or(|(k, _)| *k != key) {
            *slot = Some((key, Box::new(classify_with(text, options))));
        }
        rows.push(&slot.as_ref().expect("filled above").1);
    }
}

/// Whether `a` is a column that [`classify`] reads: strings or bytes ([`Texts::of`]), or
/// a dictionary whose values are.
fn accepts_texts(a: &dyn Array) -> Result<(), Error> {
    match a.as_any_dictionary_opt() {
        Some(d) => Texts::of(d.values().as_ref())
            .map(drop)
            .map_err(|_| Error::UnsupportedType(a.data_type().clone())),
        None => Texts::of(a).map(drop),
    }
}

/// Classifies every text of an array of strings or bytes (`utf8`, `large_utf8`,
/// `utf8_view`, `binary`, `large_binary`, `binary_view`, or `null`), on the calling thread:
/// one row of [`schema`] per text, a null row for a null text. Bytes that are not UTF-8
/// are read as every front end reads them (U+FFFD).
///
/// A dictionary of such texts (a categorical column) gives the rows of its values: each
/// distinct value is classified once (a thread keeps the diagnoses of up to 4,096 values
/// at a time) and its row written for every key that names it (values of bytes that are
/// not UTF-8 are classified row by row); a null key or a null value is a null row.
///
/// ```
/// use std::sync::Arc;
/// use arrow_array::{cast::AsArray, DictionaryArray, Int32Array, StringArray};
/// let values = StringArray::from(vec!["450 4.4.316 Connection refused", "550 5.1.1 User unknown"]);
/// let texts = DictionaryArray::new(Int32Array::from(vec![1, 0, 0, 1]), Arc::new(values));
/// let rows = mfi_arrow::classify(&texts, &Default::default()).unwrap();
/// let reason = rows.column_by_name("reason").unwrap().as_string::<i32>();
/// assert_eq!(reason.iter().flatten().collect::<Vec<_>>(),
///            ["userunknown", "networkerror", "networkerror", "userunknown"]);
/// ```
///
/// # Errors
///
/// [`Error::UnsupportedType`] for an array of another type; [`Error::TooLarge`] when a
/// column would hold more than 2 GiB of text.
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
/// [`Error::UnsupportedType`] when a chunk is not of strings or bytes;
/// [`Error::TooLarge`] when a column would hold more than 2 GiB of text.
pub fn classify_chunks(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
) -> Result<StructArray, Error> {
    classify_specs(chunks, options, threads, every_spec())
}

/// [`classify_chunks`] building only some columns: the fields `columns` of [`schema`], in
/// that order ([`schema_of`]). What is not asked for is not written, which makes a query
/// that reads a few columns (`GROUP BY mfi_code`) cheaper: the sentences of `meaning` and
/// of the remediations are most of a full row's bytes.
///
/// ```
/// use arrow_array::{cast::AsArray, StringArray};
/// use mfi_core::contract::Field;
/// let texts = StringArray::from(vec!["450 4.4.316 Connection refused", "550 5.1.1 User unknown"]);
/// let rows = mfi_arrow::classify_columns(
///     &[&texts], &Default::default(), 1, &[Field::MfiCode, Field::Reason]).unwrap();
/// assert_eq!(rows.num_columns(), 2);
/// assert_eq!(rows.column(0).as_string::<i32>().value(0), "4.4.316");
/// assert_eq!(rows.column(1).as_string::<i32>().value(1), "userunknown");
/// ```
///
/// # Errors
///
/// [`Error::UnsupportedType`] when a chunk is not of strings or bytes;
/// [`Error::NoColumns`] for an empty `columns`; [`Error::DuplicateColumn`] when one is
/// named twice; [`Error::TooLarge`] as [`classify_chunks`].
pub fn classify_columns(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
    columns: &[contract::Field],
) -> Result<StructArray, Error> {
    classify_specs(chunks, options, threads, selection(columns)?)
}

fn classify_specs(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
    specs: Vec<&'static FieldSpec>,
) -> Result<StructArray, Error> {
    let parts = parts_of(chunks, options, threads, specs, PART_TEXT_BYTES)?;
    join(&parts, threads)
}

/// The rows of [`classify_chunks`] (of [`classify_columns`] for `Some(columns)`), in order,
/// as one or more struct arrays of one type that are not joined: each thread's rows, and
/// more parts where a column's text passes 1 GiB (so that none can outgrow its 32-bit
/// offsets). Rows too many for one array ([`Error::TooLarge`]) can be taken this way, and
/// a caller that can use parts (a chunked array, a stream of record batches) saves the copy
/// that joining makes. [`join`] makes one array of them.
///
/// ```
/// use arrow_array::{Array, StringArray};
/// let texts = StringArray::from(vec!["450 4.4.316 Connection refused"; 3000]);
/// let parts = mfi_arrow::classify_parts(&[&texts], &Default::default(), 2, None).unwrap();
/// assert_eq!(parts.len(), 2); // one a thread
/// assert_eq!(parts.iter().map(Array::len).sum::<usize>(), 3000);
/// let rows = mfi_arrow::join(&parts, 2).unwrap();
/// assert_eq!(rows, mfi_arrow::classify(&texts, &Default::default()).unwrap());
/// ```
///
/// # Errors
///
/// As [`classify_columns`], but never [`Error::TooLarge`].
pub fn classify_parts(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
    columns: Option<&[contract::Field]>,
) -> Result<Vec<StructArray>, Error> {
    let specs = match columns {
        Some(c) => selection(c)?,
        None => every_spec(),
    };
    parts_of(chunks, options, threads, specs, PART_TEXT_BYTES)
}

/// The parts of [`classify_parts`], a part's text bounded by `part_bytes`; at least one
/// (an empty one for no rows).
fn parts_of(
    chunks: &[&dyn Array],
    options: &Options,
    threads: usize,
    specs: Vec<&'static FieldSpec>,
    part_bytes: usize,
) -> Result<Vec<StructArray>, Error> {
    let parts = in_parallel(
        chunks,
        threads,
        MIN_ROWS_PER_THREAD,
        accepts_texts,
        |array, rows, _| build(array, rows, options, &specs, part_bytes),
    )?;
    Ok(if parts.is_empty() {
        vec![Rows::of(specs, 0).finish()]
    } else {
        parts
    })
}

/// Runs `build` over the rows of `chunks` (each of which `accepts`) on up to `threads`
/// threads, each taking a run of about total/threads rows (which may span chunks; fewer
/// threads when a thread would get fewer than `min_rows`). `build` gets a chunk, a range of
/// its rows and the index of the range's first row among all; the parts come back in order.
fn in_parallel<F>(
    chunks: &[&dyn Array],
    threads: usize,
    min_rows: usize,
    accepts: fn(&dyn Array) -> Result<(), Error>,
    build: F,
) -> Result<Vec<StructArray>, Error>
where
    F: Fn(&dyn Array, Range<usize>, usize) -> Vec<StructArray> + Sync,
{
    for c in chunks {
        accepts(*c)?;
    }
    let total: usize = chunks.iter().map(|c| c.len()).sum();
    let threads = threads.clamp(1, total.div_ceil(min_rows).max(1));
    let share = total.div_ceil(threads).max(1);
    // Per thread: (chunk, rows of it, index of the first row among all).
    let mut work: Vec<Vec<(usize, Range<usize>, usize)>> = vec![Vec::new(); threads];
    let mut at = 0;
    for (c, chunk) in chunks.iter().enumerate() {
        let mut start = 0;
        while start < chunk.len() {
            let t = at / share;
            let end = chunk.len().min(start + (share * (t + 1) - at));
            work[t].push((c, start..end, at));
            at += end - start;
            start = end;
        }
    }
    let run = |runs: &[(usize, Range<usize>, usize)]| -> Vec<StructArray> {
        runs.iter()
            .flat_map(|(c, r, first)| build(chunks[*c], r.clone(), *first))
            .collect()
    };
    if threads == 1 {
        return Ok(run(&work[0]));
    }
    Ok(std::thread::scope(|s| {
        let handles: Vec<_> = work.iter().map(|runs| s.spawn(|| run(runs))).collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("reading does not panic"))
            .collect()
    }))
}

/// The parts (of one type, as [`classify_parts`] gives them) as one struct array, its
/// columns joined on up to `threads` threads; one part is returned as it is, no parts as
/// an array of no rows and no columns.
///
/// Joining copies every byte of the parts once more (~770 bytes a row of the real-world
/// mix, most of it the knowledge texts), into memory the system has to map first: on one
/// thread that was a fifth of `classify_chunks`' time over a million rows on two. The
/// columns are independent, so each thread joins some of them, the biggest first.
///
/// # Errors
///
/// [`Error::TooLarge`] when a column of the parts holds more than 2 GiB of text together
/// (checked before anything is copied); [`Error::PartsDiffer`] for parts of different
/// types.
pub fn join(parts: &[StructArray], threads: usize) -> Result<StructArray, Error> {
    join_within(parts, threads, i32::MAX as usize)
}

/// [`join`], where a joined string buffer may hold `max_bytes`.
fn join_within(
    parts: &[StructArray],
    threads: usize,
    max_bytes: usize,
) -> Result<StructArray, Error> {
    match parts {
        [] => return Ok(StructArray::new_empty_fields(0, None)),
        [one] => return Ok(one.clone()),
        _ => {}
    }
    if parts.iter().any(|p| p.data_type() != parts[0].data_type()) {
        return Err(Error::PartsDiffer);
    }
    let fields = parts[0].fields().clone();
    let column =
        |i: usize| -> Vec<&dyn Array> { parts.iter().map(|p| p.column(i).as_ref()).collect() };
    for (i, f) in fields.iter().enumerate() {
        if joined_text_bytes(&column(i)) > max_bytes {
            return Err(Error::TooLarge(f.name().clone()));
        }
    }
    // Each column to the thread with the fewest bytes so far, the biggest columns first.
    let mut order: Vec<(usize, usize)> = (0..fields.len())
        .map(|i| (column(i).iter().map(|c| c.get_array_memory_size()).sum(), i))
        .collect();
    order.sort_unstable_by(|a, b| b.cmp(a));
    let threads = threads.clamp(1, order.len().max(1));
    let mut shares: Vec<(usize, Vec<usize>)> = vec![(0, Vec::new()); threads];
    for (bytes, i) in order {
        let least = shares
            .iter_mut()
            .min_by_key(|(load, _)| *load)
            .expect("at least one thread");
        least.0 += bytes;
        least.1.push(i);
    }
    let join = |columns: &[usize]| -> Vec<(usize, ArrayRef)> {
        columns
            .iter()
            .map(|&i| {
                let all = arrow_select::concat::concat(&column(i))
                    .expect("parts of one type whose text fits, checked above");
                (i, all)
            })
            .collect()
    };
    let mut joined: Vec<(usize, ArrayRef)> = if threads == 1 {
        join(&shares[0].1)
    } else {
        std::thread::scope(|s| {
            let handles: Vec<_> = shares[1..]
                .iter()
                .map(|(_, c)| s.spawn(|| join(c)))
                .collect();
            let mut all = join(&shares[0].1);
            for h in handles {
                all.extend(h.join().expect("joining does not panic"));
            }
            all
        })
    };
    joined.sort_unstable_by_key(|(i, _)| *i);
    let children: Vec<ArrayRef> = joined.into_iter().map(|(_, a)| a).collect();
    let rows = parts.iter().map(Array::len).sum();
    let mut nulls = NullBufferBuilder::new(rows);
    for p in parts {
        match p.nulls() {
            Some(n) => nulls.append_buffer(n),
            None => nulls.append_n_non_nulls(p.len()),
        }
    }
    Ok(StructArray::new(fields, children, nulls.finish()))
}

/// The most bytes any string buffer of the arrays (parts of one column, of one type) would
/// hold joined: each string buffer's bytes, summed over the parts, the biggest sum.
fn joined_text_bytes(parts: &[&dyn Array]) -> usize {
    /// The bytes of each string buffer of `a`, in the order of its type's tree.
    fn leaves(a: &dyn Array, out: &mut Vec<usize>) {
        match a.data_type() {
            DataType::Utf8 => {
                let offsets = a.as_string::<i32>().value_offsets();
                let (first, last) = (offsets[0], offsets[offsets.len() - 1]);
                out.push(usize::try_from(last - first).unwrap_or(0));
            }
            DataType::List(_) => {
                // The items the rows use (a sliced list shares all of its parent's).
                let list = a.as_list::<i32>();
                let offsets = list.value_offsets();
                let first = usize::try_from(offsets[0]).unwrap_or(0);
                let last = usize::try_from(offsets[offsets.len() - 1]).unwrap_or(0);
                leaves(list.values().slice(first, last - first).as_ref(), out);
            }
            DataType::Struct(_) => {
                for c in a.as_struct().columns() {
                    leaves(c.as_ref(), out);
                }
            }
            _ => {}
        }
    }
    let mut total: Vec<usize> = Vec::new();
    let mut one = Vec::new();
    for p in parts {
        one.clear();
        leaves(*p, &mut one);
        total.resize(total.len().max(one.len()), 0);
        for (t, b) in total.iter_mut().zip(&one) {
            *t += b;
        }
    }
    total.into_iter().max().unwrap_or(0)
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

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::StringArray;

    /// The benchmark mix three times (enough rows for two threads), with a null now and
    /// then.
    fn texts() -> StringArray {
        include_str!("../../testdata/bench/mix-1000.txt")
            .repeat(3)
            .lines()
            .enumerate()
            .map(|(i, l)| (i % 97 != 5).then_some(l))
            .collect()
    }

    fn fullest(part: &StructArray) -> usize {
        (0..part.num_columns())
            .map(|i| joined_text_bytes(&[part.column(i).as_ref()]))
            .max()
            .unwrap_or(0)
    }

    #[test]
    fn rows_are_split_where_a_column_fills_and_join_back() {
        let texts = texts();
        let whole = classify(&texts, &Options::new()).unwrap();
        for threads in [1, 2] {
            for part_bytes in [1_000, 40_000] {
                let parts = parts_of(
                    &[&texts],
                    &Options::new(),
                    threads,
                    every_spec(),
                    part_bytes,
                )
                .unwrap();
                assert!(
                    parts.len() > threads,
                    "{part_bytes} bytes, {threads} threads"
                );
                if threads == 1 {
                    // A part ends at the first row that fills one of its columns.
                    for p in &parts[..parts.len() - 1] {
                        assert!(fullest(p) >= part_bytes, "{part_bytes}");
                        let but_last = p.slice(0, p.len() - 1);
                        assert!(fullest(&but_last) < part_bytes, "{part_bytes}");
                    }
                }
                assert_eq!(join(&parts, threads).unwrap(), whole);
            }
        }
    }

    #[test]
    fn rows_are_measured_every_few_rows_when_they_are_small() {
        // 512 KiB: measured every 16 KiB of counted input, about every 4 rows; the
        // remediations' sentences pass it after ~1,800 rows of the mix.
        let texts = texts();
        let part_bytes = 1 << 19;
        let parts = parts_of(&[&texts], &Options::new(), 1, every_spec(), part_bytes).unwrap();
        assert!(parts.len() >= 2, "{}", parts.len());
        for p in &parts[..parts.len() - 1] {
            // Full, and no more than a few rows past full.
            assert!(fullest(p) >= part_bytes);
            assert!(fullest(&p.slice(0, p.len() - 8)) < part_bytes);
        }
        assert_eq!(
            join(&parts, 1).unwrap(),
            classify(&texts, &Options::new()).unwrap()
        );
    }

    #[test]
    fn a_join_past_the_offsets_is_an_error() {
        let texts = texts();
        let specs = selection(&[contract::Field::MfiCode, contract::Field::Remediations]);
        let parts = parts_of(&[&texts], &Options::new(), 2, specs.unwrap(), usize::MAX).unwrap();
        // One part a thread.
        assert_eq!(parts.len(), 2);
        let remediations: Vec<&dyn Array> = parts.iter().map(|p| p.column(1).as_ref()).collect();
        let need = joined_text_bytes(&remediations);
        // The remediations' sentences are the biggest buffer: id, actor and text summed apart.
        let sentences: usize = parts
            .iter()
            .map(|p| {
                let items = p
                    .column(1)
                    .as_list::<i32>()
                    .values()
                    .as_struct()
                    .column(2)
                    .clone();
                let o = items.as_string::<i32>().value_offsets();
                usize::try_from(o[o.len() - 1] - o[0]).unwrap()
            })
            .sum();
        assert_eq!(need, sentences);
        match join_within(&parts, 2, need - 1) {
            Err(Error::TooLarge(column)) => assert_eq!(column, "remediations"),
            other => panic!("{other:?}"),
        }
        let rows = join_within(&parts, 2, need).unwrap();
        assert_eq!(rows.len(), texts.len());
        assert!(Error::TooLarge("remediations".into())
            .to_string()
            .contains("2 GiB"));
    }

    #[test]
    fn no_parts_join_to_no_rows_and_parts_of_two_types_do_not_join() {
        assert_eq!(join(&[], 2).unwrap().len(), 0);
        let texts = StringArray::from(vec!["550 5.1.1 User unknown"]);
        let full = classify(&texts, &Options::new()).unwrap();
        let few = classify_columns(&[&texts], &Options::new(), 1, &[contract::Field::Reason]);
        assert!(matches!(
            join(&[full, few.unwrap()], 1),
            Err(Error::PartsDiffer)
        ));
        let empty = StringArray::from(Vec::<&str>::new());
        let parts = classify_parts(&[&empty], &Options::new(), 2, None).unwrap();
        assert_eq!(parts.len(), 1);
        assert_eq!(parts[0].len(), 0);
        assert_eq!(parts[0].fields(), &fields());
    }
}
