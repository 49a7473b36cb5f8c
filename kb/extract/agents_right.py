"""The speaker phrase written after its verb ("ujar Aliyev kepada televisi", "said Lt. Col. Richard Hecht",
"according to a report by CNN").

Split from ``agents`` (the phrase before the verb) along its seam: this walks rightwards and decides where
the phrase ends; ``speakers`` decides who it names.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kb.extract import lexicon
from kb.extract.agent_words import MEMBER_OF, ends_with_member
from kb.extract.bodies import has_head
from kb.extract.channels import CHANNEL, CHANNEL_NAMES
from kb.extract.documents import document_after
from kb.extract.mentions import Mention
from kb.extract.phrases import clean_label, core_span, is_document
from kb.extract.source_lists import list_after
from kb.extract.speaker_words import _HEADS, _STOPS, _tokens
from kb.extract.speakers import Context, Speaker, _phrase

_RANKS = frozenset(("lt", "col", "gen", "sgt", "capt", "maj", "kol", "letjen", "mayjen", "brigjen", "jend", "dr", "mr",
                    "mrs", "ms", "prof", "sen", "rep", "gov", "pres"))
_RANK_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(_RANKS, key=len, reverse=True)) + r")$", re.IGNORECASE)
# A place closing the speaker phrase written after the verb: "in Kharkiv.", "di Jalur Gaza,".
_PLACE_AFTER = re.compile(
    r"\s+(?i:in|at|di)\s+(?:(?i:the)\s+)?(?:(?i:wilayah|kota|provinsi|region\s+of|city\s+of|southern|northern|eastern|"
    r"western|central|selatan|utara|timur|barat|tengah)\s+){0,2}(?!(?:" + "|".join(CHANNEL_NAMES) + r")\b)"
    r"(?:[A-Z][\w'’-]*\s*){1,3}(?=[,.;]|$)"
)


# A phrase ending in a body's head word ("the prime minister's office", "the ministry"): no person is apposed to it
_BODY_LAST = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in lexicon.ORG_WORDS)})\s*$", re.IGNORECASE)
_ROLE_TEXT = re.compile(rf"(?:{'|'.join(re.escape(h) for h in lexicon.ROLE_HEADS)})(?![\w-])", re.IGNORECASE)


def agent_right(
    norm: str, verb_end: int, upper: int, mentions: list[Mention], context: Context
) -> tuple[Speaker, int] | None:
    """The speaker phrase written after a verb ("ujar Aliyev kepada televisi"), with where it ends."""
    document = document_after(norm, verb_end, context)
    if document is not None:  # "..., the report added", "tambah laporan itu": who issued it spoke last
        return document
    walked = _walk(norm, verb_end, upper, mentions, context)
    if walked.settled:
        return walked.named
    verb_end, end = walked.verb_end, walked.end
    listed = list_after(norm, end, upper) if end > verb_end else None
    if listed is not None and not any(verb_end <= m.start < listed for m in mentions):
        end = listed  # "according to rights groups, rebels and media": each source speaks
    named = _named_list_after(norm, end, upper, mentions) if end > verb_end else None
    if named is not None:  # "according to the UN, Amnesty International and Human Rights Watch": each speaks
        end = named
    speaker = _phrase(norm, verb_end, end, mentions, context)
    return None if speaker is None else _described(norm, (verb_end, end), upper, speaker, mentions, context)


_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|dan|serta)\s+)?(?:the\s+)?|\s+(?:and|dan|serta)\s+(?:the\s+)?", re.IGNORECASE)
_LIST_END = re.compile(r"\s*(?:[.;]|$)")
_AND = re.compile(r"(?<![\w-])(?:and|dan|serta)(?![\w-])", re.IGNORECASE)


def _named_list_after(norm: str, end: int, upper: int, mentions: list[Mention]) -> int | None:
    """Where a list of known actors that goes on after the phrase ending at ``end`` stops, when the list closes the
    sentence and its last item follows "and" (", Amnesty International and Human Rights Watch."); else None (session
    34's sweep: the first item spoke alone, the rest read as the claim, and the outlet took it)."""
    known = sorted((m for m in mentions if m.actor is not None and end <= m.start < upper), key=lambda m: m.start)
    at, joined = end, False
    for mention in known:
        gap = _LIST_GAP.fullmatch(norm, at, mention.start)
        if gap is None:
            break
        joined = _AND.search(gap.group(0)) is not None
        at = mention.end
        if joined:
            break
    return at if joined and _LIST_END.match(norm, at, upper) else None


class _Walked(NamedTuple):
    """Where the phrase after the verb runs (``verb_end`` moves past "dari" after a document verb), or, when the walk
    settled who speaks on its own (``settled``), that speaker and where it ends."""

    verb_end: int
    end: int
    settled: bool = False
    named: tuple[Speaker, int] | None = None


def _walk(norm: str, verb_end: int, upper: int, mentions: list[Mention], context: Context) -> _Walked:
    """Walk rightwards from the verb over the speaker phrase's words and decide where it ends."""
    end = verb_end
    for start, stop, word in _tokens(norm, verb_end, upper):
        if start < end:
            continue
        owner = next((m for m in mentions if m.start <= start < m.end), None)
        if owner is not None:
            end = owner.end
            continue
        if word == ",":
            nxt = next((m for m in mentions if m.start > stop and (not norm[stop : m.start].strip()
                                                                  or _RANK_GAP.fullmatch(norm, stop, m.start))), None)
            if (nxt is not None and nxt.is_person and end > verb_end and _names_someone(nxt)
                    and not _BODY_LAST.search(norm, verb_end, end)):
                end = nxt.end  # "kata juru bicara itu, Shushan Stepanyan"; never "kata Karim Yusuf, juru bicara
                continue  # Kemhan Armenia": a role the gazetteer knows a holder of, after the name the text gives
                # (nor "according to the premier's office, Eli Barak will ...": a body has no holder; he is the subject)
            if nxt is not None and _names_generic(norm, verb_end, end, nxt, mentions):
                named = _phrase(norm, nxt.start, nxt.end, mentions, context)
                return _Walked(verb_end, end, True, (named, nxt.end) if named else None)
            break
        issued = _ISSUED.match(norm, start) if end > verb_end and is_document(norm[verb_end:end]) else None
        if issued is not None:
            end = issued.end()  # "angka yang dirilis oleh PBB", "figures released by": on to its issuer
            continue
        if end == verb_end and word.casefold() in _FROM and _DOC_VERB.search(norm, max(0, verb_end - 16), verb_end):
            verb_end = end = stop  # "kata pernyataan dari Kementerian X": the verb names the document, X issued it
            continue
        if word.casefold() in _FROM and is_document(norm[verb_end:end]):
            end = stop  # "according to a report by CNN": who issued it
            continue
        role = end > verb_end and _ROLE_TEXT.search(norm, verb_end, end) is not None
        ends = {p.end() for p in (_PLACED_HOLDER.match(norm, start), _TWICE_PLACED_HOLDER.match(norm, start)) if p}
        holder = next((m for at in sorted(ends, reverse=True) for m in mentions if role and m.start == at
                       and m.is_person and not _a_place(m.text, context)), None)  # the place's region first
        if holder is not None:  # "kata juru bicara militer AS di Afghanistan, Bob Purtiman": the role's holder
            named = _phrase(norm, holder.start, holder.end, mentions, context)
            return _Walked(verb_end, end, True, (named, holder.end) if named else None)
        if word.casefold() in MEMBER_OF and end > verb_end and ends_with_member(norm[verb_end:end]) and \
                _body_next(norm, stop, mentions, context):
            end = stop  # "according to officials from the Arakan Army": the body they speak for
            continue
        if _goes_on(norm, (verb_end, end), start, stop, word):
            end = stop
            continue
        break
    return _Walked(verb_end, end)


# a rank or title between the comma and the holder's name: "kata juru bicara militer X, Mayor Ivan Petrov"
_RANK_GAP = re.compile(r"\s*(?:Mayor|Major|Kolonel|Colonel|Col\.?|Letkol|Kapten|Captain|Capt\.?|Lt\.?|Letnan|Jenderal|"
                       r"General|Gen\.?|Brigjen|Mayjen|Letjen|Dr\.?|dr\.?)\s+")


def _names_someone(mention: Mention) -> bool:
    """Whether a person's mention after the comma names someone, not only a role: "Ivan Petrov", or a rank before
    the name ("Mayor Ivan Petrov", "Kolonel Budi Santoso"); a role alone ("juru bicara Kemhan") names nobody."""
    return not _ROLE_TEXT.match(mention.text) or bool(
        mention.name and mention.name != mention.text and len(mention.name.split()) > 1)


def _body_next(norm: str, at: int, mentions: list[Mention], context: Context) -> bool:
    """Whether a body the speakers come from is named right after ``at`` ("officials from the Arakan Army",
    "pejabat dari Kementerian X"): a known actor that is no place, or a phrase with a body's head; never a place
    ("officials from Ukraine", "pejabat dari Gaza": where they are, the phrase stops before it)."""
    nxt = next((m for m in mentions if m.start >= at), None)
    if nxt is not None and not _ARTICLE_GAP.fullmatch(norm, at, nxt.start):
        nxt = None
    if nxt is not None and nxt.actor is not None:
        return nxt.actor.kind != "State" and not _a_place(nxt.text, context)
    return has_head(norm[at : at + 60].split(",")[0])


_ARTICLE_GAP = re.compile(r"\s*(?:the\s+|kelompok\s+(?:pemberontak\s+)?)?", re.IGNORECASE)


def _a_place(name: str, context: Context) -> bool:
    """Whether the places gazetteer knows ``name`` ("Gaza Utara" is no person's name)."""
    gazetteer = context.gazetteer
    return gazetteer is not None and gazetteer.places.lookup(name) is not None


# "... juru bicara militer AS di Afghanistan, Bob Purtiman", "a spokesman for US forces in Iraq, John Roe": where the
# office is, then its holder named after a comma
_PLACE_PART = r"(?:[A-Z][\w'’-]*\s*){1,3},\s*"
_PLACED_HOLDER = re.compile(rf"(?:di|in)\s+{_PLACE_PART}")
_TWICE_PLACED_HOLDER = re.compile(rf"(?:di|in)\s+{_PLACE_PART}{_PLACE_PART}")  # "di Jabalia, Gaza Utara, X": its region


_BASIS = re.compile(r"(?:based\s+on|berdasarkan|drawing\s+on)(?![\w-])", re.IGNORECASE)


def _goes_on(norm: str, phrase: tuple[int, int], start: int, stop: int, word: str) -> bool:
    """Whether the speaker phrase ``norm[phrase]`` goes on over the word ``norm[start:stop]``."""
    verb_end, end = phrase
    if word == "." and _RANK_BEFORE.search(norm, max(verb_end, start - 9), start):
        return True  # "said Lt. Col. Richard Hecht": an abbreviated rank, not the end of the phrase
    if word.casefold() in ("to", "untuk") and _ORG_BEFORE.search(norm, max(verb_end, start - 40), start) and \
            _CAPITAL_AFTER.match(norm, stop):
        return True  # "according to the Committee to Protect Journalists": the body's name goes on
    if end > verb_end and CHANNEL.match(norm, start):
        return False  # "kata Hartono di Telegram", "said Ivanov in a video": where it was said, not who said it
    if end > verb_end and _BASIS.match(norm, start):
        return False  # "according to a wire agency's count based on morgue lists": what the count rests on
    if end > verb_end and _PARTICIPLE.fullmatch(word) and word.casefold() not in _ING_NOUNS:
        return False  # "a spokeswoman for an armed group fighting the junta": who the group is, not who speaks
    return not (not word[0].isalnum() or (word.casefold() in _STOPS and not word[0].isupper()) or (
        end > verb_end and _RUN_BY_AFTER.match(norm, start)))  # a capitalised "Dalam" is an office's, not "in"


def _described(norm: str, phrase: tuple[int, int], upper: int, speaker: Speaker, mentions: list[Mention],
               context: Context) -> tuple[Speaker, int]:
    """The speaker of the phrase ``norm[phrase]`` with what describes it after the phrase: who runs it, where it is,
    a relative clause or a participle; where the whole ends."""
    verb_end, end = phrase
    run_by = _RUN_BY_AFTER.match(norm, end, upper)
    itself = any(verb_end <= m.start and m.end <= end for m in mentions)  # "the Gaza health ministry": itself
    if run_by is not None and norm[end:run_by.start("who")].lstrip().startswith(",") and (
            speaker.actor is not None or any(verb_end <= m.start < end for m in mentions)):
        return speaker, run_by.end()  # "otoritas kesehatan Gaza, yang dikendalikan oleh Hamas": placed already
    if run_by is not None and not speaker.members and (speaker.actor is None or (
            not itself and has_head(speaker.label) and not _runs(speaker, run_by.group("who"), context))):
        # "menurut Kementerian Kesehatan yang dikelola Houthi": the runner's body, not another state's ministry
        return Speaker(clean_label(norm[core_span(norm, verb_end, end)[0] : run_by.end()])), run_by.end()
    if run_by is not None:
        return speaker, run_by.end()  # who runs a known body describes it: no part of the claim
    place = _PLACE_AFTER.match(norm, end, upper)
    if place is not None and any(t[2].casefold() in _HEADS for t in _tokens(norm, verb_end, end)):
        # "..., menurut petugas pertahanan sipil di Jalur Gaza": the place says which, it is not the claim
        label_words = speaker.label.casefold().split()
        if speaker.actor is not None or speaker.members or not any(w in _HEADS for w in label_words):
            return speaker, place.end()  # "kata Gubernur Ivan Fedorov di Kharkiv": the person
        return Speaker(clean_label(norm[core_span(norm, verb_end, end)[0] : place.end()])), place.end()
    relative = _RELATIVE.match(norm, end, upper) or _PARTICIPLE_CLAUSE.match(norm, end, upper)
    return (speaker, relative.end()) if relative else (speaker, end)


_FROM = frozenset(("by", "from", "oleh", "dari"))
# A participle describing the speaker ("fighting the junta", "operating in the region"), up to the comma that
# closes the phrase; nouns in -ing are no participle.
_PARTICIPLE = re.compile(r"[a-z]{3,}ing")
_ING_NOUNS = frozenset(("building", "buildings", "meeting", "morning", "evening", "briefing", "bombing", "shelling",
                        "during", "including", "regarding", "concerning", "following"))
_PARTICIPLE_CLAUSE = re.compile(r"\s+[a-z]{3,}ing\s+[^,.;:\"“”]{1,60}?(?=,)")
# A body's capitalised name before "to"/"untuk" and a capitalised word after it: one name ("Committee to Protect").
_ORG_BEFORE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(lexicon.NAME_GOES_ON_HEADS)})"
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s*$"
)
_CAPITAL_AFTER = re.compile(r"\s+(?:the\s+)?[A-Z][a-z]")
# A verb that names the document it cites ("kata pernyataan", "bunyi pernyataan", "said a statement"), so the
# words after it may say who issued it.
_DOC_VERB = re.compile(r"(?<![\w-])(?:pernyataan|statement|laporan|keterangan|rilis)$", re.IGNORECASE)


