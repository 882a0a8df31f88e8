//! The contract's JSON, written directly: byte-identical to the serde form (tests check it
//! on every test text and on fuzzed input), several times faster on the CLI's and the C
//! ABI's hot path. Both walk [`crate::contract::FIELDS`]; this file only knows how to write
//! each kind of value.

use std::io::{self, Write};

use crate::contract::{Field, FieldSet, FieldSpec, Value, FIELDS};
use crate::diagnosis::Diagnosis;

fn escaped(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// Whether `s` has a byte JSON escapes. (Sixteen bytes at a time are folded without an
/// early exit, which the compiler turns into vector code.)
fn needs_escape(s: &str) -> bool {
    let mut blocks = s.as_bytes().chunks_exact(16);
    let rest = blocks.remainder();
    blocks.any(|block| block.iter().fold(false, |any, &b| any | escaped(b)))
        || rest.iter().any(|&b| escaped(b))
}

/// A string from the input: escaped only when it needs it.
fn string<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    if needs_escape(s) {
        serde_json::to_writer(&mut *w, s).map_err(io::Error::from)
    } else {
        raw(w, s)
    }
}

/// A string known to need no escaping: names of our enums, sentences of the knowledge tables
/// (a test checks every one).
#[inline]
fn raw<W: Write>(w: &mut W, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    w.write_all(s.as_bytes())?;
    w.write_all(b"\"")
}

/// `"c.s.d"`, without the formatting machinery.
fn status<W: Write>(w: &mut W, st: crate::EnhancedStatus) -> io::Result<()> {
    raw(w, st.write_to(&mut [0; 7]))
}

fn integer<W: Write>(w: &mut W, n: u16) -> io::Result<()> {
    crate::render::decimal(w, usize::from(n))
}

fn value<W: Write>(w: &mut W, v: &Value<'_, '_>) -> io::Result<()> {
    match v {
        Value::Absent | Value::Null => w.write_all(b"null"),
        Value::Bool(true) => w.write_all(b"true"),
        Value::Bool(false) => w.write_all(b"false"),
        Value::Integer(n) => integer(w, *n),
        Value::Status(st) => status(w, *st),
        Value::Name(s) | Value::Text(s) => raw(w, s),
        Value::Causes(list) => {
            w.write_all(b"[")?;
            for (i, c) in list.iter().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                raw(w, c.name())?;
            }
            w.write_all(b"]")
        }
        Value::Remediations(d) => {
            w.write_all(b"[")?;
            for (i, r) in d.remediations().enumerate() {
                w.write_all(if i > 0 { b",{\"id\":\"" } else { b"{\"id\":\"" })?;
                w.write_all(r.id.name().as_bytes())?;
                w.write_all(b"\",\"actor\":\"")?;
                w.write_all(r.actor.name().as_bytes())?;
                w.write_all(b"\",\"text\":\"")?;
                w.write_all(r.text.as_bytes())?;
                w.write_all(b"\"}")?;
            }
            w.write_all(b"]")
        }
        Value::Chain(d) => {
            w.write_all(b"[")?;
            for (i, r) in d.chain().enumerate() {
                w.write_all(if i > 0 {
                    b",{\"reply_code\":"
                } else {
                    b"{\"reply_code\":"
                })?;
                match r.reply_code {
                    Some(c) => integer(w, c.get())?,
                    None => w.write_all(b"null")?,
                }
                w.write_all(b",\"enhanced_status\":")?;
                match r.enhanced_status {
                    Some(st) => status(w, st)?,
                    None => w.write_all(b"null")?,
                }
                w.write_all(b",\"text\":")?;
                string(w, r.text)?;
                w.write_all(b"}")?;
            }
            w.write_all(b"]")
        }
        Value::Attributes(d) => {
            w.write_all(b"{")?;
            for (i, (k, v)) in d.attributes().enumerate() {
                if i > 0 {
                    w.write_all(b",")?;
                }
                raw(w, k.name())?;
                w.write_all(b":")?;
                string(w, v)?;
            }
            w.write_all(b"}")
        }
        Value::Queue(q) => serde_json::to_writer(&mut *w, q).map_err(io::Error::from),
    }
}

pub(crate) fn write<W: Write>(d: &Diagnosis<'_>, w: &mut W) -> io::Result<()> {
    let mut first = true;
    for f in FIELDS {
        member(d, f, &mut first, w)?;
    }
    w.write_all(b"}")
}

/// The object with `fields` alone, in their order; a field listed again is skipped.
pub(crate) fn write_fields<W: Write>(
    d: &Diagnosis<'_>,
    fields: &[Field],
    w: &mut W,
) -> io::Result<()> {
    let mut first = true;
    let mut written = FieldSet::EMPTY;
    for &field in fields {
        if !written.contains(field) {
            written = written.with(field);
            member(d, field.spec(), &mut first, w)?;
        }
    }
    if first {
        w.write_all(b"{")?;
    }
    w.write_all(b"}")
}

/// `,"name":value` for one field (`{"name":value` for the first one written); nothing
/// for a field the diagnosis leaves out.
#[inline(always)]
fn member<W: Write>(
    d: &Diagnosis<'_>,
    f: &FieldSpec,
    first: &mut bool,
    w: &mut W,
) -> io::Result<()> {
    let v = d.value_of(f.field);
    if matches!(v, Value::Absent) {
        return Ok(());
    }
    if *first {
        // `{"name":` from `,"name":`
        w.write_all(b"{")?;
        w.write_all(&f.json_key.as_bytes()[1..])?;
        *first = false;
    } else {
        w.write_all(f.json_key.as_bytes())?;
    }
    value(w, &v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge;
    use crate::model::{Actor, AttrKey, Cause, MfiCode, MfiMatch, Reason, RemediationId, Severity};

    /// The vector test finds every byte that needs escaping, wherever it lies.
    #[test]
    fn needs_escape_finds_every_escaped_byte_anywhere() {
        for len in 0..40 {
            let plain = "a".repeat(len);
            assert!(!needs_escape(&plain));
            for at in 0..len {
                for bad in ["\"", "\\", "\n", "\u{0}", "\u{1f}"] {
                    let mut t = plain.clone();
                    t.replace_range(at..at + 1, bad);
                    assert!(needs_escape(&t), "{t:?}");
                }
            }
        }
        assert!(!needs_escape("é \u{7f} ~ 550 5.1.1 <a@b.example>"));
    }

    /// The writer copies names and knowledge sentences without escaping them.
    #[test]
    fn static_strings_need_no_escaping() {
        let names = MfiCode::all()
            .map(MfiCode::name)
            .chain(MfiMatch::all().map(MfiMatch::name))
            .chain(Severity::all().map(Severity::name))
            .chain(Reason::all().map(Reason::name))
            .chain(Cause::all().map(Cause::name))
            .chain(RemediationId::all().map(RemediationId::name))
            .chain(Actor::all().map(Actor::name))
            .chain(AttrKey::all().map(AttrKey::name));
        let texts = RemediationId::all()
            .map(|r| knowledge::remediation_info(r).text)
            .chain(knowledge::catalogue().flat_map(|r| [r.title, r.meaning]));
        for s in names.chain(texts).chain(FIELDS.iter().map(|f| f.name)) {
            assert!(!needs_escape(s), "{s:?} needs escaping");
        }
    }
}
