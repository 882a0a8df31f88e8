"""Tests of ``locale=`` and ``origin=``: the same texts as the CLI and the C library give for
the same locale, ids and names that stay English, and remediations in the reporting
system's terms."""

from __future__ import annotations

import json
import pickle
import subprocess
from pathlib import Path

import pytest

import mfi

ROOT = Path(__file__).resolve().parents[2]
POSTFIX = (
    "Mar  3 10:15:02 mx1 postfix/smtp[23817]: 4F2A81C0D3: to=<ana@example.net>, relay=none, "
    "delay=31, status=deferred (connect to mx.example.net[192.0.2.10]:25: Connection refused)"
)


@pytest.mark.parametrize("locale", ["de", "zh-CN", "ru", "de_DE.UTF-8"])
def test_texts_change_and_ids_stay(locale: str) -> None:
    en = mfi.classify(POSTFIX)
    d = mfi.classify(POSTFIX, locale=locale)
    assert d.mfi_code == en.mfi_code and d.reason == en.reason and d.origin == en.origin
    assert d.causes == en.causes
    assert [r.id for r in d.remediations] == [r.id for r in en.remediations]
    assert d.title != en.title and d.meaning != en.meaning
    assert all(a.text != b.text for a, b in zip(d.remediations, en.remediations))
    assert d.render() != en.render()


def test_the_same_texts_as_the_cli() -> None:
    exe = Path(ROOT / "target" / "debug" / "mfi")
    if not exe.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "mfi-cli"], cwd=ROOT, check=True)
    for locale in ["en", "de", "zh-CN", "ru"]:
        out = subprocess.run(
            [str(exe), "classify", "--json", "--lang", locale, POSTFIX],
            capture_output=True,
            check=True,
            env={"LANG": "C", "PATH": "/usr/bin:/bin"},
        )
        assert json.loads(out.stdout) == mfi.classify(POSTFIX, locale=locale).to_dict()
        human = subprocess.run(
            [str(exe), "classify", "--lang", locale, "--color", "never", POSTFIX],
            capture_output=True,
            check=True,
            env={"LANG": "C", "PATH": "/usr/bin:/bin"},
        )
        assert human.stdout.decode() == mfi.classify(POSTFIX, locale=locale).render()


def test_origin_and_cause_text() -> None:
    d = mfi.classify("Connection refused", origin="exim")
    assert d.origin == mfi.Origin.EXIM
    assert mfi.RemediationId.EXIM_ROUTE in [r.id for r in d.remediations]
    assert mfi.classify(POSTFIX).origin is mfi.Origin.POSTFIX
    assert mfi.classify("Connection refused", origin=mfi.Origin.EXCHANGE_ONLINE).remediations[0].actor
    assert mfi.cause_text("mailbox_full", locale="ru") != mfi.cause_text("mailbox_full")
    with pytest.raises(mfi.UnknownNameError):
        mfi.classify("x", locale="fr")
    with pytest.raises(mfi.UnknownNameError):
        mfi.classify("x", origin="lotus")


def test_pickles_keep_origin_and_locale() -> None:
    d = mfi.classify("Connection refused", origin="sendmail", locale="zh-CN")
    back = pickle.loads(pickle.dumps(d))
    assert back == d
    assert back.title == d.title and back.origin == mfi.Origin.SENDMAIL


def test_reports_and_logs_take_a_locale() -> None:
    eml = (ROOT / "testdata" / "messages" / "postfix-userunknown.eml").read_bytes()
    en = mfi.read_message(eml)
    ru = mfi.read_message(eml, locale="ru")
    assert ru.recipients[0].diagnosis.reason == en.recipients[0].diagnosis.reason
    assert ru.render() != en.render()
    de = list(mfi.read_log(ROOT / "testdata" / "logs" / "postfix.log", year=2026, locale="de"))
    failing = next(e for e in de if e.diagnosis is not None and e.diagnosis.mfi_code is not None)
    assert failing.diagnosis is not None and failing.diagnosis.title is not None
    assert failing.diagnosis.title == mfi.classify(failing.text, locale="de", origin="postfix").title


def test_read_log_takes_the_origin_of_lines_without_a_program(tmp_path: Path) -> None:
    log = tmp_path / "plain.log"
    log.write_text("451 4.4.0 Connection refused by mx.example.net\n")
    (event,) = list(mfi.read_log(log, format="plain", origin="exim"))
    assert event.diagnosis is not None
    assert event.diagnosis.origin is mfi.Origin.EXIM
    assert mfi.RemediationId.EXIM_ROUTE in [r.id for r in event.diagnosis.remediations]
    assert pickle.loads(pickle.dumps(event.diagnosis)) == event.diagnosis


def test_a_stated_severity_is_the_severity_of_a_text_that_states_none(tmp_path: Path) -> None:
    bare = "Unrouteable address"
    assert mfi.classify(bare).severity is mfi.Severity.UNKNOWN
    d = mfi.classify(bare, stated_severity="permanent")
    assert d.severity is mfi.Severity.PERMANENT
    assert mfi.classify(bare, stated_severity=mfi.Severity.PERMANENT) == d
    # A text that states a severity keeps it.
    coded = mfi.classify("451 4.3.0 Try again later", stated_severity="permanent")
    assert coded.severity is mfi.Severity.TRANSIENT
    back = pickle.loads(pickle.dumps(d))
    assert back == d and back.severity is mfi.Severity.PERMANENT
    many = mfi.classify_many([bare] * 300, stated_severity="transient")
    assert {x.severity for x in many} == {mfi.Severity.TRANSIENT}
    with pytest.raises(mfi.UnknownNameError):
        mfi.classify(bare, stated_severity="fatal")
    # A log's own verdict is stated for its lines, and kept when a diagnosis is pickled.
    log = tmp_path / "mainlog"
    log.write_text("2025-01-08 10:00:00 1tXyZa-000abc-AB ** kim@nowhere.example: Unrouteable address\n")
    (event,) = list(mfi.read_log(log))
    assert event.diagnosis is not None
    assert event.diagnosis.severity is mfi.Severity.PERMANENT
    assert pickle.loads(pickle.dumps(event.diagnosis)) == event.diagnosis
    assert pickle.loads(pickle.dumps(event.diagnosis)).severity is mfi.Severity.PERMANENT


def test_a_stated_severity_leaves_an_empty_text_unknown() -> None:
    (none,) = mfi.classify_many([None], errors="unknown", stated_severity="permanent")
    assert none.severity is mfi.Severity.UNKNOWN
    assert mfi.classify("  ", stated_severity="transient").severity is mfi.Severity.UNKNOWN
