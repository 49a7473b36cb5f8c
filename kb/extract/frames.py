"""Attribution frames: who speaks in a sentence, through which verb, and over which words.

A frame is a speaker, a reporting verb and a scope (the words the speaker is credited with).
"X mengatakan bahwa ..." scopes what follows; "“...”, kata X" and "..., X said" scope what
precedes; a frame inside another's scope is nested ("Kremlin said Putin urged ..."), which is how
the source chain is built.  Asides between a speaker and the verb (", dalam percakapan telepon
...,") and clauses after it that open with "after"/"setelah" are the reporter's own words.
Datelines never hold a frame: they are blanked out before this runs.  Frames whose speaker follows the
verb are found in ``post_frames``; the ``Frame`` record itself is in ``frame_record``.
"""

from __future__ import annotations

import re
from itertools import islice

from kb.extract import lexicon
from kb.extract.agents import agent_left
from kb.extract.call_nouns import call_noun_frames
from kb.extract.channels import channel_agent
from kb.extract.citing import cite_sources
from kb.extract.claimed_by import claimed_frames, narrow_claimed
from kb.extract.clause_subjects import clause_subject
from kb.extract.credits import assign_via
from kb.extract.credits import via_mentions as via_mentions
from kb.extract.documents import points_to_issuer
from kb.extract.frame_record import MAX_VERBS, Frame
from kb.extract.frame_record import rule_name as _rule
from kb.extract.frame_scope import scope_of
from kb.extract.goes_on import adds_to_before, going_on
from kb.extract.mentions import Mention
from kb.extract.nested_pronoun import reporter_goes_on
from kb.extract.nesting import nest
from kb.extract.nominal import nominal_frames
from kb.extract.post_frames import post_frames
from kb.extract.postposed import postposed
from kb.extract.quotation_span import quoted_speakers
from kb.extract.quoted import quoted_frames
from kb.extract.relatives import relative_head, relative_subject
from kb.extract.relays import credit_relays
from kb.extract.scope_marks import BREAK, CONTENT, SUBORDINATE, content_words, last_before, words
from kb.extract.speaker_grammar import RELAY_VERB, contraction_subject, medium_after, topic_widened
from kb.extract.speaker_words import _PARENTHETICAL
from kb.extract.speakers import Context, Speaker, from_mention
from kb.extract.speech_verbs import no_report, speech_verb
from kb.extract.trailing_credit import trailing_media
from kb.extract.verb_skips import chained

_PROGRESSIVE = re.compile(rf"(?:{words(lexicon.PROGRESSIVE_ONLY)})(?![\w-])", re.IGNORECASE)
_PRE = re.compile(rf"(?<![\w-])(?:{words(lexicon.PRE_VERBS)})(?:nya)?(?![\w-])", re.IGNORECASE)
# Where a speaker phrase can begin at the earliest: after "that"/"bahwa", a quotation mark, ":" or ";".  A
# name in quotation marks ("the publication \"Armenpress\" notes") is matched whole, and is no bound.
_LOWER = re.compile(
    r"(?P<name>\"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\")|(?<![\w-])(?:bahwa|that)(?![\w-])|[\":;]", re.IGNORECASE
)
# a verb coordinated with an earlier one, an auxiliary or adverb between ("did not comment and has denied ...",
# "dan juga membantah"): it shares that verb's subject
_CONJ = re.compile(
    r"(?:\b(?:dan|and|serta|tetapi|but|namun|lalu|then)|,)\s*(?:(?:has|have|had|also|later|juga|telah|sudah|pun)\s+){0,2}$",
    re.IGNORECASE,
)
# "namun" (but) right before a verb coordinated with the clause before ("..., namun menyatakan"): elsewhere a break
_CONTRAST = re.compile(r",?\s*(?<![\w-])namun\s+(?:(?:juga|telah|sudah|tetap)\s+){0,2}$", re.IGNORECASE)
# "X punya angka lain dengan menyebutkan ...": a "me-" verb after "dengan" (by saying) shares the clause's subject;
# "dengan klaim ..." (with the claim) is a noun, no verb
_BY = re.compile(r"(?<![\w-])dengan\s+$", re.IGNORECASE)
# "Azerbaijan launched the operation, alleging that ...": a participle after a comma (or before "that"), the clause
# before it telling what its subject did and no one's words; its subject is who alleges (a frame before it goes on
# instead).
_AFTER_ACT = re.compile(r",\s*$")
_THAT = re.compile(r"\s+that(?![\w-])", re.IGNORECASE)  # "... the operation alleging that ...": no noun it describes


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
    bound = max(_lower_bound(norm, pos), last_before(BREAK, norm, pos))
    aside = _PARENTHETICAL.search(norm, max(0, bound - 12), pos)
    if aside is not None and aside.start() < bound <= aside.end() and aside.start() > 0:
        return max(_lower_bound(norm, aside.start()), last_before(BREAK, norm, aside.start()))
    return bound


_Found = tuple[Speaker, tuple[int, int], Frame | None, int | None]


