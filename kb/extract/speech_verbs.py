"""Whether a verb of speech before its speaker reports here ("X said ...") or is something else: another sense
of the word ("claimed the lives of"), a noun after a determiner or possessor ("Israel's claim that"), the object of a
verb before it ("called the Armenian claim a lie"), a name given in passing, or a verb whose subject follows it.

Kept apart from ``frames`` (which builds the frames) because these are tests of one word in its context: each says
why a match of the verb lexicon is not a report, and none needs the sentence's other frames.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.agents import inverted
from kb.extract.mentions import Mention
from kb.extract.naming import names_in_passing
from kb.extract.not_speech import no_speech
from kb.extract.speaker_grammar import medium_after
from kb.extract.verb_skips import no_frame

# A determiner right before a verb makes it a noun ("rejected the claim that ...", "a report said").
_DETERMINED = re.compile(r"(?<![\w-])(?:the|a|an|this|these|those|its|their|his|her|our|such)\s+$")
_NOUN_LIKE = frozenset(("claim", "report", "say", "confirm", "warn", "insist", "deny", "blame"))
# Verbs that are also plural nouns, closing the phrase "according to" opens: "according to local media reports",
# "menurut laporan ...", "according to Houthi claims".
_NOUN_PLURALS = frozenset(("reports", "claims", "estimates", "report", "claim", "estimate", "updates"))
# a past verb, a determiner and a word or two before one of them: "called the Armenian claim", "dismissed the latest
# Russian reports" (the noun is the verb's object; "the Armenian" never speaks).  Only a verb of speaking or judging,
# or words naming a party or nation: "Medics who treated the wounded claim that ..." speak (``_object_noun``).
_OBJECT_NOUN = re.compile(
    r"(?<![\w-])(?P<verb>[a-z]+ed)\s+(?:the|a|an|these|those|its|their|such)\s+(?P<words>(?:[\w'’-]+\s+){1,2})$"
)
_JUDGING = frozenset((
    "called", "dismissed", "rejected", "described", "denied", "refuted", "disputed", "questioned", "doubted",
    "challenged", "contradicted", "debunked", "confirmed", "verified", "corroborated", "cited", "quoted", "repeated",
    "echoed", "welcomed", "condemned", "criticised", "criticized", "slammed", "denounced", "branded", "labelled",
    "labeled", "termed", "ridiculed", "mocked", "ignored", "published", "released", "issued", "accepted",
))


def _object_noun(norm: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the noun at ``start`` is the object of a verb of speaking or judging before it ("called the Armenian
    claim a lie"), or of any past verb when the words between name a party ("welcomed the Russian reports"); not
    the end of a relative clause whose own object is something else ("Officials who visited the damaged hospital
    estimate that ...": the officials speak)."""
    found = _OBJECT_NOUN.search(norm, max(0, start - 50), start)
    if found is None:
        return False
    words = found.span("words")
    return found.group("verb").casefold() in _JUDGING or any(words[0] <= m.start < words[1] for m in mentions)
_VERB_NEXT = re.compile(r"\s+(?:show|shows|showed|shown|say|said|says|suggest|suggested|suggests|indicate|indicated"
                        r"|indicates|put|puts|placed|place)(?![\w-])", re.IGNORECASE)
_ACCORDING_NOUN = re.compile(r"(?<![\w-])(?:according\s+to|as\s+per|citing|based\s+on)\s+[^,.;:\"“”]*$", re.IGNORECASE)

_EACH_OTHER = re.compile(r"\s*(?:each\s+other|one\s+another|satu\s+sama\s+lain)", re.IGNORECASE)

# What a denying verb rejects standing before its subject: "..., an accusation Moscow rejected", "a claim the
# Kremlin has dismissed": the charge is the object the verb needs after it (``NEEDS_AFTER``), written first.
_CHARGE_THEN_DENIER = re.compile(
    r"(?<![\w-])(?:charges?|accusations?|allegations?|claims?)\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){1,4}(?:(?:has|have|had|also|flatly|strongly|repeatedly|swiftly)\s+){0,2}$"
)

