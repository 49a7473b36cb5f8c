"""Claims that should not be there, or have the wrong type, round 17 (issue 13, stm17): each class pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must still give the claim:

- words a speaker adds to what it said ("..., the army added", "menambahkan bahwa ...", "..., tambahnya") take no
  position of their own: no plain statement; a typed cue in them (a toll, an accusation, a call) is a claim still
  (``stance_gates.adds_on``);
- a body that records harm or news (a health ministry, a civil defence, a news agency or outlet quoted as a source)
  telling a strike plainly accuses nobody: its toll is a casualty, its strike no accusation and no statement; an
  accusing verb or wrongdoing ("massacre", "deliberately targeted ambulances") accuses still, and a side's own
  military telling the same strike accuses (``stance_gates.records_harm``, ``blame.attacked``);
- theft pinned on a party ("stole the aid", "mencuri bahan bakar", "merampas") is wrongdoing as looting is
  (``lexicon.WRONGDOING_VERBS``); a place named by its people ("a populated village", "desa berpenduduk") is a civilian
  target (``lexicon.CIVILIAN_TARGETS``);
- an attack the other side tried or answered with ("attempted counterattacks", "attempted an offensive", "serangan
  balik") accuses; the speaker's own counterattack does not (``lexicon.ATTACK_NOUNS``, ``lexicon.ATTACK_LIGHT_VERBS``);
- a picture's caption ("In this photo ...", "Foto ... ini menunjukkan ...", "Dalam foto ...", "menampilkan gambar
  ...", a line closing on "[Name / Agency]") makes no claim; a body sentence that only mentions pictures or a video
  keeps its claim (``captions``);
- blame, denial or claims told as a habit ("routinely accuse each other", "kerap saling menuduh", "In the past, X has
  denied ...") is a generic description, no claim; "have repeatedly accused each other" and blame dated as news are
  claims still (``stance_gates.habitual``);
- a report called an exaggeration ("an exaggeration by hostile media", "dilebih-lebihkan") is denied
  (``rebuttals.FALSITY``);
- deaths only named as a topic ("the cases of civilian deaths", "no reason was given for ... the civilian
  casualties", "if there were civilian casualties") are no toll; "caused civilian casualties" is one
  (``unquantified._AS_TOPIC``);
- damage to things (explosions heard, a fire broke out, falling debris, "ledakan", "kebakaran", "puing-puing") is no
  position, like equipment downed; a cause named for it or a toll beside it is a claim still
  (``lexicon.MATERIEL_AND_GROUND``);
- safety advice to the public ("urged residents to stay in shelters", "tetap di tempat perlindungan", "to avoid those
  sites") is no call; a call on the parties is one (``stance_gates.shelter_advice``);
- the war's own course ("has been fighting there since March", "telah berperang di sana sejak ...", also after a dash)
  and words set at its outbreak ("At the start of the invasion, ...", "Pada awal invasi, ...") are background, no
  statement; an attack told with its toll, and a position taken now, are claims (``stance_gates.war_course``);
- people displaced, fleeing or sheltering ("have fled to Chad", "have sought shelter in the mosque", "mengusir ribuan
  penduduk") are the humanitarian toll, no statement; a purpose that names the displaced and a toll beside them are
  claims still (``stance_gates.displaced``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import run_as


def _claims(text: str, gazetteer: Gazetteer, lang: str, needle: str) -> list[tuple[str, str | None]]:
    """(type, subject) of the claims whose quote holds ``needle``."""
    return [(c.type, c.subject) for c in run_as(text, gazetteer, lang) if needle in c.quote]


# --- words added to what was said ------------------------------------------------------------------------------------

_BEFORE_EN = "The Sudanese army said on Sunday that RSF fighters shelled a camp for displaced families near Kadugli. "
_BEFORE_ID = "Militer Sudan mengatakan pada Minggu bahwa pasukan RSF menembaki kamp pengungsi di dekat Kadugli. "


_HOLD_EN = "Its troops would hold the town against the RSF until reinforcements arrived, the army {verb}."
_HOLD_ID = "\"Pasukan kami akan mempertahankan kota itu dari RSF sampai bala bantuan tiba,\" {verb}."
_HOLD_ID2 = "Militer juga {verb} bahwa pasukannya akan mempertahankan kota itu dari RSF."


@pytest.mark.parametrize(
    ("lang", "before", "after", "verb"),
    [
        ("en", _BEFORE_EN, _HOLD_EN, "added"),
        ("id", _BEFORE_ID, _HOLD_ID, "tambahnya"),
        ("id", _BEFORE_ID, _HOLD_ID2, "menambahkan"),
    ],
)
def test_words_added_to_what_was_said_are_no_statement(
    gazetteer: Gazetteer, lang: str, before: str, after: str, verb: str
) -> None:
    needle = "reinforce" if lang == "en" else "mempertahankan"
    assert _claims(before + after.format(verb=verb), gazetteer, lang, needle) == []


@pytest.mark.parametrize(
    ("lang", "before", "after", "verb"),
    [
        ("en", _BEFORE_EN, _HOLD_EN, "said"),
        ("id", _BEFORE_ID, _HOLD_ID, "katanya"),
        ("id", _BEFORE_ID, _HOLD_ID2, "mengatakan"),
    ],
)
def test_the_same_words_said_are_a_statement(gazetteer: Gazetteer, lang: str, before: str, after: str, verb: str
                                             ) -> None:
    needle = "reinforce" if lang == "en" else "mempertahankan"
    assert [k for k, _ in _claims(before + after.format(verb=verb), gazetteer, lang, needle)] == ["statement"]


@pytest.mark.parametrize(
    ("lang", "text", "needle", "kind"),
    [
        ("en", _BEFORE_EN + "Four children were killed in the shelling, the army added.", "Four children", "casualty"),
        ("en", _BEFORE_EN + "The army added that RSF fighters had looted the market in the town.", "looted",
         "accusation"),
        ("id", _BEFORE_ID + "Militer menambahkan bahwa pasukan RSF menjarah pasar di kota itu.", "menjarah",
         "accusation"),
    ],
)
def test_added_words_with_a_claim_of_their_own_are_claims_still(
    gazetteer: Gazetteer, lang: str, text: str, needle: str, kind: str
) -> None:
    assert kind in [k for k, _ in _claims(text, gazetteer, lang, needle)]


# --- bodies that record harm or news ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The health ministry in Kyiv said a Russian missile hit flats in Dnipro, killing four people."),
        ("en", "Seven people died when Israeli jets bombed a house in Rafah, the Gaza health ministry said."),
        ("id", "Kementerian Kesehatan Lebanon mengatakan serangan drone Israel menghantam sebuah mobil di Tyre dan "
               "menewaskan dua orang."),
    ],
)
def test_a_recorders_strike_and_toll_is_a_casualty_only(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert [k for k, _ in _claims(text, gazetteer, lang, "")] == ["casualty"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Gaza's civil defence said Israeli jets struck a shelter in Khan Younis overnight."),
        ("en", "The state news agency reported Israeli drone strikes on three villages in the south."),
        ("id", "Pertahanan Sipil Gaza mengatakan jet Israel menggempur sebuah rumah di Rafah pada Senin malam."),
        ("id", "Badan Berita Nasional mengatakan drone Israel menargetkan sebuah rumah di desa itu."),
        ("en", "According to army radio, Hezbollah launched three rockets at the border area, which fell in open "
               "ground."),
    ],
)
def test_a_recorders_plain_strike_is_no_claim(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _claims(text, gazetteer, lang, "") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Gaza health ministry accused Israel of deliberately targeting ambulances in Gaza City."),
        ("en", "The Gaza health ministry said Israeli troops committed a massacre at the school in Jabalia."),
        ("id", "Kementerian Kesehatan Gaza menuduh Israel sengaja menyerang ambulans di Kota Gaza."),
        ("en", "The Armenian defence ministry said Azerbaijani forces shelled two villages near the border overnight."),
        ("en", "The Ukrainian military said a Russian missile hit an apartment block in Dnipro, killing four people."),
    ],
)
def test_blame_by_a_recorder_or_a_side_accuses_still(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "accusation" in [k for k, _ in _claims(text, gazetteer, lang, "")]


# --- theft and populated places -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Sudanese army said RSF fighters stole fuel and food aid meant for the displaced."),
        ("id", "Militer Sudan mengatakan pasukan RSF mencuri bahan bakar dan bantuan bagi para pengungsi."),
        ("id", "Militer Sudan mengatakan pasukan RSF merampas truk bantuan di jalan menuju El Obeid."),
    ],
)
def test_theft_pinned_on_a_party_accuses(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert ("accusation", "Rapid Support Forces") in _claims(text, gazetteer, lang, "")


def test_recovering_stolen_goods_accuses_nobody(gazetteer: Gazetteer) -> None:
    text = "The Sudanese army said its soldiers recovered weapons stolen from a depot in the north."
    assert "accusation" not in [k for k, _ in _claims(text, gazetteer, "en", "")]


@pytest.mark.parametrize(
    ("lang", "text", "accuses"),
    [
        ("en", "Junta helicopters fired on a populated village in Sagaing on Tuesday morning.", True),
        ("id", "Helikopter junta Myanmar menembaki desa berpenduduk di Sagaing pada Selasa pagi.", True),
        ("en", "Junta helicopters fired on a rebel outpost in Sagaing on Tuesday morning.", False),
        ("id", "Helikopter junta Myanmar menembaki pos pemberontak di Sagaing pada Selasa pagi.", False),
    ],
)
def test_fire_on_a_populated_place_is_wrongdoing_in_the_reporters_words(
    gazetteer: Gazetteer, lang: str, text: str, accuses: bool
) -> None:
    assert ("accusation" in [k for k, _ in _claims(text, gazetteer, lang, "")]) is accuses


# --- an attack tried or answering one --------------------------------------------------------------------------------

_AZ = "The Azerbaijani defence ministry said "


@pytest.mark.parametrize(
    ("lang", "text", "accuses"),
    [
        ("en", _AZ + "the Armenian side attempted counterattacks near Fuzuli.", True),
        ("en", _AZ + "Armenian forces attempted an offensive near Fuzuli.", True),
        ("en", "The Armenian defence ministry said its troops repelled Azerbaijani counterattacks near Fuzuli.", True),
        ("id", "Kementerian Pertahanan Azerbaijan mengatakan pasukan Armenia mencoba melakukan serangan balik.", True),
        ("en", _AZ + "its units attempted counterattacks near Fuzuli.", False),
        ("en", _AZ + "its units launched counterattacks along several parts of the front.", False),
    ],
)
def test_an_attack_tried_by_the_other_side_accuses(gazetteer: Gazetteer, lang: str, text: str, accuses: bool) -> None:
    assert ("accusation" in [k for k, _ in _claims(text, gazetteer, lang, "")]) is accuses


# --- a picture's caption --------------------------------------------------------------------------------------------

_LEAD = "Russian missiles struck Kharkiv on Sunday, killing five people, the regional governor said. "
_LEAD_ID = "Rudal Rusia menghantam Kharkiv pada Minggu dan menewaskan lima orang, kata gubernur wilayah itu. "


@pytest.mark.parametrize(
    ("lang", "text", "needle"),
    [
        ("en", _LEAD + "In this photo released by the army, smoke rises after a Russian strike that killed five.",
         "smoke rises"),
        ("en", _LEAD + "Russia and Ukraine accused each other of shelling the plant on Sunday [John Smith / Reuters]",
         "plant on Sunday"),
        ("id", _LEAD_ID + "Foto yang dirilis militer ini menunjukkan asap membubung setelah serangan Rusia yang "
                          "menewaskan lima orang.", "asap membubung"),
        ("id", _LEAD_ID + "Dalam foto yang diperoleh AFP, serangan Rusia ini membuat warga berlarian ketakutan.",
         "berlarian"),
        ("id", _LEAD_ID + "Televisi pemerintah menampilkan gambar para delegasi Rusia dan Ukraina duduk di meja "
                          "perundingan.", "delegasi"),
    ],
)
def test_a_pictures_caption_makes_no_claim(gazetteer: Gazetteer, lang: str, text: str, needle: str) -> None:
    assert _claims(text, gazetteer, lang, needle) == []
    assert "casualty" in [k for k, _ in _claims(text, gazetteer, lang, "five" if lang == "en" else "lima orang, kata")]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "The army released photos of the destroyed bridge and said Russian shelling killed five people.",
         "casualty"),
        ("en", "Ukrainian officials shared images of the ruined school and accused Russia of shelling it.",
         "accusation"),
        ("id", "Video yang dibagikan kelompok pemantau menunjukkan pasukan RSF mengeksekusi para tahanan.",
         "accusation"),
        ("en", "Pictures of the strike were posted online by Hamas, which said 20 people were killed.",
         "casualty"),
    ],
)
def test_a_body_sentence_that_mentions_pictures_keeps_its_claim(gazetteer: Gazetteer, lang: str, text: str,
                                                                kind: str) -> None:
    assert kind in [k for k, _ in _claims(text, gazetteer, lang, "")]


# --- blame told as a habit ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israel and Hezbollah routinely accuse each other of targeting civilians."),
        ("id", "Israel dan Hizbullah kerap saling menuduh melanggar gencatan senjata."),
        ("en", "In the past, Myanmar's military has denied bombing villages and blamed the rebels for the deaths."),
    ],
)
def test_blame_told_as_a_habit_is_no_claim(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _claims(text, gazetteer, lang, "") == []


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        ("en", "Israel and Hezbollah have repeatedly accused each other of targeting civilians.",
         ["accusation", "accusation"]),
        ("id", "Israel dan Hizbullah saling menuduh melanggar gencatan senjata pada Senin.",
         ["accusation", "accusation"]),
        ("en", "Myanmar's military denied on Monday bombing the village and blamed the rebels for the deaths.",
         ["accusation", "denial"]),
    ],
)
def test_blame_told_as_news_is_a_claim_still(gazetteer: Gazetteer, lang: str, text: str, kinds: list[str]) -> None:
    assert sorted(k for k, _ in _claims(text, gazetteer, lang, "")) == kinds


# --- a report called an exaggeration ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Sudanese army said reports of mass killings in the city were an exaggeration by hostile media."),
        ("id", "Militer Sudan menyebut laporan pembantaian itu dilebih-lebihkan oleh media asing."),
    ],
)
def test_a_report_called_an_exaggeration_is_denied(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert [k for k, _ in _claims(text, gazetteer, lang, "")] == ["denial"]


# --- deaths named as a topic ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "No reason was given by the army for the strike or the civilian casualties.",
        "The monitors' report lists the cases of civilian deaths caused by the shelling of Kharkiv.",
        "The army gave no justification for the civilian deaths in the village.",
    ],
)
def test_deaths_named_as_a_topic_are_no_toll(gazetteer: Gazetteer, text: str) -> None:
    assert "casualty" not in [k for k, _ in _claims(text, gazetteer, "en", "")]


@pytest.mark.parametrize(
    "text",
    [
        "Russian shelling caused civilian casualties in Kharkiv, the governor said.",
        "The Russian offensive has resulted in heavy civilian casualties, the UN said.",
    ],
)
def test_deaths_reported_without_a_number_are_a_toll_still(gazetteer: Gazetteer, text: str) -> None:
    assert "casualty" in [k for k, _ in _claims(text, gazetteer, "en", "")]


# --- damage to things -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Ukrainian army reported several explosions in the Obolon district and said a fire broke out at a "
               "warehouse."),
        ("id", "Wali kota Lviv mengatakan kebakaran terjadi di sebuah gudang dan puing-puing berjatuhan di dua distrik "
               "kota."),
        ("en", "Kyiv's mayor warned that falling debris from downed missiles can still cause serious damage."),
    ],
)
def test_damage_to_things_is_no_statement(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _claims(text, gazetteer, lang, "") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Ukrainian army said the explosion at the market in Kherson was caused by a Russian missile.",
         "statement"),
        ("The governor said a fire broke out at a depot after the Russian strike and three workers were killed.",
         "casualty"),
    ],
)
def test_damage_with_a_cause_or_a_toll_is_a_claim_still(gazetteer: Gazetteer, text: str, kind: str) -> None:
    assert kind in [k for k, _ in _claims(text, gazetteer, "en", "")]


# --- safety advice to the public ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kyiv's mayor urged residents to stay in shelters as the drones approached the city."),
        ("id", "Wali kota Kharkiv meminta penduduk untuk tetap berada di tempat perlindungan selama serangan."),
        ("en", "The Houthi-run health ministry had urged civilians to avoid those sites."),
    ],
)
def test_safety_advice_to_the_public_is_no_call(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "call" not in [k for k, _ in _claims(text, gazetteer, lang, "")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UN urged Russia and Ukraine to stop shelling the plant."),
        ("id", "Menteri Luar Negeri Rusia mendesak kedua pihak untuk segera menghentikan pertempuran."),
    ],
)
def test_a_call_on_the_parties_is_a_call_still(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert "call" in [k for k, _ in _claims(text, gazetteer, lang, "")]


# --- the war's own course ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pemantau HAM mengatakan pasukan RSF telah berperang di sana sejak Maret melawan tentara Sudan."),
        ("id", "Kelompok HAM itu mengatakan pasukan paramiliter--RSF--telah berperang di kota itu sejak April melawan "
               "tentara."),
        ("en", "A rights group said the RSF has been fighting there since March against the Sudanese army."),
        ("en", "At the start of the invasion, Putin said Russia would take Kyiv within days."),
        ("id", "Pada awal invasi, Putin mengatakan Rusia akan merebut Kyiv dalam hitungan hari."),
    ],
)
def test_the_wars_own_course_is_no_statement(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _claims(text, gazetteer, lang, "") == []


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "A rights group said the RSF has shelled the camp every day since March, killing dozens.", "accusation"),
        ("id", "Putin mengatakan pada Selasa bahwa Rusia akan terus menyerang Kyiv sampai Ukraina menyerah.",
         "statement"),
    ],
)
def test_news_of_the_war_is_a_claim_still(gazetteer: Gazetteer, lang: str, text: str, kind: str) -> None:
    assert kind in [k for k, _ in _claims(text, gazetteer, lang, "")]


# --- people displaced, fleeing or sheltering ---------------------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The UN said more than 300,000 people have fled to Chad since the fighting began in Darfur."),
        ("en", "\"Hundreds of families displaced by the shelling have sought shelter in the mosque,\" said a civil "
               "defence spokesman."),
        ("id", "PBB mengatakan serangan udara Rusia telah mengusir ribuan penduduk Kharkiv dari rumah mereka."),
    ],
)
def test_people_displaced_are_no_statement(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert _claims(text, gazetteer, lang, "") == []


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("id", "Israel mengklaim tujuan operasi itu adalah memulangkan ribuan warga yang terpaksa mengungsi.",
         "statement"),
        ("en", "The UN said Russian strikes on Kharkiv killed 12 civilians and forced thousands to flee.", "casualty"),
    ],
)
def test_a_position_or_a_toll_beside_the_displaced_is_a_claim_still(
    gazetteer: Gazetteer, lang: str, text: str, kind: str
) -> None:
    assert kind in [k for k, _ in _claims(text, gazetteer, lang, "")]
