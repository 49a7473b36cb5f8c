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
from typing import NamedTuple

from kb.extract import kinds, lexicon, positions
from kb.extract.blame import answered_strike
from kb.extract.breakdowns import inherit_list_scopes
from kb.extract.casualties import Figure, find_figures
from kb.extract.claimants import claimant_drafts
from kb.extract.condemn import condemned, condemns, condemns_attack
from kb.extract.crimes import crime_doer, named_crime, pointed_back
from kb.extract.cue_types import CUES as _CUES
from kb.extract.cue_types import STRONG as _STRONG
from kb.extract.cue_types import cue_types
from kb.extract.denied import denies_ground
from kb.extract.denied_claims import claimant_accuses, denied_within, partner_accuses
from kb.extract.disavowals import disavows_harm
from kb.extract.draft_parties import MOBILIZE, THE_OTHER, make_draft
from kb.extract.drafts import Draft, SentenceInput, chain, innermost, minus
from kb.extract.events import MUTUAL, MUTUAL_NEEDS, mobilizations, mutual, mutual_denials, names_call_up
from kb.extract.figure_drafts import credited, figure_draft, same_list
from kb.extract.figure_subjects import blame_figures
from kb.extract.frame_charges import (
    answered,
    attacker,
    claimant_draft,
    crime_draft,
    names_other_doer,
    own_side,
    struck,
    verb_text,
)
from kb.extract.frames import Frame
from kb.extract.issued_blame import idiom_accusations, issued_accusations
from kb.extract.needs import absent
from kb.extract.own_account import armed_unit, own_strike_account
from kb.extract.passive_agents import passive_accusations
from kb.extract.rebuttals import rebuttal_scopes
from kb.extract.scope_carry import carry_scopes
from kb.extract.speakers import Speaker, party_label, side_label, speaker_side
from kb.extract.toll_sources import toll_types
from kb.extract.trailing_calls import trailing_calls
from kb.extract.truce_terms import terms_only
from kb.extract.vows import charges, is_vow, vow_without_charge

OUTLET_TYPES = ("accusation", "ceasefire", "talks")  # accusation: only wrongdoing the reporter states


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


def _denied(s: SentenceInput) -> list[tuple[int, int]]:
    """What denials reject: a claim reported there ("denied a report that claimed Putin had proposed
    ...", "menolak tuduhan bahwa pasukan penyerang adalah wajib militer") is nobody's assertion."""
    return [f.scope for f in s.frames if f.hint == "denial"]


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _frame_drafts(
    s: SentenceInput, figures_by_frame: dict[int, list[Figure]], denied: list[tuple[int, int]]
) -> list[Draft]:
    typed = [f for f in s.frames if f.hint]
    busy = _busy(s.frames, figures_by_frame)
    positions.note_observers(s)
    drafts: list[Draft] = []
    for frame in s.frames:
        drafts += _one_frame(s, frame, _Context(typed, busy, figures_by_frame, denied))
    return drafts


class _Context(NamedTuple):
    """What every frame of a sentence is read against: the typed frames, the frames a figure keeps busy (by id),
    each frame's figures, and the spans a denial covers."""

    typed: list[Frame]
    busy: set[int]
    figures_by_frame: dict[int, list[Figure]]
    denied: list[tuple[int, int]]


def _one_frame(s: SentenceInput, frame: Frame, ctx: _Context) -> list[Draft]:
    """The drafts one frame makes: who speaks, which types its words carry, one draft per type and speaker."""
    speaker, via = chain(frame)
    if speaker.first_person or kinds.inert_verb(s, frame):
        return []
    if partner_accuses(s, frame, speaker):  # "denied ... and said X shelled ...": the saying accuses
        return [make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)]
    if frame.hint != "denial" and frame.partner is None and _inside(frame.verb[0], ctx.denied):
        # "denied Azeri claims that X fired ...": Baku accuses X; but "denied the accusations and accused Ukraine
        # of ...": the denier goes on
        return [claimant_draft(s, frame, speaker, via)] if claimant_accuses(s, frame, speaker) else []
    holes = [(t.verb[0], t.scope[1]) for t in ctx.typed if t is not frame and t.parent is frame] + frame.asides
    if frame.hint == "call" and MOBILIZE.search(s.norm, *frame.scope):
        return []  # "called for a general mobilization": the mobilization says it
    if frame.hint == "denial" and denies_ground(s.norm, frame.scope):
        return []  # "denied any RSF gains": a territory claim's denial, not annotated
    types, direct = _types(s, frame, holes, (speaker, via), ctx)
    if types is None:
        return direct
    if not _BLAMES_OR_STATES & set(types) and own_strike_account(s.norm, [frame.scope], speaker):
        types = [*types, "statement"]  # "said it shelled X in retaliation for an attack that wounded two"
    s.around.officials.update(one.label for one in speaker.members or (speaker,) if one.role)
    return _typed_drafts(s, frame, speaker, via, types)


