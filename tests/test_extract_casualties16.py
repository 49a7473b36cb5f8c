"""Casualty figures, round 3 (issue 13, cas16): the classes of dev misses and false casualty claims read as
mechanisms and fixed as such — victims named by demonym or post, hurt words past the noun phrase's own tail or
before a second object, counted people who were not hurt, dates and closed wars that are no tolls, tolls past a
bracketed date, reports without a number, list lines that are no headlines, collective numerals, and the scope of
a report without a number.

For each class: sentences that must yield the figure and near-misses that must not.  Every sentence is written
for these tests; none comes from an article.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from tests.extraction import of_type, run

Figures = list[tuple[int | None, int | None, str | None]]


def figures(text: str, gazetteer: Gazetteer) -> Figures:
    return [(c.quantity_min, c.quantity_max, c.unit) for c in of_type(run(text, gazetteer), "casualty")]


# --- victims named by a plural demonym or by their post; wounds "suffered" with words between ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Baku said that four Azerbaijanis were killed by a mine on the road.", [(4, 4, "deaths")]),
        ("Officials in Sanaa said three Yemenis died when the boat was hit.", [(3, 3, "deaths")]),
        ("A militia official was killed and two guards were wounded in the raid, the police said.",
         [(1, 1, "deaths"), (2, 2, "wounded")]),
        ("A farmer suffered leg injuries when the shell hit his field, the council said.",
         [(1, 1, "civilians wounded")]),
        ("An aid employee sustained serious shrapnel wounds in the blast, the agency said.",
         [(1, 1, "civilians wounded")]),
    ],
)
def test_victims_by_demonym_and_post(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A senior official said the talks would resume on Monday.",  # a post that speaks, harmed by nothing
        "Four Azerbaijanis attended the ceremony in the capital.",  # counted, not harmed
        "A party leader suffered a defeat in the vote, observers said.",  # "suffered" without injuries
    ],
)
def test_posts_and_demonyms_without_harm(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyiv sendiri mengakui 3.000 personilnya meregang nyawa dalam pertempuran itu.",
         [(3000, 3000, "soldiers killed")]),
        ("Militer mengatakan lima personil terluka akibat ledakan itu.", [(5, 5, "soldiers wounded")]),
    ],
)
def test_dying_idioms_and_spellings(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- the hurt word past the noun phrase's own tail, or before a second object (kb.extract.reach) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moskow mengklaim 400 tentara musuh yang bertugas di pangkalan udara dekat kota pelabuhan itu tewas.",
         [(400, 400, "soldiers killed")]),
        ("Kementerian mengatakan dua petugas medis dari Bulan Sabit Merah yang bekerja di kamp pengungsi itu terluka.",
         [(2, 2, "civilians wounded")]),
        ("Three medics from the regional relief society affiliated with the party sustained injuries, it said.",
         [(3, 3, "civilians wounded")]),
        ("Serangan udara itu menewaskan kepala desa tersebut dan 10-15 warga, kata saksi.",
         [(10, 15, "civilians killed")]),
        ("The drone strike killed the head of the local council and 12 fighters, the army said.",
         [(12, 12, "soldiers killed")]),
    ],
)
def test_hurt_word_far_from_the_victims(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the hurt word is another relative's: those killed are not the 300 who attended
        "Some 300 people from the northern villages who had gathered at the mosque for prayers attended the funeral"
        " of those killed.",
        # a second clause between: the fighters speak, the dead are others
        "Dua puluh pejuang dari brigade yang bertahan di kota itu mengatakan bahwa komandan mereka tewas.",
        # the second object's verb is no harm
        "The raid killed the commander who led the unit and 12 fighters fled across the river.",
    ],
)
def test_far_hurt_words_that_are_not_the_figures(text: str, gazetteer: Gazetteer) -> None:
    assert [f for f in figures(text, gazetteer) if f[0] is not None and f[0] >= 12] == []


# --- counted people who were not hurt (kb.extract.unhurt) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sejak perang pecah, sedikitnya 900 orang tewas dan kira-kira 2 juta lainnya mengungsi, menurut PBB.",
         [(900, None, "deaths")]),
        ("The war has killed about 5,000 people and displaced 300,000 others, the agency said.",
         [(5000, 5000, "deaths")]),
        ("Kota itu kini menampung 2 juta jiwa pengungsi yang menyelamatkan diri dari pertempuran.", []),
        ("Police said 40 residents were evacuated and 12 were arrested after the blast.", []),
        # a count after "menurut"/"according to" is the source
        ("Tiga warga tewas dalam serangan itu, menurut seorang dokter di rumah sakit kota.",
         [(3, 3, "civilians killed")]),
        ("Tiga dokter juga tewas dan lima lainnya luka-luka dalam penembakan di klinik itu.",
         [(3, 3, "civilians killed"), (5, 5, "civilians wounded")]),
    ],
)
def test_people_not_hurt_are_no_figure(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Banjir bandang itu merenggut 50 jiwa di tiga desa.", [(50, 50, "deaths")]),
        ("Serangan itu menelan 90 jiwa, kata pejabat setempat.", [(90, 90, "deaths")]),
    ],
)
def test_jiwa_with_a_toll_word_is_deaths(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- dates and closed wars: no tolls of this war (figure.counts, pipeline._background) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The offensive began after the March 3 militia assault that officials say killed 260 people.",
         [(260, 260, "deaths")]),
        ("In March 12 people were killed in the town, the mayor said.", [(12, 12, "deaths")]),
        ("About 25,000 people were killed in the 1988-94 war over the valley.", []),
        ("Sekitar 25.000 orang tewas dalam perang 1988-1994 di lembah itu.", []),
    ],
)
def test_dates_and_closed_wars(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- tolls: "the deaths from X rose to N", a bracketed date between toll and figure (kb.extract.tolls) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death from a drone strike on a farm in the north has risen to 14, the ministry said.",
         [(14, 14, "deaths")]),
        ("Sebelumnya, jumlah korban tewas di kota itu yang diumumkan pada Selasa (12/3/2024) mencapai 1.230 orang.",
         [(1230, 1230, "deaths")]),
    ],
)
def test_tolls_reached(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- reports without a number (kb.extract.unquantified) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister admitted that some of our troops died and others were wounded in the assault.",
         [(None, None, "soldiers killed"), (None, None, "soldiers wounded")]),
        ("Menteri itu berujar bahwa beberapa prajuritnya gugur dan personel lainnya luka-luka.",
         [(None, None, "soldiers killed"), (None, None, "soldiers wounded")]),
        ("The shelling left at least 12 people dead and many more wounded, the army said.",
         [(12, None, "deaths"), (None, None, "wounded")]),
        ('"We struck the camp. Militia members were killed," the spokesman said.', [(None, None, "soldiers killed")]),
        ("Anggota Brigade Utara tewas dalam serangan udara, kata juru bicara.", [(None, None, "soldiers killed")]),
        ("The spokesman said there are victims of the morning shelling in the town.",
         [(None, None, "killed and wounded")]),
        ("Serangan itu menyebabkan jatuhnya korban di kedua belah pihak, kata pejabat.",
         [(None, None, "killed and wounded")]),
    ],
)
def test_reports_without_a_number(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Others were wounded in the crush at the gate, witnesses said.",  # "others" with no report before them
        "Namun invasi itu juga memakan korban jiwa.",  # the reporter's aside of what wars do
        "There are victims' families waiting at the gate.",  # no report of victims
    ],
)
def test_vague_words_that_report_nothing(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


# --- killings, injuries and "dozens of wounded" as figures (casualties) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The office recorded the killings of 58 civilians by the militia.", [(58, 58, "civilians killed")]),
        ("The monitors also counted 140 civilian injuries from the shelling.", [(140, 140, "civilians wounded")]),
        ("The army reported 27 civilian deaths and dozens of wounded, most of them now in clinics.",
         [(27, 27, "civilians killed"), (10, 99, "civilians wounded")]),
    ],
)
def test_killings_injuries_and_the_wounded(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- Indonesian collective numerals (kb.extract.collective) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sumber itu mengatakan bahwa keempat pejuang tersebut tewas dalam serangan di desa itu.",
         [(4, 4, "soldiers killed")]),
        ("Pada hari ketiga, dua warga tewas akibat tembakan.", [(2, 2, "civilians killed")]),  # an ordinal: no figure
        ("Ketiga korban dimakamkan di desa itu.", []),  # counted, no hurt word
    ],
)
def test_collective_numerals(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


# --- a list's lines under a body line ending in ":" are no headlines (kb.extract.restated) ---

def test_list_lines_are_no_headline_copies(gazetteer: Gazetteer) -> None:
    text = ("Pejabat kesehatan mengatakan sedikitnya lima orang tewas di Desa Utara dan dua orang di Desa Selatan.\n"
            "Berikut rincian 7 orang yang tewas sejak pagi:\n"
            "5 orang tewas di Desa Utara\n"
            "2 orang di Desa Selatan\n"
            "Pertempuran berlanjut hingga malam.")
    claims = of_type(extract_claims(Article(text=text, published="2024-03-12"), gazetteer), "casualty")
    listed = [c for c in claims if text[c.start : c.end].startswith(("5 orang", "2 orang"))]
    assert [(c.quantity_min, c.quantity_max) for c in listed] == [(5, 5), (2, 2)]


def test_a_title_restating_the_body_is_still_dropped(gazetteer: Gazetteer) -> None:
    text = ("5 orang tewas di Desa Utara\n"
            "Pejabat kesehatan mengatakan sedikitnya lima orang tewas di Desa Utara pada hari Senin.")
    claims = of_type(extract_claims(Article(text=text, published="2024-03-12"), gazetteer), "casualty")
    assert [text[c.start : c.end].startswith("5 orang") for c in claims] == [False]


# --- the scope of a report without a number; an aside's scope passes on to no later sentence ---

def test_a_report_without_a_number_is_one_attacks(gazetteer: Gazetteer) -> None:
    claims = of_type(run('"We struck the camp at dawn. Militia members were killed," the spokesman said.', gazetteer),
                     "casualty")
    assert [c.scope for c in claims] == ["incident"]


def test_a_separate_incident_passes_no_scope_on(gazetteer: Gazetteer) -> None:
    text = ("In a separate incident, two medics were hurt in a raid on the village of Aldor.\n"
            "The fighting has killed 410 people, the ministry said.")
    claims = of_type(run(text, gazetteer), "casualty")
    assert [(c.quantity_min, c.scope) for c in claims if c.quantity_min == 410] == [(410, "cumulative")]


# --- victims named as some of the hurt; ages under a bound; vague objects of two verbs (included, singular) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the injured is a 40-year-old woman, who was hit by debris in the market.",
         [(1, 1, "civilians wounded")]),
        ("Dia mengatakan bahwa di antara orang mati di desa itu adalah tujuh karyawan lembaga bantuan.",
         [(7, 7, "civilians killed")]),
        ("Sumber itu mengatakan bahwa empat anak berusia di bawah 12 tahun, semuanya bersaudara, termasuk di antara"
         " yang terluka.", [(4, 4, "civilians wounded")]),
        ("Five children aged under 10 were killed in the blast, the mayor said.", [(5, 5, "civilians killed")]),
        ("Another reporter working for the network, also a freelancer, was wounded.", [(1, 1, "civilians wounded")]),
        ("Gempuran artileri menewaskan dan melukai sejumlah anggota milisi di pos itu, kata koalisi.",
         [(None, None, "killed and wounded")]),
    ],
)
def test_victims_among_the_hurt(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Among the guests was a former minister, who spoke at the dinner.",  # among no hurt
        "Tujuh karyawan pabrik itu berunjuk rasa di depan kantor gubernur.",  # counted employees, nobody hurt
    ],
)
def test_among_without_hurt(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


def test_a_title_reporting_victims_without_a_number_restates_the_body(gazetteer: Gazetteer) -> None:
    text = ("Army spokesman: there are victims of the night shelling in Aldor\n"
            "The army spokesman told reporters there are victims of the night shelling in the town of Aldor.")
    claims = of_type(extract_claims(Article(text=text, published="2024-03-12"), gazetteer), "casualty")
    assert [c.start > text.index("\n") for c in claims] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "Who was Jon Marek, the coach killed by a gunman at the stadium?",
        "Berapa banyak warga yang tewas dalam serangan itu?",
    ],
)
def test_a_question_reports_no_toll(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tujuh orang, yang sebagian besar merupakan petani, dilaporkan tewas, termasuk seorang anak.",
         [(7, 7, "deaths"), (1, 1, "civilians killed")]),  # the child the toll's breakdown (session 22)
        ("Eleven people, most of whom were farmers, were killed in the raid.", [(11, 11, "deaths")]),
    ],
)
def test_a_figure_read_past_a_relative_aside(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A drone hit a van near the bridge, killing the driver, a farmer from the valley.",
         [(1, 1, "civilians killed")]),
        ("The raid killed the commander's bodyguard, the army said.", []),  # the possessor is no victim
    ],
)
def test_the_one_victim_of_an_active_verb(text: str, expected: Figures, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected
