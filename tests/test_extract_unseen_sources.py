"""Who said it and whose losses, fifth round (issue 13): sentences in the styles of wires and regional sites
that the rules of the fourth round got wrong.

Every sentence is written for these tests (names invented or generic, places real but sentences not taken
from any article).  They were written before the rules that make them pass, and each stands for a class:
a body qualified by the place it serves ("Emergency services in the X region", "pejabat di wilayah X"), an
anonymous source ("a military official said on condition of anonymity"), a state that installed an office
("the Kremlin-installed head of X"), a headline's present tense ("X tells state TV"), a possessive toll
("its forces had lost 14 soldiers") and whose claim a denial rejects.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.extract.bodies import mint
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

OUTLET = "Warta Contoh"
PLACES = ("Zaporizhzhia", "Kharkiv", "Dnipropetrovsk", "Odesa", "Sumy", "Kherson", "Gaza", "Gaza Strip", "Sanaa",
          "Donetsk", "Kremlin")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def run(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    return extract_claims(Article(text=text, lang=lang, published="2024-03-04", outlet=OUTLET), gazetteer)


# (text, lang, words the speaker of every casualty claim must hold)
SPEAKERS = [
    ("Emergency services in the Zaporizhzhia region said four people were killed when a missile hit an "
     "apartment block overnight.", "en", "emergency services"),
    ("The State Emergency Service in the Kharkiv region said rescuers had pulled the bodies of three people "
     "from the rubble.", "en", "emergency service"),
    ("Dinas darurat di wilayah Dnipropetrovsk mengatakan dua orang tewas dalam serangan drone semalam.", "id",
     "dinas darurat"),
    ("The emergency services of the Odesa region said five people were injured in a drone attack.", "en",
     "emergency services"),
    ("Rescue services in the Sumy region said seven people had been wounded.", "en", "rescue services"),
    ("Layanan darurat Ukraina di wilayah Sumy mengatakan tiga orang tewas.", "id", "layanan darurat|emergency service"),
    ("Petugas penyelamat di wilayah Kharkiv mengatakan tiga orang tewas.", "id", "petugas penyelamat"),
    ("Badan penanggulangan bencana di wilayah Odesa menyatakan lima orang terluka.", "id", "badan penanggulangan"),
    ("Local authorities in Kherson region said two civilians were killed by Russian shelling.", "en",
     "local authorities"),
    ("Pihak berwenang setempat di wilayah Kherson mengatakan dua warga sipil tewas akibat penembakan Rusia.",
     "id", "berwenang"),
    ("Local authorities in the Dnipropetrovsk region reported that three people were killed.", "en",
     "local authorities"),
    ("Officials in the southern region of Kherson said three people were killed in the shelling.", "en",
     "officials"),
    ("Pemerintah daerah di wilayah Kherson mengatakan dua warga sipil tewas.", "id", "pemerintah daerah"),
    ("Pejabat di wilayah Zaporizhzhia mengatakan tiga orang tewas dalam penembakan itu.", "id", "pejabat"),
    ("The civil defence agency in northern Gaza said 17 bodies were pulled from the rubble.", "en",
     "civil defence"),
    ("Officials at Al-Aqsa hospital in central Gaza said 11 people were killed in the strike.", "en", "officials"),
    ("The Health Ministry in the Houthi-controlled capital Sanaa said 14 people were killed in the air raids.",
     "en", "health ministry"),
    ("Seven fighters were killed in the clashes near the border, a military official said on condition of "
     "anonymity.", "en", "military official"),
    ("A police officer in the town, who declined to be named, said six people were killed.", "en",
     "police officer"),
    ("A spokesperson for the regional administration said 9 people were wounded in the attack.", "en",
     "regional administration"),
    ("Officials in the Russian-installed administration of Donetsk said 13 people were killed in shelling by "
     "Ukrainian forces.", "en", "officials"),
    ("The Kremlin-installed head of Donetsk said 13 people were killed in Ukrainian shelling.", "en", "head"),
    pytest.param("Saat dihubungi Kompas.com, Kepala Dinas Kesehatan setempat mengatakan 11 orang terluka.", "id",
                 "dinas kesehatan",
                 marks=pytest.mark.xfail(strict=True, reason="a contact clause before the speaker: open")),
    ("Ivan Fedorov tells state TV three people were killed in the shelling.", "en", "ivan fedorov"),
    ("President Ivan Fedorov visited the wounded in hospital. In a televised address, the president said three "
     "people were killed in the shelling.", "en", "ivan fedorov"),
]


@pytest.mark.parametrize(("text", "lang", "words"), SPEAKERS)
def test_the_source_speaks_not_the_outlet_nor_its_place(text: str, lang: str, words: str,
                                                       gazetteer: Gazetteer) -> None:
    speakers = [c.speaker for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert speakers
    for speaker in speakers:
        assert speaker != OUTLET and speaker not in PLACES
        assert any(one in speaker.casefold() for one in words.split("|"))


def test_its_forces_losses_are_the_speakers_side(gazetteer: Gazetteer) -> None:
    text = "Russia's defence ministry said its forces had lost 14 soldiers in the fighting."
    [claim] = [c for c in run(text, gazetteer, "en") if c.type == "casualty"]
    assert (claim.quantity_min, claim.subject) == (14, "Russia")


def test_a_denial_of_accusations_by_someone_is_about_the_accuser(gazetteer: Gazetteer) -> None:
    text = ("Shelling went on in El Fasher as the Sudanese army fought the RSF. The RSF denied the accusations "
            "by the army and said its fighters had not entered the camp.")
    [claim] = [c for c in run(text, gazetteer, "en") if c.type == "denial"]
    # whose claim, then the denier's side (par15: the conventions name both parties of a denial)
    assert (claim.speaker, claim.subject) == ("Rapid Support Forces", "Sudanese Armed Forces; Rapid Support Forces")


def test_accused_by_someone_before_a_denial_is_their_accusation(gazetteer: Gazetteer) -> None:
    text = ("Shelling went on in El Fasher as the Sudanese army fought the RSF. The RSF, which has been accused "
            "by the army of killing civilians, denied the allegations.")
    [denial] = [c for c in run(text, gazetteer, "en") if c.type == "denial"]
    assert (denial.speaker, denial.subject) == ("Rapid Support Forces",
                                                "Sudanese Armed Forces; Rapid Support Forces")  # and the denier


def test_a_claim_noun_owned_by_a_party_is_no_reporting_verb(gazetteer: Gazetteer) -> None:
    text = "Hamas rejected Israel's claims that the hospital was used as a command centre."
    found = run(text, gazetteer, "en")
    assert found and all(c.speaker == "Hamas" for c in found)


@pytest.mark.xfail(strict=True, reason="the attacker of a casualty clause is read by attacks.py (claim types): open")
def test_the_victims_of_a_strike_are_not_accused(gazetteer: Gazetteer) -> None:
    text = "Hamas said 22 Palestinians were killed when an Israeli strike hit a school sheltering families."
    accused = [c.subject for c in run(text, gazetteer, "en") if c.type == "accusation"]
    assert accused and all(a == "Israel" for a in accused)


# --- beyond the thirty: whose claim a denial rejects, and the army a statement names -----------------------


def test_claims_denied_in_the_next_sentence_are_the_last_partys(gazetteer: Gazetteer) -> None:
    text = ("The Israeli army said its troops had found weapons inside the hospital. "
            "Hamas denied these claims.")
    [denial] = [c for c in run(text, gazetteer, "en") if c.type == "denial"]
    assert (denial.speaker, denial.subject) == ("Hamas", "Israel; Hamas")  # and the denier (par15)


def test_a_medium_whose_report_is_denied_owns_it_and_relays_nothing(gazetteer: Gazetteer) -> None:
    text = "Kremlin spokesman Dmitry Peskov denied a Reuters report that Moscow had offered a truce to Kyiv."
    [denial] = [c for c in run(text, gazetteer, "en") if c.type == "denial"]
    assert (denial.speaker, denial.subject, denial.via) == ("Dmitry Peskov", "Reuters; Russia", [])  # + denier


def test_a_denial_naming_no_owner_is_about_the_deniers_side(gazetteer: Gazetteer) -> None:
    text = "The Russian Defence Ministry denied reports that its losses in the offensive were heavy."
    [denial] = [c for c in run(text, gazetteer, "en") if c.type == "denial"]
    assert denial.subject == "Russia"


def test_the_military_a_spokesman_confirms_is_the_army_the_article_names(gazetteer: Gazetteer) -> None:
    text = ("Myanmar's military government has fought resistance forces since the coup. Military spokesman Zaw "
            "Min Tun said on Friday that the military had used helicopters in an air raid on the village.")
    subjects = [c.subject for c in run(text, gazetteer, "en") if c.type == "statement"]
    assert subjects == ["Myanmar military government"]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Seven fighters were killed in the clashes near the border, a military official said on condition of "
         "anonymity.", "en", "Group"),
        ("A police officer in the town, who declined to be named, said six people were killed.", "en", "Group"),
        ("Seorang pejabat militer yang tidak mau disebutkan namanya mengatakan 20 tentara tewas.", "id", "Group"),
        ("Emergency services in the Zaporizhzhia region said four people were killed overnight.", "en",
         "Organization"),
        ("Dinas darurat di wilayah Dnipropetrovsk mengatakan dua orang tewas.", "id", "Organization"),
    ],
)
def test_an_unnamed_source_is_a_group_and_a_service_an_organisation(text: str, lang: str, kind: str,
                                                                     gazetteer: Gazetteer) -> None:
    [claim] = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert claim.speaker_iri is None and mint(claim.speaker, gazetteer).kind == kind


def test_an_unnamed_source_qualified_by_a_state_speaks_for_it(gazetteer: Gazetteer) -> None:
    text = "Sumber keamanan Sudan mengatakan kepada AFP bahwa sedikitnya sembilan orang tewas."
    [claim] = [c for c in run(text, gazetteer, "id") if c.type == "casualty"]
    actor, sudan = mint(claim.speaker, gazetteer), gazetteer.lookup("Sudan")
    assert sudan is not None and (actor.kind, actor.represents) == ("Group", sudan.iri)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Al Jazeera's Hani Mahmoud, reporting from Deir el-Balah, said at least 12 people were killed.", "en",
         "Hani Mahmoud"),
        ("Pejabat kesehatan di Jalur Gaza yang dikelola Hamas mengatakan 20 orang tewas.", "id",
         "Pejabat kesehatan di Jalur Gaza"),
        ("Korban tewas mencapai 20 orang, menurut petugas pertahanan sipil di Jalur Gaza.", "id",
         "petugas pertahanan sipil di Jalur Gaza"),
    ],
)
def test_a_correspondents_place_or_who_runs_it_is_no_speaker(text: str, lang: str, speaker: str,
                                                             gazetteer: Gazetteer) -> None:
    assert [c.speaker for c in run(text, gazetteer, lang) if c.type == "casualty"] == [speaker]


def test_soldiers_an_army_reports_without_a_side_are_its_own(gazetteer: Gazetteer) -> None:
    own = run("Israel's army said a soldier was killed during an operation near Rafah overnight.", gazetteer, "en")
    enemy = run("Israel's army said 15 militants were killed during an operation near Rafah overnight.", gazetteer,
                "en")
    assert [c.subject for c in own if c.type == "casualty"] == ["Israel"]
    enemy_subjects = [c.subject for c in enemy if c.type == "casualty"]
    assert enemy_subjects and enemy_subjects != ["Israel"]
    named = run("Ukrainian forces in the Kursk region have lost 1,000 soldiers, the Russian Defence Ministry said.",
                gazetteer, "en")
    subjects = [c.subject for c in named if c.type == "casualty"]
    assert subjects and subjects != ["Russia"]


def test_the_toll_of_fighting_between_two_sides_counts_both(gazetteer: Gazetteer) -> None:
    text = "At least 300 people have been killed in clashes between Armenian and Azerbaijani forces, officials said."
    assert [c.subject for c in run(text, gazetteer, "en") if c.type == "casualty"] == ["all parties"]


@pytest.mark.parametrize(
    "text",
    ["Houthi officials last week said 20 people were killed in the raids.",
     "Houthi officials earlier this month said 20 people were killed in the raids."],
)
def test_a_time_between_the_speaker_and_the_verb_is_no_break(text: str, gazetteer: Gazetteer) -> None:
    assert [c.speaker for c in run(text, gazetteer, "en") if c.type == "casualty"] == ["Houthis"]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("Sebagaimana diberitakan AFP, pejabat setempat menyebut 15 orang tewas.", "pejabat setempat", ["AFP"]),
        ("Kapolres setempat menyebut ada tiga korban jiwa dalam ledakan itu.", "Kapolres setempat", []),
        ("Dinas Kesehatan Provinsi Gaza Utara menyebut 12 orang tewas.", "Dinas Kesehatan Provinsi Gaza Utara", []),
    ],
)
def test_indonesian_wire_credits_and_offices(text: str, speaker: str, via: list[str], gazetteer: Gazetteer) -> None:
    assert [(c.speaker, c.via) for c in run(text, gazetteer, "id") if c.type == "casualty"] == [(speaker, via)]


# --- sixth round: each mechanism on three wordings of our own, and three near-misses it must leave alone -----

def _casualties(text: str, gazetteer: Gazetteer, lang: str) -> list[Claim]:
    found = [c for c in run(text, gazetteer, lang) if c.type == "casualty"]
    assert found
    return found


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # a count before the speaker says how many spoke, never who: "Four Syrian" is no person
        ("Three Afghan officials said that at least 30 people died in the strike.", "en", "Three Afghan officials"),
        # officials of a state speak as the officials they are, on its side (round 8; the state before)
        ("Four Syrian officials said 18 people were killed in the raid.", "en", "Four Syrian officials"),
        ("Four senior officials told AFP that 12 soldiers were killed.", "en", "Four senior officials"),
        ("At least 30 people died in the blast, two local officials told AFP.", "en", "local officials"),
        ("Dua pejabat Ukraina mengatakan kepada Reuters bahwa 12 tentara tewas.", "id", "Dua pejabat Ukraina"),
        ("Sedikitnya 30 orang tewas, kata tiga pejabat setempat.", "id", "tiga pejabat setempat"),
        ("Several residents said at least nine people were killed in the shelling.", "en", "Several residents"),
        # near-misses: a count that is the figure, one speaker, a partitive
        ("Three soldiers were killed in the ambush, officials said.", "en", "officials"),
        ("One resident said nine people were killed in the shelling.", "en", "One resident"),
        ("Two of the officials said 30 people were killed.", "en", "Two of the officials"),
    ],
)
def test_a_count_before_the_speaker_is_how_many_not_who(text: str, lang: str, speaker: str,
                                                       gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert {c.speaker for c in claims} == {speaker}
    assert all(mint(c.speaker, gazetteer).kind != "Person" for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # a personal office nobody holds yet is the office of the place its sentence names
        ("Two people were killed in Odesa overnight, the governor said.", "en", "Odesa governor"),
        ("In Kharkiv, the regional governor said early on Monday that shelling killed two people.", "en",
         "Kharkiv governor"),
        ("Gubernur mengatakan dua warga sipil tewas dalam serangan Rusia di Kherson.", "id", "Gubernur Kherson"),
        # never the army that shelled, nor a group that spoke before (neither holds an office)
        ("Russian forces shelled Kherson on Monday. In Kherson, the governor said two civilians were killed.", "en",
         "Kherson governor"),
        ("Officials in Lviv said a drone hit a depot. The governor said two people were killed in Odesa.", "en",
         "Odesa governor"),
        # the one place the sentence before named: where the office is
        ("Russian missiles hit Odesa overnight. At least eight people were wounded, the governor said.", "en",
         "Odesa governor"),
        ("Rudal Rusia menghantam Odesa semalam. Sembilan orang tewas, kata wali kota.", "id", "Wali kota Odesa"),
        # near-misses: a holder named earlier keeps the office; two places name no office; no place, no actor
        ("Missiles hit Odesa and Kharkiv overnight. The governor said three people were killed.", "en", OUTLET),
        ("Governor Oleksandr Prokudin visited the site. The governor said two civilians were killed in Odesa.", "en",
         "Oleksandr Prokudin"),
        ("The governor said two civilians were killed in Kharkiv and Odesa.", "en", OUTLET),
        ("Russian forces shelled the city. The governor said two civilians were killed.", "en", OUTLET),
    ],
)
def test_the_governor_is_a_person_of_the_place_never_a_body_named_in_passing(text: str, lang: str, speaker: str,
                                                                            gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "via"),
    [  # whom it was told, then how or when (or nothing): the words before are the source's
        ("A drone hit the market on Tuesday and two people died, a hospital source told AFP on condition of "
         "anonymity.", "en", "hospital source", ["AFP"]),
        ("Nine civilians died when the shell hit the market, a local doctor told Reuters.", "en", "local doctor",
         ["Reuters"]),
        ("Three soldiers were wounded in the ambush, an army officer told reporters on Monday.", "en", "army officer",
         []),
        ("Sembilan warga sipil tewas, ujar seorang dokter kepada wartawan melalui telepon.", "id", "dokter", []),
        # near-misses: what follows the recipient is the claim
        ("A medical source told AFP that two people were killed.", "en", "medical source", ["AFP"]),
        ("An army officer told Reuters Russia had lost 40 soldiers.", "en", "army officer", ["Reuters"]),
    ],
)
def test_whom_it_was_told_is_no_part_of_the_claim(text: str, lang: str, speaker: str, via: list[str],
                                                 gazetteer: Gazetteer) -> None:
    assert [(c.speaker, c.via) for c in _casualties(text, gazetteer, lang)] == [(speaker, via)]


def test_a_participle_after_told_goes_on_with_the_speaker_not_the_recipient(gazetteer: Gazetteer) -> None:
    text = ("\"Our forces are not in the city,\" presidential aide Ivan Petrenko told Interfax, adding that "
            "Ukraine had lost 20 soldiers.")
    found = run(text, gazetteer, "en")
    assert found and {(c.speaker, tuple(c.via)) for c in found} == {("Ivan Petrenko", ("Interfax",))}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # a document's issuer speaks; the media speak; who runs a body qualifies it
        ("At least 15 people were killed in the raid, according to media reports.", "en", "media reports"),
        ("Fifteen people died in the overnight raids, according to figures published by the Houthis.", "en",
         "Houthis"),
        ("Nine people were killed, according to statistics compiled by the UN.", "en", "United Nations"),
        ("Menurut angka yang dirilis oleh PBB, 40 orang tewas.", "id", "United Nations"),
        ("Sepuluh orang tewas, menurut laporan media setempat.", "id", "media setempat"),
        ("Sepuluh orang tewas, menurut Kementerian Kesehatan yang dikelola Houthi.", "id",
         "Houthi Health Ministry"),  # the gazetteer's entry (session 19), whatever the article calls it
        # near-misses: figures no one is said to have issued stay the reporter's; a known body stays itself
        ("Official figures put the toll at more than 450.", "en", OUTLET),
        ("Twenty people were killed, according to the Gaza health ministry run by Hamas.", "en",
         "Gaza Health Ministry"),
    ],
)
def test_who_issued_the_figures_speaks(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [  # the attack referred back is its author's: the victims are somebody else
        ("The RSF shelled a camp near El Fasher on Sunday. Local activists said 40 people died in the attack.",
         "en", "people; Rapid Support Forces"),
        ("RSF menembaki sebuah kamp pengungsi di dekat El Fasher. Aktivis setempat mengatakan 40 orang tewas "
         "dalam serangan tersebut.", "id", "people; Rapid Support Forces"),
        # the subject of an attacking clause inflicts what its participle counts
        ("On Tuesday the RSF shelled a clinic in Kadugli, killing seven people.", "en",
         "people; Rapid Support Forces"),
        ("Pasukan penjajah Israel kembali menggempur Rafah pada Kamis pagi, menewaskan sedikitnya sembilan orang.",
         "id", "people; Israel"),
        ("Hezbollah said Israel struck a village in the south, killing three people.", "en", "people; Israel"),
        # near-misses: who issued the figures, or runs the body, is no attacker; a reporting party is none
        ("Fifteen people died in the overnight raids, according to figures published by the Houthis.",
         "en", "people"),
        ("Twenty people were killed, according to the health ministry run by Hamas.", "en", "people"),
        ("The UN said 12 people were killed in the fighting.", "en", "people"),
    ],
)
def test_whose_attack_killed_them(text: str, lang: str, subject: str, gazetteer: Gazetteer) -> None:
    assert [c.subject for c in _casualties(text, gazetteer, lang)] == [subject]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # an office's title before a name the gazetteer lacks, and a platform after it, are no part of the name
        ("UN Refugee Agency Chief Maria Lindqvist said 12 civilians were killed.", "en", "Maria Lindqvist"),
        ("\"Tiga orang tewas,\" ujar Kepala Polisi Daerah Ivan Marchenko di Facebook.", "id", "Ivan Marchenko"),
        ("\"Dua warga sipil tewas,\" kata gubernur wilayah Petro Hnatenko di Telegram.", "id", "Petro Hnatenko"),
        ("\"Dua warga sipil tewas,\" kata Petro Hnatenko di Kharkiv.", "id", "Petro Hnatenko"),
        # near-misses: a name with no title, a title with no name, a name in English "in"
        ("Maria Lindqvist said 12 civilians were killed.", "en", "Maria Lindqvist"),
        ("\"Three people were killed,\" said Petro Hnatenko in Kharkiv.", "en", "Petro Hnatenko"),
    ],
)
def test_titles_and_platforms_around_a_name_are_not_the_name(text: str, lang: str, speaker: str,
                                                             gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [  # "according to X, after/as/shortly after ...": background after the source, the claim before it
        ("Shelling killed nine people in the village, according to the Lebanese health ministry, shortly after "
         "the army moved in.", "Lebanese Health Ministry"),
        ("Nine people died in the raid, according to Sudan Doctors Network, as fighting spread to the south.",
         "Sudan Doctors Network"),
        ("Twelve people were killed in the strikes, according to the Gaza health ministry, after the truce ended.",
         "Gaza Health Ministry"),
        ("At least 40 people were killed in airstrikes on the village on Monday, according to local media, making "
         "it the deadliest raid this year.", "local media"),
        ("Nine people died in the shelling of the town, according to Sudan Doctors Network, leaving dozens "
         "homeless.", "Sudan Doctors Network"),
        # near-miss: what follows the source is the claim when nothing stands before it
        ("According to the Gaza health ministry, 12 people were killed after the truce ended.", "Gaza Health Ministry"),
    ],
)
def test_background_after_an_according_source_is_not_its_claim(text: str, speaker: str,
                                                               gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, "en")} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # "the army", "militer": the state's army the article names, never the militia it names as often
        ("Tentara Sudan dan RSF bertempur lagi di Omdurman. Militer mengatakan 14 tentara tewas.", "id",
         "Sudanese Armed Forces"),
        ("RSF dan tentara Sudan bertempur di El Fasher. RSF menyerang kamp itu. Tentara mengatakan 9 prajurit tewas.",
         "id", "Sudanese Armed Forces"),
        ("The RSF and the Sudanese army clashed in Omdurman. The military said 14 soldiers were killed.", "en",
         "Sudanese Armed Forces"),
        # near-misses: no state army named, the militia speaks in its own name
        ("RSF menyerang kamp itu. Militer mengatakan 14 tentara tewas.", "id", OUTLET),
        ("The RSF said 14 of its fighters were killed in the clashes.", "en", "Rapid Support Forces"),
    ],
)
def test_the_army_is_a_states_never_a_militia(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [  # "in US strikes", "dalam serangan udara AS": who struck, never where the victims were
        # (the strikes' target is the place, as "di Hodeidah" is below: conf24)
        ("Twelve people were killed in US strikes on Hodeidah.", "en", "Yemen; United States"),
        # ... and unnamed victims in a known place are that place's side (the lead's newcomer trial, session 12)
        ("Dua belas orang tewas dalam serangan udara AS di Hodeidah.", "id", "Yemen; United States"),
        ("Nine people died in Russian shelling of the city overnight.", "en", "people; Russia"),
        # near-miss: a place is still where they died, and whose
        ("Twelve people were killed in Lebanon on Monday.", "en", "Lebanon"),
    ],
)
def test_an_attacker_after_in_is_no_place(text: str, lang: str, subject: str, gazetteer: Gazetteer) -> None:
    assert [c.subject for c in _casualties(text, gazetteer, lang)] == [subject]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # a party's media are the media, not the party: what they report is no claim of the party's
        ("Houthi media reported that US strikes killed 12 people in Hodeidah.", "en", "Houthi media"),
        ("Media Houthi melaporkan serangan AS menewaskan 12 orang di Hodeidah.", "id", "Media Houthi"),
        ("Israeli media said 12 soldiers were wounded near the border.", "en", "Israeli media"),
        # near-misses: a named agency is itself; a party's officials speak for it
        ("Russian state media RIA said 12 soldiers were wounded.", "en", "RIA Novosti"),
        ("Houthi officials said US strikes killed 12 people in Hodeidah.", "en", "Houthis"),
    ],
)
def test_a_partys_media_are_the_media(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "outlet", "via"),
    [  # another outlet's site dateline: the story is republished, and that outlet relays every claim
        ("Beirut, VIVA - Dua orang tewas dalam serangan udara di Lebanon selatan, kata Kementerian Kesehatan.",
         "Warta Contoh", ["VIVA"]),
        ("Kyiv, Kompas.com - Tiga orang tewas dalam serangan drone, kata gubernur Oleh Syniehubov.",
         "Warta Contoh", ["Kompas"]),
        # near-misses: the outlet's own dateline credits nobody; a name no medium has is no credit
        ("Beirut, VIVA - Dua orang tewas dalam serangan udara di Lebanon selatan, kata Kementerian Kesehatan.",
         "VIVA", []),
        ("Kyiv, Kompas.com - Tiga orang tewas dalam serangan drone, kata gubernur Oleh Syniehubov.",
         "Kompas.com", []),
    ],
)
def test_another_outlets_dateline_relays_the_story(text: str, outlet: str, via: list[str],
                                                   gazetteer: Gazetteer) -> None:
    found = [c for c in extract_claims(Article(text=text, lang="id", published="2024-03-04", outlet=outlet), gazetteer)
             if c.type == "casualty"]
    assert found and all(c.via == via for c in found)


# Seventh round: subordinators, nationality adjectives, pronoun parties, source lists, bare bodies.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If confirmed, the raid would rank among the bloodiest of the spring.", "en"),
        ("If the army confirms that 40 fighters died, it would be its worst week.", "en"),
        ("Once verified, the tally would make the raid the worst this year.", "en"),
        ("Jika dikonfirmasi, serangan tersebut menjadi yang terburuk tahun ini.", "id"),
        ("Apabila militer menyatakan 40 orang tewas, itu menjadi kerugian terbesar.", "id"),
    ],
)
def test_a_subordinator_is_no_speaker_and_a_condition_no_claim(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert not claims, [(c.type, c.speaker) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang"),
    [  # "once" that repeats, not conditions (a lead's trial: "Once again," dropped the outlet's own claims)
        ("Once again, Azerbaijani forces shelled Stepanakert overnight, killing three civilians.", "en"),
        ("Once more, Russian troops shelled Kherson, killing four people, the regional governor said.", "en"),
    ],
)
def test_once_again_opens_no_condition(text: str, lang: str, gazetteer: Gazetteer) -> None:
    claims = run(text, gazetteer, lang)
    assert any(c.type == "accusation" for c in claims) and any(c.type == "casualty" for c in claims), [
        (c.type, c.speaker) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # near misses: a condition inside the claim leaves the speaker and the claim alone
        ("Officials said that 12 people were killed once the shelling began.", "en", "Officials"),
        ("Kalau benar, maka serangan itu menewaskan 12 orang, kata pejabat setempat.", "id", "pejabat setempat"),
        ("Medics reported 9 dead in the village, even if the count was still rising.", "en", "Medics"),
    ],
)
def test_a_condition_inside_a_sources_words_keeps_the_source(text: str, lang: str, speaker: str,
                                                             gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert claims and all(c.speaker == speaker for c in claims), [(c.speaker, c.quote) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [
        ("Medics said the Sudanese paramilitary Rapid Support Forces stormed a camp near the town.", "en",
         "Rapid Support Forces"),
        ("Witnesses said the Sudanese paramilitary RSF shelled the cattle market.", "en", "Rapid Support Forces"),
        ("Pasukan paramiliter Sudan RSF menyerang kamp pengungsi itu, kata saksi mata.", "id",
         "Rapid Support Forces"),
        # near misses: a state's own army stays the state's, and two names side by side are two
        ("Local officials said the Sudanese army shelled the cattle market.", "en", "Sudanese Armed Forces"),
        ("Militer Sudan menuduh RSF menembaki pasar ternak.", "id", "Rapid Support Forces"),
    ],
)
def test_a_nationality_before_a_militia_names_the_militia(text: str, lang: str, accused: str,
                                                          gazetteer: Gazetteer) -> None:
    found = [c for c in run(text, gazetteer, lang) if c.type == "accusation"]
    assert found and all(c.subject and c.subject != "Sudan" and accused in c.subject for c in found), \
        [(c.subject, c.speaker) for c in found]


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [
        ("Local officials said the Rapid Support Forces shelled the town. The Sudanese army accused it of using "
         "heavy artillery against homes.", "en", "Rapid Support Forces"),
        ("Warga mengatakan RSF menyerang desa itu. Militer Sudan menuduh mereka membakar rumah-rumah.", "id",
         "Rapid Support Forces"),
        ("Farmers said the RSF raided the village. The Sudanese army accused them of looting grain stores.", "en",
         "Rapid Support Forces"),
    ],
)
def test_a_pronoun_accused_is_the_agent_before(text: str, lang: str, accused: str, gazetteer: Gazetteer) -> None:
    found = [c for c in run(text, gazetteer, lang) if c.type == "accusation" and c.speaker == "Sudanese Armed Forces"]
    assert found and all(c.subject == accused for c in found), [(c.subject, c.speaker) for c in found]


@pytest.mark.parametrize(
    "text",
    [  # near misses: nothing before says who "they" are, so the claim names no pronoun as its party
        "The talks collapsed on Monday. The Sudanese army accused them of stalling.",
        "Markets closed early in the city. The Sudanese army accused it of hoarding fuel.",
        "Heavy rain fell overnight. Militer Sudan menuduh mereka menimbun bahan bakar.",
    ],
)
def test_a_pronoun_with_no_agent_before_is_no_party(text: str, gazetteer: Gazetteer) -> None:
    for claim in run(text, gazetteer, "en"):
        parts = {p.strip().casefold() for p in (claim.subject or "").split(";")}
        assert not parts & {"it", "them", "they", "mereka"}, claim.subject


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [
        ("At least 200 people were killed, according to rights groups, rebels and media.", "en",
         {"rights groups", "rebels", "media"}),
        ("Sedikitnya 50 orang tewas, menurut kelompok HAM, kelompok pemberontak, dan media setempat.", "id",
         {"kelompok HAM", "kelompok pemberontak", "media setempat"}),
        ("Some 30 villagers died in the raid, according to monitors, aid workers and local media.", "en",
         {"monitors", "aid workers", "local media"}),
        # near misses: two sources joined by "and" stay one group, one body with two adjectives one speaker, a
        # source with no list one speaker, and a list naming a known actor is read by the gazetteer
        ("Sedikitnya 14 orang tewas, menurut media dan aktivis setempat.", "id", {"media dan aktivis setempat"}),
        ("At least 12 people were killed, according to local and state authorities.", "en",
         {"local and state authorities"}),
        ("At least 200 people were killed, according to rights groups.", "en", {"rights groups"}),
    ],
)
def test_each_source_of_a_list_speaks(text: str, lang: str, speakers: set[str], gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert {c.speaker for c in claims} == speakers, [(c.speaker, c.quote) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("The army said 14 fighters were killed when they stormed the base near Omdurman in Sudan.", "en",
         "Sudanese Armed Forces"),
        ("The ministry said 12 civilians died in the raid on the market.", "en", "ministry"),
        ("Kementerian mengatakan 20 warga sipil tewas akibat serangan udara.", "id", "ministry"),
        ("KHARTOUM (Reuters) - The army said 30 fighters were killed when it repelled a raid on its base.", "en",
         "Sudanese Armed Forces"),
        ("Militer mengatakan 15 orang tewas dalam bentrokan di perbatasan Sudan.", "id", "Sudanese Armed Forces"),
        # near misses: a Jakarta dateline over a story on Sudan is not Indonesia's army, and a ministry in a war
        # of one state and a militia is no state's
        ("JAKARTA (ANTARA) - The army said 14 fighters were killed near Omdurman in Sudan.", "en",
         "Sudanese Armed Forces"),
        ("Israel and Hamas traded fire overnight. The ministry said 12 civilians were killed.", "en", "ministry"),
    ],
)
def test_a_bare_body_nobody_named_is_never_the_outlet(text: str, lang: str, speaker: str,
                                                     gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert claims and all(c.speaker == speaker for c in claims), [(c.speaker, c.quote) for c in claims]


# --- eighth round: classes read from batch 4 (annotated blind), each on wordings of our own ----------------------


def _parties(claim: Claim) -> set[str]:
    return {p.strip() for p in (claim.subject or "").split(";") if p.strip()}


@pytest.mark.parametrize(
    ("text", "lang", "kind", "party"),
    [  # a military government is its own side in the civil war it wages, never the state both sides claim
        ("Myanmar's junta bombed a school in Sagaing on Friday, killing nine children.", "en", "accusation",
         "Myanmar military government"),
        ("Residents said Myanmar's military shelled the market, killing 12 people.", "en", "casualty",
         "Myanmar military government"),
        ("Warga mengatakan militer Myanmar membom sebuah gereja dan menewaskan 15 orang.", "id", "casualty",
         "Myanmar military government"),
        # near misses: a state at war with another state is still the state; a militia is itself
        ("Ukraine accused Russia of shelling a market in Kherson.", "en", "accusation", "Russia"),
        ("Sudan menuduh RSF menyerang kamp pengungsi di Darfur.", "id", "accusation", "Rapid Support Forces"),
        ("Russian forces shelled Kharkiv, killing four people, officials said.", "en", "casualty", "Russia"),
    ],
)
def test_a_military_government_is_its_own_side(text: str, lang: str, kind: str, party: str,
                                              gazetteer: Gazetteer) -> None:
    found = [c for c in run(text, gazetteer, lang) if c.type == kind]
    assert found and all(party in _parties(c) for c in found), [(c.type, c.subject) for c in found]
    assert all("Myanmar" not in _parties(c) for c in found)


@pytest.mark.parametrize(
    ("text", "lang", "attacker"),
    [  # the doer of a campaign or of a time clause is who inflicted the toll
        ("At least 40 people have died as a result of Russia's large-scale offensive, officials said.", "en",
         "Russia"),
        ("Sedikitnya 30 orang tewas dalam operasi militer yang dilakukan Rusia di Kharkiv, kata pejabat setempat.",
         "id", "Russia"),
        ("Sedikitnya 24 orang tewas setelah militer Myanmar menjatuhkan bom ke arah warga, kata saksi.", "id",
         "Myanmar military government"),
        ("Eleven people died when Israeli jets struck a house in Rafah, medics said.", "en", "Israel"),
        # near misses: a disaster, an operation nobody is said to have waged, and a figure before a talk
        ("At least 12 people died after the storm hit the coast, officials said.", "en", None),
        ("Sedikitnya 12 orang tewas setelah banjir melanda desa itu, kata pejabat.", "id", None),
        ("At least 12 people died in the operation, officials said.", "en", None),
    ],
)
def test_the_doer_of_a_campaign_inflicted_its_toll(text: str, lang: str, attacker: str | None,
                                                  gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    for claim in claims:
        parties = _parties(claim)
        assert (attacker in parties) if attacker else not (parties & {"Russia", "Israel", "Myanmar"}), claim.subject


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [  # a group named by a demonstrative goes back to the group the sentence before named
        ("Pasukan RSF merebut kota itu pekan lalu. Pemerintah Sudan menuduh kelompok tersebut membantai warga.",
         "id", "Rapid Support Forces"),
        ("The RSF overran the camp on Sunday. Sudan's government accused the group of looting aid stores.", "en",
         "Rapid Support Forces"),
        ("Hamas menembakkan roket ke Ashkelon. Israel menuduh kelompok itu menargetkan warga sipil.", "id", "Hamas"),
        # near misses: a named accused stays itself, and a pronoun with nobody before names nobody
        ("Sudan's government accused the RSF of looting aid stores.", "en", "Rapid Support Forces"),
        ("Israel menuduh Hamas menargetkan warga sipil.", "id", "Hamas"),
        ("Pemerintah Sudan menuduh kelompok tersebut membantai warga.", "id", None),
    ],
)
def test_a_demonstrative_group_points_back(text: str, lang: str, accused: str | None, gazetteer: Gazetteer) -> None:
    found = [c for c in run(text, gazetteer, lang) if c.type == "accusation" and "menuduh" in c.quote + " menuduh"]
    found = [c for c in found if c.speaker != OUTLET]
    assert found
    for claim in found:
        assert "tersebut" not in (claim.subject or "") and "the group" not in (claim.subject or "")
        assert accused is None or accused in _parties(claim), claim.subject


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "state"),
    [  # a state's officials speak as the officials they are, on the state's side (an authority is the government)
        ("Pejabat Armenia melaporkan 14 warga tewas di Martuni.", "id", "Pejabat Armenia", "Armenia"),
        ("Lebanese officials said an Israeli strike killed ten people.", "en", "Lebanese officials", "Lebanon"),
        ("Para pejabat Yaman mengatakan puluhan orang terluka dalam serangan itu.", "id", "Para pejabat Yaman",
         "Yemen"),
        # near misses: authorities are the government, a ministry the ministry, a known person the person
        ("Azerbaijani authorities said 12 civilians were killed in the shelling.", "en", "Government of Azerbaijan",
         "Azerbaijan"),
        ("Kementerian Pertahanan Armenia mengatakan 12 tentara tewas.", "id", "Armenian Defence Ministry",
         "Armenia"),
        ("Armenian official Shushan Stepanyan said 12 soldiers were killed.", "en", "Shushan Stepanyan", "Armenia"),
    ],
)
def test_a_states_officials_speak_as_officials(text: str, lang: str, speaker: str, state: str,
                                              gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert {c.speaker for c in claims} == {speaker}
    for claim in claims:
        minted = mint(claim.speaker, gazetteer)
        owner = gazetteer.by_iri(minted.represents) if minted.represents else minted
        while owner is not None and owner.kind != "State" and owner.represents:
            owner = gazetteer.by_iri(owner.represents)
        assert owner is not None and owner.label == state, (claim.speaker, minted)


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "via"),
    [  # the setting after the source, a time after "according to", an issuer's information, a dated wire
        ("A drone strike in the east has killed seven people, Ukrainian officials say, in one of the worst attacks "
         "this month.", "en", "Ukrainian officials", []),
        ("According to information gathered by the Office of the Human Rights Ombudsman, as of 18:00, at "
         "least 50 people have died.", "en", "Office of the Human Rights Ombudsman", []),
        ("Kyiv, March 3 (UNI) One soldier died and four civilians were hurt in Russian strikes on two villages on "
         "Monday, said Ukrainian military sources.", "en", "Ukrainian military sources", ["UNI"]),
        ("Sedikitnya 12 orang tewas, kata pejabat setempat, di tengah gelombang serangan drone.", "id",
         "pejabat setempat", []),
        # near misses: what follows "that" is said; a date with no initials is no dateline; no source, the outlet
        ("Officials said, in a statement, that seven people were killed.", "en", "Officials", []),
        ("In Kyiv on March 3, a soldier was killed in Russian strikes, said Ukrainian military sources.", "en",
         "Ukrainian military sources", []),
        ("As of 18:00, at least 50 people have died in the shelling.", "en", OUTLET, []),
    ],
)
def test_the_source_beside_a_setting_or_a_dateline(text: str, lang: str, speaker: str, via: list[str],
                                                   gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert {(c.speaker, tuple(c.via)) for c in claims} == {(speaker, tuple(via))}


@pytest.mark.parametrize(
    ("text", "lang", "speaker", "via"),
    [  # a medium citing its source relays it; a medium the gazetteer lacks is credited by a relay cue
        ("Tentara Sudan menewaskan 20 pejuang RSF, kata kantor berita negara, mengutip seorang pejabat militer.",
         "id", "pejabat militer", ["kantor berita negara"]),
        ("Twenty fighters were killed in the raid, the state news agency said, citing a military official.", "en",
         "military official", ["state news agency"]),
        ('"Dua orang tewas dalam serangan di desa itu," kata Kemenkes Lebanon, dikutip dari The Morning Courier, '
         "Kamis.", "id", "Lebanese Health Ministry", ["The Morning Courier"]),
        ("The army spokesman, Colonel Ali Hassan, told state television that 12 soldiers were killed.", "en",
         "Ali Hassan", ["state television"]),
        # near misses: a medium citing a medium, a person told, a source citing nobody
        ('"Dua orang tewas dalam serangan di desa itu," kata Kemenkes Lebanon, dikutip dari Anadolu Agency.', "id",
         "Lebanese Health Ministry", ["Anadolu Agency"]),
        ("Colonel Ali Hassan told Ahmed Salim that 12 soldiers were killed.", "en", "Ali Hassan", []),
        ("Twenty fighters were killed in the raid, the state news agency said, citing Reuters.", "en",
         "state news agency", ["Reuters"]),
    ],
)
def test_a_medium_citing_its_source_relays_it(text: str, lang: str, speaker: str, via: list[str],
                                              gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert {(c.speaker, tuple(c.via)) for c in claims} == {(speaker, tuple(via))}


@pytest.mark.parametrize(
    ("text", "lang", "party"),
    [  # a speaker who condemns deaths gives the victims no side; the people of a place are those people
        ("Turkey's foreign ministry condemned the deaths of 12 civilians in the strike.", "en", "civilians"),
        ("Pemerintah Indonesia mengecam kematian 15 pengungsi dalam serangan itu.", "id", "civilians"),
        ("At least 40 Omdurman residents were killed in the shelling, activists said.", "en", "Omdurman residents"),
        ("Shelling killed 12 residents of Tawila on Monday, a local group said.", "en", "Tawila residents"),
        ("Serangan udara menewaskan 17 warga desa Nyaung Lay, kata media lokal.", "id", "warga Nyaung Lay"),
        # near misses: its own citizens, a nationality, residents of nowhere named, a number that opens the sentence
        ("Ukraine's foreign ministry condemned the deaths of 12 Ukrainian civilians in the strike.", "en", "Ukraine"),
        ("Sedikitnya 40 warga Palestina tewas dalam serangan itu, kata pejabat kesehatan.", "id", "Palestine"),
        ("At least 40 residents were killed in the shelling, activists said.", "en", "civilians"),
        ("Twelve residents were killed in the shelling, activists said.", "en", "civilians"),
    ],
)
def test_whose_dead_only_the_text_says(text: str, lang: str, party: str, gazetteer: Gazetteer) -> None:
    claims = _casualties(text, gazetteer, lang)
    assert all(party in _parties(c) for c in claims), [c.subject for c in claims]
    assert not any({"Turkey", "Indonesia"} & _parties(c) for c in claims)


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [  # "they", "kedua pihak", "both sides" after a narrated sentence opening with two parties are both
        ("Israel and Hamas traded fire on Monday. They said at least 20 fighters were killed.", "en",
         {"Israel", "Hamas"}),
        ("Israel dan Hamas saling serang pada Senin. Kedua pihak mengatakan sedikitnya 20 pejuang tewas.", "id",
         {"Israel", "Hamas"}),
        ("Armenia and Azerbaijan exchanged artillery fire on Sunday. Both sides said 12 soldiers had died.", "en",
         {"Armenia", "Azerbaijan"}),
        # near misses: after a source's sentence "they" goes on with it; one party named; a speaker's own sentence
        ("Israel and Hamas traded fire. Officials in Gaza said 20 people were killed. They said 30 were hurt.", "en",
         {"Officials in Gaza"}),
        ("Israel shelled the border on Monday. They said 12 fighters were killed.", "en", {OUTLET}),
        ("Israel said Hamas fired rockets. They said 12 fighters were killed.", "en", {"Israel"}),
    ],
)
def test_they_after_two_parties_are_both(text: str, lang: str, speakers: set[str], gazetteer: Gazetteer) -> None:
    claims = [c for c in _casualties(text, gazetteer, lang) if c.start > text.index(". ")]  # after the first
    assert {c.speaker for c in claims} == speakers, [(c.speaker, c.quote) for c in claims]


@pytest.mark.parametrize(
    ("text", "lang", "accused"),
    [  # "them"/"mereka" after a sentence naming two parties, the speaker being neither, is both
        ("Israel and Hamas traded fire on Monday. The UN accused them of endangering civilians.", "en",
         {"Israel", "Hamas"}),
        ("Israel dan Hamas saling serang pada Senin. PBB menuduh mereka membahayakan warga sipil.", "id",
         {"Israel", "Hamas"}),
        ("Armenia and Azerbaijan traded fire. The EU accused them of breaking the truce.", "en",
         {"Armenia", "Azerbaijan"}),
        # near misses: the speaker is one of the two, and "it" is one party
        ("Israel and Hamas traded fire on Monday. Israel accused them of firing rockets at civilians.", "en",
         {"Hamas"}),
        ("Hamas fired rockets at Ashkelon. Israel accused it of targeting civilians.", "en", {"Hamas"}),
        ("Armenia and Azerbaijan traded fire. Azerbaijan accused them of breaking the truce.", "en", {"Armenia"}),
    ],
)
def test_them_after_two_parties_are_both(text: str, lang: str, accused: set[str], gazetteer: Gazetteer) -> None:
    found = [c for c in run(text, gazetteer, lang) if c.type == "accusation" and c.speaker != OUTLET]
    assert found and all(_parties(c) == accused for c in found), [(c.speaker, c.subject) for c in found]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [  # a one-word surname alias inside another person's name is that other person
        ("Gegham Stepanyan reported two deaths and 11 wounded.", "en", "Gegham Stepanyan"),
        ("David Katz, a local shopkeeper, said three people were killed in the strike.", "en", "David Katz"),
        ("Menteri Luar Negeri Iran Abbas Araghchi mengatakan 12 orang tewas dalam serangan itu.", "id",
         "Abbas Araghchi"),
        # near misses: the alias after a role, alone as a speaker, and before a weekday
        ("Defence Minister Katz said 12 soldiers were killed.", "en", "Israel Katz"),
        ("Putin Monday said 40 soldiers were killed.", "en", "Vladimir Putin"),
        ("Stepanyan said 12 soldiers were killed.", "en", "Shushan Stepanyan"),
    ],
)
def test_a_surname_inside_another_name_is_that_person(text: str, lang: str, speaker: str,
                                                      gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == {speaker}


@pytest.mark.parametrize(
    ("text", "lang", "speakers"),
    [  # a list of sources opening the sentence: each member speaks
        ("Rights groups, rebels and local media said at least 30 people were killed in the raid.", "en",
         {"Rights groups", "rebels", "local media"}),
        ("Kelompok HAM, pemberontak, dan media lokal mengatakan sedikitnya 30 orang tewas.", "id",
         {"Kelompok HAM", "pemberontak", "media lokal"}),
        ("Medics, residents and activists told Reuters that 15 people died in the strike.", "en",
         {"Medics", "residents", "activists"}),
        # near misses: a place before the source, a time before it, places listed before one group
        ("In the north, officials said 30 people were killed.", "en", {"officials"}),
        ("On Monday, residents said 30 people were killed.", "en", {"residents"}),
        ("Khartoum, Omdurman and Bahri residents said 30 people were killed.", "en",
         {"Omdurman and Bahri residents"}),
    ],
)
def test_a_list_before_the_verb_each_speaks(text: str, lang: str, speakers: set[str], gazetteer: Gazetteer) -> None:
    assert {c.speaker for c in _casualties(text, gazetteer, lang)} == speakers


@pytest.mark.parametrize(
    ("text", "lang", "gaza"),
    [  # a partial body name is the one body sharing its words only where the article names that body's place
        ("Junta Myanmar mengebom sebuah gereja di Sagaing. Media pemerintah mengatakan 12 orang tewas.", "id", False),
        ("Russian missiles hit Odesa overnight. The government media office said 12 people were killed.", "en",
         False),
        ("Pasukan RSF menyerang El Fasher. Kantor media pemerintah mengatakan 30 orang tewas.", "id", False),
        # near misses: the article names Gaza, or the phrase does
        ("Israeli jets struck Gaza City. The government media office said 20 people were killed.", "en", True),
        ("Kantor Media Pemerintah Gaza mengatakan 20 orang tewas.", "id", True),
        ("Israel menyerang Rafah di Gaza. Kantor media pemerintah mengatakan 20 orang tewas.", "id", True),
    ],
)
def test_a_partial_body_name_stays_in_its_war(text: str, lang: str, gaza: bool, gazetteer: Gazetteer) -> None:
    speakers = {c.speaker for c in _casualties(text, gazetteer, lang)}
    assert ("Gaza Government Media Office" in speakers) == gaza, speakers
