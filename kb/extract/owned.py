"""A body or medium that a party owns, runs or speaks through, and a spokesperson for a body nobody listed.

Why: "Hezbollah's Al-Manar television", "the Houthi health ministry", "Baku's defence ministry" were read as
the party itself (the only name the gazetteer knew in the phrase), or, when the head was a medium's, as
nobody, so the outlet took the claim.  The annotation conventions (``../shared/seeds/README.md``) name the
body that speaks: an explicitly named ministry is the ministry, a medium is the medium; the party only says
whose side the body is on.  So the party owns the body: the gazetteer's body of that party's state when the
words name one ("Baku's defence ministry" is Azerbaijan's defence ministry), else the phrase as written,
on the party's side ("Houthi health ministry"); a medium named between the owner and its head ("Al-Manar")
is that medium.  Likewise "a spokeswoman for UNIFIL", with a body the gazetteer lacks, is UNIFIL speaking,
never the last body that spoke nor the outlet.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from kb.actors import Actor, Gazetteer
from kb.extract import bodies as institutions
from kb.extract.armies import state_of
from kb.extract.mentions import Mention

# Heads of a medium: what a party's broadcaster or paper is called after its name.
MEDIA_HEADS = frozenset((
    "television", "tv", "channel", "radio", "broadcaster", "station", "newspaper", "daily", "televisi",
    "stasiun", "saluran", "harian", "surat", "website", "portal", "situs", "news", "berita", "online",
))
# Institution families a party may own, as ``bodies`` names them: not its armed wing, which is the party.
_OWNED = frozenset(("ministry", "kementerian", "administration", "presidency", "kepresidenan", "office", "kantor",
                    "agency", "badan", "committee", "komite", "service", "layanan", "department", "departemen"))
_OWNERS = ("State", "Government", "Organization", "Group")
_PORTFOLIOS = frozenset(("health", "defence", "defense", "foreign", "interior", "information"))
_LEAD = frozenset(("the", "a", "an"))
_WORD = re.compile(r"[\w'’-]+")
_POSSESSIVE = re.compile(r"^['’]s?\s*")
_ROLE_FOR = re.compile(
    r"^(?i:(?:a|an|the|seorang)\s+)?(?:[a-z]+\s+)?(?:(?i:spokes(?:man|woman|person)|representative|official)\s+"
    r"(?:for|of|from)\s+(?:the\s+)?|(?i:juru\s+bicara|jubir|perwakilan)\s+(?:dari\s+|untuk\s+)?)"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’-]*){0,5})$"
)


def owned_body(norm: str, start: int, end: int, inside: list[Mention], gazetteer: Gazetteer | None,
               seen: Counter[str], words: Counter[str]) -> tuple[str, Actor | None, Actor] | None:
    """The body or medium the phrase ``norm[start:end]`` names under its owner ("Hezbollah's Al-Manar television
    channel", "the Houthi health ministry"): (label, the gazetteer body or None, the owner), else None.
    ``inside`` are the phrase's mentions; exactly one, known, standing first after an article."""
    text = norm[start:end]
    inside = [replace(m, start=m.start - start, end=m.end - start) for m in inside]
    known = [m for m in inside if m.actor is not None]
    if gazetteer is None or len(known) != 1 or len(inside) != 1:
        return None
    owner = known[0]
    assert owner.actor is not None
    if owner.actor.kind not in _OWNERS or any(w.casefold() not in _LEAD for w in _WORD.findall(text[: owner.start])):
        return None
    tail = _POSSESSIVE.sub("", text[owner.end :]).strip(" ,")
    tail_words = [w.casefold() for w in _WORD.findall(tail)]
    if not tail_words or tail_words[0] in ("and", "dan", "of", "in"):
        return None
    if tail_words[-1] in MEDIA_HEADS:  # the name before the head words: not "Army Radio", a name of its own
        tokens = _WORD.findall(tail)
        while tokens and tokens[-1].casefold() in MEDIA_HEADS:
            tokens.pop()
        names = [w for w in tokens if w[:1].isupper()]
        return (" ".join(names), None, owner.actor) if names and len(names) == len(tokens) else None
    if (tail_words[-1] == "minister" and len(tail_words) > 1 and tail_words[-2] in _PORTFOLIOS
            and (owner.actor.kind != "State" or len(tail_words) > 2)):
        # "the Houthi health minister", "X's deputy defense minister": the office of a body's ministry, never the
        # body itself ("the Ukrainian defence minister" stays the state's voice, as the conventions read it)
        tail, tail_words = tail[: -len("minister")] + "ministry", [*tail_words[:-1], "ministry"]
    # the head before its portfolio: "the Yemeni Ministry of Defense", "Ukraine's Office of the Prosecutor General"
    head = tail_words[tail_words.index("of") - 1] if "of" in tail_words[1:] else tail_words[-1]
    if head not in _OWNED or any(w in institutions.PEOPLE_HEADS for w in tail_words):
        return None
    state = state_of(owner.actor, gazetteer)
    for base in ((state.label,) if state is not None else ()) + (owner.actor.label,):
        body = institutions.resolve(f"{base} {tail}", gazetteer, seen, words)
        if body is not None and body.iri != owner.actor.iri and body.kind != "State":
            return body.label, body, owner.actor
    return " ".join(_WORD.findall(text[owner.start :])), None, owner.actor


def spokesperson_for(text: str) -> str | None:
    """The body an unlisted spokesperson speaks for ("A spokeswoman for UNIFIL" -> "UNIFIL"), else None."""
    found = _ROLE_FOR.match(text.strip(" ,"))
    if found is None or institutions.has_head(found.group("name")):
        return None  # "Juru bicara Kementerian Kesehatan": a partial body name, the gazetteer's to place
    return found.group("name")
