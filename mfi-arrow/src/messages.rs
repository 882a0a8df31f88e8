//! Whole messages (bounces, delay notices, NDRs, ...) as Arrow rows: one row per recipient a
//! message reports on, with the message's fields beside it and the recipient's diagnosis as
//! a struct of [`crate::schema`]'s fields.

use std::ops::Range;
use std::sync::Arc;

use arrow_array::builder::{
    BooleanBuilder, Int64Builder, StringBuilder, TimestampMicrosecondBuilder,
};
use arrow_array::{Array, ArrayRef, StructArray};
use arrow_buffer::NullBufferBuilder;
use arrow_schema::{DataType, Field, Fields, Schema};
use mfi_core::contract::FieldSpec;
use mfi_mail::{MessageReader, ReadOptions, Recipient, Report};

use crate::{
    in_parallel, join, micros, push_status, strings, timestamp, timestamps, utf8, Error, Fill,
    Rows, Texts, PART_TEXT_BYTES,
};

/// The schema of [`read_messages`]' rows: `message` (the index of the message among the
/// input rows), the report's fields (`kind`, `reporting_mta`, `arrival_date`, `original`),
/// the recipient's (`recipient`, `original_recipient`, `action`, `status`,
/// `reported_status`, `remote_mta`, `diagnostic_code`, `last_attempt`, `will_retry_until`,
/// `hardbounce`) and its `diagnosis` (a struct of [`crate::schema`]'s fields). The names
/// are the report JSON's (`mfi bounce --json`), flattened one level.
///
/// ```
/// let s = mfi_arrow::message_schema();
/// assert_eq!(s.field(0).name(), "message");
/// assert_eq!(s.field_with_name("diagnosis").unwrap().data_type(),
///            &arrow_schema::DataType::Struct(mfi_arrow::schema().fields().clone()));
/// ```
pub fn message_schema() -> Schema {
    crate::with_version(message_fields())
}

fn original_fields() -> Fields {
    Fields::from(vec![
        utf8("message_id", true),
        utf8("from", true),
        utf8("to", true),
        utf8("subject", true),
        timestamp("date", true),
    ])
}

/// [`message_schema`] with a `diagnosis` struct of the fields `columns` only, in that order
/// (the schema of [`read_messages_columns`]' rows).
///
/// ```
/// use mfi_core::contract::Field;
/// let s = mfi_arrow::message_schema_of(&[Field::Reason]).unwrap();
/// assert_eq!(s.fields().len(), mfi_arrow::message_schema().fields().len());
/// assert_eq!(s.field_with_name("diagnosis").unwrap().data_type(),
///            &arrow_schema::DataType::Struct(
///                mfi_arrow::schema_of(&[Field::Reason]).unwrap().fields().clone()));
/// ```
///
/// # Errors
///
/// As [`crate::classify_columns`]: [`Error::NoColumns`], [`Error::DuplicateColumn`].
pub fn message_schema_of(columns: &[mfi_core::contract::Field]) -> Result<Schema, Error> {
    let diagnosis = crate::fields_of(&crate::selection(columns)?);
    Ok(crate::with_version(message_fields_with(diagnosis)))
}

fn message_fields() -> Fields {
    message_fields_with(crate::schema().fields().clone())
}

fn message_fields_with(diagnosis: Fields) -> Fields {
    Fields::from(vec![
        Field::new("message", DataType::Int64, false),
        utf8("kind", true),
        utf8("reporting_mta", true),
        timestamp("arrival_date", true),
        Field::new("original", DataType::Struct(original_fields()), true),
        utf8("recipient", true),
        utf8("original_recipient", true),
        utf8("action", true),
        utf8("status", true),
        utf8("reported_status", true),
        utf8("remote_mta", true),
        utf8("diagnostic_code", true),
        timestamp("last_attempt", true),
        timestamp("will_retry_until", true),
        Field::new("hardbounce", DataType::Boolean, true),
        Field::new("diagnosis", DataType::Struct(diagnosis), true),
    ])
}

/// The rows being built.
struct MessageRows {
    message: Int64Builder,
    kind: StringBuilder,
    reporting_mta: StringBuilder,
    arrival_date: TimestampMicrosecondBuilder,
    original: [StringBuilder; 4],
    original_date: TimestampMicrosecondBuilder,
    original_valid: NullBufferBuilder,
    recipient: StringBuilder,
    original_recipient: StringBuilder,
    action: StringBuilder,
    status: StringBuilder,
    reported_status: StringBuilder,
    remote_mta: StringBuilder,
    diagnostic_code: StringBuilder,
    last_attempt: TimestampMicrosecondBuilder,
    will_retry_until: TimestampMicrosecondBuilder,
    hardbounce: BooleanBuilder,
    diagnosis: Rows,
}

