"""A speaker phrase that points back: "he", "they", "both sides", "the group", "the ministry", "the army",
"kelompok itu", or a body named only by its kind ("the Gaza ministry", "Kementerian Kesehatan").

Why apart from ``speakers``: resolving what a phrase refers to is its own question (whom the article named
before, of which kind, and what it may never be: "the army" is no militia), with its own tables; the phrase
reader asks it once and goes on with the other readings when it answers None.
"""

from __future__ import annotations

import re

from kb.actors import Actor
from kb.extract import bodies as institutions
from kb.extract import lexicon
from kb.extract.armies import ARMED_LABEL, state_army
from kb.extract.bare_bodies import unnamed_body
from kb.extract.context import Context, Speaker
from kb.extract.holders import BARE
from kb.extract.mentions import Mention
from kb.extract.phrases import clean_label
from kb.extract.qualifiers import GROUP_HEADS, attributive_word

# A speaker phrase naming both parties of a narrated sentence before: "they", "kedua pihak", "both sides".
_BOTH = frozenset(("they", "mereka", "both sides", "both parties", "the two sides", "kedua pihak", "kedua belah pihak",
                   "keduanya", "kedua negara", "both countries", "the two countries", "sides", "parties", "countries"))

NOBODY = Speaker("")  # ``referred``'s answer for a phrase that refers to no speaker the article allows


def referred(text: str, words: list[str], inside: list[Mention], context: Context) -> Speaker | None:
    """A phrase that points back ("he", "they", "both sides", "the group", "the army"): whom the article named;
    ``NOBODY`` when it may be nobody ("the army" is never a militia), None when the phrase points at nothing."""
    if len(words) == 1 and words[0] in lexicon.PRONOUNS:
        return context.pronoun() or NOBODY
    if context.pair_before and " ".join(words) in _BOTH:  # "Israel and Hamas traded fire. They said ...": both
        return Speaker(" and ".join(p.label for p in context.pair_before), members=context.pair_before)
    if len(words) == 1 and words[0] in ("mereka", "they"):  # never an actor named "Mereka"
        return context.opened_before or context.last_speaker or (context.bodies[-1] if context.bodies else NOBODY)
    anaphor = _ANAPHORS.get(" ".join(w for w in words if not attributive_word(w)  # "the Iran-backed movement"
                                     and not _country_of_group(w, words, inside, context)))  # "the Lebanese group"
    if anaphor is None and (" ".join(words) in _KIND_ANAPHORS or (
            len(words) == 3 and words[0] == "the" and words[2] in _DESCRIBED_HEADS
            and text.split()[1:2] == [words[1]])):  # "the medical group", "the rights organisation": described
        named = [sp for sp in context.bodies if sp.actor is not None and sp.actor.kind in ("Organization", "Group")]
        return named[-1] if named else None  # the body named before, else the phrase as written
    if anaphor is None:
        return None
    bodies = [sp for sp in context.bodies if (sp.actor.kind in anaphor if sp.actor else _same_head(sp, words))
              and (words[-1] not in _ARMED or ARMED_LABEL.search(sp.label))
              and (not _PARTY_HEADS & set(words) or (sp.actor is not None and sp.label == sp.actor.label))]
    found = bodies[-1] if bodies else named_body(text, inside, context)
    if words[-1] in _ARMED and (found is None or not ARMED_LABEL.search(found.label)):
        # "the army" is a state's army, never a militia the article names ("Rapid Support Forces"): the state army
        # the article names most (in the lead too: the survey counted it further down), else as before
        army = state_army(context.seen, context.gazetteer)
        if army is not None:
            return Speaker(army.label, army.iri, None, army)
        if found is not None:  # a militia found by kind: the army of the state the article is about, else nobody
            home = _unnamed(words, context)
            return home if home is not None and home.actor is not None else NOBODY
    if found is None and anaphor == ("Group",):  # "the separatists said" with no group named: they speak
        return Speaker(clean_label(text))
    if found is None and any(_country_of_group(w, words, inside, context) for w in words):
        found = _most_named_group(context)  # "the Lebanese group" with no body spoken yet: the article's group
    return found or _unnamed(words, context) or NOBODY


