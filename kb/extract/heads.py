"""The head noun of a speaker phrase, and whether it names speakers.

Why apart from ``speakers``: the head decides whether an unknown phrase speaks at all ("local officials",
"media reports", "a resident of the village") and whether a party named in it is the speaker or only
qualifies it ("Houthi media" are the media, not the Houthis); both are questions about one phrase's words.
"""

from __future__ import annotations

from kb.extract import lexicon
from kb.extract.holders import QUANTIFIERS

_HEADS = frozenset(w for h in (*lexicon.SPEAKER_HEADS, *lexicon.ROLE_HEADS) for w in h.split())
MEDIA = frozenset(("media", "outlets", "newspapers", "broadcasters"))


def head(words: list[str], lang: str) -> str:
    """The head noun of a phrase: the last word in English, the first in Indonesian."""
    return (words[-1] if lang == "en" else words[0]) if words else ""


PAPERS = frozenset(("reports", "report", "figures", "data", "estimates", "accounts", "tallies", "statistics"))


def headed(words: list[str], lang: str) -> bool:
    """Whether the phrase's head noun (first word in Indonesian, last in English) names speakers."""
    words = [w for w in words if w not in QUANTIFIERS] or words
    if lang == "en" and len(words) > 1 and words[-1] in PAPERS and words[-2] not in ("official", "local"):
        words = words[:-1]  # "media reports", "official figures": who issued them heads the phrase
    if lang == "en" and "of" in words[1:]:
        words = words[: words.index("of", 1)]  # "a resident of the village": the head comes before "of"
    if lang == "en" and "in" in words[1:]:
        words = words[: words.index("in", 1)]  # "officials in Kharkiv": the head comes before "in"
    if lang == "en" and "and" in words[1:-1]:  # "locals and media reports": either conjunct may name them
        return words[words.index("and") - 1] in _HEADS or words[-1] in _HEADS
    return (words[-1] if lang == "en" else words[0]) in _HEADS
