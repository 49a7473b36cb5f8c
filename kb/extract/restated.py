"""A claim the page states twice is one claim: headlines, teasers and repeated leads restating the body.

A news page as it is saved carries its lead more than once: the headline ("At least 17 killed as army
shells camp"), a teaser under it (the lead cut off mid-sentence), a caption, then the lead itself with its
dateline ("CITY (Agency) - At least 17 villagers were killed ...").  The annotation conventions
(``../shared/seeds/README.md``) annotate a claim once, "at its most explicit wording", and a headline only
when it says something the body does not.  Reading every copy made one figure into two, three or four
claims of the same speaker, each a false claim beside the one that matches.

Two cases, each a class, never a dropped figure the body does not hold:

- **The same words twice** — two claims of one type, speaker and figure whose sentences are the same
  words, or one the other's end (a lead with and without its dateline or byline), or one a run of the other
  that breaks off (a teaser cut short); a full sentence that merely opens a longer one is another report:
  the one that ends as a sentence is kept (a teaser or a caption breaks off), else the one with more
  words (its dateline or byline), else the later (the body after the page's furniture).
- **A headline restating the body** — a claim on a line of its own with no sentence-final mark (a
  title, however long) whose type and figure a claim in a full sentence repeats: the body's is kept,
  whoever the body credits (the headline's "..., says ombudsman" is that same source).

Linear in the claims: each is keyed once, and only claims of one key are compared (a handful).
"""

from __future__ import annotations

import re
from collections import defaultdict

from kb.actors import Gazetteer
from kb.extract.lexicon_figures import KILLED_AND_WOUNDED
from kb.extract.named_again import named_again
from kb.extract.told_in_part import told_in_part
from kb.extract.voiced_again import ANOTHER as _ANOTHER
from kb.extract.voiced_again import voiced_again
from kb.pipeline.record import Claim

_WORD = re.compile(r"\w+")
_FINAL = re.compile(r"[.!?\"'”’»)]\s*$")
_HEAD = 4  # words of an allegation that say what is alleged ("melanggar ketentuan gencatan senjata")
_RUN = 6  # words a shorter copy must share, in one run, with the longer (a teaser is a sentence's first words)


def _words(quote: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(quote)]


def _same_words(a: list[str], b: list[str], a_ends: bool, b_ends: bool) -> bool:
    """One copy is the other's words: the same, the other's end (a lead without its dateline or byline), or a
    run of the other that breaks off (a teaser).  A shorter full sentence that merely opens the longer ("officials
    said three were killed." / "... killed in that attack too.") is another report, kept."""
    (short, ends), long_ = ((a, a_ends), b) if len(a) <= len(b) else ((b, b_ends), a)
    if len(short) < _RUN:
        return False
    n = len(short)
    if short == long_ or long_[len(long_) - n :] == short:
        return True
    first = short[0]
    return not ends and any(long_[i] == first and long_[i : i + n] == short for i in range(len(long_) - n + 1))


def _two_in_one(a: Claim, b: Claim) -> bool:
    """Two figures of one sentence told by different words ("killing one man, while gunfire killed another"), or
    by one number twice when the second says it counts others ("tiga warga tewas di pasar, dan tiga lainnya tewas
    di masjid", "two died at the station and two others at the port", "seorang lagi meninggal"), or two parts
    of a toll ("including four children and four women"): two reports, not one page's copies of a report.  One
    number twice without "others" ("two were killed, two were taken to hospital") is left as it was read
    (session 33)."""
    if a.start != b.start or a.end != b.end:
        return False
    said = (a.quantity_text or "").casefold()
    if a.type == "casualty" and a.breakdown and b.breakdown:
        return True  # "termasuk sembilan anak dan sembilan wanita": two parts of one toll
    return said != (b.quantity_text or "").casefold() or (
        a.type == "casualty" and bool(said) and re.search(
            rf"(?<![\w-]){re.escape(said)}\s+(?:{_OTHERS})(?![\w-])", a.quote, re.IGNORECASE) is not None)


