"""Tests of ``mfi.read_message`` / ``mfi.read_mailbox`` and the ``Report`` they give, against
the bounce fixtures of ``testdata/messages`` and the JSON ``testdata/parity/reports.tsv``
holds (the same as ``mfi bounce --json`` and the C API give)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import mfi

ROOT = Path(__file__).resolve().parents[2]
MESSAGES = ROOT / "testdata" / "messages"
UTC = dt.timezone.utc


def parity_rows() -> list[tuple[str, str]]:
    rows = []
    for line in (ROOT / "testdata" / "parity" / "reports.tsv").read_text("utf-8").splitlines():
        if line.startswith("#") or line.startswith("file\t") or not line:
            continue
        name, want = line.split("\t", 1)
        rows.append((name, want))
    assert len(rows) >= 20
    return rows


@pytest.mark.parametrize("name,want", parity_rows())
def test_every_fixture_gives_the_shared_json(name: str, want: str) -> None:
    data = (MESSAGES / name).read_bytes()
    report = mfi.read_message(data)
    assert report.to_json() == want
    assert report.to_dict() == json.loads(want)
    assert report.source is None


def test_the_cli_prints_the_same_json_with_its_source() -> None:
    names = [n for n, _ in parity_rows()]
    paths = [str(MESSAGES / n) for n in names]
    out = subprocess.run(
        [sys.executable, "-m", "mfi", "bounce", "--json", *paths], capture_output=True, check=True
    ).stdout.decode("utf-8").splitlines()
    assert len(out) == len(paths)
    for line, path, (_, want) in zip(out, paths, parity_rows()):
        got = json.loads(line)
        assert got.pop("source") == path
        assert got == json.loads(want)
    for report, line in zip(mfi.read_mailbox(paths), out):
        assert report.to_dict() == json.loads(line)


def test_a_report_and_its_recipients() -> None:
    report = mfi.read_message((MESSAGES / "postfix-userunknown.eml").read_bytes())
    assert report.kind is mfi.ReportKind.BOUNCE
    assert report.reporting_mta == "mx1.example.net"
    assert report.arrival_date == dt.datetime(2025, 3, 3, 0, 14, 1, tzinfo=UTC)
    assert report.original["message_id"] == "q1-figures@example.net"
    assert report.original["subject"] == "Quarterly figures"
    (r,) = report.recipients
    assert r.recipient == "bo@example.org" and r.original_recipient == "bo@example.org"
    assert r.action is mfi.Action.FAILED
    assert r.status == "5.1.1" and r.reported_status == "5.1.1"
    assert r.remote_mta == "mx.example.org"
    assert r.hardbounce
    assert isinstance(r.diagnosis, mfi.Diagnosis)
    assert r.diagnosis.reason is mfi.Reason.USERUNKNOWN
    assert r.to_dict()["diagnosis"] == r.diagnosis.to_dict()
    assert "bo@example.org" in repr(r) and "userunknown" in repr(r)
    assert report == mfi.read_message((MESSAGES / "postfix-userunknown.eml").read_bytes())
    assert "bo@example.org" in report.render()


def test_rows_are_flat_one_per_recipient() -> None:
    report = mfi.read_message((MESSAGES / "exim-multi.eml").read_bytes())
    rows = report.rows()
    assert [row["recipient"] for row in rows] == [r.recipient for r in report.recipients]
    row = rows[0]
    assert row["kind"] == "bounce" and row["reason"] == "mailboxfull" and row["status"] == "5.2.2"
    assert row["original_subject"] == "Team lunch"
    assert all(not isinstance(v, (dict, list)) for v in row.values())
    assert {"severity", "mfi_code", "cause", "remediation", "actor", "queue_state"} <= row.keys()
    try:
        import pandas  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return
    frame = pandas.DataFrame(rows)
    assert list(frame["recipient"]) == [r.recipient for r in report.recipients]


def test_a_delay_notice_with_a_queue_profile() -> None:
    data = (MESSAGES / "postfix-delayed.eml").read_bytes()
    report = mfi.read_message(data, profile="exchange_online")
    (r,) = report.recipients
    assert report.kind is mfi.ReportKind.DELAY
    assert r.will_retry_until == dt.datetime(2025, 2, 11, 6, 0, tzinfo=UTC)
    q = r.diagnosis.queue
    assert q is not None and q.expires_at == r.will_retry_until
    assert r.diagnosis.severity is mfi.Severity.TRANSIENT
    fixed = mfi.read_message(
        data, profile=mfi.QueueProfile.POSTFIX,
        first_attempt=dt.datetime(2025, 2, 6, 6, 0, tzinfo=UTC),
        now=dt.datetime(2025, 2, 6, 12, 0, tzinfo=UTC),
    )
    fq = fixed.recipients[0].diagnosis.queue
    assert fq is not None and fq.now == dt.datetime(2025, 2, 6, 12, 0, tzinfo=UTC)
    assert fixed.rows()[0]["queue_state"] == "retrying"


def test_input_types_and_errors() -> None:
    data = (MESSAGES / "qmail-mailboxfull.eml").read_bytes()
    assert mfi.read_message(data.decode("utf-8")) == mfi.read_message(data)
    assert mfi.read_message(bytearray(data)) == mfi.read_message(data)
    assert mfi.read_message(memoryview(data)) == mfi.read_message(data)
    with pytest.raises(TypeError):
        mfi.read_message(42)  # type: ignore[arg-type]
    with pytest.raises(mfi.UnknownNameError):
        mfi.read_message(data, profile="nope")
    with pytest.raises(mfi.TimeError):
        mfi.read_message(data, profile="postfix", now=dt.datetime(2025, 1, 1))
    with pytest.raises(ValueError):
        mfi.read_message(data, max_message_len=0)
    assert mfi.read_message(b"").kind is mfi.ReportKind.NOT_A_REPORT
    assert mfi.read_message(b"\x00\xff" * 1000).recipients == []
    cut = mfi.read_message(data, max_message_len=10)
    assert cut.recipients == []


def test_read_mailbox_streams_an_mbox_a_folder_and_reports_bad_paths(tmp_path: Path) -> None:
    reports = list(mfi.read_mailbox(MESSAGES / "two-bounces.mbox"))
    assert [(r.source or "").rsplit("/", 1)[-1] for r in reports] == ["two-bounces.mbox#1", "two-bounces.mbox#2"]
    assert [r.kind for r in reports] == [mfi.ReportKind.BOUNCE] * 2
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    (maildir / "new" / "1.host").write_bytes((MESSAGES / "domino.eml").read_bytes())
    (found,) = list(mfi.read_mailbox(str(maildir)))
    assert found.recipients[0].recipient == "mia@notes.example.com"
    it = mfi.read_mailbox(tmp_path / "missing")
    with pytest.raises(OSError, match="missing"):
        next(it)
    with pytest.raises(TypeError):
        mfi.read_mailbox(3)  # type: ignore[arg-type]


def test_docstrings_of_the_message_functions() -> None:
    for f in (mfi.read_message, mfi.read_mailbox):
        doc = f.__doc__ or ""
        assert "Args:" in doc and "Returns:" in doc and "Raises:" in doc, f.__name__


CORPUS = ROOT.parent / "shared" / "corpus" / "sisimai" / "eml"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="Sisimai's corpus is not beside the checkout")
def test_the_corpus_reads_the_same_through_python_and_the_cli() -> None:
    """An extra that runs only where ``../shared/corpus/sisimai`` is: every message of it
    gives the same JSON through ``mfi.read_message``, ``mfi.read_mailbox`` and the CLI."""
    paths = sorted(str(p) for p in CORPUS.iterdir() if p.suffix == ".eml")
    out = subprocess.run(
        [sys.executable, "-m", "mfi", "bounce", "--json", *paths], capture_output=True, check=True
    ).stdout.decode("utf-8").splitlines()
    assert len(out) == len(paths)
    for path, line, report in zip(paths, out, mfi.read_mailbox(paths)):
        cli = json.loads(line)
        # (A file that starts with an mbox "From " line is a mailbox: "path#1".)
        source = cli.pop("source")
        assert source.split("#")[0] == path
        assert json.loads(mfi.read_message(Path(path).read_bytes()).to_json()) == cli, path
        from_mailbox = report.to_dict()
        assert from_mailbox.pop("source") == source
        assert from_mailbox == cli, path


def test_a_recipients_diagnosis_pickles_as_it_was_made() -> None:
    """The reader classifies each recipient with the origin it found for the message; a
    pickled diagnosis is made again with it (it came back with origin unknown)."""
    import pickle

    checked = 0
    for name, _ in parity_rows():
        data = (MESSAGES / name).read_bytes()
        # (With a profile, the queue is judged from the message's dates; a DSN's
        # Will-Retry-Until states the window.)
        for report in (mfi.read_message(data), mfi.read_message(data, profile="exchange_online")):
            for rec in report.recipients:
                d = rec.diagnosis
                back = pickle.loads(pickle.dumps(d))
                assert back == d, name
                assert back.origin == d.origin, name
                assert back.queue == d.queue, name
                checked += 1
    assert checked >= 40
