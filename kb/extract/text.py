"""Text preparation: a same-length normalised copy, boilerplate removal and sentence splitting.

Claims must quote the article exactly (``quote == text[start:end]``), yet matching wants plain
quotes, spaces and hyphens.  So normalisation maps every character to exactly one character: the
normalised text has the same length as the original and every offset means the same in both.
Sentence splitting lives in ``kb.extract.sentences``; its public names are re-exported here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kb.extract import lexicon
from kb.extract.needs import absent, needs
from kb.extract.sentences import MAX_SENTENCE as MAX_SENTENCE
from kb.extract.sentences import split_sentences as split_sentences

_FIXED = {
    **dict.fromkeys(
        "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u3000\u200b\t\r\f\v", " "
    ),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e", '"'),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u0060\u00b4", "'"),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    "\u2026": ".",
    "\u2028": "\n",
    "\u2029": "\n",
    "\x85": "\n",
}
_BOILER_LINE = re.compile("|".join(f"(?:{p})" for p in lexicon.BOILERPLATE_LINES), re.IGNORECASE)
_BOILER_TAIL = re.compile("|".join(f"(?:{p})" for p in lexicon.BOILERPLATE_TAILS))
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ABOUT_AUTHOR = re.compile(r"about\s+\S.{0,60}?\s+\d+\s+articles?", re.IGNORECASE)
# A read-more label on a line of its own: the next line, unless it ends as a sentence (the page dropped the link and
# the body goes on), is the title of another article ("ALSO READ:" / "At least 51 killed in ..."), no claim here.
_LINK_LABEL = re.compile(
    r"(?:(?:also\s+read|read\s+(?:also|more)|see\s+also|baca\s+juga|baca|lihat\s+juga|simak\s+juga"
    r"|related(?:\s+(?:articles?|stories|news|posts?))?|you\s+may\s+also\s+like|more\s+stories)\s*[:.-]?)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!:\"')]\s*$")


@lru_cache(maxsize=4096)
def _norm_char(ch: str) -> str:
    if ch in _FIXED:
        return _FIXED[ch]
    if ch.isascii():
        return ch
    try:
        folded = unicodedata.normalize("NFKC", ch)
    except (ValueError, TypeError):  # lone surrogates and the like: keep as they are
        return ch
    return folded if len(folded) == 1 else ch


class _NormTable(dict[int, str]):
    """``_norm_char`` of each code point, filled as ``str.translate`` meets them: one C-level pass over the text
    instead of a Python call per character (the per-character join was 1-2% of extraction)."""

    def __missing__(self, point: int) -> str:
        found = _norm_char(chr(point))
        if len(self) < _NORM_TABLE_SIZE:  # bounded, as ``_norm_char``'s cache is: a text may hold any code point
            self[point] = found
        return found


_NORM_TABLE_SIZE = 8192


_NORM_TABLE = _NormTable()


def normalize(text: str) -> str:
    """Same-length copy with plain spaces, quotes and hyphens, so offsets carry over unchanged; a reporting verb
    typed with two letters swapped ("mengkalim", "annoucned") is spelt right (``_swapped``)."""
    plain = _BREAK_TAG.sub(_as_newline, text.translate(_NORM_TABLE))
    return _LONG_WORD.sub(_unswap, plain) if _SWAPPED else plain


# A line break left as markup in pasted text ("... itu. <br /> <br />Gencatan senjata ..."): a paragraph's end, as
# the page showed it; read as a newline padded to the tag's length, so offsets hold
_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _as_newline(match: re.Match[str]) -> str:
    return "\n" + " " * (len(match.group(0)) - 1)


def _swapped() -> dict[str, str]:
    """Each long one-word reporting verb with two neighbouring letters swapped -> the verb.

    Why: real news misspells its verbs ("pihak berwenang mengkalim ..."), and a verb the frames miss credits the
    outlet with the source's figure.  A swap keeps the word's length, so offsets hold; only words of 8+ letters
    (a swap there makes no other word of the lexicon, and none of them occurs in the real-article set) are
    repaired."""
    found: dict[str, str] = {}
    for verb in lexicon.PRE_VERBS:
        if len(verb) < 8 or not verb.isalpha():
            continue
        for i in range(len(verb) - 1):
            if verb[i] != verb[i + 1]:
                typo = verb[:i] + verb[i + 1] + verb[i] + verb[i + 2 :]
                if typo not in lexicon.PRE_VERBS:
                    found[typo] = verb
    return found


_SWAPPED = _swapped()
_LONG_WORD = re.compile(r"(?<![\w-])[A-Za-z]{8,}(?![\w-])")


def _unswap(match: re.Match[str]) -> str:
    word = match.group(0)
    verb = _SWAPPED.get(word.casefold())
    if verb is None:
        return word
    return verb.capitalize() if word[:1].isupper() else verb


@dataclass(frozen=True)
class Line:
    """One line of the article: a paragraph, a headline, or furniture."""

    start: int
    end: int
    kind: str  # "body", "boilerplate", "headline"


@dataclass(frozen=True)
class Sentence:
    """A sentence span of the original text; ``norm`` is the same span normalised."""

    start: int
    end: int
    text: str
    norm: str
    para: int
    lead: bool = False


def _lines(norm: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for raw in norm.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            spans.append((pos + lead, pos + lead + len(stripped)))
        pos += len(raw) + 1
    return spans


_DANGLING = re.compile(
    r"\s(?:a|an|the|of|from|around|to|and|or|that|with|by|for|in|on|at|yang|dan|di|ke|dari|bahwa|untuk|dengan)$",
    re.IGNORECASE,
)


def _is_short_unpunctuated(line: str) -> bool:
    """Headlines, rubrics and slogans: short and without a sentence-final mark.  A line that stops on
    an article, a preposition or a conjunction ("... amid appeals from around") is a sentence the
    page broke off, never a headline."""
    words = _WORD.findall(line)
    return len(words) < 14 and not re.search(r"[.!?:\"')]\s*$", line) and not _DANGLING.search(line)


# A line of a list that a body line ending in ":" opens, counting: "7 orang tewas di al-Maghazi", "- 12 in Rafah"
_LIST_ITEM = re.compile(r"(?:[-\u2022*]\s*)?\d")


def classify_lines(norm: str, title: str | None = None) -> list[Line]:
    """Tell body paragraphs from boilerplate and headlines (repeated lines count as boilerplate)."""
    seen: set[str] = set()
    out: list[Line] = []
    title_key = _key(title) if title else None
    after_about = in_list = after_link = False
    for start, end in _lines(norm):
        line = norm[start:end]
        key = _key(line)
        if _BOILER_LINE.fullmatch(line) or key in seen or (after_about and _is_short_unpunctuated(line)) \
                or (after_link and not _SENTENCE_END.search(line)):
            kind = "boilerplate"
        elif in_list and _LIST_ITEM.match(line):
            kind = "body"  # "2 orang tewas di Beit Lahia" under "...berikut perinciannya:": an item of a body list
        elif key == title_key or _is_short_unpunctuated(line) or not _WORD.search(line):
            kind = "headline"
        else:
            kind = "body"
        in_list = kind == "body" and (line.endswith(":") or (in_list and _LIST_ITEM.match(line) is not None))
        after_about = bool(_ABOUT_AUTHOR.fullmatch(line))
        after_link = bool(_LINK_LABEL.fullmatch(line))  # "ALSO READ:", "Baca juga:" alone: a linked title follows
        seen.add(key)
        out.append(Line(start, end, kind))
    return _headlines_alone(_cut_off_end(norm, out, title_key))


def _headlines_alone(lines: list[Line]) -> list[Line]:
    """A text with no body line at all is a note, a pasted sentence or a wire flash ("Azerbaijan says 50 soldiers
    were killed", with no full stop): its headline-like lines are all it says, so they are read as body rather
    than giving nothing (a new user's one-line text gave no claim). Boilerplate stays out."""
    if any(ln.kind == "body" for ln in lines):
        return lines
    return [Line(ln.start, ln.end, "body") if ln.kind == "headline" else ln for ln in lines]


_CUT_OFF_WORDS = 6
_LABEL = re.compile(r"[A-Z]{4,}\b(?!\s*\()")  # "MEMBACA", "READ", not a dateline's "BAKU (AP)"
_AUXILIARIES = frozenset(("telah", "sudah", "akan", "sedang", "masih", "had", "has", "have", "will", "would", "was",
                          "were", "is", "are", "been"))


def _cut_off_end(norm: str, lines: list[Line], title_key: str | None) -> list[Line]:
    """A saved excerpt often stops mid-sentence ("... had been killed by Isra"): its last line, unpunctuated
    but a sentence's length, after body paragraphs, is that body cut off, never a headline (headlines open a
    page, they do not close it)."""
    if len(lines) < 2 or lines[-1].kind != "headline" or not any(ln.kind == "body" for ln in lines[:-1]) \
            or all(ln.kind == "headline" for ln in lines[-3:-1]):
        return lines  # the last of a run of titles (a list of other stories' links) is no cut-off paragraph
    last = lines[-1]
    line = norm[last.start : last.end]
    words = _WORD.findall(line)
    if _key(line) == title_key or len(words) < _CUT_OFF_WORDS or _LABEL.match(line) \
            or words[-1].casefold() in _AUXILIARIES:
        return lines  # a read-more label's title ("MEMBACA  ..."), or words cut before their predicate
    return [*lines[:-1], Line(last.start, last.end, "body")]


def _key(line: str) -> str:
    return " ".join(_WORD.findall(line.casefold()))


_BOILER_TAIL_NEEDS = needs(_BOILER_TAIL)  # a sentence without these words is not scanned


def body_end(norm: str, start: int, end: int) -> int:
    """Where a body line stops once a glued read-more tail ("Baca juga: ...") is cut off."""
    match = None if absent(_BOILER_TAIL_NEEDS, norm, start, end) else _BOILER_TAIL.search(norm, start, end)
    cut = match.start() if match else end
    while cut > start and norm[cut - 1].isspace():
        cut -= 1
    return cut
