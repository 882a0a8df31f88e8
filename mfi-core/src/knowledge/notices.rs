//! The words that tell what kind of message a report is: a delay notice, a failure report
//! with no recipient that can be read, or an automatic reply (no report at all).
//!
//! The failure texts inside a report are read by the classifier's own tables
//! (the signal patterns and the reasons); these lists are about the message around
//! them, its subject and its words before the first recipient, and are read by `mfi-mail`.
//! Each is lower case: a reader lower-cases the text before it searches (the delay and
//! failure words are ASCII, so an ASCII lower case does for them).
//!
//! ```
//! use mfi_core::knowledge::notices;
//! assert!(notices::DELAY_WORDS.contains(&"will retry"));
//! assert!(notices::AUTO_REPLY_SUBJECTS.iter().all(|s| s.to_lowercase() == *s));
//! ```

/// Words of a delay notice, in its subject or its text before the first recipient, lower case:
/// the report's recipients are delayed, not failed, when it names no action of its own.
pub const DELAY_WORDS: &[&str] = &[
    "has been delayed",
    "delivery delayed",
    "delayed mail",
    "message delayed",
    "not yet been delivered",
    "will be retried",
    "will retry",
    "still trying",
    "warning: message",
    "delivery status notification (delay)",
    "this is a warning message only",
    "delivery is delayed",
    "delivery has been delayed",
    "temporarily deferred",
    "attempts will continue",
    "will continue to try",
    "has been postponed",
    // OpenSMTPD's delay notice (its subject ends `: delay`), Stalwart's, a host's
    "is delayed for more than",
    "notification: delay",
    "only a temporary failure report",
    "there was a temporary problem delivering",
    "will continue to attempt",
];

/// Words of a failure report, lower case: a message that names no recipient in a form mfi
/// reads is still a bounce (with no recipients) when its subject or text has one of them.
pub const FAILURE_WORDS: &[&str] = &[
    "undeliverable",
    "undelivered",
    "delivery failure",
    "delivery failed",
    "failure notice",
    "returned mail",
    "could not be delivered",
    "mail delivery failed",
    "delivery status notification",
    "non-delivery",
    "nondeliverable",
];

/// How the subjects of automatic replies start, lower case (Outlook's, Gmail's and other
/// mail programs' in the languages they are most sent in): such a message is no report.
pub const AUTO_REPLY_SUBJECTS: &[&str] = &[
    "auto:",
    "automatic reply",
    "auto reply",
    "auto-reply",
    "autoreply",
    "out of office",
    "out of the office",
    "vacation",
    "away from",
    "abwesenheit",
    "absence",
    "automatische antwort",
    "réponse automatique",
    "respuesta automática",
    "risposta automatica",
    "resposta automática",
    "automatisch antwoord",
    "automatyczna odpowied",
    "autosvar",
    "автоответ",
    "автоматический ответ",
    "自動応答",
    "自動返信",
    "自动回复",
    "不在",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_lower_case_and_unique() {
        for list in [DELAY_WORDS, FAILURE_WORDS, AUTO_REPLY_SUBJECTS] {
            let mut seen = std::collections::HashSet::new();
            for w in list {
                assert_eq!(w.to_lowercase(), *w, "{w:?} is not lower case");
                assert!(
                    list == AUTO_REPLY_SUBJECTS || w.is_ascii(),
                    "{w:?} is not ASCII"
                );
                assert!(
                    !w.is_empty() && seen.insert(*w),
                    "{w:?} is empty or repeated"
                );
            }
        }
    }
}
