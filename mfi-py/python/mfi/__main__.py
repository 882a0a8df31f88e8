"""``python -m mfi``: the ``mfi`` command line, from Python.

    python -m mfi classify [--json] [--connector on-premises|partner]
                           [--profile P --first-attempt T [--now T]] [TEXT ...]
    python -m mfi codes [--json]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from typing import Iterable, Optional, Sequence

import mfi


def _time(value: str) -> _dt.datetime:
    try:
        t = _dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an RFC 3339 time") from None
    if t.utcoffset() is None:
        raise argparse.ArgumentTypeError(f"{value!r} has no time zone")
    return t


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m mfi", description="mail flow intelligence")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("classify", help="classify each TEXT, or each line of standard input")
    c.add_argument("--json", action="store_true", help="one JSON object per text (JSON Lines)")
    c.add_argument("--connector", help="on-premises or partner")
    c.add_argument("--profile", help="queue profile, e.g. exchange-online")
    c.add_argument("--first-attempt", type=_time, help="RFC 3339 time of the first attempt")
    c.add_argument("--now", type=_time, help="RFC 3339 time to judge the queue at")
    c.add_argument("texts", nargs="*", metavar="TEXT")
    k = sub.add_parser("codes", help="list every code mfi knows")
    k.add_argument("--json", action="store_true")
    return p


def _lines(stream: Iterable[bytes]) -> Iterable[bytes]:
    for raw in stream:
        yield raw.rstrip(b"\n").rstrip(b"\r")


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = _parser().parse_args(argv)
    out = sys.stdout
    if args.command == "codes":
        for r in mfi.codes():
            if args.json:
                out.write(r.to_json() + "\n")
            else:
                out.write(f"{r.code:<12} {r.source:<9} {r.reason!s:<14} {r.title}\n")
        return 0
    if (args.profile is None) != (args.first_attempt is None):
        print("python -m mfi: --profile and --first-attempt go together", file=sys.stderr)
        return 2
    if args.now is not None and args.profile is None:
        print("python -m mfi: --now needs --profile", file=sys.stderr)
        return 2
    opts = {}
    try:
        if args.connector:
            opts["connector"] = args.connector.replace("-", "_")
        if args.profile:
            opts.update(profile=args.profile.replace("-", "_"), first_attempt=args.first_attempt,
                        now=args.now)
        texts: Iterable[object] = args.texts or _lines(sys.stdin.buffer)
        for n, text in enumerate(texts, 1):
            d = mfi.classify(text, **opts)  # type: ignore[arg-type]
            out.write(d.to_json() + "\n" if args.json else d.render(n, out.isatty()))
    except mfi.MfiError as e:
        print(f"python -m mfi: {e}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
