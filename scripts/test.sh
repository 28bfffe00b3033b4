#!/usr/bin/env bash
# Run every test: the Swift suites (unit, golden, CLI, browser) and the site validators.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
swift build --product annals
swift test 2>&1 | tee .build/swift-test.log
python3 scripts/check_site.py public
