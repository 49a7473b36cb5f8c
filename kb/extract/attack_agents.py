"""Who did an attack: the agent of an attack verb, noun or passive (split from ``kb.extract.attacks``).

The agent of an attack verb is the subject before it in the same clause (a named party, or an armed
body the gazetteer does not know: "junta jets", "the troops"); the agent of an attack noun follows
"oleh"/"by", or stands beside it ("Israeli strikes", "serangan Israel"); a passive names it after "by",
"from" ("came under fire from Azerbaijani troops") or, in Indonesian, right after the verb ("ditembaki
pasukan Armenia").  A passive verb ("were killed") has no agent unless one of those names it, and a
negated one ("did not target") accuses nobody.  Every search is bounded by a window of characters
around the cue, so the cost stays linear in the sentence whatever it holds.  The agent after "by"/"oleh" is
read in ``by_agents``, an armed body as written in ``armed_phrases``.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.armed_phrases import DETERMINERS as _DETERMINERS
from kb.extract.armed_phrases import MODIFIERS as _MODIFIERS
from kb.extract.armed_phrases import as_written as _as_written
from kb.extract.armed_phrases import is_force as _force
from kb.extract.by_agents import by_agent
from kb.extract.clause_agents import (
    ALIAS,
    OWNED_PLAN,
    before_relative,
    committer,
    coordinated_they,
    right_before,
    they_coordinated,
)
from kb.extract.mentions import Mention
from kb.extract.speakers import party_label

LIGHT = re.compile(  # a light verb up to three words before an attack noun: "launched a deadly raid"
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, lexicon.ATTACK_LIGHT_VERBS))})"
    r"\s+(?:[\w\"\u201c\u201d-]+\s+){0,3}[\"\u201c\u201d]?$",
    re.I,
)
# "fired about 30 rockets", "launched 40 drones at", "menembakkan puluhan roket": a weapon after a
# launching verb is an attack by the verb's subject (a few words between, so the cost stays bounded)
_AGENT_AFTER = frozenset(lexicon.AGENT_AFTER_NOUNS)
_NOUN_MODIFIERS = re.compile(
    r"(?:\s+(?:militer|udara|darat|roket|rudal|drone|artileri|pasukan|tentara|besar|besar-besaran|gabungan"
    r"|terbaru|lanjutan|baru|kekuatan)){1,2}(?=\s)", re.I
)
# Force words that name a weapon: before an attack noun they say how it struck, not who ("artillery shelling").
_WEAPONS = frozenset(("artillery", "artileri", "drones", "jets", "jet", "helicopters", "pesawat"))
_HOSTILE_AFTER = re.compile(
    r"\s+(musuh|penjajah|zionis|agresor|junta|rezim|koalisi|pendudukan|paramiliter|pemberontak)(?![\w-])", re.I)
NEGATION = re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, lexicon.NEGATIONS))})\s+(?:[\w-]+\s+)?$", re.I)
_CLAUSE = re.compile(r"[,;:()\[\]]|(?<![\w-])(?:that|bahwa|and|dan|while|sementara|after|setelah)(?![\w-])", re.I)
_WHEN = re.compile(r"(?<![\w-])(?:when|ketika)\s+(?=\S)", re.I)
_HARMED = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, (*lexicon.KILLED, *lexicon.WOUNDED)))})(?![\w-])", re.I
)
PASSIVE = re.compile(r"(?<![\w-])(?:was|were|been|being|is|are|be|got)\s+(?:[\w-]+ly\s+)?$", re.I)
_BESIDE = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+){0,2}")
_PREPOSITIONS = frozenset(lexicon.PREPOSITIONS)
_AUX = frozenset(
    ("had", "has", "have", "were", "was", "is", "are", "been", "being", "telah", "sudah", "sedang", "terus",
     "kembali", "juga", "reportedly", "dilaporkan", "diduga", "again", "also", "repeatedly", "then", "first",
     "allegedly", "still", "masih", "pun")
)
# A pronoun agent is the speaker's side in reported speech ("said its forces struck"): never accused.
_OWN = frozenset(
    ("they", "we", "it", "its", "our", "their", "he", "she", "mereka", "kami", "kita", "pihaknya", "pasukannya",
     "tentaranya", "i")
)
WINDOW = 90
_RELATIVE = re.compile(r"(?<![\w-])(?:who|which|yang)(?![\w-])", re.I)
_NOUN_GAP = re.compile(r"(?:\s+[\w-]+){0,2}\s+")  # "operatives", "forces", "militer" between party and "who"
_VERB_AND = re.compile(r"(?<![\w-])[a-z][\w-]*(?:ed|kan|i)\s+(?:and|dan)\s+$")  # a verb coordinated before
# a verb coordinated after another clause of the same subject: "tanks advanced into Rafah and opened fire",
# "pasukan Israel memasuki kota itu dan menembaki warga" (a past or meN- verb, then up to five words, then "and")
_CLAUSE_AND = re.compile(
    r"(?<![\w-])(?:[a-z][\w-]*ed|me[a-z]{3,}(?:kan|i)?)\s+(?:[\w'\u2019-]+\s+){0,5}?(?:and|dan)\s+$"
)


def verb_agent(
    norm: str, cue: re.Match[str], span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The subject of an attack verb in its own clause, or the "by" agent of a passive one."""
    ing = cue.group(0).split(None, 1)[0].casefold().endswith("ing")
    return subject(norm, cue.start(), span, parties, gazetteer, ing)


