#!/usr/bin/env python3
"""Speed and memory of ``mfi report`` on a large Postfix log, beside a baseline in the same run.

    python3 scripts/report-speed.py [--lines N] [--rounds R]

Writes an N-line Postfix log (default 1,000,000) with ``scripts/gen-logs.py --big`` to a
temporary file, then times, in alternation (this machine is shared and noisy: compare within
a run), ``mfi report`` over it (table output, the default) and ``grep -c -i -F`` with a few
failure words over the same bytes (one pass of a multi-pattern search: the floor of reading
the file), and prints lines per second, their ratio and ``mfi report``'s peak memory. Build
first:

    cargo build --release -p mfi-cli
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORDS = ["refused", "timed out", "status=deferred", "status=bounced", "not found", "expired"]


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time and the child's peak resident memory (KiB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.PIPE)
    wall = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    mfi = ROOT / "target" / "release" / "mfi"
    if not mfi.exists():
        print("build first: cargo build --release -p mfi-cli", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "big.log"
        words = Path(tmp) / "words.txt"
        words.write_text("\n".join(WORDS) + "\n")
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "gen-logs.py"), "--big", str(args.lines), str(log)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        size = log.stat().st_size
        report_s, grep_s, peaks = [], [], []
        for _ in range(args.rounds):
            wall, peak = timed([str(mfi), "report", "--year", "2026", str(log)])
            report_s.append(wall)
            peaks.append(peak)
            # grep writes to a pipe: on /dev/null GNU grep stops at the first match.
            wall, _ = timed(["grep", "-c", "-i", "-F", "-f", str(words), str(log)])
            grep_s.append(wall)
    r, g = statistics.median(report_s), statistics.median(grep_s)
    print(f"{args.lines:,} Postfix lines, {size / 1e6:.0f} MB, {args.rounds} rounds (median)")
    print(f"mfi report:   {args.lines / r:>12,.0f} lines/s  ({r:.2f} s; peak {max(peaks) / 1024:.0f} MB)")
    print(f"grep -c -i -F:{args.lines / g:>12,.0f} lines/s  ({g:.2f} s)")
    print(f"mfi report takes {r / g:.1f}x grep's time ({os.cpu_count()} cores here)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
