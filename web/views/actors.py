"""Actors: who speaks and who is spoken of; one actor's claims over time."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, request
from rdflib import URIRef

from kb.derived import home, timeline
from kb.vocab import ACTOR_CLASSES, DATA
from web import core, render
from web.errors import ApiError
from web.render import Data, Listing

bp = Blueprint("actors", __name__)

KINDS = {core.local_name(c): c for c in ACTOR_CLASSES}
COLUMNS = ("actor", "label", "kind", "kindIri", "asSpeaker", "asSubject", "names", "sameAs")
CLAIM_COLUMNS = ("claim", "role", "type", "when", "quote", "speaker", "speakerLabel", "article", "min", "max",
                 "approximate", "unit")


@bp.get("/actors")
@bp.get("/actors.<suffix>")
@render.renders()
def index() -> Data:
    """Every actor with claim counts; ``?q=`` searches names and aliases, ``?kind=`` keeps one kind;
    ``?page=``/``?limit=`` page the list (JSON and CSV are whole unless paged)."""
    asked = request.args.get("kind", "")
    kind = next((k for k in KINDS if k.casefold() == asked.casefold()), asked)  # ?kind=person is Person
    search = request.args.get("q", "").strip()
    if kind and kind not in KINDS:
        raise ApiError(400, "Bad request", f"kind must be one of {', '.join(KINDS)}")
    rows = _counted(KINDS.get(kind))
    if search:
        needle = search.casefold()
        rows = [r for r in rows if any(needle in n.casefold() for n in [str(r["label"]), *str(r["names"]).split("|")])]
    return Data("actors.html", COLUMNS, Listing.of(rows), {"kinds": sorted(KINDS), "kind": kind, "search": search})


def _counted(kind: URIRef | None) -> list[dict[str, Any]]:
    """Every actor in a claim with its counts, most claims first: counts from the timelines ``kb.service``
    keeps current, and labels for those actors (one lookup each)."""
    counts: dict[str, dict[str, int]] = {}
    copied = home.copy_counts(core.kb().store)  # a copy's claims are its original's: counted once (README)
    for row in core.run_plain("actor-counts"):
        count = int(row["count"]) - copied.get((str(row["actor"]), str(row["role"])), 0)
        counts.setdefault(row["actor"], {"speaker": 0, "subject": 0})[row["role"]] = count
    rows: list[dict[str, Any]] = []
    if counts:
        found = core.run("actor", actor=[URIRef(a) for a in sorted(counts)]).values()
        rows = [{**r, "asSpeaker": counts[str(r["actor"])]["speaker"], "asSubject": counts[str(r["actor"])]["subject"]}
                for r in found if kind is None or str(r["kind"]) == str(kind)]
    same = _same_as([URIRef(str(r["actor"])) for r in rows])
    for row in rows:  # a reader's name in ``kind`` ("Person", what ``?kind=`` takes); the class IRI beside it
        row["kindIri"], row["kind"] = row["kind"], core.local_name(row["kind"])
        row["sameAs"] = same.get(str(row["actor"]))
    rows.sort(key=_most_claims_first)
    return [{k: r.get(k) for k in COLUMNS} for r in rows]


def _same_as(actors: list[URIRef]) -> dict[str, str]:
    """Each actor's Wikidata item, where the gazetteer gives one ("actor-same-as")."""
    if not actors:
        return {}
    return {str(r["actor"]): str(r["sameAs"]) for r in core.run("actor-same-as", actor=actors).values()}


def _most_claims_first(row: dict[str, Any]) -> tuple[int, str, str]:
    return (-(row["asSpeaker"] + row["asSubject"]), str(row["label"]), str(row["actor"]))


@bp.get("/actors/<raw>")
@render.renders(*render.ENTITY_FORMATS, rdf="actor")
def show(key: str) -> Data:
    """One actor: who they are, the claims they make and the claims about them, in time order, a page at a
    time (``?page=`` pages both lists); ``.json``/``.csv`` list every claim unless ``?page=``/``?limit=``."""
    iri = DATA[f"actor/{key}"]
    actor = core.one("actor", iri)
    actor["names"] = sorted({n for n in str(actor["names"] or "").split("|") if n and n != actor["label"]})
    actor["sameAs"] = _same_as([URIRef(iri)]).get(str(iri))
    claims = Listing(lambda offset, limit: _claims(iri, offset, limit), html=False)
    copied = home.copy_counts(core.kb().store)
    voices = _voices(iri, copied)
    return Data("actor.html", CLAIM_COLUMNS, claims, lambda _: _timeline_context(actor, iri, copied, voices),
                json={"actor": {k: core.plain(v) for k, v in actor.items()}, "voices": voices})


