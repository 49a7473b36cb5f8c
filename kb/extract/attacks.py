"""Attacks and wrongdoing pinned on a party: accusations that need no accusing verb.

"Armenia said Azerbaijani forces were shelling Terter", "pasukan Israel menembaki warga sipil",
"serangan yang dilakukan oleh RSF", "an attack by the Russian Armed Forces": whoever reports an
attack by a party other than its own side accuses that party of it.  Who did it is found by
``kb.extract.attack_agents`` (the subject of a verb, the party beside or after a noun, the agent of a
passive); what is alleged is the attack in the text's words (``allegation_at``).

Every search is bounded by a window of characters around the cue, so the cost stays linear in the
sentence whatever it holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.attack_agents import LIGHT, WINDOW, noun_agent, verb_agent
from kb.extract.by_agents import by_agent
from kb.extract.equipment import foiled_attack
from kb.extract.mentions import Mention
from kb.extract.military_aims import military_aim
from kb.extract.needs import absent, needs
from kb.extract.parties import compile_words
from kb.extract.responsibility import BEARS, HOLDS, LIES_WITH, party_after
from kb.extract.speakers import party_label

VERBS = compile_words(lexicon.ATTACK_VERBS)
_WRONG_VERBS = compile_words(lexicon.WRONGDOING_VERBS)
NOUNS = compile_words(lexicon.ATTACK_NOUNS)
PASSIVES = compile_words(lexicon.ATTACK_PASSIVES)
_WEAPONS = alternation(lexicon.LAUNCHED_WEAPONS)  # rockets, missiles, drones ... (the longest first)
_LAUNCH = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, lexicon.LAUNCH_VERBS))})\s+(?:[\w.,'-]+\s+){{0,4}}?"
    rf"(?:{_WEAPONS})(?![\w-])",
    re.I,
)
_WRONG_NOUNS = compile_words(lexicon.WRONGDOING_NOUNS)
# Projectiles told in the passive with where they came from: "75 rockets were fired from Lebanon", "roket yang
# ditembakkan dari Gaza" (the gold's accusation of whoever fires from there; the place's party is the agent named)
_FIRED_FROM = re.compile(
    rf"(?<![\w-])(?<!any\s)(?<!every\s)(?<!setiap\s)(?<!semua\s)"  # "any drone launched from ...": none fired yet
    rf"(?:{_WEAPONS}|launches|peluncuran)"  # "launches carried out from Armenian soil"
    r"(?:\s+(?:which|that|yang))?(?:\s+(?:was|were|had\s+been|have\s+been|has\s+been|being|telah|sudah))?"
    r"\s+(?:fired|launched|carried\s+out|ditembakkan|diluncurkan|dilakukan)(?:\s+[\w-]+){0,3}?\s+(?:from|dari)(?![\w-])",
    re.I,
)
# The fighting started by a party, told in the passive (the seeds README: "starting hostilities"): "cross-border
# clashes begun by X", "the war, started by X", "pertempuran yang dimulai oleh X".
_STARTED_BY = re.compile(
    r"(?<![\w-])(?:war|fighting|hostilities|clashes|exchanges|conflict|escalation|perang|pertempuran|permusuhan"
    r"|konflik|bentrokan|eskalasi)(?:\s+[\w-]+){0,2}?,?\s+(?:(?:which|that)\s+(?:was|were)\s+|yang\s+)?"
    r"(?:begun|started|initiated|triggered|sparked|dimulai|dipicu|diawali)(?=\s+(?:by|oleh)\s)"
    # not the war's origin told as one past attack, the background line of a long war's reports ("the war, triggered
    # by the group's assault in October 2023", "perang yang dipicu oleh serangan kelompok itu pada Oktober"): a date in
    # history, no charge made today (session 23; "exchanges begun by X" names the party itself and still accuses)
    r"(?!\s+(?:by|oleh)\s+(?:(?:the|an?)\s+)?(?:[\w-]+(?:['\u2019]s)?,?\s+){0,4}?"
    r"(?:attack|assault|incursion|invasion|serangan|penyerangan|invasi)(?![\w-]))",
    re.I,
)
# the attack a war's origin is told by, in the background line ("the war, triggered by the group's assault in October",
# "perang yang dipicu oleh serangan kelompok itu"): a date in history, neither an attack nor a charge made today
_WAR_ORIGIN = re.compile(
    r"(?<![\w-])(?:war|fighting|conflict|perang|pertempuran|konflik)(?:\s+[\w-]+){0,2}?,?\s+"
    r"(?:(?:which|that)\s+(?:was|were)\s+|yang\s+)?(?:(?:was|had\s+been|has\s+been)\s+)?"
    r"(?:begun|started|initiated|triggered|sparked|dimulai|dipicu|diawali)\s+(?:by|oleh)\s+(?:(?:the|an?)\s+)?"
    r"(?:[\w-]+(?:['\u2019]s)?,?\s+){0,4}?$",
    re.I,
)
# Fire come under "from" its agent with words of manner inside, quoted or not: "came under heavy and systematic
# shelling from X", "mendapat \"penembakan sistematis\" dari X" (the bare phrases are in ``ATTACK_PASSIVES``).
_UNDER_FIRE = re.compile(
    r"(?<![\w-])(?:under\s+[\"“]?(?:[\w-]+\s+){1,3}?(?:fire|shelling|shellfire|attacks?|bombardment|bombing)"
    r"|mendapat(?:kan)?\s+[\"“]?(?:serangan|tembakan|penembakan|gempuran|pengeboman)(?:\s+[\w-]+){1,3}?)"
    r"[\"”]?\s+(?:from|dari)(?![\w-])",
    re.I,
)
_RESPONSIBLE = compile_words(lexicon.RESPONSIBLE)
# fighters placed among civilians, the human-shield charge told without "shields": "Hamas operatives have been
# embedded among civilians", "fighters hiding among civilians in the camp", "bersembunyi di antara warga sipil"
_AMONG_CIVILIANS = re.compile(
    # the auxiliary is part of the cue: being embedded is the fighters' own doing, so the subject before it is the
    # doer (``attack_agents.subject`` reads a passive's subject as its victim)
    r"(?<![\w-])(?:(?:(?:have|has|had)\s+been|were|was|are|is|are\s+being|were\s+being|telah|sedang)\s+)?"
    r"(?:embedded|hiding|hide|hides|hid|concealed|concealing|bersembunyi|menyembunyikan\s+diri)\s+"
    r"(?:(?:themselves|itself|deliberately|sengaja)\s+)?(?:among|amid|amongst|within|inside|di\s+antara|di\s+tengah"
    r"(?:-tengah)?)\s+(?:the\s+|para\s+)?(?:civilians?|civilian\s+(?:areas?|population|homes|sites|infrastructure)"
    r"|residential\s+areas?|warga\s+sipil|penduduk(?:\s+sipil)?|permukiman(?:\s+warga)?)(?![\w-])",
    re.IGNORECASE,
)
# "the RSF was using residents of El Fasher as human shields", "menggunakan rumah sakit sebagai pusat komando"
# ... or used to store, hide or launch weapons ("menggunakan gedung-gedung ini untuk meluncurkan operasi")
_MILITARY_USE = (
    rf"(?:(?:as|sebagai)\s+(?:(?:a|an|their|its)\s+)?(?:{alternation(lexicon.SHIELD_ROLES)})"
    rf"|(?:to|untuk)\s+[\"“]?(?:{alternation(lexicon.SHIELD_PURPOSES)}))(?![\w-])"
)
_SHIELDS = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.SHIELD_VERBS)})\s+(?:[\w'\u2019-]+\s+){{1,5}}?{_MILITARY_USE}", re.I
)
# the same use in the passive, its user after "by"/"oleh" or bare after "digunakan": "homes used by the group to
# store weapons", "sekolah yang digunakan Hamas sebagai markas"
_SHIELDS_BY = re.compile(
    rf"(?<![\w-])(?:used|digunakan|dimanfaatkan)(?=\s+(?:[\w'\u2019-]+\s+){{1,5}}?{_MILITARY_USE})", re.I
)
# a civilian site a party used, told in the passive with its user and no purpose: "the clinic which \"was used
# by Hamas gunmen\"", "masjid yang digunakan oleh milisi itu" (with a purpose or role: ``_SHIELDS_BY``)
_SITE_USED = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.CIVILIAN_SITES)})(?:\s+[\w-]+){{0,2}}?,?\s+(?:which|that|yang)?\s*[\"“]?"
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been|being|telah|sedang)\s+)?(?:used|digunakan|dipakai)"
    r"(?=\s+(?:by|oleh)\s)",
    re.I,
)
_CIVILIAN = compile_words(lexicon.CIVILIAN_TARGETS)
# "in Gaza", "di kota Kharkiv": a place, not a party (a bare "the" is no place; "fire from X" names the agent)
_PLACE = re.compile(
    r"(?<![\w-])(?:di|ke|in|at|near|dekat|menuju|towards?|(?<!ditembakkan\s)(?<!diluncurkan\s)(?<!dilakukan\s)dari"
    r"|(?<!fire\s)(?<!attack\s)(?<!shelling\s)(?<!fired\s)(?<!launched\s)(?<!carried\sout\s)from|into"
    r"|across|over)\s+"
    r"(?:(?:the|kota|city|town|region|wilayah|distrik|district|provinsi|province|desa|village)\s+(?:of\s+)?){0,3}$",
    re.I,
)
_FUNCTION = frozenset((*lexicon.PREPOSITIONS, "and", "dan", "the", "a", "an", "yang", "of"))
# where an allegation's clause ends: punctuation, a conjunction that opens another clause, or "and" before a verb of
# speech ("denied firing on Ganja and said its drones ...": what comes after is another statement, not the allegation)
_END = re.compile(
    r"[,;:.!?()]|(?<![\w-])(?:while|sementara|whereas|sedangkan|but|namun|tetapi|after|"
    r"setelah|amid|as|because|karena|which|yang\s+(?:telah\s+)?menyebabkan)(?![\w-])"
    rf"|(?<![\w-])(?:and|dan)\s+(?:{alternation(v for v in lexicon.PRE_VERBS if ' ' not in v)})(?![\w-])",
    re.I,
)
# a clause of its own after an attack: a contrast or a cause ("..., though it denies targeting civilians")
_OTHER_CLAUSE = re.compile(
    r"[;.!?]|(?<![\w-])(?:though|although|but|while|whereas|because|meskipun|walaupun|namun|tetapi|sementara|sedangkan"
    r"|karena)(?![\w-])",
    re.I,
)
MAX_WORDS = 9
# a use of people or places that "as" completes, not a clause it opens ("using civilians as human shields")
_USED_AS = re.compile(r"(?<![\w-])(?:using|use|used|uses|exploiting|turning)(?![\w-])", re.I)
# a place's head word, whose name a cut at MAX_WORDS would leave out ("di kota Chaplyn", "in the town of Izium")
_PLACE_HEADS = frozenset(("kota", "desa", "wilayah", "provinsi", "kabupaten", "city", "town", "village", "region",
                          "province", "district", "of"))
HARM = frozenset((*lexicon.KILLED, *lexicon.WOUNDED, "dibunuh", "executed", "dieksekusi"))
_JOINT = re.compile(r",\s*(?:and|dan)\s+", re.I)
# an open question before the attack in its clause: "whether it was an Israeli air strike", "apakah serangan itu"
_UNCERTAIN = re.compile(r"(?<![\w-])(?:whether|apakah)(?![\w-])[^.;:!?]*$", re.I)
_NOUN_WORDS = frozenset(n.casefold() for n in lexicon.ATTACK_NOUNS)
_DETERMINED = re.compile(r"(?<![\w-])(?:the|a|an|this|that|its|their|his|her|our)\s+$", re.I)
_DEFENSIVE = re.compile(r"\s+(?:down|jatuh)(?![\w-])", re.I)
_SHOOT = frozenset(("shot", "shoot", "shoots", "shooting", "menembak", "menembaki", "ditembak"))


@dataclass(frozen=True)
class Attack:
    """An attack or wrongdoing in a sentence with the party it is pinned on."""

    accused: str
    allegation: str
    start: int
    wrongdoing: bool  # a violation, atrocity or attack on civilians, not plain military action
    mention: Mention | None = None  # the accused as named in the sentence, if the gazetteer knows it
    by_agent: bool = False  # a passive naming its agent ("dibunuh oleh rudal AS", "were shelled by X")
    verb: bool = False  # an attack verb with its subject ("rudal Armenia menghantam"), not a noun or passive
    crime: bool = False  # a wrong by name (massacre, war crimes, looting), not an attack that harmed civilians


# How an attack's agent is found from its cue: the verb's subject, the passive's "by", the party named after it.
Finder = Callable[[str, re.Match[str], tuple[int, int], list[Mention], Gazetteer], tuple[str, Mention | None] | None]


def find_attacks(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, own: set[str]
) -> list[Attack]:
    """Attacks inside ``span`` whose agent is a party outside ``own`` (the speaker's side), in order.

    Kept for the sentence: six rules ask for attacks, and a third of the calls on the dev texts repeat one (the
    same span, mentions, gazetteer and side); ``Attack`` is frozen, the list is a fresh copy."""
    key = (norm, span, frozenset(own), id(gazetteer))
    held = _FOUND.get(key)
    if held is not None and held[0] is gazetteer and held[1] == tuple(mentions):
        return list(held[2])
    found = _attacks_in(norm, span, mentions, gazetteer, own)
    if len(_FOUND) >= 64:
        _FOUND.clear()
    _FOUND[key] = (gazetteer, tuple(mentions), tuple(found))
    return found


_Held = tuple[Gazetteer, tuple[Mention, ...], tuple[Attack, ...]]
_FOUND: dict[tuple[str, tuple[int, int], frozenset[str], int], _Held] = {}


def _attacks_in(
    norm: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer, own: set[str]
) -> list[Attack]:
    parties = [
        m
        for m in mentions
        if m.actor is not None
        and m.actor.kind in ("State", "Government", "Ministry", "Organization", "Group", "Person")
        and not _PLACE.search(norm, max(0, m.start - 40), m.start)
    ]
    own_labels = {party_label(a, gazetteer) for a in (gazetteer.by_iri(i) for i in own) if a is not None}
    found: list[Attack] = []
    for index, (pattern, how, wrong) in enumerate(_CUE_KINDS):
        for cue in _cues(index, norm, *span):
            if _not_an_attack(norm, pattern, cue, span):
                continue
            agent = how(norm, cue, span, parties, gazetteer) or _shared_subject(norm, cue.start(), span, found)
            if agent is None or _own(agent, own, own_labels):
                continue
            if agent[1] is None and military_aim(norm, cue.end()):
                continue  # "fighter jets struck a military site": no party named, the speaker's own operation
            found.append(_attack(norm, cue, span, agent, how, wrong))
    return sorted(found, key=lambda a: a.start)


def _not_an_attack(norm: str, pattern: re.Pattern[str], cue: re.Match[str], span: tuple[int, int]) -> bool:
    """A cue that names no attack made: a noun read as a verb, a defence, a question, the war's origin, a foiled
    attempt."""
    if pattern is VERBS and cue.group(0).casefold() in _NOUN_WORDS \
            and _DETERMINED.search(norm, max(span[0], cue.start() - 8), cue.start()):
        return True  # "were killed in the attack": a noun after its article (``NOUNS`` reads it), no verb
    if cue.group(0).casefold() in _SHOOT and _DEFENSIVE.match(norm, cue.end()):
        return True  # "air defences shot down 30 drones", "menembak jatuh tiga rudal": defence, no attack
    if _UNCERTAIN.search(norm, max(span[0], cue.start() - 90), cue.start()):
        return True  # "not known whether the clinic was struck by X": asked, not alleged
    if pattern is NOUNS and _WAR_ORIGIN.search(norm, max(span[0], cue.start() - 90), cue.start()):
        return True  # "perang yang dipicu oleh serangan Hamas pada 7 Oktober": the war's origin, background
    # "an attempted drone attack had been thwarted": stopped, out of scope (``equipment``)
    return pattern in (NOUNS, VERBS) and foiled_attack(norm, cue.start(), cue.end())


def _attack(
    norm: str, cue: re.Match[str], span: tuple[int, int], agent: tuple[str, Mention | None], how: Finder, wrong: bool
) -> Attack:
    """The attack a cue names, with its allegation's words and whether it wrongs civilians."""
    light = LIGHT.search(norm, max(span[0], cue.start() - 45), cue.start()) if how is noun_agent else None
    text = allegation_at(norm, light.start() if light else cue.start(), span[1])
    reach = min(span[1], cue.end() + 60 + _apposed(norm, cue.end(), cue.end() + 60))
    stop = _OTHER_CLAUSE.search(norm, cue.end(), reach)  # never "..., though it
    civilian = bool(_CIVILIAN.search(norm, cue.start(), stop.start() if stop else reach))
    # denies targeting civilians": civilians in a clause of their own make no wrong of this attack
    by, verb = how is by_agent, how is verb_agent or light is not None  # "X launched an attack": a verb
    return Attack(agent[0], text or cue.group(0), cue.start(), wrong or civilian, agent[1], by, verb, wrong)


# A name set off by commas after the attacker ("diluncurkan RSF dan sekutunya, Gerakan Rakyat Utara (GRU), menghantam
# sebuah sekolah"): an apposition, no words of the charge; the target after it is still the attack's
_NAME_WORD = r"(?:[A-Z][\w'’.&–-]*|\([^()]{1,30}\))"
_APPOSITION = re.compile(rf",\s*(?:the\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|of|for|the)){{0,8}}\s*,")


def _apposed(norm: str, start: int, end: int) -> int:
    """How many characters of names set off by commas lie between ``start`` and ``end`` (at most two)."""
    return sum(len(m.group(0)) for m in list(_APPOSITION.finditer(norm, start, end + 80))[:2] if m.start() < end)


@lru_cache(maxsize=512)
def _cues(index: int, norm: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The matches of ``_CUE_KINDS[index]``'s pattern in a span, kept: several rules ask for one sentence's attacks
    (1,818 searches of 1,244 spans on the dev texts), and the 17 scans were most of ``find_attacks``' time.  Keyed by
    the index: a compiled pattern hashes and compares its whole program, a lexicon's thousands of words, per call."""
    if absent(_CUE_NEEDS[index], norm, start, end):
        return ()  # none of the words the pattern needs (``needs``): no scan
    return tuple(_CUE_KINDS[index][0].finditer(norm, start, end))


def _shared_subject(
    norm: str, start: int, span: tuple[int, int], found: list[Attack]
) -> tuple[str, Mention | None] | None:
    """A verb coordinated with an earlier attack shares its subject.

    "Troops killed six villagers, and used detainees as human shields": the clause after ", and"
    opens on its verb (a lowercase word), so whoever did the first act did the second.
    """
    earlier = sorted((a for a in found if a.start < start), key=lambda a: a.start)
    if not earlier:
        return None
    joints = list(_JOINT.finditer(norm, max(span[0], earlier[-1].start, start - WINDOW), start))
    joint = joints[-1] if joints else None
    if joint is None or not re.fullmatch(r"(?:[a-z][\w-]*\s+){1,5}(?:as\s+|sebagai\s+)?", norm[joint.end() : start]):
        return None
    return earlier[-1].accused, earlier[-1].mention


def _named_subject(
    norm: str, cue: re.Match[str], span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The subject of a blame predicate, only when the gazetteer names it ("Moscow was responsible for")."""
    agent = verb_agent(norm, cue, span, parties, gazetteer)
    return agent if agent is not None and agent[1] is not None else None


# Each cue and how its agent is found; True where the cue itself names a wrong, not plain military action.
_CUE_KINDS: tuple[tuple[re.Pattern[str], Finder, bool], ...] = (
    (VERBS, verb_agent, False),
    (_WRONG_VERBS, verb_agent, True),
    (NOUNS, noun_agent, False),
    (_WRONG_NOUNS, noun_agent, True),
    (PASSIVES, by_agent, False),
    (_UNDER_FIRE, by_agent, False),
    (_FIRED_FROM, by_agent, False),
    (_STARTED_BY, by_agent, True),
    (_LAUNCH, verb_agent, False),
    (_SHIELDS, verb_agent, True),
    (_AMONG_CIVILIANS, verb_agent, True),
    (_SHIELDS_BY, by_agent, True),
    (_SITE_USED, by_agent, True),
    (_RESPONSIBLE, _named_subject, True),
    (BEARS, _named_subject, True),  # blame told with a responsibility noun (``responsibility``)
    (LIES_WITH, party_after, True),
    (HOLDS, party_after, True),
)

_CUE_NEEDS = tuple(needs(pattern) for pattern, _, _ in _CUE_KINDS)  # what each cue needs (``_cues``)


def _own(agent: tuple[str, Mention | None], own: set[str], own_labels: set[str]) -> bool:
    mention = agent[1]
    return agent[0] in own_labels or (mention is not None and mention.actor is not None and mention.actor.iri in own)


def allegation_at(norm: str, start: int, end: int) -> str | None:
    """What is alleged, in the text's words: from ``start`` to the end of its clause, a few words long."""
    if norm[start:end].lstrip()[:1] in ("!", "?", ".", ";"):
        return None  # "... is a war crime! This is ...": the cue ended the sentence, nothing follows it
    stop = _END.search(norm, start + 1, end)
    while stop is not None and stop.group(0).casefold() == "as" and _USED_AS.search(norm, start, stop.start()):
        stop = _END.search(norm, stop.end(), end)  # "using civilians as human shields": the role is the charge's
    piece = norm[start : stop.start() if stop else end]
    every = re.findall(r"[^\s\"\u201c\u201d]+", piece)
    words = every[:MAX_WORDS]
    while len(words) < min(len(every), MAX_WORDS + 2) and words[-1].casefold() in _PLACE_HEADS \
            and every[len(words)][:1].isupper():
        words.append(every[len(words)])  # "... di kota Chaplyn": the place the cut would leave unnamed
    while words and words[-1].casefold().strip(".,") in _FUNCTION:
        words.pop()
    text = " ".join(words).strip(" .,;:")
    return text or None
