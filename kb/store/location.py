"""Where a store lives, decided in one place: in memory, a folder on disk, or a SPARQL server.

Why one place: opening the store, choosing the quarantine folder and the web app's snapshot-following all
depend on the same answer, and deciding it in each of them let the answers drift.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kb.errors import InputError

DEFAULT_LOCATION = "./kb-data"
MEMORY = ":memory:"
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


class Kind(Enum):
    MEMORY = "memory"
    DISK = "disk"
    REMOTE = "remote"


@dataclass(frozen=True)
class Location:
    """A store location as given (``--store``, ``KB_STORE``) and what kind it is."""

    text: str
    kind: Kind

    @classmethod
    def of(cls, given: str | None = None) -> Location:
        """``--store`` wins over ``KB_STORE``, which wins over ``./kb-data``."""
        text = given or os.environ.get("KB_STORE") or DEFAULT_LOCATION
        if text == MEMORY:
            return cls(text, Kind.MEMORY)
        if text.startswith(("http://", "https://")):
            return cls(text, Kind.REMOTE)
        scheme = _SCHEME.match(text)
        if scheme:  # "ftp://x" was a folder named "ftp:", and "ftp:/x/oxigraph: no store here yet" (trial user29)
            raise InputError(f"{text}: a store URL must be http:// or https:// (a SPARQL endpoint), not "
                             f"{scheme.group(1)}://; or give a folder, or {MEMORY}")
        return cls(text, Kind.DISK)

    @property
    def oxigraph_dir(self) -> Path:
        """The embedded store's own folder inside a disk location."""
        return Path(self.text) / "oxigraph"

    def exists(self) -> bool:
        """A disk store was created here already."""
        return self.kind is Kind.DISK and self.oxigraph_dir.is_dir()

    def quarantine(self) -> Path | None:
        """``KB_QUARANTINE`` wins; else beside a disk store, ``./kb-quarantine`` for a remote one (a SPARQL
        server has no place for refused text), nothing for a throwaway memory store."""
        given = os.environ.get("KB_QUARANTINE")
        if given:
            return Path(given)
        return {Kind.MEMORY: None, Kind.REMOTE: Path("kb-quarantine")}.get(self.kind, Path(self.text) / "quarantine")

    def feeds_state(self) -> str:
        """The feed watch's record (``kb.feeds.state``): ``KB_FEEDS_STATE`` wins; else beside a disk store,
        ``./kb-feeds.sqlite`` for a remote one, and in memory (forgotten at exit) for a memory store."""
        given = os.environ.get("KB_FEEDS_STATE")
        if given:
            return given
        beside = str(Path(self.text) / "feeds.sqlite")
        return {Kind.MEMORY: MEMORY, Kind.REMOTE: "kb-feeds.sqlite"}.get(self.kind, beside)


__all__ = ["DEFAULT_LOCATION", "MEMORY", "Kind", "Location"]
