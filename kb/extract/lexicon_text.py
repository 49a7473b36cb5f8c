"""Word lists of quantities, languages, dates and site furniture (``kb.extract.quantities``, ``dates``, ``text``).

Split from ``kb.extract.lexicon`` (which re-exports every name here, so ``lexicon.VAGUE`` still works).
"""

from __future__ import annotations

from typing import Final


def _split(words: str) -> tuple[str, ...]:
    """A long word list written as one string, for readability."""
    return tuple(words.split())

# --- quantities --------------------------------------------------------------------------------
ID_UNITS: Final[dict[str, int]] = {
    "nol": 0, "satu": 1, "seorang": 1, "seseorang": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9,
}  # "se" + a scale word (sepuluh, sebelas, seratus, seribu, sejuta) is one of that scale
ID_SCALES: Final[dict[str, int]] = {
    "belas": 10, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000, "lusin": 12,
}  # "selusin" = a dozen
EN_UNITS: Final[dict[str, int]] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a": 1,
}
EN_SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "dozen": 12}
# Hedge phrase -> kind.  "more" = min N+1; "least" = min N; "about" = N..N approximate;
# "nearly" = max N-1; "upto" = max N; "less" = max N-1; "exact" = N..N ("mencapai 47.306" is the toll
# reached, exactly 47,306, not "at most").
HEDGES: Final[dict[str, str]] = {
    "lebih dari": "more", "lebih daripada": "more", "more than": "more", "over": "more", "lebih": "more",
    "exceeds": "more", "exceeded": "more", "melebihi": "more", "melampaui": "more",
    # a toll gone past a mark (trial user31): "the toll had passed 10,000", "surpassed", "menembus"
    "surpassed": "more", "passed": "more", "topped": "more", "crossed": "more", "menembus": "more",
    "sedikitnya": "least", "setidaknya": "least", "paling sedikit": "least", "minimal": "least",
    "at least": "least", "no fewer than": "least", "sedikitnya ada": "least", "setidaknya ada": "least",
    "mencapai": "exact", "reached": "exact", "sebanyak": "exact", "a total of": "exact", "total": "exact",
    "sekitar": "about", "kira-kira": "about", "sekira": "about", "kurang lebih": "about",
    "lebih kurang": "about", "about": "about", "around": "about", "some": "about",
    "approximately": "about", "roughly": "about", "an estimated": "about", "estimated": "about",
    "hampir": "nearly", "nyaris": "nearly", "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "mendekati": "nearly",
    "hingga": "upto", "sampai": "upto", "up to": "upto", "as many as": "upto", "as high as": "upto",
    "as much as": "upto", "paling banyak": "upto",
    # a toll that could reach N is at most N ("bisa mencapai 5.000", "could reach 5,000"); one that reached N is N
    "bisa mencapai": "upto", "dapat mencapai": "upto", "mungkin mencapai": "upto", "could reach": "upto",
    "may reach": "upto", "might reach": "upto", "could be as high as": "upto",
    "kurang dari": "less", "less than": "less", "fewer than": "less",
}
# Vague plurals -> (min, max).  "puluhan ribu" (tens of thousands) scales the second word.  "Scores of" is read
# like "dozens" (the annotation's 10-99): read as 20 or more it was a running total by size alone, and a strike's
# "killing and wounding scores" became the whole that a day's hundreds of wounded exceeded.
VAGUE: Final[dict[str, tuple[int, int]]] = {
    "belasan": (11, 19), "puluhan": (10, 99), "ratusan": (100, 999), "ribuan": (1000, 9999),
    "jutaan": (1_000_000, 9_999_999), "dozens": (10, 99), "lusinan": (10, 99), "scores of": (10, 99),
    "hundreds": (100, 999), "thousands": (1000, 9999), "tens of thousands": (10_000, 99_999),
    "hundreds of thousands": (100_000, 999_999), "puluhan ribu": (10_000, 99_999),
    "ratusan ribu": (100_000, 999_999),
    "half a dozen": (6, 6),
    # "several hundred", "beberapa ratus": more than one hundred (read as exactly 100 before: "several" was no number)
    "several hundred": (200, 999), "a few hundred": (200, 999), "beberapa ratus": (200, 999),
    "several thousand": (2000, 9999), "a few thousand": (2000, 9999), "beberapa ribu": (2000, 9999),
    "several hundred thousand": (200_000, 999_999), "beberapa ratus ribu": (200_000, 999_999),
}

