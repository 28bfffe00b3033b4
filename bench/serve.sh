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
"$annals" serve --port 0 --timings > serve.log 2> serve.err &
server=$!
until grep -q "Serving on" serve.log 2>/dev/null; do sleep 0.2; done
port=$(sed -n 's/.*127.0.0.1:\([0-9]*\).*/\1/p' serve.log | head -1)
echo "$(head -1 serve.log)"
# Save, then ask for the article's page every 2 ms on one keep-alive connection until it shows the edit
# (a curl process per poll would add its own start-up to every figure).
python3 - "$port" <<'PY'
import http.client, random, sys, time
port = int(sys.argv[1])
connection = http.client.HTTPConnection("127.0.0.1", port)
for run in (1, 2, 3, 4, 5):
    marker = f"Latency marker {run} {random.randrange(10**9)}"
    start = time.perf_counter()
    with open("seeds/00001.txt", "a") as article:
        article.write(f"\n{marker} said on Monday that talks would go on.\n")
    while True:
        connection.request("GET", "/articles/00001.html")
        if marker in connection.getresponse().read().decode():
            break
        time.sleep(0.002)
    print(f"save -> served, run {run}: {(time.perf_counter() - start) * 1000:.0f} ms")
    time.sleep(1.5)
PY
grep "rebuilt" serve.log | tail -3
echo "phases of the last rebuild:"; tail -5 serve.err
rss() { echo $(( $(ps -o rss= -p $server) / 1024 )); }
echo "server RSS before load: $(rss) MB"
if command -v wrk >/dev/null; then
  # The same load three times: memory is flat when the second and third runs add nothing.
  event=$(curl -s "http://127.0.0.1:$port/index.html" | grep -o 'href="events/[^"]*"' | sed -n '1s/href="events\/\(.*\)"/\1/p' || true)
  for target in index.html index.html index.html "events/$event" events.json; do
    { wrk -t2 -c16 -d10s "http://127.0.0.1:$port/$target" | grep -E "requests in|Socket errors|Non-2xx" | tr -s ' ' | paste -sd ' ' \
      | sed "s|^|$target: |"; } || true
    echo "  server RSS after: $(rss) MB"
  done
fi
