"""Turning the words around a reporting verb into a speaker: a known actor, a person, or a phrase.

The speaker phrase is read leftwards from a verb ("Menteri Luar Negeri Turki Mevlut Cavusoglu
menegaskan") or rightwards after it ("ujar juru bicara ... Shushan Stepanyan kepada Reuters").  A phrase
holding a person's name gives that person; a generic head with one actor ("an official of the
ICRC") gives that actor; one naming several ("Pejabat militer Armenia dan Karabakh") or an
organisation the gazetteer lacks stays as written; a pronoun continues the last person who spoke.  The word
classes a phrase is made of, shared with the modules that find the phrase, are in ``speaker_words``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kb.extract import bodies as institutions
from kb.extract import lexicon, voices
from kb.extract.armies import ARMY_WORDS, of_state, state_army
from kb.extract.context import VOICES as VOICES
from kb.extract.context import Context as Context
from kb.extract.context import Speaker as Speaker
from kb.extract.context import voiced as voiced
from kb.extract.counts import after_count
from kb.extract.demonstrative import demonstrative_body
from kb.extract.described import described_before
from kb.extract.heads import MEDIA as _MEDIA
from kb.extract.heads import head as _head
from kb.extract.heads import headed as _headed
from kb.extract.holders import BARE, QUANTIFIERS, bare_role, definite_voice, holder, office_at_place, personal
from kb.extract.joined_bodies import two_bodies
from kb.extract.local_office import PLACE_APPOSED, office_at_unknown_place
from kb.extract.mentions import Mention, role_before
from kb.extract.named_person import named_person
from kb.extract.owned import owned_body, spokesperson_for
from kb.extract.phrase_sides import based_in, civil_body, health_officials, one_side, possessed
from kb.extract.phrases import clean_label, core_span, is_document, named_unit
from kb.extract.qualifiers import attributive, attributive_word, coordinated, country_named_group, placed, possessor
from kb.extract.referred import NOBODY, named_body, referred
from kb.extract.short_names import short_name
from kb.extract.side_roles import with_body
from kb.extract.source_lists import members_of
from kb.extract.speaker_sides import party_label as party_label
from kb.extract.speaker_sides import side_label as side_label
from kb.extract.speaker_sides import sides as sides
from kb.extract.speaker_sides import speaker_side as speaker_side
from kb.extract.speaker_words import _NP, _tokens, _words
from kb.extract.unnamed import is_unnamed, qualified_office, state_officials, unnamed_head, where_from

_ORG = frozenset(lexicon.ORG_WORDS)
_UNNAMED_VOICES = frozenset(lexicon.UNNAMED_VOICES)


def from_mention(mention: Mention, norm: str, lower: int = 0) -> Speaker:
    """The speaker a mention names; an unknown name keeps any role words before it."""
    if mention.actor is not None:
        return Speaker(mention.actor.label, mention.actor.iri, mention.role, mention.actor)
    role = mention.role or role_before(norm, mention, lower)
    return Speaker(mention.name or mention.text, None, role)


def _phrase(norm: str, start: int, end: int, mentions: list[Mention], context: Context) -> Speaker | None:
    """Resolve the speaker phrase ``norm[start:end]``.  A count before it ("Three Afghan officials", "dua
    pejabat") says how many spoke, never who: it is set aside to resolve the phrase ("Three Afghan" is no
    person's name), and kept in the label of a phrase that stays as written."""
    start, end = core_span(norm, start, end)
    counted = after_count(norm, start, end)
    found = _uncounted(norm, counted, end, mentions, context)
    bare = {t[2].casefold() for t in _tokens(norm, counted, end) if t[2][0].isalnum()} - BARE
    if (found is not None and found.actor is not None and bare and bare <= ARMY_WORDS
            and not of_state(found.actor, context.gazetteer)):
        army = state_army(context.seen, context.gazetteer)  # "militer", "the army": never a militia named most
        return Speaker(army.label, army.iri, None, army) if army is not None else None
    if (counted > start and found is not None and found.iri is None and not found.members
            and found.label == clean_label(norm[counted:end].strip(" ,"))):
        return replace(found, label=clean_label(norm[start:end].strip(" ,")))
    if found is not None and found.actor is not None and found.actor.kind == "Person" \
            and voices.serves(norm, start, end):
        return Speaker(clean_label(norm[start:end].strip(" ,")))  # "kantor Sekjen PBB": the office, not its holder
    return found


_NAMED_BEFORE = re.compile(r"(?<![\w-])(?:named|called|bernama)\s+$", re.IGNORECASE)


def _uncounted(norm: str, start: int, end: int, mentions: list[Mention], context: Context) -> Speaker | None:
    """Resolve a speaker phrase that opens with no count."""
    text = norm[start:end].strip(" ,")
    words = _words(norm, start, end)
    if not words:
        return None
    inside, people = _inside(norm, start, end, mentions)
    if any(m.actor is not None and m.actor.kind == "State" and _ETHNIC.search(norm, max(start, m.start - 8), m.start)
           and not _PLACED_IN.search(norm, start, m.start)  # not "an official in X's ethnic Armenian administration"
           for m in inside):  # "Pasukan etnis Armenia di Karabakh": a people's fighters, not the state's army
        return Speaker(clean_label(text))
    named = named_person(text, any(m.actor is not None and m.end >= end - 1 for m in inside))
    if named is not None:  # "a local resident named Ahmed", "juru bicara kelompok itu, Osmond": the person
        return context.people.get(named.split()[-1].casefold(), Speaker(named))  # "a resident named X": new
    pair = _EACH_DETERMINED.match(text)
    if pair is not None and context.lang == "en":  # "Both Russian officials and an unnamed US source"
        offset = start + len(norm[start:end]) - len(norm[start:end].lstrip(" ,"))
        halves = [_phrase(norm, offset + pair.start(k), offset + pair.end(k), mentions, context) for k in "ab"]
        if all(h is not None for h in halves):
            return Speaker(text, members=tuple(h for h in halves if h is not None))
    bodies = two_bodies(norm, (start, end), lambda a, b: _phrase(norm, a, b, mentions, context), context.lang)
    if bodies is not None:  # "Layanan darurat Ukraina dan kementerian energi menyatakan": each body speaks
        return Speaker(text, members=bodies)
    listed = members_of(text) if "," in text and not any(m.actor is not None for m in inside) else None
    if listed is not None and any(w[:1].isupper() and not w.isupper() for p in listed[1:] for w in p.split()):
        listed = None  # "Juru bicara militer X, Daniel Koren": an apposition naming the person, not a list
    if listed is not None and _sourcey(listed[0], context.lang):
        # "kelompok HAM, kelompok pemberontak, dan media": each source speaks ("A and B" stays one group)
        return Speaker(clean_label(text), members=tuple(Speaker(clean_label(p)) for p in listed))
    back = voices.voice_back(words, context) or demonstrative_body(text, context, norm[end : end + 12]) \
        or definite_voice(words, norm[end : end + 12], context)
    if back is not None:  # "An Israeli military official said ... . “...,” the official said": the same voice;
        return back  # "kelompok dokter itu", "the doctors' group": the body of that kind named before
    short = short_name(text, context) if all(m.actor is None for m in inside) else None
    if short is not None:  # "kata Pertahanan Sipil" after "Pertahanan Sipil Gaza": that body
        return short
    office = voices.press_office(_tokens(norm, start, end))
    body = None if office is None else (  # "the ministry's press service", "the press service": whose office
        _phrase(norm, *office, mentions, context) if office[0] < office[1] else voices.last_body(context))
    if body is not None:
        return body
    if unnamed_head(words, context.lang):  # "Residents of El Fasher", "seorang warga El Fasher": the group
        places = context.gazetteer.places if context.gazetteer is not None else None
        people = [m for m in people if not where_from(norm, m.start, bool(places and places.lookup(m.text)))]
        if not people:
            return Speaker(clean_label(text))
    unit = named_unit(norm, inside)
    if unit is not None:  # the kind's actor (without its IRI): a group for "the group said", "it claimed"
        return Speaker(unit[0], None, None, unit[1])
    if len(people) > 1 and re.search(r"\b(?:dan|and)\b", text):
        return Speaker(text, members=tuple(from_mention(m, norm, start) for m in people))
    known = sorted((m for m in inside if m.actor is not None), key=lambda m: m.start)
    if len(known) > 1 and coordinated(norm, start, end, known):
        # "Iran dan Hezbollah bersumpah", "Armenia and Azerbaijan said": each speaks, no joint actor
        return Speaker(text, members=tuple(from_mention(m, norm, start) for m in known))
    if people:  # "RSF adviser Yousef Izzat": the person, with the body the role names
        return with_body(from_mention(people[-1], norm, start), people[-1], inside, norm)
    pointed = referred(text, words, inside, context)
    if pointed is not None:
        return None if pointed is NOBODY else pointed
    described = described_before(text, context.spoken)
    if described is not None:  # "The Abu Shouk Emergency Room accused ... . The emergency room reported"
        return described
    if len(words) == 1 and words[0] in lexicon.FIRST_PERSON:
        return Speaker(text, first_person=True)
    body = named_body(text, inside, context)
    return body if body is not None else _by_actors(norm, start, end, inside, context)


def _inside(norm: str, start: int, end: int, mentions: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """The mentions a speaker phrase holds, and those of them that name a person."""
    inside = [m for m in mentions if m.start >= start and m.end <= end and not attributive(norm, m.end)]
    if inside and all(_PRO.search(norm, max(0, m.start - 5), m.start) and m.actor is not None
                      and m.actor.kind == "State" for m in inside):
        inside = []  # "pro-Russian separatists": whom they back is all the phrase names, not who they are
    if inside and all(m.actor is not None and m.actor.kind == "State" for m in inside) \
            and country_named_group(norm, start, end):
        inside = []  # "the Lebanese group", "kelompok Lebanon itu": a group of that country, read as "the group"
    people = [
        m
        for m in inside
        if (m.actor is not None and m.actor.kind == "Person")
        # an unknown name: a role glued before it ("Juru bicara Kementerian X Name") is judged by the name alone
        or (m.actor is None and (len((m.name or m.text).split()) > 1 or (m.role is not None and m.name == m.text))
            and not _ORG & set((m.name or m.text).casefold().split())
            and not placed(norm, m.start)  # "staff in Khan Younis": a place
            and not (_BODY_BEFORE.search(norm, max(0, m.start - 16), m.start)  # "Dinas Kesehatan Provinsi X"
                     and not _VOICE_OF_BODY.search(norm, max(0, m.start - 30), m.start)
                     and not _TITLED.match(m.text))
            and not _FACILITY_AFTER.match(norm, m.end)  # "an official at a Khan Younis hospital": where
            and not PLACE_APPOSED.match(norm, m.end))  # "walikota X, sebuah kota di ...": X is the town
    ]
    return inside, people


_PRO = re.compile(r"(?<![\w-])(?:pro|anti)-?\s*$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ETHNIC = re.compile(r"(?<![\w-])(?:etnis|ethnic|keturunan)\s+$", re.IGNORECASE)
_PLACED_IN = re.compile(r"(?<![\w-])(?:in|di)\s", re.IGNORECASE)
# A descriptive head, then one capitalised name closing the phrase: the name is who speaks.
_NAMED_AFTER_HEAD = re.compile(
    r"(?<![\w-])(?:monitor|group|organi[sz]ation|broadcaster|newspaper|daily|outlet|agency|network|channel|charity|"
    r"watchdog|observatory)\s+([A-Z][\w'’-]+)$"
)
# The Indonesian order, head first: "lembaga verifikasi Sanad", "organisasi HAM Mwatana" (never "kelompok": "kelompok
# aktivis Kyunhla" are activists of a place).
_NAMED_AFTER_HEAD_ID = re.compile(
    r"(?<![\w-])(?:lembaga|organisasi|badan|jaringan|pemantau|LSM)\s+(?:(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,2}"
    r"([A-Z][\w'’-]+)$"
)


_JOINED = re.compile(r"\s*,\s*|\s+(?:and|dan|serta|maupun)\s+", re.IGNORECASE)


def _sourcey(part: str, lang: str) -> bool:
    """Whether one member of a list names unnamed sources or a speaking body ("rights groups", "media")."""
    words = [w.casefold() for w in re.findall(r"[\w'-]+", part)]
    return bool(words) and (unnamed_head(words, lang) or _headed(words, lang) or _head(words, lang) in _MEDIA
                            or is_unnamed(words))


# An institution's head word right before a capitalised run: the run names the body, not a person.
# A common noun right after a name makes the name its place: "a Khan Younis hospital", "the Zamzam camp".
_FACILITY_AFTER = re.compile(r"\s+(?:hospital|clinic|camp|morgue|school|university|mosque|church|market|office|"
                             r"municipality|council|branch|police|prison|district|village|town)s?(?![\w-])")
# a spokesperson of a body written in lower case, then a name: "juru bicara kementerian Budi Hartono" (the name is
# who speaks, no ministry's name: a body's name is written with capitals, "Kementerian Kesehatan")
_VOICE_OF_BODY = re.compile(
    r"(?<![\w-])(?i:juru\s+bicara|jubir|spokes(?:man|woman|person)|kepala|direktur|head|director)\s+"
    r"(?:kementerian|badan|dinas|kantor|lembaga|ministry|office|agency|rumah\s+sakit|pusat\s+medis|klinik)\s+$"
)
# a name opened by a personal title is a person's, whatever body word stands before it ("the head of the regional
# health office Dr Karim Haddad"): a body's name never starts with one
_TITLED = re.compile(r"(?:Dr|Prof|Mr|Mrs|Ms|Gen|Col|Maj|Capt|Lt|Brig|dr|Ir|H|Hj)\.?\s+[A-Z]")
# A civil body's proper name made of a state's adjective and capitalised words ending in the body's kind: the body,
# which the gazetteer lacks, never the state its adjective names (armed, government and press heads stay out)
_CIVIL_NAME = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’&-]+){0,3}\s+(?:Observatory|Network|Committee|Council|Society|Union|League|"
    r"Association|Institute|Centre|Center|Foundation|Federation|Syndicate|Coalition|Alliance)"
)
_BODY_BEFORE = re.compile(
    r"(?<![\w-])(?:dinas|kementerian|badan|komite|dewan|kantor|lembaga|departemen|ministry|department|office|agency"
    r"|rumah\s+sakit|pusat\s+(?:medis|kesehatan)|klinik|puskesmas)\s+$",  # "sumber di pusat medis X": where, not who
    re.IGNORECASE,
)


# Two speakers each with its own article, joined by "and": each speaks ("the officials and an unnamed source").
_EACH_DETERMINED = re.compile(r"(?:both\s+)?(?P<a>(?:the|a|an)\s+[^,]+?)\s+and\s+(?P<b>(?:the|a|an)\s+[^,]+)$", re.I)


def _by_actors(norm: str, start: int, end: int, inside: list[Mention], context: Context) -> Speaker | None:
    """A phrase no person, anaphor or partial body name settles: by the known actors it holds, else by its
    head (a minted speaker), else None."""
    text = norm[start:end].strip(" ,")
    words = _words(norm, start, end)
    actors = {m.actor.iri: m for m in inside if m.actor is not None}
    unplaced = {iri: m for iri, m in actors.items() if not placed(norm, m.start)}
    actors = unplaced if unplaced and len(unplaced) < len(actors) else actors  # "the ministry ... in Gaza"
    found = _of_actors(norm, (start, end), (text, words), inside, context, actors)
    named = _NAMED_BEFORE.search(norm, max(0, start - 12), start) is not None  # "a resident named Ahmed"
    return found if found is not None else _by_head(norm, text, words, len(actors), context, named)


def _of_actors(norm: str, span: tuple[int, int], phrase: tuple[str, list[str]], inside: list[Mention],
               context: Context, actors: dict[str, Mention]) -> Speaker | None:
    """Who a phrase holding known actors names: an unlisted organisation named with them, unnamed people of a
    state, media, an owned body, a descriptor before a name, an office, a civil body, the one actor or the one
    side; None when the actors settle nothing."""
    start, end = span
    text, words = phrase  # the phrase stripped, and its folded words
    covered = all(w in _NP or attributive_word(w) or any(w in m.text.casefold() for m in inside) for w in words)
    named = [  # capitalised words of no known name; not a possessor ("Gaza's") nor a place ("in Gaza")
        t[2]
        for t in _tokens(norm, start, end)
        if t[2][:1].isupper() and t[2].casefold() not in _NP and not any(m.start <= t[0] < m.end for m in inside)
        and not possessor(t[2]) and not placed(norm, t[0])
    ]
    capital = text[:1].isupper() or _ARTICLE.sub("", text)[:1].isupper()  # "the Sudan Teachers Union": its article
    if len(actors) == 1 and named and _ORG & set(words) and capital:
        return Speaker(clean_label(text))  # "Komite Sentral Dokter Sudan": an organisation the gazetteer lacks
    if len(actors) == 1 and _CIVIL_NAME.fullmatch(_ARTICLE.sub("", text)) and all(
            m.actor is not None and m.actor.kind == "State" for m in inside):
        return Speaker(clean_label(text))  # "Syrian Observatory", "the Lebanese Doctors Syndicate": its own name
    if actors and is_unnamed(words) and all(m.actor is not None and m.actor.kind == "State" for m in inside):
        return Speaker(clean_label(text))  # "medical sources and Sudanese activists": the group, not Sudan
    if actors and _head(words, context.lang) in _MEDIA and not any(
            m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet") for m in inside):
        return Speaker(clean_label(text))  # "Houthi media", "media Israel": the media, not the party they serve
    owned = owned_body(norm, start, end, inside, context.gazetteer, context.seen, context.words)
    if owned is not None:  # "Hezbollah's Al-Manar television", "the Houthi health ministry": the body speaks
        label, body, owner = owned
        return Speaker(body.label, body.iri, None, body) if body is not None else Speaker(label, None, None, owner)
    only = next(iter(actors.values())) if len(actors) == 1 else None
    if (only is not None and only.actor is not None and only.actor.kind != "State" and only.start > start
            and not norm[only.end : end].strip(" ,.") and not placed(norm, only.start)):
        return from_mention(only, norm, start)  # "The Arabic broadcaster Al Jazeera": a descriptor, then the name
    qualified = qualified_office(norm, start, end, words, actors.values())
    if qualified is not None:  # "a separatist rights official in the ... region": the office, on the state's side
        return Speaker(qualified[0], None, None, qualified[1])
    if only is not None and only.actor is not None and health_officials(words, only.actor, context.gazetteer):
        return Speaker(clean_label(text), None, None, only.actor)  # "Palestinian health officials": not the state
    if (only is not None and only.actor is not None and only.actor.kind == "State"
            and state_officials(words, only.text.casefold().split())):
        return Speaker(clean_label(text), None, None, only.actor)  # "Pejabat Armenia": officials, on the state's side
    if only is not None and civil_body(words, only) is not None:
        return Speaker(clean_label(text))  # "a Sudanese doctors' group": its members' body, not the state
    if only is not None and (covered or _headed(words, context.lang)) and not placed(norm, only.start):
        return from_mention(only, norm, start)  # not "staff in Khan Younis": a place
    media = [m for m in actors.values() if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet")]
    others = [m for m in actors.values() if m not in media]
    if len(media) == 1 and others and all(m.actor is not None and m.actor.kind == "State" for m in others):
        return from_mention(media[0], norm, start)  # "kantor berita resmi Armenia Armenpress": the agency
    based = based_in(norm, list(actors.values())) or possessed(norm, list(actors.values()), end)
    if based is not None:  # "Kelompok Houthi Yaman", "Yemen's Houthis": the group, placed by its country
        return from_mention(based, norm, start)
    if len(actors) > 1:
        specific = one_side(list(actors.values()), context.gazetteer)
        if specific is not None and (covered or _headed(words, context.lang)):
            return from_mention(specific, norm, start)
    return None


def _by_head(norm: str, text: str, words: list[str], known: int, context: Context,
             named: bool = False) -> Speaker | None:
    """Who the phrase ``text`` (holding ``known`` actors) names by its head when its actors settle nothing: a
    spokesperson's body, an office's holder, a named monitor, an institution the gazetteer lacks (a minted
    speaker), a lone capitalised name (``named``: introduced as "named X", someone new); else None."""
    capital = text[:1].isupper() or _ARTICLE.sub("", text)[:1].isupper()  # "the Sudan Teachers Union": its article
    body_for = spokesperson_for(text) if not known else None
    if body_for is not None:  # "a spokeswoman for UNIFIL": the body she speaks for, unlisted as it is
        return Speaker(body_for)
    if not known and bare_role(words):  # "juru bicara", "the spokeswoman", "militer": who holds it
        held = holder(words, context)
        if held is None and personal(words):  # "the regional governor" nobody named: the office of the place
            office = office_at_place(norm, words, context) or office_at_unknown_place(norm, words, context.lang)
            return Speaker(office) if office is not None else None
        if held is None and (words[-1] in _UNNAMED_VOICES or _kind_and_voice(words)):  # "the regional authorities
            return Speaker(clean_label(text))  # said", "a military spokesman": unnamed, never the outlet
        return held if held is None or isinstance(held, Speaker) else Speaker(held.label, held.iri, None, held)
    named_after = None if known else (_NAMED_AFTER_HEAD if context.lang == "en" else _NAMED_AFTER_HEAD_ID).search(text)
    if named_after is not None:  # "the London-based monitor Airwars", "the rights group Mwatana": its name
        return context.people.get(named_after.group(1).casefold(), Speaker(named_after.group(1)))
    if (_ORG & set(words) and capital) or known > 1 or _headed(words, context.lang):
        return Speaker(clean_label(text))
    if len(words) == 1 and text[:1].isupper():
        if named:  # "a resident named Ahmed": someone new, whoever else bears the name
            return context.people.get(words[0], Speaker(text))
        return context.person(words[0]) or Speaker(text)
    acronym = _ARTICLED_ACRONYM.fullmatch(text)
    if acronym is not None and acronym.group(1) not in _OFFICE_INITIALS:  # "The IOM said", "the SBU": a body by its
        return Speaker(acronym.group(1))  # initials, which the gazetteer lacks ("The PM" is a title: no body)
    articled = _ARTICLED_NAME.fullmatch(text)
    if articled is not None and articled.group(1).casefold() not in _NP and not is_document(text.casefold()):  # a
        return Speaker(articled.group(1))  # group known by one name the gazetteer lacks ("The Taliban said"; no report)
    return None


def _kind_and_voice(words: list[str]) -> bool:
    """A spokesperson named with the kind of body it speaks for ("a military spokesman", "juru bicara militer",
    "police spokeswoman"): someone the reporter heard, however unnamed; a bare "the spokeswoman" names nobody."""
    content = [w for w in words if w not in BARE and w not in QUANTIFIERS]
    return len(content) >= 2 and any(w in _VOICES for w in content) and any(institutions.has_head(w) for w in content)


_VOICES = frozenset(("spokesman", "spokeswoman", "spokesperson", "juru", "jubir"))
_ARTICLED_ACRONYM = re.compile(r"(?:[Tt]he)\s+([A-Z]{2,6})")
_ARTICLED_NAME = re.compile(r"(?:[Tt]he)\s+([A-Z][a-z][\w'’-]+)")
# A person's title written in initials: minted as a body it made an actor "PM" of no side (review31b).
_OFFICE_INITIALS = frozenset(("PM", "MP", "MPS", "CEO", "CFO", "COO", "DG", "SG", "VP", "FM", "DM", "GM", "MD", "CO",
                              "OC", "GOC", "CIC", "AG", "DA", "SP", "DIG", "IGP", "CM", "MLA", "MEP"))
