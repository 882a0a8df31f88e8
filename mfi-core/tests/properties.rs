//! Properties over arbitrary input: classification never panics, always serialises to the
//! contract's keys, and its work grows linearly with the input.

use std::time::Instant;

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
        for key in [
            "reply_code",
            "enhanced_status",
            "severity",
            "mfi_code",
            "mfi_match",
            "expired",
            "reason",
            "causes",
            "remediations",
            "chain",
            "attributes",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
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

/// The fastest of several runs, in nanoseconds.
fn best_time(text: &str) -> u128 {
    (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(classify_with(std::hint::black_box(text), &Options::new()));
            t.elapsed().as_nanos()
        })
        .min()
        .unwrap()
}

/// Work must grow linearly: 16 times the input may cost at most 64 times the time (a
/// quadratic pass would cost about 256 times). This is a complexity check with a wide
/// margin, not a speed target; those live in the criterion benches.
#[test]
fn time_grows_linearly_on_adversarial_inputs() {
    let units = [
        "[Message=",
        "{LED=",
        "4.4.4.",
        "550-",
        "450 4.4.316 ",
        "Server at (",
        "host x[",
        "[a.b.c.d 2024-06-01T10:11:12Z x] ",
        "10061 ",
        "(in reply to ",
        "\"",
        "-> ",
        "a",
        "5.5.5 ",
        "[x=",
        "smtp;554 5.4.6 ",
    ];
    for unit in units {
        let small = unit.repeat(20_000 / unit.len() + 1);
        let large = unit.repeat(16 * (20_000 / unit.len() + 1));
        let (ts, tl) = (best_time(&small).max(1), best_time(&large));
        assert!(
            tl < 64 * ts + 2_000_000,
            "{unit:?}: {ts} ns -> {tl} ns for 16x the input"
        );
    }
}
