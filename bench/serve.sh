#!/usr/bin/env bash
# Preview latency and load: on a 1,000-article project, time from saving one article to the new page
# being served, and 10,000+ requests from wrk on loopback. usage: bench/serve.sh
set -euo pipefail
[ -n "${TRACE:-}" ] && set -x
cd "$(dirname "$0")/.."
swift build -c release --product annals >/dev/null
annals=$PWD/.build/release/annals
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
python3 ../shared/bench/make_corpus.py 1000 "$work/corpus" >/dev/null
mkdir -p "$work/project" && cp -r "$work/corpus/txt" "$work/project/seeds" && cp -r templates "$work/project/"
cd "$work/project"
"$annals" serve --port 0 > serve.log 2>/dev/null &
server=$!
until grep -q "Serving on" serve.log; do sleep 0.2; done
port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' serve.log | head -1)
echo "$(head -1 serve.log)"
for i in 1 2 3; do
  marker="Latency marker $i $RANDOM"
  start=$(date +%s.%N)
  printf '\n%s said on Monday that talks would go on.\n' "$marker" >> seeds/00001.txt
  until curl -s "http://127.0.0.1:$port/articles/00001.html" | grep -q "$marker"; do sleep 0.01; done
  end=$(date +%s.%N)
  python3 -c "print(f'save -> served, run $i: {($end - $start) * 1000:.0f} ms')"
done
grep "rebuilt" serve.log | tail -3
rss_before=$(ps -o rss= -p $server)
if command -v wrk >/dev/null; then
  wrk -t2 -c16 -d10s "http://127.0.0.1:$port/index.html" | sed -n '1,12p'
  wrk -t2 -c16 -d10s "http://127.0.0.1:$port/events.json" | grep -E "requests in|Non-2xx|errors" || true
fi
rss_after=$(ps -o rss= -p $server)
echo "server RSS before load: $((rss_before / 1024)) MB, after: $((rss_after / 1024)) MB"
