"""Whom an attack in a sentence blames, beyond an accusing verb (issue 13, round 4).

Why a module of its own: three rules decide together whether words that report an attack accuse.
A casualty figure's cause ("killed in Israeli strikes, the ministry said") belongs to the casualty
claim, as the annotators typed it, but a coordinated clause of its own ("..., and used detainees as
human shields", "..., dan RSF menjarah ...") still accuses.  An attack that names no attacker ("has
again been shelled", a quoted "they bombed ...") reported by one side of a two-sided article blames
the other main side.  Every search is bounded by the sentence, so the cost stays linear.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract import lexicon
from kb.extract.attacks import Attack, find_attacks
from kb.extract.charges import charged
from kb.extract.counting_bodies import counts_dead, press
from kb.extract.drafts import SentenceInput
from kb.extract.headed import party_agent, party_headed
from kb.extract.no_side import neutral
from kb.extract.parties import attacker_in, compile_words
from kb.extract.speakers import Speaker, side_label, speaker_side
from kb.extract.stance_gates import records_harm
from kb.extract.unpinned import quoted_they_attacks, unpinned_attacks, unpinned_strikes

_COORDINATED = re.compile(r";|,\s*(?:and|dan|while|sementara|whereas|sedangkan)(?![\w-])", re.IGNORECASE)
# where an attack verb's own clause ends: a comma, a time word, or a relative clause telling what it did ("launched an
# attack overnight that wounded three", "melancarkan serangan yang melukai tiga tentara": session 21)
_VERB_CLAUSE = re.compile(
    r"[,;]|(?<![\w-])(?:when|as|after|ketika|saat|setelah|which|that|yang)(?![\w-])", re.IGNORECASE
)
_HARMED = compile_words((*lexicon.KILLED, *lexicon.WOUNDED, "korban", "casualties", "victims", "toll"))
# A ceasefire the attack broke, by name: "the deadliest violation of the truce", "in breach of the cease-fire",
# "pelanggaran terbesar gencatan senjata".  Only these nouns: a concessive "despite a ceasefire" was tried and
# dropped (it cost whole-dev precision), and "since the truce began" dates an attack and blames nobody.
_TRUCE_BROKEN = re.compile(
    r"(?<![\w-])(?:violations?|breach(?:es)?|pelanggaran)[\"”’']?\s+(?:[\w-]+[\"”’']?\s+){0,2}?(?:of\s+)?"
    r"(?:the\s+|a\s+)?(?:(?:humanitarian|temporary|fragile|current|new|latest)\s+)?"
    r"(?:cease-?fire|truce|gencatan\s+senjata)",
    re.IGNORECASE,
)
# the same with the truce named as "the agreement" once the article has named one ("Israel's violations of the
# agreement", "pelanggaran Israel terhadap perjanjian tersebut"): ``ArticleParties.truce_named`` says it is that truce
_DEAL_BROKEN = re.compile(
    r"(?<![\w-])(?:violations?|breach(?:es)?|pelanggaran)\s+(?:[\w-]+\s+){0,2}?(?:of\s+|terhadap\s+|atas\s+)?"
    r"(?:the\s+)?(?:agreement|deal|perjanjian|kesepakatan)(?![\w-])",
    re.IGNORECASE,
)

# "160 ceasefire violations", "a violation of the truce" named by a speaker: a broken truce someone is blamed for.
_TRUCE_VIOLATION = re.compile(
    rf"{_TRUCE_BROKEN.pattern}|(?<![\w-])(?:cease-?fire|truce)\s+(?:violations?|breach(?:es)?)(?![\w-])",
    re.IGNORECASE,
)


# one attack called a violation, the attack the copula's subject: "the strike was a flagrant violation of the truce",
# "serangan itu merupakan pelanggaran gencatan senjata".  An attack named anywhere else in the sentence is not
# enough: "recorded 12 violations of the ceasefire, including the strike on Khiam" counts violations (a monitor's
# news).  Each gap is a bounded run of whole words, so the cost stays linear in the sentence.
_ATTACK_NAMES = "|".join(map(re.escape, (*lexicon.ATTACK_NOUNS, "incident", "insiden", "kejadian")))
_ONE_ATTACK = re.compile(
    rf"(?<![\w-])(?:the|this|that|its)\s+(?:[\w-]+\s+)?(?:{_ATTACK_NAMES})(?![\w-])(?:\s+[^\s.;,]+){{0,6}}?"
    r"\s+(?:was|is|were|are|constituted|constitutes|amounted\s+to|amounts\s+to)\s+(?:(?:a|an|another|yet)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:violation|breach)(?![\w-])"
    r"|(?<![\w-])(?:serangan|insiden|kejadian)\s+(?:[\w-]+\s+)?(?:itu|ini|tersebut)\s+(?:merupakan|adalah|sebagai)"
    r"\s+(?:[\w-]+\s+){0,2}?pelanggaran(?![\w-])",
    re.IGNORECASE,
)


# one attack named a violation by the speaker: "called the strike a \"blatant violation\" of the truce", "described it
# as a grave breach", "menyebut serangan itu sebagai pelanggaran", "menyebutnya sebagai \"pelanggaran mencolok\"": a
# charge laid on whoever struck, as the copula's form above is, by any speaker but a body of no side.
_NAMING = (r"(?:called|calling|calls|call|described|describing|describes|termed|terming|branded|branding|labell?ed"
           r"|denounced|denouncing|condemned|condemning)")
# The attack's noun phrase is read up to "a"/"as": "the drone strike on Stepanakert", "Sunday's drone strike", "the
# shelling of the town"; each run is a bounded count of whole words, so the cost stays linear.
_NOT_ARTICLE = r"(?!(?:a|an|as|another|yet)\s)"
_NAMED_VIOLATION = re.compile(
    rf"(?<![\w-]){_NAMING}\s+(?:it|this|that|(?:the|this|that|its|their|his|her|[\w-]+['’]s)\s+"
    rf"(?:{_NOT_ARTICLE}[\w-]+\s+){{0,3}}?(?:{_ATTACK_NAMES})(?![\w-])(?P<target>(?:\s+{_NOT_ARTICLE}[\w-]+){{0,4}}?))"
    r"\s+(?:as\s+)?(?:(?:a|an|another|yet)\s+)?[\"“”']?(?:[\w-]+\s+){0,2}?[\"“”']?(?:violation|breach)(?![\w-])"
    r"|(?<![\w-])(?:menyebut(?:nya)?|menilai(?:nya)?|menggambarkan(?:nya)?|mengecam(?:nya)?)"
    r"(?:\s+(?:serangan|insiden|kejadian)(?:\s+[\w-]+)?\s+(?:itu|ini|tersebut))?"
    r"\s+(?:sebagai\s+)?[\"“”']?(?:[\w-]+\s+){0,2}?[\"“”']?pelanggaran(?![\w-])",
    re.IGNORECASE,
)


def names_violation(norm: str, span: tuple[int, int]) -> bool:
    """Whether a speaker names one attack a violation in ``span`` ("called the artillery attack a breach of the
    truce"): its accused is a party, never the attack's own words."""
    return _NAMED_VIOLATION.search(norm, max(0, span[0] - 16), span[1]) is not None


def struck_target(norm: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """Where the words after the attack noun of a violation named by a speaker lie ("called the shelling of
    Stepanakert a violation"): a party named there was struck, it did not strike.  None without such words."""
    named = _NAMED_VIOLATION.search(norm, max(0, span[0] - 16), span[1])
    if named is None or named.group("target") is None or not named.group("target"):
        return None
    return named.span("target")


def truce_violated(s: SentenceInput, span: tuple[int, int], speaker: Speaker) -> bool:
    """Whether a speaker with a side speaks of the truce broken ("we recorded 160 ceasefire violations", "This is a
    bold violation of the ceasefire"): it blames the other side, an accusation, not news of a ceasefire.  A speaker
    who is none of the article's two sides reporting violations (a mediator's or the UN's count, the reporter) tells
    of the truce; one of them but an international body or a recorder of the dead calling one attack a violation
    ("Egypt said the strike was a violation of the truce") blames whoever struck."""
    side = speaker_side(speaker, s.gazetteer)
    if _TRUCE_VIOLATION.search(s.norm, *span) is None:
        return False
    if _NAMED_VIOLATION.search(s.norm, max(0, span[0] - 16), span[1]) is not None:  # from the naming verb
        return not international_body(speaker, s.gazetteer)  # a charge beyond the strike, whoever counts the dead
    if side is None:
        return False
    if side in s.around.main[:2]:
        return True
    # a party named less than the two main sides ("Lebanon's State Security" in a story of Israel and Hezbollah),
    # or in an article too short to have two, calling one attack a violation ("said the strike was a flagrant
    # violation of the truce"): blame; a count of violations ("reported one violation") is a monitor's news
    return (not international_body(speaker, s.gazetteer) and not records_harm(speaker)
            and _ONE_ATTACK.search(s.norm, *span) is not None)


def attacked(
    s: SentenceInput, spans: list[tuple[int, int]], speaker: Speaker | None, own: set[str], toll: bool
) -> bool:
    """An attack pinned on another party: by a speaker, any; in the reporter's own words, wrongdoing only.

    With a figure (``toll``) the attacks in the clause of the dead or wounded are its cause, unless the
    party itself did them, as the verb's subject or the passive's agent ("Israel killed ten", "killed by
    Azerbaijani forces", ``headed``; never "an Israeli strike killed ten").  Without
    one, a speaker's "died as a result of Israeli strikes" is still a loss reported, not an accusation,
    unless it names the killer ("dibunuh oleh rudal AS") or the act is wrongdoing.
    """
    counts = speaker is not None and counts_dead(s.norm, speaker)  # health ministries, civil defence, medics
    records = speaker is not None and (records_harm(speaker) or counts)
    neutral = speaker is not None and (international_body(speaker, s.gazetteer) or records)
    for span in spans:
        attacks = find_attacks(s.norm, span, s.mentions, s.gazetteer, own)
        if (_TRUCE_BROKEN.search(s.norm, *span) or (s.around.truce_named and _DEAL_BROKEN.search(s.norm, *span))) \
                and any(a.mention is not None for a in attacks):
            return True  # a named party's attack that broke a ceasefire: a violation, toll or not, whoever tells it
        if speaker is None or neutral:  # the reporter, or a UN body counting strikes: wrongdoing only
            if any(a.wrongdoing for a in attacks if not (toll and _in_toll_clause(s.norm, span, a.start, a.verb))):
                return True
            if toll and any(charged(s.norm, span, a.start) or (speaker is not None and _crime_charge(s.norm, a))
                            for a in attacks):
                return True  # "targeting civilians in a tent, killing 11": a charge beyond the toll's cause
            if counts and any(a.mention is not None and charged(s.norm, span, a.start) for a in attacks):
                return True  # civil defence's "an Israeli drone targeted a family's home", medics' "the RSF shelled
                # densely populated areas": the charge, toll or not
                # (a news agency's plain report of it stays no claim: ``test_extract_types17``)
            did_it = any(party_headed(s.norm, a) or party_agent(s.norm, a) for a in attacks)
            if records and toll and not counts and did_it:
                return True  # a news agency's "Houthis launched a missile, killing": the party did it (not a count)
            if records and not toll and not counts and speaker is not None and press(speaker) \
                    and any(a.mention for a in attacks):
                return True  # a side's news agency telling a named party's strike, no toll: "NNA said Israeli forces
            continue  # fired two shells at the town" (a toll's cause stays the casualty's)
        attacks = [
            a
            for a in attacks
            if not _in_toll_clause(s.norm, span, a.start, a.verb)
            or (not toll and (a.wrongdoing or a.by_agent or a.verb))  # no figure: "troops went in, killing men"
            or (toll and charged(s.norm, span, a.start))  # "a drone of the RSF targeted a house, killing three"
            or (a.crime and a.mention is not None and (not toll or _CRIMES.match(s.norm, a.start)))  # "pembantaian
            # yang dilakukan oleh RSF menyebabkan ... tewas"; not "tewas ... melarikan diri dari pengepungan RSF"
            or (toll and party_headed(s.norm, a))  # "Azerbaijani troops killed two civilians": the party did it
            or (toll and party_agent(s.norm, a))  # "killed by Azerbaijani forces"
        ]
        if (
            attacks
            or against_other_side(s, span, speaker, True)
            or any(attacker_in(s.norm, piece, s.mentions, s.gazetteer, own) for piece in _clauses(s.norm, span, True))
        ):
            return True
    return False


_CRIMES = compile_words(lexicon.CRIME_NOUNS)  # crimes by name: a siege or looting is a wrong, not a massacre
# a wrong told as the time a toll counts from ("since the RSF siege began", "sejak pengepungan"): a date, no charge
_SINCE = re.compile(r"(?<![\w-])(?:since|sejak)\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _crime_charge(norm: str, attack: Attack) -> bool:
    """Whether a counting body's toll names a crime as its cause ("killed in a massacre committed by the
    occupation"): the session-18 convention counts a massacre or crime as a charge beyond the strike, so it
    accuses, where a plain strike, or a siege the dead fled, stays the casualty's cause.  A crime told as when the
    count began is a date."""
    return bool(_CRIMES.match(norm, attack.start)) and not _SINCE.search(norm, max(0, attack.start - 40), attack.start)


# A speaker's own strike answered to another party's: "said it fired rockets in response to aggression by X",
# "mengatakan telah menargetkan pangkalan X sebagai tanggapan atas serangan musuh".
_RESPONSE = re.compile(
    r"(?<![\w-])(?:in\s+response\s+to|in\s+retaliation\s+(?:for|against)|as\s+retaliation\s+for"
    r"|(?:sebagai\s+)?(?:tanggapan|balasan|pembalasan|respons)\s+(?:atas|terhadap))(?![\w-])",
    re.IGNORECASE,
)
_OWN_STRIKE = compile_words((*lexicon.ATTACK_CUES, *lexicon.LAUNCH_VERBS))


def answered_strike(norm: str, span: tuple[int, int]) -> int | None:
    """Where the cause begins when ``span`` tells a strike given as the answer to another's ("it fired rockets
    in response to ..."): the annotation gives such words two claims, the speaker's own operation (a statement)
    and the blame it lays (an accusation).  None when no strike stands before a response phrase."""
    cue = _RESPONSE.search(norm, *span)
    if cue is None or _OWN_STRIKE.search(norm, span[0], cue.start()) is None:
        return None
    return cue.end()


# Bodies of the international order that count and report the war's strikes without taking a side (the UN and its
# agencies and officials, the Red Cross, rights watchdogs): their plain count ("the military carried out 300 air
# strikes last year, the UN said") is a record, not a blame; their wrongdoing words ("condemned", "attacks on
# civilians", "siege") still accuse.  Which bodies: the gazetteer's ``ckb:neutral`` (``no_side``).
def international_body(speaker: Speaker, gazetteer: Gazetteer) -> bool:
    """Whether the speaker is, or speaks for, a body of no side (the gazetteer marks it ``ckb:neutral``)."""
    return neutral(speaker.actor, gazetteer)


def _clauses(norm: str, span: tuple[int, int], toll: bool) -> list[tuple[int, int]]:
    """``span`` whole, or with a toll only its coordinated clauses that tell of no dead or wounded."""
    if not toll:
        return [span]
    cuts = [span[0], *(x for c in _COORDINATED.finditer(norm, *span) for x in (c.start(), c.end())), span[1]]
    pieces = list(zip(cuts[::2], cuts[1::2], strict=True))
    return [p for p in pieces if not _HARMED.search(norm, *p)]


# an agentless attack inside a relative clause that identifies its noun ("the commander whose house was hit was ...",
# "komandan yang rumahnya diserang adalah ..."): who was hit, not a strike the speaker tells (session 34, batch 25)
_IDENTIFYING = re.compile(
    r"(?<![\w-])(?:whose|yang)\s+(?:[\w'-]+\s+){0,2}?(?:[\w'-]+nya\s+|(?:was|were|had\s+been|has\s+been)\s+)$",
    re.IGNORECASE,
)


def against_other_side(s: SentenceInput, span: tuple[int, int], speaker: Speaker, toll: bool) -> str | None:
    """The other main side, when one side reports an attack that names no attacker ("has again been
    shelled", "“they bombed ...”"): a belligerent speaking of an attack on it blames its enemy."""
    side = speaker_side(speaker, s.gazetteer) or _side_beside(s, span)
    struck = unpinned_strikes(s.norm, span, s.mentions)
    they = quoted_they_attacks(s.norm, span)  # "“They killed our children”": the killer, quoted as "they"
    hits = (unpinned_attacks(s.norm, span) if side is not None else they) + struck
    hits = [at for at in hits if not _IDENTIFYING.search(s.norm, max(0, at - 40), at)]
    if not hits:
        return None
    if side is None:  # a witness, a local official telling a weapon strike: the article's attacker's
        opponent = _striker_not(s, None) if speaker.actor is None and not speaker.members else None
    else:
        opponent = s.around.opponent(side) or _target_opponent(s, span) or _striker_not(s, side)
    if opponent is None:
        return None
    if toll:  # a quoted "they killed" is the killer named as the subject, not a toll's cause (``party_headed``)
        hits = [at for at in hits if at in they or not _in_toll_clause(s.norm, span, at)]
    return opponent if hits else None


def _striker_not(s: SentenceInput, side: str | None) -> str | None:
    """Who the article has said struck, when that is not the speaker's side: the enemy of a side the article
    names alone ("Zelensky said the strike hit a block of flats" in a report naming only Ukraine as a party)."""
    striker = s.around.striker(s.gazetteer)
    if striker is None:
        return None
    actor = s.gazetteer.lookup(striker)
    return None if (side_label(actor, s.gazetteer) if actor is not None else striker) == side else striker


def _side_beside(s: SentenceInput, span: tuple[int, int]) -> str | None:
    """A speaker the gazetteer cannot place ("kata Lway Yay Oo dari TNLA") speaks for the one main side
    the sentence names outside the words it is credited with."""
    outside = {
        side_label(m.actor, s.gazetteer)
        for m in s.mentions
        if m.actor is not None and (m.end <= span[0] or m.start >= span[1])
    }
    beside = [label for label in s.around.main[:2] if label in outside]
    return beside[0] if len(beside) == 1 else None


def _target_opponent(s: SentenceInput, span: tuple[int, int]) -> str | None:
    """An ally of a main side ("Armenia" in a war of Azerbaijan and Karabakh) reporting that side's place
    shelled ("the capital of Nagorno-Karabakh has been shelled") blames the other main side."""
    for m in s.mentions:
        if m.actor is not None and span[0] <= m.start < span[1]:
            opponent = s.around.opponent(side_label(m.actor, s.gazetteer))
            if opponent is not None:
                return opponent
    return None


def _in_toll_clause(norm: str, span: tuple[int, int], at: int, verb: bool = False) -> bool:
    """Whether the clause holding ``at`` tells of dead or wounded ("killed six villagers, ...").

    A coordinated clause ("..., and used detainees as human shields", "..., dan RSF menjarah") or one
    after ";" is an act of its own; the clause of the figure is only its cause.  An attack verb with its
    own subject is an act of its own up to a comma or "when" ("rudal Armenia menghantam gedung itu,
    menewaskan 10 warga"), where an attack noun ("serangan Israel menewaskan") is the toll's cause.
    """
    start, end = span
    for cut in (_VERB_CLAUSE if verb else _COORDINATED).finditer(norm, *span):
        if cut.end() <= at:
            start = cut.end()
        else:
            end = cut.start()
            break
    return bool(_HARMED.search(norm, start, end))
