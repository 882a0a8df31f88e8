//! Whole messages as Arrow rows: every fixture message of `testdata/messages`, read as one
//! column, gives rows that rebuild exactly the report JSON of `mfi_mail::read_message`.

mod common;

use arrow_array::cast::AsArray;
use arrow_array::types::Int64Type;
use arrow_array::{Array, BinaryArray, StringArray};
use serde_json::{json, Map, Value};

fn fixtures() -> Vec<Vec<u8>> {
    let dir = mfi_testdata::dir().join("messages");
    mfi_testdata::eml_names(&dir)
        .iter()
        .map(|n| std::fs::read(dir.join(n)).unwrap())
        .collect()
}

/// The report objects the rows of `rows` describe, one per input message.
fn reports(rows: &arrow_array::StructArray, messages: usize) -> Vec<Value> {
    let index = rows
        .column_by_name("message")
        .unwrap()
        .as_primitive::<Int64Type>();
    let col = |name: &str, i: usize| common::json(rows.column_by_name(name).unwrap(), i);
    let mut out: Vec<Value> = vec![Value::Null; messages];
    for i in 0..rows.len() {
        let m = usize::try_from(index.value(i)).unwrap();
        if out[m].is_null() {
            let mut report: Map<String, Value> = mfi_mail::REPORT_FIELDS
                .iter()
                .filter(|&&f| f != "recipients")
                .map(|&f| (f.to_string(), col(f, i)))
                .collect();
            report.insert("recipients".into(), json!([]));
            out[m] = Value::Object(report);
        }
        if rows.column_by_name("recipient").unwrap().is_null(i) {
            continue;
        }
        let mut r = Map::new();
        for &f in mfi_mail::RECIPIENT_FIELDS
            .iter()
            .filter(|&&f| f != "diagnosis")
        {
            r.insert(f.into(), col(f, i));
        }
        let d = rows.column_by_name("diagnosis").unwrap().as_struct();
        r.insert("diagnosis".into(), common::row(d, i));
        out[m]["recipients"]
            .as_array_mut()
            .unwrap()
            .push(Value::Object(r));
    }
    out
}

#[test]
fn every_fixture_message_rebuilds_its_report_json() {
    let messages = fixtures();
    assert!(messages.len() >= 20);
    let opts = mfi_mail::ReadOptions::default();
    let want: Vec<Value> = messages
        .iter()
        .map(|m| serde_json::from_str(&mfi_mail::read_message(m, &opts).to_json()).unwrap())
        .collect();
    // Twice over, in two chunks, on three threads: indexes run across chunks.
    let all = BinaryArray::from_iter_values(messages.iter());
    let rows = mfi_arrow::read_messages(&[&all, &all], &opts, 3).unwrap();
    assert_eq!(rows.fields(), mfi_arrow::message_schema().fields());
    let got = reports(&rows, 2 * messages.len());
    for (i, g) in got.iter().enumerate() {
        assert_eq!(g, &want[i % messages.len()], "message {i}");
    }
    // Every message gives at least one row; recipients are rows of their own.
    let recipients: usize = want
        .iter()
        .map(|w| w["recipients"].as_array().unwrap().len().max(1))
        .sum();
    assert_eq!(rows.len(), 2 * recipients);
}

#[test]
fn nulls_strings_and_non_reports() {
    let bounce = "From: MAILER-DAEMON@example.jp\r\nSubject: failure notice\r\n\r\n\
        <kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n";
    let texts = StringArray::from(vec![
        Some(bounce),
        None,
        Some("not a message at all"),
        Some(""),
    ]);
    let rows = mfi_arrow::read_messages(&[&texts], &Default::default(), 1).unwrap();
    assert_eq!(rows.len(), 4);
    let kind = rows.column_by_name("kind").unwrap();
    assert_eq!(kind.as_string::<i32>().value(0), "bounce");
    assert!(kind.is_null(1)); // a null message: its index, nothing else
    assert!(rows.column_by_name("diagnosis").unwrap().is_null(1));
    assert!(rows.column_by_name("original").unwrap().is_null(1));
    assert_eq!(kind.as_string::<i32>().value(2), "not_a_report");
    let index = rows
        .column_by_name("message")
        .unwrap()
        .as_primitive::<Int64Type>();
    assert_eq!(index.values().to_vec(), vec![0, 1, 2, 3]);
    let err = mfi_arrow::read_messages(
        &[&arrow_array::Int32Array::from(vec![1])],
        &Default::default(),
        1,
    );
    assert!(err.is_err());
    let none = mfi_arrow::read_messages(&[], &Default::default(), 2).unwrap();
    assert_eq!(
        (none.len(), none.fields()),
        (0, mfi_arrow::message_schema().fields())
    );
}

#[test]
fn the_schema_is_the_report_json_flattened() {
    let s = mfi_arrow::message_schema();
    let names: Vec<&str> = s.fields().iter().map(|f| f.name().as_str()).collect();
    let mut want = vec!["message"];
    want.extend(
        mfi_mail::REPORT_FIELDS
            .iter()
            .filter(|&&f| f != "recipients"),
    );
    want.extend(mfi_mail::RECIPIENT_FIELDS);
    assert_eq!(names, want);
    let original = s.field_with_name("original").unwrap().data_type();
    let arrow_schema::DataType::Struct(fields) = original else {
        panic!("original: {original}")
    };
    let names: Vec<&str> = fields.iter().map(|f| f.name().as_str()).collect();
    assert_eq!(names, mfi_mail::ORIGINAL_FIELDS);
}

/// Diagnoses of some fields: every other column is the full rows', and the diagnosis
/// struct holds those fields of the full rows' diagnoses, in the order asked.
#[test]
fn diagnoses_of_chosen_columns() {
    use mfi_core::contract::Field;
    let messages = fixtures();
    let column = BinaryArray::from_iter_values(messages.iter().map(Vec::as_slice));
    let full = mfi_arrow::read_messages(&[&column], &Default::default(), 2).unwrap();
    let pick = [Field::Causes, Field::MfiCode, Field::Reason];
    let schema = mfi_arrow::message_schema_of(&pick).unwrap();
    let got = mfi_arrow::read_messages_columns(&[&column], &Default::default(), 2, &pick).unwrap();
    assert_eq!(got.fields(), schema.fields());
    for (i, f) in got.fields().iter().enumerate() {
        let want = full.column_by_name(f.name()).unwrap();
        if f.name() != "diagnosis" {
            assert_eq!(got.column(i), want, "{}", f.name());
            continue;
        }
        let (got, want) = (got.column(i).as_struct(), want.as_struct());
        assert_eq!(got.nulls(), want.nulls());
        for (k, d) in got.fields().iter().enumerate() {
            assert_eq!(got.column(k), want.column_by_name(d.name()).unwrap());
        }
        assert_eq!(got.num_columns(), pick.len());
    }
    let err = mfi_arrow::read_messages_columns(&[&column], &Default::default(), 1, &[]);
    assert!(matches!(err, Err(mfi_arrow::Error::NoColumns)));
}
