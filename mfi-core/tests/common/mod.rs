//! What the core's tests share: the option sets of `testdata/parity/options.tsv` as
//! [`Options`].

use mfi_core::{ConnectorTarget, Options, QueueProfile, Timestamp};
use mfi_testdata::OptionSet;

/// The core options of a named option set.
pub fn options(set: &OptionSet) -> Options {
    let mut o = Options::new();
    if let Some(c) = &set.connector {
        o = o.connector(ConnectorTarget::from_name(c).expect("connector"));
    }
    if let Some(p) = &set.profile {
        let p = QueueProfile::from_name(p).expect("profile");
        let first: Timestamp = set
            .first_attempt
            .as_deref()
            .expect("first_attempt")
            .parse()
            .unwrap();
        let now: Timestamp = set.now.as_deref().expect("now").parse().unwrap();
        o = o.queue(p, first, now);
    }
    if let Some(n) = set.max_len {
        o = o.max_len(n);
    }
    o
}
