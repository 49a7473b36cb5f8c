"""Bodies that count the dead, named by their trade in the sentence (session 21, issue 13).

The session-18 convention (tests/realworld/README.md, rule 1): a body whose trade is counting the dead (a health
ministry, a civil defence, a hospital, medics, an emergency or rescue service) reporting "X's strike killed two",
"pasukan X telah menewaskan 425", "killed ... by the X army" gives a casualty whose parties carry X and no
accusation; only a charge beyond the strike (a violation, a massacre, targeting civilians) accuses.  Two gaps
let such tolls accuse all the same:

- a spokesman the gazetteer does not know is read with his trade cut short or not at all ("Civil defence
  spokesman Mahmud Bassal" gives the role "defence spokesman"), so ``stance_gates.records_harm`` misses him;
  the words just before his name in the same sentence still say whom he speaks for;
- "the party itself did it" ("Israeli forces killed", "killed by the Israeli army") was read as a charge
  beyond the strike for every recording body; for a body that counts the dead it is the same toll told with
  its cause as the subject (a news agency telling an enemy's strike keeps that reading: ``press``).
"""

from __future__ import annotations

import re

from kb.extract.speakers import Speaker

# the trades that count the dead (no news agencies: a state agency telling the enemy's strike is a side's voice)
_COUNTS = re.compile(
    r"(?<![\w-])(?:health\s+ministry|ministry\s+of\s+(?:public\s+)?health|health\s+(?:authorities|officials?)"
    r"|kementerian\s+kesehatan|kemenkes|civil\s+defen[cs]e|pertahanan\s+sipil|emergency\s+services?"
    r"|layanan\s+darurat|rescue\s+services?|ambulance\s+service|paramedics|medics|hospital\s+director"
    r"|dinas\s+kesehatan|otoritas\s+kesehatan"
    # doctors' bodies that keep a war's tolls ("Sudan Doctors Network", "Jaringan Dokter Sudan")
    r"|doctors['\u2019]?\s+(?:network|union|syndicate|committee)|(?:jaringan|serikat|komite)\s+dokter)"
    r"(?:['\u2019]s)?(?![\w-])",
    re.IGNORECASE,
)
_BEFORE = 60  # characters before the name within which the trade is told ("civil defence agency spokesman X")
_PRESS = frozenset(("NewsAgency", "Outlet"))
_AND = re.compile(r",|(?<![\w-])(?:and|dan|serta)(?![\w-])", re.IGNORECASE)
_APPOSED = re.compile(r",\s*$")  # the comma of an apposition right before the name
_APART = re.compile(r"[,;:.!?()\u201c\u201d\"]")  # the trade belongs to another clause or speaker


def counts_dead(norm: str, speaker: Speaker) -> bool:
    """Whether ``speaker`` is a body that counts the dead: by its own label or role, or by the trade written just
    before its name in this sentence ("Civil defence spokesman Mahmud Bassal said", "juru bicara Kementerian
    Kesehatan Ashraf al-Qudra")."""
    if speaker.members:  # "residents and medics said": the residents count nobody, so the pair is a side's voice
        return all(counts_dead(norm, member) for member in speaker.members)
    actor = speaker.actor
    if actor is not None and actor.kind in _PRESS:
        return False
    if counts_dead_label(actor.label if actor is not None else speaker.label) or _COUNTS.search(speaker.role or ""):
        return True
    at = norm.find(speaker.label)
    trades = list(_COUNTS.finditer(norm, max(0, at - _BEFORE), at)) if at > 0 else []
    gap = norm[trades[-1].end() : at] if trades else ""
    return bool(trades) and _APART.search(_APPOSED.sub("", gap)) is None  # "juru bicara Pertahanan Sipil Gaza, X"


def counts_dead_label(label: str) -> bool:
    """Every body a label coordinates counts the dead ("residents and medics": the residents do not); also what
    keeps a doctors' body of no side from being one of an article's sides (``article_parties``)."""
    return all(_COUNTS.search(part) for part in _AND.split(label))


def press(speaker: Speaker) -> bool:
    """A news agency or outlet quoted as a source (``stance_gates._PRESS``)."""
    return speaker.actor is not None and speaker.actor.kind in _PRESS
