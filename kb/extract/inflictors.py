"""Who struck in a casualty clause: "by the RSF", "oleh Israel", "Israeli strikes", "serangan udara Arab Saudi",
"the Islamist group ... killing", "pasukan Rusia menewaskan".

Apart from ``sides`` (whose losses a figure counts, and the subject built from them) because finding the
attacker is a test of its own on each party the clause names: an attack word before or after it, a campaign
it waged, its forces opening the clause with an attack verb; and what disqualifies a party (a place it names,
"in US strikes" aside; a backer, "Iran-backed"; an issuer of figures, "data released by the UN").  ``sides``
reads the attacker through ``inflictor`` and a party's place through ``at_place``.
"""

from __future__ import annotations

import re

from kb.extract import lexicon
from kb.extract.alternation import alternation
from kb.extract.mentions import Mention

# What a toll is the result of: an incident, or a campaign named as a whole ("Russia's large-scale offensive",
# "operasi militer yang dilakukan Azerbaijan", "pengepungan yang dilakukan RSF").  Kept here, not in the
# incident nouns, so that a campaign never scopes a figure as one incident.
CAMPAIGN_NOUNS = ("offensive", "offensives", "aggression", "invasion", "military operation", "military operations",
                  "operation", "operations", "siege", "bombardments", "onslaught", "assault", "assaults",
                  "operasi militer", "operasi", "invasi", "pengepungan", "serbuan", "bombardir", "bombardemen",
                  "pengeboman", "gempuran")
ATTACK = alternation((*lexicon.INCIDENT_NOUNS, *CAMPAIGN_NOUNS))
# What a party is called before its name: "by the paramilitary Rapid Support Forces", "Iran-backed Houthis".
_DESCRIBED = (r"paramilitary|paramiliter|rebel|pemberontak|separatist|separatis|Islamist|militant|militan|armed"
              r"|bersenjata|[\w]+-(?:backed|led|aligned|allied|run)")
