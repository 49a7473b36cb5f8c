"""When a cue word really makes a claim of its type.

A cue word is a hint, not a claim: "kontak senjata" is a firefight, not a contact; "the source, who
asked not to be named" makes no call; a ceasefire only named ("wants a ceasefire", "the ceasefire
zone") is no ceasefire claim, which needs an event (agreed, brokered, in force, broken, accepted)
near it or one of the phrases that are events themselves ("decided to cease fire", "halting
military operations").  A meeting under attack is no talks.  A blame cue negated ("was not behind"), withheld ("too
early to attribute it to X") or asked ("unclear who was behind the attack") blames nobody.

Whether a frame with no typed cue is a position at all (a plain statement) is decided in ``positions``.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.brokered import brokered_deal, brokers_a_deal, deal_to_halt
from kb.extract.channels import ANONYMITY
from kb.extract.conditionals import CONDITIONALS
from kb.extract.drafts import SentenceInput
from kb.extract.frames import Frame
from kb.extract.needs import absent, needs
from kb.extract.parties import compile_words, is_place
from kb.extract.type_guards import arms_laid_down, truce_as_modifier

_NOT_CUES = compile_words(lexicon.NOT_CUES)
_EVENTS = compile_words(lexicon.CEASEFIRE_EVENTS)
_ACTS = compile_words(lexicon.CEASEFIRE_ACTS)
_STANCES = compile_words(lexicon.CEASEFIRE_STANCES)
_PURPOSES = compile_words(lexicon.CEASEFIRE_PURPOSES)
_ATTACKS = compile_words((*lexicon.ATTACK_NOUNS, *lexicon.ATTACK_VERBS))
_CONDITION = compile_words(lexicon.CEASEFIRE_CONDITIONS)
_DESCRIBES = frozenset(lexicon.CEASEFIRE_ADJECTIVES)
_ANAPHOR = compile_words(lexicon.TRUCE_ANAPHORS)
_ANAPHOR_EVENTS = compile_words(lexicon.TRUCE_ANAPHOR_EVENTS)
_AMID = re.compile(  # "amid a fragile truce", "di tengah gencatan senjata yang rapuh": a truce named in passing
    r"(?<![\w-])(?:amid|amidst|in\s+the\s+midst\s+of|di\s+tengah(?:-tengah)?)\s+(?:[\w-]+\s+){0,2}$", re.I
)
NEGATED_VERB = re.compile(rf"(?:{'|'.join(map(re.escape, lexicon.NEGATIONS))})\s+(?:[\w-]+\s+)?$", re.I)
_NO_MEETING = re.compile(
    rf"(?<![\w-])(?:{'|'.join(map(re.escape, lexicon.NEGATIONS))})\s+(?:[\w-]+\s+)?"
    r"(?:bertemu|berunding|bernegosiasi|berbicara|met|meet|meeting|negotiated?|talked|spoken|in\s+contact)(?![\w-])",
    re.IGNORECASE,
)
_NEGATED_EVENT = re.compile(  # negated, failed, only a purpose ("alasan untuk memperpanjang", "in order to extend")
    # or only drafted ("a draft agreement", "rancangan perjanjian")
    rf"(?:{'|'.join(map(re.escape, lexicon.NEGATIONS))}|failed\s+to|fail\s+to|gagal|untuk|in\s+order\s+to"
    r"|draft|rancangan)"
    r"\s+(?:[\w-]+\s+)?$",
    re.I,
)
_SELF_EVENT = re.compile(  # pauses and cessations are arrangements by name: no event word needed
    r"(?:humanitarian\s+pause|pause\s+in\s+fighting|jeda\s+\w+|cessation\s+of\s+hostilities"
    r"|penghentian\s+permusuhan)",
    re.I,
)
# A ceasefire named only to date something: "since the truce took effect", "saat kedua pihak menandatangani
# kesepakatan gencatan senjata" (a time clause: no other clause starts between it and the ceasefire word)
_WHEN_CLAUSE = re.compile(
    r"(?<![\w-])(?:sejak|since|saat|ketika|when|after|following|setelah|menyusul|sebelum|before|until|hingga|sampai)"
    r"\s+[^,;.\"“”]{0,50}$",
    re.IGNORECASE,
)
_WHILE = re.compile(r"(?:saat|ketika|when|while)(?![\w-])", re.IGNORECASE)  # a clause of its own, no noun phrase
_DISCUSSED = re.compile(
    r"(?<![\w-])(?:discuss|discussed|discussing|negotiate|negotiated|negotiating|talks\s+on|negotiations\s+on|"
    r"membahas|membicarakan|merundingkan|perundingan|negosiasi|berunding\s+soal)\s+"
    # what is discussed of it: "discussing terms for a new ceasefire", "membahas syarat-syarat gencatan senjata"
    r"(?:(?:the\s+)?(?:terms|details|conditions|ways|prospects|syarat(?:-syarat)?|rincian)\s+(?:for|of|on|to)?\s*)?"
    r"(?:(?:a|an|the|possible|kemungkinan|soal|tentang|mengenai)\s+)*(?:[\w-]+\s+)?$",
    re.I,
)
# Work towards a truce not yet made: "efforts to reach a new ceasefire", "a push for a truce", "upaya mencapai gencatan
# senjata": talks about one, no ceasefire claim (the talks cue, if any, types the sentence)
_SOUGHT = re.compile(
    r"(?<![\w-])(?:efforts?|bid|push|attempts?|drive|upaya|usaha)\s+(?:to\s+(?:reach|secure|achieve|broker|agree"
    r"(?:\s+on)?|restore|revive|clinch|finali[sz]e)|for|towards?|untuk\s+(?:mencapai|mewujudkan|menyepakati)|mencapai"
    r"|mewujudkan)\s+(?:(?:a|an|the|new|lasting|permanent|possible|sebuah)\s+)*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_URGED = re.compile(  # a call governs the truce word: "urged X to agree a ceasefire", "mendesak X menyepakati"
    r"(?<![\w-])(?:urged|urging|urges|urge|called\s+on|calls\s+on|calling\s+on|pressed|pressing|appealed\s+to"
    r"|mendesak|menyerukan|mengimbau|meminta)\s+[^.;:\"“”]{0,70}?(?<![\w-])(?:to|agar|untuk|supaya)"
    r"(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
_DETERRED = re.compile(
    r"(?<![\w-])(?:deter|deters|deterred|deterring|prevent|prevents|preventing|mencegah|menangkal|mencegahnya)"
    r"\s+(?:(?:any|further|future|possible|new|setiap|segala|kemungkinan|lebih\s+lanjut)\s+)*$",
    re.IGNORECASE,
)
# a charge withheld, told as the blame not (yet) laid: "too early to attribute the strike to X", "refused to blame
# anyone", "terlalu dini untuk menuding X": no accusation, as "did not blame" is none (``NEGATED_VERB``)
_WITHHELD = re.compile(
    r"(?<![\w-])(?:(?:too\s+(?:early|soon)|premature|refused|refuses|refusing|declined|declines|declining)\s+to"
    r"|terlalu\s+(?:dini|cepat)\s+untuk|menolak\s+untuk|enggan)\s+$",
    re.IGNORECASE,
)
# who did it asked, not told: "it was unclear who was behind the attack", "did not know who was to blame", "belum
# diketahui siapa yang berada di balik serangan itu": nobody is blamed (a relative "the group who was behind" names one)
_ASKED_WHO = re.compile(
    r"(?<![\w-])(?:unclear|clear|know|knows|known|determine|determined|establish|established|ask|asked|asking"
    r"|investigating|identify|identified|tahu|diketahui|jelas|menyelidiki|memastikan|mengetahui)\s+"
    r"(?:who|whoever|siapa)(?:\s+yang)?\s+(?:(?:was|is|were|are)\s+)?(?:to\s+)?$",
    re.IGNORECASE,
)
_PARTICIPLE_AFTER = re.compile(r"\s+by(?![\w-])", re.I)
_PARTICIPLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an)\s+$", re.I)
_MEETING = re.compile(r"(?<![\w-])(?:meeting|meetings|pertemuan|gathering)(?![\w-])", re.I)
_CONTACT = re.compile(  # words of contact that are talks only between parties (``_between_parties``)
    r"(?:meeting|meetings|pertemuan|gathering|met|met\s+with|meet\s+with|bertemu|participate|participation"
    r"|berpartisipasi|keikutsertaan|menelepon|melalui\s+telepon|lewat\s+telepon|by\s+phone|contacts|kontak"
    r"|in\s+contact)",
    re.I,
)
_PARTICIPANTS = re.compile(
    r"(?<![\w-])(?:both\s+sides|the\s+two\s+sides|kedua\s+(?:belah\s+)?pihak|leaders?|pemimpin|presidents?|presiden"
    r"|ministers?|menteri|envoys?|utusan|delegations?|delegasi|diplomats?|diplomat|negotiators?|mediators?"
    r"|foreign\s+secretary|secretary\s+of\s+state|prime\s+minister|perdana\s+menteri)(?![\w-])",
    re.I,
)
_OWN_ADDRESSEE = re.compile(
    r"[\s,]*(?:(?:pada|on|in|at|earlier|awal|bulan|this|last|week|month|[\w-]+ber|[\d/()]+)\s+){0,4}"
    r"(?:agar|supaya|untuk|that)?\s*(?:the|para|its|his|her|our)?\s*(?:top\s+|komando\s+|pimpinan\s+|high\s+)?"
    r"(?:militer|tentara|pasukan|army|military|troops|forces|command|cabinet|kabinet|government|pemerintah)"
    r"(?:nya)?\s+[a-z]",  # a verb follows: "the army to prepare", "komando militer meninjau"
)
EVENT_WINDOW = 70
"""Characters either side of a ceasefire word searched for the event that makes it a claim."""


_ACTS_NEEDS = needs(_ACTS)  # a sentence without these words is not scanned


def ceasefire_acts(s: SentenceInput, span: tuple[int, int]) -> bool:
    """Phrases that are a ceasefire claim by themselves ("decided to cease fire"), and a document signed or agreed to
    end the fighting ("signed a statement to end the war", "menandatangani perjanjian untuk mengakhiri
    pertempuran"): the truce by its purpose (not "urged them to end the war", nothing signed)."""
    acts = not absent(_ACTS_NEEDS, s.norm, *span) and _ACTS.search(s.norm, *span)
    if acts or _SIGNED_TO_END.search(s.norm, *span) or brokered_deal(s.norm, *span) \
            or deal_to_halt(s.norm, *span):
        return True
    down = arms_laid_down(s.norm, span)  # "agreed to lay down their weapons", not "hours after X agreed to surrender"
    return down is not None and not _WHEN_CLAUSE.search(s.norm, max(0, down - 60), down)


_SIGNED_TO_END = re.compile(
    r"(?<![\w-])(?:signed|signs|signing|menandatangani|ditandatangani|penandatanganan|meneken|diteken)\s+"
    r"[^.;:\"“”]{0,80}?(?<![\w-])(?:to\s+end|ending|untuk\s+mengakhiri|guna\s+mengakhiri|yang\s+mengakhiri"
    r"|mengakhiri)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?"
    r"(?:war|fighting|hostilities|conflict|perang|pertempuran|permusuhan|konflik)(?![\w-])",
    re.IGNORECASE,
)


# A clause opened by a conditional up to the truce word ("... if Hezbollah violated the truce", "jika gencatan senjata
# dilanggar"): what would follow a truce's breach, said before any (``conditionals``; "once" is a time as often)
_IF_CLAUSE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(CONDITIONALS - {'once'}))})\s[^,.;:\"“”]*$", re.IGNORECASE
)


