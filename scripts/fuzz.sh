#!/usr/bin/env bash
# Build the libFuzzer targets and run each for SECONDS (default 600), two at a time.
# Crashers are copied to Tests/Fixtures/fuzz-regressions/<target>/, which `swift test` replays.
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz-ingest fuzz-dates fuzz-markdown fuzz-preview-path)
for target in "${targets[@]}"; do
  ANNALS_FUZZ=1 swift build --scratch-path .build-fuzz --product "$target" -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
done
run() {
  local target=$1 corpus=.build-fuzz/corpus/$1 crashes=.build-fuzz/crashes/$1
  mkdir -p "$corpus" "$crashes" "Tests/Fixtures/fuzz-regressions/$target"
  case $target in
    fuzz-ingest|fuzz-dates) seeds=seeds ;;
    *) seeds=Tests/Fixtures/fuzz-regressions/$target ;;
  esac
  .build-fuzz/debug/"$target" "$corpus" "$seeds" -max_total_time="$seconds" -max_len=8192 -artifact_prefix="$crashes/" \
    > ".build-fuzz/$target.log" 2>&1 || true
  cp "$crashes"/* "Tests/Fixtures/fuzz-regressions/$target/" 2>/dev/null || true
  echo "$target: $(grep -E '^Done|^#[0-9]+.*DONE' ".build-fuzz/$target.log" | tail -1) crashes: $(ls "$crashes" | wc -l)"
}
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  run "${targets[i]}" &
  if [ $((i + 1)) -lt ${#targets[@]} ]; then run "${targets[i + 1]}" & fi
  wait
done
