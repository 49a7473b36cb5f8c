"""Worker processes that die with their parent, so a killed ``kb ingest --jobs N`` leaves nothing behind.

Why: a ``ProcessPoolExecutor`` worker waits on a queue whose write end it holds itself, so when the
parent is killed with SIGKILL (no chance to shut the pool down) the worker never sees end-of-file and
lingers, with the multiprocessing resource tracker waiting on it, for as long as it likes.  On Linux
the kernel can send a signal to a process when its parent dies (``prctl(PR_SET_PDEATHSIG)``).  The
pool's workers are children of the forkserver, which exits when the last holder of its "alive" pipe
is gone; each worker is handed that pipe too (so that it could fork through the server itself, which
ours never do), so a worker first closes its copy: then the forkserver exits with the parent, the
workers follow it at once, and the resource tracker (whose pipe they held) exits too.  Elsewhere this
is a no-op: the workers end when they next read their queue.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent exits; True when it is arranged.

    Call it first thing in a pool worker (the pool's ``initializer``)."""
    if not sys.platform.startswith("linux"):
        return False
    _release_forkserver()
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):  # no libc or no prctl: nothing to arrange
        return False
    if os.getppid() != parent:  # the parent died before the request was made: follow it now
        os._exit(1)
    return True


def _release_forkserver() -> None:
    """Close this process's copy of the forkserver's "alive" pipe (see the module's docstring).

    ``multiprocessing.forkserver`` keeps it in a private attribute (the same name from Python 3.4 to
    3.13); if that ever changes this does nothing and the workers merely outlive a killed parent."""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if server is None or not isinstance(fd, int):
        return
    with contextlib.suppress(OSError):
        os.close(fd)
    server._forkserver_alive_fd = None
