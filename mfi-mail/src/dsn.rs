//! RFC 3464 delivery status fields: `message/delivery-status` parts, and the same fields
//! printed in a plain-text part.

use std::borrow::Cow;

/// A field's name, lower-cased (the known ones without a copy).
pub(crate) type Name = Cow<'static, str>;

/// The fields of one group (per-message or per-recipient), in order, names lower-cased.
#[derive(Debug, Default, Clone)]
pub(crate) struct Group {
    pub fields: Vec<(Name, String)>,
}

impl Group {
    /// The first value of a field.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// A field's value after its type (`rfc822; user@example` → `user@example`).
    pub fn typed(&self, name: &str) -> Option<&str> {
        self.get(name).map(after_type).filter(|v| !v.is_empty())
    }
}

/// The value of a typed field without its type: `dns; mx.example` → `mx.example`,
/// `smtp; 550 5.1.1 ...` → `550 5.1.1 ...`. A value with no `;` is returned whole.
pub(crate) fn after_type(value: &str) -> &str {
    typed(value).1
}

/// A typed field's type (`rfc822`, `utf-8`, `dns`, `smtp`), if it has one, and its value.
pub(crate) fn typed(value: &str) -> (Option<&str>, &str) {
    match value.split_once(';') {
        Some((ty, rest)) if !ty.is_empty() && ty.len() <= 24 && !ty.contains(' ') => {
            (Some(ty), rest.trim())
        }
        _ => (None, value.trim()),
    }
}

/// The fields a delivery status report holds: one per-message group and per-recipient
/// groups.
#[derive(Debug, Default, Clone)]
pub(crate) struct Dsn {
    pub message: Group,
    pub recipients: Vec<Group>,
}

/// The most fields one group keeps.
const MAX_FIELDS: usize = 64;
/// The most recipient groups a report keeps.
const MAX_GROUPS: usize = crate::read::MAX_RECIPIENTS;

/// Field names of the per-recipient groups (RFC 3464 and common extensions).
const RECIPIENT_FIELDS: &[&str] = &[
    "original-recipient",
    "final-recipient",
    "action",
    "status",
    "remote-mta",
    "diagnostic-code",
    "last-attempt-date",
    "final-log-id",
    "will-retry-until",
    "x-actual-recipient",
    "x-display-name",
    "x-powermta-bouncecategory",
];

/// Field names of the per-message group (RFC 3464 and common extensions).
const MESSAGE_FIELDS: &[&str] = &[
    "reporting-mta",
    "dsn-gateway",
    "received-from-mta",
    "arrival-date",
    "original-envelope-id",
    "x-postfix-queue-id",
    "x-postfix-sender",
    "x-original-message-id",
];

/// The lower-case name of a field a status report may hold, if `name` is one (to find them
/// in plain text).
fn known_field(name: &str) -> Option<&'static str> {
    MESSAGE_FIELDS
        .iter()
        .chain(RECIPIENT_FIELDS)
        .find(|f| f.eq_ignore_ascii_case(name))
        .copied()
}

/// Splits `text` into lines (LF, CRLF or CR) and unfolds continuation lines (starting with
/// a space or tab) into the field before them.
fn unfolded_lines(text: &str) -> Vec<Cow<'_, str>> {
    let mut out: Vec<Cow<'_, str>> = Vec::new();
    // Lines end in LF, CRLF or CR alone.
    let lines = text
        .split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'));
    for line in lines {
        if (line.starts_with(' ') || line.starts_with('\t')) && !line.trim().is_empty() {
            if let Some(last) = out.last_mut().filter(|l| !l.trim().is_empty()) {
                let last = last.to_mut();
                last.push(' ');
                last.push_str(line.trim());
                continue;
            }
        }
        out.push(Cow::Borrowed(line));
    }
    out
}

