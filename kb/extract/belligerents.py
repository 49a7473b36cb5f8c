"""Belligerents named by a generic word ("the junta's air force", "regime forces", "the paramilitary", "the rebels",
"occupation forces", "Zionist forces", "the enemy", "pasukan junta", "rezim", "paramiliter", "pemberontak", "musuh")
resolved to the party the article names.

Why: such words name a party only through the article: the war it reports (its two main sides,
``ArticleParties.main``), which side is a military government, which is the armed group fighting a state, which
side the speaker is on.  Left as written, the party of an accusation, a toll's attacker or a ceasefire's side is
"paramilitary" or "musuh", which no reader (and no conflict query) can join to the Rapid Support Forces or to
Israel.  Each word has a role, and a role resolves only where the article makes it unambiguous:

- ``enemy`` ("the enemy", "adversary", "opposing forces", "musuh", "lawan"): the other main side of a speaker who
  is one of the two; a speaker of no side (a UN body, the reporter) names nobody by it;
- ``junta`` ("junta", "pasukan junta"): the one military government the article names;
- ``regime`` ("regime forces", "rezim"): that military government, else the speaker's enemy;
- ``group`` ("the paramilitary", "the rebels", "insurgents", "separatists", "pemberontak"): the one main side that is
  an armed group when the other is a state; an article whose two main sides are both groups leaves it unread;
- ``occupier`` ("occupation forces", "occupiers", "penjajah", "pasukan pendudukan"): the speaker's enemy, else
  the one main side that is a state fighting a group, else the one main side with an armed body in the article;
- ``coalition`` ("the coalition forces", "koalisi"): the one coalition of states the article names;
- ``zionist`` ("Zionist forces", "zionis"): Israel, when the article names it as a main side or an armed body.

The article's own words are never guessed from the war alone: an article naming neither party leaves the word.
The pass is one look at each draft's subject, so its cost is linear in the drafts.
"""

from __future__ import annotations

import re

from kb.actors import Actor, Gazetteer
from kb.extract.armies import of_state
from kb.extract.article_parties import ArticleParties
from kb.extract.attacks import find_attacks
from kb.extract.belligerent_words import FILLER as _FILLER
from kb.extract.belligerent_words import ROLE_WORDS as _ROLE_WORDS
from kb.extract.belligerent_words import ROLES as _ROLES
from kb.extract.drafts import Draft
from kb.extract.forces import resolve_force
from kb.extract.mentions import Mention
from kb.extract.speaker_sides import military_government
from kb.extract.speakers import side_label, speaker_side

_WORD = re.compile(r"[\w-]+(?:['\u2019]s)?")
_COALITION = re.compile(r"(?<![\w-])(?:coalition|koalisi)(?![\w-])", re.IGNORECASE)
# The two sides of the war said as a pair (never "all parties", "semua pihak", which the annotation keeps as such).
_PAIR = re.compile(r"(?<![\w-])(?:both\s+sides|the\s+two\s+sides|both\s+parties|kedua\s+(?:belah\s+)?pihak)(?![\w-])",
                   re.IGNORECASE)
_PAIRED = ("ceasefire", "talks", "call")
_TYPES = ("accusation", "casualty", "ceasefire", "talks", "call", "denial")


def role_of(phrase: str | None) -> str | None:
    """The role of a phrase made only of generic belligerent words, one of them a role word; else None."""
    words = [w.casefold().replace("\u2019", "'").removesuffix("'s") for w in _WORD.findall(phrase or "")]
    if not words or len(words) > 6 or not all(w in _ROLE_WORDS or w in _FILLER for w in words):
        return None
    return next((role for role, marks in _ROLES if any(w in marks for w in words)), None)


def _actor(label: str, gazetteer: Gazetteer) -> Actor | None:
    return gazetteer.lookup(label)


def _is_group(label: str, gazetteer: Gazetteer) -> bool:
    """An armed group of no state (a militia, a paramilitary, a resistance force), by the gazetteer."""
    actor = _actor(label, gazetteer)
    return actor is not None and actor.kind in ("Organization", "Group") and not of_state(actor, gazetteer) \
        and not military_government(actor)


def _is_state(label: str, gazetteer: Gazetteer) -> bool:
    """A state's side: the state, its government or army, or the military government ruling it."""
    actor = _actor(label, gazetteer)
    return actor is not None and (of_state(actor, gazetteer) or military_government(actor))


