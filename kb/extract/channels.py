"""Words about how something was said, not what: the channel after a verb ("..., X announced in a statement
posted on his Telegram channel", "..., ujar X melalui akun Instagram resminya"), and "according to him"
("Menurutnya, ..."), which credits the last speaker.
"""

from __future__ import annotations

import re

# Where the words were said, after the verb ("..., X announced in a statement posted on his Telegram
# channel", "..., ujar X melalui akun Instagram resminya"): a channel, not what was said.
CHANNEL = re.compile(
    r"\s*(?:,\s*)?(?:in|on|via|through|during|at|dalam|melalui|lewat|di|saat)\s+(?:(?:a|an|the|his|her|its|their|sebuah|"
    r"own|official|resmi|televised|weekly|daily|written|separate|press|[a-z]+ly)\s+){0,3}(?:[a-z]+\s+)?(?:statement|post|"
    r"posting|video|message|"
    r"interview|briefing|address|speech|telegram|facebook|twitter|instagram|channel|website|broadcast|conference|"
    r"pernyataan|unggahan|akun|wawancara|konferensi|pidato|siaran|keterangan)(?![\w-])",
    re.IGNORECASE,
)
# "Menurutnya, 20 orang terluka", "according to him": the person (or body) who spoke last.
ACCORDING_PRONOUN = re.compile(
    r"(?<![\w-])(?:menurutnya|menurut\s+(?:dia|beliau|mereka)|according\s+to\s+(?:him|her|them|it))(?![\w-])",
    re.IGNORECASE,
)


def said_through(norm: str, tail: int, after: tuple[int, int]) -> bool:
    """Only a channel follows the verb: no "that", figure or quotation in the words after it."""
    if not CHANNEL.match(norm, tail):
        return False
    return not re.search(r"\d|[\"“”]|(?<![\w-])(?:that|bahwa)(?![\w-])", norm[after[0] : after[1]], re.IGNORECASE)
