"""A condemnation accuses only a wrongdoer it names.

"Turkey condemned Russia's strike on the hospital" pins the strike on Russia; "X condemned the deaths of
civilians", "X mengecam kematian warga sipil" deplore an event and name no one who did it: no accusation (the
party read from them would be "deaths").  The accused must be a party the gazetteer knows or an armed
body written as such ("the junta", "pasukan musuh"); an attack condemned without its attacker ("condemned
the attack", "mengutuk serangan itu") accuses the one side the article has named attacking, if it has
named exactly one, and nobody otherwise.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.parties import compile_words

CONDEMNING = frozenset(
    ("condemned", "condemns", "condemn", "condemning", "denounced", "denounces", "denouncing", "slammed", "slams",
     "decried", "deplored", "mengecam", "mengutuk", "mengecamnya", "mengutuknya", "kecam", "kutuk")
)
_FORCES = frozenset(w.casefold() for w in lexicon.FORCE_WORDS)
_ATTACKS = compile_words((*lexicon.ATTACK_NOUNS, *lexicon.WRONGDOING_NOUNS))
# "condemned what it called a massacre", "mengutuk apa yang disebutnya sebagai “pembantaian”": the speaker's name
# for the attack, no other thing condemned
_WHAT_CALLED = (r"(?:what\s+(?:it|he|she|they)\s+(?:called|calls|described\s+as|termed)\s+"
                r"|apa\s+yang\s+(?:di)?sebut(?:nya|kan)?\s+(?:sebagai\s+)?)?")
# The condemned thing right after the verb is an attack with no party in it: "condemned the attack as a war
# crime", "mengecam serangan itu", "condemned the \u201chorrific attacks on civilians" (a quotation mark and a word
# or two of the speaker's before the noun; the subject finder reads no party there, so ``condemned`` saw nothing);
# up to three words before it ("the drone and missile attack": weapons joined, session 34).
_THE_ATTACK = re.compile(
    rf"\s*{_WHAT_CALLED}(?:(?:the|this|that|these|those|a|an|latest|recent|deadly)\s+){{0,2}}[\"\u201c\u2018]?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{alternation((*lexicon.ATTACK_NOUNS, *lexicon.WRONGDOING_NOUNS))})(?![\w-])",
    re.IGNORECASE,
)


def condemns(verb_text: str) -> bool:
    words = re.findall(r"[\w-]+", verb_text.casefold())
    return bool(words) and words[-1] in CONDEMNING


def condemned(subject: str | None, gazetteer: Gazetteer, attacker: str | None) -> str | None:
    """Whom a condemnation accuses: ``subject`` when it names a party, the article's ``attacker`` when
    the condemned thing is an attack, else None (no accusation)."""
    for part in (subject or "").split(";"):
        part = part.strip()
        if part and (gazetteer.lookup(part) is not None
                     or any(w in _FORCES for w in re.findall(r"[\w-]+", part.casefold()))):
            return subject
    return attacker if subject and _ATTACKS.search(subject) else None


def condemns_attack(norm: str, verb_end: int) -> bool:
    """Whether the words right after a condemning verb are an attack or a wrong named without its doer."""
    return _THE_ATTACK.match(norm, verb_end) is not None


__all__ = ["CONDEMNING", "condemned", "condemns", "condemns_attack"]
