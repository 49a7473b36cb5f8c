"""Who published an article and which agencies it credits as a whole: the outlet (metadata, site dateline,
closing tag, wire, host), the publication date, and the wire credits every statement carries (a wire dateline,
another outlet's site dateline, a byline, credit lines read once for the whole text, a closing agency tag).

Why apart from ``pipeline``: these are decided once per article before any sentence is read, from the page's
furniture, and the sentence walk only reads the result.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from kb.actors import Gazetteer, normalize_name
from kb.extract import text as textprep
from kb.extract.article_credits import article_credits
from kb.extract.datelines import Dateline, find_byline, tag_agencies
from kb.extract.dates import find_publication_date
from kb.extract.speakers import Speaker
from kb.pipeline.article import Article


def published(article: Article) -> date | None:
    try:
        return article.published_date or find_publication_date(article.text)
    except ValueError:
        return find_publication_date(article.text)


def outlet_of(article: Article, dateline: Dateline | None, tag: str | None, gazetteer: Gazetteer) -> Speaker:
    """Who speaks for the reporter: the metadata's outlet, the site dateline, the tag, the wire."""
    host = urlsplit(article.url).hostname if article.url else None
    names = [
        article.outlet,
        dateline.credit if dateline and dateline.kind == "site" else None,
        tag,
        dateline.credit if dateline and dateline.kind == "wire" else None,
        host.removeprefix("www.") if host else None,
    ]
    for name in names:
        if name:
            actor = gazetteer.lookup(name)
            return Speaker(actor.label, actor.iri, None, actor) if actor else Speaker(name)
    # no outlet anywhere: the reporter of this one article, never one "unknown outlet" actor that every pasted text
    # without metadata would share (its claims would corroborate and contradict each other as one source's)
    actor = gazetteer.resolve(f"unknown outlet of article {article.key}", kind="Outlet")
    return Speaker(actor.label, actor.iri, None, actor)


_WORD = re.compile(r"\w+")
_DOMAIN = re.compile(r"\.(?:co\.id|com|id|net|org|co\.uk|news)$")


def same_outlet(one: str, other: str) -> bool:
    """Whether two credits name one outlet ("Arrahmah.id" and "Arrahmah", "Kompas.com" and "KOMPAS"): a
    dateline crediting the outlet itself relays nothing."""
    mine, theirs = (" ".join(_WORD.findall(_DOMAIN.sub("", normalize_name(name)))) for name in (one, other))
    if not (mine and theirs):
        return False
    if _initials(one, theirs) or _initials(other, mine):  # "MONITORING (SW) -" on Salam Watandar's own page
        return True
    if mine.replace(" ", "") == theirs.replace(" ", ""):  # "(VOVWORLD) -" on VOV World's page: its name run together
        return True
    return f" {mine} " in f" {theirs} " or f" {theirs} " in f" {mine} "  # whole words: not "AP" in "Kompas"


def _initials(short: str, name: str) -> bool:
    """Whether ``short`` is written as the initials of the words of ``name`` (two words at least): a site signs
    its own datelines with them."""
    words = name.split()
    return 2 <= len(words) <= 5 and short.isupper() and short.isalpha() and short.casefold() == "".join(
        w[0] for w in words)


def _syndicated(dateline: Dateline | None, outlet: Speaker, gazetteer: Gazetteer) -> list[str]:
    """Another outlet's site dateline ("Beirut, VIVA -" on a regional site): the story is that outlet's,
    republished, and it relays every statement as a wire would; the article's own outlet credits nothing."""
    if dateline is None or dateline.kind != "site" or not dateline.credit:
        return []
    actor = gazetteer.lookup(dateline.credit)
    if actor is None or actor.iri == outlet.iri or same_outlet(outlet.label, dateline.credit):
        return []
    return [actor.label]


def _byline(norm: str, lines: list[textprep.Line], outlet: Speaker, gazetteer: Gazetteer) -> list[str]:
    """The wire agency of a byline under the headline ("By The Associated Press"), unless it is the outlet."""
    agency = find_byline(norm, [(ln.start, ln.end) for ln in lines], gazetteer)
    return [agency] if agency and not same_outlet(agency, outlet.label) else []


def wire_credits(norm: str, every: list[textprep.Line], lines: list[textprep.Line], dateline: Dateline | None,
                 tag: str | None, outlet: Speaker, gazetteer: Gazetteer) -> list[str]:
    """The agencies that relay the whole article: a wire dateline's credit (else another outlet's site dateline,
    else a byline), plus those read once for the whole text (``article_credits``) and a closing agency tag
    ("(AFP)", "(dpa/NAN)"), never the article's own outlet."""
    wire = (
        [c for c in (dateline.credit, *dateline.relays) if not same_outlet(c, outlet.label)]
        if dateline and dateline.kind == "wire" and dateline.credit
        else []
    ) or _syndicated(dateline, outlet, gazetteer) or _byline(norm, every, outlet, gazetteer)
    found = article_credits(norm, [(ln.start, ln.end) for ln in every], [(ln.start, ln.end) for ln in lines], gazetteer)
    if lines:  # "(dpa/NAN)", or another outlet's "(VOA)" closing a regional site's story: the story's source
        closing = lines[-2] if len(lines) > 1 and len(norm[lines[-1].start : lines[-1].end].split()) <= 2 else lines[-1]
        found += tag_agencies(norm, closing.end, gazetteer, ("wire", "site"))  # (past a "Bagikan:" share line)
    for name in found:
        if not same_outlet(name, outlet.label) and all(not same_outlet(name, w) for w in wire):
            wire.append(name)
    return wire


__all__ = ["outlet_of", "published", "same_outlet", "wire_credits"]
