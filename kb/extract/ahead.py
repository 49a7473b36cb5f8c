"""People the article names with a one-person office anywhere in it: who "the regional governor" of a lead is
when the governor's name only comes paragraphs later.

Why: wire copy opens with the office ("..., the regional governor said.") and names the holder further down
("Ivan Petrenko, the regional governor, wrote on Telegram ..."); reading in order, the lead's speaker was nobody
yet and the claim fell back to the outlet.  The survey pass (``survey.survey``) already reads every
sentence's mentions before the walk, so it notes here each unknown or known person written beside an office,
and ``holders.holder`` asks this list only when nobody named so far holds that office.
"""

from __future__ import annotations

import re

from kb.extract.context import Speaker
from kb.extract.mentions import Mention

# One person holds each of these (``holders.PERSONAL``), in the words written beside a name.
OFFICES = (
    "governor", "gubernur", "mayor", "wali kota", "walikota", "bupati", "commander", "komandan", "panglima",
    "ambassador", "duta besar", "dubes", "envoy", "utusan",
)
_OFFICE = "|".join(sorted((re.escape(o) for o in OFFICES), key=len, reverse=True))
# "Ivan Petrenko, the Odesa regional governor, ..." / "Ivan Petrenko, governor of the Odesa region, ...":
# a few words of place or rank may come before the office; nothing unbounded.
_AFTER_NAME = re.compile(
    rf",\s+(?:the\s+|a\s+|sang\s+)?(?:[\w'’-]+\s+){{0,3}}?(?P<office>{_OFFICE})(?![\w-])", re.IGNORECASE
)
# "Governor Ivan Petrenko", "Gubernur Odesa Ivan Petrenko": the office, perhaps its place, then the name.
_BEFORE_NAME = re.compile(rf"(?<![\w-])(?P<office>(?i:{_OFFICE}))(?:\s+[A-Z][\w'’-]+){{0,2}}\s+$")


def note_office_holders(norm: str, mentions: list[Mention], ahead: list[Speaker]) -> None:
    """Append to ``ahead`` each person of the sentence written with a one-person office beside the name."""
    for mention in mentions:
        if not mention.is_person or len((mention.name or mention.text).split()) < 2:
            continue
        written = re.search(rf"(?i:{_OFFICE})", mention.role or "")  # "Gubernur Odesa Ivan Petrenko", merged
        found = written or _AFTER_NAME.match(norm, mention.end) or _BEFORE_NAME.search(
            norm, max(0, mention.start - 40), mention.start
        )
        if found is None:
            continue
        office = found.group(0) if found is written else found.group("office")
        label = mention.actor.label if mention.actor is not None else (mention.name or mention.text)
        iri = mention.actor.iri if mention.actor is not None else None
        ahead.append(Speaker(label, iri, " ".join(office.casefold().split()), mention.actor))


def holder_ahead(heads: list[str], ahead: list[Speaker]) -> Speaker | None:
    """The one person the article names with the office ``heads`` hold, else None (none, or two holders)."""
    offices = {o for o in OFFICES if set(o.split()) <= set(heads)}
    found = {p.label: p for p in ahead if p.role in offices}
    return next(iter(found.values())) if len(found) == 1 else None
