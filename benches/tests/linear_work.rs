//! The classifier's work grows linearly with its input, on the shapes most likely to make a
//! parser rescan (brackets that never close, codes that repeat, half-finished patterns).
//! Counted in instructions with `valgrind --tool=callgrind`, which repeats exactly whatever
//! else the machine does: no timing, no flakiness. 16 times the input may cost at most 20
//! times the instructions (a quadratic pass would cost 256 times).

use std::process::Command;

/// Instructions of one run of `spin` with `args` (the whole process), counted by callgrind.
fn spin_instructions(args: &[&str]) -> u64 {
    let out = Command::new("valgrind")
        .args(["--tool=callgrind", "--callgrind-out-file=/dev/null"])
        .arg(env!("CARGO_BIN_EXE_spin"))
        .args(args)
        .output()
        .expect("valgrind is needed for this test (apt-get install valgrind)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.contains("Collected :"))
        .expect("callgrind's summary");
    line.rsplit(':')
        .next()
        .unwrap()
        .trim()
        .parse()
        .expect("a count")
}

/// Instructions to classify `unit` repeated `count` times (the whole process).
fn instructions(unit: &str, count: usize) -> u64 {
    spin_instructions(&["repeat", unit, &count.to_string()])
}

#[test]
fn work_grows_linearly_on_adversarial_inputs() {
    // (scripts/shape-speed.py times these same shapes: it reads this list.)
    let units = [
        "[",
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
        "Socket error code ",
        "connect to ",
    ];
    assert_linear(units.iter().map(|u| ("", *u)), 20_000, |_, unit, n| {
        instructions(unit, n)
    });
}

/// Checks that 16 times each input costs at most 20 times the instructions of the input
/// once (about `size` bytes), above the cost of an empty input; prints the figures.
fn assert_linear<'a>(
    cases: impl Iterator<Item = (&'a str, &'a str)>,
    size: usize,
    measure: impl Fn(&str, &str, usize) -> u64,
) {
    let mut report = Vec::new();
    for (head, unit) in cases {
        let base = measure(head, "", 0);
        let n = size / unit.len() + 1;
        let small = measure(head, unit, n).saturating_sub(base);
        let large = measure(head, unit, 16 * n).saturating_sub(base);
        let ratio = large as f64 / small.max(1) as f64;
        report.push(format!(
            "{unit:?}: {small} -> {large} instructions ({ratio:.1}x)"
        ));
        assert!(
            ratio < 20.0,
            "{unit:?}: 16 times the input costs {ratio:.1} times the work\n{}",
            report.join("\n")
        );
    }
    eprintln!("{}", report.join("\n"));
}

/// Instructions to read one message made of `head` and `unit` repeated `count` times.
fn mail_instructions(head: &str, unit: &str, count: usize) -> u64 {
    spin_instructions(&["mail-repeat", head, unit, &count.to_string()])
}

#[test]
fn reading_a_message_grows_linearly_on_hostile_shapes() {
    let bounce = "From: MAILER-DAEMON@mx.example\\nSubject: Undelivered Mail\\n";
    let report = "From: MAILER-DAEMON@mx.example\\nContent-Type: multipart/report; boundary=q\\n\\n--q\\nContent-Type: message/delivery-status\\n\\n";
    let cases = [
        (bounce, "\\n<a@example.org>: 550 5.1.1 User unknown"),
        (
            bounce,
            "\\n<u@example.org>: 550 5.1.1 User unknown\\n<v@example.org>: x",
        ),
        (bounce, "X-Header: value\\n"),
        (bounce, "\\n  folded words"),
        (bounce, "\\n--b\\nContent-Type: text/plain\\n\\nword "),
        (
            bounce,
            "\\nContent-Type: multipart/mixed; boundary=x\\n\\n--x\\n",
        ),
        (
            report,
            "Final-Recipient: rfc822; a@example.org\\nAction: failed\\n\\n",
        ),
        (report, "X-Unknown-Field: value\\n"),
        (bounce, "\\n{\"notificationType\":\"Bounce\","),
        (bounce, "\\n@@@@ <<<< >>>> ::::"),
    ];
    assert_linear(cases.into_iter(), 40_000, mail_instructions);
}