# "according to X that coordinated the attacks": a clause describing the speaker, not what X says.  It
# belongs to the speaker phrase, so the words credited stay those before it.
_RELATIVE = re.compile(
    r"(?:\s+(?:that|which|who|yang)|\s*,\s*(?:which|who))\s+(?!(?:the|a|an|its|their|this|these|there|it|they|he|she|we)\b)"
    r"[a-z][\w'-]*(?:ed|s)\b[^,.;:!?\"]*(?=[.;!?]?\s*$)"
    # "menurut otoritas kesehatan yang tidak membedakan antara ...": an Indonesian verb (meN-, ber-, di-, ter-)
    r"|\s*,?\s+yang\s+(?:(?:tidak|tak|telah|sudah|juga|kini|masih|selalu)\s+)*(?:me|be|di|te)[a-z]+\b"
    r"[^,.;:!?\"]*(?=[.;!?]?\s*$)"
)


# What ends a name in apposition: punctuation, the end, or the words after a speaker ("kepada", "to").
_APPOSED = re.compile(r"\s*(?:[,.;:!?\"”)]|$|(?:kepada|to|in|dalam|on|pada)\s)")


def _names_generic(norm: str, start: int, end: int, named: Mention, mentions: list[Mention]) -> bool:
    """Whether ``named`` (after a comma) names the generic phrase ``start:end`` before it: "media nasional
    Rusia, Russia Today", "the militia's spokesman, Yahya Saree" (the phrase holds no named body)."""
    if end <= start or named.actor is None or named.actor.kind == "State" or not _APPOSED.match(norm, named.end):
        return False  # "Menurut sumber medis Sudan, RSF menembaki ...": a clause's subject, not the name
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    words = [t[2].casefold() for t in _tokens(norm, start, end) if t[2][0].isalnum()]
    return all(m.actor is not None and m.actor.kind == "State" for m in inside) and any(
        w in _HEADS or w in ("media", "televisi", "television", "outlet", "broadcaster") for w in words
    )