_OTHERS = r"lainnya|lagi|others|other\s+(?:people|civilians|persons)|orang\s+lainnya|warga\s+lainnya"


def _headline(claim: Claim, text: str) -> bool:
    """The claim's sentence is a whole line of its own without a sentence-final mark: a title."""
    before = text[max(0, claim.start - 1) : claim.start]
    after = text[claim.end : claim.end + 1]
    if before not in ("", "\n") or after not in ("", "\n", "\r"):
        return False
    return not _FINAL.search(claim.quote) and not _ITEM.match(claim.quote) and not _list_line(text, claim.start)


_ITEM = re.compile(r"\s*(?:[-\u2022*]\s*)?\d")  # a line of a list counts on (text.classify_lines), no title


def _list_line(text: str, start: int) -> bool:
    """The line at ``start`` is an item of a list a body line opens with ":" ("berikut perinciannya:" then
    "7 orang tewas di X", "1 orang di Y"): the body's own lines, however like a title, never a headline's copy.
    Looks back over at most ``_LIST_LINES`` lines without a sentence-final mark."""
    lines = text[max(0, start - 2000) : start].rstrip("\n").split("\n")[-_LIST_LINES:]
    for line in reversed(lines):
        if line.rstrip().endswith(":"):
            return True
        if not line.strip() or _FINAL.search(line):
            return False
    return False


_LIST_LINES = 12


def _fullness(claim: Claim, words: int, index: int) -> tuple[bool, int, int]:
    """Which of two copies is the sentence itself: one that ends as a sentence (a teaser or a caption
    "... /AFP" breaks off), then the one with more words (its dateline or byline), then the later."""
    return bool(_FINAL.search(claim.quote)), words, index


def _figure(claim: Claim) -> tuple[object, ...]:
    return (claim.type, claim.quantity_min, claim.quantity_max, claim.unit)


def _bounds(claim: Claim) -> set[tuple[object, ...]]:
    """A figure by either bound and by its hurt, dead or wounded: a headline's "17 civilians killed" is the body's
    "at least 17 people lost their lives" (a title names whose dead more boldly than the body's careful words); a
    report without a number by its hurt ("There are victims of the shelling" over the body's "said there are
    victims")."""
    if claim.quantity_min is None and claim.quantity_max is None:
        return {(claim.type, _hurt(claim.unit), "none", None)}
    return {(claim.type, _hurt(claim.unit), side, value)
            for side, value in (("min", claim.quantity_min), ("max", claim.quantity_max)) if value is not None}


def _hurt(unit: str | None) -> str | None:
    """ "civilians killed", "soldiers killed", "deaths" are the dead; "... wounded" the wounded; others as they are."""
    if unit is None or unit == KILLED_AND_WOUNDED:
        return unit
    return "wounded" if unit.endswith("wounded") else "dead" if unit.endswith(("killed", "deaths")) else unit


