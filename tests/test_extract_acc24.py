"""Accusations on unseen text, session 24 (issue 13, acc24): each mechanism pinned with sentences of the project's
own (never an article's), English and Indonesian, and near misses that must not give the claim.

- a toll told by a body that counts the dead accuses when its cause is charged beyond the strike, as the session-18
  convention says: a *deliberate* strike (the adjective as well as the adverb), or a crime by name ("killed in a
  massacre committed by the occupation", "tewas dalam pembantaian yang dilakukan oleh ..."); a crime told as the
  time a count runs from ("since the siege began") is a date, and a plain strike stays the casualty's cause
  (``charges._MANNER``, ``blame._crime_charge``);
- an Indonesian passive names its doer bare after the verb as well as after "oleh" ("serangan yang dilancarkan
  Amerika", "pengeboman yang dilakukan militer Israel"): the attack is that party's (``attack_agents._BARE_BY``); a
  day or the speaker's own side after the verb is no doer to accuse;
- a body that counts the dead (civil defence, medics, a health ministry) charging a named party beyond the strike
  ("an Israeli drone targeted the home of a family", "deliberately shelled the market") accuses it with no toll in
  the sentence too, as it does beside a toll; its plain strike ("struck a car") stays no accusation
  (``blame.attacked``);
- an attack referred back to ("serangan itu", "aksi tersebut", "tindakan itu") and called deliberate or brutal is a
  wrong named without its doer, pinned on the side the article named attacking (``crimes._THAT_ATTACK``,
  ``lexicon_types.CRIME_MANNERS``); "not deliberate", or the act told without a wrong, accuses nobody;
- a side charging the other with rebuilding its armed capacity ("working to rebuild Hezbollah infrastructure",
  "membangun kembali infrastruktur teror Hizbullah", "rebuilding tunnels") accuses it (``rearming``); a
  country's reconstruction, or a side rebuilding its own, accuses nobody;
- an attack condemned without its attacker, behind a quotation mark or a word of the speaker's ("condemned the
  \u201chorrific attacks on civilians"), accuses the side the article's accusations name striking, whatever word the
  subject reader took for its party (``condemn._THE_ATTACK``, ``claims._one_frame``); a condemned death, or an
  attack in an article that names nobody striking, accuses nobody;
- once the article has named a truce, "the agreement" a named party violates is that truce ("violations of the
  agreement by Israel", "pelanggaran Israel terhadap perjanjian tersebut"): the violation accuses, toll or not, as a
  named violation of a ceasefire does (``blame._DEAL_BROKEN``); with no truce named, it does not;
- a side's strike told as the answer to a party's attack that harmed people ("in retaliation for an Israeli strike
  that wounded three", "sebagai balasan atas serangan Israel yang melukai tiga orang") accuses that party, as it
  does when the answered attack harmed nobody (``frame_charges.answered``; the harm told of the answered attack no
  longer hides it); an answer to no party's attack, or a side's own strike with its toll, accuses nobody.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.pipeline.record import Claim
from tests.extraction import of_type, run_as


def _accused_by(text: str, gazetteer: Gazetteer, lang: str, speaker_word: str) -> list[str | None]:
    """The accused of the accusations whose speaker's name holds ``speaker_word``."""
    claims: list[Claim] = of_type(run_as(text, gazetteer, lang), "accusation")
    return [c.subject for c in claims if speaker_word.casefold() in c.speaker.casefold()]


# --- a counting body's toll with a charge beyond the strike ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Headline\n\n\"Seven people were killed by a deliberate shelling by the RSF on the cattle market at dawn,\" "
         "the Sudan Doctors Network said.", "en", "Sudan Doctors"),
        ("Judul\n\nLebih dari 20 orang tewas dalam pembantaian yang dilakukan oleh pasukan Israel di kamp itu pada "
         "malam hari, kata kementerian kesehatan Gaza.", "id", "Gaza Health"),
        ("Headline\n\nThe Gaza health ministry said 14 people were killed in a massacre carried out by Israeli forces "
         "at the camp overnight.", "en", "Gaza Health"),
        ("Judul\n\nJaringan Dokter Sudan mengatakan sembilan warga tewas akibat penembakan yang disengaja oleh RSF "
         "di pasar ternak.", "id", "Sudan Doctors"),
    ],
)
def test_a_counted_toll_with_a_charge_accuses(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert _accused_by(text, gazetteer, lang, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Headline\n\n\"Seven people were killed by shelling by the RSF on the cattle market at dawn,\" the Sudan "
         "Doctors Network said.", "en", "Sudan Doctors"),
        ("Judul\n\nLebih dari 20 orang tewas dalam serangan yang dilakukan oleh pasukan Israel di kamp itu pada "
         "malam hari, kata kementerian kesehatan Gaza.", "id", "Gaza Health"),
        ("Headline\n\nThe Sudan Doctors Network said more than 3,000 people had died in the town since the RSF "
         "siege of it started in June.", "en", "Sudan Doctors"),
    ],
)
def test_a_counted_toll_with_a_plain_cause_accuses_nobody(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert not _accused_by(text, gazetteer, lang, speaker)


# --- the Indonesian passive's bare agent --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Judul\n\nHouthi mengatakan pihaknya menembakkan rudal ke sebuah kapal perang sebagai pembalasan terhadap "
         "serangan keji yang dilancarkan Amerika ke pelabuhan.", "United States"),
        ("Judul\n\nKementerian itu mengatakan pengeboman yang dilakukan militer Israel menghancurkan dua sekolah.",
         "Israel"),
    ],
)
def test_an_attack_whose_passive_names_its_doer_bare_accuses_it(
    text: str, accused: str, gazetteer: Gazetteer
) -> None:
    assert any(accused in (c.subject or "") for c in of_type(run_as(text, gazetteer, "id"), "accusation"))