def speech_verb(norm: str, match: re.Match[str]) -> tuple[str, str | None, str] | None:
    """The verb as the lexicon knows it, the claim type it hints at and the words after it; None where the verb
    reports no speech here ("held talks", "rejected the proposal")."""
    verb = re.sub(r"\s+", " ", match.group(0).casefold())
    if verb not in lexicon.PRE_VERBS and verb.endswith("nya"):
        verb = verb[:-3]  # "mendesaknya": the verb with its object pronoun
    hint = lexicon.PRE_VERBS.get(verb)
    needs = lexicon.NEEDS_AFTER.get(verb)
    after = norm[match.end() : match.end() + 70]
    call = lexicon.CALL_AFTER.get(verb)
    if hint is None and call and re.match(call, after, re.I):
        hint = "call"  # "told residents not to enter", "called “for an end”", "reaffirmed his call to ..."
    if needs and not re.match(rf"(?:{needs})(?![\w-])", after, re.I) and not (
            hint == "denial" and _CHARGE_THEN_DENIER.search(norm, max(0, match.start() - 80), match.start())):
        return None  # "held talks", "rejected the proposal": no verb of speech here ("a charge Moscow rejected" is)
    if hint == "denial" and needs and re.match(rf"(?:{lexicon.TRUCE_AFTER})", after, re.I):
        hint = None  # "menolak gencatan senjata": a stance on the truce, no claim denied
    return verb, hint, after

def no_report(norm: str, match: re.Match[str], verb: str, hint: str | None, after: str, mentions: list[Mention],
               media: list[tuple[int, int]]) -> bool:
    """Whether the verb of speech at ``match`` reports nothing here: another sense of the word, a reciprocal, a noun
    (after a determiner, a possessor, "according to"), a name given in passing, a subject after the verb, or a word
    inside a name.  ``after``: the text right after the verb."""
    if no_speech(verb, after):
        return True  # "claimed the lives of 18", "blamed on the militia", "menunjukkan tanda" (``not_speech``)
    if re.search(r"(?:saling|each\s+other)\s*$", norm[max(0, match.start() - 12) : match.start()], re.I):
        return True
    if no_frame(norm, verb, match.start()):
        return True  # "the RSF are accused of ...", "mendesak Mesir untuk menekan Israel agar ..." (``verb_skips``)
    if verb.endswith("s") and re.search(r"['’]s\s+$", norm[max(0, match.start() - 4) : match.start()]):
        return True  # "rejected Israel's claims that ...": a possessor owns a noun, it does not speak
    if _DETERMINED.search(norm, max(0, match.start() - 8), match.start()) or (
            re.search(r"['’]s\s+$", norm[max(0, match.start() - 4) : match.start()]) and verb in _NOUN_LIKE):
        return True  # "the claim that ...", "Israel's claim that ...": a noun after a determiner, no verb
    if verb in _NOUN_PLURALS and _object_noun(norm, match.start(), mentions):
        return True  # "called the Armenian claim a lie": the object of a verb before it, no verb of its own
    if verb in _NOUN_PLURALS and _ACCORDING_NOUN.search(norm, max(0, match.start() - 60), match.start()):
        return True  # "according to independent media reports": the noun "according to" names, no verb
    if verb in _NOUN_PLURALS and _VERB_NEXT.match(norm, match.end()):
        return True  # "Official estimates show ...", "Local reports said ...": the noun is the next verb's subject
    if names_in_passing(norm, verb, match.start()):
        return True  # "launched what it called an anti-terror operation": a name given, no report (``naming``)
    if inverted(norm, match.start()) or medium_after(norm, match.span(), media):
        return True  # "..., said Lebanese military sources.", "..., reported Xinhua.": the subject follows the verb
    return bool((hint and _EACH_OTHER.match(norm, match.end())) or any(
        m.start <= match.start() < m.end for m in mentions
    ))
