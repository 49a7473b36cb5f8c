"""Plain statements that take no position of their own (issue 13, round 17): words a speaker adds to what it said.

``positions.is_position`` decides whether a frame with no typed cue (no accusation, denial, call, truce or talks
word) is worth a statement claim.  This module holds the tests of round 17 it asks:

- **Words added to what was said** ("..., the ministry added", "X added that ...", "menambahkan bahwa ...",
  "..., tambahnya"): the verb itself says the speaker's claim was made before, in the article's earlier words; what
  it adds without a cue of its own (a detail, a colour, a judgement) restates or elaborates it, and the annotation
  takes a claim once, at its most explicit wording.  A typed cue in the added words (an accusation, a denial, a
  call, a toll) is its own claim still: this test is asked of plain statements only.

- **Bodies that record the harm, not the war** (a health ministry, a civil defence or emergency service, a news
  agency or outlet quoted by name): "the health ministry said an Israeli strike hit a house, killing five", "NNA
  reported strikes on the south" report a loss or an event, as the reporter's own words do; they accuse only with
  wrongdoing ("massacre", "violation of the truce", "targeted ambulances deliberately") or an accusing verb, as an
  international body does (``blame.attacked``).  The annotation types their plain strike-and-toll reports as
  casualties, never as blame.

- **Blame told as a habit** ("both sides regularly accuse each other of ...", "routinely deny it", "kerap saling
  menuduh", "In the past, they have maintained ... and accuse ..."): a generic description of how the parties talk,
  which the annotation leaves out (generic statements are out of scope), not a claim made at a time.  "Have
  repeatedly accused each other of attacks" is news of accusations made, and stays.

- **Safety advice to the public** ("urged residents to stay in shelters", "meminta penduduk untuk tetap di tempat
  perlindungan", "urged civilians to avoid those areas"): an official's warning to people under fire, not a call on a
  party to the war (the annotation's calls are on belligerents, mediators or the world to act).

- **The war's own course as background** ("X has been fighting there since May against the army", "telah
  berperang di sana sejak Mei", "At the start of the invasion, X said ...", "Pada awal invasi, ..."): how long the war
  has gone on, or words set at its outbreak, describe the war, not a position taken in the news.

- **People displaced, fleeing or sheltering** ("over 400,000 people have fled to neighbouring countries", "thousands
  of displaced families have sought shelter in the school", "mengusir 85 persen penduduk"): the war's humanitarian
  toll, which the annotation does not count (casualties are the dead and wounded), no position of a party.

- **A state's body telling its own side's action** ("Ukrainian troops shelled Russian positions, Ukraine's defence
  ministry said", "Pasukan X menembaki ..., kata Kementerian Pertahanan X"): a report of an operation, not blame;
  an accusation whose every accused party belongs to the speaker's own state is none (``own_doing``).

Each test is one anchored match on the frame's verb or the speaker's name (constant time), or one search of the
sentence (linear).
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.armies import state_of
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.evacuations import evacuation_order
from kb.extract.forces import is_armed
from kb.extract.frames import Frame
from kb.extract.needs import absent, needs
from kb.extract.speakers import Speaker

# Verbs that add to what the speaker said before ("added", "menambahkan", "tambahnya", "imbuhnya").
_ADDED = re.compile(
    r"(?:added|adds|adding|menambahkan|ditambahkan|tambahnya|imbuhnya|tambah\s+(?:dia|ia|nya))",
    re.IGNORECASE,
)


def adds_on(s: SentenceInput, frame: Frame) -> bool:
    """Whether the frame's verb adds to the speaker's earlier words ("..., the army added"): no position of its own."""
    verb = frame.verb_text or s.norm[frame.verb[0] : frame.verb[1]]
    return _ADDED.fullmatch(verb.strip()) is not None


# Bodies whose trade is counting the dead and the damage: health ministries, civil defence, rescue and emergency
# services ("Kementerian Kesehatan", "Pertahanan Sipil", "State Emergency Service"), and news agencies the gazetteer
# does not know ("the state news agency", "kantor berita resmi", "Badan Berita Nasional", "Army Radio").
_HARM_RECORDERS = re.compile(
    r"(?<![\w-])(?:health\s+ministry|ministry\s+of\s+(?:public\s+)?health|kementerian\s+kesehatan|kemenkes"
    r"|civil\s+defen[cs]e|pertahanan\s+sipil|emergency\s+services?|layanan\s+darurat|rescue\s+services?"
    r"|news\s+agency|kantor\s+berita|badan\s+berita|radio)(?![\w-])",
    re.IGNORECASE,
)
# Actor kinds of the press: a news agency or an outlet quoted as a source reports, it takes no side by reporting.
_PRESS = frozenset(("NewsAgency", "Outlet"))


def records_harm(speaker: Speaker) -> bool:
    """Whether the speaker is a body that records harm or news rather than a side's voice (a health ministry, a
    civil defence, a news agency): its plain report of a strike accuses nobody."""
    actor = speaker.actor
    if actor is not None and actor.kind in _PRESS:
        return True
    return bool(_HARM_RECORDERS.search(actor.label if actor is not None else speaker.label))


_HABIT = re.compile(
    r"(?<![\w-])(?:regularly|routinely|habitually|often|frequently|usually|typically|commonly|kerap(?:\s+kali)?"
    r"|sering(?:\s+kali)?|acap\s+kali|biasanya)\s+(?:(?:each|saling)\s+)?"
    r"(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|den(?:y|ies|ied|ying)|claim(?:s|ed|ing)?|trade[sd]?\s+accusations"
    r"|menuduh|menuding|menyalahkan|membantah|menyangkal|mengklaim|mengeklaim|tuduh(?:-menuduh)?)(?![\w-])"
    r"|^\s*(?:in\s+the\s+past|di\s+masa\s+lalu|pada\s+masa\s+lalu)\s*,",
    re.IGNORECASE,
)


_HABIT_NEEDS = needs(_HABIT)  # a sentence without these words is not scanned


def habitual(norm: str) -> bool:
    """Whether the sentence tells blame, denial or claims as a habit ("regularly accuse", "kerap saling menuduh",
    "In the past, ..."): a generic description, no claim."""
    return not absent(_HABIT_NEEDS, norm) and _HABIT.search(norm) is not None


_SHELTER = re.compile(
    r"(?<![\w-])(?:(?:stay|remain|take|seek|shelter|tinggal|tetap|berlindung|berada)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:shelters?|bunkers?|indoors|perlindungan(?:\s+bom)?|tempat\s+perlindungan|bomb\s+shelters?)"
    r"|avoid\s+(?:those|these|the|such)\s+(?:targets|sites|areas|places)|menjauhi\s+(?:sasaran|lokasi|area))(?![\w-])",
    re.IGNORECASE,
)


def shelter_advice(norm: str, scope: tuple[int, int]) -> bool:
    """Whether a call's words are safety advice to the public ("to stay in shelters", "tetap di tempat perlindungan",
    "to avoid those targets") or an order to leave (``evacuations``): no call on a party."""
    return _SHELTER.search(norm, *scope) is not None or evacuation_order(norm, scope)


_WAR_COURSE = re.compile(
    r"(?<!\w)(?:(?:telah|sudah)\s+(?:ber(?:perang|tempur))|(?:have|has|had)\s+been\s+(?:fighting|at\s+war))"
    r"(?![\w-])[^.;]{0,80}?(?<![\w-])(?:sejak|since)(?![\w-])"
    r"|^\s*(?:pada\s+awal|di\s+awal|at\s+the\s+(?:start|beginning|outset)\s+of|early\s+in)\s+(?:the\s+)?"
    r"(?:invasi|perang|konflik|invasion|war|conflict)(?![\w-])",
    re.IGNORECASE,
)


def war_course(norm: str) -> bool:
    """Whether the sentence tells the war's own course ("has been fighting there since May") or is set at its
    outbreak ("Pada awal invasi, ..."): background, no position."""
    return _WAR_COURSE.search(norm) is not None


_DISPLACED = re.compile(
    r"(?<![\w-])(?:have|has|had|were|was|been)\s+(?:[\w-]+\s+)?(?:fled|displaced|uprooted|sought\s+shelter|taken\s+"
    r"refuge)|(?:mengusir|mengungsikan)\s+(?:[\w-]+\s+){0,3}(?:penduduk|warga)(?![\w-])",
    re.IGNORECASE,
)


def displaced(norm: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the speaker's words tell people displaced, fleeing or sheltering ("have fled to ...", "mengusir 85
    persen penduduk"): the humanitarian toll, no position."""
    return any(_DISPLACED.search(norm, a, b) for a, b in spans)


