"""Whose losses a casualty figure counts for one speaker, and who inflicted them, as the claim's ``subject``.

Split from ``claims`` (which builds every draft of a sentence) because a figure's subject is settled twice: when
its draft is made, and again once the sentence's accusations are known — the party a speaker accuses in the same
sentence inflicted the figure its clause leaves unpinned ("said nine civilians were killed after X forces fired
rockets").
"""

from __future__ import annotations

from dataclasses import replace

from kb.extract.drafts import Draft, SentenceInput
from kb.extract.figure import Figure
from kb.extract.forces import resolve_force
from kb.extract.frames import Frame
from kb.extract.sides import JUDGING, Sides, casualty_subject
from kb.extract.speakers import Speaker, party_label, speaker_side


def figure_subject(s: SentenceInput, figure: Figure, holder: Frame | None, speaker: Speaker,
                    found: Sides | None = None) -> str:
    """Whose losses ``figure`` counts for ``speaker`` (and who inflicted them), by that speaker's side."""
    subject = casualty_subject(figure.subject, found or figure.sides, figure.written, figure.cls, speaker, s.gazetteer,
                               s.around, judged=bool(holder and JUDGING.match(holder.verb_text)),
                               place=figure.scope.place)
    side = speaker_side(speaker, s.gazetteer)
    victims, *rest = [p.strip() for p in subject.split(";")] if subject else [""]
    army = resolve_force(victims, s.around.forces, side, victims=True)  # "regime soldiers": the other side's army
    if army is None:
        return subject
    return "; ".join([army, *(p for p in rest if p != army)])  # never its own attacker (the article's striker)


def blame_figures(s: SentenceInput, listed: list[tuple[Figure, Draft]], holders: dict[int, Frame | None],
                   drafts: list[Draft]) -> None:
    """A figure whose clause names no attacker, in a sentence where its speaker accuses one party ("accused X
    of shelling the town, ... nine civilians were killed"; "said ... after X forces fired missiles"): that
    party inflicted it, unless it is the figure's own victims or the speaker's side."""
    named = {party_label(m.actor, s.gazetteer) for m in s.mentions if m.actor is not None}
    accused = {d.speaker.label: d.subject for d in drafts if d.type == "accusation" and d.subject in named}
    for figure, draft in listed:
        party = accused.get(draft.speaker.label)
        if figure.sides.inflictor or party is None or party == speaker_side(draft.speaker, s.gazetteer):
            continue
        if party in (figure.subject or "").split("; ") or party in (draft.subject or "").split("; "):
            continue
        draft.subject = figure_subject(s, figure, holders.get(id(draft)), draft.speaker,
                                        replace(figure.sides, inflictor=party))


__all__ = ["blame_figures", "figure_subject"]
