//! Every enum's serde name, strum name (`Display`, `FromStr`, `VariantNames`) and
//! `from_name` agree: the one spelling used by the JSON contract, C and Python.

use std::str::FromStr;

use mfi_core::{
    Actor, AttrKey, Cause, ConnectorTarget, MfiCode, MfiMatch, QueueProfile, QueueState, Reason,
    RemediationId, Severity,
};
use strum::VariantNames;

fn check<T>(all: impl Iterator<Item = T>, from_name: fn(&str) -> Result<T, mfi_core::Error>)
where
    T: Copy
        + PartialEq
        + std::fmt::Debug
        + std::fmt::Display
        + FromStr
        + VariantNames
        + serde::Serialize
        + serde::de::DeserializeOwned,
{
    let values: Vec<T> = all.collect();
    assert_eq!(values.len(), T::VARIANTS.len());
    for (v, strum_name) in values.iter().zip(T::VARIANTS) {
        let serde_name = serde_json::to_value(v).unwrap();
        assert_eq!(serde_name, serde_json::Value::from(*strum_name), "{v:?}");
        assert_eq!(v.to_string(), *strum_name);
        assert_eq!(T::from_str(strum_name).ok(), Some(*v));
        assert_eq!(from_name(strum_name).unwrap(), *v);
        assert_eq!(
            from_name(&strum_name.to_uppercase().replace('_', "-")).unwrap(),
            *v
        );
        let back: T = serde_json::from_value(serde_name).unwrap();
        assert_eq!(back, *v);
    }
    assert!(from_name("no such name").is_err());
}

#[test]
fn serde_and_strum_names_agree() {
    check(MfiMatch::all(), MfiMatch::from_name);
    check(Severity::all(), Severity::from_name);
    check(Reason::all(), Reason::from_name);
    check(Cause::all(), Cause::from_name);
    check(RemediationId::all(), RemediationId::from_name);
    check(Actor::all(), Actor::from_name);
    check(ConnectorTarget::all(), ConnectorTarget::from_name);
    check(QueueProfile::all(), QueueProfile::from_name);
    check(QueueState::all(), QueueState::from_name);
    check(AttrKey::all(), AttrKey::from_name);
}

#[test]
fn mfi_code_names_are_the_codes() {
    for c in MfiCode::all() {
        assert_eq!(
            serde_json::to_value(c).unwrap(),
            serde_json::Value::from(c.name())
        );
        assert_eq!(MfiCode::from_str(c.name()).unwrap(), c);
        assert_eq!(c.status().to_string(), c.name());
    }
    assert_eq!(
        MfiCode::VARIANTS,
        ["4.4.312", "4.4.315", "4.4.316", "4.4.317", "4.4.318", "4.7.320"]
    );
}

/// Every value's number (its discriminant, the C enum value) is its position, so that the
/// numbers are dense and `all().nth(n)` finds value `n`; every value is documented (the
/// documentation becomes the Python member's docstring and the C header's comment).
#[test]
fn numbers_are_positions_and_every_value_is_documented() {
    fn check<T: Copy + std::fmt::Debug + strum::EnumMessage>(
        all: impl Iterator<Item = T>,
        index: fn(T) -> usize,
    ) {
        for (i, v) in all.enumerate() {
            assert_eq!(index(v), i, "{v:?}");
            assert!(
                v.get_documentation().is_some_and(|d| !d.trim().is_empty()),
                "{v:?} has no documentation"
            );
        }
    }
    check(MfiCode::all(), MfiCode::index);
    check(MfiMatch::all(), MfiMatch::index);
    check(Severity::all(), Severity::index);
    check(Reason::all(), Reason::index);
    check(Cause::all(), Cause::index);
    check(RemediationId::all(), RemediationId::index);
    check(Actor::all(), Actor::index);
    check(ConnectorTarget::all(), ConnectorTarget::index);
    check(QueueProfile::all(), QueueProfile::index);
    check(QueueState::all(), QueueState::index);
    check(AttrKey::all(), AttrKey::index);
    for v in mfi_core::contract::VOCABULARIES {
        assert_eq!(v.names().len(), v.identifiers().len());
        assert_eq!(v.names().len(), v.descriptions().len());
    }
}
