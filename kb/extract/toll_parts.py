"""Parts of a toll and whose people a figure counts, read where the figure reader (``casualties``) builds a figure.

Split from ``casualties`` to keep it readable.  Each rule here came from a false conflict on the real articles
(session 24): a part read as the toll ("seven seriously wounded" against a strike's 30 wounded, thousands missing
presumed dead against the counted toll), "warga" of a people read as civilians, a "no casualties" with no place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.extract.figure import Figure
from kb.extract.scope import FigureScope, figure_scope

# "200 warga etnis Armenia", "50 warga Palestina": "warga" of a people or a place is its people, not its civilians
# (the annotation counts them as deaths); "warga desa", "warga sipil" stay civilians
_PEOPLE_OF = re.compile(r"\s+(?:etnis\s|[A-Z])")


def people_of(norm: str, key: str, noun_end: int) -> bool:
    """Whether the victim noun ``key`` ending at ``noun_end`` is "warga" of a people or a place."""
    return key == "warga" and _PEOPLE_OF.match(norm, noun_end) is not None


def worst_or_missing(norm: str, kind: str, end: int, hi: int) -> bool:
    """Whether a figure of ``kind`` ("killed", "wounded") ending at ``end`` counts only the seriously wounded or the
    missing presumed dead: a part of a toll (``Claim.breakdown``), compared with nothing."""
    return (kind == "wounded" and seriously_hurt(norm, end, hi)) or (kind == "killed" and presumed_dead(norm, end, hi))


def vague_scope(norm: str, figure: Figure) -> FigureScope:
    """A figure without a number is scoped by its clause; "no one was hurt" keeps its own scope but takes the place
    the clause names.  Why: unplaced, a strike's "no casualties" was "the whole" of every other strike's wounded."""
    if figure.quantity is None:
        return figure_scope(norm, figure.start, figure.end, first=False)
    if figure.quantity.maximum == 0 and figure.scope.place is None:
        return replace(figure.scope, place=figure_scope(norm, figure.start, figure.end, first=False).place)
    return figure.scope


# The worst hurt of a toll's wounded: "seven seriously wounded", "tujuh orang terluka parah", "luka berat"
_SERIOUS = re.compile(
    r"^[^,;.]{0,25}?(?<![\w-])(?:(?:seriously|critically|severely|gravely|badly)\s+(?:wounded|injured|hurt)"
    r"|(?:terluka|luka|luka-luka|cedera)\s+(?:parah|berat|serius|kritis))(?![\w-])",
    re.IGNORECASE,
)


def seriously_hurt(norm: str, end: int, hi: int) -> bool:
    """Whether the wounded figure ending at ``end`` counts only the seriously wounded.  Why: they are a part of the
    wounded; compared as the wounded, "seven seriously wounded" was a strike's toll far below its 30 wounded."""
    return _SERIOUS.match(norm[end:hi]) is not None


# The missing a source presumes dead: "thousands missing under the rubble are presumed dead", "ribuan orang yang
# hilang ... diperkirakan telah tewas"
_MISSING = re.compile(r"(?<![\w-])(?:missing|hilang|under\s+the\s+rubble|di\s+bawah\s+reruntuhan)(?![\w-])",
                      re.IGNORECASE)
_PRESUMED = re.compile(r"(?<![\w-])(?:presumed|feared|believed|diperkirakan|diduga|dikhawatirkan)(?![\w-])",
                       re.IGNORECASE)


def presumed_dead(norm: str, end: int, hi: int) -> bool:
    """Whether the figure ending at ``end`` counts the missing presumed dead.  Why: they are no part of the counted
    toll (which a ministry gives apart), so as deaths they were a toll far below the confirmed one beside them."""
    after = norm[end:hi]
    missing = _MISSING.search(after)
    return missing is not None and _PRESUMED.search(after, missing.end()) is not None


__all__ = ["people_of", "presumed_dead", "seriously_hurt", "vague_scope", "worst_or_missing"]
