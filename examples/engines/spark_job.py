"""Adds mfi's diagnosis columns to every line of a directory of mail logs, on Apache Spark.

The lines go to mfi as Arrow batches (``mapInArrow``): no per-row Python call, the texts are
read where Spark put them, and each batch is classified outside the GIL. Plain and gzip'd
files are read alike (Spark decompresses ``*.gz``).

On a laptop::

    python examples/engines/spark_job.py --master 'local[*]' /var/log/mail/ --out diagnoses.parquet

On a cluster (every executor needs ``pip install 'mfi[arrow]'`` in its Python)::

    spark-submit --master spark://head:7077 examples/engines/spark_job.py \\
        hdfs:///logs/mail/2026/11/ --out hdfs:///reports/mail-2026-11.parquet

Prints the failures by MFI code and reason, most frequent first.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any, Iterator, Optional

import pyarrow as pa  # type: ignore[import-untyped]
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.types import StructType
from pyspark.sql.pandas.types import from_arrow_schema

import mfi


def with_diagnosis(
    df: DataFrame, column: str = "line", columns: Optional[list[str]] = None, **options: Any
) -> DataFrame:
    """``df`` with one more column per field of the diagnosis contract (``mfi.ARROW_SCHEMA``;
    or per field of ``columns``, which is cheaper when few are wanted), computed from the
    text column ``column``. ``options`` are ``mfi.classify_arrow``'s (``connector``,
    ``origin``, ``locale``, ...)."""
    fields = mfi.arrow_schema(columns)
    names = [*df.columns, *fields.names]

    def diagnose(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            # Spark already runs one task per core: one thread per batch.
            rows = mfi.classify_arrow(batch.column(column), threads=1, columns=columns, **options)
            yield pa.RecordBatch.from_arrays([*batch.columns, *rows.flatten()], names=names)

    schema = StructType([*df.schema.fields, *from_arrow_schema(fields).fields])
    return df.mapInArrow(diagnose, schema)


def diagnosis_udf(columns: Optional[list[str]] = None, **options: Any) -> Any:
    """On Spark 4.1 and later: a column function (an ``arrow_udf``) whose value is a struct of
    the diagnosis fields, for ``select`` and SQL::

        diagnose = diagnosis_udf()
        df.select("line", diagnose("line").alias("d")).select("line", "d.*")
    """
    from pyspark.sql import functions

    arrow_udf = getattr(functions, "arrow_udf")  # Spark >= 4.1 (not in every version's stubs)

    def diagnose(texts: pa.Array) -> pa.Array:
        return mfi.classify_arrow(texts, threads=1, columns=columns, **options)

    return arrow_udf(diagnose, StructType(from_arrow_schema(mfi.arrow_schema(columns)).fields))


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("input", help="a file or directory of mail logs (plain or .gz)")
    p.add_argument("--master", default=None, help="Spark master URL (default: spark-submit's)")
    p.add_argument("--out", default=None, help="write every line's diagnosis as Parquet here")
    p.add_argument("--origin", default=None, help="the system that wrote the logs, if known")
    args = p.parse_args(argv)

    # Executors run the same Python as the driver unless the cluster says otherwise.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName("mfi-diagnose")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.config("spark.ui.enabled", "false").getOrCreate()
    try:
        lines = spark.read.text(args.input).withColumnRenamed("value", "line")
        options = {"origin": args.origin} if args.origin else {}
        # Every field for the Parquet file; the three the summary reads otherwise.
        columns = None if args.out else ["mfi_code", "reason", "severity"]
        diagnosed = with_diagnosis(lines, "line", columns, **options)
        if args.out:
            diagnosed.write.mode("overwrite").parquet(args.out)
        failures = diagnosed.where("severity IN ('transient', 'permanent')")
        failures.groupBy("mfi_code", "reason").count().orderBy("count", ascending=False).show(
            20, truncate=False
        )
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
