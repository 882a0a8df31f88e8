#!/usr/bin/env bash
# Runs every test of mfi: Rust (unit, golden, property, doc, CLI), the C ABI programs (built
# with sanitizers and run under valgrind, from cargo test), and the Python package (built
# into a fresh virtual environment from PyPI packages). Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --locked -- -D warnings

step "tools for the C tests"
command -v cc >/dev/null || { echo "a C compiler (cc) is needed"; exit 1; }
if ! command -v valgrind >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq valgrind >/dev/null
  else
    echo "valgrind is needed (apt-get install valgrind)"; exit 1
  fi
fi

step "Rust tests (core, CLI, C ABI with sanitizers and valgrind)"
# mfi-py is a Python extension module: its tests run through pytest below.
cargo test --workspace --exclude mfi-py --locked

if [ -f mfi-py/pyproject.toml ]; then
  step "Python package"
  python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet "maturin>=1.5,<2" "pytest>=8" "mypy>=1.10"
  .venv/bin/python -m pip install --quiet ./mfi-py
  (cd mfi-py && ../.venv/bin/python -m pytest -q tests)
  .venv/bin/python -m mypy.stubtest mfi --allowlist mfi-py/stubtest-allowlist.txt
  # The stubs serve typed user code: the tests and the benchmark type-check strictly.
  .venv/bin/python -m mypy --strict mfi-py/tests mfi-py/bench
fi
step "all tests passed"
