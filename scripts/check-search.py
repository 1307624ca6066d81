#!/usr/bin/env python3
"""Builds the search fixture site and runs its query table through the real /tim-kiem/ page in headless Chromium.

Usage: check-search.py BANTIN [SCREENSHOT_DIR]

BANTIN is the bantin program (e.g. .build/debug/bantin). The fixture's content
(Tests/BantinKitTests/Fixtures/sites/search/content) is built with the default theme (templates/) into
.build/search-site, served on a free loopback port, and each query of queries.tsv in that folder is typed
into the page (or given in the address, or in decomposed Unicode, as the table says); its expected article
must be among the first 3 results. Then: matched syllables are highlighted with their real tone marks,
markup in a title shows as text, the category and year filters, the back button, the phone layout (no
horizontal scroll at 375 px, the header's search icon) and the message without JavaScript.
With OFFLINE=1 and no Chromium, selenium or chromedriver, it says so and skips; otherwise that is a failure.
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import time
import unicodedata
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "Tests/BantinKitTests/Fixtures/sites/search"
spec = importlib.util.spec_from_file_location("browser_check", ROOT / "scripts/browser-check.py")
browser = importlib.util.module_from_spec(spec)
spec.loader.exec_module(browser)


def read_queries(path: Path):
    """(query, expected slug, form, note) rows; '#' lines are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            query, slug, form, note = line.split("\t")
            rows.append((query, slug, form, note))
    return rows


def build_fixture(bantin: str, work: Path) -> Path:
    """The fixture's content with the default theme, built into work/site."""
    source = work / "root"
    shutil.rmtree(source, ignore_errors=True)
    shutil.copytree(FIXTURE / "content", source / "content")
    shutil.copytree(ROOT / "templates", source / "templates")
    site = work / "site"
    subprocess.run([bantin, "build", "--root", str(source), "--output", str(site)], check=True, stdout=subprocess.DEVNULL)
    return site