# A day or a month after the participle is when, not who: "data yang dirilis Senin"
_WHEN_WORDS = r"(?:" + "|".join(sorted((*lexicon.WEEKDAYS, *lexicon.MONTHS), key=len, reverse=True)) + r")(?![\w-])"
# A document's issuing participle: "yang dirilis", "released", "compiled" (then "oleh"/"by" and the issuer).
# "angka yang dirilis oleh PBB", "data yang dirilis Kemenkes", "data yang dirilis militer X": on to the issuer
_ISSUED = re.compile(
    r"(?:yang\s+)?(?:dirilis|dikeluarkan|diterbitkan|dihimpun|dikumpulkan|diumumkan|released|issued|published|compiled"
    r"|provided|gathered|collected)(?=\s+(?:(?:by|oleh|from|dari)\b|(?!" + _WHEN_WORDS + r")(?-i:[A-Z])"
    r"|(?:militer|kementerian|pemerintah|tentara|otoritas|pihak)\s))",
    re.IGNORECASE,
)
# Who runs a body, after it: "Kementerian Kesehatan yang dikelola Houthi", "the health ministry run by Hamas".
_RUN_BY_AFTER = re.compile(
    r"\s*,?\s*(?:(?:yang\s+)?(?:dikelola|dikuasai|dijalankan|dikendalikan)\s+(?:oleh\s+)?(?:kelompok\s+)?"
    r"|(?:run|controlled|operated)\s+by\s+(?:the\s+)?)(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
)


