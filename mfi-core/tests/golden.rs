//! The golden tables of `testdata/`: `cases.tsv` (classification), `queue-cases.tsv` (queue
//! rules), `real-world.tsv` (published error lines), `reasons.tsv` (the reason words name)
//! and `mta-wordings.tsv` (each MTA's own failure wordings). One test per table runs every row
//! and reports all differences at once.

use mfi_core::{classify_with, ConnectorTarget, Options, QueueProfile, Timestamp};
use mfi_testdata::{assert_all_pass, Table};

fn check(errs: &mut Vec<String>, what: &str, got: &str, want: &str) {
    if want != "*" && got != want {
        errs.push(format!("{what}: got {got}, want {want}"));
    }
}

fn or_dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "-".to_owned())
}

/// The columns `cases.tsv` and `real-world.tsv` share: reply code, enhanced status, MFI
/// code (`A|B`: either), match and expiry.
fn check_codes(errs: &mut Vec<String>, d: &mfi_core::Diagnosis<'_>, row: &mfi_testdata::Row) {
    check(
        errs,
        "reply_code",
        &or_dash(d.reply_code().map(|c| c.to_string())),
        row.get("reply_code"),
    );
    check(
        errs,
        "enhanced_status",
        &or_dash(d.enhanced_status().map(|c| c.to_string())),
        row.get("enhanced_status"),
    );
    let got = d.mfi_code().map_or("-", |c| c.name());
    if !row.get("mfi_code").split('|').any(|m| m == got) {
        errs.push(format!("mfi_code: got {got}, want {}", row.get("mfi_code")));
    }
    check(
        errs,
        "mfi_match",
        d.mfi_match().map_or("-", |c| c.name()),
        row.get("mfi_match"),
    );
    check(
        errs,
        "expired",
        &d.expired().to_string(),
        row.get("expired"),
    );
}

#[test]
fn reason_cases() {
    let table = Table::load("reasons");
    let mut failures = Vec::new();
    for row in table.rows() {
        let got = mfi_core::classify(row.get("text")).reason();
        if got.name() != row.get("reason") {
            failures.push(format!(
                "{}: got {}, want {} ({})",
                row.get("text"),
                got.name(),
                row.get("reason"),
                row.get("note")
            ));
        }
    }
    assert_all_pass("reasons.tsv", &failures, table.rows().len());
}

/// The failure wordings of Postfix, Exim, OpenSMTPD, Sendmail and Exchange
/// (`mta-wordings.tsv`, one row per wording, as a whole log or NDR line): MFI code, reason
/// and expiry.
#[test]
fn mta_wording_cases() {
    let table = Table::load("mta-wordings");
    assert!(
        table.rows().len() >= 200,
        "only {} wordings",
        table.rows().len()
    );
    let mut failures = Vec::new();
    let mut found = 0;
    for row in table.rows() {
        let d = mfi_core::classify(row.get("text"));
        let mut errs = Vec::new();
        check(
            &mut errs,
            "mfi_code",
            d.mfi_code().map_or("-", |c| c.name()),
            row.get("mfi_code"),
        );
        check(&mut errs, "reason", d.reason().name(), row.get("reason"));
        check(
            &mut errs,
            "expired",
            &d.expired().to_string(),
            row.get("expired"),
        );
        // The system whose words these are is found, and it is spoken to in its own terms:
        // no Microsoft 365 step for another system's line.
        let system = row.get("system");
        let origin = d.origin().name();
        let origin_ok = match system {
            "exchange" => matches!(origin, "exchange_online" | "exchange_server"),
            s => origin == s,
        };
        if origin_ok {
            found += 1;
        } else if origin != "unknown" {
            errs.push(format!("origin: got {origin}, want {system}"));
        }
        if d.origin() != mfi_core::Origin::ExchangeOnline {
            for r in d.remediation_ids() {
                let info = mfi_core::knowledge::remediation_info(r);
                if info.audience == mfi_core::knowledge::Audience::Microsoft365 {
                    errs.push(format!("Microsoft 365 step {r} for {system}"));
                }
            }
        }
        if !errs.is_empty() {
            failures.push(format!(
                "{} ({}): {}\n    {}",
                row.at(),
                row.get("system"),
                errs.join("; "),
                row.get("text")
            ));
        }
    }
    assert_all_pass("mta-wordings.tsv", &failures, table.rows().len());
    // Most of the mail systems' wordings show whose they are (a bare reply need not; a
    // library's error has no origin of its own).
    let systems = table
        .rows()
        .iter()
        .filter(|r| r.get("system") != "library")
        .count();
    assert!(
        found * 10 >= systems * 8,
        "the origin of only {found} of {systems} wordings found"
    );
}