# --- language ----------------------------------------------------------------------------------
STOPWORDS: Final[dict[str, frozenset[str]]] = {
    "id": frozenset([
        "yang", "dan", "di", "ke", "dari", "untuk", "dengan", "pada", "ini", "itu", "dalam", "tidak", "akan",
        "telah", "juga", "adalah", "bahwa", "mereka", "kata", "oleh", "sebagai", "atau", "ada", "karena",
        "tersebut",
    ]),
    "en": frozenset([
        "the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "as", "by", "it", "from",
        "at", "are", "have", "has", "said", "were", "their", "be", "this", "an", "which",
    ]),
}

# --- dates -------------------------------------------------------------------------------------
WEEKDAYS: Final[dict[str, int]] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
MONTHS: Final[dict[str, int]] = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12, "nopember": 11, "pebruari": 2,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "agu": 8, "agt": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12,
}
RELATIVE_DAYS: Final[dict[str, int]] = {
    "kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "yesterday": -1, "today": 0,
    "tomorrow": 1, "tadi malam": -1, "semalam": -1, "last night": -1,
}

# --- text preparation --------------------------------------------------------------------------
# Lines (or line tails) that are site furniture, never reporting.  Regexes, case-insensitive,
# matched against a whole normalised line; a match drops the line.
BOILERPLATE_LINES: Final[tuple[str, ...]] = (
    r"baca(?:\s+juga)?\s*(?:[:.-].*)?",          # read-more links ...
    r"baca(?-i:[A-Z]).*",                        # ... also glued onto a title: "BacaPM Yaman: ..."
    r"(?:lihat|simak|tonton)\s+(?:juga|pula|video)\s*[:.-].*",
    r"(?:read|see)\s+(?:more|also)\s*[:.-].*", r"related\s*(?:articles?|stories|news)?\s*[:.-].*",
    r"about\s+\S.{0,60}?\s+\d+\s+articles?",
    r"be\s+the\s+first\s+to\s+comment", r".*\bakismet\b.*",
    r"(?:leave|post)\s+a\s+(?:reply|comment).*", r"\d+\s+comments?", r"no\s+comments?(?:\s+yet)?",
    r"\d+\s+(?:responses?|comments?|tanggapan|komentar)\s+(?:to|on|untuk|pada)\s+\".*",  # a blog's count of replies
    r"advertisement", r"iklan", r"scroll\s+(?:to\s+continue|untuk\s+melanjutkan).*",
    r"(?:editor|penulis|reporter|pewarta|penyunting|sumber|source|writer|photo|foto)\s*:.*",
    r"(?:copyright|hak\s+cipta)\b.*", r"©.*", r"\(c\)\s*\d{4}.*",
    r"(?:share|bagikan|follow|ikuti)\s+(?:this|us|kami|artikel|on)?.*", r"tags?\s*:.*",
    r"(?:all\s+rights\s+reserved|sign\s+up|subscribe).*",
    # a syndication note ("Artikel ini telah tayang di X dengan judul ...") and a breadcrumb ("Home Berita ..."):
    # the page's furniture repeating a headline, never the body (cas15)
    r"(?:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan)\s+(?:di|pada|dalam)\b.*",
    r"this\s+(?:article|story)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published)\s+(?:on|in|at)\b.*",
    r"home\s*(?:[>»/|]\s*)?(?:berita|news|world|internasional|dunia|nasional)\b.*",
)
# Read-more tails glued inside a paragraph: cut from the cue to the end of the line.
BOILERPLATE_TAILS: Final[tuple[str, ...]] = (
    r"\bBACA\s+JUGA\b.*", r"\bBaca\s+juga\s*:.*", r"\bBaca\s*:.*", r"\bRead\s+more\s*:.*",
    r"\bBaca(?=[A-Z])\S.*", r"[(\[]\s*(?i:baca|lihat|simak|tonton)\s+(?i:juga|pula|video)\s*:.*",
    r"[(\[]\s*(?i:read\s+more|see\s+also|watch)\s*:.*",
    # a syndication note glued onto the last sentence: "... secara berkala.Artikel ini telah tayang di X dengan judul"
    r"(?<=[.!?\"])\s*(?:Artikel|Berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan)\s+(?:di|pada)\s.*",
    # a syndication note glued to the last paragraph, quoting the source's headline (rec20)
    r"\b(?i:artikel|berita)\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dimuat|diterbitkan)\s+(?:di|pada)\b.*",
)
# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS: Final[frozenset[str]] = frozenset(_split(
    "dr mr mrs ms prof gen lt col sgt capt maj st jl no vs dll dsb dst tsb u.s u.n a.s sdr bpk hlm jr "
    "sr inc ltd co corp dept gov sen rep ir h drs kol letjen mayjen brigjen jend pres jan feb mar apr jun "
    "jul aug agu agt sep sept oct okt nov dec des "
    "adm brig cmdr cdr cpl pvt"  # ranks: "Rear Adm. X said", "Brig. Gen. Y" (session 20)
))
