#!/usr/bin/env bash
# Date-tagger throughput on one core (release build): tags every document of a corpus with its
# creation time and reports MB/s over the text. usage: bench/tagger.sh [CORPUS_DIR] [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/bench/corpus-1k/txt}
repeat=${2:-3}
swift build -c release --product annals >/dev/null
bytes=$(cat "$corpus"/*.txt | wc -c)
best=999999
for _ in $(seq "$repeat"); do
  start=$(date +%s.%N)
  taskset -c 0 .build/release/annals dates --reference-date 2024-02-16 --format json "$corpus"/*.txt > /dev/null
  end=$(date +%s.%N)
  best=$(python3 -c "print(min($best, $end - $start))")
done
python3 -c "print(f'tagger: {$bytes/1e6:.1f} MB in {$best:.2f} s on one core = {$bytes/1e6/$best:.1f} MB/s (best of $repeat, includes reading and JSON output)')"
