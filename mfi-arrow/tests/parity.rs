//! Every column of every row equals the contract's JSON: the parity cases (every test text
//! under every option set) classified as Arrow rows, read back into JSON values and compared
//! with `testdata/parity/expected.jsonl`.

use std::sync::Arc;

mod common;
use common::row;

use arrow_array::cast::AsArray;
use arrow_array::{
    Array, ArrayRef, BinaryArray, DictionaryArray, Int16Array, Int32Array, LargeStringArray,
    NullArray, StringArray, StringViewArray, UInt8Array,
};
use arrow_schema::DataType;
use mfi_core::contract::{Field, Kind, FIELDS, QUEUE_FIELDS, REMEDIATION_FIELDS, REPLY_FIELDS};
use serde_json::Value;

#[test]
fn every_row_equals_the_contract_json() {
    let cases = mfi_testdata::parity_cases();
    let expected = mfi_testdata::parity_expected();
    assert_eq!(cases.len(), expected.len());
    let sets = mfi_testdata::option_sets();
    let mut failures = Vec::new();
    for set in &sets {
        let opts = mfi_testdata::options(set);
        let mine: Vec<usize> = (0..cases.len())
            .filter(|&i| cases[i].options == set.name)
            .collect();
        let texts = BinaryArray::from_iter_values(mine.iter().map(|&i| &cases[i].text));
        // Two threads, so that the rows of several parts are joined as well.
        let rows = mfi_arrow::classify_chunks(&[&texts], &opts, 2).unwrap();
        assert_eq!(rows.len(), mine.len());
        for (j, &i) in mine.iter().enumerate() {
            let want: Value = serde_json::from_str(&expected[i]).unwrap();
            let got = row(&rows, j);
            if got != want {
                failures.push(format!(
                    "{} ({}):\n  arrow {got}\n  json  {want}",
                    cases[i].at, set.name
                ));
            }
        }
    }
    mfi_testdata::assert_all_pass("Arrow rows equal to the JSON", &failures, cases.len());
}

#[test]
fn string_types_and_nulls() {
    let texts = ["450 4.4.316 Connection refused", "550 5.1.1 User unknown"];
    let want =
        mfi_arrow::classify(&StringArray::from(texts.to_vec()), &Default::default()).unwrap();
    let arrays: Vec<ArrayRef> = vec![
        Arc::new(LargeStringArray::from(texts.to_vec())),
        Arc::new(StringViewArray::from(texts.to_vec())),
        Arc::new(BinaryArray::from_iter_values(texts)),
    ];
    for a in arrays {
        let got = mfi_arrow::classify(&a, &Default::default()).unwrap();
        assert_eq!(got, want, "{}", a.data_type());
    }
    // A null text is a null row whose every column is null.
    let rows = mfi_arrow::classify(
        &StringArray::from(vec![None, Some("450 4.4.316 Connection refused")]),
        &Default::default(),
    )
    .unwrap();
    assert!(rows.is_null(0) && rows.is_valid(1));
    assert!(rows.columns().iter().all(|c| c.is_null(0)));
    let nulls = mfi_arrow::classify(&NullArray::new(3), &Default::default()).unwrap();
    assert_eq!((nulls.len(), nulls.null_count()), (3, 3));
    let err = mfi_arrow::classify(&arrow_array::Int32Array::from(vec![1]), &Default::default())
        .unwrap_err();
    assert!(err.to_string().contains("not Int32"), "{err}");
}

#[test]
fn a_batch_is_the_rows_as_columns() {
    let texts = StringArray::from(vec![Some("450 4.4.316 Connection refused"), None]);
    let rows = mfi_arrow::classify(&texts, &Default::default()).unwrap();
    let batch = mfi_arrow::classify_batch(&texts, &Default::default()).unwrap();
    assert_eq!(batch.schema().as_ref(), &mfi_arrow::schema());
    assert_eq!(batch.columns(), rows.columns());
}

