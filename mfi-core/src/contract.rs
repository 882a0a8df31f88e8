//! The diagnosis contract: every field of a diagnosis, declared once.
//!
//! [`FIELDS`] is the one declaration of what a diagnosis says. Everything else derives from
//! it: the serde form and the fast JSON writer of [`Diagnosis`] walk it, and the generator
//! (`cargo run -p mfi-codegen`) writes from it the C accessors (`mfi_diagnosis_<field>`),
//! the Python properties and stubs, and the field table of `docs/contract.md`. The objects
//! inside a diagnosis are declared the same way: [`REPLY_FIELDS`], [`REMEDIATION_FIELDS`] and
//! [`QUEUE_FIELDS`].
//!
//! ```
//! use mfi_core::contract::{Field, FIELDS};
//! let names: Vec<_> = FIELDS.iter().map(|f| f.name).collect();
//! assert_eq!(&names[..3], ["reply_code", "enhanced_status", "severity"]);
//! assert_eq!(Field::MfiCode.spec().name, "mfi_code");
//!
//! // The JSON object has exactly these keys, in this order (queue only when asked for).
//! let json = mfi_core::classify("450 4.4.316 Connection refused").to_json();
//! let v: serde_json::Value = serde_json::from_str(&json).unwrap();
//! assert_eq!(v.as_object().unwrap().len(), FIELDS.len() - 1);
//! ```
//!
//! The contract is versioned by [`VERSION`] (`docs/contract.md` tells what changed): a new
//! field raises the minor version; renaming or removing one, or changing its type, the
//! major version.

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use strum::VariantNames;

use crate::diagnosis::Diagnosis;
use crate::model::{
    Action, Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, Origin, Reason,
    RemediationId, ReportKind, Severity,
};
use crate::queue::{QueueOutcome, QueueProfile, QueueState};
use crate::status::EnhancedStatus;

/// The version of the contract (`major.minor`).
///
/// ```
/// assert!(mfi_core::contract::VERSION.starts_with("1."));
/// ```
pub const VERSION: &str = "1.2";

/// A field of the diagnosis contract. Its snake_case name is the JSON key.
///
/// ```
/// use mfi_core::contract::Field;
/// assert_eq!(Field::Causes.spec().name, "causes");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Field {
    /// `reply_code`.
    ReplyCode,
    /// `enhanced_status`.
    EnhancedStatus,
    /// `severity`.
    Severity,
    /// `mfi_code`.
    MfiCode,
    /// `mfi_match`.
    MfiMatch,
    /// `expired`.
    Expired,
    /// `reason`.
    Reason,
    /// `origin`.
    Origin,
    /// `title`.
    Title,
    /// `meaning`.
    Meaning,
    /// `causes`.
    Causes,
    /// `remediations`.
    Remediations,
    /// `chain`.
    Chain,
    /// `attributes`.
    Attributes,
    /// `truncated`.
    Truncated,
    /// `queue`.
    Queue,
}

/// A set of contract fields: those a caller reads, for [`crate::Options::fields`].
///
/// ```
/// use mfi_core::contract::{Field, FieldSet};
/// let few = FieldSet::of(&[Field::MfiCode, Field::Reason]);
/// assert!(few.contains(Field::Reason) && !few.contains(Field::Causes));
/// assert!(FieldSet::ALL.contains(Field::Causes));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FieldSet(u32);

impl FieldSet {
    /// Every field of [`FIELDS`].
    pub const ALL: FieldSet = {
        assert!(FIELDS.len() < 32);
        FieldSet((1 << FIELDS.len()) - 1)
    };

    /// No field.
    pub const EMPTY: FieldSet = FieldSet(0);

    /// The set of `fields` (a field named twice is in it once).
    pub const fn of(fields: &[Field]) -> FieldSet {
        let mut set = FieldSet::EMPTY;
        let mut i = 0;
        while i < fields.len() {
            set = set.with(fields[i]);
            i += 1;
        }
        set
    }

    /// The set and `field`.
    #[must_use]
    pub const fn with(self, field: Field) -> FieldSet {
        FieldSet(self.0 | 1 << field as u32)
    }

