//! The parsers of names, field lists, codes and times: never panic, and what parses prints back to
//! something that parses to the same value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mfi_core::{Cause, EnhancedStatus, QueueProfile, ReplyCode, Timestamp};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(t) = s.parse::<Timestamp>() {
        assert_eq!(t.to_string().parse::<Timestamp>().unwrap(), t);
    }
    if let Ok(st) = s.parse::<EnhancedStatus>() {
        assert_eq!(st.to_string().parse::<EnhancedStatus>().unwrap(), st);
    }
    if let Ok(c) = s.parse::<ReplyCode>() {
        assert_eq!(c.to_string().parse::<ReplyCode>().unwrap(), c);
    }
    if let Ok(p) = QueueProfile::from_name(s) {
        assert_eq!(QueueProfile::from_name(p.name()).unwrap(), p);
    }
    let _ = Cause::from_name(s);
    if let Ok(fields) = mfi_core::contract::Field::parse_list(s) {
        assert!(!fields.is_empty());
        let names: Vec<&str> = fields.iter().map(|f| f.spec().name).collect();
        assert_eq!(
            mfi_core::contract::Field::parse_list(&names.join(",")).unwrap(),
            fields
        );
    }
    if let Ok(q) = mfi_core::internal::queue_outcome_from_json(s) {
        let _ = q.to_json();
    }
});
