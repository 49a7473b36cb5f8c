"""Words around a speaker phrase that still belong to it: English modifiers before its head ("a local
monitoring group"), a party bridged to its head ("Palestinian health officials"), coordinated generic
speakers ("locals and media reports"), and the office written before a name between commas ("Juru bicara
Kemhan Armenia, Shushan Stepanyan, mengatakan").

Split from ``agents`` (the walk itself) so that each stays readable.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.mentions import Mention
from kb.extract.scope_marks import BREAK, last_before
from kb.extract.speaker_words import _GAP, _HEADS, _OPENERS, _STOPS

# An office opening the clause and ending at the comma before its holder's name: "Juru bicara Kemhan
# Armenia," "Israel's military spokesman," "The head of the regional military administration,".
_ROLE_LEAD = re.compile(
    r"\s*(?:(?:the|a|an|sang|seorang)\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,2}?"
    rf"(?:{alternation(lexicon.ROLE_HEADS)})(?![\w-])[^,.;:\"“”]{{0,80}}",
    re.IGNORECASE,
)


def role_lead(norm: str, lower: int, comma: int) -> int | None:
    """Where the office before "<office>, <Name>," begins, when the clause from ``lower`` to the comma is
    that office and nothing else; None otherwise."""
    match = _ROLE_LEAD.match(norm, lower, comma)
    if match is None or match.end() != comma:
        return None
    return lower + len(norm[lower:comma]) - len(norm[lower:comma].lstrip())


def coordinated(tokens: list[tuple[int, int, str]], i: int, lang: str) -> bool:
    """Whether a plain word at ``i`` ends "<speakers> and" before the phrase ("locals and media reports",
    "witnesses and local media"): generic speakers coordinated with what the walk has read so far."""
    if lang != "en" or i < 2 or tokens[i][2].casefold() not in ("and",):
        return False
    first = tokens[i - 1][2]
    return first.islower() and first in _HEADS


_RELATIVES = frozenset(("where", "which", "who", "whom", "whose", "when", "that", "as", "whereas", "while"))
_DETERMINERS = frozenset(("a", "an", "the", "another", "other", "some", "several", "two", "three", "many"))


def modifiers(tokens: list[tuple[int, int, str]], i: int, phrase: str, lang: str) -> int:
    """How many words ending at ``i`` qualify an English head noun: "the Gaza ministry", "a local monitoring
    group", "an informed source" (0 when they do not: lower-case words must follow an article)."""
    if lang == "id":
        return _head_first(tokens, i)
    words = phrase.split()
    for cut in ("in", "di", "at"):  # "mission in Ukraine": the head stands before the place
        if cut in words[1:]:
            words = words[: words.index(cut, 1)]
    head = words[-1].casefold() if words else ""
    if lang != "en" or head not in _HEADS:
        return 0
    word = tokens[i][2]
    if word[:1].isupper() and word not in _OPENERS and word[0].isalpha():
        return 1
    count = 0
    while count < 3 and i - count >= 0:
        candidate = tokens[i - count][2]
        if candidate.casefold() in _DETERMINERS or (count and not candidate[0].isalnum()):
            return count  # "the", or a comma before "medical sources said": where the modifiers begin
        if count and candidate[:1].isupper() and candidate.isalpha() and candidate not in _OPENERS:
            return count  # "the United Nations human rights monitoring mission": a name before the modifiers
        plain = re.sub(r"['’]s$|(?<=s)['’]$", "", candidate).replace("-", "")  # "prosecutor's", "doctors' group"
        opening = i - count == 0 or not tokens[i - count - 1][2][0].isalnum()
        if count and opening and plain.isalpha() and candidate[:1].isupper() and candidate not in _OPENERS:
            return count + 1  # "Local health officials": the sentence's capital on a modifier
        if not (plain.isalpha() and candidate.islower()) or candidate in _STOPS or candidate in _GAP \
                or candidate in _RELATIVES:
            return 0
        count += 1
    left = tokens[i - count][2] if i - count >= 0 else ","
    return count if left.casefold() in _DETERMINERS or not left[0].isalnum() else 0


