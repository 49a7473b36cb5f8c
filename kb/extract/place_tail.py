"""A speaker body qualified by the place it serves: "Emergency services in the Zaporizhzhia region", "local
authorities in Kherson region", "Pejabat di wilayah Zaporizhzhia", "officials at Al-Aqsa hospital in central
Gaza", "the health ministry in the Houthi-controlled capital Sanaa".

Why: walking leftwards from the verb, the reader met the place first and stopped there, so the place spoke
("Kherson", "Sanaa") or, on the preposition, nobody did and the outlet got the claim.  Here the place
qualifier at the end of the phrase is set aside, the body before it is read as usual, and when that body
is an institution or an unnamed group (its head word says so) the whole phrase speaks, place included: the
place says which branch, it is never the speaker.  The regular expression is anchored at the verb and
looks back a bounded 90 characters, so the cost stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kb.extract.phrases import clean_label

if TYPE_CHECKING:
    from kb.extract.mentions import Mention
    from kb.extract.speakers import Speaker

_PLACE_NOUNS = (r"(?i:region|province|oblast|city|town|village|district|capital|area|governorate|strip|territory|"
                r"camp|hospital|wilayah|provinsi|kota|desa|kabupaten|daerah|distrik|kawasan|kecamatan|ibu\s+kota|"
                r"rumah\s+sakit|kamp)")
_DIRECTIONS = (r"(?i:southern|northern|eastern|western|central|north|south|east|west|north-eastern|north-western|"
               r"south-eastern|south-western|selatan|utara|timur|barat|tengah|occupied|besieged|war-torn|"
               r"breakaway|separatist|disputed|embattled|restive|ethnic|frontline|border|"
               r"[a-z]+-(?:controlled|held|run|occupied|installed))")
# Indonesian qualifies a place noun after it: "di wilayah separatis itu", "di kota perbatasan tersebut".
_ID_AFTER = r"(?:\s+(?i:separatis|perbatasan|pendudukan)(?:\s+(?i:itu|tersebut|ini))?)?"
_NAME = r"(?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)"
# One place qualifier right before the verb: a preposition, "the", directions or a controlling party, an
# optional place noun ("region of"), then a name of up to three words and an optional place noun after it,
# or only a place noun ("in the town").
TAIL = re.compile(
    rf"\s(?i:in|of|at|for|from|di|dari|untuk)\s+(?:(?i:the)\s+)?(?:{_DIRECTIONS}\s+){{0,2}}"
    rf"(?:(?:{_PLACE_NOUNS}\s+(?:(?i:of)\s+)?(?:(?i:the)\s+)?(?:{_DIRECTIONS}\s+)?)?{_NAME}(?:\s+{_NAME}){{0,2}}"
    rf"(?:\s+{_PLACE_NOUNS})?|{_PLACE_NOUNS}{_ID_AFTER})\s*,?\s*$"
)


# A facility that carries its own proper name ("Nasser Hospital", "the Al-Awda Hospital", "Rumah Sakit Al-Shifa"):
# the name says which one it is, so a place after it ("in Khan Younis", "di Gaza utara") only says where it stands
# (session 19: the place made the label no annotator writes).  Capitalised words only: "a hospital in Gaza" and
# "officials at a Khan Younis hospital" are read as before.
_NAMED_FACILITY = re.compile(
    rf"(?:(?i:the)\s+)?(?:{_NAME}\s+){{1,3}}(?:Hospital|Clinic|Medical\s+(?:Complex|Cent(?:er|re))|Infirmary)"
    rf"|(?:Rumah\s+Sakit|RS)(?:\s+{_NAME}){{1,3}}"
)


def place_tail(norm: str, lower: int, verb_start: int) -> int | None:
    """Where a place qualifier ending at ``verb_start`` begins, or None."""
    match = TAIL.search(norm, max(lower, verb_start - 90), verb_start)
    return match.start() if match else None




def _is_body(words: list[str]) -> bool:
    """Whether a phrase's words name an institution or unnamed people (its head word says so)."""
    from kb.extract.bodies import has_head
    from kb.extract.speaker_words import _HEADS
    from kb.extract.unnamed import is_unnamed

    return any(w in _HEADS for w in words) or is_unnamed(words) or has_head(" ".join(words))


def _only_place(speaker: Speaker, tail: str) -> bool:
    """Whether a speaker read from the phrase is only its place ("Kherson", "Gaza Strip")."""
    return speaker.actor is None and not speaker.members and speaker.label.casefold() in tail.casefold()


def placed_body(
    norm: str,
    verb_start: int,
    lower: int,
    found: tuple[Speaker, int] | None,
    head_of: Callable[[int], tuple[Speaker, int] | None],
    phrase: Callable[[int, int], Speaker | None],
    mentions: list[Mention],
) -> tuple[Speaker, int] | None:
    """The speaker of a phrase ending in a place qualifier: ``found`` (the walk's reading) when it reaches
    past the qualifier, else the body before it (``head_of``, read again up to the qualifier) with the
    place as part of its name (``phrase`` resolves the whole; a reading that is only the place is refused)."""
    cut = place_tail(norm, lower, verb_start)
    end = len(norm[:verb_start].rstrip(" ,"))
    if cut is None:
        return found
    if found is not None and found[1] < cut and found[0].actor is None and not found[0].members and \
            _NAMED_FACILITY.fullmatch(norm[found[1] : cut].strip(" ,")):
        return _facility(norm, found[1], cut), found[1]  # "Nasser Hospital in Khan Younis": the hospital
    if found is not None and found[1] < cut and (not _only_place(found[0], norm[cut:end]) or _holder_after_place(
            found[0], cut, mentions)):
        return found  # "The Ombudsman of Karabakh Aram Petrosyan": the holder named after the place speaks
    head = head_of(cut)
    if head is None:
        return found
    speaker, start = head
    if speaker.actor is None and _NAMED_FACILITY.fullmatch(norm[start:cut].strip(" ,")):
        return _facility(norm, start, cut), start  # "Al-Awda Hospital in northern Gaza said": by its own name
    words = [w.casefold() for w in re.findall(r"[\w'-]+", norm[start:cut])]
    if not _is_body(words):
        return head if speaker.actor is not None and speaker.actor.kind == "Person" else found
    whole = phrase(start, end)
    in_tail = [m for m in mentions if cut <= m.start < end and m.actor is not None]
    if whole is not None and not _only_place(whole, norm[cut:end]) and not (
            whole.actor is not None and any(m.actor is whole.actor for m in in_tail)):
        return whole, start
    if speaker.actor is not None:  # "The civil defence agency in northern Gaza": the body the gazetteer knows
        return head
    from kb.extract.speakers import Speaker

    return Speaker(clean_label(norm[start:end])), start


def _holder_after_place(speaker: Speaker, cut: int, mentions: list[Mention]) -> bool:
    """Whether the speaker read is a person named right after the place of the tail ("of Karabakh Aram Petrosyan"),
    not the place itself ("in the Gaza Strip", a capitalised run read as a name)."""
    person = next((m for m in mentions if m.is_person and m.actor is None and cut <= m.start
                   and m.text == speaker.label), None)
    return person is not None and any(cut <= m.start < person.start and m.actor is not None for m in mentions)


def _facility(norm: str, start: int, cut: int) -> Speaker:
    """A named facility's speaker, without the place after it."""
    from kb.extract.speakers import Speaker

    return Speaker(clean_label(norm[start:cut].strip(" ,")))


__all__ = ["TAIL", "place_tail", "placed_body"]