#[test]
fn invalid_utf8_bytes_are_read_as_every_front_end_reads_them() {
    let texts = BinaryArray::from_iter_values([b"450 4.4.316 Connection refused\xff".as_slice()]);
    let rows = mfi_arrow::classify(&texts, &Default::default()).unwrap();
    let chain = rows
        .column_by_name("chain")
        .unwrap()
        .as_list::<i32>()
        .value(0);
    let text = chain.as_struct().column_by_name("text").unwrap();
    assert!(text.as_string::<i32>().value(0).ends_with('\u{FFFD}'));
}

#[test]
fn chunks_and_threads_keep_the_order() {
    let all: Vec<String> = mfi_testdata::all_texts()
        .iter()
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let one = StringArray::from_iter_values(&all);
    let want = mfi_arrow::classify(&one, &Default::default()).unwrap();
    let (a, b) = all.split_at(all.len() / 3);
    let (a, b) = (
        StringArray::from_iter_values(a),
        StringArray::from_iter_values(b),
    );
    let empty = StringArray::from_iter_values(Vec::<String>::new());
    for threads in [1, 2, 3, 7] {
        let got =
            mfi_arrow::classify_chunks(&[&a, &empty, &b], &Default::default(), threads).unwrap();
        assert_eq!(got, want, "{threads} threads");
    }
    let none = mfi_arrow::classify_chunks(&[], &Default::default(), 4).unwrap();
    assert_eq!(none.len(), 0);
    assert_eq!(none.fields(), want.fields());
}

#[test]
fn a_dictionary_gives_the_rows_of_its_values() {
    // Every test text, and each again with a word after it (more values than one thread's
    // memo holds), named by keys in a scattered order, each several times, with null keys
    // among them.
    let texts: Vec<String> = mfi_testdata::all_texts()
        .iter()
        .map(|t| String::from_utf8_lossy(t).into_owned())
        .collect();
    let all: Vec<String> = (0..4096 / texts.len() + 2)
        .flat_map(|r| {
            texts
                .iter()
                .map(move |t| format!("{t}{}", " again".repeat(r)))
        })
        .collect();
    let n = all.len();
    assert!(n > 4096, "the values outnumber a memo's slots");
    let keys: Vec<Option<i32>> = (0..3 * n)
        .map(|i| (i % 13 != 5).then(|| ((i * 7919) % n) as i32))
        .collect();
    let plain: StringArray = keys.iter().map(|k| k.map(|k| &all[k as usize])).collect();
    let want = mfi_arrow::classify(&plain, &Default::default()).unwrap();
    let dictionary = DictionaryArray::new(
        Int32Array::from(keys.clone()),
        Arc::new(StringArray::from_iter_values(&all)),
    );
    for threads in [1, 3] {
        let got = mfi_arrow::classify_chunks(&[&dictionary], &Default::default(), threads);
        assert_eq!(got.unwrap(), want, "{threads} threads");
    }
    // A slice of it (its keys start at an offset), and some columns only.
    let columns = [Field::MfiCode, Field::Reason, Field::Attributes];
    let got = mfi_arrow::classify_columns(
        &[&dictionary.slice(1000, 5000)],
        &Default::default(),
        2,
        &columns,
    )
    .unwrap();
    let want = mfi_arrow::classify_columns(
        &[&plain.slice(1000, 5000)],
        &Default::default(),
        1,
        &columns,
    )
    .unwrap();
    assert_eq!(got, want);
    // Bytes as values, a null value, small keys; and a dictionary of no values.
    let values = BinaryArray::from(vec![
        Some(b"450 4.4.316 Connection refused\xff".as_slice()),
        None,
        Some(b"550 5.1.1 User unknown"),
    ]);
    let small = DictionaryArray::new(
        UInt8Array::from(vec![Some(2), Some(1), None, Some(0), Some(2)]),
        Arc::new(values.clone()),
    );
    let plain = BinaryArray::from(vec![
        values.is_valid(2).then(|| values.value(2)),
        None,
        None,
        Some(values.value(0)),
        Some(values.value(2)),
    ]);
    let got = mfi_arrow::classify(&small, &Default::default()).unwrap();
    assert_eq!(
        got,
        mfi_arrow::classify(&plain, &Default::default()).unwrap()
    );
    assert_eq!(got.null_count(), 2);
    let empty = DictionaryArray::new(
        Int16Array::from(vec![None, None]),
        Arc::new(StringArray::from(Vec::<&str>::new())),
    );
    let got = mfi_arrow::classify(&empty, &Default::default()).unwrap();
    assert_eq!((got.len(), got.null_count()), (2, 2));
    // A dictionary of anything but texts is refused, as such a column is.
    let numbers = DictionaryArray::new(
        Int32Array::from(vec![0]),
        Arc::new(Int32Array::from(vec![7])),
    );
    let err = mfi_arrow::classify(&numbers, &Default::default()).unwrap_err();
    assert!(
        err.to_string().contains("not Dictionary(Int32, Int32)"),
        "{err}"
    );
}

