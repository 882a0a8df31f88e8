//! `cargo run -p mfi-codegen`: rewrites every generated artefact of the repository (see the
//! crate docs). `--check` writes nothing and exits 1 when one differs.

use std::process::ExitCode;

use mfi_codegen::{abi_table, artefacts, header, root, Artefact};

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let mut stale = Vec::new();
    let mut settle = |a: &Artefact| {
        let path = root().join(a.path);
        let old = std::fs::read_to_string(&path).unwrap_or_default();
        if old != a.content {
            stale.push(a.path);
            if !check {
                if let Some(dir) = path.parent() {
                    std::fs::create_dir_all(dir).expect("create the folder");
                }
                std::fs::write(&path, &a.content).expect("write the artefact");
                eprintln!("wrote {}", a.path);
            }
        }
    };
    for a in artefacts() {
        settle(&a);
    }
    // The header reads the sources as written above; the ABI table reads the header.
    let h = header();
    settle(&h);
    let existing =
        std::fs::read_to_string(root().join("mfi-ffi/abi/enums.tsv")).unwrap_or_default();
    match abi_table(&existing, &h.content) {
        Ok(content) => settle(&Artefact {
            path: "mfi-ffi/abi/enums.tsv",
            content,
        }),
        Err(errors) => {
            eprintln!("the C ABI's enum numbers changed; programs built against an earlier header would break:");
            for e in errors {
                eprintln!("  {e}");
            }
            return ExitCode::FAILURE;
        }
    }
    if check && !stale.is_empty() {
        eprintln!(
            "out of date (run `cargo run -p mfi-codegen`): {}",
            stale.join(", ")
        );
        return ExitCode::FAILURE;
    }
    if !check && stale.is_empty() {
        eprintln!("every generated artefact is up to date");
    }
    ExitCode::SUCCESS
}
