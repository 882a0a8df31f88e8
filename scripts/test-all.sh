#!/usr/bin/env bash
# Runs every test of mfi: formatting and lints, the generated artefacts, the Rust tests
# (unit, golden, property, doc, CLI, the C ABI's programs under sanitizers and valgrind) and
# the Python package (built into a fresh virtual environment from PyPI packages). Installs
# what it needs. Every suite runs even when an earlier one fails; a summary comes last and
# the exit status is 1 when any suite failed.
#
# Needs nothing beside the repository: the test data is in testdata/. When the origin
# folder ../shared/reference is there, one test also compares the copies with it.
set -uo pipefail
cd "$(dirname "$0")/.."

# Disk is what a CI machine runs short of first (a run once failed with "No space left on
# device"). A run builds everything once from scratch, so cargo's incremental caches
# (~3 GB) are never read again, full debug information only swells the test binaries (line
# tables keep backtraces and sanitizer reports readable), and pip's download cache is never
# reused: all three are off here. Set them yourself to override.
export CARGO_INCREMENTAL=${CARGO_INCREMENTAL:-0}
export CARGO_PROFILE_DEV_DEBUG=${CARGO_PROFILE_DEV_DEBUG:-line-tables-only}
export PIP_NO_CACHE_DIR=${PIP_NO_CACHE_DIR:-1}

# free: the space left where the build writes, for the log.
free() { df -Ph . | awk 'NR == 2 { print $4 " free on " $6 }'; }
echo "disk at the start: $(free)"

passed=()
failed=()

# suite NAME COMMAND...: runs one suite and records how it went.
suite() {
  local name=$1
  shift
  printf '\n== %s\n' "$name"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name ($((SECONDS - start)) s)")
  else
    failed+=("$name")
    printf '!! %s failed (disk: %s)\n' "$name" "$(free)"
  fi
}

# Tools the C tests use; installed with apt-get when missing and possible.
tools() {
  local missing=()
  command -v cc >/dev/null || missing+=(gcc)
  command -v valgrind >/dev/null || missing+=(valgrind)
  command -v make >/dev/null || missing+=(make)
  command -v pkg-config >/dev/null || missing+=(pkg-config)
  command -v readelf >/dev/null || missing+=(binutils)
  # Spark (the Python package's engine tests) runs on Java 17 or later.
  command -v java >/dev/null || missing+=(openjdk-17-jre-headless)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "needed for the C tests: ${missing[*]}"
    return 1
  fi
}

python_package() {
  rm -rf .venv
  python3 -m venv .venv &&
    .venv/bin/python -m pip install --quiet --upgrade pip &&
    .venv/bin/python -m pip install --quiet "maturin>=1.9,<2" "pytest>=8" "mypy>=1.10" &&
    .venv/bin/python -m pip install --quiet "./mfi-py[arrow]" &&
    # The data engines of the "Scale out" recipes, which the engine tests run for real.
    .venv/bin/python -m pip install --quiet polars duckdb pandas pyspark
}

python_tests() {
  (cd mfi-py && MFI_REQUIRE_ENGINES=1 ../.venv/bin/python -m pytest -q -p no:cacheprovider tests)
}

python_stubs() {
  .venv/bin/python -m mypy.stubtest mfi --allowlist mfi-py/stubtest-allowlist.txt &&
    # The stubs serve typed user code: the tests, the benchmark and the engine recipes
    # type-check strictly.
    .venv/bin/python -m mypy --strict --cache-dir=/dev/null mfi-py/tests mfi-py/bench examples/engines
}

suite "formatting" cargo fmt --all -- --check
suite "lints" cargo clippy --workspace --all-targets --locked -- -D warnings
suite "documentation (rustdoc, warnings denied)" \
  env RUSTDOCFLAGS="-D warnings" cargo doc --workspace --exclude mfi-py --no-deps --locked --quiet
suite "tools for the C tests" tools
suite "generated artefacts (header, accessors, enums, stubs, parity files)" \
  cargo test -p mfi-codegen --locked --no-fail-fast
# mfi-py is a Python extension module: its tests run through pytest below.
suite "Rust tests (core, CLI, C ABI with sanitizers and valgrind)" \
  cargo test --workspace --exclude mfi-py --exclude mfi-codegen --locked --no-fail-fast
# On a CI machine (`.ci/run` sets MFI_CI=1) the debug build is not used again: its ~3 GB
# go before the Python package builds its release library and its environment (~1.5 GB),
# which halves what the run needs at its peak.
if [ "${MFI_CI:-}" = 1 ]; then
  rm -rf target/debug
  echo "removed the debug build: $(free)"
fi
if [ -f mfi-py/pyproject.toml ]; then
  suite "Python package (fresh venv, maturin)" python_package
  if [ -x .venv/bin/python ] && .venv/bin/python -c "import mfi" 2>/dev/null; then
    suite "Python tests (pytest)" python_tests
    suite "Python stubs (stubtest, mypy --strict)" python_stubs
  else
    failed+=("Python tests (not run: the package did not install)")
  fi
fi

printf '\n== summary\n'
echo "disk at the end: $(free)"
for s in "${passed[@]}"; do printf 'ok      %s\n' "$s"; done
for s in "${failed[@]}"; do printf 'FAILED  %s\n' "$s"; done
if [ ${#failed[@]} -ne 0 ]; then
  exit 1
fi
echo "all tests passed"
