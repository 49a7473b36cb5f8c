"""Benchmark: how soon a limit stops a query and a write shows in the app: the figures no test asserts.

    python bench/limits.py [--repeat 5] [--only NAME,...] [--out bench/results-limits.md]

The tests assert what happens (the 1 s limit stopped the query and the error says so, its worker is gone, the
memory cap and not the clock stopped a huge sort, a trickling server is hung up on, the article shows on the
page); how long it takes depends on the machine and on whatever else runs on it, so it is measured here, each
figure ``--repeat`` times (median and worst), beside the bound the test suite used to assert.

* ``detect``: conflict detection over 10k synthetic claims across 400 days (tests/test_conflicts_scale.py).
* ``runaway`` / ``runaway-endpoint``: a query that never ends, under a 1 s limit, in ``kb.sparql.sandbox`` and
  through ``/sparql`` on Flask's test client: seconds until the timeout answer.
* ``memory``: a sorted 10^10-row answer under a 64 MB cap (10 s limit): seconds until the worker dies.
* ``remote-slow`` / ``remote-trickle``: a remote store (1 s limit) whose server on 127.0.0.1 answers after 3 s,
  or one byte every 0.1 s: seconds until ``QueryTimeout``.
* ``pages``: six pages in turn from a real server (``web.serve``, waitress) over a demo disk store.
* ``api-visible`` / ``cli-visible``: a new article on that server's ``/articles.json``: after a
  ``POST /api/articles`` (the POST's own time; it is on the next page at once), and after ``kb ingest`` in
  another process exits (the app looks at the store's files every ``KB_REFRESH_SECONDS``, 2 s).

Everything runs on this machine (servers on 127.0.0.1, stopped at the end); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fixtures import demo  # noqa: E402  (after the path: bench scripts run from a checkout)

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
HUGE_SORT = "SELECT ?a ?c ?f ?i WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"
PAGES = ("/", "/actors", "/actors/armenia", "/conflicts", "/query", "/articles.json")
TOKEN = "bench-limits-token"
ONCE_ASSERTED = {
    "detect": "< 5", "runaway": "0.9 – 2.0", "runaway-endpoint": "< 2.0", "memory": "(none: a timeout passed)",
    "remote-slow": "< 2.5", "remote-trickle": "< 2.5", "pages": "< 3", "api-visible": "< 5 (with cli)",
    "cli-visible": "< 5",
}


def timed(work: Callable[[], object], expect: type[BaseException] | None = None) -> float:
    """Seconds ``work`` took; when ``expect`` is given, it must end by raising that (else the figure is wrong)."""
    started = time.perf_counter()
    try:
        work()
    except BaseException as exc:
        if expect is None or not isinstance(exc, expect):
            raise
        return time.perf_counter() - started
    if expect is not None:
        raise RuntimeError(f"expected {expect.__name__}, got an answer")
    return time.perf_counter() - started


def detect_10k() -> float:
    from kb.derived.conflicts.refresh import detect
    from tests.fixtures.synthetic import synthetic_facts

    facts = synthetic_facts(10_000, days=400)
    return timed(lambda: detect(facts, str))


def sandbox(query: str, **limits: float) -> Callable[[], float]:
    from kb.errors import QueryError, QueryTimeout
    from kb.sparql.sandbox import Formats, Limits, Sandbox

    box = Sandbox(demo.build().store, Limits(**limits))  # type: ignore[arg-type]
    expect = QueryTimeout if query == RUNAWAY else QueryError
    return lambda: timed(lambda: box.run(query, Formats("json")), expect)


def endpoint_runaway() -> Callable[[], float]:
    from web import create_app

    client = create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "SPARQL_TIMEOUT": 1.0}).test_client()

    def once() -> float:
        started = time.perf_counter()
        status = client.get("/sparql", query_string={"query": RUNAWAY}).status_code
        assert status == 503, status
        return time.perf_counter() - started

    return once


class _Late(BaseHTTPRequestHandler):
    """``/slow/query`` answers after 3 s; ``/trickle/query`` sends a byte every 0.1 s, never all of it."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = b'{"head":{"vars":[]},"results":{"bindings":[]}}'
        if self.path.startswith("/slow"):
            time.sleep(3)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body) if self.path.startswith("/slow") else 100000))
        self.end_headers()
        try:
            if self.path.startswith("/slow"):
                self.wfile.write(body)
                return
            for _ in range(100):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:  # the client hung up: what it should do
            pass

    do_GET = do_POST


@contextmanager
def late_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Late)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def remote(base: str, mode: str) -> Callable[[], float]:
    from kb.errors import QueryTimeout
    from kb.store.remote import SparqlStore

    store = SparqlStore(f"{base}/{mode}/query", timeout=1)
    return lambda: timed(lambda: store.select("SELECT ?s WHERE { ?s ?p ?o }"), QueryTimeout)


