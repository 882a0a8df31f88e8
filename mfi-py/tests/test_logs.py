"""Tests of ``mfi.read_log`` / ``mfi.incidents`` and the ``Event`` and ``Incident`` they give,
against the fixture logs of ``testdata/logs``; their JSON equals what ``mfi report`` prints."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

import mfi

ROOT = Path(__file__).resolve().parents[2]
LOGS = ROOT / "testdata" / "logs"
UTC = dt.timezone.utc


def test_events_are_typed_and_correlated() -> None:
    events = list(mfi.read_log(LOGS / "postfix.log", year=2026))
    assert len(events) > 500
    refused = next(e for e in events if e.domain == "refused.example.net" and e.kind == "deferred")
    assert isinstance(refused, mfi.Event)
    assert refused.system == "postfix"
    assert refused.queue_id and refused.recipient and refused.recipient.endswith("@refused.example.net")
    assert refused.host == "mx1.refused.example.net"
    assert refused.ip == "192.0.2.10"
    assert isinstance(refused.time, dt.datetime) and refused.time.tzinfo is not None
    assert isinstance(refused.first_seen, dt.datetime) and refused.first_seen <= refused.time
    d = refused.diagnosis
    assert d is not None and d.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert d.queue is not None and d.queue.profile is mfi.QueueProfile.POSTFIX
    delivered = next(e for e in events if e.kind == "delivered")
    assert delivered.diagnosis is None
    diagnosis = refused.to_dict()["diagnosis"]
    assert isinstance(diagnosis, dict) and diagnosis["mfi_code"] == "4.4.316"


def test_incidents_equal_the_cli(tmp_path: Path) -> None:
    path = LOGS / "exim-mainlog"
    got = [i.to_dict() for i in mfi.incidents(mfi.read_log(path, year=2026))]
    cli = subprocess.run(
        [sys.executable, "-m", "mfi", "report", "--json", "--year", "2026", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    want = [json.loads(line) for line in cli.stdout.splitlines()]
    assert got == want
    refused = next(i for i in mfi.incidents(mfi.read_log(path, year=2026)) if i.destination == "refused.example.net")
    assert isinstance(refused, mfi.Incident)
    assert refused.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert refused.state == "resolved"
    assert refused.severity is mfi.Severity.TRANSIENT
    assert all(isinstance(c, mfi.Cause) for c in refused.causes)
    assert all(isinstance(r, mfi.RemediationId) for r in refused.remediations)
    assert refused.events >= refused.messages >= 1


@pytest.mark.parametrize(
    "name",
    ["messagetrace.csv", "messagetrace-nobom.csv", "historical-search.csv", "MSGTRK20260310-1.LOG", "postfix-rotated.log.1.gz"],
)
def test_exports_of_any_encoding_are_read(name: str) -> None:
    events = list(mfi.read_log(LOGS / name, year=2026))
    assert events and any(e.kind != "delivered" for e in events)


def test_now_and_the_window_decide_what_is_expiring() -> None:
    events = list(mfi.read_log(LOGS / "messagetrace-detail.csv"))
    late = mfi.incidents(events, now=dt.datetime(2026, 3, 11, tzinfo=UTC), within_hours=48)
    never = mfi.incidents(events, now=dt.datetime(2030, 1, 1, tzinfo=UTC), within_hours=1)
    assert sum(i.expiring for i in late) > 0
    assert sum(i.expiring for i in never) == 0


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        mfi.read_log(LOGS / "postfix.log", format="courier")
    with pytest.raises(TypeError):
        mfi.read_log(42)  # type: ignore[arg-type]
    with pytest.raises(OSError):
        list(mfi.read_log(LOGS / "no-such.log"))
    with pytest.raises(TypeError):
        mfi.incidents(["not an event"])  # type: ignore[list-item]
