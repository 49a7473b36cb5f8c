"""Datelines and sign-off tags: who published or relayed the article, never who speaks.

A wire dateline ("BAKU (REUTERS) -", "Moskow (ANTARA) -") credits an agency, which goes into
every claim's ``via``; a site dateline ("JAKARTA, KOMPAS.com -") or a closing tag ("(ARN)") names
the outlet, which speaks for the reporter's own unattributed sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kb.actors import Gazetteer
from kb.extract.text import Line

_PLACE = r"(?P<place>[A-Z][\w'/ .-]{0,40}?)"
_SITE = r"(?P<credit>[A-Za-z0-9-]+(?:\.[A-Za-z]{2,6}){1,2})"
_DASH = r"\s*-{1,3}\s*"
_PATTERNS = (
    (
        "wire",
        re.compile(r"(?P<place>[A-Z][\w'/ .,-]{0,60}?)\s*\((?P<credit>[A-Za-z][\w .,&/-]{1,30})\)" + _DASH),
    ),
    (  # "YEREVAN (Example News / Sputnik - 3rd May, 2021) On Monday": a site, an agency and a date
        "wire",
        re.compile(
            r"(?P<place>[A-Z][\w'/ .,-]{0,60}?)\s*\((?P<credit>[A-Za-z][\w .&-]{1,40}(?:/[\w ,.&-]{1,60})+)\)\s*"
        ),
    ),
    # "Beirut, Feb 27 (UNI) A Hezbollah official ...": a place, a date and an agency's initials open the story, so
    # the initials are a wire's even when the gazetteer lacks it
    ("wire", re.compile(r"(?P<place>[A-Z][\w'/ .-]{0,40}?),\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                        r"[a-z]*\.?\s+\d{1,2}\s*\((?P<credit>[A-Z]{2,8})\)\s*:?\s+(?=[A-Z\"\u201c])")),
    # "Peshawar, May 20 (PTI) At least ...", "NEW DELHI (PTI): ...": no dash, so only an agency the gazetteer knows
    ("agency", re.compile(r"(?P<place>[A-Z][\w'/ .,-]{0,60}?)\s*\((?P<credit>[A-Za-z][\w .&-]{1,30})\)"
                          r"\s*:?\s+(?=[A-Z\"\u201c])")),
    ("site", re.compile(_PLACE + r"(?P<sep>[,.])\s+" + _SITE + r"(?![\w.])(?:" + _DASH + r"|\s+)")),
    ("site", re.compile(_SITE + r",\s*(?P<place>[A-Z][\w'/ -]{1,30}?)" + _DASH)),
    ("named", re.compile(_PLACE + r",\s+(?P<credit>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})" + _DASH)),
    ("plain", re.compile(r"(?P<place>[A-Z][A-Za-z'/]+(?:\s[A-Z][A-Za-z']+)?)\s+-{1,3}\s+")),
    # "YEREVAN, Armenia—The toll ...": a capitalised city, its country and a dash glued to the first word
    (
        "country",
        re.compile(r"(?P<place>[A-Z][A-Z'.]+(?:\s[A-Z][A-Z'.]+)?,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)-{1,3}(?=[A-Z])"),
    ),
    # "KHARTOUM—Medics say ...": a city in capitals and a dash glued to the first word (session 34: batch 25 read
    # blind made "KHARTOUM-Medics" the speaker)
    ("glued", re.compile(r"(?P<place>[A-Z][A-Z'.]{3,}(?:\s[A-Z][A-Z'.]+)?)-{1,3}(?=[A-Z][a-z])")),
)
# "By The Associated Press", also with its stamp on the same line ("By ASSOCIATED PRESS Published: May 6, 2020")
_BYLINE = re.compile(r"\s*(?:By|BY)\s+(?:[Tt]he\s+)?(?P<name>[A-Z][\w .&-]{1,40}?)"
                     r"\s*(?:[|,\u2022-]\s*)?(?:(?:Published|Updated|Posted|PUBLISHED|UPDATED)\b[^\n]{0,60})?$")
_BYLINE_LINES = 10  # a page opens with its menu, rubric, headline, date and caption before the byline
# "(ARN)", "(dpa/NAN)", and an agency signed with its editor's code ("(AFP/Z-2)", "(Ant/OL-3)")
_TAG = re.compile(r"\((?P<tag>[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})*)(?:/[A-Z]{1,4}-\d{1,3})?\)\s*$")
_MEDIA_KINDS = ("NewsAgency", "Outlet")


@dataclass(frozen=True)
class Dateline:
    """A dateline's span, the place it names and the medium it credits (label, kind)."""

    start: int
    end: int
    place: str
    credit: str | None
    kind: str | None  # "wire" (an agency: via) or "site" (the outlet itself)
    body_start: int  # where the first sentence begins
    relays: tuple[str, ...] = ()  # the other agencies credited with it ("BAKU (REUTERS, AFP) -")


_SEVERAL = re.compile(r"/|,|\s-\s")


