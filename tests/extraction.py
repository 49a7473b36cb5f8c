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


OUTLET = "Harian Contoh"
"""The outlet the attribution tests publish under: a claim credited to it fell to the outlet."""


def run_as(text: str, gazetteer: Gazetteer, lang: str = "en", outlet: str = OUTLET) -> list[Claim]:
    """The claims of ``text`` in ``lang`` as ``outlet`` published it on 2024-03-04 (who speaks, when nobody does)."""
    return extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet=outlet), gazetteer)


def speakers_of(text: str, gazetteer: Gazetteer, lang: str, needle: str) -> set[str]:
    """The speakers of the claims whose span holds ``needle``."""
    claims = [c for c in run_as(text, gazetteer, lang) if needle in text[c.start : c.end]]
    assert claims, f"no claim holding {needle!r}"
    return {c.speaker for c in claims}