def drop_restated(claims: list[Claim], text: str, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """``claims`` without the copies a page's headline, teaser or repeated lead made (order kept); with
    ``gazetteer``, also a body's toll its spokesman tells again (``voiced_again``)."""
    by_key: dict[tuple[object, ...], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        by_key[(*_figure(claim), claim.speaker)].append(i)
    dropped: set[int] = set()
    for members in by_key.values():
        if len(members) < 2 or len(members) > 12:
            continue
        words = {i: _words(claims[i].quote) for i in members}
        ends = {i: bool(_FINAL.search(claims[i].quote)) for i in members}
        for a in members:
            for b in members:
                if a < b and a not in dropped and b not in dropped and not _two_in_one(claims[a], claims[b]) \
                        and _same_words(words[a], words[b], ends[a], ends[b]):
                    dropped.add(min((a, b), key=lambda i: _fullness(claims[i], len(words[i]), i)))
    body_figures = {
        bound for i, c in enumerate(claims) if i not in dropped and not _headline(c, text) for bound in _bounds(c)
    }
    for i, claim in enumerate(claims):
        if i not in dropped and claim.type == "casualty" and _headline(claim, text) \
                and body_figures.intersection(_bounds(claim)):
            dropped.add(i)
    dropped |= _blamed_again(claims, dropped)
    dropped |= _told_again(claims, dropped)
    dropped |= named_again(claims, dropped, _toll_key)  # "the 27 dead included ...": the toll told before
    dropped |= told_in_part(claims, dropped, _hurt, _one_voice)  # told again beside a new figure (session 34)
    if gazetteer is not None:
        dropped |= voiced_again(claims, dropped, gazetteer, _toll_key)
    return [c for i, c in enumerate(claims) if i not in dropped]


def _blamed_again(claims: list[Claim], dropped: set[int]) -> set[int]:
    """Mutual blame told twice in one article in the same words of what is alleged (A and B "saling menuduh
    melanggar ketentuan ..." in the lead, both sides "saling menuduh melanggar ketentuan ..." again below): one
    claim each way, the later (the body's fuller telling)."""
    last: dict[tuple[object, ...], int] = {}
    out: set[int] = set()
    for i, claim in enumerate(claims):
        if i in dropped or claim.type != "accusation" or ".mutual." not in claim.rule or not claim.allegation:
            continue
        key = (claim.speaker, claim.subject, " ".join(_words(claim.allegation)[:_HEAD]))  # what, not where or since
        if key in last:
            out.add(last[key])
        last[key] = i
    return out


def _toll_key(claim: Claim) -> tuple[object, ...] | None:
    """Which toll a claim tells: dead or wounded, and its figure; None for a claim that is no whole toll (a part,
    "15 more", no figure, a vague range such as "dozens")."""
    if claim.type != "casualty" or claim.breakdown or claim.increment or claim.quantity_min is None:
        return None
    if claim.quantity_max is not None and claim.quantity_max != claim.quantity_min:
        return None
    return _hurt(claim.unit), claim.quantity_min


def _told_again(claims: list[Claim], dropped: set[int]) -> set[int]:
    """A sentence whose every toll its speaker told in earlier sentences ("killed four, the governor said."
    then "'Four of our drivers died,' he wrote."; "killed nine and wounded 14" then "the jets killed nine
    and wounded 14, he said"; "killed four" and "four others were hurt" then "'Four dead, four hurt,' he said"):
    one report, the first telling (the lead the conventions annotate; 13 of 16 such pairs on dev, session 33).
    A later sentence that adds a figure ("... and left two others wounded") is a fuller telling and keeps every
    claim, and one that says it is another ("three were killed in that attack as well", "juga tewas") is another
    report; the outlet's own sentences are left alone (a lead and the body's fuller account of one strike: the
    gold keeps either)."""
    sentences: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if i not in dropped and claim.type == "casualty":
            sentences[(claim.start, claim.end)].append(i)
    told: list[tuple[Claim, set[tuple[object, ...]]]] = []
    out: set[int] = set()
    for members in sentences.values():
        keys = [_toll_key(claims[i]) for i in members]
        if None in keys or len({claims[i].speaker for i in members}) != 1 \
                or any(".outlet." in claims[i].rule for i in members):
            continue
        claim, figures = claims[members[0]], {k for k in keys if k is not None}
        if _told_enough(claims, members) and not _ANOTHER.search(claim.quote) and figures <= set().union(
                *(earlier for first, earlier in told if _one_voice(first, claim))):
            out.update(members)
        else:
            told.append((claim, figures))
    return out




def _one_voice(a: Claim, b: Claim) -> bool:
    """The same speaker, or a body and the spokesman its role names ("kata juru bicara Sudan Doctors Network,
    Ahmed Salih" credits the network, and "ujar Salih" later is its voice)."""
    if a.speaker == b.speaker:
        return True
    return any(role and other.casefold() in role.casefold()
               for role, other in ((a.speaker_role, b.speaker), (b.speaker_role, a.speaker)))


def _told_enough(claims: list[Claim], members: list[int]) -> bool:
    """A toll of at least ``_SMALL``: "one killed" and "two killed" recur for other strikes of one day."""
    return all((claims[i].quantity_min or 0) >= _SMALL for i in members)


_SMALL = 3


__all__ = ["drop_restated"]
