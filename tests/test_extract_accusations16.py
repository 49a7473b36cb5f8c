"""Accusations and denials on real text, round 16 (issue 13, acc16): classes of missed claims, each pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must not give the claim:

- a party named with its short form in brackets right before its verb ("the Rapid Support Forces (RSF) shelled
  ...", "Pasukan Dukungan Cepat (RSF) menyerbu ..."), also after a long clause opening, is the verb's subject
  (``clause_agents.ALIAS``, ``clause_agents.right_before``);
- forces said to be absent with the Indonesian "kekuatan" ("tidak memiliki kekuatan militer di ...") deny, as
  "pasukan" and "troops" did (``disavowals``);
- fighting each other ("saling menyerang", "saling menembak") is narration, not two sides accusing each other:
  only words of blame ("saling menuduh", "accuse each other") make the mutual accusation (``events.MUTUAL``);
- an army whose name calls it a defence force ("the Israel Defense Forces said the military shelled ...") speaks
  of itself when it says "the military": its own operation, no blame (``same_body._BODY``);
- fighters sent in ("sent mercenaries", "mengirim tentara bayaran") and a named party's interference ("Armenia's
  interference", "campur tangan kekuatan Armenia") accuse; a bare "foreign interference" names nobody
  (``lexicon_types.TYPE_CUES``, ``lexicon_attacks.WRONGDOING_NOUNS``);
- a civilian site a named party used, told in the passive with its user and no purpose ("the clinic, which was
  used by Hamas gunmen", "sekolah yang digunakan oleh Hamas") accuses that party (``attacks._SITE_USED``);
- an accusation named only to be called false, no party named as its liar ("mengatakan tuduhan itu tidak benar"), is
  a denial, not an accusation by the denier (``cue_types._blames_beyond_claim``), and responsibility or an account
  refused ("menolak bertanggung jawab atas serangan itu", "rejected responsibility for", "menolak versi Kyiv")
  denies (``lexicon_after._CLAIM_AFTER``);
- the progressive of the irregular attack verbs ("drones were striking", "troops were firing on") is an attack verb
  like "struck" and "fired on" (``lexicon_attacks.ATTACK_VERBS``);
- fire in volleys is an attack noun ("barrage", "salvo", "volley"), its party beside it or after "of" ("came under a
  barrage of Russian missiles", ``attack_agents._VOLLEY_OF``);
- an assault is an attack noun and "unleashed" a light verb ("unleashed a massive artillery assault on X", "repelled
  an assault by X forces"; ``lexicon_attacks``);
- words a denial labels a charge ("X said Y used cluster munitions, a charge denied by Y", "..., tuduhan yang dibantah
  oleh Y") still accuse, by their claimant (``denied_claims._labelled_a_charge``); "munisi tandan" is a wrong weapon;
- "the adversary" / "pihak lawan" is an armed agent the gazetteer does not name, as "the enemy" / "musuh" is
  (``lexicon_attacks.FORCE_WORDS``);
- and three precision classes: civilians named in another clause ("struck many cities, though it denies targeting
  civilians") make no attack a wrong in the reporter's words (``attacks._OTHER_CLAUSE``); what
  "occurred after" an attack is not that attack ("terjadi setelah serangan serupa" is no unnamed attack for a side to
  blame on the other, ``unpinned._THERE_WERE``); an infinitive hanging on a pronoun's noun ("informed of their plan
  to launch an attack", "rencana mereka untuk melancarkan serangan") is the speaker side's own act, never the clause
  subject's (``clause_agents.OWNED_PLAN``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract.unpinned import unpinned_attacks
from tests.extraction import of_type, run


def _typed(text: str, kind: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.subject) for c in of_type(run(text, gazetteer), kind)]


# --- a name's bracketed short form before the verb ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Rapid Support Forces (RSF) killed civilians in a camp near Nyala, a local medical group said.",
        "Pasukan Dukungan Cepat (RSF) membunuh warga sipil di kamp dekat Nyala, kata kelompok relawan.",
        "Late on the third evening of the siege the paramilitary Rapid Support Forces (RSF) stormed the camp, "
        "a relief group said.",
        "Pada malam ketiga pengepungan itu Pasukan Dukungan Cepat (RSF) menyerbu kamp pengungsi, kata kelompok "
        "relawan.",
    ],
)
def test_a_bracketed_short_form_keeps_the_subject(text: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    "text",
    [
        # a long clause whose party is not right before the verb: no subject, no blame
        "The Israel Defense Forces are still checking reports of that strike, a military spokesman said.",
        # the speaker's own forces in brackets: its own operation
        "The Sudanese Armed Forces (SAF) shelled positions of the militia, an army spokesman said.",
    ],
)
def test_no_blame_without_a_subject_of_another_side(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


# --- forces said to be absent ---------------------------------------------------------------------------------------


def test_no_forces_there_is_a_denial(gazetteer: Gazetteer) -> None:
    text = "Pemerintah Armenia menegaskan tidak memiliki kekuatan militer di wilayah sengketa itu."
    assert [s for s, _ in _typed(text, "denial", gazetteer)] == ["Government of Armenia"]
    near = "Pemerintah Armenia menegaskan memiliki kekuatan militer yang cukup di perbatasan."
    assert _typed(near, "denial", gazetteer) == []


# --- fighting each other is no mutual blame ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accusations"),
    [
        ("Armenia dan Azerbaijan kembali saling menyerang di sepanjang garis depan pada Minggu malam.", []),
        (
            "Kementerian Pertahanan Armenia mengatakan pasukan Azerbaijan menembaki desa Martuni, dua pekan setelah "
            "kedua negara mulai saling menyerang dengan artileri.",
            [("Armenian Defence Ministry", "Azerbaijan")],
        ),
        (
            "Armenia dan Azerbaijan saling menuduh melanggar gencatan senjata pada Minggu malam.",
            [("Armenia", "Azerbaijan"), ("Azerbaijan", "Armenia")],
        ),
    ],
)
def test_fighting_each_other_is_no_mutual_blame(
    text: str, accusations: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    assert sorted(_typed(text, "accusation", gazetteer)) == accusations


# --- a defence force's "the military" is its own ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Lebanese army said two soldiers were hurt. The military also shelled two launch sites near the "
        "border, the Israel Defense Forces said.",
        "Tentara Lebanon mengatakan dua prajurit terluka. Militer juga menembaki dua lokasi peluncuran di dekat "
        "perbatasan, kata Pasukan Pertahanan Israel.",
    ],
)
def test_a_defence_force_speaks_of_its_own_military(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


def test_a_defence_force_still_blames_the_enemy_army(gazetteer: Gazetteer) -> None:
    text = ("The Lebanese army said two soldiers were hurt. The Israel Defense Forces said the enemy army shelled "
            "two of its posts near the border.")
    assert [s for s, _ in _typed(text, "accusation", gazetteer)] == ["Israel Defense Forces"]


# --- fighters sent in, a named party's interference -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's defence ministry said Armenia had sent mercenaries to fight in Karabakh.",
        "Kementerian Pertahanan Azerbaijan mengatakan Armenia mengirimkan tentara bayaran ke garis depan.",
        "Kementerian Pertahanan Azerbaijan mengklaim ada campur tangan kekuatan Armenia di wilayah itu.",
        "Azerbaijan's defence ministry denounced Armenia's interference in the region.",
    ],
)
def test_fighters_sent_in_or_interference_accuse(text: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Armenia"]


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister said Russia would not accept any foreign interference in the talks.",
        "Presiden Azerbaijan mengatakan tidak akan menerima campur tangan asing dalam perundingan itu.",
    ],
)
def test_foreign_interference_unnamed_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


# --- precision: the time of another event, a plan the speaker's side owns ------------------------------------------


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Ledakan itu terjadi setelah serangan serupa di Bekaa pekan lalu.", 0),
        ("Ledakan itu terjadi sejak serangan pertama di Bekaa.", 0),
        ("Menurut kementerian, terjadi 13 serangan di perbatasan selama sebulan.", 1),
        ("There were some 40 airstrikes on the province last week.", 1),
    ],
)
def test_what_occurred_after_an_attack_is_not_that_attack(text: str, attacks: int) -> None:
    assert len(unpinned_attacks(text, (0, len(text)))) == attacks


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's defence ministry said Russian peacekeepers were informed of their plan to launch an attack "
        "on the separatists.",
        "Kementerian Pertahanan Azerbaijan mengatakan pasukan penjaga perdamaian Rusia telah diberi tahu tentang "
        "rencana mereka untuk melancarkan serangan.",
    ],
)
def test_a_plan_the_speakers_side_owns_blames_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence ministry said Azerbaijani forces moved tanks to the border to attack Armenian villages.",
        "Kementerian Pertahanan Armenia mengatakan pasukan Azerbaijan mengerahkan tank ke perbatasan hanya untuk "
        "menyerang desa-desa Armenia.",
    ],
)
def test_an_infinitive_of_purpose_keeps_its_subject(text: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Azerbaijan"]


# --- a civilian site a party used ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The Israeli army said it struck the clinic, which "was used by Hamas gunmen".',
        "Militer Israel mengatakan menyerang gedung sekolah yang digunakan oleh Hamas.",
    ],
)
def test_a_civilian_site_a_party_used_accuses_it(text: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Hamas"]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said the school was used by displaced families from Khan Younis.",
        "Kementerian Kesehatan mengatakan rumah sakit itu digunakan oleh ratusan keluarga pengungsi.",
    ],
)
def test_a_site_used_by_civilians_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


# --- a rebutted accusation, responsibility refused -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Militer Israel mengatakan tuduhan itu tidak benar.",
        "Militer Israel menyebut tuduhan itu tidak berdasar.",
    ],
)
def test_an_accusation_called_false_is_only_a_denial(text: str, gazetteer: Gazetteer) -> None:
    assert [s for s, _ in _typed(text, "denial", gazetteer)] == ["Israel Defense Forces"]
    assert _typed(text, "accusation", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Militer Israel mengatakan tuduhan Hamas tidak benar dan menuduh Hamas menembakkan roket dari sekolah.",
        "Militer Israel mengatakan tuduhan itu adalah kebohongan yang disebarkan Hamas.",
    ],
)
def test_a_rebuttal_naming_the_liar_keeps_the_blame(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer)
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Hamas"]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Koalisi pimpinan Saudi menolak bertanggung jawab atas serangan di pasar itu.", "Saudi-led coalition"),
        ("The Saudi-led coalition rejected responsibility for the strike on the market.", "Saudi-led coalition"),
        ("Kementerian Pertahanan Rusia menolak versi Kyiv tentang serangan itu.", "Russian Defence Ministry"),
    ],
)
def test_responsibility_or_an_account_refused_denies(text: str, denier: str, gazetteer: Gazetteer) -> None:
    assert [s for s, _ in _typed(text, "denial", gazetteer)] == [denier]
    assert _typed(text, "accusation", gazetteer) == []


def test_responsibility_pinned_still_accuses(gazetteer: Gazetteer) -> None:
    text = "Kementerian Luar Negeri Ukraina mengatakan Rusia bertanggung jawab atas serangan di pasar itu."
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Russia"]


# --- the progressive of the irregular attack verbs -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Armenia's defence ministry said Azerbaijani drones were striking civilian infrastructure in Stepanakert.",
         "Azerbaijan"),
        ("Ukraine's army said Russian troops were firing on the evacuation convoy near Zaporizhzhia.",
         "Russian Armed Forces"),
    ],
)
def test_the_progressive_of_an_irregular_attack_verb(text: str, accused: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == [accused]


def test_own_drones_striking_blame_nobody(gazetteer: Gazetteer) -> None:
    assert _typed("Ukraine said its drones were striking Russian oil depots overnight.", "accusation", gazetteer) == []


# --- fire in volleys ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kharkiv came under a barrage of Russian missiles on Sunday, Ukraine's defence ministry said.", "Russia"),
        ("Israel's military said a salvo of Hezbollah rockets struck the town of Kiryat Shmona.", "Hezbollah"),
    ],
)
def test_a_volley_of_a_partys_weapons(text: str, accused: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == [accused]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's army said it fired a barrage of rockets at Russian positions.",
        "The crowd greeted the team with a barrage of questions, officials said.",
    ],
)
def test_an_own_or_harmless_volley_blames_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


# --- the adversary ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia's defence ministry said the adversary shelled Stepanakert again at midday.",
        "Kementerian Pertahanan Armenia mengatakan pihak lawan kembali menembaki Stepanakert pada siang hari.",
    ],
)
def test_the_adversary_is_an_armed_agent(text: str, gazetteer: Gazetteer) -> None:
    assert [s for s, _ in _typed(text, "accusation", gazetteer)] == ["Armenian Defence Ministry"]


def test_a_political_rival_is_no_armed_agent(gazetteer: Gazetteer) -> None:
    text = "Presiden mengatakan lawan politiknya menyerang kebijakan pemerintah."
    assert _typed(text, "accusation", gazetteer) == []


# --- civilians in another clause -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Russia has struck many cities, though it denies targeting civilians.", []),
        ("Rusia telah menyerang banyak kota, meskipun membantah menargetkan warga sipil.", []),
        ("Russian forces shelled a crowded market in Kharkiv on Sunday.", ["Russian Armed Forces"]),
        ("Pasukan Rusia menembaki pasar yang ramai di Kharkiv pada Minggu.", ["Russian Armed Forces"]),
    ],
)
def test_civilians_in_another_clause_make_no_wrong(text: str, accused: list[str], gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == accused


# --- an assault, unleashed ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh authorities said Azerbaijan had unleashed a massive artillery assault on Stepanakert.",
        "Armenia's defence ministry said its troops repelled an assault by Azerbaijani forces near Lachin.",
    ],
)
def test_an_assault_unleashed_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert [s for _, s in _typed(text, "accusation", gazetteer)] == ["Azerbaijan"]


def test_an_own_assault_blames_nobody(gazetteer: Gazetteer) -> None:
    text = "Ukraine's army said its troops launched an assault on Russian positions near Bakhmut."
    assert _typed(text, "accusation", gazetteer) == []


# --- words a denial labels a charge ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Amnesty International menyatakan pasukan Armenia diduga menggunakan munisi tandan di Barda, tuduhan yang "
        "dibantah oleh Yerevan.",
        "Amnesty International said Armenian forces had used cluster munitions in Barda, a charge denied by Yerevan.",
    ],
)
def test_words_labelled_a_charge_still_accuse(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == [("Amnesty International", "Armenia")]
    assert _typed(text, "denial", gazetteer)


def test_a_report_denied_is_no_charge(gazetteer: Gazetteer) -> None:
    text = "Amnesty International said Armenian forces had reached Barda, a report denied by Yerevan."
    assert _typed(text, "accusation", gazetteer) == []
