"""The second wall against server-side requests: a process that evaluates user SPARQL cannot open a
network connection, whatever the query check decided.

Why a kernel filter and not a setting: pyoxigraph 0.5 evaluates ``SERVICE <http://…>`` with its own
HTTP client and has no option to switch federation off or to supply a service handler; the Oxigraph
server has no such option either.  A seccomp filter is independent of every parser: measured here, a
query worker with it answers a ``SERVICE`` query with "Operation not permitted" and a loopback listener
sees no connection, where the same worker without it is connected to.

Two filters, for two kinds of process:

* :func:`forbid_network` — for a query worker forked by the app or the CLI: ``socket()`` of any family
  but ``AF_UNIX`` fails with ``EPERM``.  The worker talks to its parent over a pipe and needs nothing else.
* :func:`forbid_outbound` — for a server that must keep listening (``python -m kb.sparql.nonet oxigraph
  serve …``): ``connect()`` fails with ``EPERM``, so it can accept clients but never call out.  A filter
  survives ``exec``, so the server runs under it from its first instruction.

Both are Linux-only (libseccomp, which every Debian system has because apt depends on it).  Where the
filter cannot be loaded, :class:`NetworkWallError` is raised and the caller refuses to run user queries:
the wall fails closed.
"""

from __future__ import annotations

import errno
import os
import socket
import sys
from collections.abc import Sequence

from kb.errors import StoreError


class NetworkWallError(StoreError):
    """The seccomp filter could not be loaded, so user queries must not run here."""


def _filter():  # type: ignore[no-untyped-def]
    try:
        import pyseccomp
    except (ImportError, OSError) as exc:  # OSError: pyseccomp loads libseccomp.so.2 when imported
        raise NetworkWallError(f"cannot forbid network access: libseccomp unavailable ({exc})") from None
    return pyseccomp, pyseccomp.SyscallFilter(defaction=pyseccomp.ALLOW)


def forbid_network() -> None:
    """From now on this process (and every thread and child it starts) can only create AF_UNIX sockets."""
    seccomp, flt = _filter()
    try:
        flt.add_rule(seccomp.ERRNO(errno.EPERM), "socket", seccomp.Arg(0, seccomp.NE, socket.AF_UNIX))
        flt.load()
    except (OSError, RuntimeError, ValueError) as exc:
        raise NetworkWallError(f"cannot forbid network access to user queries: {exc}") from None


def forbid_outbound() -> None:
    """From now on ``connect()`` fails in this process: listening and accepting still work."""
    seccomp, flt = _filter()
    try:
        flt.add_rule(seccomp.ERRNO(errno.EPERM), "connect")
        flt.load()
    except (OSError, RuntimeError, ValueError) as exc:
        raise NetworkWallError(f"cannot forbid outbound connections: {exc}") from None


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kb.sparql.nonet PROGRAM ARGS…``: run a SPARQL server that cannot call out."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--"]:
        args = args[1:]
    if not args:
        print("usage: python -m kb.sparql.nonet PROGRAM [ARGS...]", file=sys.stderr)
        return 2
    try:
        forbid_outbound()
        os.execvp(args[0], args)
    except (NetworkWallError, OSError) as exc:
        print(f"kb.sparql.nonet: {exc}", file=sys.stderr)
        return 2
    return 0  # not reached: execvp replaced this process


if __name__ == "__main__":
    raise SystemExit(main())
