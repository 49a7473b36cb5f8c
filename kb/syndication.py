"""Syndication: the same wire story republished by several outlets is one source carried N times.

Why: five outlets printing one agency dispatch are not five confirmations; counted as independent sources they
would make a claim look corroborated when one desk wrote it.  A new article whose text is near-identical to one
seen before (estimated Jaccard similarity of word 5-shingles ≥ ``THRESHOLD``, by MinHash with an LSH index:
datasketch) is recorded as based on the first one seen (``schema:isBasedOn`` on its article node), and the
conflicts' corroboration counts such a copy under its original's source (``kb.derived.conflicts.load``).

Linear in the text (shingles are hashed once; at most ``MAX_WORDS`` words are read), and a lookup costs the
same whatever the number of articles indexed.  Texts under ``MIN_SHINGLES`` shingles are never matched: two
short notices can share most of their words without being one story.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme, pinned: stored signatures must compare with new ones
THRESHOLD = 0.8
CANDIDATE_THRESHOLD = 0.5
"""The LSH index returns candidates from this similarity up (banding misses some pairs just above its own
threshold), and each candidate's estimated similarity must then reach ``THRESHOLD``."""
SHINGLE_WORDS = 5
MIN_SHINGLES = 20
MAX_WORDS = 20_000
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> object | None:
    """The text's MinHash (a ``datasketch.MinHash``), or None for a text too short to compare."""
    from datasketch import MinHash

    words = _WORD.findall(text[: MAX_WORDS * 20].casefold())[:MAX_WORDS]
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


@dataclass
class Match:
    """The article a text copies (the first one seen of its story) and the estimated similarity."""

    url: str
    article: str
    similarity: float


class SyndicationIndex:
    """Signatures of the articles seen so far; ``rows`` are (url, original article IRI, outlet, hash bytes)."""

    def __init__(self, rows: Iterable[tuple[str, str, str | None, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self._lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self._seen: dict[str, tuple[int, str, object]] = {}
        for url, article, _outlet, hashes in rows:
            self._insert(url, article, _from_bytes(hashes))

    def original_of(self, url: str, minhash: object | None) -> Match | None:
        """The earliest indexed article (other than ``url`` itself) this text is a copy of, if any."""
        if minhash is None:
            return None
        found = []
        for other in self._lsh.query(minhash):
            if other == url:
                continue
            order, article, theirs = self._seen[other]
            similarity = float(minhash.jaccard(theirs))  # type: ignore[attr-defined]
            if similarity >= THRESHOLD:
                found.append((order, other, article, similarity))
        if not found:
            return None
        _order, other, article, similarity = min(found)
        return Match(other, article, similarity)

    def add(self, url: str, article: str, minhash: object | None) -> bytes | None:
        """Index ``url`` (whose story's original is ``article``); returns the bytes to persist."""
        if minhash is None or url in self._seen:
            return None
        self._insert(url, article, minhash)
        return bytes(minhash.hashvalues.astype("<u8").tobytes())  # type: ignore[attr-defined]

    def _insert(self, url: str, article: str, minhash: object) -> None:
        if url in self._seen:
            return
        self._lsh.insert(url, minhash)
        self._seen[url] = (len(self._seen), article, minhash)


def _from_bytes(data: bytes) -> object:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u8").astype(np.uint64), scheme=SCHEME)