def _types(s: SentenceInput, frame: Frame, holes: list[tuple[int, int]], chained: tuple[Speaker, list[str]],
           ctx: _Context) -> tuple[list[str] | None, list[Draft]]:
    """The types a frame's words carry; or None with the drafts the frame makes itself (an accusation a denial
    answers, a crime named) or none at all (a nested frame, a plain statement that is no position)."""
    speaker, via = chained
    if frame.hint:
        return [frame.hint], []
    if (frame.parent is not None or frame.subordinate) and not _coordinated_vow(s, frame):
        return None, []
    if id(frame) in ctx.busy:
        if not ctx.figures_by_frame.get(id(frame)):
            if denied_within(s, frame, minus(frame.scope, holes), speaker):  # "..., which Yerevan denied"
                return None, [make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)]
            return None, []
        types = [k for k in toll_types(s, frame, minus(frame.scope, holes), speaker, _STRONG) if k != frame.hint]
        if "accusation" not in types and answered_strike(s.norm, frame.scope) is not None:
            types = answered(s, frame, speaker, types or ["statement"])  # "... sebagai balasan atas serangan
            # Israel yang melukai tiga orang": the answered attack is blamed, whatever it did (an accusing frame
            # keeps its type alone: ``test_extract_trials21``)
        return types, []
    if frame.partner is not None and frame.partner.hint:
        return None, []  # "denied ... and said ...": the denial says it
    pieces = minus(frame.scope, holes)
    types = cue_types(s, pieces, speaker, lexicon.TYPE_PRIORITY) or ["statement"]
    if "accusation" in types and vow_without_charge(s, frame, pieces):
        types = [k for k in types if k != "accusation"] or ["statement"]  # "vowed to answer the strikes"
    if types == ["statement"] and disavows_harm(s.norm, frame.scope):
        types = ["denial"]  # "said it does not target civilians": a denial, answer or not
    crime = named_crime(s.norm, pieces) if types == ["statement"] else None
    if crime is not None and (accused := crime_doer(s.around)) is not None \
            and not own_side(accused, speaker, s) and not names_other_doer(s, pieces, accused, speaker):
        return None, [crime_draft(s, speaker, frame, via, accused, crime)]  # "groups reported mass killings"
    if types == ["statement"] and (names_call_up(s.norm, frame.scope) or not positions.is_position(s, frame, pieces)):
        return None, []
    return answered(s, frame, speaker, types), []


def _coordinated_vow(s: SentenceInput, frame: Frame) -> bool:
    """ "X said ... and threatened to ...": a vow coordinated with a plain saying before it is X's position of its
    own, whatever the saying reported (a toll keeps that frame busy); beside an accusing verb ("described the attack
    as a war crime and vowed revenge") it answers the charge and the accusation says it (``vows``); any other nested
    frame is the saying's words."""
    parent = frame.parent
    return (parent is not None and frame.partner is parent and not parent.hint and not frame.subordinate
            and is_vow(s, frame) and not charges(s, minus(parent.scope, [(frame.verb[0], frame.scope[1])])))


def _typed_drafts(s: SentenceInput, frame: Frame, speaker: Speaker, via: list[str], types: list[str]) -> list[Draft]:
    """One draft per type and per speaker the frame names ("Armenia and Azerbaijan accused each other")."""
    drafts: list[Draft] = []
    for kind in types:
        for one in speaker.members or (speaker,):
            draft = make_draft(s, kind, one, frame.rule, frame.scope, via)
            if draft.type == "accusation" and (draft.subject or "").casefold() in THE_OTHER \
                    and len(speaker.members) == 2:  # "Armenia and Azerbaijan accused the other of ..."
                other = speaker.members[1] if one is speaker.members[0] else speaker.members[0]
                draft.subject = speaker_side(other, s.gazetteer) or other.label
            if draft.type == "statement" and draft.subject is None and positions.private_person(s, frame, one) \
                    and not armed_unit(one):  # "the 9th Brigade said ...": a unit of a side, no private person
                continue  # a relative, a doctor, "the source": no party speaks and none is spoken of
            if draft.type == "accusation" and not pointed_back(draft, s.norm, frame.scope, s.around):
                continue  # "This is a war crime" after no attack of a named party: nobody accused
            if draft.type == "accusation" and draft.subject is None:
                draft.subject = _crime_doer(s, frame, one)  # "described the attack as a war crime"
            if draft.type == "accusation" and condemns(verb_text(s, frame)):  # "condemned the deaths": nobody
                draft.subject = condemned(draft.subject, s.gazetteer, attacker(s) or struck(s)) or (
                    struck(s) if condemns_attack(s.norm, frame.verb[1]) else None)  # whatever word was read
                if draft.subject is None:
                    continue
            drafts.append(draft)
    return drafts


def _crime_doer(s: SentenceInput, frame: Frame, speaker: Speaker) -> str | None:
    """Whom an accusation naming a crime and no party accuses ("described the attack as a war crime", "calling such
    acts war crimes", "serangan terhadap pengungsi adalah kejahatan perang"): the article's attacker, as a crime
    reported with nobody named doing it (``crimes``); never the speaker's own side, nor when the speaker's words name
    another doer.  None leaves the contract's "unidentified party"."""
    if named_crime(s.norm, [frame.scope]) is None or (accused := crime_doer(s.around)) is None:
        return None
    if own_side(accused, speaker, s) or names_other_doer(s, [frame.scope], accused, speaker) \
            or _BODY_NAMED.search(s.norm, *frame.scope):
        return None  # "the coalition ... covering up war crimes": a doer named, whom the gazetteer does not know
    return accused


# A body named by its kind, whom the gazetteer cannot resolve: a doer the words name, never to be replaced.
_BODY_NAMED = re.compile(
    r"(?<![\w-])(?:the\s+(?:coalition|army|military|junta|militia|militias|rebels|regime|paramilitaries|militants"
    r"|insurgents)|koalisi|junta|milisi|rezim)(?![\w-])", re.IGNORECASE)


# A frame that accuses, calls or states already holds the side's position on its strike (``own_account``).
_BLAMES_OR_STATES = frozenset(("statement", "accusation", "call"))


def sentence_drafts(s: SentenceInput) -> list[Draft]:
    """All draft claims of one sentence."""
    if s.background and not s.frames:
        return []
    party = {
        m.start: party_label(m.actor, s.gazetteer)
        if m.actor.kind in ("State", "Government")
        else side_label(m.actor, s.gazetteer)
        for m in s.mentions
        if m.actor is not None and m.actor.kind in ("State", "Government", "Ministry", "Organization")
    }
    by_frame: dict[int, list[Figure]] = {}
    listed: list[tuple[Figure, Draft]] = []
    holders: dict[int, Frame | None] = {}
    previous: Frame | None = None
    denied = _denied(s) + rebuttal_scopes(s.norm, s.frames)  # "called the report false": what it rejects too
    for figure in find_figures(s.norm, s.mentions, party, s.around):
        if _inside(figure.start, denied):
            continue  # "membantah klaim Rusia yang menyebutkan 600 tentaranya tewas": the figure is denied
        holder = innermost(s.frames, figure.start) or same_list(s.norm, figure, previous)
        previous = holder
        if holder is not None:
            by_frame.setdefault(id(holder), []).append(figure)
        joint, via = chain(holder) if holder else (s.continuation or s.outlet, credited(s))
        if figure.sides.inflictor:
            s.around.inflictors[figure.sides.inflictor] += 1
        for speaker in joint.members or (joint,):  # "Both the X and an unnamed Y told ...": each gives it
            listed.append((figure, figure_draft(s, figure, holder, speaker, via)))
            holders[id(listed[-1][1])] = holder
    inherit_list_scopes(s.norm, listed)  # "32 killed, including seven civilians": the seven are the 32's
    carry_scopes(s.norm, listed, s.around)  # "... killed in the strike. About 30 were wounded.": the same strike's
    drafts = [draft for _, draft in listed]
    both_ways = mutual(s)
    drafts += [d for d in _frame_drafts(s, by_frame, denied) if not _other_unnamed(d, both_ways)] + both_ways
    drafts += issued_accusations(s, drafts)  # "X issued a statement accusing Y of ..." / "... denying ...": X's
    drafts += trailing_calls(s, drafts)  # "“...,” katanya, mendesak warga ...": the credited speaker calls
    drafts += claimant_drafts(s, drafts)  # "denied the accusations of X that Y shelled ...": X's accusation
    blame_figures(s, listed, holders, drafts)
    drafts += [d for d in mobilizations(s) if not _inside(d.scope[0], denied)]
    if not any(d.type == "denial" for d in drafts):
        drafts += mutual_denials(s)
    drafts += passive_accusations(s, drafts)  # "X was accused by Y of ...": Y accuses, not the outlet
    drafts += idiom_accusations(s, drafts)  # "X laid the blame on Y", "pointed the finger at Y"
    drafts += _outlet(s, drafts)
    s.around.accused.update(d.subject for d in drafts if d.type == "accusation" and d.subject
                            and ";" not in d.subject and s.gazetteer.lookup(d.subject) is not None
                            and _strikes(s, d))
    # a truce the article names, not one failed, rejected or called for: only then may a later "the agreement"
    # be that truce
    s.around.truce_named = s.around.truce_named or any(
        not _TRUCE_NOT_MADE.search(s.norm, max(0, m.start() - 40), m.start())
        for m in _CUES["ceasefire"].finditer(s.norm))
    return drafts





# A charge of backing a side (fighters or arms sent in): "mercenaries arrived through Turkey", "memasok senjata";
# not arms sent at a target ("sending drones against power stations", "mengirim drone ke arah"), which is the attack
_BACKING = re.compile(
    r"(?<![\w-])(?:mercenar\w*|tentara\s+bayaran|foreign\s+fighters|petempur\s+asing|(?:send|sends|sent|sending|suppl"
    r"(?:y|ies|ied|ying)|mengirim(?:kan)?|memasok|menyuplai)\s+(?:weapons|arms|drones|senjata|drone|amunisi)"
    r"(?![\w-])(?!\s+(?:against|at|toward|towards|ke\s+arah|untuk\s+menyerang|menyerang)(?![\w-])))",
    re.IGNORECASE,
)


def _strikes(s: SentenceInput, d: Draft) -> bool:
    """Whether an accusation may name the article's striker, whom later tolls with no attacker fall back on: not a
    charge of backing a side with fighters or arms ("mercenaries arrived through Turkey" made Turkey the killer of
    Armenia's soldiers); every other charge does (a truce broken, a crime: the side the article blames)."""
    return not _BACKING.search(s.norm, *d.scope)

def _other_unnamed(draft: Draft, both_ways: list[Draft]) -> bool:
    """An accusation of "the other" left unresolved ("pihak lainnya" after "kedua belah pihak menuduh") is
    the mutual reading's, which names both sides: the frame's copy would be a third claim accusing nobody."""
    return bool(both_ways) and draft.type == "accusation" and (draft.subject or "").casefold() in THE_OTHER


# Words before a ceasefire that say it was not made: "failed to agree on a ceasefire", "rejected calls for a truce".
_TRUCE_NOT_MADE = re.compile(
    r"\b(?:fail(?:ed|s)?|rejected|rejects|refused|refuses|no|without|calls?\s+for|called\s+for|urged|urges|demand(?:ed|s)?"
    r"|gagal|menolak|tanpa|tidak\s+ada|seruan|menyerukan|mendesak|menuntut)\b[^.;]*$",
    re.IGNORECASE,
)

def _main_clause(s: SentenceInput) -> list[tuple[int, int]]:
    """The reporter's own main clause before a source named only in a subordinate one ("X has been accused of
    atrocities since Sunday, when the group declared that it had taken the city"): the source's words are the
    subordinate clause's, the main clause nobody's but the outlet's.  None when any frame is a main one."""
    if not s.frames or not all(f.subordinate and f.parent is None for f in s.frames):
        return []
    end = min(min(f.agent[0], f.verb[0], f.scope[0]) for f in s.frames)
    return [(0, end)] if end > 0 else []


def _outlet(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """Ceasefire and talks the reporter states: a sentence without frames, or the asides of one."""
    pieces: list[tuple[Speaker, tuple[int, int], tuple[str, ...], Speaker | None, str]]
    if s.frames:  # asides belong to whoever holds the frame, else to the outlet
        pieces = [
            (chain(f.parent)[0] if f.parent else s.outlet, span, OUTLET_TYPES, None, "aside.")
            for f in s.frames
            for span in f.asides
        ]
        pieces += [(s.outlet, span, OUTLET_TYPES, None, "outlet.") for span in _main_clause(s)]
    elif s.continuation is not None:  # a quotation going on from the last speaker
        pieces = [(s.continuation, (0, len(s.norm)), lexicon.TYPE_PRIORITY, s.continuation, "continued.")]
    else:  # what a mutual accusation is about belongs to it, not to the reporter
        scan = () if absent(MUTUAL_NEEDS, s.norm) else MUTUAL.finditer(s.norm)
        mutual = [(m.start(), len(s.norm)) for m in scan]
        pieces = [(s.outlet, span, OUTLET_TYPES, None, "outlet.") for span in minus((0, len(s.norm)), mutual)]
    out: list[Draft] = []
    for speaker, span, allowed, modal_for, rule in pieces:
        toll = any(d.type == "casualty" for d in drafts)
        for kind in cue_types(s, [span], modal_for, allowed, toll):
            if kind == "ceasefire" and rule == "outlet." and terms_only(s.norm, span):
                continue  # "Under the terms of the truce, X is to withdraw": what it provides, no event of it
            if not any(d.type == kind for d in drafts + out):
                out.append(make_draft(s, kind, speaker, rule + kind, span, [] if rule == "aside." else credited(s)))
    return out
