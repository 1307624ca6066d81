#!/usr/bin/env python3
"""Benchmark `bantin serve` against `hugo server` on the same generated site.

    scripts/bench-serve.py [--count 10000] [--edits 11] [--no-hugo]

For each edit, one article file is saved with a marker added to its last paragraph
(the same article and the same text for both tools), and the script measures:

  save -> reload event   bantin only: from just before the file is opened for
                         writing to the `reload` Server-Sent Event on an open
                         /__bantin/events stream (what an open page waits for)
  rebuild alone          what the tool itself reports for the rebuild: bantin's
                         "Updated in X ms" (update + publish), Hugo's "Total in X ms"
  save -> new page       from the same start until a GET of the article's URL
                         returns the marker (polled every millisecond)

It also times, for bantin only, edits that move more: a title edit (new URL, so
the site is resolved again) and a summary edit of the newest article of a
category (its summary is in the "Các tin khác" list of that category's pages).

Medians (and the slowest) over the edits are printed. Timings on a shared
machine are noisy; the load average is printed before starting. Standard library
only. Everything goes in --work (default .build/bench-serve).
"""

import argparse
import http.client
import importlib.util
import os
import queue
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A server process whose output lines are collected with the time they arrived."""

    def __init__(self, command, cwd=None):
        self.lines = queue.Queue()
        self.process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, bufsize=1, start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put((time.perf_counter(), line.rstrip("\n")))

    def wait_for(self, pattern, timeout=600):
        """The first match of `pattern` in a line arriving within `timeout` seconds."""
        deadline = time.perf_counter() + timeout
        regex = re.compile(pattern)
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                raise SystemExit(f"bench-serve: timed out waiting for /{pattern}/ from {self.process.args[0]}")
            try:
                _, line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            match = regex.search(line)
            if match:
                return match

    def drain(self):
        while not self.lines.empty():
            self.lines.get_nowait()

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


class EventStream:
    """An open /__bantin/events stream; `next_reload` returns when the next reload event arrives."""

    def __init__(self, port):
        self.events = queue.Queue()
        self.socket = socket.create_connection(("127.0.0.1", port))
        self.socket.sendall(f"GET /__bantin/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode())
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        buffer = b""
        while True:
            chunk = self.socket.recv(65536)
            if not chunk:
                return
            buffer += chunk
            while b"event: reload\ndata: " in buffer and b"\n\n" in buffer.split(b"event: reload\ndata: ", 1)[1]:
                _, rest = buffer.split(b"event: reload\ndata: ", 1)
                generation, buffer = rest.split(b"\n", 1)
                self.events.put((time.perf_counter(), generation.decode()))

    def next_reload(self, timeout=30):
        return self.events.get(timeout=timeout)


def get(connection, path):
    connection.request("GET", path, headers={"Connection": "keep-alive"})
    response = connection.getresponse()
    return response.status, response.read().decode("utf-8", "replace")


def wait_for_text(port, path, text, timeout=60):
    """Polls `path` until its body contains `text`; returns the time it did."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            status, body = get(connection, path)
            if status == 200 and text in body:
                return time.perf_counter()
        except (OSError, http.client.HTTPException):
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        time.sleep(0.001)
    raise SystemExit(f"bench-serve: {path} never showed {text!r}")


def load_generator():
    """scripts/generate-site.py, for its slug rule (the same as bantin's)."""
    spec = importlib.util.spec_from_file_location("generate_site", os.path.join(REPO, "scripts", "generate-site.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def article_url(hugo_post):
    """The URL both tools publish an article at: /YYYY/MM/<slug>/ (from the Hugo copy's front matter)."""
    text = open(hugo_post, encoding="utf-8").read()
    date = re.search(r"^date: (\d{4})-(\d{2})", text, re.M)
    slug = re.search(r"^slug: (\S+)", text, re.M)
    return f"/{date.group(1)}/{date.group(2)}/{slug.group(1)}/"


def save_with_marker(path, marker):
    """Adds `marker` to the last paragraph of a Markdown file, as an editor saving it would."""
    text = open(path, encoding="utf-8").read().rstrip("\n")
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text + " " + marker + "\n")
    return start


def replace_in(path, old, new):
    text = open(path, encoding="utf-8").read()
    start = time.perf_counter()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace(old, new, 1))
    return start


