"""Accusations on unseen text, session 23 (issue 13, acc23): each mechanism pinned with sentences of the project's
own (never an article's), English and Indonesian, and near misses that must not give the claim.

- people or homes *targeted* are a charge beyond the strike (the session-18 convention, rule 1): told inside the
  clause of a toll ("a drone targeted a tent of displaced families, killing five") or by a body that counts the dead,
  they accuse the striker, where a plain strike that killed is the casualty's cause only (``charges.charged``);
- the same charge with nobody named aiming ("the school that was targeted", "rumah-rumah warga juga menjadi
  sasaran", "the target was civilians") accuses the side the article names attacking, as a crime named without its
  doer does (``charges.aimed_at_people``, ``crimes.named_crime``); a denial of it, or a military target, accuses
  nobody;
- a mutual exchange in every tense ("with X and Y trading accusations of violations", "trade blame"), and its
  two sides joined by "and" across a description of the second ("Israel and the Lebanese armed group Hezbollah",
  "Israel dan kelompok bersenjata Lebanon Hizbullah"): the description's demonym is no side (``events.mutual``);
- a denial that names the maker of the claim it rejects as the owner of a claim noun ("denied the accusations of X
  against Y on shelling ...", "denied X's accusations that ...", "membantah tuduhan X bahwa ...") gives X's
  accusation beside the denial; a medium's report, or a claim that pins no act, gives none (``claimants``);
- a long war's origin told as one past attack ("the war, triggered by X's assault in October 2023", "perang yang
  dipicu oleh serangan X pada 7 Oktober") is background, no charge; a war "begun by X" names the party itself and
  still accuses (``attacks._STARTED_BY``, ``attacks._WAR_ORIGIN``);
- a vow or threat answers the attack it names ("vowed to respond to the strikes", "berjanji tidak akan tinggal diam
  menghadapi serangan ..."): a statement, not an accusation, unless its words hold an accusing word (``vows``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract.charges import aimed_at_people, charged
from kb.pipeline.record import Claim
from tests.extraction import of_type, run_as


def _accused_by(text: str, gazetteer: Gazetteer, lang: str, speaker_word: str) -> list[str | None]:
    """The accused of the accusations whose speaker's name holds ``speaker_word``."""
    claims: list[Claim] = of_type(run_as(text, gazetteer, lang), "accusation")
    return [c.subject for c in claims if speaker_word.casefold() in c.speaker.casefold()]


_CAMP_EN = "Strikes by Israel hit the camp on Tuesday, the civil defence said.\n\n"
_CAMP_ID = "Serangan Israel menghantam kamp itu pada Selasa, kata pertahanan sipil.\n\n"


# --- a charge inside a toll's clause ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (_CAMP_EN + "The health ministry said an Israeli drone targeted a tent housing displaced families, killing "
         "five people.", "en", "health ministry"),
        ("Headline\n\nThe Sudan Doctors Network said a drone flown by the Rapid Support Forces targeted a house "
         "on the east of the city, killing a mother and her son.", "en", "Sudan Doctors"),
        (_CAMP_ID + "Juru bicara pertahanan sipil mengatakan drone Israel menargetkan rumah sebuah keluarga, "
         "menewaskan empat anak.", "id", "pertahanan sipil"),
        ("Judul\n\nJaringan Dokter Sudan mengatakan drone milik RSF menargetkan sebuah rumah di timur kota, menewaskan "
         "seorang ibu dan anaknya.", "id", "Sudan Doctors"),
    ],
)
def test_people_targeted_in_a_tolls_clause_accuse(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert _accused_by(text, gazetteer, lang, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Headline\n\nThe Sudan Doctors Network said a drone flown by the Rapid Support Forces struck a house "
         "on the east of the city, killing a mother and her son.", "en", "Sudan Doctors"),
        ("Judul\n\nJaringan Dokter Sudan mengatakan drone milik RSF menghantam sebuah rumah di timur kota, menewaskan "
         "seorang ibu dan anaknya.", "id", "Sudan Doctors"),
    ],
)
def test_a_tolls_plain_cause_accuses_nobody(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert not _accused_by(text, gazetteer, lang, speaker)


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("An Israeli drone struck the camp, killing five civilians.", "struck"),  # victims who are civilians: no charge
        ("The army said its jets targeted a weapons depot, killing five fighters.", "targeted"),  # a military target
        ("Drone Israel menghantam kamp itu, menewaskan lima warga sipil.", "menghantam"),
        ("The militia shelled the town, though it denied targeting civilians.", "shelled"),  # another clause's words
    ],
)
def test_a_strike_without_a_charge_is_not_charged(text: str, at: str) -> None:
    assert not charged(text, (0, len(text)), text.index(at))


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("The militia shelled the market indiscriminately, killing nine.", "shelled"),
        ("Milisi itu menembaki pasar secara membabi buta, menewaskan sembilan orang.", "menembaki"),
        ("A drone targeted a family home, killing four children.", "targeted"),
        ("Drone itu menargetkan rumah sebuah keluarga, menewaskan empat anak.", "menargetkan"),
    ],
)
def test_a_strike_told_with_a_charge_is_charged(text: str, at: str) -> None:
    assert charged(text, (0, len(text)), text.index(at))


