"""From one sentence's frames and mentions to draft claims: type, speaker, parties, figures.

Who speaks is settled by the frames; what kind of claim it is comes from cue words inside the
frame's scope (accusation > denial > call > ceasefire > talks, else a plain statement).  A frame
whose verb itself is typed ("menuduh", "urged") speaks on its own even when nested, and the frame
around it becomes its source chain.  Sentences nobody is credited with belong to the outlet, and
only carry casualty, ceasefire and talks claims; background (past years) carries none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.casualties import Figure, find_figures
from kb.extract.frames import Frame, via_mentions
from kb.extract.mentions import Mention
from kb.extract.quantities import Quantity
from kb.extract.speakers import Speaker, party_label, sides


def _alt(words: object) -> str:
    ordered = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_CUES = {t: re.compile(rf"(?<![\w-])(?:{_alt(c)})(?![\w-])", re.IGNORECASE) for t, c in lexicon.TYPE_CUES.items()}
_MODAL = frozenset(lexicon.MODAL_CALL_CUES)
_MUTUAL = re.compile(rf"(?<![\w-])(?:{_alt(lexicon.MUTUAL_ACCUSATION)})(?![\w-])", re.IGNORECASE)
_MOBILIZE = re.compile(rf"(?<![\w-])(?:{_alt(lexicon.MOBILIZATION_NOUNS)})(?![\w-])", re.IGNORECASE)
_SCOPE = re.compile(rf"(?<![\w-])(?:{_alt(lexicon.MOBILIZATION_SCOPE)})(?![\w-])", re.IGNORECASE)
_ALLEGED = re.compile(rf"(?<![\w-])(?:{_alt(lexicon.ALLEGED_CUES)})(?![\w-])", re.IGNORECASE)
_HEDGED = re.compile(rf"(?<![\w-])(?:{_alt(lexicon.HEDGED_CUES)})(?![\w-])", re.IGNORECASE)
_PLACE = re.compile(r"(?:\b(?:di|ke|in|at|near|dekat|wilayah|kota|ibu\s+kota)\s+)$", re.IGNORECASE)
_BY = re.compile(r"(?:\b(?:oleh|by|dari)\s+(?:pihak\s+|the\s+)?)$", re.IGNORECASE)
_ALL_PARTIES = re.compile(r"\b(?:semua|seluruh|kedua)\s+(?:pihak|aktor|negara)|\ball\s+(?:parties|sides|actors)"
                          r"|\bboth\s+(?:sides|parties|countries)", re.IGNORECASE)
OUTLET_TYPES = ("ceasefire", "talks")


@dataclass
class Draft:
    """A claim before offsets and the article are attached."""

    type: str
    speaker: Speaker
    rule: str
    scope: tuple[int, int]
    subject: str | None = None
    object: str | None = None
    quantity: Quantity | None = None
    unit: str | None = None
    via: list[str] = field(default_factory=list)
    factuality: str = "asserted"


def cue_type(norm: str, spans: list[tuple[int, int]], modal: bool, allowed: tuple[str, ...]) -> str | None:
    """The highest-priority claim type cued inside ``spans``."""
    for kind in lexicon.TYPE_PRIORITY:
        if kind not in allowed or kind == "statement":
            continue
        for start, end in spans:
            for match in _CUES[kind].finditer(norm, start, end):
                if modal or re.sub(r"\s+", " ", match.group(0).casefold()) not in _MODAL:
                    return kind
    return None


def factuality(norm: str, start: int, end: int, kind: str) -> str:
    if kind == "denial":
        return "denied"
    if _ALLEGED.search(norm, start, end):
        return "alleged"
    return "hedged" if _HEDGED.search(norm, start, end) else "asserted"


def _parties(norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer,
             skip: set[str], media: set[int]) -> list[str]:
    out: list[str] = []
    for m in mentions:
        if not span[0] <= m.start < span[1] or m.actor is None or m.start in media:
            continue
        if m.actor.kind in ("NewsAgency", "Outlet") or m.actor.iri in skip:
            continue
        if _PLACE.search(norm, max(0, m.start - 15), m.start):
            continue
        label = party_label(m.actor, gazetteer)
        if label not in out:
            out.append(label)
    return out


def _accused(norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer,
             skip: set[str]) -> str | None:
    """The accused: a party after "oleh"/"by", else the first other party after the cue."""
    for m in mentions:
        if span[0] <= m.start < span[1] and m.actor and m.actor.iri not in skip and _BY.search(
                norm, max(0, m.start - 20), m.start):
            return party_label(m.actor, gazetteer)
    cue = _CUES["accusation"].search(norm, *span)
    after = (cue.start(), span[1]) if cue else span
    found = _parties(norm, after, mentions, gazetteer, skip, set())
    return found[0] if found else None


@dataclass
class SentenceInput:
    """Everything the claim builder needs about one sentence."""

    norm: str
    mentions: list[Mention]
    frames: list[Frame]
    outlet: Speaker
    gazetteer: Gazetteer
    background: bool = False
    continuation: Speaker | None = None


def _chain(frame: Frame) -> tuple[Speaker, list[str]]:
    """The frame's speaker (first person resolved upwards) and the via list its ancestors give."""
    speaker, via, parent = frame.speaker, list(frame.via), frame.parent
    while parent is not None:
        if speaker.first_person:
            speaker = parent.speaker
        elif parent.speaker.label not in (speaker.label, *via) and not parent.speaker.first_person:
            via.append(parent.speaker.label)
        via += [v for v in parent.via if v not in via]
        parent = parent.parent
    return speaker, via


