"""Who may review: named reviewers, each with a secret token, in a small JSON file.

Why a file of token digests rather than accounts: the app runs on a workstation or behind a proxy with no user
database; a token per person is enough to say who made a review (``prov:wasAttributedTo``) and lets one
person's access be revoked alone.  Only the SHA-256 digest of a token is kept, so the file reveals no
token; tokens are 256-bit random, so a plain digest is enough (no password stretching needed).

Where: ``KB_REVIEWERS`` wins; else ``reviewers.json`` inside a disk store; else ``./kb-reviewers.json``
(a remote or memory store has no folder of its own).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from kb.errors import InputError
from kb.store.location import Kind, Location

NAME = re.compile(r"[^\W_][\w .'-]{0,63}")


def reviewers_location(store: str) -> Path:
    given = os.environ.get("KB_REVIEWERS")
    if given:
        return Path(given)
    where = Location.of(store)
    return Path(where.text) / "reviewers.json" if where.kind is Kind.DISK else Path("kb-reviewers.json")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class Reviewers:
    """Reviewer name → token digest, as stored at ``path``."""

    path: Path | None
    digests: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path | None) -> Reviewers:
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            digests = {str(r["name"]): str(r["token_sha256"]) for r in data["reviewers"]}
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}: not a reviewers file ({type(exc).__name__}: {exc})") from None
        return cls(path, digests)

    def __bool__(self) -> bool:
        return bool(self.digests)

    def names(self) -> list[str]:
        return sorted(self.digests)

    def add(self, name: str) -> str:
        """Register ``name`` with a fresh token, saved at once; returns the token (shown only this once)."""
        if not NAME.fullmatch(name):
            raise InputError(f"reviewer {name!r}: 1 to 64 letters, digits, spaces, '.', '-' or \"'\"")
        if name in self.digests:
            raise InputError(f"reviewer {name!r} already exists")
        token = secrets.token_urlsafe(32)
        self.digests[name] = _digest(token)
        self._save()
        return token

    def remove(self, name: str) -> None:
        """Unregister ``name``, saved at once: their token stops working and their browser sessions end (a session
        holds a name, checked against this file on each request); their past reviews stay as they were."""
        if name not in self.digests:
            raise InputError(f"no reviewer {name!r} in {self.path or 'the reviewers file'}")
        del self.digests[name]
        self._save()

    def _save(self) -> None:
        if self.path is None:
            raise InputError("no reviewers file to write to")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        body = {"reviewers": [{"name": n, "token_sha256": d} for n, d in sorted(self.digests.items())]}
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(body, out, indent=1)
        os.replace(tmp, self.path)

    def who(self, token: str | None) -> str | None:
        """The reviewer holding ``token``, else None; every digest is compared, in constant time each."""
        if not token:
            return None
        given = _digest(token)
        found = None
        for name, digest in self.digests.items():
            if hmac.compare_digest(given, digest):
                found = name
        return found

    def require(self, name: str) -> str:
        """``name`` if it is a registered reviewer (how the CLI attributes a review), else a one-line error."""
        if name not in self.digests:
            where = self.path or "the reviewers file"
            raise InputError(f"--by {name}: no such reviewer in {where}: add one with `kb reviewer add NAME`")
        return name