def own_doing(draft: Draft, gazetteer: Gazetteer) -> bool:
    """Whether an accusation's every accused party is a force of the speaker's own state: its own side's action."""
    if draft.type != "accusation" or not draft.subject:
        return False
    home = state_of(draft.speaker.actor, gazetteer)
    if home is None:
        return False  # a militia, a rights group, an agency of no state: it may blame whom it likes
    names = [name.strip() for name in draft.subject.split(";") if name.strip()]
    if names and draft.speaker.actor is not None and is_armed(draft.speaker.actor) \
            and all(_BARE_FORCE.fullmatch(n) for n in names):
        return True  # an army's "the air forces struck ...": forces it names with no side are its own
    accused = [gazetteer.lookup(name) for name in names]
    # its forces, never the state itself: "the defence ministry" alone may have been read as the state it accuses
    return bool(accused) and all(a is not None and a.kind != "State" and (s := state_of(a, gazetteer)) is not None
                                 and s.iri == home.iri for a in accused)


# Forces named with no side ("air forces", "troops", "pasukan"): in an army's words, its own
_BARE_FORCE = re.compile(
    r"(?:the\s+)?(?:air\s+forces?|forces|troops|navy|ground\s+forces|fighter\s+jets|warplanes|aircraft"
    r"|angkatan\s+udara|pasukan|jet\s+tempur|pesawat\s+tempur)",
    re.IGNORECASE,
)


__all__ = ["adds_on", "displaced", "habitual", "own_doing", "records_harm", "shelter_advice", "war_course"]
