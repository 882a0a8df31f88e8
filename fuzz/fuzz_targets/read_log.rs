//! Reads arbitrary bytes as a log (the format found from its first lines, as `mfi report`
//! does; the first byte can force each format instead), and checks what must always hold:
//! no panic, every event's JSON valid, every failure diagnosed, the incidents' counts
//! consistent with the events.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfi_log::{EventKind, Format, Incidents, LogReader, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let (format, text) = match data.split_first() {
        Some((&b, rest)) if b < Format::ALL.len() as u8 => (Some(Format::ALL[usize::from(b)]), rest),
        _ => (None, data),
    };
    let mut options = ReadOptions::default().year(2026).max_line_len(4096);
    if let Some(f) = format {
        options = options.format(f);
    }
    // As bytes (lossy) through the text reader: the same path as a file.
    let text = String::from_utf8_lossy(text);
    let mut incidents = Incidents::new();
    let mut failures = 0u64;
    for event in LogReader::from_text(&text, &options) {
        let Ok(e) = event else { continue };
        let v: serde_json::Value = serde_json::from_str(&e.to_json()).expect("valid JSON");
        assert_eq!(v["kind"], e.kind.name());
        if e.kind != EventKind::Delivered {
            assert!(e.diagnosis.is_some());
            failures += 1;
        }
        incidents.add(&e);
    }
    let list = incidents.finish(None, 24);
    assert_eq!(list.iter().map(|i| i.events).sum::<u64>(), failures);
    for i in &list {
        assert!(i.messages <= i.events && i.recipients <= i.events);
        let _: serde_json::Value = serde_json::from_str(&i.to_json()).expect("valid JSON");
    }
});
