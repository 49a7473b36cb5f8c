"""Unnamed sources: "medical sources and Sudanese activists", "warga Palestina", "Israeli security sources".

A state's adjective inside such a phrase says whose people they are, not that the state speaks: the
speaker is the group as written (a minted actor), never the state, the outlet or a person named in
another clause.  Official heads ("Ukrainian officials", "Azerbaijani authorities") are not unnamed
sources: by the annotation conventions they speak for their government, and ``speakers`` keeps them so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kb.extract.phrases import clean_label

if TYPE_CHECKING:
    from kb.actors import Actor
    from kb.extract.mentions import Mention

# Heads naming people who speak without a name or an office: witnesses, residents, unnamed sources, medics.
SOURCE_HEADS = frozenset((
    "source", "sources", "activist", "activists", "resident", "residents", "witness", "witnesses",
    "eyewitness", "eyewitnesses", "local", "locals", "medic", "medics", "paramedics", "doctor", "doctors",
    "rescuer", "rescuers", "volunteer", "volunteers", "journalist", "journalists", "monitors", "observers",
    "protesters", "survivors", "survivor", "relatives", "villagers", "refugees", "displaced",
    "sumber", "aktivis", "warga", "penduduk", "saksi", "relawan", "dokter", "paramedis", "wartawan", "jurnalis",
    "pengunjuk", "demonstran", "penyintas", "kerabat", "pengungsi", "tenaga",
    # who study the war, named by where they work ("US universities", "researchers at Yale", "peneliti Inggris")
    "researchers", "universities", "peneliti", "universitas",
    # people a wire story quotes by what they are, often after introducing them as witnesses ("two witnesses, a
    # man and a woman, told AFP ... ,” said the man")
    "man", "men", "woman", "women", "mother", "mothers", "father", "fathers", "farmer", "farmers", "teacher",
    "student", "students", "nurse", "nurses", "driver", "shopkeeper", "fisherman", "pria", "wanita", "lelaki",
    # a combatant quoted by what he is ("a resistance fighter who reached the school said", "seorang pejuang")
    "fighter", "fighters", "pejuang",
    # commentators on a side, not the side ("Russian military bloggers", "blogger militer Rusia", "analis militer")
    "blogger", "bloggers", "analyst", "analysts", "analis", "pengamat", "commentators", "komentator",
))


# A body described by what it does, with no name: "a Sudanese medical group", "kelompok HAM Armenia", "a Yemeni
# rights organisation".  A state's adjective in it says where the body works, never that the state speaks.
_BODY_HEADS = frozenset((
    "group", "groups", "organisation", "organization", "organisations", "organizations", "network", "union",
    "association", "kelompok", "organisasi", "jaringan", "perhimpunan", "asosiasi", "lembaga",
))
_WHAT_IT_DOES = frozenset((
    "medical", "rights", "aid", "humanitarian", "monitoring", "doctors", "lawyers", "relief", "activist", "activists",
    "medis", "kemanusiaan", "ham", "pemantau", "dokter", "pengacara", "aktivis", "bantuan",
))


def is_unnamed(words: Iterable[str]) -> bool:
    """Whether a speaker phrase's folded words name unnamed people ("medical sources", "warga setempat") or a body
    described by what it does ("a Sudanese medical group")."""
    folded = set(words)
    return bool(folded & SOURCE_HEADS) or bool(folded & _BODY_HEADS and folded & _WHAT_IT_DOES)


# "residents of X", "warga dari X", and the Indonesian head right before its place ("seorang warga Nyaung Kone",
# "penduduk desa Hnan Khar": a person there would be "warga bernama X")
_OF_PLACE = re.compile(r"(?<![\w-])(?:of|in|from|at|near|di|dari|asal|warga|penduduk(?:\s+desa)?)\s+(?:the\s+)?$",
                       re.IGNORECASE)
_AFTER_HEAD = frozenset(("of", "in", "from", "at", "near", "with", "close", "familiar", "inside", "within"))
_LEADS = frozenset(("a", "an", "the", "some", "several", "many", "two", "three", "other", "seorang", "para",
                    "sejumlah", "beberapa", "banyak", "sebagian", "one", "satu", "sebuah"))  # "satu sumber medis"


def unnamed_head(words: list[str], lang: str) -> bool:
    """Whether a phrase's head names unnamed people: "Residents of El Fasher" (English: the word before
    "of"/"in", else the last), "Seorang warga El Fasher" (Indonesian: the first word after a quantifier)."""
    content = [w for w in words if w not in _LEADS] or words
    if lang == "en":
        cut = next((k for k, w in enumerate(content) if k and w in _AFTER_HEAD), len(content))
        return content[cut - 1] in SOURCE_HEADS
    return content[0] in SOURCE_HEADS


def where_from(norm: str, start: int, known_place: bool) -> bool:
    """Whether a name at ``start`` inside an unnamed-source phrase says where they are ("residents of El
    Fasher", "warga dari Tawila"), or is a place the gazetteer knows ("warga El Fasher")."""
    return known_place or _OF_PLACE.search(norm, max(0, start - 10), start) is not None


# "Ukrainian officials", "Pejabat Armenia", "Para pejabat Yaman", "two senior Russian officials": people of a
# state's government with no name and no office, who speak as the group they are ("officials" who represent the
# state), not as the state itself; "Azerbaijani authorities" (an institution's head) stays the government.
# Offices of a state's justice or oversight no role list holds ("Ukraine's prosecutor general", "jaksa agung
# Ukraina", "the Ukrainian ombudsman") speak the same way: the holder, on the state's side, never the state.
_OFFICIALS = frozenset((
    "official", "officials", "pejabat", "prosecutor", "prosecutors", "ombudsman", "ombudsperson", "jaksa", "agung",
    "attorney", "general", "commissioner",
))
_OFFICIAL_LEADS = _LEADS | frozenset(("senior", "top", "government", "state", "tinggi", "pemerintah", "dua", "tiga"))


def state_officials(words: list[str], state_words: Iterable[str]) -> bool:
    """Whether a speaker phrase's folded ``words`` are only a state's name (``state_words``) and "officials"."""
    named = set(state_words)
    rest = [w for w in (re.sub(r"['’]s$", "", w) for w in words) if w not in _OFFICIAL_LEADS and w not in named]
    return bool(rest) and all(w in _OFFICIALS for w in rest)


# Words that qualify an office without naming who holds it: "a separatist human rights official", "the de facto
# ombudsman", "a former top official", "pejabat hak asasi manusia separatis".
_QUALIFIERS = frozenset((
    "human", "rights", "hak", "asasi", "manusia", "ham", "separatist", "separatis", "former", "mantan", "de",
    "facto", "deputy", "wakil", "regional", "local", "setempat", "breakaway", "itu", "tersebut",
    # a portfolio: "a US defense official", "pejabat keamanan Lebanon" are a ministry's people, not the state
    "defense", "defence", "security", "pertahanan", "keamanan",
))
_PLACE_CUT = frozenset(("in", "di"))


def qualified_official(words: list[str], state_words: Iterable[str]) -> int:
    """How many of a phrase's folded ``words`` name a state's office qualified by what it does or once was ("the
    de facto human rights ombudsman", "a former top official", "pejabat HAM separatis Armenia"), up to a place
    after "in"/"di"; 0 when they name anything else.  Only a qualified office: a bare "Ukrainian officials" is
    ``state_officials``; one plain "official in Kharkiv" stays as the article wrote it."""
    cut = next((k for k, w in enumerate(words) if k and w in _PLACE_CUT), len(words))
    named = set(state_words)
    rest = [w for w in (re.sub(r"['’]s$", "", w) for w in words[:cut]) if w not in _OFFICIAL_LEADS and w not in named]
    if not any(w in _QUALIFIERS for w in rest) or not any(w in _OFFICIALS for w in rest):
        return 0
    return cut if all(w in _OFFICIALS or w in _QUALIFIERS for w in rest) else 0


_TOKEN = re.compile(r"[\w'-]+|[^\w\s]")  # the speaker phrases' own tokens (``speaker_words._tokens``)


def qualified_office(norm: str, start: int, end: int, words: list[str],
                     actors: Iterable[Mention]) -> tuple[str, Actor] | None:
    """A state's qualified office ("a separatist rights official in the enclave of X", "a former top official in
    X's government", "pejabat HAM separatis Armenia") in ``norm[start:end]``: the office as written up to its
    place, and the side it is on (the state it names, else the body its place names); None for anything else.
    ``words`` are the phrase's folded words, ``actors`` its known mentions."""
    tokens = [t for t in _TOKEN.finditer(norm, start, end) if t.group(0)[0].isalnum()]
    known = sorted((m for m in actors if m.actor is not None), key=lambda m: m.start)
    if not known or not tokens:
        return None
    cut = next((k for k, t in enumerate(tokens) if k and t.group(0).casefold() in _PLACE_CUT), len(tokens))
    cut_at = tokens[cut].start() if cut < len(tokens) else end
    own = [m for m in known if m.start < cut_at]
    if any(m.actor is not None and m.actor.kind != "State" for m in own):
        return None  # "a Hamas human rights official": the body's own office, read as before
    count = qualified_official(words, [w for m in own for w in m.text.casefold().split()])
    side = (own or known)[0].actor
    if not count or side is None:
        return None
    return clean_label(norm[tokens[0].start() : tokens[count - 1].end()]), side
