"""Who "they" / "mereka" are after a sentence that narrates what a group did: "The Houthis have added to their
demands. / They also blamed the US ...", "Kelompok Houthi menambah daftar tuntutan mereka. / Mereka juga
menyalahkan ...".

Why: "they" went back to the last speaker, however far back (a spokesman two paragraphs up), while the
sentence right before had made a group its subject; a person is never "they", and the group the reporter has
just been narrating is.  Only a known armed group or organisation (a state is "it", a ministry speaks as one)
that opens a sentence with no reporting frame of its own, and only for the very next sentence.
"""

from __future__ import annotations

from dataclasses import replace

from kb.extract.coref import opens_with
from kb.extract.mentions import Mention
from kb.extract.speakers import Speaker

_COLLECTIVE = ("Group", "Organization")


def group_opening(norm: str, mentions: list[Mention]) -> Speaker | None:
    """The known group a sentence's main clause opens with ("Kelompok Houthi ...", "After the talks failed, Hamas
    fighters ..."): the first mention that opens the sentence or the clause after a fronted phrase's comma, when it
    is a group; None otherwise."""
    for mention in sorted(mentions, key=lambda m: m.start):
        clause = norm.rfind(",", 0, mention.start) + 1
        if not opens_with(norm[clause:], _shifted(mention, clause)):
            continue
        actor = mention.actor
        return Speaker(actor.label, actor.iri, None, actor) if actor is not None and actor.kind in _COLLECTIVE else None
    return None


def _shifted(mention: Mention, by: int) -> Mention:
    return replace(mention, start=mention.start - by, end=mention.end - by)
