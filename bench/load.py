"""A bounded load test of a running ``kb serve`` on this machine: pages and ``/sparql``, many clients at once.

    python bench/load.py http://127.0.0.1:8000 [--clients 16] [--seconds 30]

Prints a markdown table: per path family and overall, requests, throughput (req/s), p50/p99 latency,
errors (anything but 2xx or 429, and failed connections) and 429s apart: ``/sparql`` is rate-limited per
client address by default (``RATE_LIMIT``), and every client here is 127.0.0.1, so those refusals are the
server doing its job, not failing.  Loopback only, on purpose: it is a tool to measure our
own server, and pointing it elsewhere would be a denial-of-service tool, so other hosts are refused.
Bounded in clients (at most 256) and time (at most 600 s).  Standard library only.
"""

from __future__ import annotations

import argparse
import ipaddress
import socket
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
CLAIMS_QUERY = ("PREFIX ckb: <https://w3id.org/claimkb/ns#> "
                "SELECT ?c ?q WHERE { ?c ckb:quote ?q } ORDER BY ?c LIMIT 50")
PATHS = {
    "home": "/",
    "articles": "/articles",
    "articles.json": "/articles.json",
    "actors": "/actors",
    "conflicts": "/conflicts",
    "sparql count": "/sparql?" + urllib.parse.urlencode({"query": COUNT_QUERY}),
    "sparql claims": "/sparql?" + urllib.parse.urlencode({"query": CLAIMS_QUERY}),
}
MAX_CLIENTS, MAX_SECONDS = 256, 600


@dataclass
class Tally:
    """Latencies (seconds) of answered requests and the count of failures, per path family."""

    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    limited: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    samples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, name: str, seconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies[name].append(seconds)
            if error == "HTTP 429":
                self.limited[name] += 1
            elif error is not None:
                self.errors[name] += 1
                if len(self.samples) < 5:
                    self.samples.append(f"{name}: {error}")


def loopback_only(url: str) -> str:
    """The base URL if its host is a loopback address (or resolves only to loopback); else exit."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        sys.exit(f"load: {url!r}: give an http://127.0.0.1:PORT URL")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
    except socket.gaierror as exc:
        sys.exit(f"load: cannot resolve {parts.hostname!r}: {exc}")
    if not addresses or not all(ipaddress.ip_address(str(a).split("%")[0]).is_loopback for a in addresses):
        sys.exit(f"load: refusing {parts.hostname!r}: this load test only runs against a server on this machine")
    return f"http://{parts.netloc}"


def one_request(url: str) -> str | None:
    """None when the server answered 2xx, else a short description of what went wrong."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            response.read()
            return None if 200 <= response.status < 300 else f"HTTP {response.status}"
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}"
    except OSError as exc:
        return f"{type(exc).__name__}: {exc}"


def client(base: str, offset: int, until: float, tally: Tally, paths: Mapping[str, str] = PATHS) -> None:
    """One client: the path families in turn (each client starting at a different one) until time is up."""
    names = list(paths)
    i = offset
    while time.monotonic() < until:
        name = names[i % len(names)]
        i += 1
        started = time.perf_counter()
        error = one_request(base + paths[name])
        tally.add(name, time.perf_counter() - started, error)


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (1..99) of ``values``, 0 for none."""
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def report(tally: Tally, seconds: float, clients: int, base: str, paths: Mapping[str, str] = PATHS) -> str:
    """The markdown table: one row per path family, then all together."""
    lines = [f"Load test of {base}: {clients} clients for {seconds:.1f} s", "",
             "| path | requests | req/s | p50 ms | p99 ms | errors | 429 |", "|---|---:|---:|---:|---:|---:|---:|"]
    everything: list[float] = []
    for name in paths:
        values = tally.latencies.get(name, [])
        everything.extend(values)
        lines.append(_row(name, values, tally.errors.get(name, 0), tally.limited.get(name, 0), seconds))
    lines.append(_row("**all**", everything, sum(tally.errors.values()), sum(tally.limited.values()), seconds))
    if tally.samples:
        lines += ["", "First errors: " + "; ".join(tally.samples)]
    return "\n".join(lines)


def _row(name: str, values: list[float], errors: int, limited: int, seconds: float) -> str:
    return (f"| {name} | {len(values)} | {len(values) / seconds:.1f} | {percentile(values, 50) * 1000:.1f} | "
            f"{percentile(values, 99) * 1000:.1f} | {errors} | {limited} |")


def measure(base: str, clients: int, seconds: float, paths: Mapping[str, str] = PATHS) -> tuple[Tally, float]:
    """``clients`` threads requesting ``paths`` in turn for ``seconds``: the tally and the seconds it took."""
    tally = Tally()
    started = time.monotonic()
    until = started + seconds
    threads = [threading.Thread(target=client, args=(base, i, until, tally, paths), daemon=True)
               for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 60)
    return tally, time.monotonic() - started


def summary(tally: Tally, seconds: float) -> dict[str, float]:
    """All path families together: requests, req/s, p50 and p99 (ms), errors and 429s."""
    values = [v for family in tally.latencies.values() for v in family]
    return {"requests": len(values), "rps": len(values) / seconds if seconds else 0.0,
            "p50_ms": percentile(values, 50) * 1000, "p99_ms": percentile(values, 99) * 1000,
            "errors": sum(tally.errors.values()), "limited": sum(tally.limited.values())}


def run(base: str, clients: int, seconds: float, paths: Mapping[str, str] = PATHS) -> str:
    """Load ``base`` and return the markdown table."""
    tally, elapsed = measure(base, clients, seconds, paths)
    return report(tally, elapsed, clients, base, paths)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="base URL of a running server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    parser.add_argument("--seconds", type=float, default=30.0, help="how long to run (default 30)")
    args = parser.parse_args(argv)
    if not 1 <= args.clients <= MAX_CLIENTS or not 0 < args.seconds <= MAX_SECONDS:
        parser.error(f"--clients must be 1..{MAX_CLIENTS} and --seconds 0..{MAX_SECONDS}")
    base = loopback_only(args.url)
    print(run(base, args.clients, args.seconds))


if __name__ == "__main__":
    main()
