//! The repository's own golden tables: `tests/golden/cases.tsv` (classification) and
//! `tests/golden/queue-cases.tsv` (queue rules). One test per table runs every row and
//! reports all differences at once.

use mfi_core::{classify_with, ConnectorTarget, Options, QueueProfile, Timestamp};

fn rows(name: &str) -> Vec<(usize, Vec<String>)> {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    let table = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    table
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#'))
        .skip(1)
        .map(|(n, l)| (n + 1, l.split('\t').map(str::to_owned).collect()))
        .collect()
}

/// Fails with every difference listed at once.
fn assert_all_pass(failures: &[String], total: usize) {
    assert!(
        failures.is_empty(),
        "{} of {total} cases differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check(errs: &mut Vec<String>, what: &str, got: &str, want: &str) {
    if want != "*" && got != want {
        errs.push(format!("{what}: got {got}, want {want}"));
    }
}

#[test]
fn classification_cases() {
    let cases = rows("cases.tsv");
    assert!(cases.len() >= 150, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for (line, f) in &cases {
        let connector = match f[8].as_str() {
            "-" => ConnectorTarget::Unknown,
            c => ConnectorTarget::from_name(c).expect("connector"),
        };
        let d = classify_with(&f[0], &Options::new().connector(connector));
        let mut errs = Vec::new();
        let opt = |o: Option<String>| o.unwrap_or_else(|| "-".to_owned());
        check(
            &mut errs,
            "reply_code",
            &opt(d.reply_code().map(|c| c.to_string())),
            &f[1],
        );
        check(
            &mut errs,
            "enhanced_status",
            &opt(d.enhanced_status().map(|c| c.to_string())),
            &f[2],
        );
        check(
            &mut errs,
            "mfi_code",
            d.mfi_code().map_or("-", |c| c.name()),
            &f[3],
        );
        check(
            &mut errs,
            "mfi_match",
            d.mfi_match().map_or("-", |c| c.name()),
            &f[4],
        );
        check(&mut errs, "expired", &d.expired().to_string(), &f[5]);
        check(&mut errs, "severity", d.severity().name(), &f[6]);
        check(
            &mut errs,
            "causes[0]",
            d.causes().first().map_or("-", |c| c.name()),
            &f[7],
        );
        let actor = d.remediations().next().map(|r| r.actor.name());
        check(
            &mut errs,
            "remediations[0].actor",
            actor.unwrap_or("-"),
            &f[9],
        );
        if connector == ConnectorTarget::OnPremises
            && d.causes().contains(&mfi_core::Cause::PartnerError)
        {
            errs.push("on-premises target still lists partner_error".into());
        }
        if !errs.is_empty() {
            failures.push(format!(
                "line {line} ({}): {}\n    {:?}",
                f[10],
                errs.join("; "),
                f[0]
            ));
        }
    }
    assert_all_pass(&failures, cases.len());
}

#[test]
fn queue_cases() {
    let cases = rows("queue-cases.tsv");
    let mut failures = Vec::new();
    for (line, f) in &cases {
        let profile = QueueProfile::from_name(&f[1]).expect("profile");
        let first: Timestamp = f[2].parse().expect("first_attempt");
        let now: Timestamp = f[3].parse().expect("now");
        let d = classify_with(&f[0], &Options::new().queue(profile, first, now));
        let q = d.queue().expect("queue outcome requested");
        let mut errs = Vec::new();
        check(&mut errs, "state", q.state.name(), &f[4]);
        check(&mut errs, "remaining_s", &q.remaining_s.to_string(), &f[5]);
        check(&mut errs, "expires_at", &q.expires_at.to_string(), &f[6]);
        let notice = q
            .next_delay_notice
            .map_or("-".to_owned(), |t| t.to_string());
        check(&mut errs, "next_delay_notice", &notice, &f[7]);
        if q.retry_window_s != profile.retry_window_secs() {
            errs.push("retry_window_s differs from the profile".into());
        }
        if !errs.is_empty() {
            failures.push(format!("line {line} ({}): {}", f[8], errs.join("; ")));
        }
    }
    assert_all_pass(&failures, cases.len());
}

/// The fast JSON writer and serde agree byte for byte, on every golden text, with and
/// without options.
#[test]
fn fast_json_equals_serde() {
    let t = Timestamp::from_unix(1_736_294_400);
    let opts = [
        Options::new(),
        Options::new().connector(ConnectorTarget::Partner),
        Options::new().queue(QueueProfile::ExchangeServer, t, t.add_seconds(600)),
    ];
    let extra = [
        "tab\there \"quoted\" back\\slash \u{1}",
        "ünïcödé 450 4.4.316 \u{FFFD}",
    ];
    let cases = rows("cases.tsv");
    let texts = cases.iter().map(|(_, f)| f[0].as_str()).chain(extra);
    for text in texts {
        for o in &opts {
            let d = classify_with(text, o);
            assert_eq!(d.to_json(), serde_json::to_string(&d).unwrap(), "{text:?}");
        }
    }
}
