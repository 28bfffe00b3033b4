#!/usr/bin/env bash
# Set up a fresh Debian machine (with Swift) and build the site from seeds/ into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build -c release --product annals
.build/release/annals build
