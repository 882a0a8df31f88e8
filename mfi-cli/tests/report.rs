//! `mfi report` end to end: the fixture logs (`testdata/logs`) through every output, the
//! filters, standard input, folders, errors and hostile input.

mod common;
use common::{json_lines, mfi};

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn logs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/logs")
}

fn report(args: &[&str]) -> Output {
    let mut all = vec!["report", "--year", "2026"];
    all.extend_from_slice(args);
    mfi(&all, b"")
}

fn path(name: &str) -> String {
    logs().join(name).display().to_string()
}

#[test]
fn incidents_as_json_name_the_failure_and_the_destination() {
    let out = report(&["--json", &path("postfix.log")]);
    assert!(out.status.success(), "{out:?}");
    let rows = json_lines(&out);
    let refused = rows
        .iter()
        .find(|r| r["destination"] == "refused.example.net")
        .expect("an incident for refused.example.net");
    assert_eq!(refused["mfi_code"], "4.4.316");
    assert_eq!(refused["state"], "resolved");
    assert_eq!(refused["hosts"][0], "mx1.refused.example.net");
    // The keys the issue names, in the order of Incident::FIELDS (the CSV columns too).
    let mut keys: Vec<&str> = refused
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_by_key(|k| mfi_log::Incident::FIELDS.iter().position(|f| f == k));
    assert_eq!(keys, mfi_log::Incident::FIELDS);
    let line = String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()
        .unwrap()
        .to_owned();
    let at: Vec<usize> = mfi_log::Incident::FIELDS
        .iter()
        .map(|f| line.find(&format!("\"{f}\":")).unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{line}");
    for key in [
        "destination",
        "hosts",
        "mfi_code",
        "expired",
        "expiring",
        "state",
        "example",
    ] {
        assert!(keys.contains(&key), "{key} missing: {refused}");
    }
    // Worst first: every ongoing incident before every resolved one.
    let states: Vec<&str> = rows.iter().map(|r| r["state"].as_str().unwrap()).collect();
    let first_resolved = states.iter().position(|s| *s == "resolved").unwrap();
    assert!(
        states[first_resolved..].iter().all(|s| *s == "resolved"),
        "{states:?}"
    );
    // The decoys are no incidents.
    assert!(!rows
        .iter()
        .any(|r| r["destination"] == "servfail-tools.example.com"));
}

#[test]
fn the_table_fits_the_width_and_reads_at_a_glance() {
    for width in ["80", "200"] {
        let out = Command::new(env!("CARGO_BIN_EXE_mfi"))
            .args(["report", "--year", "2026", &path("postfix.log")])
            .env("NO_COLOR", "1")
            .env("COLUMNS", width)
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let mut lines = text.lines();
        let header = lines.next().unwrap();
        assert!(header.starts_with("STATE"), "{text}");
        assert!(header.contains("FAILURE") && header.contains("DESTINATION"));
        assert!(text.contains("4.4.316") && text.contains("refused.example.net"));
        assert!(text.contains("Incidents: 9 (6 ongoing)"), "{text}");
    }
}

#[test]
fn events_are_one_json_object_per_delivery_line() {
    let out = report(&["--events", &path("exim-mainlog")]);
    assert!(out.status.success());
    let events = json_lines(&out);
    assert!(events.len() > 500, "{}", events.len());
    let refused = events
        .iter()
        .find(|e| e["domain"] == "refused.example.net" && e["kind"] == "deferred")
        .unwrap();
    assert_eq!(refused["system"], "exim");
    assert_eq!(refused["diagnosis"]["mfi_code"], "4.4.316");
    // The message's arrival line is correlated: first seen, and the queue's outcome.
    assert!(refused["first_seen"].is_string(), "{refused}");
    assert_eq!(refused["diagnosis"]["queue"]["profile"], "exim");
    assert!(events.iter().any(|e| e["kind"] == "delivered"));
    assert!(events.iter().any(|e| e["kind"] == "expired"));
}

#[test]
fn csv_has_a_header_and_a_row_per_incident() {
    let json = json_lines(&report(&["--json", &path("maillog-sendmail")]));
    let out = report(&["--csv", &path("maillog-sendmail")]);
    assert!(out.status.success());
    let mut rows = csv::Reader::from_reader(&out.stdout[..]);
    let header = rows.headers().unwrap().clone();
    assert_eq!(&header[0], "destination");
    assert_eq!(rows.records().count(), json.len());
}

#[test]
fn filters_keep_what_is_asked() {
    let all = json_lines(&report(&["--json", &path("postfix.log")]));
    let one = json_lines(&report(&[
        "--json",
        "--domain",
        "example.net",
        &path("postfix.log"),
    ]));
    assert!(!one.is_empty() && one.len() < all.len());
    assert!(one
        .iter()
        .all(|r| r["destination"].as_str().unwrap().ends_with("example.net")));
    let code = json_lines(&report(&[
        "--json",
        "--code",
        "4.4.316",
        &path("postfix.log"),
    ]));
    assert_eq!(code.len(), 1);
    assert_eq!(code[0]["destination"], "refused.example.net");
    // A window that ends before the refusals began: none of them.
    let early = json_lines(&report(&[
        "--json",
        "--until",
        "2026-03-10T01:00:00Z",
        &path("postfix.log"),
    ]));
    assert!(!early
        .iter()
        .any(|r| r["destination"] == "refused.example.net"));
    let late = json_lines(&report(&[
        "--json",
        "--since",
        "2026-03-10T08:00:00Z",
        &path("postfix.log"),
    ]));
    assert!(!late
        .iter()
        .any(|r| r["destination"] == "refused.example.net"));
}

#[test]
fn every_format_is_found_by_itself() {
    for (file, system) in [
        ("postfix.log", "postfix"),
        ("postfix-rotated.log.1.gz", "postfix"),
        ("postfix-iso.log", "postfix"),
        ("events.jsonl", "postfix"),
        ("exim-mainlog", "exim"),
        ("maillog-sendmail", "sendmail"),
        ("opensmtpd.log", "opensmtpd"),
        ("MSGTRK20260310-1.LOG", "exchange_server"),
        ("messagetrace.csv", "exchange_online"),
        ("messagetrace-nobom.csv", "exchange_online"),
        ("messagetrace-detail.csv", "exchange_online"),
        ("historical-search.csv", "exchange_online"),
    ] {
        let events = json_lines(&report(&["--events", &path(file)]));
        assert!(!events.is_empty(), "{file}: no events");
        assert!(events.iter().all(|e| e["system"] == system), "{file}");
        assert!(
            events.iter().any(|e| e["kind"] != "delivered"),
            "{file}: no failure"
        );
    }
}

#[test]
fn standard_input_folders_and_forced_formats() {
    let bytes = std::fs::read(logs().join("postfix.log")).unwrap();
    let stdin = mfi(&["report", "--year", "2026", "--json", "-"], &bytes);
    let file = report(&["--json", &path("postfix.log")]);
    assert_eq!(stdin.stdout, file.stdout);
    // A folder: every file in it, rotated logs first.
    let dir = tempdir();
    std::fs::copy(
        logs().join("postfix-rotated.log.1.gz"),
        dir.join("maillog.1.gz"),
    )
    .unwrap();
    std::fs::copy(logs().join("postfix.log"), dir.join("maillog")).unwrap();
    let both = json_lines(&report(&["--json", dir.to_str().unwrap()]));
    let timeout = both
        .iter()
        .find(|r| r["destination"] == "timeout.example.org")
        .unwrap();
    assert!(timeout["first_seen"]
        .as_str()
        .unwrap()
        .starts_with("2026-03-09"));
    // A forced format reads a log without its syslog program names as that system's.
    let out = report(&["--format", "postfix", "--events", &path("postfix.log")]);
    assert!(out.status.success());
    std::fs::remove_dir_all(dir).unwrap();
}

fn tempdir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("mfi-report-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn usage_and_read_errors() {
    let out = mfi(&["report", "--format", "courier"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown format 'courier'"));
    let out = mfi(&["report", "--within", "-3"], b"");
    assert_eq!(out.status.code(), Some(2));
    // A missing file is reported, and the others are still read.
    let out = mfi(
        &[
            "report",
            "--year",
            "2026",
            "--json",
            "/no/such/log",
            &path("postfix.log"),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/log"));
    assert!(!json_lines(&out).is_empty());
    let out = mfi(&["report", "--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for f in mfi_log::Format::ALL {
        assert!(help.contains(f.name()), "{}", f.name());
    }
}

#[test]
fn hostile_input_is_never_fatal() {
    let mut input = Vec::new();
    input.extend_from_slice(b"Mar 10 02:00:31 mail postfix/smtp[9]: 3F1A2B4C5D: to=<\xff@\xfe.example>, status=deferred (\0 refused)\n");
    input.extend(std::iter::repeat_n(b'[', 3_000_000));
    input.extend_from_slice(b"\n\0\0\0\n");
    input.extend_from_slice(&[0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad]);
    input.extend_from_slice(
        b"\nMar 10 02:00:31 mail postfix/smtp[9]: ZZZZZZZZZZ: to=<>, status=bounced ()\n",
    );
    let out = mfi(&["report", "--year", "2026", "--json"], &input);
    assert!(out.status.success(), "{out:?}");
    // A gzip stream that breaks off: an error naming the input, no panic.
    let out = mfi(
        &["report", "--json"],
        &[0x1f, 0x8b, 0x08, 0x00, 0xde, 0xad, 0xbe, 0xef],
    );
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
    // Nothing at all, or nothing mfi reads: said so, not taken for a clean log.
    for input in [&b""[..], b"hello\nworld\n"] {
        let out = mfi(&["report"], input);
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("No delivery events found"));
        let out = mfi(&["report", "--json"], input);
        assert!(out.status.success() && out.stdout.is_empty());
        assert!(String::from_utf8_lossy(&out.stderr).contains("No delivery events found"));
    }
    // A clean log: deliveries, no failure.
    let out = mfi(
        &["report", "--year", "2026"],
        b"Mar 10 02:00:31 mail postfix/smtp[9]: 3F1A2B4C5D: to=<b@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n",
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("No delivery failures found."));
}
