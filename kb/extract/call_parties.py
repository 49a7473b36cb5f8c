"""Whom a call addresses, when the call names its addressees by their place in the war rather than by name.

Why: a call's parties are its addressees (the annotation conventions), and two ways of naming them are common in
any article: "urged the parties to ...", "called on both sides", "mendesak kedua belah pihak", "meminta semua pihak"
are the sides at war (the mediators who urge are not); "called on the international community", "mendesak
komunitas internasional", "seruan saya kepada masyarakat internasional" are the international community, not the
party the rest of the sentence accuses.  Each is read only right after a verb or noun of calling, so "both sides
reported losses" or "the international community urged ..." (the caller) are left as they were.
"""

from __future__ import annotations

import re

# A verb or noun of calling, then at most one word ("urged all the parties", "menyerukan kepada"), then a quote.
_CALLING = (
    r"(?<![\w-])(?:urged|urges|urging|urge|called\s+on|calls\s+on|calling\s+on|call\s+on|called\s+upon|calls\s+upon"
    r"|appealed\s+to|appeals\s+to|appealing\s+to|appeal\s+to|asked|asks|pressed|presses|implored|exhorted"
    r"|mendesak|mendesakkan|menyerukan|menyeru|meminta|mengimbau|menghimbau|mengajak|menuntut|seruan|imbauan"
    r"|desakan|permintaan)"
)
# What may stand between the call and its addressee: a preposition, "saya"/"kami", an article, a quote mark.
_BETWEEN = r"(?:\s+(?:kepada|pada|to|on|upon|saya|kami|all|the)){0,2}\s*(?:[\"“‘']\s*)?"  # one way to read spaces
_SIDES = (r"(?:the\s+(?:two\s+)?(?:parties|sides)|both\s+(?:sides|parties)|all\s+(?:sides|parties)"
          r"|(?:kedua\s+(?:belah\s+)?|para\s+|semua\s+|seluruh\s+)pihak|kedua\s+kubu)(?![\w-])")
_WORLD = (r"(?:(?:the\s+)?(?:international|world|global)\s+community|(?:komunitas|masyarakat|dunia|publik)\s+"
          r"internasional|masyarakat\s+dunia)(?![\w-])")
# The addressee after the verb, or opening the call's scope (the walk often starts a call's scope after its verb).
_THE_SIDES = re.compile(rf"{_CALLING}{_BETWEEN}{_SIDES}", re.IGNORECASE)
_THE_WORLD = re.compile(rf"{_CALLING}{_BETWEEN}{_WORLD}", re.IGNORECASE)
_CALL_BEFORE = re.compile(rf"{_CALLING}(?:\s+(?:kepada|pada|to|on|upon|saya|kami))*\s*$", re.IGNORECASE)
_OPENS_SIDES = re.compile(rf"{_BETWEEN}{_SIDES}", re.IGNORECASE)
_OPENS_WORLD = re.compile(rf"{_BETWEEN}{_WORLD}", re.IGNORECASE)
# What a call asks for that only the sides at war can give: a truce, talks, a deal between them.
_A_DEAL = re.compile(
    r"(?<![\w-])(?:ceasefire|cease-fire|truce|peace\s+talks|talks|negotiations|a\s+deal|an\s+agreement|de-escalation"
    r"|an\s+end\s+to\s+(?:the\s+)?(?:fighting|hostilities|violence|war)|gencatan\s+senjata|perundingan|pembicaraan"
    r"|negosiasi|kesepakatan|perjanjian|dialog|perdamaian|diakhirinya\s+(?:pertempuran|kekerasan|perang))(?![\w-])",
    re.IGNORECASE,
)
INTERNATIONAL_COMMUNITY = "international community"


def addresses_the_sides(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the call in ``scope`` is addressed to the sides at war by that name ("urged the parties")."""
    return bool(_THE_SIDES.search(norm, *scope) or (_OPENS_SIDES.match(norm, *scope) and _called(norm, scope[0])))


def addresses_the_world(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the call in ``scope`` is addressed to the international community."""
    return bool(_THE_WORLD.search(norm, *scope) or (_OPENS_WORLD.match(norm, *scope) and _called(norm, scope[0])))


def _called(norm: str, start: int) -> bool:
    """Whether a verb or noun of calling ends just before ``start`` (a scope that opens on the addressee)."""
    return _CALL_BEFORE.search(norm, max(0, start - 40), start) is not None


def asks_for_a_deal(norm: str, scope: tuple[int, int]) -> bool:
    """Whether the call in ``scope`` asks for a truce, talks or a deal ("PBB mendesak kesepakatan evakuasi",
    "called for peace talks"): a call naming no addressee is then addressed to the sides at war."""
    return _A_DEAL.search(norm, *scope) is not None


def deal_addressees(main: tuple[str, ...], caller: str | None) -> str | None:
    """The addressees of a call for a deal that names none: a main side's call goes to the other side ("the junta
    called for peace talks"), anyone else's to the article's two main sides."""
    if len(main) < 2:
        return None
    if caller in main[:2]:
        return main[1] if caller == main[0] else main[0]
    return "; ".join(main[:2])


__all__ = ["INTERNATIONAL_COMMUNITY", "addresses_the_sides", "addresses_the_world", "asks_for_a_deal",
           "deal_addressees"]