_STRIKER_WORDS = (
    rf"(?:{ATTACK}|forces|troops|pasukan|tentara|militer|drone|"
    r"jet|pesawat|tempur|udara|rudal|roket|artileri|artillery|continued|large-scale|heavy|massive|of|the|"
    # the striker's own craft or post the fire came from: "from the warships of", "dari kapal perang", "posisi"
    r"warships|battleships|gunboats|warplanes|ships|positions|kapal|perang|posisi|"
    rf"{_DESCRIBED})"
)
# "dari" after an attack, or before such a word: bare, it names where people came from ("tentara dari Armenia")
_BY = re.compile(
    rf"\b(?:(?:by|oleh|akibat|from|(?:{ATTACK})\s+dari)\s+(?:the\s+|a\s+|an\s+)?(?:{_STRIKER_WORDS}\s+){{0,4}}"
    rf"|dari\s+(?:{_STRIKER_WORDS}\s+){{1,4}})$",
    re.IGNORECASE,
)
# After the party: its forces and the attack, past a hyphenated qualifier, quoted or not ("the Azerbaijani
# military's “anti-terror” operations", "Russia's so-called special operation", "large-scale").
_ATTACK_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][\w-]{{1,10}}\))?(?:'s|’s)?\s*(?:(?:army|military|forces|armed\s+forces|air\s+force|troops|drone|missile|rocket|artillery|air|"
    rf"{alternation(lexicon.ATTACK_MODIFIERS)}|junta|\"|“|”|[a-z]+-[a-z]+(?:-[a-z]+)?)(?:['’]s)?\s*){{0,4}}(?:(?:memulai|melancarkan|melakukan|meluncurkan|launched|began|started|carried\s+out|"
    rf"conducted)\s+(?:a\s+|an\s+|its\s+|their\s+)?)?(?:{ATTACK})(?![\w-])",
    re.IGNORECASE,
)
_ATTACK_BEFORE = re.compile(
    rf"(?<![\w-])(?:{ATTACK})(?:\s+(?:udara|rudal|roket|drone|artileri|militer|musuh|pasukan|tentara|\"|“|”))*\s*[\"“]?$",
    re.IGNORECASE,
)
# The doer of a campaign or an attack written after it: "operasi militer yang dilakukan Azerbaijan",
# "serangan yang dilancarkan oleh pasukan Rusia", "an offensive launched by Russia".
_DONE_BY = re.compile(
    rf"(?<![\w-])(?:{ATTACK})(?![\w-])(?:\s+[\w-]+){{0,3}}?\s+(?:yang\s+)?(?:dilakukan|dilancarkan|dijalankan|digelar"
    r"|diluncurkan|launched|waged|mounted|staged)\s+(?:oleh\s+|by\s+)?(?:the\s+)?(?:(?:pasukan|militer|tentara|forces"
    rf"|troops|military|{_DESCRIBED})\s+){{0,2}}$",
    re.IGNORECASE,
)
_BACKER = re.compile(r"-(?:backed|led|aligned|allied|run|supported|sponsored)(?![\w-])", re.IGNORECASE)
# When, written between a party and its deed ("Russian forces on Tuesday shelled", "the army early on Sunday
# launched strikes", "Militer Myanmar pada 8 Januari 2025, melancarkan", "pasukan Israel pada Selasa (3/5) menggempur"):
# the wire's habit of naming the day after the subject; the subject still struck.  A day, a date with or without
# its year, or a bracketed numeric date; never more than a dozen words, so the look stays short.
_DAY = rf"(?:{alternation(lexicon.WEEKDAYS)})"
_MONTH = rf"(?:{alternation(lexicon.MONTHS)})"
_WHEN_AFTER = (
    rf"(?:,?\s+(?:(?:early|late)\s+)?(?:on|pada)\s+(?:hari\s+|the\s+(?:night|morning|evening)\s+of\s+)?"
    rf"(?:{_DAY}(?:\s+(?:malam|pagi|sore|night|morning|evening))?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?)(?:\s*\([\w/ .]{{1,12}}\))?"
    r"|\s+(?:overnight|semalam|kemarin|yesterday|earlier\s+today|today|hari\s+ini))(?![\w-]),?"
)
# "the RSF (RSF) has killed", "RSF fighters killed", "pasukan Israel menewaskan": the party, its forces, the verb
_KILLS_AFTER = re.compile(r"^(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+(?:fighters|" + alternation(lexicon.FORCE_WORDS) + r"))?"
                          + f"(?:{_WHEN_AFTER})?"
                          r"\s+(?:(?:has|have|had|telah|juga|also|reportedly)\s+)*(?:killed|menewaskan|membunuh)\b",
                          re.IGNORECASE)


_AT = re.compile(
    r"\b(?:in|at|near|across|di|dekat|ke)\s+(?:the\s+)?(?:(?:wilayah|kota|desa|provinsi|kawasan|selatan|utara|barat|timur|"
    r"southern|northern|eastern|western|central|city\s+of|region\s+of|province\s+of)\s+){0,2}$",
    re.IGNORECASE,
)


_JOINED = re.compile(r"^\.?\s*(?:,|and|dan|&)\s+[A-Z][\w.'’-]*(?=\s)")


def at_place(norm: str, mention: Mention) -> bool:
    """ "in Lebanon", "di selatan Lebanon", "near the city of Kharkiv": the figure's place, not a party."""
    after = norm[mention.end : mention.end + 60]
    joined = _JOINED.match(after)  # "in U.S. and British strikes": the first of two strikers
    if _ATTACK_AFTER.match(after[joined.end() :] if joined else after):
        return False  # "killed in US strikes", "in Israeli raids": who struck, not where
    return bool(_AT.search(norm, max(0, mention.start - 40), mention.start))


