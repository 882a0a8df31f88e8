//! A bounce classifier in the manner of KumoMTA's, for same-run speed comparisons.
//!
//! KumoMTA classifies a reply by matching it against one `regex::RegexSet` of rules, each
//! rule a regular expression that names a class, read from TOML files of the form
//! `[rules] ClassName = ["regex", ...]`; the first rule that matches decides. Its own rules
//! files are not part of this repository: give their directory (`assets/bounce_classifier`
//! of a KumoMTA checkout) to [`Rules::from_dir`] to time the peer with them. Without
//! them, [`Rules::stand_in`] builds rules of the same two shapes from this repository's
//! facts: replies anchored at their start by the subject of their enhanced status code
//! (as the IANA rules are), and the failure words of `testdata/bench/words.txt` anywhere
//! in the text, ignoring case (as community rules are).

use std::path::Path;

use regex::RegexSet;

/// The failure words of the stand-in rules (and of `scripts/classify-speed.py`'s grep).
pub const WORDS: &str = include_str!("../testdata/bench/words.txt");

/// Rules in the order they are tried: (class, regular expression).
pub struct Rules(pub Vec<(String, String)>);

impl Rules {
    /// The rules of every `*.toml` file in `dir`, files in name order, rules in file order.
    pub fn from_dir(dir: &Path) -> Result<Rules, String> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| format!("{}: {e}", dir.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut rules = Vec::new();
        for file in &files {
            let text =
                std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
            let table: toml::Table =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let Some(toml::Value::Table(classes)) = table.get("rules") else {
                return Err(format!("{}: no [rules] table", file.display()));
            };
            for (class, list) in classes {
                let toml::Value::Array(list) = list else {
                    return Err(format!("{}: {class} is not a list", file.display()));
                };
                for rule in list {
                    let toml::Value::String(rule) = rule else {
                        return Err(format!("{}: a rule of {class} is not text", file.display()));
                    };
                    rules.push((class.clone(), rule.clone()));
                }
            }
        }
        if rules.is_empty() {
            return Err(format!("{}: no rules", dir.display()));
        }
        Ok(Rules(rules))
    }

    /// Rules of the peer's two shapes made from this repository's facts (see the module
    /// text): one anchored rule per subject of the enhanced status codes, then one rule per
    /// failure word (`words`: one word a line).
    pub fn stand_in(words: &str) -> Rules {
        // (Classes named by the subject's number: what each subject means is the core's
        // IANA table, not repeated here.)
        let mut rules: Vec<(String, String)> = (0..=7)
            .map(|s| {
                (
                    format!("Subject{s}"),
                    format!(r"^[45]\d\d [45]\.{s}\.\d{{1,3}} "),
                )
            })
            .collect();
        rules.extend(
            words
                .lines()
                .map(str::trim)
                .filter(|w| !w.is_empty())
                .map(|w| ("Words".to_owned(), format!("(?i){}", regex::escape(w)))),
        );
        Rules(rules)
    }
}

/// The classifier: the rules compiled into one set.
pub struct Classifier {
    set: RegexSet,
    classes: Vec<String>,
}

impl Classifier {
    pub fn new(rules: Rules) -> Result<Classifier, regex::Error> {
        let (classes, patterns): (Vec<_>, Vec<_>) = rules.0.into_iter().unzip();
        Ok(Classifier {
            set: RegexSet::new(patterns)?,
            classes,
        })
    }

    /// The class of the first rule that matches `text`, if any.
    pub fn classify(&self, text: &str) -> Option<&str> {
        let first = self.set.matches(text).into_iter().next()?;
        Some(&self.classes[first])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_matching_rule_decides() {
        let c = Classifier::new(Rules::stand_in(WORDS)).unwrap();
        assert_eq!(
            c.classify("550 5.1.1 <a@b.example>: no such user"),
            Some("Subject1")
        );
        assert_eq!(c.classify("452 4.2.2 Mailbox full"), Some("Subject2"));
        assert_eq!(
            c.classify("relay denied: Connection REFUSED"),
            Some("Words")
        );
        assert_eq!(c.classify("250 2.0.0 Ok: queued as 4fVGXn4BsRzn0h5"), None);
    }

    #[test]
    fn rules_files_are_read_in_name_order() {
        let dir = std::env::temp_dir().join(format!("mfi-peer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("b.toml"), "[rules]\nLate = [\"woot\"]\n").unwrap();
        std::fs::write(
            dir.join("a.toml"),
            "[rules]\nFirst = [\"^5\\\\d\\\\d \", \"woot\"]\nSecond = [\"zz\"]\n",
        )
        .unwrap();
        std::fs::write(dir.join("notes.txt"), "not rules").unwrap();
        let rules = Rules::from_dir(&dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let classes: Vec<&str> = rules.0.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(classes, ["First", "First", "Second", "Late"]);
        let c = Classifier::new(rules).unwrap();
        assert_eq!(c.classify("woot"), Some("First"));
        assert_eq!(c.classify("zz"), Some("Second"));
        assert_eq!(c.classify("nothing"), None);
    }

    #[test]
    fn a_directory_without_rules_is_an_error() {
        let dir = std::env::temp_dir().join(format!("mfi-peer-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let err = Rules::from_dir(&dir).err().unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(err.contains("no rules"), "{err}");
    }
}
