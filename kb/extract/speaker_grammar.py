"""Reported-speech shapes where a speaker's words sit on both sides of it, or before a clause that is not theirs.

Session 20 (issue 13).  Each function answers one question of ``frame_scope.scope_of`` or ``frames`` from the
grammar of reported speech, not from any outlet's wording:

- ``inserted_before_quote``: "The strike wounded 14 people, the governor added, "three of them children."" — the
  speaker stands between a clause and a quotation that goes on with it; both are his words.  Without this the
  verb looked like "X added: ..." and scoped only the quotation, and the figure before fell to the outlet.
- ``according_before``: "Two people were killed on Monday, according to the ministry, with a source saying the
  car was a contractor's" / "..., menurut kementerian, sebagian besar dari mereka ..." — an according-to in mid
  sentence after a clause holding the figure credits that clause when what follows holds no figure of its own.
- ``contraction_subject``: "It's confirmed," / "That's denied" — "it's" is "it is", a copula before a
  participle, never a speaker.
- ``topic_widened``: "Referring to the reports of deaths, he said ..." — the topic the reporter sets before the
  speaker is the speaker's subject, so a claim its words hold is his, not the outlet's.
- ``medium_after``: "..., the ministry said, reported Xinhua." — a medium after its verb closing the sentence
  relays the speaker before it (``credits``); its verb is no verb of that speaker's.

Every pattern is anchored at one place: each call is linear in the sentence.
"""

from __future__ import annotations

import re

# A quotation opening right after the verb ("..., X added, "...", "..., X said: "...").
_QUOTE_AFTER = re.compile(r"\s*[,:]\s*[\"\u201c]")
_COMMA_END = re.compile(r",\s*$")
# A clause, or a quotation's first half, ending in a comma before the speaker (", X added, "..."",
# "“...,” he said, “...”")
_CLAUSE_END = re.compile(r",\s*[\"\u201d]?\s*$")

# A figure: digits or a number word (a count of people is what an according-to credits).
_FIGURE = re.compile(
    r"\d|(?<![\w-])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|"
    r"thousands|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|ratusan|ribuan|"
    r"seorang|sebelas)(?![\w-])",
    re.IGNORECASE,
)

# A predicate going on after the according-to ("Five people, according to X, were killed"): the clause is one.
_PREDICATE_AFTER = re.compile(
    r"\s*,\s*(?:were|was|had|have|has|are|is|would|will|could|died|remain(?:ed)?|telah|sudah|masih|akan|tewas"
    r"|terluka|meninggal)(?![\w-])",
    re.IGNORECASE,
)

_CONTRACTION = re.compile(r"\s*(?:it|that|there|what|this)['\u2019]s\s*$", re.IGNORECASE)


def inserted_before_quote(norm: str, before: tuple[int, int], tail: int, words_before: int) -> tuple[int, int] | None:
    """The scope of a speaker inserted after a clause and before a quotation going on with it, else None.

    ``before`` is the clause before the speaker phrase (it must end in a comma and hold three words or more),
    ``tail`` where the verb ends.  The scope runs from the clause to the quotation's closing mark."""
    if words_before < 3 or not _CLAUSE_END.search(norm, before[0], before[1]):
        return None
    opening = _QUOTE_AFTER.match(norm, tail)
    if opening is None:
        return None
    closing = max(norm.find('"', opening.end()), norm.find("\u201d", opening.end()))
    return before[0], (closing + 1 if closing >= 0 else len(norm))


def according_before(norm: str, before: tuple[int, int], after: tuple[int, int], words_before: int) -> bool:
    """Whether a mid-sentence according-to credits the clause before it: that clause ends in a comma (not "...,
    which according to X was ...") and holds a figure and four words or more, the words after hold no figure,
    and they are no predicate of the clause before."""
    if words_before < 4 or not _COMMA_END.search(norm, before[0], before[1]) or _PREDICATE_AFTER.match(norm, after[0]):
        return False
    return _FIGURE.search(norm, *before) is not None and _FIGURE.search(norm, *after) is None


def contraction_subject(norm: str, agent: tuple[int, int]) -> bool:
    """Whether a speaker phrase is only "it's" / "that's" (a copula, no speaker)."""
    return _CONTRACTION.fullmatch(norm, agent[0], agent[1]) is not None


# A topic the reporter sets before the speaker ("Referring to the reports of deaths, he said ...", "Asked about
# the toll, the minister said ...", "Menanggapi laporan itu, juru bicara mengatakan ..."): the speaker's own
# subject, so a claim its words hold ("civilian casualties") is the speaker's, not the outlet's.
_TOPIC_OPENER = re.compile(
    r"\s*(?:(?:when|while|after)\s+)?(?:referring|responding|reacting|replying|commenting|asked|questioned|pressed)"
    r"\s+(?:to|about|on|over|regarding)\s+[^,;:\"\u201c\u201d]{1,120},\s*"
    r"|\s*(?:(?:saat|ketika)\s+)?(?:menanggapi|mengomentari|merujuk\s+(?:pada|ke)|ditanya\s+(?:tentang|soal|mengenai))"
    r"\s+[^,;:\"\u201c\u201d]{1,120},\s*",
    re.IGNORECASE,
)


def topic_widened(norm: str, scope: tuple[int, int], agent: tuple[int, int]) -> tuple[int, int]:
    """A verb frame's scope widened to a topic opener before its speaker ("Referring to X, he said ..."), when
    the scope begins after the speaker; else the scope as it was."""
    if scope[0] < agent[1] or scope[1] <= scope[0] or _TOPIC_OPENER.fullmatch(norm, 0, agent[0]) is None:
        return scope
    return 0, scope[1]


# A medium after its verb closing the sentence: "..., the ministry said, reported Xinhua.", "..., reports the
# Xinhua news agency.": the medium relays what precedes (``relays``), its verb shares no subject before the comma.
_MEDIUM_CLOSES = re.compile(r"\s*(?:news\s+agency|agency|reported|reports)?\s*[.;]?\s*[\"\u201d]?\s*$", re.IGNORECASE)
_RELAY_VERBS = frozenset(("reported", "reports", "writes", "wrote", "said", "says", "added"))
_ARTICLE_AFTER = re.compile(r"\s+(?:the\s+)?", re.IGNORECASE)
RELAY_VERB = re.compile(r"(?<![\w-])(?:reported|reports|writes|wrote|said|says|added)(?![\w-])", re.IGNORECASE)


def medium_after(norm: str, verb: tuple[int, int], medium_spans: list[tuple[int, int]]) -> bool:
    """Whether a verb after a comma has a medium (one of ``medium_spans``) as its subject right after it, closing
    the sentence: an inverted relay, read after the verb, never a verb of the subject before the comma."""
    if norm[verb[0] : verb[1]].casefold() not in _RELAY_VERBS or not _COMMA_END.search(norm, max(0, verb[0] - 3),
                                                                                        verb[0]):
        return False
    after = _ARTICLE_AFTER.match(norm, verb[1])
    start = after.end() if after else verb[1]
    return any(a == start and _MEDIUM_CLOSES.fullmatch(norm, b) for a, b in medium_spans)
