//! The languages mfi speaks: every human text (code titles and meanings, causes, remediations,
//! the names shown for actors, severities and queue states, and the labels of the reports the
//! front ends print) in English, German, Simplified Chinese and Russian.
//!
//! English is written in the knowledge tables themselves; the other languages are one file
//! each, `src/knowledge/locales/{de,zh-CN,ru}.toml`, compiled into static tables at build
//! time (nothing is parsed or allocated at run time). `locales/en.toml` is the English of
//! every text id, generated from the tables (`cargo run -p mfi-codegen`), for translators.
//! A text is found by its section and key (`[cause] mailbox_full`); JSON keeps ids and
//! enum names in English snake_case and only the text values change.
//!
//! ```
//! use mfi_core::{classify_with, knowledge::locale::Locale, Options};
//! let d = classify_with("450 4.4.316 Connection refused", &Options::new().locale(Locale::De));
//! assert_ne!(d.title(), mfi_core::classify("450 4.4.316 Connection refused").title());
//! ```

use crate::model::{Action, Actor, Cause, MfiMatch, Origin, RemediationId, ReportKind, Severity};
use crate::queue::QueueState;
use crate::{Error, ErrorKind};

/// A language of mfi's texts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// English (the default; the tables' own texts).
    #[default]
    En,
    /// German.
    De,
    /// Simplified Chinese.
    ZhCn,
    /// Russian.
    Ru,
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 4] = [Locale::En, Locale::De, Locale::ZhCn, Locale::Ru];

    /// The BCP 47 tag (`en`, `de`, `zh-CN`, `ru`).
    ///
    /// ```
    /// assert_eq!(mfi_core::knowledge::locale::Locale::ZhCn.tag(), "zh-CN");
    /// ```
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::ZhCn => "zh-CN",
            Locale::Ru => "ru",
        }
    }

    /// The locale of a language tag or a POSIX locale name: `de`, `de-AT`, `de_DE.UTF-8`,
    /// `zh`, `zh-CN`, `zh_CN.UTF-8`, `zh-Hans`, `ru_RU.KOI8-R`, `en_US`, `C`, `POSIX`.
    /// Traditional Chinese (`zh-TW`, `zh-Hant`, `zh_HK`) and other languages are an error
    /// ([`ErrorKind::UnknownName`]).
    ///
    /// ```
    /// use mfi_core::knowledge::locale::Locale;
    /// assert_eq!(Locale::from_tag("de_DE.UTF-8").unwrap(), Locale::De);
    /// assert_eq!(Locale::from_tag("zh-Hans-CN").unwrap(), Locale::ZhCn);
    /// assert_eq!(Locale::from_tag("C").unwrap(), Locale::En);
    /// assert!(Locale::from_tag("zh-TW").is_err());
    /// assert!(Locale::from_tag("fr").is_err());
    /// ```
    pub fn from_tag(tag: &str) -> Result<Locale, Error> {
        let unknown = || Error::new(ErrorKind::UnknownName, tag);
        // Drop the encoding and modifier (`.UTF-8`, `@euro`), then split the subtags.
        let base = tag.split(['.', '@']).next().unwrap_or("");
        let mut parts = base.split(['-', '_']).map(str::to_ascii_lowercase);
        let lang = parts.next().ok_or_else(unknown)?;
        let rest: Vec<String> = parts.collect();
        match lang.as_str() {
            "en" | "c" | "posix" => Ok(Locale::En),
            "de" => Ok(Locale::De),
            "ru" => Ok(Locale::Ru),
            "zh" => {
                let traditional = rest
                    .iter()
                    .any(|s| matches!(s.as_str(), "hant" | "tw" | "hk" | "mo"));
                if traditional {
                    Err(unknown())
                } else {
                    Ok(Locale::ZhCn)
                }
            }
            _ => Err(unknown()),
        }
    }

    /// The locale the environment asks for, as POSIX orders it: `LC_ALL`, then
    /// `LC_MESSAGES`, then `LANG` (the first that is set and not empty); English when that
    /// names a language mfi does not speak.
    pub fn from_env() -> Locale {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| std::env::var(v).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| Locale::from_tag(&v).ok())
            .unwrap_or_default()
    }

    /// The text of `key` in `section`, in this locale; `None` for English (the caller has
    /// the table's own text) or a text this locale lacks (a test sees that none does).
    pub(crate) fn lookup(self, section: Section, key: &str) -> Option<&'static str> {
        let table: &[(u8, &str, &str)] = match self {
            Locale::En => return None,
            Locale::De => generated::DE,
            Locale::ZhCn => generated::ZH_CN,
            Locale::Ru => generated::RU,
        };
        let s = section as u8;
        table
            .binary_search_by(|&(ts, tk, _)| (ts, tk).cmp(&(s, key)))
            .ok()
            .map(|i| table[i].2)
    }

    /// The text of `key` in `section`, or `english` when this locale is English.
    #[inline]
    pub fn text(self, section: Section, key: &str, english: &'static str) -> &'static str {
        // (English, the usual case, decided where the text is asked for, without a call.)
        if self == Locale::En {
            return english;
        }
        self.lookup(section, key).unwrap_or(english)
    }

    /// The title and meaning of a row of [`super::catalogue`] in this locale.
    ///
    /// ```
    /// use mfi_core::knowledge::{catalogue, locale::Locale};
    /// let row = catalogue().next().unwrap();
    /// assert_eq!(Locale::En.code_texts(&row), (row.title, row.meaning));
    /// assert_ne!(Locale::De.code_texts(&row).0, row.title);
    /// ```
    pub fn code_texts(self, row: &super::CodeRecord) -> (&'static str, &'static str) {
        use super::CodeSource;
        let (title, meaning) = match row.source {
            CodeSource::Mfi => (Section::MfiTitle, Section::MfiMeaning),
            CodeSource::Exchange => (Section::CodeTitle, Section::CodeMeaning),
            CodeSource::Iana => (Section::IanaTitle, Section::IanaMeaning),
        };
        (
            self.text(title, row.key, row.title),
            self.text(meaning, row.key, row.meaning),
        )
    }

    /// A label of the printed reports.
    ///
    /// ```
    /// use mfi_core::knowledge::locale::{Label, Locale};
    /// assert_eq!(Locale::En.label(Label::WhatToDo), "what to do");
    /// assert_ne!(Locale::Ru.label(Label::WhatToDo), "what to do");
    /// ```
    pub fn label(self, label: Label) -> &'static str {
        self.text(Section::Label, label.key(), label.english())
    }

    /// The sentence of a cause.
    pub fn cause(self, cause: Cause) -> &'static str {
        self.text(Section::Cause, cause.name(), super::cause_info(cause).text)
    }

    /// The sentence of a remediation.
    pub fn remediation(self, id: RemediationId) -> &'static str {
        self.text(
            Section::Remediation,
            id.name(),
            super::remediation_info(id).text,
        )
    }

    /// How a value of a vocabulary shown in printed reports is named (its section's text,
    /// the English display name for English).
    fn named(self, section: Section, key: &'static str) -> &'static str {
        self.text(section, key, english_name(section, key))
    }

    /// How an actor is named in a printed report (`network team`).
    pub fn actor(self, actor: Actor) -> &'static str {
        self.named(Section::Actor, actor.name())
    }

    /// How a severity is named in a printed report.
    pub fn severity(self, s: Severity) -> &'static str {
        self.named(Section::Severity, s.name())
    }

    /// How the way an MFI code was found is named in a printed report.
    pub fn mfi_match(self, m: MfiMatch) -> &'static str {
        self.named(Section::Match, m.name())
    }

    /// How a queue state is named in a printed report.
    pub fn queue_state(self, s: QueueState) -> &'static str {
        self.named(Section::QueueState, s.name())
    }

    /// How a reporting system is named in a printed report (`Exchange Online`).
    pub fn origin(self, o: Origin) -> &'static str {
        self.named(Section::Origin, o.name())
    }

    /// How a kind of report is named in a printed report (`delay notice`).
    pub fn report_kind(self, k: ReportKind) -> &'static str {
        self.named(Section::Kind, k.name())
    }

    /// How a DSN action is named in a printed report.
    pub fn action(self, a: Action) -> &'static str {
        self.named(Section::Action, a.name())
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