def _agent(
    norm: str, start: int, lower: int, mentions: list[Mention], context: Context, frames: list[Frame]
) -> _Found | None:
    """Who performs the verb at ``start``: its own subject, or that of the verb it is coordinated with.

    The last item is where a clause subject found further back ends ("X phoned Y and urged"), so
    the words between can be told apart as narration.
    """
    clause = last_before(BREAK, norm, start)
    coordinated = chained(norm, start, frames, clause, _PROGRESSIVE.match(norm, start) is not None)
    if coordinated is not None:  # "X mengecam tindakan Israel, meminta PBB ...": X asks, not its object
        return coordinated.speaker, coordinated.agent, coordinated, None
    antecedent = relative_subject(norm, start, mentions)
    if antecedent is not None:  # "..., fired by Islamic Jihad, which denied ...": the actor the pronoun stands for
        return from_mention(antecedent, norm), (antecedent.start, start), None, None
    head = relative_head(norm, start, _lower(norm, max(0, start - 30)))
    found = agent_left(norm, head[0], head[1], mentions, context) if head is not None else None
    if found is not None:  # "..., by the Qatari mediators, who said ...": the phrase the pronoun stands for
        return found[0], (found[1], start), None, None
    found = agent_left(norm, start, lower, mentions, context)
    if found is not None:
        return found[0], (found[1], start), None, None
    return _shared_agent(norm, start, clause, mentions, context, frames)


def _shared_agent(
    norm: str, start: int, clause: int, mentions: list[Mention], context: Context, frames: list[Frame]
) -> _Found | None:
    """The subject a verb with none of its own shares: a participle after the act it comments on ("launched the
    operation, alleging that ..."), a verb coordinated with the clause's ("dan juga membantah"), or "dengan"
    before a "me-" verb; the previous frame's speaker when that frame is in the same clause."""
    by_saying = _BY.search(norm, max(0, start - 10), start) is not None and norm[start : start + 2].casefold() == "me"
    participle = _PROGRESSIVE.match(norm, start)
    if participle is not None:
        if not (_AFTER_ACT.search(norm, max(0, start - 4), start) or _THAT.match(norm, participle.end())):
            return None  # "gunmen demanding ransom": a participle describing a noun (``lexicon.PROGRESSIVE_ONLY``)
    elif not (_CONJ.search(norm, 0, start) or by_saying):
        return None
    if participle is not None and frames and frames[-1].verb[1] >= clause:
        return None  # "X said ..., accusing Y of ...": X's frame goes on
    contrast = _CONTRAST.search(norm, max(0, start - 16), start)
    if contrast is not None and clause > contrast.start():  # "X belum merinci ..., namun menyatakan": "namun"
        clause = last_before(BREAK, norm, contrast.start())  # opens no clause of its own here, X speaks
    previous = frames[-1] if frames and frames[-1].verb[1] >= clause else None
    if previous is not None:
        return previous.speaker, previous.agent, previous, None
    subject = clause_subject(norm, clause, start, mentions, context)
    if subject is None:
        return None
    np_end = next((m.end for m in mentions if m.start >= subject[1]), start)
    return subject[0], (subject[1], start), None, np_end


def _did_and_said(norm: str, frame: Frame) -> bool:
    """Whether ``frame``'s speaker is the agent of a passive clause and speaks in a relative clause after it
    ("The talks were suspended by the mediators, who said ...", "... oleh para mediator, yang mengatakan"): what
    the clause tells they did is told on their word too."""
    head = relative_head(norm, frame.verb[0], _lower(norm, max(0, frame.verb[0] - 30)))
    return head is not None and head[1] == frame.agent[0] and bool(
        _PASSIVE_BY.search(norm, max(0, head[1] - 8), head[1]))


_PASSIVE_BY = re.compile(r"(?<![\w-])(?:by|oleh)\s+$", re.IGNORECASE)


# the charge itself opening a denier's phrase: "(..., a charge) the group denies", "an accusation the army rejects"
_CHARGE_LEAD = re.compile(r"(?:an?\s+|the\s+)?(?:charges?|accusations?|allegations?|claims?)\s+(?:that\s+|which\s+)?",
                          re.IGNORECASE)


