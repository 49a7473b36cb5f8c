"""One draft claim from a frame's scope: its final type and the party it is about.

Why apart from ``claims``: choosing a frame's claim types (``claims._types``) and settling one typed
draft's party are two steps, and the second is long: an accusation's accused may come from the attack its words
name, a blame placed with "blamed on", a violator of a truce, partners named as one agent, or the other side;
a denial's from whose claim it rejects; and a draft may change type on the way (a truce broken is blame, blame
of one's own forces is a statement, a call to one's own forces is a statement).
"""

from __future__ import annotations

import re

from kb.extract import kinds, lexicon
from kb.extract.allegations import accusation_allegation, denial_allegation
from kb.extract.article_parties import enemy_word, fill_parties
from kb.extract.attacks import find_attacks
from kb.extract.blame import against_other_side, names_violation, struck_target, truce_violated
from kb.extract.confirmed import confirmed_accused
from kb.extract.cue_types import CUES as _CUES
from kb.extract.cue_types import STRONG as _STRONG
from kb.extract.culprits import to_culprits
from kb.extract.denied import denied_owner, with_denier
from kb.extract.disavowals import disavowed
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.enemy_names import named_enemy
from kb.extract.excluded import excluded, without_excluded
from kb.extract.forces import own_forces
from kb.extract.frames import via_mentions
from kb.extract.held_areas import area_holder
from kb.extract.office_sides import office_side
from kb.extract.parties import compile_words, factuality, is_place, subject_for
from kb.extract.passive_blame import blamed_on, blamed_party
from kb.extract.rebuttals import rebutted
from kb.extract.relative_blame import relative_accused
from kb.extract.same_body import speaks_of_own_body
from kb.extract.speakers import Speaker, party_label, side_label, sides, speaker_side
from kb.extract.type_guards import alleged_before, modal_only
from kb.extract.victims import acts_with_own_side, with_partners, wronged_only
from kb.extract.violators import named_violator

MOBILIZE = compile_words(lexicon.MOBILIZATION_NOUNS)
THE_OTHER = frozenset(("other", "the other", "each other", "one another",
                       "lain", "lainnya", "pihak lain", "pihak lainnya"))
# A statement naming no party and made by no party (a relative, a doctor, an analyst) is no position of a party
# (``positions.private_person``), unless it speaks of the war itself, whose parties are the article's main sides.
_THE_WAR = re.compile(r"(?<![\w-])(?:war|perang|conflict|konflik)(?![\w-])", re.IGNORECASE)
PARTY_KINDS = ("State", "Government", "Ministry", "Organization", "Group")
# An accusing verb said outright: the speaker blames, whoever else its words name beside its own side.
_ACCUSED = re.compile(r"(?<![\w-])(?:accus\w*|blam\w*|menuduh|menuding|menyalahkan|tuduh\w*|dituduh|dituding"
                      r"|disalahkan)(?![\w-])", re.IGNORECASE)


def _parties(s: SentenceInput) -> list[tuple[int, str, str, bool]]:
    """(offset, side label, IRI, armed group or not) of the parties the sentence names, not as a place."""
    return [(m.start, side_label(m.actor, s.gazetteer), m.actor.iri, m.actor.kind in ("Organization", "Group"))
            for m in s.mentions if m.actor is not None and m.actor.kind in PARTY_KINDS and not is_place(s.norm, m)]


def _accused(s: SentenceInput, scope: tuple[int, int], speaker: Speaker, subject: str | None, skip: set[str],
             violated: bool) -> tuple[str | None, str | None]:
    """(accused, allegation) of an accusation: the charge's doer where the words name an attack, else the party
    blame is placed with, the violator of a truce, or the other side."""
    attacks = find_attacks(s.norm, scope, s.mentions, s.gazetteer, skip)
    if attacks and not _CUES["accusation"].search(s.norm, max(0, scope[0] - 16), scope[1]):
        subject = next((a for a in attacks if a.wrongdoing), attacks[0]).accused  # no accusing word: the charge's
    elif not attacks and not _CUES["accusation"].search(s.norm, *scope):
        subject = against_other_side(s, scope, speaker, False) or subject
    subject = (  # "has been blamed on X", "blamed the shelling on X"
        blamed_party(s.norm, scope, s.mentions, s.gazetteer, skip)
        or blamed_on(s.norm, scope, s.mentions, s.gazetteer, skip)
        or subject
    )
    subject = alleged_before(s.norm, scope, _parties(s), skip) or subject
    if subject is None or s.gazetteer.lookup(subject) is None or subject == speaker_side(speaker, s.gazetteer):
        subject = confirmed_accused(s, scope, speaker) or subject  # "confirmed the raid": the article's striker
    if not _ACCUSED.search(s.norm, *scope):  # "drew anger from Iran, which blamed Israel": the blame after the speaker
        subject = relative_accused(s, scope, skip) or subject
    allegation = accusation_allegation(s.norm, scope, s.mentions, attacks)
    subject = wronged_only(s, scope, subject)  # "violations of Yemen's sovereignty": Yemen is wronged
    subject = with_partners(s, scope, subject, speaker_side(speaker, s.gazetteer))  # "US-UK aggression": both
    violator = named_violator(s, scope) if violated else None
    if violator is not None and violator.actor is not None:
        subject = (party_label if violator.actor.kind in ("State", "Government") else side_label)(
            violator.actor, s.gazetteer)
    elif violated and (subject is None or subject == speaker_side(speaker, s.gazetteer)
                       or s.gazetteer.lookup(subject) is None  # "160 ceasefire violations": no party named
                       or _only_struck(s, scope, subject)):  # "called the shelling of Stepanakert a violation"
        side = speaker_side(speaker, s.gazetteer) or ""
        subject = s.around.opponent(side) or _striker(s, side) or (  # else the contract's "unidentified party":
            subject if subject and s.gazetteer.lookup(subject) is not None and not _only_struck(s, scope, subject)
            else None)  # never the attack's own words ("strike a gross") nor the place it hit as the violator
    return subject, allegation


