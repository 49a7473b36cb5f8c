"""One speaker's casualty draft for one figure, and the two things a figure's draft needs from its sentence:
the frame of a list going on past a clause break, and the media the reporter credits.

Split from ``claims`` (which decides the sentence's drafts of every type) so that each stays readable.
"""

from __future__ import annotations

import re

from kb.extract.casualties import Figure
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.figure_subjects import figure_subject
from kb.extract.frames import Frame, via_mentions
from kb.extract.parties import factuality
from kb.extract.settle import settled, territory
from kb.extract.speakers import Speaker


def _size(figure: Figure) -> int | None:
    """How many a figure counts at least (its upper bound when open below), None for a vague one."""
    qty = figure.quantity
    return None if qty is None else qty.minimum if qty.minimum is not None else qty.maximum


def figure_draft(s: SentenceInput, figure: Figure, holder: Frame | None, speaker: Speaker, via: list[str]) -> Draft:
    """One speaker's casualty claim for ``figure``: whose losses by that speaker's side."""
    subject = figure_subject(s, figure, holder, speaker)
    return Draft(
        "casualty",
        speaker,
        holder.rule if holder else "continued.casualty" if s.continuation else "outlet.casualty",
        holder.scope if holder else (0, len(s.norm)),
        subject,
        None,
        figure.quantity,
        figure.unit,
        via,
        factuality(s.norm, 0, len(s.norm), "casualty"),
        figure_scope=settled(figure.scope, _size(figure), territory(figure.scope.place, s.gazetteer)).scope,
        place=figure.scope.place,
        increment=figure.scope.increment,
        breakdown=figure.breakdown,
    )


# "..., sementara 79.061 lainnya terluka", "..., while 300 others were wounded": the rest of the speaker's list
_REST = re.compile(r"(?:,\s*)?(?:sementara|while|whereas|sedangkan|dan|and)\s+(?:(?:sekitar|about|some)\s+)?$", re.I)
_OTHERS = re.compile(r"\s+(?:orang\s+)?(?:lainnya|others|other|more)(?![\w-])", re.I)


def same_list(norm: str, figure: Figure, previous: Frame | None) -> Frame | None:
    """The frame of the figure before, when this one goes on with the same list past a clause break."""
    qty = figure.quantity
    if previous is not None and qty is not None and qty.text.casefold() == "another":
        return previous  # "killing one man, while gunfire killed another": one more victim of the same report
    if previous is None or qty is None or not _OTHERS.match(norm, qty.end):
        return None
    return previous if _REST.search(norm, max(0, qty.start - 16), qty.start) else None


def credited(s: SentenceInput) -> list[str]:
    """Media the reporter credits in a sentence nobody else speaks in ("Seperti dilansir Al Jazeera, ...")."""
    starts = via_mentions(s.norm, s.mentions)
    labels = [m.actor.label for m in s.mentions if m.start in starts and m.actor is not None]
    return [label for i, label in enumerate(labels) if label not in labels[:i] and label != s.outlet.label]
