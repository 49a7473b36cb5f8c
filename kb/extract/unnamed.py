"""Unnamed sources: "medical sources and Sudanese activists", "warga Palestina", "Israeli security sources".

A state's adjective inside such a phrase says whose people they are, not that the state speaks: the
speaker is the group as written (a minted actor), never the state, the outlet or a person named in
another clause.  Official heads ("Ukrainian officials", "Azerbaijani authorities") are not unnamed
sources: by the annotation conventions they speak for their government, and ``speakers`` keeps them so.
"""

from __future__ import annotations

from collections.abc import Iterable

# Heads naming people who speak without a name or an office: witnesses, residents, unnamed sources, medics.
SOURCE_HEADS = frozenset((
    "source", "sources", "activist", "activists", "resident", "residents", "witness", "witnesses",
    "eyewitness", "eyewitnesses", "local", "locals", "medic", "medics", "paramedics", "doctor", "doctors",
    "rescuer", "rescuers", "volunteer", "volunteers", "journalist", "journalists", "monitors", "observers",
    "protesters", "survivors", "survivor", "relatives", "villagers", "refugees", "displaced",
    "sumber", "aktivis", "warga", "penduduk", "saksi", "relawan", "dokter", "paramedis", "wartawan", "jurnalis",
    "pengunjuk", "demonstran", "penyintas", "kerabat", "pengungsi", "tenaga",
))


def is_unnamed(words: Iterable[str]) -> bool:
    """Whether a speaker phrase's folded words name unnamed people ("medical sources", "warga setempat")."""
    return any(w in SOURCE_HEADS for w in words)
