"""Whole-article credits: a wire or another outlet credited once for the whole story.

Why: a syndicated story names its source once: a credit line under the headline ("AP and AFP, YEREVAN"), a
byline ending in an agency ("By A. Writer, Associated Press"), a wire dateline a few photo captions down, a
sign-off ("- AP", "(AFP)", "AFP/Reuters", "Reuters and AP contributed", "additional reporting by AFP"), the wire
naming itself in its own copy ("Reuters could not independently verify ...").  The annotation
conventions (``../shared/seeds/README.md``) credit that medium as the ``via`` of every claim of the article,
so it is read once here, never per sentence.  A syndication line ("Sumber: Antara/Reuters") is no credit by
the same conventions (it names where the page was copied from), nor is an opening "Dikutip X, ...", which
credits its own paragraph (``carry.py``; the dev articles that open so are not annotated whole-article).
Only media the gazetteer knows count (a person's byline is no credit), "Baca juga"/"Read also" link lines
are skipped, and the caller drops the article's own outlet.  Every pass reads a bounded number of lines
with anchored patterns: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kb.actors import Gazetteer
from kb.extract.datelines import find_dateline
from kb.extract.needs import absent, needs

_MEDIA_KINDS = ("NewsAgency", "Outlet")
_HEAD_LINES = 6  # credit lines and bylines sit under the headline
_DATELINE_LINES = 12  # a wire dateline may follow a few photo captions
_TAIL_LINES = 4
_LINE_MAX = 160  # a credit line is short; a longer line is a paragraph of the story
_SPLIT = re.compile(r"\s*(?:,|;|&|/|\band\b|\bdan\b|\bserta\b)\s*", re.IGNORECASE)
_LINKS = re.compile(r"^\W*(?:baca\s+juga|lihat\s+juga|read\s+(?:also|more)|see\s+also|related)\b", re.IGNORECASE)
_NAMES = r"(?P<names>[A-Z][\w .&/,'-]{1,80}?)"
_TAIL = (
    re.compile(r"^\s*[-\u2013\u2014]+\s*" + _NAMES + r"\s*$"),  # "- AP" (normalised dashes)
    re.compile(r"^\s*\(" + _NAMES + r"\)\s*$"),  # "(AFP)" alone on the last line
    re.compile(r"^\s*(?:[Tt]he\s+)?" + _NAMES + r"\s+contributed\b[^.]{0,40}\.?\s*$"),
)
# Names alone on the last line, with no full stop ("seperti dilaporkan ¶ Reuters." ends a broken sentence).
_BARE_TAIL = re.compile(r"^\s*" + _NAMES + r"(?<!\.)\s*$")
_ANYWHERE_TAIL = re.compile(r"additional\s+reporting\s+(?:by|from)\s+" + _NAMES + r"(?:[.;]|\s*$)", re.IGNORECASE)
_BYLINE = re.compile(r"^\s*(?:By|BY)\s+(?P<names>[^\n]{2,120}?)\s*$")
# "Reuters |", "(AFP) | 3 min read": an agency before a pipe under the headline, the byline of a wire story
_PIPE_BYLINE = re.compile(r"^\s*\(?" + _NAMES + r"\)?\s*\|[^|]{0,60}$")
# A caption's credit under the headline ("- Associated Press", "Foto: AFP", "AP Photo/Jane Doe") names who took the
# picture, not who wrote the story: no credit line.
_PICTURE = re.compile(r"^\s*-|(?<![\w-])(?:photo|foto|credit|dok|file|image|gambar)(?![\w-])", re.IGNORECASE)
# "... had been wounded. - Reuters": a sign-off glued to the last paragraph after its full stop.  Only the line's
# last characters are read (a bounded slice), and every name must be an agency.
_GLUED_TAIL = re.compile(r"[.!?\"']\s*-{1,3}\s*(?P<names>[A-Z][\w .&/'-]{1,40}?)\s*$")
_GLUED_SPAN = 60


def _media(name: str, gazetteer: Gazetteer) -> str | None:
    """The label of a medium the gazetteer knows by ``name`` (with or without a leading "the")."""
    name = name.strip(" .,;:()")
    for candidate in (name, re.sub(r"^(?:the)\s+", "", name, flags=re.IGNORECASE)):
        actor = gazetteer.lookup(candidate) if candidate else None
        if actor is not None and actor.kind in _MEDIA_KINDS:
            return actor.label
    return None


def _all_media(names: str, gazetteer: Gazetteer) -> list[str]:
    """Every part of "AP and AFP" as media, or nothing when a part is not a medium (a person, a place)."""
    found = [_media(part, gazetteer) for part in _SPLIT.split(names) if part.strip()]
    return [m for m in found if m] if found and all(found) else []


def _agencies(found: list[str], gazetteer: Gazetteer, every: bool = False) -> bool:
    """Whether any (or ``every``) medium found is a news agency, not a site that publishes its own stories."""
    kinds = [a is not None and a.kind == "NewsAgency" for a in (gazetteer.lookup(n) for n in found)]
    return bool(kinds) and (all(kinds) if every else any(kinds))


def _credit_line(line: str, gazetteer: Gazetteer) -> list[str]:
    """ "AP and AFP, YEREVAN and STEPANAKERT": agencies first, then the place, on a line of its own; "Reuters |"
    (the agency before a pipe).  Never a picture's credit ("- Associated Press", "Foto: AFP")."""
    if _PICTURE.search(line):
        return []
    pipe = _PIPE_BYLINE.match(line)
    if pipe is not None:  # "AFP, CNN Indonesia | Selasa, ...": the agency, beside the site's own name
        found = _all_media(pipe.group("names"), gazetteer)
        return [n for n in found if _agencies([n], gazetteer)]
    found = _all_media(line.split(",", 1)[0], gazetteer)
    return found if _agencies(found, gazetteer) else []


