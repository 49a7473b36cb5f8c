"""A real server (``web.serve`` under waitress, in a subprocess) on a disk store, read by several clients
while ``kb ingest`` (another process) and API POSTs write to the same store: no reader ever fails, a write
refused for the lock (503) succeeds when retried, and the new articles show in the app: the app's own writes at
once, another process's through the periodic look at the store's files.  How soon is ``bench/limits.py``'s figure
(``KB_REFRESH_SECONDS``, 2 s, plus a reopen); a test asserts no speed."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures import demo

TOKEN = "concurrency-test-token"
READ_SECONDS = 6.0
HANG_GUARD = 60.0  # seconds before a wait is a hang (the waits here take ~2 s): a guard, not a speed asserted
QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
READ_PATHS = ("/", "/articles", "/articles.json", "/conflicts", "/actors",
              "/sparql?" + urllib.parse.urlencode({"query": QUERY}))
pytestmark = pytest.mark.slow


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def text_of(n: int) -> str:
    return (f"Baku says more than {n} Armenian soldiers were killed on Monday. "
            "Yerevan denied the figure, the outlet reported.\n")


def meta_of(n: int, origin: str) -> dict[str, str]:
    return {"title": f"{origin} article {n}", "published": "2020-10-02", "lang": "en",
            "url": f"https://news.example.org/{origin}/{n}", "outlet": "ARRAHMAHNEWS"}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    location = tmp_path_factory.mktemp("concurrent") / "kb"
    demo.build(str(location)).close()
    port = free_port()
    code = (f"from web import serve; serve({str(location)!r}, port={port}, "
            f"config={{'API_TOKEN': {TOKEN!r}, 'RATE_LIMIT': None}})")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[1],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "/articles.json", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else "server died") from None
            time.sleep(0.1)
    try:
        yield url, location
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=10)
        assert b"Traceback" not in err, err.decode()[-2000:]


def get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def reader(base: str, until: float, seen: Counter[str], failures: list[str],
           writing: threading.Event | None = None) -> None:
    """Read the pages in turn until ``until`` and, when given, for as long as ``writing`` is set (the writers still
    at work), counting each answer; a read that ends while the writers work also counts under "during"."""
    i = 0
    while time.monotonic() < until or (writing is not None and writing.is_set()):
        path = READ_PATHS[i % len(READ_PATHS)]
        i += 1
        try:
            status, body = get(base + path)
        except OSError as exc:
            failures.append(f"{path}: {exc}")
            continue
        seen[str(status)] += 1
        if writing is not None and writing.is_set():
            seen["during"] += 1
        if status != 200:
            failures.append(f"{path}: {status} {body[:200]!r}")


def post(base: str, n: int, retries: Counter[str]) -> dict[str, object]:
    """POST one article; a 503 (another writer holds the lock) is retried after its Retry-After."""
    body = json.dumps({"text": text_of(n), **meta_of(n, "api")}).encode()
    for _ in range(10):
        request = urllib.request.Request(base + "/api/articles", data=body, method="POST", headers={
            "Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status == 201
                return json.loads(response.read())  # type: ignore[no-any-return]
        except urllib.error.HTTPError as exc:
            assert exc.code == 503, exc.read()
            retries["503"] += 1
            time.sleep(min(2.0, float(exc.headers["Retry-After"])))
    raise AssertionError("the write never got the store")


def cli_ingest(folder: Path, location: Path) -> None:
    """``kb ingest`` in its own process (it waits up to ``--wait`` for the app's writer); returns when done."""
    kb = Path(sys.executable).with_name("kb")
    command = [str(kb)] if kb.exists() else [sys.executable, "-c", "from kb.cli import main; main()"]
    done = subprocess.run([*command, "ingest", "--store", str(location), str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr


def titles(base: str) -> set[str]:
    status, body = get(base + "/articles.json")
    assert status == 200
    return {row["title"] for row in json.loads(body)["rows"]}


def test_readers_never_fail_while_cli_and_api_write(served: tuple[str, Path], tmp_path: Path) -> None:
    base, location = served
    folder = tmp_path / "incoming"
    folder.mkdir()
    for n in range(700, 706):
        (folder / f"cli-{n}.txt").write_text(text_of(n), encoding="utf-8")
        (folder / f"cli-{n}.meta.json").write_text(json.dumps(meta_of(n, "cli")), encoding="utf-8")
    seen: Counter[str] = Counter()
    retries: Counter[str] = Counter()
    failures: list[str] = []
    until = time.monotonic() + READ_SECONDS
    writing = threading.Event()
    writing.set()  # the readers go on for as long as the writers work, however slow the machine
    readers = [threading.Thread(target=reader, args=(base, until, seen, failures, writing)) for _ in range(4)]
    for t in readers:
        t.start()
    cli = threading.Thread(target=cli_ingest, args=(folder, location))
    cli.start()
    outcomes = [post(base, n, retries) for n in range(800, 804)]
    posted = {f"api article {n}" for n in range(800, 804)}
    assert posted <= titles(base), "the app's own writes are not on its next page"
    cli.join(60)
    writing.clear()
    for t in readers:
        t.join(30)
    assert not failures, failures[:5]
    # the readers really ran alongside the writers: every reader answered at least twice while they wrote (a count of
    # reads, not a speed: a loaded machine makes each read slower and the writes longer alike)
    assert seen["during"] >= 2 * len(readers), seen
    assert all(o["status"] == "ingested" and int(str(o["claims"])) >= 1 for o in outcomes)
    wanted = {f"cli article {n}" for n in range(700, 706)} | posted
    guard = time.monotonic() + HANG_GUARD
    while not wanted <= titles(base) and time.monotonic() < guard:  # kb ingest's: at the next look at the files
        time.sleep(0.2)
    assert wanted <= titles(base), f"never shown: {sorted(wanted - titles(base))}"
    status, body = get(base + "/sparql?" + urllib.parse.urlencode(
        {"query": "ASK { ?a <http://purl.org/dc/terms/title> 'cli article 705' }"}))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_write_waits_for_a_short_lock_instead_of_failing(served: tuple[str, Path]) -> None:
    """Another process holds the writer lock until told to let go (after 1 s); the API's bounded wait (10 s)
    rides it out: 201, not 503, and the POST was still waiting when the lock went."""
    base, location = served
    hold = ("import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); print('locked', flush=True); "
            "sys.stdin.readline()")
    holder = subprocess.Popen([sys.executable, "-c", hold, str(location / "oxigraph")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    retries: Counter[str] = Counter()
    outcome: dict[str, object] = {}
    writer = threading.Thread(target=lambda: outcome.update(post(base, 901, retries)))
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        writer.start()
        time.sleep(1.0)
        waiting = writer.is_alive()  # the lock is still held: the POST cannot have finished
    finally:
        assert holder.stdin is not None
        holder.stdin.write("go\n")
        holder.stdin.close()
        holder.wait(10)
    writer.join(60)
    assert waiting and outcome["status"] == "ingested" and retries["503"] == 0


def test_load_script_measures_the_server_and_refuses_other_hosts(served: tuple[str, Path]) -> None:
    """``bench/load.py``, briefly: a markdown table with no errors, and no load sent off this machine."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_load", Path(__file__).parents[1] / "bench" / "load.py")
    assert spec is not None and spec.loader is not None
    load = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = load  # dataclasses look their module up there
    spec.loader.exec_module(load)
    base, _ = served
    table = load.run(load.loopback_only(base), clients=2, seconds=1.0)
    total = next(line for line in table.splitlines() if line.startswith("| **all**"))
    cells = [c.strip() for c in total.strip("|").split("|")]
    assert int(cells[1]) > 5 and cells[5] == "0", table  # requests made, zero errors
    for host in ("http://10.1.2.3:8000", "http://192.168.0.1", "https://127.0.0.1:8000"):
        with pytest.raises(SystemExit):
            load.loopback_only(host)
