"""A relay the reporter credits goes on into the next sentence: "Dikutip BBC, tiga pekerja tewas ... . /
Dua lainnya terluka parah." — the second figure is BBC's report too.

Why: the annotation convention credits ``via`` "in the next sentence when it continues the same
statement"; a reporter paraphrasing a medium writes the credit once and goes on without it.  Only the
very next sentence inherits it, only when neither sentence names a speaker of its own, and only for the
reporter's own (outlet) claims that credit nobody else.
"""

from __future__ import annotations

import re

from kb.actors import Gazetteer
from kb.extract.frames import Frame, via_mentions
from kb.extract.mentions import Mention
from kb.extract.speakers import Speaker
from kb.pipeline.record import Claim


def credited_media(norm: str, mentions: list[Mention], frames: list[Frame], outlet: str) -> list[str]:
    """The media a frameless sentence credits ("Dikutip BBC, ...", "..., demikian diwartakan VOA")."""
    if frames:
        return []
    starts = via_mentions(norm, mentions)
    labels = [m.actor.label for m in mentions if m.start in starts and m.actor is not None]
    return [label for i, label in enumerate(labels) if label not in labels[:i] and label != outlet]


def carry_relay(claims: list[Claim], media: list[str], wire: list[str]) -> None:
    """Give the sentence's outlet claims that credit no medium of their own the relay before (in place)."""
    for claim in claims:
        if ".outlet." in claim.rule and all(v in wire for v in claim.via):
            claim.via = [*media, *(v for v in claim.via if v not in media)]


# A report credited before a sentence with no speaker of its own: "Sebagaimana dilaporkan Al Jazeera, di Rafah
# sedikitnya sembilan orang tewas", "As reported by the BBC, 20 people died".  The medium reported the figure, so
# it speaks; "Dikutip BBC, ..." (quoted from) keeps the medium as the reporter's relay.
_REPORTED_BY = re.compile(
    r"\W*(?:(?:sebagaimana|seperti)\s+(?:dilaporkan|diberitakan|diwartakan)(?:\s+oleh)?|as\s+reported\s+by)\s+$",
    re.IGNORECASE,
)


def reporting_medium(norm: str, mentions: list[Mention], frames: list[Frame]) -> Mention | None:
    """The medium a frameless sentence opens by saying reported it, when the credit ends at a comma."""
    if frames:
        return None
    for m in mentions:
        if m.actor is not None and m.actor.kind in ("NewsAgency", "Outlet") and _REPORTED_BY.fullmatch(norm[: m.start]):
            return m if re.match(r"\s*,", norm[m.end :]) else None
    return None


def credit_medium(claims: list[Claim], medium: str, iri: str | None) -> None:
    """Give the sentence's outlet claims to the medium that reported them (in place), no longer its relay."""
    for claim in claims:
        if ".outlet." in claim.rule:
            claim.speaker, claim.speaker_iri, claim.speaker_role = medium, iri, None
            claim.via = [v for v in claim.via if v != medium]
            claim.rule = claim.rule.replace(".outlet.", ".reported.")



_DEFINITE = re.compile(r"\W*the\s|.*\s(?:itu|tersebut)\W*$", re.IGNORECASE | re.DOTALL)


def _goes_on(frame: Frame, speaker: Speaker, norm: str) -> bool:
    """Whether ``frame`` names ``speaker`` again: the same label, or a definite shorter description of it ("A
    rescue worker from the town told AFP ... . ..., the rescue worker said", "petugas penyelamat itu")."""
    if frame.speaker.first_person:
        return False
    mine, theirs = frame.speaker.label.casefold().split(), speaker.label.casefold().split()
    if mine == theirs:
        return True
    agent = norm[frame.agent[0] : frame.agent[1]][:80]
    if _voice_of(agent, theirs):
        return True
    return 0 < len(mine) < len(theirs) and theirs[: len(mine)] == mine and _DEFINITE.match(agent) is not None


# A spokesperson of a body named by its common noun: "Juru bicara kementerian Name", "the ministry's spokesman Name",
# "ministry spokeswoman Name".
_VOICE = re.compile(
    r"\W*(?:(?:juru\s+bicara|jubir|spokes(?:man|woman|person))\s+(?P<a>[a-z]+)"
    r"|(?:the\s+)?(?P<b>[a-z]+)(?:['’]s)?\s+spokes(?:man|woman|person))(?![\w-])",
    re.IGNORECASE,
)


def _voice_of(agent: str, body: list[str]) -> bool:
    """Whether ``agent`` is a spokesperson of the body whose label's words are ``body`` ("Juru bicara kementerian
    Budi" after "Kementerian Kesehatan"): the body goes on speaking through its voice."""
    match = _VOICE.match(agent)
    noun = (match.group("a") or match.group("b") or "").casefold() if match else ""
    return noun in _BODY_NOUNS and bool(_BODY_NOUNS[noun] & set(body))


# A body's common noun, and the words a label of such a body holds in either language ("juru bicara kementerian"
# after "Gaza Health Ministry")
_KINDS_OF_BODY = (
    frozenset(("kementerian", "ministry")), frozenset(("militer", "military", "army", "tentara", "forces")),
    frozenset(("kantor", "office", "dinas", "department", "departemen")), frozenset(("kepolisian", "polisi", "police")),
    frozenset(("badan", "agency")), frozenset(("komite", "committee")),
)
_BODY_NOUNS: dict[str, frozenset[str]] = {word: kind for kind in _KINDS_OF_BODY for word in kind}


