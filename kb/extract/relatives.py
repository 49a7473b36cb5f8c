"""A relative clause between a speaker and the verb, with no comma to close it: "Kelompok Houthi yang bermarkas di
Yaman menyebut ...", "Zelensky, yang tumbuh besar di kota itu mengatakan ...".

Why: the walk leftwards from the verb stopped inside the clause and took its last words for the speaker ("besar
di kota"), or a name inside it ("... yang berada di bawah pengelolaan Hamas menyebutkan": Hamas); the clause
says who the speaker is, and the head before "yang" speaks.  Not a clause naming who issued a document ("Data
yang dirilis X menunjukkan": X speaks) nor who runs a place ("yang dikelola Hamas"), nor one after a thing that
shows rather than speaks ("Video yang dibagikan X menunjukkan").

A relative pronoun can also be the verb's own subject ("fired by Islamic Jihad, which denied responsibility", "oleh
Jihad Islam, yang membantah ..."): the known actor right before it speaks (``relative_subject``); the frame before,
whose words it interrupts, made Israel deny its own charge.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kb.extract.lexicon import PASSIVE_VERBS

if TYPE_CHECKING:
    from kb.extract.mentions import Mention

# A relative clause closing the words before a verb, with no comma to end it: "X yang tumbuh besar di kota itu
# mengatakan".  Not who issued a document ("Data yang dirilis X menunjukkan") nor who runs a place (``_RUN_BY``).
_RELATIVE = re.compile(
    r"(?<=[\w'’)])\s*,?\s+yang\s+(?!(?:di|dirilis|dikeluarkan|diterbitkan|dihimpun|disampaikan|dikutip|dilansir|"
    r"dikelola|dikuasai|dijalankan|dikendalikan|diduduki|didukung)\s)(?:[^\s,.;:\"“”]+\s+){0,10}?[^\s,.;:\"“”]+\s*$"
)
# Things that show rather than speak: a relative clause after them says who made or shared them.
_SHOWN = frozenset(("video", "foto", "gambar", "rekaman", "citra", "dokumen", "data", "laporan", "angka", "catatan",
                    "unggahan", "postingan"))

# Words a clause never ends on before its verb: what follows them is a noun ("dengan klaim"), not a verb.
_FUNCTION = frozenset(("dengan", "dan", "atau", "untuk", "atas", "di", "ke", "dari", "pada", "oleh", "bahwa", "dalam",
                       "sebagai", "tanpa", "akan", "yang"))


# The same clause closed by a comma, commas inside it ("Yerevan, yang telah berunding dengan X, termasuk soal Y,
# mengutuk ..."): the head before its first comma speaks.
_ENCLOSED = re.compile(
    r"(?<=[\w'’)])\s*,\s+yang\s+(?!(?:di|dirilis|dikeluarkan|diterbitkan|dihimpun|disampaikan|dikutip|dilansir|"
    r"dikelola|dikuasai|dijalankan|dikendalikan|diduduki|didukung)\s)[^.;:\"“”]{1,200},\s*$"
)


def relative_before(norm: str, lower: int, verb_start: int) -> int | None:
    """Where a relative clause closing the words before a verb begins (its comma or space before "yang")."""
    relative = _RELATIVE.search(norm, max(lower, verb_start - 100), verb_start) or _ENCLOSED.search(
        norm, max(lower, verb_start - 220), verb_start)
    if relative is None:
        return None
    head = re.search(r"([\w-]+)\s*$", norm[max(lower, verb_start - 120) : relative.start()])
    last = relative.group(0).split()[-1].casefold()
    if last in _FUNCTION or (head is not None and head.group(1).casefold() in _SHOWN):
        return None  # "... yang melancarkan kampanye dengan klaim ...": a noun after a preposition, no verb
    return relative.start()


# A relative pronoun that is the verb's own subject, right after a known actor: "..., fired by Islamic Jihad, which
# denied responsibility", "..., oleh Jihad Islam, yang membantah ...": the actor speaks, not the frame before it.
_PRONOUN_SUBJECT = re.compile(
    r"\s*,\s*(?:which|who|yang)\s+(?:(?:also|later|earlier|has|had|have|then|juga|telah|sudah|kemudian)\s+){0,2}$",
    re.IGNORECASE,
)


def relative_subject(norm: str, verb_start: int, mentions: list[Mention]) -> Mention | None:
    """The known actor a relative pronoun before the verb at ``verb_start`` stands for, else None."""
    found = _PRONOUN_SUBJECT.search(norm, max(0, verb_start - 30), verb_start)
    if found is None:
        return None
    actor = next((m for m in mentions if m.end == found.start() and m.actor is not None), None)
    if actor is None:
        return None
    before = _WORD_BEFORE.search(norm, max(0, actor.start - 30), actor.start)
    if before is not None and before.group(1).islower() and before.group(1) not in _OPENS_NP:
        return None  # "kementerian kesehatan Palestina, yang ...": the actor ends a longer phrase, its head the body
    if _SPOKEN_BY.search(norm, max(0, actor.start - 40), actor.start):
        return None  # "condemned by the UN office, which says ...": the passive's agent speaks there already
    return actor


def relative_head(norm: str, verb_start: int, lower: int) -> tuple[int, int] | None:
    """Where the phrase a relative pronoun before the verb stands for ends (its comma), and where it may start
    (after the preposition governing it, never before ``lower``), when that pronoun is the verb's subject
    ("..., suspended by the Qatari mediators, who said ...", "... oleh para mediator Qatar, yang mengatakan ..."):
    the phrase speaks, whether or not the gazetteer knows it; else None."""
    found = _PRONOUN_SUBJECT.search(norm, max(0, verb_start - 30), verb_start)
    if found is None or found.start() <= lower:
        return None
    governs = list(_GOVERNS.finditer(norm, lower, found.start()))
    floor = governs[-1].end() if governs else lower
    if _SPOKEN_BY.search(norm, max(0, floor - 40), floor):
        return None  # "condemned by the UN office, which said ...": the passive's agent speaks there already
    return found.start(), floor


# a preposition before the relative's head: its object is the head ("by the mediators, who said")
_GOVERNS = re.compile(r"(?<![\w-])(?:by|from|to|with|oleh|dari|kepada|dengan)\s+", re.IGNORECASE)


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")
# a passive verb of speech before the actor ("condemned by", "dibantah oleh"): its frame already gives the actor voice
_SPOKEN_BY = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in PASSIVE_VERBS if v.endswith((" by", " oleh")))
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Words after which a name opens its own phrase ("fired by Islamic Jihad, which", "oleh Hamas, yang").
_OPENS_NP = frozenset(("by", "oleh", "the", "to", "from", "dari", "kepada", "and", "dan", "according", "menurut",
                       "with", "dengan", "said", "says", "kata", "ujar"))


# An English reduced relative closing the words before a verb: "a spokeswoman for an armed group battling the junta
# told AFP", "residents fleeing the town said".  Like "yang" in Indonesian, the participle opens a clause that says
# who the head is; the walk from the verb stopped inside it ("the junta") and the outlet kept the claim.  Nouns that
# end in "-ing" ("a morning briefing", "the building") and prepositions ("during", "according") open no clause.
_REDUCED = re.compile(
    r"(?<=[\w'’)])\s+(?!(?:including|according|excluding|during|regarding|concerning|following|morning|evening|"
    r"building|meeting|briefing|wedding|spring|ceiling|nothing|"
    r"something|anything|everything)\s)[a-z]{3,}ing\s+"
    # its object or complement, never the noun it qualifies ("the ruling junta", "a warring party")
    r"(?=(?:the|a|an|its|their|his|her|in|for|against|on|to|from|with|near|at|across|around|over|into)\s|[A-Z])"
    r"(?:[^\s,.;:\"“”]+\s+){0,6}?[^\s,.;:\"“”]+\s*$"
)
_REDUCED_HEAD = re.compile(r"([\w'’-]+)\s*$")


def reduced_relative_before(norm: str, lower: int, verb_start: int, heads: frozenset[str]) -> int | None:
    """Where an English participle clause closing the words before a verb begins, when the word before it is a
    noun that can speak (one of ``heads``, or a name in capitals): "a rebel group fighting the junta told"."""
    found = _REDUCED.search(norm, max(lower, verb_start - 80), verb_start)
    if found is None:
        return None
    head = _REDUCED_HEAD.search(norm, max(lower, found.start() - 40), found.start())
    if head is None:
        return None
    word = head.group(1)
    if word.endswith(("'s", "’s")):
        return None  # "Myanmar's ruling junta": a possessor before an attributive participle
    if word.casefold() not in heads and not word[:1].isupper():
        return None  # "the ministry is fighting": an auxiliary, not a noun, before the participle
    return found.start()
