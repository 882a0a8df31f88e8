//! The test data of mfi (the `.tsv` tables beside this crate) and the one loader that every
//! Rust test, benchmark and generator uses.
//!
//! Every table is tab-separated text: `#` lines are comments, the first other line names the
//! columns, each further line is a row; cells are read by column name. No quoting: a cell
//! holds anything but a tab or a line end. Where a table must carry arbitrary bytes (tabs,
//! line ends, NUL, invalid UTF-8) its column is escaped ([`unescape`]); its header comment
//! says so.
//!
//! Nothing here reads outside the repository, except [`shared_reference`], which finds the
//! optional `../shared/reference` folder for extra checks that run only when it is there.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The folder of the tables (`testdata/`).
pub fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The repository's root folder.
/// The names of the `.eml` files in `dir`, sorted (a message folder's messages, as the
/// reports tables list them).
pub fn eml_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".eml"))
        .collect();
    names.sort();
    names
}

pub fn root() -> PathBuf {
    dir()
        .parent()
        .expect("testdata/ has a parent")
        .to_path_buf()
}

/// A table: its columns and rows.
#[derive(Debug, Clone)]
pub struct Table {
    name: String,
    columns: Arc<Vec<String>>,
    rows: Vec<Row>,
}

/// One row of a [`Table`]; cells are read by column name.
#[derive(Debug, Clone)]
pub struct Row {
    table: Arc<str>,
    line: usize,
    columns: Arc<Vec<String>>,
    cells: Vec<String>,
}

impl Table {
    /// Loads `testdata/<name>.tsv` (`name` may name a subfolder: `parity/inputs`).
    ///
    /// Panics with the file's name when it cannot be read or a row has the wrong number of
    /// cells: test data that does not load is a failed test.
    pub fn load(name: &str) -> Table {
        Table::from_path(&dir().join(format!("{name}.tsv")))
    }

    /// Loads a table from any path (the optional `../shared` tables).
    pub fn from_path(path: &Path) -> Table {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        Table::parse(&path.display().to_string(), &text)
    }

    /// Parses a table's text.
    pub fn parse(name: &str, text: &str) -> Table {
        let table: Arc<str> = Arc::from(name);
        let mut lines = text
            .split('\n')
            .enumerate()
            .map(|(n, l)| (n + 1, l.strip_suffix('\r').unwrap_or(l)))
            .filter(|(_, l)| !l.starts_with('#') && !l.is_empty());
        let (_, header) = lines
            .next()
            .unwrap_or_else(|| panic!("{name}: no header line"));
        let columns: Arc<Vec<String>> = Arc::new(header.split('\t').map(str::to_owned).collect());
        let rows = lines
            .map(|(line, l)| {
                let cells: Vec<String> = l.split('\t').map(str::to_owned).collect();
                assert!(
                    cells.len() <= columns.len(),
                    "{name}:{line}: {} cells, {} columns",
                    cells.len(),
                    columns.len()
                );
                Row {
                    table: table.clone(),
                    line,
                    columns: columns.clone(),
                    cells,
                }
            })
            .collect();
        Table {
            name: name.to_owned(),
            columns,
            rows,
        }
    }

    /// The table's name (its file).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The column names, in order.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The rows, in order.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }
}

impl Row {
    /// The cell of `column` (empty when the row is shorter). Panics on a column the table
    /// does not have.
    pub fn get(&self, column: &str) -> &str {
        let i = self
            .columns
            .iter()
            .position(|c| c == column)
            .unwrap_or_else(|| panic!("{}: no column {column:?}", self.table));
        self.cells.get(i).map_or("", String::as_str)
    }

    /// The cell of `column`, or `None` when it is `-` (null) or empty.
    pub fn opt(&self, column: &str) -> Option<&str> {
        Some(self.get(column)).filter(|v| !v.is_empty() && *v != "-")
    }

    /// The escaped cell of `column`, unescaped ([`unescape`]).
    pub fn bytes(&self, column: &str) -> Vec<u8> {
        unescape(self.get(column))
    }

