#!/usr/bin/env python3
"""Opens a site built with `bantin build --relative-urls` straight from disk (file://) in headless
Chromium, as someone does who double-clicks site/index.html or opens it from a USB stick.

Usage: file-url-check.py SITE_DIR [SCREENSHOT_DIR]

Checks:
- no page (but 404.html, which a web host serves at any depth) has a link, picture, stylesheet or
  script that starts with "/", which from disk would point at the root of the disk;
- the home page's stylesheet is applied (the header's computed background is the theme's blue gradient,
  not none), the logo and every picture loaded (naturalWidth > 0);
- following the first article link opens that article's index.html, styled and with its pictures,
  and its "Trang chủ" link leads back to the home page.
Screenshots: SCREENSHOT_DIR/file-home.png and file-article.png (default .build/screenshots).
With OFFLINE=1 and no Chromium, selenium or chromedriver, it says so and skips; otherwise that is a failure.
"""
import importlib.util
import os
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("browser_check", HERE / "browser-check.py")
browser_check = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(browser_check)

DESKTOP = {"name": "1280", "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}
ROOT_LINK = re.compile(r'''\s(?:href|src|srcset|action|poster)\s*=\s*["']?/(?!/)''', re.IGNORECASE)


def root_links(site: Path):
    """(page, count) for every page but 404.html that still links from the root of the disk."""
    found = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site).as_posix()
        if relative == "404.html":
            continue
        count = len(ROOT_LINK.findall(page.read_text(encoding="utf-8")))
        if count:
            found.append((relative, count))
    return found


def page_state(driver):
    """What a reader sees: the header's background, and pictures that did not load."""
    return driver.execute_script("""
        const header = document.querySelector('.site-header');
        return {
          url: location.href,
          background: header ? getComputedStyle(header).backgroundImage : null,
          logo: (document.querySelector('.brand-logo') || {}).naturalWidth || 0,
          images: document.images.length,
          broken: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.getAttribute('src')),
          title: (document.querySelector('h1') || {}).textContent || '',
        };""")


def wait_for_navigation(driver, previous: str):
    """Waits (at most 10 s) until a click has left `previous` and the new page has loaded."""
    deadline = time.monotonic() + 10
    while driver.current_url == previous and time.monotonic() < deadline:
        time.sleep(0.05)
    while driver.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
        time.sleep(0.05)


def styled(state):
    return "gradient" in (state["background"] or "")


def main(site: Path, screenshots: Path) -> int:
    check = browser_check.Check()
    leftovers = root_links(site)
    check.expect(not leftovers, f"links from the root of the disk remain: {leftovers[:5]}")

    missing = browser_check.find_tools()
    if missing:
        if os.environ.get("OFFLINE") == "1":
            print(f"file-url-check: SKIPPED (OFFLINE=1): {', '.join(missing)} not installed")
            return 0
        print(f"file-url-check: FAILED: {', '.join(missing)} not installed (scripts/install-check-tools.sh installs them)")
        return 1

    screenshots.mkdir(parents=True, exist_ok=True)
    home_url = (site / "index.html").resolve().as_uri()
    driver = browser_check.start_browser()
    try:
        browser_check.emulate(driver, DESKTOP)
        browser_check.open_page(driver, home_url)
        home = page_state(driver)
        browser_check.screenshot(driver, DESKTOP, screenshots / "file-home.png")
        check.expect(styled(home), f"home from disk: stylesheet not applied (header background {home['background']})")
        check.expect(home["logo"] > 0, "home from disk: the logo did not load")
        check.expect(home["images"] > 1 and not home["broken"], f"home from disk: pictures did not load: {home['broken']}")

        article_link = driver.execute_script(
            "const a = document.querySelector('.lead-story a[href], article a[href*=\"/index.html\"], main a[href$=\"/index.html\"]');"
            "if (!a) return null; const href = a.href; a.click(); return href;")
        check.expect(article_link and article_link.startswith("file://") and article_link.endswith("/index.html"),
                     f"home from disk: no article link to a file (found {article_link})")
        wait_for_navigation(driver, home_url)
        article = page_state(driver)
        browser_check.screenshot(driver, DESKTOP, screenshots / "file-article.png")
        check.expect(article["url"] == article_link, f"the article link led to {article['url']}, not {article_link}")
        check.expect(styled(article), "article from disk: stylesheet not applied")
        check.expect(article["title"].strip() != "", "article from disk: no title (h1)")
        check.expect(not article["broken"], f"article from disk: pictures did not load: {article['broken']}")

        clicked = driver.execute_script(
            "const a = [...document.querySelectorAll('.menu-list a')].find(a => a.textContent.trim() === 'Trang chủ');"
            "if (!a) return false; a.click(); return true;")
        check.expect(clicked, "article from disk: no 'Trang chủ' link in the menu")
        wait_for_navigation(driver, article["url"])
        back = page_state(driver)
        check.expect(back["url"] == home_url, f"'Trang chủ' on the article led to {back['url']}, not {home_url}")
        check.expect(styled(back) and not back["broken"], "home again: not styled or pictures missing")
    finally:
        driver.quit()

    if check.failures:
        for failure in check.failures:
            print(f"file-url-check: FAILED: {failure}")
        return 1
    print(f"file-url-check: {check.passed} checks passed, opening {site}/index.html from disk (file://)")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    site_dir = Path(sys.argv[1]).resolve()
    screenshot_dir = Path(sys.argv[2]) if len(sys.argv) == 3 else Path(".build/screenshots")
    sys.exit(main(site_dir, screenshot_dir))
