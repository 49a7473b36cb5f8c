"""Whose claim a denial rejects: the owner the sentence names ("denied the accusations by the army",
"rejected Israel's claims", "membantah tuduhan Ukraina", "X, which has been accused by Y of ..., denied").

Why: by the annotation conventions a denial's parties are the denier and whose claim is denied; the
denier is the speaker, and the parties inside the denied words are what the claim is about, not who
made it.  The owner is read from a claim noun followed by "by"/"from"/"of", a possessor before one, an
Indonesian claim noun followed by its owner, or "accused by" earlier in the sentence; a generic force ("the
army") is the state army the article names (``forces``).  Each look is a bounded window around a match,
so the cost stays linear.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.article_parties import ArticleParties
from kb.extract.forces import resolve_force
from kb.extract.mentions import Mention
from kb.extract.parties import accused_as_written
from kb.extract.speakers import party_label

_NOUNS = r"(?:accusations?|allegations?|claims?|charges?|reports?|statements?)"
_OWNED_BY = re.compile(
    rf"(?<![\w-])(?:{_NOUNS}|tuduhan|klaim|laporan|pernyataan|tudingan)\s+(?:(?:made|levelled|leveled|issued)\s+)?"
    r"(?:by|from|of|oleh|dari)\s+(?:the\s+|pihak\s+)?"
    r"|(?<![\w-])(?:(?:been|was|were|is|are)\s+)?(?:accused|blamed)\s+by\s+(?:the\s+)?"
    r"|(?<![\w-])(?:dituduh|dituding|disalahkan)\s+oleh\s+(?:pihak\s+)?",
    re.IGNORECASE,
)
_POSSESSED = re.compile(rf"(?:'s|’s)\s+(?:(?:latest|earlier|recent|repeated|new)\s+)?{_NOUNS}(?![\w-])", re.IGNORECASE)
_INDO_OWNED = re.compile(r"(?<![\w-])(?:tuduhan|klaim|laporan|tudingan)\s+$", re.IGNORECASE)
# "a Reuters report", "Israeli claims": the owner written right before the claim noun.
_NOUN_AFTER = re.compile(rf"\s+(?:(?:latest|earlier|recent|new)\s+)?{_NOUNS}(?![\w-])", re.IGNORECASE)
# "these claims", "klaim itu", "the allegations": claims made in the sentence before.
_ANAPHORIC = re.compile(
    rf"(?<![\w-])(?:(?:these|those|the|such)\s+{_NOUNS}|(?:tuduhan|klaim|laporan|tudingan)\s+(?:itu|tersebut|ini))(?![\w-])",
    re.IGNORECASE,
)


def denied_owner(
    norm: str,
    end: int,
    mentions: list[Mention],
    gazetteer: Gazetteer,
    skip: set[str],
    around: ArticleParties,
    side: str | None,
) -> str | None:
    """The party whose claim the denial ending at ``end`` rejects, when the sentence names it."""
    for m in mentions:
        if m.actor is None or m.actor.iri in skip or m.start >= end:
            continue
        if (_POSSESSED.match(norm, m.end) or _NOUN_AFTER.match(norm, m.end)
                or _INDO_OWNED.search(norm, max(0, m.start - 12), m.start)):
            return party_label(m.actor, gazetteer)
    for match in _OWNED_BY.finditer(norm, 0, end):
        named = next((m for m in mentions if m.start == match.end() and m.actor is not None), None)
        if named is not None and named.actor is not None:
            if named.actor.iri in skip:
                continue
            return party_label(named.actor, gazetteer)
        written = accused_as_written(norm, match.end(), min(len(norm), match.end() + 40))
        force = resolve_force(written, around.forces, side)
        if force is not None:
            return force
    if _ANAPHORIC.search(norm, 0, end):  # "Hamas called the claims a pretext": whoever made them just before
        return next((p for p in around.before if p != side), None)
    return None


# Ground denied: "denied any RSF gains", "denied losing control of the airport", "membantah kehilangan kendali atas
# kota itu", "membantah klaim Rusia telah merebut desa itu".  Territory claims are not annotated (the seeds
# README), so neither is their denial.
_GROUND = re.compile(
    r"\s*(?:(?:any|the|claims?\s+(?:of|that)|reports?\s+(?:of|that)|klaim|laporan)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:gains?|advances?|losing\s+control|lost\s+control|control\s+of|captur\w*|seiz\w*|kehilangan\s+kendali"
    r"|kendali\s+atas|merebut|menguasai|direbut|dikuasai)(?![\w-])",
    re.IGNORECASE,
)


def denies_ground(norm: str, scope: tuple[int, int]) -> bool:
    """Whether a denial's words open on ground won or lost, which the annotation leaves out."""
    return _GROUND.match(norm, scope[0], min(scope[1], scope[0] + 80)) is not None


def with_denier(owner: str | None, denier: str | None) -> str | None:
    """A denial's parties by the annotation conventions: whose claim is denied, then the denier's own side
    ("Kedua pihak membantah ...": each side denies the other's claim; "the ministry rejected the claim": the
    ministry's state is a party of it).  No owner named: its own conduct or losses are what it denies."""
    parts = [p.strip() for p in (owner or "").split(";") if p.strip()]
    if denier and denier not in parts:
        parts.append(denier)
    return "; ".join(parts) or None


__all__ = ["denied_owner", "denies_ground", "with_denier"]
