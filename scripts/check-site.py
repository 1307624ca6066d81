#!/usr/bin/env python3
"""Checks a built bantin site from the outside, independently of bantin's own checker.

- rss.xml, every category feed and sitemap.xml are well-formed XML of the right kind;
- the sitemap lists every HTML page that is not 404.html (so every article), and each URL it lists
  is a file of the site;
- every internal reference resolves to a file in the output: href, src and srcset in every HTML file,
  root-relative ("/a/"), relative ("../a/") or absolute on the site's own base URL (canonical, og:url,
  og:image), and url(…) in the stylesheets; a #fragment must name an id on the target page;
- every HTML page declares lang="vi" and a canonical URL, except a bulletin's email edition
  (ban-tin/*/email.html), which instead must have only absolute links and no script.
Prints what it checked; exits 1 when anything is wrong, listing every instance.
"""
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


class Page(HTMLParser):
    """The references, ids, language, canonical URL and kind (og:type) of one HTML file."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs, self.ids = [], set()
        self.lang = self.canonical = self.og_type = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")
        if tag == "meta" and attrs.get("property") == "og:type":
            self.og_type = attrs.get("content")
        for name in ("href", "src"):
            if attrs.get(name) is not None:
                self.refs.append(attrs[name])
        if tag == "meta" and attrs.get("property") in ("og:url", "og:image") and attrs.get("content"):
            self.refs.append(attrs["content"])
        for candidate in (attrs.get("srcset") or "").split(","):
            if candidate.strip():
                self.refs.append(candidate.split()[0])


class Site:
    def __init__(self, root: Path, base: str):
        self.root, self.base = root, base
        self.base_path = urlsplit(base).path or "/"
        self.pages = {}

    def page(self, path: Path):
        if path not in self.pages:
            parser = Page()
            parser.feed(path.read_text(encoding="utf-8"))
            self.pages[path] = parser
        return self.pages[path]

    def url_of(self, path: Path) -> str:
        """The site path a file is served at: "a/index.html" → "/base/a/"."""
        rel = path.relative_to(self.root).as_posix()
        return self.base_path + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)

    def target(self, ref: str, from_url: str):
        """The file an internal reference points to, with its fragment; None for references to other sites."""
        if ref.startswith(self.base):
            ref = self.base_path + ref[len(self.base):]
        parts = urlsplit(urljoin(from_url, ref))
        if parts.scheme or parts.netloc:
            return None
        path = unquote(parts.path)
        if not path.startswith(self.base_path):
            return self.root / "__outside_the_base_path__" / path.lstrip("/"), parts.fragment
        file = self.root / path[len(self.base_path):]
        if path.endswith("/"):
            file = file / "index.html"
        return file, parts.fragment


def main(root: Path) -> int:
    problems = []
    rss = ET.parse(root / "rss.xml").getroot()
    if rss.tag != "rss" or rss.get("version") != "2.0":
        problems.append("rss.xml is not RSS 2.0")
    site = Site(root, rss.find("channel/link").text)
    feeds = [root / "rss.xml"] + sorted(root.glob("chuyen-muc/*/rss.xml")) + sorted(root.glob("ban-tin/rss.xml"))
    for feed in feeds[1:]:
        ET.parse(feed)
    sitemap = ET.parse(root / "sitemap.xml").getroot()
    listed = {loc.text for loc in sitemap.iter(SITEMAP_NS + "loc")}
    for url in sorted(listed):
        found = site.target(url, site.base_path)
        if found is None or not found[0].is_file():
            problems.append(f"sitemap.xml lists {url}, which is not a file of the site")

    pages = sorted(root.rglob("*.html"))
    ref_count = articles = 0
    for path in pages:
        rel = path.relative_to(root).as_posix()
        page = site.page(path)
        if page.lang != "vi":
            problems.append(f"{rel}: <html lang> is {page.lang!r}, expected 'vi'")
        email = rel.startswith("ban-tin/") and rel.endswith("/email.html")
        if email:
            relative = [ref for ref in page.refs if not urlsplit(ref).scheme]
            if relative:
                problems.append(f"{rel}: the email edition has relative links {relative[:3]}")
            if "<script" in path.read_text(encoding="utf-8").lower():
                problems.append(f"{rel}: the email edition contains a script")
        elif page.canonical is None:
            problems.append(f"{rel}: no canonical link")
        if page.og_type == "article":
            articles += 1
        if rel != "404.html" and not email:
            url = site.base + site.url_of(path)[len(site.base_path):]
            if url not in listed:
                problems.append(f"{rel}: not in sitemap.xml ({url})")
        # 404.html is served at any address, so its references must not depend on where it is.
        from_url = site.url_of(path)
        for ref in page.refs:
            found = site.target(ref, from_url)
            if found is None:
                continue
            ref_count += 1
            file, fragment = found
            if not file.is_file():
                problems.append(f"{rel}: link to {ref} does not resolve to a file")
            elif fragment and file.suffix == ".html" and fragment not in site.page(file).ids:
                problems.append(f"{rel}: link to {ref}: no id={fragment!r} on that page")
            if rel == "404.html" and not ref.startswith(("/", "#", "http:", "https:", "mailto:")):
                problems.append(f"404.html: {ref} is relative, so it breaks when the page is served at another address")

    stylesheets = sorted(root.glob("assets/**/*.css"))
    for sheet in stylesheets:
        rel = sheet.relative_to(root).as_posix()
        for ref in re.findall(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)", sheet.read_text(encoding="utf-8")):
            if ref.startswith("data:"):
                continue
            found = site.target(ref, site.url_of(sheet))
            if found is None:
                continue
            ref_count += 1
            if not found[0].is_file():
                problems.append(f"{rel}: url({ref}) does not resolve to a file")

    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"check-site: {len(pages)} HTML files ({articles} articles), {len(feeds)} feeds, {len(listed)} sitemap URLs, "
          f"{ref_count} internal references checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "site")))
