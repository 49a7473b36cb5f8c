"""A statement named as the subject, with who issued it: "A statement issued earlier by the defence ministry
said ...", "Pernyataan resmi yang dirilis oleh kantor gubernur menyebutkan ...".

Why: walking leftwards from the verb the reader met the document's relative clause ("yang dikeluarkan oleh
...") or a time word between the participle and "by" ("issued earlier by"), stopped there, and the outlet got
the claim.  The issuer speaks through its statement (the annotation convention), so the phrase after "by" /
"oleh" is read as the speaker phrase.  One search in a window of at most 160 characters before the verb: linear.
"""

from __future__ import annotations

import re

from kb.extract.bodies import has_head

_DOCUMENT = (r"(?:statement|report|announcement|communiqu[eé]|notice|pernyataan|laporan|keterangan|rilis|"
             r"siaran\s+pers|pengumuman|figure|number|statistic|data|angka|statistik)s?")
_WHEN = (r"(?:earlier|later|previously|jointly|separately|late|sebelumnya|terpisah|resmi|tertulis|terbaru|"
         r"bersama)")
_ISSUED = (r"(?:issued|released|published|put\s+out|sent\s+out|dikeluarkan|dirilis|diterbitkan|disampaikan|"
           r"diumumkan)")
_ISSUED_BY = re.compile(
    rf"(?<![\w-]){_DOCUMENT}(?:\s+{_WHEN}){{0,2}}\s*,?\s+(?:yang\s+)?(?:{_WHEN}\s+)?{_ISSUED}(?:\s+{_WHEN})?"
    r"\s+(?:by|oleh)\s+(?P<issuer>[^,;:\"“”]{2,100}?)\s*,?\s*$",
    re.IGNORECASE,
)
# A piece of research named by its authors with no participle: "A study by US universities estimates ...",
# "Research from two universities, however, puts ...", "Penelitian oleh universitas X memperkirakan ...": the authors
# speak through their work as an issuer through its statement.
_WORK_BY = re.compile(
    r"(?<![\w-])(?:study|studies|research|survey|analysis|assessment|tally|estimates?|kajian|penelitian|studi|survei"
    r"|analisis)(?:\s+(?:published|released|conducted|carried\s+out|yang\s+dilakukan|yang\s+diterbitkan))?"
    r"\s+(?:by|from|oleh|dari)\s+(?P<issuer>[^,;:\"“”]{2,100}?)\s*,?"
    r"(?:\s*(?:however|though|meanwhile|namun|sementara\s+itu)\s*,)?\s*$",
    re.IGNORECASE,
)
# Figures named by the body they come from: "Data from the health ministry showed ...", "Angka dari Kementerian
# Kesehatan menunjukkan ..." (a body's head in the phrase; "Figures from Gaza" name a place, no issuer)
_DATA_FROM = re.compile(
    r"(?<![\w-])(?:data|figures|statistics|numbers|statistik|angka)\s+(?:from|dari)\s+(?P<issuer>[^,;:\"“”]{2,100}?)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
WINDOW = 160
# A document placed on its owner's channel: "A statement on the ministry's website said", "A post on Name's Telegram
# channel said", "Unggahan di akun Telegram kementerian menyebut" (the owner speaks through it; session 34's sweep)
_POSTED_ON = re.compile(
    r"(?<![\w-])(?:statement|post|message|notice|update|video|pernyataan|unggahan|pesan|video)\s+"
    r"(?:(?:posted|published|issued|shared|put\s+out|yang\s+(?:diunggah|dipublikasikan|dibagikan))\s+)?"
    r"(?:on|in|di)\s+(?:(?P<owner>(?:the\s+)?[^,;:\"“”]{2,80}?)['’]s\s+(?:official\s+|own\s+)?"
    r"(?:website|site|telegram(?:\s+channel)?|facebook(?:\s+page)?|x\s+account|twitter(?:\s+account)?|page|account"
    r"|channel|feed)"
    r"|(?:akun|laman|situs|kanal)\s+(?:resmi\s+)?(?:(?:telegram|facebook|instagram|x|twitter|web)\s+)?"
    r"(?P<owner_id>[^,;:\"“”]{2,80}?))\s*,?\s*$",
    re.IGNORECASE,
)


def issuer_before(norm: str, lower: int, verb_start: int) -> int | None:
    """Where the issuer of a statement or a study that is the verb's subject begins ("... issued earlier by <X>
    said", "A study by <X> estimates"), or None when the words before the verb are no such document."""
    window = max(lower, verb_start - WINDOW)
    match = _ISSUED_BY.search(norm, window, verb_start) or _WORK_BY.search(norm, window, verb_start)
    if match is None and (data := _DATA_FROM.search(norm, window, verb_start)) and has_head(data.group("issuer")):
        match = data
    return match.start("issuer") if match else None


def posted_on(norm: str, lower: int, verb_start: int) -> tuple[int, int] | None:
    """Where the owner of the channel a document was posted on is named (start, end), when that document is the
    verb's subject ("A statement on the ministry's website said"); else None."""
    match = _POSTED_ON.search(norm, max(lower, verb_start - WINDOW), verb_start)
    if match is None:
        return None
    group = "owner" if match.group("owner") else "owner_id"
    return match.span(group)


__all__ = ["issuer_before", "posted_on"]
