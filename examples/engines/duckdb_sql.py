"""mfi in DuckDB's SQL: ``mfi_diagnose(text)`` is a struct of the diagnosis fields.

An Arrow function (``create_function(..., type="arrow")``): DuckDB hands mfi each vector of
texts as one Arrow array, not one Python call per row::

    python examples/engines/duckdb_sql.py /var/log/mail.log

    SELECT d.mfi_code, d.reason, count(*) AS n
    FROM (SELECT mfi_diagnose(line) AS d FROM read_csv('mail.log', header = false,
          delim = '\\x01', quote = '', escape = '', columns = {'line': 'VARCHAR'}))
    WHERE d.severity IN ('transient', 'permanent')
    GROUP BY ALL ORDER BY n DESC
"""

from __future__ import annotations

import sys
from typing import Any, Optional

import duckdb
import pyarrow as pa  # type: ignore[import-untyped]

import mfi


def register(
    con: duckdb.DuckDBPyConnection,
    name: str = "mfi_diagnose",
    columns: Optional[list[str]] = None,
    **options: Any,
) -> None:
    """Adds ``name(text VARCHAR)``, a struct of ``mfi.ARROW_SCHEMA``'s fields (or of the
    ``columns`` named: a query that reads few fields runs faster), to ``con``. ``options``
    are ``mfi.classify_arrow``'s (``connector``, ``origin``, ``locale``, ...)."""
    # DuckDB's struct type of the schema, from an empty table of it.
    empty = con.from_arrow(pa.Table.from_batches([], schema=mfi.arrow_schema(columns)))
    struct = duckdb.struct_type(dict(zip(empty.columns, empty.types)))

    def diagnose(texts: pa.Array) -> pa.Array:
        # DuckDB runs one call per vector of 2,048 rows, on its own threads.
        return mfi.classify_arrow(texts, threads=1, columns=columns, **options)

    con.create_function(name, diagnose, [duckdb.sqltype("VARCHAR")], struct, type=_ARROW)


def _arrow_udf_type() -> Any:
    try:
        from duckdb.func import PythonUDFType
    except ImportError:  # DuckDB before 1.5 takes the name
        return "arrow"
    return PythonUDFType.ARROW


_ARROW = _arrow_udf_type()


QUERY = """
SELECT d.mfi_code, d.reason, count(*) AS n
FROM (SELECT mfi_diagnose(line) AS d FROM logs)
WHERE d.severity IN ('transient', 'permanent')
GROUP BY ALL
ORDER BY n DESC, d.mfi_code NULLS LAST, d.reason
"""


def main(argv: list[str]) -> int:
    con = duckdb.connect()
    register(con, columns=["mfi_code", "reason", "severity"])
    con.read_csv(
        argv[0], header=False, sep="\x01", quotechar="", escapechar="", columns={"line": "VARCHAR"}
    ).create_view("logs")
    con.sql(QUERY).show(max_rows=30)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
