"""Claim extraction from raw article text (Indonesian and English) into claim records.

    from kb.extract import extract_claims
    claims = extract_claims(article, Gazetteer.load())

The word lists live in ``kb.extract.lexicon``; actors, aliases and roles in ``ontology/actors.ttl``.
"""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

__all__ = ["extract_claims"]


def extract_claims(article: Article, gazetteer: Gazetteer) -> list[Claim]:
    """Every claim of ``article`` with speaker, source chain, parties, figures and date.

    Each claim quotes a whole sentence of ``article.text`` (``quote == text[start:end]``); the
    function never raises on any text.
    """
    from kb.extract.pipeline import run  # imported here so `import kb.extract` stays light

    return run(article, gazetteer)
