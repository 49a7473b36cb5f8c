"""From one sentence's frames and mentions to draft claims: type, speaker, parties, figures.

Who speaks is settled by the frames; what kind of claim it is comes from cue words inside the
frame's scope.  Accusation, denial and call may all be asserted at once (each has its own cue);
otherwise ceasefire beats talks, and a frame with no cue is a plain statement.  A frame whose verb
is itself typed ("menuduh", "urged") speaks on its own even when nested, and the frames around it
become its source chain.  Words nobody is credited with belong to the outlet and only carry
casualty, ceasefire and talks claims; background (past years) and "after ..." clauses carry no
statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.casualties import Figure, find_figures
from kb.extract.frames import Frame, via_mentions
from kb.extract.mentions import Mention
from kb.extract.parties import attacker_in, compile_words, factuality, is_place, subject_for
from kb.extract.quantities import Quantity
from kb.extract.speakers import Speaker, party_label, sides

_CUES = {t: compile_words(c) for t, c in lexicon.TYPE_CUES.items()}
_MODAL = frozenset(lexicon.MODAL_CALL_CUES)
_MUTUAL = compile_words((*lexicon.MUTUAL_ACCUSATION, "saling menyerang", "saling tuding", "each other's",
                         "accusing the other", "saling menembak"))
_MOBILIZE = compile_words(lexicon.MOBILIZATION_NOUNS)
_SCOPE = compile_words(lexicon.MOBILIZATION_SCOPE)
_RELATIVE = re.compile(r",\s*(?:yang|which|who)\b[^,]*,", re.IGNORECASE)
_STRONG = ("accusation", "denial", "call")
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


def cue_types(s: SentenceInput, spans: list[tuple[int, int]], speaker: Speaker | None,
              allowed: tuple[str, ...]) -> list[str]:
    """Claim types cued inside ``spans``: every strong type found, else the best weak one."""
    own = sides(speaker, s.gazetteer) if speaker else set()
    spans = [piece for span in spans for piece in _minus(span, [m.span() for m in _RELATIVE.finditer(s.norm)])]
    found = [k for k in lexicon.TYPE_PRIORITY if k in allowed and k != "statement"
             and any(_cued(s, k, span, speaker is not None, own) for span in spans)]
    if speaker is not None and "accusation" in allowed and "accusation" not in found and any(
            attacker_in(s.norm, span, s.mentions, s.gazetteer, own) for span in spans):
        found.insert(0, "accusation")
    strong = [k for k in found if k in _STRONG]
    return strong or found[:1]


def _cued(s: SentenceInput, kind: str, span: tuple[int, int], modal: bool, own: set[str]) -> bool:
    for match in _CUES[kind].finditer(s.norm, *span):
        if re.sub(r"\s+", " ", match.group(0).casefold()) not in _MODAL:
            return True
        if modal and not _own_subject(s, match.start(), own):
            return True
    return False


def _own_subject(s: SentenceInput, pos: int, own: set[str]) -> bool:
    """"Turkey should have a seat": a modal whose subject is the speaker's own side is no call."""
    return any(m.actor is not None and m.actor.iri in own and 0 <= pos - m.end <= 12 for m in s.mentions)


def _minus(span: tuple[int, int], holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], span[0]
    for start, end in sorted(holes):
        if end <= pos or start >= span[1]:
            continue
        if start > pos:
            out.append((pos, start))
        pos = max(pos, end)
    if pos < span[1]:
        out.append((pos, span[1]))
    return out


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
    """Frames with a typed frame or a figure below them say nothing else, unless merely coordinated."""
    busy: set[int] = set()
    for frame in frames:
        if not (frame.hint or figures_by_frame.get(id(frame))):
            continue
        parent = frame if not frame.hint else frame.parent
        if frame.hint and parent is not None and frame.partner is parent and not parent.hint:
            parent = None  # "X said ... and urged ...": the saying stands on its own
        while parent is not None and id(parent) not in busy:
            busy.add(id(parent))
            parent = parent.parent
    return busy


def _frame_drafts(s: SentenceInput, figures_by_frame: dict[int, list[Figure]]) -> list[Draft]:
    drafts: list[Draft] = []
    typed = [f for f in s.frames if f.hint]
    busy = _busy(s.frames, figures_by_frame)
    for frame in s.frames:
        speaker, via = _chain(frame)
        if speaker.first_person:
            continue
        holes = [t.scope for t in typed if t is not frame and t.parent is frame] + frame.asides
        if frame.hint:
            kinds = [frame.hint]
        elif frame.parent is not None or frame.subordinate:
            continue
        elif id(frame) in busy:
            if not figures_by_frame.get(id(frame)):
                continue
            kinds = [k for k in cue_types(s, _minus(frame.scope, holes), speaker, _STRONG) if k != frame.hint]
        elif frame.partner is not None and frame.partner.hint:
            continue  # "denied ... and said ...": the denial says it
        else:
            kinds = cue_types(s, _minus(frame.scope, holes), speaker, lexicon.TYPE_PRIORITY) or ["statement"]
            if kinds == ["statement"] and _MOBILIZE.search(s.norm, *frame.scope):
                continue
        for kind in kinds:
            for one in (speaker.members or (speaker,)) if frame.hint else (speaker,):
                drafts.append(_draft(s, kind, one, frame.rule, frame.scope, via))
    return drafts


