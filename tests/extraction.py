"""What the extraction tests share: run the extractor on a text of the test's own, pick claims by type."""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def run(text: str, gazetteer: Gazetteer, published: str = "2024-03-12") -> list[Claim]:
    """The claims of ``text`` as an article published on ``published`` (dates in it resolve against that)."""
    return extract_claims(Article(text=text, published=published), gazetteer)


def of_type(claims: list[Claim], kind: str) -> list[Claim]:
    return [c for c in claims if c.type == kind]