def _head_first(tokens: list[tuple[int, int, str]], i: int) -> int:
    """How many words ending at ``i`` follow an Indonesian speaker head as its modifiers ("pejabat kesehatan
    setempat", "sumber militer senior"): up to three plain lower-case words, then the head."""
    for count in range(1, 4):
        if i - count < 0:
            return 0
        word = tokens[i - count + 1][2]  # "kelompok pro-demokrasi setempat": a hyphenated modifier too
        if not (word.replace("-", "").isalpha() and word.islower()) or word in _STOPS or word in _GAP:
            return 0
        if tokens[i - count][2].casefold() in _HEADS:
            return count
    return 0


def bridge(
    norm: str, tokens: list[tuple[int, int, str]], i: int, start: int, end: int, mentions: list[Mention]
) -> tuple[int, int] | None:
    """Up to two plain words between a party and a speaker noun ("Palestinian health officials",
    "pejabat kesehatan Palestina"): where the phrase then starts and the next token to read."""
    head = norm[start:end].split()
    for k in (i - 1, i - 2):
        if k < 0:
            return None
        gap = [t[2] for t in tokens[k + 1 : i + 1]]
        if not all(w.isalpha() and w.islower() and w not in _STOPS and w not in _GAP for w in gap):
            return None
        owner = next((m for m in mentions if m.start <= tokens[k][0] < m.end and m.actor is not None), None)
        english_head = bool(head) and head[-1].casefold() in _HEADS and owner is not None
        indonesian_head = tokens[k][2].casefold() in _HEADS and any(m.start >= start for m in mentions)
        if english_head and owner is not None:
            j = k
            while j >= 0 and tokens[j][0] >= owner.start:
                j -= 1
            return owner.start, j
        if indonesian_head:
            return tokens[k][0], k - 1
    return None


