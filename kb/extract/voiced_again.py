"""A body's toll told again by its own spokesman is one claim, annotated on the fuller telling (issue 13, session 33).

A story's lead credits a toll to a body ("the district health office said nine died in the shelling"), and a
paragraph further down the body's spokesman, named, gives the same toll again, often with more of it ("office
spokesman Ivan Petrenko said nine were killed and 14 hurt").  The conventions (``../shared/seeds/README.md``)
annotate a claim once, at its most explicit wording; reading both made a second claim of the same figure, credited
once to the body and once to its voice.  Measured on the 130 dev texts (session 33), the gold keeps the first
telling unless the later one says more, as it does for one speaker's two tellings (``restated._told_again``): the
spokesman's when it holds more figures, or as many with the wounded the lead leaves out (2 of 2), the lead's when
it holds as many or more ("Name confirmed the toll was 15" after the lead and its breakdown; a bare quotation of
the lead's figure: 2 of 3; the third's lead named only "health authorities", and its spokesman had no role kept).

The link is one of grammar and of the gazetteer, never of the words alone: the later speaker's role, without its
spokesman word, is written with the words of one of the body's names ("juru bicara pertahanan sipil" for "Badan
Pertahanan Sipil Gaza", "juru bicara kementerian kesehatan Houthi" for "Kementerian Kesehatan Houthi", "defense
spokesman" for a "civil defense agency"), the two sentences share a whole toll (the same dead or wounded, the same
figure), the later says nothing of another report ("also", "juga"), and the toll the dropped sentence tells is
told by the kept one.  A spokesman of another body, a toll of
another size, or a role that names no body ("a spokesman said") leaves both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from kb.actors import Gazetteer
from kb.pipeline.record import Claim

_WORD = re.compile(r"\w+")
# The words that make a role a voice of a body and say nothing of which body it is.
_VOICE = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "juru", "bicara", "jubir", "for", "of", "the", "a", "an", "its",
    "run", "controlled", "dari", "yang", "dikelola", "official", "pejabat", "media", "press", "officer",
})
_SPOKEN = re.compile(r"(?<![\w-])(?:spokes(?:man|woman|person)|juru\s+bicara|jubir)(?![\w-])", re.IGNORECASE)
# British and American spellings of one word are one word ("defense spokesman" of the "Civil Defence").
_SPELLING = {"defense": "defence"}

ANOTHER = re.compile(r"\b(?:also|too|as well|another|again|juga|pula|lagi)\b", re.I)
"""Words that make a later sentence another report ("five were also killed in Bahri", "juga tewas")."""

TollKey = Callable[[Claim], "tuple[object, ...] | None"]


def _fold(words: str) -> set[str]:
    return {_SPELLING.get(w, w) for w in (m.casefold() for m in _WORD.findall(words))}


def voice_of(body: Claim, voice: Claim, gazetteer: Gazetteer) -> bool:
    """Whether ``voice``'s speaker is a spokesman of ``body``'s speaker: the role says spokesman and its other
    words are all words of one of the body's names ("defense spokesman" of the "Gaza civil defense agency")."""
    role = voice.speaker_role or ""
    if body.speaker == voice.speaker or not _SPOKEN.search(role):
        return False
    actor = gazetteer.by_iri(body.speaker_iri) if body.speaker_iri else gazetteer.lookup(body.speaker)
    if actor is not None and actor.kind == "Person":
        return False
    named = _fold(role) - _VOICE
    names = list(actor.names()) if actor is not None else [body.speaker]  # a body the gazetteer lacks, as written
    return bool(named) and any(named <= _fold(name) for name in names)


def voiced_again(claims: list[Claim], dropped: set[int], gazetteer: Gazetteer, toll: TollKey) -> set[int]:
    """The indexes of the casualty claims of the less full of a body's sentence and its spokesman's later one
    that share a whole toll (see the module's docstring); ``toll`` keys a claim's whole toll (None for a part)."""
    sentences: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if i not in dropped and claim.type == "casualty":
            sentences[(claim.start, claim.end)].append(i)
    spans = sorted(sentences)
    out: set[int] = set()
    for n, lead_span in enumerate(spans):
        lead = sentences[lead_span]
        for later_span in spans[n + 1 :]:
            later = sentences[later_span]
            if out.intersection(lead) or out.intersection(later):
                continue
            body, voice = claims[lead[0]], claims[later[0]]
            if len({claims[i].speaker for i in lead}) != 1 or len({claims[i].speaker for i in later}) != 1 \
                    or not voice_of(body, voice, gazetteer):
                continue
            lead_tolls = {t for i in lead if (t := toll(claims[i])) is not None}
            later_tolls = {t for i in later if (t := toll(claims[i])) is not None}
            shared = lead_tolls & later_tolls
            if not shared or any(_another(claims[i]) for i in later if toll(claims[i]) in shared):
                continue
            if _fuller([claims[i] for i in later], [claims[i] for i in lead]):
                if lead_tolls <= later_tolls:
                    out.update(lead)
            elif later_tolls <= lead_tolls:
                out.update(later)
    return out


def _another(claim: Claim) -> bool:
    """The claim's figure says it is another report: "also", "juga" just after it ("lima orang juga tewas"), not
    a word of another figure of the sentence ("... dan 98 orang juga terluka" after the shared dead)."""
    said = claim.quantity_text or ""
    at = claim.quote.casefold().find(said.casefold()) if said else -1
    return at >= 0 and ANOTHER.search(claim.quote, at, at + len(said) + _NEAR) is not None


_NEAR = 24  # characters after a figure its "also" may stand in ("five people were also killed")


def _fuller(later: list[Claim], lead: list[Claim]) -> bool:
    """The later telling says more: more figures, or as many with a hurt the lead does not tell (the wounded
    beside the dead; the lead's breakdown of its dead says no more than the wounded do)."""
    if len(later) != len(lead):
        return len(later) > len(lead)
    return bool({_hurt(c) for c in later} - {_hurt(c) for c in lead})


def _hurt(claim: Claim) -> str:
    return "wounded" if (claim.unit or "").endswith("wounded") else "dead"


__all__ = ["voice_of", "voiced_again"]
