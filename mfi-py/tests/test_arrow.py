"""Tests of ``mfi.classify_arrow`` and ``mfi.ARROW_SCHEMA``: every column of every row equals
the contract's JSON, for every kind of Arrow input (pyarrow, Polars, pandas, the PyCapsule
interface). Needs pyarrow; the Polars and pandas inputs are skipped when those are missing
unless ``MFI_REQUIRE_ENGINES=1`` (as scripts/test-all.sh sets)."""

from __future__ import annotations

import datetime as dt
import json
import os
from types import ModuleType
from typing import Any

import pytest

import mfi
from test_mfi import CASES, EXPECTED, REAL_WORLD, SETS, TESTDATA

pa: Any = pytest.importorskip("pyarrow")


def engine(name: str) -> Any:
    """An optional engine module: skipped when missing, unless the run requires engines."""
    if os.environ.get("MFI_REQUIRE_ENGINES") == "1":
        module: ModuleType = __import__(name)
        return module
    return pytest.importorskip(name)


def as_contract(row: dict[str, Any]) -> dict[str, Any]:
    """An Arrow row (``to_pylist``) in the contract's JSON form: the queue's timestamps as
    RFC 3339, attributes without the keys the text does not have, no queue unless asked."""
    out = dict(row)
    out["attributes"] = {k: v for k, v in row["attributes"].items() if v is not None}
    q = row["queue"]
    if q is None:
        del out["queue"]
    else:
        out["queue"] = {
            k: v.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            if isinstance(v, dt.datetime)
            else v
            for k, v in q.items()
        }
    return out


def test_the_schema_is_the_contract() -> None:
    schema = mfi.ARROW_SCHEMA
    assert isinstance(schema, pa.Schema)
    assert schema.names == list(mfi.CONTRACT_FIELDS)
    assert schema.metadata[b"mfi.contract"] == mfi.CONTRACT_VERSION.encode()
    assert schema.field("reason").metadata[b"mfi.vocabulary"] == b"Reason"
    # Spark has no unsigned integers: none anywhere, however deep.
    assert "uint" not in str(schema)
    assert schema.field("reply_code").type == pa.int32()
    assert schema.field("queue").type.field("first_attempt").type == pa.timestamp("us", tz="UTC")
    assert mfi.ARROW_SCHEMA is schema  # built once


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_row_equals_the_contract_json(name: str) -> None:
    mine = [i for i, (n, _) in enumerate(CASES) if n == name]
    texts = pa.array([CASES[i][1] for i in mine], type=pa.binary())
    rows = mfi.classify_arrow(texts, **SETS[name])
    assert isinstance(rows, pa.StructArray)
    assert rows.type == pa.struct(list(mfi.ARROW_SCHEMA))
    for i, row in zip(mine, rows.to_pylist()):
        assert as_contract(row) == json.loads(EXPECTED[i]), CASES[i][1]


def test_equals_classify_many_on_the_real_world_lines() -> None:
    rows = mfi.classify_arrow(pa.array(REAL_WORLD))
    want = [d.to_dict() for d in mfi.classify_many(REAL_WORLD)]
    assert [as_contract(r) for r in rows.to_pylist()] == want


TEXTS = ["450 4.4.316 Connection refused", None, "550 5.1.1 <a@example.net>: User unknown", ""]


def expected_rows() -> Any:
    return mfi.classify_arrow(pa.array(TEXTS, type=pa.string()))


@pytest.mark.parametrize(
    "arrow_type", ["string", "large_string", "string_view", "binary", "large_binary"]
)
def test_every_string_and_binary_type(arrow_type: str) -> None:
    if not hasattr(pa, arrow_type):
        pytest.skip(f"pyarrow {pa.__version__} has no {arrow_type}")
    texts = pa.array(TEXTS, type=getattr(pa, arrow_type)())
    assert mfi.classify_arrow(texts).equals(expected_rows())


