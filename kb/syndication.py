"""Syndication: the same wire story republished by several outlets is one source carried N times.

Why: five outlets printing one agency dispatch are not five confirmations; counted as independent sources they
would make a claim look corroborated when one desk wrote it.  A new article whose text is near-identical to one
stored before (estimated Jaccard similarity of word 5-shingles ≥ ``THRESHOLD``, by MinHash: datasketch) is recorded
as based on that story's original (``schema:isBasedOn`` on its article node), and the conflicts' corroboration
counts such a copy under its original's source (``kb.derived.conflicts.load``).

The service (``kb.service``) decides it for every article it writes, whatever the path (files, the web API,
feeds).  The index lives in the store, graph ``GRAPH``: per article and text, its MinHash and its LSH band keys
(``BANDS`` bands of ``ROWS`` hash values, the banding datasketch's ``MinHashLSH`` picks for ``CANDIDATE_THRESHOLD``),
so a lookup is one query bound to this text's band keys, whatever the number of articles stored, and no index is
rebuilt in memory when a process starts.  The index node is written in the article's own store update.

Linear in the text (shingles are hashed once; at most ``MAX_WORDS`` words are read).  Texts under
``MIN_SHINGLES`` shingles are never matched: two short notices can share most of their words without being one
story.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SDO

from kb.pipeline.article import Article
from kb.sparql.rows import plain_rows
from kb.store import Store
from kb.vocab import DATA

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme, pinned: stored signatures must compare with new ones
THRESHOLD = 0.8
CANDIDATE_THRESHOLD = 0.5
"""Band keys find candidates from about this similarity up (banding misses some pairs just above its own
threshold), and each candidate's estimated similarity must then reach ``THRESHOLD``."""
BANDS, ROWS = 25, 5
"""What ``MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)`` chooses (``tests/test_syndication.py``)."""
SHINGLE_WORDS = 5
MIN_SHINGLES = 20
MAX_WORDS = 20_000
GRAPH = "https://w3id.org/claimkb/graph/syndication"
ST = "https://w3id.org/claimkb/ns/derived#"
_WORD = re.compile(r"\w+", re.UNICODE)


def signature(text: str) -> MinHash | None:
    """The text's MinHash, or None for a text too short to compare."""
    from datasketch import MinHash

    words = _WORD.findall(text[: MAX_WORDS * 20].casefold())[:MAX_WORDS]
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(0, len(words) - SHINGLE_WORDS + 1))}
    if len(shingles) < MIN_SHINGLES:
        return None
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def bands(minhash: MinHash) -> list[str]:
    """The text's LSH band keys: two texts share one when a band's ``ROWS`` hash values are all equal."""
    values = minhash.hashvalues.astype("<u8")
    return [f"{i}:{hashlib.sha1(values[i * ROWS:(i + 1) * ROWS].tobytes()).hexdigest()[:20]}" for i in range(BANDS)]


@dataclass
class Match:
    """The original of the story a text copies, the stored article it was found through, and their similarity."""

    original: str
    article: str
    similarity: float


def node(article: str, minhash: MinHash) -> URIRef:
    """The index node of one article's text (a new text of the article is a new node: see ``forget``)."""
    digest = hashlib.sha256(article.encode() + minhash.hashvalues.astype("<u8").tobytes()).hexdigest()[:24]
    return DATA[f"state/syndication/{digest}"]


def original_of(store: Store, article: str, minhash: MinHash | None) -> Match | None:
    """The story this text copies, if a stored article other than ``article`` carries it: the most similar
    candidate's original (ties: the smallest IRI), reaching ``THRESHOLD``."""
    if minhash is None:
        return None
    found: list[tuple[float, str, str]] = []
    seen: set[tuple[str, str]] = set()
    for row in plain_rows(store, "syndication-candidates", band=[Literal(b) for b in bands(minhash)]):
        other, hashes, story = str(row["article"]), str(row["minhash"]), str(row["story"])
        if article in (other, story, str(row["original"])) or (other, hashes) in seen:
            continue  # never a copy of itself, nor of its own copy (even once it was deleted and came back)
        seen.add((other, hashes))
        similarity = float(minhash.jaccard(_from_text(hashes)))
        if similarity >= THRESHOLD:
            found.append((-similarity, story, other))
    if not found:
        return None
    similarity, original, other = min(found)
    return Match(original, other, -similarity)


def mark_copy(store: Store, article: Article, graph: Graph) -> tuple[MinHash | None, Match | None]:
    """The article's MinHash, and the story it copies if any: then recorded on the article (``based_on``) and its
    graph (``schema:isBasedOn``).  An article its caller already marked as a copy is not looked up again."""
    minhash = signature(article.text)
    match = None if article.based_on else original_of(store, str(article.iri), minhash)
    if match is not None:
        article.based_on = match.original
        graph.add((article.iri, SDO.isBasedOn, URIRef(match.original)))
    return minhash, match


def index_graph(article: str, original: str, minhash: MinHash | None) -> Graph:
    """The triples that index ``article``'s text (``original``: its story's first article, itself if none)."""
    g = Graph()
    if minhash is None:
        return g
    n = node(article, minhash)
    g.add((n, URIRef(ST + "article"), URIRef(article)))
    g.add((n, URIRef(ST + "original"), URIRef(original)))
    g.add((n, URIRef(ST + "minhash"), Literal(base64.b64encode(minhash.hashvalues.astype("<u8").tobytes()).decode())))
    for key in bands(minhash):
        g.add((n, URIRef(ST + "band"), Literal(key)))
    return g


def indexed(store: Store, article: str, minhash: MinHash | None) -> bool:
    """Whether this text of ``article`` is indexed already (an unchanged article writes nothing)."""
    return minhash is None or bool(list(plain_rows(store, "syndication-node", node=node(article, minhash))))


def forget_update(article: str) -> str:
    """The update that drops every index node of ``article``: its older texts' too (the article was deleted, or
    its text changed and the old wording must not find copies any more)."""
    return f"DELETE WHERE {{ GRAPH <{GRAPH}> {{ ?n <{ST}article> {URIRef(article).n3()} ; ?p ?o }} }}"


def _from_text(text: str) -> MinHash:
    import numpy as np
    from datasketch import MinHash

    values = np.frombuffer(base64.b64decode(text), dtype="<u8").astype(np.uint64)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)
