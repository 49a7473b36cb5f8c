"""Who the dead were, without a number: the make-up of a toll told elsewhere (issue 13, session 19).

Reports often give the toll in one sentence and who the victims were in another: "the victims of the strikes
included schoolchildren", "semua korban adalah warga sipil", "anak-anak dan perempuan turut menjadi korban tewas".
Each is a casualty report of at least one victim of that group, as "women were among the dead" already is
(``unquantified._AMONG``).  A group is a victim noun of the lexicon (``CASUALTY_NOUNS``, civilians and soldiers);
the copula or verb must stand right between the dead and the group, so "the victims were taken to hospital",
"agar warga tidak menjadi korban" or "could become victims" are no report.  One pass per sentence, every gap
bounded.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.figure import Figure, unit
from kb.extract.needs import absent, needs
from kb.extract.recalled import asked

_NOUNS = {k: v for k, v in lexicon.CASUALTY_NOUNS.items() if v in ("civilian", "soldier")}
_EXTRA = ("schoolchildren", "anak sekolah", "anak-anak sekolah")
_GROUP = alternation((*_NOUNS, *_EXTRA))
_PAIR = rf"(?:{_GROUP})(?:\s*,\s*(?:{_GROUP}))*(?:\s+(?:and|dan|serta)\s+(?:{_GROUP}))?"
# the dead as a noun phrase: "the dead", "most of those killed", "the victims of the strikes", "korban tewas"
_DEAD_EN = (r"(?:all\s+(?:of\s+)?)?(?:the\s+|those\s+)?"
            r"(?P<dead_en>dead|victims|fatalities|killed|wounded|injured)(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?")
_DEAD_ID = (r"(?:(?:semua|seluruh)\s+)?(?:para\s+)?korban"
            r"(?P<dead_id>\s+(?:tewas|jiwa|meninggal|luka(?:-luka)?|terluka))?")
_MOSTLY = r"(?:(?:all|also|semuanya|seluruhnya|juga)\s+)?"
_COPULA = (r"(?:(?:were|are|was|is)\s+" + _MOSTLY + r"|" + _MOSTLY + r"(?:included|include|includes)\s+"
           r"|(?:adalah|merupakan|terdiri\s+(?:atas|dari)|termasuk)\s+)")
_MAKEUP = re.compile(
    rf"(?<![\w-])(?:{_DEAD_EN}|{_DEAD_ID})\s+{_MOSTLY}{_COPULA}(?:(?:a|an|the|para)\s+)?(?P<group>{_PAIR})(?![\w-])"
    # "anak-anak dan perempuan turut menjadi korban tewas": the group became victims
    rf"|(?<![\w-])(?P<became>{_PAIR})\s+(?:(?:turut|juga|ikut|pun)\s+)?menjadi\s+korban"
    r"(?P<became_hurt>\s+(?:tewas|jiwa|meninggal(?:\s+dunia)?|luka(?:-luka)?|terluka))(?![\w-])",
    re.IGNORECASE,
)
_HURT = re.compile(r"wounded|injured|luka|terluka", re.IGNORECASE)
# A share of the dead ("most of the victims were women", "sebagian besar korban adalah anak-anak", "mayoritas korban
# tewas"): the annotators left these out as a description of a toll told elsewhere (1 of 6 on dev was a claim); all of
# them ("semua korban adalah warga sipil") or the group become victims is the report.
_SHARE = re.compile(
    r"(?<![\w-])(?:most|majority|many|some|half|mostly|mainly|largely|several|mayoritas|sebagian(?:\s+besar)?"
    r"|kebanyakan|separuh|beberapa|banyak|sejumlah)(?![\w-])", re.IGNORECASE)  # (session 34: "beberapa korban
# adalah anak-anak", "banyak di antara korban": some of them, as "some of the victims" was already)


_MAKEUP_NEEDS = needs(_MAKEUP)  # a sentence without these words is not scanned


def victim_makeup(norm: str, figures: list[Figure]) -> list[Figure]:
    """Reports of who the dead or wounded were, with no number, outside every figure already read."""
    out: list[Figure] = []
    for match in () if absent(_MAKEUP_NEEDS, norm) else _MAKEUP.finditer(norm):
        if any(f.start <= match.start() < f.end + 10 or match.start() <= f.start < match.end() for f in figures):
            continue  # "the dead included 12 children": the counted figure is the report
        if _SHARE.search(norm, max(0, match.start() - 24), match.end()) or asked(norm, match.start()):
            continue  # a share of the dead; "tidak merinci apakah korban termasuk warga sipil": asked, not told
        group = match.group("group") or match.group("became")
        head = re.split(r"\s*(?:,|\band\b|\bdan\b|\bserta\b)\s*", group.casefold())[0]
        cls = _NOUNS.get(re.sub(r"\s+", " ", head), "civilian")
        hurt_word = match.group("dead_en") or match.group("dead_id") or match.group("became_hurt") or ""
        hurt = "wounded" if _HURT.search(hurt_word) else "killed"
        out.append(Figure(match.start(), match.end(), None, unit(cls, hurt),
                          "civilians" if cls == "civilian" else None, cls, written=group))
    return out