def head_before_place(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Where a speaker head stands before "in"/"di" at ``i`` ("officials in", "ministry of health in"), up to
    three plain lower-case words back; None when none does (then "in Kharkiv" is a place, not a speaker).  A name
    with its initials in brackets before the place ("Pusat Hak Asasi Manusia Palestina (PCHR) di Gaza") is one."""
    if (i >= 4 and [t[2] for t in tokens[i - 3 : i]][::2] == ["(", ")"] and tokens[i - 2][2].isupper()
            and tokens[i - 2][2].isalpha() and tokens[i - 4][2][:1].isupper()):
        return i - 4
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j][2]
        if word.casefold() in _HEADS:
            return j
        if not (word.isalpha() and word.islower()):
            return None
    return None


# Who speaks for a body they come from: "an official from a local women's group", "sumber dari rumah sakit".
_MEMBERS = frozenset((
    "official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson", "member", "members",
    "representative", "representatives", "doctor", "doctors", "worker", "workers", "pejabat", "sumber", "anggota",
    "perwakilan", "dokter", "petugas", "petinggi", "relawan",
    # who works or campaigns for a body, as wire copy names them ("activists from the resistance committee", "a medic
    # with the aid group", "aktivis dari komite perlawanan", "staf dari badan PBB")
    "activist", "activists", "volunteer", "volunteers", "medic", "medics", "paramedic", "paramedics", "staff",
    "employee", "employees", "aktivis", "staf", "pegawai",
))
# "with" ties a member to its body in English ("a doctor with the aid group said"), as "from" does
MEMBER_OF = ("from", "with", "dari")


def ends_with_member(phrase: str) -> bool:
    """Whether a speaker phrase read so far ends with a member noun, so that a "from"/"dari" next goes on to the
    body it speaks for ("according to officials from the Arakan Army", "menurut pejabat dari ...")."""
    last = phrase.rstrip().rsplit(None, 1)
    return bool(last) and last[-1].casefold() in _MEMBERS


def member_of(tokens: list[tuple[int, int, str]], i: int) -> int | None:
    """Where "<official> from"/"<sumber> dari" stands when ``i`` is that "from"/"dari" (the body it comes from
    is read already): the person speaks for it.  None otherwise (then "from" opens an object or a place)."""
    if i < 1 or tokens[i][2].casefold() not in MEMBER_OF or tokens[i - 1][2].casefold() not in _MEMBERS:
        return None
    return i - 1


def unquoted(tokens: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The tokens without quotation marks around a name ("the publication \"Armenpress\" notes", "kantor
    berita \"Sputnik\" melaporkan"): a quoted name is still the speaker.  Other quotation marks stay, and
    still end the phrase."""
    drop: set[int] = set()
    for k, token in enumerate(tokens):
        if token[2] != '"' or k in drop:
            continue
        words = 0
        while k + words + 1 < len(tokens) and words < 4 and tokens[k + words + 1][2][:1].isupper():
            words += 1
        closing = k + words + 1
        if words and closing < len(tokens) and tokens[closing][2] == '"':
            drop.update((k, closing))
    return [t for k, t in enumerate(tokens) if k not in drop] if drop else tokens


# A bracketed description of two words or more between a subject and its verb ("Yerevan (ibu kota Armenia)
# menuding"); a bracketed acronym ("the Arakan Army (AA) said") is one word and part of the name.
_BRACKETED_BEFORE = re.compile(r"\s*\([^()]*\w\s+\w[^()]*\)\s*$")
# an aside set off by dashes between the subject and its verb, as brackets set one off ("The ministry — whose count
# the UN has used before — said", "Kementerian itu – yang tidak membedakan ... – mengatakan"): an en or em dash, or a
# hyphen with a space either side, on both ends; words only, at most 140 characters, never a sentence's end
_DASHED_BEFORE = re.compile(r"\s+(?:[—–]|-(?=\s))\s*[^—–.;:!?\"“”()]{3,140}?\s(?:[—–]|-)\s*$")
# a body's initials in brackets closing a member's phrase ("Nay Myo Htun of the Arakan Army (AA) said", "kata X dari
# Tentara Arakan (AA)"): the phrase ends before them, so the walk reads the person the body qualifies, not the
# initials as the speaker.  Only after "of"/"dari" and a name: "the state news agency (SPA)" is known by them.
_INITIALS_BEFORE = re.compile(r"(?<![\w-])(?:of|dari)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*"
                              r"(?P<aside>\s*\(\s*[A-Z][A-Za-z&-]{1,9}\s*\))\s*$")

# Whom a speaker told, or through whom, between it and its verb: "X kepada wartawan mengatakan", "X melalui juru
# bicaranya mengatakan"
_TOLD_THROUGH = re.compile(r"\s+(?:kepada\s+(?:para\s+)?(?:wartawan|awak\s+media|media|jurnalis|pers)"
                           # a medium named by its kind and name: "X kepada stasiun televisi Suspilne mengatakan"
                           r"|kepada\s+(?:kantor\s+berita|stasiun\s+(?:televisi|tv|radio)|televisi|radio|harian|koran"
                           r"|surat\s+kabar|media)(?:\s+[a-z-]+){0,2}(?:\s+[A-Z][\w.&-]*){1,3}"
                           r"|melalui\s+juru\s+bicara(?:nya)?|for\s+the\s+first\s+time|untuk\s+pertama\s+kal(?:i|inya))"
                           r"\s*$", re.IGNORECASE)  # and "for the first time", "untuk pertama kalinya" between
# the office the speaker holds, after "selaku" (in the capacity of): "Ahmad Noori selaku kepala dinas kesehatan
# setempat menyebut" (the person speaks, the office only says who he is)
_IN_OFFICE = re.compile(r"\s+selaku\s+[^,.;:\"“”()]{3,80}?\s*$", re.IGNORECASE)
# when and by whom the speaker was reached, between it and its verb: "X saat dikonfirmasi wartawan menyebut", "X
# ketika dihubungi Harian Y, Senin, mengatakan" (whoever reached X is the reporter, never the speaker)
_REACHED = re.compile(
    r",?\s+(?:saat|ketika|waktu|sewaktu|tatkala)\s+(?:di(?:konfirmasi|hubungi|temui|wawancarai|mintai\s+"
    r"(?:keterangan|tanggapan|konfirmasi)))(?:\s+oleh)?(?:\s+[^\s,.;:\"“”]+){0,5}?"
    r"(?:,?\s+(?:pada\s+)?(?:hari\s+)?(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu)(?:\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?)?"
    r",?\s*$",
    re.IGNORECASE,
)


# the medium that carried the words, told between the subject and its verb: "X dalam keterangannya yang dikutip Al
# Arabiya menyebut", "X, dalam pernyataan yang dilansir kantor berita SPA, mengatakan" (the medium is the relay)
_RELAYED_BETWEEN = re.compile(
    r",?\s+(?:dalam\s+(?:keterangan|pernyataan|unggahan)(?:nya|\s+resmi(?:nya)?)?\s+)?(?:yang\s+)?"
    r"(?:dikutip|dilansir|disiarkan|dimuat|diberitakan)\s+(?:oleh\s+)?(?:kantor\s+berita\s+|media\s+)?"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s*,?\s*$"
)


# A relative clause telling who the subject is, between it and its verb: "A medic who reached the village said", "a
# volunteer who drove two wounded boys to the clinic said", "residents who fled Rafah said" (a name in
# the clause is where or whom, not the speaker). Words only (no comma, quote or figure: "officials who counted 40
# dead said" keeps its reading), at most twelve of them.
_WHO_BETWEEN = re.compile(
    r"\s+who\s+(?!said\b|says\b|told\b)(?:[A-Za-z][\w'’-]*\s+){0,11}(?!(?:and|or|but|then)\s+$)[A-Za-z][\w'’-]*\s+$"
)  # never ending on "and": "a man who fled to Chad and asked that ..." coordinates the verb inside the clause


# A description set off by commas whose own clause names others ("The Yemen Data Project, a group that tracks the
# war through field monitors, says"): the name before it speaks, never the clause's last noun (session 34: batch 25
# read blind made "monitors" the speaker)
_DESCRIBED_BETWEEN = re.compile(
    r"(?<=[\w)]),\s+(?:a|an|the|sebuah|seorang)\s+[^,;:\"“”()]{1,80}?\s(?:that|which|who|yang)\s[^,;:\"“”()]{1,120},\s*$",
    re.IGNORECASE,
)


def described_before(norm: str, lower: int, verb_start: int) -> tuple[int, int] | None:
    """(where the description starts, the clause's start before it) when a comma-set description with a relative
    clause of its own stands right before the verb and the clause bound ``lower`` falls inside it (its "that" or
    "yang" reads as a clause break); else None."""
    found = _DESCRIBED_BETWEEN.search(norm, max(0, verb_start - 200), verb_start)
    if found is None or found.start() >= lower:
        return None
    return found.start(), last_before(BREAK, norm, found.start())


def aside_before_verb(norm: str, lower: int, verb_start: int) -> int:
    """Where the subject's phrase ends before the verb at ``verb_start``: before a bracketed description
    ("Yerevan (the Armenian capital) accused", or one between dashes), whom it told or spoke through ("X kepada
    wartawan mengatakan", "X melalui juru bicaranya mengatakan"), the medium that carried it ("X dalam
    keterangannya yang dikutip Y menyebut"), a clause of who it is ("a medic who reached the village said") or
    "for the first time"; else ``verb_start``."""
    initials = _INITIALS_BEFORE.search(norm, max(lower, verb_start - 80), verb_start)
    if initials is not None:
        return initials.start("aside")
    aside = _BRACKETED_BEFORE.search(norm, max(lower, verb_start - 80), verb_start) or \
        _DASHED_BEFORE.search(norm, max(lower, verb_start - 150), verb_start) or \
        _TOLD_THROUGH.search(norm, max(lower, verb_start - 70), verb_start) or \
        _REACHED.search(norm, max(lower, verb_start - 90), verb_start) or \
        _IN_OFFICE.search(norm, max(lower, verb_start - 90), verb_start) or \
        _RELAYED_BETWEEN.search(norm, max(lower, verb_start - 80), verb_start) or \
        _WHO_BETWEEN.search(norm, max(lower, verb_start - 90), verb_start)
    return aside.start() if aside is not None else verb_start
