#!/usr/bin/env python3
"""Scoreboard: mfi's bounce reader against Sisimai's expected results.

    python3 scripts/scoreboard.py [--corpus DIR] [--mfi PATH] [--details] [--family NAME]

Runs ``mfi bounce --json`` over the corpus's messages (``../shared/corpus/sisimai`` by
default; it is not part of the repository and this script does nothing when it is absent)
and compares, per recipient, mfi's status and reason with Sisimai's expectations
(``expected.tsv``), by family (Sisimai's decoder name). Sisimai-internal status codes
(``X.0.9xx``: "no code in the message") are not compared. Prints agreement per family, the
overall figures, and the confusions (expected -> found) with the messages they come from.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INTERNAL = re.compile(r"^\d\.0\.9\d\d$")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "sisimai")
    ap.add_argument("--mfi", type=Path, default=None, help="the mfi binary (default: target/release, else target/debug)")
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    ap.add_argument("--family", help="only this family (Sisimai's engine name)")
    args = ap.parse_args()

    expected_path = args.corpus / "expected.tsv"
    if not expected_path.exists():
        print(f"no corpus at {args.corpus}: nothing to score")
        return 0
    mfi = args.mfi
    if mfi is None:
        built = [ROOT / "target" / p / "mfi" for p in ("release", "debug")]
        built = [b for b in built if b.exists()]
        mfi = max(built, key=lambda b: b.stat().st_mtime) if built else None
    if mfi is None or not mfi.exists():
        print("build mfi first: cargo build --release -p mfi-cli", file=sys.stderr)
        return 2

    rows = [line.split("\t") for line in expected_path.read_text("utf-8").splitlines()]
    header, rows = rows[0], rows[1:]
    col = {name: i for i, name in enumerate(header)}
    files = sorted({r[col["file"]] for r in rows})
    run = subprocess.run(
        [str(mfi), "bounce", "--json", *[str(args.corpus / "eml" / f) for f in files]],
        capture_output=True,
    )
    if run.returncode != 0:
        print(f"{mfi} bounce failed ({run.returncode}):\n{run.stderr.decode('utf-8', 'replace')}", file=sys.stderr)
        return 1
    out = run.stdout.decode("utf-8")
    reports = {}
    for line in out.splitlines():
        r = json.loads(line)
        name = os.path.basename(r["source"].split("#")[0])
        reports[name] = r

    stats: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    confusions: collections.Counter[tuple[str, str]] = collections.Counter()
    where: dict[tuple[str, str], list[str]] = collections.defaultdict(list)
    details = []
    for r in rows:
        family = r[col["engine"]]
        if args.family and family != args.family:
            continue
        file, index = r[col["file"]], int(r[col["rcpt_index"]])
        want_status, want_reason = r[col["status"]], r[col["reason"]]
        report = reports.get(file, {"recipients": [], "kind": "missing"})
        got = report["recipients"][index - 1] if index <= len(report["recipients"]) else None
        s = stats[family]
        s["recipients"] += 1
        s["found"] += got is not None
        got_reason = got["diagnosis"]["reason"] if got else "-"
        got_status = (got["status"] or "") if got else "-"
        s["reason"] += got_reason == want_reason
        if not INTERNAL.match(want_status):
            s["status_judged"] += 1
            s["status"] += got_status == want_status
            if got_status != want_status:
                details.append(f"  status {file}#{index}: want {want_status or '-'}, got {got_status or '-'}")
        if got_reason != want_reason:
            confusions[(want_reason, got_reason)] += 1
            where[(want_reason, got_reason)].append(file)
            details.append(f"  reason {file}#{index}: want {want_reason}, got {got_reason} ({report['kind']})")

    total: collections.Counter[str] = collections.Counter()
    print(f"{'family':<16} {'recipients':>10} {'found':>6} {'reason':>7} {'status':>7}")
    for family in sorted(stats, key=lambda f: -stats[f]["recipients"]):
        s = stats[family]
        total.update(s)
        st = f"{s['status']}/{s['status_judged']}" if s["status_judged"] else "-"
        print(f"{family:<16} {s['recipients']:>10} {s['found']:>6} {s['reason']:>7} {st:>7}")

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:.1f}%" if b else "-"

    print()
    print(f"recipients found: {total['found']}/{total['recipients']} ({pct(total['found'], total['recipients'])})")
    print(f"reason agrees:    {total['reason']}/{total['recipients']} ({pct(total['reason'], total['recipients'])})")
    print(f"status agrees:    {total['status']}/{total['status_judged']} ({pct(total['status'], total['status_judged'])})"
          " (Sisimai-internal X.0.9xx codes not judged)")
    if confusions:
        print("\nreason confusions (expected -> mfi):")
        for (want, got), n in confusions.most_common():
            files = ", ".join(where[(want, got)][:4]) + (" ..." if n > 4 else "")
            print(f"  {n:>3}  {want} -> {got}: {files}")
    if args.details:
        print("\ndisagreements:")
        print("\n".join(details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
