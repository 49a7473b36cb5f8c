"""Words that name a belligerent only through the article ("the paramilitary", "musuh", "pasukan pendudukan"),
by the role that says which of its parties they name (resolved in ``kb.extract.belligerents``).

Why a leaf module: the agent finder (``attack_agents``) needs the words to read "occupation forces shelled" or
"koalisi melakukan serangan" as an armed subject, and the resolver needs the article's parties; the words sit
apart so neither imports the other.
"""

from __future__ import annotations

from typing import Final

# The word that gives a generic phrase its role (the first role found, in this order, wins).  "Militia" is no group
# word: a side's name for its enemy's fighters (``article_parties.enemy_word``), which a neutral speaker leaves open.
ROLES: Final[tuple[tuple[str, frozenset[str]], ...]] = (
    ("zionist", frozenset(("zionist", "zionists", "zionis"))),
    ("enemy", frozenset(("enemy", "enemies", "adversary", "adversaries", "opposing", "musuh", "lawan"))),
    ("junta", frozenset(("junta",))),
    ("coalition", frozenset(("coalition", "koalisi"))),
    ("group", frozenset(("paramilitary", "paramilitaries", "paramiliter", "rebels", "rebel", "pemberontak",
                         "insurgents", "insurgent", "separatists", "separatist", "separatis"))),
    ("occupier", frozenset(("occupation", "occupiers", "occupier", "occupying", "invaders", "invading", "penjajah",
                            "pendudukan", "penjajahan"))),
    ("regime", frozenset(("regime", "rezim"))),
)
ROLE_WORDS: Final = frozenset(w for _, words in ROLES for w in words)
# Words a generic phrase may hold besides its role word: force heads, weapons, determiners ("the junta's air
# force", "pasukan paramiliter itu", "para pemberontak", "jet tempur junta").
FILLER: Final = frozenset((
    "the", "a", "an", "itu", "tersebut", "ini", "para", "pihak", "kelompok", "group", "entity", "forces", "force",
    "troops", "troop", "military", "army", "soldiers", "soldier", "fighters", "fighter", "jets", "jet", "jet-jet",
    "warplanes", "warplane", "aircraft", "air", "helicopters", "helicopter", "drones", "drone", "artillery", "units",
    "gunmen", "militants", "pasukan", "tentara", "militer", "prajurit", "pesawat", "tempur", "udara", "angkatan",
    "artileri", "helikopter", "gerilyawan", "kekuatan",
))
# Role words the agent finder takes as an armed subject's head beside its own force words ("occupation forces
# shelled", "koalisi melakukan 11 serangan", "dilakukan oleh pendudukan", "a warplane fired", "the junta's air force
# bombed"; never "the army's strikes", which its own source may tell).
AGENT_WORDS: Final = frozenset((
    "junta's", "regime's",
    "coalition", "koalisi", "occupation", "pendudukan", "zionist", "zionists", "paramilitaries", "warplane",
    "warplanes", "helicopter", "helikopter", "separatists", "separatis",
))