#[test]
fn localised_wordings() {
    let table = Table::load("localized");
    let mut failures = Vec::new();
    for row in table.rows() {
        let d = mfi_core::classify(row.get("text"));
        let mut errs = Vec::new();
        check(&mut errs, "reason", d.reason().name(), row.get("reason"));
        check(
            &mut errs,
            "mfi_code",
            d.mfi_code().map_or("-", |c| c.name()),
            row.get("mfi_code"),
        );
        check(
            &mut errs,
            "severity",
            d.severity().name(),
            row.get("severity"),
        );
        if !errs.is_empty() {
            failures.push(format!(
                "{} ({}): {}\n    {}",
                row.at(),
                row.get("language"),
                errs.join("; "),
                row.get("text")
            ));
        }
    }
    assert_all_pass("localized.tsv", &failures, table.rows().len());
}

#[test]
fn classification_cases() {
    let table = Table::load("cases");
    assert!(
        table.rows().len() >= 150,
        "only {} cases",
        table.rows().len()
    );
    let mut failures = Vec::new();
    for row in table.rows() {
        let connector = row.opt("connector").map_or(ConnectorTarget::Unknown, |c| {
            ConnectorTarget::from_name(c).expect("connector")
        });
        let d = classify_with(row.get("text"), &Options::new().connector(connector));
        let mut errs = Vec::new();
        check_codes(&mut errs, &d, row);
        check(
            &mut errs,
            "severity",
            d.severity().name(),
            row.get("severity"),
        );
        check(
            &mut errs,
            "causes[0]",
            d.causes().first().map_or("-", |c| c.name()),
            row.get("first_cause"),
        );
        let actor = d.remediations().next().map(|r| r.actor.name());
        check(
            &mut errs,
            "remediations[0].actor",
            actor.unwrap_or("-"),
            row.get("first_actor"),
        );
        if connector == ConnectorTarget::OnPremises
            && d.causes().contains(&mfi_core::Cause::PartnerError)
        {
            errs.push("on-premises target still lists partner_error".into());
        }
        if !errs.is_empty() {
            failures.push(format!(
                "{} ({}): {}\n    {:?}",
                row.at(),
                row.get("note"),
                errs.join("; "),
                row.get("text")
            ));
        }
    }
    assert_all_pass("cases.tsv", &failures, table.rows().len());
}

#[test]
fn queue_cases() {
    let table = Table::load("queue-cases");
    let mut failures = Vec::new();
    for row in table.rows() {
        let profile = QueueProfile::from_name(row.get("profile")).expect("profile");
        let first: Timestamp = row.get("first_attempt").parse().expect("first_attempt");
        let now: Timestamp = row.get("now").parse().expect("now");
        let d = classify_with(row.get("text"), &Options::new().queue(profile, first, now));
        let q = d.queue().expect("queue outcome requested");
        let mut errs = Vec::new();
        check(&mut errs, "state", q.state.name(), row.get("state"));
        check(
            &mut errs,
            "remaining_s",
            &q.remaining_s.to_string(),
            row.get("remaining_s"),
        );
        check(
            &mut errs,
            "expires_at",
            &q.expires_at.to_string(),
            row.get("expires_at"),
        );
        let notice = or_dash(q.next_delay_notice.map(|t| t.to_string()));
        check(
            &mut errs,
            "next_delay_notice",
            &notice,
            row.get("next_delay_notice"),
        );
        if q.retry_window_s != profile.retry_window_secs() {
            errs.push("retry_window_s differs from the profile".into());
        }
        if !errs.is_empty() {
            failures.push(format!(
                "{} ({}): {}",
                row.at(),
                row.get("note"),
                errs.join("; ")
            ));
        }
    }
    assert_all_pass("queue-cases.tsv", &failures, table.rows().len());
}

/// The published real-world lines (`real-world.tsv`, copied with their sources from the
/// reference tables): reply code, status, MFI code (`A|B`: either), match (`*`: not
/// judged) and expiry.
#[test]
fn real_world_rows() {
    let table = Table::load("real-world");
    assert_eq!(table.rows().len(), 39);
    let mut failures = Vec::new();
    for row in table.rows() {
        let d = mfi_core::classify(row.get("text"));
        let mut errs = Vec::new();
        check_codes(&mut errs, &d, row);
        if !errs.is_empty() {
            failures.push(format!(
                "{}: {}\n    {}",
                row.at(),
                errs.join("; "),
                row.get("text")
            ));
        }
    }
    assert_all_pass("real-world.tsv", &failures, table.rows().len());
}

