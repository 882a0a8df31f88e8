//! The `mfi` binary, driven as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn mfi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mfi"))
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run mfi");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/queue-sample.log"
    ))
    .unwrap()
}

#[test]
fn json_lines_one_per_input_line_equal_to_the_core() {
    let input = sample();
    let out = mfi(&["classify", "--json"], input.as_bytes());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), input.lines().count());
    for (got, text) in lines.iter().zip(input.lines()) {
        let want = serde_json::to_string(&mfi_core::classify(text)).unwrap();
        assert_eq!(*got, want);
    }
}

#[test]
fn many_lines_stay_in_order_across_chunks() {
    // Enough input for several parallel chunks; each line carries its own number.
    let mut input = String::new();
    for i in 0..60_000 {
        input.push_str(&format!(
            "450 4.4.316 Connection refused [LastAttemptedServerName=h{i}.example]\n"
        ));
    }
    let out = mfi(&["classify", "--json"], input.as_bytes());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut n = 0;
    for (i, line) in stdout.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(
            v["attributes"]["last_attempted_server_name"],
            format!("h{i}.example")
        );
        n += 1;
    }
    assert_eq!(n, 60_000);
}

#[test]
fn a_line_longer_than_a_chunk_keeps_its_place() {
    // Several reads long, with a code at each end, between two ordinary lines.
    let long = format!(
        "450 4.4.316 Connection refused {} [LastAttemptedServerName=far.example]",
        "x".repeat(3 << 20)
    );
    let input = format!("550 5.1.1 first\n{long}\n450 4.4.312 last\n");
    let out = mfi(&["classify", "--json"], input.as_bytes());
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let v: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["enhanced_status"], "5.1.1");
    assert_eq!(v[1]["mfi_code"], "4.4.316");
    assert_eq!(
        v[1]["attributes"]["last_attempted_server_name"],
        "far.example"
    );
    assert_eq!(v[2]["enhanced_status"], "4.4.312");
}

#[test]
fn help_names_every_profile() {
    let help = String::from_utf8(mfi(&["classify", "--help"], b"").stdout).unwrap();
    for p in mfi_core::QueueProfile::all() {
        assert!(help.contains(&p.name().replace('_', "-")), "{p}");
    }
    assert!(help.contains("on-premises"));
}

#[test]
fn human_output_matches_the_reviewed_snapshot() {
    let out = mfi(
        &[
            "classify",
            "--connector",
            "on-premises",
            "--profile",
            "exchange-online",
            "--first-attempt",
            "2025-03-02T06:00:00Z",
            "--now",
            "2025-03-02T10:00:00Z",
        ],
        sample().as_bytes(),
    );
    assert!(out.status.success());
    let got = String::from_utf8(out.stdout).unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/snapshots/human.txt");
    if std::env::var_os("MFI_UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    let want = std::fs::read_to_string(path).unwrap();
    assert_eq!(got, want, "set MFI_UPDATE_SNAPSHOTS=1 to review and update");
}

#[test]
fn text_arguments_and_exit_status() {
    let out = mfi(
        &[
            "classify",
            "--json",
            "450 4.4.312 DNS query failed",
            "nothing",
        ],
        b"",
    );
    assert!(out.status.success());
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 2);

    for bad in [
        &[
            "classify",
            "--profile",
            "nonsense",
            "--first-attempt",
            "2025-01-01T00:00:00Z",
        ][..],
        &["classify", "--profile", "postfix"],
        &["classify", "--first-attempt", "2025-01-01T00:00:00Z"],
        &[
            "classify",
            "--profile",
            "postfix",
            "--first-attempt",
            "yesterday",
        ],
        &["classify", "--connector", "mars"],
        &["classify", "--bogus"],
        &["frobnicate"],
    ] {
        let out = mfi(bad, b"");
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        assert!(!out.stderr.is_empty(), "{bad:?} explains itself");
    }
    let help = mfi(&["classify", "--help"], b"");
    assert!(help.status.success());
    assert!(String::from_utf8(help.stdout)
        .unwrap()
        .contains("Examples:"));
}

#[test]
fn hostile_input_is_never_fatal() {
    let mut input = b"450 4.4.316 \xff\xfe Connection refused\r\n".to_vec();
    input.extend_from_slice(b"with\0nul 550 5.1.1 x\n\n\n");
    input.extend(std::iter::repeat_n(b'[', 2_000_000));
    let out = mfi(&["classify", "--json"], &input);
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(lines[0]["enhanced_status"], "4.4.316");
    assert!(lines[0]["chain"][0]["text"]
        .as_str()
        .unwrap()
        .contains('\u{FFFD}'));
    assert!(!lines[0]["chain"][0]["text"]
        .as_str()
        .unwrap()
        .ends_with('\r'));
    assert_eq!(lines[1]["enhanced_status"], "5.1.1");
    assert_eq!(lines[2]["severity"], "unknown");
}

#[test]
fn empty_input_prints_nothing() {
    let out = mfi(&["classify", "--json"], b"");
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}

#[test]
fn read_errors_exit_1() {
    let out = Command::new(env!("CARGO_BIN_EXE_mfi"))
        .args(["classify"])
        .stdin(std::fs::File::open("/").unwrap())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("mfi: "));
}

#[test]
fn codes_lists_the_whole_table() {
    let out = mfi(&["codes", "--json"], b"");
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), mfi_core::knowledge::catalogue().count());
    assert_eq!(rows[0]["code"], "4.4.312");
    assert!(rows.iter().any(|r| r["code"] == "5.7.606-649"));
}
