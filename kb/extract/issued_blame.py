"""Blame carried by a document its issuer puts out: "Ukraine's foreign ministry issued a statement accusing Russia of
...", "Armenia sent a letter to the UN blaming Azerbaijan for ...", "Armenia mengirim surat ke PBB yang menuding
Azerbaijan ..."; and blame told by an idiom rather than a verb of blame ("laid the blame for the clashes on X",
"pointed the finger at X", "menimpakan kesalahan kepada X").

Why a rule of its own (issue 13, session 34 types sweep): the accusing participle after a noun is read as describing
that noun ("gunmen demanding ransom", ``lexicon.PROGRESSIVE_ONLY``), so no frame held it and the accusation was lost
(or, in Indonesian, fell to the outlet).  After a document noun the participle is the document's content, and the
document's issuer -- the party or person opening the clause -- accuses.  One bounded match per form; the accused and
the allegation are read as for any accusing verb (``draft_parties.make_draft`` over the words after the participle).
No speech verb heads an idiom either; its subject blames the party named right after "on"/"at"/"kepada".
"""

from __future__ import annotations

import re

from kb.extract.draft_parties import make_draft
from kb.extract.drafts import Draft, SentenceInput
from kb.extract.mentions import Mention
from kb.extract.scope_marks import BREAK, last_before
from kb.extract.speaker_sides import party_label
from kb.extract.speakers import Speaker

_DOC = (r"(?:statement|letter|video|message|complaint|communiqu[eé]|note|post|address|speech|pernyataan|surat"
        r"|unggahan|rilis|nota|protes|pidato|keterangan)")
_ISSUE = (r"(?:issued|released|published|sent|posted|put\s+out|wrote|filed|delivered|made|mengeluarkan|merilis"
          r"|mengirim(?:kan)?|menerbitkan|mengunggah|melayangkan|menyampaikan|menulis)")
_ISSUED = re.compile(
    rf"(?<![\w-]){_ISSUE}\s+(?:(?:a|an|its|their|the|sebuah|selembar)\s+)?(?:[\w-]+\s+){{0,2}}?{_DOC}"
    r"(?:\s+(?:to|on|at|with|ke|kepada|di)\s+[^,.;:\"“”]{1,40}?)?"
    r"\s+(?:yang\s+)?(?P<verb>accusing|blaming|condemning|menuduh|menuding|menyalahkan|mengecam"
    r"|(?P<deny>rejecting|denying|dismissing|membantah|menolak|menepis|menyangkal))(?![\w-])",
    re.IGNORECASE,
)
_KINDS = ("State", "Government", "Ministry", "Organization", "Group", "Person")
_PARTICIPLES = re.compile(r"accusing|blaming|condemning|rejecting|denying|dismissing|menuduh|menuding|menyalahkan"
                          r"|mengecam|membantah|menolak|menepis|menyangkal", re.IGNORECASE)


def _issuer(s: SentenceInput, pos: int) -> Mention | None:
    """The party or person right before the issuing verb at ``pos`` (its subject), a time or an adverb apart; a
    subject the gazetteer cannot name ("the state governor") is left to the frames."""
    clause = last_before(BREAK, s.norm, pos)
    before = [m for m in s.mentions
              if clause <= m.start and m.end <= pos and (m.actor is None or m.actor.kind in _KINDS)]
    return before[-1] if before and _GAP.fullmatch(s.norm, before[-1].end, pos) else None


# what may stand between the issuer and its verb: "on Monday", "also", "pada Senin", "juga"; each space belongs to one
# place only (spaces, then an optional comma and its spaces, then a whole word), so a failing match backtracks
# linearly: the first form, "\s*(?:,?\s*(?:...)\s*)*", split every run of words 2^n ways (review34: 20 "also"s 0.8 s)
_GAP = re.compile(r"(?:\s*(?:,\s*)?(?:on\s+\w+|also|later|then|earlier|juga|pun|pada\s+\w+|kemudian|telah|sudah)"
                  r"(?![\w-]))*\s*", re.IGNORECASE)


