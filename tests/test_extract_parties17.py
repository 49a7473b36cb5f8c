"""Parties of casualty figures (issue 13, round conf17): the sentences are the project's own.

An attack the outlet narrates in its own voice, with no claim of anyone's ("The coalition carried out air raids on
the port town on Tuesday."), names the article's attacker: a toll after it that names no attacker gets it, as the
annotation conventions ask.  Near misses: two sides' attacks told in one sentence say nothing of whose the next toll
is; a speaker's words are its claims' business, not narration; a toll naming its own attacker keeps it.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


def casualties(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    found = extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet="Warta Contoh"), gazetteer)
    return [c for c in found if c.type == "casualty"]


NARRATED = [
    ("The Saudi-led coalition carried out air raids on a market town north of the capital on Tuesday. At least nine "
     "civilians died, local medics said.", "en", "Saudi-led coalition"),
    ("The Myanmar military launched air strikes on a village in the Sagaing region overnight. Twelve people were "
     "killed, a villager told reporters.", "en", "Myanmar military government"),
    ("Pasukan junta militer Myanmar melancarkan serangan udara ke sebuah desa di wilayah Magway. Sedikitnya 14 warga "
     "sipil tewas, kata seorang warga.", "id", "Myanmar military government"),
    ("Israel terus menggempur kota-kota di Lebanon selatan pada Selasa. Tujuh orang tewas pada "
     "hari itu, kata kantor berita setempat.", "id", "Israel"),
]


@pytest.mark.parametrize(("text", "lang", "striker"), NARRATED)
def test_a_narrated_attack_names_the_attacker_of_the_toll_after_it(
        text: str, lang: str, striker: str, gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert striker in (toll.subject or "").split("; ")


NOT_NARRATED = [
    # both sides' attacks in one sentence: nobody's in particular
    ("Israel kept striking Hezbollah positions while Hezbollah fired rockets at northern towns. Two people were "
     "killed, the local mayor said.", "en", ("Israel", "Hezbollah")),
    ("Israel terus menyerang posisi Hizbullah, sementara Hizbullah menembakkan roket ke Israel utara. Dua orang "
     "tewas, kata wali kota setempat.", "id", ("Israel", "Hezbollah")),
]


@pytest.mark.parametrize(("text", "lang", "absent"), NOT_NARRATED)
def test_two_sides_attacks_told_together_name_no_attacker(
        text: str, lang: str, absent: tuple[str, ...], gazetteer: Gazetteer) -> None:
    [toll] = casualties(text, gazetteer, lang)
    assert not set(absent) & set((toll.subject or "").split("; "))
