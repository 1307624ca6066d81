#!/usr/bin/env python3
"""Runs the search fixture's query table against bantin's search and Pagefind, side by side.

Usage: compare-pagefind.py BANTIN

Builds the search fixture (as check-search.py does), installs pagefind-bin 1.5.2 into a venv under
.build/pagefind-venv on first use, runs Pagefind over the same built site (its article pages only, so
list pages do not crowd the top 3), then, in headless Chromium, asks both the same queries: bantin through
its /tim-kiem/ page, Pagefind through its own JavaScript API (pagefind.js). Prints, per query, whether the
expected article is among each one's first 3 results, and the totals.
"""
import importlib.util
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("check_search", ROOT / "scripts/check-search.py")
check_search = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_search)
browser = check_search.browser
VENV = ROOT / ".build/pagefind-venv"

PAGEFIND_TOP3 = """
const [query, done] = [arguments[0], arguments[arguments.length - 1]];
import('/pagefind/pagefind.js').then(async pagefind => {
  await pagefind.init();
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 3).map(result => result.data()));
  done(data.map(page => page.url));
}).catch(error => done(['error: ' + error]));
"""


def pagefind_executable() -> Path:
    python = VENV / "bin/python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    probe = [str(python), "-c", "import pagefind_bin; print(pagefind_bin.get_executable())"]
    found = subprocess.run(probe, capture_output=True, text=True)
    if found.returncode != 0:
        subprocess.run([str(VENV / "bin/pip"), "install", "-q", "pagefind-bin==1.5.2"], check=True)
        found = subprocess.run(probe, capture_output=True, text=True, check=True)
    return Path(found.stdout.strip())


def main(bantin: str) -> int:
    site = check_search.build_fixture(bantin, ROOT / ".build/search-fixture")
    subprocess.run([str(pagefind_executable()), "--site", str(site), "--glob", "20[0-9][0-9]/**/*.html"],
                   check=True, stdout=subprocess.DEVNULL)
    rows = check_search.read_queries(check_search.FIXTURE / "queries.tsv")
    server = browser.serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser.start_browser()
    totals = [0, 0]
    try:
        browser.emulate(driver, browser.VIEWPORTS[1])
        check_search.open_search(driver, base)
        print(f"{'query':<28} {'expected':<18} {'bantin':<7} {'Pagefind':<8} Pagefind's first 3")
        for query, slug, form, _ in rows:
            text = unicodedata.normalize("NFD" if form == "nfd" else "NFC", query)
            check_search.type_query(driver, text)
            ours = [check_search.slug_of(href) for _, href, _ in check_search.results(driver)[:3]]
            theirs = [check_search.slug_of(url) for url in driver.execute_async_script(PAGEFIND_TOP3, text)]
            hits = [slug in ours, slug in theirs]
            totals = [total + hit for total, hit in zip(totals, hits)]
            marks = ["yes" if hit else "NO" for hit in hits]
            print(f"{query:<28} {slug:<18} {marks[0]:<7} {marks[1]:<8} {' '.join(theirs)}")
    finally:
        driver.quit()
        server.shutdown()
    print(f"expected article in the first 3: bantin {totals[0]} of {len(rows)}, Pagefind 1.5.2 {totals[1]} of {len(rows)}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