#[test]
fn the_schema_follows_the_contract() {
    let s = mfi_arrow::schema();
    let names: Vec<_> = s.fields().iter().map(|f| f.name().as_str()).collect();
    let want: Vec<_> = FIELDS.iter().map(|f| f.name).collect();
    assert_eq!(names, want);
    // Every kind has a column type of its own (none falls back to strings by accident).
    for f in FIELDS {
        let t = s.field_with_name(f.name).unwrap().data_type();
        let is_string = matches!(
            f.kind,
            Kind::OptStatus | Kind::Name(_) | Kind::OptName(_) | Kind::OptText
        );
        assert_eq!(t == &DataType::Utf8, is_string, "{}: {t}", f.name);
    }
    // The objects' fields are the contract's, in its order.
    let names_of = |field: &str| -> Vec<String> {
        let t = s.field_with_name(field).unwrap().data_type();
        let t = match t {
            DataType::List(i) => i.data_type(),
            t => t,
        };
        match t {
            DataType::Struct(f) => f.iter().map(|f| f.name().clone()).collect(),
            t => panic!("{field}: {t}"),
        }
    };
    let sub = |l: &[mfi_core::contract::SubField]| -> Vec<String> {
        l.iter().map(|f| f.name.to_string()).collect()
    };
    assert_eq!(names_of("remediations"), sub(REMEDIATION_FIELDS));
    assert_eq!(names_of("chain"), sub(REPLY_FIELDS));
    assert_eq!(names_of("queue"), sub(QUEUE_FIELDS));
    let keys: Vec<String> = mfi_core::AttrKey::all()
        .map(|k| k.name().to_string())
        .collect();
    assert_eq!(names_of("attributes"), keys);
    // No unsigned integers anywhere (Spark has none).
    assert!(!format!("{:?}", s).contains("UInt"));
}

/// A compact type name for the contract document.
fn render(t: &DataType) -> String {
    match t {
        DataType::Int32 => "int32".into(),
        DataType::Int64 => "int64".into(),
        DataType::Utf8 => "string".into(),
        DataType::Boolean => "bool".into(),
        DataType::Timestamp(_, Some(tz)) => format!("timestamp[us, {tz}]"),
        DataType::List(f) => format!("list<{}>", render(f.data_type())),
        DataType::Struct(fs) if fs.len() == FIELDS.len() => "struct<the classify schema>".into(),
        DataType::Struct(fs) => {
            let inner: Vec<String> = fs
                .iter()
                .map(|f| format!("{}: {}", f.name(), render(f.data_type())))
                .collect();
            format!("struct<{}>", inner.join(", "))
        }
        t => panic!("no name for {t}"),
    }
}

fn table(s: &arrow_schema::Schema) -> String {
    let mut out = String::from("| column | Arrow type |\n|---|---|\n");
    for f in s.fields() {
        out.push_str(&format!(
            "| `{}` | `{}` |\n",
            f.name(),
            render(f.data_type())
        ));
    }
    out
}

#[test]
fn the_contract_document_lists_the_arrow_schemas() {
    let path = mfi_testdata::root().join("docs/contract.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    for (what, s) in [
        ("classify", mfi_arrow::schema()),
        ("messages", mfi_arrow::message_schema()),
    ] {
        let want = table(&s);
        assert!(
            doc.contains(&want),
            "docs/contract.md lacks the {what} schema's table; it is:\n{want}"
        );
    }
}

