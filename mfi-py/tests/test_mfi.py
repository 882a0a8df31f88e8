"""Tests of the Python package ``mfi`` (run by scripts/test-all.sh after ``pip install ./mfi-py``).

Everything they read is in the repository: ``testdata/`` (the parity files written by the
core) and ``examples/``.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import math
import os
import pickle
import subprocess
import sys
import threading
from importlib import metadata
from pathlib import Path
from typing import Any, Optional

import pytest

import mfi

ROOT = Path(__file__).resolve().parents[2]
TESTDATA = ROOT / "testdata"
UTC = dt.timezone.utc
T0 = dt.datetime(2025, 1, 8, 6, 0, tzinfo=UTC)


def unescape(cell: str) -> bytes:
    """The inverse of mfi-testdata's escape: \\\\ \\t \\n \\r \\xHH."""
    out = bytearray()
    raw = cell.encode("utf-8")
    i = 0
    while i < len(raw):
        c = raw[i]
        if c != 0x5C or i + 1 == len(raw):
            out.append(c)
            i += 1
            continue
        nxt = chr(raw[i + 1])
        if nxt == "x":
            out.append(int(raw[i + 2 : i + 4].decode(), 16))
            i += 4
            continue
        out.extend({"\\": b"\\", "t": b"\t", "n": b"\n", "r": b"\r"}[nxt])
        i += 2
    return bytes(out)


def table(name: str) -> list[dict[str, str]]:
    lines = [
        line
        for line in (TESTDATA / f"{name}.tsv").read_text("utf-8").split("\n")
        if line and not line.startswith("#")
    ]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"))) for line in lines[1:]]


def option_sets() -> dict[str, dict[str, Any]]:
    sets: dict[str, dict[str, Any]] = {}
    for row in table("parity/options"):
        o: dict[str, Any] = {}
        if row["connector"] != "-":
            o["connector"] = row["connector"]
        if row["profile"] != "-":
            o["profile"] = row["profile"]
            o["first_attempt"] = dt.datetime.fromisoformat(row["first_attempt"].replace("Z", "+00:00"))
            o["now"] = dt.datetime.fromisoformat(row["now"].replace("Z", "+00:00"))
        if row["max_len"] != "-":
            o["max_len"] = int(row["max_len"])
        if row["origin"] != "-":
            o["origin"] = row["origin"]
        if row["locale"] != "-":
            o["locale"] = row["locale"]
        if row["stated"] != "-":
            o["stated_severity"] = row["stated"]
        sets[row["name"]] = o
    return sets


SETS = option_sets()
CASES = [(row["options"], unescape(row["text"])) for row in table("parity/inputs")]
EXPECTED = (TESTDATA / "parity" / "expected.jsonl").read_text("utf-8").splitlines()
REAL_WORLD = [row["text"] for row in table("real-world")]


def cli() -> Path:
    """The `mfi` binary of this checkout (built if missing)."""
    exe = Path(os.environ.get("MFI_CLI", ROOT / "target" / "debug" / "mfi"))
    if not exe.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "mfi-cli"], cwd=ROOT, check=True)
    return exe


def as_json(value: Any) -> Any:
    """A property's value in the contract's JSON form."""
    if value is None or isinstance(value, (bool, int)):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    return value.to_dict()


# ---------------------------------------------------------------------------------------
# Parity with the core: the expected output file, through every property.


def test_parity_files_line_up() -> None:
    assert len(CASES) == len(EXPECTED) > 500
    assert {name for name, _ in CASES} == set(SETS)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[f"case{i + 1}" for i in range(len(CASES))])
def test_parity_case(i: int) -> None:
    name, text = CASES[i]
    want = json.loads(EXPECTED[i])
    d = mfi.classify(text, **SETS[name])
    assert d.to_json() == EXPECTED[i]
    assert d.to_dict() == want
    # The same object, built from the typed properties alone.
    rebuilt = {f: as_json(getattr(d, f)) for f in mfi.CONTRACT_FIELDS}
    if rebuilt["queue"] is None:
        del rebuilt["queue"]
    assert rebuilt == want


FIELD_LISTS = [["mfi_code", "reason", "severity"], ["queue", "chain", "attributes"], list(reversed(mfi.CONTRACT_FIELDS))]


