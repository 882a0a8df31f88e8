#!/usr/bin/env python3
"""Compares two builds of `spin` (benches/src/bin/spin.rs) on the benchmark mix: wall time
of alternating runs (so that both see the same load on a noisy machine) and, with
--callgrind, instructions a line (exact and repeatable). For a change to the core: build
the old commit into one target directory and the new one into another, then compare.

    git worktree add /tmp/old <commit>
    (cd /tmp/old && cargo build --release -p mfi-benches --bin spin --target-dir /tmp/old-target)
    cargo build --release -p mfi-benches --bin spin
    python3 scripts/compare-builds.py /tmp/old-target/release/spin target/release/spin

Prints the minimum and the median of each side, their ratios (new / old: below 1 is
faster) and in how many rounds the new build was the faster. The minimum is the steadier
figure on a shared machine; a ratio within a few percent of 1 is noise here.

Usage: compare-builds.py OLD NEW [--mode plain|json|arrow] [--rounds N] [--passes N]
                         [--file FILE] [--callgrind]
"""

import argparse
import resource
import statistics
import subprocess
from pathlib import Path

from callgrind_count import instructions

ROOT = Path(__file__).resolve().parents[1]
MIX = ROOT / "testdata" / "bench" / "mix-1000.txt"


def args_for(spin: str, mode: str, file: Path, passes: int) -> list[str]:
    if mode == "arrow":
        return [spin, "arrow", str(file), str(passes)]
    return [spin, str(file), str(passes)] + (["json"] if mode == "json" else [])


def cpu_time(cmd: list[str]) -> float:
    """The processor time of one run (user + system, of the child alone)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def per_line(spin: str, mode: str, file: Path) -> float:
    """Instructions a line: (4 passes - 2 passes) / (2 x lines), so that start-up and
    reading the file cancel out."""
    lines = sum(1 for _ in file.open("rb"))
    two = instructions(args_for(spin, mode, file, 2))
    four = instructions(args_for(spin, mode, file, 4))
    return (four - two) / (2 * lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--mode", choices=["plain", "json", "arrow"], default="plain")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--passes", type=int, default=150)
    ap.add_argument("--file", type=Path, default=MIX)
    ap.add_argument("--callgrind", action="store_true")
    a = ap.parse_args()
    old, new = [], []
    for _ in range(a.rounds):
        old.append(cpu_time(args_for(a.old, a.mode, a.file, a.passes)))
        new.append(cpu_time(args_for(a.new, a.mode, a.file, a.passes)))
    faster = sum(n < o for o, n in zip(old, new))
    print(f"{a.rounds} alternating rounds of {a.passes} passes over {a.file.name} ({a.mode})")
    for name, f in (("min", min), ("median", statistics.median)):
        o, n = f(old), f(new)
        print(f"  {name:6} old {o:.3f} s  new {n:.3f} s  new/old {n / o:.3f}")
    print(f"  the new build was faster in {faster} of {a.rounds} rounds")
    if a.callgrind:
        o, n = per_line(a.old, a.mode, a.file), per_line(a.new, a.mode, a.file)
        print(f"  instructions a line: old {o:,.0f}  new {n:,.0f}  new/old {n / o:.3f}")


if __name__ == "__main__":
    main()