impl MessageRows {
    /// The bytes of text in the fullest string buffer so far.
    fn text_bytes(&self) -> usize {
        let own = [
            &self.kind,
            &self.reporting_mta,
            &self.recipient,
            &self.original_recipient,
            &self.action,
            &self.status,
            &self.reported_status,
            &self.remote_mta,
            &self.diagnostic_code,
        ];
        own.into_iter()
            .chain(&self.original)
            .map(|b| b.values_slice().len())
            .max()
            .unwrap_or(0)
            .max(self.diagnosis.text_bytes())
    }

    /// Rows whose diagnoses hold the fields `specs`.
    fn new(specs: &[&'static FieldSpec], rows: usize) -> Self {
        MessageRows {
            message: Int64Builder::with_capacity(rows),
            kind: strings(rows),
            reporting_mta: strings(rows),
            arrival_date: timestamps(rows),
            original: [strings(rows), strings(rows), strings(rows), strings(rows)],
            original_date: timestamps(rows),
            original_valid: NullBufferBuilder::new(rows),
            recipient: strings(rows),
            original_recipient: strings(rows),
            action: strings(rows),
            status: strings(rows),
            reported_status: strings(rows),
            remote_mta: strings(rows),
            diagnostic_code: strings(rows),
            last_attempt: timestamps(rows),
            will_retry_until: timestamps(rows),
            hardbounce: BooleanBuilder::with_capacity(rows),
            diagnosis: Rows::of(specs.to_vec(), rows),
        }
    }

    /// The message's own fields, for one of its rows (`None`: the input row was null).
    fn push_message(&mut self, index: usize, report: Option<&Report>) {
        self.message
            .append_value(i64::try_from(index).expect("fewer than 2^63 messages"));
        let Some(r) = report else {
            self.kind.append_null();
            self.reporting_mta.append_null();
            self.arrival_date.append_null();
            for b in &mut self.original {
                b.append_null();
            }
            self.original_date.append_null();
            self.original_valid.append_null();
            return;
        };
        self.kind.append_value(r.kind.name());
        self.reporting_mta.append_option(r.reporting_mta.as_deref());
        self.arrival_date.append_option(r.arrival_date.map(micros));
        let o = &r.original;
        let [id, from, to, subject] = &mut self.original;
        id.append_option(o.message_id.as_deref());
        from.append_option(o.from.as_deref());
        to.append_option(o.to.as_deref());
        subject.append_option(o.subject.as_deref());
        self.original_date.append_option(o.date.map(micros));
        self.original_valid.append_non_null();
    }

    /// One row of a message: a recipient's, or (`None`) the one row of a message about no
    /// one or of a null input row.
    fn push(&mut self, index: usize, report: Option<&Report>, recipient: Option<&Recipient>) {
        self.push_message(index, report);
        let Some(rc) = recipient else {
            self.recipient.append_null();
            self.original_recipient.append_null();
            self.action.append_null();
            self.status.append_null();
            self.reported_status.append_null();
            self.remote_mta.append_null();
            self.diagnostic_code.append_null();
            self.last_attempt.append_null();
            self.will_retry_until.append_null();
            self.hardbounce.append_null();
            self.diagnosis.push_null();
            return;
        };
        self.recipient.append_value(&rc.recipient);
        self.original_recipient
            .append_option(rc.original_recipient.as_deref());
        self.action.append_option(rc.action.map(|a| a.name()));
        push_status(&mut self.status, rc.status);
        push_status(&mut self.reported_status, rc.reported_status);
        self.remote_mta.append_option(rc.remote_mta.as_deref());
        self.diagnostic_code
            .append_option(rc.diagnostic_code.as_deref());
        self.last_attempt.append_option(rc.last_attempt.map(micros));
        self.will_retry_until
            .append_option(rc.will_retry_until.map(micros));
        self.hardbounce.append_value(rc.hardbounce);
        self.diagnosis.push(&rc.diagnosis.as_diagnosis());
    }

    fn finish(mut self) -> StructArray {
        fn done(b: &mut impl arrow_array::builder::ArrayBuilder) -> ArrayRef {
            b.finish()
        }
        let [id, from, to, subject] = &mut self.original;
        let original = StructArray::new(
            original_fields(),
            vec![
                done(id),
                done(from),
                done(to),
                done(subject),
                done(&mut self.original_date),
            ],
            self.original_valid.finish(),
        );
        let mut columns: Vec<ArrayRef> = vec![
            done(&mut self.message),
            done(&mut self.kind),
            done(&mut self.reporting_mta),
            done(&mut self.arrival_date),
            Arc::new(original),
            done(&mut self.recipient),
            done(&mut self.original_recipient),
            done(&mut self.action),
            done(&mut self.status),
            done(&mut self.reported_status),
            done(&mut self.remote_mta),
            done(&mut self.diagnostic_code),
            done(&mut self.last_attempt),
            done(&mut self.will_retry_until),
            done(&mut self.hardbounce),
        ];
        let diagnosis = self.diagnosis.finish();
        let fields = message_fields_with(diagnosis.fields().clone());
        columns.push(Arc::new(diagnosis));
        StructArray::new(fields, columns, None)
    }
}

/// Reads messages `rows` of `messages`; `first` is the index of the first among all.
fn build(
    messages: &dyn Array,
    rows: Range<usize>,
    first: usize,
    options: &ReadOptions,
    specs: &[&'static FieldSpec],
    part_bytes: usize,
) -> Vec<StructArray> {
    let kinds = Texts::of(messages).expect("the type was checked");
    let reader = MessageReader::new(*options);
    let mut parts = Vec::new();
    let mut out = MessageRows::new(specs, rows.len());
    let mut fill = Fill::new(part_bytes);
    for (k, i) in rows.clone().enumerate() {
        let text = kinds.get(i, messages);
        let message = text.as_ref().map_or(&[][..], |t| t.as_bytes());
        let report = text.map(|_| reader.read(message));
        let report = report.as_ref();
        let recipients = report.map_or(&[][..], |r| &r.recipients[..]);
        // Row by row, not message by message: each of a message's rows (up to
        // MAX_RECIPIENTS) repeats the message's fields.
        let each = recipients.iter().map(Some);
        for recipient in each.chain(recipients.is_empty().then_some(None)) {
            if fill.full(message.len(), || out.text_bytes()) {
                let rest = MessageRows::new(specs, rows.end - i);
                parts.push(std::mem::replace(&mut out, rest).finish());
            }
            out.push(first + k, report, recipient);
        }
    }
    parts.push(out.finish());
    parts
}

/// Reads every message of an array of messages (`binary`, `large_binary`, `binary_view`,
/// or the string types; one whole message per row, as stored) on up to `threads` threads:
/// a struct array of [`message_schema`], one row per recipient in input order, one row
/// without a recipient for a message that reports on none (an auto-reply, a message that is
/// not a report) or for a null row. `message` is the input row's index.
///
/// ```
/// use arrow_array::{Array, BinaryArray};
/// use arrow_array::cast::AsArray;
/// let bounce = b"From: MAILER-DAEMON@example.jp\r\nSubject: failure notice\r\n\r\n\
///     <kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n\
///     <neko@example.org>:\r\nRemote host said: 552 5.2.2 Mailbox full\r\n";
/// let messages = BinaryArray::from_iter_values([&bounce[..], b"Subject: hi\r\n\r\nhello\r\n"]);
/// let rows = mfi_arrow::read_messages(&[&messages], &Default::default(), 1).unwrap();
/// assert_eq!(rows.len(), 3);
/// let recipient = rows.column_by_name("recipient").unwrap().as_string::<i32>();
/// assert_eq!(recipient.value(1), "neko@example.org");
/// assert!(recipient.is_null(2)); // the second message reports on no one
/// let kind = rows.column_by_name("kind").unwrap().as_string::<i32>();
/// assert_eq!((kind.value(0), kind.value(2)), ("bounce", "not_a_report"));
/// ```
///
/// # Errors
///
/// [`Error::UnsupportedType`] when a chunk is not of bytes or strings;
/// [`Error::TooLarge`] when a column would hold more than 2 GiB of text.
pub fn read_messages(
    messages: &[&dyn Array],
    options: &ReadOptions,
    threads: usize,
) -> Result<StructArray, Error> {
    read_specs(messages, options, threads, None)
}

/// [`read_messages`] with diagnoses of the fields `columns` only, in that order
/// ([`message_schema_of`]); the message's and the recipient's columns are all there.
///
/// ```
/// use arrow_array::{cast::AsArray, Array, BinaryArray, StructArray};
/// use mfi_core::contract::Field;
/// let bounce = b"From: MAILER-DAEMON@example.jp\r\nSubject: failure notice\r\n\r\n\
///     <kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n";
/// let messages = BinaryArray::from_iter_values([&bounce[..]]);
/// let rows = mfi_arrow::read_messages_columns(
///     &[&messages], &Default::default(), 1, &[Field::Reason]).unwrap();
/// let diagnosis: &StructArray = rows.column_by_name("diagnosis").unwrap().as_struct();
/// assert_eq!(diagnosis.num_columns(), 1);
/// assert_eq!(diagnosis.column(0).as_string::<i32>().value(0), "userunknown");
/// ```
///
/// # Errors
///
/// As [`read_messages`], and as [`crate::classify_columns`] for `columns`.
pub fn read_messages_columns(
    messages: &[&dyn Array],
    options: &ReadOptions,
    threads: usize,
    columns: &[mfi_core::contract::Field],
) -> Result<StructArray, Error> {
    read_specs(messages, options, threads, Some(columns))
}

/// The rows of [`read_messages`] (with diagnoses of the fields `columns` for
/// `Some(columns)`, as [`read_messages_columns`]), in order, as one or more struct arrays
/// that are not joined, as [`crate::classify_parts`] gives a classification's;
/// [`crate::join`] makes one array of them.
///
/// # Errors
///
/// As [`read_messages_columns`], but never [`Error::TooLarge`].
pub fn read_messages_parts(
    messages: &[&dyn Array],
    options: &ReadOptions,
    threads: usize,
    columns: Option<&[mfi_core::contract::Field]>,
) -> Result<Vec<StructArray>, Error> {
    let specs = match columns {
        Some(c) => crate::selection(c)?,
        None => crate::every_spec(),
    };
    // A message costs as much as a few hundred lines.
    let accepts = |a: &dyn Array| Texts::of(a).map(drop);
    let parts = in_parallel(messages, threads, 16, accepts, |array, rows, first| {
        build(array, rows, first, options, &specs, PART_TEXT_BYTES)
    })?;
    Ok(if parts.is_empty() {
        vec![MessageRows::new(&specs, 0).finish()]
    } else {
        parts
    })
}

fn read_specs(
    messages: &[&dyn Array],
    options: &ReadOptions,
    threads: usize,
    columns: Option<&[mfi_core::contract::Field]>,
) -> Result<StructArray, Error> {
    join(
        &read_messages_parts(messages, options, threads, columns)?,
        threads,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::BinaryArray;

    #[test]
    fn messages_are_split_where_a_column_fills_and_join_back() {
        let bounce = b"From: MAILER-DAEMON@example.jp\r\nSubject: failure notice\r\n\r\n\
            <kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n\
            <neko@example.org>:\r\nRemote host said: 452 4.2.2 Mailbox full\r\n";
        let messages = BinaryArray::from_iter((0..40).map(|i| (i % 7 != 3).then_some(&bounce[..])));
        let options = ReadOptions::default();
        let specs = crate::every_spec();
        let whole = build(&messages, 0..40, 0, &options, &specs, usize::MAX);
        assert_eq!(whole.len(), 1);
        let parts = build(&messages, 0..40, 0, &options, &specs, 1_000);
        assert!(parts.len() > 3, "{}", parts.len());
        assert_eq!(join(&parts, 2).unwrap(), whole[0]);
    }

    #[test]
    fn one_message_of_many_recipients_is_split_between_its_rows() {
        let mut bounce =
            b"From: MAILER-DAEMON@example.jp\r\nSubject: failure notice\r\n\r\n".to_vec();
        for i in 0..300 {
            bounce.extend_from_slice(
                format!("<user{i}@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n")
                    .as_bytes(),
            );
        }
        let messages = BinaryArray::from_iter_values([&bounce[..]]);
        let (options, specs) = (ReadOptions::default(), crate::every_spec());
        let whole = build(&messages, 0..1, 7, &options, &specs, usize::MAX);
        assert_eq!(whole[0].len(), 300);
        let parts = build(&messages, 0..1, 7, &options, &specs, 5_000);
        assert!(parts.len() > 3, "{}", parts.len());
        assert_eq!(join(&parts, 1).unwrap(), whole[0]);
    }
}
