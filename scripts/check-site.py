#!/usr/bin/env python3
"""Checks a built bantin site from the outside, independently of bantin's own checker.

- rss.xml, every category feed and sitemap.xml are well-formed XML of the right kind;
- the sitemap lists every HTML page that is not 404.html;
- every internal href/src in every HTML file resolves to a file in the output;
- every HTML page declares lang="vi" and a canonical URL;
- every bulletin email edition (ban-tin/*/email.html) has only absolute links and no script.
Prints what it checked; exits 1 on the first kind of problem it finds, listing every instance.
"""
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs, self.lang, self.canonical = [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                self.refs.append(attrs[name])


def main(root: Path) -> int:
    problems = []
    base = None
    rss = ET.parse(root / "rss.xml").getroot()
    if rss.tag != "rss" or rss.get("version") != "2.0":
        problems.append("rss.xml is not RSS 2.0")
    base = rss.find("channel/link").text
    feeds = [root / "rss.xml"] + sorted(root.glob("chuyen-muc/*/rss.xml")) + sorted(root.glob("ban-tin/rss.xml"))
    for feed in feeds[1:]:
        ET.parse(feed)
    sitemap = ET.parse(root / "sitemap.xml").getroot()
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    listed = {loc.text for loc in sitemap.iter(ns + "loc")}
    pages = sorted(p for p in root.rglob("*.html"))
    ref_count = 0
    for page in pages:
        rel = page.relative_to(root).as_posix()
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        if parser.lang != "vi":
            problems.append(f"{rel}: <html lang> is {parser.lang!r}, expected 'vi'")
        if rel.startswith("ban-tin/") and rel.endswith("/email.html"):
            relative = [ref for ref in parser.refs if not urlsplit(ref).scheme]
            if relative:
                problems.append(f"{rel}: email edition has relative links {relative[:3]}")
            if "<script" in page.read_text(encoding="utf-8").lower():
                problems.append(f"{rel}: email edition contains a script")
            continue
        if parser.canonical is None:
            problems.append(f"{rel}: no canonical link")
        if rel != "404.html":
            url = base + rel[: -len("index.html")] if rel.endswith("index.html") else base + rel
            if url not in listed:
                problems.append(f"{rel}: not in sitemap.xml ({url})")
        for ref in parser.refs:
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or not parts.path.startswith("/"):
                continue
            ref_count += 1
            target = root / unquote(parts.path).lstrip("/")
            if parts.path.endswith("/"):
                target = target / "index.html"
            if not target.is_file():
                problems.append(f"{rel}: link to {ref} does not resolve to a file")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-site: {len(pages)} HTML files, {len(feeds)} feeds, {len(listed)} sitemap URLs, "
          f"{ref_count} internal links checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
