"""Batch preparation: many files (or stdin) → prepared article graphs, in input order, for the one writer.

Reading, extraction, graph building and SHACL validation are CPU-bound and independent per
article, so they may run in worker processes (``jobs``); the store has a single writer
(``kb.service.KnowledgeBase.ingest_inputs``), which writes in the caller's process, in the order the
inputs were given (the output and any "replaced" outcome are then reproducible).  A file that cannot be
read or extracted is a ``failed`` result with its reason; it never stops the batch.  Each article is written with one
atomic store update, so an interrupted batch leaves whole articles or none, and re-running it
yields ``unchanged`` for what was already stored.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kb.actors import Gazetteer
from kb.errors import InputError, KBError
from kb.pipeline.article import Article, article_from_bytes, check_meta, given_lang_warning, read_article
from kb.pipeline.record import Claim

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
STATUSES = ("ingested", "replaced", "unchanged", "quarantined", "failed")
_GLOB_CHARS = frozenset("*?[")


@dataclass
class Outcome:
    """What happened to one article that reached the gate: ingested, replaced, unchanged or quarantined."""

    name: str
    key: str
    status: str
    claims: int
    message: str = ""
    copy_of: str | None = None
    """A syndicated copy: the IRI of the story's original article (``kb.syndication``)."""
    notes: list[str] = field(default_factory=list)
    """What the user should know of how it was stored (``kb.publication``: metadata kept from the stored article)."""


@dataclass
class Input:
    """One article to read: a file, or bytes already read (stdin) with the name to report."""

    name: str
    path: Path | None = None
    data: bytes | None = None


@dataclass
class Prepared:
    """A worker's answer: everything the writer needs, and nothing that cannot be pickled."""

    name: str
    article: Article | None = None
    claims: list[Claim] = field(default_factory=list)
    triples: list[tuple] = field(default_factory=list)  # type: ignore[type-arg]
    conforms: bool = False
    reason: str = ""
    report_turtle: str = ""
    notes: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass
class Result:
    """What happened to one input: an ``Outcome`` when it reached the gate, else the error."""

    name: str
    status: str
    outcome: Outcome | None = None
    notes: list[str] = field(default_factory=list)
    reason: str = ""


def expand_inputs(raw: Iterable[str], stdin: Callable[[], bytes] | None = None,
                  skipped: list[Path] | None = None) -> list[Input]:
    """Files as given, folders expanded recursively to article files (hidden ones left out, and added to
    ``skipped``: ``walk``), globs expanded (quoted or not), ``-`` read from ``stdin``; duplicates dropped; a path
    that names nothing is an error."""
    found: list[Input] = []
    seen: set[Path] = set()
    for item in raw:
        if item == "-":
            if stdin is None:
                raise InputError("-: reading stdin is not available here")
            found.append(Input(name="stdin", data=stdin()))
            continue
        for path in _expand(item, skipped):
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                found.append(Input(name=path.stem, path=path))
    return found


