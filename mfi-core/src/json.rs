//! The contract's JSON, written directly: byte-identical to the serde form (a test checks
//! every golden case), several times faster on the CLI's and the C ABI's hot path.

use std::io::{self, Write};
use std::sync::LazyLock;

use crate::diagnosis::{Diagnosis, Remediation};
use crate::model::RemediationId;

/// Each remediation's JSON object, escaped once.
static REMEDIATION_JSON: LazyLock<Vec<String>> = LazyLock::new(|| {
    RemediationId::all()
        .map(|id| serde_json::to_string(&Remediation::of(id)).expect("static JSON"))
        .collect()
});

fn needs_escape(s: &str) -> bool {
    s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\')
}

fn string<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    if needs_escape(s) {
        serde_json::to_writer(&mut *w, s).map_err(io::Error::from)
    } else {
        w.write_all(b"\"")?;
        w.write_all(s.as_bytes())?;
        w.write_all(b"\"")
    }
}

/// Names of our enums never need escaping.
fn name<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    w.write_all(s.as_bytes())?;
    w.write_all(b"\"")
}

fn opt_display<W: Write, T: std::fmt::Display>(w: &mut W, v: Option<T>) -> io::Result<()> {
    match v {
        Some(v) => write!(w, "\"{v}\""),
        None => w.write_all(b"null"),
    }
}

fn opt_u16<W: Write>(w: &mut W, v: Option<u16>) -> io::Result<()> {
    match v {
        Some(n) => {
            let mut buf = [0u8; 5];
            let mut i = buf.len();
            let mut n = n;
            loop {
                i -= 1;
                buf[i] = b'0' + (n % 10) as u8;
                n /= 10;
                if n == 0 {
                    break;
                }
            }
            w.write_all(&buf[i..])
        }
        None => w.write_all(b"null"),
    }
}

pub(crate) fn write<W: Write>(d: &Diagnosis<'_>, w: &mut W) -> io::Result<()> {
    w.write_all(b"{\"reply_code\":")?;
    opt_u16(w, d.reply_code().map(|c| c.get()))?;
    w.write_all(b",\"enhanced_status\":")?;
    opt_display(w, d.enhanced_status())?;
    w.write_all(b",\"severity\":")?;
    name(w, d.severity().name())?;
    w.write_all(b",\"mfi_code\":")?;
    match d.mfi_code() {
        Some(c) => name(w, c.name())?,
        None => w.write_all(b"null")?,
    }
    w.write_all(b",\"mfi_match\":")?;
    match d.mfi_match() {
        Some(m) => name(w, m.name())?,
        None => w.write_all(b"null")?,
    }
    w.write_all(if d.expired() {
        b",\"expired\":true,\"reason\":"
    } else {
        b",\"expired\":false,\"reason\":"
    })?;
    name(w, d.reason().name())?;
    w.write_all(b",\"causes\":[")?;
    for (i, c) in d.causes().iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        name(w, c.name())?;
    }
    w.write_all(b"],\"remediations\":[")?;
    let table = &*REMEDIATION_JSON;
    for (i, r) in d.remediation_id_slice().iter().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        w.write_all(table[r.index()].as_bytes())?;
    }
    w.write_all(b"],\"chain\":[")?;
    for (i, r) in d.chain().enumerate() {
        w.write_all(if i > 0 {
            b",{\"reply_code\":"
        } else {
            b"{\"reply_code\":"
        })?;
        opt_u16(w, r.reply_code.map(|c| c.get()))?;
        w.write_all(b",\"enhanced_status\":")?;
        opt_display(w, r.enhanced_status)?;
        w.write_all(b",\"text\":")?;
        string(w, r.text)?;
        w.write_all(b"}")?;
    }
    w.write_all(b"],\"attributes\":{")?;
    for (i, (k, v)) in d.attributes().enumerate() {
        if i > 0 {
            w.write_all(b",")?;
        }
        name(w, k.name())?;
        w.write_all(b":")?;
        string(w, v)?;
    }
    w.write_all(b"}")?;
    if let Some(q) = d.queue() {
        w.write_all(b",\"queue\":")?;
        serde_json::to_writer(&mut *w, q).map_err(io::Error::from)?;
    }
    w.write_all(b"}")
}
