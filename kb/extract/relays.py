"""Relays: a news medium credited inside a source's statement passes it on, it does not make it.

"Reuters melaporkan bahwa 40 orang tewas, kata kementerian kesehatan" nests Reuters' frame in the
ministry's (the ministry's words run back over the whole sentence), which would make Reuters the speaker
relaying the ministry.  The medium is the relay and the ministry the speaker: a medium's frame nested
in a non-medium's speaks for that source, with the medium first in its ``via``.  A medium alone in a
sentence ("the Interfax news agency reported") still speaks for itself.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.frames import Frame
    from kb.extract.speakers import Speaker

MEDIA_KINDS = ("NewsAgency", "Outlet")


def is_medium(speaker: Speaker) -> bool:
    """Whether a speaker is a news agency or outlet the gazetteer knows."""
    return speaker.actor is not None and speaker.actor.kind in MEDIA_KINDS


# A medium the gazetteer lacks, named by what it is: "state television", "kantor berita resmi", "Radio X".
_MEDIUM_WORDS = re.compile(
    r"(?<![\w-])(?:news\s+agency|agency|kantor\s+berita|television|televisi|tv|radio|newspaper|harian|"
    r"broadcaster|media|outlet|channel|stasiun|surat\s+kabar|koran|daily|press|pers)(?![\w-])",
    re.IGNORECASE,
)


def is_relay(speaker: Speaker) -> bool:
    """Whether a speaker that frames another's words passes them on, so it belongs in ``via``: a medium,
    or a presidency or government reporting its leader's words ("Kremlin mengatakan bahwa Putin ...", "the
    White House said Biden urged ...").

    Why: a person reporting what someone else said ("Tedros said local officials blamed ...", "...,
    kata Tedros") is no relay, nor is a ministry reporting another's answer ("..., a claim Baku denied")
    or an unnamed group; listing them made those claims' source chains wrong."""
    if speaker.actor is not None:  # a presidency or government office relays its leader; a ministry does not
        return speaker.actor.kind in (*MEDIA_KINDS, "Government")
    return not speaker.members and _MEDIUM_WORDS.search(speaker.label) is not None


def credit_relays(frames: list[Frame]) -> None:
    """Turn each medium nested in a source's frame, or holding one, into that source's relay (in place):
    "..., kata kementerian" around "Reuters melaporkan", "according to TASS" around "the ministry said"."""
    for frame in frames:
        if frame.hint or not is_medium(frame.speaker) or (frame.parent is not None and frame.parent.hint == "denial"):
            continue  # "denied a Reuters report that claimed ...": the report is what is denied, not a relay
        sources = [f for f in frames if f is not frame and (f is frame.parent or f.parent is frame or _opens(frame, f))]
        source = next((f for f in sources if not is_medium(f.speaker) and not f.speaker.first_person), None)
        if source is None:
            continue
        medium = frame.speaker.label
        frame.via = [medium, *(v for v in frame.via if v != medium)]
        frame.speaker = source.speaker
        if medium not in source.via:
            source.via.append(medium)


def _opens(medium: Frame, frame: Frame) -> bool:
    """ "Menurut laporan Reuters, Kementerian Kesehatan mengatakan ...", "A Reuters report said the ministry
    recorded ...": a medium whose words end where the next speaker begins introduces that speaker's statement,
    though its scope stops short (the next frame cut it).  A medium's verb opens the next speaker only right after
    it ("said the ministry", "said that the ministry"): one that reported words of its own first ("Al Jazeera
    reported heavy fighting; the ministry said ...") tells its news, and the ministry speaks for itself."""
    if frame.kind != "verb" or frame.verb[0] <= medium.verb[1]:
        return False
    if medium.kind == "verb" and frame.agent[0] - medium.verb[1] > _SAID_GAP:
        return False
    return medium.kind in ("according", "verb") and 0 <= frame.agent[0] - medium.scope[1] <= 5


_SAID_GAP = 10
"""Characters between a medium's verb and the next speaker it opens (" that the ")."""
