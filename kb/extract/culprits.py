"""A call addressed to the culprits ("those responsible", "mereka yang bertanggung jawab", "the perpetrators").

Why: the conventions give a call's addressees; "urged that those responsible face trial" names them only as
whoever struck, and the gold writes the attacker the article names (a UN call after an air strike is
addressed to the army that flew it).  With no party in the sentence the call had no subject at all; it now takes
the article's striker (``ArticleParties.striker``), and stays without one when the article names none.
"""

from __future__ import annotations

import re

_CULPRITS = re.compile(
    r"(?<![\w-])(?:(?:those|anyone|whoever\s+(?:was|is)|the\s+people|the\s+ones)\s+responsible"
    r"|the\s+(?:perpetrators|culprits)|(?:mereka|pihak|orang-orang|siapa\s+pun)\s+yang\s+bertanggung\s+jawab"
    r"|para\s+pelaku(?:nya)?|pelakunya)(?![\w-])",
    re.IGNORECASE,
)


def to_culprits(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the call's scope addresses the culprits of an attack rather than a named party."""
    return bool(_CULPRITS.search(norm, *scope))


__all__ = ["to_culprits"]
