"""A claim's figure in words, one wording for every page and command: "at least 97", "at most 20", "13–20",
"about 400", "1,200".

Why one function: the CLI said "97 or more deaths" where the web said "at least 97 deaths", and the map had a third
copy (trial user29); the web's templates (``figure_text``), the map's GeoJSON and ``kb review list`` all call this.
"""

from __future__ import annotations


def number(value: object) -> str:
    """43799 → "43,799", 2552.5 → "2,552.5", "104.0" → "104" (a reader should not count digits); anything that is
    not a number as it is."""
    text = "" if value is None else str(value)
    try:
        parsed = float(text)
    except ValueError:
        return text
    if parsed.is_integer() and "e" not in text.lower():
        return f"{int(parsed):,}"
    whole, _, fraction = text.partition(".")
    return f"{int(whole):,}.{fraction}" if whole.lstrip("-").isdigit() and fraction.isdigit() else text


def figure_text(low: object, high: object, approximate: object = False) -> str:
    """The bounds ``low``..``high`` (either may be None: open) in words; "" when both are."""
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        if number(low) == number(high):
            return ("about " if str(approximate).lower() in ("true", "1") else "") + number(low)
        return f"{number(low)}–{number(high)}"
    return f"at least {number(low)}" if low is not None else f"at most {number(high)}"


_IRREGULAR = {"people": "person", "children": "child", "women": "woman", "men": "man"}


def unit_text(unit: object, low: object = None, high: object = None) -> str:
    """``unit`` as a figure of exactly one reads it: "1 soldier killed", "1 death", not "1 soldiers killed" (trial
    user33); the unit as it is for any other figure, "" for none.  The units are plural noun phrases ("soldiers
    killed", "civilians wounded", "deaths"): their first word is made singular."""
    text = "" if unit is None else str(unit)
    if not text or low is None or number(low) != "1" or number(high) != "1":
        return text
    first, space, rest = text.partition(" ")
    if first.casefold() in _IRREGULAR:
        first = _IRREGULAR[first.casefold()]
    elif first.endswith("s") and not first.endswith("ss"):
        first = first[:-1]
    return first + space + rest


def figure_with_unit(low: object, high: object, approximate: object, unit: object) -> str:
    """The figure in words with its unit, as every page, the map and the CLI say it ("at least 84 soldiers killed",
    "1 civilian killed"); "" when there is no figure."""
    text = figure_text(low, high, approximate)
    if not text:
        return ""
    worded = unit_text(unit, low, high)
    return f"{text} {worded}" if worded else text


__all__ = ["figure_text", "figure_with_unit", "number", "unit_text"]