def _most_named_group(context: Context) -> Speaker | None:
    """The group or organisation of no state that the whole article names most, if any."""
    gazetteer = context.gazetteer
    if gazetteer is None:
        return None
    for iri, _count in context.seen.most_common():
        actor = gazetteer.by_iri(iri)
        if actor is not None and actor.kind in ("Group", "Organization") and not actor.represents:
            return Speaker(actor.label, actor.iri, None, actor)
    return None



def _unnamed(words: list[str], context: Context) -> Speaker | None:
    """A bare body no sentence named ("The army said", "Kementerian mengatakan"): the article's state's, never
    the outlet (``bare_bodies``)."""
    found = unnamed_body(words, context.gazetteer, context.seen, context.dateline, context.words)
    if found is None:
        return None
    label, actor = found
    return Speaker(actor.label, actor.iri, None, actor) if actor is not None else Speaker(label)


def _same_head(body: Speaker, words: list[str]) -> bool:
    """Whether a body the gazetteer lacks is what an anaphor names: "it", or its head ("the ministry")."""
    heads = [w for w in words if w not in BARE and w not in ("it", "yang", "sama", "same")]
    return not heads or heads[0] in ("group", "kelompok") or heads[0] in body.label.casefold().split()


def named_body(text: str, inside: list[Mention], context: Context) -> Speaker | None:
    """An institution named partially ("the Gaza ministry", "Kementerian Kesehatan") or by its state
    and kind ("Azerbaijani authorities"): a gazetteer body, chosen with the article's help."""
    if context.gazetteer is None or not institutions.has_head(text):
        return None
    if any(m.actor is None or m.actor.kind != "State" for m in inside) or len({m.actor for m in inside}) > 1:
        return None  # a person, a named body, or several states ("Armenia dan Azerbaijan")
    actor = institutions.resolve(text, context.gazetteer, context.seen, context.words, context.last_state())
    if actor is not None and actor.kind == "Ministry" and another_portfolio(text, inside, actor):
        return Speaker(clean_label(text))  # "the Sudanese culture ministry": minted, never the health ministry
    if actor is not None and not inside and VOICE_WORDS & set(institutions.words_of(text)):
        # "a spokesman for the ministry", "juru bicara kementerian itu": whoever the article named in that role,
        # else the body it speaks for (the conventions' institution), never a voice minted as a name
        return voice_holder(text, actor, context) or Speaker(actor.label, actor.iri, None, actor)
    return Speaker(actor.label, actor.iri, None, actor) if actor is not None else None


_MINISTRY_WORDS = frozenset(("ministry", "ministries", "kementerian"))
# Who speaks for a body without being one: "a ministry spokesman" names no portfolio (session 34's sweep)
VOICE_WORDS = frozenset((
    "spokesman", "spokeswoman", "spokesperson", "juru", "bicara", "jubir", "official", "pejabat", "representative",
    "perwakilan",
))
_PORTFOLIO_SKIP = frozenset((
    "the", "a", "an", "its", "ministry", "ministries", "kementerian", "of", "for", "and", "dan", "itu", "tersebut",
    "state", "federal", "national", "negara", "nasional", "dari", "untuk", *VOICE_WORDS,
))


def voice_holder(text: str, body: Actor, context: Context) -> Speaker | None:
    """The person the article named before as a voice of ``body`` ("Ministry spokesman Name said ... . A spokesman
    for the ministry added"), by the voice word and a word of the body's names in the person's role; else None."""
    voice = VOICE_WORDS & set(institutions.words_of(text))
    names = set(" ".join(body.names()).casefold().split())
    for person in reversed(list(context.people.values())):
        role = set(institutions.words_of(person.role or ""))
        if role & voice and role & names - _PORTFOLIO_SKIP:
            return person
    return None


def another_portfolio(text: str, inside: list[Mention], actor: Actor) -> bool:
    """Whether a ministry phrase names a portfolio none of ``actor``'s names holds ("culture" against the gazetteer's
    only Sudanese ministry, of health): a ministry the gazetteer lacks, which a state's other ministry never is."""
    spans = [(m.start, m.end) for m in inside]
    offset = 0
    words = []
    for word in re.findall(r"[\w'’-]+", text):
        at = text.find(word, offset)
        offset = at + len(word)
        if not any(a <= at < b for a, b in spans):
            words.append(word.casefold().removesuffix("'s").removesuffix("’s"))
    portfolio = [w for w in words if w not in _PORTFOLIO_SKIP]
    if not portfolio or not _MINISTRY_WORDS & set(words):  # "military officials": a body of no portfolio
        return False  # "the Sudanese ministry": whichever the article means, as before
    names = " ".join(actor.names()).casefold()
    return not any(w in names for w in portfolio)


# "the movement", "the militia" are a party the article named, never a medium it owns ("Hezbollah's Al-Manar").
_PARTY_HEADS = frozenset(("movement", "militia", "gerakan"))
# "the army", "the military" stand for an armed body only: never the emergency service that spoke last.
_ARMED = frozenset(("army", "military", "militer", "tentara"))
# "It said", "kelompok itu", "the ministry": the last organisation of that kind that spoke.
_GROUPS = ("Organization", "Group", "Ministry", "Government")
# Heads of a body described by a lower-case word before them ("the medical group"): the non-state body named before
_DESCRIBED_HEADS = frozenset(("group", "organisation", "organization", "network", "charity", "movement"))
# An organisation named only by what it is ("MSF said ... . The organization noted ..."): the one named before.
_KIND_ANAPHORS = frozenset(("the organization", "the organisation"))
_ANAPHORS: dict[str, tuple[str, ...]] = {
    "it": (*_GROUPS, "NewsAgency"), "pihaknya": _GROUPS,  # "Pihaknya menambahkan": its side, a body as "it"
    "the group": ("Organization", "Group"), "kelompok itu": ("Organization", "Group"),
    "kelompok tersebut": ("Organization", "Group"), "the ministry": ("Ministry",),
    "kementerian itu": ("Ministry",), "kementerian tersebut": ("Ministry",), "kementerian yang sama": ("Ministry",),
    "the same ministry": ("Ministry",), "kelompok": ("Organization", "Group"), "kementerian": ("Ministry",),
    "the agency": ("Organization",), "badan itu": ("Organization",),
    "the movement": ("Organization", "Group"), "gerakan itu": ("Organization", "Group"),
    "gerakan tersebut": ("Organization", "Group"), "gerakan": ("Organization", "Group"),
    "the militia": ("Organization", "Group"), "the rebels": ("Group",), "the separatists": ("Group",),
    "the insurgents": ("Group",), "the militants": ("Group",), "pemberontak": ("Group",),
    "para pemberontak": ("Group",), "separatis": ("Group",), "kelompok pemberontak": ("Group",),
    "the military": ("Organization",), "the army": ("Organization",), "militer": ("Organization",),
    "tentara": ("Organization",), "pihak militer": ("Organization",),
}


__all__ = ["NOBODY", "named_body", "referred"]


def _country_of_group(word: str, words: list[str], inside: list[Mention], context: Context) -> bool:
    """Whether ``word`` only says the country of a group the phrase points back to ("the Lebanese group", "kelompok
    Lebanon itu"): a state's name, with no actor left inside the phrase (``speakers`` set it aside)."""
    if inside or context.gazetteer is None or not GROUP_HEADS & set(words):
        return False
    actor = context.gazetteer.lookup(word)
    return actor is not None and actor.kind == "State"