def _busy(frames: list[Frame], figures_by_frame: dict[int, list[Figure]]) -> set[int]:
    """Frames with a typed frame or a casualty figure somewhere below them: they say nothing else."""
    busy: set[int] = set()
    for frame in frames:
        if frame.hint or figures_by_frame.get(id(frame)):
            parent = frame if not frame.hint else frame.parent
            while parent is not None and id(parent) not in busy:
                busy.add(id(parent))
                parent = parent.parent
    return busy


def _typed_drafts(s: SentenceInput, figures_by_frame: dict[int, list[Figure]]) -> list[Draft]:
    drafts: list[Draft] = []
    typed = [f for f in s.frames if f.hint]
    busy = _busy(s.frames, figures_by_frame)
    for frame in s.frames:
        speaker, via = _chain(frame)
        if speaker.first_person:
            continue
        inner = [t.scope for t in typed if t is not frame and t.parent is frame]
        if frame.hint:
            kind = frame.hint
        elif frame.parent is not None or id(frame) in busy:
            continue
        else:
            holes = _minus(frame.scope, inner)
            kind = cue_type(s.norm, holes, True, lexicon.TYPE_PRIORITY) or "statement"
            if kind == "statement" and _mobilization_only(s.norm, frame.scope):
                continue
        drafts.append(_draft(s, kind, speaker, frame.rule, frame.scope, via))
    return drafts


def _minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], span[0]
    for start, end in sorted(holes):
        if start > pos:
            out.append((pos, min(start, span[1])))
        pos = max(pos, end)
    if pos < span[1]:
        out.append((pos, span[1]))
    return out


def _mobilization_only(norm: str, span: tuple[int, int]) -> bool:
    return bool(_MOBILIZE.search(norm, *span))


def _draft(s: SentenceInput, kind: str, speaker: Speaker, rule: str, scope: tuple[int, int],
           via: list[str]) -> Draft:
    skip = sides(speaker, s.gazetteer) if kind in ("call", "accusation", "denial") else set()
    media = via_mentions(s.norm, s.mentions)
    if kind == "accusation":
        subject = _accused(s.norm, scope, s.mentions, s.gazetteer, skip)
    else:
        parties = _parties(s.norm, scope, s.mentions, s.gazetteer, skip, media)
        if not parties and kind == "call":  # "X urged an end to fighting": the parties named around it
            parties = _parties(s.norm, (0, len(s.norm)), s.mentions, s.gazetteer, skip, media)
        subject = "; ".join(parties) or _ALL_PARTIES.search(s.norm, *scope) and "all parties" or None
    return Draft(kind, speaker, rule, scope, subject, None, via=via,
                 factuality=factuality(s.norm, scope[0], scope[1], kind))


