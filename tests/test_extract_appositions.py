"""Regressions found by trying the product on new text: appositions before a post-verb, "puts the
figure at", and whose losses given as "on the X side"."""

from __future__ import annotations

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article

GAZ = Gazetteer.load()


def claims(text: str, lang: str = "en"):  # type: ignore[no-untyped-def]
    return extract_claims(Article(text=text, name="t", lang=lang, published="2020-10-11", outlet="Harbour Gazette"),
                          GAZ)


def test_apposition_between_speaker_and_wrote() -> None:
    found = claims('"Yerevan keeps shelling our towns," Hikmet Hajiyev, an aide to President Ilham Aliyev, '
                   "wrote on Twitter.")
    assert found and {c.speaker for c in found} == {"Hikmet Hajiyev"}


def test_puts_the_figure_and_the_side_whose_losses() -> None:
    (c,) = [c for c in claims("Baku puts the toll far higher, at more than 2,000 dead on the Armenian side.")
            if c.type == "casualty"]
    assert (c.speaker, c.subject, c.quantity_min) == ("Government of Azerbaijan", "Armenia", 2001)


def test_indonesian_losses_on_one_side() -> None:
    found = [c for c in claims("Baku menyebut lebih dari 300 korban tewas di pihak Armenia.", "id")
             if c.type == "casualty"]
    assert found and found[0].subject == "Armenia"
