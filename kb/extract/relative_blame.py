"""The accused named in the speaker's own relative clause: "the raid drew anger from Iran, which blamed Israel",
"... memicu kecaman dari Iran, yang menyalahkan Israel".

Why: the claim's words are then the deed ("the raid on a Hezbollah commander"), and the only party they name is
the one the deed struck; the blame itself is said after the speaker, where the claim's scope does not reach.  The
object of that accusing verb is the accused, as it is after "accused" in a main clause; a speaker's clause never
names its own side as the one to blame, so a party of the speaker's side there settles nothing.
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput
from kb.extract.speakers import party_label

# a relative pronoun after the speaker (a comma or none), then an accusing verb: ", which blamed", "yang menuduh"
_RELATIVE_BLAME = re.compile(
    r"\s*,?\s*(?:which|who|yang)\s+(?:(?:had|has|have|also|quickly|immediately|telah|juga|langsung|segera)\s+)?"
    r"(?:blamed|accused|menyalahkan|menuduh|menuding)\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)
_REACH = 80  # how far after the claim's words the speaker's name may run before its clause


def relative_accused(s: SentenceInput, scope: tuple[int, int], skip: set[str]) -> str | None:
    """The party a relative clause after the speaker blames, when the clause follows the claim's words and names
    a party right after its verb; None otherwise."""
    window = s.norm[scope[1] : scope[1] + _REACH]
    end = re.search(r"[.!?;]", window)
    window = window[: end.start()] if end else window
    for match in _RELATIVE_BLAME.finditer(window):
        at = scope[1] + match.end()
        for m in s.mentions:
            if m.start == at and m.actor is not None and m.actor.iri not in skip:
                return party_label(m.actor, s.gazetteer)
        return None  # the first such clause decides: no party right after its verb, no accused from it
    return None


__all__ = ["relative_accused"]
