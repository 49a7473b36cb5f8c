"""A speaker from an armed institution talking about that institution by its common name speaks of itself.

"A military source said army planes bombed rebel depots", "Military spokesman X said the army's attacks
targeted Hezbollah", "Sumber militer mengatakan pesawat tentara mengebom gudang RSF", an army whose name calls
it a defence force ("the Israel Defense Forces said the military struck a site"): the speaker's words name no
state, so its side may be unknown, but an army source's "the army" is its own army; an attack it reports is a
claim about its own side's action, not an accusation.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.armies import of_state
from kb.extract.speakers import Speaker

# The institution words a speaker and the attacker share ("military source" ... "army planes").
_BODY = re.compile(
    r"(?<![\w-])(?:army|military|militer|tentara|armed\s+forces|angkatan\s+bersenjata|air\s+force|"
    r"angkatan\s+udara|defen[cs]e\s+(?:forces|army)|pasukan\s+pertahanan)(?![\w-])",
    re.IGNORECASE,
)
# A foreign or hostile word in the attacker's phrase makes it someone else's ("enemy army", "junta army").
_OTHER = re.compile(
    r"(?<![\w-])(?:enemy|musuh|junta|rezim|regime|occupation|occupying|pendudukan|penjajah|zionis|rebel|rebels|"
    r"pemberontak)(?![\w-])",
    re.IGNORECASE,
)


def speaks_of_own_body(subject: str | None, speaker: Speaker, gazetteer: Gazetteer) -> bool:
    """Whether ``subject`` (an accused as written, no party the gazetteer knows) is the speaker's own armed
    institution: both are written with an army word and the subject carries no hostile word."""
    if not subject or gazetteer.lookup(subject) is not None or _OTHER.search(subject) or not _BODY.search(subject):
        return False
    if speaker.actor is not None and speaker.actor.kind in ("Group", "Organization") \
            and not of_state(speaker.actor, gazetteer):
        return False  # "the Arakan Army said ... killed by the military": a rebel army's "military" is the state's
    said_by = " ".join(filter(None, (speaker.label, speaker.role)))
    return bool(_BODY.search(said_by)) and not _OTHER.search(said_by)


__all__ = ["speaks_of_own_body"]
