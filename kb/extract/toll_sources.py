"""A toll credited "according to" a source: the source gives information, it does not blame.

"A missile struck the town, killing one, according to the regional governor", "Israel has killed 4,000 people in
Lebanon, according to health authorities", "Menurut Kementerian Kesehatan, Israel melancarkan serangan ...,
menewaskan 900 orang": the annotation records the figure (a casualty claim) and no accusation, as it records no
statement for information credited "according to" (``positions.is_position``).  Who "according to" names is where the
facts come from, not a voice taking a side, so the attack that caused the dead is the toll's cause, read as the
reporter reads it: only wrongdoing (an attack on civilians, a violation) or a crime by name ("pembantaian massal
yang dilakukan oleh RSF") accuses.  A speaker with a verb ("the ministry said Israeli strikes killed ...") keeps the
reading of a voice.  On the 242 dev articles of batches <= 12 such accusations were right 3 times in 12.
"""

from __future__ import annotations

from kb.extract import lexicon
from kb.extract.cue_types import cue_types
from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame
from kb.extract.parties import compile_words
from kb.extract.speakers import Speaker

_CRIMES = compile_words(lexicon.CRIME_NOUNS)


def toll_types(s: SentenceInput, frame: Frame, pieces: list[tuple[int, int]], speaker: Speaker,
               allowed: tuple[str, ...]) -> list[str]:
    """The strong types of a frame that carries a casualty figure (``cue_types`` with ``toll``), an
    accusation kept for an "according to" source only when the reporter's reading, or a crime by name, gives one."""
    types = cue_types(s, pieces, speaker, allowed, True)
    if frame.kind != "according" or "accusation" not in types:
        return types
    if "accusation" in cue_types(s, pieces, None, allowed, True) or any(_CRIMES.search(s.norm, *p) for p in pieces):
        return types
    return [t for t in types if t != "accusation"]
