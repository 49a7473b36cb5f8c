"""A figure that goes on from a source's figure in the sentence before: "According to medics, 25 people were
killed in the market. / Another 40 were wounded in the attack." — the second figure is the medics' too.

Why: reporters name the source once and go on counting without it; crediting the second figure to the
outlet made the outlet the speaker of a count it never made.  Carrying every source into every later
sentence did not hold (the reporter's own background follows sources too), so only this carries: the
very next sentence of the same paragraph, which names no speaker of its own, whose figure points back
to the one before ("another", "more", "lainnya", "the attack", "serangan tersebut", "selain itu"), and
only its casualty figures that the outlet was left with.
"""

from __future__ import annotations

import re

from kb.extract.drafts import chain
from kb.extract.frames import Frame
from kb.extract.speakers import Speaker
from kb.pipeline.record import Claim

_BACK = re.compile(
    r"(?<![\w-])(?<!one\s)(?:another|other|others|more(?!\s+than)|further|additional|the\s+same|"
    r"the\s+(?:attack|attacks|strike|strikes|shelling|raid|raids|blast|explosion|bombardment|assault|incident)|"
    r"lainnya|lagi|selain\s+itu|sedangkan|"  # "Sedangkan korban luka ...": the count goes on by contrast
    r"the\s+(?:deadliest|worst|heaviest)|paling\s+(?:mematikan|parah)|terparah|"  # one of the events just told
    r"(?:among|(?<![^\s,])(?<![\w-]\s)of)\s+(?:the\s+)?(?:dead|killed|injured|wounded|victims|casualties|those|them|these)|"
    r"(?:dari\s+jumlah|di\s+antara(?:\s+para)?\s+korban)|"
    r"(?:serangan|agresi|penembakan|pengeboman|ledakan|insiden|peristiwa|gempuran|pertempuran)"
    r"(?:\s+(?:udara|militer|drone|rudal))?\s+(?:itu|tersebut|yang\s+sama|lain))(?![\w-])",  # "serangan lain": another
    re.IGNORECASE,
)


# The reporter's own hedge of a report ("was reportedly killed", "dilaporkan tewas"): sourced anew.
_OWN_HEDGE = re.compile(
    r"(?<![\w-])(?:reportedly|reported|dilaporkan|dikabarkan|kabarnya|disebut-sebut)(?![\w-])", re.IGNORECASE
)


def points_back(norm: str) -> bool:
    """Whether a sentence's words tie it to the figure before ("another 40", "serangan tersebut"), and the
    reporter does not source it anew ("one civilian was reportedly killed")."""
    return _BACK.search(norm) is not None and _OWN_HEDGE.search(norm) is None


def source_of(frames: list[Frame], outlet: str) -> tuple[Speaker, list[str]] | None:
    """The last source a sentence's frames name (with its relays): not the outlet, not "we"."""
    for frame in reversed(frames):
        speaker, via = chain(frame)
        if not speaker.first_person and speaker.label != outlet and not frame.subordinate:
            return speaker, via
    return None


# "Among the victims were two teachers", "Di antara korban tewas terdapat ...": the dead of a toll given
_AMONG_DEAD = re.compile(
    r"(?<![\w-])(?:among\s+(?:the\s+)?(?:dead|killed|victims)|of\s+the\s+(?:dead|killed)|"
    r"di\s+antara(?:\s+para)?\s+(?:korban(?:\s+(?:tewas|jiwa|meninggal))?|yang\s+(?:tewas|meninggal)))(?![\w-])",
    re.IGNORECASE,
)


def among_the_dead(norm: str) -> bool:
    """Whether a sentence tells who were among the dead of a toll already given (``toll_source`` gave it)."""
    return _AMONG_DEAD.search(norm) is not None and _OWN_HEDGE.search(norm) is None


def toll_source(frames: list[Frame], claims: list[Claim], outlet: str,
                before: tuple[Speaker, list[str]] | None) -> tuple[Speaker, list[str]] | None:
    """Whose is the last death toll, after this sentence (``before``: whose it was before it): a toll given
    through a frame is its source's, one the outlet gives itself is nobody's to carry.  Why: a background sentence
    or another speaker's words may stand between the toll and its breakdown ("X says 10 were killed. ... Y
    maintains ... . Among the dead are ..."), where the sentence before's source would be Y; and after "In a
    separate strike, five were killed." the dead are that strike's."""
    tolls = [c for c in claims if c.type == "casualty" and c.unit and "wound" not in c.unit]
    if not tolls:
        return before
    if all(".outlet." in c.rule for c in tolls):
        return None
    return source_of(frames, outlet) or before


def carry_source(claims: list[Claim], source: tuple[Speaker, list[str]], tag: str = "follows") -> None:
    """Give the sentence's outlet casualty figures the source of the sentence before (in place); ``tag`` names how
    in the rule (``.outlet.`` becomes ``.follows.``, or ``.between.`` for ``between``'s sentence between two)."""
    speaker, via = source
    for claim in claims:
        if claim.type != "casualty" or ".outlet." not in claim.rule:
            continue
        claim.speaker, claim.speaker_iri, claim.speaker_role = speaker.label, speaker.iri, speaker.role
        claim.via = [*via, *(v for v in claim.via if v not in via)]
        claim.rule = claim.rule.replace(".outlet.", f".{tag}.")
