"""Load benchmark: gunicorn on 127.0.0.1 with production settings and the seed data,
driven by wrk.

Prints, for each target, requests per second, p50/p99 latency, its ratio to the trivial
view, the workers' memory (RSS summed over the workers, and the largest one, the peak of
samples taken while wrk runs) and errors: a trivial view (the reference), home, a
document page, a cached comparison, searches (a word, a Cyrillic letter, and `%`, which
is refused with a 400 by design, so its answers count as "refused", not errors), a
document's Word export, and an uncached comparison (a second server with the cache off).

    .venv/bin/python bench/load_bench.py [--seconds 60] [--connections 64] [--rounds 4]
        [--workers 2]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable

TARGETS = [
    ("trivial", "/healthz"),
    ("home", "/"),
    ("document", "/documents/A/RES/75/240/"),
    ("cached comparison", "/compare/A/C.1/75/L.8/Rev.1...A/RES/75/240/"),
    ("search cyberspace", "/search/?q=cyberspace"),
    ("search ж", "/search/?q=%D0%B6"),
    ("search %", "/search/?q=%25"),
    ("export text.docx", "/exports/documents/A/RES/75/240/text.docx"),
]
REFUSED = {"search %"}  # answered 400 with a message by design
SAMPLE_SECONDS = 0.25
UNCACHED = ("uncached comparison", "/compare/A/C.1/73/L.27/Rev.1...A/RES/75/240/")
WARM_SECONDS = 3


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(env: dict, port: int) -> subprocess.Popen:
    process = subprocess.Popen(
        [str(Path(PY).parent / "gunicorn"), "-c", "gunicorn.conf.py", "undrafts.wsgi"],
        cwd=ROOT,
        env={**env, "GUNICORN_BIND": f"127.0.0.1:{port}"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return process
        except OSError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("gunicorn did not start")


def worker_rss_kib(master: subprocess.Popen) -> list[int]:
    children = Path(f"/proc/{master.pid}/task/{master.pid}/children")
    pids = children.read_text().split() if children.exists() else []
    sizes = []
    for pid in pids:
        status = Path(f"/proc/{pid}/status")
        if status.exists():
            match = re.search(r"VmRSS:\s+(\d+)", status.read_text())
            if match:
                sizes.append(int(match.group(1)))
    return sizes


class MemorySampler:
    """Samples the workers' RSS while a target runs: the peak of the sum and of one worker."""

    def __init__(self, master: subprocess.Popen) -> None:
        self.master, self.total, self.largest = master, 0, 0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self.stop.is_set():
            sizes = worker_rss_kib(self.master)
            if sizes:
                self.total = max(self.total, sum(sizes))
                self.largest = max(self.largest, max(sizes))
            self.stop.wait(SAMPLE_SECONDS)

    def __enter__(self) -> MemorySampler:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


def fetch(url: str) -> None:
    """One request, to warm a worker; a refusal (4xx) is an answer too."""
    try:
        urllib.request.urlopen(url, timeout=30).read()  # noqa: S310 - our own http URL
    except urllib.error.HTTPError as error:
        if error.code >= 500:
            raise


