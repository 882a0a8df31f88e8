//! What the CLI's test files share: running the binary as a user would, and reading its
//! JSON Lines.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `mfi ARGS` with `stdin` written to it (from a thread, so that a large input never
/// blocks against the output), without colour and with a wide terminal width.
pub fn mfi(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mfi"))
        .args(args)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "200")
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

/// The JSON objects of an output, one per line.
pub fn json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}
