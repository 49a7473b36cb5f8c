"""A lenient match between a minted speaker's name and the gold speaker's name.

Why: a body the gazetteer lacks is minted under the words the article used for it, and an article often
shortens a body's name after the first mention ("the Sixth Division" for the "SAF Sixth Infantry Division").
The annotator writes the full name once; the extractor, reading the sentence, mints the short one.  Both
name the same body, so scoring the pair as a wrong speaker would measure the article's style, not the
extractor.  The match is deliberately narrow, so that it never accepts a different body:

- only a minted name (one the gazetteer does not know) is matched this way; a known actor is matched by
  its names and aliases alone;
- every word of the minted name must appear in the gold name (containment one way only: "Hamas" is in
  "Hamas health ministry", but the ministry is not Hamas, so a longer minted name never matches a shorter
  gold one);
- the minted name must have at least two words and at least one of them must be distinctive, not a
  generic word of bodies ("ministry", "health", "office", "division"…): "Health Ministry" could be any
  state's and never matches "Lebanese Health Ministry", "Sixth Division" is one division.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from kb.actors import normalize_name

_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_SKIP = frozenset({"the", "of", "for", "and", "in", "s"})
GENERIC = frozenset((
    "ministry", "ministries", "health", "defence", "defense", "foreign", "interior", "office", "offices", "forces",
    "force", "army", "armed", "military", "division", "brigade", "battalion", "regiment", "corps", "unit", "units",
    "command", "police", "service", "services", "authority", "authorities", "official", "officials", "government",
    "council", "committee", "department", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "local",
    "state", "national", "general", "public", "emergency", "room", "rooms", "people", "group", "groups", "agency",
    "organisation", "organization", "kementerian", "kesehatan", "pertahanan", "luar", "negeri", "dalam", "kantor",
    "pasukan", "tentara", "militer", "pemerintah", "juru", "bicara", "pejabat", "setempat", "otoritas", "komite",
    "dewan",
))


def words(name: str) -> set[str]:
    """The content words of a name, case- and accent-folded, possessive "'s" dropped."""
    folded = normalize_name(name).replace("\u2019", "'")
    return {w.removesuffix("'s") for w in _WORD.findall(folded.replace("'s", " ")) if w not in _SKIP}


def contained(minted: str, gold_names: Iterable[str]) -> bool:
    """Whether ``minted`` is a shortening of one of ``gold_names`` by the rules in the module docstring."""
    mine = words(minted)
    if len(mine) < 2 or not mine - GENERIC:
        return False
    return any(mine <= words(name) for name in gold_names)
