#!/usr/bin/env bash
# Short libFuzzer run of the classify target on the stable toolchain (no cargo-fuzz or
# nightly needed): coverage instrumentation through rustc flags, for the target only.
# Usage: bash fuzz/run.sh [SECONDS]   (default 60)
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
target=$(rustc -vV | sed -n 's/^host: //p')
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
  cargo build --release --target "$target" --bin classify
mkdir -p corpus/classify artifacts
cp ../examples/queue-sample.log corpus/classify/sample
"target/$target/release/classify" corpus/classify -artifact_prefix=artifacts/ \
  -max_total_time="$secs" -max_len=4096
