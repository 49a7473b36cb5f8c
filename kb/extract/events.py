"""Events with their own parties: mutual accusations and mobilisations.

"A dan B saling menuduh" is one accusation per side; a mobilisation is announced by the party that
orders it (the nearest actor before it), or by whoever the sentence credits when none is named.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.allegations import mutual_allegation, mutual_cues
from kb.extract.attacks import find_attacks
from kb.extract.drafts import Draft, SentenceInput, chain, innermost
from kb.extract.mentions import Mention
from kb.extract.mutual_pairs import bare_armies, joined_pair, of_mention, unspoken
from kb.extract.needs import absent, needs
from kb.extract.parties import compile_words, is_place
from kb.extract.speakers import Speaker, party_label

MUTUAL = mutual_cues("each other's", "accusing the other")
_BOTH_DENY = re.compile(
    r"(?<![\w-])(?:kedua\s+(?:belah\s+)?(?:pihak|negara|kubu)|keduanya|both\s+(?:sides|countries|parties))"
    r"\s+(?:(?:have|had|telah|sama-sama|juga|also|each|[a-z]+ly)\s+){0,2}"
    r"(?:membantah|menyangkal|denied|deny|rejected\s+(?:claims|accusations))(?![\w-])",
    re.IGNORECASE,
)
# "Both sides denied each other's claims": the possessive follows a denial, which ``mutual_denials`` reads
_DENIED_BEFORE = re.compile(
    r"(?<![\w-])(?:denied|deny|denies|rejected|rejects|dismissed|disputed|membantah|menyangkal|menolak|menepis)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MOBILIZE = compile_words(lexicon.MOBILIZATION_NOUNS)
_SCOPE = compile_words(lexicon.MOBILIZATION_SCOPE)
# Nouns naming the people mobilised ("relawan", "reservists", "wajib militer" = conscripts) make a mobilisation
# only with an act of calling them up; any mobilisation noun in a negated clause is none ("conscripts were not
# involved", "tidak ada mobilisasi")
_PEOPLE = frozenset(("pasukan cadangan", "tentara cadangan", "reservists", "batalion relawan", "relawan",
                     "volunteers", "wajib militer"))
_CALL_UP = re.compile(
    r"(?<![\w-])(?:call(?:ed|ing|s)?\s+up|call-up|recruit\w*|mobili[sz]\w*|draft(?:ed|ing|s)?|summon\w*|"
    r"conscript(?:ed|ing)|memanggil|dipanggil|merekrut|direkrut|perekrutan|mengerahkan|dikerahkan|memobilisasi|"
    r"dimobilisasi|mengumumkan|announc\w*|order(?:ed|s)?|memerintahkan|enlist\w*|sign(?:ed|ing)?\s+up|"
    r"(?:head|go|sen[dt]|went|rush)\w*\s+to\s+the\s+front|mendaftar|bergabung|dikirim\s+ke\s+garis\s+depan|"
    r"menuju\s+(?:garis\s+depan|medan\s+perang|front))(?![\w-])",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"(?<![\w-])(?:not|no|never|neither|nor|denied|tidak|tak|bukan|belum|tanpa)(?![\w-])", re.IGNORECASE
)
_JOINS = re.compile(r"(?<![\w-])(?:and|but|while|whereas|dan|tetapi|namun|sedangkan|sementara)(?![\w-])", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|(?<!\d)[.,]|[.,](?!\d)")  # not "300.000"


def _mobilised(norm: str, start: int, end: int) -> bool:
    """Whether the mobilisation noun at norm[start:end] is an act, not a mention of people or a negation."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(norm, max(0, start - 80), start)), default=max(0, start - 80))
    stop = _CLAUSE_END.search(norm, end, end + 80)
    hi = stop.start() if stop else min(len(norm), end + 80)
    # the negation of this verb phrase only: "announced a mobilisation and said it would not ..." mobilises
    near_lo = max((m.end() for m in _JOINS.finditer(norm, lo, start)), default=lo)
    join = _JOINS.search(norm, end, hi)
    if _NEGATED.search(norm, near_lo, join.start() if join else hi):
        return False
    if _DEPLOYED.match(norm, end):
        return False  # "pengerahan pasukan ke perbatasan": troops already under arms sent somewhere, no call-up
    if norm[start:end].casefold() not in _PEOPLE:
        return True
    return _CALL_UP.search(norm, lo, start) is not None or _CALL_UP.search(norm, end, hi) is not None


# what "pengerahan" (sending out) deploys when it is no call-up: standing forces and their weapons
_DEPLOYED = re.compile(
    r"(?<=pengerahan)\s+(?:(?:kembali|lebih\s+banyak|tambahan)\s+)?(?:pasukan|tentara|militer|personel\s+militer|armada"
    r"|kapal|jet|pesawat|rudal|senjata|tank|kendaraan\s+lapis)(?![\w-])",
    re.IGNORECASE,
)
_MODIFIER = re.compile(r"-(?:brokered|mediated|backed|led|sponsored|supported)(?![\w-])", re.IGNORECASE)


def _speaker_of(m: Mention) -> Speaker:
    assert m.actor is not None
    return Speaker(m.actor.label, m.actor.iri, m.role, m.actor)


_FIGHTING = re.compile(r"saling\s+(?:menyerang|menembak)", re.IGNORECASE)  # fighting each other, no blame by name
# A time clause ending at the mutual fighting: "seminggu setelah pihak lawan mulai saling menyerang" dates the news by
# the fighting (no other clause opens between the conjunction and the words, and a subject stands in it: "have since
# blamed the other" is no clause); "... nearly collapsed after A and B accused each other" still accuses.
_TIME_CLAUSE = re.compile(
    r"(?<![\w-])(?:after|since|when|before|setelah|sejak|ketika|saat|sebelum)\s+[^,;.:\"“”]{1,50}$", re.IGNORECASE
)


