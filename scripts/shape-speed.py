#!/usr/bin/env python3
"""The classifier's speed on adversarial shapes (issue 12: no shape below 100 MB/s).

    cargo build --release -p mfi-benches --bin spin
    python3 scripts/shape-speed.py [--mb 16] [--rounds 5] [--callgrind]

Each shape of the linearity test (benches/tests/linear_work.rs) is repeated to about
--mb megabytes and classified as one text (`spin repeat UNIT COUNT`, no length cut). The
wall figure is the median of --rounds runs, less the same process on an empty text
(start-up and the building of the text are not the classifier's). --callgrind also counts
instructions per byte on 1 MB, which repeat exactly on a noisy machine.
"""

import argparse
import ast
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

import callgrind_count

ROOT = Path(__file__).resolve().parent.parent
SPIN = ROOT / "target" / "release" / "spin"
LINEAR_TEST = ROOT / "benches" / "tests" / "linear_work.rs"


def shapes() -> list[str]:
    """The linearity test's shapes (read from its source, the one list), and a plain sentence
    for comparison."""
    src = LINEAR_TEST.read_text(encoding="utf-8")
    body = re.search(r"let units = \[(.*?)\];", src, re.S)
    if body is None:
        sys.exit(f"{LINEAR_TEST}: no `let units = [...]`")
    units = [ast.literal_eval(m) for m in re.findall(r'"(?:[^"\\]|\\.)*"', body.group(1))]
    return units + ["the remote server did not answer in time, "]


def run(unit: str, count: int) -> float:
    start = time.perf_counter()
    subprocess.run([str(SPIN), "repeat", unit, str(count)], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def instructions(unit: str, count: int) -> int:
    return callgrind_count.instructions([str(SPIN), "repeat", unit, str(count)])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=16.0)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--callgrind", action="store_true")
    a = ap.parse_args()
    if not SPIN.exists():
        sys.exit(f"{SPIN} is missing: cargo build --release -p mfi-benches --bin spin")
    size = int(a.mb * 1e6)
    print(f"{'shape':<36} {'MB/s':>7} {'instr/B':>8}")
    worst = None
    for unit in shapes():
        count = size // len(unit) + 1
        times = []
        for _ in range(a.rounds):
            empty = run(unit, 0)
            times.append(max(run(unit, count) - empty, 1e-9))
        mbs = count * len(unit) / statistics.median(times) / 1e6
        per_byte = ""
        if a.callgrind:
            n = 1_000_000 // len(unit) + 1
            per_byte = f"{(instructions(unit, n) - instructions(unit, 0)) / (n * len(unit)):.0f}"
        print(f"{unit!r:<36} {mbs:>7.0f} {per_byte:>8}")
        worst = mbs if worst is None else min(worst, mbs)
    print(f"slowest shape: {worst:.0f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
