"""A casualty's attacker written as a bare "junta" ("junta air strikes", "serangan udara junta", "gempuran junta
militer", "jet tempur junta"): the military government the article names.

Why: the gazetteer knows "Myanmar's junta" and "militer Myanmar" but not a bare "junta" (no state in it), so a
toll of "junta air strikes" had no attacker, and, with the article's striker unclear, no party but "people".  The
word only ever names a ruling army, so it is read as the one armed *government* among the article's armed bodies
(never an armed group named more often); an article naming none leaves it unread.  (A bare "coalition" was tried
the same way: no dev toll that lacked its attacker named one, so it was left out.)
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.alternation import alternation
from kb.extract.article_parties import ArticleParties
from kb.extract.lexicon import INCIDENT_NOUNS

_CAMPAIGNS = ("offensive", "bombardment", "bombing", "bombings", "raid", "raids", "bombardir", "pengeboman",
              "gempuran", "serbuan", "operasi")
_ATTACKS = alternation((*INCIDENT_NOUNS, *_CAMPAIGNS))
_JUNTA = re.compile(
    # "serangan udara junta", "gempuran junta militer"
    rf"(?<![\w-])(?:{_ATTACKS})(?:\s+(?:udara|militer|rudal|roket|drone|artileri))*\s+(?:oleh\s+)?junta(?![\w-])"
    # "junta air strikes", "the junta's raid", "junta jets bombed"
    rf"|(?<![\w-])junta(?:['’]s)?\s+(?:(?:air|military|fighter|jets?|warplanes|troops|forces|artillery|drone|aerial)"
    rf"\s+){{0,2}}(?:{_ATTACKS}|bombed|struck|shelled|attacked|raided|mengebom|menyerang|menggempur)(?![\w-])"
    # "jet tempur junta", "pesawat junta"
    r"|(?<![\w-])(?:jet|jet-jet|pesawat|pesawat-pesawat)(?:\s+tempur)?\s+junta(?![\w-])",
    re.IGNORECASE,
)


def junta_strikes(norm: str, lo: int, hi: int) -> bool:
    """Whether the clause ``norm[lo:hi]`` names "the junta" as the body that struck."""
    return bool(_JUNTA.search(norm, lo, hi))


def the_junta(around: ArticleParties, gazetteer: Gazetteer) -> str | None:
    """The armed government among the article's armed bodies, if there is one."""
    for _, label in around.armed:
        actor = gazetteer.lookup(label)
        if actor is not None and actor.kind == "Government":
            return label
    return None


__all__ = ["junta_strikes", "the_junta"]
