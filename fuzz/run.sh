#!/usr/bin/env bash
# Short libFuzzer runs of every fuzz target on the stable toolchain (no cargo-fuzz or
# nightly needed): coverage instrumentation through rustc flags, for the targets only.
# Usage: bash fuzz/run.sh [SECONDS per target] [TARGET...]   (default 60, every target)
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(classify parse read_message read_log arrow)
host=$(rustc -vV | sed -n 's/^host: //p')
# Debug assertions and overflow checks come from the profile, not from RUSTFLAGS, so that
# Cargo.toml can leave them off for mail-parser (see there).
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
 -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing" \
  CARGO_PROFILE_RELEASE_DEBUG_ASSERTIONS=true CARGO_PROFILE_RELEASE_OVERFLOW_CHECKS=true \
  cargo build --release --target "$host" --bins
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" artifacts
  if [ "$t" = classify ]; then
    # Seed with every text of the test data and the sample.
    cp ../examples/queue-sample.log corpus/classify/sample
    i=0
    while IFS= read -r line; do
      printf '%s' "$line" > "corpus/classify/seed-$i"
      i=$((i + 1))
    done < <(cut -f2 ../testdata/parity/inputs.tsv | tail -n +6)
  fi
  if [ "$t" = read_message ]; then
    # Seed with the bounce fixtures.
    cp ../testdata/messages/*.eml ../testdata/messages/*.mbox corpus/read_message/
  fi
  if [ "$t" = read_log ]; then
    # Seed with the first lines of each fixture log.
    for f in ../testdata/logs/*; do
      case "$f" in *.md | *.gz) continue ;; esac
      head -c 8192 "$f" > "corpus/read_log/$(basename "$f")"
    done
  fi
  if [ "$t" = arrow ]; then
    # Seed with the sample's lines and two fixture messages.
    cp ../examples/queue-sample.log corpus/arrow/sample
    cp ../testdata/messages/postfix-expired.eml ../testdata/messages/exim-multi.eml corpus/arrow/
  fi
  echo "== $t ($secs s)"
  "target/$host/release/$t" "corpus/$t" -artifact_prefix=artifacts/ \
    -max_total_time="$secs" -max_len="$(case "$t" in read_message | read_log | arrow) echo 32768 ;; *) echo 4096 ;; esac)"
done
