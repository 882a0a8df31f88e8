//! Compiles the wordings mfi looks for (`src/knowledge/patterns.rs`, the signals, and
//! `src/knowledge/reasons.rs`, the reasons) into the scanner's automaton at build time: an
//! Aho-Corasick DFA over byte classes, written as static tables to `$OUT_DIR/signal_dfa.rs`.
//! The library then needs no automaton crate, builds nothing at run time and allocates
//! nothing for it (a C host sees no lazily built table, and unloading the library leaves
//! nothing behind).
//!
//! Every distinct wording (lower-cased) is a *fragment*. The DFA matches only the first
//! `PREFIX` bytes of each fragment, which bounds its size; a prefix match is then checked
//! against the whole fragments that start with it. Matching is ASCII-case-insensitive and
//! reports every match, overlapping ones included.
//!
//! Two automata are written from the same prefixes: `DFA_*`, of every prefix (what
//! `classify` walks), and `MARK_DFA_*`, of the prefixes of the wordings that mark a text's
//! writer alone (what `detect_origin` walks: a few hundred states, which stay in the
//! caches). Both report prefix ids of the one prefix table.

use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write as _;
use std::path::PathBuf;

/// How many bytes of a fragment the automaton matches; the rest is compared directly.
/// Longer prefixes make a bigger automaton (16: ~11,900 states, 6 MB of static tables;
/// 8: ~4,200 states, 1.9 MB) but far fewer fragments share a prefix, so a match confirms
/// fewer candidates: on the real-world mix 16 costs 16% fewer instructions and 16% fewer
/// L1 data misses than 8 (the walk stays among a few hot states).
const PREFIX: usize = 16;

/// The signal pattern texts, in table order (the order is the pattern id).
macro_rules! patterns {
    ($($text:literal => $sig:ident, $strength:ident;)*) => {
        const PATTERNS: &[&str] = &[$($text),*];
        const PATTERN_SIGNALS: &[&str] = &[$(stringify!($sig)),*];
    };
}
include!("src/knowledge/patterns.rs");

/// The reason patterns: each a sequence of fragments, in table order.
macro_rules! reasons {
    ($($first:literal $(.. $more:literal)* => $reason:ident $(, $flag:ident)?;)*) => {
        const REASONS: &[&[&str]] = &[$(&[$first $(, $more)*]),*];
    };
}
include!("src/knowledge/reasons.rs");

struct Node {
    children: BTreeMap<u8, usize>,
    fail: usize,
    /// Prefixes that end here, this node's own and those of its fail chain.
    out: Vec<u16>,
}

