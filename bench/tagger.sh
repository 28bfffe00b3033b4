#!/usr/bin/env bash
# Date-tagger throughput on one core (release build): tags every document of a corpus with its
# creation time and reports MB/s over the text. usage: bench/tagger.sh [CORPUS_DIR] [REPEAT]
# (default: the 1,000-article bench corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${2:-3}
corpus=${1:-bench/corpus/1000/txt}
# The default corpus is the 1,000 news-like articles compare.sh uses; made here when missing.
if [ -z "${1:-}" ] && [ ! -f bench/corpus/1000/manifest.json ]; then
  python3 ../shared/bench/make_corpus.py 1000 bench/corpus/1000 >/dev/null
fi
swift build -c release --product annals >/dev/null
bytes=$(cat "$corpus"/*.txt | wc -c)
best=999999
best_tagging=0
for _ in $(seq "$repeat"); do
  start=$(date +%s.%N)
  taskset -c 0 .build/release/annals dates --timings --reference-date 2024-02-16 --format json "$corpus"/*.txt \
    2> /tmp/annals-tagger.timings > /dev/null
  end=$(date +%s.%N)
  best=$(python3 -c "print(min($best, $end - $start))")
  # The tagging step alone, as `annals dates --timings` measures it (no process start, argument parsing,
  # reading or JSON).
  tagging=$(awk '/MB\/s tagging/ { print $1 }' /tmp/annals-tagger.timings)
  best_tagging=$(python3 -c "print(max($best_tagging, $tagging))")
done
python3 -c "print(f'tagger: {$bytes/1e6:.1f} MB in {$best:.2f} s on one core = {$bytes/1e6/$best:.1f} MB/s end to end (best of $repeat: process start, arguments, reading, JSON)')"
echo "tagger: $best_tagging MB/s tagging alone (best of $repeat, from annals dates --timings)"
