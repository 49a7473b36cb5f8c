"""Word lists of ceasefires: what makes a named truce a claim (an event, an act, a stance, a purpose) and what only
names it in passing (a condition, a description).

Split from ``kb.extract.lexicon_types`` because these tables answer one question, whether a ceasefire mentioned
is a ceasefire claimed (``kinds``), and grow together as that rule learns
new wording.  ``kb.extract.lexicon`` re-exports every name here, so ``lexicon.CEASEFIRE_EVENTS`` still works; the
same rules hold: matched on the normalised text, case folded, on word boundaries, Indonesian and English side by
side.
"""

from __future__ import annotations

from typing import Final

# A ceasefire named with none of these near it is mentioned, not claimed (agreed, brokered, in force,
# broken ...).  The phrases in ``CEASEFIRE_ACTS`` are a ceasefire claim on their own.
CEASEFIRE_EVENTS: Final[tuple[str, ...]] = (
    "agreed", "agree", "agrees", "agreement", "deal", "brokered", "mediated", "signed", "signing", "sign",
    "enter into force", "entered into force", "entering into force", "took effect", "take effect",
    "came into effect", "come into effect", "in force", "in effect", "holding", "held", "broke", "broken",
    "breached", "violated", "violation", "violations", "collapsed", "declared", "announced", "accepted",
    "reached", "proposed", "extend", "extension", "began", "started", "despite", "begin", "begins",
    "dimulai", "would start", "will start", "extended", "prolonged", "diperpanjang", "memperpanjang",
    "sepakat", "menyepakati", "disepakati", "kesepakatan", "perjanjian", "berlaku", "mulai berlaku",
    "ditengahi", "dimediasi", "ditandatangani", "menandatangani", "dilanggar", "melanggar", "pelanggaran",
    "diumumkan", "mengumumkan", "menerima", "diterima", "dicapai", "tercapai", "runtuh", "gagal",
    "bertahan", "diberlakukan", "memberlakukan", "menyetujui", "disetujui", "perpanjangan", "meski",
    "proposal", "usulan", "berlangsung", "periode", "observe", "observed", "observing", "respect",
    "respected", "honour", "honor", "fragile", "shaky", "effective", "from midnight", "at midnight",
    "starting", "implement", "implementation", "monitor", "monitoring", "new", "renewed", "restore",
    "restored", "lasting", "permanent", "mulai", "sejak", "pukul", "efektif", "rapuh", "goyah",
    "mematuhi", "menghormati", "dipatuhi", "menerapkan", "penerapan", "memantau", "pemantauan", "baru",
    "memulihkan", "permanen", "langgeng", "tengah malam", "between", "antara", "humanitarian", "kemanusiaan",
    # (not its terms: "under the terms of the truce, X is to withdraw", "sesuai gencatan senjata" describe one the
    # article has named, no event; its purpose is one only in a speaker's words, ``CEASEFIRE_PURPOSES``)
    # a truce that ended is an event too ("the truce ended on Friday", "gencatan senjata itu berakhir"), as much as
    # one broken
    "ended", "berakhir", "diakhiri",
)
CEASEFIRE_ACTS: Final[tuple[str, ...]] = (
    "cease fire", "decided to cease fire", "halting military operations", "halt military operations",
    "halted military operations", "menghentikan pertempuran", "menghentikan sepenuhnya pertempuran",
    "menghentikan operasi militer",
    # the operation stopped by its own side, named by its possessive ("halted its military operation")
    "halted its military operation", "halted its military operations", "halted its offensive",
    "halted the military operation", "stopped its military operation", "suspended its military operation",
    "menghentikan operasi militernya", "menghentikan operasinya", "menghentikan serangan militernya",
    "gencatan senjata berlaku", "hentikan tembak-menembak",
    # ending a truce is an event of it ("akan mengakhiri gencatan senjata"); "gencatan senjata yang mengakhiri
    # perang" (a truce that ends the war) is only named, so the verb is no event word of its own
    "mengakhiri gencatan senjata", "mengakhiri genjatan senjata",
)
# A truce's purpose ("the truce is meant to allow prisoner swaps", "gencatan senjata bertujuan ..."), said by a speaker,
# tells of the truce it made; in the reporter's words it describes one the article has named already (no event).
CEASEFIRE_PURPOSES: Final[tuple[str, ...]] = (
    "meant to", "allow", "memungkinkan", "bertujuan", "dimaksudkan",
)
# A speaker's stance on a ceasefire that exists or is on the table is a ceasefire claim too ("menyatakan
# mendukung gencatan senjata tersebut", "welcomed the truce"); a ceasefire merely named in a speaker's
# words ("does not trust that Putin wants a ceasefire") is not.
CEASEFIRE_STANCES: Final[tuple[str, ...]] = (
    "support", "supports", "supported", "supporting", "backed", "backs", "welcomed", "welcomes", "welcome",
    "rejected", "rejects", "reject", "committed to", "commitment", "mendukung", "menyambut", "menolak",
    "berkomitmen", "komitmen", "siap", "ready",
    # a side confirming the truce ("Azerbaijan confirmed the ceasefire", "Baku mengonfirmasi gencatan senjata itu")
    "confirmed", "confirms", "confirm", "mengonfirmasi", "mengkonfirmasi", "membenarkan",
)
# A ceasefire a speaker would accept only on a condition ("would accept a truce only if Hezbollah withdraws",
# "akan menerima gencatan senjata hanya jika ...") is a condition the speaker sets: a statement, no event.
CEASEFIRE_CONDITIONS: Final[tuple[str, ...]] = (
    "only if", "if", "unless", "provided that", "on condition that", "hanya jika", "jika", "apabila",
    "asalkan", "kecuali", "dengan syarat",
)
# Nouns that name the ceasefire again once an article has named one ("Azerbaijan confirmed it had reached an
# agreement", "Kesepakatan itu diumumkan Kementerian Luar Negeri Qatar"): in a speaker's words, with an event.
TRUCE_ANAPHORS: Final[tuple[str, ...]] = ("agreement", "deal", "accord", "kesepakatan", "perjanjian")
# The events that make such a noun the truce itself: reached, signed, announced, in force, broken (a stance on
# it, "welcomed the agreement", "the deal is a chance to save lives", stays a statement).
TRUCE_ANAPHOR_EVENTS: Final[tuple[str, ...]] = (
    "reached", "signed", "signing", "announced", "took effect", "came into effect", "in force", "in effect",
    "entered into force", "broke", "broken", "violated", "collapsed", "dicapai", "tercapai", "diumumkan",
    "mengumumkan", "ditandatangani", "menandatangani", "berlaku", "dilanggar", "melanggar", "runtuh",
    # an agreement confirmed or being carried out exists ("confirmed the agreement", "kesepakatan itu dilaksanakan")
    "confirmed", "confirms", "mengonfirmasi", "mengkonfirmasi", "dikonfirmasi", "implemented", "dilaksanakan",
)
# Words that only describe a ceasefire: "amid a fragile truce", "di tengah gencatan senjata yang rapuh" names
# one in passing; an event (agreed, in force, broken) is what makes the mention a claim.
CEASEFIRE_ADJECTIVES: Final[tuple[str, ...]] = (
    "fragile", "shaky", "tenuous", "rapuh", "goyah", "new", "baru", "renewed", "lasting", "permanent",
    "permanen", "langgeng", "humanitarian", "kemanusiaan", "between", "antara",
)
