"""Whether an article about to be written is a stored one again or another publication of a stored text.

Why: an article without a URL is keyed by its text (``Article.key``), so the same wire story given once with its
outlet and date and once without, or printed by ANTARA and by Kompas, had one key: the second ingest answered
"replaced" and the stored article lost its outlet and date, or became Kompas's (trial user29).  The rule, for
every writer (``kb ingest``, the web API and form, feeds; ``kb.service`` asks before it extracts):

- **another publication**: an article keyed by its text whose outlet or date differs from the stored article's
  (both given, and not the same) is stored under a key of its own (its text, outlet and date) as a syndicated
  copy of the stored one (``schema:isBasedOn``: counted as one source with it), as another URL's copy is;
- **the same publication** (an article keyed by its URL, or the same outlet and date): it replaces the stored
  article, but a field it leaves out (title, date, outlet, language) keeps the stored value, with a note saying
  so: giving less never erases what was known.  A title or language only guessed from the text
  (``Article.guessed``) is a field left out.  A URL names one page, so an outlet or date given with it that
  differs from the stored one corrects it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from kb import sparql
from kb.actors import Gazetteer
from kb.pipeline.article import Article, key_of, text_identity
from kb.store import Store
from kb.vocab import DATA

KEPT = ("title", "published", "outlet", "lang")
"""The fields a re-ingest that leaves them out keeps from the stored article."""
_WORDS = {"title": "title", "published": "date", "outlet": "outlet", "lang": "language"}


@dataclass
class Settled:
    """The article to write (its key and metadata settled against the store) and what to tell the user."""

    article: Article
    notes: list[str] = field(default_factory=list)
    changed: bool = False
    """Whether ``article`` differs from the one given (claims extracted for that one must be extracted again)."""


def settle(store: Store, gazetteer: Gazetteer, article: Article) -> Settled:
    """``article`` as it should be written, given what the store holds under its key (module docstring)."""
    stored = _stored(store, article.key)
    if stored is None:
        return Settled(article)
    if not article.url and (differs := _differences(gazetteer, stored, article)):
        copy = replace(article, fixed_key=edition_key(gazetteer, article), based_on=stored["story"])
        note = (f"{article.name}: the text of stored article {article.key} with another {'; '.join(differs)}: "
                f"another publication, stored as its copy {copy.key} (counted as one source with it)")
        again = _stored(store, copy.key)
        settled = _kept(copy, again) if again is not None else Settled(copy)
        return Settled(settled.article, [note, *settled.notes], True)
    return _kept(article, stored)


def edition_key(gazetteer: Gazetteer, article: Article) -> str:
    """The key of one publication of a text: the text as ``Article.key`` reads it, its outlet and its date."""
    outlet = _outlet_iri(gazetteer, article.outlet) or ""
    return key_of(f"text:{text_identity(article.text)}\npublication:{outlet}|{article.published or ''}")


def _kept(article: Article, stored: dict[str, str | None]) -> Settled:
    """``article`` with the fields it leaves out taken from the stored one, and a note naming them."""
    kept = {name: str(stored[name]) for name in KEPT
            if (not getattr(article, name) or name in article.guessed) and stored.get(name)
            and str(stored[name]) != getattr(article, name)}
    if not kept:
        return Settled(article)
    said = ", ".join(f"{_WORDS[name]} {value!r}" for name, value in kept.items())
    note = f"{article.name}: kept stored article {article.key}'s {said}: this input gives none"
    fields: dict[str, Any] = {**kept, "guessed": tuple(n for n in article.guessed if n not in kept)}
    return Settled(replace(article, **fields), [note], True)


def _differences(gazetteer: Gazetteer, stored: dict[str, str | None], article: Article) -> list[str]:
    """What makes ``article`` another publication than the stored one: an outlet or a date, both given, that differ."""
    found = []
    if article.outlet and stored["outlet_iri"] and _outlet_iri(gazetteer, article.outlet) != stored["outlet_iri"]:
        found.append(f"outlet {article.outlet!r}, not {stored['outlet']!r}")
    if article.published and stored["published"] and article.published != stored["published"]:
        found.append(f"published {article.published}, not {stored['published']}")
    return found


def _outlet_iri(gazetteer: Gazetteer, name: str | None) -> str | None:
    """The actor an outlet's name stands for, as the article's graph links it (``kb.pipeline.to_rdf``)."""
    return gazetteer.resolve(name, kind="Outlet").iri if name else None


def _stored(store: Store, key: str) -> dict[str, str | None] | None:
    """The stored article under ``key``: its metadata, its outlet's IRI, and the story it belongs to (the article
    it copies, else itself)."""
    rows = sparql.run(store, "article-edition", article=DATA[f"article/{key}"]).values()
    if not rows:
        return None
    row = rows[0]

    def text(name: str) -> str | None:
        value = row.get(name)
        return None if value is None else str(value.isoformat() if hasattr(value, "isoformat") else value)

    return {"title": text("title"), "published": text("published"), "lang": text("lang"),
            "outlet": text("outletName"), "outlet_iri": text("outlet"),
            "story": text("basedOn") or str(row["article"])}


__all__ = ["KEPT", "Settled", "edition_key", "settle"]
