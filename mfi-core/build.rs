//! Compiles the signal patterns (`src/knowledge/patterns.rs`) into the scanner's automaton at
//! build time: an Aho-Corasick DFA over byte classes, written as static tables to
//! `$OUT_DIR/signal_dfa.rs`. The library then needs no automaton crate, builds nothing at
//! run time and allocates nothing for it (a C host sees no lazily built table, and unloading
//! the library leaves nothing behind).
//!
//! Matching is ASCII-case-insensitive and reports every match, overlapping ones included.

use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The pattern texts, in table order (the order is the pattern id).
macro_rules! patterns {
    ($($text:literal => $sig:ident, $strength:ident;)*) => {
        const PATTERNS: &[&str] = &[$($text),*];
    };
}
include!("src/knowledge/patterns.rs");

struct Node {
    children: BTreeMap<u8, usize>,
    fail: usize,
    /// Patterns that end here, this node's own and those of its fail chain.
    out: Vec<u16>,
}

fn main() {
    println!("cargo::rerun-if-changed=src/knowledge/patterns.rs");
    println!("cargo::rerun-if-changed=build.rs");

    // The trie of the lowercased patterns.
    let mut nodes = vec![Node {
        children: BTreeMap::new(),
        fail: 0,
        out: Vec::new(),
    }];
    for (id, p) in PATTERNS.iter().enumerate() {
        assert!(!p.is_empty(), "empty pattern");
        let mut s = 0;
        for b in p.bytes().map(|b| b.to_ascii_lowercase()) {
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
        assert!(!nodes[s].out.contains(&(id as u16)));
        nodes[s]
            .out
            .push(u16::try_from(id).expect("fewer than 65536 patterns"));
    }

    // Byte classes: one per byte that occurs in a pattern (an upper-case ASCII letter shares
    // its lower-case letter's class), class 0 for every other byte.
    let mut class = [0u8; 256];
    let mut classes = 1usize;
    for p in PATTERNS {
        for b in p.bytes().map(|b| b.to_ascii_lowercase()) {
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
    // The root's children had their fail link (the root) set before their own turn; every
    // other node's link is the DFA step of its parent's link, computed above.
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
    let max_id = plain.len() * classes;
    assert!(u32::try_from(max_id).is_ok());

    let mut src = String::new();
    let _ = writeln!(
        src,
        "// Generated by build.rs from src/knowledge/patterns.rs. Do not edit."
    );
    let _ = writeln!(
        src,
        "/// Number of byte classes.\npub(crate) const DFA_CLASSES: usize = {classes};"
    );
    let _ = writeln!(
        src,
        "/// Number of states.\npub(crate) const DFA_STATES: usize = {};",
        plain.len()
    );
    let _ = writeln!(
        src,
        "/// Premultiplied ids at or above this report matches.\npub(crate) const DFA_FIRST_MATCH: u32 = {};",
        first_match * classes
    );
    let max_len = PATTERNS.iter().map(|p| p.len()).max().unwrap_or(1);
    let _ = writeln!(src, "/// The longest pattern, in bytes.\npub(crate) const DFA_MAX_PATTERN_LEN: usize = {max_len};");
    let _ = write!(
        src,
        "/// The class of each byte.\npub(crate) static DFA_CLASS: [u8; 256] = ["
    );
    for c in class {
        let _ = write!(src, "{c},");
    }
    let _ = writeln!(src, "];");
    let _ = write!(
        src,
        "/// Transitions: `DFA_TRANS[state + class]` is the next premultiplied state.\npub(crate) static DFA_TRANS: [u32; {}] = [",
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
    // Matches of each match state: a range of DFA_MATCHES.
    let mut starts = vec![0u32];
    let mut list = Vec::new();
    for &s in &matching {
        let mut out = nodes[s].out.clone();
        out.sort_unstable();
        list.extend(out);
        starts.push(u32::try_from(list.len()).unwrap());
    }
    let _ = write!(
        src,
        "/// Where the matches of match state `i` (counted from the first) start in DFA_MATCHES.\npub(crate) static DFA_MATCH_START: [u32; {}] = [",
        starts.len()
    );
    for s in &starts {
        let _ = write!(src, "{s},");
    }
    let _ = writeln!(src, "];");
    let _ = write!(
        src,
        "/// Pattern ids reported by the match states.\npub(crate) static DFA_MATCHES: [u16; {}] = [",
        list.len()
    );
    for p in &list {
        let _ = write!(src, "{p},");
    }
    let _ = writeln!(src, "];");
    let _ = write!(
        src,
        "/// The length of each pattern, in bytes.\npub(crate) static DFA_PATTERN_LEN: [u8; {}] = [",
        PATTERNS.len()
    );
    for p in PATTERNS {
        let _ = write!(
            src,
            "{},",
            u8::try_from(p.len()).expect("patterns are short")
        );
    }
    let _ = writeln!(src, "];");

    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR")).join("signal_dfa.rs");
    std::fs::write(out, src).expect("write signal_dfa.rs");
}
