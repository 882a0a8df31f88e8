"""Tests of the Python package `mfi` (run by scripts/test-all.sh after `pip install ./mfi-py`)."""

from __future__ import annotations

import datetime as dt
import enum
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import mfi

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = Path(os.environ.get("MFI_REFERENCE_DIR", ROOT.parent / "shared" / "reference"))
UTC = dt.timezone.utc
T0 = dt.datetime(2025, 1, 8, 6, 0, tzinfo=UTC)


def real_world_rows() -> list[list[str]]:
    lines = (REFERENCE / "real-world-errors.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line]


def cli() -> Path:
    """The `mfi` binary of this checkout (built if missing)."""
    exe = Path(os.environ.get("MFI_CLI", ROOT / "target" / "debug" / "mfi"))
    if not exe.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "mfi-cli"], cwd=ROOT, check=True)
    return exe


ROWS = real_world_rows()


def test_the_table_is_there() -> None:
    assert len(ROWS) == 39


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i + 1}" for i in range(len(ROWS))])
def test_real_world_row(row: list[str]) -> None:
    text, reply, status, code, match, expired = row[:6]
    d = mfi.classify(text)
    assert (d.reply_code if d.reply_code is not None else "-") == (int(reply) if reply != "-" else "-")
    assert (d.enhanced_status or "-") == status
    got = d.mfi_code.value if d.mfi_code is not None else "-"
    assert got in code.split("|")
    if match != "*":
        assert (d.mfi_match.value if d.mfi_match is not None else "-") == match
    assert d.expired is (expired == "true")


