"""Frames whose speaker follows its verb: "..., said X", "“...,” kata X", "according to X", "menurut X", "as
reported by the ministry", and a pronoun after its verb ("..., he said").

Apart from ``frames`` (the verbs a speaker opens, "X said that ...", and the running of every finder) because the
speaker here is read rightwards from the verb (``agents.agent_right``), one verb kind at a time, and a verb this
pass sees is skipped when an earlier finder took it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from kb.extract import lexicon
from kb.extract.agents import agent_right
from kb.extract.agents_right import short_source_after
from kb.extract.channels import ACCORDING_PRONOUN, OPENING_PRONOUN_VERB
from kb.extract.citing import closing_name
from kb.extract.frame_record import MAX_VERBS, Frame
from kb.extract.frame_record import rule_name as _rule
from kb.extract.mentions import Mention
from kb.extract.needs import absent, needs
from kb.extract.owned_counts import owned_count_frames
from kb.extract.relays import is_medium
from kb.extract.scope_marks import words
from kb.extract.speakers import Context, _phrase


def _compile(items: Iterable[object]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{words(items)})(?![\w-])", re.IGNORECASE)


_POST = _compile(lexicon.POST_VERBS)
_PRONOUN_VERB = _compile(lexicon.PRONOUN_VERBS)
_PASSIVE = _compile(lexicon.PASSIVE_VERBS)
_ACCORDING_TO = re.compile(r"menurut|according\s+to", re.IGNORECASE)  # an attribution whatever follows it
_ACCORDING = re.compile(r"(?<![\w-])(?:menurut|according\s+to|as\s+per|citing|berdasarkan|based\s+on|"
                        r"(?:merujuk|mengacu|sesuai)(?:\s+(?:pada|ke|kepada|dengan))?(?=\s+(?:data|catatan|laporan))|"
                        r"(?<=,\s)per(?=\s+the\s))(?![\w-])", re.I)  # "sesuai data X", ", per the ministry"
# "..., as reported by the health ministry", "seperti disampaikan Kementerian Kesehatan": an according-to whose
# source is a body, not a medium (a medium after the same words relays: credits.py makes it the via).
_AS_REPORTED = re.compile(
    r"(?<![\w-])(?:as\s+(?:reported|stated|confirmed|announced|noted|documented|recorded)\s+by|(?:seperti|sebagaimana)"
    r"\s+(?:yang\s+)?(?:dilaporkan|disampaikan|diungkapkan|dikatakan|diumumkan|dinyatakan|dikonfirmasi|dicatat"
    r"|ditulis(?:kan)?|disebutkan|dijelaskan|diterangkan|dipaparkan|dituturkan)(?:\s+oleh)?)"  # "ditulis": session 34
    r"(?![\w-])",
    re.IGNORECASE,
)

# What each pattern below needs (``needs``), by the pattern's id: a pattern hashes its whole program
_NEEDED = {id(p): needs(p) for p in (_POST, _PRONOUN_VERB, _ACCORDING, _PASSIVE, ACCORDING_PRONOUN,
                                    OPENING_PRONOUN_VERB, _AS_REPORTED)}
# A medium's credit closing the sentence after the speaker ("“...,” menurut warga, seperti dikutip AFP.", "..., said
# a medic, as quoted by Reuters."): no words of the claim, so the frame's phrase runs over it and the claim is the
# quotation before (session 34: batch 25 read blind gave that quotation to the outlet)
_CREDIT_TAIL = re.compile(
    r"\s*,?\s*(?:(?:seperti|sebagaimana)\s+)?(?:dikutip|dilansir|diberitakan|dilaporkan|as\s+quoted\s+by|as\s+reported"
    r"\s+by|quoted\s+by)(?:\s+dari)?\s+[^,.;:\"“”]{1,40}?\s*[.;]?\s*$",
    re.IGNORECASE,
)


# The words a source spoke in, before the source: "citing remarks by the governor, Name", "according to a statement
# from the ministry" (session 34: batch 25 read blind credited "remarks by the regional governor")
_DOCUMENT_LEAD = re.compile(
    r"\s+(?:(?:remarks|comments|statements?|a\s+statement|an\s+announcement|a\s+post|posts)\s+(?:by|from|of)"
    r"|(?:pernyataan|keterangan|komentar|unggahan)\s+(?:dari|oleh))(?=\s)",
    re.IGNORECASE,
)


def _past_document(norm: str, end: int, pattern: re.Pattern[str]) -> int:
    """Where the source after an according-to or citing cue ending at ``end`` starts, past the words it spoke in."""
    lead = _DOCUMENT_LEAD.match(norm, end) if pattern is _ACCORDING else None
    return lead.end() if lead is not None else end


def _credit_tail(norm: str, end: int) -> int:
    """Where a speaker phrase ending at ``end`` stops once a closing medium's credit is taken in."""
    tail = _CREDIT_TAIL.match(norm, end)
    return tail.end() if tail is not None else end


def post_frames(
    norm: str, mentions: list[Mention], context: Context, lang: str, taken: set[int]
) -> list[Frame]:
    frames: list[Frame] = []
    kinds = ((_POST, "quote"), (_PRONOUN_VERB, "quote"), (_ACCORDING, "according"), (_PASSIVE, "quote"),
             (ACCORDING_PRONOUN, "according"), (OPENING_PRONOUN_VERB, "according"), (_AS_REPORTED, "according"))
    for pattern, kind in kinds:
        if absent(_NEEDED.get(id(pattern)), norm):
            continue
        for match in islice(pattern.finditer(norm), MAX_VERBS):
            if match.start() in taken:
                continue
            before = norm[max(0, match.start() - 3) : match.start()]
            if pattern in (_POST, _PRONOUN_VERB) and not re.search(r"[,\"]\s*$", before):
                continue
            if pattern in (_PRONOUN_VERB, ACCORDING_PRONOUN, OPENING_PRONOUN_VERB):
                speaker = context.pronoun(personal=False)
                found = (speaker, match.end()) if speaker else None
            else:
                found = agent_right(norm, _past_document(norm, match.end(), pattern), len(norm), mentions, context)
            if (found is None or found[0] is None) and _ACCORDING_TO.fullmatch(match.group(0)):
                found = short_source_after(norm, match.end())
            if found is None or found[0] is None:
                continue
            comma = norm.find(",", match.end(), found[1] + 1)  # the role's own commas may have read as a list
            holder = closing_name(norm, comma if comma >= 0 else found[1]) if pattern is _ACCORDING else None
            if holder is not None:  # "according to the Minister of Health, Welfare and Family, Name": the name
                named = _phrase(norm, *holder, mentions, context)
                found = (named, holder[1]) if named is not None else found
            if pattern is _AS_REPORTED and is_medium(found[0]):
                continue  # "seperti dilaporkan Reuters": a relay, credited by credits.py
            verb = re.sub(r"\s+", " ", match.group(0).casefold())
            hint = lexicon.PASSIVE_VERBS.get(verb) if pattern is _PASSIVE else None
            frames.append(
                Frame(
                    found[0],
                    match.span(),
                    (match.start(), _credit_tail(norm, found[1])),
                    (0, 0),
                    hint,
                    _rule(lang, kind, verb),
                    kind,
                    verb,
                )
            )
            taken.add(match.start())
    frames += owned_count_frames(norm, mentions, context, lang)  # "By the ministry's count, ..."
    # "as stated by X": the passive "stated by" inside the attribution is no second frame (it took the relay after)
    return [f for f in frames if not any(g is not f and g.verb[0] <= f.verb[0] and f.verb[1] <= g.verb[1]
                                         and g.verb != f.verb for g in frames)]
