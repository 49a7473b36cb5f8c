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
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kb.actors import Gazetteer
from kb.errors import StoreError
from kb.service import KnowledgeBase
from kb.store.location import Kind, Location

log = logging.getLogger(__name__)
RETIRE_SECONDS = 30.0  # an old snapshot outlives every page request that may still read it


class StoreBusy(Exception):
    """Another process held the writer lock for longer than we were willing to wait."""

    def __init__(self, waited: float) -> None:
        super().__init__(f"another writer (such as `kb ingest`) held the store for more than {waited:g} s")
        self.waited = waited


def is_disk(location: str) -> bool:
    """A folder on disk (``kb.store.location``): the only kind with a lock and files to follow."""
    return Location.of(location).kind is Kind.DISK


def existing_disk_store(location: str) -> bool:
    return Location.of(location).exists()


def file_stamps(paths: Iterable[Path]) -> tuple[tuple[str, int, int], ...]:
    """(path, mtime_ns, size) of each file: changes when the user edits an ``--actors`` file (a missing file stamps
    -1, -1, so that its coming back counts as a change too)."""
    stamps = []
    for path in paths:
        try:
            stat = path.stat()
            stamps.append((str(path), stat.st_mtime_ns, stat.st_size))
        except OSError:
            stamps.append((str(path), -1, -1))
    return tuple(stamps)