# --- people aimed at, nobody named aiming ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (_CAMP_EN + "\"Families had taken shelter in the school that was targeted,\" spokesman Ali Hassan said.", "en",
         "Ali Hassan"),
        ("Pasukan Rusia menembaki kota Kupiansk pada Selasa, kata gubernur wilayah itu.\n\nIa mengatakan rumah-rumah "
         "warga dan sebuah sekolah juga menjadi sasaran.", "id", "gubernur"),
    ],
)
def test_people_aimed_at_accuse_the_articles_attacker(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    accused = _accused_by(text, gazetteer, lang, speaker)
    assert len(accused) == 2 if lang == "id" else accused  # the governor's first sentence accuses as well


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "count"),
    [
        (_CAMP_EN + "\"Families had taken shelter in the school that was hit,\" spokesman Ali Hassan said.", "en",
         "Ali Hassan", 0),
        ("Pasukan Rusia menembaki kota Kupiansk pada Selasa, kata gubernur wilayah itu.\n\nIa mengatakan rumah-rumah "
         "warga dan sebuah sekolah juga rusak.", "id", "gubernur", 1),
    ],
)
def test_damage_without_aim_accuses_nobody_more(
    text: str, lang: str, speaker: str, count: int, gazetteer: Gazetteer
) -> None:
    assert len(_accused_by(text, gazetteer, lang, speaker)) == count


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Civilian homes and roads are also being targeted.", True),
        ("He said the target was civilians.", True),
        ("Ia mengatakan sasarannya adalah warga sipil.", True),
        ("Ia mengatakan rumah-rumah warga juga menjadi sasaran.", True),
        ("The army said it targeted a weapons depot.", False),
        ("Ia mengatakan sasarannya adalah gudang senjata.", False),
        ("The homes were damaged by the blast.", False),
    ],
)
def test_people_aimed_at(text: str, found: bool) -> None:
    assert (aimed_at_people(text, 0, len(text)) is not None) is found


# --- a mutual exchange ------------------------------------------------------------------------------------------------