def sentence_drafts(s: SentenceInput) -> list[Draft]:
    """All draft claims of one sentence."""
    if s.background and not s.frames:
        return []
    party = {m.start: party_label(m.actor, s.gazetteer) for m in s.mentions
             if m.actor is not None and m.actor.kind in ("State", "Government")}
    figures = find_figures(s.norm, s.mentions, party)
    by_frame: dict[int, list[Figure]] = {}
    drafts: list[Draft] = []
    for figure in figures:
        holder = _innermost(s.frames, figure.start)
        if holder is not None:
            by_frame.setdefault(id(holder), []).append(figure)
        speaker, via = _chain(holder) if holder else (s.continuation or s.outlet, [])
        rule = holder.rule if holder else "outlet.casualty"
        drafts.append(Draft("casualty", speaker, rule, holder.scope if holder else (0, len(s.norm)),
                            figure.subject, None, figure.quantity, figure.unit, via,
                            factuality(s.norm, 0, len(s.norm), "casualty")))
    drafts += _typed_drafts(s, by_frame)
    drafts += _mutual(s) + _mobilizations(s)
    if not s.frames:
        speaker = s.continuation or s.outlet
        kind = cue_type(s.norm, [(0, len(s.norm))], s.continuation is not None,
                        lexicon.TYPE_PRIORITY if s.continuation else OUTLET_TYPES)
        if kind and not any(d.type == kind for d in drafts):
            drafts.append(_draft(s, kind, speaker, "outlet." + kind, (0, len(s.norm)), []))
    return drafts


def _innermost(frames: list[Frame], pos: int) -> Frame | None:
    holders = [f for f in frames if f.scope[0] <= pos < f.scope[1] and not f.hint]
    return min(holders, key=lambda f: f.scope[1] - f.scope[0]) if holders else None


def _speaker_of(m: Mention) -> Speaker:
    assert m.actor is not None
    return Speaker(m.actor.label, m.actor.iri, m.role, m.actor)


def _mutual(s: SentenceInput) -> list[Draft]:
    """"A dan B saling menuduh": each side accuses the other."""
    out = []
    for match in _MUTUAL.finditer(s.norm):
        sides_ = [m for m in s.mentions if m.actor is not None and m.end <= match.start()][-2:]
        if len(sides_) < 2:
            continue
        for one, other in ((sides_[0], sides_[1]), (sides_[1], sides_[0])):
            out.append(Draft("accusation", _speaker_of(one), "mutual.accusation", (0, len(s.norm)),
                             party_label(other.actor, s.gazetteer) if other.actor else None))
    return out


def _mobilizations(s: SentenceInput) -> list[Draft]:
    """Each mobilisation with the party ordering it (the nearest actor before it), and its scope."""
    out = []
    for match in _MOBILIZE.finditer(s.norm):
        agents = [m for m in s.mentions if m.actor is not None and m.end <= match.start()
                  and m.actor.kind in ("State", "Government", "Person")
                  and not _PLACE.search(s.norm, max(0, m.start - 15), m.start)]
        scope = _SCOPE.search(s.norm, match.end(), min(len(s.norm), match.end() + 20)) or _SCOPE.search(
            s.norm, max(0, match.start() - 12), match.start())
        if not agents:
            continue
        agent = agents[-1]
        label = party_label(agent.actor, s.gazetteer) if agent.actor else agent.text
        obj = lexicon.MOBILIZATION_SCOPE[scope.group(0).casefold()] if scope else None
        out.append(Draft("mobilization", _speaker_of(agent), "mobilization.agent", (agent.start, match.end()),
                         label, obj))
    return out
