"""Parties an accusation's words name as victims or as partners, never as the accused (issue 13, round 10).

"Iran condemned the strikes as violations of Yemen's sovereignty" accuses whoever struck, never Yemen: a party
whose sovereignty, territory or people the words defend ("Yemen's sovereignty", "the people of Gaza",
"kedaulatan Yaman", "rakyat Lebanon") is the wronged side.  "CENTCOM said US and UK forces struck Houthi
targets" is a report of the speaker's own side acting with an ally: a party coordinated with the speaker's
own side in one noun phrase acts with it, and is not accused by it.  Each test looks a few characters either
side of a mention, so the cost stays linear in the sentence.
"""

from __future__ import annotations

import re

from kb.extract.drafts import SentenceInput
from kb.extract.mentions import Mention
from kb.extract.speakers import party_label, side_label

_WRONGED_AFTER = re.compile(
    r"['’]s?\s+(?:sovereignty|territory|territorial\s+integrity|people|civilians|citizens|population|independence)"
    r"(?![\w-])",
    re.IGNORECASE,
)
_WRONGED_BEFORE = re.compile(
    r"(?<![\w-])(?:sovereignty|territory|territorial\s+integrity|people|civilians|citizens|population"
    r"|kedaulatan|rakyat|warga|penduduk|wilayah|integritas\s+wilayah)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,|and|dan|&)\s*", re.IGNORECASE)


def _in(scope: tuple[int, int], m: Mention) -> bool:
    return scope[0] <= m.start < scope[1] and m.actor is not None


def _label(s: SentenceInput, m: Mention) -> str | None:
    return party_label(m.actor, s.gazetteer) if m.actor is not None else None


def wronged_only(s: SentenceInput, scope: tuple[int, int], subject: str | None) -> str | None:
    """``subject`` without the parties that the words in ``scope`` name only as the wronged side."""
    if not subject:
        return subject
    kept = []
    for part in (p.strip() for p in subject.split(";")):
        named = [m for m in s.mentions if _in(scope, m) and _label(s, m) == part]
        if named and all(_wronged(s.norm, m) for m in named):
            continue
        kept.append(part)
    return "; ".join(kept) or None


def _wronged(norm: str, m: Mention) -> bool:
    return bool(_WRONGED_AFTER.match(norm, m.end) or _WRONGED_BEFORE.search(norm, max(0, m.start - 40), m.start))


def acts_with_own_side(s: SentenceInput, scope: tuple[int, int], subject: str | None, side: str | None) -> bool:
    """Whether every accused party is named coordinated with the speaker's own side ("US and UK forces struck",
    "pasukan AS dan Inggris"): the speaker reports its own operation with an ally."""
    if not subject or not side:
        return False
    inside = [m for m in s.mentions if _in(scope, m)]
    for part in (p.strip() for p in subject.split(";")):
        named = [i for i, m in enumerate(inside) if _label(s, m) == part]
        if not named or not any(_beside_own(s, inside, i, side) for i in named):
            return False
    return True


def _beside_own(s: SentenceInput, inside: list[Mention], i: int, side: str) -> bool:
    for j in (i - 1, i + 1):
        if not 0 <= j < len(inside):
            continue
        a, b = (inside[j], inside[i]) if j < i else (inside[i], inside[j])
        other = inside[j].actor
        if other is not None and _JOINED.fullmatch(s.norm, a.end, b.start) \
                and side_label(other, s.gazetteer) == side:
            return True
    return False


# Two parties named as one agent: "US-UK aggression", "US and British strikes", "serangan AS dan Inggris".
_PAIRED = re.compile(r"\s*(?:-|/|&|and|dan)\s*", re.IGNORECASE)
_PARTNER_KINDS = ("State", "Government", "Ministry", "Organization", "Group")


def with_partners(s: SentenceInput, scope: tuple[int, int], subject: str | None, side: str | None) -> str | None:
    """``subject`` with the party named jointly with an accused one ("US-UK aggression", "US and British strikes"):
    the pair acted together, and only the one nearest the attack word was accused (tryout 21).  Never the speaker's
    own side, never a party the subject has already."""
    if not subject:
        return subject
    parts = [p.strip() for p in subject.split(";")]
    inside = [m for m in s.mentions if _in(scope, m)]
    for i, m in enumerate(inside):
        if _label(s, m) not in parts:
            continue
        for j in (i - 1, i + 1):
            other = inside[j] if 0 <= j < len(inside) else None
            if other is None or other.actor is None or other.actor.kind not in _PARTNER_KINDS:
                continue
            a, b = (other, m) if j < i else (m, other)
            label = _label(s, other)
            if label and label not in parts and label != side and _PAIRED.fullmatch(s.norm, a.end, b.start) \
                    and side_label(other.actor, s.gazetteer) != side:
                parts.append(label)
    return "; ".join(parts)


__all__ = ["acts_with_own_side", "with_partners", "wronged_only"]