def carry_credit(frames: list[Frame], source: tuple[Speaker, list[str]] | None, norm: str) -> None:
    """Give each frame of the source of the sentence before, named again with no medium of its own, that
    source's media (in place): "X said 20 were killed, AFP reports. / X said in a statement that ...".

    Why: the conventions credit ``via`` "in the next sentence when it continues the same speaker's statement",
    and the dev annotations do so whether the speaker is named again or pointed back to (45 of 52 adjacent
    sentences of one speaker after a credited one); only pronouns ("it added") carried the medium before, and
    a speaker named again broke the chain for every sentence after it.  Another speaker gets nothing."""
    if source is None or not source[1]:
        return
    speaker, media = source
    for frame in frames:
        if not frame.via and _goes_on(frame, speaker, norm):
            frame.via = list(media)


def own_media_only(frames: list[Frame], remembered: dict[str, list[str]]) -> None:
    """Drop the media a frame took from its speaker's last sentence when it names a medium of its own (in place):
    "X told ABC News ... . He told Fox News ..." is a second interview, Fox News's alone.

    Why: a pronoun or "the report added" takes the relay of the speaker's sentence before (``find_frames``), which
    is right for "He said ..." and wrong when the sentence names whom it was told to."""
    for frame in frames:
        before = remembered.get(frame.speaker.label, [])
        own = [v for v in frame.via if v not in before]
        if own and len(own) < len(frame.via):
            frame.via = own


# A paragraph that opens by naming the medium the story was taken from, then points back to the lead: "Melansir BBC,
# Kamis (21/9/2023), jumlah korban itu belum dapat diverifikasi", "Dikutip Anadolu, laporan tersebut juga ...",
# "According to the BBC, this toll could not be verified".
_OPENING_CREDIT = re.compile(
    r"\W*(?:(?:(?:seperti|sebagaimana)\s+)?(?:melansir|dilansir|dikutip|mengutip|menukil)(?:\s+dari)?"
    r"|according\s+to|as\s+reported\s+by|citing)\s+(?:(?:the|kantor\s+berita|laman|situs)\s+)?"
    r"(?P<name>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}?)"
    r"(?:\s*,?\s*(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)(?![\w-])[^,.]{0,25})?\s*,\s*",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"(?:[\w-]+\s+){0,4}?(?:itu|tersebut|ini)(?![\w-])|(?:this|that|these|those|the\s+same)\s", re.IGNORECASE
)


# ... or names the source whose words the lead gave, speaking of the same news: "Seperti dilansir dari Reuters,
# Kementerian Kesehatan (...) menyatakan ...", "Citing Reuters, the health ministry said ...": a wire story's lead,
# then its source at the head of the next paragraph.
_SOURCE_SAYS = re.compile(
    r"(?:(?:the|para|pihak)\s+)?(?:[A-Z][\w.&'-]*|\([^()]{1,60}\)|of|for|dari|untuk)(?:\s+(?:[A-Z][\w.&'-]*|\([^()]{1,60}\)"
    r"|of|for|dari|untuk|in|di)){0,8}\s+(?:menyatakan|mengatakan|menyebutkan|menyebut|melaporkan|said|says|reported)\s",
)


def lead_relay(claims: list[Claim], paragraph: str, gazetteer: Gazetteer, outlet: str) -> str | None:
    """The medium the paragraph after the lead opens by crediting, when its words point back to the lead's
    ``claims`` or give one of their figures (of two digits or more) again.

    Why: an Indonesian site rewriting a wire story states the news in its lead, then names where it was taken
    from at the head of the next paragraph ("Melansir BBC, Kamis (...), jumlah korban itu ...", "Dilansir AFP, ...,
    the ministry said at least 43,922 ..." after a lead that gave 43,922); the annotations credit the lead's claims to
    that medium.  A paragraph that opens with a credit and goes on to new matter ("Dikutip BBC, tiga pekerja tewas
    ...") credits only itself (``credited_media``), as does any later one."""
    match = _OPENING_CREDIT.match(paragraph)
    if match is None:
        return None
    actor = gazetteer.lookup(match.group("name"))
    if actor is None or actor.kind not in ("NewsAgency", "Outlet") or actor.label == outlet:
        return None
    if _POINTS_BACK.match(paragraph, match.end()) or _SOURCE_SAYS.match(paragraph, match.end()):
        return actor.label
    figures = {_DIGITS.sub("", c.quantity_text or "") for c in claims}
    written = {_DIGITS.sub("", n) for n in _NUMBER.findall(paragraph)}
    return actor.label if any(len(f) >= 2 and f in written for f in figures) else None


def credit_lead(claims: list[Claim], paragraph: str, gazetteer: Gazetteer, outlet: str) -> None:
    """Give the lead's ``claims`` the medium the next ``paragraph`` credits for them (``lead_relay``), in place."""
    medium = lead_relay(claims, paragraph, gazetteer, outlet)
    if medium is None:
        return
    for claim in claims:
        if medium not in claim.via and claim.speaker != medium:
            claim.via = [medium, *claim.via]


_NUMBER = re.compile(r"(?<![\w.,])\d[\d.,]*\d(?![\w])|(?<![\w.,])\d(?![\w.,])")
_DIGITS = re.compile(r"\D")

