//! Amazon SES notifications: the JSON that SES publishes for bounces, complaints and
//! deliveries (directly, or wrapped in an SNS envelope), as it arrives in an e-mail.

use serde_json::Value;

/// One recipient of a notification.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub address: String,
    pub action: Option<String>,
    pub status: Option<String>,
    /// The diagnostic text (a bounce's `diagnosticCode`, a delivery's `smtpResponse`).
    pub diagnostic: Option<String>,
}

/// What a notification says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Bounce {
        /// `bounceType/bounceSubType`, e.g. `Permanent/General`.
        kind: String,
    },
    Complaint {
        feedback_type: Option<String>,
    },
    Delivery,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Notification {
    pub kind: Kind,
    pub entries: Vec<Entry>,
    pub reporting_mta: Option<String>,
    pub message_id: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    pub subject: Option<String>,
    pub timestamp: Option<String>,
}

/// Joins the lines of a notification body: stops at the signature line (`--`) and undoes
/// the folding of long lines (a `!` at the end of a line, the next line starting with a
/// space).
fn unfold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line == "--" {
            break;
        }
        let continued = out.ends_with('!') && line.starts_with(' ');
        if continued {
            out.pop();
            out.push_str(&line[1..]);
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(line);
        }
    }
    out
}

/// Reads a notification from a message body, if it is one.
pub(crate) fn parse(body: &str) -> Option<Notification> {
    let t = body.trim_start();
    if !t.starts_with('{')
        || !(t.contains("\"notificationType\"")
            || t.contains("\"eventType\"")
            || t.contains("\"Message\""))
    {
        return None;
    }
    let joined = unfold(t);
    let mut v: Value = serde_json::from_str(joined.trim()).ok()?;
    // An SNS envelope carries the notification as a JSON string.
    if let Some(inner) = v.get("Message").and_then(Value::as_str) {
        v = serde_json::from_str(inner).ok()?;
    }
    let kind_name = v
        .get("notificationType")
        .or_else(|| v.get("eventType"))
        .and_then(Value::as_str)?;
    let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_owned);
    let (kind, entries, reporting_mta) = match kind_name {
        "Bounce" => {
            let b = v.get("bounce")?;
            let entries = b
                .get("bouncedRecipients")?
                .as_array()?
                .iter()
                .filter_map(|r| {
                    Some(Entry {
                        address: s(r, "emailAddress")?,
                        action: s(r, "action"),
                        status: s(r, "status"),
                        diagnostic: s(r, "diagnosticCode"),
                    })
                })
                .collect();
            let kind = format!(
                "{}/{}",
                s(b, "bounceType").unwrap_or_default(),
                s(b, "bounceSubType").unwrap_or_default()
            );
            (Kind::Bounce { kind }, entries, s(b, "reportingMTA"))
        }
        "Complaint" => {
            let c = v.get("complaint")?;
            let entries = c
                .get("complainedRecipients")?
                .as_array()?
                .iter()
                .filter_map(|r| {
                    Some(Entry {
                        address: s(r, "emailAddress")?,
                        ..Entry::default()
                    })
                })
                .collect();
            let feedback_type = s(c, "complaintFeedbackType");
            (Kind::Complaint { feedback_type }, entries, None)
        }
        "Delivery" => {
            let d = v.get("delivery")?;
            let response = s(d, "smtpResponse");
            let entries = d
                .get("recipients")?
                .as_array()?
                .iter()
                .filter_map(|r| {
                    Some(Entry {
                        address: r.as_str()?.to_owned(),
                        action: Some("delivered".into()),
                        status: None,
                        diagnostic: response.clone(),
                    })
                })
                .collect();
            (Kind::Delivery, entries, s(d, "reportingMTA"))
        }
        _ => return None,
    };
    let mail = v.get("mail");
    let common = mail.and_then(|m| m.get("commonHeaders"));
    let first = |v: Option<&Value>, k: &str| {
        v.and_then(|v| v.get(k)).and_then(|x| match x {
            Value::String(s) => Some(s.clone()),
            Value::Array(a) => a.first().and_then(Value::as_str).map(str::to_owned),
            _ => None,
        })
    };
    Some(Notification {
        kind,
        entries,
        reporting_mta,
        message_id: first(common, "messageId").or_else(|| first(mail, "messageId")),
        from: first(common, "from").or_else(|| first(mail, "source")),
        to: first(common, "to"),
        subject: first(common, "subject"),
        timestamp: first(mail, "timestamp"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_folded_and_signed() {
        let body = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\
                    \"bounceSubType\":\"General\",\"bouncedRecipients\":[{\"emailAddress\":\"a@example.org\",\
                    \"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unk!\n nown\"}],\
                    \"reportingMTA\":\"dsn; mta.example.com\"},\"mail\":{\"messageId\":\"x1\",\"source\":\"s@example.com\"}}\n\n--\nunsubscribe here\n";
        let n = parse(body).unwrap();
        assert_eq!(
            n.kind,
            Kind::Bounce {
                kind: "Permanent/General".into()
            }
        );
        assert_eq!(n.entries.len(), 1);
        assert_eq!(n.entries[0].address, "a@example.org");
        assert_eq!(
            n.entries[0].diagnostic.as_deref(),
            Some("smtp; 550 5.1.1 user unknown")
        );
        assert_eq!(n.reporting_mta.as_deref(), Some("dsn; mta.example.com"));
        assert_eq!(n.from.as_deref(), Some("s@example.com"));
    }

    #[test]
    fn sns_envelope_and_complaint() {
        let inner = r#"{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"c@example.org"}],"complaintFeedbackType":"abuse"}}"#;
        let body = serde_json::json!({"Type": "Notification", "Message": inner}).to_string();
        let n = parse(&body).unwrap();
        assert_eq!(
            n.kind,
            Kind::Complaint {
                feedback_type: Some("abuse".into())
            }
        );
        assert_eq!(n.entries[0].address, "c@example.org");
    }

    #[test]
    fn not_a_notification() {
        assert!(parse("Hello {").is_none());
        assert!(parse("{\"notificationType\": ").is_none());
        assert!(parse("{\"notificationType\":\"Other\"}").is_none());
        assert!(parse("{\"foo\":1}").is_none());
    }
}