def wait_for_search(driver, previous_count, timeout=10):
    """Waits until the page has finished one more search than `previous_count`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = driver.execute_script(
            "const p = document.querySelector('.search-page');"
            "return [p.getAttribute('data-search-state'), Number(p.getAttribute('data-search-count') || 0)]")
        if state[0] == "done" and state[1] > previous_count:
            return state[1]
        time.sleep(0.02)
    raise TimeoutError("the search page did not finish its search")


def search_count(driver):
    return driver.execute_script("return Number(document.querySelector('.search-page').getAttribute('data-search-count') || 0)")


def type_query(driver, text):
    """Sets the box as typing would (an input event), then waits for the results."""
    before = search_count(driver)
    driver.execute_script(
        "const box = document.querySelector('#o-tim-kiem'); box.value = arguments[0];"
        "box.dispatchEvent(new Event('input', {bubbles: true}));", text)
    wait_for_search(driver, before)


def open_search(driver, base, query=None):
    url = base + "/tim-kiem/" + ("?q=" + urllib.parse.quote(query) if query is not None else "")
    browser.open_page(driver, url)
    wait_for_search(driver, 0)


def results(driver):
    """[(title, href, meta)] of the results shown."""
    return driver.execute_script(
        "return [...document.querySelectorAll('.search-result')].map(li => ["
        "li.querySelector('a').textContent, li.querySelector('a').getAttribute('href'),"
        "(li.querySelector('.search-result-meta') || {}).textContent || ''])")


def slug_of(href):
    return href.rstrip("/").rsplit("/", 1)[-1]


def run_table(driver, check, base, rows):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_search(driver, base)
    print(f"  {'query':<28} {'given':<5} {'expected':<18} first 3 results")
    for index, (query, slug, form, note) in enumerate(rows):
        text = unicodedata.normalize("NFD" if form == "nfd" else "NFC", query)
        if form == "url":
            open_search(driver, base, text)
            check.expect(driver.find_element(By.ID, "o-tim-kiem").get_attribute("value") == text,
                         f"{query!r}: the address did not fill the search box")
        elif index == 0:
            box = driver.find_element(By.ID, "o-tim-kiem")
            before = search_count(driver)
            box.send_keys(text)
            box.send_keys(Keys.ENTER)
            wait_for_search(driver, before)
        else:
            type_query(driver, text)
        top = [slug_of(href) for _, href, _ in results(driver)[:3]]
        found = check.expect(slug in top, f"{query!r} ({note}): {slug} is not among the first 3 results {top}")
        print(f"  {query:<28} {form:<5} {slug:<18} {' '.join(top)}{'' if found else '   <-- FAIL'}")


def check_details(driver, check, base):
    from selenium.webdriver.common.by import By

    # Highlights carry the article's own tone marks, whatever the reader typed.
    open_search(driver, base, "dan van kheo")
    marks = driver.execute_script(
        "return [...document.querySelectorAll('.search-result')[0].querySelectorAll('.search-result-title mark')].map(m => m.textContent)")
    check.expect(marks[:3] == ["Dân", "vận", "khéo"], f"highlights of 'dan van kheo' in the title: {marks}")
    status = driver.find_element(By.CSS_SELECTOR, ".search-status")
    check.expect(status.get_attribute("aria-live") == "polite" and status.text.startswith("Tìm thấy"),
                 f"the result count is not announced: {status.text!r}")
    first = results(driver)[0]
    check.expect(first[2] == "Chi bộ · 09/11/2021", f"the first result's category and date read {first[2]!r}")

    # Markup in a title is text, never HTML.
    type_query(driver, "tin nhắn giả mạo")
    title = results(driver)[0][0]
    injected = driver.execute_script("return document.querySelectorAll('.search-result b, .search-result script').length")
    check.expect("<b>giả mạo</b>" in title and injected == 0, f"markup in a title was not shown as text: {title!r}, {injected} elements")

    # Filters: category and year, kept in the address.
    open_search(driver, base)
    driver.execute_script("document.querySelector('.search-category').value = 'chi-bo';"
                          "document.querySelector('.search-category').dispatchEvent(new Event('change'))")
    wait_for_search(driver, 1)
    type_query(driver, "dang")
    metas = [meta for _, _, meta in results(driver)]
    check.expect(metas and all(meta.startswith("Chi bộ") for meta in metas), f"category filter Chi bộ let through {metas}")
    check.expect("chuyen-muc=chi-bo" in driver.current_url, f"the category filter is not in the address {driver.current_url}")
    browser.open_page(driver, base + "/tim-kiem/?q=hop+tac+xa&nam=2020")
    wait_for_search(driver, 0)
    years = {meta[-4:] for _, _, meta in results(driver)}
    check.expect(years <= {"2020"}, f"year filter 2020 let through {sorted(years)}")

    # The back button returns to the previous search.
    open_search(driver, base, "nuoi tom")
    before = search_count(driver)
    driver.execute_script("const box = document.querySelector('#o-tim-kiem'); box.value = 'gạo st25';"
                          "box.form.requestSubmit()")
    wait_for_search(driver, before)
    driver.execute_script("const box = document.querySelector('#o-tim-kiem'); box.value = 'binh duong';"
                          "box.dispatchEvent(new Event('input', {bubbles: true}))")
    time.sleep(0.3)
    before = search_count(driver)
    driver.back()
    wait_for_search(driver, before)
    box = driver.find_element(By.ID, "o-tim-kiem").get_attribute("value")
    top = [slug_of(href) for _, href, _ in results(driver)[:1]]
    check.expect(box == "gạo st25" and top == ["gao-st25"], f"back button: box {box!r}, results {top}")


def check_layout(driver, check, base, screenshots: Path):
    from selenium.webdriver.common.by import By

    for viewport in browser.VIEWPORTS:
        name = viewport["name"]
        browser.emulate(driver, viewport)
        open_search(driver, base, "hợp tác xã")
        overflow = browser.horizontal_overflow(driver, viewport)
        check.expect(overflow <= 0, f"{name}: /tim-kiem/ is {overflow} px wider than the screen")
        header_form = driver.find_element(By.CSS_SELECTOR, ".header-search")
        icon = driver.find_element(By.CSS_SELECTOR, ".header-search-link")
        if viewport["mobile"]:
            check.expect(icon.is_displayed() and not header_form.is_displayed(), f"{name}: the header should show the search icon only")
        else:
            check.expect(header_form.is_displayed() and not icon.is_displayed(), f"{name}: the header should show the search box")
        label = driver.execute_script("return document.querySelector('label[for=o-tim-kiem]').textContent")
        check.expect(label.strip() == "Từ khóa cần tìm", f"{name}: the search box's label reads {label!r}")
        browser.screenshot(driver, viewport, screenshots / f"search-{name}.png")
    browser.emulate(driver, browser.VIEWPORTS[1])

    # Without JavaScript: the message and the category links, no form.
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        browser.open_page(driver, base + "/tim-kiem/?q=dan+van+kheo")
        message = driver.find_element(By.CSS_SELECTOR, ".search-nojs")
        links = driver.find_elements(By.CSS_SELECTOR, ".search-nojs a")
        check.expect(message.is_displayed() and "cần JavaScript" in message.text, "without JavaScript the page does not say search needs it")
        check.expect(len(links) >= 3, f"without JavaScript the page links {len(links)} categories")
        check.expect(not driver.find_element(By.CSS_SELECTOR, ".search-form").is_displayed(), "without JavaScript the search form shows")
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def main(bantin: str, screenshots: Path) -> int:
    missing = browser.find_tools()
    if missing:
        if os.environ.get("OFFLINE") == "1":
            print(f"check-search: SKIPPED (OFFLINE=1): {', '.join(missing)} not installed")
            return 0
        print(f"check-search: error: {', '.join(missing)} not installed; run scripts/install-check-tools.sh", file=sys.stderr)
        return 1
    started = time.monotonic()
    screenshots.mkdir(parents=True, exist_ok=True)
    site = build_fixture(bantin, ROOT / ".build/search-fixture")
    rows = read_queries(FIXTURE / "queries.tsv")
    check = browser.Check()
    server = browser.serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser.start_browser()
    try:
        browser.emulate(driver, browser.VIEWPORTS[1])
        run_table(driver, check, base, rows)
        table_failures = len(check.failures)
        check_details(driver, check, base)
        check_layout(driver, check, base, screenshots)
    finally:
        driver.quit()
        server.shutdown()
    for failure in check.failures:
        print(f"check-search: FAIL {failure}", file=sys.stderr)
    print(f"check-search: {len(rows) - table_failures} of {len(rows)} queries found their article in the first 3; "
          f"{check.passed} checks passed, {len(check.failures)} failed in {time.monotonic() - started:.1f} s")
    return 1 if check.failures else 0


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if not arguments:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(arguments[0], Path(arguments[1] if len(arguments) > 1 else ".build/screenshots")))