def issued_accusations(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """One accusation per document put out with blame in it, or one denial per document rejecting a charge (with
    the charge's own accusation when its maker is named), unless a frame already gave its issuer that claim."""
    if _PARTICIPLES.search(s.norm) is None:
        return []  # no participle of blame or denial: the common case, one search
    made = {(d.type, d.speaker.label) for d in drafts}
    out: list[Draft] = []
    for match in _ISSUED.finditer(s.norm):
        issuer = _issuer(s, match.start())
        kind = "denial" if match.group("deny") else "accusation"
        written = _body_as_written(s, last_before(BREAK, s.norm, match.start()), match.start()) if issuer is None \
            else None
        if issuer is None and written is None:
            continue
        actor = issuer.actor if issuer is not None else None
        speaker = (Speaker(actor.label, actor.iri, issuer.role, actor) if issuer is not None and actor is not None
                   else Speaker(issuer.name or issuer.text, None, issuer.role) if issuer is not None
                   else Speaker(written or ""))
        if (kind, speaker.label) in made:
            continue
        draft = make_draft(s, kind, speaker, f"issued.{kind}", (match.end("verb"), len(s.norm)), [])
        if draft.type == kind and (draft.subject or kind == "denial"):
            out.append(draft)
            made.add((kind, speaker.label))
        maker = _charge_maker(s, match.end("verb")) if kind == "denial" else None
        accused = party_label(actor, s.gazetteer) if actor is not None else speaker.label
        if maker is not None and ("accusation", maker.label) not in made and maker.label != speaker.label:
            out.append(Draft("accusation", maker, "issued.charge", (match.end("verb"), len(s.norm)), accused,
                             allegation=_denied_act(s, match.end("verb")) or draft.allegation))
            made.add(("accusation", maker.label))
    return out


# the head noun of a body the gazetteer does not know, written as the clause's subject ("The Tigrayan forces later
# issued ...", "the regional government"): English heads last, Indonesian first
_BODY_HEADS = frozenset(("forces", "army", "militia", "rebels", "fighters", "group", "government", "ministry",
                         "council", "office", "authorities", "administration", "pasukan", "tentara", "milisi",
                         "pemberontak", "kelompok", "pemerintah", "kementerian", "dewan", "kantor"))
_LEADING = frozenset(("the", "a", "an", "its", "their", "pihak", "para"))
_TIME_WORDS = frozenset(("later", "then", "also", "earlier", "kemudian", "juga", "lalu"))


def _body_as_written(s: SentenceInput, lo: int, hi: int) -> str | None:
    """A body named as written in ``norm[lo:hi]`` (two to five words, capitalised, with a body's head noun)."""
    words = re.findall(r"[\w'\u2019-]+", s.norm[lo:hi])
    while words and words[-1].casefold() in _TIME_WORDS:
        words.pop()
    while words and words[0].casefold() in _LEADING:
        words.pop(0)
    if not 2 <= len(words) <= 5 or not any(w[:1].isupper() for w in words):
        return None
    headed = words[-1].casefold() in _BODY_HEADS or words[0].casefold() in _BODY_HEADS
    return " ".join(words) if headed else None


# the maker of the charge a document rejects: "rejecting what it called a false allegation by X", "tuduhan dari X"
_CHARGE_BY = re.compile(
    r"(?:allegations?|accusations?|charges?|claims?|tuduhan|tudingan)[\"”’']?\s+(?:(?:made|levelled|leveled)\s+)?"
    r"(?:by|from|of|dari|oleh)\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)


def _charge_maker(s: SentenceInput, start: int) -> Speaker | None:
    """Who made the rejected charge, named within the few words after ``start``: a known party, else a body as
    written up to the next conjunction or clause mark."""
    match = _CHARGE_BY.search(s.norm, start, min(len(s.norm), start + 70))
    if match is None:
        return None
    known = _known(s, match.end())
    if known is not None and known.actor is not None:
        return Speaker(known.actor.label, known.actor.iri, known.role, known.actor)
    stop = _PHRASE_END.search(s.norm, match.end())
    written = _body_as_written(s, match.end(), stop.start() if stop else len(s.norm))
    return Speaker(written) if written else None


_PHRASE_END = re.compile(r"[,.;:\"“”]|\s(?:and|dan|that|bahwa|over|atas|about|tentang)\s", re.IGNORECASE)


# "... and denying any involvement in the killings": what the charge was about, after the second participle
_DENYING = re.compile(r"(?<![\w-])(?:denying|membantah)\s+(?:any\s+|adanya\s+)?(?P<what>[^.;:!?\"“”]{3,120})",
                      re.IGNORECASE)


def _denied_act(s: SentenceInput, start: int) -> str | None:
    match = _DENYING.search(s.norm, start)
    return match.group("what").strip() if match else None


def _known(s: SentenceInput, pos: int) -> Mention | None:
    return next((m for m in s.mentions if m.start == pos and m.actor is not None and m.actor.kind in _KINDS), None)


# "laid the blame (for X) on Y", "pointed the finger at Y", "menimpakan kesalahan (atas X) kepada Y": Y right after
_IDIOM = re.compile(
    r"(?<![\w-])(?:(?:laid|lays|lay|laying|put|puts|placed|places|pinned|pins)\s+(?:the\s+)?blame"
    r"(?P<for>\s+for\s+[^,.;:\"“”]{1,60}?)?\s+(?:squarely\s+|firmly\s+)?on"
    r"|(?:pointed|points|pointing|point)\s+(?:the\s+|an\s+accusing\s+)?finger\s+at"
    r"|menimpakan\s+(?:kesalahan|tanggung\s+jawab)(?P<atas>\s+atas\s+[^,.;:\"“”]{1,60}?)?\s+(?:kepada|pada))"
    r"\s+(?:the\s+|pihak\s+)?",
    re.IGNORECASE,
)
_IDIOM_WORDS = re.compile(r"blame|finger|menimpakan", re.IGNORECASE)
_REST = re.compile(r"\s*(?:over|for|atas|karena)\s+(?P<what>[^,.;:!?\"“”]{3,120})", re.IGNORECASE)


def idiom_accusations(s: SentenceInput, drafts: list[Draft]) -> list[Draft]:
    """One accusation per idiom of blame whose subject and target are both named."""
    if _IDIOM_WORDS.search(s.norm) is None:
        return []
    made = {d.speaker.label for d in drafts if d.type == "accusation"}
    out: list[Draft] = []
    for match in _IDIOM.finditer(s.norm):
        blamer = _issuer(s, match.start())
        accused = next((m for m in s.mentions if m.start == match.end() and m.actor is not None
                        and m.actor.kind in _KINDS[:-1]), None)
        if blamer is None or accused is None or blamer.actor is None or accused.actor is None:
            continue
        speaker = Speaker(blamer.actor.label, blamer.actor.iri, blamer.role, blamer.actor)
        if speaker.label in made or blamer.actor.iri == accused.actor.iri:
            continue
        reason = match.group("for") or match.group("atas")
        rest = _REST.match(s.norm, accused.end)
        what = re.sub(r"^\s*(?:for|atas)\s+", "", reason) if reason else (rest.group("what") if rest else None)
        out.append(Draft("accusation", speaker, "idiom.accusation", (0, len(s.norm)),
                         party_label(accused.actor, s.gazetteer), allegation=what.strip() if what else None))
        made.add(speaker.label)
    return out


__all__ = ["idiom_accusations", "issued_accusations"]
