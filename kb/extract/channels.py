"""Words about how something was said, not what: the channel after a verb ("..., X announced in a statement
posted on his Telegram channel", "..., ujar X melalui akun Instagram resminya"), and "according to him"
("Menurutnya, ..."), which credits the last speaker.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation

# Where the words were said, after the verb ("..., X announced in a statement posted on his Telegram
# channel", "..., ujar X melalui akun Instagram resminya"): a channel, not what was said.
CHANNEL = re.compile(
    r"\s*(?:,\s*)?(?:in|on|via|through|during|at|dalam|melalui|lewat|di|saat)\s+(?:(?:a|an|the|his|her|its|their|sebuah|"
    r"own|official|resmi|televised|weekly|daily|written|separate|press|[a-z]+ly)\s+){0,3}(?:[a-z]+\s+)?(?:statement|post|"
    r"posting|video|message|"
    r"interview|briefing|address|speech|telegram|facebook|twitter|instagram|channel|website|broadcast|conference|"
    r"pernyataan|unggahan|akun|wawancara|konferensi|pidato|siaran|keterangan|media|platform|account|page|laman|"
    # "said on local television", "kata X di televisi pemerintah": the medium it was said on, not its content
    r"television|tv|radio|televisi|"
    # the document it was said in: "said in its daily update", "kata X dalam laporan hariannya"
    r"update|report|bulletin|release|announcement|laporan|rilis|pengumuman|buletin)"
    r"(?:-?nya)?(?![\w-])",  # "di akun Twitter-nya", "dalam pernyataannya": its channel, the owner's suffix too
    re.IGNORECASE,
)
# Platforms a statement is posted on: "di Telegram" is where it was said, never a place the speaker is in.
CHANNEL_NAMES: tuple[str, ...] = ("Telegram", "Facebook", "Twitter", "Instagram", "YouTube", "TikTok", "WhatsApp",
                                  "X", "Threads", "Truth Social", "Weibo", "VK", "Signal")
# A platform standing where a speaker should ("..., kata X di akun Twitter-nya, menambahkan: ...": the walk left
# from "menambahkan" stops at the platform): where the words were posted, never who posted them.
_CHANNEL_AGENT = re.compile(
    r"(?:(?:di|melalui|lewat|via|on|in|through)\s+)?(?:(?:akun|account|kanal|channel|page|laman|his|her|its|their"
    r"|official|resmi)\s+)*(?:" + "|".join(map(re.escape, CHANNEL_NAMES)) + r")(?:-?nya|['’]s)?"
    r"(?:\s+(?:account|channel|page|resmi(?:nya)?))?",
    re.IGNORECASE,
)


def channel_agent(phrase: str) -> bool:
    """Whether a phrase found as a speaker is only a platform ("Twitter-nya", "his Telegram channel")."""
    return _CHANNEL_AGENT.fullmatch(phrase.strip(" ,;:")) is not None


# "Menurutnya, 20 orang terluka", "according to him": the person (or body) who spoke last.
ACCORDING_PRONOUN = re.compile(
    r"(?<![\w-])(?:menurutnya|menurut\s+(?:dia|beliau|mereka)|according\s+to\s+(?:him|her|them|it)"
    # "In his words, ...", "By its count, ...", "Berdasarkan catatannya, ...": the pronoun's owner keeps the count
    r"|(?:in|by)\s+(?:his|her|their|its)\s+(?:own\s+|latest\s+)?(?:words|account|count|tally|estimate|reckoning)"
    r"|berdasarkan\s+(?:catatan|hitungan|data|perhitungan)(?:nya|\s+(?:dia|mereka))"
    r")(?![\w-])",
    re.IGNORECASE,
)


# "Katanya, ...", "Dikatakannya, ...": a verb carrying its own pronoun opens the sentence, the rest is what was said,
# as after "Menurutnya,": the person (or body) who spoke last, never the outlet (trial user31, session 31).
OPENING_PRONOUN_VERB = re.compile(
    r"^[\W_]{0,3}(?:dikatakannya|disebutkannya|ditambahkannya|dijelaskannya|diungkapkannya|ditegaskannya"
    r"|disampaikannya|katanya|ujarnya|ucapnya|tuturnya|jelasnya|tambahnya|ungkapnya|imbuhnya|paparnya|terangnya"
    r"|tegasnya|lanjutnya|sebutnya|tulisnya|akunya)(?=\s*,)",
    re.IGNORECASE,
)


# How a source spoke, not what: "..., a military official said on condition of anonymity", "speaking on
# condition of anonymity because ...", "who asked not to be named", "yang enggan disebutkan namanya".
_WHO_UNNAMED = (
    r"(?:who|yang)\s+(?:asked|requested|declined|refused|spoke|was|were|is|are|enggan|(?:tidak|tak)(?:\s+(?:mau|ingin))?"
    r"|(?:me)?minta|menolak)\s+[^,.;:\"]{0,60}?(?:named|identified|anonymity|namanya|identitasnya|disebut(?:kan)?"
    r"|diidentifikasi)"
)
ANONYMITY = re.compile(
    r"\s*,?\s*(?:(?:speaking|who\s+spoke)\s+)?on\s+(?:the\s+)?condition\s+(?:of\s+)?anonymity|\s*,?\s*"
    + _WHO_UNNAMED,
    re.IGNORECASE,
)
# The same clause between a speaker and its verb: "A police officer, who declined to be named, said".
ANONYMOUS_BEFORE = re.compile(r",?\s+" + _WHO_UNNAMED + r"\s*,?\s*$", re.IGNORECASE)


# Whom it was said to, right after the verb: "told AFP", "told reporters", "told the Reuters news agency",
# "kepada wartawan".  Followed only by how or when it was said (or nothing), it is no part of what was said.
_RECIPIENT = re.compile(
    r"\s*(?:to\s+|kepada\s+)?(?:reporters|journalists|wartawan|awak\s+media|the\s+press|by\s+(?:phone|telephone)"
    # "told regional television", "told state radio": a broadcaster named by what it is
    r"|(?:(?:the|a)\s+)?(?:(?:local|regional|state|national|public|state-run|state-owned)\s+)?(?:television|tv|radio)"
    # "told state broadcaster Suspilne", "told the news agency Interfax", "told local outlet Hromadske": a medium
    # named by what it is, then its name (session 34's sweep: the claim fell to the outlet)
    r"(?:\s+[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,2})?"
    r"|(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,2}(?:news\s+agency|agency|broadcaster|outlet|newspaper|daily|channel"
    r"|station|website|news\s+site|portal)\s+[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,2}"
    r"|(?:the\s+)?[A-Z][\w.'’/&-]*(?:\s+[A-Z][\w.'’/&-]*){0,3}(?:\s+(?:news\s+(?:agency|outlet|site|website|portal|channel)|newspaper|daily|website|broadcaster"
    r"|television|TV|radio|channel))?)(?![\w-])"
)
_BY_PHONE = re.compile(r"\s*,?\s*(?:by|via|lewat|melalui)\s+(?:tele)?(?:phone|telepon|text\s+message|pesan\s+singkat)",
                       re.IGNORECASE)
_END = re.compile(r"\s*(?:[,.;]|$)")


def _past_recipient(norm: str, tail: int) -> int:
    """Where the words after a verb go on once whom it was told is set aside (``tail`` when none is named)."""
    match = _RECIPIENT.match(norm, tail)
    return match.end() if match is not None else tail


def said_through(norm: str, tail: int, after: tuple[int, int]) -> bool:
    """Only a channel (or an anonymity clause) follows the verb, whom it was told to aside ("told AFP on
    condition of anonymity", "told reporters in a message"): no "that", figure or quotation after it."""
    past = _past_recipient(norm, tail)
    for pos in dict.fromkeys((tail, past)):
        if CHANNEL.match(norm, pos) or ANONYMITY.match(norm, pos) or _BY_PHONE.match(norm, pos):
            break
    else:
        return False
    return not re.search(r"\d|[\"“”]|(?<![\w-])(?:that|bahwa)(?![\w-])", norm[after[0] : after[1]], re.IGNORECASE)


# Only when it was said, after the verb, then a comma or the end: "..., activists said on Thursday, in one
# of the deadliest ...", "..., kata pejabat itu pada Senin (3/6)."
_WHEN = re.compile(
    r"\s*(?:(?:on|pada|late|early|earlier|hari)\s+)*(?:" + alternation(lexicon.WEEKDAYS) + r"|yesterday|today|tonight"
    r"|kemarin|overnight|earlier|later)(?:\s+(?:morning|night|evening|afternoon|pagi|malam|siang|sore))?"
    r"(?:\s*\([^()]{0,12}\))?\s*(?:[,.;]|$)",
    re.IGNORECASE,
)


def said_when(norm: str, tail: int) -> bool:
    """Only a time follows the verb before a comma or the end: the words before the speaker are the claim."""
    if _WHEN.match(norm, tail) is not None:
        return True
    past = _past_recipient(norm, tail)  # "..., a medical source told AFP." / "told Reuters on Monday"
    return past > tail and (_END.match(norm, past) is not None or _WHEN.match(norm, past) is not None)
