#!/usr/bin/env python3
"""Bounce-reader speed against Sisimai's Perl decoder, same machine, same run.

    python3 scripts/bounce-speed.py [--corpus DIR] [--rounds N]

Times, in alternation (this machine is shared and noisy: compare within a run), mfi's
reader (``target/release/spin mail``: the messages read into memory, then read
``--passes`` times, one thread) and Sisimai 4 (Debian's ``libsisimai-perl``:
``Sisimai->make`` on each file, one process) over the same messages, and prints messages
per second for each and their ratio. The corpus defaults to ``../shared/corpus/sisimai/eml``
and falls back to the repository's ``testdata/messages``. Build first:

    cargo build --release -p mfi-benches --bin spin
    apt-get install libsisimai-perl    # optional: without it only mfi is timed
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SISIMAI = r"""
use strict; use warnings; use Sisimai;
my $n = 0;
for my $f (@ARGV) { Sisimai->make($f, 'delivered' => 1, 'vacation' => 1); $n++; }
print "$n\n";
"""


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ROOT.parent / "shared" / "corpus" / "sisimai" / "eml"
    ap.add_argument("--corpus", type=Path, default=default if default.is_dir() else ROOT / "testdata" / "messages")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--passes", type=int, default=50, help="reads of the corpus per mfi run")
    args = ap.parse_args()

    spin = ROOT / "target" / "release" / "spin"
    if not spin.exists():
        print("build first: cargo build --release -p mfi-benches --bin spin", file=sys.stderr)
        return 2
    files = sorted(str(p) for p in args.corpus.iterdir() if p.is_file() and p.suffix in (".eml", ".mbox"))
    have_sisimai = subprocess.run(["perl", "-MSisimai", "-e", "1"], capture_output=True).returncode == 0

    mfi_rates, sisimai_rates = [], []
    for _ in range(args.rounds):
        # The cost of reading the files and starting the process, taken out of mfi's time.
        overhead = timed([str(spin), "mail", *files, "0"])
        t = timed([str(spin), "mail", *files, str(args.passes)]) - overhead
        mfi_rates.append(len(files) * args.passes / t)
        if have_sisimai:
            sisimai_rates.append(len(files) / timed(["perl", "-e", SISIMAI, *files]))

    print(f"{len(files)} messages from {args.corpus}, {args.rounds} rounds")
    print(f"mfi (one thread):  {statistics.median(mfi_rates):>9,.0f} messages/s  (rounds: "
          + ", ".join(f"{r:,.0f}" for r in mfi_rates) + ")")
    if have_sisimai:
        print(f"Sisimai 4 (Perl):  {statistics.median(sisimai_rates):>9,.0f} messages/s  (rounds: "
              + ", ".join(f"{r:,.0f}" for r in sisimai_rates) + ")")
        ratios = [m / s for m, s in zip(mfi_rates, sisimai_rates)]
        print(f"ratio, same round: {statistics.median(ratios):>9.0f}x  (rounds: "
              + ", ".join(f"{r:.0f}x" for r in ratios) + ")")
    else:
        print("Sisimai not installed (apt-get install libsisimai-perl): no ratio")
    return 0


if __name__ == "__main__":
    sys.exit(main())
