//! Classifies arbitrary bytes with every option set, and checks that the fast JSON writer
//! and serde agree.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfi_core::{classify_with, decode, ConnectorTarget, Options, QueueProfile, Timestamp};

fuzz_target!(|data: &[u8]| {
    let (head, body) = data.split_first().map_or((0, data), |(h, b)| (*h, b));
    let text = decode(body);
    let t = Timestamp::from_unix(i64::from(head) * 3600);
    let profile = QueueProfile::all().nth(usize::from(head) % 7).unwrap();
    let connector = ConnectorTarget::all().nth(usize::from(head) % 3).unwrap();
    let opts = Options::new().connector(connector).queue(profile, t, t.add_seconds(86_400));
    let d = classify_with(&text, &opts);
    assert_eq!(d.to_json(), serde_json::to_string(&d).unwrap());
    let owned = d.clone().into_owned();
    assert_eq!(owned.as_diagnosis(), d);
});