def _draft(s: SentenceInput, kind: str, speaker: Speaker, rule: str, scope: tuple[int, int],
           via: list[str]) -> Draft:
    skip = sides(speaker, s.gazetteer) if kind in _STRONG else set()
    subject = subject_for(s.norm, kind, scope, s.mentions, s.gazetteer, skip, via_mentions(s.norm, s.mentions))
    return Draft(kind, speaker, rule, scope, subject, None, via=list(via),
                 factuality=factuality(s.norm, scope[0], scope[1], kind))


def sentence_drafts(s: SentenceInput) -> list[Draft]:
    """All draft claims of one sentence."""
    if s.background and not s.frames:
        return []
    party = {m.start: party_label(m.actor, s.gazetteer) for m in s.mentions
             if m.actor is not None and m.actor.kind in ("State", "Government")}
    by_frame: dict[int, list[Figure]] = {}
    drafts: list[Draft] = []
    for figure in find_figures(s.norm, s.mentions, party):
        holder = _innermost(s.frames, figure.start)
        if holder is not None:
            by_frame.setdefault(id(holder), []).append(figure)
        speaker, via = _chain(holder) if holder else (s.continuation or s.outlet, [])
        drafts.append(Draft("casualty", speaker, holder.rule if holder else "outlet.casualty",
                            holder.scope if holder else (0, len(s.norm)), figure.subject, None,
                            figure.quantity, figure.unit, via, factuality(s.norm, 0, len(s.norm), "casualty")))
    drafts += _frame_drafts(s, by_frame) + _mutual(s) + _mobilizations(s)
    drafts += _outlet(s, drafts)
    return drafts


def _outlet(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """Ceasefire and talks the reporter states: a sentence without frames, or the asides of one."""
    if s.frames:
        out: list[Draft] = []
        for frame in s.frames:
            speaker = _chain(frame.parent)[0] if frame.parent else s.outlet
            for span in frame.asides:
                for kind in cue_types(s, [span], None, OUTLET_TYPES):
                    if not any(d.type == kind for d in drafts + out):
                        out.append(_draft(s, kind, speaker, "aside." + kind, span, []))
        return out
    else:
        spans = [(0, len(s.norm))]
        speaker = s.continuation or s.outlet
        allowed = lexicon.TYPE_PRIORITY if s.continuation else OUTLET_TYPES
    out = []
    for span in spans:
        for kind in cue_types(s, [span], s.continuation, allowed):
            if not any(d.type == kind for d in drafts + out):
                out.append(_draft(s, kind, speaker, "outlet." + kind, span, []))
    return out


def _innermost(frames: list[Frame], pos: int) -> Frame | None:
    holders = [f for f in frames if f.scope[0] <= pos < f.scope[1]]
    return min(holders, key=lambda f: f.scope[1] - f.scope[0]) if holders else None


def _speaker_of(m: Mention) -> Speaker:
    assert m.actor is not None
    return Speaker(m.actor.label, m.actor.iri, m.role, m.actor)


def _mutual(s: SentenceInput) -> list[Draft]:
    """"A dan B saling menuduh": each side accuses the other (the nearest pair of parties before)."""
    out: list[Draft] = []
    for match in _MUTUAL.finditer(s.norm):
        before = [m for m in s.mentions if m.actor is not None and m.end <= match.start()
                  and m.actor.kind in ("State", "Government", "Ministry") and not is_place(s.norm, m)]
        pair = next(((a, b) for a, b in zip(before[-2::-1], before[::-1], strict=False)
                     if re.fullmatch(r"\s*(?:,|dan|and)\s*", s.norm[a.end:b.start])), None)
        pair = pair or (tuple(before[-2:]) if len(before) >= 2 else None)
        if not pair:
            continue
        for one, other in ((pair[0], pair[1]), (pair[1], pair[0])):
            assert other.actor is not None
            out.append(Draft("accusation", _speaker_of(one), "mutual.accusation", (0, len(s.norm)),
                             party_label(other.actor, s.gazetteer)))
    return out


def _mobilizations(s: SentenceInput) -> list[Draft]:
    """Each mobilisation with the party ordering it (the nearest actor before it) and its scope."""
    out = []
    for match in _MOBILIZE.finditer(s.norm):
        agents = [m for m in s.mentions if m.actor is not None and m.end <= match.start()
                  and m.actor.kind in ("State", "Government", "Person") and not is_place(s.norm, m)]
        holder = _innermost(s.frames, match.start())
        if agents and not (holder and holder.agent[0] > agents[-1].start):
            speaker = _speaker_of(agents[-1])
        elif holder is not None:
            speaker = _chain(holder)[0]
        else:
            continue
        scope = _SCOPE.search(s.norm, match.end(), min(len(s.norm), match.end() + 20)) or _SCOPE.search(
            s.norm, max(0, match.start() - 12), match.start())
        subject = party_label(speaker.actor, s.gazetteer) if speaker.actor else speaker.label
        obj = lexicon.MOBILIZATION_SCOPE[scope.group(0).casefold()] if scope else None
        out.append(Draft("mobilization", speaker, "mobilization.agent", (match.start(), match.end()), subject, obj))
    return out
