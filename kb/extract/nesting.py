"""Which frame holds which: a frame inside another's scope is nested ("Kremlin said Putin urged ..."),
which is how the source chain is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kb.extract.frames import Frame

# "... seperti yang dituduhkan oleh Rusia": who alleged what the sentence's speaker answers.  Its own claim,
# never the relay of the speaker's denial before it.
_ALLEGED_BY = frozenset(("dituduhkan oleh", "dituduh oleh", "disalahkan oleh", "accused by", "blamed by", "alleged by"))


def nest(frames: list[Frame]) -> None:
    for frame in frames:
        holders = [
            f
            for f in frames
            if f is not frame
            and f.scope[0] <= frame.verb[0] < f.scope[1]
            and not (f.scope[0] <= f.verb[0] < f.scope[1])
            and not _inside(f, frame)
            and f.verb_text not in _ALLEGED_BY
        ]
        frame.parent = min(holders, key=lambda f: f.scope[1] - f.scope[0]) if holders else None
    for frame in frames:  # a containment cycle would make every chain endless: cut it
        seen, parent = {id(frame)}, frame.parent
        while parent is not None:
            if id(parent) in seen:
                frame.parent = None
                break
            seen.add(id(parent))
            parent = parent.parent


def _inside(outer: Frame, inner: Frame) -> bool:
    """True when ``outer``'s own verb sits in ``inner``'s scope (then ``outer`` cannot hold it)."""
    return inner.scope[0] <= outer.verb[0] < inner.scope[1] and (
        inner.scope[1] - inner.scope[0] < outer.scope[1] - outer.scope[0]
    )