impl std::str::FromStr for Locale {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self, Error> {
        Locale::from_tag(s)
    }
}

/// A section of the locale files: which table a text id's key belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
#[repr(u8)]
pub enum Section {
    /// The six MFI codes (`[mfi."4.4.316"]`, `title` and `meaning`): the title.
    MfiTitle = 0,
    /// The six MFI codes: the meaning.
    MfiMeaning,
    /// The Exchange code table's titles (`[code."X.4.7 Delayed"]`).
    CodeTitle,
    /// The Exchange code table's meanings.
    CodeMeaning,
    /// The IANA registry's titles (`[iana."X.1.1"]`).
    IanaTitle,
    /// The IANA registry's meanings.
    IanaMeaning,
    /// Causes, by [`Cause`] name.
    Cause,
    /// Remediations, by [`RemediationId`] name.
    Remediation,
    /// Actors' display names, by [`Actor`] name.
    Actor,
    /// Severities' display names.
    Severity,
    /// How an MFI code was found ([`MfiMatch`] names).
    Match,
    /// Queue states' display names.
    QueueState,
    /// Reporting systems' display names ([`Origin`] names).
    Origin,
    /// Kinds of report ([`ReportKind`] names).
    Kind,
    /// DSN actions ([`Action`] names).
    Action,
    /// The labels of the printed reports ([`Label`] keys).
    Label,
}