def _mutual(text: str, gazetteer: Gazetteer, lang: str) -> set[tuple[str, str | None]]:
    return {(c.speaker, c.subject) for c in of_type(run_as(text, gazetteer, lang), "accusation")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nShelling went on past the deadline, with Israel and Hezbollah trading accusations of breaking "
         "the deal.", "en"),
        ("Headline\n\nShelling went on past the deadline, with Israel and the Lebanese armed group Hezbollah "
         "trading blame for it.", "en"),
        ("Judul\n\nPenembakan berlanjut, dengan Israel dan kelompok bersenjata Lebanon Hizbullah saling tuduh "
         "melanggar kesepakatan.", "id"),
    ],
)
def test_an_exchange_of_blame_is_one_accusation_each_way(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _mutual(text, gazetteer, lang) == {("Israel", "Hezbollah"), ("Hezbollah", "Israel")}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nIsrael and the Lebanese armed group Hezbollah were trading fire across the border.", "en"),
        ("Judul\n\nIsrael dan kelompok bersenjata Lebanon Hizbullah saling tembak di perbatasan.", "id"),
    ],
)
def test_an_exchange_of_fire_is_no_blame(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not _mutual(text, gazetteer, lang)


# --- the maker of a denied accusation, named by a claim noun ---------------------------------------------------------


def _accusers(text: str, gazetteer: Gazetteer, lang: str) -> set[tuple[str, str | None]]:
    return {(c.speaker, c.subject) for c in of_type(run_as(text, gazetteer, lang), "accusation")}


@pytest.mark.parametrize(
    ("text", "lang", "maker", "accused"),
    [
        ("Headline\n\nThe Armenian foreign ministry rejected the accusations of the Azerbaijani defence ministry "
         "against Armenia on shelling the village of Tovuz.", "en", "Azerbaijani Defence Ministry", "Armenia"),
        ("Headline\n\nUkraine denied Moscow's accusations that Ukrainian drones struck the nuclear plant.", "en",
         "Russia", "Ukraine"),
        ("Judul\n\nUkraina membantah tuduhan Rusia bahwa Kyiv mencoba menyerang pembangkit nuklir itu dengan drone.",
         "id", "Russia", "Ukraine"),
    ],
)
def test_a_denied_accusation_is_its_makers(
    text: str, lang: str, maker: str, accused: str, gazetteer: Gazetteer
) -> None:
    assert (maker, accused) in _accusers(text, gazetteer, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nUkraine denied a Reuters report that its drones struck the nuclear plant.", "en"),
        ("Headline\n\nUkraine denied Moscow's claims that talks on the plant had resumed.", "en"),
        ("Judul\n\nUkraina membantah klaim Rusia bahwa perundingan soal pembangkit itu sudah dimulai lagi.", "id"),
    ],
)
def test_a_denied_report_or_a_claim_without_an_act_accuses_nobody(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert not _accusers(text, gazetteer, lang)


# --- a war's origin in the background -------------------------------------------------------------------------------


def _any_accusation(text: str, gazetteer: Gazetteer, lang: str) -> bool:
    return bool(of_type(run_as(text, gazetteer, lang), "accusation"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nThe war, triggered by Hamas's assault in October 2023, has uprooted most residents of the "
         "strip.", "en"),
        ("Headline\n\nThe war was sparked by Russia's full-scale invasion in February 2022, officials recalled.", "en"),
        ("Judul\n\nPerang yang dipicu oleh serangan Hamas pada 7 Oktober itu telah membuat sebagian besar warga "
         "mengungsi.", "id"),
    ],
)
def test_a_wars_origin_in_one_past_attack_is_background(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not _any_accusation(text, gazetteer, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nIsrael stepped up its raids after months of cross-border exchanges begun by Hezbollah.", "en"),
        ("Judul\n\nTentara Sudan mengatakan bahwa pertempuran itu dimulai oleh RSF.", "id"),
    ],
)
def test_a_war_begun_by_a_party_accuses_it(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _any_accusation(text, gazetteer, lang)


# --- a vow answers an attack -----------------------------------------------------------------------------------------


def _types(text: str, gazetteer: Gazetteer, lang: str) -> list[str]:
    return [c.type for c in run_as(text, gazetteer, lang)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nThe Houthis vowed to respond to the American strikes with full force.", "en"),
        ("Judul\n\nHouthi berjanji tidak akan tinggal diam menghadapi serangan Amerika.", "id"),
        ("Judul\n\nPemimpin Hamas bersumpah untuk membalas serangan Israel dengan sekuat tenaga.", "id"),
    ],
)
def test_a_vow_to_answer_an_attack_is_a_statement(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _types(text, gazetteer, lang) == ["statement"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nAliyev accused Armenia of shelling the city and vowed revenge.", "en"),
        ("Judul\n\nAliyev menuduh Armenia menembaki kota itu dan bersumpah akan membalas.", "id"),
    ],
)
def test_a_vow_beside_an_accusing_word_accuses_still(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert "accusation" in _types(text, gazetteer, lang)
