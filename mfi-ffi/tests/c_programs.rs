//! Real C programs against `include/mfi.h` and the built `libmfi`: each is compiled with
//! `-Wall -Wextra -Werror -fsanitize=address,undefined` and run, then compiled plain and run
//! under `valgrind --leak-check=full` with every leak kind counted as an error. One test
//! installs the library with `make install` and builds a program with `pkg-config` against
//! the installed copy.
//!
//! Needs a C compiler (`cc`, or `$CC`), valgrind, make and pkg-config.

use std::path::{Path, PathBuf};
use std::process::Command;

fn target_dir() -> PathBuf {
    // .../target/<profile>/deps/c_programs-HASH
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

fn profile() -> &'static str {
    if target_dir().file_name().is_some_and(|n| n == "release") {
        "release"
    } else {
        "debug"
    }
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
        if profile() == "release" {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("run cargo");
        assert!(status.success(), "cargo build -p mfi-ffi failed");
        // Programs linked against libmfi.so look for its SONAME at run time; `make lib`
        // makes the same link.
        let soname = dir.join(format!("libmfi.so.{}", env!("CARGO_PKG_VERSION_MAJOR")));
        let _ = std::fs::remove_file(&soname);
        std::os::unix::fs::symlink("libmfi.so", &soname).expect("link the SONAME");
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

#[derive(Clone, Copy, PartialEq)]
enum Link {
    Static,
    Shared,
    /// Only libc and libdl: the program loads the library itself.
    None,
}

fn cc() -> Command {
    let mut cmd = Command::new(std::env::var("CC").unwrap_or_else(|_| "cc".into()));
    cmd.args(["-std=c11", "-Wall", "-Wextra", "-Werror", "-g", "-pthread"]);
    cmd
}

fn compile(name: &str, sanitize: bool, link: Link) -> PathBuf {
    let (a, so) = libs();
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/c/{name}.c"));
    let suffix = match (sanitize, link) {
        (true, _) => "san",
        (false, Link::Shared) => "shared",
        (false, _) => "plain",
    };
    let exe = out_dir().join(format!("{name}-{suffix}"));
    let mut cmd = cc();
    cmd.arg("-I")
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
    match link {
        Link::Shared => {
            let dir = so.parent().unwrap();
            cmd.arg("-L")
                .arg(dir)
                .arg("-lmfi")
                .arg(format!("-Wl,-rpath,{}", dir.display()));
        }
        Link::Static => {
            cmd.arg(&a);
        }
        Link::None => {}
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

fn run(cmd: &mut Command, what: &str) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what} failed ({}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Runs `exe` under valgrind: any memory error, and any leak of any kind (definite,
/// indirect, possible, still reachable), fails.
fn valgrind(exe: &Path, args: &[&Path]) {
    let mut cmd = Command::new("valgrind");
    // The 16 MB input runs under the sanitizers; under valgrind (some 50 times slower) a
    // 2 MB one takes the same paths (longer than the 1 MiB classified).
    cmd.env("MFI_TEST_BIG_MB", "2");
    cmd.args([
        "--error-exitcode=1",
        "--leak-check=full",
        "--show-leak-kinds=all",
        "--errors-for-leak-kinds=all",
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

/// Every parity case of `testdata/` through the C API: JSON and typed accessors against
/// the core's expected output.
#[test]
fn parity_under_sanitizers_and_valgrind() {
    let data = mfi_testdata::dir().join("parity");
    let args = [
        data.join("options.tsv"),
        data.join("inputs.tsv"),
        data.join("expected.jsonl"),
    ];
    let args: Vec<&Path> = args.iter().map(PathBuf::as_path).collect();
    sanitized(&compile("parity", true, Link::Static), &args);
    valgrind(&compile("parity", false, Link::Static), &args);
    run(
        Command::new(compile("parity", false, Link::Shared)).args(&args),
        "parity (shared)",
    );
}

/// Every bounce fixture through the C API: the report's JSON and its accessors against the
/// JSON the CLI and Python give (`testdata/parity/reports.tsv`); and every message of
/// Sisimai's corpus when it is beside the checkout.
#[test]
fn reports_under_sanitizers_and_valgrind() {
    let args = [
        mfi_testdata::dir().join("parity/reports.tsv"),
        mfi_testdata::dir().join("messages"),
    ];
    let args: Vec<&Path> = args.iter().map(PathBuf::as_path).collect();
    let san = compile("reports", true, Link::Static);
    sanitized(&san, &args);
    valgrind(&compile("reports", false, Link::Static), &args);
    // And Sisimai's corpus, when it is there (under the sanitizers only: valgrind would
    // take minutes).
    if let Some((tsv, corpus)) = corpus_table() {
        sanitized(&san, &[&tsv, &corpus]);
    }
}

/// An extra that runs only where Sisimai's corpus is beside the checkout
/// (`../shared/corpus/sisimai/eml`): a reports table of its messages, with the JSON that
/// `mfi-mail` (the CLI's and Python's reader) gives, for the C program to compare.
fn corpus_table() -> Option<(PathBuf, PathBuf)> {
    let corpus = mfi_testdata::root().join("../shared/corpus/sisimai/eml");
    if !corpus.is_dir() {
        return None;
    }
    let mut table = String::from("file\tjson\n");
    let names = mfi_testdata::eml_names(&corpus);
    let reader = mfi_mail::MessageReader::new(mfi_mail::ReadOptions::default());
    for n in &names {
        let bytes = std::fs::read(corpus.join(n)).expect("message");
        table.push_str(&format!("{n}\t{}\n", reader.read(&bytes).to_json()));
    }
    let tsv = out_dir().join("corpus-reports.tsv");
    std::fs::write(&tsv, table).expect("write");
    Some((tsv, corpus))
}

#[test]
fn error_paths_under_sanitizers_and_valgrind() {
    sanitized(&compile("errors", true, Link::Static), &[]);
    valgrind(&compile("errors", false, Link::Static), &[]);
}

#[test]
fn threads_under_sanitizers_and_valgrind() {
    sanitized(&compile("threads", true, Link::Static), &[]);
    valgrind(&compile("threads", false, Link::Static), &[]);
}

/// A program that calls every function once leaves nothing behind, linked statically or
/// dynamically; and it does call every function the header declares.
#[test]
fn every_function_leaves_nothing_allocated() {
    let header = std::fs::read_to_string(root().join("include/mfi.h")).unwrap();
    let src = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c/every_function.c"),
    )
    .unwrap();
    let declared: Vec<&str> = header
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()) && l.contains('('))
        .filter_map(|l| {
            let name = l.split('(').next()?.rsplit([' ', '*']).next()?;
            name.starts_with("mfi_").then_some(name)
        })
        .collect();
    assert!(
        declared.len() > 40,
        "only {} functions found",
        declared.len()
    );
    let missing: Vec<&&str> = declared
        .iter()
        .filter(|f| !src.contains(&format!("{f}(")))
        .collect();
    assert!(
        missing.is_empty(),
        "every_function.c does not call {missing:?}"
    );
    valgrind(&compile("every_function", false, Link::Static), &[]);
    valgrind(&compile("every_function", false, Link::Shared), &[]);
}

/// Loading and unloading the shared library again and again leaves nothing behind.
#[test]
fn dlopen_dlclose_cycles_leave_nothing_behind() {
    let (_, so) = libs();
    let exe = compile("dlopen", false, Link::None);
    valgrind(&exe, &[&so, Path::new("20")]);
    run(Command::new(&exe).arg(&so).arg("300"), "dlopen cycles");
}

/// `make install` puts the library (with its SONAME and links), the header and a working
/// `mfi.pc` in place; a program built with `pkg-config --cflags --libs mfi` against the
/// installed copy runs without LD_LIBRARY_PATH and is valgrind-clean.
#[test]
fn installed_library_works_through_pkg_config() {
    libs();
    let prefix = out_dir().join("prefix");
    let _ = std::fs::remove_dir_all(&prefix);
    run(
        Command::new("make")
            .arg("-s")
            .arg("install")
            .arg(format!("PREFIX={}", prefix.display()))
            .arg(format!("PROFILE={}", profile()))
            .env("CARGO", env!("CARGO"))
            .current_dir(root()),
        "make install",
    );
    let version = env!("CARGO_PKG_VERSION");
    let major = env!("CARGO_PKG_VERSION_MAJOR");
    let lib = prefix.join("lib");
    assert!(lib.join(format!("libmfi.so.{version}")).is_file());
    assert_eq!(
        std::fs::read_link(lib.join(format!("libmfi.so.{major}"))).unwrap(),
        PathBuf::from(format!("libmfi.so.{version}"))
    );
    assert_eq!(
        std::fs::read_link(lib.join("libmfi.so")).unwrap(),
        PathBuf::from(format!("libmfi.so.{major}"))
    );
    assert!(lib.join("libmfi.a").is_file());
    assert!(prefix.join("include/mfi.h").is_file());

    // The SONAME is the versioned name.
    let dynamic = run(
        Command::new("readelf").arg("-d").arg(lib.join("libmfi.so")),
        "readelf",
    );
    assert!(
        dynamic.contains(&format!("Library soname: [libmfi.so.{major}]")),
        "{dynamic}"
    );

    let pc = |args: &[&str]| {
        run(
            Command::new("pkg-config")
                .args(args)
                .arg("mfi")
                .env("PKG_CONFIG_PATH", lib.join("pkgconfig")),
            "pkg-config",
        )
    };
    assert_eq!(pc(&["--modversion"]).trim(), version);
    let flags = format!("{} {}", pc(&["--cflags"]).trim(), pc(&["--libs"]).trim());
    let exe = out_dir().join("installed-every-function");
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c/every_function.c");
    let mut cmd = cc();
    cmd.arg("-I")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c"))
        .arg(&src)
        .arg("-o")
        .arg(&exe)
        .args(flags.split_whitespace());
    run(&mut cmd, "cc with pkg-config flags");
    // The program records the SONAME, not the unversioned name.
    let needed = run(Command::new("readelf").arg("-d").arg(&exe), "readelf");
    assert!(needed.contains(&format!("[libmfi.so.{major}]")), "{needed}");
    let out = run(
        Command::new(&exe).env_remove("LD_LIBRARY_PATH"),
        "installed program",
    );
    assert!(out.contains("every_function: ok"));
    valgrind(&exe, &[]);

    // And the static library, through Libs.private.
    let static_flags = format!(
        "{} {}",
        pc(&["--cflags"]).trim(),
        pc(&["--libs", "--static"]).trim()
    );
    let exe_static = out_dir().join("installed-every-function-static");
    let mut cmd = cc();
    cmd.arg("-I")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/c"))
        .arg(&src)
        .arg("-o")
        .arg(&exe_static)
        .arg(lib.join("libmfi.a"))
        .args(static_flags.split_whitespace().filter(|f| *f != "-lmfi"));
    run(&mut cmd, "cc static with pkg-config flags");
    run(&mut Command::new(&exe_static), "installed static program");
}

/// The C examples of the README are complete programs: each compiles warning-free and runs.
#[test]
fn readme_c_examples_compile_and_run() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let blocks: Vec<&str> = readme
        .split("```c\n")
        .skip(1)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    assert!(!blocks.is_empty(), "the README has C examples");
    let (a, _) = libs();
    for (i, block) in blocks.iter().enumerate() {
        let src = out_dir().join(format!("readme-{i}.c"));
        std::fs::write(&src, block).unwrap();
        let exe = out_dir().join(format!("readme-{i}"));
        let mut cmd = cc();
        cmd.arg("-I")
            .arg(root().join("include"))
            .arg(&src)
            .arg("-o")
            .arg(&exe)
            .arg(&a)
            .args(SYSTEM_LIBS);
        run(&mut cmd, &format!("compiling README C example {i}"));
        let out = run(&mut Command::new(&exe), &format!("README C example {i}"));
        // Each example prints what it read: the diagnosis example the MFI code, the report
        // example the recipient's reason.
        assert!(
            out.contains("MFI 4.4.316") || out.contains("kijitora@example.org: userunknown"),
            "{out}"
        );
        valgrind(&exe, &[]);
    }
}

/// `examples/c/gateway.c` builds and reports one line per input line.
#[test]
fn the_gateway_example_runs() {
    let (a, _) = libs();
    let exe = out_dir().join("gateway");
    let mut cmd = cc();
    cmd.arg("-I")
        .arg(root().join("include"))
        .arg(root().join("examples/c/gateway.c"))
        .arg("-o")
        .arg(&exe)
        .arg(&a)
        .args(SYSTEM_LIBS);
    run(&mut cmd, "compiling examples/c/gateway.c");
    let sample = std::fs::File::open(root().join("examples/queue-sample.log")).unwrap();
    let out = run(Command::new(&exe).stdin(sample), "gateway");
    let results = out.lines().filter(|l| l.contains("\tmfi=")).count();
    assert_eq!(results, 14, "{out}");
    assert!(out.contains("mfi=4.4.316"));
}
