#!/usr/bin/env bash
# Install the system packages Annals needs: libcmark (build), and for the tests a headless Chromium
# with its driver, a Java runtime for the HTML validator, and the Python tools. Idempotent.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
need=()
for pkg in libcmark-dev pkg-config; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ "${1:-}" = "--test" ]; then
  for pkg in chromium chromium-driver default-jre-headless; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  python3 -m pip install --quiet --disable-pip-version-check -r scripts/test-requirements.txt
fi