@pytest.mark.parametrize(
    "text",
    [
        "Judul\n\nKementerian itu mengatakan serangan yang dilakukan Selasa malam menghancurkan dua sekolah.",
        "Judul\n\nKementerian itu mengatakan serangan yang dilakukan pihaknya menghancurkan dua gudang senjata.",
    ],
)
def test_a_bare_passive_without_a_party_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not of_type(run_as(text, gazetteer, "id"), "accusation")


# --- a counting body's charge without a toll ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Judul\n\nJuru bicara pertahanan sipil, Ahmad Salim, menyebut drone Israel menargetkan rumah keluarga Nasser "
         "di utara kota.", "id", "Ahmad Salim"),
        ("Headline\n\nCivil defence spokesman Ahmad Salim said an Israeli drone targeted the home of the Nasser family "
         "in the north of the city.", "en", "Ahmad Salim"),
        ("Headline\n\nThe Sudan Doctors Network said RSF gunmen deliberately shelled the market in the west of the "
         "town.", "en", "Sudan Doctors"),  # passed on main already (a word of manner is wrongdoing): a guard
    ],
)
def test_a_counting_bodys_charge_accuses_without_a_toll(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert _accused_by(text, gazetteer, lang, speaker)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Judul\n\nJuru bicara pertahanan sipil, Ahmad Salim, menyebut drone Israel menghantam sebuah mobil di utara "
         "kota.", "id", "Ahmad Salim"),
        ("Headline\n\nCivil defence spokesman Ahmad Salim said an Israeli drone struck a car in the north of the "
         "city.", "en", "Ahmad Salim"),
    ],
)
def test_a_counting_bodys_plain_strike_accuses_nobody(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert not _accused_by(text, gazetteer, lang, speaker)


# --- an attack referred back to and called deliberate or brutal ----------------------------------------------------

_KHARKIV_ID = "Pasukan Rusia menembaki kota Kharkiv pada Selasa, kata gubernur Oleh Syniehubov.\n\n"
_VILLAGE_ID = "Militer Myanmar mengebom desa Letpanhla pada Senin, kata warga.\n\n"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_KHARKIV_ID + "Menteri Dalam Negeri Petro Hnatenko mengatakan serangan itu jelas disengaja.", "Hnatenko"),
        (_VILLAGE_ID + "Juru bicara NUG mengatakan aksi tersebut merupakan salah satu serangan paling brutal terhadap "
         "penduduk desa tahun ini.", "National Unity"),
        (_VILLAGE_ID + "Juru bicara NUG mengatakan tindakan itu disengaja untuk menghukum penduduk desa.",
         "National Unity"),
    ],
)
def test_an_attack_called_deliberate_or_brutal_accuses_the_attacker(
    text: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert _accused_by(text, gazetteer, "id", speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_KHARKIV_ID + "Menteri Dalam Negeri Petro Hnatenko mengatakan serangan itu tidak disengaja.", "Hnatenko"),
        (_VILLAGE_ID + "Juru bicara NUG mengatakan aksi tersebut menunda panen di desa itu.", "National Unity"),
    ],
)
def test_an_attack_referred_back_without_a_wrong_accuses_nobody_more(
    text: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert not _accused_by(text, gazetteer, "id", speaker)


# --- a side's charge that the other is rebuilding its armed capacity ------------------------------------------------


def _accusations(text: str, gazetteer: Gazetteer, lang: str) -> set[tuple[str, str | None]]:
    return {(c.speaker, c.subject) for c in of_type(run_as(text, gazetteer, lang), "accusation")}


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [
        ("Headline\n\nThe Israeli army said the two men were working to rebuild Hezbollah infrastructure near the "
         "border.", "en", "Hezbollah"),
        ("Judul\n\nMiliter Israel mengatakan kedua pria itu berusaha membangun kembali infrastruktur teror Hizbullah "
         "di dekat perbatasan.", "id", "Hezbollah"),
        ("Judul\n\n\"Keduanya terlibat membangun kembali situs peluncuran roket Hizbullah di lembah itu,\" kata "
         "militer Israel.", "id", "Hezbollah"),
        ("Headline\n\nThe Israeli military said Hamas gunmen had been rebuilding tunnels under the camp.", "en",
         "Hamas"),
    ],
)
def test_a_side_charging_the_other_with_rearming_accuses_it(
    text: str, lang: str, accused: str, gazetteer: Gazetteer
) -> None:
    assert any(subject == accused for _, subject in _accusations(text, gazetteer, lang))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Headline\n\nThe World Bank said rebuilding Ukraine's energy infrastructure would cost billions.", "en"),
        ("Judul\n\nPemerintah Lebanon mengatakan pihaknya akan membangun kembali rumah-rumah warga di selatan.", "id"),
        ("Headline\n\nHezbollah said it was rebuilding its military infrastructure after the war.", "en"),
    ],
)
def test_reconstruction_or_ones_own_rearming_accuses_nobody(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not _accusations(text, gazetteer, lang)


# --- an attack condemned without its attacker, behind a quotation mark or a word of the speaker's ------------------

_WAD_HAMID_EN = "RSF fighters attacked the village of Wad Hamid on Wednesday, residents said.\n\n"
_WAD_HAMID_ID = "Pasukan RSF menyerang desa Wad Hamid pada Rabu, kata warga.\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (_WAD_HAMID_EN + "The United States condemned the \u201chorrific attacks on unarmed civilians in the "
         "village,\u201d a spokesman said.", "en", "United States"),
        (_WAD_HAMID_EN + "Britain condemned the shocking attacks on the village.", "en", "United Kingdom"),
        (_WAD_HAMID_ID + "Amerika Serikat mengecam \u201cserangan keji terhadap warga sipil tak bersenjata\u201d "
         "di desa itu.", "id", "United States"),
    ],
)
def test_an_attack_condemned_without_its_attacker_accuses_the_articles_striker(
    text: str, lang: str, speaker: str, gazetteer: Gazetteer
) -> None:
    assert _accused_by(text, gazetteer, lang, speaker) == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (_WAD_HAMID_EN + "The United States condemned the \u201chorrific deaths of civilians in the "
         "village.\u201d", "en"),
        ("Headline\n\nThe United States condemned the \u201chorrific attacks on unarmed civilians in the "
         "village.\u201d", "en"),
    ],
)
def test_a_condemned_death_or_an_attack_nobody_was_named_striking_accuses_nobody(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert not {sp for sp, _ in _accusations(text, gazetteer, lang) if "United States" in sp}


# --- a truce broken, named as "the agreement" once the article has named the truce ---------------------------------

_TRUCE_ID = "Gencatan senjata di Jalur Gaza mulai berlaku pada bulan Oktober.\n\n"
_TRUCE_EN = "A ceasefire in southern Lebanon took effect in November.\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [
        (_TRUCE_ID + "Sejak itu 120 warga Palestina tewas akibat pelanggaran Israel terhadap perjanjian tersebut.",
         "id", "Israel"),
        (_TRUCE_EN + "Since then 40 people have been killed in violations of the agreement by Israel.", "en", "Israel"),
    ],
)
def test_a_named_partys_breach_of_the_agreement_accuses_it(
    text: str, lang: str, accused: str, gazetteer: Gazetteer
) -> None:
    assert accused in {subject for _, subject in _accusations(text, gazetteer, lang)}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Judul\n\nSejak itu 120 warga Palestina tewas akibat pelanggaran Israel terhadap perjanjian tersebut.", "id"),
        (_TRUCE_EN + "Since then 40 people have been killed, though Israel says it respects the agreement.", "en"),
    ],
)
def test_an_agreement_no_truce_names_or_kept_accuses_nobody(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert not _accusations(text, gazetteer, lang)


# --- a strike told as the answer to a party's attack that harmed people ---------------------------------------------


def _types_of(text: str, gazetteer: Gazetteer, lang: str, speaker: str) -> set[str]:
    return {c.type for c in run_as(text, gazetteer, lang) if speaker in c.speaker}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Judul\n\nHizbullah mengatakan pejuangnya menembakkan roket ke pangkalan militer sebagai balasan atas "
         "serangan Israel yang melukai tiga orang.", "id"),
        ("Headline\n\nHezbollah said its fighters fired rockets at an army base in retaliation for an Israeli strike "
         "that wounded three people.", "en"),  # passed on main already (the toll's attack read in English): a guard
    ],
)
def test_a_strike_answering_a_partys_harmful_attack_accuses_it(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert "accusation" in _types_of(text, gazetteer, lang, "Hezbollah")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Judul\n\nHizbullah mengatakan pejuangnya menembakkan roket ke pangkalan militer sebagai balasan atas "
         "kematian tiga pejuangnya.", "id"),
        ("Judul\n\nHizbullah mengatakan serangan roketnya ke pangkalan militer itu melukai tiga tentara.", "id"),
    ],
)
def test_an_answer_to_no_partys_attack_or_an_own_strike_accuses_nobody(
    text: str, lang: str, gazetteer: Gazetteer
) -> None:
    assert "accusation" not in _types_of(text, gazetteer, lang, "Hezbollah")