def _media(name: str, gazetteer: Gazetteer) -> tuple[str, str] | None:
    """(label, kind) of a news medium known by ``name`` or by ``name`` without its domain; of several
    ("UrduPoint News / Sputnik - 22nd October"), the agency."""
    if len(_SEVERAL.split(name)) > 1:
        found = _each_medium(name, gazetteer)
        return next((m for m in found if m[1] == "wire"), found[0] if found else None)
    for candidate in (name, re.sub(r"(?:\.[A-Za-z]{2,6})+$", "", name)):
        actor = gazetteer.lookup(candidate)
        if actor is not None and actor.kind in _MEDIA_KINDS:
            return actor.label, ("wire" if actor.kind == "NewsAgency" else "site")
    return None


def _each_medium(name: str, gazetteer: Gazetteer) -> list[tuple[str, str]]:
    """(label, kind) of each medium a credit of several names ("REUTERS, AFP", "Antara/Reuters"), in order."""
    found = (_media(p.strip(), gazetteer) for p in _SEVERAL.split(name) if p.strip())
    return [m for m in found if m is not None]


def _other_wires(name: str, label: str, gazetteer: Gazetteer) -> tuple[str, ...]:
    """The agencies a credit names besides ``label``: a story compiled from two wires is relayed by both."""
    return tuple(dict.fromkeys(m[0] for m in _each_medium(name, gazetteer) if m[1] == "wire" and m[0] != label))


# A stored page's date line glued before its first paragraph ("date 2024-03-11 NAIROBI, March 11 (Xinhua) -"):
# the retrieval's, not the story's; the dateline follows it.
_STORED_DATE = re.compile(r"\s*date\s+\d{4}-\d{2}-\d{2}\s+")


def _known_place(place: str, gazetteer: Gazetteer) -> bool:
    """Whether a capitalised word before a glued dash is a place the gazetteer knows ("KHARTOUM-"), not a name of
    its own ("ISIS-Khorasan")."""
    places = gazetteer.places
    return places is not None and places.lookup(place) is not None


def find_dateline(norm: str, start: int, end: int, gazetteer: Gazetteer) -> Dateline | None:
    """The dateline opening the paragraph ``norm[start:end]`` (after a stored date line), if any."""
    stored = _STORED_DATE.match(norm, start, end)
    for kind, pattern in _PATTERNS:
        match = pattern.match(norm, stored.end() if stored else start, end)
        if match is None or match.end() >= end:
            continue
        credit = match.groupdict().get("credit")
        known = _media(credit, gazetteer) if credit else None
        if kind in ("named", "plain") and (credit and known is None):
            continue
        if kind == "agency" and (known is None or known[1] != "wire"):
            continue
        if kind == "plain" and not match.group("place").isupper():
            continue
        if kind == "glued" and not _known_place(match.group("place"), gazetteer):
            continue  # "ISIS-Khorasan said": a group's name, no place
        if credit and "," in credit and known is None:
            continue  # "(Reuters, AFP)" names media; "(Tim, 2)" does not
        label, found_kind = known if known else (credit, kind if kind in ("wire", "site") else None)
        body = match.end()  # a claim's quote is the sentence, never the dateline before it
        relays = _other_wires(credit, label, gazetteer) if credit and label and found_kind == "wire" else ()
        return Dateline(start, match.end(), match.group("place").strip(" ,"), label, found_kind, body, relays)
    return None


def lone_dateline(norm: str, lines: list[Line], gazetteer: Gazetteer) -> Dateline | None:
    """A dateline standing on a line of its own right above the first paragraph ("Jakarta, CNN Indonesia -"),
    which the line reader took for a headline: the story's source all the same (a copied page keeps it)."""
    first = next((i for i, line in enumerate(lines) if line.kind == "body"), None)
    if not first or lines[first - 1].kind != "headline":
        return None
    head, body = lines[first - 1], lines[first]
    found = find_dateline(norm, head.start, body.end, gazetteer)
    if found is None or norm[found.end : body.start].strip() or found.end < head.end:
        return None  # the pattern must take the whole line and stop at the paragraph
    return found


def find_tag(norm: str, end: int, gazetteer: Gazetteer) -> str | None:
    """The outlet named by a closing tag such as "(ARN)" at ``end`` of the last body line."""
    match = _TAG.search(norm, max(0, end - 40), end)
    if match is None:
        return None
    known = _media(match.group("tag"), gazetteer)
    return known[0] if known else None


def tag_agencies(norm: str, end: int, gazetteer: Gazetteer, kinds: tuple[str, ...] = ("wire",)) -> list[str]:
    """Every agency a closing tag names ("(dpa/NAN)": the story passed through both), in order; with ``kinds``
    ("wire", "site"), every medium ("(VOA)" closing a regional site's story: the outlet it republished)."""
    match = _TAG.search(norm, max(0, end - 40), end)
    if match is None:
        return []
    found = [_media(part, gazetteer) for part in match.group("tag").split("/")]
    return [m[0] for m in found if m is not None and m[1] in kinds]


def find_byline(norm: str, lines: list[tuple[int, int]], gazetteer: Gazetteer) -> str | None:
    """The agency of a wire byline ("By The Associated Press") among the article's first lines.

    Why: a syndicated wire story often carries no wire dateline, only the byline under its headline; the
    agency then relays every statement of the article, as a wire dateline would."""
    for start, end in lines[:_BYLINE_LINES]:
        match = _BYLINE.match(norm, start, end)
        if match is None or match.end() != end:
            continue
        actor = gazetteer.lookup(match.group("name"))
        if actor is not None and actor.kind == "NewsAgency":
            return actor.label
    return None