def fingerprint(location: str) -> tuple[int, ...]:
    """Changes when RocksDB writes, flushes or compacts: the store folder's and its files' mtimes."""
    folder = Location.of(location).oxigraph_dir
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
        # Held while this process opens, writes or closes a disk store: the SPARQL sandbox forks only
        # outside it, so a child never inherits a RocksDB lock taken by another thread (kb.sparql.sandbox).
        self.native_lock = threading.RLock()
        self._retired: list[tuple[float, KnowledgeBase]] = []
        self._reopen_lock = threading.Lock()
        self._checked = time.monotonic()
        self._synced_at: tuple[int, ...] | None = None  # the files as this app's last writer, which synced, left them
        self._actors_seen: tuple[tuple[str, int, int], ...] = ()
        if isinstance(source, KnowledgeBase):
            self.location: str | None = None
            self.kb, self.gazetteer = source, source.gazetteer
            return
        location = str(source)
        self.location = location if is_disk(location) else None
        # one gazetteer for every snapshot and writer opened here: a write opened a writer and a snapshot, each loading
        # it again (parsing the actors' Turtle), and each new one a new matcher for extraction, kept for good
        # (``kb.extract.mentions``); loaded again by the next writer when the user's actors files change
        self._actors_seen = file_stamps(self.actors)
        self.gazetteer = Gazetteer.load(self.actors)
        if self.location is None:
            self.kb = KnowledgeBase.open(location, actors=self.actors, gazetteer=self.gazetteer)
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
        kb = KnowledgeBase.open(location, actors=self.actors, wait=self.write_wait, gazetteer=self.gazetteer)
        try:
            kb.sync_reference_graphs()
        finally:
            kb.close()

    def _open_reader(self, attempts: int = 20) -> KnowledgeBase:
        """A read-only snapshot.  While another process writes, RocksDB may delete a table file between
        reading its manifest and opening the file; pyoxigraph raises RuntimeError ("Corruption: … No such
        file") for that — measured at ~1 open in 8 under a writer that commits and closes in a tight
        loop.  Queries on a snapshot already open never failed, so a short retry of the open suffices."""
        for attempt in range(attempts):
            try:
                return KnowledgeBase.open(self.location, actors=self.actors, read_only=True,
                                          gazetteer=self.gazetteer)
            except (StoreError, OSError, RuntimeError):
                if attempt + 1 == attempts:
                    raise
                time.sleep(0.02)
        raise AssertionError("unreachable")

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

        A periodic check does not block: one thread reopens while the others go on with the old snapshot.
        The old one is not closed at once, because a request in flight may still read it; it is kept for
        ``RETIRE_SECONDS`` and then dropped here, under ``native_lock``, so RocksDB never shuts a store down
        in some request thread while the sandbox forks.  After its own write the app blocks, so the writer's
        next page shows what it wrote.  Opening can fail for a moment while another writer compacts (a file
        vanishes under us): the next try succeeds.
        """
        if not self._reopen_lock.acquire(blocking=block):
            return False
        try:
            for attempt in range(attempts):
                seen = fingerprint(self.location)  # type: ignore[arg-type]
                # a periodic check never waits for a write in progress (it holds native_lock): pages go on
                # with the old snapshot instead of queueing behind the writer past their time budget
                if not self.native_lock.acquire(blocking=block):
                    return False
                try:
                    kb = self._open_reader()
                    self._retire(self.kb)
                except (StoreError, OSError, RuntimeError) as exc:
                    log.warning("could not reopen the store snapshot (try %d): %s", attempt + 1, exc)
                    kb = None
                finally:
                    self.native_lock.release()
                if kb is None:
                    time.sleep(0.05)
                    continue
                self._seen = seen
                self._publish(kb)
                return True
            return False
        finally:
            self._reopen_lock.release()

    def _retire(self, old: KnowledgeBase) -> None:
        """Keep ``old`` alive a while; drop (and so close) the snapshots retired long enough ago."""
        now = time.monotonic()
        self._retired.append((now, old))
        while self._retired and now - self._retired[0][0] > RETIRE_SECONDS:
            self._retired.pop(0)

    def keep(self, owner: object, kb: KnowledgeBase) -> None:
        """Keep the snapshot ``kb`` open while ``owner`` lives (a streamed body reading it piece by piece), then
        retire it afresh, to be closed here by a later ``reopen`` under ``native_lock``.  Held by the owner alone, a
        snapshot the handle had retired stayed open until the body ended and was closed by RocksDB in the streaming
        thread, outside the lock (the sandbox may fork then).  The finalizer only appends to a list (atomic): it may
        run in any thread, at any moment the owner is collected.  A store not on disk has no lock to mind."""
        if self.on_disk:
            weakref.finalize(owner, self._kept, kb).atexit = False

    def _kept(self, kb: KnowledgeBase) -> None:
        self._retired.append((time.monotonic(), kb))  # stamped now: it lives RETIRE_SECONDS past its owner

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
            self._follow_actors()
            if not self.on_disk:
                yield self.kb
                self._publish(self.kb)  # same object, new generation: caches keyed on it start afresh
                return
            kb = self._open_writer(deadline)
            try:
                yield kb
            finally:
                synced = kb.synced
                try:
                    kb.close()  # releases the writer lock (pyoxigraph lets go when its store is dropped)
                finally:
                    del kb
                    self._checked = time.monotonic()
                    # the store's files as this writer left them, the reference graphs synced: while they stay so,
                    # no one else wrote, and the next writer need not replace the two graphs again
                    self._synced_at = fingerprint(self.location) if synced else None  # type: ignore[arg-type]
                    self.native_lock.release()  # taken by _open_writer
            self.reopen(block=True, attempts=5)
        finally:
            self._write_lock.release()

    def _follow_actors(self) -> None:
        """Load the gazetteer again when the user's actors files changed since it was loaded (a write before web30
        loaded it every time; kept once for the app's life, a newly added actor was minted, not matched).  The
        store's graph of actors then differs from the new gazetteer: the next writer syncs it (``_synced_at``
        forgotten), whatever the store's own files say.  Called by a writer only, under ``_write_lock``."""
        if not self.on_disk:
            return  # a ready KnowledgeBase or a memory store keeps the gazetteer it was opened with
        stamps = file_stamps(self.actors)
        if stamps == self._actors_seen:
            return
        self.gazetteer = Gazetteer.load(self.actors)  # a file left unreadable raises InputError, as before web30
        self._actors_seen = stamps
        self._synced_at = None

    def _open_writer(self, deadline: float) -> KnowledgeBase:
        """Try to take the writer lock until ``deadline``; returns holding ``native_lock``.

        The waiting happens outside ``native_lock`` so user queries keep forking while ``kb ingest`` runs."""
        while True:
            self.native_lock.acquire()
            try:
                synced = self._synced_at is not None and self._synced_at == fingerprint(self.location)  # type: ignore[arg-type]
                return KnowledgeBase.open(self.location, actors=self.actors, gazetteer=self.gazetteer, synced=synced)
            except StoreError as exc:
                self.native_lock.release()
                text = str(exc).lower()
                if "lock" not in text and "temporarily unavailable" not in text:
                    raise
            except BaseException:
                self.native_lock.release()
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(self.write_wait)
            time.sleep(0.05)


__all__ = ["StoreBusy", "StoreHandle", "existing_disk_store", "file_stamps", "fingerprint", "is_disk"]