MUTUAL_NEEDS = needs(MUTUAL)  # a sentence without these words is not scanned


def mutual(s: SentenceInput) -> list[Draft]:
    """ "A dan B saling menuduh": each side accuses the other (the nearest pair of parties before)."""
    out: list[Draft] = []
    for match in () if absent(MUTUAL_NEEDS, s.norm) else MUTUAL.finditer(s.norm):
        if _DENIED_BEFORE.search(s.norm, max(0, match.start() - 40), match.start()):
            continue  # "denied each other's claims": a denial each way, not an accusation
        if _FIGHTING.fullmatch(match.group(0)) and _TIME_CLAUSE.search(s.norm, max(0, match.start() - 60),
                                                                      match.start()):
            continue  # "seminggu setelah pihak lawan mulai saling menyerang": a time, no accusation made
        before = [
            m
            for m in s.mentions
            if m.actor is not None
            and m.end <= match.start()
            and m.actor.kind in ("State", "Government", "Ministry", "Organization", "Group")
            and not is_place(s.norm, m)
            and not _MODIFIER.match(s.norm, m.end)  # "a US-brokered truce": the broker accuses nobody
        ]
        named = [of_mention(m, s) for m in before]
        joined = sorted([*named, *bare_armies(s, match.start())], key=lambda p: p.start)  # "the army and the RSF"
        described = _described_pair(s.norm, before)
        pair = joined_pair(s, joined) or (tuple(of_mention(m, s) for m in described) if described else None)
        sides = [(p.speaker, p.label) for p in pair] if pair else _main(s)
        free = unspoken(s, named)
        if len(sides) != 2 and len(free) >= 2:  # no pair named together, no two main sides: the last two named
            sides = [(p.speaker, p.label) for p in free[-2:]]  # that are not who reports the exchange
        if len(sides) != 2:
            continue
        attacks = find_attacks(s.norm, (match.end(), len(s.norm)), s.mentions, s.gazetteer, set())
        alleged = mutual_allegation(s.norm, match.start(), attacks) or match.group(0)
        for (one, _), (_, other) in ((sides[0], sides[1]), (sides[1], sides[0])):
            out.append(
                Draft("accusation", one, "mutual.accusation", (0, len(s.norm)), other, allegation=alleged)
            )
    return out


def mutual_denials(s: SentenceInput) -> list[Draft]:
    """ "Kedua pihak membantah melanggar gencatan senjata": each main side denies, the other's claim."""
    match = _BOTH_DENY.search(s.norm)
    sides = _main(s) if match else []
    if match is None or len(sides) != 2:
        return []
    return [
        Draft("denial", one, "mutual.denial", (match.end(), len(s.norm)), f"{other}; {own}")
        for (one, own), (_, other) in ((sides[0], sides[1]), (sides[1], sides[0]))
    ]


# "X and the Lebanese armed group Y": a conjunction, then a few words describing the second party (a demonym the
# gazetteer reads as a state among them)
_DESCRIBED = re.compile(r"\s*(?:,|and|dan|serta)\s+(?:[\w'\u2019-]+\s+){1,4}", re.IGNORECASE)


def _described_pair(norm: str, before: list[Mention]) -> tuple[Mention, Mention] | None:
    """The last party named before a mutual cue and the one joined to it by "and" across a description of the
    second ("Israel and the Lebanese armed faction Hezbollah"): the description's own names ("Lebanese") are no
    side of the exchange."""
    if len(before) < 2:
        return None
    last = before[-1]
    for first in before[-2::-1]:
        if first.actor is last.actor:
            continue
        gap = _DESCRIBED.fullmatch(norm, first.end, last.start)
        if gap is not None:
            return first, last
        if last.start - first.end > 60:
            return None
    return None


def _main(s: SentenceInput) -> list[tuple[Speaker, str]]:
    """ "Both sides accused each other", no pair named: the article's two main sides."""
    out = []
    for label in s.around.main[:2]:
        actor = s.gazetteer.lookup(label)
        out.append((Speaker(label, actor.iri, None, actor) if actor else Speaker(label), label))
    return out


def names_call_up(norm: str, span: tuple[int, int]) -> bool:
    """Whether ``span`` names a call-up (not "pengerahan pasukan", standing forces sent somewhere)."""
    return any(not _DEPLOYED.match(norm, m.end()) for m in _MOBILIZE.finditer(norm, *span))


def mobilizations(s: SentenceInput) -> list[Draft]:
    """Each mobilisation with the party ordering it (the nearest actor before it) and its scope."""
    out = []
    for match in _MOBILIZE.finditer(s.norm):
        if not _mobilised(s.norm, match.start(), match.end()):
            continue
        agents = [
            m
            for m in s.mentions
            if m.actor is not None
            and m.end <= match.start()
            and m.actor.kind in ("State", "Government", "Person")
            and not is_place(s.norm, m)
        ]
        holder = innermost(s.frames, match.start())
        if agents and not (holder and holder.agent[0] > agents[-1].start):
            speaker = _speaker_of(agents[-1])
        elif holder is not None:
            speaker = chain(holder)[0]
        else:
            continue
        scope = _SCOPE.search(s.norm, match.end(), min(len(s.norm), match.end() + 20)) or _SCOPE.search(
            s.norm, max(0, match.start() - 12), match.start()
        )
        subject = party_label(speaker.actor, s.gazetteer) if speaker.actor else speaker.label
        obj = lexicon.MOBILIZATION_SCOPE[scope.group(0).casefold()] if scope else None
        out.append(
            Draft("mobilization", speaker, "mobilization.agent", (match.start(), match.end()), subject, obj)
        )
    return out