# an attribution set off by commas between a subject and its verb: ", kata militer Ukraina,", ", the ministry said,"
_ATTRIBUTION_ASIDE = re.compile(
    r",\s*(?:(?:kata|ujar|tutur|ungkap|jelas|tambah|imbuh|menurut)\s+[^,.;:\"“”]{2,60}"
    r"|[^,.;:\"“”]{2,60}\s+(?:said|says|added|reported|claimed))\s*,\s*$",
    re.IGNORECASE,
)


def subject(
    norm: str, start: int, span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer, ing: bool,
    coordinated: bool = False,
) -> tuple[str, Mention | None] | None:
    """The subject of the verb at ``start`` in its clause: a named party, or an armed body as written
    (for a verb coordinated with the one before, that one's subject, one step back at most)."""
    aside = _ATTRIBUTION_ASIDE.search(norm, max(span[0], start - 2 * WINDOW), start)
    if aside is not None and aside.start() > span[0]:  # "Pasukan Rusia, kata militer Ukraina, menembaki ...": the
        start = aside.start()  # subject stands before the source's aside
    floor = max(span[0], start - WINDOW)
    before = norm[floor:start]
    if NEGATION.search(before) or (PASSIVE.search(before) and not ing):
        return None  # "did not target"; "were killed" (a passive's agent follows "by": by_agent)
    clause = _clause_start(norm, floor, start, span)
    named = (before_relative(norm, clause, start, parties)  # "Houthi, yang didukung Iran, menggunakan ...": the
             or _antecedent(norm, clause, start, parties)  # subject stands before the relative
             or _bracketed(norm, floor, clause, parties))
    if named is not None:
        return party_label(named.actor, gazetteer), named  # type: ignore[arg-type]
    clarified = _PRONOUN_BRACKET.search(norm, floor, clause)
    if clarified is not None:  # "mereka (militer) datang untuk mengebom desa"; "they (our soldiers)": own side
        inside = re.findall(r"[\w'\u2019-]+", clarified.group(1))
        return None if any(w.casefold() in _OWN for w in inside) else _as_written(inside)
    words = [w for w in re.findall(r"[\w'\u2019-]+", norm[clause:start]) if w.casefold() not in _AUX]
    verb = (_VERB_AND.search(norm, floor, start) or _CLAUSE_AND.search(norm, floor, start)
            if not (words or coordinated) else None)
    if verb is not None and start - verb.start() < 70:  # "had detained and tortured": the first verb's subject
        return subject(norm, verb.start(), span, parties, gazetteer, ing, True)
    if len(words) > 6 and (right := right_before(norm, clause, start, parties, _AUX)) is not None:
        return party_label(right.actor, gazetteer), right  # type: ignore[arg-type]
    if not words or len(words) > 6:
        governing = _INFINITIVE.search(before) or (_PARTICIPLE.search(before) if ing and not words else None)
        if governing is not None and OWNED_PLAN.search(before, 0, governing.start()):
            return None  # "informed of their plan to launch an attack": the owner's own, the speaker's side
        return _leading(norm, floor + governing.start(), span, parties, gazetteer) if governing else None
    if they_coordinated(norm, clause, start, span):
        earlier = coordinated_they(norm, clause, span, parties)
        if earlier is not None:  # "Israeli forces dropped leaflets ..., but they also bombed Rafah"
            return party_label(earlier.actor, gazetteer), earlier  # type: ignore[arg-type]
    if any(w.casefold() in _OWN for w in words[:2]):
        return None
    inside = [m for m in parties if clause <= m.start and m.end <= start and not _governed(norm, m, clause)]
    if inside:
        return party_label(inside[0].actor, gazetteer), inside[0]  # type: ignore[arg-type]
    if ing and all(w.casefold() in _WEAPONS for w in words):
        return None  # "reported artillery shelling ... by X forces": a weapon before a gerund is no doer
    return _as_written(words)


