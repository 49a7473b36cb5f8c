"""A medium citing its source right after its own verb: "..., kata kantor berita SPA, mengutip koalisi", "...,
the state news agency said, citing the military".

Why: the medium's frame took the claim and the source after "citing" was read as nobody, so the agency
spoke and the coalition was lost.  The cited source speaks and the medium relays it (``via``), as in
"X reported, citing Y, that ...".  A medium citing another medium ("mengutip AFP") is left to the relay
credits: the second is a relay too, never the speaker.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.relays import is_relay
from kb.extract.speakers import Context, _phrase

if TYPE_CHECKING:
    from kb.extract.frames import Frame
    from kb.extract.mentions import Mention

# The cue may follow an aside about the medium ("kantor berita Saba, yang dikuasai Houthi, dengan mengutip ...") or its
# initials ("kantor berita negara (SPA), mengutip ...").
_CITING = re.compile(
    r"(?:\s*\((?P<initials>[^()]{1,30})\))?(?:\s*,\s*(?:yang|which|run|owned)\s[^,.;:\"“”]{1,60}(?=,))?"
    r"\s*,?\s*(?:(?:dengan|by)\s+)?(?:citing|quoting|mengutip|mengutip\s+pernyataan)\s+",
    re.IGNORECASE,
)
# "Reuters melaporkan 40 orang tewas ..., mengutip kementerian kesehatan": the cue closing the medium's own words
_TRAILING = re.compile(r",\s*(?:(?:dengan|sambil)\s+)?(?:citing|quoting|mengutip)\s+", re.IGNORECASE)
_TRAILING_REACH = 240  # characters from the medium's verb: the clause its words fill
# What the source spoke in, before it (session 34: "citing remarks by the regional governor" was the speaker)
_LEAD = re.compile(r"(?:remarks|comments|statements?|a\s+statement|a\s+post|pernyataan|keterangan)\s+(?:by|from|of|dari"
                   r"|oleh)\s+", re.IGNORECASE)
# A name set after the source's role by a comma, closing the sentence or the clause
_APPOSED_NAME = re.compile(r",\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})(?=\s*(?:[,.;]|$))")
# A role whose own name holds commas, then the holder's name closing the sentence: ", Welfare and Family, Tom Vale."
_CLOSING_NAME = re.compile(
    r",(?:\s+(?-i:[A-Z])[\w'’-]*|\s+(?:and|of|for|dan)){1,8},\s+(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){1,3})"
    r"\s*[.;]?\s*$"
)
_END = re.compile(r"[,.;:\"“”]|\s(?:that|bahwa|as\s+saying|yang\s+mengatakan)\s")


def cite_sources(norm: str, frames: list[Frame], mentions: list[Mention], context: Context) -> None:
    """Give each medium's frame followed by "citing X" to X, with the medium first in its ``via`` (in place)."""
    for frame in frames:
        if frame.hint or not (is_relay(frame.speaker) or _reports(frame)) or frame.speaker.members:
            continue
        # "..., kata SPA, mengutip koalisi" after the verb; "The Interfax agency, citing the ministry, said" between
        # the medium and its verb
        cue = _CITING.match(norm, max(frame.verb[1], frame.agent[1])) or (
            _CITING.match(norm, frame.agent[1]) if frame.agent[1] <= frame.verb[0] else None) or _trailing(
            norm, frame, frames) or _inside_agent(norm, frame)
        if cue is None:
            continue
        begin = _LEAD.match(norm, cue.end())
        begin_at = begin.end() if begin is not None else cue.end()
        stop = _END.search(norm, begin_at)
        end = stop.start() if stop else len(norm)
        named = _APPOSED_NAME.match(norm, end)
        end = named.end("name") if named is not None else end  # "citing the governor, Tom Vale": the holder
        closing = None if named is not None else _CLOSING_NAME.match(norm, end)
        if closing is not None:  # "citing the Minister of Health, Welfare and Family, Tom Vale": the name closing it
            begin_at, end = closing.span("name")
        if end - begin_at > 80:
            continue
        source = _phrase(norm, begin_at, end, mentions, context)
        if source is None or is_relay(source):
            continue  # "..., kata Kompas, mengutip AFP": a medium citing a medium (the relay credits read it)
        medium = _named(frame.speaker.label, cue, mentions) if frame.speaker.actor is None else frame.speaker.label
        frame.via = [medium, *(v for v in frame.via if v != medium)]
        frame.speaker = source


def _trailing(norm: str, frame: Frame, frames: list[Frame]) -> re.Match[str] | None:
    """ "X reported 40 dead ..., citing Y" / "X melaporkan ..., mengutip Y": the cue after the medium's own words,
    with no other frame's verb between them (the cue then belongs to another speaker)."""
    if frame.agent[1] > frame.verb[0]:
        return None  # "..., reported X, citing Y": read right after the verb above
    cue = _TRAILING.search(norm, frame.verb[1], min(len(norm), frame.verb[1] + _TRAILING_REACH))
    if cue is None or any(f is not frame and frame.verb[1] <= f.verb[0] < cue.start() for f in frames):
        return None
    return cue


_REPORTING = frozenset(("reports", "reported", "writes", "wrote", "melaporkan", "memberitakan", "menulis"))


def _reports(frame: Frame) -> bool:
    """Whether a name the gazetteer lacks reports as a medium does ("Azernews reports, citing ..."): one capitalised
    word before a reporting verb of media (a person has two); the publisher itself, often (session 34: batch 25)."""
    words = frame.speaker.label.split()
    return (frame.speaker.actor is None and frame.verb_text in _REPORTING and len(words) == 1
            and all(w[:1].isupper() for w in words))


def closing_name(norm: str, end: int) -> tuple[int, int] | None:
    """Where the holder's name closing the sentence stands after a role whose own name holds commas (the role's
    phrase read up to ``end``): ", Welfare and Family, Tom Vale." -> the span of "Tom Vale"; else None."""
    found = _CLOSING_NAME.match(norm, end)
    return found.span("name") if found is not None else None


def _inside_agent(norm: str, frame: Frame) -> re.Match[str] | None:
    """ "Local media, citing police, said ...", "TASS, citing the regional governor, said ...": the cue inside the
    phrase read as the medium's, the medium's own words before it (session 34's sweep: the medium spoke)."""
    if frame.agent[1] > frame.verb[0]:
        return None
    comma = norm.find(",", frame.agent[0], frame.agent[1])
    return _CITING.match(norm, comma) if comma > frame.agent[0] else None


def _named(label: str, cue: re.Match[str], mentions: list[Mention]) -> str:
    """The medium a description names by its initials ("kantor berita negara (SPA)": SPA), else the description."""
    if cue.group("initials") is None:
        return label
    start, end = cue.span("initials")
    known = next((m.actor for m in mentions if start <= m.start and m.end <= end and m.actor is not None
                  and m.actor.kind in ("NewsAgency", "Outlet")), None)
    return known.label if known is not None else label


__all__ = ["cite_sources", "closing_name"]
