//! `--lang`, the locale variables and `--origin`, end to end through the binary.

mod common;

use common::{json_lines, mfi, mfi_in};

const POSTFIX_REFUSED: &str = "Mar  3 10:15:02 mx1 postfix/smtp[23817]: 4F2A81C0D3: \
    to=<ana@example.net>, relay=none, delay=31, status=deferred (connect to \
    mx.example.net[192.0.2.10]:25: Connection refused)";

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn every_label_cause_and_remediation_is_in_the_chosen_language() {
    let english = stdout(&mfi(&["classify", POSTFIX_REFUSED], b""));
    assert!(english.contains("likely causes") && english.contains("what to do"));
    for (lang, heading, word) in [
        ("de", "wahrscheinliche Ursachen", "Prüfen Sie"),
        ("zh-CN", "可能的原因", "检查"),
        ("ru", "вероятные причины", "Проверьте"),
    ] {
        let out = mfi(&["classify", "--lang", lang, POSTFIX_REFUSED], b"");
        assert!(out.status.success(), "{lang}: {}", stderr(&out));
        let text = stdout(&out);
        assert!(text.contains(heading), "{lang}: {text}");
        assert!(text.contains(word), "{lang}: {text}");
        // No English sentence of the report is left (only names, codes and the input's
        // own attributes stay as they are).
        for line in english.lines().filter(|l| l.len() > 60 && !l.contains('=')) {
            assert!(!text.contains(line.trim()), "{lang} kept {line:?}");
        }
    }
}

#[test]
fn the_locale_variables_choose_the_language_and_lang_wins() {
    let out = mfi_in(
        &[("LANG", "ru_RU.UTF-8")],
        &["classify", POSTFIX_REFUSED],
        b"",
    );
    assert!(stdout(&out).contains("вероятные причины"));
    // LC_ALL comes before LANG, as POSIX orders them.
    let out = mfi_in(
        &[("LANG", "ru_RU.UTF-8"), ("LC_ALL", "de_AT.UTF-8")],
        &["classify", POSTFIX_REFUSED],
        b"",
    );
    assert!(stdout(&out).contains("wahrscheinliche Ursachen"));
    let out = mfi_in(
        &[("LANG", "ru_RU.UTF-8")],
        &["classify", "--lang=en", POSTFIX_REFUSED],
        b"",
    );
    assert!(stdout(&out).contains("likely causes"));
    // A language mfi does not speak in the environment is English, not an error.
    let out = mfi_in(
        &[("LANG", "fr_FR.UTF-8")],
        &["classify", POSTFIX_REFUSED],
        b"",
    );
    assert!(out.status.success());
    assert!(stdout(&out).contains("likely causes"));
}

#[test]
fn json_keeps_ids_and_names_and_changes_only_texts() {
    let en = json_lines(&mfi(&["classify", "--json", POSTFIX_REFUSED], b""));
    let de = json_lines(&mfi(
        &["classify", "--json", "--lang", "de", POSTFIX_REFUSED],
        b"",
    ));
    let (en, de) = (&en[0], &de[0]);
    for key in [
        "mfi_code", "severity", "reason", "origin", "causes", "chain",
    ] {
        assert_eq!(en[key], de[key], "{key}");
    }
    assert_ne!(en["title"], de["title"]);
    assert_ne!(en["meaning"], de["meaning"]);
    let ids = |d: &serde_json::Value| {
        d["remediations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| (r["id"].clone(), r["actor"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(en), ids(de));
    assert_ne!(
        en["remediations"][0]["text"], de["remediations"][0]["text"],
        "the texts are German"
    );
}

#[test]
fn errors_are_in_the_chosen_language() {
    let out = mfi(&["--lang", "de", "clasify"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("unbekannter Befehl"),
        "{}",
        stderr(&out)
    );
    let out = mfi(&["classify", "--lang", "ru", "--now", "soon"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("RFC 3339"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("is not"), "{}", stderr(&out));
    // A language mfi does not speak, asked for by name, is a usage error.
    let out = mfi(&["classify", "--lang", "fr", "x"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--lang"), "{}", stderr(&out));
}

#[test]
fn bounce_and_report_speak_the_language_too() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../testdata/messages/postfix-userunknown.eml"
    );
    let out = mfi(&["bounce", "--lang", "zh-CN", fixture], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("退信") || text.contains("原邮件"), "{text}");
    let log = format!("{POSTFIX_REFUSED}\n");
    let out = mfi(
        &["report", "--lang", "ru", "--year", "2025"],
        log.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("СОСТОЯНИЕ"), "{text}");
    assert!(text.contains("Инцидентов: 1"), "{text}");
}

#[test]
fn origin_puts_the_steps_in_that_systems_terms() {
    let ids = |args: &[&str]| -> Vec<String> {
        let out = mfi(args, b"");
        json_lines(&out)[0]["remediations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_owned())
            .collect()
    };
    // Found from the line's shape.
    let postfix = ids(&["classify", "--json", POSTFIX_REFUSED]);
    assert!(postfix.contains(&"postfix_route".to_owned()), "{postfix:?}");
    // Told: a bare wording reported by Exim, Sendmail, Microsoft 365.
    let exim = ids(&[
        "classify",
        "--json",
        "--origin",
        "exim",
        "Connection refused",
    ]);
    assert!(exim.contains(&"exim_route".to_owned()), "{exim:?}");
    let m365 = ids(&[
        "classify",
        "--json",
        "--origin",
        "exchange-online",
        "Connection refused",
    ]);
    assert!(
        m365.contains(&"allow_microsoft365_ips".to_owned()),
        "{m365:?}"
    );
    for list in [&postfix, &exim] {
        assert!(!list.iter().any(|r| r.contains("microsoft365")
            || r.contains("connector")
            || r == "fix_now_in_alert"));
    }
    let out = mfi(&["classify", "--origin", "lotus", "x"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_code_list_has_titles_in_the_language() {
    let en = stdout(&mfi(&["codes"], b""));
    let ru = stdout(&mfi(&["codes", "--lang", "ru"], b""));
    assert_eq!(en.lines().count(), ru.lines().count());
    let first = |s: &str| s.lines().next().unwrap().to_owned();
    assert!(first(&en).ends_with("DNS query failed"), "{}", first(&en));
    assert!(!first(&ru).ends_with("DNS query failed"), "{}", first(&ru));
    assert!(first(&ru).starts_with("4.4.312"));
}

#[test]
fn report_takes_the_origin_of_lines_that_do_not_name_their_program() {
    let log = b"451 4.4.0 Connection refused by mx.example.net\n";
    let events = |extra: &[&str]| {
        let mut args = vec!["report", "--events", "--format", "plain"];
        args.extend(extra);
        let out = mfi(&args, log);
        assert!(out.status.success(), "{}", stderr(&out));
        json_lines(&out)
    };
    let plain = events(&[]);
    let exim = events(&["--origin", "exim"]);
    assert_eq!(plain.len(), 1, "{plain:?}");
    let ids = |e: &serde_json::Value| e["diagnosis"]["remediations"].to_string();
    assert_eq!(exim[0]["diagnosis"]["origin"], "exim");
    assert!(ids(&exim[0]).contains("exim_route"), "{}", ids(&exim[0]));
    assert!(!ids(&plain[0]).contains("exim_route"));
}
