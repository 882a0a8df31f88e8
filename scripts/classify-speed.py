#!/usr/bin/env python3
"""Times `mfi classify --json` (end to end, 2 threads) and the core (`spin`, one thread)
against one multi-pattern grep pass over the same bytes: testdata/bench/mix-1000.txt
repeated to 1,000,000 lines. Rounds alternate so that both sides see the same load; the
medians and their ratios are printed (ratios hold across machines, absolute figures do
not).

grep writes to a pipe (GNU grep stops at the first match when its output is /dev/null).

The peer row is a classifier of KumoMTA's design (one `regex::RegexSet` of rules, the
first match decides: `benches/peer.rs`), one thread, with stand-in rules of the same two
shapes made from this repository's facts, or with KumoMTA's own rules files when
`--peer-rules DIR` names them (`assets/bounce_classifier` of a KumoMTA checkout).

Usage: cargo build --release -p mfi-cli -p mfi-benches --bin spin &&
       python3 scripts/classify-speed.py [--rounds N] [--lines N] [--peer-rules DIR]
"""

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MIX = ROOT / "testdata" / "bench" / "mix-1000.txt"
WORDS = ROOT / "testdata" / "bench" / "words.txt"


def timed(cmd: str) -> float:
    t = time.perf_counter()
    subprocess.run(["bash", "-c", cmd], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--peer-rules", type=Path, help="a directory of KumoMTA rules files")
    args = ap.parse_args()
    mix = MIX.read_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.log"
        with big.open("wb") as f:
            for _ in range(args.lines // 1000):
                f.write(mix)
        mfi = ROOT / "target" / "release" / "mfi"
        spin = ROOT / "target" / "release" / "spin"
        runs = {
            "grep -c -i -F -f words.txt | cat": f"grep -c -i -F -f {WORDS} {big} | cat",
            "mfi classify --json | cat": f"{mfi} classify --json < {big} | cat > /dev/null",
            "mfi classify --json --fields (3 fields) | cat": (
                f"{mfi} classify --json --fields mfi_code,reason,severity < {big} | cat > /dev/null"
            ),
            "mfi classify (human) | cat": f"{mfi} classify --color never < {big} | cat > /dev/null",
            "core classify, one thread (spin FILE 1)": f"{spin} {big} 1",
            "core classify + JSON, one thread (spin FILE 1 json)": f"{spin} {big} 1 json",
        }
        rules = f" {args.peer_rules}" if args.peer_rules else ""
        which = "its rules" if args.peer_rules else "stand-in rules"
        runs[f"peer: RegexSet classifier, {which}, one thread"] = f"{spin} peer {big} 1{rules}"
        times: dict[str, list[float]] = {k: [] for k in runs}
        for _ in range(args.rounds):
            for k, cmd in runs.items():
                times[k].append(timed(cmd))
        grep = statistics.median(times["grep -c -i -F -f words.txt | cat"])
        print(f"{args.lines:,} lines, {big.stat().st_size / 1e6:.0f} MB, {args.rounds} rounds (medians)")
        for k, ts in times.items():
            m = statistics.median(ts)
            print(f"  {k:56} {m:6.2f} s  {args.lines / m / 1e6:5.2f} M lines/s  {m / grep:5.2f}x grep")


if __name__ == "__main__":
    main()