impl Section {
    /// Every section, in file order.
    pub const ALL: [Section; 16] = [
        Section::MfiTitle,
        Section::MfiMeaning,
        Section::CodeTitle,
        Section::CodeMeaning,
        Section::IanaTitle,
        Section::IanaMeaning,
        Section::Cause,
        Section::Remediation,
        Section::Actor,
        Section::Severity,
        Section::Match,
        Section::QueueState,
        Section::Origin,
        Section::Kind,
        Section::Action,
        Section::Label,
    ];

    /// The TOML table the section's texts are in, and the key inside each entry (the code
    /// tables have one entry per code with a `title` and a `meaning`).
    pub fn toml(self) -> (&'static str, Option<&'static str>) {
        SECTIONS[self as usize]
    }
}

include!("locales/sections.rs");

macro_rules! names {
    ($($section:ident { $($key:literal => $text:literal,)* })*) => {
        /// The English display names of the vocabularies shown in printed reports.
        static NAMES: &[(Section, &str, &str)] = &[
            $($((Section::$section, $key, $text),)*)*
        ];
    };
}

names! {
    Actor {
        "sender" => "sender",
        "tenant_admin" => "Microsoft 365 admin",
        "destination_admin" => "destination admin",
        "recipient_admin" => "recipient's admin",
        "partner" => "partner",
        "dns_host" => "DNS host",
        "domain_owner" => "domain owner",
        "network_team" => "network team",
        "mail_admin" => "mail admin",
    }
    Severity {
        "success" => "success",
        "transient" => "transient",
        "permanent" => "permanent",
        "unknown" => "unknown",
    }
    Match {
        "literal" => "literal",
        "expired" => "expired",
        "equivalent" => "equivalent",
    }
    QueueState {
        "retrying" => "retrying",
        "expired" => "expired",
        "bounced" => "bounced",
        "delivered" => "delivered",
    }
    Origin {
        "unknown" => "unknown",
        "exchange_online" => "Exchange Online",
        "exchange_server" => "Exchange Server",
        "postfix" => "Postfix",
        "exim" => "Exim",
        "sendmail" => "Sendmail",
        "opensmtpd" => "OpenSMTPD",
        "qmail" => "qmail",
        "gmail" => "Gmail",
        "amazon_ses" => "Amazon SES",
    }
    Kind {
        "bounce" => "bounce",
        "delay" => "delay notice",
        "delivered" => "delivery notice",
        "relayed" => "relay notice",
        "expanded" => "expansion notice",
        "auto_reply" => "auto-reply",
        "feedback" => "feedback report",
        "not_a_report" => "not a report",
    }
    Action {
        "failed" => "failed",
        "delayed" => "delayed",
        "delivered" => "delivered",
        "relayed" => "relayed",
        "expanded" => "expanded",
    }
}

fn english_name(section: Section, key: &str) -> &'static str {
    // Only the section's own rows are compared (a report asks for half a dozen names).
    let (start, end) = NAME_RANGES[section as usize];
    NAMES[start..end]
        .iter()
        .find(|(_, k, _)| *k == key)
        .map_or("?", |(_, _, t)| t)
}

/// Where each section's rows of `NAMES` start and end (by section number; the rows of a
/// section are together, which the build checks).
static NAME_RANGES: [(usize, usize); Section::ALL.len()] = {
    let mut ranges = [(0, 0); Section::ALL.len()];
    let mut i = 0;
    while i < NAMES.len() {
        let s = NAMES[i].0 as usize;
        let mut j = i;
        while j < NAMES.len() && NAMES[j].0 as usize == s {
            j += 1;
        }
        assert!(ranges[s].1 == 0, "the names of a section are together");
        ranges[s] = (i, j);
        i = j;
    }
    ranges
};

macro_rules! labels {
    ($($label:ident $key:literal => $text:literal;)*) => {
        /// A label of the reports the front ends print (headings, field names, sentences
        /// with `{placeholders}`).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        #[allow(missing_docs)]
        pub enum Label {
            $($label,)*
        }

        impl Label {
            /// Every label.
            pub const ALL: &'static [Label] = &[$(Label::$label),*];

            /// The key in the `[label]` table.
            pub fn key(self) -> &'static str {
                match self {
                    $(Label::$label => $key,)*
                }
            }

            /// The English text.
            pub fn english(self) -> &'static str {
                match self {
                    $(Label::$label => $text,)*
                }
            }
        }
    };
}

