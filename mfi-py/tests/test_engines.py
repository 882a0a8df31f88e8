"""The recipes of README's "Scale out" section, run for real: ``examples/engines/`` in DuckDB,
Polars and Spark (``local[2]``), each checked against ``mfi.classify_many`` on the same rows.

Skipped when an engine is not installed, unless ``MFI_REQUIRE_ENGINES=1`` (scripts/test-all.sh
installs them all and sets it). Spark needs Java 17 or later."""

from __future__ import annotations

import gzip
import importlib.util
import os
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator

import pytest

import mfi
from test_arrow import as_contract, engine
from test_mfi import ROOT

pa: Any = pytest.importorskip("pyarrow")

# 10,000 rows of the committed benchmark mix: several systems' shapes, failures and
# deliveries.
MIX = (ROOT / "testdata" / "bench" / "mix-1000.txt").read_text("utf-8").splitlines()
ROWS = MIX * 10


def example(name: str) -> ModuleType:
    """A module of examples/engines/, loaded from its file as a user would run it."""
    path = ROOT / "examples" / "engines" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"mfi_example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def failures_by_code(texts: list[str]) -> Counter[tuple[Any, str]]:
    """What the recipes' queries count, from classify_many."""
    c: Counter[tuple[Any, str]] = Counter()
    for d in mfi.classify_many(texts):
        if d.severity.value in ("transient", "permanent"):
            c[(d.mfi_code.value if d.mfi_code else None, d.reason.value)] += 1
    return c


WANT = [d.to_dict() for d in mfi.classify_many(MIX)]


def test_duckdb_sql() -> None:
    duckdb = engine("duckdb")
    recipe = example("duckdb_sql")
    con = duckdb.connect()
    recipe.register(con)
    con.register("logs", pa.table({"line": ROWS}))
    got = {(code, reason): n for code, reason, n in con.sql(recipe.QUERY).fetchall()}
    assert got == failures_by_code(ROWS)
    # A function of the three fields the query reads gives the same answer.
    recipe.register(con, "mfi_narrow", columns=["mfi_code", "reason", "severity"])
    narrow = con.sql(recipe.QUERY.replace("mfi_diagnose", "mfi_narrow")).fetchall()
    assert {(code, reason): n for code, reason, n in narrow} == got
    # Every field, row by row (the struct comes back as a dict).
    con.register("mix", pa.table({"i": range(len(MIX)), "line": MIX}))
    rows = con.sql("SELECT mfi_diagnose(line) AS d FROM mix ORDER BY i").fetchall()
    assert [as_contract(r[0]) for r in rows] == WANT


def test_duckdb_script(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    engine("duckdb")
    log = tmp_path / "mail.log"
    log.write_text("\n".join(MIX) + "\n", encoding="utf-8")
    assert example("duckdb_sql").main([str(log)]) == 0
    assert "4.4.316" in capsys.readouterr().out


def test_polars_expression(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pl = engine("polars")
    recipe = example("polars_frame")
    frame = pl.DataFrame({"line": ROWS}).with_columns(recipe.diagnosis(pl.col("line")).alias("d"))
    out = frame.unnest("d")
    assert out.columns == ["line", *mfi.CONTRACT_FIELDS]
    assert [as_contract(r) for r in out.head(len(MIX)).drop("line").to_dicts()] == WANT
    # A lazy, streaming query takes the same expression.
    lazy = (
        pl.LazyFrame({"line": ROWS})
        .select(recipe.diagnosis(pl.col("line")).struct.field("reason"))
        .collect(engine="streaming")
    )
    assert lazy["reason"].to_list() == [d["reason"] for d in WANT] * 10
    narrow = pl.DataFrame({"line": MIX}).select(
        recipe.diagnosis(pl.col("line"), ["reason", "mfi_code"]).alias("d")
    )
    assert narrow.unnest("d").to_dicts() == [
        {"reason": d["reason"], "mfi_code": d["mfi_code"]} for d in WANT
    ]
    log = tmp_path / "mail.log"
    log.write_text("\n".join(MIX) + "\n", encoding="utf-8")
    assert recipe.main([str(log)]) == 0
    assert "4.4.316" in capsys.readouterr().out


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    engine("pyspark")
    from pyspark.sql import SparkSession

    # Spark's Python workers must run this interpreter (the venv mfi is installed in).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("mfi-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


@pytest.fixture()
def gzipped_logs(tmp_path: Path) -> Path:
    """ROWS as two gzip'd log files, as a log archive holds them."""
    half = len(ROWS) // 2
    for i, part in enumerate([ROWS[:half], ROWS[half:]]):
        with gzip.open(tmp_path / f"mail.log.{i + 1}.gz", "wt", encoding="utf-8") as f:
            f.write("\n".join(part) + "\n")
    return tmp_path


# PySpark warns about pandas >= 3, which the recipes do not use.
SPARK_WARNINGS = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")


@SPARK_WARNINGS
def test_spark_map_in_arrow(spark: Any, gzipped_logs: Path) -> None:
    recipe = example("spark_job")
    lines = spark.read.text(str(gzipped_logs)).withColumnRenamed("value", "line")
    out = recipe.with_diagnosis(lines, "line").collect()
    assert len(out) == len(ROWS)
    by_text = {text: d for text, d in zip(MIX, WANT)}
    for row in out:
        got = row.asDict(recursive=True)
        assert as_contract({f: got[f] for f in mfi.CONTRACT_FIELDS}) == by_text[got["line"]]
    narrow = recipe.with_diagnosis(lines, "line", ["causes", "mfi_code"])
    assert narrow.columns == ["line", "causes", "mfi_code"]
    for row in narrow.collect():
        want = by_text[row["line"]]
        assert (row["causes"], row["mfi_code"]) == (want["causes"], want["mfi_code"])


@SPARK_WARNINGS
def test_spark_arrow_udf_and_job(
    spark: Any, gzipped_logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    recipe = example("spark_job")
    lines = spark.read.text(str(gzipped_logs)).withColumnRenamed("value", "line")
    diagnose = recipe.diagnosis_udf(locale="de")
    rows = lines.select("line", diagnose("line").alias("d")).select("line", "d.*").collect()
    assert len(rows) == len(ROWS)
    titles = {t: mfi.classify(t, locale="de").title for t in MIX}
    assert all(r["title"] == titles[r["line"]] for r in rows)
    assert any(r["title"] and r["title"] != mfi.classify(r["line"]).title for r in rows[:50])
    # The job the README shows, end to end, writing Parquet (it stops the session: last).
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    out = gzipped_logs / "out.parquet"
    assert recipe.main(["--master", "local[2]", str(gzipped_logs), "--out", str(out)]) == 0
    table = pq.read_table(out)
    assert table.num_rows == len(ROWS)
    assert table.schema.names == ["line", *mfi.CONTRACT_FIELDS]
    assert "4.4.316" in capsys.readouterr().out
