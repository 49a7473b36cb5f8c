"""Round 18 of attribution (issue 13, via): the shapes an article's wire credit takes, and what each credits.

Every sentence is written for these tests (names, places and figures invented or generic); none comes from an
article.  The conventions (``../shared/seeds/README.md``, "via"): a wire dateline, a wire byline, a credit line, a
sign-off credit every claim of the article; a syndication line ("Sumber: ..."), a picture's credit, the publishing
outlet itself and a credit inside one paragraph credit none; a medium credited for a speaker's statement goes on
into the next sentences in which the same speaker goes on.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.test_extract_credits import STORY, run, vias

CERITA = (
    "Pejabat di provinsi utara mengatakan 14 tentara tewas dalam penembakan pada Senin.\n"
    "Gubernur wilayah itu mengatakan 9 warga sipil terluka ketika sebuah peluru menghantam pasar."
)


# --- 1. whole-article credits: the byline before a pipe, the sign-off glued to the last paragraph -----------


@pytest.mark.parametrize(
    ("text", "lang", "wanted"),
    [
        # the agency before a pipe under the headline, after the date line
        ("Shelling kills five in the east\nPublished on Mar 4, 2024 09:10 AM IST\nReuters |\n" + STORY, "en",
         {"Reuters"}),
        ("Penembakan tewaskan lima orang\n(AFP) | 4 Maret 2024, 10:15 WIB\n" + CERITA, "id", {"AFP"}),
        # a dash and the agency closing the last paragraph, after its full stop
        (STORY + " The border has been closed since the weekend. - Reuters", "en", {"Reuters"}),
        (STORY + " \u2014 AFP", "en", {"AFP"}),
        (CERITA + " Perbatasan ditutup sejak akhir pekan. - AFP", "id", {"AFP"}),
        # the tag of two agencies closing the last paragraph
        (CERITA + " Perbatasan ditutup sejak akhir pekan. (ant/AFP)", "id", {"AFP"}),
    ],
)
def test_article_credit_shapes(text: str, lang: str, wanted: set[str], gazetteer: Gazetteer) -> None:
    found = vias(text, gazetteer, lang)
    assert all(wanted <= v for v in found), found


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a picture's credit under the headline names the photographer's agency, not the story's
        ("Shelling kills five in the east\n- Associated Press\n" + STORY, "en"),
        ("Penembakan tewaskan lima orang\n- Associated Press\n" + CERITA, "id"),
        ("Penembakan tewaskan lima orang\nFoto: AFP/Jane Doe\n" + CERITA, "id"),
        # a caption ending in a pipe: the agency is the picture's
        ("Shelling kills five in the east\n(Photo: Reuters) |\n" + STORY, "en"),
        # a site before a pipe is a page's furniture, not a wire's byline
        ("Penembakan tewaskan lima orang\nKompas.com | 4 Maret 2024\n" + CERITA, "id"),
        # a syndication line names where the page was copied from (conventions: no credit)
        (CERITA + "\nSumber: Antara/Reuters", "id"),
        (STORY + "\nSource: AFP", "en"),
        # a dash and an agency inside the story's first paragraph: no sign-off
        ("Officials in the northern province said 14 soldiers were killed in the shelling on Monday. - AFP\n"
         "The regional governor said 9 civilians were wounded when a shell hit the market. The border has been "
         "closed since the weekend.", "en"),
        # where some of the story's information came from, and who wrote or edited it: no wire credit
        (STORY + "\nWith inputs from IANS", "en"),
        (STORY + "\nSome details in this report were provided by Reuters and AFP", "en"),
        (STORY + "\n(Reporting by Tom Example; Editing by Jane Sample)", "en"),
        # a site, not an agency, after the last paragraph's dash
        (CERITA + " Perbatasan ditutup sejak akhir pekan. - Kompas.com", "id"),
    ],
)
def test_no_article_credit(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert all(not v for v in vias(text, gazetteer, lang)), vias(text, gazetteer, lang)


def test_own_outlet_after_a_pipe_credits_nothing(gazetteer: Gazetteer) -> None:
    text = "Shelling kills five in the east\nReuters |\n" + STORY
    assert all(not v for v in vias(text, gazetteer, outlet="Reuters"))


# --- 2. a medium credited for one speaker goes on while that speaker goes on ---------------------------------

RESCUE = (
    "Strikes kill 20 in the north\n"
    "The province's rescue service has said that overnight shelling killed at least 20 people across the "
    "northern districts, AFP reports.\n"
    "The rescue service said in a statement that nine bodies were taken to the main hospital after a shell hit "
    "a family home.\n"
    "Two girls and an elderly man were among the dead, the service said.\n"
    "Another shell struck a market in the old town, killing four people and wounding several more, it added."
)
PENYELAMAT = (
    "Serangan tewaskan 20 orang di utara\n"
    "Badan penyelamat provinsi mengatakan penembakan semalam menewaskan sedikitnya 20 orang di distrik utara, "
    "lapor AFP.\n"
    "Badan penyelamat provinsi mengatakan sembilan jenazah dibawa ke rumah sakit utama setelah sebuah peluru "
    "menghantam rumah keluarga.\n"
    "Dua anak perempuan dan seorang pria lanjut usia termasuk di antara korban tewas, kata badan itu."
)


@pytest.mark.parametrize(("text", "lang"), [(RESCUE, "en"), (PENYELAMAT, "id")])
def test_credit_goes_on_with_the_same_speaker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert len(claims) >= 3
    assert all("AFP" in c.via for c in claims), [(c.speaker, c.via) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A rescue worker from the town told AFP that five children were killed in the strike. After taking the "
         "wounded to hospital, the rescue worker said the death toll could reach 40.", "en"),
        ("Seorang petugas penyelamat setempat menuturkan kepada AFP bahwa lima anak tewas dalam serangan itu. "
         "Setelah membawa korban luka ke rumah sakit, petugas penyelamat itu memperkirakan angka kematian dapat "
         "naik menjadi 40 orang.", "id"),
    ],
)
def test_credit_goes_on_with_a_definite_description(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert len(claims) == 2 and all("AFP" in c.via for c in claims), [(c.speaker, c.via) for c in claims]


def test_another_of_the_same_kind_is_another_speaker(gazetteer: Gazetteer) -> None:
    text = ("A rescue worker from the town told AFP that five children were killed in the strike. Another rescue "
            "worker said the death toll could reach 40.")
    claims = run(text, gazetteer)
    assert [("AFP" in c.via) for c in claims] == [True, False], [(c.speaker, c.via) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The province's rescue service said overnight shelling killed at least 20 people, AFP reports.\n"
         "The regional governor said 9 civilians were wounded when a shell hit the market.", "en"),
        ("Badan penyelamat provinsi mengatakan penembakan semalam menewaskan sedikitnya 20 orang, lapor AFP.\n"
         "Gubernur wilayah itu mengatakan 9 warga sipil terluka ketika sebuah peluru menghantam pasar.", "id"),
    ],
)
def test_credit_stops_at_another_speaker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert [("AFP" in c.via) for c in claims] == [True, False], [(c.speaker, c.via) for c in claims]


def test_credit_does_not_jump_over_another_speaker(gazetteer: Gazetteer) -> None:
    text = (
        "The province's rescue service said overnight shelling killed at least 20 people, AFP reports.\n"
        "The regional governor said 9 civilians were wounded when a shell hit the market.\n"
        "The province's rescue service said five more bodies were found on Tuesday."
    )
    claims = run(text, gazetteer)
    assert [("AFP" in c.via) for c in claims] == [True, False, False], [(c.speaker, c.via) for c in claims]


# --- 3. the paragraph after the lead names the medium the lead was taken from --------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "medium"),
    [
        ("JAKARTA - Pejabat provinsi mengatakan 14 tentara tewas dalam penembakan pada Senin.\n"
         "Melansir BBC, Selasa (5/3/2024), jumlah korban itu belum dapat diverifikasi secara independen.\n"
         "Perundingan antara kedua pihak dijadwalkan berlangsung pekan depan di ibu kota.", "id", "BBC"),
        ("JAKARTA - Pejabat provinsi mengatakan 14 tentara tewas dalam penembakan pada Senin.\n"
         "Dikutip dari AFP, laporan tersebut juga menyebut pasar kota rusak berat.", "id", "AFP"),
        ("Officials in the northern province said 14 soldiers were killed in the shelling on Monday.\n"
         "According to the BBC, this toll could not be independently verified.", "en", "BBC"),
    ],
)
def test_lead_taken_from_a_medium(text: str, lang: str, medium: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    lead = [c for c in claims if c.start < text.index("\n")]
    assert lead and all(medium in c.via for c in lead), [(c.quote, c.via) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the credit opens a paragraph of new matter: its own, not the lead's
        ("JAKARTA - Pejabat provinsi mengatakan 14 tentara tewas dalam penembakan pada Senin.\n"
         "Dikutip BBC, tiga pekerja bantuan tewas dalam baku tembak di sebuah pangkalan militer.", "id"),
        # a credit pointing back, but two paragraphs down: the lead is not its statement
        ("JAKARTA - Pejabat provinsi mengatakan 14 tentara tewas dalam penembakan pada Senin.\n"
         "Perundingan antara kedua pihak dijadwalkan berlangsung pekan depan di ibu kota.\n"
         "Melansir BBC, Selasa (5/3/2024), jumlah korban itu belum dapat diverifikasi.", "id"),
    ],
)
def test_lead_keeps_no_credit(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    lead = [c for c in claims if c.start < text.index("\n")]
    assert lead and all(not c.via for c in lead), [(c.quote, c.via) for c in claims]


def test_lead_taken_from_the_outlet_itself(gazetteer: Gazetteer) -> None:
    text = ("Officials in the northern province said 14 soldiers were killed in the shelling on Monday.\n"
            "According to the BBC, this toll could not be independently verified.")
    claims = run(text, gazetteer, "en", outlet="BBC")
    lead = [c for c in claims if c.start < text.index("\n")]
    assert lead and all(not c.via for c in lead), [(c.quote, c.via) for c in claims]


# --- 4. a medium quoting its source: the source speaks, the medium relays ------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "medium"),
    [
        ("Kantor berita resmi Rusia, TASS, mengutip kementerian pertahanan yang mengatakan 12 tentara tewas dalam "
         "serangan itu.", "id", "TASS"),
        ("Kantor berita AFP mengutip seorang pejabat kesehatan yang mengatakan 12 orang tewas dalam serangan itu.",
         "id", "AFP"),
        ("The Interfax news agency, citing the Armenian defence ministry, said 12 soldiers were killed in the "
         "shelling.",
         "en", "Interfax"),
    ],
)
def test_medium_quoting_a_source_relays_it(text: str, lang: str, medium: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert claims and all(c.speaker != medium and medium in c.via for c in claims), [
        (c.speaker, c.via) for c in claims]


def test_quoting_cue_far_from_the_frame_credits_nothing(gazetteer: Gazetteer) -> None:
    text = ("Kantor berita AFP mengutip laporan lama tentang pertempuran di perbatasan utara pada musim dingin lalu. "
            "Gubernur wilayah itu mengatakan 9 warga sipil terluka ketika sebuah peluru menghantam pasar.")
    claims = run(text, gazetteer, "id")
    assert claims and all("AFP" not in c.via for c in claims), [(c.speaker, c.via) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Koalisi meminta warga sipil di gedung-gedung itu agar lekas pergi, ujar kantor berita negara (SPA), "
         "mengutip koalisi.", "id"),
        ("The coalition told the Houthis to leave the buildings at once, the state news agency (SPA) said, citing "
         "the coalition.", "en"),
    ],
)
def test_a_described_medium_is_known_by_its_initials(text: str, lang: str, gazetteer: Gazetteer) -> None:
    """ "kantor berita negara (SPA)": the relay is the agency the initials name, not the description."""
    claims = run(text, gazetteer, lang)
    assert claims and all(c.via == ["Saudi Press Agency"] for c in claims), [(c.speaker, c.via) for c in claims]


# --- 5. pins: a wire dateline credits every claim unless it names the outlet; a medium alone speaks ----------


def test_wire_dateline_credits_every_claim_but_not_for_its_own_outlet(gazetteer: Gazetteer) -> None:
    text = "Moskow (ANTARA) - " + CERITA
    assert all(v == {"ANTARA"} for v in vias(text, gazetteer, "id"))
    assert all(not v for v in vias(text, gazetteer, "id", outlet="ANTARA"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Kantor berita Interfax melaporkan bahwa 12 tentara tewas dalam penembakan di perbatasan pada Senin.\n"
         "Gubernur wilayah itu mengatakan 9 warga sipil terluka ketika sebuah peluru menghantam pasar.", "id"),
        ("The Interfax news agency reported that 12 soldiers were killed in the shelling on Monday.\n"
         "The regional governor said 9 civilians were wounded when a shell hit the market.", "en"),
    ],
)
def test_a_medium_reporting_alone_speaks_and_credits_no_other_sentence(text: str, lang: str,
                                                                       gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert claims[0].speaker == "Interfax" and all(not c.via for c in claims), [(c.speaker, c.via) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "medium"),
    [
        # who owns the medium, written before its name (en) or after it (id)
        ("Officials said 12 fighters died, in remarks carried by Saudi-owned Al Arabiya television.", "en",
         "Al Arabiya"),
        ("Eleven people died in the raids, as reported by the Houthi-run al-Masirah TV.", "en",
         "Al Masirah"),
        ("Pernyataan koalisi yang disiarkan Al Arabiya milik Saudi menyebut serangan itu menewaskan 12 pejuang.", "id",
         "Al Arabiya"),
    ],
)
def test_medium_named_with_its_owner(text: str, lang: str, medium: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert claims and all(medium in c.via for c in claims), [(c.speaker, c.via) for c in claims]