labels! {
    // `mfi classify`
    NoCode "no_code" => "no code";
    NothingRecognised "nothing_recognised" => "no delivery failure recognised";
    HeadMfi "head_mfi" => "MFI {code} {title} ({how}; text: {codes})";
    Severity "severity" => "severity";
    Expired "expired" => "expired";
    Reason "reason" => "reason";
    ReportedBy "reported_by" => "reported by";
    LikelyCauses "likely_causes" => "likely causes";
    WhatToDo "what_to_do" => "what to do";
    Queue "queue" => "queue";
    QueueRetrying "queue_retrying" => "retrying; gives up at {time} ({left} left)";
    QueueExpired "queue_expired" => "gave up at {time}; the message is returned to the sender";
    QueueBounced "queue_bounced" => "returned at once (a permanent failure is not retried)";
    QueueDelivered "queue_delivered" => "delivered";
    DelayNotice "delay_notice" => "delay notice to the sender at {time}";
    Minutes "minutes" => "{m}m";
    HoursMinutes "hours_minutes" => "{h}h {m}m";
    DaysHoursMinutes "days_hours_minutes" => "{d}d {h}h {m}m";
    // `mfi bounce`
    From "from" => "from {mta}";
    Original "original" => "original";
    SubjectTo "subject_to" => "\"{subject}\" to {to}";
    NoRecipients "no_recipients" => "no recipients";
    HardBounce "hard_bounce" => "hard bounce";
    Why "why" => "why";
    Do "do" => "do";
    Text "text" => "text";
    QueueLine "queue_line" => "{profile} {state}, gives up at {time}";
    // `mfi report`
    NoFailures "no_failures" => "No delivery failures found.";
    NoEvents "no_events" => "No delivery events found: nothing in the input is a mail log line mfi reads (see --format).";
    ColState "col_state" => "STATE";
    ColSeverity "col_severity" => "SEV";
    ColFailure "col_failure" => "FAILURE";
    ColDestination "col_destination" => "DESTINATION";
    ColEvents "col_events" => "EVENTS";
    ColMessages "col_messages" => "MSGS";
    ColRecipients "col_recipients" => "RCPTS";
    ColGaveUp "col_gave_up" => "GAVE UP";
    ColExpiring "col_expiring" => "EXPIRING";
    ColFirst "col_first" => "FIRST";
    ColLast "col_last" => "LAST";
    ColHosts "col_hosts" => "HOSTS";
    SevPermanent "sev_permanent" => "perm";
    SevTemporary "sev_temporary" => "temp";
    StateOngoing "state_ongoing" => "ongoing";
    StateResolved "state_resolved" => "resolved";
    IncidentsSummary "incidents_summary" => "Incidents: {count} ({ongoing} ongoing). Worst: {failure} at {destination} — {example}";
    // Errors
    TryHelp "try_help" => "Try 'mfi --help'.";
    UnknownCommand "unknown_command" => "unknown command '{value}'";
    UnknownName "unknown_name" => "unknown {what} '{value}'";
    NotATime "not_a_time" => "{flag}: '{value}' is not an RFC 3339 time";
    NotAPositiveNumber "not_a_positive_number" => "{flag}: '{value}' is not a positive number";
    NotHours "not_hours" => "{flag}: '{value}' is not a number of hours";
    NotAYear "not_a_year" => "{flag}: '{value}' is not a year";
    UnknownValue "unknown_value" => "{flag}: unknown '{value}'";
    Needs "needs" => "{flag} needs {other}";
    Repeated "repeated" => "{flag}: '{value}' is given twice";
}

/// Fills a label's `{placeholders}` with values, in any order.
///
/// ```
/// use mfi_core::knowledge::locale::{fill, Label, Locale};
/// let s = fill(Locale::En.label(Label::Needs), &[("flag", "--now"), ("other", "--profile")]);
/// assert_eq!(s, "--now needs --profile");
/// ```
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let _ = fill_with(template, values, |piece| {
        out.push_str(piece);
        Ok::<(), std::convert::Infallible>(())
    });
    out
}

/// [`fill`], written piece by piece to `out` (no string is built).
pub(crate) fn fill_to(
    out: &mut impl std::io::Write,
    template: &str,
    values: &[(&str, &str)],
) -> std::io::Result<()> {
    fill_with(template, values, |piece| out.write_all(piece.as_bytes()))
}

