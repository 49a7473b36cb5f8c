"""Which words of a sentence a reporting frame speaks for: its scope.

Split from ``frames`` (which finds who speaks and through which verb) because where a speaker's words begin and
end is a question of its own, answered by the shape of the text around the frame: "X said that ..." scopes what
follows; "..., X said" what precedes, unless the words after it go on with the same report ("..., X said, with 15
more wounded", "..., bringing the toll to 300") or only set the scene ("..., X said, hours after ...", "...,
according to X on Monday, amid ..."); a contrast, an inserted speaker ("Three people, X said, were killed") and
"..., as the ministry said." each have their rule below.  Every pattern is anchored at one place: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.channels import CHANNEL, said_through, said_when
from kb.extract.postposed import over_subordinates, postposed
from kb.extract.quotation_span import quotation_start
from kb.extract.speaker_grammar import according_before, inserted_before_quote

if TYPE_CHECKING:
    from kb.extract.frames import Frame


def words(items: Iterable[object]) -> str:
    return alternation(items)

# Who the source is, after its name: "..., according to X, a group whose data ...", "menurut X, kelompok yang ..."
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|who|whose|which|one\s+of|seorang|sebuah|suatu|salah\s+satu|yang"
                         r"|kelompok|lembaga|organisasi|badan|LSM|jaringan|koalisi|asosiasi|perhimpunan)\s",
                         re.IGNORECASE)

# "as a result of", "as part of", "as many as" open no clause of their own: the words go on with the claim
SUBORDINATE = re.compile(
    rf",\s*(?:{words(lexicon.SUBORDINATORS)})(?![\w-])(?!\s+(?:a\s+result|part\s+of|well\s+as|many|much|few)\b)",
    re.IGNORECASE,
)

BREAK = re.compile(
    rf"(?<![\w-])(?:{words(lexicon.CLAUSE_BREAKS)})(?![\w-])|;|{SUBORDINATE.pattern}", re.IGNORECASE
)

_THAT_SOON = re.compile(r"[^,.;\"]{0,80}?(?<![\w-])(?:that|bahwa)(?![\w-])", re.IGNORECASE)

# Inside a "that" complement a "while" clause naming the same count goes on with the report ("..., while the number
# of wounded stands at ...", "while extinguishing a fire"); one naming another source ("while Ukrainian data showed
# ...") does not.
_THAT = re.compile(r"\s*(?:,\s*)?(?:bahwa|that)(?![\w-])", re.IGNORECASE)

_WHILE_COUNT = re.compile(
    r"(?:while|whereas|sementara|sedangkan)\s+(?:the\s+)?(?:number|toll|total|tally|count|death\s+toll|jumlah|korban"
    r"|angka)(?![\w-])|while\s+[a-z]+ing(?![\w-])"  # "while extinguishing a fire": no new clause
    # the rest of the same count ("that two were shot down, while others hit a field"; "sementara sisanya")
    r"|(?:while|whereas|sementara|sedangkan)\s+(?:the\s+)?(?:others|the\s+rest|rest|sisanya|lainnya|yang\s+lain)"
    r"(?![\w-])", re.IGNORECASE)

_COMPLEMENT = re.compile(r"\s*(?:,\s*)?(?:bahwa|that|:|\")", re.IGNORECASE)

_AFTER_VERB = re.compile(rf"\s*(?:{words(lexicon.SUBORDINATORS)})(?![\w-])", re.IGNORECASE)

# A participle going on after a verb the claim stood before ("..., X said, adding that ..."): the verb
# credits what precedes it, and the participle (its own frame) what follows.
_GOES_ON = re.compile(r"\s*,\s*(?:adding|noting|stressing|saying|seraya|sambil|citing|mengutip)(?![\w-])",
                      re.IGNORECASE)

# The speaker going on in a relative clause ("..., X said, who added that ...", "..., kata X, yang juga
# menjelaskan ..."): the verb of the relative clause is its own frame; the words before are still X's.
_WHO_GOES_ON = re.compile(
    r"\s*,\s*(?:who|yang)\s+(?:(?:also|later|further|juga|kemudian|lalu)\s+)?(?:"
    + "|".join(sorted((re.escape(v) for v, kind in lexicon.PRE_VERBS.items() if kind is None and " " not in v),
                      key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)

# A running total the figure before the verb leads to ("15 more were killed, the ministry said, bringing the toll to
# 300"; "..., kata kementerian, sehingga jumlah korban menjadi 300"): the verb speaks for both sides of itself.
# Any other participle after "..., X said," ("..., the army claims, further highlighting the siege", "..., the
# ministry said, leaving dozens homeless"): it goes on from the words before, which are X's claim; the participle
# is credited with them (a verb of its own, "adding", "citing", is its own frame).
_BASIS_AFTER = re.compile(r"\s*,?\s*(?:based\s+on|berdasarkan|drawing\s+on)(?![\w-])", re.IGNORECASE)
# A relative clause still open when an according-to comes (its comma the last before it): "The strike, which killed 40
# according to X, drew ...", not "hit the town, which lies near the border, and according to X, 12 were killed"
_WHICH_OPEN = re.compile(r",\s+(?:which|yang)\s")
_PARTICIPLE_AFTER = re.compile(
    r"\s*,\s*(?!(?:and|but|or|while|whereas|nothing|something|anything|everything)\b)(?:[a-z]+\s+)?"
    r"(?!citing|according|during|morning|evening|bring)[a-z]{2,}ing(?![\w-])"
)

_TOLL_AFTER = re.compile(
    r"\s*,\s*(?:bringing|raising|pushing|taking|sehingga|menjadikan)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?"
    r"(?:total|toll|death\s+toll|number|tally|jumlah|total)(?![\w-])",
    re.IGNORECASE,
)

_BACKGROUND_AFTER = re.compile(
    rf"\s*,\s*(?:[a-z]+ly\s+)?(?!as\s+(?:many|much|few|of)\b)(?:{words(lexicon.SUBORDINATORS)})(?![\w-])"
    r"|\s*,\s*(?:making|marking|leaving|raising)\s", re.I  # "..., according to X, making it the deadliest ..."
)

# A time set after the verb ("..., X said, hours after a truce was agreed", "..., kata X, sehari setelah ..."):
# when it was said, not what was said
_TIME_AFTER = re.compile(
    r"\s*,\s*(?:(?:less|more|fewer)\s+than\s+|(?:just|only|barely|some|about|nearly|almost|hanya|sekitar|"
    r"hampir)\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|\d+|"
    r"se|beberapa|dua|tiga)\s*)?(?:hours?|days?|weeks?|months?|minutes?|jam|hari|pekan|minggu|bulan|menit)"
    r"\s+(?:after|before|since|into|setelah|sesudah|sebelum|sejak|usai|menjelang)(?![\w-])"
    r"|\s*,\s*(?:shortly|soon|just|right|hours|days|sesaat|tak\s+lama)\s+(?:after|before|setelah|sebelum)(?![\w-])",
    re.IGNORECASE,
)

# A phrase of place, time or setting after "..., X said," ("..., the mayor said, in the worst strike of the week",
# "..., kata pejabat, di tengah ..."): where the claim sits, not what was said.
_SETTING_AFTER = re.compile(
    r"\s*,\s*(?:in|amid|during|at|as\s+part\s+of|dalam|di\s+tengah|di\s+saat)\s(?![^.;]*\b(?:that|bahwa)\b)", re.I)

# A figure going on after "..., X said," ("..., the ministry said, with 15 more wounded", "..., kata kementerian,
# dengan 12 lainnya luka-luka"): the same report, so the verb speaks for both sides of itself.
_WITH_FIGURE = re.compile(r"\s*,\s*(?:with|dengan)\s+(?=[^,.;\d]{0,30}\d)", re.IGNORECASE)

# A clause going on after an inserted "..., kata X," (not a relay, a participle, a new clause or a setting).
_INSERTED_AFTER = re.compile(
    r"\s*,\s*(?!(?:dikutip|dilansir|mengutip|menurut|seraya|sambil|sementara|sedangkan|namun|tetapi|dan|yang|"
    r"dalam|di|pada|saat|ketika|setelah|usai|sebelum|and|but|while|adding|citing|according|in|on|at|after|as)(?![\w-]))"
    r"(?=(?-i:[a-z0-9]))",  # lower case: "..., kata X, Gegham Stepanyan, ..." names X again
    re.IGNORECASE,
)

# The day a source spoke, right after its name: "according to X on Monday", "menurut X pada Kamis (12/3)"
_DAY_AFTER = re.compile(
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on|pada|hari|this|last)\s+(?:hari\s+)?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|senin|selasa|rabu|kamis|jumat|sabtu|minggu|morning|evening|night|week|weekend)"
    r"(?:\s+(?:morning|evening|night|pagi|siang|sore|malam))?(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?(?![\w-])",
    re.IGNORECASE,
)

_AS_OF = re.compile(r"\s*,\s*(?:as\s+of|as\s+at|hingga|sampai|per)\s+[^,.;]{1,30},", re.I)

_NEXT_CLAUSE = re.compile(
    r"\s*,\s*(?:and|but|while|whereas|dan|tetapi|namun|sementara|sedangkan)\s"
    # "..., the ministry said, with Israel saying they were fighters": another source's word, not this one's
    r"|\s*,\s*with\s+(?:[\w'’-]+\s+){1,5}?(?:saying|claiming|insisting|arguing|denying|accusing|blaming)(?![\w-])",
    re.I,
)

_DIGIT = re.compile(r"\d")
# a date in brackets is no figure ("Minggu (12/5)", "(28/4/2018)"): Indonesian news dates its credits so
_DATED = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")

CONTENT = re.compile(r"[^\W\d_][\w'-]*")

def content_words(norm: str, start: int, end: int) -> int:
    return sum(1 for w in CONTENT.findall(norm[start:end]) if w.casefold() not in lexicon.AGENT_GAP)

def last_before(pattern: re.Pattern[str], norm: str, pos: int, floor: int = 0) -> int:
    found = floor
    for match in pattern.finditer(norm, floor, pos):
        found = match.end()
    return found

def next_after(pattern: re.Pattern[str], norm: str, pos: int) -> int:
    match = pattern.search(norm, pos)
    return match.start() if match else len(norm)

def _takes_before(norm: str, frame: Frame) -> bool:
    """Whether a frame credits the words before it ("..., kata X", "..., RIA Novosti reported")."""
    if frame.kind == "quote" or frame.verb_text in lexicon.CONTENT_BEFORE:
        return True
    if frame.kind != "verb" or frame.hint or _COMPLEMENT.match(norm, frame.verb[1]):
        return False
    return content_words(norm, frame.verb[1], next_after(BREAK, norm, frame.verb[1])) < 3

# "..., as the ministry said." closing a sentence: a credit of all before it, not a clause of its own.
_AS_SAID = re.compile(r",\s*(?:just\s+)?as\s+$", re.IGNORECASE)

_COMMA_END = re.compile(r",\s*$")

# A predicate going on after an attribution inserted after the subject: "Three people, X said, were killed".
_PREDICATE_AFTER = re.compile(
    r"\s*,\s*(?:were|was|had|have|has|are|is|would|will|could|died|remain(?:ed)?|telah|sudah|masih|akan|tewas"
    r"|terluka|meninggal)(?![\w-])",
    re.IGNORECASE,
)

def _inserted(norm: str, before: tuple[int, int], tail: int) -> bool:
    """Whether "..., kata X, ..." stands inside one clause: an opening phrase with no claim of its own ("Dalam
    serangan itu", "Sejak Senin") before it, and the clause going on after its comma; so X speaks for both."""
    going_on = _INSERTED_AFTER.match(norm, tail)
    if going_on is None or any(q in norm[before[0] : before[1]] for q in "\"“”"):
        return False
    end = next_after(BREAK, norm, going_on.end())
    return content_words(norm, *before) <= 5 and content_words(norm, going_on.end(), end) >= 3 and not (
        _DIGIT.search(norm, *before))

_CLOSES = re.compile(r"[\s.\"”’']*")

_QUOTE_CLOSED = re.compile(r"[,.!?]\s*[\"”]\s*$")

# "X said A, but Y denied it", "X menyebut A, namun Y membantahnya": the contrast opens the narrator's clause.
_RIVAL_OPENS = re.compile(r"(?:,\s*|\s+)(?:but|yet|while|whereas|namun|tetapi|sementara|sedangkan)\s+$", re.I)


def _rivals(norm: str, frame: Frame, others: list[Frame], tail: int) -> list[int]:
    """Where another speaker's own speech verb begins a contrasting clause after ``frame``'s verb.

    Why: without this bound the first verb's scope ran on to the sentence end, the second frame nested inside it,
    and the first speaker's claim (an accusation, a figure) was lost to the second's denial."""
    return [
        cut.start()
        for f in others
        if f.kind == "verb" and f.agent[0] > tail and f.speaker.label != frame.speaker.label
        and (cut := _RIVAL_OPENS.search(norm, max(tail, f.agent[0] - 14), f.agent[0])) is not None
    ]


_CONTRAST_WORD = re.compile(r"(?<![\w-])(?:while|whereas|sedangkan|sementara)\s*$", re.IGNORECASE)


def _over_contrasts(norm: str, start: int) -> int:
    """A sentence-final speaker closes every half of a contrast before it: "Two were fighters, while the rest were
    farmers, the report added", "..., sedangkan sisanya penduduk desa, tambah laporan itu", "Five were killed in X
    while one was killed in Y, the ministry said": one report; another speaker's frame still bounds it."""
    while start > 0 and (word := _CONTRAST_WORD.search(norm, max(0, start - 12), start)) is not None:
        start = last_before(BREAK, norm, word.start())
    return start


# ", which left 12 dead, according to Y", "..., yang menewaskan 12 orang, menurut Y": a relative clause opening
_RELATIVE_OPENING = re.compile(r",\s*(?:which|yang)\s", re.IGNORECASE)


def _relative_start(norm: str, lower: int, upper: int) -> int | None:
    """Where the last relative clause between ``lower`` and ``upper`` opens (its comma), if one does."""
    starts = [m.start() for m in _RELATIVE_OPENING.finditer(norm, lower, upper)]
    return starts[-1] if starts else None


def _relative_floor(norm: str, floor: int, frame: Frame, others: list[Frame]) -> int:
    """Where an "according to" closing a relative clause starts its words: "The army said it killed three commanders
    in the strikes, which left 12 dead, according to the ministry": the ministry gives the toll of the clause, the
    army's words before it stay the army's.  Only after another speaker's verb earlier in the sentence."""
    speaker_before = max((f.verb[1] for f in others if f is not frame and f.kind == "verb"
                          and f.verb[1] <= frame.agent[0]), default=None)
    if speaker_before is None:
        return floor
    opening = last_before(_RELATIVE_OPENING, norm, frame.agent[0], max(floor, speaker_before))
    return opening if opening > max(floor, speaker_before) else floor


def scope_of(norm: str, frame: Frame, others: list[Frame]) -> tuple[int, int]:
    """The words ``frame`` speaks for: after a transitive verb, else before the speaker."""
    start_clause = last_before(BREAK, norm, frame.agent[0])
    # "“... ; ... ,” he said": the whole quotation before the speaker, whatever breaks it holds
    start_clause = min(start_clause, quotation_start(norm, frame.agent[0]))
    closing = max(frame.verb[1], frame.agent[1])
    closing = day.end() if (day := _DAY_AFTER.match(norm, closing)) else closing
    if _CLOSES.fullmatch(norm, closing):
        start_clause = _over_contrasts(norm, start_clause)
    if postposed(norm, frame.agent[0], closing):
        start_clause = over_subordinates(norm, start_clause, SUBORDINATE, lambda pos: last_before(BREAK, norm, pos))
    earlier = [
        f.agent[1]
        for f in others
        if f.agent[1] <= frame.agent[0] and f is not frame and (frame.kind == "verb" or f.kind != "verb")
    ]
    floor = max([start_clause, *earlier])
    if frame.kind == "according":
        floor = _relative_floor(norm, floor, frame, others)
    before = (floor, frame.agent[0])
    tail = max(frame.verb[1], frame.agent[1])
    if frame.kind == "verb" and (both := inserted_before_quote(norm, before, tail, content_words(norm, *before))):
        return both  # "The strike wounded 14, X added, "three of them children."": both sides are X's
    dated = day.end() if (day := _DAY_AFTER.match(norm, tail)) else tail  # "..., X said on Friday, raising ..."
    if (toll := _TOLL_AFTER.match(norm, dated)) and content_words(norm, *before) >= 2:
        return floor, next_after(BREAK, norm, toll.end())
    if (with_figure := _WITH_FIGURE.match(norm, dated)) and content_words(norm, *before) >= 2:
        return floor, next_after(BREAK, norm, with_figure.end())  # "..., X said, with 15 more wounded": both
    if frame.kind == "quote" and _inserted(norm, before, tail):  # "Dalam serangan itu, kata X, lima tentara tewas"
        return floor, next_after(BREAK, norm, tail)
    if frame.kind == "verb" and (cut := _AS_SAID.search(norm, max(0, frame.agent[0] - 12), frame.agent[0])) and \
            _CLOSES.fullmatch(norm, (day.end() if (day := _DAY_AFTER.match(norm, tail)) else tail)):
        # "Three were killed in the strike, as the ministry said (on Monday).": all before
        return last_before(BREAK, norm, cut.start()), cut.start()
    if frame.kind == "verb" and _COMMA_END.search(norm, floor, frame.agent[0]) and \
            _PREDICATE_AFTER.match(norm, tail) and content_words(norm, *before) <= 4:
        # "Three people, the ministry said, were killed": the speaker inserted between subject and predicate
        return floor, next_after(BREAK, norm, tail + 1)
    if frame.kind == "quote" and (part := _PARTICIPLE_AFTER.match(norm, tail)) and content_words(norm, *before) >= 2:
        return floor, next_after(BREAK, norm, part.end())  # "“...,” said X, updating an earlier toll of 3": both
    if frame.kind == "quote" or (frame.verb_text in lexicon.CONTENT_BEFORE and not _THAT_SOON.match(norm, tail)
                                 and content_words(norm, *before) >= 2):  # "X said in a statement the army ...": after
        return before  # "..., the ministry said in a statement" (but "said in a statement carried by X that ...")
    quoted = [
        f.agent[0] if f.kind == "verb" else f.verb[0]
        for f in others
        if f.verb[0] > tail and _takes_before(norm, f)
    ]
    quoted += [start for f in others if f.kind == "according" and f.agent[0] > tail
               if (start := _relative_start(norm, tail, f.agent[0])) is not None]
    after = (tail, min([next_after(BREAK, norm, tail), *quoted, *_rivals(norm, frame, others, tail)]))
    if _THAT.match(norm, tail):  # "added that 68,865 were killed, while the wounded stand at 170,670": one report
        end = after[1]
        while end < len(norm) and _WHILE_COUNT.match(norm, end) and not any(q == end for q in quoted):
            end = next_after(BREAK, norm, end + 1)
        after = (tail, min([end, *quoted]))
    if frame.kind == "according":
        return _according_scope(norm, before, after, (floor, tail), quoted)
    went_on = channel.end() if (channel := CHANNEL.match(norm, dated)) else dated  # "said on Telegram, adding"
    if (_GOES_ON.match(norm, went_on) or _WHO_GOES_ON.match(norm, went_on)) and content_words(norm, *before) >= 2:
        return before  # "..., the ministry said, adding that ...": the words before are its claim too
    if (part := _PARTICIPLE_AFTER.match(norm, tail)) and content_words(norm, *before) >= 2:
        return floor, next_after(BREAK, norm, part.end())  # "..., X said, further highlighting ...": both
    if (said_through(norm, tail, after) or said_when(norm, tail)) and content_words(norm, *before) >= 3:
        return before
    if _TIME_AFTER.match(norm, tail) and content_words(norm, *before) >= 2:
        return before  # "..., X said, hours after a truce was agreed": when it was said
    if _SETTING_AFTER.match(norm, tail) and content_words(norm, *before) >= 3:
        return before  # "..., the mayor said, in the worst strike of the week": the setting
    if _NEXT_CLAUSE.match(norm, tail) and content_words(norm, *before) >= 2:
        return before  # "..., X said, and local officials blamed ...": a new clause, not what X said
    if _AFTER_VERB.match(norm, tail) and content_words(norm, *before) >= 2:
        frame.asides.append(after)
        return before
    if (_QUOTE_CLOSED.search(norm, max(0, frame.agent[0] - 4), frame.agent[0]) and frame.verb[0] - frame.agent[1] <= 1
            and not _COMPLEMENT.match(norm, tail) and content_words(norm, *before) >= 2):
        return before  # '"...," they said from the hospital': the quotation just closed is what was said
    if _COMPLEMENT.match(norm, tail) or frame.hint or content_words(norm, *after) >= 3:
        return after
    if _DIGIT.search(norm, *after) and not _DIGIT.search(_DATED.sub("", norm[before[0] : before[1]])):
        return after  # "Dilansir dari X, Minggu (12/5), Y mengatakan 40 orang tewas.": the figure follows the verb
    return before if content_words(norm, *before) >= 2 else after


def _according_scope(norm: str, before: tuple[int, int], after: tuple[int, int], bounds: tuple[int, int],
                     quoted: list[int]) -> tuple[int, int]:
    """The words an "according to X" speaks for: what follows it ("Menurut data X, 40 orang tewas": nothing before),
    or the words before it when what follows only sets the scene, says who X is, what X's count rests on, or what the
    event did next (``bounds``: the clause's floor and where the attribution ends)."""
    floor, tail = bounds
    if when := _AS_OF.match(norm, tail):  # "according to X, as of 21:30, 200 ..."
        after = (when.end(), min([next_after(BREAK, norm, when.end()), *quoted]))
    day = _DAY_AFTER.match(norm, tail)  # "..., according to X on Monday, amid fears of ...": when, then setting
    setting = day.end() if day else tail
    if (_SETTING_AFTER.match(norm, setting) or _TIME_AFTER.match(norm, setting)) and \
            content_words(norm, *before) >= 3:
        return before
    if _APPOSITION.match(norm, tail) and content_words(norm, *before) >= 3:
        return before  # "..., according to Ko Min, a fighter from the village": who he is, not what he says
    if _BACKGROUND_AFTER.match(norm, tail) and content_words(norm, *before) >= 3:
        return before  # "..., according to X, shortly after Y claimed ...": background, not what X says
    if _BASIS_AFTER.match(norm, tail) and content_words(norm, *before) >= 2:
        return before  # "30 died, according to a Reuters tally based on hospital records": what it rests on
    if (comma := norm.rfind(",", *before)) >= 0 and _WHICH_OPEN.match(norm, comma) and \
            norm[tail : tail + 1] == "," and content_words(norm, *before) >= 3:
        return before  # "The strike, which killed 40 according to X, drew ...": X closes the clause it counts in
    if (part := _PARTICIPLE_AFTER.match(norm, tail)) and content_words(norm, *before) >= 3:
        # "... killed 40 according to X, drawing wide condemnation": what the event did next, and "struck a house,
        # according to X, killing 12": what it did is X's too, so both sides
        return floor, next_after(BREAK, norm, part.end())
    if according_before(norm, before, after, content_words(norm, *before)):
        return before  # "Two were killed, according to X, with a source saying ...": the figure is before
    return after if content_words(norm, *after) >= 3 or content_words(norm, *before) < 2 else before


__all__ = ["BREAK", "CONTENT", "SUBORDINATE", "content_words", "last_before", "next_after", "scope_of", "words"]