/// `Name: value` when `line` is a field of a status report.
fn field(line: &str, known_only: bool) -> Option<(Name, String)> {
    let (name, value) = line.split_once(':')?;
    let name = name.trim();
    if name.is_empty()
        || name.len() > 40
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    let known = known_field(name);
    if known_only && known.is_none() {
        return None;
    }
    let name = known.map_or_else(|| Cow::Owned(name.to_ascii_lowercase()), Cow::Borrowed);
    Some((name, collapse(value)))
}

/// Whitespace runs collapsed to one space, trimmed.
pub(crate) fn collapse(s: &str) -> String {
    // Most values are already collapsed once trimmed: one check, one copy.
    let t = s.trim_ascii();
    if is_collapsed(t.as_bytes()) {
        return t.to_owned();
    }
    // The common case, ASCII without a vertical tab (which `split_ascii_whitespace` keeps in
    // words), the same as the Unicode-aware loop below.
    let words: &mut dyn Iterator<Item = &str> = if s.is_ascii() && !s.contains('\x0b') {
        &mut s.split_ascii_whitespace()
    } else {
        &mut s.split_whitespace()
    };
    let mut out = String::with_capacity(s.len());
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether ASCII text has no whitespace but single spaces (then trimmed, it is its own
/// [`collapse`]).
fn is_collapsed(t: &[u8]) -> bool {
    // (Folds without an early exit, which the compiler turns into vector code.)
    let printable = t.iter().fold(true, |ok, &c| ok & (0x20..0x80).contains(&c));
    let doubled = t
        .iter()
        .zip(t.get(1..).unwrap_or_default())
        .fold(false, |d, (&a, &b)| d | ((a == b' ') & (b == b' ')));
    printable && !doubled
}

/// Parses a `message/delivery-status` body (or the status fields printed in a text part,
/// with `known_only`: then only status field names count and other lines are skipped).
pub(crate) fn parse(text: &str, known_only: bool) -> Dsn {
    let mut dsn = Dsn::default();
    let mut current = Group::default();
    // Whether the open group holds a recipient's field (`Final-Recipient`, ...) and a
    // per-message one (kept beside it, so that no line looks through the group for them).
    let (mut is_recipient, mut per_message) = (false, false);
    for line in unfolded_lines(text) {
        if line.trim().is_empty() {
            // A blank line ends a group.
            flush(&mut dsn, &mut current);
            (is_recipient, per_message) = (false, false);
            continue;
        }
        let Some((name, value)) = field(&line, known_only) else {
            continue;
        };
        let recipient_field = RECIPIENT_FIELDS.contains(&&*name);
        // A new group begins without a blank line: a recipient field after per-message
        // fields, a recipient that starts while one is open, or a field told twice.
        let new_group = (recipient_field && !is_recipient && per_message)
            || (name == "final-recipient" && current.get("final-recipient").is_some())
            || (name == "original-recipient"
                && (current.get("original-recipient").is_some()
                    || (current.get("final-recipient").is_some()
                        && current.get("status").is_some())))
            || (is_recipient && name != "diagnostic-code" && current.get(&name).is_some());
        if new_group {
            flush(&mut dsn, &mut current);
            (is_recipient, per_message) = (false, false);
        }
        // Bounded: a group holds a few fields; a part that is one endless group is read
        // up to here (and finding a field stays cheap).
        if current.fields.len() < MAX_FIELDS && dsn.recipients.len() < MAX_GROUPS {
            is_recipient |= names_recipient(&name);
            per_message |= !recipient_field;
            current.fields.push((name, value));
        }
    }
    flush(&mut dsn, &mut current);
    dsn
}

/// Whether a field (lower-cased name) makes its group a recipient's.
fn names_recipient(name: &str) -> bool {
    matches!(name, "final-recipient" | "original-recipient" | "action")
}

fn is_recipient(g: &Group) -> bool {
    g.fields.iter().any(|(n, _)| names_recipient(n))
}

fn flush(dsn: &mut Dsn, g: &mut Group) {
    let g = std::mem::take(g);
    if g.fields.is_empty() {
        return;
    }
    if is_recipient(&g) {
        dsn.recipients.push(g);
    } else if dsn.recipients.is_empty() {
        extend_bounded(&mut dsn.message, g.fields);
    } else if let Some(last) = dsn.recipients.last_mut() {
        extend_bounded(last, g.fields);
    }
}

fn extend_bounded(g: &mut Group, fields: Vec<(Name, String)>) {
    let room = MAX_FIELDS.saturating_sub(g.fields.len());
    g.fields.extend(fields.into_iter().take(room));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_of_ascii_is_that_of_any_text() {
        let general = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in [
            "",
            " ",
            "\x0b a\x0b",
            "  550  5.1.1 \r\n\t user\x0cunknown  ",
            "a",
            "\n\nx\ny\n",
            "no-space",
            " a b c ",
            "a  b",
            "a \x0b",
            "\x0ba",
            "smtp; 550 5.1.1 <a@b.example>: Recipient address rejected",
        ] {
            assert_eq!(collapse(s), general(s), "{s:?}");
        }
        assert_eq!(collapse(" \u{3000}a\u{a0} b "), "a b");
    }

    #[test]
    fn groups_and_folding() {
        let dsn = parse(
            "Reporting-MTA: dns; mx.example.jp\r\nArrival-Date: Fri, 13 Feb 2015 03:12:31 +0000\r\n\r\n\
             Final-Recipient: rfc822; a@example.org\r\nAction: failed\r\nStatus: 4.4.1\r\n\
             Diagnostic-Code: X-Postfix; connect to\r\n    b.example.org[192.0.2.1]:25: Connection timed out\r\n\r\n\
             Final-Recipient: rfc822; c@example.org\r\nAction: delayed\r\nStatus: 4.0.0\r\n",
            false,
        );
        assert_eq!(dsn.message.typed("reporting-mta"), Some("mx.example.jp"));
        assert_eq!(dsn.recipients.len(), 2);
        assert_eq!(
            dsn.recipients[0].typed("final-recipient"),
            Some("a@example.org")
        );
        assert_eq!(
            dsn.recipients[0].typed("diagnostic-code"),
            Some("connect to b.example.org[192.0.2.1]:25: Connection timed out")
        );
        assert_eq!(dsn.recipients[1].get("action"), Some("delayed"));
    }

    #[test]
    fn diagnostic_before_the_recipient() {
        let dsn = parse(
            "Reporting-MTA: dns; 10.0.0.1\n\nDiagnostic-Code: SMTP; 550 5.1.1 RCP-P1\nStatus: 5.1.1\n\
             Final-Recipient: rfc822; a@example.org\nAction: failed\n",
            false,
        );
        assert_eq!(dsn.recipients.len(), 1);
        assert_eq!(
            dsn.recipients[0].typed("diagnostic-code"),
            Some("550 5.1.1 RCP-P1")
        );
        assert_eq!(dsn.recipients[0].get("status"), Some("5.1.1"));
    }

    #[test]
    fn action_before_the_recipient() {
        let d = parse(
            "Reporting-MTA: dns; x\n\nAction: failed\nFinal-Recipient: rfc822; u@n.jp\n\
             Original-Recipient: rfc822; u@n.jp\nDiagnostic-Code: smtp; 550 5.1.1 No\nStatus: 5.1.1\n\n\n",
            false,
        );
        assert_eq!(d.recipients.len(), 1);
        assert_eq!(d.recipients[0].get("status"), Some("5.1.1"));
    }

    #[test]
    fn recipients_without_blank_lines() {
        let dsn = parse(
            "Reporting-MTA: dns; mx\nFinal-Recipient: rfc822; a@x\nAction: failed\nStatus: 5.1.1\n\
             Final-Recipient: rfc822; b@x\nAction: failed\nStatus: 5.2.2\n",
            false,
        );
        assert_eq!(dsn.recipients.len(), 2);
        assert_eq!(dsn.recipients[1].get("status"), Some("5.2.2"));
    }
}
