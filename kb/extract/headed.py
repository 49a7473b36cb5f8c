"""Whether an attack verb in a casualty clause has a party itself for subject (issue 13, session 17).

Why: a toll's cause belongs to the casualty claim ("six people were killed in an Israeli strike", "Russian
shelling killed two"), but when the party itself is the doer of the verb ("Israel killed ten people",
"Azerbaijani troops shelled the village, killing one", "RSF membunuh 14 warga") the annotators also give the
speaker an accusation of that party.  The difference is the head of the verb's subject: the party or its
armed body ("forces", "pasukan", "the army"), never a weapon or a strike it merely modifies ("Israeli strike",
"rudal Armenia", "jet tempur Israel").  Every look is a bounded window beside the attack, so the cost is linear.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.attacks import Attack

# words that may stand between the party's name and its verb: its armed body, an alias, auxiliaries and adverbs
_BODY = frozenset(
    w for w in (*lexicon.FORCE_WORDS, "armed", "air", "force", "bersenjata", "angkatan", "udara", "'s", "\u2019s", "s",
                "had", "has", "have", "were", "was", "is", "are", "also", "again", "reportedly", "allegedly", "then",
                "repeatedly", "telah", "sudah", "juga", "kembali", "terus", "dilaporkan", "diduga", "pun", "own")
    if w not in {"jets", "jet", "drones", "helicopters", "artillery", "artileri", "pesawat"}
)
# a weapon or a strike the party's name modifies ("rudal Armenia", "serangan udara Israel", "jet tempur Israel")
_MODIFIED = frozenset((*lexicon.WEAPON_WORDS, *lexicon.ATTACK_NOUNS, "tempur", "udara", "shells", "warplane"))
# before the party: a word that makes it a modifier or an object, not a subject ("between Hezbollah and Israel"),
# or dates the toll by the war's start ("sejak Rusia menginvasi Ukraina")
_NOT_SUBJECT = frozenset(("and", "dan", "between", "antara", "of", "by", "oleh", "from", "dari", "with", "dengan",
                          "against", "terhadap", "on", "in", "di", "at", "an", "a", "since", "sejak"))
# cue words that are nouns as often as verbs ("an Israeli strike", "Russian shelling", "Armenian shells")
_NOUN_LIKE = frozenset(("strike", "shelling", "shells", "bombing", "killing", "targeting", "attacking"))
_WORD = re.compile(r"[\w'\u2019-]+|\([^()]{1,12}\)")


def party_headed(norm: str, attack: Attack) -> bool:
    """The attack's verb has the named party (or its armed body) as its subject, not a weapon it modifies."""
    mention = attack.mention
    if not attack.verb or mention is None or mention.start >= attack.start or attack.start - mention.end > 40:
        return False
    if attack.allegation.split(None, 1)[0].casefold() in _NOUN_LIKE:
        return False
    between = _WORD.findall(norm[mention.end : attack.start])
    if any(not w.startswith("(") and w.casefold() not in _BODY for w in between):
        return False  # "Israeli strike killed", "Russian shelling had killed": a weapon's toll
    before = [w.casefold() for w in _WORD.findall(norm[max(0, mention.start - 40) : mention.start])[-3:]]
    if before and before[-1] in _NOT_SUBJECT:
        return False  # "between Hezbollah and Israel", "sejak Rusia"
    return not any(w in _MODIFIED for w in before)  # "serangan drone musuh Israel", "a Saudi-led air strike"


def party_agent(norm: str, attack: Attack) -> bool:
    """A passive's agent that is the party itself ("killed by Azerbaijani forces", "dibunuh oleh RSF"), not a
    weapon or a strike it modifies ("wounded by Russia's strike", "killed by Israeli shelling")."""
    mention = attack.mention
    if not attack.by_agent or mention is None:
        return False
    after = [w.casefold() for w in _WORD.findall(norm[mention.end : mention.end + 30])[:2]]
    after = [w for w in after if w not in ("'s", "\u2019s")][:1]
    return not (after and after[0] in _MODIFIED)
