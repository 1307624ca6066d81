#!/usr/bin/env python3
"""Measures `bantin serve` under a big media file and many idle connections.

Usage: scripts/bench-preview-media.py [--bantin .build/release/bantin] [--size-mb 1024] [--parallel 4] [--runs 3]

Copies the sample site (content/, templates/) to a temporary folder, adds a sparse video of
--size-mb to content/media/, starts `bantin serve` on a free loopback port and prints, as medians
over --runs:
  - time to the first byte and to the last of one GET of the video, and the serve process's peak
    memory (VmHWM) growth over it;
  - the same for --parallel GETs at once;
  - the time a new client waits for a page while 70 idle connections are open.
The sparse file is deleted with the folder. Only 127.0.0.1 is used.
"""
import argparse, os, shutil, socket, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def get(port, path, result, timeout=120):
    start = time.monotonic()
    s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
    first, total = None, 0
    while True:
        chunk = s.recv(1 << 20)
        if not chunk:
            break
        if first is None:
            first = time.monotonic() - start
        total += len(chunk)
    s.close()
    result.append((first if first is not None else float("nan"), time.monotonic() - start, total))


def parallel_gets(port, path, count):
    results, threads = [], [threading.Thread(target=get, args=(port, path, [])) for _ in range(count)]
    results = []
    threads = [threading.Thread(target=get, args=(port, path, results)) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bantin", default=os.path.join(ROOT, ".build/release/bantin"))
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--parallel", type=int, default=4)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    rows = {"1 GET: first byte (s)": [], "1 GET: whole file (s)": [], "1 GET: peak memory growth (MiB)": [],
            f"{args.parallel} GETs: slowest first byte (s)": [], f"{args.parallel} GETs: all done (s)": [],
            f"{args.parallel} GETs: peak memory growth (MiB)": [], "page with 70 idle connections open (s)": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bantin-bench-media-") as folder:
            for name in ("content", "templates"):
                shutil.copytree(os.path.join(ROOT, name), os.path.join(folder, name))
            video = os.path.join(folder, "content/media/video-lon.mp4")
            with open(video, "wb") as f:
                f.truncate(args.size_mb * 1024 * 1024)
            port = free_port()
            server = subprocess.Popen([args.bantin, "serve", "--lang", "en", "--root", folder, "--port", str(port)],
                                      stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
            try:
                deadline = time.monotonic() + 60
                while "Serving" not in server.stdout.readline():
                    if time.monotonic() > deadline or server.poll() is not None:
                        sys.exit("bantin serve did not start")
                get(port, "/", [])
                before = peak_kib(server.pid)
                one = parallel_gets(port, "/media/video-lon.mp4", 1)[0]
                after_one = peak_kib(server.pid)
                many = parallel_gets(port, "/media/video-lon.mp4", args.parallel)
                after_many = peak_kib(server.pid)
                rows["1 GET: first byte (s)"].append(one[0])
                rows["1 GET: whole file (s)"].append(one[1])
                rows["1 GET: peak memory growth (MiB)"].append((after_one - before) / 1024)
                rows[f"{args.parallel} GETs: slowest first byte (s)"].append(max(r[0] for r in many))
                rows[f"{args.parallel} GETs: all done (s)"].append(max(r[1] for r in many))
                rows[f"{args.parallel} GETs: peak memory growth (MiB)"].append((after_many - after_one) / 1024)

                idle = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(70)]
                time.sleep(0.5)
                result = []
                try:
                    get(port, "/", result, timeout=60)
                    rows["page with 70 idle connections open (s)"].append(result[0][1] if result[0][2] else float("inf"))
                except OSError:
                    rows["page with 70 idle connections open (s)"].append(float("inf"))
                for s in idle:
                    s.close()
            finally:
                server.terminate()
                try:
                    server.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    server.kill()
    print(f"{args.bantin}, {args.size_mb} MiB sparse video, medians of {args.runs} runs")
    for name, values in rows.items():
        print(f"  {name:45} {statistics.median(values):8.3f}")


if __name__ == "__main__":
    main()
