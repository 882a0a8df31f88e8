//! The `mfi` binary, driven as a user would.

mod common;
use common::{json_lines, mfi};

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `mfi ARGS` through bash with a redirection (closed or full streams); `| closed`
/// pipes the output to a reader that has already gone away. The status is mfi's.
fn mfi_sh(args: &str, redirect: &str) -> Output {
    let script = match redirect.strip_prefix("| closed") {
        // The reader exits at once; mfi starts writing only after it is gone.
        Some(rest) => {
            format!("{{ sleep 0.3; \"$0\" {args} {rest}; }} | true; exit ${{PIPESTATUS[0]}}")
        }
        None => format!("exec \"$0\" {args} {redirect}"),
    };
    Command::new("bash")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_mfi"))
        .output()
        .expect("run bash")
}

fn sample() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../examples/queue-sample.log"
    ))
    .unwrap()
}

/// The CLI flags of a parity option set.
fn flags(set: &mfi_testdata::OptionSet) -> Vec<String> {
    let mut f = vec!["classify".to_owned(), "--json".to_owned()];
    if let Some(c) = &set.connector {
        f.extend(["--connector".into(), c.replace('_', "-")]);
    }
    if let Some(p) = &set.profile {
        f.extend(["--profile".into(), p.replace('_', "-")]);
        f.extend(["--first-attempt".into(), set.first_attempt.clone().unwrap()]);
        f.extend(["--now".into(), set.now.clone().unwrap()]);
    }
    if let Some(n) = set.max_len {
        f.extend(["--max-line-bytes".into(), n.to_string()]);
    }
    if let Some(o) = &set.origin {
        f.extend(["--origin".into(), o.replace('_', "-")]);
    }
    if let Some(l) = &set.locale {
        f.extend(["--lang".into(), l.clone()]);
    }
    if let Some(s) = &set.stated {
        f.extend(["--stated-severity".into(), s.clone()]);
    }
    f
}