    /// Whether `field` is in the set.
    pub const fn contains(self, field: Field) -> bool {
        self.0 & 1 << field as u32 != 0
    }

    /// Whether the two sets have a field in common.
    pub const fn intersects(self, other: FieldSet) -> bool {
        self.0 & other.0 != 0
    }
}

impl Field {
    /// The declaration of this field.
    ///
    /// ```
    /// use mfi_core::contract::{Field, Kind};
    /// assert_eq!(Field::Expired.spec().kind, Kind::Bool);
    /// ```
    pub fn spec(self) -> &'static FieldSpec {
        // `FIELDS` declares the fields in the enum's order (a test checks), so this is an
        // index; the search is only the fallback should the two orders ever part.
        match FIELDS.get(self as usize) {
            Some(f) if f.field == self => f,
            _ => FIELDS
                .iter()
                .find(|f| f.field == self)
                .expect("every field is declared"),
        }
    }

    /// The first field `fields` names a second time, if any: the one check of every list
    /// of fields (`parse_list`, Arrow's `columns=`, Python's `fields=`).
    ///
    /// ```
    /// use mfi_core::contract::Field;
    /// let list = [Field::Reason, Field::Severity, Field::Reason];
    /// assert_eq!(Field::first_repeated(&list), Some(Field::Reason));
    /// assert_eq!(Field::first_repeated(&list[..2]), None);
    /// ```
    pub fn first_repeated(fields: &[Field]) -> Option<Field> {
        (1..fields.len())
            .find(|&i| fields[..i].contains(&fields[i]))
            .map(|i| fields[i])
    }

    /// The field of a contract name (`"mfi_code"`, as in the JSON and [`FieldSpec::name`]).
    ///
    /// ```
    /// use mfi_core::contract::Field;
    /// assert_eq!(Field::from_name("mfi_code").unwrap(), Field::MfiCode);
    /// assert!(Field::from_name("code").is_err());
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::UnknownName`] for a name the contract does not have.
    pub fn from_name(name: &str) -> Result<Field, crate::Error> {
        FIELDS
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.field)
            .ok_or_else(|| crate::Error::new(crate::ErrorKind::UnknownName, name))
    }

    /// The fields of a comma-separated list of contract names (`"mfi_code,reason"`; blanks
    /// around a name are ignored), in the order given: what `mfi classify --json --fields`
    /// and the C ABI's `mfi_diagnosis_to_json_fields` take.
    ///
    /// ```
    /// use mfi_core::contract::Field;
    /// use mfi_core::ErrorKind;
    /// assert_eq!(
    ///     Field::parse_list("mfi_code, severity").unwrap(),
    ///     [Field::MfiCode, Field::Severity]
    /// );
    /// assert_eq!(Field::parse_list("code").unwrap_err().kind(), ErrorKind::UnknownName);
    /// assert_eq!(Field::parse_list("").unwrap_err().kind(), ErrorKind::UnknownName);
    /// assert_eq!(
    ///     Field::parse_list("reason,reason").unwrap_err().kind(),
    ///     ErrorKind::RepeatedName
    /// );
    /// ```
    ///
    /// # Errors
    ///
    /// [`crate::ErrorKind::UnknownName`] for a name the contract does not have (an empty
    /// one too: an empty list, or two commas in a row); [`crate::ErrorKind::RepeatedName`]
    /// for a field named twice.
    pub fn parse_list(list: &str) -> Result<Vec<Field>, crate::Error> {
        let fields = list
            .split(',')
            .map(|name| Field::from_name(name.trim()))
            .collect::<Result<Vec<Field>, _>>()?;
        match Field::first_repeated(&fields) {
            Some(f) => Err(crate::Error::new(
                crate::ErrorKind::RepeatedName,
                f.spec().name,
            )),
            None => Ok(fields),
        }
    }
}