    /// Where the row is: `file:line`, for failure messages.
    pub fn at(&self) -> String {
        format!("{}:{}", self.table, self.line)
    }
}

/// Writes bytes as an escaped cell: `\\`, `\t`, `\n`, `\r` and `\xHH` for every other
/// control byte, DEL and each byte of invalid UTF-8. Valid UTF-8 text stays as it is.
pub fn escape(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    while !rest.is_empty() {
        let (valid, bad) = match std::str::from_utf8(rest) {
            Ok(s) => (s, &rest[rest.len()..]),
            Err(e) => {
                let (v, b) = rest.split_at(e.valid_up_to());
                let n = e.error_len().unwrap_or(b.len());
                (std::str::from_utf8(v).expect("valid prefix"), &b[..n])
            }
        };
        for c in valid.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\t' => out.push_str("\\t"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                    out.push_str(&format!("\\x{:02x}", c as u32))
                }
                c => out.push(c),
            }
        }
        for b in bad {
            out.push_str(&format!("\\x{b:02x}"));
        }
        rest = &rest[valid.len() + bad.len()..];
    }
    out
}

/// Reads an escaped cell back into bytes (the inverse of [`escape`]).
pub fn unescape(cell: &str) -> Vec<u8> {
    let b = cell.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' || i + 1 == b.len() {
            out.push(b[i]);
            i += 1;
            continue;
        }
        match b[i + 1] {
            b'\\' => out.push(b'\\'),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'x' => {
                let hex = cell.get(i + 2..i + 4).expect("\\x needs two hex digits");
                out.push(u8::from_str_radix(hex, 16).expect("\\x needs two hex digits"));
                i += 4;
                continue;
            }
            other => panic!("unknown escape \\{}", other as char),
        }
        i += 2;
    }
    out
}

/// A named set of classification options (`parity/options.tsv`), as text: each front end's
/// test turns it into its own options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionSet {
    /// The set's name.
    pub name: String,
    /// A `ConnectorTarget` name, if set.
    pub connector: Option<String>,
    /// A `QueueProfile` name, if set.
    pub profile: Option<String>,
    /// RFC 3339 time of the first attempt, with `profile`.
    pub first_attempt: Option<String>,
    /// RFC 3339 time to judge the queue at, with `profile`.
    pub now: Option<String>,
    /// The most bytes classified, if set.
    pub max_len: Option<usize>,
    /// An `Origin` name, if set.
    pub origin: Option<String>,
    /// A locale tag, if set.
    pub locale: Option<String>,
    /// A `Severity` name the text's source states beside it (`Options::stated`), if set.
    pub stated: Option<String>,
}

/// Every option set of the parity tests.
pub fn option_sets() -> Vec<OptionSet> {
    Table::load("parity/options")
        .rows()
        .iter()
        .map(|r| OptionSet {
            name: r.get("name").to_owned(),
            connector: r.opt("connector").map(str::to_owned),
            profile: r.opt("profile").map(str::to_owned),
            first_attempt: r.opt("first_attempt").map(str::to_owned),
            now: r.opt("now").map(str::to_owned),
            max_len: r
                .opt("max_len")
                .map(|n| n.parse().unwrap_or_else(|_| panic!("{}: max_len", r.at()))),
            origin: r.opt("origin").map(str::to_owned),
            locale: r.opt("locale").map(str::to_owned),
            stated: r.opt("stated").map(str::to_owned),
        })
        .collect()
}

