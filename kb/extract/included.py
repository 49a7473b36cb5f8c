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
    r"\s+(?:(?:also|juga)\s+)?(?:include[sd]?|termasuk|di\s+antaranya|terdiri\s+(?:atas|dari))\s+"
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


__all__ = ["included_hurt"]