/// One of the typed vocabularies (enums) a field's values come from.
///
/// ```
/// use mfi_core::contract::Vocabulary;
/// assert_eq!(Vocabulary::Severity.names(), ["success", "transient", "permanent", "unknown"]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Vocabulary {
    /// [`MfiCode`].
    MfiCode,
    /// [`MfiMatch`].
    MfiMatch,
    /// [`Severity`].
    Severity,
    /// [`Reason`].
    Reason,
    /// [`Cause`].
    Cause,
    /// [`RemediationId`].
    RemediationId,
    /// [`Actor`].
    Actor,
    /// [`ConnectorTarget`].
    ConnectorTarget,
    /// [`Origin`].
    Origin,
    /// [`QueueProfile`].
    QueueProfile,
    /// [`QueueState`].
    QueueState,
    /// [`AttrKey`].
    AttrKey,
    /// [`ReportKind`].
    ReportKind,
    /// [`Action`].
    Action,
}

/// Every vocabulary, in the order the C header and the Python package list them.
pub const VOCABULARIES: &[Vocabulary] = &[
    Vocabulary::MfiCode,
    Vocabulary::MfiMatch,
    Vocabulary::Severity,
    Vocabulary::Reason,
    Vocabulary::Cause,
    Vocabulary::RemediationId,
    Vocabulary::Actor,
    Vocabulary::ConnectorTarget,
    Vocabulary::Origin,
    Vocabulary::QueueProfile,
    Vocabulary::QueueState,
    Vocabulary::AttrKey,
    Vocabulary::ReportKind,
    Vocabulary::Action,
];

