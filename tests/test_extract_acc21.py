"""Accusations on unseen text, session 21 (issue 13, acc21): each mechanism pinned with sentences of the project's
own (never an article's), English and Indonesian, and near misses that must not give the claim:

- "aggression" / "agresi" is the speaker's habitual name for the other side's war, no charge by itself (the
  session-18 convention): a body counting the dead of "the American aggression" gives a casualty only, and a demand
  to end "the Israeli aggression" in the reporter's words accuses nobody; told by a side's voice with its agent it is
  an attack like any other ("the American aggression on the port", ``lexicon_attacks.ATTACK_NOUNS``);
- blame placed with a responsibility noun: "all responsibility for the escalation lies with X", "tanggung jawab
  atas eskalasi itu terletak pada X", "X bears full responsibility", "X memikul tanggung jawab penuh", "holds X
  responsible"; a duty placed by a deal ("responsibility for security lies with the army") blames nobody, and "lies
  with" is no denial (``responsibility``, ``lexicon_types.NOT_CUES``);
- a body that counts the dead, told by its trade just before its spokesman's name ("Civil defence spokesman X",
  "juru bicara Pertahanan Sipil Gaza, X,"), gives a casualty whose cause is its attacker and no accusation, as the
  gazetteer-known ministries do; "the party itself killed" from such a body is the same toll (convention 1);
  residents coordinated with medics are no such body (``counting_bodies``);
- a possessive pronoun before an attack noun takes its clause's subject ("the Houthis must end their aggression",
  "Azerbaijan must halt its shelling"), and of two attacks an accusation without an accusing word names the one
  that is a charge (``attack_agents.noun_agent``, ``claims._draft``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract.context import Speaker
from kb.extract.counting_bodies import counts_dead
from tests.extraction import of_type, run


def _typed(text: str, kind: str, gazetteer: Gazetteer) -> list[str | None]:
    return [c.subject for c in of_type(run(text, gazetteer), kind)]


# --- aggression is a name, not a charge -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the Saudi aggression on the port rose to six dead, the health ministry spokesman said.",
        "Korban tewas akibat agresi Amerika di kota pelabuhan itu bertambah menjadi enam orang, kata juru bicara "
        "Kementerian Kesehatan.",
    ],
)
def test_a_count_of_the_aggressions_dead_is_a_casualty_only(text: str, gazetteer: Gazetteer) -> None:
    assert of_type(run(text, gazetteer), "casualty")
    assert not _typed(text, "accusation", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The group listed an end to the Israeli aggression on Lebanon among its demands.",
        "Kelompok itu menambahkan berakhirnya agresi Israel terhadap Lebanon ke dalam daftar tuntutannya.",
    ],
)
def test_the_reporters_aggression_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not _typed(text, "accusation", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "A Houthi spokesman said the American aggression on Hodeidah port would not go unanswered.",
        "Juru bicara Houthi mengatakan agresi Amerika terhadap pelabuhan Hodeidah tidak akan dibiarkan.",
    ],
)
def test_a_sides_voice_telling_the_aggression_with_its_agent_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == ["United States"]


# --- responsibility placed --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("The defence ministry in Baku said all responsibility for the escalation lies with the political "
         "leadership of Armenia.", "Armenia"),
        ("Kementerian Pertahanan Azerbaijan mengatakan seluruh tanggung jawab atas eskalasi itu terletak pada "
         "pimpinan politik Armenia.", "Armenia"),
        ("Zelensky said Moscow bears full responsibility for the attack on the dam.", "Russia"),
        ("Juru bicara Hamas mengatakan Israel memikul tanggung jawab penuh atas kematian para tahanan.", "Israel"),
        ("The Sudanese government holds the RSF fully responsible for the killings in the camp.",
         "Rapid Support Forces"),
    ],
)
def test_responsibility_placed_on_a_party_accuses_it(text: str, accused: str, gazetteer: Gazetteer) -> None:
    found = _typed(text, "accusation", gazetteer)
    assert found and all(accused.casefold() in (s or "").casefold() for s in found)
    assert not of_type(run(text, gazetteer), "denial")  # "lies with" is where the blame is, not lies called


def test_blame_resting_with_an_armed_body_the_gazetteer_lacks_is_an_accusation(gazetteer: Gazetteer) -> None:
    text = "The Arakan Army said the blame for the killings rests squarely with the junta."
    assert [c.speaker for c in of_type(run(text, gazetteer), "accusation")] == ["Arakan Army"]


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, responsibility for security south of the river lies with the Lebanese army.",
        "Menurut kesepakatan itu, tanggung jawab keamanan di perbatasan ada pada tentara Lebanon.",
        "The ministry said the responsibility for rebuilding the bridge rests with the regional council.",
    ],
)
def test_a_duty_placed_blames_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not _typed(text, "accusation", gazetteer)


# --- bodies that count the dead ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Civil defence spokesman Ahmed Salem said two Israeli missiles struck a row of tents near the coast, killing "
        "nine people.",
        "Juru bicara Pertahanan Sipil Gaza, Ahmed Salem, mengatakan dua rudal Israel menghantam sebuah rumah di Khan "
        "Younis, menewaskan sembilan orang.",
        "The health ministry said 40 Palestinians had been killed by the Israeli army in the past day.",
        "Kementerian Kesehatan di Gaza menyebut tentara Israel sudah menewaskan 40 orang dalam sehari.",
    ],
)
def test_a_count_of_the_dead_names_its_cause_without_accusing(text: str, gazetteer: Gazetteer) -> None:
    assert of_type(run(text, gazetteer), "casualty")
    assert not _typed(text, "accusation", gazetteer)


def test_residents_beside_medics_are_no_counting_body() -> None:
    text = "Residents and medics said jets bombed the village."
    assert not counts_dead(text, Speaker("Residents and medics"))
    assert counts_dead(text, Speaker("paramedics"))
    assert counts_dead("Civil defence spokesman Ahmed Salem said so.", Speaker("Ahmed Salem"))
    # a trade in another clause is not the speaker's: "..., the health ministry said, while Ahmed Salem said"
    assert not counts_dead("The health ministry gave a toll, and Ahmed Salem said so.", Speaker("Ahmed Salem"))


def test_a_side_telling_the_enemys_strike_with_a_toll_still_accuses(gazetteer: Gazetteer) -> None:
    text = "Ukrainian officials said Russian troops killed four people near Izium on Monday."
    assert _typed(text, "accusation", gazetteer) == ["Russian Armed Forces"]


# --- the owner of "their" attack ----------------------------------------------------------------------------------


def test_a_possessive_pronoun_takes_the_clause_subject(gazetteer: Gazetteer) -> None:
    text = "The Armenian foreign ministry said Azerbaijan must halt its shelling of border villages."
    assert "Azerbaijan" in _typed(text, "accusation", gazetteer)


def test_the_charge_names_the_accused_among_two_attacks(gazetteer: Gazetteer) -> None:
    text = "Israel widened its offensive in October after a year of border clashes begun by Hezbollah."
    assert _typed(text, "accusation", gazetteer) == ["Hezbollah"]


# --- a claim beside its denial ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The defence ministry in Baku denied that any aircraft had been lost and said Armenian units had shelled "
        "civilian areas.",
        "Kementerian Pertahanan Azerbaijan membantah kehilangan pesawat dan mengatakan pasukan Armenia menembaki "
        "permukiman warga.",
    ],
)
def test_the_saying_beside_a_denial_still_accuses(text: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer)
    assert of_type(claims, "denial")
    assert [c.subject for c in of_type(claims, "accusation")] == ["Armenia"]


def test_the_saying_beside_a_denial_with_no_charge_accuses_nobody(gazetteer: Gazetteer) -> None:
    text = "The defence ministry in Baku denied that any aircraft had been lost and said the fighting had calmed."
    assert not _typed(text, "accusation", gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The Azerbaijani defence ministry said Armenian troops shelled the Tovuz district overnight, which Yerevan "
        "denied.",
        "Kementerian Pertahanan Azerbaijan mengatakan pasukan Armenia menembaki distrik Tovuz semalam, yang dibantah "
        "Yerevan.",
    ],
)
def test_a_claim_denied_after_it_is_told_keeps_its_accusation(text: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer)
    assert of_type(claims, "denial")
    assert [(c.speaker, c.subject) for c in of_type(claims, "accusation")] == [
        ("Azerbaijani Defence Ministry", "Armenia")]


# --- a strike on a military site with no attacker named is the speaker's own ---------------------------------------

_KRYVYI = "Ukraine said a Russian missile killed 18 people in Kryvyi Rih on Friday."


def _last(context: str, text: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    return [(c.type, c.subject) for c in run(f"{context} {text}", gazetteer) if c.quote.strip() == text]


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli military said fighter jets struck a military site near the border overnight.",
        "Hizbullah mengatakan roket-roket itu menghantam pangkalan militer di dekat Haifa.",
    ],
)
def test_a_strike_on_a_military_site_with_no_attacker_named_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not _typed(text, "accusation", gazetteer)


def test_a_strike_aimed_at_soldiers_told_by_its_side_is_its_own(gazetteer: Gazetteer) -> None:
    mine = "Russia's defence ministry said the missile attack on that city was targeted at a military gathering."
    theirs = "Ukraine's defence ministry said the missile attack on that city was targeted at a residential area."
    assert [t for t, _ in _last(_KRYVYI, mine, gazetteer)] == ["statement"]
    assert ("accusation", "Russia") in _last(_KRYVYI, theirs, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        "The Armenian defence ministry said Azerbaijani drones struck a military post near Sotk.",
        "Kementerian Pertahanan Armenia mengatakan drone Azerbaijan menghantam pos militer di dekat Sotk.",
    ],
)
def test_a_strike_on_a_military_site_by_a_named_party_still_accuses(text: str, gazetteer: Gazetteer) -> None:
    assert _typed(text, "accusation", gazetteer) == ["Azerbaijan"]


# --- a quoted "they" who killed or burned -----------------------------------------------------------------------------

_SAGAING = "Myanmar's military bombed a village in Sagaing on Tuesday, killing at least 40 people, residents said."


@pytest.mark.parametrize(
    "text",
    [
        '"We lost everything. They burned our houses and killed my brother," a villager told reporters.',
        '"Kami kehilangan segalanya. Mereka mencoba membakar seluruh kampung kami," kata seorang warga.',
    ],
)
def test_a_witness_quoting_they_killed_or_burned_accuses_the_striker(text: str, gazetteer: Gazetteer) -> None:
    assert ("accusation", "Myanmar military government") in _last(_SAGAING, text, gazetteer)


@pytest.mark.parametrize(
    "text",
    [
        '"Even after they killed everyone else, we stayed in the cellar," a villager told reporters.',
        '"Mereka dibunuh di depan rumah," kata seorang warga.',
        "A villager said they had burned the harvest before leaving.",
    ],
)
def test_a_time_clause_a_passive_or_an_unquoted_they_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not [t for t, _ in _last(_SAGAING, text, gazetteer) if t == "accusation"]


# --- a party that launched an attack, the harm told after it ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh officials said the Azerbaijani army launched an attack overnight that wounded three soldiers.",
        "Pejabat Karabakh mengatakan militer Azerbaijan melancarkan serangan semalam yang melukai tiga tentara.",
    ],
)
def test_a_party_launching_an_attack_is_accused_beside_the_harm(text: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer)
    assert of_type(claims, "casualty")
    assert [c.subject for c in of_type(claims, "accusation")] == ["Azerbaijan"]


@pytest.mark.parametrize(
    "text",
    [
        "Karabakh officials said three soldiers were wounded in an Azerbaijani attack overnight.",
        "Serangan Azerbaijan semalam melukai tiga tentara, kata pejabat Karabakh.",
    ],
)
def test_an_attack_named_as_the_harms_cause_stays_a_casualty(text: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer)
    assert of_type(claims, "casualty")
    assert not of_type(claims, "accusation")


# --- a side's news agency telling a named party's strike ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The official National News Agency of Lebanon said Israeli forces fired two artillery shells at the town "
        "of Khiam.",
        "Kantor berita resmi Palestina, WAFA, melaporkan pasukan Israel menembaki sebuah rumah di Khan Younis.",
    ],
)
def test_a_news_agency_telling_a_named_partys_strike_accuses_it(text: str, gazetteer: Gazetteer) -> None:
    assert [c.subject for c in of_type(run(text, gazetteer), "accusation")] == ["Israel Defense Forces"]


@pytest.mark.parametrize(
    "text",
    [
        "The National News Agency said an Israeli strike on the town killed two people.",
        "Kantor Berita Nasional Lebanon melaporkan serangan Israel menewaskan dua orang di kota itu.",
        "NNA reported a drone strike on the coastal road near the town.",
    ],
)
def test_a_news_agencys_toll_or_unowned_strike_accuses_nobody(text: str, gazetteer: Gazetteer) -> None:
    assert not _typed(text, "accusation", gazetteer)
