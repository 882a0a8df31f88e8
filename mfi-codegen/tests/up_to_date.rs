//! Every generated artefact is what the generator would write now: the C accessors, the C
//! header, the Python properties, enums and stubs, the contract's tables and the parity
//! files. A failure names the files; `cargo run -p mfi-codegen` rewrites them (review the
//! diff: a changed parity line is a changed classification).
//!
//! The ABI table is checked apart: it may only grow.

use mfi_codegen::{abi_table, artefacts, header, root, Artefact};

fn differs(a: &Artefact) -> Option<String> {
    let old = std::fs::read_to_string(root().join(a.path)).unwrap_or_default();
    (old != a.content).then(|| {
        let line = old
            .lines()
            .zip(a.content.lines())
            .position(|(x, y)| x != y)
            .map_or(old.lines().count().min(a.content.lines().count()), |n| n)
            + 1;
        format!("{} (first difference at line {line})", a.path)
    })
}

#[test]
fn generated_artefacts_are_up_to_date() {
    let mut stale: Vec<String> = artefacts().iter().filter_map(differs).collect();
    stale.extend(differs(&header()));
    assert!(
        stale.is_empty(),
        "out of date, run `cargo run -p mfi-codegen` and review the diff:\n  {}",
        stale.join("\n  ")
    );
}

#[test]
fn c_enum_numbers_never_change() {
    let h = std::fs::read_to_string(root().join("include/mfi.h")).expect("include/mfi.h");
    let table = std::fs::read_to_string(root().join("mfi-ffi/abi/enums.tsv")).expect("abi table");
    let grown = abi_table(&table, &h).unwrap_or_else(|errors| {
        panic!(
            "the C ABI's enum numbers changed:\n  {}",
            errors.join("\n  ")
        )
    });
    assert!(
        grown == table,
        "include/mfi.h has enum values that mfi-ffi/abi/enums.tsv lacks: run `cargo run -p mfi-codegen`"
    );
}

/// The check itself: appending passes, renumbering, reusing a number or removing fails.
#[test]
fn the_abi_check_catches_renumbering() {
    let header = "enum mfi_x\n {\n  MFI_X_A = 0,\n  MFI_X_B = 1,\n};\n";
    let table = abi_table("", header).unwrap();
    assert!(table.ends_with("mfi_x\tMFI_X_A\t0\nmfi_x\tMFI_X_B\t1\n"));
    let appended = "enum mfi_x\n {\n  MFI_X_A = 0,\n  MFI_X_B = 1,\n  MFI_X_C = 2,\n};\n";
    assert!(abi_table(&table, appended)
        .unwrap()
        .ends_with("mfi_x\tMFI_X_C\t2\n"));
    let reordered = "enum mfi_x\n {\n  MFI_X_B = 0,\n  MFI_X_A = 1,\n};\n";
    assert_eq!(abi_table(&table, reordered).unwrap_err().len(), 4);
    let removed = "enum mfi_x\n {\n  MFI_X_A = 0,\n};\n";
    assert!(abi_table(&table, removed).is_err());
    let reused = "enum mfi_x\n {\n  MFI_X_A = 0,\n  MFI_X_B = 1,\n  MFI_X_D = 1,\n};\n";
    assert!(abi_table(&table, reused).is_err());
    let implicit = "enum mfi_x\n {\n  MFI_X_A,\n};\n";
    assert!(abi_table("", implicit).is_err());
}