def _byline(line: str, gazetteer: Gazetteer) -> list[str]:
    """ "By A. WRITER, Associated Press": the agencies among the byline's comma-separated parts."""
    match = _BYLINE.match(line)
    if match is None:
        return []
    names = match.group("names").split("|", 1)[0]  # "By IANS | Updated: 3 May 2024": the byline ends at the pipe
    parts = [_media(p, gazetteer) for p in names.split(",")]
    return [p for p in parts if p]


def _tail(line: str, gazetteer: Gazetteer, last: bool = False) -> list[str]:
    for pattern in _TAIL:
        match = pattern.match(line)
        if match is not None:
            return _all_media(match.group("names"), gazetteer)
    bare = _BARE_TAIL.match(line) if last else None
    if bare is not None:  # "AFP/Reuters" alone on the last line: a sign-off, when every name is an agency
        found = _all_media(bare.group("names"), gazetteer)
        if _agencies(found, gazetteer, every=True):
            return found
    match = _ANYWHERE_TAIL.search(line)
    if match is not None:
        return [m for m in (_media(p, gazetteer) for p in _SPLIT.split(match.group("names"))) if m]
    return []


# The wire naming itself in the story, as only its own copy does: "Reuters could not independently verify the
# report", "AFP was unable to immediately confirm".  English only: a translated page ("Reuters tidak dapat
# memverifikasi ...") names the wire it drew on in passing, and the dev's gold credits it no claim (measured: six
# right relay chains made wrong, none mended).  A name starts only where a token does and each word is at most 30
# characters: "A&A&A&..." or "A.B.C..." with no space once read from every capital took 4.5 s on 20 KB and over
# ten minutes on 200 KB (each start ran to the token's end); now each start reads a bounded stretch.
_SELF_NAMED = re.compile(
    r"(?<![\w.&'\u2019-])(?P<names>[A-Z][\w.&-]{0,30}(?:\s+[A-Z][\w.&-]{0,30}){0,2})\s+(?:"
    r"(?:was|were|is|could|has|had|did)\s*(?:not|n't|unable)\s+(?:(?:been\s+)?able\s+to\s+)?"
    r"(?:(?:immediately|independently)\s+)*(?:verify|confirm))(?![\w-])"
)


_SELF_NAMED_NEEDS = needs(_SELF_NAMED)  # a line without these words is not scanned


def _self_named(norm: str, body: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[str]:
    """The agencies a story names as its own reporters ("Reuters could not independently verify ..."): a wire's copy
    republished whole, whose agency relays every statement of it.  One search per body line."""
    found = []
    for start, end in body:
        for match in () if absent(_SELF_NAMED_NEEDS, norm, start, end) else _SELF_NAMED.finditer(norm, start, end):
            name = _media(match.group("names"), gazetteer)
            if name is not None and _agencies([name], gazetteer):
                found.append(name)
    return found


def _wire_datelines(norm: str, body: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[str]:
    """A wire dateline ("DEIR AL-BALAH, Gaza Strip (AP) -") among the first body lines, for a known agency."""
    for start, end in body[:_DATELINE_LINES]:
        found = find_dateline(norm, start, end, gazetteer)
        if found is None or not found.credit:
            continue
        actor = gazetteer.lookup(found.credit)
        if actor is not None and actor.kind == "NewsAgency":
            return [actor.label]
    return []


def article_credits(
    norm: str, every: Sequence[tuple[int, int]], body: Sequence[tuple[int, int]], gazetteer: Gazetteer
) -> list[str]:
    """The media credited for the whole article, in reading order and once each (the caller drops its outlet).

    ``every`` is every line of the article as (start, end), ``body`` its body lines."""
    found: list[str] = []
    for start, end in every[:_HEAD_LINES]:
        line = norm[start:end]
        if len(line) > _LINE_MAX:
            break  # the story has begun: a medium alone on a later line ends a broken sentence ("seperti dimuat")
        if not _LINKS.match(line):
            found += _credit_line(line, gazetteer) + _byline(line, gazetteer)
    found += _wire_datelines(norm, body, gazetteer) + _self_named(norm, body, gazetteer)
    story = body[0][0] if body else 0  # a sign-off follows the story: a short article's head lines are no tail
    for k, (start, end) in enumerate(every[-_TAIL_LINES:], start=-min(_TAIL_LINES, len(every))):
        line = norm[start:end]
        if start >= story and len(line) <= _LINE_MAX and not _LINKS.match(line):
            found += _tail(line, gazetteer, last=k == -1)
    if body:
        found += _glued_tail(norm[max(body[-1][0], body[-1][1] - _GLUED_SPAN) : body[-1][1]], gazetteer)
    return list(dict.fromkeys(found))


def _glued_tail(end: str, gazetteer: Gazetteer) -> list[str]:
    """ "... had been wounded. - Reuters" at the ``end`` of the last paragraph: the agencies that signed it off.

    Why: a syndicated wire story often closes its last paragraph with the agency's name after a dash instead of
    a line of its own; it credits the whole story as the line would.  A dash inside a paragraph, or a name that
    is a site rather than an agency, is no sign-off."""
    match = _GLUED_TAIL.search(end)
    if match is None:
        return []
    found = _all_media(match.group("names"), gazetteer)
    return found if _agencies(found, gazetteer, every=True) else []
