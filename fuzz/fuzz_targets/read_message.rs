//! Reads arbitrary bytes as a message, as every front end does (`mfi_mail::read_message`),
//! and checks what must always hold: no panic, the JSON is valid and serde's, every
//! recipient has an address and a diagnosis whose JSON is serde's, and the recipients stay
//! within the cap. (That LF and CRLF read the same is a test of the fixtures.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfi_mail::{read_message, ReadOptions, MAX_RECIPIENTS};

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions::default().profile(mfi_core::QueueProfile::Postfix);
    let r = read_message(data, &opts);
    assert!(r.recipients.len() <= MAX_RECIPIENTS);
    let json = r.to_json();
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["recipients"].as_array().map(Vec::len), Some(r.recipients.len()));
    for rec in &r.recipients {
        assert!(!rec.recipient.is_empty());
        let d = rec.diagnosis.as_diagnosis();
        assert_eq!(d.to_json(), serde_json::to_string(&d).unwrap());
    }
});
