//! Every code of the reference tables in `testdata/` has a knowledge entry: each Exchange
//! Online / Exchange Server code (`exchange-codes.tsv`) a row of the Exchange table or an
//! MFI code, each IANA registry code (`iana-registry.tsv`) its registry row with the
//! registry's title, each basic reply code (`smtp-reply-codes.tsv`) a meaning.
//!
//! When the repository's origin folder `../shared/reference` is there, a further test checks
//! that the copies in `testdata/` still hold its rows.

use mfi_core::internal::{IANA, REPLY_CODES};
use mfi_core::knowledge::{catalogue, CodeSource};
use mfi_core::{EnhancedStatus, MfiCode, ReplyCode};
use mfi_testdata::Table;

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
    let exchange: Vec<_> = catalogue()
        .filter(|r| r.source == CodeSource::Exchange)
        .collect();
    let mut missing = Vec::new();
    let mut checked = 0;
    for row in Table::load("exchange-codes").rows() {
        for code in codes_in(row.get("enhanced_code")) {
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
    let mut rows = 0;
    for row in Table::load("iana-registry").rows() {
        if row.get("class") != "X" {
            continue; // the three class rows
        }
        rows += 1;
        let sd = row.get("subject.detail");
        let (subject, detail) = sd.split_once('.').unwrap();
        let subject: u8 = subject.parse().unwrap();
        let entry = IANA
            .iter()
            .find(|e| e.subject == subject && e.detail == detail.parse().ok())
            .unwrap_or_else(|| panic!("X.{sd} has no registry row"));
        assert_eq!(entry.title, row.get("title"), "title of X.{sd}");
        assert!(!entry.meaning.is_empty());
        assert!(
            row.get("reference")
                .split(['/', ',', ' '])
                .filter(|r| r.starts_with("RFC"))
                .all(|r| entry.reference.contains(r)),
            "reference of X.{sd}: {} vs {}",
            entry.reference,
            row.get("reference")
        );
    }
    assert_eq!(rows, IANA.len());
}

#[test]
fn every_reply_code_has_a_meaning() {
    let table = Table::load("smtp-reply-codes");
    let mut codes = 0;
    // The class rows (`2yz`, ...) are not codes.
    for row in table
        .rows()
        .iter()
        .filter(|r| r.get("code").bytes().all(|b| b.is_ascii_digit()))
    {
        let code: ReplyCode = row.get("code").parse().expect("a reply code");
        assert!(code.meaning().is_some(), "{code} has no meaning");
        codes += 1;
    }
    assert_eq!(codes, REPLY_CODES.len());
}

/// The copies in `testdata/` against their origin, when it is there (CI has it; a user's
/// clone does not, and then this test checks nothing and says so).
#[test]
fn copies_hold_the_rows_of_their_origin() {
    let Some(dir) = mfi_testdata::shared_reference() else {
        eprintln!("../shared/reference is not there: nothing to compare");
        return;
    };
    let pairs: [(&str, &str, &[&str]); 4] = [
        (
            "real-world",
            "real-world-errors.tsv",
            &[
                "text",
                "reply_code",
                "enhanced_status",
                "mfi_code",
                "mfi_match",
                "expired",
                "source",
            ],
        ),
        (
            "exchange-codes",
            "exchange-online-ndr-codes.tsv",
            &["enhanced_code", "source"],
        ),
        (
            "iana-registry",
            "iana-enhanced-status.tsv",
            &["class", "subject.detail", "title"],
        ),
        (
            "smtp-reply-codes",
            "smtp-reply-codes.tsv",
            &["code", "reference"],
        ),
    ];
    for (ours, origin, columns) in pairs {
        let ours = Table::load(ours);
        let origin = Table::from_path(&dir.join(origin));
        let rows = |t: &Table| -> Vec<Vec<String>> {
            t.rows()
                .iter()
                .map(|r| columns.iter().map(|c| r.get(c).to_owned()).collect())
                .collect()
        };
        assert_eq!(
            rows(&ours),
            rows(&origin),
            "{} differs from {}",
            ours.name(),
            origin.name()
        );
    }
}
