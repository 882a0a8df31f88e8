//! Arbitrary bytes as Arrow columns: split at `\n` into a column of texts (classified on two
//! threads, with a null among them) and at `\x00\x00` into a column of messages, and checks
//! what must always hold: no panic, one row per text, one or more per message, arrays that
//! pass arrow's full validation (offsets, UTF-8, nulls of every nested column), parts that
//! join to the rows, and rows of a few columns equal to those columns of the full rows.
#![no_main]

use arrow_array::{Array, BinaryArray};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let opts = mfi_core::Options::new().queue(
        mfi_core::QueueProfile::Postfix,
        mfi_core::Timestamp::from_unix(0),
        mfi_core::Timestamp::from_unix(3600),
    );
    let mut texts: Vec<Option<&[u8]>> = data.split(|&b| b == b'\n').map(Some).collect();
    texts.insert(texts.len() / 2, None);
    let texts = BinaryArray::from(texts);
    let rows = mfi_arrow::classify_chunks(&[&texts], &opts, 2).expect("bytes are texts");
    assert_eq!(rows.len(), texts.len());
    rows.to_data().validate_full().expect("valid Arrow data");
    let parts = mfi_arrow::classify_parts(&[&texts], &opts, 2, None).expect("bytes are texts");
    assert_eq!(mfi_arrow::join(&parts, 2).expect("small"), rows);
    // Up to four distinct columns, chosen and ordered by the input's first byte: each is
    // the full rows' column of its name.
    let seed = usize::from(data.first().copied().unwrap_or(0));
    let fields = mfi_core::contract::FIELDS;
    let pick: Vec<_> = (0..1 + seed % 4)
        .map(|k| fields[(seed / 4 + 5 * k) % fields.len()].field)
        .collect();
    let few = mfi_arrow::classify_columns(&[&texts], &opts, 2, &pick).expect("distinct columns");
    few.to_data().validate_full().expect("valid Arrow data");
    for (i, f) in few.fields().iter().enumerate() {
        assert_eq!(few.column(i), rows.column_by_name(f.name()).unwrap());
    }

    let messages: Vec<&[u8]> = data.split(|&b| b == 0).filter(|m| !m.is_empty()).collect();
    let messages = BinaryArray::from_iter_values(messages);
    let reports = mfi_arrow::read_messages(&[&messages], &Default::default(), 2)
        .expect("bytes are messages");
    assert!(reports.len() >= messages.len());
    reports.to_data().validate_full().expect("valid Arrow data");
});