impl Vocabulary {
    /// The Rust (and Python) type name, e.g. `"RemediationId"`.
    pub fn type_name(self) -> &'static str {
        match self {
            Vocabulary::MfiCode => "MfiCode",
            Vocabulary::MfiMatch => "MfiMatch",
            Vocabulary::Severity => "Severity",
            Vocabulary::Reason => "Reason",
            Vocabulary::Cause => "Cause",
            Vocabulary::RemediationId => "RemediationId",
            Vocabulary::Actor => "Actor",
            Vocabulary::ConnectorTarget => "ConnectorTarget",
            Vocabulary::Origin => "Origin",
            Vocabulary::QueueProfile => "QueueProfile",
            Vocabulary::QueueState => "QueueState",
            Vocabulary::AttrKey => "AttrKey",
            Vocabulary::ReportKind => "ReportKind",
            Vocabulary::Action => "Action",
        }
    }

    /// The names of the values, in the order of their numbers (the C enum values).
    pub fn names(self) -> &'static [&'static str] {
        match self {
            Vocabulary::MfiCode => MfiCode::VARIANTS,
            Vocabulary::MfiMatch => MfiMatch::VARIANTS,
            Vocabulary::Severity => Severity::VARIANTS,
            Vocabulary::Reason => Reason::VARIANTS,
            Vocabulary::Cause => Cause::VARIANTS,
            Vocabulary::RemediationId => RemediationId::VARIANTS,
            Vocabulary::Actor => Actor::VARIANTS,
            Vocabulary::ConnectorTarget => ConnectorTarget::VARIANTS,
            Vocabulary::Origin => Origin::VARIANTS,
            Vocabulary::QueueProfile => QueueProfile::VARIANTS,
            Vocabulary::QueueState => QueueState::VARIANTS,
            Vocabulary::AttrKey => AttrKey::VARIANTS,
            Vocabulary::ReportKind => ReportKind::VARIANTS,
            Vocabulary::Action => Action::VARIANTS,
        }
    }

    /// An identifier for each value, for languages whose enum members need one
    /// (`CONNECTION_REFUSED` for `4.4.316`, `PARTNER_ERROR` for `partner_error`).
    pub fn identifiers(self) -> Vec<String> {
        match self {
            Vocabulary::MfiCode => MfiCode::all().map(|c| c.identifier().to_owned()).collect(),
            _ => self
                .names()
                .iter()
                .map(|n| n.to_ascii_uppercase())
                .collect(),
        }
    }

    /// The one-line description of each value, from its documentation.
    pub fn descriptions(self) -> Vec<&'static str> {
        fn docs<T: strum::EnumMessage + strum::IntoEnumIterator>() -> Vec<&'static str> {
            T::iter()
                .map(|v| v.get_documentation().unwrap_or("").trim())
                .collect()
        }
        match self {
            Vocabulary::MfiCode => docs::<MfiCode>(),
            Vocabulary::MfiMatch => docs::<MfiMatch>(),
            Vocabulary::Severity => docs::<Severity>(),
            Vocabulary::Reason => docs::<Reason>(),
            Vocabulary::Cause => docs::<Cause>(),
            Vocabulary::RemediationId => docs::<RemediationId>(),
            Vocabulary::Actor => docs::<Actor>(),
            Vocabulary::ConnectorTarget => docs::<ConnectorTarget>(),
            Vocabulary::Origin => docs::<Origin>(),
            Vocabulary::QueueProfile => docs::<QueueProfile>(),
            Vocabulary::QueueState => docs::<QueueState>(),
            Vocabulary::AttrKey => docs::<AttrKey>(),
            Vocabulary::ReportKind => docs::<ReportKind>(),
            Vocabulary::Action => docs::<Action>(),
        }
    }

    /// The value that stands for "not known", for vocabularies that have one (an accessor
    /// that must return a value returns it when it has no diagnosis to read).
    ///
    /// ```
    /// use mfi_core::contract::Vocabulary;
    /// assert_eq!(Vocabulary::Reason.unknown_value(), Some("undefined"));
    /// assert_eq!(Vocabulary::MfiCode.unknown_value(), None);
    /// ```
    pub fn unknown_value(self) -> Option<&'static str> {
        match self {
            Vocabulary::Severity | Vocabulary::ConnectorTarget | Vocabulary::Origin => {
                Some("unknown")
            }
            Vocabulary::Reason => Some("undefined"),
            _ => None,
        }
    }

    /// What the vocabulary is, in one line.
    pub fn description(self) -> &'static str {
        match self {
            Vocabulary::MfiCode => {
                "The six mail flow intelligence codes of Microsoft 365 connectors."
            }
            Vocabulary::MfiMatch => "How the MFI code of a diagnosis was found.",
            Vocabulary::Severity => "The delivery outcome that the text states.",
            Vocabulary::Reason => "The cross-vendor reason of a failure (Sisimai's reason names).",
            Vocabulary::Cause => "A likely cause of a failure.",
            Vocabulary::RemediationId => "A remediation: something someone can do.",
            Vocabulary::Actor => "Who must act on a remediation.",
            Vocabulary::ConnectorTarget => "Who is on the far side of the connector that failed.",
            Vocabulary::Origin => "Which system reported the failure (whose words the text is in).",
            Vocabulary::QueueProfile => "A mail system's queue and its retry window.",
            Vocabulary::QueueState => "What the sending queue does with the message.",
            Vocabulary::AttrKey => "The keys of the values pulled out of a text.",
            Vocabulary::ReportKind => {
                "What a message about a delivery is: a bounce, a delay notice, an auto-reply, ..."
            }
            Vocabulary::Action => {
                "What a mail system did with the message for one recipient (a DSN's Action)."
            }
        }
    }
}

/// The type of a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// An integer (`u16`), or null.
    OptInteger,
    /// An enhanced status code `"c.s.d"`, or null.
    OptStatus,
    /// A name of the vocabulary.
    Name(Vocabulary),
    /// A name of the vocabulary, or null.
    OptName(Vocabulary),
    /// `true` or `false`.
    Bool,
    /// A sentence of mfi's knowledge, or null.
    OptText,
    /// A list of names of the vocabulary.
    Names(Vocabulary),
    /// A list of remediation objects ([`REMEDIATION_FIELDS`]).
    Remediations,
    /// A list of reply objects ([`REPLY_FIELDS`]).
    Chain,
    /// An object of attribute key ([`AttrKey`] name) to string.
    Attributes,
    /// The queue object ([`QUEUE_FIELDS`]); the key is absent when no queue outcome was asked
    /// for.
    Queue,
}

