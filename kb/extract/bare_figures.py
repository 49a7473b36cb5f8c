"""Casualty figures without a victim noun: "death toll at 198", "killed and 20 wounded", "wounding 70".

Apart from ``casualties`` (a number, its victim noun and the word of what befell them) because a bare number
is read by other cues entirely: the toll word before it, the verb right before or after it, the figure before
it whose noun and hurt it shares, or a subject position ("saying at least nine were killed").  ``casualties``
calls ``bare_figure`` for every counted number it finds no victim noun after.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.figure import Figure
from kb.extract.figure import unit as _unit
from kb.extract.hurt import WOUNDED_WORD as _WOUNDED
from kb.extract.mentions import Mention
from kb.extract.partitives import after_base
from kb.extract.quantities import Quantity
from kb.extract.states import PART_AFTER as _PART_AFTER
from kb.extract.states import THING_AFTER
from kb.extract.tolls import named_toll, toll_reached
from kb.extract.victims_of import OWN_BEFORE as _OWN_BEFORE

TOLL = re.compile(
    r"(?:death\s+(?:toll|count)|body\s+count|jumlah\s+korban(?:\s+(?:tewas|jiwa|meninggal))?"
    r"|korban\s+(?:tewas|jiwa)"
    # "korban meninggal dunia ... berjumlah 14 orang" (session 34), only with its verb of counting: "korban meninggal
    # merupakan seorang pria kelahiran 1985" describes the dead
    r"|korban\s+meninggal(?:\s+dunia)?(?=\D{0,40}?(?<![\w-])(?:berjumlah|sebanyak|mencapai|menjadi|bertambah))"
    r"|number\s+of\s+(?:deaths|dead|fatalities)\s+to)\D{0,40}$",
    re.IGNORECASE,
)


# "... and injuries to 58,926": a wounded count following a toll
_INJURY_TOLL = re.compile(r"(?:number\s+of\s+)?(?:injuries|injured|wounded)\s+to\s+$", re.IGNORECASE)
WOUND_OR_KILL = "|".join(re.escape(w) for w in (*lexicon.WOUNDED, "killed", "tewas", "dead", "died", "meninggal",
                                                   "terbunuh", "gugur"))


# A killing verb and a bare figure, then a place or the end: "strike kills 20 in central Gaza"
_KILLS = re.compile(r"(?<![\w-])(?:kills|killed|killing|menewaskan|tewaskan)\s+$", re.IGNORECASE)
_WOUNDS = re.compile(r"(?<![\w-])(?:wounds|wounded|wounding|injured|injuring|melukai|mencederai|lukai|cederai)\s+$",
                     re.IGNORECASE)
# ... or another verb of the same subject: "the conflict has killed thousands and uprooted millions", "menewaskan
# 30 dan melukai 12 warga" (the -i verbs too)
_PLACE_NEXT = re.compile(
    r"\s*(?:$|[,.;]|(?:in|at|near|on|across|di|dekat|pada)\s|(?:and|dan)\s+(?:[a-z]+ed|me[a-z]+kan|me[a-z]{2,}i)(?![\w-]))",
    re.IGNORECASE,
)
_HURT_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|been|are|orang|lainnya|lagi|others|more|telah|sudah|juga|feared|believed|of|"
    r"reportedly|reported|confirmed|dilaporkan|diduga|dikhawatirkan|lebih|[a-z]+ly"
    # the verb of a wound's periphrasis: "dan enam mengalami luka-luka", "tujuh menderita luka berat" (session 34)
    r"|mengalami|menderita|alami|derita)\s+){0,3}(?:"
    + WOUND_OR_KILL + r")\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_THAT = re.compile(
    r"(?<![\w-])(?:that|bahwa|saying|there\s+(?:are|were|have\s+been)"
    r"|said|says|reported|mengatakan|menyatakan|melaporkan|menyebutkan"  # "officials said 15 were dead" (rec20)
    r"|when|after|as|while|before|where|ketika|saat|setelah|sebelum)\s+"  # "faced violence when 124 were killed"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|sedikitnya|setidaknya|lebih\s+dari|sekitar)\s+)?$",
    re.IGNORECASE,
)
"""A figure that opens a reported or subordinate clause ("told AP that 16 died", "saying at least nine were killed",
"there are 30 killed", "when at least 124 were killed") stands as its subject, as one opening a sentence ("said"
and "mengatakan" alone also lead headline-like restatements: cas15 left them out)."""
# A figure left in a state by the attack, with no victim noun: "also left about 30 injured", "leaving 12 dead";
# or counted by a source that way ("the governor reported 14 injured", "the hospital recorded nine wounded")
_LEFT = re.compile(
    r"(?<![\w-])(?:left|leaving|leaves|reported|reports|counted|recorded|registered|confirmed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|about|nearly|some|around)\s+)?$",
    re.IGNORECASE,
)
_MORE = re.compile(r"(?<![\w-])(?:another|more|others|lainnya|lagi)(?![\w-])", re.IGNORECASE)


_TOTAL = re.compile(r"(?:total(?:nya)?|in\s+total|secara\s+keseluruhan)\D{0,15}$", re.IGNORECASE)


_TOLL_OF = re.compile(
    r"(?:'s|’s)\s+(?:own\s+)?(?P<mil>military\s+|militer\s+)?(?:death\s+)?toll\b[^.;]{0,40}$", re.IGNORECASE
)


_DAYS = re.compile(r"(?:(?<![\w-])ke-\s*|(?<![\w-])(?:day|hari)\s+)\d+|\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)",
                   re.IGNORECASE)


def _party_at(mentions: list[Mention], party: dict[int, str], end: int) -> str | None:
    """The party whose mention ends right at ``end`` ("Armenia" in "Armenia's toll")."""
    return next((party[m.start] for m in mentions if m.start in party and m.end == end), None)


def bare_figure(
    norm: str, qty: Quantity, figures: list[Figure], mentions: list[Mention], party: dict[int, str]
) -> Figure | None:
    """A figure without a victim noun: "death toll at 198", "killed and 20 wounded", "wounding 70"."""
    # a day's number and a date in brackets between the toll word and its figure count nothing ("jumlah korban tewas
    # hingga Rabu (1/11) atau hari ke-26 perang, 9.061 jiwa"): masked, so the toll word still reaches its figure
    before = _DAYS.sub(lambda m: "x" * len(m.group(0)), norm[max(0, qty.start - 60) : qty.start])
    if figures and _INJURY_TOLL.search(before):
        last = figures[-1]
        return Figure(qty.start, qty.end, qty, "wounded", last.subject, "person", own=last.own, written=last.written)
    named = named_toll(norm, qty.start, qty.end)  # "the number of its soldiers killed rose to 104"
    if named is not None:
        return Figure(qty.start, qty.end, qty, _unit(named.cls, named.kind), None, named.cls, own=named.own,
                      written=named.written)
    if ((TOLL.search(before) or (figures and _TOTAL.search(before))) and not _PART_AFTER.match(norm, qty.end)
            and not THING_AFTER.match(norm, qty.end)):
        own = bool(_OWN_BEFORE.search(norm, max(0, qty.start - 60), qty.start))
        whose = _TOLL_OF.search(before)  # "Nagorno-Karabakh's military death toll had reached 1,177"
        cls, unit = ("soldier", "soldiers killed") if whose and whose.group("mil") else ("death", "deaths")
        return Figure(qty.start, qty.end, qty, unit, _party_at(mentions, party, qty.start - len(before) + whose.start())
                      if whose else None, cls, own=own, written="people")
    reached = toll_reached(norm, qty.start, qty.end)  # "..., bringing its toll in the ground operation to 290"
    if reached is not None:
        own = bool(_OWN_BEFORE.search(norm, max(0, qty.start - 80), qty.start))
        return Figure(qty.start, qty.end, qty, "deaths" if reached == "killed" else "wounded", None,
                      "death" if reached == "killed" else "person", own=own, written="people")
    if _KILLS.search(before) and (_PLACE_NEXT.match(norm, qty.end) or qty.text.casefold() == "seseorang"):
        # "shelling kills five in Kherson"; "menewaskan seseorang yang ...": someone is a person, whatever follows
        return Figure(qty.start, qty.end, qty, "deaths", None, "person", written="people")
    if not figures and _WOUNDS.search(before) and _PLACE_NEXT.match(norm, qty.end):  # "which also wounded 12,"
        return Figure(qty.start, qty.end, qty, "wounded", None, "person", written="people")
    if (figures and _ELIDED_BEFORE.search(norm, max(0, qty.start - 12), qty.start)
            and _ELIDED_PLACE.match(norm, qty.end) and not _YEAR.fullmatch(qty.text.strip())):
        last = figures[-1]  # "killed 12 people in Gaza and four in the West Bank": the noun and the hurt go on
        return Figure(qty.start, qty.end, qty, last.unit, last.subject, last.cls, False, last.own, last.written)
    after = _HURT_AFTER.match(norm, qty.end)  # "... and 62,681 have been injured"
    if not figures:  # "20 more were wounded", "another 15 were injured", a headline's "Eight killed as ...": people
        opens = (not norm[: qty.start].strip(" \"'\u201c") or _THAT.search(norm, max(0, qty.start - 30), qty.start)
                 or norm[: qty.start].rstrip().endswith((";", ":")) or after_base(norm, qty.start)  # session 34
                 or _LEFT.search(norm, max(0, qty.start - 20), qty.start))
        if after is None or _YEAR.fullmatch(qty.text.strip()) or not (
            opens or _MORE.search(norm, qty.start - 8, qty.end + 12)
        ):
            return None
        hurt = "wounded" if _WOUNDED.search(after.group(0)) else "killed"
        return Figure(qty.start, qty.end, qty, _unit("person", hurt), None, "person", written="people")
    right_before = re.search(r"(?:" + WOUND_OR_KILL + r"|melukai|menewaskan|killing)\s+$", before)
    if after is None and right_before is None:
        return None
    last = next((f for f in reversed(figures) if not f.listed), figures[-1])  # the toll's, not its breakdown's
    hint = after.group(0) if after else right_before.group(0) if right_before else ""
    hurt = "wounded" if _WOUNDED.search(hint) else "killed"
    return Figure(
        qty.start, qty.end, qty, _unit(last.cls, hurt), last.subject, last.cls, False, last.own, last.written
    )


# A count whose noun and hurt are those of the figure before, told for another place: "... 12 people in Gaza and four in
# the West Bank", "enam orang di Kharkiv dan tiga di Sumy" (rec19)
_ELIDED_BEFORE = re.compile(r"(?:,|(?<![\w-])(?:and|dan|serta))\s+$", re.IGNORECASE)
_ELIDED_PLACE = re.compile(r"\s+(?:in|at|near|di|dekat)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)
