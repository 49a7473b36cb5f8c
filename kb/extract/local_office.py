"""A personal office named by a place the gazetteer lacks: "Two died in the shelling of Orlovka, the mayor said".

Why: ``holders.office_at_place`` names a bare "the mayor" / "gubernur" by the one place its sentence names, but
only a place the gazetteer knows, so a small town's mayor fell to the outlet (the reporter) although the sentence
says who spoke.  A town the gazetteer lacks is still written as a place: one capitalised word right after a word
that introduces a place ("of", "in", "near", "di", "kota").  Exactly one such word must stand in the sentence;
two (or none) leave the office unnamed, as before.
"""

from __future__ import annotations

import re

from kb.extract.holders import ROLE_WORDS

_AFTER_PLACE_WORD = re.compile(
    r"(?<![\w-])(?:of|in|near|at|outside|di|dekat|kota|desa|town\s+of|city\s+of)\s+"
    r"(?P<name>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)(?![\w'’-])",
    re.IGNORECASE,
)
# A comma-set description that says the name before it is a place: "walikota Sukamaju, sebuah kota di ...", "the
# governor of Orlovka, a town near ..."; the name is where the office holder governs, never the holder.
PLACE_APPOSED = re.compile(
    r"\s*,\s*(?:sebuah|suatu|a|an|the)\s+(?:(?:small|large|kecil|besar|frontline|border|port|coastal)\s+)?"
    r"(?:kota|desa|kabupaten|wilayah|provinsi|distrik|kecamatan|city|town|village|region|province|district)(?![\w-])",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "senin", "selasa", "rabu", "kamis",
    "jumat", "sabtu", "minggu", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "the", "a", "an",
))


def unknown_place(norm: str) -> str | None:
    """The one place the sentence names after a place word, known to the gazetteer or not; None unless one."""
    found: set[str] = set()
    for m in _AFTER_PLACE_WORD.finditer(norm):
        if m.group("name").split()[0].casefold() in _NOT_PLACES:
            continue
        if _ANOTHER.match(norm, m.end()):
            return None  # "in Orlovka and Petrivka": two places, whose office is it
        found.add(m.group("name"))
    return found.pop() if len(found) == 1 else None


_ANOTHER = re.compile(r"\s*(?:,|and|or|dan|atau|serta)\s+(?-i:[A-Z])", re.IGNORECASE)


def office_at_unknown_place(norm: str, words: list[str], lang: str) -> str | None:
    """"Orlovka mayor" / "Walikota Orlovka" for a bare personal office in a sentence naming one place."""
    place = unknown_place(norm)
    role = " ".join(w for w in words if w in ROLE_WORDS and w != "regional")
    if place is None or not role:
        return None
    return f"{role.capitalize()} {place}" if lang == "id" else f"{place} {role}"


__all__ = ["PLACE_APPOSED", "office_at_unknown_place", "unknown_place"]