/// The pieces of a filled template, in order, each handed to `put`.
fn fill_with<E>(
    template: &str,
    values: &[(&str, &str)],
    mut put: impl FnMut(&str) -> Result<(), E>,
) -> Result<(), E> {
    let mut rest = template;
    // (`{` and `}` are ASCII: their byte positions are character boundaries.)
    while let Some(open) = memchr::memchr(b'{', rest.as_bytes()) {
        put(&rest[..open])?;
        let after = &rest[open + 1..];
        match memchr::memchr(b'}', after.as_bytes()) {
            Some(close) => {
                let name = &after[..close];
                match values.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => put(v)?,
                    None => {
                        put("{")?;
                        put(name)?;
                        put("}")?;
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                put(&rest[open..])?;
                rest = "";
            }
        }
    }
    put(rest)
}

/// Every text id with its English text, section by section, in table order: what the
/// locale files translate (and what `locales/en.toml` lists).
pub fn texts() -> Vec<(Section, &'static str, &'static str)> {
    let mut out = Vec::new();
    for e in super::MFI_CODES {
        out.push((Section::MfiTitle, e.code.name(), e.title));
        out.push((Section::MfiMeaning, e.code.name(), e.meaning));
    }
    for e in super::CODES {
        out.push((Section::CodeTitle, e.key, e.title));
        out.push((Section::CodeMeaning, e.key, e.meaning));
    }
    for e in super::IANA {
        out.push((Section::IanaTitle, e.key, e.title));
        out.push((Section::IanaMeaning, e.key, e.meaning));
    }
    for c in super::CAUSES {
        out.push((Section::Cause, c.cause.name(), c.text));
    }
    for r in super::REMEDIATIONS {
        out.push((Section::Remediation, r.id.name(), r.text));
    }
    for &(s, k, t) in NAMES {
        out.push((s, k, t));
    }
    for l in Label::ALL {
        out.push((Section::Label, l.key(), l.english()));
    }
    out
}

/// The `{placeholders}` of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                out.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// The translations, compiled from `locales/*.toml` by the build script: `(section, key,
/// text)`, sorted by section and key.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The translated texts of a locale, as the build compiled them (empty for English).
pub fn translations(locale: Locale) -> &'static [(u8, &'static str, &'static str)] {
    match locale {
        Locale::En => &[],
        Locale::De => generated::DE,
        Locale::ZhCn => generated::ZH_CN,
        Locale::Ru => generated::RU,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for (s, k, _) in texts() {
            assert!(seen.insert((s, k)), "{s:?} {k} twice");
        }
    }

    #[test]
    fn every_name_has_an_english_display_name() {
        for a in Actor::all() {
            assert_ne!(english_name(Section::Actor, a.name()), "?", "{a:?}");
        }
        for s in Severity::all() {
            assert_ne!(english_name(Section::Severity, s.name()), "?", "{s:?}");
        }
        for m in MfiMatch::all() {
            assert_ne!(english_name(Section::Match, m.name()), "?", "{m:?}");
        }
        for q in QueueState::all() {
            assert_ne!(english_name(Section::QueueState, q.name()), "?", "{q:?}");
        }
        for o in Origin::all() {
            assert_ne!(english_name(Section::Origin, o.name()), "?", "{o:?}");
        }
        for k in ReportKind::all() {
            assert_ne!(english_name(Section::Kind, k.name()), "?", "{k:?}");
        }
        for a in Action::all() {
            assert_ne!(english_name(Section::Action, a.name()), "?", "{a:?}");
        }
    }

    /// Every text id has a text in every locale, with the same placeholders, that is not the
    /// English text (names of products and programs excepted), and needs no JSON escaping;
    /// no locale file holds a text for an id that does not exist.
    #[test]
    fn every_locale_translates_every_text() {
        let all = texts();
        let ids: std::collections::HashSet<(u8, &str)> =
            all.iter().map(|&(s, k, _)| (s as u8, k)).collect();
        let mut problems = Vec::new();
        for locale in &Locale::ALL[1..] {
            for &(section, key, english) in &all {
                match locale.lookup(section, key) {
                    None => problems.push(format!("{locale}: no text for {section:?} {key}")),
                    Some(t) => {
                        let (mut a, mut b) = (placeholders(t), placeholders(english));
                        a.sort_unstable();
                        b.sort_unstable();
                        if a != b {
                            problems.push(format!(
                                "{locale}: {section:?} {key}: placeholders {a:?}, English {b:?}"
                            ));
                        }
                        let is_a_name = matches!(section, Section::Origin | Section::IanaTitle)
                            || english.chars().filter(|c| c.is_alphabetic()).count() < 4;
                        if t == english && !is_a_name {
                            problems.push(format!("{locale}: {section:?} {key} is the English"));
                        }
                        if section != Section::Label
                            && t.chars().any(|c| c == '"' || c == '\\' || c.is_control())
                        {
                            problems.push(format!("{locale}: {section:?} {key} needs escaping"));
                        }
                    }
                }
            }
            for &(s, k, _) in translations(*locale) {
                if !ids.contains(&(s, k)) {
                    problems.push(format!("{locale}: {s} {k} is no text id"));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }
}
