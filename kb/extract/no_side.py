"""Bodies of no side in a war, read from the gazetteer's ``ckb:neutral``: one source of truth for the extractor.

Why: the extractor kept its own list of such bodies (regex fragments for the UN, the Red Cross, "Human Rights",
"Doctors" ...) beside the gazetteer's mark, which the conflict rules read.  The two disagreed: the list took a
side's own ombudsman ("... Human Rights Defender", which represents Karabakh's authorities) and the EU for bodies
of no side, and missed MSF and the OSCE Minsk Group.  Now an actor is of no side when it, or a body it speaks for
(``ckb:represents``, followed to the top), is marked neutral; a minted actor, which the gazetteer never marks, is
of no side when its name holds the name of a marked body ("UN officials", "WHO experts", "pejabat PBB").
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from kb.actors import Actor, Gazetteer

_PATTERNS: WeakKeyDictionary[Gazetteer, re.Pattern[str] | None] = WeakKeyDictionary()


def _names_pattern(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """One pattern for every name of every neutral body (cached per gazetteer): a whole word or run of words,
    matched as written, so that "WHO" is the organisation and "who" is not."""
    if gazetteer not in _PATTERNS:
        names = sorted({n for a in gazetteer if a.neutral for n in a.names() if len(n) >= 2}, key=len, reverse=True)
        body = "|".join(re.escape(n) for n in names)
        _PATTERNS[gazetteer] = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])") if names else None
    return _PATTERNS[gazetteer]


def neutral(actor: Actor | None, gazetteer: Gazetteer | None) -> bool:
    """Whether ``actor`` is of no side: marked ``ckb:neutral``, speaking for a marked body, or minted with a
    marked body's name in its own ("UN's OCHA" before it resolved, "UN officials")."""
    seen: set[str] = set()
    current = actor
    while current is not None and current.iri not in seen:
        if current.neutral:
            return True
        seen.add(current.iri)
        current = gazetteer.by_iri(current.represents) if current.represents and gazetteer is not None else None
    if actor is None or gazetteer is None or not actor.minted:
        return False
    return neutral_name(actor.label, gazetteer)


def neutral_name(label: str, gazetteer: Gazetteer) -> bool:
    """Whether a label the gazetteer may not know names a body of no side: it is one, or holds one's name."""
    known = gazetteer.lookup(label)
    if known is not None:
        return neutral(known, gazetteer)
    pattern = _names_pattern(gazetteer)
    return pattern is not None and pattern.search(label) is not None