impl Kind {
    /// The JSON type, as `docs/contract.md` writes it.
    pub fn json_type(self) -> String {
        match self {
            Kind::OptInteger => "integer or null".into(),
            Kind::OptStatus => "string `\"c.s.d\"` or null".into(),
            Kind::Name(v) => format!("string ({})", v.type_name()),
            Kind::OptName(v) => format!("string ({}) or null", v.type_name()),
            Kind::Bool => "boolean".into(),
            Kind::OptText => "string or null".into(),
            Kind::Names(v) => format!("array of strings ({})", v.type_name()),
            Kind::Remediations => "array of remediation objects".into(),
            Kind::Chain => "array of reply objects".into(),
            Kind::Attributes => "object of string to string (keys: AttrKey)".into(),
            Kind::Queue => "queue object, or absent".into(),
        }
    }
}

/// The declaration of one field.
#[derive(Debug)]
#[non_exhaustive]
pub struct FieldSpec {
    /// The field.
    pub field: Field,
    /// Its name: the JSON key, the C accessor's suffix, the Python attribute.
    pub name: &'static str,
    /// For list fields, the name of one element (`cause` for `causes`), which names the C
    /// accessors `mfi_diagnosis_<item>_count` and `mfi_diagnosis_<item>_at`.
    pub item: &'static str,
    /// The type of its value.
    pub kind: Kind,
    /// What it means.
    pub doc: &'static str,
    /// The contract version that added it.
    pub since: &'static str,
    /// `,"name":`, what the JSON writer puts before the value.
    pub(crate) json_key: &'static str,
}

macro_rules! fields {
    ($($field:ident $name:literal $(/ $item:literal)?: $kind:expr, $since:literal => $doc:literal;)*) => {
        /// Every field of a diagnosis, in the order of the JSON object.
        pub static FIELDS: &[FieldSpec] = &[
            $(FieldSpec {
                field: Field::$field,
                name: $name,
                item: fields!(@item $name $(, $item)?),
                kind: $kind,
                doc: $doc,
                since: $since,
                json_key: concat!(",\"", $name, "\":"),
            },)*
        ];
    };
    (@item $name:literal) => { $name };
    (@item $name:literal, $item:literal) => { $item };
}

use Kind::*;
use Vocabulary as V;

fields! {
    ReplyCode "reply_code": OptInteger, "1.0" =>
        "The basic SMTP reply code (RFC 5321) of the primary (outermost) reply.";
    EnhancedStatus "enhanced_status": OptStatus, "1.0" =>
        "The enhanced status code (RFC 3463) of the primary reply.";
    Severity "severity": Name(V::Severity), "1.0" =>
        "The delivery outcome the text states: an expiry or a 5xx is permanent, a 4xx transient.";
    MfiCode "mfi_code": OptName(V::MfiCode), "1.0" =>
        "The mail flow intelligence code the failure amounts to.";
    MfiMatch "mfi_match": OptName(V::MfiMatch), "1.0" =>
        "How mfi_code was found: in the text (literal), named by an expiry (expired), or told in other words (equivalent).";
    Expired "expired": Bool, "1.0" =>
        "Whether the message expired in a queue and was (or will be) returned to the sender.";
    Reason "reason": Name(V::Reason), "1.0" =>
        "The cross-vendor reason (Sisimai's reason names).";
    Origin "origin": Name(V::Origin), "1.2" =>
        "Which system reported the failure, from the text's shape or as the caller said; remediations are in its terms.";
    Title "title": OptText, "1.1" =>
        "A short title of the primary code (the MFI code's, else the Exchange table's, else the IANA registry's).";
    Meaning "meaning": OptText, "1.1" =>
        "What the primary code means, in a sentence or two.";
    Causes "causes" / "cause": Names(V::Cause), "1.0" =>
        "Likely causes, most likely first, ranked by the evidence in the text.";
    Remediations "remediations" / "remediation": Remediations, "1.0" =>
        "What to do and who must act, most useful first.";
    Chain "chain" / "reply": Chain, "1.0" =>
        "Every reply found in the text, outermost (primary) first.";
    Attributes "attributes" / "attribute": Attributes, "1.0" =>
        "Values pulled out of the text (servers, addresses, Exchange fields), by key.";
    Truncated "truncated": Bool, "1.1" =>
        "Whether the text was longer than the options' max_len and only its start was classified.";
    Queue "queue": Queue, "1.0" =>
        "What the sending queue does next, when a queue profile and times were given.";
}

