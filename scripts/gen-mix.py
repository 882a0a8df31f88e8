#!/usr/bin/env python3
"""Writes testdata/bench/mix-1000.txt: 1,000 failure and delivery lines of several systems,
taken deterministically from the repository's own tables and fixture logs, for the
benchmarks (criterion's `mix_1000` group, scripts/classify-speed.py).

The mix: the 39 real-world lines and the 14 lines of examples/queue-sample.log (Microsoft
365 and Exchange shapes), every wording of testdata/mta-wordings.tsv (Postfix, Exim,
Sendmail, OpenSMTPD, Exchange, qmail), every text of testdata/cases.tsv and
testdata/localized.tsv, and lines of the fixture logs (deliveries, deferrals and bounces
as the generator wrote them) to reach 1,000; shuffled with a fixed seed.

Usage: python3 scripts/gen-mix.py [--check]   (--check: fail when the file differs)
"""

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "testdata" / "bench" / "mix-1000.txt"


def table_texts(name: str, column: str = "text") -> list[str]:
    rows = [l for l in (ROOT / "testdata" / name).read_text("utf-8").splitlines() if l and not l.startswith("#")]
    header = rows[0].split("\t")
    i = header.index(column)
    return [r.split("\t")[i] for r in rows[1:]]


def log_lines(name: str, want: int) -> list[str]:
    lines = [l for l in (ROOT / "testdata" / "logs" / name).read_text("utf-8").splitlines() if l.strip()]
    step = max(1, len(lines) // want)
    return lines[::step][:want]


def mix() -> list[str]:
    lines = table_texts("real-world.tsv")
    lines += (ROOT / "examples" / "queue-sample.log").read_text("utf-8").splitlines()
    lines += table_texts("mta-wordings.tsv")
    lines += table_texts("cases.tsv")
    lines += table_texts("localized.tsv")
    rest = 1000 - len(lines)
    shares = [("postfix.log", 0.4), ("exim-mainlog", 0.25), ("maillog-sendmail", 0.2), ("opensmtpd.log", 0.15)]
    for k, (name, share) in enumerate(shares):
        n = rest - sum(round(rest * s) for _, s in shares[:-1]) if k == len(shares) - 1 else round(rest * share)
        lines += log_lines(name, n)
    assert len(lines) == 1000, len(lines)
    assert all("\n" not in l and "\r" not in l for l in lines)
    random.Random(16).shuffle(lines)
    return lines


def main() -> int:
    text = "\n".join(mix()) + "\n"
    if "--check" in sys.argv[1:]:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT} is stale: run python3 scripts/gen-mix.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT} ({len(text.encode())} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
