"""The instruction count of one run of a command under callgrind (exact and repeatable,
unlike wall time on a shared machine). Shared by the timing scripts of this folder."""

import subprocess


def instructions(cmd: list[str]) -> int:
    """Instructions `cmd` executed (its output is discarded)."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    ).stderr
    line = next((l for l in out.splitlines() if "Collected :" in l), None)
    if line is None:
        raise SystemExit(f"callgrind printed no count for {cmd}")
    return int(line.rsplit(":", 1)[1].strip())
