"""Attacks that name no attacker: what a belligerent reporting them blames on the other side.

"has again been shelled", "rockets were fired into", "desa itu dibom", "there were 250 airstrikes",
"ada 73 serangan", a quoted "they bombed ...": nobody is named as the attacker, so the words alone
accuse no one; ``kb.extract.blame`` decides whom a party that reports them blames.  Split from
``kb.extract.attacks`` (which pins attacks on a named agent); the cue tables are shared.
"""

from __future__ import annotations

import re

from kb.extract.attack_agents import BY, NEGATION, PASSIVE, WINDOW
from kb.extract.attacks import HARM, NOUNS, PASSIVES, VERBS

_THERE_WERE = re.compile(
    r"(?<![\w-])(?:there\s+(?:were|was|have\s+been|has\s+been|had\s+been)|ada|terjadi|terdapat)\s+"
    r"(?:(?:at\s+least|some|about|nearly|more\s+than|sedikitnya|sekitar|setidaknya|lebih\s+dari)\s+)?"
    r"(?:[\d.,]+\s+)?(?:[\w-]+\s+)?$",
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
_FROM = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:from|dari)\s", re.I)


def unpinned_attacks(norm: str, span: tuple[int, int]) -> list[int]:
    """Attacks in ``span`` that name no attacker: a passive with no "by" ("has again been shelled",
    "rockets were fired into", "desa itu dibom"), attacks that merely were ("there were 250
    airstrikes", "ada 73 serangan") or "they"/"mereka" inside a quotation ("“Mereka
    mengebom ...”, kata X").  A party that reports them is speaking of the other side.
    """
    found: list[int] = []
    for pattern in (VERBS, PASSIVES):
        for cue in pattern.finditer(norm, *span):
            floor = max(span[0], cue.start() - WINDOW)
            before = norm[floor : cue.start()]
            if NEGATION.search(before) or BY.match(norm, cue.end(), min(span[1], cue.end() + 60)):
                continue
            word = cue.group(0).casefold()
            if word in HARM:
                continue  # "were killed": a loss, which says nothing of who caused it
            passive = word.startswith("di") if pattern is PASSIVES else bool(PASSIVE.search(before))
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
    return sorted(set(found))


def _quoted_they(norm: str, start: int) -> bool:
    """ "“They bombed ...”": a third-person subject in the speaker's own words is the other side."""
    subject = re.search(r"[\"\u201c]\s*(?:they|mereka)\s+(?:[\w-]+\s+)?$", norm[max(0, start - 40) : start], re.I)
    return subject is not None
