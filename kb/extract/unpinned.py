"""Attacks that name no attacker: what a belligerent reporting them blames on the other side.

"has again been shelled", "rockets were fired into", "desa itu dibom", "there were 250 airstrikes",
"ada 73 serangan", a quoted "they bombed ...": nobody is named as the attacker, so the words alone
accuse no one; ``kb.extract.blame`` decides whom a party that reports them blames.  Split from
``kb.extract.attacks`` (which pins attacks on a named agent); the cue tables are shared.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.attack_agents import NEGATION, PASSIVE, WINDOW
from kb.extract.attacks import HARM, NOUNS, PASSIVES, VERBS
from kb.extract.by_agents import BY
from kb.extract.equipment import lost_equipment
from kb.extract.mentions import Mention
from kb.extract.military_aims import military_aim
from kb.extract.parties import compile_words

# What an attacker calls what it strikes, as the subject of a passive ("more than 200 targets were struck", "the
# target was hit accurately", "target yang diserang", "sasaran-sasaran militer dihantam"): its own operation, no
# attack on its side to blame on the other.
_TARGETS = re.compile(
    r"(?<![\w-])(?:targets?|objectives?|objects|sasaran(?:-sasaran)?|target(?:-target)?)(?:\s+(?:militer|military|teroris|"
    r"terrorist|musuh|enemy|Hizbullah|Hamas))?\s+(?:(?:that|which|yang)\s+)?(?:(?:were|was|have\s+been|has\s+been|"
    r"had\s+been|are|is|been|telah|sudah|berhasil)\s+)?(?:[\w-]+ly\s+)?$",
    re.I,
)
# attacks that merely were ("there were 250 airstrikes", "terjadi 13 serangan"); never the time of another event
# ("terjadi setelah serangan serupa": what occurred after an attack is not that attack)
_THERE_WERE = re.compile(
    r"(?<![\w-])(?:there\s+(?:were|was|have\s+been|has\s+been|had\s+been)|ada|terjadi|terdapat)\s+"
    r"(?:(?:at\s+least|some|about|nearly|more\s+than|sedikitnya|sekitar|setidaknya|lebih\s+dari)\s+)?"
    r"(?:[\d.,]+\s+)?(?:(?!(?:setelah|sebelum|sejak|menyusul|after|before|since|following|amid)\s)[\w-]+\s+)?$",
    re.I,
)

# Fire come under with no one named as its source: "the city also came under missile attacks", "pos-pos kami
# mendapat serangan roket" (with "from X" / "dari X" the attack is X's: ``attacks._UNDER_FIRE``); never "menjadi
# sasaran serangan", which an attacker says of the places it strikes.
_CAME_UNDER = re.compile(
    r"(?<![\w-])(?:(?:came|come|comes|coming|was|were|been|is|are)\s+under|mendapat(?:kan)?)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.I,
)
# Fire itself come under ("had come under artillery fire", "was under heavy fire"), no attack noun to find
_UNDER_FIRE = re.compile(
    r"(?<![\w-])(?:came|come|comes|coming|was|were|been|is|are)\s+under\s+(?:(?:heavy|intense|artillery|rocket|"
    r"mortar|tank|sniper|enemy|constant|sustained|renewed)\s+){0,2}fire(?![\w-])",
    re.I,
)
_WRONG_VERBS = compile_words(lexicon.WRONGDOING_VERBS)  # "membakar", "looted": read only after a quoted "they"
# killing in the active voice, done by a subject ("they killed", "mereka membunuh"), not a loss suffered
_KILLING = re.compile(
    r"(?<![\w-])(?:killed|kill|kills|killing|murdered|murder|massacred|slaughtered|executed|membunuh|menewaskan"
    r"|membantai|mengeksekusi)(?![\w-])",
    re.I,
)
_FROM = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:from|dari)\s", re.I)


def unpinned_attacks(norm: str, span: tuple[int, int]) -> list[int]:
    """Attacks in ``span`` that name no attacker: a passive with no "by" ("has again been shelled",
    "rockets were fired into", "desa itu dibom"), attacks that merely were ("there were 250
    airstrikes", "ada 73 serangan") or "they"/"mereka" inside a quotation ("“Mereka
    mengebom ...”, kata X").  A party that reports them is speaking of the other side.
    """
    found: list[int] = []
    for pattern in (VERBS, PASSIVES, _WRONG_VERBS):
        for cue in pattern.finditer(norm, *span):
            floor = max(span[0], cue.start() - WINDOW)
            before = norm[floor : cue.start()]
            if NEGATION.search(before) or BY.match(norm, cue.end(), min(span[1], cue.end() + 60)):
                continue
            word = cue.group(0).casefold()
            if pattern is _WRONG_VERBS or (word in HARM and not word.startswith("di")):
                if quoted_they(norm, cue.start()):  # "“They killed our children ...”", "“Mereka mencoba membakar”"
                    found.append(cue.start())
                continue
            if word in HARM:
                continue  # "were killed": a loss, which says nothing of who caused it
            passive = word.startswith("di") if pattern is PASSIVES else bool(PASSIVE.search(before))
            if passive and _TARGETS.search(before):
                continue  # "2,500 terrorist targets were attacked", "target yang diserang": the speaker's own strikes
            if passive and lost_equipment(norm, cue.start(), span[0]):
                continue  # "40 drones were shot down", "30 tank juga dihancurkan": equipment lost, out of scope
            if military_aim(norm, cue.end()):
                continue  # "the strike was targeted at a military gathering": the speaker's own operation
            if (passive and not word.endswith("ing")) or _quoted_they(norm, cue.start()):
                found.append(cue.start())
    for cue in NOUNS.finditer(norm, *span):  # "there were some 250 airstrikes", "ada 73 serangan"
        if _THERE_WERE.search(norm, max(span[0], cue.start() - 50), cue.start()) and not BY.match(
            norm, cue.end(), min(span[1], cue.end() + 60)
        ):
            found.append(cue.start())
        elif _CAME_UNDER.search(norm, max(span[0], cue.start() - 40), cue.start()) and not _FROM.match(
            norm, cue.end(), min(span[1], cue.end() + 40)
        ):
            found.append(cue.start())  # "came under missile attacks", "mendapat serangan roket"
    for cue in _UNDER_FIRE.finditer(norm, *span):  # "had come under artillery fire", "was under fire" (no "from")
        if not _FROM.match(norm, cue.end(), min(span[1], cue.end() + 40)):
            found.append(cue.start())
    return sorted(set(found))


# A weapon, an aircraft or an attack as the subject of an active attack verb, no party named ("a missile had struck
# near a bus stop", "serangan tersebut menghantam gedung hunian", "sebuah helikopter datang dan menembaki warga"):
# the strike is told without its attacker.  Its subject opens the clause: a determiner, the noun, at most three
# words (a model, "kemudian berputar dan"), then the verb.
_STRIKING = alternation((*lexicon.WEAPON_WORDS, "missile", "rocket", "shell", "shells", "bomb", "helicopter",
                         "helicopters", "helikopter", "warplane", "fighter jet", "jet tempur", "pesawat tempur",
                         "attack", "strike", "airstrike", "air strike", "serangan", "serangan udara", "peluru"))
_STRIKER_SUBJECT = re.compile(
    rf"(?<![\w-])(?:{_STRIKING})(?:\s+(?!(?:was|were|is|are|been|being|had\s+been|telah\s+di|a|an|the)\b)[\w-]+){{0,4}}?\s+$",
    re.IGNORECASE,
)
# what may open the clause before such a subject: nothing, a mark, "that"/"bahwa", a determiner
_OPENS = re.compile(
    r"(?:^|[,.;:\"\u201c]|(?<![\w-])(?:that|bahwa|the|a|an|one|another|first|second|sebuah|satu))\s*$",
    re.IGNORECASE,
)
_SETTING = re.compile(r"(?<![\w-])(?:when|as|after|while|ketika|saat|setelah|sewaktu)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_OBJECT = re.compile(r"\s+[\w\"\u201c]")
_NOUN_WORDS = frozenset((*lexicon.ATTACK_NOUNS, "strike", "strikes", "attack", "attacks"))
_OWNED = re.compile(r"(?<![\w-])(?:its|their|our|his|her|kami|kita|mereka|our\s+own)(?![\w-])|nya(?![\w-])", re.I)


def unpinned_strikes(norm: str, span: tuple[int, int], mentions: list[Mention]) -> list[int]:
    """Active attack verbs whose subject is a weapon, an aircraft or an attack with no party named or owned."""
    found = []
    for cue in VERBS.finditer(norm, *span):
        word = cue.group(0).casefold()
        if word in HARM or word in _NOUN_WORDS or word.endswith("ing"):
            continue  # "the strike killed 12": a toll's cause; "the drone strike on", "an attack on": nouns
        floor = max(span[0], cue.start() - 45)
        subject = _STRIKER_SUBJECT.search(norm, floor, cue.start())
        if subject is None or _OWNED.search(norm, subject.start(), cue.start()):
            continue
        if subject.start() > span[0] and not _OPENS.search(norm[max(span[0], subject.start() - 12) : subject.start()]):
            continue  # "Russian missile struck", "drone Ukraina menghantam": a word of its own qualifies it
        if _SETTING.search(norm, max(span[0], subject.start() - 16), subject.start()) or not _OBJECT.match(
            norm, cue.end()
        ):
            continue  # "were meeting when the aircraft attacked, ...": the setting of another clause, no strike told
        if any(subject.start() <= m.start < cue.start() and m.actor is not None for m in mentions):
            continue  # "a Russian missile struck": the party is named, ``attacks`` pins it
        if NEGATION.search(norm, floor, cue.start()) or military_aim(norm, cue.end()):
            continue  # "jets struck a military site": the speaker's own operation (``military_aims``)
        found.append(cue.start())
    return found


def _quoted_they(norm: str, start: int) -> bool:
    """ "“They bombed ...”": a third-person subject in the speaker's own words is the other side."""
    subject = re.search(r"[\"\u201c]\s*(?:they|mereka)\s+(?:[\w-]+\s+)?$", norm[max(0, start - 40) : start], re.I)
    return subject is not None or quoted_they(norm, start)


# "they"/"mereka" opening a clause inside a quotation the sentence opened before it ("“Enough war! ... They killed
# our children”", "“Jika mereka terus membunuh orang, ...”"), a verb like "continue"/"terus"/"tried" between; never a
# time clause ("after they killed everyone": when, not who).
_CLAUSE_THEY = re.compile(
    r"(?:[\"\u201c]\s*|[.!?;,]\s+|(?<![\w-])(?:if|jika|kalau|and|dan)\s+)(?:they|mereka)\s+"
    r"(?:(?:have|had|also|still|even|just|telah|sudah|juga|terus|mencoba|berusaha|tried|try|continue|keep)\s+)?$",
    re.I,
)
_OPEN_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]*$")


def quoted_they_attacks(norm: str, span: tuple[int, int]) -> list[int]:
    """Attack and harm verbs in ``span`` whose subject is a quoted "they"/"mereka" (``quoted_they``): a witness
    with no side telling "they killed our children" blames the side the article has seen striking."""
    return sorted({
        cue.start()
        for pattern in (VERBS, _WRONG_VERBS, _KILLING)
        for cue in pattern.finditer(norm, *span)
        if not cue.group(0).casefold().startswith("di") and quoted_they(norm, cue.start())
    })


def quoted_they(norm: str, start: int) -> bool:
    """Whether the verb at ``start`` has "they"/"mereka" as its subject at a clause opening inside an open
    quotation (session 21: a witness's "they killed", "mereka mencoba membakar" blames the side that struck)."""
    floor = max(0, start - 240)
    opened = _OPEN_QUOTE.search(norm, floor, start)
    return opened is not None and _CLAUSE_THEY.search(norm, opened.start(), start) is not None