def test_fields_are_the_full_objects_members_in_the_order_asked() -> None:
    """``to_json(fields=)``/``to_dict(fields=)`` on every parity case: the members asked
    for, in that order, with the full object's values (``queue`` only with a profile)."""
    for (name, text), full in zip(CASES, EXPECTED):
        want = json.loads(full)
        d = mfi.classify(text, **SETS[name])
        for fields in FIELD_LISTS:
            members = [(f, want[f]) for f in fields if f in want]
            got = json.loads(d.to_json(fields=fields))  # (a dict keeps the order read)
            assert list(got.items()) == members, (name, fields)
            assert list(d.to_dict(fields).items()) == members
            assert ("queue" in d.to_dict(fields)) == ("queue" in fields and "profile" in SETS[name])


def test_fields_errors() -> None:
    d = mfi.classify("450 4.4.316 Connection refused")
    assert d.to_json(fields=("severity",)) == '{"severity":"transient"}'
    assert d.to_json(fields=None) == d.to_json()
    with pytest.raises(mfi.UnknownNameError, match='unknown field "code".*mfi_code'):
        d.to_json(fields=["code"])
    with pytest.raises(ValueError, match="twice"):
        d.to_dict(fields=["reason", "reason"])
    with pytest.raises(ValueError, match="no fields"):
        d.to_json(fields=[])
    with pytest.raises(TypeError, match="sequence of field names"):
        d.to_json(fields="reason")
    with pytest.raises(TypeError, match="not int"):
        d.to_json(fields=["reason", 3])  # type: ignore[list-item]


def test_every_contract_field_is_a_documented_property_and_in_the_stub() -> None:
    d = mfi.classify("450 4.4.316 Connection refused", profile="postfix", first_attempt=T0, now=T0)
    assert list(d.to_dict()) == list(mfi.CONTRACT_FIELDS)
    stub = (ROOT / "mfi-py" / "python" / "mfi" / "_mfi.pyi").read_text("utf-8")
    for f in mfi.CONTRACT_FIELDS:
        prop = inspect.getattr_static(mfi.Diagnosis, f)
        assert prop.__doc__ and len(prop.__doc__) > 20, f
        assert f"    def {f}(self)" in stub, f
    assert mfi.CONTRACT_VERSION.count(".") == 1


def test_classify_many_of_a_file_equals_the_cli(tmp_path: Path) -> None:
    """``classify_many(open(path, "rb"))`` keeps no line ends: it equals ``mfi classify --json``."""
    path = tmp_path / "mixed.log"
    lines = [row["text"] for row in table("cases")] + REAL_WORLD
    path.write_bytes(b"".join(t.encode() + (b"\r\n" if i % 3 == 0 else b"\n") for i, t in enumerate(lines)))
    with open(path, "rb") as f:
        ours = [d.to_dict() for d in mfi.classify_many(f)]
    with open(path, "rb") as f:
        out = subprocess.run([str(cli()), "classify", "--json"], stdin=f, capture_output=True, check=True)
    theirs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(ours) == len(theirs) == len(lines)
    assert ours == theirs
    with open(path, encoding="utf-8", newline="") as f:
        assert [d.to_dict() for d in mfi.classify_many(f)] == theirs


# ---------------------------------------------------------------------------------------
# The API


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
    assert d.meaning is not None and "TCP" in d.meaning
    assert d.truncated is False
    assert "Diagnosis(mfi_code='4.4.316'" in repr(d)
    assert "connection_refused" in repr(d)
    assert mfi.cause_text(d.causes[0]).startswith("The destination host")


def test_results_are_frozen_compare_by_value_and_hash() -> None:
    d = mfi.classify("450 4.4.312 DNS query failed")
    with pytest.raises(AttributeError):
        d.reply_code = 1  # type: ignore[misc]
    assert d == mfi.classify("450 4.4.312 DNS query failed")
    assert d != mfi.classify("450 4.4.315 Connection timed out")
    assert d != mfi.classify("450 4.4.312 DNS query failed", connector="partner")
    assert hash(d) == hash(mfi.classify("450 4.4.312 DNS query failed"))
    assert d.chain[0] == mfi.classify("450 4.4.312 DNS query failed").chain[0]
    assert len({d.remediations[0], mfi.classify("450 4.4.312 x").remediations[0]}) == 1


