"""The victims a toll is said to include ("the casualties included seven children", "korban tewas termasuk tiga
anak"): counted as the toll's killed, or its killed and wounded, by the word that names the toll.

Split from ``casualties`` (the figure reader), which asks it only when a figure has no hurt word of its own.
"""

from __future__ import annotations

import re

# "the casualties included seven children", "the deaths include 4,300 women", "korban tewas termasuk tiga anak":
# the victims a toll is made of, counted as its killed (deaths) or killed and wounded (casualties)
_INCLUDED = re.compile(
    r"(?<![\w-])(?:(?P<dead>deaths|dead|fatalities|victims|korban\s+(?:tewas|jiwa|meninggal))|(?P<both>casualties|korban))"
    r"\s+(?:(?:also|juga)\s+)?(?:include[sd]?|termasuk|di\s+antaranya|terdiri\s+(?:atas|dari)"
    r"|(?<=victims\s)(?:were|are)|(?<=korban\s)(?:adalah|merupakan))\s+"  # "the victims were four members of ..."
    r"(?:(?:at\s+least|setidaknya|sedikitnya)\s+)?$",
    re.IGNORECASE,
)


def included_hurt(norm: str, at: int) -> str | None:
    """The hurt of a figure standing after "... included" (``at``: its start), else None.  Why: read as killed and
    wounded together, a breakdown of the dead was set against the wounded counted beside it as a part above its
    whole (a false part-whole on an unseen article)."""
    found = _INCLUDED.search(norm, max(0, at - 50), at)
    if found is None:
        return None
    if found.group("dead") or _OTHERS_WOUNDED.search(norm, at, min(len(norm), at + 160)):
        return "killed"  # "Para korban termasuk 4.650 anak-anak ..., sementara 29.200 lainnya terluka": the dead
    return "both"


# The wounded counted apart later in the sentence ("while 29,200 others were injured", "sementara 29.200 lainnya
# terluka"): the victims a toll "included" before them are its dead, not killed and wounded together.
_OTHERS_WOUNDED = re.compile(
    r"(?:while|whereas|and|sementara|sedangkan|dan)\s+[\d.,]+\s+(?:others|lainnya|orang\s+lainnya)\s+"
    r"(?:(?:were|have\s+been|had\s+been|telah|juga)\s+)?(?:wounded|injured|hurt|terluka|luka-luka|cedera)",
    re.IGNORECASE,
)


# "Among the wounded is a 34-year-old woman", "di antara orang mati di kamp itu adalah sembilan karyawan X": the
# victims named as some of the hurt, the hurt word before them
_AMONG_BEFORE = re.compile(
    # ("among those killed by the mortar fire were ...": where or how they died, before the copula)
    r"(?<![\w-])(?:among\s+(?:the|those)\s+(?P<en>dead|killed|injured|wounded|victims|casualties)"
    r"(?:\s+(?:in|by|during|on|at|from)\s[^,.;\d]{1,60}?)?(?:\s+(?:were|are))?"
    r"|di\s*antara\s+(?:para\s+)?(?:korban|orang|mereka\s+yang|yang)\s*(?P<id>tewas|mati|meninggal|terluka"
    r"|luka-luka)?[^,.;\d]{0,40}?\s+(?:adalah|ialah|terdapat))\s+(?:(?:is|are|was|were)\s+)?$",
    re.IGNORECASE,
)
# "lima anak ..., termasuk di antara yang terluka": the hurt word after them, past an aside
_AMONG_AFTER = re.compile(
    r"[^.;]{0,90}?(?<![\w-])(?:were|was|are|is|juga|also)?\s*(?:termasuk\s+di\s*antara|among)\s+(?:the\s+|those\s+|yang\s+"
    r"|mereka\s+yang\s+|korban\s+)?(?P<h>tewas|meninggal|terluka|luka-luka|dead|killed|injured|wounded|casualties)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_WOUNDED = ("injured", "wounded", "terluka", "luka-luka")


def among_hurt(norm: str, at: int, noun_end: int, hi: int) -> str | None:
    """The hurt of a figure named as some of the dead or hurt ("among the injured is ...", "... termasuk di antara
    yang terluka"), from ``at`` (its start) and ``noun_end``, not reading past ``hi``; else None.  "Among the
    casualties" is the killed and wounded in one ("both"; session 34, fresh34 D2)."""
    before = _AMONG_BEFORE.search(norm, max(0, at - 80), at)
    after = None if before is not None else _AMONG_AFTER.match(norm[:hi], noun_end)
    if before is None and after is None:
        return None
    word = (before.group("en") or before.group("id") or "") if before is not None else \
        after.group("h") if after is not None else ""
    word = word.casefold()
    return "both" if word == "casualties" else "wounded" if word in _WOUNDED else "killed"


def names_a_part(norm: str, at: int, noun_end: int, hi: int) -> bool:
    """Whether the figure at ``at`` names who some of a toll were with no toll beside it: "the casualties included
    seven children", "six children were among the dead".  Why: like "including three children" such a figure is a
    detail of a toll told elsewhere (``Claim.breakdown``); compared as a toll it was "far below" every whole and set
    against every other figure of its strike."""
    return (included_hurt(norm, at) or among_hurt(norm, at, noun_end, hi)) is not None


__all__ = ["among_hurt", "included_hurt", "names_a_part"]
