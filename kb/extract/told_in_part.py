"""A source's later sentence that tells its toll again beside a new figure: only the new figure is news.

Why: a ministry's lead gives three dead and, a sentence on, that one of them was a child; its quotation further down
says again that the strike killed three, among them a child, and adds that it wounded three more.  The conventions
annotate a claim once, so the quotation's one claim is the wounded; ``restated._told_again`` drops a later sentence
only when every figure in it was told before (a fuller telling kept every claim), so the toll and the child came out
twice (fresh34, batch 25: a source restating its own lead, the largest casualty cause of the blind reading).

The rule, one voice at a time (``restated._one_voice``): in a later sentence that holds at least one figure not told
before and at least one whole toll told before (of ``_SMALL`` or more: "one killed" recurs for other strikes), the
whole tolls told before and the parts told before in the same words (unit and number) are the earlier claims.  A
sentence that says it is another report ("also", "juga") is left alone, as is the outlet's own narration.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from kb.extract.voiced_again import ANOTHER
from kb.pipeline.record import Claim

_SMALL = 3
# Units of a whole toll of people: a sentence holding one tells the toll again (the dev gold keeps the later telling
# of a toll with its parts, "Sembilan orang ... tewas, termasuk dua anak-anak"), not only its parts.
_PEOPLE = ("deaths", "wounded", "killed and wounded")
Figure = tuple[object, ...]


def _exact(claim: Claim) -> int | None:
    """The claim's number when it is one number ("three", not "dozens" or "at least three")."""
    low, high = claim.quantity_min, claim.quantity_max
    return low if low is not None and low == high else None


def _figures(claim: Claim, hurt: Callable[[str | None], str | None]) -> set[Figure]:
    """How a figure is recognised when told again: as a toll (dead or wounded, and its number) and as itself (unit
    and number: "one child killed")."""
    n = _exact(claim)
    if n is None:  # "one of the dead was a child", read without its number: a part of that kind was told
        return {("kind", claim.unit)} if claim.quantity_min is None and claim.quantity_max is None else set()
    return {("toll", hurt(claim.unit), n), ("same", claim.unit, n)}


def told_in_part(claims: list[Claim], dropped: set[int], hurt: Callable[[str | None], str | None],
                 one_voice: Callable[[Claim, Claim], bool]) -> set[int]:
    """The claims of later sentences that tell again, beside a new figure, what one voice told before (see the
    module)."""
    sentences: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if i not in dropped and claim.type == "casualty":
            sentences[(claim.start, claim.end)].append(i)
    told: list[tuple[Claim, set[Figure]]] = []
    out: set[int] = set()
    for members in sentences.values():
        first = claims[members[0]]
        figures = {i: _figures(claims[i], hurt) for i in members}
        told.append((first, set().union(*figures.values())))
        if ANOTHER.search(first.quote):
            continue
        if len(members) > 1 and any(claims[i].breakdown for i in members) and all(
                claims[i].unit not in _PEOPLE and ("same", claims[i].unit, _exact(claims[i]))
                in set().union(*(f for _, f in told[:-1])) for i in members):
            out.update(members)  # a toll's whole list of parts said again ("The victims included nine children and
            continue  # three women" after "killed 15, including nine children and three women"), by any voice
        if len({claims[i].speaker for i in members}) != 1 or any(".outlet." in claims[i].rule for i in members):
            continue
        before: set[Figure] = set().union(*(f for c, f in told[:-1] if one_voice(c, first)))
        whole = [i for i in members if not claims[i].breakdown and not claims[i].increment
                 and (_exact(claims[i]) or 0) >= _SMALL and ("toll", hurt(claims[i].unit), _exact(claims[i])) in before]
        again = set(whole) | {i for i in members if claims[i].breakdown and _part_told(claims[i], before, hurt)}
        fresh = [i for i in members if i not in again and not (figures[i] & before)]
        if whole and fresh:  # told again beside a figure never told ("one killed" told twice is no new figure)
            out |= again
    return out


def _part_told(part: Claim, before: set[Figure], hurt: Callable[[str | None], str | None]) -> bool:
    """A part of the toll told before: by its number as a part or a toll ("one of the dead was a child" read as one
    death), or by its kind without a number."""
    n = _exact(part)
    return bool({("same", part.unit, n), ("toll", hurt(part.unit), n), ("kind", part.unit)} & before)


__all__ = ["told_in_part"]
