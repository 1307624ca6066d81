#!/usr/bin/env python3
"""Measures search on a generated site: index build time and size, and what a query costs in the browser.

Usage: bench-search.py [--count 10000] [--runs 3] [--bantin .build/release/bantin]

1. Generates COUNT articles (scripts/generate-site.py, seed 42) with the default theme, and a copy of the
   same site whose theme has no search.mustache (so no search page and no index).
2. Builds both, alternating, RUNS times each into fresh folders (on tmpfs, /dev/shm, when there is one);
   prints the median wall and CPU times, the share search adds (target: under 15 %), and the index's
   files and bytes.
3. Serves the site with search on 127.0.0.1 (no caching, every byte counted) and, in headless Chromium,
   opens /tim-kiem/ afresh for each two-syllable query, types it, and times from the input event to the
   results on screen (target: under 300 ms), counting the bytes the query downloaded (target: under 300 KB).
"""
import argparse
import functools
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("browser_check", ROOT / "scripts/browser-check.py")
browser = importlib.util.module_from_spec(spec)
spec.loader.exec_module(browser)

QUERIES = ["hợp tác", "hop tac", "chuyển đổi", "dân vận", "nuôi tôm", "Phú Quốc", "đảng viên", "sản phẩm"]


class CountingHandler(SimpleHTTPRequestHandler):
    """A static host that forbids caching and counts the bytes of every response body."""

    sent = 0
    lock = threading.Lock()

    def log_message(self, format, *args):
        pass

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def copyfile(self, source, destination):
        data = source.read()
        with CountingHandler.lock:
            CountingHandler.sent += len(data)
        destination.write(data)


def generate(count: int, work: Path) -> tuple[Path, Path]:
    with_search, without_search = work / f"with-{count}", work / f"without-{count}"
    if not (with_search / "content/site.yml").is_file():
        shutil.rmtree(with_search, ignore_errors=True)
        subprocess.run([sys.executable, str(ROOT / "scripts/generate-site.py"), "--count", str(count), "--seed", "42",
                        "--bantin", str(with_search)], check=True, stdout=subprocess.DEVNULL)
    shutil.rmtree(without_search, ignore_errors=True)
    shutil.copytree(with_search / "content", without_search / "content")
    shutil.copytree(with_search / "templates", without_search / "templates")
    (without_search / "templates/search.mustache").unlink()
    return with_search, without_search


def timed_build(bantin: str, root: Path, output: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one build into a fresh folder. The corpus's 20,000
    missing-image warnings are not printed: a terminal or log would time its own scrolling."""
    shutil.rmtree(output, ignore_errors=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    subprocess.run([bantin, "build", "--root", str(root), "--output", str(output)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def output_folder(work: Path) -> Path:
    """Where builds write: tmpfs when the machine has one, so that both builds pay for computing,
    not for this disk's write-back (which made the same build take 9 or 14 s)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        return Path(tempfile.mkdtemp(prefix="bantin-bench-search-", dir=shm))
    return work


TIME_QUERY = """
const [text, done] = [arguments[0], arguments[arguments.length - 1]];
const page = document.querySelector('.search-page'), box = document.querySelector('#o-tim-kiem');
const count = Number(page.getAttribute('data-search-count') || 0);
const observer = new MutationObserver(() => {
  if (page.getAttribute('data-search-state') === 'done' && Number(page.getAttribute('data-search-count')) > count) {
    observer.disconnect();
    requestAnimationFrame(() => done([performance.now() - started, document.querySelectorAll('.search-result').length]));
  }
});
observer.observe(page, {attributes: true});
box.value = text;
const started = performance.now();
box.dispatchEvent(new Event('input', {bubbles: true}));
"""


def time_queries(site: Path, runs: int):
    handler = functools.partial(CountingHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    driver = browser.start_browser()
    rows = []
    try:
        browser.emulate(driver, browser.VIEWPORTS[1])
        for query in QUERIES:
            times, downloaded, found = [], [], 0
            for _ in range(runs):
                browser.open_page(driver, base + "/tim-kiem/")
                time.sleep(0.1)
                with CountingHandler.lock:
                    CountingHandler.sent = 0
                elapsed, found = driver.execute_async_script(TIME_QUERY, query)
                with CountingHandler.lock:
                    downloaded.append(CountingHandler.sent)
                times.append(elapsed)
            rows.append((query, statistics.median(times), max(downloaded), found))
    finally:
        driver.quit()
        server.shutdown()
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bantin", default=str(ROOT / ".build/release/bantin"))
    arguments = parser.parse_args()
    if not Path(arguments.bantin).is_file():
        print(f"bench-search: {arguments.bantin} not found; run: swift build -c release --product bantin", file=sys.stderr)
        return 1
    missing = browser.find_tools()
    if missing:
        print(f"bench-search: {', '.join(missing)} not installed; run scripts/install-check-tools.sh", file=sys.stderr)
        return 1

    work = ROOT / ".build/bench-search"
    with_search, without_search = generate(arguments.count, work)
    out = output_folder(work)
    with_runs, without_runs = [], []
    for _ in range(arguments.runs):
        without_runs.append(timed_build(arguments.bantin, without_search, out / "out-without"))
        with_runs.append(timed_build(arguments.bantin, with_search, out / "out-with"))
    with_times, without_times = [run[0] for run in with_runs], [run[0] for run in without_runs]
    with_median, without_median = statistics.median(with_times), statistics.median(without_times)
    with_cpu, without_cpu = statistics.median(run[1] for run in with_runs), statistics.median(run[1] for run in without_runs)
    index = out / "out-with/tim-kiem/chi-muc"
    files = list(index.iterdir())
    sizes = sorted(f.stat().st_size for f in files)
    terms = [f.stat().st_size for f in files if f.name.startswith("tu-")]
    metas = [f.stat().st_size for f in files if f.name.startswith("bai-")]

    print(f"{arguments.count} articles, medians of {arguments.runs} alternating builds into {out} ({arguments.bantin}):")
    print(f"  build without search  {without_median:6.2f} s   ({', '.join(f'{t:.2f}' for t in without_times)})")
    print(f"  build with search     {with_median:6.2f} s   ({', '.join(f'{t:.2f}' for t in with_times)})")
    print(f"  search adds           {with_median - without_median:6.2f} s = {100 * (with_median / without_median - 1):.1f} % of the wall time (target < 15 %)")
    print(f"  CPU (user + system)   {without_cpu:6.2f} s without, {with_cpu:6.2f} s with: search adds {100 * (with_cpu / without_cpu - 1):.1f} %")
    print(f"  index: {len(files)} files, {sum(sizes) / 1e6:.1f} MB; {len(terms)} term files (largest {max(terms) / 1e3:.0f} KB), "
          f"{len(metas)} metadata files (largest {max(metas) / 1e3:.1f} KB), manifest "
          f"{(index / 'muc-luc.json').stat().st_size / 1e3:.1f} KB")

    print(f"queries in headless Chromium, a fresh page each time, median of {arguments.runs} (targets < 300 ms, < 300 KB):")
    print(f"  {'query':<12} {'results':>7} {'typing → results':>17} {'downloaded':>11}")
    for query, elapsed, downloaded, found in time_queries(out / "out-with", arguments.runs):
        print(f"  {query:<12} {found:>7} {elapsed:>14.0f} ms {downloaded / 1e3:>8.0f} KB")
    if out != work:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