def test_to_dict_equals_the_cli_json_for_every_row() -> None:
    texts = [row[0] for row in ROWS]
    out = subprocess.run(
        [str(cli()), "classify", "--json"],
        input="\n".join(texts) + "\n",
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert len(out) == len(texts)
    for text, line in zip(texts, out):
        d = mfi.classify(text)
        assert d.to_dict() == json.loads(line)
        assert d.to_json() == line
        json.dumps(d.to_dict())  # plain JSON types only


def test_typed_attributes() -> None:
    d = mfi.classify(
        "450 4.4.316 Connection refused [Message=Socket error code 10061] "
        "[LastAttemptedServerName=mx.contoso.example] [LastAttemptedIP=192.0.2.7:25]"
    )
    assert d.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert d.mfi_code is not None and d.mfi_code.value == "4.4.316"
    # A str enum compares equal to its value (mypy --strict calls that non-overlapping).
    assert "4.4.316" == d.mfi_code  # type: ignore[comparison-overlap]
    assert d.mfi_match is mfi.MfiMatch.LITERAL
    assert d.severity is mfi.Severity.TRANSIENT
    assert d.reason is mfi.Reason.NETWORKERROR
    assert d.reply_code == 450 and d.enhanced_status == "4.4.316"
    assert d.causes[0] is mfi.Cause.CONNECTION_REFUSED
    assert all(isinstance(c, mfi.Cause) for c in d.causes)
    first = d.remediations[0]
    assert isinstance(first, mfi.Remediation)
    assert first.id is mfi.RemediationId.CHECK_DESTINATION_SERVER
    assert first.actor is mfi.Actor.DESTINATION_ADMIN
    assert "TCP port 25" in first.text
    assert d.chain[0].reply_code == 450 and d.chain[0].text == "Connection refused"
    assert d.attributes["last_attempted_ip"] == "192.0.2.7:25"
    assert d.attributes["socket_error"] == "10061"
    assert d.queue is None
    assert d.title == "Connection refused"
    assert "Diagnosis(mfi_code='4.4.316'" in repr(d)
    assert "connection_refused" in repr(d)
    assert mfi.cause_text(d.causes[0]).startswith("The destination host")


def test_diagnosis_is_frozen_and_comparable() -> None:
    d = mfi.classify("450 4.4.312 DNS query failed")
    with pytest.raises(AttributeError):
        d.reply_code = 1  # type: ignore[misc]
    assert d == mfi.classify("450 4.4.312 DNS query failed")
    assert d != mfi.classify("450 4.4.315 Connection timed out")
    assert hash(d) == hash(mfi.classify("450 4.4.312 DNS query failed"))


ENUMS = [
    mfi.MfiCode, mfi.MfiMatch, mfi.Severity, mfi.Reason, mfi.Cause, mfi.RemediationId,
    mfi.Actor, mfi.ConnectorTarget, mfi.QueueProfile, mfi.QueueState, mfi.AttrKey,
]


@pytest.mark.parametrize("cls", ENUMS, ids=[c.__name__ for c in ENUMS])
def test_enum_round_trips(cls: type[enum.Enum]) -> None:
    members = list(cls)
    assert members
    for m in members:
        assert cls(m.value) is m
        assert cls[m.name] is m
        assert str(m) == m.value == f"{m}"
        assert json.loads(json.dumps(m)) == m.value
        assert isinstance(m, str)


def test_enum_values_are_the_contract_spellings() -> None:
    sisimai = (
        "authfailure badreputation blocked contenterror delivered exceedlimit expired "
        "failedstarttls feedback filtered hasmoved hostunknown mailboxfull mailererror "
        "mesgtoobig networkerror norelaying notaccept notcompliantrfc onhold policyviolation "
        "rejected requireptr securityerror spamdetected speeding suppressed suspend "
        "syntaxerror systemerror systemfull toomanyconn undefined userunknown vacation "
        "virusdetected"
    ).split()
    assert [r.value for r in mfi.Reason] == sisimai
    assert [c.value for c in mfi.MfiCode] == [
        "4.4.312", "4.4.315", "4.4.316", "4.4.317", "4.4.318", "4.7.320",
    ]
    assert {s.value for s in mfi.Severity} == {"success", "transient", "permanent", "unknown"}
    assert {s.value for s in mfi.QueueState} == {"retrying", "expired", "bounced", "delivered"}
    assert {m.value for m in mfi.MfiMatch} == {"literal", "expired", "equivalent"}


def test_connector_target_changes_remediations() -> None:
    text = "450 4.4.316 Connection refused"
    partner = mfi.classify(text, connector=mfi.ConnectorTarget.PARTNER)
    assert partner.causes[0] is mfi.Cause.PARTNER_ERROR
    assert partner.remediations[0].actor is mfi.Actor.PARTNER
    ids = {r.id for r in partner.remediations}
    assert mfi.RemediationId.FIX_NOW_IN_ALERT not in ids
    onprem = mfi.classify(text, connector="on_premises")
    ids = {r.id for r in onprem.remediations}
    assert mfi.RemediationId.CONTACT_PARTNER not in ids
    assert mfi.RemediationId.MAKE_ACCEPTED_DOMAIN_AUTHORITATIVE in ids
    assert mfi.classify(text, connector="on-premises") == onprem


def test_queue_outcome_with_aware_datetimes() -> None:
    d = mfi.classify("450 4.4.316 Connection refused")
    now = T0 + dt.timedelta(hours=20)
    q = mfi.queue_outcome(d, mfi.QueueProfile.EXCHANGE_ONLINE, T0, now)
    assert q.state is mfi.QueueState.RETRYING
    assert q.profile is mfi.QueueProfile.EXCHANGE_ONLINE
    assert q.expires_at == T0 + dt.timedelta(hours=24)
    assert q.expires_at.tzinfo is not None
    assert q.remaining == dt.timedelta(hours=4)
    assert q.retry_window == dt.timedelta(hours=24)
    assert q.next_delay_notice is None
    after = mfi.queue_outcome(d, "exchange_online", T0, T0 + dt.timedelta(hours=24))
    assert after.state is mfi.QueueState.EXPIRED and after.remaining == dt.timedelta(0)
    # Another zone for the same instant gives the same answer.
    tokyo = dt.timezone(dt.timedelta(hours=9))
    same = mfi.queue_outcome(d, "exchange_online", T0.astimezone(tokyo), now.astimezone(tokyo))
    assert same.to_dict() == q.to_dict()
    server = mfi.queue_outcome(d, "exchange_server", T0, T0 + dt.timedelta(hours=1))
    assert server.next_delay_notice == T0 + dt.timedelta(hours=4)
    bounced = mfi.queue_outcome(mfi.classify("550 5.1.1 not found"), "postfix", T0, T0)
    assert bounced.state is mfi.QueueState.BOUNCED


def test_queue_through_classify_options() -> None:
    d = mfi.classify(
        "450 4.4.315 Connection timed out",
        profile="exchange_online_pre_2019",
        first_attempt=T0,
        now=T0 + dt.timedelta(hours=47),
    )
    assert d.queue is not None
    assert d.queue.remaining == dt.timedelta(hours=1)
    q = d.to_dict()["queue"]
    assert q == {
        "profile": "exchange_online_pre_2019",
        "retry_window_s": 172800,
        "first_attempt": "2025-01-08T06:00:00Z",
        "now": "2025-01-10T05:00:00Z",
        "expires_at": "2025-01-10T06:00:00Z",
        "remaining_s": 3600,
        "state": "retrying",
        "next_delay_notice": None,
    }
    assert d.queue.to_dict() == q


def test_bad_input() -> None:
    for bad in (None, 5, 1.5, ["450 4.4.316"], object()):
        with pytest.raises(TypeError, match="str or bytes"):
            mfi.classify(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable"):
        mfi.classify_many("450 4.4.316 x")  # a str is iterable, but one text is an error
    with pytest.raises(TypeError, match="iterable"):
        mfi.classify_many(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="str or bytes"):
        mfi.classify_many(["ok", 3])  # type: ignore[list-item]
    naive = dt.datetime(2025, 1, 1)
    with pytest.raises(mfi.TimeError, match="naive"):
        mfi.classify("x", profile="postfix", first_attempt=naive)
    with pytest.raises(ValueError):
        mfi.queue_outcome(mfi.classify("x"), "postfix", T0, naive)
    with pytest.raises(TypeError, match="datetime"):
        mfi.queue_outcome(mfi.classify("x"), "postfix", "2025-01-01", T0)  # type: ignore[arg-type]
    with pytest.raises(mfi.UnknownNameError, match="nope"):
        mfi.classify("x", profile="nope", first_attempt=T0)
    with pytest.raises(mfi.MfiError):
        mfi.classify("x", connector="mars")
    with pytest.raises(ValueError):
        mfi.queue_outcome(mfi.classify("x"), "nope", T0, T0)
    with pytest.raises(TypeError, match="first_attempt"):
        mfi.classify("x", profile="postfix")
    with pytest.raises(TypeError, match="mfi.Diagnosis"):
        mfi.queue_outcome("450 4.4.316", "postfix", T0, T0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        mfi.classify("x", connector=3)  # type: ignore[arg-type]
    assert issubclass(mfi.MfiError, ValueError)
    assert issubclass(mfi.UnknownNameError, mfi.MfiError)
    assert issubclass(mfi.TimeError, mfi.MfiError)


def test_hostile_text() -> None:
    d = mfi.classify(b"450 4.4.316 \xff\xfe Connection refused\x00 tail")
    assert d.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert "\ufffd" in d.chain[0].text
    assert "\ufffd" in d.text
    lone = mfi.classify("550 5.1.1 \ud800 not found")
    assert lone.enhanced_status == "5.1.1"
    huge = "450 4.4.316 Connection refused [Message=Socket error code 10061] " * 250_000
    assert len(huge) > 16_000_000
    big = mfi.classify(huge)
    assert big.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert mfi.classify("").severity is mfi.Severity.UNKNOWN
    assert mfi.classify(b"").reason is mfi.Reason.UNDEFINED
    assert mfi.classify("[" * 100_000).chain == []


def test_classify_many_matches_classify_in_order() -> None:
    texts: list[str | bytes] = []
    texts.extend(row[0] for row in ROWS * 20)
    texts.append(b"550 5.1.1 \xff")
    many = mfi.classify_many(texts)
    assert len(many) == len(texts)
    for t, d in zip(texts, many):
        assert d == mfi.classify(t)
    assert mfi.classify_many([]) == []
    assert mfi.classify_many(iter(["450 4.4.312 x"]))[0].mfi_code is mfi.MfiCode.DNS_QUERY_FAILED
    opts = mfi.classify_many(["450 4.4.316 x"], connector="partner")
    assert opts[0].causes[0] is mfi.Cause.PARTNER_ERROR


def test_classify_many_from_several_threads() -> None:
    texts = [row[0] for row in ROWS] * 30
    serial = [d.to_json() for d in mfi.classify_many(texts)]
    results: dict[int, list[str]] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            results[i] = [d.to_json() for d in mfi.classify_many(texts)]
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 6
    for r in results.values():
        assert r == serial


def test_codes_are_typed_records() -> None:
    records = mfi.codes()
    assert records[0].code == "4.4.312" and records[0].source == "mfi"
    assert isinstance(records[0].reason, mfi.Reason)
    assert all(isinstance(c, mfi.Cause) for r in records for c in r.causes)
    out = subprocess.run(
        [str(cli()), "codes", "--json"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert [json.loads(line)["code"] for line in out] == [r.code for r in records]
    assert any(r.code == "5.7.606-649" for r in records)
    assert mfi.__version__.count(".") == 2


def test_python_m_mfi_mirrors_the_cli() -> None:
    sample = (ROOT / "examples" / "queue-sample.log").read_bytes()
    args = [
        "classify",
        "--connector", "on-premises",
        "--profile", "exchange-online",
        "--first-attempt", "2025-03-02T06:00:00Z",
        "--now", "2025-03-02T10:00:00Z",
    ]
    for extra in ([], ["--json"]):
        ours = subprocess.run(
            [sys.executable, "-m", "mfi", *args, *extra], input=sample, capture_output=True, check=True
        ).stdout
        theirs = subprocess.run(
            [str(cli()), *args, *extra, "--color", "never"] if not extra else [str(cli()), *args, *extra],
            input=sample,
            capture_output=True,
            check=True,
            env={**os.environ, "NO_COLOR": "1"},
        ).stdout
        assert ours == theirs
    ours_codes = subprocess.run(
        [sys.executable, "-m", "mfi", "codes", "--json"], capture_output=True, check=True
    ).stdout
    theirs_codes = subprocess.run(
        [str(cli()), "codes", "--json"], capture_output=True, check=True
    ).stdout
    assert ours_codes == theirs_codes
    bad = subprocess.run(
        [sys.executable, "-m", "mfi", "classify", "--profile", "nope", "--first-attempt",
         "2025-01-01T00:00:00Z", "x"],
        capture_output=True,
    )
    assert bad.returncode == 2 and b"nope" in bad.stderr


def test_stubs_match_the_runtime() -> None:
    allowlist = ROOT / "mfi-py" / "stubtest-allowlist.txt"
    run = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "mfi", "--allowlist", str(allowlist)],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stdout + run.stderr