def test_results_pickle() -> None:
    for name, text in CASES[::7]:
        d = mfi.classify(text, **SETS[name])
        back = pickle.loads(pickle.dumps(d))
        assert back == d
        assert back.to_json() == d.to_json()
        assert back.text == d.text and back.truncated == d.truncated
        for part in [*d.remediations, *d.chain, *([d.queue] if d.queue else [])]:
            assert pickle.loads(pickle.dumps(part)) == part
    records = mfi.codes()
    assert pickle.loads(pickle.dumps(records)) == records
    # Line ends and cuts survive the round trip exactly.
    for d in (mfi.classify("550\n\n"), mfi.classify("550 5.1.1 user", max_len=5)):
        back = pickle.loads(pickle.dumps(d))
        assert back == d and back.text == d.text and back.truncated == d.truncated


def test_results_cross_processes() -> None:
    import multiprocessing

    texts = REAL_WORLD[:8]
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        remote = pool.map(mfi.classify, texts)
    assert remote == [mfi.classify(t) for t in texts]


ENUMS = [
    mfi.MfiCode, mfi.MfiMatch, mfi.Severity, mfi.Reason, mfi.Cause, mfi.RemediationId,
    mfi.Actor, mfi.ConnectorTarget, mfi.QueueProfile, mfi.QueueState, mfi.AttrKey,
]


@pytest.mark.parametrize("cls", ENUMS, ids=[c.__name__ for c in ENUMS])
def test_enum_round_trips(cls: type[enum.Enum]) -> None:
    members = list(cls)
    assert members
    assert cls.__doc__
    for m in members:
        assert cls(m.value) is m
        assert cls[m.name] is m
        assert str(m) == m.value == f"{m}"
        assert json.loads(json.dumps(m)) == m.value
        assert isinstance(m, str)
        assert pickle.loads(pickle.dumps(m)) is m


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
    assert q.remaining == dt.timedelta(hours=4) and q.remaining_s == 4 * 3600
    assert q.retry_window == dt.timedelta(hours=24) and q.retry_window_s == 86400
    assert q.next_delay_notice is None
    after = mfi.queue_outcome(d, "exchange_online", T0, T0 + dt.timedelta(hours=24))
    assert after.state is mfi.QueueState.EXPIRED and after.remaining == dt.timedelta(0)
    # Another zone for the same instant gives the same answer.
    tokyo = dt.timezone(dt.timedelta(hours=9))
    same = mfi.queue_outcome(d, "exchange_online", T0.astimezone(tokyo), now.astimezone(tokyo))
    assert same == q and same.to_dict() == q.to_dict()
    server = mfi.queue_outcome(d, "exchange_server", T0, T0 + dt.timedelta(hours=1))
    assert server.next_delay_notice == T0 + dt.timedelta(hours=4)
    bounced = mfi.queue_outcome(mfi.classify("550 5.1.1 not found"), "postfix", T0, T0)
    assert bounced.state is mfi.QueueState.BOUNCED


