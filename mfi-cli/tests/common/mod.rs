//! What the CLI's test files share: running the binary as a user would, and reading its
//! JSON Lines.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `mfi ARGS` with `stdin` written to it (from a thread, so that a large input never
/// blocks against the output), without colour, with a wide terminal width and in the C
/// locale (whatever the developer's is).
pub fn mfi(args: &[&str], stdin: &[u8]) -> Output {
    mfi_in(&[], args, stdin)
}

/// [`mfi`] with the locale variables of `env` (`("LANG", "de_DE.UTF-8")`).
#[allow(dead_code)] // (not every test file asks for a locale)
pub fn mfi_in(env: &[(&str, &str)], args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mfi"));
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd
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