# "will stop its attacks once a ceasefire is reached": "once" after a future is the condition of a promise
_ONCE_AFTER_WILL = re.compile(r"(?<![\w-])(?:will|would)\s[^,.;:\"“”]*?(?<![\w-])once\s(?!again|more)[^,.;:\"“”]*$",
                              re.IGNORECASE)  # never "will once again observe a truce"


# "Besides the truce, ...", "Selain gencatan senjata, ...": what a sentence adds to, named as already told
_BESIDES = re.compile(
    r"(?:^|[,;:]\s*|\s)(?:selain|besides|in\s+addition\s+to|apart\s+from|aside\s+from)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def real_cue(s: SentenceInput, kind: str, match: re.Match[str], quoted: bool = False, floor: int = 0) -> bool:
    """Whether a cue word found for ``kind`` makes a claim of that kind here.

    ``quoted``: the words are a speaker's.  A ceasefire needs an event near it (agreed, in force,
    broken); the reporter's own words name one in passing far more often (background, "despite the
    truce").  A speaker also takes a position on one when it backs, welcomes or rejects it, but a
    ceasefire only named in its words ("doubts Putin wants a ceasefire") is no claim, and neither
    are its words (from ``floor``) that only date something by one ("berakhir saat kedua pihak
    menandatangani kesepakatan gencatan senjata").
    """
    lo, hi = max(0, match.start() - 30), min(len(s.norm), match.end() + 30)
    if any(n.start() <= match.start() < n.end() for n in _NOT_CUES.finditer(s.norm, lo, hi)):
        return False
    when = _WHEN_CLAUSE.search(s.norm, max(0, match.start() - 60), match.start())
    if kind in ("ceasefire", "talks") and when and (not quoted or when.start() >= floor) and (
            kind == "ceasefire" or _WHILE.match(when.group(0))):
        return False  # the reporter's "sejak gencatan senjata mulai berlaku", "saat X bertemu Putin": a time (but
        # "announced after ten hours of talks" tells of the talks)
    if kind == "accusation" and _no_blame(s.norm, match):
        return False
    if kind == "ceasefire" and (_DISCUSSED.search(s.norm, max(0, match.start() - 40), match.start())
                                or sought(s.norm, match.start())):
        return False  # "met to discuss a humanitarian ceasefire", "efforts to reach a truce": talks about one
    if kind == "ceasefire" and _URGED.search(s.norm, max(0, match.start() - 80), match.start()):
        return False  # "envoys pressed the two sides to sign a truce": a call, no truce made
    if kind in ("ceasefire", "talks") and _BESIDES.search(s.norm, max(0, match.start() - 40), match.start()):
        return False  # "Selain gencatan senjata, kedua pihak sepakat memulai pembahasan ...": the given, not the news
    if kind == "ceasefire" and (_IF_CLAUSE.search(s.norm, max(0, match.start() - 60), match.start())
                                or _ONCE_AFTER_WILL.search(s.norm, max(0, match.start() - 90), match.start())):
        return False  # "threatened to push deeper if the truce collapsed": the condition of a threat, no truce event
    if kind == "ceasefire" and truce_as_modifier(s.norm, match.start(), match.end()):
        return False  # "the collapse of ceasefire talks", "pembahasan gencatan senjata": what talks are about
    if kind == "ceasefire" and not _SELF_EVENT.fullmatch(match.group(0)):
        return _truce_event(s, match, quoted)
    if kind == "call" and NEGATED_VERB.search(s.norm, max(0, match.start() - 16), match.start()):
        return False  # "we cannot call on the rescuers", "tidak meminta bantuan": nothing asked of anyone
    if kind == "call" and (
        _PARTICIPLE_AFTER.match(s.norm, match.end()) or _PARTICIPLE_BEFORE.search(s.norm, lo, match.start())
    ):
        return False  # "a ceasefire proposed by Russia", "the proposed negotiations": no call
    if kind == "talks" and _MEETING.fullmatch(match.group(0)) and \
            _ATTACKS.search(s.norm, max(0, match.start() - 45), match.start()):
        return False  # "an air strike on a meeting": the meeting is a target
    if kind == "talks" and (NEGATED_VERB.search(s.norm, max(0, match.start() - 20), match.start())
                            or _NO_MEETING.search(s.norm)):
        return False  # "has not been in contact with", "tidak pernah bertemu delegasi X": no talks were held
    if kind == "talks" and brokers_a_deal(s.norm, match.start()):
        return False  # "the peace deal mediated by Russia": the truce made, typed a ceasefire (``brokered``)
    if kind == "talks" and _CONTACT.fullmatch(match.group(0)):
        return _between_parties(s)
    return True


def _no_blame(norm: str, match: re.Match[str]) -> bool:
    """Whether the words before an accusation cue take the blame back: negated, withheld, asked as a question or
    turned into a purpose against any attack."""
    if NEGATED_VERB.search(norm, max(0, match.start() - 16), match.start()):
        return True  # "tidak berada di balik serangan itu", "was not behind": a disavowal, no blame
    if _WITHHELD.search(norm, max(0, match.start() - 24), match.start()):
        return True  # "too early to attribute it to X": the blame withheld
    if _ASKED_WHO.search(norm, max(0, match.start() - 40), match.start()):
        return True  # "unclear who was behind the attack": a question
    if _FOUGHT_SOMETHING.match(norm, match.end()) and match.group(0).casefold() == "started fighting":
        return True  # "started fighting the fire", "started fighting back": a thing fought, no war started
    # "to deter aggression", "mencegah provokasi": a purpose against any, nobody blamed
    return bool(_DETERRED.search(norm, max(0, match.start() - 24), match.start()))


_FOUGHT_SOMETHING = re.compile(r"\s+(?:the|a|an|its|their|his|her|back|for|over|off|fires?)(?![\w-])", re.IGNORECASE)


def _truce_event(s: SentenceInput, match: re.Match[str], quoted: bool) -> bool:
    """Whether a ceasefire word makes a ceasefire claim: an event near it that is not negated (agreed, in force,
    broken; not a fragile truce named "amid" other news), or in a speaker's words a stance on it or its purpose,
    unless the speaker only sets a condition on one."""
    lo, hi = max(0, match.start() - EVENT_WINDOW), min(len(s.norm), match.end() + EVENT_WINDOW)
    if quoted and _CONDITION.search(s.norm, match.end(), hi):
        return False  # "would accept a ceasefire only if ...": a condition the speaker sets, a statement
    if quoted and (_STANCES.search(s.norm, lo, hi) or _PURPOSES.search(s.norm, lo, hi)):
        return True
    amid = bool(_AMID.search(s.norm, max(0, match.start() - 30), match.start()))
    return any(  # "kedua pihak tak sepakat ...", "failed to agree": negotiations, no ceasefire
        not _NEGATED_EVENT.search(s.norm, max(0, e.start() - 16), e.start())
        and not (amid and e.group(0).casefold() in _DESCRIBES)  # "amid a fragile truce": in passing
        for e in _EVENTS.finditer(s.norm, lo, hi)
    )


def sought(norm: str, start: int) -> bool:
    """Whether the truce word at ``start`` is what efforts work towards (``_SOUGHT``)."""
    return _SOUGHT.search(norm, max(0, start - 50), start) is not None


def _between_parties(s: SentenceInput) -> bool:
    """A meeting, a call or taking part is talks only between parties: the sentence names one the gazetteer
    knows (not as a place), or leaders, envoys, delegations or "both sides".  "Farmers were at a meeting in the
    hall", "students met in the library", "my brother reached me by phone" are none."""
    return bool(_PARTICIPANTS.search(s.norm)) or any(
        m.actor is not None and m.actor.kind not in ("NewsAgency", "Outlet") and not is_place(s.norm, m)
        for m in s.mentions
    )


def truce_again(s: SentenceInput, span: tuple[int, int]) -> bool:
    """ "the agreement", "kesepakatan itu" in a speaker's words, in an article that has named a ceasefire, with
    an event of its own ("confirmed it had reached an agreement", "Kesepakatan itu diumumkan ..."): that truce."""
    if not s.around.truce_named:
        return False
    for match in _ANAPHOR.finditer(s.norm, *span):
        if _IF_CLAUSE.search(s.norm, max(0, match.start() - 60), match.start()):
            continue  # "if the agreement were broken": a condition, no event of it
        lo, hi = max(0, match.start() - EVENT_WINDOW), min(len(s.norm), match.end() + EVENT_WINDOW)
        if any(
            not _NEGATED_EVENT.search(s.norm, max(0, e.start() - 16), e.start())
            for e in _ANAPHOR_EVENTS.finditer(s.norm, lo, hi)
        ):
            return True
    return False


# a negation right before a passive verb of blame ("was not blamed by", "tidak dituduh oleh", "was never accused by")
_NOT_BEFORE = re.compile(r"(?<![\w-])(?:not|never|tidak|tak|bukan|belum)\s+(?:(?:been|being|pernah)\s+)?$",
                         re.IGNORECASE)


def inert_verb(s: SentenceInput, frame: Frame) -> bool:
    """A typed verb that is no speech act: inside a set phrase ("meminta anonimitas", "asked not to be
    named"), or a participle ("a ceasefire proposed by Russia", "the proposed negotiations")."""
    lo, hi = max(0, frame.verb[0] - 10), min(len(s.norm), frame.verb[1] + 40)
    if any(n.start() <= frame.verb[0] < n.end() for n in _NOT_CUES.finditer(s.norm, lo, hi)):
        return True
    if frame.hint == "accusation" and frame.verb_text.endswith((" by", " oleh")) and _NOT_BEFORE.search(
            s.norm, max(0, frame.verb[0] - 24), frame.verb[0]):
        return True  # "tidak disalahkan oleh X", "was not blamed by X": the agent blames nobody
    anonymity = ANONYMITY.search(s.norm, max(0, frame.verb[0] - 12), hi)
    if anonymity is not None and anonymity.start() <= frame.verb[0]:
        return True  # "yang meminta untuk tidak disebutkan namanya": how the source spoke, no call
    return bool(frame.hint) and frame.kind == "verb" and bool(
        _PARTICIPLE_AFTER.match(s.norm, frame.verb[1]) or _PARTICIPLE_BEFORE.search(s.norm, lo, frame.verb[0])
    )


def to_own_forces(s: SentenceInput, scope: tuple[int, int]) -> bool:
    """Whether a call naming no party is addressed to the speaker's own forces or government ("asked the
    army to prepare", "meminta agar komando militer meninjau"): an order at home, not a call on the parties."""
    return bool(_OWN_ADDRESSEE.match(s.norm, scope[0], min(scope[1], scope[0] + 60)))
