//! Properties over arbitrary input: classification never panics, always serialises to the
//! contract's keys, treats line endings and long texts the same way on every path. (That
//! its work grows linearly is counted in instructions by `benches/tests/linear_work.rs`.)

use mfi_core::{classify_with, decode, ConnectorTarget, Options, QueueProfile, Timestamp};
use proptest::prelude::*;

fn all_options() -> Vec<Options> {
    let t = Timestamp::from_unix(1_700_000_000);
    vec![
        Options::new(),
        Options::new().connector(ConnectorTarget::Partner),
        Options::new().connector(ConnectorTarget::OnPremises).queue(
            QueueProfile::ExchangeOnline,
            t,
            t.add_seconds(90_000),
        ),
    ]
}

fn check(text: &str) {
    for o in all_options() {
        let d = classify_with(text, &o);
        let v = serde_json::to_value(&d).expect("serialises");
        for f in mfi_core::contract::FIELDS {
            assert!(
                v.get(f.name).is_some() || f.name == "queue",
                "missing {}",
                f.name
            );
        }
        assert_eq!(d.mfi_code().is_some(), d.mfi_match().is_some());
        for r in d.chain() {
            assert!(text.contains(r.text));
        }
    }
}

/// Fragments of the shapes, so that generated texts reach deep into the parser.
const PIECES: &[&str] = &[
    "450 ",
    "4.4.316 ",
    "550-",
    "5.4.300 ",
    " -> ",
    "[Message=",
    "]",
    "{LED=",
    "};{",
    "}",
    "Server at ",
    " (",
    ")",
    " returned '",
    "'",
    "\"",
    "smtp;",
    "#",
    "Socket error code 10061",
    "InfoNoRecords",
    "UntrustedRoot",
    "Message expired",
    "status=deferred",
    "[",
    "=",
    " said: ",
    "host ",
    "connect to ",
    "(in reply to RCPT TO command)",
    "2024-06-01T10:11:12.345Z",
    ".",
    "4.",
    "\u{FFFD}",
    "é",
    "\0",
    "\t",
    "version ",
    "10060",
];

fn shaped() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_on_strings(s in ".{0,300}") {
        check(&s);
    }

    #[test]
    fn never_panics_on_bytes(b in prop::collection::vec(any::<u8>(), 0..300)) {
        check(&decode(&b));
    }

    #[test]
    fn never_panics_on_shapes(s in shaped()) {
        check(&s);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    /// One line ending at the end is no part of the text, on the str and the bytes paths.
    #[test]
    fn a_trailing_line_end_is_ignored(s in shaped(), end in prop::sample::select(&["\n", "\r\n", "\r"][..])) {
        let with = format!("{s}{end}");
        let plain = mfi_core::classify(&s);
        prop_assume!(!s.ends_with(['\r', '\n']));
        prop_assert_eq!(mfi_core::classify(&with), plain.clone());
        let bytes = mfi_core::classify_bytes(with.as_bytes(), &Options::new());
        prop_assert_eq!(bytes.as_diagnosis(), plain);
    }

    /// A cut text is the classification of its prefix, marked truncated; the str and bytes
    /// paths cut valid UTF-8 at the same place.
    #[test]
    fn a_cut_text_is_its_prefix(s in ".{0,200}", n in 1usize..120) {
        let opts = Options::new().max_len(n);
        let d = classify_with(&s, &opts);
        prop_assert!(d.text().len() <= n);
        prop_assert!(s.starts_with(d.text()));
        let t = s
            .strip_suffix("\r\n")
            .or_else(|| s.strip_suffix(['\n', '\r']))
            .unwrap_or(&s);
        prop_assert_eq!(d.truncated(), t.len() > n);
        let b = mfi_core::classify_bytes(s.as_bytes(), &opts);
        prop_assert_eq!(b.as_diagnosis(), d);
    }
}
