"""A small process that forks the sandbox's query workers, so that the web server does not fork itself.

Why: a fork copies the forking process's page tables, about 15 ms of CPU per GB it holds (measured on this machine),
and a web server grows with the store it serves and the pages it has answered: ``POST /sparql`` took 17 ms of the
server's CPU at 10k articles and 28 ms at 25k in the bench, for the same 20-row query.  This process is started once
(``python -c``: a fresh interpreter, about a second importing pyoxigraph and the query check) and stays small, so
a worker costs the same whatever the server holds.  multiprocessing's own fork server was tried first: each of its
workers imports the server's main script again (0.8 s a query under ``kb serve``), which this one never does.

Protocol, over a Unix socket pair: the server sends one pickled request (the worker function's name in
``kb.sparql.worker`` and its arguments, never a store: a disk store's path, which the worker opens read-only); this
process forks a worker, which runs the function with the writing end of a fresh pipe, and answers with the pipe's
reading end and a pidfd of the worker (``SCM_RIGHTS``), by which the server kills it at its deadline.  Workers are
reaped by the kernel (``SIGCHLD`` ignored).  This process exits when the server's end of the socket closes.
"""

from __future__ import annotations

import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.reduction import recvfds, sendfds
from typing import Any

_HEADER = struct.Struct("!I")


class Zygote:
    """The server's end: one zygote per server process, requests one at a time (a fork takes a millisecond)."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        self._proc = subprocess.Popen(  # a fresh interpreter: nothing of the server's memory, threads or locks
            [sys.executable, "-c", f"from kb.sparql.zygote import serve; serve({theirs.fileno()})"],
            pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, close_fds=True)
        theirs.close()
        self._sock = ours
        self._lock = threading.Lock()
        self.owner = os.getpid()  # a process forked from this one starts its own: the socket is not to be shared

    def start(self, target: str, args: tuple[Any, ...]) -> tuple[Connection, int]:
        """Fork a worker running ``kb.sparql.worker.<target>(conn, *args)``: the connection its answer comes on,
        and a pidfd of it (close it when done)."""
        data = pickle.dumps((target, args))
        with self._lock:
            self._sock.sendall(_HEADER.pack(len(data)) + data)
            reader, pidfd = recvfds(self._sock, 2)
        return Connection(reader, writable=False), pidfd

    def alive(self) -> bool:
        return self._proc.poll() is None


_ZYGOTE: Zygote | None = None
_STARTING = threading.Lock()


def shared() -> Zygote:
    """This process's zygote, started at the first call (and again if it died, or in a process forked since)."""
    global _ZYGOTE
    with _STARTING:
        if _ZYGOTE is None or _ZYGOTE.owner != os.getpid() or not _ZYGOTE.alive():
            _ZYGOTE = Zygote()
        return _ZYGOTE


def serve(fd: int) -> None:
    """The zygote's loop: a request in, a worker forked, its pipe and pidfd out; until the socket closes."""
    from kb.sparql import worker  # imported once here: every worker has it
    from kb.sparql.safety import analyse

    analyse("ASK { ?s ?p ?o }")  # the query check's first run builds its parser (0.2 s): once here, not a worker

    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # workers are reaped as they end
    sock = socket.socket(fileno=fd)
    while True:
        header = _exactly(sock, _HEADER.size)
        if header is None:
            os._exit(0)
        body = _exactly(sock, _HEADER.unpack(header)[0])
        if body is None:
            os._exit(0)
        target, args = pickle.loads(body)
        reader, writer = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            sock.close()
            os.close(reader)
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            getattr(worker, target)(Connection(writer, readable=False), *args)
            os._exit(0)
        os.close(writer)
        try:
            pidfd = os.pidfd_open(pid)
        except ProcessLookupError:  # already over: nothing left to kill
            pidfd = os.open(os.devnull, os.O_RDONLY)
        sendfds(sock, [reader, pidfd])
        os.close(reader)
        os.close(pidfd)


def _exactly(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            return None
        data += chunk
    return data
