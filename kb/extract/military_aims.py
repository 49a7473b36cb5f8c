"""A strike told with a military site as what it hit, and no party named as its attacker (session 21, issue 13).

"The Israeli military said fighter jets struck a military site", "the ministry said the strike was targeted at a
military gathering", "roket itu menghantam pangkalan militer di dekat Haifa, kata Hizbullah": a side telling a
strike on soldiers or bases with no attacker named tells its own operation, not an attack on it to blame on the
other side (dev: 3 such sentences were read as blame, none is annotated so).  A strike on the speaker's own base
names the base as its own ("our base", "pangkalan kami") or names its attacker, which this does not touch.
"""

from __future__ import annotations

import re

_MILITARY_AIM = re.compile(
    r"\s+(?:(?:at|on|against|terhadap|ke)\s+)?(?:(?:a|an|the|sebuah|several|beberapa|two|three|dua|tiga)\s+)?"
    r"(?:(?:military|army|militer|tentara)\s+(?:sites?|bases?|gathering|positions?|targets?|facilit(?:y|ies)"
    r"|installations?|posts?|headquarters)|(?:pangkalan|situs|sasaran|posisi|target|markas|fasilitas|pos)\s+militer)"
    r"(?![\w-])",
    re.I,
)


def military_aim(norm: str, end: int) -> bool:
    """Whether the words right after an attack cue ending at ``end`` name a military site as what it hit."""
    return _MILITARY_AIM.match(norm, end) is not None