def _identity(path: Path) -> Path:
    """The file a path names, to drop duplicates; a symlink loop (which cannot be resolved) is itself."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python 3.11's "Symlink loop"
        return path.absolute()


def _expand(item: str, skipped: list[Path] | None = None) -> list[Path]:
    """Symlinks are kept even when broken or looping, so that reading them fails as that file's
    own error (named, the batch goes on) instead of being skipped in silence or misreported."""
    path = Path(item)
    if path.is_dir():
        return walk(path, skipped)
    if path.exists() or path.is_symlink():
        return [path]
    if _GLOB_CHARS & set(item):
        matches = sorted(Path(m) for m in glob.glob(item, recursive=True))
        files = [p for m in matches for p in (_expand(str(m), skipped) if m.is_dir() else [m])]
        if files:
            return files
        raise InputError(f"{item}: no file matches")
    raise InputError(f"{item}: no such file or folder")


def walk(folder: Path, skipped: list[Path] | None = None) -> list[Path]:
    """The article files under ``folder``, in path order, leaving out hidden files and folders (a name starting
    with "."), which are added to ``skipped`` (a hidden folder once, never entered; a hidden file only when its
    suffix is an article's).  Why: ``kb ingest /tmp`` went into ``.venv/`` and stored licence texts as articles
    with no claims (trial user29); a hidden file named on the command line is still read."""
    found = []
    for here, folders, files in os.walk(folder):
        base = Path(here)
        if skipped is not None:
            skipped += [base / name for name in folders if name.startswith(".")]
            skipped += [base / name for name in files if name.startswith(".") and _is_article(name)]
        folders[:] = [name for name in folders if not name.startswith(".")]
        found += [base / name for name in files if not name.startswith(".") and _is_article(name)]
    return sorted(found)


def _is_article(name: str) -> bool:
    return Path(name).suffix.lower() in ARTICLE_SUFFIXES


def hidden_summary(skipped: list[Path]) -> str:
    """One line on what ``walk`` left out: "skipped 1 hidden folder and 2 hidden files (...)"."""
    folders = sum(1 for p in skipped if p.is_dir())
    files = len(skipped) - folders
    parts = [f"{n} hidden {word}{'' if n == 1 else 's'}" for n, word in ((folders, "folder"), (files, "file")) if n]
    return f"skipped {' and '.join(parts)} (names starting with '.'; name a file to read it)"


# ---- the CPU-bound half: runs in a worker process (or inline when jobs == 1)

_WORKER: dict[str, object] = {}


def _init_worker(gazetteer_nt: str) -> None:
    """Each worker dies with its parent (``kb.orphans``) and rebuilds the gazetteer once from
    N-Triples (cheaper than pickling rdflib graphs)."""
    from kb.orphans import die_with_parent

    die_with_parent()
    _WORKER["gazetteer"] = Gazetteer(Graph().parse(data=gazetteer_nt, format="nt"))


def _prepare_in_worker(job: tuple[Input, dict[str, str | None], int | None]) -> Prepared:
    gazetteer = _WORKER["gazetteer"]
    assert isinstance(gazetteer, Gazetteer)
    return prepare(*job, gazetteer=gazetteer)


def prepare(item: Input, meta: Mapping[str, str | None], max_bytes: int | None, *, gazetteer: Gazetteer) -> Prepared:
    """Read, extract, build the graph and validate one input; errors become ``Prepared.error``."""
    from kb.extract import extract_claims
    from kb.extract.pipeline import MAX_CLAIMS
    from kb.pipeline import gate
    from kb.pipeline.to_rdf import article_graph

    try:
        article, notes = load_input(item, meta, max_bytes)
        claims = extract_claims(article, gazetteer)
        if len(claims) >= MAX_CLAIMS:
            notes.append(f"reached the cap of {MAX_CLAIMS} claims an article: any beyond it were not taken")
        graph = article_graph(article, claims, gazetteer)
        result = gate.check(graph, context=gazetteer.graph)
    except KBError as exc:
        return Prepared(item.name, error=str(exc))
    except Exception as exc:  # a bug on one hostile file must not stop the batch
        return Prepared(item.name, error=f"{item.path or item.name}: unexpected error: {type(exc).__name__}: {exc}")
    report = "" if result.conforms else result.report.serialize(format="turtle")
    return Prepared(item.name, article, claims, list(graph), result.conforms, result.text, report, notes)


def load_input(item: Input, meta: Mapping[str, str | None], max_bytes: int | None) -> tuple[Article, list[str]]:
    if item.path is not None:
        return read_article(item.path, meta, max_bytes)
    data = item.data or b""
    limit = max_bytes if max_bytes is not None else _default_cap()
    if len(data) > limit:
        raise InputError(f"{item.name}: input is {len(data)} bytes, over the {limit} bytes limit (--max-bytes)")
    given = check_meta({k: v for k, v in meta.items() if v is not None}, "command line")
    article, notes = article_from_bytes(data, item.name, item.name, given)
    return article, notes + given_lang_warning(article, given, item.name, "--lang")


def _default_cap() -> int:
    from kb.pipeline.decode import max_bytes_default

    return max_bytes_default()


def worker_count(jobs: int) -> int:
    """``0`` means one per CPU."""
    if jobs < 0:
        raise InputError(f"--jobs {jobs}: must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1


def prepared_stream(gazetteer: Gazetteer, jobs: list[tuple[Input, dict[str, str | None], int | None]],
                    workers: int) -> Iterator[Prepared]:
    """Prepared inputs in input order, from a process pool when it pays off."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield prepare(*job, gazetteer=gazetteer)
        return
    # forkserver: workers never inherit the writer's open store (its lock) or threads
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["kb.pipeline.batch", "kb.extract.pipeline", "kb.pipeline.gate",
                                    "kb.pipeline.to_rdf"])
    nt = gazetteer.graph.serialize(format="nt")
    with ProcessPoolExecutor(min(workers, len(jobs)), mp_context=context, initializer=_init_worker,
                             initargs=(nt,)) as pool:
        yield from pool.map(_prepare_in_worker, jobs, chunksize=1)


def counts(results: Iterable[Result]) -> dict[str, int]:
    tally = dict.fromkeys(STATUSES, 0)
    for result in results:
        tally[result.status] += 1
    return tally
