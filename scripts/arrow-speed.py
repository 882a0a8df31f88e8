#!/usr/bin/env python3
"""Times mfi's Arrow path (issue 11) on N lines of the committed benchmark mix
(testdata/bench/mix-1000.txt repeated), in one run so that the ratios hold on a noisy machine:

- ``mfi.classify_arrow`` on a pyarrow string array, every core (joined, and with
  ``rechunk=False``) and one thread (Arrow in, Arrow out), beside ``mfi.classify_many``
  (Python objects out) on the same lines;
- DuckDB: the Arrow UDF of examples/engines/duckdb_sql.py against a per-row Python UDF that
  returns the same struct (``mfi.classify(text).to_dict()``), both aggregated by SQL;
- Polars: the map_batches expression of examples/engines/polars_frame.py;
- with ``--spark``: Spark ``local[2]`` end to end (examples/engines/spark_job.py's
  ``with_diagnosis`` over N lines, counted by a GROUP BY).

Usage (after ``bash scripts/test-all.sh`` made ``.venv`` with the engines)::

    .venv/bin/python scripts/arrow-speed.py [--lines 1000000] [--rounds 3] [--spark]

Prints medians of the rounds and the ratios.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import pyarrow as pa  # type: ignore[import-untyped]

import mfi

ROOT = Path(__file__).resolve().parents[1]


def example(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / "engines" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(rounds: int, f: Callable[[], Any]) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lines", type=int, default=1_000_000)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--per-row-lines", type=int, default=100_000, help="lines for the per-row UDF")
    p.add_argument("--spark", action="store_true", help="also time Spark local[2] end to end")
    args = p.parse_args()

    mix = (ROOT / "testdata" / "bench" / "mix-1000.txt").read_text("utf-8").splitlines()
    lines = (mix * (args.lines // len(mix) + 1))[: args.lines]
    texts = pa.array(lines, type=pa.string())
    n = len(lines)
    mb = texts.nbytes / 1e6
    print(f"{n:,} lines of testdata/bench/mix-1000.txt ({mb:.0f} MB), {os.cpu_count()} cores, "
          f"median of {args.rounds} rounds")

    def rate(seconds: float, rows: int = n) -> str:
        return f"{rows / seconds / 1e6:.3f} M rows/s ({seconds:.2f} s)"

    results: dict[str, float] = {}
    results["arrow"] = timed(args.rounds, lambda: mfi.classify_arrow(texts))
    print(f"classify_arrow, every core:  {rate(results['arrow'])}")
    results["chunks"] = timed(args.rounds, lambda: mfi.classify_arrow(texts, rechunk=False))
    print(f"classify_arrow, rechunk=False: {rate(results['chunks'])} (the threads' rows unjoined)")
    results["arrow1"] = timed(args.rounds, lambda: mfi.classify_arrow(texts, threads=1))
    print(f"classify_arrow, one thread:  {rate(results['arrow1'])}")
    few = ["mfi_code", "reason", "severity"]
    results["few"] = timed(args.rounds, lambda: mfi.classify_arrow(texts, columns=few))
    print(f"classify_arrow, 3 columns:   {rate(results['few'])} (columns={few})")
    # The same rows dictionary-encoded (a categorical column): the mix's 1,000 distinct
    # lines are classified once per thread, so this times writing the rows, not the
    # classifier. Real logs repeat less (ids and times differ); message traces' details more.
    encoded = texts.dictionary_encode()
    results["dict"] = timed(args.rounds, lambda: mfi.classify_arrow(encoded, rechunk=False))
    print(f"dictionary of {len(encoded.dictionary):,} texts, rechunk=False: {rate(results['dict'])}")
    results["dict_few"] = timed(args.rounds, lambda: mfi.classify_arrow(encoded, columns=few))
    print(f"dictionary, 3 columns:       {rate(results['dict_few'])}")
    results["many"] = timed(args.rounds, lambda: mfi.classify_many(lines))
    print(f"classify_many (objects):     {rate(results['many'])}")

    try:
        import duckdb
    except ImportError:
        duckdb = None
    if duckdb is not None:
        recipe = example("duckdb_sql")
        con = duckdb.connect()
        recipe.register(con)
        con.register("logs", pa.table({"line": texts}))
        query = "SELECT d.mfi_code, count(*) FROM (SELECT mfi_diagnose(line) AS d FROM logs) GROUP BY ALL"
        results["duckdb"] = timed(args.rounds, lambda: con.sql(query).fetchall())
        print(f"DuckDB, Arrow UDF:           {rate(results['duckdb'])}")
        recipe.register(con, "mfi_few", columns=few)
        q_few = query.replace("mfi_diagnose", "mfi_few")
        results["duckdb_few"] = timed(args.rounds, lambda: con.sql(q_few).fetchall())
        print(f"DuckDB, Arrow UDF, 3 columns: {rate(results['duckdb_few'])}")
        # The per-row UDF returns the same struct, one Python call and dict per row.
        struct = con.sql("SELECT mfi_diagnose('x') AS d").types[0]
        keys = [f.name for f in mfi.ARROW_SCHEMA.field("attributes").type]

        def per_row(text: str) -> dict[str, Any]:
            d = mfi.classify(text).to_dict()
            d["attributes"] = {k: d["attributes"].get(k) for k in keys}
            d["queue"] = None
            return d

        con.create_function("mfi_per_row", per_row, [duckdb.sqltype("VARCHAR")], struct)
        k = min(n, args.per_row_lines)
        con.register("few", pa.table({"line": texts.slice(0, k)}))
        q2 = "SELECT d.mfi_code, count(*) FROM (SELECT mfi_per_row(line) AS d FROM few) GROUP BY ALL"
        t_row = timed(args.rounds, lambda: con.sql(q2).fetchall())
        q3 = "SELECT d.mfi_code, count(*) FROM (SELECT mfi_diagnose(line) AS d FROM few) GROUP BY ALL"
        t_arrow = timed(args.rounds, lambda: con.sql(q3).fetchall())
        print(f"DuckDB, per-row Python UDF:  {rate(t_row, k)} on {k:,} lines; "
              f"the Arrow UDF on the same: {rate(t_arrow, k)}: {t_row / t_arrow:.1f}x")

    try:
        import polars as pl
    except ImportError:
        pl = None
    if pl is not None:
        recipe = example("polars_frame")
        frame = pl.DataFrame({"line": texts})
        expr = recipe.diagnosis(pl.col("line")).struct.field("mfi_code")
        results["polars"] = timed(args.rounds, lambda: frame.select(expr.value_counts()))
        print(f"Polars, map_batches:         {rate(results['polars'])}")
        expr = recipe.diagnosis(pl.col("line"), few).struct.field("mfi_code")
        results["polars_few"] = timed(args.rounds, lambda: frame.select(expr.value_counts()))
        print(f"Polars, 3 columns:           {rate(results['polars_few'])}")

    if args.spark:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession

        spark = (
            SparkSession.builder.master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        recipe = example("spark_job")
        path = Path(os.environ.get("TMPDIR", "/tmp")) / "mfi-arrow-speed.log"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        df = spark.read.text(str(path)).withColumnRenamed("value", "line").repartition(2).cache()
        df.count()
        job = lambda: recipe.with_diagnosis(df).groupBy("mfi_code").count().collect()  # noqa: E731
        results["spark"] = timed(args.rounds, job)
        print(f"Spark local[2], mapInArrow:  {rate(results['spark'])}")
        job = lambda: (  # noqa: E731
            recipe.with_diagnosis(df, "line", few).groupBy("mfi_code").count().collect()
        )
        results["spark_few"] = timed(args.rounds, job)
        print(f"Spark local[2], 3 columns:   {rate(results['spark_few'])}")
        spark.stop()
        path.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