fn main() {
    println!("cargo::rerun-if-changed=src/knowledge/patterns.rs");
    println!("cargo::rerun-if-changed=src/knowledge/reasons.rs");
    println!("cargo::rerun-if-changed=build.rs");

    // Fragments (distinct lower-cased wordings) and who uses them: (table, pattern, part),
    // packed as table << 31 | part << 24 | pattern.
    let mut fragments: Vec<String> = Vec::new();
    let mut uses: Vec<Vec<u32>> = Vec::new();
    let mut add = |text: &str, use_: u32| {
        let lower = text.to_ascii_lowercase();
        assert!(!lower.is_empty(), "empty pattern");
        let i = match fragments.iter().position(|f| *f == lower) {
            Some(i) => i,
            None => {
                fragments.push(lower);
                uses.push(Vec::new());
                fragments.len() - 1
            }
        };
        uses[i].push(use_);
        i
    };
    // Only ASCII letters are matched without regard to case: a wording that starts with
    // another lower-case letter is also looked for with that letter capitalised, as a
    // sentence starts (`Ящик переполнен`, `Über...`); the fragment a pattern's part is known
    // by stays the lower-case one.
    let capitalised = |text: &str| {
        let mut chars = text.chars();
        let first = chars.next()?;
        let mut upper = first.to_uppercase();
        let u = upper.next()?;
        (!first.is_ascii() && u != first && upper.next().is_none())
            .then(|| format!("{u}{}", chars.as_str()))
    };
    // A wording with an apostrophe is also looked for with the typographic one (U+2019), as
    // word processors, web pages and HTML reports write it (`couldn’t`), and texts pasted
    // from them keep it.
    let typographic = |text: &str| text.contains('\'').then(|| text.replace('\'', "\u{2019}"));
    for (i, p) in PATTERNS.iter().enumerate() {
        add(p, u32::try_from(i).unwrap());
        if let Some(c) = capitalised(p) {
            add(&c, u32::try_from(i).unwrap());
        }
        if let Some(t) = typographic(p) {
            add(&t, u32::try_from(i).unwrap());
        }
    }
    // The fragment of each part of each reason pattern, in order.
    let mut part_start = vec![0usize];
    let mut part_fragments = Vec::new();
    for (i, parts) in REASONS.iter().enumerate() {
        assert!(parts.len() <= 4, "at most four parts");
        for (k, part) in parts.iter().enumerate() {
            let use_ = 1 << 31 | (k as u32) << 24 | u32::try_from(i).unwrap();
            part_fragments.push(add(part, use_));
            if let Some(c) = capitalised(part).filter(|_| k == 0) {
                add(&c, use_);
            }
            // (Only a first part: the later ones are looked up by their own fragment.)
            if let Some(t) = typographic(part).filter(|_| k == 0) {
                add(&t, use_);
            }
        }
        part_start.push(part_fragments.len());
    }

    // The automaton's patterns: the distinct prefixes, each with the fragments it starts.
    let mut prefixes: Vec<String> = Vec::new();
    let mut of_prefix: Vec<Vec<u16>> = Vec::new();
    for (f, text) in fragments.iter().enumerate() {
        let mut end = text.len().min(PREFIX);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let p = &text[..end];
        let i = match prefixes.iter().position(|x| x == p) {
            Some(i) => i,
            None => {
                prefixes.push(p.to_owned());
                of_prefix.push(Vec::new());
                prefixes.len() - 1
            }
        };
        of_prefix[i].push(u16::try_from(f).expect("fewer than 65536 fragments"));
    }

    let mut src = String::new();
    let _ = writeln!(
        src,
        "// Generated by build.rs from src/knowledge/patterns.rs and reasons.rs. Do not edit."
    );
    // The prefixes of the wordings that tell whose words a text is in (the `Origin*`
    // signals, and Postfix's quoting anchors): `find_marks` looks for these only.
    let marks_origin = |f: u16| {
        uses[usize::from(f)].iter().any(|&u| {
            // (Signal uses only: a reason use has the top bit set.)
            u >> 31 == 0 && {
                let sig = PATTERN_SIGNALS[(u & 0xff_ffff) as usize];
                sig.starts_with("Origin") || sig == "AnchorSaid" || sig == "AnchorInReplyTo"
            }
        })
    };
    let marks: Vec<bool> = of_prefix
        .iter()
        .map(|fs| fs.iter().any(|&f| marks_origin(f)))
        .collect();
    // The automaton of every prefix, and a small one of the marks' prefixes alone (its
    // tables stay in the caches: a scan for the writer of a message walks it).
    automaton(&mut src, "DFA", &prefixes, |_| true);
    automaton(&mut src, "MARK_DFA", &prefixes, |p| marks[p]);
    let lens: Vec<usize> = prefixes.iter().map(String::len).collect();
    table(
        &mut src,
        "DFA_PREFIX_LEN",
        "u8",
        "The length of each prefix, in bytes.",
        &lens,
    );
    // Fragments of each prefix.
    let (fstart, flist) = flatten(&of_prefix);
    table(
        &mut src,
        "PREFIX_FRAGMENT_START",
        "u16",
        "Where the fragments of prefix `i` start in PREFIX_FRAGMENTS.",
        &fstart,
    );
    table(
        &mut src,
        "PREFIX_FRAGMENTS",
        "u16",
        "Fragment ids, by prefix.",
        &flist,
    );
    let _ = writeln!(
        src,
        "/// Every fragment, lower-cased.\npub(crate) static FRAGMENTS: [&str; {}] = {fragments:?};",
        fragments.len()
    );
    // The fragments written as (a piece of) a host name, a full stop before a letter
    // (`.spamhaus.org`, `postmaster.comcast.net`): words meant to match inside a name, which
    // the scanner's inside-a-name test must let through.
    let mut host_bits = vec![0u64; fragments.len().div_ceil(64)];
    for (i, f) in fragments.iter().enumerate() {
        let b = f.as_bytes();
        if b.windows(2)
            .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic())
        {
            host_bits[i / 64] |= 1 << (i % 64);
        }
    }
    table(
        &mut src,
        "FRAGMENT_NAMES_A_HOST",
        "u64",
        "Bit `i`: fragment `i` is written as (a piece of) a host name.",
        &host_bits,
    );
    let (ustart, ulist) = flatten(&uses);
    table(
        &mut src,
        "FRAGMENT_USE_START",
        "u16",
        "Where the uses of fragment `i` start in FRAGMENT_USES.",
        &ustart,
    );
    table(
        &mut src,
        "FRAGMENT_USES",
        "u32",
        "Uses: table << 31 | part << 24 | pattern (table 0: signal patterns, 1: reason patterns).",
        &ulist,
    );

    table(
        &mut src,
        "REASON_PART_START",
        "u16",
        "Where the parts of reason pattern `i` start in REASON_PART_FRAGMENTS.",
        &part_start,
    );
    table(
        &mut src,
        "REASON_PART_FRAGMENTS",
        "u16",
        "The fragment of each part of each reason pattern.",
        &part_fragments,
    );

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("signal_dfa.rs");
    std::fs::write(out, src).expect("write signal_dfa.rs");

    locales();
}

