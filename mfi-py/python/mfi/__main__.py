"""``python -m mfi``: the ``mfi`` command.

This runs the very program the ``mfi`` binary runs (the same Rust code, linked into the
extension module), so options, output and exit codes are the same: 0 on success, 1 on an
I/O error, 2 on a usage error. See ``python -m mfi --help``.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Optional, Sequence

from ._mfi import _cli_main


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Runs the ``mfi`` command with ``argv`` (default: ``sys.argv[1:]``); returns its status.

    The command reads and writes the process's standard streams (file descriptors 0, 1, 2)
    directly, as the binary does; Python's buffered ``sys.stdout`` and ``sys.stderr`` are
    flushed first. While it runs, Ctrl-C ends the process as it ends the binary.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    previous = signal.getsignal(signal.SIGINT) if _main_thread() else None
    if previous is not None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    try:
        return _cli_main(args)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def console_main() -> None:
    """Entry point of the ``mfi`` console script installed with the package."""
    sys.exit(main())


if __name__ == "__main__":
    sys.exit(main())
