"""A relative clause between a speaker and the verb, with no comma to close it: "Kelompok Houthi yang bermarkas di
Yaman menyebut ...", "Zelensky, yang tumbuh besar di kota itu mengatakan ...".

Why: the walk leftwards from the verb stopped inside the clause and took its last words for the speaker ("besar
di kota"), or a name inside it ("... yang berada di bawah pengelolaan Hamas menyebutkan": Hamas); the clause
says who the speaker is, and the head before "yang" speaks.  Not a clause naming who issued a document ("Data
yang dirilis X menunjukkan": X speaks) nor who runs a place ("yang dikelola Hamas"), nor one after a thing that
shows rather than speaks ("Video yang dibagikan X menunjukkan").
"""

from __future__ import annotations

import re

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