/// Lists laid end to end: where each starts (and the end of the last), and the items.
fn flatten<T: Copy>(lists: &[Vec<T>]) -> (Vec<usize>, Vec<T>) {
    let mut starts = vec![0usize];
    let mut items = Vec::new();
    for l in lists {
        items.extend(l.iter().copied());
        starts.push(items.len());
    }
    (starts, items)
}

/// Builds the Aho-Corasick DFA of the prefixes for which `keep(id)` holds (matches report
/// the prefixes' ids in `prefixes`) and writes its tables to `src`, named `{name}_...`.
fn automaton(src: &mut String, name: &str, prefixes: &[String], keep: impl Fn(usize) -> bool) {
    // The prefixes kept, with their ids.
    let kept: Vec<(usize, &str)> = prefixes
        .iter()
        .enumerate()
        .filter(|&(id, _)| keep(id))
        .map(|(id, p)| (id, p.as_str()))
        .collect();
    // The trie of the prefixes.
    let mut nodes = vec![Node {
        children: BTreeMap::new(),
        fail: 0,
        out: Vec::new(),
    }];
    for &(id, p) in &kept {
        let mut s = 0;
        for b in p.bytes() {
            s = match nodes[s].children.get(&b) {
                Some(&n) => n,
                None => {
                    nodes.push(Node {
                        children: BTreeMap::new(),
                        fail: 0,
                        out: Vec::new(),
                    });
                    let n = nodes.len() - 1;
                    nodes[s].children.insert(b, n);
                    n
                }
            };
        }
        nodes[s]
            .out
            .push(u16::try_from(id).expect("fewer than 65536 prefixes"));
    }

    // Byte classes: one per byte that occurs in a prefix (an upper-case ASCII letter shares
    // its lower-case letter's class), class 0 for every other byte.
    let mut class = [0u8; 256];
    let mut classes = 1usize;
    for &(_, p) in &kept {
        for b in p.bytes() {
            if class[usize::from(b)] == 0 {
                class[usize::from(b)] = u8::try_from(classes).expect("fewer than 256 classes");
                classes += 1;
            }
        }
    }
    for b in b'A'..=b'Z' {
        class[usize::from(b)] = class[usize::from(b.to_ascii_lowercase())];
    }
    // One representative byte per class (class 0 never leads to a child).
    let mut rep = vec![None; classes];
    for b in 0..=255u8 {
        let c = usize::from(class[usize::from(b)]);
        if c != 0 && rep[c].is_none() {
            rep[c] = Some(b.to_ascii_lowercase());
        }
    }

    // Fail links and the DFA, breadth first.
    let mut delta = vec![vec![0usize; classes]; nodes.len()];
    let mut order = Vec::with_capacity(nodes.len());
    let mut queue = VecDeque::new();
    for c in 0..classes {
        if let Some(&n) = rep[c].and_then(|b| nodes[0].children.get(&b)) {
            delta[0][c] = n;
            queue.push_back(n);
        }
    }
    order.push(0);
    while let Some(s) = queue.pop_front() {
        order.push(s);
        let fail = nodes[s].fail;
        let inherited = nodes[fail].out.clone();
        for p in inherited {
            if !nodes[s].out.contains(&p) {
                nodes[s].out.push(p);
            }
        }
        for c in 0..classes {
            match rep[c].and_then(|b| nodes[s].children.get(&b)) {
                Some(&n) => {
                    nodes[n].fail = if s == 0 { 0 } else { delta[fail][c] };
                    delta[s][c] = n;
                    queue.push_back(n);
                }
                None => delta[s][c] = delta[fail][c],
            }
        }
    }
    assert_eq!(order.len(), nodes.len());

    // Number the states: the start state first, states without matches next, match states
    // last, so that one comparison tells whether a state reports matches.
    let mut plain: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&s| nodes[s].out.is_empty())
        .collect();
    let matching: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&s| !nodes[s].out.is_empty())
        .collect();
    assert_eq!(plain[0], 0, "the start state reports no match");
    plain.extend(&matching);
    let mut number = vec![0usize; nodes.len()];
    for (i, &s) in plain.iter().enumerate() {
        number[s] = i;
    }
    let first_match = plain.len() - matching.len();
    let premultiplied = |s: usize| number[s] * classes;
    assert!(u32::try_from(plain.len() * classes).is_ok());

    let _ = writeln!(
        src,
        "/// Number of byte classes.\npub(crate) const {name}_CLASSES: usize = {classes};"
    );
    let _ = writeln!(
        src,
        "/// Number of states.\npub(crate) const {name}_STATES: usize = {};",
        plain.len()
    );
    let _ = writeln!(
        src,
        "/// Premultiplied ids at or above this report matches.\npub(crate) const {name}_FIRST_MATCH: u32 = {};",
        first_match * classes
    );
    let max_len = kept.iter().map(|(_, p)| p.len()).max().unwrap_or(1);
    let _ = writeln!(
        src,
        "/// The longest prefix, in bytes.\npub(crate) const {name}_MAX_PATTERN_LEN: usize = {max_len};"
    );
    let _ = write!(
        src,
        "/// The class of each byte.\npub(crate) static {name}_CLASS: [u8; 256] = ["
    );
    for c in class {
        let _ = write!(src, "{c},");
    }
    let _ = writeln!(src, "];");
    let _ = write!(
        src,
        "/// Transitions: `{name}_TRANS[state + class]` is the next premultiplied state.\npub(crate) static {name}_TRANS: [u32; {}] = [",
        plain.len() * classes
    );
    for (i, &s) in plain.iter().enumerate() {
        if i % 8 == 0 {
            src.push('\n');
        }
        for &next in &delta[s] {
            let _ = write!(src, "{},", premultiplied(next));
        }
    }
    let _ = writeln!(src, "\n];");
    // Matches of each match state: a range of `{name}_MATCHES` (prefix ids).
    let outs: Vec<Vec<u16>> = matching
        .iter()
        .map(|&s| {
            let mut out = nodes[s].out.clone();
            out.sort_unstable();
            out
        })
        .collect();
    let (starts, list) = flatten(&outs);
    assert!(u32::try_from(list.len()).is_ok());
    table(
        src,
        &format!("{name}_MATCH_START"),
        "u32",
        &format!("Where the prefixes of match state `i` (counted from the first) start in {name}_MATCHES."),
        &starts,
    );
    table(
        src,
        &format!("{name}_MATCHES"),
        "u16",
        "Prefix ids reported by the match states.",
        &list,
    );
}

