#!/usr/bin/env python3
"""The release build does what the debug build does.

`make test` runs the unit tests and checks the sample site with a debug build; users run a release
build, where the optimizer may treat unsafe code differently (the template renderer reads contexts in
place). This checks, with the release binary:

1. `bantin build` of the sample site writes exactly the files, byte for byte, of the debug build's.
2. `bantin serve` updates one page, not the whole site, when an article's body is edited, and serves
   that page with the bytes a build of the edited site writes (the preview's reload script aside).

Usage: scripts/check-release.py RELEASE_BANTIN DEBUG_BUILT_SITE   (run from the repository)
"""
import filecmp
import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request

WORK = os.path.join(".build", "release-check")


def fail(message):
    sys.exit(f"check-release: FAILED: {message}")


def same_tree(left, right):
    """Paths that differ between two folders, or exist in one only."""
    problems = []
    comparison = filecmp.dircmp(left, right)
    stack = [("", comparison)]
    while stack:
        prefix, node = stack.pop()
        problems += [f"only in {left}: {prefix}{name}" for name in node.left_only]
        problems += [f"only in {right}: {prefix}{name}" for name in node.right_only]
        for name in node.common_files:
            if not filecmp.cmp(os.path.join(node.left, name), os.path.join(node.right, name), shallow=False):
                problems.append(f"differs: {prefix}{name}")
        stack += [(f"{prefix}{name}/", child) for name, child in node.subdirs.items()]
    return problems


class Server:
    def __init__(self, command):
        self.lines = queue.Queue()
        self.output = []
        self.process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.output.append(line)
            self.lines.put(line.rstrip("\n"))

    def wait_for(self, pattern, timeout=120):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                if self.process.poll() is not None:
                    fail(f"bantin serve stopped:\n{''.join(self.output)}")
                continue
            if re.search(pattern, line):
                return line
        fail(f"no line like /{pattern}/ from bantin serve within {timeout} s:\n{''.join(self.output)}")

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
        if self.process.returncode not in (0, -15):
            fail(f"bantin serve ended with status {self.process.returncode}:\n{''.join(self.output)}")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    bantin, debug_site = os.path.abspath(sys.argv[1]), sys.argv[2]
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)

    # 1. The same site from both builds.
    release_site = os.path.join(WORK, "site")
    subprocess.run([bantin, "build", "--output", release_site], check=True, stdout=subprocess.DEVNULL)
    problems = same_tree(debug_site, release_site)
    if problems:
        fail("the release build wrote other files than the debug build:\n  " + "\n  ".join(problems[:20]))

    # 2. A body edit in the preview: one page updated, with the bytes a build writes.
    root = os.path.join(WORK, "root")
    shutil.copytree("content", os.path.join(root, "content"))
    shutil.copytree("templates", os.path.join(root, "templates"))
    article = os.path.join(root, "content", "articles", "2021",
                           "nhung-ket-qua-tu-phong-trao-thi-dua-dan-van-kheo-o-chi-bo-lien-minh-hop-tac-xa.md")
    if not os.path.isfile(article):
        fail(f"the sample article this check edits is gone: {article}")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = Server([bantin, "serve", "--lang", "en", "--verbose", "--root", root, "--port", str(port)])
    try:
        server.wait_for(r"^Serving ")
        marker = "Đoạn kiểm tra bản phát hành 7x3q."
        with open(article, "a", encoding="utf-8") as f:
            f.write(f"\n{marker}\n")
        line = server.wait_for(r"^(Updated|Built) ")
        if not re.match(r"^Updated in [\d.,]+ ms: 1 page rendered", line):
            fail(f"a body edit should render its one page again, but bantin serve said: {line}")
        edited_site = os.path.join(WORK, "edited-site")
        subprocess.run([bantin, "build", "--root", root, "--output", edited_site], check=True, stdout=subprocess.DEVNULL)
        pages = [os.path.relpath(os.path.join(folder, name), edited_site)
                 for folder, _, names in os.walk(edited_site) for name in names
                 if name == "index.html" and marker.encode() in open(os.path.join(folder, name), "rb").read()]
        if len(pages) != 1:
            fail(f"the built site should have one page with the edit, it has {pages}")
        url = f"http://127.0.0.1:{port}/" + pages[0][: -len("index.html")]
        served = urllib.request.urlopen(url, timeout=20).read()
        served = re.sub(rb"<script>/\* bantin serve:.*?</script>\n?", b"", served)
        built = open(os.path.join(edited_site, pages[0]), "rb").read()
        if served != built:
            fail(f"bantin serve shows {url} with other bytes than bantin build writes")
    finally:
        server.stop()
    print(f"check-release: the release build writes the debug build's {sum(len(f) for _, _, f in os.walk(release_site))} files; "
          f"a body edit in bantin serve updated 1 page, served as built")


if __name__ == "__main__":
    main()