def test_bad_input_names_what_is_wrong() -> None:
    for bad in (None, 5, 1.5, ["450 4.4.316"], object()):
        with pytest.raises(TypeError, match="str or bytes"):
            mfi.classify(bad)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="iterable"):
        mfi.classify_many("450 4.4.316 x")  # a str is iterable, but one text is an error
    with pytest.raises(TypeError, match="iterable"):
        mfi.classify_many(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"texts\[1\] must be str or bytes, not int"):
        mfi.classify_many(["ok", 3])
    with pytest.raises(TypeError, match=r"texts\[2\].*NoneType.*errors=\"unknown\""):
        mfi.classify_many(["ok", b"ok", None])
    with pytest.raises(ValueError, match="errors"):
        mfi.classify_many(["ok"], errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_len"):
        mfi.classify("x", max_len=0)
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
    with pytest.raises(TypeError, match="first_attempt"):
        mfi.classify("x", profile="postfix")
    with pytest.raises(TypeError, match="mfi.Diagnosis"):
        mfi.queue_outcome("450 4.4.316", "postfix", T0, T0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        mfi.classify("x", connector=3)  # type: ignore[arg-type]
    assert issubclass(mfi.MfiError, ValueError)
    assert issubclass(mfi.UnknownNameError, mfi.MfiError)
    assert issubclass(mfi.TimeError, mfi.MfiError)


def test_missing_values_can_be_unknown_diagnoses() -> None:
    class NAType:  # what pandas.NA's type is called
        pass

    column: list[Any] = ["550 5.1.1 User unknown", None, math.nan, float("nan"), NAType(), b"450 4.4.316 x"]
    got = mfi.classify_many(column, errors="unknown")
    unknown = mfi.classify("")
    assert got[0].reason is mfi.Reason.USERUNKNOWN
    assert got[1:5] == [unknown] * 4
    assert got[1].severity is mfi.Severity.UNKNOWN and got[1].reason is mfi.Reason.UNDEFINED
    assert got[5].mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        mfi.classify_many([b"x", 7], errors="unknown")


def test_line_ends_and_long_texts() -> None:
    for text in ("550\r\n", "550\n", "550\r", b"550\r\n"):
        d = mfi.classify(text)
        assert d.reply_code == 550 and d.severity is mfi.Severity.PERMANENT and d.text == "550"
    assert mfi.classify("550 5.1.1 User unknown\r\n\r\n").text == "550 5.1.1 User unknown\r\n"
    short = mfi.classify("550 5.1.1 User unknown", max_len=9)
    assert short.truncated and short.text == "550 5.1.1" and short.enhanced_status == "5.1.1"
    assert mfi.DEFAULT_MAX_LEN == 1 << 20
    huge = "450 4.4.316 Connection refused [Message=Socket error code 10061] " * 250_000
    big = mfi.classify(huge)
    assert big.truncated and len(big.text) <= mfi.DEFAULT_MAX_LEN
    assert big.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert not mfi.classify(huge, max_len=len(huge)).truncated


def test_hostile_text() -> None:
    d = mfi.classify(b"450 4.4.316 \xff\xfe Connection refused\x00 tail")
    assert d.mfi_code is mfi.MfiCode.CONNECTION_REFUSED
    assert "\ufffd" in d.chain[0].text
    assert "\ufffd" in d.text
    lone = mfi.classify("550 5.1.1 \ud800 not found")
    assert lone.enhanced_status == "5.1.1"
    assert mfi.classify("").severity is mfi.Severity.UNKNOWN
    assert mfi.classify(b"").reason is mfi.Reason.UNDEFINED
    assert mfi.classify("[" * 100_000).chain == []
    report = mfi.classify("450 4.4.316 x [Message=\x1b[31m\x07\rboo]").render(1, color=False)
    assert "\x1b" not in report and "\x07" not in report and "\r" not in report


def test_classify_many_matches_classify_in_order() -> None:
    texts: list[str | bytes] = []
    texts.extend(REAL_WORLD * 20)
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
    texts = REAL_WORLD * 30
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


# ---------------------------------------------------------------------------------------
# Documentation and packaging


PUBLIC = [getattr(mfi, name) for name in mfi.__all__ if callable(getattr(mfi, name))]


@pytest.mark.parametrize("obj", PUBLIC, ids=[getattr(o, "__name__", "?") for o in PUBLIC])
def test_every_public_callable_has_a_docstring(obj: Any) -> None:
    doc = inspect.getdoc(obj)
    assert doc and len(doc) > 30, obj
    if inspect.isbuiltin(obj) or inspect.isfunction(obj):
        assert ">>>" in doc, f"{obj.__name__} has no example"


def test_function_docstrings_name_parameters_returns_and_raises() -> None:
    for f in (mfi.classify, mfi.classify_many, mfi.queue_outcome):
        doc = inspect.getdoc(f) or ""
        assert "Args:" in doc and "Returns:" in doc and "Raises:" in doc, f.__name__
    assert "first_attempt" in (inspect.getdoc(mfi.classify) or "")
    help_text = subprocess.run(
        [sys.executable, "-c", "import mfi; help(mfi.classify)"],
        capture_output=True, text=True, check=True, env={**os.environ, "PAGER": "cat"},
    ).stdout
    assert "max_len" in help_text and "Raises" in help_text


def test_docstring_examples_run() -> None:
    import doctest

    for obj in [mfi, *PUBLIC]:
        finder = doctest.DocTestFinder(recurse=False)
        for test in finder.find(obj, globs={"mfi": mfi}):
            result = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS).run(test, out=lambda s: None)
            assert result.failed == 0, f"doctest of {test.name} failed"


def test_wheel_metadata() -> None:
    meta = metadata.metadata("mfi")
    assert meta["Name"] == "mfi"
    assert meta["Version"] == mfi.__version__
    assert meta.get_all("License-Expression") == ["MIT OR Apache-2.0"]
    assert "Typing :: Typed" in meta.get_all("Classifier", [])
    urls = meta.get_all("Project-URL", [])
    assert urls and not any("example.invalid" in u for u in urls)
    files = {str(f) for f in metadata.files("mfi") or []}
    assert any(f.endswith("LICENSE-MIT") for f in files), files
    assert any(f.endswith("LICENSE-APACHE") for f in files)
    assert any(f.endswith("py.typed") for f in files)
    cargo = (ROOT / "Cargo.toml").read_text("utf-8")
    repo = next(line.split('"')[1] for line in cargo.splitlines() if line.startswith("repository"))
    assert any(repo in u for u in urls), (repo, urls)


# ---------------------------------------------------------------------------------------
# python -m mfi is the mfi command


def run_both(args: list[str], stdin: Optional[bytes] = None) -> tuple[subprocess.CompletedProcess[bytes], subprocess.CompletedProcess[bytes]]:
    env = {**os.environ, "NO_COLOR": "1"}
    ours = subprocess.run([sys.executable, "-m", "mfi", *args], input=stdin, capture_output=True, env=env)
    theirs = subprocess.run([str(cli()), *args], input=stdin, capture_output=True, env=env)
    return ours, theirs


@pytest.mark.parametrize(
    "args",
    [
        ["classify", "--connector", "on-premises", "--profile", "exchange-online",
         "--first-attempt", "2025-03-02T06:00:00Z", "--now", "2025-03-02T10:00:00Z"],
        ["classify", "--json", "--max-line-bytes", "40"],
        ["classify", "--json", "--profile", "postfix", "--first-attempt", "2025-03-02T06:00:00+02:00",
         "--now", "2025-03-09T06:00:00.5Z"],
        ["classify", "--json", "550\r\n", "450 4.4.316 x"],
        ["codes", "--json"],
        ["codes"],
        ["--help"],
        ["classify", "--help"],
        ["--version"],
        ["classify", "--profile", "nope", "--first-attempt", "2025-01-01T00:00:00Z", "x"],
        ["classify", "--first-attempt", "yesterday", "--profile", "postfix"],
        ["classify", "--now", "2025-01-01T00:00:00Z"],
        ["classify", "--bogus"],
        ["frobnicate"],
        [],
    ],
)
def test_python_m_mfi_is_the_mfi_command(args: list[str]) -> None:
    sample = (ROOT / "examples" / "queue-sample.log").read_bytes() + b"\x1b[31m550 5.1.1 x\r\n"
    ours, theirs = run_both(args, sample)
    assert ours.returncode == theirs.returncode
    assert ours.stdout == theirs.stdout
    assert ours.stderr == theirs.stderr


def test_python_m_mfi_on_a_full_disk_has_no_traceback() -> None:
    for args in (["--help"], ["classify", "--json", "450 4.4.316 x"], ["codes"]):
        with open("/dev/full", "wb") as full:
            ours = subprocess.run([sys.executable, "-m", "mfi", *args], stdout=full, stderr=subprocess.PIPE)
        assert ours.returncode == 1, args
        assert b"Traceback" not in ours.stderr
        assert ours.stderr.startswith(b"mfi: "), ours.stderr


def test_the_console_script_is_installed() -> None:
    exe = Path(sys.executable).parent / "mfi"
    assert exe.exists()
    out = subprocess.run([str(exe), "--version"], capture_output=True, check=True)
    assert out.stdout == f"mfi {mfi.__version__}\n".encode()


def test_readme_python_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```python\n")[1:]]
    assert blocks, "the README has Python examples"
    monkeypatch.chdir(ROOT)
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
