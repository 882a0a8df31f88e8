"""Throughput of the Python binding (a benchmark, not a test).

    python mfi-py/bench/bench_classify.py [--lines N]

The mix is the 39 lines of testdata/real-world.tsv plus the bundled
examples/queue-sample.log, repeated to N lines. Reports classify_many lines/s, and the cost of
one classify() call next to the core's own time for the same line.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import mfi
from mfi import _mfi

ROOT = Path(__file__).resolve().parents[2]


def mix() -> list[str]:
    """The real-world lines of testdata/real-world.tsv and the bundled sample."""
    rows = [
        line for line in (ROOT / "testdata" / "real-world.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    lines = [row.split("\t")[0] for row in rows[1:]]
    lines += (ROOT / "examples" / "queue-sample.log").read_text("utf-8").splitlines()
    return lines


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    args = ap.parse_args()
    base = mix()
    texts = (base * (args.lines // len(base) + 1))[: args.lines]
    mb = sum(len(t) + 1 for t in texts) / 1e6

    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        out = mfi.classify_many(texts)
        best = min(best, time.perf_counter() - t)
    assert len(out) == len(texts)
    print(f"classify_many: {len(texts):,} lines in {best:.3f} s = "
          f"{len(texts) / best:,.0f} lines/s, {mb / best:,.1f} MB/s")

    overheads = []
    for line in base:
        n = 2000
        core = _mfi._core_time_ns(line, n)
        t = time.perf_counter_ns()
        for _ in range(n):
            mfi.classify(line)
        py = (time.perf_counter_ns() - t) / n
        overheads.append(py - core)
    print(f"classify(): Python overhead over the core per call: "
          f"median {statistics.median(overheads) / 1000:.2f} us, "
          f"max {max(overheads) / 1000:.2f} us")


if __name__ == "__main__":
    main()