def _clause_start(norm: str, floor: int, start: int, span: tuple[int, int]) -> int:
    """Where the clause of the verb at ``start`` begins: after the last clause break before it (or before the short
    form of a name, "the Rapid Support Forces (RSF) killed"), or after "when" that opens the attacker's own clause."""
    alias = ALIAS.search(norm, floor, start)
    clause = floor
    for boundary in _CLAUSE.finditer(norm, floor, alias.start() if alias else start):
        clause = boundary.end()
    when = _WHEN.search(norm, clause, alias.start() if alias else start)
    if when is not None and not _HARMED.search(norm, span[0], when.start()):
        clause = when.end()  # "the tragedy occurred when US warplanes struck homes": the attacker's own clause (after
        # a toll, "five died when X struck", the clause is the toll's cause and stays as it was: ``blame.attacked``)
    return clause


# A verb whose subject is the governing clause's: an infinitive of purpose ("troops deployed a helicopter to carry
# out an air raid", "mengerahkan jet untuk menyerang") or a participle after a comma ("fighters went house to
# house, killing men and boys").
_INFINITIVE = re.compile(r"(?<![\w-])(?:to|untuk|guna)\s+$", re.I)
_PARTICIPLE = re.compile(r",\s*$")
_LEAD_GAP = 24  # characters from a clause's start to its subject ("the", "para", a modifier or two)


