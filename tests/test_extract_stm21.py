"""Statements, calls, talks and ceasefires on unseen wording, session 21 (issue 13, stm21): each class pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must keep (or must not make) the claim:

- a report verb's words are information, not a position (``kb.extract.reports``), unless they relay someone's words
  or an intention;
- a deal a third party mediated is the truce it made, not talks (``kb.extract.brokered``);
- "what X called ..." gives a name and opens no frame (``kb.extract.naming``);
- a call told as a noun with its caller ("calls by the UN for ...", "seruan PBB agar ...") is that caller's call
  (``kb.extract.call_nouns``);
- a party going on with violations of a truce, or failing to keep it, is accused of breaking it
  (``kb.extract.truce_failures``);
- a contact with a counterpart, mediators or officials is talks (``kb.extract.contacts``);
- a side's own strike told in its words beside a toll or a denial is its statement too (``kb.extract.own_account``);
- more verbs of asking a party to act, each only before an addressee told to act (``lexicon_speech``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as


def _types(text: str, gazetteer: Gazetteer, lang: str) -> dict[str, list[str]]:
    """The speakers of the claims of ``text``, by type."""
    out: dict[str, list[str]] = {}
    for claim in run_as(text, gazetteer, lang):
        out.setdefault(claim.type, []).append(claim.speaker)
    return out


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Local media reported heavy explosions near the port of Hodeidah on Friday night."),
    ("id", "Kantor berita setempat melaporkan bahwa pasukan pemerintah bertahan di pinggiran kota Omdurman."),
    ("id", "Situs berita lokal memberitakan puing-puing bangunan berserakan di jalan utama Sanaa."),
])
def test_a_report_of_events_is_no_statement(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "statement" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "State television reported that Ukraine's defence minister said the army will hold its positions near "
            "Kherson."),
    ("id", "Kantor berita resmi melaporkan Hamas akan mengirim delegasi baru ke Kairo pekan depan."),
])
def test_a_report_relaying_words_or_an_intention_keeps_its_statement(gazetteer: Gazetteer, lang: str,
                                                                     text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert set(found) & {"statement", "talks"}, found


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Bentrokan baru pecah dua bulan setelah penandatanganan kesepakatan damai yang dimediasi Turki."),
    ("id", "Menurut pengamat, perjanjian perdamaian yang ditengahi Qatar itu masih bertahan."),
    ("en", "The clashes broke out two months after the signing of a peace agreement mediated by Turkey."),
])
def test_a_mediated_deal_is_a_truce_not_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "talks" not in found
    assert "ceasefire" in found


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Qatar dan Mesir memediasi perundingan antara Hamas dan Israel di Doha pekan ini."),
    ("en", "Turkey mediated talks between Kyiv and Moscow in Istanbul this week."),
])
def test_mediation_without_a_deal_is_still_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" in _types(text, gazetteer, lang)


def test_a_name_given_in_passing_opens_no_frame(gazetteer: Gazetteer) -> None:
    text = ("Russia pressed its assault on the town with what it called precise strikes, as Ukrainian units held "
            "the southern road.")
    found = _types(text, gazetteer, "en")
    assert all("Russia" not in " ".join(speakers) for kind, speakers in found.items() if kind != "casualty"), found


@pytest.mark.parametrize(("lang", "text", "caller"), [
    ("en", "Moscow brushed aside calls from Western leaders to halt its bombardment of the port.", "Western leaders"),
    ("en", "The army kept shelling the district, ignoring ceasefire calls by the European Union.", "European Union"),
    ("en", "Hezbollah turned down France's calls for a pause in the fighting.", "France"),
    ("id", "Israel mengabaikan seruan PBB agar serangan ke Rafah segera dihentikan.", "United Nations"),
    ("id", "Rusia menolak desakan Turki untuk membuka kembali koridor gandum.", "Turkey"),
])
def test_a_call_told_as_a_noun_is_its_callers(gazetteer: Gazetteer, lang: str, text: str, caller: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "call" in found, found
    assert any(caller in speaker for speaker in found["call"]), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The clinic received dozens of phone calls from worried families after the strike."),
    ("en", "Calls for restraint grew louder after the strike on the market."),
    ("id", "Seruan itu disampaikan di tengah memburuknya situasi di kota tersebut."),
])
def test_no_call_noun_without_a_caller(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "call" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hezbollah continues its flagrant violations of the truce, the Israeli army said on Sunday."),
    ("en", "Yerevan blamed the clashes on Baku's failure to honour the ceasefire deal."),
    ("id", "Israel terus melakukan pelanggaran terhadap gencatan senjata, kata juru bicara pemerintah Lebanon."),
])
def test_a_party_going_on_breaking_a_truce_is_accused(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "accusation" in found, found
    assert "ceasefire" not in found


def test_a_truce_that_holds_stays_a_ceasefire(gazetteer: Gazetteer) -> None:
    text = "The ceasefire between Armenia and Azerbaijan continues to hold, the Russian peacekeepers said."
    assert "accusation" not in _types(text, gazetteer, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Lavrov spoke with his Armenian counterpart about the return of prisoners."),
    ("en", "Blinken talked to Israeli officials about the hostages on Tuesday."),
    ("id", "Menteri luar negeri Turki berbicara dengan mitranya dari Ukraina soal pertukaran tawanan."),
    ("id", "Pemimpin Hamas itu berkomunikasi dengan para mediator di Kairo pada Senin."),
])
def test_a_contact_with_a_counterpart_is_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The governor spoke to reporters outside the damaged hospital on Monday."),
    ("id", "Gubernur berbicara dengan wartawan di depan rumah sakit yang rusak."),
])
def test_speaking_to_the_press_is_no_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hezbollah said it fired a barrage of rockets at an army post near the fence, where four soldiers were "
           "wounded."),
    ("en", "Israel said it had targeted a Hamas weapons store, which was denied by the family that owned the house."),
])
def test_a_sides_own_strike_is_also_its_statement(gazetteer: Gazetteer, lang: str, text: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "statement" in found, found
    assert len(found) >= 2, found


@pytest.mark.parametrize(("lang", "text"), [
    # a quotation of the strike is rhetoric: the sentence that tells the operation holds the statement
    ("en", "\"During the rally we attacked them. Twelve fighters were killed,\" the junta spokesman said."),
    # the target named as the enemy's is the accusation, alone
    ("en", "The Israeli army said it struck \"a Hamas commander\" in Rafah, alleging he was planning attacks."),
    # a witness tells, no side
    ("en", "A farmer said they were hit by shelling that killed two of his neighbours."),
])
def test_no_statement_beside_a_quotation_an_allegation_or_a_witness(gazetteer: Gazetteer, lang: str,
                                                                    text: str) -> None:
    assert "statement" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text", "caller"), [
    ("en", "Egypt pressed Hamas and Israel to accept the new truce proposal.", "Egypt"),
    ("en", "Pope Francis implored both sides to spare the civilians of Gaza.", "Pope Francis"),
    ("en", "The Arab League called upon Israel to end its offensive in Rafah.", "Arab League"),
    ("en", "Washington encouraged Armenia and Azerbaijan to resume the border negotiations.", "United States"),
    ("id", "Uni Afrika mengajak militer dan RSF kembali ke meja perundingan.", "Uni Afrika"),
    ("id", "Amerika Serikat mendorong Armenia dan Azerbaijan untuk melanjutkan perundingan damai.", "United States"),
    ("id", "Liga Arab menekan Israel agar menghentikan serangannya di Rafah.", "Liga Arab"),
    ("id", "Paus memohon kepada kedua pihak agar menyelamatkan warga sipil.", "Paus"),
])
def test_more_verbs_of_asking_a_party_make_calls(gazetteer: Gazetteer, lang: str, text: str, caller: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "call" in found, found
    assert any(caller in speaker for speaker in found["call"]), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The army pressed on with its offensive in the north."),
    ("en", "Residents were encouraged by the quiet night in the city."),
    ("id", "Warga mendorong gerobak berisi jenazah ke rumah sakit."),
    ("id", "Hamas mengajak wartawan berkeliling ke lokasi serangan."),
    ("id", "Militer Israel menekan Hamas di Khan Younis dengan serangan udara."),
])
def test_those_verbs_without_an_addressee_told_to_act_ask_nothing(gazetteer: Gazetteer, lang: str,
                                                                  text: str) -> None:
    assert "call" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text", "claimant"), [
    ("en", "Shipping slowed after a drone strike claimed by the Houthis on Sunday, in which two sailors were "
           "wounded.", "Houthis"),
    ("id", "Ketegangan meningkat setelah serangan roket yang diklaim oleh Hizbullah ke pangkalan militer di utara.",
     "Hezbollah"),
])
def test_an_attack_claimed_by_a_party_is_its_statement(gazetteer: Gazetteer, lang: str, text: str,
                                                       claimant: str) -> None:
    claims = run_as(text, gazetteer, lang)
    assert any(c.type == "statement" and c.speaker == claimant for c in claims), claims
    assert all(c.speaker != claimant for c in claims if c.type == "casualty")  # the toll after it is not its


def test_a_claim_of_nobody_known_makes_no_statement(gazetteer: Gazetteer) -> None:
    text = "The attack was claimed by a little-known group on a messaging channel."
    assert not any(c.type == "statement" for c in run_as(text, gazetteer, "en"))


@pytest.mark.parametrize(("lang", "text", "caller"), [
    ("en", "Qatar is pushing for a new ceasefire between Israel and Hamas.", "Qatar"),
    ("en", "Egypt pressed for direct talks between the army and the RSF.", "Egypt"),
    ("en", "The RSF issued an ultimatum to the army to leave the city within two days.", "Rapid Support Forces"),
    ("id", "RSF mengeluarkan ultimatum kepada tentara untuk meninggalkan kota dalam dua hari.", "Rapid Support Forces"),
])
def test_pushing_for_a_truce_and_an_ultimatum_are_calls(gazetteer: Gazetteer, lang: str, text: str,
                                                        caller: str) -> None:
    found = _types(text, gazetteer, lang)
    assert "call" in found, found
    assert any(caller in speaker for speaker in found["call"]), found


def test_a_military_push_is_no_call(gazetteer: Gazetteer) -> None:
    assert "call" not in _types("The army pushed for a breakthrough on the eastern front.", gazetteer, "en")


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Putin hosted Aliyev and Pashinyan at the Kremlin on Monday."),
    ("id", "Erdogan menerima kunjungan Menteri Luar Negeri Rusia Sergei Lavrov di Ankara."),
    ("id", "Putin menjamu Aliyev dan Pashinyan di Kremlin pada Senin."),
])
def test_a_host_receiving_a_leader_is_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" in _types(text, gazetteer, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The charity hosted a fundraiser for the displaced families."),
    ("id", "Warga menjamu para pengungsi dengan makanan."),
])
def test_hosting_no_leader_is_no_talks(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "talks" not in _types(text, gazetteer, lang)


@pytest.mark.parametrize("text", [
    "Azerbaijan bersedia bernegosiasi dengan perwakilan etnis Armenia di Karabakh.",
    "Kedua delegasi merundingkan pertukaran tawanan di Istanbul.",
    "Mesir memediasi antara Hamas dan Israel di Kairo.",
    "Kedua pemimpin bertelepon pada Selasa malam.",
])
def test_negotiating_verbs_with_their_prefix_are_talks(gazetteer: Gazetteer, text: str) -> None:
    assert "talks" in _types(text, gazetteer, "id")