include!("src/knowledge/locales/sections.rs");

/// Compiles `src/knowledge/locales/{de,zh-CN,ru}.toml` into `$OUT_DIR/locales.rs`: one
/// static table per locale of `(section, key, text)`, sorted by section and key (the order
/// `Locale::lookup` searches). A table or key the sections do not know, or a value that is
/// not a string, stops the build with the file and the id.
fn locales() {
    let mut src = String::new();
    for (name, file) in [("DE", "de"), ("ZH_CN", "zh-CN"), ("RU", "ru")] {
        let path = format!("src/knowledge/locales/{file}.toml");
        println!("cargo::rerun-if-changed={path}");
        let mut rows: Vec<(u8, String, String)> = Vec::new();
        if let Ok(text) = std::fs::read_to_string(&path) {
            let doc: toml::Table = text
                .parse()
                .unwrap_or_else(|e| panic!("{path}: not valid TOML: {e}"));
            for (table, entries) in &doc {
                let entries = entries
                    .as_table()
                    .unwrap_or_else(|| panic!("{path}: [{table}] is not a table"));
                for (key, value) in entries {
                    match value {
                        toml::Value::String(t) => {
                            let section = SECTIONS
                                .iter()
                                .position(|&(t2, sub)| t2 == table && sub.is_none())
                                .unwrap_or_else(|| panic!("{path}: unknown table [{table}]"));
                            rows.push((section as u8, key.clone(), t.clone()));
                        }
                        toml::Value::Table(fields) => {
                            for (field, t) in fields {
                                let section = SECTIONS
                                    .iter()
                                    .position(|&(t2, sub)| t2 == table && sub == Some(field))
                                    .unwrap_or_else(|| {
                                        panic!("{path}: unknown field {table}.\"{key}\".{field}")
                                    });
                                let t = t.as_str().unwrap_or_else(|| {
                                    panic!("{path}: {table}.\"{key}\".{field} is not a string")
                                });
                                rows.push((section as u8, key.clone(), t.to_owned()));
                            }
                        }
                        _ => panic!("{path}: {table}.{key} is not a string"),
                    }
                }
            }
        }
        rows.sort();
        let _ = writeln!(
            src,
            "/// The texts of `{file}.toml`.\npub(super) static {name}: &[(u8, &str, &str)] = &["
        );
        for (section, key, text) in &rows {
            let _ = writeln!(src, "    ({section}, {key:?}, {text:?}),");
        }
        let _ = writeln!(src, "];");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    std::fs::write(out, src).expect("write locales.rs");
}

fn table<T: std::fmt::Display>(src: &mut String, name: &str, ty: &str, doc: &str, items: &[T]) {
    let _ = write!(
        src,
        "/// {doc}\npub(crate) static {name}: [{ty}; {}] = [",
        items.len()
    );
    for x in items {
        let _ = write!(src, "{x},");
    }
    let _ = writeln!(src, "];");
}