def test_inputs_in_many_shapes() -> None:
    want = expected_rows()
    chunked = pa.chunked_array([TEXTS[:1], [], TEXTS[1:]], type=pa.string())
    for texts in [
        chunked,
        TEXTS,  # a sequence: pyarrow makes the array
        tuple(TEXTS),
        pa.table({"line": TEXTS}),  # a table of one column
        pa.RecordBatch.from_arrays([pa.array(TEXTS)], names=["line"]),
        pa.array(["x", *TEXTS, "y"]).slice(1, len(TEXTS)),  # an offset into shared buffers
    ]:
        assert mfi.classify_arrow(texts).equals(want), type(texts)


def test_polars_series() -> None:
    pl = engine("polars")
    series = pl.Series("line", TEXTS)  # exported as string_view
    assert mfi.classify_arrow(series).equals(expected_rows())
    frame = pl.from_arrow(pa.RecordBatch.from_struct_array(mfi.classify_arrow(series)))
    assert frame["mfi_code"].to_list() == ["4.4.316", None, None, None]


def test_pandas_arrow_strings() -> None:
    pd = engine("pandas")
    series = pd.Series(TEXTS, dtype=pd.ArrowDtype(pa.string()))
    rows = mfi.classify_arrow(series)
    assert rows.equals(expected_rows())
    frame = pa.RecordBatch.from_struct_array(rows).to_pandas(types_mapper=pd.ArrowDtype)
    assert list(frame.columns) == list(mfi.CONTRACT_FIELDS)
    assert frame["reason"].tolist()[2] == "userunknown"
    assert mfi.classify_arrow(series.array).equals(rows)  # __arrow_array__


def test_categorical_texts_are_their_values_rows() -> None:
    # A dictionary-encoded column (pyarrow, a Polars Categorical, a Parquet column read
    # with read_dictionary): the rows of its values, each distinct text classified once.
    lines = REAL_WORLD * 50 + [None]
    want = mfi.classify_arrow(pa.array(lines, type=pa.string()))
    encoded = pa.array(lines, type=pa.string()).dictionary_encode()
    assert pa.types.is_dictionary(encoded.type)
    assert mfi.classify_arrow(encoded).equals(want)
    chunked = pa.chunked_array([encoded[:700], encoded[700:]])
    assert mfi.classify_arrow(chunked, threads=2).equals(want)
    pl = engine("polars")
    series = pl.Series("line", lines, dtype=pl.Categorical)
    assert mfi.classify_arrow(series).equals(want)
    with pytest.raises(TypeError, match="not Dictionary"):
        mfi.classify_arrow(pa.array([1, 2, 1]).dictionary_encode())


def test_nulls_are_null_rows() -> None:
    rows = expected_rows()
    assert rows.null_count == 1 and not rows[1].is_valid
    batch = pa.RecordBatch.from_struct_array(rows)
    assert all(batch.column(c)[1].as_py() is None for c in range(batch.num_columns))
    assert mfi.classify_arrow(pa.nulls(3)).null_count == 3
    # An empty text is a text: the unknown diagnosis, not a null.
    assert rows[3].is_valid and rows.field("severity")[3].as_py() == "unknown"


def test_bytes_that_are_not_utf8() -> None:
    rows = mfi.classify_arrow(pa.array([b"450 4.4.316 Connection refused\xff\x00"]))
    assert rows.field("mfi_code")[0].as_py() == "4.4.316"
    chain = rows.field("chain")[0].as_py()
    assert chain[0]["text"].startswith("Connection refused\ufffd")


def test_threads_and_chunks_keep_the_order() -> None:
    lines = REAL_WORLD * 20
    one = mfi.classify_arrow(pa.array(lines), threads=1)
    chunks = pa.chunked_array([lines[i : i + 777] for i in range(0, len(lines), 777)])
    for threads in (2, 3, 16):
        assert mfi.classify_arrow(chunks, threads=threads).equals(one)