def _pre_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    """Frames whose speaker stands before its verb ("X said that ...", "X mengatakan ..."), one per verb of speech
    that reports here and has a speaker."""
    frames: list[Frame] = []
    media = [(m.start, m.end) for m in mentions if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet")]
    for match in islice(_PRE.finditer(norm), MAX_VERBS):
        read = speech_verb(norm, match)
        if read is None or no_report(norm, match, *read, mentions, media):
            continue
        found = _pre_agent(norm, match, mentions, context, frames)
        if found is None:
            continue
        agent = found[1]
        if channel_agent(norm[agent[0] : agent[1]]) or adds_to_before(norm, match.span(), agent[0], frames):
            continue  # "..., kata X di akun Twitter-nya, menambahkan": no speaker here; X goes on (``goes_on``)
        if contraction_subject(norm, agent):
            continue  # "It's confirmed," ...: a copula, no speaker
        frames.append(_pre_frame(norm, match, read[0], read[1], lang, found))
    return frames


def _pre_agent(
    norm: str, match: re.Match[str], mentions: list[Mention], context: Context, frames: list[Frame]
) -> _Found | None:
    """The verb's speaker, looked for no further left than the clause and the previous frame's verb."""
    lower = _lower(norm, match.start())
    before = frames[-1].verb[1] if frames else match.start()
    if before < match.start() and content_words(norm, before, match.start()):
        lower = max(lower, before)  # "X said local officials blamed ...": no phrase spans another's verb
    found = _agent(norm, match.start(), lower, mentions, context, frames)
    if found is None:
        return None
    lead = _CHARGE_LEAD.match(norm, found[1][0])
    if lead is not None and lead.end() < match.start():  # "a charge the group denies": the charge is no speaker
        return _agent(norm, match.start(), lead.end(), mentions, context, frames)
    return found


def _pre_frame(norm: str, match: re.Match[str], verb: str, hint: str | None, lang: str, found: _Found) -> Frame:
    """The frame of a verb with its speaker before it, marked subordinate and given its narrated asides."""
    speaker, agent, partner, np_end = found
    frame = Frame(speaker, match.span(), agent, (0, 0), hint, _rule(lang, "verb", verb), "verb", verb, partner=partner)
    breaks = last_before(BREAK, norm, match.start())
    frame.subordinate = bool(breaks and SUBORDINATE.search(norm, max(0, breaks - 20), breaks)) and not \
        postposed(norm, agent[0], match.end())  # "..., after a strike hit a house, the ministry said."
    aside = _PARENTHETICAL.search(norm, agent[0], match.start())
    if aside is not None:
        frame.asides.append(aside.span())
    elif np_end is not None and content_words(norm, np_end, match.start()) >= 3:
        frame.asides.append((np_end, match.start()))  # "X phoned Y and urged ...": narrated
    return frame


def find_frames(norm: str, mentions: list[Mention], context: Context, lang: str) -> list[Frame]:
    """Every attribution frame of a sentence, in order, each with its scope, parent and via."""
    frames = quoted_frames(norm, mentions, context, lang, lambda pos: _lower(norm, pos))
    spans = [f.verb for f in frames]  # "quoted X as saying": its "saying" is no frame of its own
    frames += [f for f in _pre_frames(norm, mentions, context, lang) if not any(a <= f.verb[0] < b for a, b in spans)]
    taken = {f.verb[0] for f in frames} | {p for a, b in spans for p in range(a, b)}
    media = [(m.start, m.end) for m in mentions if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet")]
    taken |= {v.start() for v in RELAY_VERB.finditer(norm) if any(f.verb[1] <= v.start() for f in frames)
              and medium_after(norm, v.span(), media)}  # "X said ..., reports Xinhua.": Xinhua relays X (credits)
    frames += post_frames(norm, mentions, context, lang, taken)
    frames += nominal_frames(norm, mentions, lang)  # "Russia's tally of 600", "Klaim Rusia bahwa ..."
    frames += call_noun_frames(norm, mentions, lang)  # "ignoring calls by the UN for a truce", "seruan PBB agar"
    frames += claimed_frames(norm, mentions, lang)  # "in an attack claimed by the Houthis", "diklaim oleh Hizbullah"
    frames += going_on(norm, frames, lang)  # "..., kata X, seraya menambahkan bahwa ..."
    frames.sort(key=lambda f: f.verb[0])
    for frame in frames:
        frame.scope = scope_of(norm, frame, frames)
        if frame.kind == "verb":  # "Referring to the reports, he said ...": the topic is the speaker's too
            frame.scope = topic_widened(norm, frame.scope, frame.agent)
        if frame.kind == "verb" and _did_and_said(norm, frame):  # "suspended by the mediators, who said ...":
            frame.scope = (min(frame.scope[0], _lower(norm, frame.agent[0])), frame.scope[1])  # the act is theirs
    narrow_claimed(norm, frames)  # "an attack claimed by X on Monday, in which three died": the toll is not X's
    nest(frames)
    reporter_goes_on(norm, frames)  # "the ministry said it had recorded 12 deaths": it is the ministry
    credit_relays(frames)
    quoted_speakers(norm, frames)  # "“Guterres condemns ...,” said Dujarric": Dujarric speaks
    cite_sources(norm, frames, mentions, context)  # "..., kata kantor berita SPA, mengutip koalisi"
    assign_via(norm, frames, mentions)
    frames = trailing_media(norm, frames)  # "..., officials said, Reuters reports.": Reuters relays
    for frame in frames:
        agent_words = CONTENT.findall(norm[frame.agent[0] : frame.agent[1]].casefold())
        if (not agent_words or agent_words[0] in lexicon.PRONOUNS or frame.verb_text in lexicon.PRONOUN_VERBS
                or points_to_issuer(agent_words)):  # "the report added": the relay of the report before
            frame.via += [v for v in context.via.get(frame.speaker.label, []) if v not in frame.via]
    return frames