/// One field of an object inside a diagnosis.
#[derive(Debug)]
#[non_exhaustive]
pub struct SubField {
    /// The JSON key.
    pub name: &'static str,
    /// The JSON type.
    pub json_type: &'static str,
    /// What it means.
    pub doc: &'static str,
}

const fn sub(name: &'static str, json_type: &'static str, doc: &'static str) -> SubField {
    SubField {
        name,
        json_type,
        doc,
    }
}

/// The fields of a reply object (an element of `chain`).
pub static REPLY_FIELDS: &[SubField] = &[
    sub("reply_code", "integer or null", "The basic reply code."),
    sub(
        "enhanced_status",
        "string or null",
        "The enhanced status code.",
    ),
    sub(
        "text",
        "string",
        "The reply's words, without nested replies and attribute brackets.",
    ),
];

/// The fields of a remediation object (an element of `remediations`).
pub static REMEDIATION_FIELDS: &[SubField] = &[
    sub("id", "string (RemediationId)", "The typed remediation."),
    sub("actor", "string (Actor)", "Who must act."),
    sub("text", "string", "What to do."),
];

/// The fields of the queue object.
pub static QUEUE_FIELDS: &[SubField] = &[
    sub(
        "profile",
        "string (QueueProfile)",
        "The queue profile applied.",
    ),
    sub(
        "retry_window_s",
        "integer",
        "How long the queue retries, in seconds.",
    ),
    sub(
        "first_attempt",
        "string (RFC 3339, UTC)",
        "When delivery was first attempted.",
    ),
    sub(
        "now",
        "string (RFC 3339, UTC)",
        "The time the outcome was judged at.",
    ),
    sub(
        "expires_at",
        "string (RFC 3339, UTC)",
        "When the message expires: first_attempt plus the window.",
    ),
    sub(
        "remaining_s",
        "integer",
        "Seconds left until then (0 unless retrying).",
    ),
    sub(
        "state",
        "string (QueueState)",
        "What happens next: retrying, expired, bounced or delivered.",
    ),
    sub(
        "next_delay_notice",
        "string (RFC 3339, UTC) or null",
        "When the sender gets a delay notice, if the profile sends one and it is still ahead.",
    ),
];

