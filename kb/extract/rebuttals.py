"""A claim called false is denied, whatever verb reports it (issue 13, fifth round).

"Israel called the report false", "the Kremlin said the allegations were absurd", "Kementerian Pertahanan
Rusia menyebut laporan itu sebagai berita palsu", "the figures released by Hamas were not credible",
"calling them baseless propaganda": wires rarely write "denied" when a party rejects what is said of it;
they report it saying the claim is untrue.  A speaker's words that hold a claim noun (report, claims,
figures, tuduhan, laporan) and, soon after it, a word of falsity (false, fake, absurd, lie, palsu,
bohong, tidak benar) are a denial of that claim; so is a calling verb with a pronoun and a word of falsity
("calling it a lie", "menyebutnya hoaks").  Whatever the denied claim holds (a toll, an attack) is then
nobody's assertion, as with any denial (``kb.extract.claims``).

Each search is one bounded match per position of the frame's words, so the cost stays linear.
"""

from __future__ import annotations

import re

from kb.extract.alternation import alternation
from kb.extract.frames import Frame
from kb.extract.needs import absent, needs

FALSITY = (
    "false", "untrue", "not true", "fake", "fake news", "fabricated", "fabrication", "fabrications", "baseless",
    "groundless", "unfounded", "absurd", "nonsense", "a lie", "lie", "lies", "an outright lie", "propaganda",
    "not credible", "exaggerated", "misleading", "fiction", "pure fiction", "invented", "slander", "disinformation",
    "exaggeration", "exaggerations", "overblown", "dilebih-lebihkan",  # "an exaggeration by hostile media"
    "palsu", "bohong", "kebohongan", "hoaks", "hoax", "tidak benar", "tak benar", "tidak berdasar", "tak berdasar",
    "mengada-ada", "omong kosong", "fitnah", "keliru", "menyesatkan", "rekayasa", "tidak kredibel", "disinformasi",
    "dibesar-besarkan", "misinformation", "inaccurate", "tidak akurat", "sepenuhnya salah", "salah besar",
    "sama sekali salah", "completely wrong", "totally wrong",
    # a figure said not to fit the speaker's own knowledge: "the figures ... do not align with the information held"
    "do not align", "does not align", "did not align", "do not match", "does not match", "did not match",
    "do not correspond", "does not correspond", "inconsistent with", "at odds with", "tidak sesuai", "tak sesuai",
    "tidak cocok",
)
CLAIM_NOUNS = (
    "claim", "claims", "report", "reports", "accusation", "accusations", "allegation", "allegations", "charge",
    "charges", "figure", "figures", "toll", "account", "version", "assertion", "assertions", "tuduhan", "tudingan",
    "klaim", "laporan", "angka", "kabar", "berita", "informasi", "anggapan", "isu", "narasi", "data",
)
_FALSE = alternation(FALSITY)
_NOUN = alternation(CLAIM_NOUNS)
# the claim noun, what stands between it and the falsity word (no sentence or clause break), the falsity word
_CALLED_FALSE = re.compile(
    rf"(?<![\w-])(?P<noun>{_NOUN})(?:nya)?(?![\w-])(?P<gap>[^.;!?,]{{0,60}}?)(?<![\w-])(?:{_FALSE})(?![\w-])"
    r"(?!\s+flag)",  # "a false flag operation" is an accusation, not a denial
    re.IGNORECASE,
)
# a calling verb, a pronoun for the claim, then the falsity word: "calling them baseless propaganda"
_CALLED_IT = re.compile(
    r"(?<![\w-])(?:call|calls|called|calling|described|describing|menyebut|menyebutnya|menilai|menilainya)"
    r"(?:\s+(?:it|them|this|that|itu|sebagai))*\s+(?:as\s+|sebagai\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_FALSE})(?![\w-])",
    re.IGNORECASE,
)
_HEAD = re.compile(
    r"(?<![\w-])(?:(?:the|these|those|such|its|their|this|that|[A-Z][\w-]*(?:'s|\u2019s))\s+){0,2}$", re.I
)
_COPULA = re.compile(
    r"\s+(?:were|was|is|are|as|sebagai|adalah|merupakan|sama\s+sekali|completely|totally|entirely|utterly|simply"
    r"|benar-benar)(?:\s+.*)?$",
    re.I,
)
MAX_WORDS = 9


# the claim pointed at and called false at the head of the speaker's words: "\"This is another misinformation of
# X,\" she said", "\"Itu hoaks,\" katanya" (only at the head: "this is a lie" deep in a sentence may be anything)
_THIS_IS = re.compile(
    r"\s*[\"\u201c]?\s*(?:this|that|it|these|ini|itu)\s+(?:is|was|are|adalah|merupakan)?\s*"
    r"(?:(?:another|yet\s+another|a|an|pure|sheer|simply|just|nothing\s+but|only|lagi|hanya|sekadar)\s+){0,3}"
    rf"(?:{_FALSE})(?![\w-])",
    re.IGNORECASE,
)


# a claim made falsely, by the speaker's word: "accusing the rebels of wrongly claiming civilian deaths", "secara
# keliru melaporkan"
_FALSELY = re.compile(
    r"(?<![\w-])(?:falsely|wrongly|untruthfully|secara\s+(?:keliru|salah|palsu))\s+(?:claim\w*|report\w*|stat\w*"
    r"|mengklaim|melaporkan|menyebut\w*)(?![\w-])",
    re.IGNORECASE,
)


_NEEDED = {id(p): needs(p) for p in (_CALLED_FALSE, _CALLED_IT, _FALSELY)}  # (``needs``)


def rebuttal(norm: str, scope: tuple[int, int]) -> re.Match[str] | None:
    """The claim called false inside ``scope``, if any."""
    return (_search(_CALLED_FALSE, norm, scope) or _search(_CALLED_IT, norm, scope)
            or _THIS_IS.match(norm, scope[0], scope[1]) or _search(_FALSELY, norm, scope))


def _search(pattern: re.Pattern[str], norm: str, scope: tuple[int, int]) -> re.Match[str] | None:
    return None if absent(_NEEDED.get(id(pattern)), norm, *scope) else pattern.search(norm, *scope)


def rebuttal_scopes(norm: str, frames: list[Frame]) -> list[tuple[int, int]]:
    """The claims that frames call false, from the claim noun to the word of falsity: what they reject is
    nobody's claim, as with a denying verb ("said 9 of its soldiers had died and called the Azerbaijani figure
    invented" still reports the 9)."""
    spans = []
    for frame in frames:
        found = rebuttal(norm, frame.scope) if frame.hint is None else None
        if found is not None:
            spans.append(found.span())
    return spans


def rebutted(norm: str, scope: tuple[int, int]) -> str | None:
    """The claim a rebuttal denies, as written ("the figures released by Hamas", "laporan itu")."""
    found = _CALLED_FALSE.search(norm, *scope)
    if found is None:
        return None
    head = _HEAD.search(norm, max(scope[0], found.start() - 40), found.start())
    start = head.start() if head is not None else found.start()
    text = _COPULA.sub("", norm[start : found.start("gap")] + found.group("gap"))
    words = text.split()[:MAX_WORDS]
    return " ".join(words).strip(" ,\"\u201c\u201d") or None
