"""Finding the speaker phrase around a reporting verb: left of it ("Menteri Luar Negeri Turki Mevlut
Cavusoglu menegaskan"), right of it ("ujar juru bicara ... kepada Reuters"), or the subject opening the
clause a coordinated verb shares ("Baku belum merilis ..., tetapi mengatakan").

Why apart from ``speakers``: these walk tokens outwards from the verb and decide where the phrase
ends; ``speakers`` decides who a phrase names.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.agent_pronoun import relative_pronoun_agent, that_clause_before
from kb.extract.agent_widening import DOCUMENTS, widened
from kb.extract.agent_words import (
    aside_before_verb,
    described_before,
    head_before_place,
    member_of,
    role_lead,
    unquoted,
)
from kb.extract.agent_words import bridge as _bridge
from kb.extract.agent_words import coordinated as _coordinated
from kb.extract.agent_words import modifiers as _modifiers
from kb.extract.agents_right import agent_right as agent_right
from kb.extract.bodies import has_head
from kb.extract.channels import ANONYMOUS_BEFORE
from kb.extract.conditionals import CONDITIONALS, governed
from kb.extract.documents import document_before
from kb.extract.issuers import issuer_before, posted_on
from kb.extract.mentions import Mention
from kb.extract.owned import MEDIA_HEADS, spokesperson_for
from kb.extract.place_tail import placed_body
from kb.extract.relatives import reduced_relative_before, relative_before
from kb.extract.source_lists import list_before
from kb.extract.speaker_words import _CONNECTORS, _GAP, _HEADS, _NP, _OPENERS, _PARENTHETICAL, _tokens
from kb.extract.speakers import Context, Speaker, _phrase

_PARTICIPLE = re.compile(r"[a-z]+ing(?![\w-])")
# An English subject after its verb, closing the clause: ", said Lebanese military sources.", ", said the army"; an
# apposition may follow it, a role with no article (", director of the hospital") or the role's holder by name
_ROLE_WORDS = "|".join(re.escape(h) for h in sorted(lexicon.ROLE_HEADS, key=len, reverse=True))
_INVERTED = re.compile(
    r"(?:said|says|added|stated|noted|reported|announced|claimed)\s+(?P<np>(?!that\b)[A-Za-z]"
    r"[\w'’-]*(?:\s+(?!(?:had|has|have|was|were|is|are|would|will|could|did|does|can|may|might|should|must|that)"
    r"(?![\w'’-]))[\w'’-]+){0,7})\s*"
    r"(?:,\s*(?:(?:a|an|the|who|which|in|on|at|during)\s|(?:[a-z][\w'’-]*\s+){0,2}(?:" + _ROLE_WORDS + r")(?![\w-]))"
    r"[^.;\"“”]{0,100}"  # ", a volunteer group, in ...", ", director of the hospital", ", hospital director"
    r"|,\s*[A-Z][\w'’-]*(?:\s+(?:[A-Z]|(?:al|el|ad|as|bin|ibn|abu|van|von|de|da)[-\s])[\w'’-]*){0,3}\s*)?"  # ", Ali"
    r"(?:[.;]|$)"
)  # no auxiliary after the verb: ", said the US had committed ..." is a clause, not a subject
_COMMA_BEFORE = re.compile(r",\s*$")
# What makes an English "-ing" verb finite: "are demanding", "has been urging", "kept calling"; without it the
# participle describes a noun ("armed groups demanding ransom") and makes no speaker of it.
_AUXILIARY = re.compile(
    r"(?<![\w-])(?:am|is|are|was|were|be|been|keeps?|kept|continues?|continued)\s+(?:(?:still|also|now|again|"
    r"repeatedly|increasingly|openly)\s+)?$",
    re.IGNORECASE,
)
_WITH_BEFORE = re.compile(r"(?<![\w-])with\s+$", re.IGNORECASE)
_AS_REPORTED = re.compile(r"(?:^|[,;:]\s*)\W*(?:(?-i:As|as)|just\s+as)\s+$", re.IGNORECASE)  # "AS" is the US


# Verbs of action in the past: a clause after "said" that holds one is what was said, not a subject after the verb
# (", Nabil Abdallah, said the RSF shelled El Obeid on Sunday."; ", said Lebanese military sources." holds none).
_ACTED = frozenset((*(v for v in lexicon.ATTACK_VERBS if " " not in v and v.endswith("ed")),
                    "struck", "shot", "fired", "launched", "seized", "captured", "destroyed", "downed", "intercepted",
                    "killed", "withdrew", "entered", "advanced", "repelled", "retook", "took"))


def inverted(norm: str, verb_start: int) -> bool:
    """Whether the verb at ``verb_start`` follows a comma and its subject follows it, closing the clause ("...,
    said Lebanese military sources."): the speaker is read after the verb, never before it."""
    comma = _COMMA_BEFORE.search(norm, max(0, verb_start - 3), verb_start)
    found = _INVERTED.match(norm, verb_start) if comma else None
    if found is None:
        return False
    if _PARENTHETICAL.search(norm, 0, verb_start):
        return False  # "A source, speaking on condition of anonymity, said the raid ...": the subject is before
    words = found.group("np").split()  # a subject: an article, a name, or a speaker's head ("local officials")
    if any(w in _ACTED for w in words[1:]):
        return False  # "said the RSF shelled El Obeid": a clause, its subject the speaker's words
    return words[0] in ("the", "a", "an") or words[0][:1].isupper() or any(w.casefold() in _HEADS for w in words)
    # ("said hospital director Ali Rahim": a role heads the subject before the name)


def agent_left(
    norm: str, verb_start: int, lower: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The speaker phrase ending just before a verb (gap words and a parenthetical allowed); a body
    qualified by its place ("Emergency services in the Zaporizhzhia region") is read by ``placed_body``.  A
    participle after a comma ("..., X told Interfax, adding that ...") has no subject of its own: whom X told
    is no speaker, and the verb goes on with the frame before it."""
    if _PARTICIPLE.match(norm, verb_start) and _COMMA_BEFORE.search(norm, max(0, verb_start - 3), verb_start):
        return None
    if _AS_REPORTED.search(norm, max(lower, verb_start - 14), verb_start):
        return None  # "As reported by Reuters, ...": a credit of the medium, no speaker before the verb
    bound = relative_pronoun_agent(norm, verb_start, mentions)
    if bound is not None:  # "Hamas fired rockets, which it said killed 15": the clause's subject speaks
        return bound
    issued = document_before(norm, lower, verb_start, context)
    if issued is not None:  # "The report also said": who issued it spoke last
        return issued
    issuer = issuer_before(norm, lower, verb_start)
    if issuer is not None:  # "A statement issued earlier by the ministry said": the issuer speaks
        found = agent_left(norm, verb_start, issuer, mentions, context)
        if found is not None:
            return found
    described = described_before(norm, lower, verb_start)
    if described is not None:  # "X, a group that tracks ... monitors, says": X, not the clause's last noun
        found = agent_left(norm, described[0], described[1], mentions, context)
        if found is not None:
            return found
    owner = posted_on(norm, lower, verb_start)
    if owner is not None:  # "A statement on the ministry's website said": the site's owner speaks
        found = agent_left(norm, owner[1], owner[0], mentions, context)
        if found is not None:
            return found
    verb_start = aside_before_verb(norm, lower, verb_start)  # "Yerevan (the Armenian capital) accused"
    verb_start, lower = that_clause_before(norm, lower, verb_start, mentions)  # "a coalition that rules X denied"
    bare_participle = False
    if context.lang == "en" and _PARTICIPLE.match(norm, verb_start):
        auxiliary = _AUXILIARY.search(norm, max(lower, verb_start - 30), verb_start)
        bare_participle = auxiliary is None
        verb_start = auxiliary.start() if auxiliary else verb_start  # "The UN is urging": the subject ends at "is"
    found = _walk_left(norm, verb_start, lower, mentions, context)
    if bare_participle and found is not None and not _WITH_BEFORE.search(norm, max(lower, found[1] - 8), found[1]):
        return None  # "abducted by armed groups demanding ransom": a noun's participle; "with X saying" speaks
    relative = relative_before(norm, lower, verb_start)
    if relative is None and context.lang == "en":  # "a group fighting the junta told": the group's spokesman
        relative = reduced_relative_before(norm, lower, verb_start, _NP)
    if relative is not None and (found is None or found[1] > relative):
        # "Kelompok Houthi yang bermarkas di Yaman menyebut": the relative clause says who, the head speaks
        found = _walk_left(norm, relative, lower, mentions, context) or found
    wider = list_before(norm, lower, found[1]) if found is not None and not found[0].members else None
    if found is not None and found[0].members:  # "The EU, France and Germany condemned": the walk stopped at a comma
        wider = _named_items_before(norm, lower, found[1], mentions)
    if wider is not None:  # "Rights groups, rebels and local media said": each source of the list speaks
        listed = _phrase(norm, wider, verb_start, mentions, context)
        found = (listed, wider) if listed is not None and listed.members else found
    anonymous = ANONYMOUS_BEFORE.search(norm, max(lower, verb_start - 90), verb_start)
    if anonymous is not None:  # "A police officer in the town, who declined to be named, said"
        verb_start = anonymous.start()
    run_by = _RUN_BY.search(norm, max(lower, verb_start - 60), verb_start)
    if run_by is not None:  # "Pejabat kesehatan di Jalur Gaza yang dikelola Hamas": who runs the place
        verb_start = run_by.start()
        if found is not None and found[1] >= verb_start:  # "X yang dikelola pemerintah": X, never the runner
            found = _walk_left(norm, verb_start, lower, mentions, context)
    if found is not None and spokesperson_for(norm[found[1] : verb_start]) is not None:
        return found  # "A spokeswoman for UNIFIL said": the body she speaks for, not a place qualifier
    return placed_body(norm, verb_start, lower, found, lambda cut: agent_left(norm, cut, lower, mentions, context),
                       lambda a, b: _phrase(norm, a, b, mentions, context), mentions)


# A role apposed to a name with no article before it: "Karim Yusuf, Armenian defence ministry spokesman, said" (the
# article-led ", the ministry's spokesman," is ``_PARENTHETICAL``'s).
_ROLE_APPOSED = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,5}?(?:"
    + "|".join(re.escape(h) for h in lexicon.ROLE_HEADS if " " not in h)
    + r")\s*,\s*$",
    re.IGNORECASE,
)
# The same apposition left unclosed before the verb, its place glossed between commas ("Name, administrator for the
# X woreda, or district, in the north told AP"): the name speaks (session 34: batch 25 read blind gave the outlet)
_ROLE_UNCLOSED = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?(?:"
    + "|".join(re.escape(h) for h in lexicon.ROLE_HEADS if " " not in h and h.islower())
    + r")\s+(?:for|of|at|in)\s[^,.;:\"“”()]{1,80}?(?:,\s+or\s+[\w-]+(?:\s+[\w-]+)?,)?[^,.;:\"“”()]{0,60}?\s*$",
    re.IGNORECASE,
)
_TWO_NAMES = re.compile(r"(?<![\w-])(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+$")


# The role written head first, as Indonesian writes it ("Julien Harneis, pejabat bantuan di Yaman, mengatakan", "X,
# warga Khan Younis, mengatakan"): what follows the head qualifies the role, the name before it speaks.
_ROLE_FIRST = re.compile(
    r",\s+(?:(?:seorang|salah\s+satu|sang|the|a|an)\s+)?(?:"
    + "|".join(re.escape(h) for h in (*lexicon.ROLE_HEADS, "warga", "saksi", "dokter", "relawan", "aktivis")
               if h.islower())
    + r")(?![\w-])[^,.;:\"“”()]{0,60},\s*$",
    re.IGNORECASE,
)


def _role_apposed(norm: str, lower: int, verb_start: int) -> re.Match[str] | None:
    """The apposition ", <role>," closing the words before a verb, when a name of two or more words stands before it."""
    found = _ROLE_APPOSED.search(norm, max(lower, verb_start - 120), verb_start) or _ROLE_FIRST.search(
        norm, max(lower, verb_start - 90), verb_start) or _ROLE_UNCLOSED.search(
        norm, max(lower, verb_start - 160), verb_start)
    if found is None or not _TWO_NAMES.search(norm, max(lower, found.start() - 60), found.start()):
        return None
    return found


def _named_items_before(norm: str, lower: int, start: int, mentions: list[Mention]) -> int | None:
    """Where a list of named parties opening the clause begins, when the walk stopped at its first comma ("the EU,
    France and Germany said": "France and Germany" found), else None."""
    begin = start
    for m in sorted((m for m in mentions if lower <= m.start and m.end <= start), key=lambda m: -m.start):
        if m.actor is None or not re.fullmatch(r"\s*,\s*", norm[m.end : begin]):
            break
        before = re.search(r"([\w-]+)\s*$", norm[max(lower, m.start - 20) : m.start])
        if before is not None and before.group(1).casefold() in lexicon.PREPOSITIONS:
            break  # "In Moscow, France and Germany said": a place opening the sentence, no speaker
        begin = m.start
    return begin if begin < start else None


def _phrase_end(norm: str, verb_start: int, lower: int, mentions: list[Mention] | None = None) -> int:
    """Where the speaker phrase ends before its verb: a channel, an anonymity clause or an owned document between
    them is set aside ("Gubernur X melalui Telegram menyampaikan", "an official who asked not to be named said",
    "the army's statement said")."""
    channel = _CHANNEL.search(norm, lower, verb_start) or _SAID_IN.search(norm, max(lower, verb_start - 90), verb_start)
    if channel is not None and _NAME_TO.search(norm, max(lower, channel.start() - 12), channel.start()):
        channel = None  # "the Committee to Protect Journalists said": a body's name, no channel
    if channel is not None:  # "Gubernur X melalui Telegram menyampaikan": the channel is no speaker
        verb_start = channel.start()
    anonymous = ANONYMOUS_BEFORE.search(norm, max(lower, verb_start - 90), verb_start)
    if anonymous is not None:  # "an official who asked not to be named said": who, not what
        verb_start = anonymous.start()
    owned = _OWNED_DOCUMENT.search(norm, max(lower, verb_start - 40), verb_start)
    named = re.search(r"[\w-]+$", norm[max(lower, verb_start - 40) : owned.start()]) if owned else None
    if owned is not None and any(m.actor is not None and m.start < owned.start() < m.end for m in mentions or ()):
        owned = None  # "Zelensky's office said": an office the gazetteer knows by that name speaks itself
    if owned is not None and (owned.group("doc") or (named and named.group(0)[:1].isupper())):
        verb_start = owned.start()  # "the army's statement said", "Kalashnyk's office said": the owner speaks
    return verb_start


def _walk_left(
    norm: str, verb_start: int, lower: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The speaker of the verb at ``verb_start`` read leftwards from it (never before ``lower``), and where its
    phrase starts; None when the words there name no speaker."""
    verb_start = _phrase_end(norm, verb_start, lower, mentions)
    aside = _PARENTHETICAL.search(norm, lower, verb_start) or _role_apposed(norm, lower, verb_start)
    if aside is not None:  # "Karim Yusuf, Armenian defence ministry spokesman, said": the person, not the ministry
        cut = aside.start()
        if norm[cut : cut + 1] == "," and _role_apposed(norm, lower, cut + 1) is not None:
            cut += 1  # "X, governor of the Kursk region, which borders Ukraine, said": the role's comma closes it too
        found = agent_left(norm, cut, lower, mentions, context)
        if found is not None:
            return found
    tokens = _tokens(norm, lower, verb_start)
    tokens = unquoted(tokens)
    i = len(tokens) - 1
    while i >= 0 and (tokens[i][2].casefold() in _GAP or tokens[i][2] in ",()/" or tokens[i][2].isdigit()) and not \
            _named_here(tokens[i], mentions):  # a gap word that is a gazetteer name speaks: "The WHO said"
        i -= 1
    if i < 0 or tokens[i][2].casefold() in ("dan", "and", "serta", "lalu", "then", "tetapi", "but", "namun"):
        return None  # nothing there, or a verb coordinated with an earlier one
    if tokens[i][2].casefold() in CONDITIONALS or (i == 0 and tokens[0][2] in _OPENERS):
        return None  # "If confirmed, ...", "Jika dikonfirmasi", "Ada klaim ...": an opener alone is never a speaker
    start, end, i = _phrase_start(norm, tokens, i, mentions, context)
    start, end, i = widened(norm, lower, start, end, i, mentions, context)
    if i >= 0 and tokens[i][2].casefold() in lexicon.PREPOSITIONS and not (
            (tokens[i][2].casefold() == "with" and _PARTICIPLE.match(norm, verb_start))
            or (tokens[i][2].casefold() == "dengan" and context.lang == "id")
            or (tokens[i][2].casefold() == "dari" and i > 0 and tokens[i - 1][2].casefold() == "mengutip")):
        # "mengutip dari walikota X, ..., mengatakan": whom a medium quotes speaks, no place "dari" opens
        return None  # "di Moskow": a place or an object, not an agent (but "with the ministry saying ...": it speaks)
    apposed = i >= 0 and tokens[i][2] == "," and norm[start : start + 1].isupper()
    lead = role_lead(norm, lower, tokens[i][0]) if apposed else None  # not "visited Omdurman, where residents"
    if lead is not None:  # "Juru bicara Kemhan Armenia, Shushan Stepanyan, mengatakan": one speaker phrase
        start = lead
    conj = _LEAD_CONJ.match(norm, start, end)
    if conj is not None:  # "..., X said, and local officials blamed ...": the conjunction opens the clause
        start = conj.end()
    if governed(norm, lower, start):
        return None  # "If the army confirms ...": the subject of a condition says nothing yet
    if _an_event(norm, start, mentions):
        return None  # "Serangan itu menaikkan jumlah korban ...": an attack raises a toll, it tells nothing
    speaker = _phrase(norm, start, end, mentions, context)
    return (speaker, start) if speaker else None


_EVENT_HEAD = re.compile(rf"(?:{'|'.join(re.escape(w) for w in lexicon.ATTACK_NOUNS)})(?![\w-])", re.IGNORECASE)


def _an_event(norm: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the phrase at ``start`` is headed by an attack noun ("Serangan Israel", "The strike") no gazetteer
    name starts there: an event is never who speaks."""
    return _EVENT_HEAD.match(norm, start) is not None and not any(m.start == start for m in mentions)


def _named_here(token: tuple[int, int, str], mentions: list[Mention]) -> bool:
    """Whether a token written in capitals is a gazetteer name ("WHO", the World Health Organization), not the gap
    word it spells ("who")."""
    return token[2].isupper() and len(token[2]) > 1 and any(
        m.start <= token[0] < m.end and m.actor is not None for m in mentions)


def _phrase_start(norm: str, tokens: list[tuple[int, int, str]], i: int, mentions: list[Mention],
                  context: Context) -> tuple[int, int, int]:
    """How far left the speaker phrase whose last word is token ``i`` runs: over mentions, noun-phrase words, a
    capitalised run, modifiers, bridges and coordinated heads; up to a conditional, or through a pronoun.  Returns
    the phrase's start and end and the index of the token before it."""
    end, start = tokens[i][1], tokens[i][0]
    capitalised = tokens[i][2][:1].isupper() or tokens[i][2].casefold() in MEDIA_HEADS  # "Al-Manar television"
    while i >= 0:
        tok_start, _, word = tokens[i]
        owner = next((m for m in mentions if m.start <= tok_start < m.end), None)
        if owner is not None:
            start = owner.start
            while i >= 0 and tokens[i][0] >= owner.start:
                i -= 1
            continue
        folded = word.casefold()
        if folded in CONDITIONALS:
            break  # "If the army confirms": the subordinator opens the clause, it names nobody
        if folded in lexicon.PRONOUNS or folded in lexicon.FIRST_PERSON:
            start, i = tok_start, i - 1
            break
        inner = word in _OPENERS and i > 0 and tokens[i - 1][2][:1].isupper()  # "Kementerian Dalam Negeri"
        run = (
            capitalised
            and (word not in _OPENERS or inner)
            and (
                word[:1].isupper()
                or _ARTICLED.match(word) is not None  # "el-Fasher Resistance Committee"
                or (folded in _CONNECTORS and i > 0 and tokens[i - 1][2][:1].isupper())
            )
        )
        if folded in _NP or run or start == tok_start or folded in MEDIA_HEADS:  # "Al-Manar television channel"
            start, i = tok_start, i - 1
            continue
        if (folded in _AFFAIRS and i + 1 < len(tokens) and tokens[i + 1][2].casefold() == "negeri"
                and i > 0 and tokens[i - 1][2].casefold() in _MINISTRIES):
            start, i = tok_start, i - 1  # "kementerian dalam negeri": home affairs, no place "in" the country
            continue
        modifiers = _modifiers(tokens, i, norm[start:end], context.lang)
        if modifiers:
            start, i = tokens[i - modifiers + 1][0], i - modifiers
            continue
        bridge = _bridge(norm, tokens, i, start, end, mentions)
        if bridge is not None:
            start, i = bridge
            continue
        if _coordinated(tokens, i, context.lang):  # "locals and media reports said"
            start, i = tokens[i - 1][0], i - 2
            continue
        head = head_before_place(tokens, i) if folded in ("in", "di", "at") else member_of(tokens, i)
        if head is not None and folded == "with" and not _a_body(norm, tokens[i][1], end, mentions):
            head = None  # "activists with cameras said": what they carry, no body they speak for
        if head is not None:  # "officials in Kharkiv said", "an official from a local women's group said"
            start, i = tokens[head][0], head - 1
            continue
        break
    return start, end, i


def _a_body(norm: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether the words from ``start`` to ``end`` name a body: a known actor other than a state, or a phrase with
    an institution's head ("the aid group", "Doctors Without Borders")."""
    return has_head(norm[start:end]) or any(
        start <= m.start < end and m.actor is not None and m.actor.kind != "State" for m in mentions)


# A relative clause saying who runs or backs the place before it ("yang dikelola Hamas", "controlled by the
# Houthis"): like "Hamas-run", a qualifier of the place, never the speaker.
_RUN_BY = re.compile(
    r",?\s+(?:(?:yang\s+)?(?:dikelola|dikuasai|dijalankan|dikendalikan|diduduki|didukung)\s+(?:oleh\s+)?(?:kelompok\s+)?"
    r"|(?:run|controlled|held|occupied|backed)\s+by\s+(?:the\s+)?)"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|pemerintah|negara|government|state)"
    r"(?:\s+(?:itu|tersebut|kali|ini|juga|telah|sudah|pun)){0,4}\s*,?\s*$"  # "... yang dikendalikan Hamas itu juga"
)
_NAME_TO = re.compile(rf"(?<![\w-])(?:{'|'.join(lexicon.NAME_GOES_ON_HEADS)})$")
# ... and a concessive one mid-sentence ("..., though the authorities said": no actor named "though the authorities")
_LEAD_CONJ = re.compile(
    r"(?:and|dan|serta|but|tetapi|(?:even\s+)?though|although|meskipun|meski|walaupun|walau)\s+(?=\S)", re.IGNORECASE)
# The channel a speaker used, between the speaker and the verb: "melalui Telegram", "via X", "on Facebook".
_CHANNEL = re.compile(
    r"(?<!close)(?<!dekat)\s(?:melalui|lewat|via|through|in\s+a\s+post\s+on|on|kepada|to)\s+"
    r"(?:akun\s+|kanal\s+|saluran\s+|his\s+|her\s+|its\s+)?"
    r"(?:[A-Z@][\w@.-]*|(?:official\s+)?(?:Telegram|Facebook|X|Twitter|Instagram)\w*)(?:\s+[A-Z][\w-]*)?\s*$"
)


# A statement or an interview between speaker and verb: "Kementerian X dalam keterangan tertulisnya menyebut",
# "Hamas melalui pernyataan resminya menyebut", "the ministry in a statement said".
_SAID_IN = re.compile(
    r"\s(?:in|via|through|during|dalam|melalui|lewat)\s+(?:(?:a|an|the|his|her|its|their|sebuah)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:statement|post|video|message|interview|briefing|address|speech|conference|"
    r"pernyataan|unggahan|wawancara|konferensi|pidato|siaran|keterangan|rilis|surat)(?:nya)?"
    r"(?:\s+[a-z]+(?:nya)?)?"  # "dalam keterangan tertulisnya", "dalam pidato malamnya"
    # where or when it was made (rec19): "dalam sebuah pernyataan di saluran televisi", "in a statement on Sunday"
    r"(?:\s+(?:di|pada|on|at|kepada|to)\s+(?:[\w.-]+\s+){0,3}?[\w.-]+)?\s*,?\s*$",
    re.IGNORECASE,
)


_OWNED_DOCUMENT = re.compile(
    rf"(?:'s|’s)\s+(?:(?:latest|official|own|daily|new|written)\s+)?(?:(?P<doc>{DOCUMENTS})|(?:press\s+)?office)"
    r"\s*,?\s*$",
    re.IGNORECASE,
)
_AFFAIRS = frozenset(("dalam", "luar"))
_MINISTRIES = frozenset(("kementerian", "menteri", "departemen"))
_ARTICLED = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ad-dar)-[A-Z]")