def _leading(
    norm: str, at: int, span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The subject opening the clause that ends at ``at``: a named party near its start, or armed words."""
    floor = max(span[0], at - 2 * WINDOW)
    clause = floor
    for boundary in _CLAUSE.finditer(norm, floor, at):
        if boundary.end() < at:
            clause = boundary.end()
    lead = [m for m in parties if clause <= m.start < min(at, clause + _LEAD_GAP) and not _governed(norm, m, clause)]
    if lead:
        return party_label(lead[0].actor, gazetteer), lead[0]  # type: ignore[arg-type]
    words = re.findall(r"[\w'\u2019-]+", norm[clause:at])
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    head = []
    for word in words[:4]:
        if not _force(word) and not word[:1].isupper():
            break
        head.append(word)
    return _as_written(head) if head else None


# A pronoun the writer clarified in brackets: "mereka (militer) datang untuk mengebom", "they [the troops] opened fire"
_PRONOUN_BRACKET = re.compile(
    r"(?<![\w-])(?:they|mereka|he|she|it|dia|ia)\s*[(\[]\s*([^()\[\]]{1,40}?)\s*[)\]]\s*$", re.IGNORECASE
)


def _bracketed(norm: str, floor: int, clause: int, parties: list[Mention]) -> Mention | None:
    """The party named in brackets after a pronoun that opens the clause ("they (Israeli forces) fired")."""
    clarified = _PRONOUN_BRACKET.search(norm, floor, clause)
    if clarified is None:
        return None
    return next((m for m in parties if clarified.start(1) <= m.start and m.end <= clarified.end(1)), None)


def _antecedent(norm: str, clause: int, start: int, parties: list[Mention]) -> Mention | None:
    """The party a relative clause hangs on: "fighters of the group who were about to attack",
    "pasukan Israel yang menyerang" (the party, then at most two words, then who/which/yang)."""
    relatives = list(_RELATIVE.finditer(norm, clause, start))
    relative = relatives[-1] if relatives else None
    if relative is None or len(re.findall(r"[\w-]+", norm[relative.end() : start])) > 4:
        return None
    for m in parties:
        if clause <= m.start and m.end <= relative.start() and _NOUN_GAP.fullmatch(norm, m.end, relative.start()):
            return m
    return None


def noun_agent(
    norm: str, cue: re.Match[str], span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The agent of an attack noun: after "oleh"/"by", right after an Indonesian noun, or right before."""
    by = by_agent(norm, cue, span, parties, gazetteer)
    if by is not None:
        return by
    doer = committer(norm, cue.end(), span[1], parties)
    if doer is not None:  # "the crime that the Israeli enemy committed", "kejahatan yang Israel lakukan"
        return party_label(doer.actor, gazetteer), doer  # type: ignore[arg-type]
    light = LIGHT.search(norm, max(span[0], cue.start() - 45), cue.start())
    if light is not None:  # "X launched a raid", "pasukan X melancarkan serangan"
        ing = light.group(0).split(None, 1)[0].casefold().endswith("ing")  # "was committing genocide"
        return subject(norm, light.start(), span, parties, gazetteer, ing)
    word = re.sub(r"\s+", " ", cue.group(0).casefold())
    volley = _VOLLEY_OF.match(norm, cue.end()) if word in _VOLLEYS else None
    if volley is not None:  # "a barrage of Russian missiles": the party owns the weapons fired
        after = next((m for m in parties if m.start == volley.end()), None)
        if after is not None:
            return party_label(after.actor, gazetteer), after  # type: ignore[arg-type]
    if word in _AGENT_AFTER:
        skip = _NOUN_MODIFIERS.match(norm, cue.end())  # "serangan militer Rusia", "serangan udara pasukan Israel"
        at = skip.end() if skip else cue.end()
        after = next((m for m in parties if m.start == at + 1 and norm[at] == " "), None)
        if after is not None:
            return party_label(after.actor, gazetteer), after  # type: ignore[arg-type]
        hostile = _HOSTILE_AFTER.match(norm, at)
        if hostile is not None:
            return hostile.group(1), None  # "serangan musuh", "gempuran junta": a hostile word names whose
    for m in parties:
        if span[0] <= m.start and m.end <= cue.start() and cue.start() - m.end <= 30:
            gap = norm[m.end : cue.start()]
            words = re.findall(r"[\w-]+", gap.replace("'s", " ").replace("\u2019s", " "))
            if _BESIDE.fullmatch(gap) and all(w.casefold() in _MODIFIERS for w in words):
                return party_label(m.actor, gazetteer), m  # type: ignore[arg-type]
    owner = _POSSESSIVE.search(norm, max(span[0], cue.start() - 40), cue.start())
    if owner is not None and all(w.casefold() in _MODIFIERS for w in owner.group(1).split()):
        return subject(norm, owner.start(), span, parties, gazetteer, False)  # "X must end their aggression": X's
    previous = re.search(r"([\w-]+)\s+$", norm[max(span[0], cue.start() - 20) : cue.start()])
    if previous and _force(previous.group(1)) and previous.group(1).casefold() not in _WEAPONS:
        return previous.group(1), None  # "enemy attack", "junta airstrikes"; never "artillery shelling"
    return None


# a possessive pronoun before the noun, a modifier or two between ("their aggression", "its continued attacks")
_POSSESSIVE = re.compile(r"(?<![\w-])(?:their|its)\s+((?:[\w-]+\s+){0,2})$", re.I)
_VOLLEYS = frozenset(("barrage", "barrages", "salvo", "salvos", "volley", "volleys"))
_VOLLEY_OF = re.compile(r"\s+of\s+(?:(?:the|its|their)\s+)?", re.I)


def _governed(norm: str, mention: Mention, floor: int) -> bool:
    """A party named after a preposition ("allied with Iran") is not the clause's subject; after "of" an armed
    word names whose they are ("the armed forces of Armenia shelled": Armenia, not "forces")."""
    before = re.findall(r"[\w-]+", norm[floor : mention.start])
    if len(before) > 1 and before[-1].casefold() == "of" and _force(before[-2]):
        return False
    return bool(before) and before[-1].casefold() in _PREPOSITIONS
