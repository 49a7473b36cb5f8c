"""The agent after "by"/"oleh" of an attack noun or passive: "attack by X", "dibunuh oleh bom dan rudal X", "came
under fire from X", the Indonesian passive's bare agent ("ditembaki pasukan Armenia", "serangan yang dilancarkan
Amerika").

Apart from ``attack_agents`` (a verb's subject, the party beside a noun) because the agent here follows the cue:
its own window after it, weapons and force words skipped, a holder of the place ("areas held by the Houthis")
refused, and a name the gazetteer lacks taken only right after the cue.  ``attack_agents.noun_agent`` tries it
first; ``attacks`` and ``unpinned`` use it and its pattern directly.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.armed_phrases import as_written as _as_written
from kb.extract.armed_phrases import is_force as _force
from kb.extract.mentions import Mention
from kb.extract.qualifiers import attributive
from kb.extract.speakers import party_label

_SKIP_AFTER_BY = frozenset((*lexicon.WEAPON_WORDS, *lexicon.FORCE_WORDS, "the", "a", "an", "dan", "and", "pihak",
                            "angkatan", "bersenjata", "udara", "darat", "laut",  # "dari angkatan bersenjata X"
                            # who of the party did it: "oleh pejuang RSF", "by members of the militia"
                            "fighters", "pejuang", "members", "anggota", "of", "personel", "personnel"))

BY = re.compile(
    r"[\s\"\u201c\u201d]*(?:[\w\"\u201c\u201d-]+\s+){0,4}?(?:yang\s+)?(?:dilakukan\s+|dilancarkan\s+|"
    r"diluncurkan\s+|carried\s+out\s+|launched\s+|unleashed\s+)?(?:oleh|by)\s+",
    re.I,
)
# the Indonesian passive's agent bare after the verb, in a relative clause on the attack ("serangan yang dilancarkan
# Amerika", "pengeboman brutal yang dilakukan militer Israel"): as much the doer as after "oleh"
_BARE_BY = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?yang\s+(?:telah\s+|sudah\s+)?(?:dilakukan|dilancarkan|diluncurkan)\s+(?!oleh\s)",
    re.I,
)

# Indonesian passives; "under fire from"; "mendapat tembakan dari"
_BARE_AGENT = re.compile(r"di[a-z]+|.*\s(?:from|by|dari)", re.I)


def by_agent(
    norm: str, cue: re.Match[str], span: tuple[int, int], parties: list[Mention], gazetteer: Gazetteer
) -> tuple[str, Mention | None] | None:
    """The party after "oleh"/"by" ("attack by X", "dibunuh oleh bom dan rudal X"), weapons skipped; or
    right after the cue when it ends in "from"/"by" ("came under fire from X") or is an Indonesian passive,
    whose agent may follow it bare ("ditembaki pasukan Armenia")."""
    by = BY.match(norm, cue.end(), min(span[1], cue.end() + 60)) or _BARE_BY.match(norm, cue.end(), span[1])
    if by is None and not _BARE_AGENT.fullmatch(cue.group(0)):
        return None
    if by is not None and _HELD_BY.search(by.group(0)):
        return None  # "strikes on areas held by the Houthis": the holder of the place did not strike
    start = by.end() if by is not None else cue.end()
    words: list[str] = []
    for token in re.finditer(r"[\w'\u2019-]+", norm[start : min(span[1], start + 50)]):
        at = start + token.start()
        agent = next((m for m in parties if m.start == at), None)
        if agent is not None and attributive(norm, agent.end):
            continue  # "by the Iran-backed Houthis": Iran backs the doer named next
        if agent is not None:
            return party_label(agent.actor, gazetteer), agent  # type: ignore[arg-type]
        words.append(token.group(0))
        if token.group(0).casefold() not in _SKIP_AFTER_BY or len(words) == 4:
            break
    named = [w for w in words if w.casefold() not in ("the", "a", "an", "pihak")]  # "by the coalition"
    if named and _force(named[0]):
        return _as_written(named)
    return _named_after_by(norm, start, span) if by is not None and _DIRECT_BY.fullmatch(by.group(0)) else None


_HELD_BY = re.compile(  # ... nor did its owner ("hit a facility owned by Yemen's oil company", "dimiliki oleh")
    r"\b(?:held|controlled|run|occupied|owned|operated|managed|dikuasai|dikendalikan|diduduki|dimiliki|dikelola)"
    r"\s+(?:oleh|by)\s+$", re.I)

# "by" right after the attack ("fired by", "serangan yang dilakukan oleh"), not after other words ("a strike on a
# rally organised by the ministry ...": whoever organised it did not attack)
_DIRECT_BY = re.compile(
    r"\s*(?:(?:itu|tersebut|ini)\s+)?(?:yang\s+|(?:was|were|has\s+been|had\s+been)\s+)?"
    r"(?:(?:dilakukan|dilancarkan|diluncurkan|carried\s+out|launched|conducted)\s+)?(?:oleh|by)\s+", re.I
)
_CAPITALISED = re.compile(
    r"(?:(?:the|The)\s+)?((?:[A-Z][\w'\u2019-]*|al-\w+)(?:\s+(?:[A-Z][\w'\u2019-]*|al-\w+)){0,3})"
)


def _named_after_by(norm: str, start: int, span: tuple[int, int]) -> tuple[str, None] | None:
    """A name the gazetteer lacks after "by"/"oleh" ("was fired by the Islamic Jihad group", "launched by
    Wagner"): unseen text names groups no list holds, and the agent of a passive attack is who did it."""
    name = _CAPITALISED.match(norm, start, min(span[1], start + 60))
    if name is None or name.group(1).split()[0] in _NOT_NAMES:
        return None
    return name.group(1), None


_NOT_NAMES = frozenset((*(m.title() for m in lexicon.MONTHS), *(w.title() for w in lexicon.WEEKDAYS), "I"))
