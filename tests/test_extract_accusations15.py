"""Accusations and denials on real text, round 15 (issue 13, acc15): classes of missed claims, each pinned here.

Every sentence is the project's own, written for these tests (never an article's), English and Indonesian, with
near misses that must not give the claim:

- a linking adverb between a denier and its verb ("Armenia meanwhile denied", "Ukraine, however, denied") and an
  auxiliary between a coordinated verb and its conjunction ("did not comment and has denied") keep the frame
  (``lexicon.AGENT_GAP``, ``frames._CONJ``);
- the claim a denial rejects still accuses, by its claimant ("denied Azeri claims that Armenian forces fired ...":
  Azerbaijan accuses Armenia; ``denied_claims.claimant_accuses``);
- a claim pointed at and called false at the head of the words ("\\"This is another misinformation of X,\\" she
  said"), and "sepenuhnya salah" / "misinformation" as words of falsity (``rebuttals``);
- a speaker's own coordinated predicate denying harm ("regrets any harm ... and does not target journalists",
  "... dan tidak pernah menargetkan warga sipil") is a denial (``disavowals._AND_NOT``), and so are forces said to be
  absent ("had no troops in X"); "the Russian side" speaks for its state; a claim made "wrongly" is denied; ground
  denied ("denied any RSF gains") is a territory claim's denial, not annotated (``denied.denies_ground``);
- a list of named parties opening the clause speaks whole ("The EU, Britain and Canada condemned ...");
- a weapon or an attack striking with no party named ("a missile had hit a school", "sebuah rudal menghantam")
  blames the side the article has said struck (``unpinned.unpinned_strikes``, ``blame._striker_not``);
- the subject before a relative clause set off by commas, warplanes a party used, a wrong whose doer a relative
  clause names, "they"/"mereka" opening a coordinated clause, fire "aimed at a" target (``attack_agents``);
- targets struck in the passive are the speaker's own operation; an international body's count of strikes makes no
  claim; an attack inside an open question ("whether", "apakah") is asked, not alleged.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run


def _typed(text: str, kind: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.subject) for c in of_type(run(text, gazetteer), kind)]


# --- denials: the frame kept across an adverb or an auxiliary -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Armenia meanwhile denied that its troops had shelled the town of Tovuz overnight.", "Armenia"),
        ("Ukraine, however, denied the report on the shelling of the border post.", "Ukraine"),
        ("Russia did not comment on the footage and has denied targeting apartment blocks.", "Russia"),
        ("Kremlin tidak berkomentar dan juga membantah menargetkan rumah sakit di kota itu.", "Kremlin"),
    ],
)
def test_a_denial_across_an_adverb_or_an_auxiliary(text: str, denier: str, gazetteer: Gazetteer) -> None:
    assert any(speaker == denier for speaker, _ in _typed(text, "denial", gazetteer))


def test_a_coordinated_verb_of_no_denial_stays_no_denial(gazetteer: Gazetteer) -> None:
    text = "Russia did not comment on the footage and has moved more troops to the border."
    assert _typed(text, "denial", gazetteer) == []


# --- the denied claim's own accusation --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia meanwhile denied Azeri claims that Armenian forces fired rockets at the city of Barda.",
        "Yerevan on Monday denied Azerbaijani claims that Armenian artillery shelled villages near Tartar.",
    ],
)
def test_the_claim_a_denial_rejects_accuses_by_its_claimant(text: str, gazetteer: Gazetteer) -> None:
    assert ("Azerbaijan", "Armenia") in _typed(text, "accusation", gazetteer)
    assert _typed(text, "denial", gazetteer)


def test_a_denied_claim_without_an_attack_accuses_nobody(gazetteer: Gazetteer) -> None:
    text = "Israel denied Hamas claims that the talks in Cairo had collapsed on Sunday."
    assert _typed(text, "accusation", gazetteer) == []
    assert _typed(text, "denial", gazetteer)


# --- a claim called false -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"This is yet another misinformation of Baku," the Armenian defence ministry spokeswoman Anna Hakobyan said.',
        'Azerbaijan mengatakan laporan itu "sepenuhnya salah", seperti dikutip AFP.',
        '"Itu hoaks," kata juru bicara Kementerian Pertahanan Rusia.',
    ],
)
def test_a_claim_called_false_is_denied(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Laporan salah satu media menyebutkan Rusia menembaki Kharkiv, kata pejabat Ukraina.",
        '"This is a war crime," Ukraine said of the strike on the market.',
    ],
)
def test_no_word_of_falsity_no_denial(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer) == []


# --- harm disavowed in a predicate of the speaker's own -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"The army regrets any harm to civilians and does not target journalists," the Israeli military said.',
        '"Kami menyesalkan jatuhnya korban dan tidak pernah menargetkan warga sipil," kata militer Myanmar.',
    ],
)
def test_harm_disavowed_in_a_coordinated_predicate(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        '"We will respond and will not attack civilians," Hamas said.',
        "Ukraine said Russian troops shelled the city and did not let aid convoys in.",
    ],
)
def test_a_promise_or_a_report_is_no_disavowal(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer) == []


# --- a list of named parties opening the clause: each speaks -----------------------------------------------------


def test_every_party_of_a_list_speaks(gazetteer: Gazetteer) -> None:
    text = "The EU, Britain and Canada condemned Russia's shelling of the port of Odesa."
    assert {s for s, _ in _typed(text, "accusation", gazetteer)} == {"European Union", "United Kingdom", "Canada"}


def test_a_place_opening_the_sentence_is_no_member(gazetteer: Gazetteer) -> None:
    text = "In Kyiv, Britain and Canada condemned Russia's shelling of the port of Odesa."
    assert {s for s, _ in _typed(text, "accusation", gazetteer)} == {"United Kingdom", "Canada"}


# --- a weapon striking, no party named ---------------------------------------------------------------------------

_SHELLED = "Russian troops shelled Kharkiv again on Sunday, Ukraine said. "
_SHELLED_ID = "Rusia kembali menembaki Kharkiv pada Minggu, kata Ukraina. "


@pytest.mark.parametrize(
    ("text", "accuser"),
    [
        (_SHELLED + "The regional governor Ivan Petrenko said a missile had hit a school near the railway station.",
         "Ivan Petrenko"),
        (_SHELLED_ID + "Gubernur setempat Ivan Petrenko mengatakan sebuah rudal menghantam gedung sekolah di dekat "
         "stasiun.", "Ivan Petrenko"),
        (_SHELLED_ID + "Zelensky mengatakan serangan itu menghantam blok apartemen di pusat kota.",
         "Volodymyr Zelensky"),
    ],
)
def test_a_weapon_striking_with_no_party_blames_the_attacker(text: str, accuser: str, gazetteer: Gazetteer) -> None:
    accused = [subject for speaker, subject in _typed(text, "accusation", gazetteer) if speaker == accuser]
    assert accused and accused[0] in ("Russia", "Russian Armed Forces")


@pytest.mark.parametrize(
    "last",
    [
        "Ukraine said its drones struck a fuel depot near Belgorod.",
        "The volunteers were unloading food when the drone attacked, a resident said.",
        "A local teacher said the missile strike on the school left a crater.",
        "Kiev mengatakan drone-drone mereka menghantam depot bahan bakar di Belgorod.",
    ],
)
def test_no_weapon_strike_told_no_accusation(last: str, gazetteer: Gazetteer) -> None:
    """No accusation made by the last sentence (a speaker's own strike, or a witness's words of no side)."""
    for context in (_SHELLED, _SHELLED_ID):
        assert not [c for c in of_type(run(context + last, gazetteer), "accusation") if c.quote.strip() == last]


# --- a subject before a relative clause; warplanes used -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi-led coalition said the Houthis, who are backed by Iran, used the stadium to store missiles.",
        "Koalisi pimpinan Saudi mengatakan Houthi, yang didukung Iran, menggunakan stadion itu untuk menyimpan rudal.",
    ],
)
def test_the_subject_before_a_relative_clause_is_accused(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] == ["Houthis"]


def test_a_relative_clause_before_a_harmless_verb_accuses_nobody(gazetteer: Gazetteer) -> None:
    text = "The Saudi-led coalition said the Houthis, who are backed by Iran, attended the talks in Muscat."
    assert _typed(text, "accusation", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Armenia said Azerbaijan used Turkish F-16 jets against Stepanakert on Friday.",
        "Harutyunyan mengatakan angkatan bersenjata Azerbaijan menggunakan jet tempur milik Turki di atas Stepanakert.",
    ],
)
def test_warplanes_a_party_used_are_its_attack(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] == ["Azerbaijan"]


def test_warplanes_of_ones_own_side_accuse_nobody(gazetteer: Gazetteer) -> None:
    assert _typed("Armenia said it sent jets to the border with Iran.", "accusation", gazetteer) == []


# --- targets struck: the attacker's own operation ------------------------------------------------------------------

_FOUGHT = ("Israel and Hamas fought again in Gaza. Hamas said Israeli tanks shelled Rafah. Israel said Hamas fired "
           "rockets at Ashkelon. ")
_FOUGHT_ID = ("Israel dan Hamas kembali bertempur di Gaza. Hamas mengatakan tank Israel menembaki Rafah. Israel "
              "mengatakan Hamas menembakkan roket ke Ashkelon. ")


@pytest.mark.parametrize(
    "text",
    [
        _FOUGHT + '"More than 200 terrorist targets were struck overnight," the Israeli military said.',
        _FOUGHT_ID + '"Sasaran militer yang diserang termasuk gudang senjata," kata militer Israel.',
    ],
)
def test_targets_struck_are_the_speakers_own_operation(text: str, gazetteer: Gazetteer) -> None:
    last = text[text.rindex(". ") + 2 :]
    assert not [c for c in of_type(run(text, gazetteer), "accusation") if c.quote.strip() == last.strip()]


@pytest.mark.parametrize(
    "text",
    [
        _FOUGHT + '"The hospital in Khan Younis was struck overnight," Hamas said.',
        _FOUGHT_ID + '"Rumah sakit di Khan Younis diserang semalam," kata Hamas.',
    ],
)
def test_a_place_struck_still_blames_the_other_side(text: str, gazetteer: Gazetteer) -> None:
    last = text[text.rindex(". ") + 2 :]
    found = [c.subject for c in of_type(run(text, gazetteer), "accusation") if c.quote.strip() == last.strip()]
    assert found == ["Israel"]


# --- an international body's count of strikes is a record, its wrongdoing words still accuse ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army carried out more than 150 drone strikes in the past month, the United Nations said.",
        "Menurut data PBB, militer Sudan melakukan lebih dari 150 serangan drone sepanjang bulan lalu.",
    ],
)
def test_an_international_count_of_strikes_is_no_claim(text: str, gazetteer: Gazetteer) -> None:
    assert [c for c in run(text, gazetteer) if c.type in ("accusation", "statement")] == []


@pytest.mark.parametrize(
    "text",
    [
        "UNICEF said the RSF shelled a children's hospital in El Fasher on Monday.",
        "Menurut UNICEF, RSF menembaki rumah sakit anak di El Fasher pada Senin.",
        "Sudan's army said the RSF carried out more than 150 drone strikes in the past month.",
    ],
)
def test_wrongdoing_or_a_sides_count_still_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] == ["Rapid Support Forces"]


# --- an attack asked about is not alleged ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military said it was still unclear whether the school was hit by a Russian missile or by debris.",
        "Militer Ukraina mengatakan belum diketahui apakah sekolah itu dihantam rudal Rusia atau puing-puing.",
    ],
)
def test_an_open_question_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military said the school was hit by a Russian missile.",
        "Militer Ukraina mengatakan sekolah itu dihantam rudal Rusia pada Senin.",
    ],
)
def test_the_same_attack_asserted_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] == ["Russia"]


# --- "the X side" speaks for its state; presence disavowed; a claim made wrongly ------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "speaker"),
    [
        ("The Russian side has refuted the information about the convoy.", "denial", "Russia"),
        ("The Azerbaijani side said Armenian forces shelled Tartar overnight.", "accusation", "Azerbaijan"),
    ],
)
def test_the_side_of_a_state_speaks_for_it(text: str, kind: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert [s for s, _ in _typed(text, kind, gazetteer)] == [speaker]


def test_the_other_side_is_no_speaker(gazetteer: Gazetteer) -> None:
    assert run("The other side said nothing about the convoy.", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan said it had no troops or heavy weapons in Karabakh.",
        "Kementerian Pertahanan Armenia mengatakan pihaknya tidak memiliki pasukan di Karabakh.",
    ],
)
def test_forces_said_to_be_absent_are_a_denial(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "Yerevan said it had no plans to send troops to Karabakh.",
        "Yerevan said it had no information on casualties in Karabakh.",
    ],
)
def test_no_plans_or_no_information_is_no_denial(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer) == []


def test_a_claim_made_wrongly_is_denied_and_its_maker_accused(gazetteer: Gazetteer) -> None:
    text = "The junta spokesman said the photos showed fighters in uniform, accusing the PDF of wrongly claiming "
    text += "deaths."
    assert _typed(text, "denial", gazetteer)
    assert _typed(text, "accusation", gazetteer)


# --- a wrong whose doer a relative clause names ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Hezbollah said it fired rockets at Metula in answer to the crime that the Israeli enemy committed in "
         "Aitaroun.", "Israel"),
        ("Ukraine condemned the massacre which Russian troops carried out in the village of Yahidne.",
         "Russian Armed Forces"),
        ("Hamas mengecam kejahatan yang Israel lakukan di kamp pengungsi Rafah.", "Israel"),
    ],
)
def test_a_wrong_committed_by_a_party_in_a_relative_clause(text: str, accused: str, gazetteer: Gazetteer) -> None:
    assert accused in [subject for _, subject in _typed(text, "accusation", gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine condemned the crime that shocked the world last spring.",
        "Police in Odesa said organized crime groups operate in the port.",
    ],
)
def test_a_crime_with_no_doer_named_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []


# --- "they" opening a coordinated clause is the party that opened the one before -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '"Pasukan Rusia menyebarkan pamflet di Kherson, namun mereka juga menembaki pasar kota itu," kata Gubernur '
        "Oleksandr Prokudin.",
        "Ukraine said Russian troops dropped leaflets over Kherson, but they also shelled the market.",
        "Ukraine said Russian troops withdrew from Kherson, and they later shelled the market.",
        "Ukraina mengatakan pasukan Rusia mundur dari Kherson dan mereka kemudian menembaki pasar.",
    ],
)
def test_they_in_a_coordinated_clause_is_the_earlier_subject(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] == ["Russian Armed Forces"]


def test_they_after_the_speakers_own_clause_is_nobody_named(gazetteer: Gazetteer) -> None:
    text = '"Kami menyebarkan pamflet di Kherson, namun mereka menembaki pasar kota itu," kata Gubernur Prokudin.'
    assert _typed(text, "accusation", gazetteer) == []


# --- ground denied is a territory claim's denial, not annotated -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The army denied any RSF gains in El Fasher on Monday.",
        "Ukraina membantah kehilangan kendali atas kota Bakhmut.",
        "Ukraine denied claims of Russian advances near Pokrovsk.",
    ],
)
def test_ground_denied_is_no_denial(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Russia denied targeting civilians in Kharkiv.",
        "Kementerian Pertahanan Rusia membantah menargetkan warga sipil di Kharkiv.",
    ],
)
def test_harm_denied_stays_a_denial(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "denial", gazetteer)


# --- fire aimed at a target ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military said Russia aimed at a convoy of aid trucks near Zaporizhzhia.",
        "Pasukan Rusia membidik konvoi bus warga sipil, kata militer Ukraina.",
    ],
)
def test_fire_aimed_at_a_target_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert [subject for _, subject in _typed(text, "accusation", gazetteer)] in (["Russia"], ["Russian Armed Forces"])


@pytest.mark.parametrize(
    "text",
    [
        "The NUG said its armed wing was aimed at restoring peace.",
        "Ukraine's military said the talks were aimed at the release of prisoners.",
    ],
)
def test_a_purpose_aimed_at_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == []
