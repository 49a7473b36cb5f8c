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

from kb.extract import kinds, lexicon, positions
from kb.extract.blame import answered_strike
from kb.extract.breakdowns import inherit_list_scopes
from kb.extract.casualties import Figure, find_figures
from kb.extract.claimants import claimant_drafts
from kb.extract.condemn import condemned, condemns, condemns_attack
from kb.extract.crimes import crime_doer, named_crime
from kb.extract.cue_types import CUES as _CUES
from kb.extract.cue_types import STRONG as _STRONG
from kb.extract.cue_types import cue_types
from kb.extract.denied import denies_ground
from kb.extract.denied_claims import claimant_accuses, denied_within, denier_of, partner_accuses
from kb.extract.disavowals import disavows_harm
from kb.extract.draft_parties import MOBILIZE, PARTY_KINDS, THE_OTHER, make_draft
from kb.extract.drafts import Draft, SentenceInput, chain, innermost, minus
from kb.extract.events import MUTUAL, mobilizations, mutual, mutual_denials, names_call_up
from kb.extract.figure_drafts import credited, figure_draft, same_list
from kb.extract.figure_subjects import blame_figures
from kb.extract.frames import Frame
from kb.extract.own_account import own_strike_account
from kb.extract.rebuttals import rebuttal_scopes
from kb.extract.scope_carry import carry_scopes
from kb.extract.speakers import Speaker, party_label, side_label, sides, speaker_side
from kb.extract.toll_sources import toll_types
from kb.extract.vows import vow_without_charge

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
    drafts: list[Draft] = []
    typed = [f for f in s.frames if f.hint]
    busy = _busy(s.frames, figures_by_frame)
    positions.note_observers(s)
    for frame in s.frames:
        speaker, via = chain(frame)
        if speaker.first_person or kinds.inert_verb(s, frame):
            continue
        if partner_accuses(s, frame, speaker):  # "denied ... and said X shelled ...": the saying accuses
            drafts.append(make_draft(s, "accusation", speaker, frame.rule, frame.scope, via))
            continue
        if frame.hint != "denial" and frame.partner is None and _inside(frame.verb[0], denied):
            if claimant_accuses(s, frame, speaker):  # "denied Azeri claims that X fired ...": Baku accuses X
                drafts.append(_claimant_draft(s, frame, speaker, via))
            continue  # but "denied the accusations and accused Ukraine of ...": the denier goes on
        holes = [
            (t.verb[0], t.scope[1]) for t in typed if t is not frame and t.parent is frame
        ] + frame.asides
        if frame.hint == "call" and MOBILIZE.search(s.norm, *frame.scope):
            continue  # "called for a general mobilization": the mobilization says it
        if frame.hint == "denial" and denies_ground(s.norm, frame.scope):
            continue  # "denied any RSF gains": a territory claim's denial, not annotated
        if frame.hint:
            types = [frame.hint]
        elif frame.parent is not None or frame.subordinate:
            continue
        elif id(frame) in busy:
            if not figures_by_frame.get(id(frame)):
                if denied_within(s, frame, minus(frame.scope, holes), speaker):  # "..., which Yerevan denied"
                    drafts.append(make_draft(s, "accusation", speaker, frame.rule, frame.scope, via))
                continue
            types = [k for k in toll_types(s, frame, minus(frame.scope, holes), speaker, _STRONG) if k != frame.hint]
            if "accusation" not in types and answered_strike(s.norm, frame.scope) is not None:
                types = _answered(s, frame, speaker, types or ["statement"])  # "... sebagai balasan atas serangan
                # Israel yang melukai tiga orang": the answered attack is blamed, whatever it did (an accusing frame
                # keeps its type alone: ``test_extract_trials21``)
        elif frame.partner is not None and frame.partner.hint:
            continue  # "denied ... and said ...": the denial says it
        else:
            pieces = minus(frame.scope, holes)
            types = cue_types(s, pieces, speaker, lexicon.TYPE_PRIORITY) or ["statement"]
            if "accusation" in types and vow_without_charge(s, frame, pieces):
                types = [k for k in types if k != "accusation"] or ["statement"]  # "vowed to answer the strikes"
            if types == ["statement"] and disavows_harm(s.norm, frame.scope):
                types = ["denial"]  # "said it does not target civilians": a denial, answer or not
            crime = named_crime(s.norm, pieces) if types == ["statement"] else None
            if crime is not None and (accused := crime_doer(s.around)) is not None \
                    and not _own_side(accused, speaker, s) and not _names_other_doer(s, pieces, accused, speaker):
                drafts.append(_crime_draft(s, speaker, frame, via, accused, crime))
                continue  # "groups reported mass killings", "menyebutkan adanya kekerasan seksual"
            if types == ["statement"] and (
                names_call_up(s.norm, frame.scope) or not positions.is_position(s, frame, pieces)
            ):
                continue
            types = _answered(s, frame, speaker, types)
        if not _BLAMES_OR_STATES & set(types) and own_strike_account(s.norm, [frame.scope], speaker):
            types = [*types, "statement"]  # "said it shelled X in retaliation for an attack that wounded two"
        s.around.officials.update(one.label for one in speaker.members or (speaker,) if one.role)
        for kind in types:
            for one in speaker.members or (speaker,):
                draft = make_draft(s, kind, one, frame.rule, frame.scope, via)
                if draft.type == "accusation" and (draft.subject or "").casefold() in THE_OTHER \
                        and len(speaker.members) == 2:  # "Armenia and Azerbaijan accused the other of ..."
                    other = speaker.members[1] if one is speaker.members[0] else speaker.members[0]
                    draft.subject = speaker_side(other, s.gazetteer) or other.label
                if draft.type == "statement" and draft.subject is None and positions.private_person(s, frame, one):
                    continue  # a relative, a doctor, "the source": no party speaks and none is spoken of
                if draft.type == "accusation" and condemns(_verb(s, frame)):  # "condemned the deaths": nobody
                    draft.subject = condemned(draft.subject, s.gazetteer, _attacker(s) or _struck(s)) or (
                        _struck(s) if condemns_attack(s.norm, frame.verb[1]) else None)  # whatever word was read
                    if draft.subject is None:
                        continue
                drafts.append(draft)
    return drafts


# A frame that accuses, calls or states already holds the side's position on its strike (``own_account``).
_BLAMES_OR_STATES = frozenset(("statement", "accusation", "call"))


def _own_actors(speaker: Speaker, s: SentenceInput) -> list:
    """The speaker's side as actors: whoever it stands for never accuses itself."""
    return [a for a in (s.gazetteer.by_iri(i) for i in sides(speaker, s.gazetteer)) if a is not None]


# a party after these is the crime's victim or place, not its doer ("killings of Palestinians", "terhadap warga
# Gaza", "prevalent throughout Sudan")
_VICTIM_BEFORE = re.compile(
    r"(?<![\w-])(?:of|against|on|terhadap|atas|kepada|among|di\s+antara|in|at|across|throughout|near|from|di|dari)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _names_other_doer(s: SentenceInput, pieces: list[tuple[int, int]], accused: str, speaker: Speaker) -> bool:
    """Whether the speaker's words name another party as a crime's doer: "Ukrainian troops had carried out
    executions of Russian prisoners" is no crime "named without its doer" to pin on the article's attacker.
    The speaker's own side is no doer it names ("a vile crime meant to terrify Ukrainians", said by Kyiv)."""
    own = {side_label(a, s.gazetteer) for a in _own_actors(speaker, s)}
    return any(m.actor is not None and m.actor.kind in PARTY_KINDS and any(a <= m.start < b for a, b in pieces)
               and not _VICTIM_BEFORE.search(s.norm, max(0, m.start - 16), m.start)
               and side_label(m.actor, s.gazetteer) not in own | {side_label_of(accused, s)} for m in s.mentions)


def side_label_of(label: str, s: SentenceInput) -> str:
    actor = s.gazetteer.lookup(label)
    return side_label(actor, s.gazetteer) if actor is not None else label


def _own_side(accused: str, speaker: Speaker, s: SentenceInput) -> bool:
    """Whether ``accused`` is the speaker's own side, its army or its state alike (never accuse oneself):
    side labels are compared, so "Russian Armed Forces" is the Kremlin's side."""
    own = {side_label(a, s.gazetteer) for a in _own_actors(speaker, s)}
    actor = s.gazetteer.lookup(accused)
    return accused in own or (actor is not None and side_label(actor, s.gazetteer) in own)


def _crime_draft(s: SentenceInput, speaker: Speaker, frame: Frame, via: list[str], accused: str,
                 crime: str) -> Draft:
    """An accusation of the article's attacker for a crime its sentence names without its doer."""
    draft = make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)
    draft.subject, draft.allegation = accused, crime
    return draft


def _claimant_draft(s: SentenceInput, frame: Frame, speaker: Speaker, via: list[str]) -> Draft:
    """The accusation a denied claim makes, by its claimant; with no party in its words ("as alleged by X"),
    the denier is whom it blames."""
    draft = make_draft(s, "accusation", speaker, frame.rule, frame.scope, via)
    denier = denier_of(frame, s.frames)
    if draft.subject is None and denier is not None:
        draft.subject = speaker_side(denier.speaker, s.gazetteer) or denier.speaker.label
    return draft


def _attacker(s: SentenceInput) -> str | None:
    """The side an attack named without its attacker is pinned on: the one the article has named attacking,
    else its one armed side ("condemned the airstrike" in a report of a junta's raid)."""
    armed_sides = {side for side, _ in s.around.armed}
    return s.around.attacker() or (s.around.armed[0][1] if len(armed_sides) == 1 else None)


def _answered(s: SentenceInput, frame: Frame, speaker: Speaker, types: list[str]) -> list[str]:
    """A strike told as the answer to another party's ("fired rockets in response to X's aggression") is both
    the speaker's operation and an accusation of the party it answers (``blame.answered_strike``)."""
    cause = answered_strike(s.norm, frame.scope)
    if cause is None or types not in (["accusation"], ["statement"]):
        return types
    told = _WHAT_IT_DID.search(s.norm, cause, frame.scope[1])  # the answered attack, not the harm it did
    if types == ["statement"] and not cue_types(s, [(cause, told.start() if told else frame.scope[1])], speaker,
                                                ("accusation",)):
        return types
    return ["accusation", "statement"]


# a relative clause telling what the answered attack did ("an Israeli strike that wounded three", "serangan Israel
# yang melukai tiga orang"): its harm would make the attack a toll's cause, not the blame the answer lays
_WHAT_IT_DID = re.compile(r"\s(?:that|which|yang)\s", re.IGNORECASE)


def _struck(s: SentenceInput) -> str | None:
    """Who struck in an attack condemned with no party in its words ("condemned the attack as a war crime"):
    the one side the article named attacking, else the side its tolls and blame pin most on (``striker``)."""
    return s.around.attacker() or s.around.striker(s.gazetteer)


def _verb(s: SentenceInput, frame: Frame) -> str:
    return frame.verb_text or s.norm[frame.verb[0] : frame.verb[1]]


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
    drafts += claimant_drafts(s, drafts)  # "denied the accusations of X that Y shelled ...": X's accusation
    blame_figures(s, listed, holders, drafts)
    drafts += [d for d in mobilizations(s) if not _inside(d.scope[0], denied)]
    if not any(d.type == "denial" for d in drafts):
        drafts += mutual_denials(s)
    drafts += _outlet(s, drafts)
    s.around.accused.update(d.subject for d in drafts if d.type == "accusation" and d.subject
                            and ";" not in d.subject and s.gazetteer.lookup(d.subject) is not None)
    # a truce the article names, not one failed, rejected or called for: only then may a later "the agreement"
    # be that truce
    s.around.truce_named = s.around.truce_named or any(
        not _TRUCE_NOT_MADE.search(s.norm, max(0, m.start() - 40), m.start())
        for m in _CUES["ceasefire"].finditer(s.norm))
    return drafts



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

def _outlet(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """Ceasefire and talks the reporter states: a sentence without frames, or the asides of one."""
    pieces: list[tuple[Speaker, tuple[int, int], tuple[str, ...], Speaker | None, str]]
    if s.frames:  # asides belong to whoever holds the frame, else to the outlet
        pieces = [
            (chain(f.parent)[0] if f.parent else s.outlet, span, OUTLET_TYPES, None, "aside.")
            for f in s.frames
            for span in f.asides
        ]
    elif s.continuation is not None:  # a quotation going on from the last speaker
        pieces = [(s.continuation, (0, len(s.norm)), lexicon.TYPE_PRIORITY, s.continuation, "continued.")]
    else:  # what a mutual accusation is about belongs to it, not to the reporter
        mutual = [(m.start(), len(s.norm)) for m in MUTUAL.finditer(s.norm)]
        pieces = [(s.outlet, span, OUTLET_TYPES, None, "outlet.") for span in minus((0, len(s.norm)), mutual)]
    out: list[Draft] = []
    for speaker, span, allowed, modal_for, rule in pieces:
        toll = any(d.type == "casualty" for d in drafts)
        for kind in cue_types(s, [span], modal_for, allowed, toll):
            if not any(d.type == kind for d in drafts + out):
                out.append(make_draft(s, kind, speaker, rule + kind, span, [] if s.frames else credited(s)))
    return out