def _claims(iri: URIRef, offset: int, limit: int | None) -> tuple[list[dict[str, Any]], int]:
    claims = core.run("actor-claims", actor=URIRef(iri)).values()
    return claims[offset:None if limit is None else offset + limit], len(claims)


def _timeline_context(
    actor: dict[str, Any], iri: URIRef, copied: dict[tuple[str, str], int], voices: list[dict[str, Any]]
) -> dict[str, Any]:
    """The HTML page: one ``?page=`` pages both lists (each with its own total); the pager follows the longer."""
    spoken, about = _timelines(URIRef(iri))
    shown = sorted({URIRef(str(c["claim"])) for c in spoken.rows + about.rows})
    details = {str(c["claim"]): c for c in core.run("claim-rows", claim=shown).values()} if shown else {}
    parties: dict[str, list[str]] = {}  # whose "9 civilians killed" a claim made is (tryout 22: not said)
    for row in core.run("claim-parties", claim=shown).values() if shown else []:
        if str(row["role"]) == "subject" and str(row["label"]) not in parties.setdefault(str(row["claim"]), []):
            parties[str(row["claim"])].append(str(row["label"]))
    for claim, found in details.items():
        details[claim] = {**found, "parties": "; ".join(parties.get(claim, []))}
    copies = _copy_articles([URIRef(str(c["article"])) for c in details.values()])
    for listed in (spoken, about):
        rows = [details[str(c["claim"])] | {"role": c["role"]} for c in listed.rows if str(c["claim"]) in details]
        listed.rows = [row | {"inCopy": str(row["article"]) in copies} for row in rows]
    longer = spoken if (spoken.total or 0) >= (about.total or 0) else about
    return {"actor": actor, "spoken": spoken, "about": about, "page": longer, "key": str(iri).rsplit("/", 1)[-1],
            "outlets": core.untitled_outlets(list(details.values())), "voices": voices, "voices_shown": VOICES_SHOWN,
            "copied": {role: copied.get((str(iri), role), 0) for role in timeline.ROLES}}


VOICES_SHOWN = 20
"""The actors speaking for one that its HTML page names, most claims first (a state's ministries, officials,
spokesmen); its JSON lists them all."""


def _voices(iri: URIRef, copied: dict[tuple[str, str], int]) -> list[dict[str, Any]]:
    """Who speaks for the actor (their ``ckb:represents`` chain reaches it) and how many claims each makes, counted
    as the actors list counts them (a copy's claims once): a state's own claims are few, its organs' many, and the
    page said only "Claims made (1)" (trial user33)."""
    found: list[tuple[int, str, str]] = []
    for row in core.run("actor-voices", actor=URIRef(iri)).values():
        count = int(str(row["claims"])) - copied.get((str(row["voice"]), "speaker"), 0)
        if count > 0:
            found.append((-count, str(row["label"] or row["voice"]), str(row["voice"])))
    return [{"voice": voice, "label": label, "claims": -count} for count, label, voice in sorted(found)]


def _copy_articles(articles: list[URIRef]) -> set[str]:
    """Which of ``articles`` are copies the actors list counts once ("copy-articles"): their claims repeat the
    original's, so the page marks them and says how many it lists, where /actors said 2 and the page 6 without a
    word why (trial user28)."""
    if not articles:
        return set()
    return {str(r["article"]) for r in core.run("copy-articles", article=sorted(set(articles))).values()}


def _timelines(iri: URIRef) -> tuple[core.Page, core.Page]:
    """This page of the actor's claims as speaker and as subject (rows: claim, role), read by position from
    the timelines ``kb.service`` keeps current: the same cost for any actor."""
    number, size = core.page_args()
    pages = []
    for role in timeline.ROLES:
        claims, total = timeline.page(core.kb().store, str(iri), role, (number - 1) * size, size)
        rows = [{"claim": c, "role": role} for c in claims]
        pages.append(core.Page(number, size, total, rows, number * size < total))
    core.check_page(number, size, max(p.total or 0 for p in pages))  # past the longer list's last page
    return pages[0], pages[1]