/// The core's options of an option set (with the `core` feature).
#[cfg(feature = "core")]
pub fn options(set: &OptionSet) -> mfi_core::Options {
    use mfi_core::{ConnectorTarget, Options, QueueProfile, Timestamp};
    let mut o = Options::new();
    if let Some(c) = &set.connector {
        o = o.connector(ConnectorTarget::from_name(c).expect("a connector target"));
    }
    if let Some(p) = &set.profile {
        let time = |t: &Option<String>| -> Timestamp {
            t.as_deref()
                .expect("a profile comes with its times")
                .parse()
                .expect("an RFC 3339 time")
        };
        let p = QueueProfile::from_name(p).expect("a queue profile");
        o = o.queue(p, time(&set.first_attempt), time(&set.now));
    }
    if let Some(n) = set.max_len {
        o = o.max_len(n);
    }
    if let Some(v) = &set.origin {
        o = o.origin(mfi_core::Origin::from_name(v).expect("an origin"));
    }
    if let Some(l) = &set.locale {
        o = o.locale(l.parse().expect("a locale"));
    }
    if let Some(s) = &set.stated {
        o = o.stated(mfi_core::Severity::from_name(s).expect("a severity"));
    }
    o
}

/// One parity case: a text and the option set to classify it with.
#[derive(Debug, Clone)]
pub struct ParityCase {
    /// Where the case is (`parity/inputs.tsv:LINE`).
    pub at: String,
    /// The option set's name.
    pub options: String,
    /// The text, as bytes.
    pub text: Vec<u8>,
}

/// The parity cases, in order; `parity/expected.jsonl` holds the core's JSON of each, line
/// by line.
pub fn parity_cases() -> Vec<ParityCase> {
    Table::load("parity/inputs")
        .rows()
        .iter()
        .map(|r| ParityCase {
            at: r.at(),
            options: r.get("options").to_owned(),
            text: r.bytes("text"),
        })
        .collect()
}

/// The expected JSON of each parity case, in order.
pub fn parity_expected() -> Vec<String> {
    let path = dir().join("parity/expected.jsonl");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Every text of the tables that hold texts (`cases`, `queue-cases`, `real-world`,
/// `hostile`) and of `examples/queue-sample.log`, in that order, without repeats: the
/// inputs of the parity files.
pub fn all_texts() -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut push = |t: Vec<u8>| {
        if !out.contains(&t) {
            out.push(t);
        }
    };
    for name in ["cases", "queue-cases", "real-world"] {
        for r in Table::load(name).rows() {
            push(r.get("text").as_bytes().to_vec());
        }
    }
    for r in Table::load("hostile").rows() {
        push(r.bytes("text"));
    }
    let sample = std::fs::read_to_string(root().join("examples/queue-sample.log"))
        .expect("examples/queue-sample.log");
    for l in sample.lines() {
        push(l.as_bytes().to_vec());
    }
    out
}

/// The optional `../shared/reference` folder beside the repository (or `$MFI_REFERENCE_DIR`),
/// when it is there. Tests that use it add checks; none requires it.
pub fn shared_reference() -> Option<PathBuf> {
    let dir = std::env::var_os("MFI_REFERENCE_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("../shared/reference"));
    dir.is_dir().then_some(dir)
}

/// Fails with every difference listed at once (a table test reports all its failing rows,
/// not the first).
pub fn assert_all_pass(what: &str, failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{what}: {} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_round_trips() {
        for b in [
            &b""[..],
            b"plain",
            b"tab\there\r\n",
            b"back\\slash \\x41",
            b"\x00\x1b[31m\x7f",
            b"bad \xff\xfe utf-8 \xe2\x82",
            "caf\u{e9} \u{1b}".as_bytes(),
        ] {
            let e = escape(b);
            assert!(!e.contains(['\t', '\n', '\r']));
            assert_eq!(unescape(&e), b, "{e}");
        }
    }

    #[test]
    fn every_table_loads() {
        for name in [
            "cases",
            "queue-cases",
            "real-world",
            "hostile",
            "exchange-codes",
            "iana-registry",
            "smtp-reply-codes",
            "parity/options",
            "parity/inputs",
        ] {
            let t = Table::load(name);
            assert!(!t.rows().is_empty(), "{name} is empty");
        }
        assert_eq!(parity_cases().len(), parity_expected().len());
    }
}
