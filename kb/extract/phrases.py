"""Trimming a speaker phrase to who speaks: "the ministry's data" is the ministry, "laporan media
Rusia" the Russian media, "a report by CNN" CNN; and a phrase's label without its article.

Why: a figure is often credited to a document ("according to the ministry's figures", "menurut data
Kementerian Kesehatan") or to a body's spokesperson, and the speaker is who issued it.  An unknown
speaker's label loses its leading article so that "an informed source" and "the informed source" are
one actor.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from kb.extract.lexicon import FIRST_PERSON

if TYPE_CHECKING:
    from kb.actors import Actor
    from kb.extract.mentions import Mention

_DOCUMENTS = (
    r"data|figures?|tally|tallies|toll|count|report|reports|statement|estimates?|numbers?|records?|"
    r"spokes(?:man|woman|person)|officials?|representatives?|website|channel|account"
)
# "the ministry's data", "Gaza's health ministry's figures", "UN estimates": the possessor speaks.
_PAPERS = r"data|figures?|tally|tallies|toll|count|reports?|statement|estimates?|numbers?|records?"
_POSSESSOR = re.compile(
    rf"^(?P<core>.*?\w)(?:['’]s?\s+(?:latest\s+|daily\s+|official\s+|own\s+)?(?:{_DOCUMENTS})"
    rf"|(?P<bare>\s+)(?:latest\s+|daily\s+|official\s+)?(?:{_PAPERS}))\s*$",
    re.IGNORECASE,
)
# "a report by CNN", "figures from the ministry", "laporan media Rusia", "data dari Kementerian".
# Words a document is qualified by, and the participles naming who issued it ("casualty figures released by",
# "statistik terbaru yang dirilis").
_QUALIFIES = (r"a|an|the|its|latest|new|official|preliminary|initial|early|first|daily|updated|casualty|death|toll"
              r"|final|recent|telegram|facebook|instagram|twitter|online|social\s+media|video")
_ISSUED = r"released|issued|published|compiled|provided|announced|gathered|collected|shared|verified|posted"
_DIISSUED = (r"dirilis|dikeluarkan|diterbitkan|dihimpun|disampaikan|dikumpulkan|diumumkan|dibagikan|diverifikasi"
             r"|diunggah")
# "Data yang dirilis X", "Video yang dibagikan dan diverifikasi oleh X", "footage verified by X": the issuer
_ISSUED_BY = re.compile(
    rf"^(?:(?:{_QUALIFIES})\s+){{0,3}}(?:report|reports|statement|figures?|data|estimates?|tally|count|statistics|"
    r"information|numbers|records|findings|footage|video|videos|images)\s+"
    rf"(?:(?:{_ISSUED})\s+(?:and\s+(?:{_ISSUED})\s+)?)?(?:by|from|of)\s+|"
    r"^(?:laporan|data|catatan|perkiraan|pernyataan|keterangan|rilis|estimasi|hitungan|informasi|statistik|angka|"
    r"video|rekaman|foto)"
    rf"(?:\s+(?:resmi|terbaru|terkini|korban|sementara|awal|terakhir|harian))*(?:\s+yang\s+(?:{_DIISSUED})(?:\s+dan\s+(?:{_DIISSUED}))?)?"
    r"(?:\s+(?:dari|oleh))?\s+",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    rf"\s*(?:(?:{_QUALIFIES})\s+){{0,3}}(?:report|reports|statement|figures?|data|estimates?|tally|count|statistics|information|numbers|records|findings|"
    r"posts?|messages?|updates?|videos?|tweets?|"
    r"laporan|data|catatan|perkiraan|pernyataan|keterangan|rilis|estimasi|hitungan|informasi|statistik|angka)"
    rf"(?:\s+(?:resmi|terbaru|terkini|sementara|awal|terakhir|harian|{_ISSUED}|yang\s+(?:dirilis|dikeluarkan|diterbitkan|dihimpun"
    r"|dikumpulkan|diumumkan)))*\s*",
    re.IGNORECASE,
)
_ISSUER = re.compile(
    r"(?:\b(?-i:[A-Z]{2,})|\b(?:ministry|office|agency|kementerian|army|military|service))$", re.IGNORECASE
)
_ARTICLE = re.compile(r"^(?:the|a|an|seorang|sebuah)\s+(?=\S)", re.IGNORECASE)
_QUALIFYING = frozenset(_QUALIFIES.split("|"))


def _issuer(core: str) -> bool:
    """Whether the words before a bare document name who issued it: an acronym or a body ("UN estimates",
    "Health Ministry data"), or a capitalised name that is no qualifier ("Israeli tallies", "Ukrainian figures";
    not "Official figures", "Latest data")."""
    last = core.split()[-1] if core.split() else ""
    return bool(_ISSUER.search(core)) or (last[:1].isupper() and last.casefold() not in _QUALIFYING)


def core_span(norm: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` without the document or spokesperson the speaker issued ("'s data", "laporan").
    "data kami" (our data) stays whole: the speaker is whoever is quoted, not "we"."""
    whole = (start, end)
    text = norm[start:end]
    start += len(text) - len(text.lstrip(" ,"))
    text = norm[start:end]
    lead = _ISSUED_BY.match(text)
    if lead is not None and lead.end() < len(text.rstrip(" ,")):
        start += lead.end()
        text = norm[start:end]
    owner = _POSSESSOR.match(text.rstrip(" ,"))
    if owner is not None and owner.group("bare") is not None and not _issuer(owner.group("core")):
        owner = None  # "Official figures": an adjective, no issuer ("UN estimates", "Health Ministry data" are)
    if owner is not None:
        end = start + owner.end("core")
    return whole if norm[start:end].strip(" ,").casefold() in FIRST_PERSON else (start, end)


def is_document(text: str) -> bool:
    """Whether ``text`` is only a document ("a report", "laporan") whose issuer should follow."""
    return _DOCUMENT.fullmatch(text) is not None


def clean_label(text: str) -> str:
    """An unknown speaker's label: the phrase without a leading article ("an informed source") and without
    the quotation marks around a name ("media pemerintah \"Sputnik\"")."""
    text = " ".join(text.replace('"', " ").split()) if '"' in text else text
    return _ARTICLE.sub("", text.strip(" ,")) or text


def named_unit(norm: str, inside: list[Mention]) -> tuple[str, Actor] | None:
    """A local unit of a generic armed group ("Kyauk Lone Gyi PDF", "Kyauk Lone Gyi People's Defense Force"):
    the unknown name and the kind it belongs to are one organisation, not a person and a group.

    Why: the unknown run alone reads as a person's name, so "the group said" and "it claimed" a sentence
    later found no body to continue with.  Returns the unit's label and the kind's actor."""
    for name, kind in pairwise(inside):
        if (
            name.actor is None
            and len(name.text.split()) > 1
            and kind.actor is not None
            and kind.actor.kind == "Group"
            and not norm[name.end : kind.start].strip()
        ):
            label = re.sub(r"^[\w'-]+-based\s+", "", norm[name.start : kind.end])  # "Kani-based ..."
            return label, kind.actor
    return None