def summary(values):
    if not values:
        return "      -"
    return f"{statistics.median(values):7.1f}   (max {max(values):6.1f})"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--count", type=int, default=10000, help="articles in the generated site (default 10000)")
    ap.add_argument("--edits", type=int, default=11, help="body edits per tool (default 11)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--work", default=os.path.join(REPO, ".build", "bench-serve"))
    ap.add_argument("--bantin", default=os.path.join(REPO, ".build", "release", "bantin"))
    ap.add_argument("--hugo", default="hugo")
    ap.add_argument("--no-hugo", action="store_true", help="time bantin only")
    args = ap.parse_args()

    if not os.path.exists(args.bantin):
        print("bench-serve: building bantin (swift build -c release)", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "bantin"], cwd=REPO, check=True)
    bantin_site = os.path.join(args.work, "bantin-site")
    hugo_site = os.path.join(args.work, "hugo-site")
    os.makedirs(args.work, exist_ok=True)
    print(f"generating {args.count} articles in {args.work}", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(REPO, "scripts", "generate-site.py"), "--count", str(args.count),
                    "--seed", str(args.seed), "--bantin", bantin_site, "--hugo", hugo_site], check=True,
                   stdout=subprocess.DEVNULL)

    posts = sorted(os.listdir(os.path.join(hugo_site, "content", "posts")), key=lambda n: int(n.split(".")[0]))
    bantin_files = {}
    for folder, _, names in os.walk(os.path.join(bantin_site, "content", "articles")):
        for name in names:
            bantin_files[name] = os.path.join(folder, name)
    rng = random.Random(args.seed)
    chosen = rng.sample(posts, args.edits)

    print(f"machine: {os.cpu_count()} cores, load {' '.join(open('/proc/loadavg').read().split()[:3])} (1/5/15 min)")
    results = {}

    # --- bantin serve -------------------------------------------------------------------
    port = free_port()
    started = time.perf_counter()
    bantin = Server([args.bantin, "serve", "--lang", "en", "--root", bantin_site, "--port", str(port), "--verbose"])
    try:
        first = bantin.wait_for(r"^Built .* in ([\d.,]+) ms")
        bantin.wait_for(r"^Serving ")
        print(f"bantin serve: first build {float(first.group(1).replace(',', '')) / 1000:.2f} s, serving after {time.perf_counter() - started:.2f} s")
        events = EventStream(port)
        events.next_reload()
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)

        def timed(kind, path_for_check, save, marker):
            bantin.drain()
            start = save()
            event_time, _ = events.next_reload()
            rebuild = float(bantin.wait_for(r"^Updated in ([\d.,]+) ms").group(1).replace(",", ""))
            stages = bantin.wait_for(r"^  (load .*)").group(1)
            page_time = wait_for_text(port, path_for_check, marker)
            row = results.setdefault(("bantin", kind), {"event": [], "rebuild": [], "page": [], "stages": []})
            row["event"].append((event_time - start) * 1000)
            row["rebuild"].append(rebuild)
            row["page"].append((page_time - start) * 1000)
            row["stages"].append(stages)

        for index, post in enumerate(chosen):
            marker = f"benchedit{index}x{args.seed}"
            url = article_url(os.path.join(hugo_site, "content", "posts", post))
            status, _ = get(connection, url)
            if status != 200:
                raise SystemExit(f"bench-serve: bantin does not serve {url} ({status})")
            timed("body edit", url, lambda: save_with_marker(bantin_files[post], marker), marker)

        # A title edit changes the article's URL: the site is resolved again.
        slugify = load_generator().slugify
        for index, post in enumerate(chosen[:5]):
            path = bantin_files[post]
            old_title = re.search(r'^title: "(.*)"$', open(path, encoding="utf-8").read(), re.M).group(1)
            new_title = f"{old_title} tieu de {index}"
            new_url = "/".join(article_url(os.path.join(hugo_site, "content", "posts", post)).split("/")[:3]) + f"/{slugify(new_title)}/"
            timed("title edit (new URL)", new_url, lambda: replace_in(path, f'title: "{old_title}"', f'title: "{new_title}"'), new_title)

        # A date edit moves the article: a new URL (/YYYY/MM/), and a new place in every list it is in.
        for index, post in enumerate(chosen[:5]):
            path = bantin_files[post]
            text = open(path, encoding="utf-8").read()
            old_date = re.search(r"^date: (.*)$", text, re.M).group(1)
            title = re.search(r'^title: "(.*)"$', text, re.M).group(1)
            new_url = f"/2025/01/{slugify(title)}/"
            timed("date edit (moves the article)", new_url,
                  lambda: replace_in(path, f"date: {old_date}", f"date: 01/01/2025 {8 + index:02d}:00"), title)

        # A tag added: the most used tag of the corpus, so that its list pages change too.
        counts = {}
        for path in bantin_files.values():
            tags = re.search(r"^tags: \[(.*)\]$", open(path, encoding="utf-8").read(), re.M)
            for tag in re.findall(r'"([^"]*)"', tags.group(1) if tags else ""):
                counts[tag] = counts.get(tag, 0) + 1
        common = max(counts, key=counts.get)
        tag_link = f'href="/tu-khoa/{slugify(common)}/"'
        untagged = [post for post in posts if f'"{common}"' not in open(bantin_files[post], encoding="utf-8").read()]
        for index, post in enumerate(rng.sample(untagged, min(5, len(untagged)))):
            path = bantin_files[post]
            url = article_url(os.path.join(hugo_site, "content", "posts", post))
            timed("tag added (the most used)", url, lambda: replace_in(path, "tags: [", f'tags: ["{common}", '), tag_link)

        # The newest article of a category is in every "Các tin khác" list of that category.
        newest = sorted(bantin_files.values(), key=lambda p: int(os.path.basename(p).split(".")[0]))[-1]
        for index in range(3):
            text = open(newest, encoding="utf-8").read()
            old = re.search(r'^summary: "(.*)"$', text, re.M).group(1)
            new = f"{old} tom tat {index}"
            timed("summary of the newest article", "/", lambda: replace_in(newest, f'summary: "{old}"', f'summary: "{new}"'), new)
    finally:
        bantin.stop()

    # --- hugo server -----------------------------------------------------------------------
    if not args.no_hugo:
        port = free_port()
        started = time.perf_counter()
        hugo = Server([args.hugo, "server", "-s", hugo_site, "--port", str(port), "--bind", "127.0.0.1"])
        try:
            first = hugo.wait_for(r"Built in (\d+) ms")
            hugo.wait_for(r"Web Server is available")
            print(f"hugo server:  first build {int(first.group(1)) / 1000:.2f} s, serving after {time.perf_counter() - started:.2f} s")
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            for index, post in enumerate(chosen):
                marker = f"hugoedit{index}x{args.seed}"
                url = article_url(os.path.join(hugo_site, "content", "posts", post))
                status, _ = get(connection, url)
                if status != 200:
                    raise SystemExit(f"bench-serve: hugo does not serve {url} ({status})")
                hugo.drain()
                start = save_with_marker(os.path.join(hugo_site, "content", "posts", post), marker)
                page_time = wait_for_text(port, url, marker)
                rebuild = int(hugo.wait_for(r"Total in (\d+) ms").group(1))
                row = results.setdefault(("hugo", "body edit"), {"event": [], "rebuild": [], "page": [], "stages": []})
                row["rebuild"].append(rebuild)
                row["page"].append((page_time - start) * 1000)
        finally:
            hugo.stop()

    print()
    print(f"{args.count} articles, medians over the edits, milliseconds")
    print(f"{'':44} {'save -> reload event':>24} {'rebuild alone':>24} {'save -> new page':>24}")
    for (tool, kind), row in results.items():
        print(f"{tool + ': ' + kind:44} {summary(row['event']):>24} {summary(row['rebuild']):>24} {summary(row['page']):>24}")
    for (tool, kind), row in results.items():
        if row["stages"]:
            print(f"\n{tool} {kind}, stages of the median rebuild:")
            median_index = sorted(range(len(row["rebuild"])), key=lambda i: row["rebuild"][i])[len(row["rebuild"]) // 2]
            print("  " + row["stages"][median_index])


if __name__ == "__main__":
    main()
