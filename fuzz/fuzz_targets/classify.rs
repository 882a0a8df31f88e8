//! Classifies arbitrary bytes with every option set, as every front end does
//! (`classify_bytes`), and checks what must always hold: the fast JSON writer equals serde
//! (and its one-field projections make up its object; a classification for some fields
//! gives those fields alike),
//! the borrowed and owned paths agree, the report writes no control character of the input,
//! and a restored diagnosis equals the original.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfi_core::knowledge::locale::Locale;
use mfi_core::{
    classify_bytes, classify_with, ConnectorTarget, Options, Origin, QueueProfile, Timestamp,
};

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_first().map_or((0, data), |(h, b)| (*h, b));
    let t = Timestamp::from_unix(i64::from(head) * 3600);
    let profile = QueueProfile::all().nth(usize::from(head) % 7).unwrap();
    let connector = ConnectorTarget::all().nth(usize::from(head) % 3).unwrap();
    let origin = Origin::all().nth(usize::from(head) % 10).unwrap();
    let locale = Locale::ALL[usize::from(head >> 4) % Locale::ALL.len()];
    let mut opts = Options::new()
        .connector(connector)
        .origin(origin)
        .locale(locale);
    if head & 0x80 != 0 {
        opts = opts.queue(profile, t, t.add_seconds(86_400));
    }
    if head & 0x40 != 0 {
        opts = opts.max_len(usize::from(head & 0x3f) + 1);
    }
    let owned = classify_bytes(body, &opts);
    let d = owned.as_diagnosis();
    assert_eq!(d.to_json(), serde_json::to_string(&d).unwrap());
    assert!(d.text().len() <= body.len() * 3);
    if let Ok(s) = std::str::from_utf8(body) {
        let _ = mfi_core::detect_origin(s);
        assert_eq!(classify_with(s, &opts), d);
    }
    let report = d.render(1, head & 1 == 1);
    assert!(!report.contains(['\r', '\u{7}', '\u{8}', '\u{9b}']));
    // A projection is the full object's members: one field at a time, they make it up.
    let members: Vec<String> = mfi_core::contract::FIELDS
        .iter()
        .map(|f| d.to_json_fields(&[f.field]))
        .filter(|m| m != "{}")
        .map(|m| m[1..m.len() - 1].to_owned())
        .collect();
    assert_eq!(format!("{{{}}}", members.join(",")), d.to_json());
    // A classification for some fields gives those fields as the full one: a field chosen
    // by the input, and the three of a GROUP BY.
    let pick =
        mfi_core::contract::FIELDS[usize::from(head) % mfi_core::contract::FIELDS.len()].field;
    let few = [
        mfi_core::contract::Field::MfiCode,
        mfi_core::contract::Field::Reason,
        mfi_core::contract::Field::Severity,
    ];
    for fields in [&[pick][..], &few[..]] {
        let narrow = classify_bytes(body, &opts.fields(fields));
        assert_eq!(
            narrow.as_diagnosis().to_json_fields(fields),
            d.to_json_fields(fields)
        );
    }
    let restored = mfi_core::internal::restore(d.text().to_owned(), &opts, d.truncated());
    assert_eq!(restored.as_diagnosis().to_json(), d.to_json());
});
