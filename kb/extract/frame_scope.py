"""Which words of a sentence a reporting frame speaks for: its scope.

Split from ``frames`` (which finds who speaks and through which verb) because where a speaker's words begin and
end is a question of its own, answered by the shape of the text around the frame: "X said that ..." scopes what
follows; "..., X said" what precedes, unless the words after it go on with the same report ("..., X said, with 15
more wounded", "..., bringing the toll to 300") or only set the scene ("..., X said, hours after ...", "...,
according to X on Monday, amid ..."); a contrast, an inserted speaker ("Three people, X said, were killed") and
"..., as the ministry said." each have their rule below.  Every pattern is anchored at one place: linear.
The clause marks both kinds of rule read are in ``scope_marks``; the rules of an "according to X" in
``according_scope``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract import lexicon
from kb.extract.according_scope import according_scope, relative_floor, relative_start
from kb.extract.channels import CHANNEL, said_through, said_when
from kb.extract.postposed import over_subordinates, postposed
from kb.extract.quotation_span import quotation_start
from kb.extract.scope_marks import (
    BREAK,
    SUBORDINATE,
    content_words,
    fewer_content_words,
    last_before,
    next_after,
    words,
)
from kb.extract.scope_marks import DAY_AFTER as _DAY_AFTER
from kb.extract.scope_marks import PARTICIPLE_AFTER as _PARTICIPLE_AFTER
from kb.extract.scope_marks import SETTING_AFTER as _SETTING_AFTER
from kb.extract.scope_marks import TIME_AFTER as _TIME_AFTER
from kb.extract.speaker_grammar import inserted_before_quote

if TYPE_CHECKING:
    from kb.extract.frames import Frame

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
_TOLL_AFTER = re.compile(
    r"\s*,\s*(?:bringing|raising|pushing|taking|sehingga|menjadikan)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?"
    r"(?:total|toll|death\s+toll|number|tally|jumlah|total)(?![\w-])",
    re.IGNORECASE,
)

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

_NEXT_CLAUSE = re.compile(
    r"\s*,\s*(?:and|but|while|whereas|dan|tetapi|namun|sementara|sedangkan)\s"
    # "..., the ministry said, with Israel saying they were fighters": another source's word, not this one's
    r"|\s*,\s*with\s+(?:[\w'’-]+\s+){1,5}?(?:saying|claiming|insisting|arguing|denying|accusing|blaming)(?![\w-])",
    re.I,
)

_DIGIT = re.compile(r"\d")
# a date in brackets is no figure ("Minggu (12/5)", "(28/4/2018)"): Indonesian news dates its credits so
_DATED = re.compile(r"\(\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{2,4})?\s*\)")

def _takes_before(norm: str, frame: Frame) -> bool:
    """Whether a frame credits the words before it ("..., kata X", "..., RIA Novosti reported")."""
    if frame.kind == "quote" or frame.verb_text in lexicon.CONTENT_BEFORE:
        return True
    if frame.kind != "verb" or frame.hint or _COMPLEMENT.match(norm, frame.verb[1]):
        return False
    return fewer_content_words(norm, frame.verb[1], next_after(BREAK, norm, frame.verb[1]), 3)

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


def scope_of(norm: str, frame: Frame, others: list[Frame]) -> tuple[int, int]:
    """The words ``frame`` speaks for: after a transitive verb, else before the speaker."""
    floor = _clause_floor(norm, frame, others)
    before = (floor, frame.agent[0])
    tail = max(frame.verb[1], frame.agent[1])
    if frame.kind == "verb" and (both := inserted_before_quote(norm, before, tail, content_words(norm, *before))):
        return both  # "The strike wounded 14, X added, "three of them children."": both sides are X's
    dated = day.end() if (day := _DAY_AFTER.match(norm, tail)) else tail  # "..., X said on Friday, raising ..."
    settled = _tail_scope(norm, frame, before, tail, dated)
    if settled is not None:
        return settled
    quoted = [  # a verb coordinated with this one ("X menuduh ... dan mengancam akan ...") shares X, written before
        f.agent[0] if f.kind == "verb" else f.verb[0]  # ``tail``: it credits no words before it (the scope ran
        for f in others  # backwards, and the accusation lost its accused)
        if f.verb[0] > tail and (f.kind != "verb" or f.agent[0] > tail) and _takes_before(norm, f)
    ]
    quoted += [start for f in others if f.kind == "according" and f.agent[0] > tail
               if (start := relative_start(norm, tail, f.agent[0])) is not None]
    after = (tail, min([next_after(BREAK, norm, tail), *quoted, *_rivals(norm, frame, others, tail)]))
    if _THAT.match(norm, tail):  # "added that 68,865 were killed, while the wounded stand at 170,670": one report
        end = after[1]
        while end < len(norm) and _WHILE_COUNT.match(norm, end) and not any(q == end for q in quoted):
            end = next_after(BREAK, norm, end + 1)
        after = (tail, min([end, *quoted]))
    if frame.kind == "according":
        return according_scope(norm, before, after, (floor, tail), quoted)
    return _verb_scope(norm, frame, before, after, (tail, dated))


def _clause_floor(norm: str, frame: Frame, others: list[Frame]) -> int:
    """Where the words before ``frame``'s speaker may begin: the clause's start (taking in a quotation before the
    speaker, and the contrasts or subordinate clauses a closing speaker speaks for), never before the speaker of
    an earlier frame, and for an according-to never before the relative clause it closes."""
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
        floor = relative_floor(norm, floor, frame, others)
    return floor


def _tail_scope(norm: str, frame: Frame, before: tuple[int, int], tail: int, dated: int) -> tuple[int, int] | None:
    """The scope when the verb's own surroundings settle it before anything after the verb is weighed: a toll or a
    figure going on after the verb, a speaker inserted into one clause, "as X said" closing the sentence, a
    quotation's credit; else None.  ``dated``: where the verb ends past a day named right after it."""
    floor = before[0]
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
    return None


def _verb_scope(norm: str, frame: Frame, before: tuple[int, int], after: tuple[int, int],
                ends: tuple[int, int]) -> tuple[int, int]:
    """The scope of a speech verb or a quotation's credit from what follows the verb: the words before it when what
    follows only adds, sets the scene or opens another clause, else what follows.  ``ends``: where the verb ends,
    and where it ends past a day named right after it."""
    floor, (tail, dated) = before[0], ends
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


__all__ = ["scope_of"]
