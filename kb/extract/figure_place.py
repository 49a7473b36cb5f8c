"""Where a casualty figure happened, as the text writes it ("Khan Younis", "desa Tayr Harfa", "the city of Ganja").

Apart from ``scope`` (what a figure counts over: a running total, a stretch of time, one incident) because
reading a place is a task of its own: six ways of naming one, each tried in turn, and the filters that keep a
striker ("in US strikes"), a person's title, a month or a channel ("di Facebook") from passing for one.
``scope`` reads the clause's place through ``place`` for both the figure's place and its scope.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.channels import CHANNEL_NAMES

_PLACE_NOUNS = (
    r"(?:the\s+|a\s+)?(?:(?:kota|desa|kamp(?:\s+pengungsi)?|distrik|provinsi|wilayah|kawasan|negara\s+bagian|kabupaten|"
    r"region|district|province|city|town|village|camp|refugee\s+camp|state|capital|"
    r"selatan|utara|barat|timur|southern|northern|western|eastern|central)\s+(?:of\s+)?){0,3}"
)
_PLACE_RUN = (
    rf"({_PLACE_NOUNS}(?:[A-Z][\w'’-]*|al-\w+|el-\w+)(?:\s+(?:[A-Z][\w'’-]*|al-\w+))*"
    r"(?:\s+(?:region|district|province|oblast|city|township|town|village|camp|governorate|utara|selatan|barat|timur))?)"
)
# "di pasar utama El Fasher", "at the main market of El Fasher": a site in lower case before the place's name
_SITE = (r"(?:(?:the\s+)?(?:pasar|market|rumah\s+sakit|hospital|sekolah|school|masjid|mosque|klinik|clinic)"
         r"(?:\s+[a-z]+){0,2}?\s+(?:of\s+)?)?")
_PLACE = re.compile(rf"\b(?:in|at|near|di|dekat)\s+{_SITE}{_PLACE_RUN}")
# "In the southern Mykolaiv region, governor X said ...", "Di wilayah selatan Mykolaiv, ...": a place opening the
# sentence, closed by its comma (not "At Least 12 Killed", "In Israel's war on Gaza", a headline's "Killed In Kharkiv
# Strike, Governor Says"). It is where the speaker is as often as where the figure is ("In Geneva, the UN said 40 were
# killed in Rafah"), so it is tried last. At most six names: a failed lookahead backtracks over a bounded run.
_FRONTED_PLACE = re.compile(
    r"(?:(?<![^\n])|(?<=[.!?;:\"“”(]\s)|(?<=[\"“(]))(?:In|At|Near|Di|Dekat)\s+"
    rf"({_PLACE_NOUNS}(?:[A-Z][\w'’-]*|al-\w+|el-\w+)(?:\s+(?:[A-Z][\w'’-]*|al-\w+)){{0,5}}"
    r"(?:\s+(?:region|district|province|oblast|city|township|town|village|camp|governorate|utara|selatan|barat|timur))?)(?=\s*,)"
)
# "in western Sudan's city of El Fasher", "in Ukraine's second-largest city of Kharkiv", "in President X's hometown of
# Y": the named place, not its owner
_OWNED_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:[a-z]+\s+)?(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*['’]s\s+(?:[\w-]+\s+){0,2}?(?:city|town|"
    r"village|region|province|state|capital|district|port|enclave|hometown|home\s+town)\s+of\s+((?:[A-Z][\w'’-]*|al-\w+|el-\w+)(?:\s+(?:[A-Z][\w'’-]*|al-\w+))*)"
)
# "shelled the city of Ganja", "menyerang kota Kharkiv": a place noun marks a place without a preposition
_NAMED_PLACE = re.compile(
    r"\b(?:the\s+)?(?:city|town|village|kota|desa|kamp|camp)\s+(?:of\s+)?"
    r"((?:[A-Z][\w'’-]*|al-\w+)(?:\s+(?:[A-Z][\w'’-]*|al-\w+))*)"
)
# "the bombardment of Ganja", "a strike on Kyiv", "serangan terhadap Kharkiv": the target of the attack is where it
# struck (after "of" only a bombardment or shelling: "the attack of Hamas" names the attacker)
_TARGET_PLACE = re.compile(
    r"\b(?i:(?:bombardment|shelling|bombing)\s+of|(?:strikes?|attacks?|raids?|assault|shelling|bombardment|bombing)\s+on"
    r"|(?:serangan|penembakan|pengeboman|pemboman|gempuran)\s+(?:ke|terhadap|atas))\s+"
    r"((?:[A-Z][\w-]*|al-\w+|el-\w+)(?:\s+(?:[A-Z][\w-]*|al-\w+))*)(?![\w'’-])"  # never "Ukraine's"
)
# "in the other territory it occupies, the West Bank, ...": a place named in apposition to a place noun
_APPOSED_PLACE = re.compile(
    r"\b(?i:in|di)\s+(?:the\s+)?(?:[a-z]+\s+){0,6}?(?i:area|territory|territories|region|enclave|wilayah|kawasan"
    r"|daerah)(?:\s+[\w-]+){0,5},\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*),"
)
# ... nor a channel a statement was posted on ("kata juru bicara di Facebook")
_NOT_PLACE = frozenset(
    (*(m.title() for m in lexicon.MONTHS), *(w.title() for w in lexicon.WEEKDAYS), "The", "A", "Sept",
     *CHANNEL_NAMES)
)


def place(norm: str, lo: int, hi: int) -> str | None:
    """The first place the clause names after "in"/"di"/"at", as written ("Khan Younis", "desa Tayr Harfa"), else
    one a place noun names ("shelled the city of Ganja")."""
    for pattern in (_OWNED_PLACE, _PLACE, _NAMED_PLACE, _TARGET_PLACE, _APPOSED_PLACE, _FRONTED_PLACE):
        found = _first_place(pattern, norm, lo, hi)
        if found:
            return found
    return None


# Who struck, not where: "in US strikes", "in Israeli raids", "in U.S. and British strikes"
_STRIKER = re.compile(
    r"(?:[A-Z]\.|\.(?=[A-Z])|\s)*(?:(?:and|dan)\s+[A-Z][\w.'’-]*\s+)?"
    r"(?:(?:air|drone|missile|rocket|artillery|udara|rudal|roket|drone|military|militer|ground|darat)\s+)?"
    r"(?:strikes?|attacks?|raids?|shelling|bombardments?|bombing|airstrikes?|air\s+strikes?|fire|serangan|gempuran"
    r"|pengeboman|tembakan|forces|troops|pasukan|offensives?|operations?|campaign|invasion|agresi|invasi|operasi)\b",
    re.IGNORECASE,
)


# Titles of people: a run holding one names a person ("President Volodymyr Zelenskiy"), not where a figure is.
_TITLES = frozenset((
    "president", "presiden", "minister", "menteri", "prime", "governor", "gubernur", "mayor", "king", "raja",
    "general", "jenderal", "commander", "komandan", "spokesman", "spokeswoman", "secretary", "sekretaris",
))
_ARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an)-")  # "el-Obeid", "al-Mawasi": the name after the article


# Where people went, not where the figure happened: "mengungsi ke kamp Zamzam", "fled to the town of X".
_TOWARD = re.compile(r"(?<![\w-])(?:ke|menuju|to|into|towards?)\s+(?:the\s+)?$", re.IGNORECASE)


def _first_place(pattern: re.Pattern[str], norm: str, lo: int, hi: int) -> str | None:
    for match in pattern.finditer(norm, lo, hi):
        if _STRIKER.match(norm, match.end(1)) or _TOWARD.search(norm, max(lo, match.start() - 12), match.start()):
            continue
        words = match.group(1).split()
        if words and words[0].casefold() in ("the", "a"):
            words.pop(0)
        while words and words[-1] in _NOT_PLACE:
            words.pop()
        if words and words[-1][-2:] in ("'s", "’s"):
            words[-1] = words[-1][:-2]  # "in Ukraine's east": Ukraine
        if any(w.casefold() in _TITLES for w in words):
            continue  # "in Ukrainian President Volodymyr Zelenskiy's ...": a person's title, never a place
        if any(_ARTICLE.sub("", w)[:1].isupper() for w in words) and not any(w in _NOT_PLACE for w in words[:1]):
            return " ".join(words)
    return None