/// The value of one field of one diagnosis, ready to be written: what every writer of the
/// contract (JSON, serde, Arrow columns) reads, so that each only knows how to write a kind
/// of value.
///
/// ```
/// use mfi_core::contract::{Field, Value, FIELDS};
/// let d = mfi_core::classify("450 4.4.316 Connection refused");
/// assert!(matches!(d.value(Field::ReplyCode), Value::Integer(450)));
/// assert!(matches!(d.value(Field::MfiCode), Value::Name("4.4.316")));
/// assert!(matches!(d.value(Field::Queue), Value::Absent));
/// assert!(FIELDS.iter().all(|f| !matches!(d.value(f.field), Value::Absent) || f.name == "queue"));
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum Value<'d, 'a> {
    /// The key is left out (an optional object that is not there).
    Absent,
    /// `null`.
    Null,
    /// A boolean.
    Bool(bool),
    /// An integer ([`Kind::OptInteger`]).
    Integer(u16),
    /// An enhanced status code.
    Status(EnhancedStatus),
    /// A name of a vocabulary: never needs escaping.
    Name(&'static str),
    /// A sentence of the knowledge tables (checked by a test to need no escaping).
    Text(&'static str),
    /// The causes, most likely first.
    Causes(&'d [Cause]),
    /// The diagnosis, whose [`Diagnosis::remediations`] are the value.
    Remediations(&'d Diagnosis<'a>),
    /// The diagnosis, whose [`Diagnosis::chain`] is the value.
    Chain(&'d Diagnosis<'a>),
    /// The diagnosis, whose [`Diagnosis::attributes`] are the value.
    Attributes(&'d Diagnosis<'a>),
    /// The queue outcome.
    Queue(&'d QueueOutcome),
}

impl<'a> Diagnosis<'a> {
    /// The value of `field`: the one place that maps the contract to a diagnosis.
    #[inline]
    pub fn value(&self, field: Field) -> Value<'_, 'a> {
        self.value_of(field)
    }

    /// [`Diagnosis::value`], always inlined: the JSON writer's walk over the fields, which
    /// is instantiated in the crates that call it (the CLI's did not inline `value`).
    #[inline(always)]
    pub(crate) fn value_of(&self, field: Field) -> Value<'_, 'a> {
        fn opt<T>(
            v: Option<T>,
            f: impl FnOnce(T) -> Value<'static, 'static>,
        ) -> Value<'static, 'static> {
            v.map_or(Value::Null, f)
        }
        match field {
            Field::ReplyCode => opt(self.reply_code(), |c| Value::Integer(c.get())),
            Field::EnhancedStatus => opt(self.enhanced_status(), Value::Status),
            Field::Severity => Value::Name(self.severity().name()),
            Field::MfiCode => opt(self.mfi_code(), |c| Value::Name(c.name())),
            Field::MfiMatch => opt(self.mfi_match(), |m| Value::Name(m.name())),
            Field::Expired => Value::Bool(self.expired()),
            Field::Reason => Value::Name(self.reason().name()),
            Field::Origin => Value::Name(self.origin().name()),
            Field::Title => opt(self.title(), Value::Text),
            Field::Meaning => opt(self.meaning(), Value::Text),
            Field::Causes => Value::Causes(self.causes()),
            Field::Remediations => Value::Remediations(self),
            Field::Chain => Value::Chain(self),
            Field::Attributes => Value::Attributes(self),
            Field::Truncated => Value::Bool(self.truncated()),
            Field::Queue => self.queue().map_or(Value::Absent, Value::Queue),
        }
    }
}

struct RemediationObject(crate::Remediation);

impl Serialize for RemediationObject {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = &self.0;
        let mut m = s.serialize_map(Some(REMEDIATION_FIELDS.len()))?;
        m.serialize_entry("id", r.id.name())?;
        m.serialize_entry("actor", r.actor.name())?;
        m.serialize_entry("text", r.text)?;
        m.end()
    }
}

impl Serialize for Value<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Absent | Value::Null => s.serialize_none(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Integer(n) => s.serialize_u16(*n),
            Value::Status(st) => st.serialize(s),
            Value::Name(n) | Value::Text(n) => s.serialize_str(n),
            Value::Causes(list) => {
                let mut seq = s.serialize_seq(Some(list.len()))?;
                for c in *list {
                    seq.serialize_element(c.name())?;
                }
                seq.end()
            }
            Value::Remediations(d) => {
                let remediations = d.remediations();
                let mut seq = s.serialize_seq(Some(remediations.len()))?;
                for r in remediations {
                    seq.serialize_element(&RemediationObject(r))?;
                }
                seq.end()
            }
            Value::Chain(d) => {
                let mut seq = s.serialize_seq(Some(d.chain().len()))?;
                for r in d.chain() {
                    seq.serialize_element(&r)?;
                }
                seq.end()
            }
            Value::Attributes(d) => {
                let mut m = s.serialize_map(Some(d.attributes().len()))?;
                for (k, v) in d.attributes() {
                    m.serialize_entry(k.name(), v)?;
                }
                m.end()
            }
            Value::Queue(q) => q.serialize(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Field::spec` indexes `FIELDS` by the enum's position: the two orders are one.
    #[test]
    fn fields_are_declared_in_the_enums_order() {
        for (i, f) in FIELDS.iter().enumerate() {
            assert_eq!(f.field as usize, i, "{}", f.name);
            assert!(std::ptr::eq(f.field.spec(), f));
        }
    }
}
