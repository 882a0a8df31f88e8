//! Real C programs against `include/mfi.h` and the built `libmfi`: each is compiled with
//! `-Wall -Wextra -Werror -fsanitize=address,undefined` and run, then compiled plain and run
//! under `valgrind --error-exitcode=1 --leak-check=full`. One also links the shared library.
//!
//! Needs a C compiler (`cc`, or `$CC`) and valgrind.

use std::path::{Path, PathBuf};
use std::process::Command;

fn target_dir() -> PathBuf {
    // .../target/<profile>/deps/c_programs-HASH
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Builds `libmfi.a` and `libmfi.so` for this test's profile and returns their paths.
///
/// Always asks cargo: the test's own build makes the rlib it links, and does not refresh
/// the C forms of the library, which would leave these tests checking a stale library.
fn libs() -> (PathBuf, PathBuf) {
    static BUILT: std::sync::Once = std::sync::Once::new();
    let dir = target_dir();
    BUILT.call_once(|| {
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "-q", "-p", "mfi-ffi", "--lib"])
            .current_dir(root());
        if dir.file_name().is_some_and(|n| n == "release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo");
        assert!(status.success(), "cargo build -p mfi-ffi failed");
    });
    let (a, so) = (dir.join("libmfi.a"), dir.join("libmfi.so"));
    assert!(a.exists(), "{} missing", a.display());
    assert!(so.exists(), "{} missing", so.display());
    (a, so)
}

fn out_dir() -> PathBuf {
    let d = target_dir().join("c-tests");
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Libraries a Rust staticlib needs on Linux.
const SYSTEM_LIBS: &[&str] = &[
    "-lpthread",
    "-ldl",
    "-lm",
    "-lrt",
    "-lutil",
    "-lgcc_s",
    "-lc",
];

fn compile(name: &str, sanitize: bool, shared: bool) -> PathBuf {
    let (a, so) = libs();
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/c/{name}.c"));
    let suffix = match (sanitize, shared) {
        (true, _) => "san",
        (false, true) => "shared",
        (false, false) => "plain",
    };
    let exe = out_dir().join(format!("{name}-{suffix}"));
    let mut cmd = Command::new(cc);
    cmd.args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-pthread"])
        .arg("-I")
        .arg(root().join("include"))
        .arg(&src)
        .arg("-o")
        .arg(&exe);
    if sanitize {
        cmd.args([
            "-fsanitize=address,undefined",
            "-fno-omit-frame-pointer",
            "-fno-sanitize-recover=all",
        ]);
    } else {
        cmd.arg("-O1");
    }
    if shared {
        let dir = so.parent().unwrap();
        cmd.arg("-L")
            .arg(dir)
            .arg("-lmfi")
            .arg(format!("-Wl,-rpath,{}", dir.display()));
    } else {
        cmd.arg(&a);
    }
    cmd.args(SYSTEM_LIBS);
    let out = cmd
        .output()
        .expect("a C compiler (cc) is needed for these tests");
    assert!(
        out.status.success(),
        "compiling {name} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    exe
}

fn run(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn valgrind(exe: &Path, args: &[&Path]) {
    let mut cmd = Command::new("valgrind");
    // The 16 MB input runs under the sanitizers; under valgrind (some 50 times slower) a
    // 1 MB one takes the same paths.
    cmd.env("MFI_TEST_BIG_MB", "1");
    cmd.args([
        "--error-exitcode=1",
        "--leak-check=full",
        "--errors-for-leak-kinds=definite,indirect",
        "-q",
    ])
    .arg(exe)
    .args(args);
    run(&mut cmd, &format!("valgrind {}", exe.display()));
}

fn sanitized(exe: &Path, args: &[&Path]) {
    let mut cmd = Command::new(exe);
    cmd.args(args)
        .env("ASAN_OPTIONS", "detect_leaks=1:abort_on_error=0")
        .env("UBSAN_OPTIONS", "print_stacktrace=1:halt_on_error=1");
    run(&mut cmd, &exe.display().to_string());
}

/// The real-world table's rows and the Rust JSON of each, for the C program to compare.
fn real_world_inputs() -> (PathBuf, PathBuf) {
    let dir = std::env::var_os("MFI_REFERENCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/reference"));
    let table = dir.join("real-world-errors.tsv");
    let text = std::fs::read_to_string(&table)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", table.display()));
    let mut expected = String::new();
    for line in text.lines().skip(1).filter(|l| !l.is_empty()) {
        let t = line.split('\t').next().unwrap();
        expected.push_str(&serde_json::to_string(&mfi_core::classify(t)).unwrap());
        expected.push('\n');
    }
    let exp = out_dir().join("expected.jsonl");
    std::fs::write(&exp, expected).unwrap();
    (table, exp)
}

#[test]
fn realworld_under_sanitizers_and_valgrind() {
    let (table, exp) = real_world_inputs();
    sanitized(&compile("realworld", true, false), &[&table, &exp]);
    valgrind(&compile("realworld", false, false), &[&table, &exp]);
    // The same program against the shared library.
    run(
        Command::new(compile("realworld", false, true))
            .arg(&table)
            .arg(&exp),
        "realworld (shared)",
    );
}

#[test]
fn error_paths_under_sanitizers_and_valgrind() {
    sanitized(&compile("errors", true, false), &[]);
    valgrind(&compile("errors", false, false), &[]);
}

#[test]
fn threads_under_sanitizers_and_valgrind() {
    sanitized(&compile("threads", true, false), &[]);
    valgrind(&compile("threads", false, false), &[]);
}