# Who issued a figure, or runs the body that did, is no attacker: "figures released by the Houthis", "data
# yang dirilis oleh PBB", "the ministry run by Hamas".
_ISSUER_BEFORE = re.compile(
    r"(?:released|issued|published|compiled|provided|announced|gathered|reported|dirilis|dikeluarkan|diterbitkan"
    r"|dihimpun|diumumkan|dilaporkan|disampaikan|run|controlled|operated|dikelola|dikuasai"
    # who cites a source: "a monitoring group cited by the United Nations", "data yang dikutip oleh PBB"
    r"|cited|quoted|relayed|dikutip|dirujuk)\s+(?:by|oleh)\s+(?:the\s+)?$"
    # whose word the toll is: "which according to the AAPP has killed 1,300", "yang menurut PBB telah menewaskan"
    r"|(?<![\w-])(?:according\s+to|menurut)\s+(?:the\s+)?$"
    # what a party said or gave in answer, not what it fired: "drawing condemnation from the UN", "kecaman dari PBB"
    r"|(?<![\w-])(?:condemnation|criticism|statements?|support|aid|help|calls?|pressure|response|reactions?|warnings?"
    r"|rebukes?|outrage|kecaman|kritik|dukungan|bantuan|seruan|tekanan|tanggapan|reaksi|peringatan)\s+(?:from|dari)"
    r"\s+(?:the\s+)?$"
    # whose numbers they are: "according to figures from the UN office", "estimates by the UN", "data dari PBB"
    r"|(?<![\w-])(?:figures|data|estimates|numbers|tallies|tally|counts|statistics|records|angka|catatan|laporan)"
    r"(?:\s+(?:terbaru|resmi|latest|official|new))?\s+(?:from|by|dari|oleh)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The subject of an attacking clause ("the RSF shelled a clinic, killing seven", "the Rapid Support Forces (RSF)
# targeted homes": its abbreviation in brackets may follow the name, "pasukan Israel kembali
# menggempur Rafah, menewaskan ...", "X used artillery against ..., killing"): the party and its forces, then an
# attack verb or a light verb with an attack noun.
# What a side fires that may stand for it before the verb: "Russian missiles struck", "roket Israel menghantam"
_CRAFT = ("missiles", "rockets", "shells", "warplanes", "bombs", "rudal", "roket")
_FORCES = alternation((*lexicon.FORCE_WORDS, *_CRAFT))
_STRIKES_AFTER = re.compile(
    rf"^(?:\s*\([A-Z][\w-]{{1,10}}\))?(?:['’]s)?\s*(?:(?:{_FORCES}|{alternation(lexicon.ATTACK_MODIFIERS)})\s+){{0,3}}"
    rf"(?:{_WHEN_AFTER}\s+)?"
    r"(?:(?:has|have|had|telah|sudah|also|juga|again|kembali|reportedly|then|lalu)\s+)*"
    rf"(?:(?:{alternation(lexicon.ATTACK_VERBS)})|(?:{alternation(lexicon.ATTACK_LIGHT_VERBS)}|melanjutkan|continued)"
    rf"\s+(?:\w+\s+){{0,3}}?(?:{ATTACK}|fire|tembakan))(?![\w-])",
    re.IGNORECASE,
)
_LEAD_WORDS = frozenset(("the", "a", "an", "jet-jet", "pesawat-pesawat", "tempur", "pesawat", "ground", "air", "on",
                        "early", "late", "last", "earlier", "yesterday", "overnight", "pada", "hari", "kemarin",
                        "semalam", "then", "lalu", "kemudian", "meanwhile", "sementara", "itu", "also", "juga")) | {
    w.casefold() for w in (*lexicon.WEEKDAYS, *lexicon.MONTHS)}
_LEAD_WORD = re.compile(r"[\w'’-]+")
# How many craft struck, before their side: "as eight Russian missiles struck", "ketika dua drone Rusia menghantam"
_COUNT_WORDS = frozenset((
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several", "multiple",
    "dozens", "dozen", "of", "hundreds", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
    "sepuluh", "sebelas", "beberapa", "puluhan", "ratusan", "sejumlah"))


# A party said to have caused the deaths, by others' charge ("the militia stands accused of killing", "were blamed for
# causing", "dituduh menewaskan", "disalahkan atas kematian"): the striker of the toll.
_ACCUSED_OF_KILLING = re.compile(
    r"^(?:\s*\([A-Z][\w-]{1,10}\))?(?:\s+(?:rebel|paramilitary|paramiliter|armed|militia|pemberontak|bersenjata))?"
    r"(?:\s+(?:group|kelompok|milisi|" + alternation(lexicon.FORCE_WORDS) + r"))?"
    r"\s+(?:(?:has|have|had|been|was|were|is|are|stands|stand|also|reportedly|telah|juga)\s+)*"
    r"(?:(?:accused|blamed)\s+(?:of|for)\s+(?:causing|killing|murdering|the\s+(?:deaths?|killings?|murders?))"
    r"|(?:dituduh|disalahkan\s+atas)\s+(?:menyebabkan|membunuh|menewaskan|kematian|tewasnya|pembunuhan))(?![\w-])",
    re.IGNORECASE,
)


def _leads(norm: str, lo: int, start: int) -> bool:
    """Whether only articles and force words stand between the clause's start and a party: its subject."""
    for said in _SAID.finditer(norm, lo, start):  # "Hezbollah said Israel struck ...": the reported clause
        lo = said.end()
    for when in _WHEN.finditer(norm, lo, start):  # "... tewas setelah militer Myanmar menjatuhkan bom": its subject
        lo = when.end()
    words = [w.casefold() for w in _LEAD_WORD.findall(norm, lo, start)]
    return len(words) <= 6 and all(w in _LEAD_WORDS or w in _FORCE_SET or w in _COUNT_WORDS or w.isdigit()
                                   for w in words)


# A time clause whose subject struck: "killed after Russian forces shelled", "tewas ketika pasukan X menyerang".
_WHEN = re.compile(r"(?<![\w-])(?:after|when|as|setelah|sesudah|usai|ketika|saat|tatkala|sewaktu)(?![\w-])",
                   re.IGNORECASE)
_SAID = re.compile(rf"(?<![\w-])(?:that|bahwa|{alternation(lexicon.PRE_VERBS)})(?![\w-])", re.IGNORECASE)
_FORCE_SET = frozenset(lexicon.FORCE_WORDS) | frozenset(lexicon.ATTACK_MODIFIERS) | frozenset(_CRAFT)


def inflictor(norm: str, clause: tuple[int, int], mentions: list[Mention], party: dict[int, str]) -> str | None:
    """Who struck: "by the RSF", "oleh Israel", "Israeli strikes", "Israel's strikes", "serangan udara Arab
    Saudi", "the Islamist group ... killing", "pasukan Rusia menewaskan"."""
    lo, hi = clause
    for m in mentions:
        if m.start not in party or not lo <= m.start < hi or _BACKER.match(norm, m.end):
            continue  # "the Iran-backed Houthis": Iran describes the striker
        if (
            _BY.search(norm, max(lo, m.start - 60), m.start)
            or _ATTACK_AFTER.match(norm[m.end : min(hi, m.end + 40)])
            or _ATTACK_BEFORE.search(norm, max(lo, m.start - 40), m.start)
            or _DONE_BY.search(norm, max(lo, m.start - 80), m.start)
            or _KILLS_AFTER.match(norm[m.end : min(hi, m.end + 30)])
            or _ACCUSED_OF_KILLING.match(norm[m.end : min(hi, m.end + 80)])
            or (_STRIKES_AFTER.match(norm[m.end : min(hi, m.end + 60)]) and _leads(norm, lo, m.start))
        ) and not at_place(norm, m) and not _ISSUER_BEFORE.search(norm, max(lo, m.start - 40), m.start):
            return party[m.start]
    return None