def test_rows_unjoined_are_a_chunked_array_of_the_same_rows() -> None:
    lines = REAL_WORLD * 100
    one = mfi.classify_arrow(pa.array(lines), threads=1)
    for threads in (1, 2, 3):
        parts = mfi.classify_arrow(pa.array(lines), threads=threads, rechunk=False)
        assert isinstance(parts, pa.ChunkedArray)
        # One chunk a thread, in order (3,900 rows: each thread takes 1,024 or more).
        assert parts.num_chunks == threads
        assert parts.combine_chunks().equals(one)
    few = mfi.classify_arrow(lines, columns=["reason"], threads=2, rechunk=False)
    assert few.combine_chunks().equals(mfi.classify_arrow(lines, columns=["reason"]))
    empty = mfi.classify_arrow(pa.array([], pa.string()), rechunk=False)
    assert isinstance(empty, pa.ChunkedArray) and len(empty) == 0
    assert empty.type == mfi.classify_arrow(pa.array([], pa.string())).type
    # The fixture messages (reports with recipients, and others), enough for two threads.
    messages = [m.read_bytes() for m in MESSAGES] * 2
    joined = mfi.read_messages_arrow(messages, threads=2)
    chunked = mfi.read_messages_arrow(messages, threads=2, rechunk=False)
    assert isinstance(chunked, pa.ChunkedArray) and chunked.num_chunks == 2
    assert joined.field("recipient").null_count < len(joined) // 2
    assert chunked.combine_chunks().equals(joined)


@pytest.mark.skipif(
    os.environ.get("MFI_BIG_TESTS") != "1",
    reason="several GB of memory: set MFI_BIG_TESTS=1",
)
def test_rows_past_one_array_come_as_a_chunked_array() -> None:
    """8,000,000 lines: the remediations' sentences alone are ~2.3 GB, more than one array's
    32-bit offsets reach, so the rows come in parts (as ``pyarrow.array`` gives too much data)
    instead of the join failing."""
    lines = (TESTDATA / "bench" / "mix-1000.txt").read_text().splitlines()
    texts = pa.chunked_array([pa.array(lines * 1000)] * 8)
    rows = mfi.classify_arrow(texts, columns=["mfi_code", "remediations"])
    assert isinstance(rows, pa.ChunkedArray)
    assert len(rows) == 8_000_000 and rows.num_chunks > 1
    small = mfi.classify_arrow(pa.array(lines), columns=["mfi_code", "remediations"])
    for block in (0, 3999, 7999):
        assert rows.slice(block * 1000, 1000).combine_chunks().equals(small), block


def test_chosen_columns_are_those_of_the_full_rows() -> None:
    lines = REAL_WORLD * 10
    full = mfi.classify_arrow(pa.array(lines), threads=1)
    for columns in (["mfi_code"], ["queue", "reason", "remediations", "causes"]):
        for threads in (1, 2):
            rows = mfi.classify_arrow(pa.array(lines), columns=columns, threads=threads)
            assert [f.name for f in rows.type] == columns
            for name in columns:
                assert rows.field(name).equals(full.field(name)), name
            assert rows.type == pa.struct([mfi.ARROW_SCHEMA.field(n) for n in columns])
    # Any sequence of names; members of a tuple as well as a list.
    rows = mfi.classify_arrow(pa.array(["550 5.1.1 User unknown", None]), columns=("reason",))
    assert rows.to_pylist() == [{"reason": "userunknown"}, None]


def test_arrow_schema_of_columns() -> None:
    assert mfi.arrow_schema() == mfi.ARROW_SCHEMA
    assert mfi.arrow_schema().metadata == mfi.ARROW_SCHEMA.metadata
    s = mfi.arrow_schema(["causes", "reply_code"])
    assert s.names == ["causes", "reply_code"]
    assert s.field("causes") == mfi.ARROW_SCHEMA.field("causes")
    assert s.metadata == mfi.ARROW_SCHEMA.metadata
    with pytest.raises(mfi.UnknownNameError):
        mfi.arrow_schema(["nope"])
    with pytest.raises(ValueError, match="twice"):
        mfi.arrow_schema(["reason", "reason"])


