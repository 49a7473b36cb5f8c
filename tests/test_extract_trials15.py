"""What trying the CLI on unseen real articles found (issue 13), each class pinned with sentences of our own.

Who speaks when the source's office or the channel is written around the name: on an Indonesian article a
minister named after "kata" lost the claim to the previous speaker, because the capitalised "Dalam" of "Menteri
Dalam Negeri" was read as the preposition that ends a speaker phrase; "Menteri Kesehatan X" kept "Kesehatan" in
the name; and "kata X di Telegram" with a one-word name made "X di Telegram" a person. Then: a body named in
capitals, a pointer crediting a run of figures, unnamed institutions, and where an allegation starts.
Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.pipeline.record import Claim
from tests.extraction import run_as

OUTLET = "Warta Contoh"



def run(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    return run_as(text, gazetteer, lang, OUTLET)


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Gempuran itu melukai sedikitnya 10 warga, kata Menteri Dalam Negeri Budi Hartono di Telegram.", "id",
     "Budi Hartono"),
    ('"Ada tiga ledakan," kata Andi Wijaya di Telegram. Gempuran itu melukai sedikitnya 10 warga, kata Menteri '
     "Dalam Negeri Budi Hartono.", "id", "Budi Hartono"),
    ("Serangan itu melukai sedikitnya 12 orang, kata Menteri Kesehatan Sari Lestari.", "id", "Sari Lestari"),
    ("Sedikitnya 12 orang terluka dalam serangan itu, ujar Menteri Keuangan Sari Lestari kepada wartawan.", "id",
     "Sari Lestari"),
    ("Tiga orang tewas dalam serangan malam itu, kata Hartono di Telegram.", "id", "Hartono"),
    ("Three people died in the overnight strike, said Hartono in a video on Telegram.", "en", "Hartono"),
    ("At least 12 people were wounded in the blast, Energy Minister Sari Lestari said.", "en", "Sari Lestari"),
])
def test_the_named_holder_of_an_office_speaks(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("Tiga orang tewas dalam serangan itu, kata Paolo di Marco.", "id", "Paolo di Marco"),
    ("Dalam pernyataannya, Budi Hartono mengatakan tiga orang tewas.", "id", "Budi Hartono"),
])
def test_a_name_particle_and_a_sentence_opener_stay_what_they_are(
        text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ("According to the Regional Conflict Tracking and Casualty Data Project, 900 people have died in the "
     "fighting.", "en", "Regional Conflict Tracking and Casualty Data Project"),
    ("According to the Regional Casualty Data Project, 900 people have died in the fighting.", "en",
     "Regional Casualty Data Project"),
    ("Menurut Proyek Pemantauan Korban Regional, 900 orang tewas dalam pertempuran itu.", "id",
     "Proyek Pemantauan Korban Regional"),
])
def test_a_body_named_in_capitals_speaks_whole(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    """A research body's name ("... Project", "... Initiative") is a speaker phrase, and its "and" joins two
    halves of one name rather than two people (the claim went to the outlet, or to half the name)."""
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in claims] == [speaker]


def test_a_pointer_credits_a_run_of_figures_that_go_on_from_each_other(gazetteer: Gazetteer) -> None:
    """ "A killed 9. It also wounded 14 others. So said X": both figures are X's, not only the last sentence's
    (the first went to the outlet); a figure of another event between them breaks the run."""
    text = ("Serangan roket di kota pelabuhan itu pada Senin menewaskan 9 warga sipil. Serangan itu juga melukai "
            "14 orang lainnya. Demikian disampaikan juru bicara pemerintah daerah kepada Reuters.")
    claims = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    assert [(c.quantity_min, c.speaker, c.via) for c in claims] == [
        (9, "juru bicara pemerintah daerah", ["Reuters"]), (14, "juru bicara pemerintah daerah", ["Reuters"])]
    broken = text.replace("Serangan itu juga melukai 14 orang lainnya.",
                          "Di kota lain, 14 orang terluka akibat banjir.")
    claims = [c for c in run(broken, gazetteer, "id") if c.type == "casualty"]
    assert [(c.quantity_min, c.speaker) for c in claims] == [(9, OUTLET), (14, "juru bicara pemerintah daerah")]


def test_an_outlet_accusation_before_the_run_stays_the_outlets(gazetteer: Gazetteer) -> None:
    text = ("Pasukan itu kembali melanggar gencatan senjata. Serangan mereka menewaskan 9 warga sipil. Hal itu "
            "disampaikan Kementerian Kesehatan setempat.")
    claims = run(text, gazetteer, "id")
    assert [c.speaker for c in claims if c.type == "accusation"] == [OUTLET]
    assert [c.speaker for c in claims if c.type == "casualty"] == ["Kementerian Kesehatan setempat"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    ('"Four people were injured," a spokesperson for the service told RFE/RL’s Armenian Service.', "en",
     "spokesperson for the service"),
    ("Six people were wounded, a spokesman for the agency told AT&T News.", "en", "spokesman for the agency"),
    ("The regional authorities said the shelling killed 13 civilians.", "en", "regional authorities"),
    ("Otoritas setempat mengatakan 13 warga sipil tewas akibat penembakan itu.", "id", "Otoritas setempat"),
])
def test_an_unnamed_source_speaks_not_the_outlet(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    """Whom it was told may be written with a slash or an ampersand ("RFE/RL"); an institution's unnamed voice
    ("the regional authorities") that no sentence names is the speaker as written: the outlet got both."""
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in claims] == [speaker]


def test_a_bare_office_nobody_holds_is_still_not_a_minted_person(gazetteer: Gazetteer) -> None:
    claims = [c for c in run("The strike wounded 14 people, the spokeswoman said.", gazetteer, "en")]
    assert all(c.speaker.casefold() != "spokeswoman" for c in claims)


@pytest.mark.parametrize(("text", "allegation"), [
    ("Azerbaijan accused Armenian forces of shelling villages near the border.", "shelling villages near the border"),
    ("Ukraine accused Russian troops of firing on a convoy of evacuees.", "firing on a convoy of evacuees"),
    ("Azerbaijan accused Armenia of shelling villages near the border.", "shelling villages near the border"),
])
def test_what_is_alleged_starts_after_the_accused_forces(text: str, allegation: str, gazetteer: Gazetteer) -> None:
    """ "accused Armenian forces of shelling ...": the accused is named by a demonym and a head noun, and the
    allegation began at that noun ("forces of shelling ...")."""
    claims = [c for c in run(text, gazetteer, "en") if c.type == "accusation"]
    assert [c.allegation for c in claims] == [allegation]


@pytest.mark.parametrize(("text", "lang"), [
    ('"The strike killed two people," spokesman Anis Rahmat said on social media platform X.', "en"),
    ('"The strike killed two people," the ministry spokesman Anis Rahmat wrote on his social media account.', "en"),
    ('"Serangan itu menewaskan dua orang," kata juru bicara Anis Rahmat di media sosial X.', "id"),
])
def test_a_social_media_channel_after_the_verb_leaves_the_quote_to_its_speaker(
        text: str, lang: str, gazetteer: Gazetteer) -> None:
    """ "... said on social media platform X": where it was said; the quote went to the outlet."""
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert [c.speaker for c in claims] == ["Anis Rahmat"]


@pytest.mark.parametrize(("text", "quantity"), [
    ("Azerbaijan reported 16 civilian casualties on Thursday.", 16),
    ("The shelling caused 12 casualties, the regional governor's office said.", 12),
])
def test_casualties_counted_are_killed_and_wounded_together(text: str, quantity: int, gazetteer: Gazetteer) -> None:
    """ "16 civilian casualties": one figure for the killed and the wounded (the conventions' combined unit); it
    was a report with no number, or nothing."""
    claims = [c for c in run(text, gazetteer, "en") if c.type == "casualty"]
    assert [(c.quantity_min, c.quantity_max, c.unit) for c in claims] == [(quantity, quantity, "killed and wounded")]


def test_heavy_casualties_are_no_figure(gazetteer: Gazetteer) -> None:
    claims = run("There were heavy casualties, the ministry said.", gazetteer, "en")
    assert all(c.quantity_min is None for c in claims if c.type == "casualty")


@pytest.mark.parametrize(("text", "lang"), [
    ("Sebanyak 120 petugas medis, 14 personel pertahanan sipil dan 35 jurnalis juga tewas dalam gempuran itu.", "id"),
    ("At least 120 medical workers, 14 civil defence personnel and 35 journalists were also killed in the raids.",
     "en"),
])
def test_a_list_of_victims_named_in_several_words_shares_its_hurt_word(
        text: str, lang: str, gazetteer: Gazetteer) -> None:
    """Three counts before one "killed": a victim named by a noun and its modifiers ("personel pertahanan sipil")
    ended the chain, and civil defence staff were counted as soldiers."""
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert sorted((c.quantity_min, c.unit) for c in claims) == [
        (14, "civilians killed"), (35, "civilians killed"), (120, "civilians killed")]


def test_a_second_clause_with_its_own_verb_is_no_list(gazetteer: Gazetteer) -> None:
    claims = run("Two soldiers were killed in the north and three civilians were wounded.", gazetteer, "en")
    assert sorted((c.quantity_min, c.unit) for c in claims if c.type == "casualty") == [
        (2, "soldiers killed"), (3, "civilians wounded")]


@pytest.mark.parametrize(("text", "lang"), [
    ('"Para korban termasuk 2.100 anak-anak, sementara 9.800 lainnya terluka," kata kantor itu.', "id"),
    ('"The casualties included 2,100 children, while 9,800 others were injured," the office said.', "en"),
])
def test_victims_included_beside_the_wounded_are_the_dead(text: str, lang: str, gazetteer: Gazetteer) -> None:
    """The victims a toll includes, with the wounded counted apart, are its dead: read as killed and wounded, the
    2,100 made a false part-whole against the 9,800 wounded."""
    claims = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert sorted((c.quantity_min, c.unit) for c in claims) == [(2100, "civilians killed"), (9800, "civilians wounded")]


def test_casualties_included_alone_stay_killed_and_wounded(gazetteer: Gazetteer) -> None:
    claims = run('"The casualties included 2,100 children," the office said.', gazetteer, "en")
    assert [(c.quantity_min, c.unit) for c in claims if c.type == "casualty"] == [(2100, "killed and wounded")]


@pytest.mark.parametrize("text", [
    "The village came under heavy fire from Azerbaijan.",
    "The post came under artillery fire from Azerbaijan.",
    "The post came under fire from Azerbaijan.",
])
def test_fire_come_under_is_one_attack(text: str, gazetteer: Gazetteer) -> None:
    """The bare phrases of the lexicon and the pattern with words of manner both read "under heavy fire from":
    every such attack was found twice."""
    from kb.extract.attacks import find_attacks
    from kb.extract.mentions import find_mentions

    assert len(find_attacks(text, (0, len(text)), find_mentions(text, gazetteer), gazetteer, set())) == 1
