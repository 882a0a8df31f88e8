//! Golden test over `../shared/reference/real-world-errors.tsv` (kept outside the repository;
//! read in place, never copied). Set `MFI_REFERENCE_DIR` to read it from elsewhere.

use std::path::PathBuf;

use mfi_core::classify;

fn reference_dir() -> PathBuf {
    std::env::var_os("MFI_REFERENCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference"))
}

#[test]
fn every_real_world_row_matches() {
    let path = reference_dir().join("real-world-errors.tsv");
    let table = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut failures = Vec::new();
    let mut rows = 0;
    for (n, line) in table.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        rows += 1;
        let f: Vec<&str> = line.split('\t').collect();
        let (text, reply, status, mfi, mfi_match, expired) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        let d = classify(text);
        let got_reply = d.reply_code().map_or("-".to_owned(), |c| c.to_string());
        let got_status = d
            .enhanced_status()
            .map_or("-".to_owned(), |s| s.to_string());
        let got_mfi = d.mfi_code().map_or("-", |c| c.name());
        let got_match = d.mfi_match().map_or("-", |m| m.name());
        let mut errs = Vec::new();
        if got_reply != reply {
            errs.push(format!("reply_code {got_reply} != {reply}"));
        }
        if got_status != status {
            errs.push(format!("enhanced_status {got_status} != {status}"));
        }
        if !mfi.split('|').any(|m| m == got_mfi) {
            errs.push(format!("mfi_code {got_mfi} != {mfi}"));
        }
        if mfi_match != "*" && got_match != mfi_match {
            errs.push(format!("mfi_match {got_match} != {mfi_match}"));
        }
        if d.expired().to_string() != expired {
            errs.push(format!("expired {} != {expired}", d.expired()));
        }
        if !errs.is_empty() {
            failures.push(format!("line {}: {}\n    {}", n + 1, errs.join("; "), text));
        }
    }
    assert_eq!(rows, 39, "the reference table has 39 rows");
    assert!(
        failures.is_empty(),
        "{} of {rows} rows differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