/// Every parity case through `mfi classify --json` on standard input, one run per option
/// set, against the core's expected output (`testdata/parity/expected.jsonl`). Texts with a
/// line end inside cannot be one input line and are left to the other front ends.
#[test]
fn json_equals_the_parity_file() {
    let cases = mfi_testdata::parity_cases();
    let expected = mfi_testdata::parity_expected();
    let mut checked = 0;
    for set in mfi_testdata::option_sets() {
        let mine: Vec<(usize, &mfi_testdata::ParityCase)> = cases
            .iter()
            .enumerate()
            .filter(|(_, c)| c.options == set.name)
            .filter(|(_, c)| {
                let body = c.text.strip_suffix(b"\n").unwrap_or(&c.text);
                !body.contains(&b'\n')
            })
            .collect();
        let mut input = Vec::new();
        for (_, c) in &mine {
            input.extend_from_slice(c.text.strip_suffix(b"\n").unwrap_or(&c.text));
            input.push(b'\n');
        }
        let args = flags(&set);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = mfi(&args, &input);
        assert!(out.status.success(), "{}", set.name);
        let got: Vec<String> = String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
        assert_eq!(got.len(), mine.len(), "{}", set.name);
        for ((i, c), line) in mine.iter().zip(&got) {
            assert_eq!(line, &expected[*i], "{} ({})", c.at, set.name);
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} cases");
}

/// `--fields`: each line is the core's projection of the same text (which a core test
/// holds to the full object's members), under every option set, for a list in an order of
/// its own that names `queue` (present only with a profile).
#[test]
fn fields_are_the_cores_projection() {
    use mfi_core::contract::Field;
    let list = "queue,mfi_code,severity,attributes";
    let fields = Field::parse_list(list).unwrap();
    let cases = mfi_testdata::parity_cases();
    let mut checked = 0;
    for set in mfi_testdata::option_sets() {
        let mine: Vec<&[u8]> = cases
            .iter()
            .filter(|c| c.options == set.name)
            .map(|c| c.text.strip_suffix(b"\n").unwrap_or(&c.text))
            .filter(|t| !t.contains(&b'\n'))
            .collect();
        let input: Vec<u8> = mine.iter().flat_map(|t| [*t, b"\n"].concat()).collect();
        let mut args = flags(&set);
        args.extend(["--fields".into(), list.into()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = mfi(&args, &input);
        assert!(out.status.success(), "{}", set.name);
        let got = String::from_utf8(out.stdout).unwrap();
        let got: Vec<&str> = got.lines().collect();
        assert_eq!(got.len(), mine.len(), "{}", set.name);
        let options = mfi_testdata::options(&set);
        for (text, line) in mine.iter().zip(got) {
            let d = mfi_core::classify_bytes(text, &options);
            assert_eq!(
                line,
                d.as_diagnosis().to_json_fields(&fields),
                "{}",
                set.name
            );
            assert_eq!(line.contains("\"queue\":"), set.profile.is_some());
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} cases");
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
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 60_000);
    for (i, v) in lines.iter().enumerate() {
        assert_eq!(
            v["attributes"]["last_attempted_server_name"],
            format!("h{i}.example")
        );
    }
}

#[test]
fn a_long_line_is_cut_and_keeps_its_place() {
    // Several chunks long, with a code at each end, between two ordinary lines: the start
    // is classified, the rest skipped, and the result says so.
    let long = format!(
        "450 4.4.316 Connection refused {} [LastAttemptedServerName=far.example]",
        "x".repeat(3 << 20)
    );
    let input = format!("550 5.1.1 first\n{long}\n450 4.4.312 last\n");
    let out = mfi(&["classify", "--json"], input.as_bytes());
    assert!(out.status.success());
    let v = json_lines(&out);
    assert_eq!(v.len(), 3);
    assert_eq!(v[0]["enhanced_status"], "5.1.1");
    assert_eq!(v[0]["truncated"], false);
    assert_eq!(v[1]["mfi_code"], "4.4.316");
    assert_eq!(v[1]["truncated"], true);
    assert!(v[1]["attributes"]["last_attempted_server_name"].is_null());
    assert_eq!(v[2]["enhanced_status"], "4.4.312");

    // A bigger limit keeps the whole line.
    let out = mfi(
        &["classify", "--json", "--max-line-bytes", "4000000"],
        input.as_bytes(),
    );
    let v = json_lines(&out);
    assert_eq!(v[1]["truncated"], false);
    assert_eq!(
        v[1]["attributes"]["last_attempted_server_name"],
        "far.example"
    );

    // One byte over the limit is cut; a CRLF line of exactly the limit is not.
    let out = mfi(
        &["classify", "--json", "--max-line-bytes", "9"],
        b"550 5.1.1\r\n550 5.1.1 x\n",
    );
    let v = json_lines(&out);
    assert_eq!(v[0]["truncated"], false);
    assert_eq!(v[1]["truncated"], true);
    assert_eq!(v[1]["enhanced_status"], "5.1.1");
}

/// Memory stays bounded by the line limit, not by the line: while a 96 MB line without a
/// line end streams in, the process's peak resident size stays far below it.
#[cfg(target_os = "linux")]
#[test]
fn memory_is_bounded_whatever_the_line() {
    let mut child = spawn_piped(&["classify", "--json"]);
    let mut input = child.stdin.take().unwrap();
    let block = vec![b'['; 1 << 20];
    for _ in 0..96 {
        input.write_all(&block).unwrap();
    }
    // Everything written has been read (the pipe holds 64 KiB at most): the peak so far is
    // what the line cost.
    let hwm_kb = peak_rss_kb(child.id());
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(hwm_kb < 48 * 1024, "peak RSS {hwm_kb} kB for a 96 MB line");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["truncated"], true);
}

/// `mfi` with its standard input and output piped to the test.
fn spawn_piped(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_mfi"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// A process's peak resident size so far (Linux), in kB.
#[cfg(target_os = "linux")]
fn peak_rss_kb(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM")
}

/// An mbox streams: `mfi bounce` on 64 MB of bounces (stdin) holds one message at a time.
#[cfg(target_os = "linux")]
#[test]
fn a_large_mbox_streams_in_bounded_memory() {
    let mut child = spawn_piped(&["bounce", "--json", "-"]);
    let mut input = child.stdin.take().unwrap();
    let pid = child.id();
    // Its output is read as it comes (a full pipe would stop the command).
    let reader = std::thread::spawn(move || {
        let mut out = child.stdout.take().unwrap();
        let mut lines = 0usize;
        let mut buf = vec![0u8; 1 << 16];
        loop {
            match std::io::Read::read(&mut out, &mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => lines += buf[..n].iter().filter(|&&b| b == b'\n').count(),
            }
        }
        (child, lines)
    });
    let bounce =
        std::fs::read(mfi_testdata::dir().join("messages/postfix-userunknown.eml")).unwrap();
    let mut message = b"From MAILER-DAEMON Mon Mar  3 00:14:02 2025\n".to_vec();
    message.extend_from_slice(&bounce);
    message.extend_from_slice(b"\n");
    let copies = (64 << 20) / message.len();
    let mut hwm_kb = 0u64;
    for i in 0..copies {
        input.write_all(&message).unwrap();
        if i == copies - 1 {
            // Everything but the pipe's 64 KiB has been read: the peak so far is the cost.
            hwm_kb = peak_rss_kb(pid);
        }
    }
    drop(input);
    let (mut child, lines) = reader.join().unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(lines, copies);
    assert!(
        hwm_kb > 0 && hwm_kb < 48 * 1024,
        "peak RSS {hwm_kb} kB for a 64 MB mbox"
    );
}

#[test]
fn help_names_every_profile() {
    let help = String::from_utf8(mfi(&["classify", "--help"], b"").stdout).unwrap();
    for p in mfi_core::QueueProfile::all() {
        assert!(help.contains(&p.name().replace('_', "-")), "{p}");
    }
    assert!(help.contains("on-premises"));
    assert!(help.contains("--max-line-bytes"));
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
    assert!(
        got == want,
        "the report differs from tests/snapshots/human.txt: set MFI_UPDATE_SNAPSHOTS=1, review the diff"
    );
}

/// The human report never writes the input's control characters to the terminal.
#[test]
fn reports_escape_control_characters() {
    let hostile = mfi_testdata::Table::load("hostile");
    let mut input = Vec::new();
    for r in hostile.rows() {
        let t = r.bytes("text");
        let t = t.strip_suffix(b"\n").unwrap_or(&t);
        if !t.contains(&b'\n') {
            input.extend_from_slice(t);
            input.push(b'\n');
        }
    }
    input.extend_from_slice(
        b"450 4.4.316 Connection refused [Message=\x1b[31mred\x07\x1b]0;t\rgone]\n",
    );
    for color in ["never", "always"] {
        let out = mfi(&["classify", "--color", color], &input);
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout);
        // The only escape sequences are our own colours (SGR: ESC [ digits ; m).
        let mut rest = text.as_ref();
        while let Some(p) = rest.find('\x1b') {
            let tail = &rest[p + 1..];
            let sgr = tail
                .strip_prefix('[')
                .and_then(|t| t.find('m').map(|m| &t[..m]));
            assert!(
                sgr.is_some_and(|s| s.chars().all(|c| c.is_ascii_digit() || c == ';')),
                "a raw escape from the input: {:?}",
                &tail[..tail.len().min(20)]
            );
            rest = tail;
        }
        for bad in ['\x07', '\r', '\x08', '\x7f', '\u{9b}', '\u{202e}', '\0'] {
            assert!(!text.contains(bad), "{bad:?} written raw ({color})");
        }
        assert!(text.contains("message=\\x1b[31mred\\x07\\x1b"), "{text}");
    }
}

#[test]
fn text_arguments_and_exit_status() {
    let out = mfi(
        &[
            "classify",
            "--json",
            "450 4.4.312 DNS query failed",
            "nothing",
            "550\r\n",
        ],
        b"",
    );
    assert!(out.status.success());
    let v = json_lines(&out);
    assert_eq!(v.len(), 3);
    // A line ending at the end of an argument is not part of the text.
    assert_eq!(v[2]["reply_code"], 550);
    assert_eq!(v[2]["severity"], "permanent");

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
        &["classify", "--max-line-bytes", "0"],
        &["classify", "--max-line-bytes", "lots"],
        &["classify", "--bogus"],
        &["classify", "--fields", "mfi_code"],
        &["classify", "--json", "--fields", "code"],
        &["classify", "--json", "--fields", ""],
        &["classify", "--json", "--fields", "reason,severity,reason"],
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
    let version = mfi(&["--version"], b"");
    assert_eq!(
        String::from_utf8(version.stdout).unwrap(),
        format!("mfi {}\n", env!("CARGO_PKG_VERSION"))
    );
}

/// Help, version, results and errors to a closed or full stream: exit 1 (2 for a usage
/// error whose message cannot be written), never a panic (101). A stream closed before the
/// start reads as /dev/null.
#[test]
fn closed_or_full_streams_never_panic() {
    for (args, redirect, code) in [
        ("--help", "| closed", 1),
        ("--version", "| closed", 1),
        ("classify --help", "| closed", 1),
        ("--help", ">&-", 0),
        ("--help", ">/dev/full", 1),
        ("--version", ">/dev/full", 1),
        ("codes --json", ">/dev/full", 1),
        ("classify --json '450 4.4.316 x'", ">/dev/full", 1),
        ("classify '450 4.4.316 x'", ">&-", 0),
        ("classify --json '450 4.4.316 x'", "| closed", 0),
        ("frobnicate", "2>&-", 2),
        ("frobnicate", "2>/dev/full", 2),
        ("classify --json '450 4.4.316 x'", ">/dev/full 2>&-", 1),
    ] {
        let out = mfi_sh(args, redirect);
        assert_eq!(
            out.status.code(),
            Some(code),
            "mfi {args} {redirect}: {out:?}"
        );
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "mfi {args} {redirect}"
        );
    }
}

#[test]
fn hostile_input_is_never_fatal() {
    let mut input = b"450 4.4.316 \xff\xfe Connection refused\r\n".to_vec();
    input.extend_from_slice(b"with\0nul 550 5.1.1 x\n\n\n");
    input.extend(std::iter::repeat_n(b'[', 2_000_000));
    let out = mfi(&["classify", "--json"], &input);
    assert!(out.status.success());
    let lines = json_lines(&out);
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
    assert_eq!(lines[4]["truncated"], true);
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
    let rows = json_lines(&out);
    assert_eq!(rows.len(), mfi_core::knowledge::catalogue().count());
    assert_eq!(rows[0]["code"], "4.4.312");
    assert!(rows.iter().any(|r| r["code"] == "5.7.606-649"));
}

/// `mfi bounce` reads messages on every core and prints them in input order: a folder, a
/// path that is not there (reported on standard error, the others read on), an mbox; each
/// result the report the library gives for that message.
#[test]
fn bounce_prints_messages_in_input_order_and_reads_past_a_bad_path() {
    let dir = mfi_testdata::dir().join("messages");
    let missing = dir.join("no-such-file.eml");
    let mbox = dir.join("two-bounces.mbox");
    let paths = [dir.clone(), missing.clone(), mbox.clone()];
    let args: Vec<&str> = ["bounce", "--json"]
        .into_iter()
        .chain(paths.iter().map(|p| p.to_str().unwrap()))
        .collect();
    let out = mfi(&args, b"");
    assert_eq!(
        out.status.code(),
        Some(1),
        "an unreadable path is a failure"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-file.eml"), "{stderr}");

    let reader = mfi_mail::MessageReader::new(mfi_mail::ReadOptions::default());
    let expected: Vec<(String, serde_json::Value)> = mfi_mail::Mailbox::new(&paths, 32 << 20)
        .filter_map(Result::ok)
        .map(|(source, bytes)| {
            let report: serde_json::Value =
                serde_json::from_str(&reader.read(&bytes).to_json()).unwrap();
            (source.to_string(), report)
        })
        .collect();
    assert!(expected.len() > 20, "{}", expected.len());
    let got = json_lines(&out);
    assert_eq!(got.len(), expected.len());
    for (mut g, (source, report)) in got.into_iter().zip(expected) {
        let g = g.as_object_mut().unwrap();
        assert_eq!(g.remove("source").unwrap(), source.as_str());
        assert_eq!(serde_json::Value::Object(g.clone()), report, "{source}");
    }
}