@contextmanager
def served(folder: Path) -> Iterator[tuple[str, Path]]:
    """``web.serve`` in its own process over a demo disk store; stopped (by its pid) when the block ends."""
    from tests.servers import free_port

    location = folder / "kb"
    demo.build(str(location)).close()
    port = free_port()
    code = (f"from web import serve; serve({str(location)!r}, port={port}, "
            f"config={{'API_TOKEN': {TOKEN!r}, 'RATE_LIMIT': None}})")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + "/articles.json", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("the server exited") from None
                time.sleep(0.1)
        yield url, location
    finally:
        proc.terminate()
        proc.wait(10)


def pages(base: str) -> Callable[[], float]:
    def once() -> float:
        started = time.perf_counter()
        for path in PAGES:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                response.read()
        return time.perf_counter() - started

    return once


def _titles(base: str) -> set[str]:
    with urllib.request.urlopen(base + "/articles.json", timeout=30) as response:
        return {row["title"] for row in json.loads(response.read())["rows"]}


def _article(n: int, origin: str) -> tuple[str, dict[str, str]]:
    text = f"Baku says more than {n} Armenian soldiers were killed on Monday. Yerevan denied the figure.\n"
    return text, {"title": f"{origin} article {n}", "published": "2020-10-02", "lang": "en",
                  "url": f"https://news.example.org/{origin}/{n}", "outlet": "ARRAHMAHNEWS"}


def api_visible(base: str) -> Callable[[], float]:
    counter = iter(range(10_000, 20_000))

    def once() -> float:
        text, meta = _article(next(counter), "api")
        request = urllib.request.Request(base + "/api/articles", data=json.dumps({"text": text, **meta}).encode(),
                                         method="POST", headers={"Authorization": f"Bearer {TOKEN}",
                                                                 "Content-Type": "application/json"})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status == 201
        seconds = time.perf_counter() - started
        assert meta["title"] in _titles(base), "the POSTed article is not on the next page"
        return seconds

    return once


def cli_visible(base: str, location: Path, folder: Path) -> Callable[[], float]:
    counter = iter(range(20_000, 30_000))

    def once() -> float:
        n = next(counter)
        text, meta = _article(n, "cli")
        path = folder / f"cli-{n}.txt"
        path.write_text(text, encoding="utf-8")
        path.with_name(f"cli-{n}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
        done = subprocess.run([sys.executable, "-m", "kb.cli", "ingest", "--store", str(location), str(path)],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        started = time.perf_counter()
        while meta["title"] not in _titles(base):
            if time.perf_counter() - started > 60:
                raise RuntimeError("the ingested article never showed")
            time.sleep(0.05)
        return time.perf_counter() - started

    return once


def measure(names: list[str], repeat: int, echo: Callable[[str], None]) -> list[str]:
    rows = ["| measure | median s | worst s | runs | the test once asserted (s) |", "|---|---|---|---|---|"]
    for line in rows:
        echo(line)

    def report(name: str, once: Callable[[], float]) -> None:
        if name not in names:
            return
        once()  # warm-up: imports, the first fork, the page caches
        seconds = [once() for _ in range(repeat)]
        rows.append(f"| {name} | {statistics.median(seconds):.2f} | {max(seconds):.2f} | {repeat} "
                    f"| {ONCE_ASSERTED[name]} |")
        echo(rows[-1])

    report("detect", detect_10k)
    if "runaway" in names:
        report("runaway", sandbox(RUNAWAY, timeout=1.0))
    if "runaway-endpoint" in names:
        report("runaway-endpoint", endpoint_runaway())
    if "memory" in names:
        report("memory", sandbox(HUGE_SORT, timeout=10.0, max_memory_mb=64))
    with late_server() as base:
        report("remote-slow", remote(base, "slow"))
        report("remote-trickle", remote(base, "trickle"))
    if {"pages", "api-visible", "cli-visible"} & set(names):
        with tempfile.TemporaryDirectory(prefix="bench-limits-") as tmp, served(Path(tmp)) as (url, location):
            report("pages", pages(url))
            report("api-visible", api_visible(url))
            report("cli-visible", cli_visible(url, location, Path(tmp)))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each measure after one warm-up")
    parser.add_argument("--only", default=",".join(ONCE_ASSERTED), help="comma-separated measures")
    parser.add_argument("--out", type=Path, default=None, help="also write the table (markdown) here")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    unknown = sorted(set(names) - set(ONCE_ASSERTED))
    if unknown or args.repeat < 1:
        parser.error(f"unknown measure(s) {', '.join(unknown)}; known: {', '.join(ONCE_ASSERTED)}"
                     if unknown else "--repeat must be at least 1")
    rows = measure(names, args.repeat, lambda line: print(line, flush=True))
    if args.out is not None:
        args.out.write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