def to_ms(value: str) -> float:
    number, unit = re.match(r"([\d.]+)(\w+)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]


def run_wrk(url: str, seconds: int, connections: int) -> dict:
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = 0
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    refused = int(non_2xx.group(1)) if non_2xx else 0
    timeouts = re.search(r"Socket errors:.*?timeout (\d+)", output)
    if timeouts:
        errors += int(timeouts.group(1))
    socket_errors = re.search(r"connect (\d+), read (\d+), write (\d+)", output)
    if socket_errors:
        errors += sum(int(n) for n in socket_errors.groups())
    return {"rps": rps, "p50": p50, "p99": p99, "errors": errors, "non_2xx": refused}


def combined(runs: list[dict], name: str) -> dict:
    """Rounds of one target as one run: mean rate, median p50, worst p99, all errors, and
    the peak memory sampled in any round."""
    p50s = sorted(run["p50"] for run in runs)
    non_2xx = sum(run["non_2xx"] for run in runs)
    return {
        "rps": sum(run["rps"] for run in runs) / len(runs),
        "p50": p50s[len(p50s) // 2],
        "p99": max(run["p99"] for run in runs),
        "errors": sum(run["errors"] for run in runs) + (0 if name in REFUSED else non_2xx),
        "refused": non_2xx if name in REFUSED else 0,
        "rss_total": max(run["rss_total"] for run in runs),
        "rss_largest": max(run["rss_largest"] for run in runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=4, help="interleaved slices per target")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk")

    workdir = Path(tempfile.mkdtemp(prefix="undrafts-bench-"))
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "SECRET_KEY": "bench-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
        "WEB_CONCURRENCY": str(args.workers),
    }
    env.pop("CACHE_URL", None)
    for command in (["migrate", "--noinput"], ["load_seeds"], ["collectstatic", "--noinput"]):
        subprocess.run(
            [PY, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True
        )

    port = free_port()
    cached = start_gunicorn(env, port)
    uncached_port = free_port()
    uncached = start_gunicorn({**env, "CACHE_URL": "dummy://"}, uncached_port)
    try:
        # Warm every worker on every target (caches filled, code paths run once), so the
        # memory read next is the working size and growth after it would be a leak.
        warm = [(port, path) for _, path in TARGETS] + [(uncached_port, UNCACHED[1])]
        for at, path in warm:
            fetch(f"http://127.0.0.1:{at}{path}")
            run_wrk(f"http://127.0.0.1:{at}{path}", WARM_SECONDS, args.connections)
        rss_before = worker_rss_kib(cached), worker_rss_kib(uncached)
        # Interleaved rounds: a machine's speed drifts over minutes, and every target
        # should see the same drift for the ratios to mean anything.
        urls = [(name, f"http://127.0.0.1:{port}{path}", cached) for name, path in TARGETS]
        urls.append((UNCACHED[0], f"http://127.0.0.1:{uncached_port}{UNCACHED[1]}", uncached))
        rounds: dict[str, list[dict]] = {name: [] for name, _, _ in urls}
        slice_seconds = max(1, args.seconds // args.rounds)
        for _ in range(args.rounds):
            for name, url, server in urls:
                with MemorySampler(server) as memory:
                    run = run_wrk(url, slice_seconds, args.connections)
                run["rss_total"], run["rss_largest"] = memory.total, memory.largest
                rounds[name].append(run)
        results = [(name, combined(runs, name)) for name, runs in rounds.items()]
        rss_after = worker_rss_kib(cached), worker_rss_kib(uncached)
    finally:
        for process in (cached, uncached):
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)

    reference = results[0][1]["rps"]
    print(
        f"wrk: {args.seconds}s per target in {args.rounds} interleaved rounds, "
        f"{args.connections} connections, 2 threads; gunicorn {args.workers} workers"
    )
    for name, figures in results:
        refused = f" refused_400={figures['refused']}" if name in REFUSED else ""
        print(
            f"{name:20} rps={figures['rps']:9.1f} p50_ms={figures['p50']:8.2f} "
            f"p99_ms={figures['p99']:8.2f} ratio={figures['rps'] / reference:5.2f} "
            f"workers_rss_mib={figures['rss_total'] / 1024:6.1f} "
            f"largest_worker_mib={figures['rss_largest'] / 1024:6.1f} "
            f"errors={figures['errors']}{refused}"
        )
    for k, server in enumerate(("cached", "uncached")):
        before, after = rss_before[k], rss_after[k]
        print(
            f"{server} server worker_rss_kib before={sum(before)} after={sum(after)} "
            f"workers={len(after)}"
        )


if __name__ == "__main__":
    main()