def test_messages_with_diagnoses_of_chosen_columns() -> None:
    bounce = (
        b"From: MAILER-DAEMON@mx.example.jp\r\nSubject: failure notice\r\n\r\n"
        b"<kijitora@example.org>:\r\nRemote host said: 550 5.1.1 User unknown\r\n"
    )
    messages = pa.array([bounce, None, b"Subject: hi\r\n\r\nhello\r\n"])
    full = mfi.read_messages_arrow(messages)
    few = mfi.read_messages_arrow(messages, diagnosis_columns=["reason", "causes"])
    assert few.type == pa.struct(mfi.arrow_schema(["reason", "causes"], messages=True))
    assert few.type.names == full.type.names
    for name in full.type.names:
        if name != "diagnosis":
            assert few.field(name).equals(full.field(name)), name
    d, want = few.field("diagnosis"), full.field("diagnosis")
    assert d.type.names == ["reason", "causes"]
    assert d.field("reason").equals(want.field("reason"))
    assert d.field("causes").equals(want.field("causes"))
    assert mfi.arrow_schema(messages=True) == mfi.MESSAGE_ARROW_SCHEMA
    with pytest.raises(mfi.UnknownNameError):
        mfi.read_messages_arrow(messages, diagnosis_columns=["recipient"])


def test_bad_columns_are_a_clear_error() -> None:
    with pytest.raises(mfi.UnknownNameError, match='unknown column "code".*mfi_code'):
        mfi.classify_arrow(TEXTS, columns=["code"])
    with pytest.raises(ValueError, match="asked for twice"):
        mfi.classify_arrow(TEXTS, columns=["reason", "reason"])
    with pytest.raises(ValueError, match="no columns"):
        mfi.classify_arrow(TEXTS, columns=[])
    with pytest.raises(TypeError, match="sequence of field names, not str"):
        mfi.classify_arrow(TEXTS, columns="reason")
    with pytest.raises(TypeError, match="field names .str., not int"):
        mfi.classify_arrow(TEXTS, columns=["reason", 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not int"):
        mfi.classify_arrow(TEXTS, columns=3)  # type: ignore[arg-type]


def test_options_apply_to_every_row() -> None:
    t0 = dt.datetime(2025, 1, 8, 6, 0, tzinfo=dt.timezone.utc)
    rows = mfi.classify_arrow(
        pa.array(["450 4.4.316 Connection refused"] * 3),
        connector="partner",
        profile="exchange_online",
        first_attempt=t0,
        now=t0 + dt.timedelta(hours=2),
        locale="de",
    )
    q = rows.field("queue")
    assert q.field("state").to_pylist() == ["retrying"] * 3
    assert q.field("expires_at")[0].as_py() == t0 + dt.timedelta(hours=24)
    remediations = rows.field("remediations")[0].as_py()
    assert remediations[0]["id"] == "contact_partner"
    assert rows.field("title")[0].as_py() == mfi.classify(
        "450 4.4.316 Connection refused", locale="de"
    ).title


def test_bad_input_is_a_clear_error() -> None:
    with pytest.raises(TypeError, match="not Int64"):
        mfi.classify_arrow(pa.array([1, 2]))
    with pytest.raises(TypeError, match="single str"):
        mfi.classify_arrow("450 4.4.316 Connection refused")
    with pytest.raises(TypeError, match="2 columns"):
        mfi.classify_arrow(pa.table({"a": ["x"], "b": ["y"]}))
    with pytest.raises(TypeError, match="sequence pyarrow"):
        mfi.classify_arrow([1, "x"])
    with pytest.raises(TypeError, match="sequence pyarrow"):
        mfi.classify_arrow(42)
    with pytest.raises(ValueError, match="threads"):
        mfi.classify_arrow(TEXTS, threads=0)
    with pytest.raises(mfi.UnknownNameError):
        mfi.classify_arrow(TEXTS, connector="nowhere")


class BrokenCapsules:
    """An object that claims the PyCapsule interface and returns the wrong things."""

    def __init__(self, value: object) -> None:
        self.value = value

    def __arrow_c_array__(self, requested_schema: object = None) -> object:
        return self.value


def test_a_broken_producer_is_an_error_not_a_crash() -> None:
    schema, array = pa.array(["x"]).__arrow_c_array__()
    for bad in [None, (), (1, 2), (array, schema), (schema,), (schema, array, schema)]:
        with pytest.raises((TypeError, ValueError)):
            mfi.classify_arrow(BrokenCapsules(bad))


class HandsOverItself:
    def __arrow_array__(self) -> object:
        return self


def test_an_object_that_hands_over_itself_is_an_error() -> None:
    with pytest.raises(TypeError, match="handed over no Arrow array"):
        mfi.classify_arrow(HandsOverItself())


def test_the_rows_export_through_the_capsule_interface() -> None:
    rows = mfi.classify_arrow(TEXTS)
    # pyarrow consumed mfi's capsules; a second consumer reads the same rows.
    again = pa.array(rows)
    assert again.equals(rows) and len(again) == len(TEXTS)


# ---------------------------------------------------------------------------------------
# Whole messages: one row per recipient.

MESSAGES = sorted((TESTDATA / "messages").glob("*.eml"))


def as_report_rows(report: dict[str, Any]) -> list[dict[str, Any]]:
    """A report's JSON as the flat rows read_messages_arrow gives (diagnosis kept nested)."""
    head = {k: report[k] for k in ("kind", "reporting_mta", "arrival_date", "original")}
    return [{**head, **r} for r in report["recipients"]] or [
        {**head, "recipient": None, "diagnosis": None}
    ]


def message_row_as_json(row: dict[str, Any]) -> dict[str, Any]:
    def time(v: Any) -> Any:
        return v.strftime("%Y-%m-%dT%H:%M:%SZ") if isinstance(v, dt.datetime) else v

    out = {k: time(v) for k, v in row.items() if k != "message"}
    out["original"] = {k: time(v) for k, v in row["original"].items()}
    if row["recipient"] is None:
        return {k: out[k] for k in ("kind", "reporting_mta", "arrival_date", "original", "recipient", "diagnosis")}
    out["diagnosis"] = as_contract(row["diagnosis"])
    return out


def test_messages_rebuild_every_fixture_report() -> None:
    assert len(MESSAGES) >= 20
    data = [m.read_bytes() for m in MESSAGES]
    rows = mfi.read_messages_arrow(pa.array(data, type=pa.large_binary()), threads=2)
    assert rows.type == pa.struct(list(mfi.MESSAGE_ARROW_SCHEMA))
    got: dict[int, list[dict[str, Any]]] = {}
    for row in rows.to_pylist():
        got.setdefault(row["message"], []).append(message_row_as_json(row))
    assert sorted(got) == list(range(len(data)))
    for i, message in enumerate(data):
        assert got[i] == as_report_rows(mfi.read_message(message).to_dict()), MESSAGES[i].name


def test_messages_options_nulls_and_errors() -> None:
    bounce = (MESSAGES[0].parent / "exchange-online-ndr.eml").read_bytes()
    rows = mfi.read_messages_arrow([bounce, None], locale="ru", connector="partner")
    want = mfi.read_message(bounce, locale="ru", connector="partner").recipients[0].diagnosis
    assert rows.field("diagnosis")[0].as_py()["title"] == want.title
    assert rows.field("message").to_pylist()[-1] == 1
    assert rows.field("kind")[len(rows) - 1].as_py() is None
    assert mfi.MESSAGE_ARROW_SCHEMA.field("diagnosis").type == pa.struct(list(mfi.ARROW_SCHEMA))
    with pytest.raises(TypeError, match="not Int64"):
        mfi.read_messages_arrow(pa.array([1]))
    with pytest.raises(ValueError):
        mfi.read_messages_arrow([bounce], max_message_len=0)


def test_a_stated_severity_holds_for_every_row() -> None:
    texts = pa.array(["Unrouteable address", "451 4.3.0 Try again later", None])
    rows = mfi.classify_arrow(texts, columns=["severity"], stated_severity="permanent")
    assert rows.to_pylist() == [{"severity": "permanent"}, {"severity": "transient"}, None]