def _runs(speaker: Speaker, who: str, context: Context) -> bool:
    """Whether the known body a phrase resolved to is the runner's own (or the runner itself)."""
    gazetteer = context.gazetteer
    runner = gazetteer.lookup(who) if gazetteer is not None else None
    actor = speaker.actor
    if runner is None or actor is None:
        return False
    seen: set[str] = set()
    while actor is not None and actor.iri not in seen:
        if actor.iri == runner.iri:
            return True
        seen.add(actor.iri)
        actor = gazetteer.by_iri(actor.represents) if gazetteer and actor.represents else None
    return False


# "according to the local emergency rooms.", "menurut ruang tanggap darurat setempat, ...": after an according-to,
# a short noun phrase closed by punctuation is who the figure is credited to, whether or not any list knows its head
# word; never a document, a plan or a rule (``_NOT_SOURCE``), which has an issuer or is no source at all.
_SHORT_NP = re.compile(r"\s+(?P<np>(?:(?:the|a|an|para|pihak)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?)\s*(?=[,.;:])",
                       re.IGNORECASE)
_NOT_SOURCE = frozenset((
    "data", "report", "reports", "figures", "figure", "statistics", "estimate", "estimates", "count", "tally",
    "agreement", "deal", "plan", "plans", "readout", "transcript", "law", "laws", "rules", "schedule",
    "tradition", "terms", "records", "laporan", "angka", "statistik", "perkiraan", "kesepakatan", "perjanjian",
    "rencana", "hukum", "aturan", "jadwal", "catatan", "keterangan", "informasi", "information", "sources",
    "source", "him", "her", "them", "it", "saya", "kami", "dia", "mereka", "beliau",
))


def short_source_after(norm: str, end: int) -> tuple[Speaker, int] | None:
    """The unknown source an according-to names at ``end``, by the shape of the phrase alone (see ``_SHORT_NP``)."""
    match = _SHORT_NP.match(norm, end)
    if match is None:
        return None
    words = [w.casefold() for w in re.findall(r"[\w'’-]+", match.group("np"))]
    if not words or any(w in _NOT_SOURCE or w.isdigit() or w in _STOPS for w in words):
        return None
    return Speaker(clean_label(match.group("np"))), match.end("np")

