"""Attribution frames: who speaks in a sentence, through which verb, and over which words.

A frame is a speaker, a reporting verb and a scope (the words the speaker is credited with).
"X mengatakan bahwa ..." scopes what follows; "“...”, kata X" and "..., X said" scope what
precedes; a frame inside another's scope is nested ("Kremlin said Putin urged ..."), which is how
the source chain is built.  Datelines never hold a frame: they are cut off before this runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kb.extract import lexicon
from kb.extract.mentions import Mention
from kb.extract.speakers import Context, Speaker, agent_left, agent_right


def _words(items: object) -> str:
    ordered = sorted({str(i) for i in items}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in ordered)


_PRE = re.compile(rf"(?<![\w-])(?:{_words(lexicon.PRE_VERBS)})(?![\w-])", re.IGNORECASE)
_POST = re.compile(rf"(?<![\w-])(?:{_words(lexicon.POST_VERBS)})(?![\w-])", re.IGNORECASE)
_PRONOUN_VERB = re.compile(rf"(?<![\w-])(?:{_words(lexicon.PRONOUN_VERBS)})(?![\w-])", re.IGNORECASE)
_ACCORDING = re.compile(r"(?<![\w-])(?:menurut|according\s+to)(?![\w-])", re.IGNORECASE)
_BREAK = re.compile(rf"(?<![\w-])(?:{_words(lexicon.CLAUSE_BREAKS)})(?![\w-])|;"
                    rf"|,\s*(?:{_words(lexicon.SUBORDINATORS)})(?![\w-])", re.IGNORECASE)
_LOWER = re.compile(r"(?<![\w-])(?:bahwa|that)(?![\w-])|[\":;]", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\s*(?:,\s*)?(?:bahwa|that|:|\")", re.IGNORECASE)
_CONTENT = re.compile(r"[^\W\d_][\w'-]*")
_VIA = re.compile(rf"(?<![\w-])(?:{_words(lexicon.VIA_CUES)})\s+(?:(?:kantor\s+berita|the|news\s+agency)\s+)?$",
                  re.IGNORECASE)


@dataclass
class Frame:
    """One speaker credited with ``scope`` of a sentence through the verb at ``verb``."""

    speaker: Speaker
    verb: tuple[int, int]
    agent: tuple[int, int]
    scope: tuple[int, int]
    hint: str | None
    rule: str
    kind: str = "verb"  # "verb" (X says ...), "quote" (..., says X) or "according" (according to X)
    verb_text: str = ""
    via: list[str] = field(default_factory=list)
    parent: Frame | None = None


def _content_words(norm: str, start: int, end: int) -> int:
    return sum(1 for w in _CONTENT.findall(norm[start:end]) if w.casefold() not in lexicon.AGENT_GAP)


def _last_before(pattern: re.Pattern[str], norm: str, pos: int, floor: int = 0) -> int:
    found = floor
    for match in pattern.finditer(norm, floor, pos):
        found = match.end()
    return found


def _next_after(pattern: re.Pattern[str], norm: str, pos: int) -> int:
    match = pattern.search(norm, pos)
    return match.start() if match else len(norm)


def _rule(lang: str, kind: str, verb: str) -> str:
    return f"{lang}.{kind}.{re.sub(r'[^a-z]+', '_', verb.casefold()).strip('_')}"


def _pre_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    frames: list[Frame] = []
    for match in _PRE.finditer(norm):
        verb = re.sub(r"\s+", " ", match.group(0).casefold())
        if re.search(r"(?:saling|each\s+other)\s*$", norm[max(0, match.start() - 12):match.start()], re.I):
            continue
        if any(m.start <= match.start() < m.end for m in mentions):
            continue
        lower = max(_last_before(_LOWER, norm, match.start()), _last_before(_BREAK, norm, match.start()))
        found = agent_left(norm, match.start(), lower, mentions, context)
        if found is None:
            previous = frames[-1] if frames and frames[-1].verb[1] >= lower else None
            if previous is None or not re.search(r"(?:\bdan|\band|,)\s*$", norm[:match.start()]):
                continue
            speaker, agent = previous.speaker, previous.agent
        else:
            speaker, agent = found[0], (found[1], match.start())
        hint = lexicon.PRE_VERBS.get(verb)
        frames.append(Frame(speaker, match.span(), agent, (0, 0), hint, _rule(lang, "verb", verb), "verb", verb))
    return frames


def _post_frames(norm: str, mentions: list[Mention], context: Context, lang: str, taken: set[int]) -> list[Frame]:
    frames: list[Frame] = []
    for pattern, kind in ((_POST, "quote"), (_PRONOUN_VERB, "quote"), (_ACCORDING, "according")):
        for match in pattern.finditer(norm):
            if match.start() in taken:
                continue
            before = norm[max(0, match.start() - 3):match.start()]
            if kind == "quote" and not re.search(r"[,\"]\s*$", before):
                continue
            if pattern is _PRONOUN_VERB:
                speaker = context.last_person or context.last_speaker
                found = (speaker, match.end()) if speaker else None
            else:
                found = agent_right(norm, match.end(), len(norm), mentions, context)
            if found is None or found[0] is None:
                continue
            verb = re.sub(r"\s+", " ", match.group(0).casefold())
            frames.append(Frame(found[0], match.span(), (match.start(), found[1]), (0, 0),
                                None, _rule(lang, kind, verb), kind, verb))
            taken.add(match.start())
    return frames


def _scope(norm: str, frame: Frame, others: list[Frame]) -> tuple[int, int]:
    """The words ``frame`` speaks for: after a transitive verb, else before the speaker."""
    start_clause = _last_before(_BREAK, norm, frame.agent[0])
    earlier = [f.agent[1] for f in others if f.agent[1] <= frame.agent[0] and f is not frame
               and (frame.kind == "verb" or f.kind != "verb")]
    floor = max([start_clause, *earlier])
    before = (floor, frame.agent[0])
    if frame.kind == "quote" or frame.verb_text in lexicon.CONTENT_BEFORE:
        return before
    tail = max(frame.verb[1], frame.agent[1])
    quoted = [f.verb[0] for f in others if f.kind == "quote" and f.verb[0] > tail]
    after = (tail, min([_next_after(_BREAK, norm, tail), *quoted]))
    if frame.kind == "according":
        return after if _content_words(norm, *after) >= 3 else before
    if _COMPLEMENT.match(norm, tail) or frame.hint or _content_words(norm, *after) >= 3:
        return after
    return before if _content_words(norm, *before) >= 2 else after


def find_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    """Every attribution frame of a sentence, in order, each with its scope, parent and via."""
    frames = _pre_frames(norm, mentions, context, lang)
    frames += _post_frames(norm, mentions, context, lang, {f.verb[0] for f in frames})
    frames.sort(key=lambda f: f.verb[0])
    for frame in frames:
        frame.scope = _scope(norm, frame, frames)
    for frame in frames:
        holders = [f for f in frames if f is not frame and f.scope[0] <= frame.verb[0] < f.scope[1]
                   and not (f.scope[0] <= f.verb[0] < f.scope[1]) and not _inside(f, frame)]
        frame.parent = min(holders, key=lambda f: f.scope[1] - f.scope[0]) if holders else None
    for frame in frames:  # a containment cycle would make every chain endless: cut it
        seen, parent = {id(frame)}, frame.parent
        while parent is not None:
            if id(parent) in seen:
                frame.parent = None
                break
            seen.add(id(parent))
            parent = parent.parent
    _assign_via(norm, frames, mentions)
    return frames


def _inside(outer: Frame, inner: Frame) -> bool:
    """True when ``outer``'s own verb sits in ``inner``'s scope (then ``outer`` cannot hold it)."""
    return inner.scope[0] <= outer.verb[0] < inner.scope[1] and (
        inner.scope[1] - inner.scope[0] < outer.scope[1] - outer.scope[0])


def _assign_via(norm: str, frames: list[Frame], mentions: list[Mention]) -> None:
    """Credit agencies named after a via cue ("dikutip Sputnik", "kepada AFP") to the nearest frame."""
    if not frames:
        return
    for mention in mentions:
        if mention.actor is None or mention.actor.kind not in ("NewsAgency", "Outlet"):
            continue
        if not _VIA.search(norm, max(0, mention.start - 40), mention.start):
            continue
        owners = [f for f in frames if f.verb[0] <= mention.start] or frames[:1]
        owner = owners[-1]
        if mention.actor.label not in owner.via and owner.speaker.label != mention.actor.label:
            owner.via.append(mention.actor.label)


def via_mentions(norm: str, mentions: list[Mention]) -> set[int]:
    """Starts of mentions that are credited media, not parties (so subjects skip them)."""
    return {m.start for m in mentions if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet")
            and _VIA.search(norm, max(0, m.start - 40), m.start)}
