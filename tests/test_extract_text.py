"""Text preparation: same-length normalisation, boilerplate, datelines, sentence offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.extract.datelines import find_dateline, find_tag
from kb.extract.text import body_end, classify_lines, normalize, split_sentences
from kb.pipeline.article import Article


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def test_normalize_keeps_length_and_plainifies() -> None:
    text = "\u201cGencatan\u00a0senjata\u201d \u2013 ujar\u2019nya\u2026"
    norm = normalize(text)
    assert len(norm) == len(text)
    assert norm == '"Gencatan senjata" - ujar\'nya.'


@given(st.text())
def test_normalize_is_same_length_for_any_text(text: str) -> None:
    assert len(normalize(text)) == len(text)


BOILERPLATE = [
    "BACA JUGA:",
    "Baca juga: Harga Cabai Naik Lagi di Pasar Induk",
    "Baca:",
    "BacaMenteri Pertanian: Panen Raya Dimulai Bulan Depan",
    "About Contohnews 812 Articles",
    "Be the first to comment",
    "Komentar disaring oleh Akismet untuk menangkal spam.",
    "Advertisement",
    "Editor: Budi Santoso",
    "Copyright 2021 Contoh Media. All rights reserved.",
    "\u00a9 2021 Contoh Media",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_lines(line: str) -> None:
    text = f"Judul Berita\n\nKremlin mengatakan pasukan Rusia siaga.\n\n{line}\n"
    kinds = [(text[ln.start : ln.end], ln.kind) for ln in classify_lines(normalize(text))]
    assert (line.strip(), "boilerplate") in kinds


def test_headlines_rubrics_and_repeats_are_not_body() -> None:
    text = (
        "Armenia Tolak Usulan Damai\n\nArmenia Tolak Usulan Damai\nKonflik Kaukasus\n\n"
        "Armenia menolak usulan itu, kata juru bicara pemerintah.\n"
    )
    kinds = [ln.kind for ln in classify_lines(normalize(text))]
    assert kinds == ["headline", "boilerplate", "headline", "body"]


def test_glued_read_more_tail_is_cut() -> None:
    text = "Pasukan ditarik mundur. Baca juga: Berita lain yang tidak terkait"
    norm = normalize(text)
    assert text[: body_end(norm, 0, len(text))] == "Pasukan ditarik mundur."


@pytest.mark.parametrize(
    ("line", "credit", "kind", "body"),
    [
        ("Ankara, CONTOHNEWS.COM \u2013 Turki menyatakan siap membantu.", "CONTOHNEWS.COM", "site", "Turki"),
        ("JAKARTA, KOMPAS.com - Pemerintah menyatakan siap membantu.", "Kompas", "site", "Pemerintah"),
        ("TEMPO.CO, Jakarta - Pemerintah menyatakan siap membantu.", "Tempo", "site", "Pemerintah"),
        ("BAKU/YEREVAN (REUTERS) - Both sides said they were ready.", "Reuters", "wire", "Both"),
        ("Teheran (ANTARA) - Iran menyatakan siap menjadi penengah.", "ANTARA", "wire", "Iran"),
        ("MOSCOW, Oct 12 (Reuters) - Russia said it was ready.", "Reuters", "wire", "Russia"),
        ("Turki. CONTOHNEWS.COM Pemerintah menyatakan siap.", "CONTOHNEWS.COM", "site", "Pemerintah"),
    ],
)
def test_datelines(gazetteer: Gazetteer, line: str, credit: str, kind: str, body: str) -> None:
    """The dateline credits its medium; the first sentence (and so any quote) starts after it."""
    found = find_dateline(normalize(line), 0, len(line), gazetteer)
    assert found is not None
    assert (found.credit, found.kind) == (credit, kind)
    assert line[found.body_start:].split()[0] == body


def test_no_dateline_in_plain_sentence(gazetteer: Gazetteer) -> None:
    line = "Pemerintah Armenia menyatakan siap berunding dengan Baku."
    assert find_dateline(normalize(line), 0, len(line), gazetteer) is None


def test_closing_tag_names_the_outlet(gazetteer: Gazetteer) -> None:
    text = "Isi berita terakhir. (ARN)"
    assert find_tag(normalize(text), len(text), gazetteer) == "ARRAHMAHNEWS"


def test_dateline_credits_agency_not_speaker(gazetteer: Gazetteer) -> None:
    text = "Moskow (ANTARA) - Pertempuran berlanjut dan menewaskan sedikitnya 12 warga sipil."
    claims = extract_claims(Article(text=text, published="2021-03-17"), gazetteer)
    [claim] = claims
    assert claim.speaker == "ANTARA"
    assert claim.quote == text.split(" - ", 1)[1]  # the sentence, without the dateline that credits the wire


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, normalize(text), 0, len(text))]


def test_sentences_keep_quotations_whole() -> None:
    text = (
        "\u201cKami siap. Kami menunggu,\u201d kata Dr. Ahmad kepada wartawan. "
        "Ia menambahkan bahwa 1.200 orang dievakuasi pada pukul 10.30. Sementara itu A.S. diam."
    )
    assert _sentences(text) == [
        "\u201cKami siap. Kami menunggu,\u201d kata Dr. Ahmad kepada wartawan.",
        "Ia menambahkan bahwa 1.200 orang dievakuasi pada pukul 10.30.",
        "Sementara itu A.S. diam.",
    ]


def test_sentence_ending_inside_quotation() -> None:
    text = "Ia berkata, \u201cKami tidak akan mundur.\u201d Pasukan lalu bergerak."
    assert _sentences(text) == ["Ia berkata, \u201cKami tidak akan mundur.\u201d", "Pasukan lalu bergerak."]


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from("ab .!?\u201c\u201d\"'\n,ABZ12"), max_size=80))
def test_sentence_spans_are_ordered_and_trimmed(text: str) -> None:
    spans = split_sentences(text, normalize(text), 0, len(text))
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(BOILERPLATE), st.sampled_from(BOILERPLATE))
def test_boilerplate_never_yields_claims(gazetteer: Gazetteer, first: str, second: str) -> None:
    body = "Kremlin mendesak kedua pihak menghentikan tembakan pada Senin (15/03)."
    text = f"Judul\n\n{first}\n\n{body}\n\n{second}\nBe the first to comment\n"
    claims = extract_claims(Article(text=text, published="2021-03-17"), gazetteer)
    assert claims
    for claim in claims:
        assert claim.quote == body == text[claim.start : claim.end]
