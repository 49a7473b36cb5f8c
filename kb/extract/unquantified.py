"""Casualty reports without a number: "kematian warga sipil", "civilian deaths", "tentara tewas".

A victim noun written as the head of a toll ("jumlah tentara yang tewas mencapai 104 orang", "the number of
soldiers killed rose to 104") is no report of its own: the figure that follows is, and carries the noun.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.figure import Figure, unit
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.quantities import Quantity
from kb.extract.recalled import asked

# "to prevent civilian deaths"; and losses a party does not own up to ("did not acknowledge any civilian
# casualties", "tidak mengakui adanya korban tewas", "denied any military deaths"): a denial or nothing, no report
_NEGATED = re.compile(
    r"(?:mencegah|menghindari|mengurangi|meminimalkan|tanpa|prevent|avoid|without|reduce|minimi[sz]e|limit"
    r"|(?:did\s+not|does\s+not|do\s+not|didn't|doesn't|has\s+not|have\s+not|had\s+not|hasn't|never|tidak|tak|belum)"
    r"\s+(?:(?:yet|publicly|officially|secara\s+resmi)\s+)?(?:acknowledged?|acknowledges|admit|admitted|admits"
    r"|reported|report|confirmed?|confirms|disclosed?|mengakui|melaporkan|mengonfirmasi|mengungkapkan|menyebutkan)"
    r"|denied|denies|deny|membantah|menyangkal)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# Deaths only named as a topic, not reported (round 17): "the cases of civilian deaths" a report sums up or still
# investigates, "kasus kematian warga sipil", "if there were civilian casualties", "no explanation was offered for ...
# the civilian casualties".  The toll that report gives, if any, is the claim.
_AS_TOPIC = re.compile(
    r"(?:(?<![\w-])(?:cases?\s+of|kasus(?:-kasus)?)\s+(?:[\w-]+\s+){0,2}"
    r"|(?<![\w-])(?:if|whether|jika|apabila|kalau)\s+(?:there\s+(?:were|was|are|is|had\s+been)|ada)\s+(?:any\s+)?"
    r"|(?<![\w-])(?:explanation|reason|justification)\s+(?:[\w-]+\s+){0,5}for\s+(?:[\w-]+\s+){0,5}(?:the\s+)?)$",
    re.IGNORECASE,
)
_TOLL_HEAD = re.compile(r"(?:jumlah|number\s+of|toll\s+(?:of|among))\s+(?:(?:its|their|our)\s+)?$", re.IGNORECASE)


# "no casualties", "tak ada korban", "no one was hurt": a report of none, which a toll elsewhere contradicts.
# Not "no casualty figures", "no immediate reports of casualties", "no deaths were reported" (nothing said).
_NONE = re.compile(
    r"(?<![\w-])(?:(?P<both>no\s+(?:casualties|victims)|(?:tidak|tak)\s+ada\s+korban(?:\s+jiwa)?|nihil\s+korban"
    r"|tidak\s+menimbulkan\s+korban|no\s+one\s+was\s+(?:hurt|harmed))"
    r"|(?P<dead>no\s+(?:deaths|fatalities|one\s+was\s+killed|one\s+died)|(?:tidak|tak)\s+ada\s+(?:yang\s+)?"
    r"(?:korban\s+)?(?:tewas|meninggal))"
    r"|(?P<hurt>no\s+(?:injuries|one\s+was\s+(?:injured|wounded))|(?:tidak|tak)\s+ada\s+(?:yang\s+)?(?:korban\s+)?"
    r"(?:terluka|luka-luka)))"
    r"(?!\s+(?:figures?|toll|count|numbers?|data|angka)\b)(?![\w-])"
    # "no deaths or injuries are reported", "no fatalities have been reported": nothing reported, not none
    r"(?!(?:\s+or\s+[\w-]+)?\s+(?:(?:have|has|had|are|were|was|is|been|yet|immediately)\s+){0,3}reported)",
    re.IGNORECASE,
)


# "Several soldiers were killed", "many people were wounded", "sejumlah warga sipil tewas": dead or wounded
# reported without a number (the annotation gives no bounds: "several" is no figure; "how many" asks).
_VAGUE_PLURAL = (
    r"(?<![\w-])(?<!how\s)(?<!berapa\s)(?P<v>several|many|numerous|some|a\s+number\s+of|sejumlah|beberapa|banyak)\s+"
    r"(?:(?:of|dari)\s+(?:its|their|our|the|his|her)\s+)?(?:(?:more|other|lainnya)\s+)?"
    r"(?P<vn>soldiers|troops|servicemen|fighters|civilians|people|residents|villagers|members|personnel|"
    r"children|tentara|prajurit|warga\s+sipil|warga|penduduk|orang|pejuang|anggota|personel)(?:nya)?\s+"
    r"(?:(?:were|was|have|has|had|been|are|reportedly|also|telah|sudah|dilaporkan|juga)\s+){0,3}"
    r"(?P<vh>killed|dead|died|wounded|injured|hurt|tewas|terbunuh|meninggal|gugur|terluka|luka-luka|cedera)(?![\w-])"
)
# "killing several people", "membunuh beberapa orang", "wounded several people": the vague plural after an active
# killing or wounding verb (not "many" or "numerous", which describe a habit more often than report a toll: "at
# times killing numerous civilians")
_VAGUE_OBJECT = (
    r"|(?<![\w-])(?:killed|killing|kills|membunuh|menewaskan|(?P<hurts>wounded|wounding|wounds|injured|injuring"
    r"|injures|melukai))(?P<both>\s+(?:and|dan)\s+(?:wounded|wounding|injured"
    r"|injuring|melukai))?\s+(?P<v2>several|some|a\s+number\s+of|"
    r"sejumlah|beberapa)\s+(?P<vn2>soldiers|troops|fighters|civilians|people|residents|villagers|children|"
    r"tentara|prajurit|warga\s+sipil|warga|penduduk|orang|pejuang|anggota|members)(?![\w-])"
)
# "medics were also among the dead", "women and girls were among those who died", "relawan termasuk di antara
# korban tewas": victims named without a number, a report of at least one
_GROUPS = (
    "women", "children", "civilians", "medics", "paramedics", "journalists", "doctors", "nurses", "volunteers",
    "rescuers", "emergency workers", "aid workers", "health workers", "soldiers", "fighters", "residents",
    "villagers", "perempuan", "wanita", "anak-anak", "warga sipil", "jurnalis", "wartawan", "relawan",
    "petugas medis", "tenaga medis", "tenaga kesehatan", "tentara",
)
_GROUP = "|".join(sorted((re.escape(g).replace(r"\ ", r"\s+") for g in _GROUPS), key=len, reverse=True))
_AMONG = (
    rf"|(?<![\w-])(?P<ag>(?:{_GROUP})(?:\s+(?:and|dan)\s+(?:{_GROUP}))?)\s+(?:(?:were|are|was|is|also|juga)\s+){{0,2}}"
    r"(?:among\s+(?:the\s+dead|those\s+(?:killed|who\s+died)|the\s+(?:victims|fatalities)|the\s+\w+\s+killed)"
    r"|termasuk\s+(?:di\s+antara\s+)?(?:korban\s+(?:tewas|jiwa)|yang\s+tewas|mereka\s+yang\s+tewas))(?![\w-])"
)
_HURT = ("wounded", "injured", "hurt", "terluka", "luka-luka", "cedera")
_SOLDIERS = ("soldiers", "troops", "servicemen", "fighters", "tentara", "prajurit", "pejuang")


def _vague(match: re.Match[str]) -> Figure:
    """A report of dead or wounded with a vague plural and no number."""
    noun = re.sub(r"\s+", " ", match.group("vn").casefold())
    cls = "soldier" if noun in _SOLDIERS else "civilian" if noun in ("civilians", "warga sipil") else "person"
    hurt = "wounded" if match.group("vh").casefold() in _HURT else "killed"
    subject = "civilians" if cls == "civilian" else None
    return Figure(match.start(), match.end(), None, unit(cls, hurt), subject, cls, written=match.group("vn"))


def _named_group(match: re.Match[str]) -> Figure:
    """Victims named without a number: after a killing verb ("membunuh beberapa orang") or among the dead."""
    written = match.group("vn2") or match.group("ag")
    head = re.split(r"\s+(?:and|dan)\s+", written.casefold())[0]
    cls = lexicon.CASUALTY_NOUNS.get(re.sub(r"\s+", " ", head), "person")
    cls = "person" if cls in ("same", "death") else cls
    subject = "civilians" if cls == "civilian" else None
    hurt = "both" if match.group("both") else "wounded" if match.group("hurts") else "killed"  # "menewaskan dan
    # melukai sejumlah anggota"; "wounded several people", "melukai beberapa warga"
    return Figure(match.start(), match.end(), None, unit(cls, hurt), subject, cls, written=written)


def none_reported(norm: str) -> list[Figure]:
    """Reports of no one killed or hurt, each a figure of exactly zero."""
    out = []
    for match in _NONE.finditer(norm):
        kind = "both" if match.group("both") else "killed" if match.group("dead") else "wounded"
        which = lexicon.KILLED_AND_WOUNDED if kind == "both" else unit("person", kind)
        zero = Quantity(match.start(), match.end(), match.group(0), 0, 0)
        out.append(Figure(match.start(), match.end(), zero, which, None, "person", written="people"))
    return out


# Every kind of report without a number that ``unquantified`` reads, one named group per kind.
_UNNUMBERED = re.compile(
    _VAGUE_PLURAL + _VAGUE_OBJECT + _AMONG
    + r"|(?P<a>kematian|korban\s+(?:tewas|jiwa))\s+(?P<n>warga\s+sipil|tentara|prajurit)"
    r"|(?P<b>civilian|military|soldier)\s+(?:deaths|casualties)"
    r"|(?P<n2>warga\s+sipil|tentara|prajurit|anggota|pejuang)"
    # (never "meninggalkan", to leave: "menuntut tentara pemerintah meninggalkan kota itu")
    r"(?:(?:\s+(?-i:[A-Z])[\w-]*){1,3}|\s+[\w-]+)?\s+(?:tewas|terbunuh|meninggal)(?![\w-])"
    # casualties without a number: "there are victims", "a large number of casualties", "memakan korban di
    # kalangan warga sipil", "mengakibatkan korban besar" (not a bare "memakan korban jiwa", "menyebabkan korban
    # tewas": the reporter's aside of what wars do)
    r"|(?P<c>(?<![\w-])there\s+(?:are|were|have\s+been)\s+[\"\u201c]?(?:victims|casualties)(?!['\u2019])"
    r"|(?<![\w-])(?:a\s+large\s+number\s+of|heavy|many)\s+casualties"
    r"|(?<![\w-])(?:memakan|menimbulkan|mengakibatkan|menyebabkan)\s+(?:jatuhnya\s+)?korban(?:\s+jiwa)?"
    r"\s+(?:besar|di\s+(?:kalangan|antara|kedua|pihak)))(?![\w-])"
    # "PDF members were killed": a named force's people, no number
    r"|(?<![\w-])(?P<n3>(?-i:[A-Z])[\w-]*\s+(?:members|fighters|soldiers|troops|militants))\s+"
    r"(?:were|have\s+been|had\s+been)\s+killed(?![\w-])",
    re.IGNORECASE,
)


_UNNUMBERED_NEEDS = needs(_UNNUMBERED)  # a sentence without these words is not scanned


def unquantified(
    norm: str, figures: list[Figure], mentions: list[Mention], party: dict[int, str]
) -> list[Figure]:
    """Reports without a number: "kematian warga sipil", "civilian deaths", "tentara tewas"."""
    out = []
    for match in () if absent(_UNNUMBERED_NEEDS, norm) else _UNNUMBERED.finditer(norm):
        if any(f.start <= match.start() < f.end + 10 for f in figures) or _NEGATED.search(
            norm, 0, match.start()
        ) or asked(norm, match.start()):  # "did not say whether civilians were among the dead" (session 34)
            continue
        if match.group("b") and _AS_TOPIC.search(norm, max(0, match.start() - 80), match.start()):
            continue  # "the cases of civilian deaths", "if there were civilian casualties": named, not reported
        if _TOLL_HEAD.search(norm, max(0, match.start() - 24), match.start()) and any(
            f.start > match.start() and f.quantity is not None for f in figures
        ):
            continue  # the head of a toll whose figure follows: that figure is the report
        if match.group("v"):  # "several soldiers were killed", "sejumlah warga tewas"
            out.append(_vague(match))
            continue
        if match.group("c"):  # killed and wounded, whose unsaid
            out.append(Figure(match.start(), match.end(), None, lexicon.KILLED_AND_WOUNDED, None, "person",
                              written="people"))
            continue
        if match.group("v2") or match.group("ag"):  # "killing several people", "medics were among the dead"
            out.append(_named_group(match))
            continue
        noun = (match.group("n") or match.group("n2") or match.group("b") or match.group("n3") or "").casefold()
        cls = "civilian" if ("sipil" in noun or "civilian" in noun) else "soldier"
        subject = (
            "civilians"
            if cls == "civilian"
            else next(
                (
                    party[m.start]
                    for m in mentions
                    if m.start in party and match.start() <= m.start < match.end()
                ),
                None,
            )
        )
        written = match.group("n") or match.group("n2") or match.group("n3") or match.group(0)
        out.append(
            Figure(match.start(), match.end(), None, unit(cls, "killed"), subject, cls, written=written.strip())
        )
    # "no casualties in the first attack, while two soldiers were wounded in the second": the zero only sets the
    # other attack's count off, and the annotators record the count alone (session 34); alone it is the report
    counted = any(f.quantity is not None and (f.quantity.maximum or f.quantity.minimum or 0) > 0 for f in figures)
    return out + _others(norm, [*figures, *out]) + ([] if counted else none_reported(norm))


# "... 12 people dead, and many more wounded", "some of our troops died and others were wounded",
# "beberapa prajuritnya gugur dan personel lainnya luka-luka": more victims without a number, after a report
_OTHERS = re.compile(
    r"(?<![\w-])(?:and|dan|serta)\s+(?P<w>(?:many|banyak)\s+(?:more|others|lainnya)|others|(?:[a-z]+\s+)?lainnya)\s+"
    r"(?:(?:were|have\s+been|had\s+been|telah|juga)\s+)?(?P<h>wounded|injured|terluka|luka-luka|cedera)(?![\w-])",
    re.IGNORECASE,
)


_OTHERS_NEEDS = needs(_OTHERS)  # a sentence without these words is not scanned


def _others(norm: str, before: list[Figure]) -> list[Figure]:
    """The wounded "others" after a report of dead in the same sentence (only after one: "others" alone names
    nobody), unless a counted figure already reads them ("dan 20 lainnya luka-luka")."""
    out = []
    for match in () if absent(_OTHERS_NEEDS, norm) else _OTHERS.finditer(norm):
        earlier = [f for f in before if f.end <= match.start()]
        if not earlier or any(f.start <= match.start("w") < f.end for f in before):
            continue
        last = earlier[-1]
        out.append(Figure(match.start("w"), match.end("h"), None, unit(last.cls, "wounded"), last.subject, last.cls,
                          written=match.group("w")))
    return out