def _against_group(around: ArticleParties, gazetteer: Gazetteer, want_group: bool) -> str | None:
    """Of a war between one state and one armed group (its two main sides), the group or the state."""
    two = around.main[:2]
    if len(two) < 2:
        return None
    groups = [p for p in two if _is_group(p, gazetteer)]
    states = [p for p in two if _is_state(p, gazetteer)]
    if len(groups) != 1 or len(states) != 1:
        return None  # two groups ("the rebels" of two rebel movements), two states: whose is not said
    return groups[0] if want_group else states[0]


def _junta(around: ArticleParties, gazetteer: Gazetteer) -> str | None:
    """The one military government among the article's main sides and armed bodies."""
    found = {p for p in (*around.main[:2], *(label for _, label in around.armed))
             if (actor := _actor(p, gazetteer)) is not None and military_government(actor)}
    return found.pop() if len(found) == 1 else None


def _one_armed(around: ArticleParties) -> str | None:
    """The one main side with an armed body in the article (an occupier has troops there): "pasukan
    pendudukan" said by a ministry of no known side in a report of Israel's army against Palestine."""
    armed = {side for side, _ in around.armed if side in around.main[:2]}
    return armed.pop() if len(armed) == 1 else None


def _coalition(around: ArticleParties) -> str | None:
    """The one coalition of states the article names as a side, an armed body or an attacker."""
    named = (*around.main[:2], *(label for _, label in around.armed), *around.inflictors, *around.accused)
    found = {p for p in named if _COALITION.search(p)}
    return found.pop() if len(found) == 1 else None


def _israel(around: ArticleParties, gazetteer: Gazetteer) -> str | None:
    """Israel's side as the article names it (a main side or an armed body), if it does."""
    israel = _actor("Israel", gazetteer)
    if israel is None:
        return None
    own = side_label(israel, gazetteer)
    return own if own in around.main[:2] or any(side == own for side, _ in around.armed) else None


def resolve(phrase: str | None, side: str | None, around: ArticleParties, gazetteer: Gazetteer) -> str | None:
    """The party a generic belligerent ``phrase`` names for a speaker of ``side``, or None where the article
    leaves it open (see the module's roles)."""
    role = role_of(phrase)
    enemy = around.opponent(side) if side else None
    if role == "zionist":
        return _israel(around, gazetteer)
    if role == "enemy":
        return enemy
    if role == "coalition":
        return _coalition(around)
    if role == "junta":
        return _junta(around, gazetteer)
    if role == "regime":
        return _junta(around, gazetteer) or enemy
    if role == "group":
        group = _against_group(around, gazetteer, True)
        return group if group != side else None
    if role == "occupier":
        return enemy or _against_group(around, gazetteer, False) or _one_armed(around)
    return None


def resolve_drafts(drafts: list[Draft], around: ArticleParties, gazetteer: Gazetteer, norm: str,
                   mentions: list[Mention]) -> None:
    """Give each draft's generic belligerent parties the article's party they name (in place); a toll whose
    attacker the sentence names only by such words ("killed when paramilitary fighters stormed a village",
    "tewas dalam serangan musuh") gets that party as its attacker."""
    for draft in drafts:
        if draft.type not in _TYPES or not draft.subject:
            continue
        side = speaker_side(draft.speaker, gazetteer)
        parts = [p.strip() for p in draft.subject.split(";") if p.strip()]
        if draft.type == "casualty" and len(parts) == 1:
            attacker = _generic_attacker(norm, draft.scope, mentions, side, around, gazetteer)
            if attacker is not None and attacker != parts[0]:
                parts.append(attacker)
        if draft.type in _PAIRED and parts == ["all parties"] and len(around.main) >= 2 \
                and _PAIR.search(norm, *draft.scope):  # "both sides agreed to a truce": the war's two sides
            parts = list(around.main[:2])
        named = [resolve(p, side, around, gazetteer) or p for p in parts]
        draft.subject = "; ".join(named if draft.type == "casualty" else dict.fromkeys(named))


def _generic_attacker(norm: str, scope: tuple[int, int], mentions: list[Mention], side: str | None,
                      around: ArticleParties, gazetteer: Gazetteer) -> str | None:
    """The one party the attacks of ``scope`` name by generic words, when they name no party outright."""
    attacks = find_attacks(norm, scope, mentions, gazetteer, set())
    if not attacks or any(a.mention is not None for a in attacks):
        return None
    found = {resolve(a.accused, side, around, gazetteer) if role_of(a.accused)
             else resolve_force(a.accused, around.forces, side) for a in attacks}
    return found.pop() if len(found) == 1 else None


__all__ = ["resolve", "resolve_drafts", "role_of"]
