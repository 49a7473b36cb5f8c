"""Words that count people in front of a speaker's head: "Three Afghan officials", "two diplomats", "dua
pejabat", "several residents", "beberapa saksi", "12 officials".

Why one table: the speaker rules each kept their own short list ("two", "three", "several"), so "Four
officials said" or "lima warga" read the numeral as part of a name ("Four Afghan" as a person) or missed the
head.  A count says how many people spoke, never who they are: it is set aside before the phrase is read,
in every language and for every number word the quantity parser knows.
"""

from __future__ import annotations

import re

from kb.extract.lexicon_text import EN_SCALES, EN_UNITS, ID_SCALES, ID_UNITS

# Vague counts of people, both languages ("some" and "many" lead a plural; "para" marks one in Indonesian).
_VAGUE = frozenset((
    "several", "some", "many", "few", "numerous", "multiple", "various", "dozens", "scores", "hundreds",
    "thousands", "beberapa", "sejumlah", "banyak", "puluhan", "ratusan", "ribuan", "para", "sebagian",
))
_SINGULAR = frozenset(("a", "one", "satu", "seorang", "zero", "nol"))  # "one resident" is as written: one person
COUNT_WORDS: frozenset[str] = frozenset(
    {w for w in (*EN_UNITS, *ID_UNITS) if w not in _SINGULAR} | set(EN_SCALES) | set(ID_SCALES) | _VAGUE
    | {"se" + s for s in ID_SCALES} | {"sepuluh", "sebelas"}
)
_COUNT = re.compile(
    r"(?:(?:a\s+few|a\s+number\s+of|a\s+handful\s+of|a\s+dozen|\d[\d.,]*|[^\W\d_]+)(?:[\s-]+|$))",
    re.IGNORECASE,
)


def is_count(word: str) -> bool:
    """Whether a folded word counts people ("three", "dua", "several", "12", "twenty-one")."""
    if word[:1].isdigit():
        return True
    return all(part in COUNT_WORDS for part in word.casefold().split("-")) if word else False


def after_count(norm: str, start: int, end: int) -> int:
    """Where a speaker phrase starts once a leading count is set aside ("Three Afghan officials" ->
    "Afghan officials"); ``start`` itself when it opens with no count, or when nothing would be left."""
    pos = start + len(norm[start:end]) - len(norm[start:end].lstrip(" ,"))
    first = pos
    while pos < end:
        match = _COUNT.match(norm, pos, end)
        if match is None:
            break
        word = match.group(0).strip(" -").casefold()
        if not (is_count(word) or word in ("a few", "a dozen") or word.startswith(("a number", "a handful"))):
            break
        pos = match.end()
    rest = norm[pos:end].strip(" ,")
    return pos if pos > first and rest and rest[0].isalpha() and rest.split()[0].casefold() not in ("of", "dari") \
        else start
