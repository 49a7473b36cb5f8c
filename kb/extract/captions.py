"""Sentences that caption a picture (issue 13, round 17): what a photo shows is no one's claim.

A saved news page keeps its pictures' captions among the body's lines: "Foto yang dibagikan X ini menunjukkan dampak
serangan ...", "In this photo released by the army, smoke rises over ...", "Gambar-gambar di media sosial
menunjukkan ...", or a lead repeated under the picture with the photographer's credit ("... on Saturday [Jane Doe /
Reuters]").  The annotation conventions (``../shared/seeds/README.md``) leave photo captions out: the claim they
repeat is annotated where the body makes it, and a picture described (people fleeing, rubble, delegates at a table)
asserts nothing a party said.  Read as text they made tolls, accusations and talks of the outlet beside the body's.

A caption is told by its head, not by a picture word anywhere: the sentence opens on the picture ("Foto ...",
"Dalam foto ...", "Gambar-gambar ...", "Photo:", "In this photo", "This image shows") or says a medium showed
pictures ("menampilkan gambar", "showed images of"), or ends on a photographer's credit in brackets.  A body
sentence that only mentions pictures ("... and shared images of the aftermath", "kata X dalam video") stays, and so
does a video described (its footage is evidence the annotation reads as the outlet's report).

One anchored match at the sentence's start, one bounded search for the showing verb, one at its end (linear).
"""

from __future__ import annotations

import re

from kb.extract.needs import absent, needs

_HEAD = re.compile(
    r"\s*[\"'“]?(?:(?:dalam|pada|di)\s+(?:foto|gambar)|(?:in|on)\s+(?:this|the|these)\s+(?:photo|picture|image)s?"
    r"|(?:this|the|a|these)\s+(?:photo|picture|image)s?\b|(?:foto|gambar)(?:-gambar)?|photos?|pictures?|images?"
    r"|caption|keterangan\s+foto)(?![\w-])",
    re.IGNORECASE,
)
# What a picture-headed sentence must go on to do to be a caption: show, be taken or released, or credit (a sentence
# that opens "Photos of the strike were shared by Hamas, which said ..." is still the body's).
_SHOWS = re.compile(
    r"(?<![\w-])(?:menunjukkan|memperlihatkan|menampilkan|tampak|terlihat|diperoleh|diambil|dirilis|dibagikan"
    r"|shows?|showed|showing|shown|depicts?|depicted|depicting|taken|released|obtained|provided|handout|credit)(?![\w-])"
    r"|^\s*[\"'“]?(?:dalam|pada|di|in|on)\s|:",
    re.IGNORECASE,
)
_SHOWED_PICTURES = re.compile(
    r"(?<![\w-])(?:menampilkan|memperlihatkan|menayangkan)\s+(?:gambar|foto)|(?:showed|broadcast|aired|published)\s+"
    r"(?:images|pictures|photos)\s+of(?![\w-])",
    re.IGNORECASE,
)
# A photographer's credit closing the line: "[Umit Bektas / Reuters]", "(AP Photo/John Doe)", "(Foto: AFP)".
_CREDIT = re.compile(
    r"(?:\[[^\]\n]{2,60}/[^\]\n]{2,40}\]|\((?:[^()\n]{0,20}(?:photo|foto)\b[^()\n]{0,40})\))\s*/?\s*$",
    re.IGNORECASE,
)
_HEAD_SPAN = 200  # characters of a caption's head in which its showing verb stands


_SHOWED_PICTURES_NEEDS = needs(_SHOWED_PICTURES)  # a sentence without these words is not scanned


def caption(norm: str) -> bool:
    """Whether the sentence ``norm`` captions a picture (opens on it and shows, or ends on a photo credit)."""
    head = _HEAD.match(norm)
    if head is not None and _SHOWS.search(norm[: head.end() + _HEAD_SPAN]) is not None:
        return True
    shows = not absent(_SHOWED_PICTURES_NEEDS, norm) and _SHOWED_PICTURES.search(norm) is not None
    return shows or _CREDIT.search(norm) is not None


__all__ = ["caption"]
