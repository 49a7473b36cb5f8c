"""Which language an article is in, when its metadata does not say: count common function words."""

from __future__ import annotations

import re

from kb.extract.lexicon import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, default: str = "id") -> str:
    """The language whose stopwords are most frequent in ``text`` ("id" or "en"); ``default`` on a tie."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text[:20000].casefold()):
        for lang, words in STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts.values())
    winners = [lang for lang, n in counts.items() if n == best]
    return default if best == 0 or default in winners else winners[0]


def article_language(lang: str | None, text: str) -> str:
    """The metadata's language when given (its primary subtag) and one the rules read (id, en), else the detected one:
    an article tagged "fr" keeps its tag in the store, but its text is read by the lexicon closest to it (tryout 20)."""
    primary = lang.split("-")[0].casefold() if lang else ""
    return primary if primary in ("id", "en") else detect_language(text)
