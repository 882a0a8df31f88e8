"""mfi in Polars: a column of texts to a struct column of the diagnosis fields.

``map_batches`` hands mfi the whole column (or each chunk of a streaming query) as Arrow
data, classified outside the GIL on every core::

    python examples/engines/polars_frame.py /var/log/mail.log
"""

from __future__ import annotations

import sys
from typing import Any, Optional

import polars as pl

import mfi


def diagnosis(expr: pl.Expr, columns: Optional[list[str]] = None, **options: Any) -> pl.Expr:
    """An expression whose value is a struct of ``mfi.ARROW_SCHEMA``'s fields (or of the
    ``columns`` named), one per text of ``expr``; ``.struct.unnest()`` or
    ``DataFrame.unnest`` makes them columns. ``options`` are ``mfi.classify_arrow``'s
    (``connector``, ``origin``, ``locale``, ...)."""
    dtype = pl.Struct(pl.DataFrame(mfi.arrow_schema(columns).empty_table()).schema)
    # Polars takes chunks: the threads' rows need no joining (rechunk=False).
    return expr.map_batches(
        lambda texts: pl.Series(
            mfi.classify_arrow(texts, columns=columns, rechunk=False, **options)
        ),
        return_dtype=dtype,
    )


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8", errors="replace") as f:
        lines = pl.DataFrame({"line": f.read().splitlines()})
    failures = (
        lines.select(diagnosis(pl.col("line"), ["mfi_code", "reason", "severity"]).alias("d"))
        .unnest("d")
        .filter(pl.col("severity").is_in(["transient", "permanent"]))
        .group_by("mfi_code", "reason")
        .len()
        .sort(["len", "mfi_code", "reason"], descending=[True, False, False], nulls_last=True)
    )
    with pl.Config(tbl_rows=30):
        print(failures)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
