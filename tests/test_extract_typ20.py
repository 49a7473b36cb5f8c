"""Claims of the wrong type or of no claim at all, session 20 (issue 13, typ20): each class pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must keep the claim:

- a toll credited "according to" a source gives the figure and no accusation: the attack that caused it is read as
  the reporter reads it (``kb.extract.toll_sources``); a speaker with a verb, or a crime by name, still accuses;
- a truce broken by a party named at the violation ("X was in gross violation of the ceasefire", "pelanggaran
  gencatan senjata X") is an accusation against X, whoever tells it (``kb.extract.violators``); a violation nobody
  is named doing stays the ceasefire's news;
- an order to the population to leave ("urged residents ... to leave", "meminta warga ... untuk meninggalkan") is no
  call (``kb.extract.evacuations``); a call on a party to let civilians leave is one.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as


def _types(text: str, gazetteer: Gazetteer, lang: str) -> dict[str, list[str | None]]:
    """The subjects of the claims of ``text``, by type."""
    out: dict[str, list[str | None]] = {}
    for claim in run_as(text, gazetteer, lang):
        out.setdefault(claim.type, []).append(claim.subject)
    return out


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile struck the port of Izmail on Sunday, killing four people, according to the regional "
           "administration."),
    ("en", "Russia has killed 300 people in the region since March, according to the regional administration."),
    ("id", "Rudal Rusia menghantam pelabuhan Izmail pada Minggu, menewaskan empat orang, menurut pemerintah daerah."),
    ("id", "Rusia telah menewaskan 300 orang di wilayah itu sejak Maret, menurut pemerintah daerah."),
])
def test_a_toll_according_to_a_source_accuses_nobody(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "casualty" in found
    assert "accusation" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A Russian missile struck the port of Izmail on Sunday, killing four people, the regional administration "
           "said."),
    ("id", "Rudal Rusia menghantam pelabuhan Izmail pada Minggu, menewaskan empat orang, kata pemerintah daerah."),
    ("en", "The RSF massacre in the village killed 200 people, according to a doctors' group."),
    ("id", "Pembantaian yang dilakukan oleh RSF di desa itu menewaskan 200 orang, menurut kelompok dokter."),
])
def test_a_voice_or_a_crime_by_name_still_accuses_beside_a_toll(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "casualty" in found
    assert "accusation" in found


@pytest.mark.parametrize(("lang", "text", "accused"), [
    ("en", "Azerbaijan was in gross violation of the ceasefire, the Armenian foreign ministry said on Monday.",
     "Azerbaijan"),
    ("en", "Israeli jets struck two villages on Tuesday. Hezbollah's repeated violations of the truce drew the "
           "response.", "Hezbollah"),
    ("id", "Tentara Israel menyerang dua desa di Lebanon selatan pada Selasa. Langkah ini menanggapi pelanggaran "
           "gencatan senjata Israel yang terus berulang di perbatasan.", "Israel"),
    ("id", "Juru bicara misi pemantau Uni Eropa mengatakan pelanggaran gencatan senjata Azerbaijan di perbatasan "
           "terus meningkat.", "Azerbaijan"),
])
def test_a_truce_broken_by_a_named_party_accuses_it(gazetteer: Gazetteer, lang: str, text: str,
                                                    accused: str) -> None:
    found = _types(text, gazetteer, lang)
    assert accused in (found.get("accusation") or [])
    assert "ceasefire" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The truce was frequently violated in its first week."),
    ("id", "Penembakan itu dinilai sebagai pelanggaran paling serius atas gencatan senjata yang dimediasi Qatar "
           "sejauh ini."),
    ("id", "Tentara kedua negara menyangkal telah melanggar kesepakatan gencatan senjata itu."),
])
def test_a_violation_nobody_is_named_doing_stays_the_truce(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "ceasefire" in found or "denial" in found
    assert "accusation" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army on Monday urged residents of the eastern districts of Khan Younis to leave their homes "
           "immediately."),
    ("en", "The military urged northern Gaza residents to move south."),
    ("id", "Pada Senin, militer Israel meminta warga di lingkungan timur Khan Younis untuk segera meninggalkan rumah "
           "mereka."),
    ("id", "Pasukan paramiliter mendesak penduduk desa itu untuk mengungsi ke kota terdekat."),
])
def test_an_order_to_the_population_to_leave_is_no_call(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "call" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Egypt urged Israel to let civilians leave Gaza through the Rafah crossing."),
    ("en", "The UN urged both sides to stop the fighting."),
    ("id", "Kementerian Luar Negeri Mesir meminta Israel mengizinkan warga sipil meninggalkan Gaza."),
    ("id", "PBB mendesak kedua pihak menghentikan pertempuran."),
])
def test_a_call_on_a_party_stays_a_call(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "call" in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The Armenian prime minister insisted that his country was not taking part in the fighting."),
    ("en", "Minsk said Belarus is not a party to the conflict."),
    ("id", "Perdana Menteri Armenia menegaskan bahwa negaranya \"tidak berpartisipasi dalam pertempuran itu\"."),
    ("id", "Menteri itu mengatakan Belarus tidak ikut serta dalam operasi militer di Ukraina."),
])
def test_no_part_taken_in_the_fighting_is_a_denial(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "denial" in found
    assert "statement" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The president said his country would take part in the talks in Geneva."),
    ("id", "Presiden mengatakan negaranya akan berpartisipasi dalam perundingan di Jenewa."),
])
def test_taking_part_in_talks_is_no_denial(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "denial" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two countries signed a peace deal mediated by Turkey on Tuesday night, ending seven weeks of war."),
    ("id", "Kedua negara menandatangani perjanjian damai yang dimediasi Turki pada Selasa malam, mengakhiri perang "
           "yang berlangsung tujuh pekan."),
    ("id", "Kedua pemimpin meneken kesepakatan yang ditengahi Qatar pada Kamis dini hari, mengakhiri pertempuran "
           "sebulan lebih."),
])
def test_a_deal_signed_that_ends_the_war_is_a_ceasefire(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "ceasefire" in found
    assert "talks" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The two countries met in Ankara on Tuesday night to discuss ending the war."),
    ("id", "PBB mendesak kedua negara mengakhiri perang."),
])
def test_ending_the_war_unsigned_is_no_ceasefire(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "ceasefire" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize("text", [
    "Rusia mengumumkan pengerahan pasukan ke perbatasan Belarus pada Senin.",
    "Presiden mengatakan Lebanon siap menerapkan resolusi itu, yang mencakup pengerahan pasukan Lebanon di sepanjang "
    "perbatasan.",
    "Kementerian Pertahanan mengonfirmasi pengerahan tambahan tank ke wilayah utara.",
])
def test_forces_sent_somewhere_are_no_call_up(gazetteer: Gazetteer, text: str) -> None:
    assert "mobilization" not in _types(text, gazetteer, "id")


@pytest.mark.parametrize("text", [
    "Kepala staf militer mengusulkan pengerahan 300.000 warga untuk wajib militer.",
    "Putin menandatangani dekrit mobilisasi parsial pada Rabu.",
])
def test_a_call_up_is_a_mobilization(gazetteer: Gazetteer, text: str) -> None:
    assert "mobilization" in _types(text, gazetteer, "id")


@pytest.mark.parametrize("text", [
    'Pasukan Rusia menembaki kota itu pada Senin.Berita ini telah dimuat di Tribunnews.com dengan judul "12 Tentara '
    'Tewas dalam Serangan di Kota Itu"(*)',
    'Pasukan Rusia menembaki kota itu pada Senin.\n0 Response to "Serangan Rusia Tewaskan 14 Orang di Kota Itu "',
    'Pasukan Rusia menembaki kota itu pada Senin.\n3 Comments on "Rudal Menewaskan 9 Orang di Pelabuhan"',
])
def test_page_furniture_repeating_a_title_makes_no_claim(gazetteer: Gazetteer, text: str) -> None:
    assert "casualty" not in _types(text, gazetteer, "id")


def test_a_figure_before_the_furniture_stays(gazetteer: Gazetteer) -> None:
    text = ('Serangan itu menewaskan 12 orang, kata gubernur.Berita ini telah dimuat di Tribunnews.com dengan judul '
            '"Serangan di Kota Itu"(*)')
    assert "casualty" in _types(text, gazetteer, "id")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Baku has confirmed the ceasefire."),
    ("id", "Armenia telah mengonfirmasi gencatan senjata itu."),
])
def test_a_side_confirming_the_truce_is_a_ceasefire(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "ceasefire" in found
    assert "statement" not in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The ministry doubted that Moscow wants a ceasefire."),
    ("id", "Militer mengonfirmasi serangan udara itu."),
])
def test_a_truce_only_named_or_no_truce_is_no_ceasefire(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "ceasefire" not in _types(text, gazetteer, lang)
