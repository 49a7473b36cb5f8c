"""The app's hold on the store: a read-only snapshot that follows the writers, and a writer borrowed per request.

Why this shape: Oxigraph lets ONE process open a disk store for writing (an exclusive lock, held for as long
as the store is open) and any number of read-only snapshots beside it.  ``kb ingest`` must be able to write
while ``kb serve`` runs, so the app never keeps the writer lock while idle:

* pages read a read-only snapshot, reopened when the store's files change (checked at most every
  ``refresh_seconds``) and at once after the app's own write, so a writer sees what it wrote;
* a write opens the store as writer with a bounded wait, writes, closes, and raises ``StoreBusy`` when
  another process kept the lock past the wait (the web layer answers 503 with ``Retry-After``).

A ``:memory:`` store, a ready ``KnowledgeBase`` (tests) or a remote SPARQL store has no such lock: it is
read and written through the same object, writes serialised by a thread lock.  Flask-free on purpose.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.errors import StoreError
from kb.knowledge import KnowledgeBase

log = logging.getLogger(__name__)


class StoreBusy(Exception):
    """Another process held the writer lock for longer than we were willing to wait."""

    def __init__(self, waited: float) -> None:
        super().__init__(f"another writer (such as `kb ingest`) held the store for more than {waited:g} s")
        self.waited = waited


def is_disk(location: str) -> bool:
    return location != ":memory:" and not location.startswith(("http://", "https://"))


def existing_disk_store(location: str) -> bool:
    return is_disk(location) and (Path(location) / "oxigraph").is_dir()


def fingerprint(location: str) -> tuple[int, ...]:
    """Changes when RocksDB writes, flushes or compacts: the store folder's and its files' mtimes."""
    folder = Path(location) / "oxigraph"
    try:
        return (folder.stat().st_mtime_ns, *sorted(p.stat().st_mtime_ns for p in folder.iterdir()))
    except OSError:
        return ()


class StoreHandle:
    """Owns the current read snapshot (``kb``) and lends out writers; listeners hear of every new snapshot."""

    def __init__(self, source: str | KnowledgeBase, *, actors: Iterable[Path] = (), refresh_seconds: float = 2.0,
                 write_wait: float = 10.0) -> None:
        self.actors = tuple(actors)
        self.refresh_seconds = refresh_seconds
        self.write_wait = write_wait
        self.generation = 0
        self.listeners: list[Callable[[KnowledgeBase], None]] = []
        self._write_lock = threading.Lock()  # one writer per process: RocksDB refuses a second one anyway
        self._reopen_lock = threading.Lock()
        self._checked = time.monotonic()
        if isinstance(source, KnowledgeBase):
            self.location: str | None = None
            self.kb = source
            return
        location = str(source)
        self.location = location if is_disk(location) else None
        if self.location is None:
            self.kb = KnowledgeBase.open(location, actors=self.actors)
            return
        if not existing_disk_store(location):
            self._create(location)
        self._seen = fingerprint(location)
        self.kb = self._open_reader()

    @property
    def on_disk(self) -> bool:
        return self.location is not None

    def _create(self, location: str) -> None:
        """A new store is created (with its reference graphs) and closed at once, so no lock stays behind."""
        kb = KnowledgeBase.open(location, actors=self.actors, wait=self.write_wait)
        try:
            kb.sync_reference_graphs()
        finally:
            kb.close()

    def _open_reader(self) -> KnowledgeBase:
        return KnowledgeBase.open(self.location, actors=self.actors, read_only=True)

    def maybe_refresh(self) -> None:
        """At most every ``refresh_seconds``: reopen the snapshot if the files changed since the last look."""
        if not self.on_disk or self.refresh_seconds <= 0:
            return
        now = time.monotonic()
        if now - self._checked < self.refresh_seconds:
            return
        self._checked = now
        if fingerprint(self.location) != self._seen:  # type: ignore[arg-type]
            self.reopen()

    def reopen(self, *, block: bool = False, attempts: int = 1) -> bool:
        """Open a fresh snapshot (~10 ms) and hand it to the listeners; keep the old one if that fails.

        A periodic check does not block: one thread reopens while the others go on with the old snapshot,
        which is left to the garbage collector rather than closed because a request in flight may still read
        it.  After its own write the app blocks, so the writer's next page shows what it wrote.  Opening can
        fail for a moment while another writer compacts (a file vanishes under us): the next try succeeds.
        """
        if not self._reopen_lock.acquire(blocking=block):
            return False
        try:
            for attempt in range(attempts):
                seen = fingerprint(self.location)  # type: ignore[arg-type]
                try:
                    kb = self._open_reader()
                except (StoreError, OSError) as exc:
                    log.warning("could not reopen the store snapshot (try %d): %s", attempt + 1, exc)
                    time.sleep(0.05)
                    continue
                self._seen = seen
                self._publish(kb)
                return True
            return False
        finally:
            self._reopen_lock.release()

    def _publish(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.generation += 1
        for listener in self.listeners:
            listener(kb)

    @contextmanager
    def writer(self) -> Iterator[KnowledgeBase]:
        """A writable knowledge base for one short write; raises ``StoreBusy`` after ``write_wait`` seconds.

        The lock is released as soon as the block ends, and the readers see the write at once after it."""
        deadline = time.monotonic() + self.write_wait
        if not self._write_lock.acquire(timeout=self.write_wait):
            raise StoreBusy(self.write_wait)
        try:
            if not self.on_disk:
                yield self.kb
                self._publish(self.kb)  # same object, new generation: caches keyed on it start afresh
                return
            kb = self._open_writer(max(0.0, deadline - time.monotonic()))
            try:
                yield kb
            finally:
                kb.close()
            self._checked = time.monotonic()
            self.reopen(block=True, attempts=5)
        finally:
            self._write_lock.release()

    def _open_writer(self, wait: float) -> KnowledgeBase:
        try:
            return KnowledgeBase.open(self.location, actors=self.actors, wait=wait)
        except StoreError as exc:
            if "lock" in str(exc).lower() or "temporarily unavailable" in str(exc).lower():
                raise StoreBusy(self.write_wait) from None
            raise


__all__ = ["StoreBusy", "StoreHandle", "existing_disk_store", "fingerprint", "is_disk"]
