//! Every code of the shared reference tables has a knowledge entry: each Exchange Online /
//! Exchange Server code (`exchange-online-ndr-codes.tsv`) a row of the Exchange table or an
//! MFI code, and each IANA registry code (`iana-enhanced-status.tsv`) its registry row with
//! the registry's title. The tables are read in place (`MFI_REFERENCE_DIR` overrides).

use std::path::PathBuf;

use mfi_core::knowledge::{self, catalogue, CodeSource};
use mfi_core::{EnhancedStatus, MfiCode};

fn read(name: &str) -> String {
    let dir = std::env::var_os("MFI_REFERENCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/reference")
        });
    let path = dir.join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// The codes named in a cell such as `5.7.705 / 5.7.708 (5.7.700-749)` or `4.7.500-699`.
fn codes_in(cell: &str) -> Vec<EnhancedStatus> {
    let mut out = Vec::new();
    for token in cell.split(['/', ' ', '(', ')']) {
        let token = token.trim();
        if token.is_empty() {
            continue;
        }
        let (first, last) = token.split_once('-').unwrap_or((token, ""));
        let Ok(lo) = first.parse::<EnhancedStatus>() else {
            continue;
        };
        out.push(lo);
        if !last.is_empty() {
            let hi = last
                .parse::<EnhancedStatus>()
                .ok()
                .or_else(|| {
                    format!("{}.{}.{last}", lo.class().digit(), lo.subject())
                        .parse()
                        .ok()
                })
                .expect("range end");
            out.push(hi);
        }
    }
    out
}

#[test]
fn every_exchange_code_has_an_entry() {
    let table = read("exchange-online-ndr-codes.tsv");
    let exchange: Vec<_> = catalogue()
        .filter(|r| r.source == CodeSource::Exchange)
        .collect();
    let mut missing = Vec::new();
    let mut checked = 0;
    for line in table.lines().skip(1) {
        let cell = line.split('\t').next().unwrap_or("");
        for code in codes_in(cell) {
            checked += 1;
            let mfi = MfiCode::from_status(code).is_some();
            if !mfi && !exchange.iter().any(|r| r.code.matches(code)) {
                missing.push(code.to_string());
            }
        }
    }
    assert!(checked > 100, "only {checked} codes read");
    assert!(missing.is_empty(), "codes without an entry: {missing:?}");
}

#[test]
fn every_iana_code_has_its_registry_row() {
    let table = read("iana-enhanced-status.tsv");
    let mut rows = 0;
    for line in table.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (class, sd, title) = (f[0], f[1], f[2]);
        if class != "X" {
            continue; // the three class rows
        }
        rows += 1;
        let (subject, detail) = sd.split_once('.').unwrap();
        let subject: u8 = subject.parse().unwrap();
        let entry = knowledge::IANA
            .iter()
            .find(|e| e.subject == subject && e.detail == detail.parse().ok())
            .unwrap_or_else(|| panic!("X.{sd} has no registry row"));
        assert_eq!(entry.title, title, "title of X.{sd}");
        assert!(!entry.meaning.is_empty());
    }
    assert_eq!(rows, knowledge::IANA.len());
}