/// The fast JSON writer and serde agree byte for byte on every parity case (every text of
/// the tables, under every option set).
#[test]
fn fast_json_equals_serde() {
    let sets = mfi_testdata::option_sets();
    for case in mfi_testdata::parity_cases() {
        for set in &sets {
            let d = mfi_core::classify_bytes(&case.text, &mfi_testdata::options(set));
            let d = d.as_diagnosis();
            assert_eq!(
                d.to_json(),
                serde_json::to_string(&d).unwrap(),
                "{}",
                case.at
            );
        }
    }
}

/// A projection is the full object's members, in the order asked: the one-field objects
/// joined in contract order give the full JSON back (so each is the full object's member,
/// or nothing where the full object leaves the field out), and any list gives those
/// members in its order, a field named twice once. On every parity case, every option set.
#[test]
fn json_fields_are_the_full_objects_members() {
    use mfi_core::contract::{Field, FIELDS};
    let all: Vec<Field> = FIELDS.iter().map(|f| f.field).collect();
    let lists: [Vec<Field>; 4] = [
        vec![Field::MfiCode, Field::Reason, Field::Severity],
        all.iter().rev().copied().collect(),
        vec![Field::Queue, Field::Chain, Field::Queue, Field::Attributes],
        vec![],
    ];
    let sets = mfi_testdata::option_sets();
    for case in mfi_testdata::parity_cases() {
        for set in &sets {
            let d = mfi_core::classify_bytes(&case.text, &mfi_testdata::options(set));
            let d = d.as_diagnosis();
            let member = |f: Field| {
                let one = d.to_json_fields(&[f]);
                assert!(one.starts_with('{') && one.ends_with('}'), "{one}");
                one[1..one.len() - 1].to_owned()
            };
            let object = |fields: &[Field]| {
                let mut seen = Vec::new();
                let members: Vec<String> = fields
                    .iter()
                    .filter(|f| {
                        let new = !seen.contains(*f);
                        seen.push(**f);
                        new
                    })
                    .map(|&f| member(f))
                    .filter(|m| !m.is_empty())
                    .collect();
                format!("{{{}}}", members.join(","))
            };
            assert_eq!(object(&all), d.to_json(), "{}", case.at);
            assert_eq!(d.to_json_fields(&all), d.to_json(), "{}", case.at);
            for list in &lists {
                assert_eq!(d.to_json_fields(list), object(list), "{}", case.at);
            }
        }
    }
}

/// A classification for some fields (`Options::fields`) gives those fields as one for every
/// field does: each field alone, and the three of a `GROUP BY`, on every parity case and
/// option set. (What it leaves out is left out: without `origin`, `causes` or
/// `remediations` asked for, no causes are ranked.)
#[test]
fn a_classification_for_some_fields_gives_those_fields_alike() {
    use mfi_core::contract::{Field, FIELDS};
    let few = [Field::MfiCode, Field::Reason, Field::Severity];
    let sets = mfi_testdata::option_sets();
    let mut left_out = 0;
    for case in mfi_testdata::parity_cases() {
        for set in &sets {
            let options = mfi_testdata::options(set);
            let full = mfi_core::classify_bytes(&case.text, &options);
            let full = full.as_diagnosis();
            for f in FIELDS.iter().map(|s| s.field) {
                let one = mfi_core::classify_bytes(&case.text, &options.fields(&[f]));
                assert_eq!(
                    one.as_diagnosis().to_json_fields(&[f]),
                    full.to_json_fields(&[f]),
                    "{} ({f:?})",
                    case.at
                );
            }
            let narrow = mfi_core::classify_bytes(&case.text, &options.fields(&few));
            let narrow = narrow.as_diagnosis();
            assert_eq!(
                narrow.to_json_fields(&few),
                full.to_json_fields(&few),
                "{}",
                case.at
            );
            if !full.causes().is_empty() {
                assert!(narrow.causes().is_empty(), "{}", case.at);
                left_out += 1;
            }
        }
    }
    assert!(left_out > 100, "{left_out}");
    // And the benchmark mix's thousand lines of many systems, with the default options.
    let mix = include_str!("../../testdata/bench/mix-1000.txt");
    for line in mix.lines() {
        let full = mfi_core::classify(line);
        for f in FIELDS.iter().map(|s| s.field) {
            let one = mfi_core::classify_with(line, &mfi_core::Options::new().fields(&[f]));
            assert_eq!(
                one.to_json_fields(&[f]),
                full.to_json_fields(&[f]),
                "{line} ({f:?})"
            );
        }
    }
}
