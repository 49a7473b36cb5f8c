"""Named SPARQL queries: every query the app runs is a ``.rq`` file here, with a title comment.

Parameters go in as bindings (a VALUES block, see ``kb.store.values_block``), never by string formatting, so a value can
never change a query's shape.  Pages show the queries they ran, by name, text and bindings: every runner takes the
text from ``query_text``, which tells the context's watcher (``watch``), so what a page lists is what ran, including
the queries the library runs for it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from contextvars import ContextVar, Token
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kb import deadline
from kb.errors import QueryError
from kb.store import Binding, Rows, Store

QUERIES = Path(__file__).resolve().parent / "queries"
# A sentence ends at a full stop before a capital, a quotation or a code mark ("kb.syndication)" or "e.g." do not)
_FIRST_SENTENCE = re.compile(r"(.+?[.!?])(?=\s+[A-Z(\"“`]|\s*$)", re.DOTALL)
EXAMPLES = Path(__file__).resolve().parent / "examples"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str

    @property
    def summary(self) -> str:
        """The description's first sentence: what the query answers, for a reader of the page that ran it.  The
        sentences after it say why the query is written as it is (costs measured, the trial that shaped it); a
        new user read them as notes left for developers (trial user33), so pages show them only in the query's
        text."""
        found = _FIRST_SENTENCE.match(self.description)
        return found.group(1) if found else self.description


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, _, value = line.lstrip("# ").partition(":")
        if value:
            meta[key.strip().lower()] = (meta.get(key.strip().lower(), "") + " " + value.strip()).strip()
    if "title" not in meta:
        raise QueryError(f"{path.name}: a named query needs a '# title:' comment")
    return NamedQuery(path.stem, meta["title"], meta.get("description", ""), text)


@cache
def get(name: str, folder: Path = QUERIES) -> NamedQuery:
    path = folder / f"{name}.rq"
    if not path.is_file():
        raise QueryError(f"no named query {name!r}")
    return _parse(path)


Watcher = Callable[[NamedQuery, Mapping[str, Binding]], None]
_WATCHER: ContextVar[Watcher | None] = ContextVar("named_query_watcher", default=None)


def watch(callback: Watcher) -> Token[Watcher | None]:
    """Call ``callback(query, bindings)`` for every named query run from now on in this context (a web request:
    its "queries run" box); ``unwatch`` with the token ends it."""
    return _WATCHER.set(callback)


def unwatch(token: Token[Watcher | None]) -> None:
    _WATCHER.reset(token)


def query_text(name: str, bindings: Mapping[str, Binding] | None = None) -> str:
    """The text of named query ``name``, about to run with ``bindings``: the watcher, if any, is told.  A page out
    of time, or whose client has gone, stops here (``kb.deadline``: every runner passes through)."""
    deadline.check()
    query = get(name)
    watcher = _WATCHER.get()
    if watcher is not None:
        watcher(query, bindings or {})
    return query.text


def all_queries(folder: Path = QUERIES) -> list[NamedQuery]:
    return [_parse(p) for p in sorted(folder.glob("*.rq"))]


def run(store: Store, name: str, **bindings: Binding) -> Rows:
    """Run the named SELECT query with ``bindings`` as pre-bound variables (a list: any of its terms)."""
    return store.select(query_text(name, bindings), bindings)
