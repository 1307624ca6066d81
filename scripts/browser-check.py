#!/usr/bin/env python3
"""Opens the built sample site in headless Chromium and checks what a reader would notice.

Usage: browser-check.py SITE_DIR [SCREENSHOT_DIR]

The site is served over HTTP on a free loopback port (its links are root-relative), for the length of
the check. The seed article is opened as a phone (375 px, through the DevTools protocol, since a
headless window cannot be narrower than 500 px) and as a desktop (1280 px), and for each:
- no horizontal scrollbar, here and on the home page (1 and 2), a category, a tag, a page, the search page
  (with results) and the 404 page;
- the title, the time "(09:40 | 09/11/2021)", the bold lead, every figure caption (in italics) and the
  right-aligned signature are on screen, inside the page's width;
- the menu: folded behind its button on the phone (aria-expanded false, then true once pressed),
  open on the desktop;
- "Xem với cỡ chữ": pressing "Tăng cỡ chữ" with the keyboard makes the article text larger, the size
  survives a reload, and "Giảm cỡ chữ" makes it smaller than at first;
- "Sao chép liên kết" puts the article's address on the clipboard and says "Đã sao chép liên kết.";
- printed (print media): no header, menu, buttons or footer, and the article's address under the title.
Full-page screenshots go to SCREENSHOT_DIR (default .build/screenshots), with a PDF of the print.
With OFFLINE=1 and no Chromium, selenium or chromedriver, it says so and skips; otherwise that is a failure.
"""
import base64
import functools
import os
import re
import shutil
import sys
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SEED = "/2021/11/nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa/"
OTHER_PAGES = {
    "home": "/", "home-page-2": "/trang/2/", "category": "/chuyen-muc/chi-bo/", "tag": "/tu-khoa/dan-van-kheo/",
    "page": "/gioi-thieu/", "404": "/khong-co-trang-nay/",
    "search": "/tim-kiem/?q=dan+van+kheo",
}
VIEWPORTS = [
    {"name": "375", "width": 375, "height": 812, "deviceScaleFactor": 2, "mobile": True},
    {"name": "1280", "width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False},
]


def find_tools():
    """The browser, its driver and selenium, or the reason they are missing."""
    missing = [name for name in ("chromium", "chromedriver") if shutil.which(name) is None]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("selenium (pip)")
    return missing


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves the site like a static host: /x/ → x/index.html, and 404.html for what does not exist."""

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve(site: Path):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def start_browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--hide-scrollbars", "--window-size=1280,900", "--lang=vi"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


class Check:
    """Collects failed expectations instead of stopping at the first, and says what passed."""

    def __init__(self):
        self.failures, self.passed = [], 0

    def expect(self, condition, message):
        if condition:
            self.passed += 1
        else:
            self.failures.append(message)
        return condition


def emulate(driver, viewport, height=None):
    metrics = {key: viewport[key] for key in ("width", "height", "deviceScaleFactor", "mobile")}
    if height:
        metrics["height"] = height
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)


def open_page(driver, url):
    driver.get(url)
    deadline = time.monotonic() + 10
    while driver.execute_script("return document.readyState") != "complete" and time.monotonic() < deadline:
        time.sleep(0.05)
    driver.execute_script("return document.fonts.ready.then(() => true)")


def screenshot(driver, viewport, path: Path):
    """The whole page, not only the first screen."""
    height = driver.execute_script("return Math.ceil(document.documentElement.scrollHeight)")
    result = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": viewport["width"], "height": height, "scale": 1},
    })
    path.write_bytes(base64.b64decode(result["data"]))


def horizontal_overflow(driver, viewport):
    """How many CSS pixels the page is wider than the screen (0 when there is no horizontal scrollbar).

    Measured against the device's width, not window.innerWidth: a phone widens its layout viewport
    to fit a page that is too wide, so innerWidth grows with the very overflow we look for.
    """
    return driver.execute_script(
        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth) - arguments[0]",
        viewport["width"])


VISIBLE = """
const element = arguments[0], screenWidth = arguments[1];
const box = element.getBoundingClientRect();
const style = getComputedStyle(element);
return {
  text: element.innerText.trim(), width: box.width, height: box.height, left: box.left, right: box.right,
  shown: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0,
  weight: Number(style.fontWeight), italic: style.fontStyle, align: style.textAlign,
  screenWidth: screenWidth,
};
"""


def check_visible(driver, check, viewport, label, selector, text=None, **style):
    from selenium.webdriver.common.by import By

    elements = driver.find_elements(By.CSS_SELECTOR, selector)
    if not check.expect(elements, f"{label}: nothing matches {selector}"):
        return []
    for element in elements:
        info = driver.execute_script(VISIBLE, element, viewport["width"])
        where = f"{label} ({selector})"
        check.expect(info["shown"] and info["width"] > 0 and info["height"] > 0, f"{where} is not visible")
        check.expect(info["left"] >= -0.5 and info["right"] <= info["screenWidth"] + 0.5,
                     f"{where} sticks out of the screen: {info['left']:.0f}–{info['right']:.0f} of {info['screenWidth']} px")
        if text is not None:
            check.expect(re.search(text, info["text"]), f"{where} reads {info['text'][:80]!r}, expected /{text}/")
        if "bold" in style:
            check.expect(info["weight"] >= 600, f"{where} is not bold (font-weight {info['weight']})")
        if "italic" in style:
            check.expect(info["italic"] == "italic", f"{where} is not italic ({info['italic']})")
        if "align" in style:
            check.expect(info["align"] in (style["align"], "end"), f"{where} is aligned {info['align']}, not {style['align']}")
    return elements


def article_font_size(driver):
    return driver.execute_script(
        "return parseFloat(getComputedStyle(document.querySelector('.article-body p')).fontSize)")


def check_text_size(driver, check, url, name):
    """Presses the buttons with the keyboard, as someone without a mouse would, and reloads."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    before = article_font_size(driver)
    larger = driver.find_element(By.CSS_SELECTOR, "button[aria-label='Tăng cỡ chữ']")
    smaller = driver.find_element(By.CSS_SELECTOR, "button[aria-label='Giảm cỡ chữ']")
    check.expect(larger.is_displayed() and smaller.is_displayed(), f"{name}: the text-size buttons are not visible")
    larger.send_keys(Keys.ENTER)
    larger.send_keys(Keys.SPACE)
    after = article_font_size(driver)
    check.expect(after > before, f"{name}: 'Tăng cỡ chữ' left the article text at {after}px (was {before}px)")
    open_page(driver, url)
    reloaded = article_font_size(driver)
    check.expect(reloaded == after, f"{name}: after a reload the article text is {reloaded}px, expected the chosen {after}px")
    smaller = driver.find_element(By.CSS_SELECTOR, "button[aria-label='Giảm cỡ chữ']")
    for _ in range(3):
        smaller.send_keys(Keys.ENTER)
    reduced = article_font_size(driver)
    check.expect(reduced < before, f"{name}: 'Giảm cỡ chữ' three times left the text at {reduced}px (first {before}px)")
    open_page(driver, url)
    check.expect(article_font_size(driver) == reduced, f"{name}: the smaller size did not survive a reload")
    print(f"  {name}: article text {before:g}px → larger {after:g}px (kept after reload) → smaller {reduced:g}px (kept)")
    driver.execute_script("localStorage.clear()")


def check_menu(driver, check, viewport, screenshots: Path):
    from selenium.webdriver.common.by import By

    name = viewport["name"]
    toggle = driver.find_element(By.CSS_SELECTOR, ".menu-toggle")
    menu = driver.find_element(By.CSS_SELECTOR, ".menu-list")
    if viewport["mobile"]:
        check.expect(toggle.is_displayed(), f"{name}: the menu button is not shown on a phone")
        check.expect(toggle.get_attribute("aria-expanded") == "false", f"{name}: the menu button does not start folded")
        check.expect(not menu.is_displayed(), f"{name}: the menu is open before its button is pressed")
        toggle.click()
        check.expect(toggle.get_attribute("aria-expanded") == "true", f"{name}: aria-expanded stays false after pressing the menu button")
        check.expect(menu.is_displayed(), f"{name}: the menu does not open")
        driver.save_screenshot(str(screenshots / f"menu-{name}-open.png"))
        toggle.click()
    else:
        check.expect(not toggle.is_displayed(), f"{name}: the menu button shows on a wide screen")
        check.expect(menu.is_displayed(), f"{name}: the menu is hidden on a wide screen")


def check_copy_link(driver, check, origin):
    """"Sao chép liên kết" puts the article's canonical address on the clipboard and says so."""
    from selenium.webdriver.common.by import By

    driver.execute_cdp_cmd("Browser.grantPermissions", {"origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    from selenium.webdriver.support.ui import WebDriverWait

    driver.find_element(By.CSS_SELECTOR, ".copy-link").click()
    # The message is written when the clipboard's promise settles, a moment after the click.
    try:
        WebDriverWait(driver, 5).until(lambda d: d.find_element(By.CSS_SELECTOR, ".copy-status").text.strip())
    except Exception:
        pass
    status = driver.find_element(By.CSS_SELECTOR, ".copy-status").text
    copied = driver.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, error => done('refused: ' + error))")
    canonical = driver.find_element(By.CSS_SELECTOR, "link[rel=canonical]").get_attribute("href")
    check.expect(status == "Đã sao chép liên kết.", f"copy link: the page says {status!r}")
    check.expect(copied == canonical, f"copy link: the clipboard holds {copied!r}, not {canonical}")


def check_print(driver, check, screenshots: Path):
    from selenium.webdriver.common.by import By

    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    for selector in (".site-header", ".breadcrumb", ".text-size", ".article-tools", ".neighbours", ".site-footer"):
        for element in driver.find_elements(By.CSS_SELECTOR, selector):
            check.expect(not element.is_displayed(), f"print: {selector} is printed")
    address = driver.find_element(By.CSS_SELECTOR, ".article-url")
    canonical = driver.find_element(By.CSS_SELECTOR, "link[rel=canonical]").get_attribute("href")
    check.expect(address.is_displayed() and address.text.strip() == canonical,
                 f"print: the article's address {canonical} is not printed under the title")
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    pdf = driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": False})
    (screenshots / "article-print.pdf").write_bytes(base64.b64decode(pdf["data"]))


def main(site: Path, screenshots: Path) -> int:
    missing = find_tools()
    if missing:
        if os.environ.get("OFFLINE") == "1":
            print(f"browser-check: SKIPPED (OFFLINE=1): {', '.join(missing)} not installed")
            return 0
        print(f"browser-check: error: {', '.join(missing)} not installed; run scripts/install-check-tools.sh", file=sys.stderr)
        return 1
    if not (site / SEED.strip("/") / "index.html").is_file():
        print(f"browser-check: error: {site} has no seed article at {SEED}", file=sys.stderr)
        return 1
    screenshots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    check = Check()
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = start_browser()
    saved = []
    try:
        for viewport in VIEWPORTS:
            name = viewport["name"]
            emulate(driver, viewport)
            url = base + SEED
            open_page(driver, url)
            driver.execute_script("localStorage.clear()")
            open_page(driver, url)
            check.expect(horizontal_overflow(driver, viewport) <= 0,
                         f"{name}: the article is {horizontal_overflow(driver, viewport)} px wider than the screen (horizontal scrollbar)")
            check_visible(driver, check, viewport, f"{name} title", "h1.article-title", text="Dân vận khéo")
            check_visible(driver, check, viewport, f"{name} time", ".article-time", text=r"^\(\d\d:\d\d \| \d\d/\d\d/\d{4}\)$")
            check_visible(driver, check, viewport, f"{name} lead", ".article-lead", text="^Thấm nhuần", bold=True)
            captions = check_visible(driver, check, viewport, f"{name} caption", "figure figcaption", italic=True)
            check.expect(len(captions) == 2, f"{name}: expected the seed's 2 figure captions, found {len(captions)}")
            check_visible(driver, check, viewport, f"{name} signature", ".article-author", text="^T.T$", bold=True, align="right")
            check_visible(driver, check, viewport, f"{name} breadcrumb", ".breadcrumb", text="Trang chủ")
            check_menu(driver, check, viewport, screenshots)
            if viewport["mobile"]:
                saved.append(f"menu-{name}-open.png")
            driver.save_screenshot(str(screenshots / f"article-{name}-first-screen.png"))
            screenshot(driver, viewport, screenshots / f"article-{name}.png")
            saved += [f"article-{name}-first-screen.png", f"article-{name}.png"]
            check_text_size(driver, check, url, name)
            if not viewport["mobile"]:
                check_copy_link(driver, check, base)
                check_print(driver, check, screenshots)
                saved.append("article-print.pdf")
            for page, path in OTHER_PAGES.items():
                open_page(driver, base + path)
                check.expect(horizontal_overflow(driver, viewport) <= 0,
                             f"{name}: {path} is {horizontal_overflow(driver, viewport)} px wider than the screen")
                screenshot(driver, viewport, screenshots / f"{page}-{name}.png")
                saved.append(f"{page}-{name}.png")
    finally:
        driver.quit()
        server.shutdown()
    for failure in check.failures:
        print(f"browser-check: FAIL {failure}", file=sys.stderr)
    print(f"browser-check: {check.passed} passed, {len(check.failures)} failed in {time.monotonic() - started:.1f} s; "
          f"screenshots in {screenshots}: {' '.join(saved)}")
    return 1 if check.failures else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    site_dir = Path(arguments[0] if arguments else "site")
    screenshot_dir = Path(arguments[1] if len(arguments) > 1 else ".build/screenshots")
    sys.exit(main(site_dir, screenshot_dir))