/// Rows split over threads are joined back with their nulls where they were (every part
/// big enough for a thread of its own).
#[test]
fn joined_parts_keep_null_rows() {
    let all = mfi_testdata::all_texts();
    let texts: Vec<Option<String>> = (0..5000)
        .map(|i| (i % 7 != 3).then(|| String::from_utf8_lossy(&all[i % all.len()]).into_owned()))
        .collect();
    let array = StringArray::from(texts.clone());
    let want = mfi_arrow::classify(&array, &Default::default()).unwrap();
    assert_eq!(
        want.null_count(),
        texts.iter().filter(|t| t.is_none()).count()
    );
    for threads in [2, 3, 4] {
        let got = mfi_arrow::classify_chunks(&[&array], &Default::default(), threads).unwrap();
        assert_eq!(got, want, "{threads} threads");
        for (i, t) in texts.iter().enumerate() {
            assert_eq!(got.is_null(i), t.is_none(), "row {i}, {threads} threads");
        }
    }
}

/// Some columns, in any order: each is the full rows' column of that name, for every test
/// text and option set, on one thread and on several; the schema is `schema_of`'s.
#[test]
fn chosen_columns_are_those_of_the_full_rows() {
    use mfi_core::contract::Field;
    let cases = mfi_testdata::parity_cases();
    let picks: [&[Field]; 4] = [
        &[Field::MfiCode],
        &[Field::Reason, Field::MfiCode, Field::Causes],
        &[
            Field::Queue,
            Field::Attributes,
            Field::Chain,
            Field::Remediations,
        ],
        &[
            Field::Truncated,
            Field::ReplyCode,
            Field::Meaning,
            Field::Expired,
        ],
    ];
    for set in &mfi_testdata::option_sets() {
        let opts = mfi_testdata::options(set);
        let texts = BinaryArray::from_iter_values(
            cases
                .iter()
                .filter(|c| c.options == set.name)
                .map(|c| &c.text),
        );
        let full = mfi_arrow::classify_chunks(&[&texts], &opts, 1).unwrap();
        for pick in picks {
            let schema = mfi_arrow::schema_of(pick).unwrap();
            for threads in [1, 3] {
                let got = mfi_arrow::classify_columns(&[&texts], &opts, threads, pick).unwrap();
                assert_eq!(got.fields(), schema.fields(), "{pick:?}");
                assert_eq!(got.nulls(), full.nulls(), "{pick:?}");
                for (i, f) in schema.fields().iter().enumerate() {
                    let want = full.column_by_name(f.name()).unwrap();
                    assert_eq!(
                        got.column(i),
                        want,
                        "{} ({}, {threads} threads)",
                        f.name(),
                        set.name
                    );
                }
            }
        }
    }
    // Enough rows for several threads' parts to be joined.
    let all = mfi_testdata::all_texts();
    let many = BinaryArray::from_iter_values(all.iter().cycle().take(3 * 1024 + 7));
    let full = mfi_arrow::classify_chunks(&[&many], &Default::default(), 1).unwrap();
    let got = mfi_arrow::classify_columns(&[&many], &Default::default(), 3, picks[2]).unwrap();
    for (i, f) in got.fields().iter().enumerate() {
        assert_eq!(got.column(i), full.column_by_name(f.name()).unwrap());
    }
    let none = StringArray::from_iter_values(Vec::<String>::new());
    let empty = mfi_arrow::classify_columns(&[&none], &Default::default(), 2, picks[1]).unwrap();
    assert_eq!((empty.len(), empty.num_columns()), (0, 3));
}

#[test]
fn no_columns_or_one_twice_is_an_error() {
    use mfi_core::contract::Field;
    let texts = StringArray::from(vec!["550 5.1.1 User unknown"]);
    let opts = Default::default();
    let err = mfi_arrow::classify_columns(&[&texts], &opts, 1, &[]).unwrap_err();
    assert!(matches!(err, mfi_arrow::Error::NoColumns), "{err}");
    let twice = [Field::Reason, Field::Causes, Field::Reason];
    let err = mfi_arrow::classify_columns(&[&texts], &opts, 1, &twice).unwrap_err();
    assert_eq!(err.to_string(), "column \"reason\" asked for twice");
    assert!(mfi_arrow::schema_of(&twice).is_err());
}
