"""Start and stop real SPARQL servers on free 127.0.0.1 ports for tests and benchmarks.

    with oxigraph_server(tmp) as url: ...      # http://127.0.0.1:PORT/query
    with virtuoso_server(tmp) as url: ...      # http://127.0.0.1:PORT/sparql (SPARQL user may update)

Each server is started with its own query time limit (``query_timeout``, seconds: Oxigraph's
``--timeout-s``, Virtuoso's ``MaxQueryExecutionTime``), as docs/scaling.md asks of a
deployment: a client that gives up does not stop a query on Oxigraph server.

Both raise ``Unavailable`` (with the reason) when the server's binary is not installed or does not
come up; test fixtures turn that into ``pytest.skip``.  Every process started here is stopped by its
own pid when the block ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path


class Unavailable(RuntimeError):
    """The server cannot be run here; the message says why."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


SERVER_PIDS: dict[str, int] = {}
"""The process id behind each query URL started here, for tests that watch a server's CPU."""


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) the process has used so far, from /proc (Linux)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _wait_http(url: str, proc: subprocess.Popen[bytes], deadline: float, log: Path) -> None:
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Unavailable(f"server exited with {proc.returncode}: {_tail(log)}")
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.1)
    raise Unavailable(f"{url} did not answer in time: {_tail(log)}")


def _tail(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-400:]
    except OSError:
        return ""


def _stop(proc: subprocess.Popen[bytes], grace: float = 10.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


QUERY_TIMEOUT = 30
NONET = [sys.executable, "-m", "kb.sparql.nonet"]
"""Prefix that runs a server unable to open outbound connections (``connect()`` fails; it still listens)."""
"""Seconds a query may run on a test server: far above any query of the suite, far below forever."""


@contextlib.contextmanager
def oxigraph_server(workdir: Path, *, timeout: float = 15.0, query_timeout: int = QUERY_TIMEOUT) -> Iterator[str]:
    """Oxigraph server (PyPI ``oxigraph``) with its database in ``workdir``; ``timeout`` is for starting,
    ``query_timeout`` the server's own limit on every query (``--timeout-s``).  Started as the README
    says to deploy it: under ``kb.sparql.nonet``, so that it cannot call out (SERVICE)."""
    binary = oxigraph_binary()
    if binary is None:
        raise Unavailable("the `oxigraph` command is not installed (pip install oxigraph)")
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    log = workdir / "oxigraph.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [*NONET, binary, "serve", "--location", str(workdir / "db"), "--bind", f"127.0.0.1:{port}",
             "--timeout-s", str(query_timeout)],
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_http(f"{base}/query?query=ASK%7B%7D", proc, time.monotonic() + timeout, log)
        SERVER_PIDS[f"{base}/query"] = proc.pid
        yield f"{base}/query"
    finally:
        _stop(proc)


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 0
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ServerThreads = 10
DirsAllowed = {d}
CaseMode = 2
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 8
ServerThreads = 8
EnabledDavVSP = 0
HTTPProxyEnabled = 0

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = {query_timeout}
MaxQueryCostEstimationTime = 400
"""


# SPARQL_UPDATE includes SPARQL_SPONGE, which lets SERVICE and the Sponger (FROM with get:soft) fetch
# URLs; LOAD fetches too.  These revocations stop all three while updates keep working (measured on
# 7.2.5: 0 connections to a loopback listener, INSERT/DELETE/CLEAR/DROP fine).  bif:http_get and
# bif:http_client still fetch for any user: the query check refuses them (kb.sparql.safety).
VIRTUOSO_GRANTS = " ".join([
    'GRANT SPARQL_UPDATE TO "SPARQL";',
    "REVOKE SELECT ON DB.DBA.SPARQL_SINV_2 FROM SPARQL_SPONGE;",
    *(f"REVOKE EXECUTE ON DB.DBA.{proc} FROM SPARQL_SPONGE;" for proc in (
        "SPARQL_SINV_IMP", "SPARQL_SD_PROBE", "SPARUL_LOAD_SERVICE_DATA", "RDF_SPONGE_UP", "RDF_SPONGE_UP_1",
        "RDF_SPONGE_UP_LIST", "RDF_GRAB", "RDF_GRAB_SEEALSO", "RDF_GRAB_SINGLE", "RDF_GRAB_SINGLE_ASYNC")),
    "REVOKE EXECUTE ON DB.DBA.SPARQL_SD_PROBE FROM SPARQL_LOAD_SERVICE_DATA;",
    "REVOKE EXECUTE ON DB.DBA.SPARUL_LOAD_SERVICE_DATA FROM SPARQL_LOAD_SERVICE_DATA;",
    "REVOKE EXECUTE ON DB.DBA.SPARUL_LOAD_SERVICE_DATA FROM SPARQL_UPDATE;",
    "REVOKE EXECUTE ON DB.DBA.SPARUL_LOAD FROM SPARQL_UPDATE;",
])


@contextlib.contextmanager
def virtuoso_server(workdir: Path, *, timeout: float = 40.0, query_timeout: int = QUERY_TIMEOUT) -> Iterator[str]:
    """OpenLink Virtuoso 7 (Debian ``virtuoso-opensource-7-bin``) with its database in ``workdir``;
    the anonymous SPARQL user is granted SPARQL_UPDATE (a test instance only) without what fetches URLs
    (``VIRTUOSO_GRANTS``).  It cannot run under ``kb.sparql.nonet``: it connects to itself at start-up
    ("Can listen but can't connect to self").  ``query_timeout`` is
    ``MaxQueryExecutionTime``, which also caps the ``timeout`` parameter each query brings."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if server is None or isql is None:
        raise Unavailable("virtuoso-t / isql-vt are not installed (apt-get install virtuoso-opensource-7-bin)")
    workdir.mkdir(parents=True, exist_ok=True)
    sql_port, http_port = free_port(), free_port()
    ini = workdir / "virtuoso.ini"
    ini.write_text(VIRTUOSO_INI.format(d=workdir, sql_port=sql_port, http_port=http_port, query_timeout=query_timeout))
    log = workdir / "virtuoso.out"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [server, "+foreground", "+configfile", str(ini)], cwd=workdir,
            stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        base = f"http://127.0.0.1:{http_port}"
        _wait_http(f"{base}/sparql?query=ASK%7B%7D", proc, time.monotonic() + timeout, log)
        grant = subprocess.run(
            [isql, f"127.0.0.1:{sql_port}", "dba", "dba", "exec=" + VIRTUOSO_GRANTS],
            capture_output=True, timeout=30, check=False,
        )
        if grant.returncode != 0:
            raise Unavailable(f"isql-vt could not grant SPARQL_UPDATE: {grant.stdout[-300:]!r} {grant.stderr[-300:]!r}")
        SERVER_PIDS[f"{base}/sparql"] = proc.pid
        yield f"{base}/sparql"
    finally:
        _stop(proc, grace=20.0)


__all__ = ["QUERY_TIMEOUT", "SERVER_PIDS", "Unavailable", "cpu_seconds", "free_port", "oxigraph_server",
           "virtuoso_server"]