def _only_struck(s: SentenceInput, scope: tuple[int, int], subject: str) -> bool:
    """Whether ``subject`` is named only after the attack noun of a violation the speaker names, as the struck."""
    target = struck_target(s.norm, scope)
    if target is None:
        return False
    named = [m for m in s.mentions if m.actor is not None and subject in (
        m.actor.label, side_label(m.actor, s.gazetteer), party_label(m.actor, s.gazetteer))]
    return bool(named) and all(target[0] <= m.start < target[1] for m in named)


def _striker(s: SentenceInput, side: str) -> str | None:
    """Who the article has said struck, when that is not the speaker's own side."""
    striker = s.around.striker(s.gazetteer)
    return striker if striker and striker != side else None


def _retyped(s: SentenceInput, kind: str, scope: tuple[int, int], speaker: Speaker, subject: str | None) -> str:
    """Blame of the speaker's own side, and a call to its own forces, are its statements."""
    side = speaker_side(speaker, s.gazetteer)
    if kind == "accusation" and (
        own_forces(subject, side, s.around.armed)
        or speaks_of_own_body(subject, speaker, s.gazetteer)  # "a military source said army planes bombed ..."
        or (acts_with_own_side(s, scope, subject, side)  # "US and UK forces struck"
            and not _ACCUSED.search(s.norm, max(0, scope[0] - 16), scope[1]))  # never "accused X of"
    ):
        return "statement"  # "Military spokesman X confirmed the military had used ...": its own side, no blame
    if kind == "call" and subject is None and (kinds.to_own_forces(s, scope) or (
            modal_only(s.norm, scope) and MOBILIZE.search(s.norm, *scope))):
        return "statement"  # an order at home, or what its own call-up needs ("mobilisasi ... perlu ditangani")
    return kind


def _denying_word(text: str) -> bool:
    """Whether ``text`` is only a verb of denial ("denied", "membantah"), never what a denial rejects."""
    word = text.strip(" ,.;:").casefold()
    return " " not in word and lexicon.PRE_VERBS.get(word) == "denial"


def make_draft(
    s: SentenceInput, kind: str, speaker: Speaker, rule: str, scope: tuple[int, int], via: list[str]
) -> Draft:
    """The draft claim of type ``kind`` (or the type its words turn it into) that ``speaker`` makes in ``scope``."""
    violated = kind == "ceasefire" and (named_violator(s, scope) is not None or truce_violated(s, scope, speaker))
    if violated:
        kind = "accusation"  # "we recorded 160 ceasefire violations": one side blames the other
    skip = sides(speaker, s.gazetteer) if kind in _STRONG else set()
    subject = subject_for(s.norm, kind, scope, s.mentions, s.gazetteer, skip, via_mentions(s.norm, s.mentions))
    allegation = None
    if kind == "accusation":
        subject, allegation = _accused(s, scope, speaker, subject, skip, violated or names_violation(s.norm, scope))
    elif kind == "denial":
        allegation = rebutted(s.norm, scope) or denial_allegation(s.norm, scope) or disavowed(s.norm, scope)
        if allegation is not None and _denying_word(allegation):
            allegation = None  # "a charge the RSF denied.": the verb itself is no part of what it denies
        subject = denied_owner(s.norm, scope[1], s.mentions, s.gazetteer, skip, s.around,
                               speaker_side(speaker, s.gazetteer)) or subject  # "denied the accusations by X"
        subject = with_denier(subject, speaker_side(speaker, s.gazetteer))
    kind = _retyped(s, kind, scope, speaker, subject)
    side = speaker_side(speaker, s.gazetteer)
    if kind == "accusation" and subject and subject.casefold() in THE_OTHER and side:
        subject = s.around.opponent(side) or subject  # "both sides have accused the other of breaches"
    if kind == "accusation" and side is None:  # "Gubernur wilayah Kherson": his "musuh" is his state's enemy
        side = office_side(speaker, s.gazetteer)
    if kind == "accusation" and subject and enemy_word(subject) and (
            enemy := named_enemy(s.norm, scope, s.mentions, s.gazetteer)):
        subject = enemy  # "the Israeli enemy attack", "serangan musuh Israel": the enemy the words name
    if kind == "statement" and (holder := area_holder(s.norm, scope, s.mentions, s.gazetteer, skip)):
        subject = holder  # "struck sites across Houthi-controlled areas": the party struck, no co-striker
    subject = fill_parties(kind, subject, side, s.norm, scope, s.around)
    if kind in ("talks", "ceasefire"):  # "tanpa partisipasi Kyiv", "without Ukraine": no party of them
        subject = without_excluded(subject, excluded(s.norm, scope, s.mentions, s.gazetteer))
    if kind == "call" and subject is None and to_culprits(s.norm, scope):
        subject = s.around.striker(s.gazetteer)  # "urged that those responsible face trial"
    if kind == "statement" and subject is None and _THE_WAR.search(s.norm, *scope):
        subject = "; ".join(s.around.main[:2]) or None  # "analysts said Shusha's fall would decide the war"
    return Draft(kind, speaker, rule, scope, subject, None, via=list(via),
                 factuality=factuality(s.norm, scope[0], scope[1], kind), allegation=allegation)


__all__ = ["MOBILIZE", "PARTY_KINDS", "THE_OTHER", "make_draft"]
