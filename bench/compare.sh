#!/usr/bin/env bash
# Annals vs Hugo on the same generated corpora, alternating, several runs each; prints median wall
# time, peak memory (max RSS) and the ratio Annals/Hugo, plus one Annals build's step times.
# usage: bench/compare.sh [SIZES...]   (default: 1000 10000)   RUNS=5 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-5}
work=${BENCH_DIR:-bench/corpus}
command -v hugo >/dev/null || { echo "install Debian's hugo first (apt-get install hugo)"; exit 1; }
swift build -c release --product annals >/dev/null
annals=$PWD/.build/release/annals
for n in "${sizes[@]}"; do
  corpus=$work/$n
  [ -f "$corpus/manifest.json" ] || python3 ../shared/bench/make_corpus.py "$n" "$corpus" >/dev/null
  declare -a at=() am=() ht=() hm=()
  for i in $(seq "$runs"); do
    # Outputs are kept until the end: deleting thousands of fresh files slows the next run.
    /usr/bin/time -f "%e %M" -o /tmp/annals.time "$annals" build --input "$corpus/txt" --templates templates \
      --output "$corpus/out-annals-$i" >/dev/null 2>&1
    /usr/bin/time -f "%e %M" -o /tmp/hugo.time hugo --quiet --source ../shared/bench/hugo-site --contentDir "$PWD/$corpus/content" \
      --cacheDir /tmp/hugo-cache --destination "$PWD/$corpus/out-hugo-$i" >/dev/null 2>&1
    read -r t m < /tmp/annals.time; at+=("$t"); am+=("$m")
    read -r t m < /tmp/hugo.time; ht+=("$t"); hm+=("$m")
  done
  python3 - "$n" "${at[*]}" "${am[*]}" "${ht[*]}" "${hm[*]}" <<'PY'
import statistics, sys
n, at, am, ht, hm = sys.argv[1], *[list(map(float, a.split())) for a in sys.argv[2:]]
ma, mh = statistics.median(at), statistics.median(ht)
print(f"N={n}: annals median {ma:.2f} s, peak {max(am)/1024:.0f} MB | hugo median {mh:.2f} s, peak {max(hm)/1024:.0f} MB | ratio annals/hugo {ma/mh:.2f}")
PY
  "$annals" build --input "$corpus/txt" --templates templates --output "$corpus/out-annals-timings" --timings 2>&1 >/dev/null \
    | grep -E '^ +[0-9.]+ s  ' | sed "s/^/  N=$n step: /"
  rm -rf "$corpus"/out-*
done
