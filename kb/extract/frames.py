"""Attribution frames: who speaks in a sentence, through which verb, and over which words.

A frame is a speaker, a reporting verb and a scope (the words the speaker is credited with).
"X mengatakan bahwa ..." scopes what follows; "“...”, kata X" and "..., X said" scope what
precedes; a frame inside another's scope is nested ("Kremlin said Putin urged ..."), which is how
the source chain is built.  Asides between a speaker and the verb (", dalam percakapan telepon
...,") and clauses after it that open with "after"/"setelah" are the reporter's own words.
Datelines never hold a frame: they are blanked out before this runs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import islice

from kb.extract import lexicon
from kb.extract.agents import agent_left, agent_right, clause_subject, inverted
from kb.extract.alternation import alternation
from kb.extract.channels import ACCORDING_PRONOUN, said_through, said_when
from kb.extract.citing import cite_sources
from kb.extract.credits import assign_via
from kb.extract.credits import via_mentions as via_mentions
from kb.extract.documents import points_to_issuer
from kb.extract.goes_on import going_on
from kb.extract.mentions import Mention
from kb.extract.nesting import nest
from kb.extract.nominal import nominal_frames
from kb.extract.quotation_span import quotation_start
from kb.extract.quoted import quoted_frames
from kb.extract.relays import credit_relays
from kb.extract.speakers import _PARENTHETICAL, Context, Speaker


def _words(items: Iterable[object]) -> str:
    return alternation(items)


def _compile(items: Iterable[object]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_words(items)})(?![\w-])", re.IGNORECASE)


_PROGRESSIVE = re.compile(rf"(?:{_words(lexicon.PROGRESSIVE_ONLY)})(?![\w-])", re.IGNORECASE)
_PRE = re.compile(rf"(?<![\w-])(?:{_words(lexicon.PRE_VERBS)})(?:nya)?(?![\w-])", re.IGNORECASE)
_POST = _compile(lexicon.POST_VERBS)
_PRONOUN_VERB = _compile(lexicon.PRONOUN_VERBS)
_PASSIVE = _compile(lexicon.PASSIVE_VERBS)
# Who the source is, after its name: "..., according to X, a group whose data ...", "menurut X, kelompok yang ..."
_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|who|whose|which|one\s+of|seorang|sebuah|suatu|salah\s+satu|yang"
                         r"|kelompok|lembaga|organisasi|badan|LSM)\s", re.IGNORECASE)
_ACCORDING = re.compile(r"(?<![\w-])(?:menurut|according\s+to|as\s+per|citing|berdasarkan|based\s+on)(?![\w-])", re.I)
# "as a result of", "as part of", "as many as" open no clause of their own: the words go on with the claim
_SUBORDINATE = re.compile(
    rf",\s*(?:{_words(lexicon.SUBORDINATORS)})(?![\w-])(?!\s+(?:a\s+result|part\s+of|well\s+as|many|much|few)\b)",
    re.IGNORECASE,
)
_BREAK = re.compile(
    rf"(?<![\w-])(?:{_words(lexicon.CLAUSE_BREAKS)})(?![\w-])|;|{_SUBORDINATE.pattern}", re.IGNORECASE
)
# Where a speaker phrase can begin at the earliest: after "that"/"bahwa", a quotation mark, ":" or ";".  A
# name in quotation marks ("the publication \"Armenpress\" notes") is matched whole, and is no bound.
_LOWER = re.compile(
    r"(?P<name>\"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\")|(?<![\w-])(?:bahwa|that)(?![\w-])|[\":;]", re.IGNORECASE
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
_AFTER_VERB = re.compile(rf"\s*(?:{_words(lexicon.SUBORDINATORS)})(?![\w-])", re.IGNORECASE)
# A participle going on after a verb the claim stood before ("..., X said, adding that ..."): the verb
# credits what precedes it, and the participle (its own frame) what follows.
_GOES_ON = re.compile(r"\s*,\s*(?:adding|noting|stressing|saying|seraya|sambil)(?![\w-])", re.IGNORECASE)
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
_PARTICIPLE_AFTER = re.compile(
    r"\s*,\s*(?!(?:and|but|or|while|whereas|nothing|something|anything|everything)\b)(?:[a-z]+\s+)?"
    r"(?!citing|according|during|morning|evening|bring)[a-z]{2,}ing(?![\w-])"
)
# A determiner right before a verb makes it a noun ("rejected the claim that ...", "a report said").
_DETERMINED = re.compile(r"(?<![\w-])(?:the|a|an|this|these|those|its|their|his|her|our|such)\s+$")
_NOUN_LIKE = frozenset(("claim", "report", "say", "confirm", "warn", "insist", "deny", "blame"))
# Verbs that are also plural nouns, closing the phrase "according to" opens: "according to local media reports",
# "menurut laporan ...", "according to Houthi claims".
_NOUN_PLURALS = frozenset(("reports", "claims", "estimates", "report", "claim", "estimate", "updates"))
_ACCORDING_NOUN = re.compile(r"(?<![\w-])(?:according\s+to|as\s+per|citing|based\s+on)\s+[^,.;:\"“”]*$", re.IGNORECASE)
_TOLL_AFTER = re.compile(
    r"\s*,\s*(?:bringing|raising|pushing|taking|sehingga|menjadikan)\s+(?:the\s+|its\s+|their\s+)?(?:overall\s+|total\s+)?"
    r"(?:total|toll|death\s+toll|number|tally|jumlah|total)(?![\w-])",
    re.IGNORECASE,
)
_BACKGROUND_AFTER = re.compile(
    rf"\s*,\s*(?:[a-z]+ly\s+)?(?!as\s+(?:many|much|few|of)\b)(?:{_words(lexicon.SUBORDINATORS)})(?![\w-])"
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
# a verb coordinated with an earlier one, an auxiliary or adverb between ("did not comment and has denied ...",
# "dan juga membantah"): it shares that verb's subject
_CONJ = re.compile(
    r"(?:\b(?:dan|and|serta|tetapi|but|namun|lalu|then)|,)\s*(?:(?:has|have|had|also|later|juga|telah|sudah|pun)\s+){0,2}$",
    re.IGNORECASE,
)
_EACH_OTHER = re.compile(r"\s*(?:each\s+other|one\s+another|satu\s+sama\s+lain)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_CONTENT = re.compile(r"[^\W\d_][\w'-]*")


MAX_VERBS = 16
"""Reporting verbs of one kind looked at per sentence (the corpora's most is 4).  Placing a frame
costs a pass over the sentence and nesting compares frames pairwise, so a sentence of nothing but
"Minister said that ..." must not yield hundreds of frames."""


@dataclass
class Frame:
    """One speaker credited with ``scope`` of a sentence through the verb at ``verb``."""

    speaker: Speaker
    verb: tuple[int, int]
    agent: tuple[int, int]
    scope: tuple[int, int]
    hint: str | None
    rule: str
    kind: str = "verb"  # "verb" (X says ...), "quote" (..., says X) or "according" (according to X)
    verb_text: str = ""
    via: list[str] = field(default_factory=list)
    parent: Frame | None = None
    partner: Frame | None = None  # the earlier verb this one is coordinated with ("said ... and urged")
    subordinate: bool = False  # inside an "after ..."/"setelah ..." clause: background
    asides: list[tuple[int, int]] = field(default_factory=list)  # the reporter's words inside the frame


def _content_words(norm: str, start: int, end: int) -> int:
    return sum(1 for w in _CONTENT.findall(norm[start:end]) if w.casefold() not in lexicon.AGENT_GAP)


def _last_before(pattern: re.Pattern[str], norm: str, pos: int, floor: int = 0) -> int:
    found = floor
    for match in pattern.finditer(norm, floor, pos):
        found = match.end()
    return found


def _lower_bound(norm: str, pos: int) -> int:
    """The end of the last ``_LOWER`` bound before ``pos`` that is not a quoted name."""
    found = 0
    for match in _LOWER.finditer(norm, 0, pos):
        if match.group("name") is None:
            found = match.end()
    return found


def _lower(norm: str, pos: int) -> int:
    """Where a speaker phrase ending at ``pos`` can begin at the earliest: a bound or a clause break, unless that
    break opens an aside between the speaker and its verb ("The ministry, as quoted by AFP, said": "as" opens no
    clause there; the speaker was lost to the outlet)."""
    bound = max(_lower_bound(norm, pos), _last_before(_BREAK, norm, pos))
    aside = _PARENTHETICAL.search(norm, max(0, bound - 12), pos)
    if aside is not None and aside.start() < bound <= aside.end() and aside.start() > 0:
        return max(_lower_bound(norm, aside.start()), _last_before(_BREAK, norm, aside.start()))
    return bound


def _next_after(pattern: re.Pattern[str], norm: str, pos: int) -> int:
    match = pattern.search(norm, pos)
    return match.start() if match else len(norm)


def _rule(lang: str, kind: str, verb: str) -> str:
    return f"{lang}.{kind}.{re.sub(r'[^a-z]+', '_', verb.casefold()).strip('_')}"


def _agent(
    norm: str, start: int, lower: int, mentions: list[Mention], context: Context, frames: list[Frame]
) -> tuple[Speaker, tuple[int, int], Frame | None, int | None] | None:
    """Who performs the verb at ``start``: its own subject, or that of the verb it is coordinated with.

    The last item is where a clause subject found further back ends ("X phoned Y and urged"), so
    the words between can be told apart as narration.
    """
    found = agent_left(norm, start, lower, mentions, context)
    if found is not None:
        return found[0], (found[1], start), None, None
    if not _CONJ.search(norm, 0, start) or _PROGRESSIVE.match(norm, start):
        return None  # "..., accusing X of ...": no frame of its own (``lexicon.PROGRESSIVE_ONLY``)
    clause = _last_before(_BREAK, norm, start)
    previous = frames[-1] if frames and frames[-1].verb[1] >= clause else None
    if previous is not None:
        return previous.speaker, previous.agent, previous, None
    subject = clause_subject(norm, clause, start, mentions, context)
    if subject is None:
        return None
    np_end = next((m.end for m in mentions if m.start >= subject[1]), start)
    return subject[0], (subject[1], start), None, np_end


def _pre_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    frames: list[Frame] = []
    for match in islice(_PRE.finditer(norm), MAX_VERBS):
        verb = re.sub(r"\s+", " ", match.group(0).casefold())
        if verb not in lexicon.PRE_VERBS and verb.endswith("nya"):
            verb = verb[:-3]  # "mendesaknya": the verb with its object pronoun
        hint = lexicon.PRE_VERBS.get(verb)
        needs = lexicon.NEEDS_AFTER.get(verb)
        after = norm[match.end() : match.end() + 70]
        call = lexicon.CALL_AFTER.get(verb)
        if hint is None and call and re.match(call, after, re.I):
            hint = "call"  # "told residents not to enter", "called “for an end”", "reaffirmed his call to ..."
        if needs and not re.match(rf"(?:{needs})(?![\w-])", after, re.I):
            continue  # "held talks", "rejected the proposal": no verb of speech here
        if re.search(r"(?:saling|each\s+other)\s*$", norm[max(0, match.start() - 12) : match.start()], re.I):
            continue
        if verb.endswith("s") and re.search(r"['’]s\s+$", norm[max(0, match.start() - 4) : match.start()]):
            continue  # "rejected Israel's claims that ...": a possessor owns a noun, it does not speak
        if _DETERMINED.search(norm, max(0, match.start() - 8), match.start()) or (
                re.search(r"['’]s\s+$", norm[max(0, match.start() - 4) : match.start()]) and verb in _NOUN_LIKE):
            continue  # "the claim that ...", "Israel's claim that ...": a noun after a determiner, no verb
        if verb in _NOUN_PLURALS and _ACCORDING_NOUN.search(norm, max(0, match.start() - 60), match.start()):
            continue  # "according to independent media reports": the noun "according to" names, no verb
        if inverted(norm, match.start()):
            continue  # "..., said Lebanese military sources.": a verb whose subject follows it (``_post_frames``)
        if (hint and _EACH_OTHER.match(norm, match.end())) or any(
            m.start <= match.start() < m.end for m in mentions
        ):
            continue
        breaks = _last_before(_BREAK, norm, match.start())
        lower = _lower(norm, match.start())
        before = frames[-1].verb[1] if frames else match.start()
        if before < match.start() and _content_words(norm, before, match.start()):
            lower = max(lower, before)  # "X said local officials blamed ...": no phrase spans another's verb
        found = _agent(norm, match.start(), lower, mentions, context, frames)
        if found is None:
            continue
        speaker, agent, partner, np_end = found
        frame = Frame(
            speaker,
            match.span(),
            agent,
            (0, 0),
            hint,
            _rule(lang, "verb", verb),
            "verb",
            verb,
            partner=partner,
        )
        frame.subordinate = bool(breaks and _SUBORDINATE.search(norm, max(0, breaks - 20), breaks))
        aside = _PARENTHETICAL.search(norm, agent[0], match.start())
        if aside is not None:
            frame.asides.append(aside.span())
        elif np_end is not None and _content_words(norm, np_end, match.start()) >= 3:
            frame.asides.append((np_end, match.start()))  # "X phoned Y and urged ...": narrated
        frames.append(frame)
    return frames


def _post_frames(
    norm: str, mentions: list[Mention], context: Context, lang: str, taken: set[int]
) -> list[Frame]:
    frames: list[Frame] = []
    kinds = ((_POST, "quote"), (_PRONOUN_VERB, "quote"), (_ACCORDING, "according"), (_PASSIVE, "quote"),
             (ACCORDING_PRONOUN, "according"))
    for pattern, kind in kinds:
        for match in islice(pattern.finditer(norm), MAX_VERBS):
            if match.start() in taken:
                continue
            before = norm[max(0, match.start() - 3) : match.start()]
            if pattern in (_POST, _PRONOUN_VERB) and not re.search(r"[,\"]\s*$", before):
                continue
            if pattern is _PRONOUN_VERB or pattern is ACCORDING_PRONOUN:
                speaker = context.pronoun(personal=False)
                found = (speaker, match.end()) if speaker else None
            else:
                found = agent_right(norm, match.end(), len(norm), mentions, context)
            if found is None or found[0] is None:
                continue
            verb = re.sub(r"\s+", " ", match.group(0).casefold())
            hint = lexicon.PASSIVE_VERBS.get(verb) if pattern is _PASSIVE else None
            frames.append(
                Frame(
                    found[0],
                    match.span(),
                    (match.start(), found[1]),
                    (0, 0),
                    hint,
                    _rule(lang, kind, verb),
                    kind,
                    verb,
                )
            )
            taken.add(match.start())
    return frames


def _takes_before(norm: str, frame: Frame) -> bool:
    """Whether a frame credits the words before it ("..., kata X", "..., RIA Novosti reported")."""
    if frame.kind == "quote" or frame.verb_text in lexicon.CONTENT_BEFORE:
        return True
    if frame.kind != "verb" or frame.hint or _COMPLEMENT.match(norm, frame.verb[1]):
        return False
    return _content_words(norm, frame.verb[1], _next_after(_BREAK, norm, frame.verb[1])) < 3


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
    end = _next_after(_BREAK, norm, going_on.end())
    return _content_words(norm, *before) <= 5 and _content_words(norm, going_on.end(), end) >= 3 and not (
        _DIGIT.search(norm, *before))


# A contrast inside the words a sentence-final speaker closes: "Two were fighters, while the rest were farmers, the
# report added", "..., sedangkan sisanya penduduk desa, tambah laporan itu": one report, both halves.
_CONTRAST = re.compile(r",\s*(?:while|whereas|sedangkan|sementara)$", re.IGNORECASE)
_CLOSES = re.compile(r"[\s.\"”’']*")
_QUOTE_CLOSED = re.compile(r"[,.!?]\s*[\"”]\s*$")


def _before_contrast(norm: str, start: int) -> int:
    """Where the clause before a contrast (", while ...") begins, when one ends at ``start``; else ``start``."""
    contrast = _CONTRAST.search(norm, max(0, start - 14), start)
    return _last_before(_BREAK, norm, contrast.start()) if contrast is not None else start


def _scope(norm: str, frame: Frame, others: list[Frame]) -> tuple[int, int]:
    """The words ``frame`` speaks for: after a transitive verb, else before the speaker."""
    start_clause = _last_before(_BREAK, norm, frame.agent[0])
    # "“... ; ... ,” he said": the whole quotation before the speaker, whatever breaks it holds
    start_clause = min(start_clause, quotation_start(norm, frame.agent[0]))
    if _CLOSES.fullmatch(norm, max(frame.verb[1], frame.agent[1])):
        start_clause = _before_contrast(norm, start_clause)
    earlier = [
        f.agent[1]
        for f in others
        if f.agent[1] <= frame.agent[0] and f is not frame and (frame.kind == "verb" or f.kind != "verb")
    ]
    floor = max([start_clause, *earlier])
    before = (floor, frame.agent[0])
    tail = max(frame.verb[1], frame.agent[1])
    if (toll := _TOLL_AFTER.match(norm, tail)) and _content_words(norm, *before) >= 2:
        return floor, _next_after(_BREAK, norm, toll.end())
    if (with_figure := _WITH_FIGURE.match(norm, tail)) and _content_words(norm, *before) >= 2:
        return floor, _next_after(_BREAK, norm, with_figure.end())  # "..., X said, with 15 more wounded": both
    if frame.kind == "quote" and _inserted(norm, before, tail):  # "Dalam serangan itu, kata X, lima tentara tewas"
        return floor, _next_after(_BREAK, norm, tail)
    if frame.kind == "verb" and (cut := _AS_SAID.search(norm, max(0, frame.agent[0] - 12), frame.agent[0])) and \
            _CLOSES.fullmatch(norm, tail):  # "Three were killed in the strike, as the ministry said.": all before
        return _last_before(_BREAK, norm, cut.start()), cut.start()
    if frame.kind == "verb" and _COMMA_END.search(norm, floor, frame.agent[0]) and \
            _PREDICATE_AFTER.match(norm, tail) and _content_words(norm, *before) <= 4:
        # "Three people, the ministry said, were killed": the speaker inserted between subject and predicate
        return floor, _next_after(_BREAK, norm, tail + 1)
    if frame.kind == "quote" and (part := _PARTICIPLE_AFTER.match(norm, tail)) and _content_words(norm, *before) >= 2:
        return floor, _next_after(_BREAK, norm, part.end())  # "“...,” said X, updating an earlier toll of 3": both
    if frame.kind == "quote" or (frame.verb_text in lexicon.CONTENT_BEFORE and not _THAT_SOON.match(norm, tail)):
        return before  # "..., the ministry said in a statement" (but "said in a statement carried by X that ...")
    quoted = [
        f.agent[0] if f.kind == "verb" else f.verb[0]
        for f in others
        if f.verb[0] > tail and _takes_before(norm, f)
    ]
    after = (tail, min([_next_after(_BREAK, norm, tail), *quoted]))
    if _THAT.match(norm, tail):  # "added that 68,865 were killed, while the wounded stand at 170,670": one report
        end = after[1]
        while end < len(norm) and _WHILE_COUNT.match(norm, end) and not any(q == end for q in quoted):
            end = _next_after(_BREAK, norm, end + 1)
        after = (tail, min([end, *quoted]))
    if frame.kind == "according" and (when := _AS_OF.match(norm, tail)):  # "according to X, as of 21:30, 200 ..."
        after = (when.end(), min([_next_after(_BREAK, norm, when.end()), *quoted]))
    if frame.kind == "according":  # "Menurut data X, 40 orang tewas": nothing before, so what follows
        day = _DAY_AFTER.match(norm, tail)  # "..., according to X on Monday, amid fears of ...": when, then setting
        setting = day.end() if day else tail
        if (_SETTING_AFTER.match(norm, setting) or _TIME_AFTER.match(norm, setting)) and \
                _content_words(norm, *before) >= 3:
            return before
        if _APPOSITION.match(norm, tail) and _content_words(norm, *before) >= 3:
            return before  # "..., according to Ko Min, a fighter from the village": who he is, not what he says
        if _BACKGROUND_AFTER.match(norm, tail) and _content_words(norm, *before) >= 3:
            return before  # "..., according to X, shortly after Y claimed ...": background, not what X says
        return after if _content_words(norm, *after) >= 3 or _content_words(norm, *before) < 2 else before
    if (_GOES_ON.match(norm, tail) or _WHO_GOES_ON.match(norm, tail)) and _content_words(norm, *before) >= 2:
        return before  # "..., the ministry said, adding that ...": the words before are its claim too
    if (part := _PARTICIPLE_AFTER.match(norm, tail)) and _content_words(norm, *before) >= 2:
        return floor, _next_after(_BREAK, norm, part.end())  # "..., X said, further highlighting ...": both
    if (said_through(norm, tail, after) or said_when(norm, tail)) and _content_words(norm, *before) >= 3:
        return before
    if _TIME_AFTER.match(norm, tail) and _content_words(norm, *before) >= 2:
        return before  # "..., X said, hours after a truce was agreed": when it was said
    if _SETTING_AFTER.match(norm, tail) and _content_words(norm, *before) >= 3:
        return before  # "..., the mayor said, in the worst strike of the week": the setting
    if _NEXT_CLAUSE.match(norm, tail) and _content_words(norm, *before) >= 2:
        return before  # "..., X said, and local officials blamed ...": a new clause, not what X said
    if _AFTER_VERB.match(norm, tail) and _content_words(norm, *before) >= 2:
        frame.asides.append(after)
        return before
    if (_QUOTE_CLOSED.search(norm, max(0, frame.agent[0] - 4), frame.agent[0]) and frame.verb[0] - frame.agent[1] <= 1
            and not _COMPLEMENT.match(norm, tail) and _content_words(norm, *before) >= 2):
        return before  # '"...," they said from the hospital': the quotation just closed is what was said
    if _COMPLEMENT.match(norm, tail) or frame.hint or _content_words(norm, *after) >= 3:
        return after
    if _DIGIT.search(norm, *after) and not _DIGIT.search(norm, *before):
        return after  # "Dilansir dari X, Y mengatakan 40 orang tewas.": the figure follows the verb
    return before if _content_words(norm, *before) >= 2 else after


def find_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    """Every attribution frame of a sentence, in order, each with its scope, parent and via."""
    frames = quoted_frames(norm, mentions, context, lang, lambda pos: _lower(norm, pos))
    spans = [f.verb for f in frames]  # "quoted X as saying": its "saying" is no frame of its own
    frames += [f for f in _pre_frames(norm, mentions, context, lang) if not any(a <= f.verb[0] < b for a, b in spans)]
    taken = {f.verb[0] for f in frames} | {p for a, b in spans for p in range(a, b)}
    frames += _post_frames(norm, mentions, context, lang, taken)
    frames += nominal_frames(norm, mentions, lang)  # "Russia's tally of 600", "Klaim Rusia bahwa ..."
    frames += going_on(norm, frames, lang)  # "..., kata X, seraya menambahkan bahwa ..."
    frames.sort(key=lambda f: f.verb[0])
    for frame in frames:
        frame.scope = _scope(norm, frame, frames)
    nest(frames)
    credit_relays(frames)
    cite_sources(norm, frames, mentions, context)  # "..., kata kantor berita SPA, mengutip koalisi"
    assign_via(norm, frames, mentions)
    for frame in frames:
        agent_words = _CONTENT.findall(norm[frame.agent[0] : frame.agent[1]].casefold())
        if (not agent_words or agent_words[0] in lexicon.PRONOUNS or frame.verb_text in lexicon.PRONOUN_VERBS
                or points_to_issuer(agent_words)):  # "the report added": the relay of the report before
            frame.via += [v for v in context.via.get(frame.speaker.label, []) if v not in frame.via]
    return frames
