"""Blame in the passive with its maker named: the agent accuses ("Armenia was accused by Azerbaijan of shelling X",
"the blast was blamed on Russia by Ukraine", "Armenia dituduh Azerbaijan menembaki X", "serangan itu dituduhkan
kepada Rusia oleh Ukraina").

Why a rule of its own (issue 13, session 34 types sweep): ``passive_blame`` finds the accused of such a sentence,
but no frame holds it -- ``post_frames`` takes the "accused by X" agent only where it ends the phrase, and an
Indonesian "di-" passive names its agent with no "oleh" at all -- so the accusation fell to the outlet, or was lost.
Each form is one bounded match; the agent must be a party or person the gazetteer knows, standing right after the
verb (or "by"/"oleh"), never a word that only looks like one; a negated verb ("was not blamed", "tidak disalahkan")
blames nobody.
"""

from __future__ import annotations

import re

from kb.extract.drafts import Draft, SentenceInput
from kb.extract.mentions import Mention
from kb.extract.speaker_sides import party_label
from kb.extract.speakers import Speaker

_AUX = r"(?:is|are|was|were|been|being)\s+(?:(?:also|repeatedly|widely|[a-z]+ly)\s+)?"
# the agent follows: "was accused by X (of ...)", "dituduh (oleh) X ...", "disalahkan oleh X atas ..."
_AGENT_NEXT = re.compile(
    rf"(?<![\w-])(?:{_AUX}(?:accused|blamed)\s+by|di(?:per)?salahkan\s+oleh|(?:dituduh|dituding)(?:\s+oleh)?)"
    r"\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)
# the accused follows first, then the agent: "was blamed on X by Y", "dituduhkan kepada X oleh Y"
_ACCUSED_NEXT = re.compile(
    rf"(?<![\w-])(?:{_AUX}blamed\s+on|(?:di(?:per)?salahkan|dituduhkan|ditudingkan)\s+(?:pada|kepada|terhadap))"
    r"\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)
_BY = re.compile(r"\s+(?:by|oleh)\s+(?:the\s+|pihak\s+)?", re.IGNORECASE)
_NEGATED = re.compile(r"(?<![\w-])(?:not|never|tidak|tak|bukan|belum)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# what the charge is, after the agent: "of shelling X", "for the strike", "atas serangan", "menembaki X"
_CHARGE = re.compile(r"\s*(?:,\s*)?(?:of|for|over|atas|karena)?\s*(?P<what>[^.;:!?\"“”]{3,160})", re.IGNORECASE)
_KINDS = ("State", "Government", "Ministry", "Organization", "Group", "Person")
_STEMS = re.compile(r"accused|blamed|dituduh|dituding|salahkan", re.IGNORECASE)
WINDOW = 60
"""Characters before the verb the accused of an agent-first passive may stand in (its own clause)."""


def _known_at(s: SentenceInput, pos: int) -> Mention | None:
    """The known party or person named right at ``pos``."""
    return next((m for m in s.mentions if m.start == pos and m.actor is not None and m.actor.kind in _KINDS), None)


def _accused_before(s: SentenceInput, pos: int) -> Mention | None:
    """The last party named before ``pos`` in its clause (the passive's subject)."""
    floor = max(0, pos - WINDOW, s.norm.rfind(",", 0, pos) + 1)
    before = [m for m in s.mentions if m.actor is not None and m.actor.kind in _KINDS[:-1]
              and floor <= m.start and m.end <= pos]
    return before[-1] if before else None


def _subject_words(s: SentenceInput, pos: int) -> str | None:
    """What is blamed when it stands before the verb ("The blast at the depot"), without a leading article."""
    floor = max(0, pos - WINDOW, s.norm.rfind(",", 0, pos) + 1)
    words = re.sub(r"^(?:the|a|an)\s+", "", s.norm[floor:pos].strip(), flags=re.IGNORECASE)
    return words or None


def _draft(s: SentenceInput, agent: Mention, accused: Mention, allegation: str | None) -> Draft | None:
    if agent.actor is None or accused.actor is None or agent.actor.iri == accused.actor.iri:
        return None
    speaker = Speaker(agent.actor.label, agent.actor.iri, agent.role, agent.actor)
    return Draft("accusation", speaker, "passive_agent.accusation", (0, len(s.norm)),
                 party_label(accused.actor, s.gazetteer), allegation=allegation)


def passive_accusations(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """One accusation per passive blame whose agent is named, unless a frame already made it (same speaker)."""
    if _STEMS.search(s.norm) is None:
        return []  # no verb of blame at all: the common case, one search
    out: list[Draft] = []
    for match in _AGENT_NEXT.finditer(s.norm):
        if _NEGATED.search(s.norm, max(0, match.start() - 20), match.start()):
            continue
        agent, accused = _known_at(s, match.end()), _accused_before(s, match.start())
        if agent is None or accused is None:
            continue
        charge = _CHARGE.match(s.norm, agent.end)
        draft = _draft(s, agent, accused, charge.group("what").strip() if charge else None)
        out += [draft] if draft else []
    for match in _ACCUSED_NEXT.finditer(s.norm):
        accused = _known_at(s, match.end())
        by = _BY.match(s.norm, accused.end) if accused else None
        agent = _known_at(s, by.end()) if by else None
        if agent is None or accused is None or _NEGATED.search(s.norm, max(0, match.start() - 20), match.start()):
            continue
        draft = _draft(s, agent, accused, _subject_words(s, match.start()))
        out += [draft] if draft else []
    made = {d.speaker.label for d in drafts if d.type == "accusation"}
    return [d for d in out if d.speaker.label not in made]


__all__ = ["passive_accusations"]
