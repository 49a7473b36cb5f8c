"""Whether the language tag a user gave an article fits its text: a warning when it clearly does not.

Why: ``kb ingest --lang id english.txt`` stored the English text tagged "id" and read it with the Indonesian rules
(few claims, all of them tagged "id"), without a word (trial user29).  The tag is still kept, as given: the user may
know better than a count of common words, and the README promises that ``--lang`` wins.  Only a clear disagreement
is said: the other language's common words (``kb.extract.lexicon.STOPWORDS``, as ``kb.extract.lang`` counts them)
at least ``MIN_WORDS`` of them and ``RATIO`` times the given language's.  On the project's own texts, Indonesian and
English, the other language's words are at most a tenth of the text's own (``tests/test_trial_user29.py``).
The advice names the language to give: "leave it out" was wrong once the article was stored, since a re-ingest that
leaves the language out keeps the stored tag (``kb.publication``; trial user31).
"""

from __future__ import annotations

import re

RATIO = 3
MIN_WORDS = 8
NAMES = {"id": "Indonesian", "en": "English"}
_WORD = re.compile(r"[^\W\d_]+")


def counts(text: str) -> dict[str, int]:
    """How many of each language's common words the start of ``text`` has."""
    from kb.extract.lexicon import STOPWORDS

    found = dict.fromkeys(STOPWORDS, 0)
    for word in _WORD.findall(text[:20000].casefold()):
        for lang, words in STOPWORDS.items():
            if word in words:
                found[lang] += 1
    return found


def mismatch(lang: str | None, text: str, where: str, given: str = "lang") -> str | None:
    """A one-line warning naming ``where`` when ``text`` clearly reads as another language than ``lang`` (``given``:
    how the user gave it, "--lang" or "lang"), else None."""
    if not lang:
        return None
    primary = lang.split("-")[0].casefold()
    found = counts(text)
    other = max((name for name in found if name != primary), key=lambda name: found[name], default=None)
    if other is None or found[other] < MIN_WORDS or found[other] < RATIO * found.get(primary, 0):
        return None
    name = NAMES.get(other, other)
    return (f"warning: {where}: {given} {lang!r} was given, but the text reads as {name} ({other}: "
            f"{found[other]} of its common words, {found.get(primary, 0)} of {primary}'s): kept {lang!r}, so the "
            f"{NAMES.get(primary, primary)} rules read it; give {given} {other} to read it as {name}")


__all__ = ["mismatch"]
