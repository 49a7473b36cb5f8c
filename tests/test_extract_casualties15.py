"""Casualty figures, round 2 (issue 13, cas15): the classes of dev misses and false casualty claims read as
mechanisms and fixed as such — a toll written as a list of counted people, coordinated counts sharing one hurt
word, "another" as one more victim, victim nouns and hedges, a bare figure opening a reported clause, tolls and
wounding verbs, asides between dashes, states of the wounded and parts that are no figures, page furniture, and
marks between a number and its noun.

For each class: sentences that must yield the figure and near-misses that must not.  Every sentence is written
for these tests; none comes from an article.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run


def figures(text: str, gazetteer: Gazetteer) -> list[tuple[int | None, int | None, str | None]]:
    return [(c.quantity_min, c.quantity_max, c.unit) for c in of_type(run(text, gazetteer), "casualty")]


def bounds(text: str, gazetteer: Gazetteer) -> list[tuple[int | None, int | None]]:
    return [(lo, hi) for lo, hi, _ in figures(text, gazetteer)]


# --- a toll written as a list of counted people is one figure, their sum (kb.extract.sums) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A neighbour said 11 women, six children and four men had died in the raid.", [(21, 21)]),
        ("The doctor said a mother and her three sons were among those killed.", [(4, 4)]),
        ("The casualties included six children and a pregnant woman, the network said.", [(7, 7)]),
        ("An elderly man and his two grandsons were killed when the shell hit their house, medics said.", [(3, 3)]),
        ("Serangan itu menewaskan sedikitnya dua wanita dan lima anak di desa itu, menurut pejabat.", [(7, None)]),
        ('"Seorang ayah, seorang ibu, dan dua anak mereka tewas di rumah itu," kata warga.', [(4, 4)]),
        ("Empat pria dan tiga perempuan terluka akibat tembakan itu, kata polisi.", [(7, 7)]),
    ],
)
def test_a_list_of_counted_people_is_their_sum(text: str, expected: list[tuple[int, int | None]],
                                               gazetteer: Gazetteer) -> None:
    assert bounds(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown of the figure before it stays a detail of that figure
        ("At least 20 people were killed, including three women and two children, officials said.", [(20, None)]),
        # soldiers and civilians are two sides, never one sum
        ("The shelling killed four soldiers and a woman, the army said.", [(4, 4)]),
        # the list goes on with people it does not count
        ("Officials listed a father, a mother and their sons among the victims, and said three people were hurt.",
         [(3, 3)]),
        # a running total's parts by category are figures of their own, not summed
        ("The deaths include 14,100 children and 8,400 women.", [(14100, 14100)]),
        # killed and wounded in one list are two figures
        ("The strike killed two children and wounded a woman, the ministry said.", [(2, 2)]),
    ],
)
def test_lists_that_are_no_sum(text: str, expected: list[tuple[int, int | None]], gazetteer: Gazetteer) -> None:
    assert bounds(text, gazetteer)[: len(expected)] == expected


# --- two counts joined by "and" share one hurt word; "another" is one more victim (kb.extract.coordinated) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers and three civilians were killed in the shelling, the army said.",
         [(2, 2, "soldiers killed"), (3, 3, "civilians killed")]),
        ("The drone strike killed four fighters and two civilians near the border.",
         [(4, 4, "soldiers killed"), (2, 2, "civilians killed")]),
        ("Dua tentara dan tiga warga sipil tewas dalam serangan itu, kata militer.",
         [(2, 2, "soldiers killed"), (3, 3, "civilians killed")]),
        ("Serangan roket itu melukai lima tentara dan dua warga sipil, kata pejabat.",
         [(5, 5, "soldiers wounded"), (2, 2, "civilians wounded")]),
        ("The dead include 12,300 children and 7,900 women, the office said.",
         [(12300, 12300, "civilians killed"), (7900, 7900, "civilians killed")]),
    ],
)
def test_coordinated_counts_share_their_hurt_word(text: str, expected: list[tuple[int, int, str]],
                                                  gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling left three people dead and another wounded, the ministry said.",
         [(3, 3, "deaths"), (1, 1, "wounded")]),
        ("Artillery killed one woman in the north, while a drone strike in the south killed another.",
         [(1, 1, "civilians killed"), (1, 1, "deaths")]),
        ("Two died on the spot and another was badly hurt, medics said.", [(2, 2, "deaths"), (1, 1, "wounded")]),
        # two figures of one sentence with the same bounds are two reports, not a page's copies of one
        ("Shelling killed one person in the north, while a drone strike in the south killed another.",
         [(1, 1, "deaths"), (1, 1, "deaths")]),
    ],
)
def test_another_is_one_more_victim(text: str, expected: list[tuple[int, int, str]], gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army said another attack was expected near the border.",  # "another" before a noun: no victim
        "Police arrested two men and questioned another, the ministry said.",  # no hurt word at all
        "The militia said it had captured another, and more would follow.",
    ],
)
def test_another_without_harm_is_no_figure(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


# --- victim nouns and hedges: rebels, citizens, "close to N" (lexicon_figures, singular, lexicon_text) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said that eight rebels were killed in the fighting near the pass.", [(8, 8, "soldiers killed")]),
        ("Militer mengatakan bahwa empat pemberontak tewas dalam baku tembak di perbatasan.",
         [(4, 4, "soldiers killed")]),
        ("A drone hit the car, killing a citizen and wounding two soldiers, the army said.",
         [(1, 1, "civilians killed"), (2, 2, "soldiers wounded")]),
        ("A rebel was killed in the clash, the army said.", [(1, 1, "soldiers killed")]),
        ("A former official said that close to 300 people had been killed.", [(None, 299, "deaths")]),
        ("Pejabat itu mengatakan korban tewas mendekati 50 orang.", [(None, 49, "deaths")]),
    ],
)
def test_victim_nouns_and_hedges(text: str, expected: list[tuple[int | None, int, str]], gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels said the army had lost ground near the pass.",  # rebels who speak, no count harmed
        "Ten citizens signed a petition demanding the release of the prisoners.",  # counted, but not harmed
        "A rebel commander said the talks would resume next week.",
    ],
)
def test_nouns_without_harm_are_no_figure(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


# --- a bare figure opening a reported clause: "saying ...", "there are ..." (casualties._THAT) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Local officials gave lower figures, saying at least seven were killed.", [(7, None, "deaths")]),
        ("There are at least 150 killed and more than 300 wounded, the ombudsman said.",
         [(150, None, "deaths"), (301, None, "wounded")]),
        ("Pejabat setempat menyatakan bahwa sedikitnya enam tewas dalam serangan itu.", [(6, None, "deaths")]),
    ],
)
def test_a_bare_figure_opening_a_reported_clause(text: str, expected: list[tuple[int, int | None, str]],
                                                 gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officials gave new figures, saying 2023 had been the worst year.",  # a year is no figure
        "The police issued a statement saying five were arrested near the square.",  # no harm
        "There were three attacks on the town overnight, the mayor said.",
    ],
)
def test_reported_clauses_without_victims(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


def test_another_is_told_by_who_told_the_first(gazetteer: Gazetteer) -> None:
    text = "The health ministry said shelling killed one man in the north, while sniper fire killed another."
    claims = of_type(run(text, gazetteer), "casualty")
    assert [(c.quantity_min, c.quantity_max) for c in claims] == [(1, 1), (1, 1)]
    assert len({c.speaker for c in claims}) == 1


# --- tolls named before a counted figure, wounding verbs before a bare figure, asides between dashes, "mencederai",
# "lusinan lebih terluka" (casualties, figure, lexicon_figures) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pejabat sebelumnya menyebutkan jumlah korban serangan ini sebanyak 31 orang.", [(31, 31, "deaths")]),
        ("Laporan awal menyebutkan korban jiwa awalnya sekitar 40 orang.", [(40, 40, "deaths")]),
        ("The army said the drone strike, which also wounded 14, hit a market.", [(14, 14, "wounded")]),
        ("Serangan kedua menewaskan dua orang dan mencederai lima orang lainnya.",
         [(2, 2, "deaths"), (5, 5, "wounded")]),
        ("Sepuluh warga sipil tewas, dengan lusinan lebih terluka, katanya.",
         [(10, 10, "civilians killed"), (10, 99, "civilians wounded")]),
        ("Gedung itu diserang dan setidaknya 10 orang – termasuk seorang bayi – tewas.",
         [(10, None, "deaths"), (1, 1, "civilians killed")]),  # the breakdown its own claim (session 22)
        ("At least 12 people – including two children – were killed in the strike.",
         [(12, None, "deaths"), (2, 2, "civilians killed")]),
    ],
)
def test_tolls_wounds_and_dashed_asides(text: str, expected: list[tuple[int, int | None, str]],
                                        gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister wounded 14 pride, critics said.",  # no place or clause end after the figure
        "Jumlah korban serangan itu belum diketahui, kata pejabat.",  # a toll without a figure
        "The ceasefire talks - including three rounds in Doha - failed.",  # a dashed aside with no victims
    ],
)
def test_near_misses_of_tolls_and_asides(text: str, gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == []


# --- how some of the wounded are, the unharmed, and parts of the figure before ("di antaranya") are no figures ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the injured, three men are in serious condition.", []),
        ("Three men were hurt near the school, while four other people there were unharmed.",
         [(3, 3, "wounded")]),
        ("Delapan korban luka dirawat di klinik desa, sementara tiga orang berada dalam kondisi serius.",
         [(8, 8, "wounded")]),
        ("Lysak mengatakan 40 orang terluka, diantaranya tiga anak-anak.",
         [(40, 40, "wounded"), (3, 3, "civilians wounded")]),  # the breakdown its own claim (session 22)
        ("Sedikitnya delapan warga sipil termasuk korban tewas, tiga di antaranya anak-anak, kata pejabat.",
         [(8, None, "civilians killed")]),
    ],
)
def test_states_and_parts_are_no_figures(text: str, expected: list[tuple[int, int | None, str]],
                                         gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a further" adds people of its own, whatever state they are in
        ("He said 30 people were killed and a further four people were in a critical condition.", [(30, 30), (4, 4)]),
        # a part named by what the victims were is a figure (partitives)
        ("Otoritas melaporkan bahwa 150 di antaranya adalah prajurit.", [(150, 150)]),
    ],
)
def test_near_misses_of_states_and_parts(text: str, expected: list[tuple[int, int | None]],
                                         gazetteer: Gazetteer) -> None:
    assert bounds(text, gazetteer) == expected


# --- a page's furniture repeating a headline: syndication notes and breadcrumbs are no body (lexicon_text) ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serangan artileri menewaskan empat warga sipil di desa itu pada Senin, kata pejabat setempat.\n"
         'Artikel ini telah tayang di Contoh.com dengan judul "Lima Tentara Tewas dalam Serangan di Perbatasan"',
         [(4, 4)]),
        ("Home Berita Serangan drone menewaskan tiga orang, melukai lima lainnya di kota...\n"
         "Serangan drone menewaskan dua orang di pasar kota itu, kata gubernur.",
         [(2, 2)]),
        ("This story was first published on Example News: eight soldiers were killed at the border post.\n"
         "Two villagers were killed by shelling on Sunday, the governor said.",
         [(2, 2)]),
    ],
)
def test_syndication_notes_and_breadcrumbs_are_no_body(text: str, expected: list[tuple[int, int]],
                                                      gazetteer: Gazetteer) -> None:
    assert bounds(text, gazetteer) == expected


def test_a_body_line_opening_like_furniture_is_kept(gazetteer: Gazetteer) -> None:
    text = "Berita ini menyebutkan bahwa enam orang tewas dalam serangan di pasar itu."
    assert bounds(text, gazetteer) == [(6, 6)]


# --- a number in quotation marks, a victim noun in brackets ---

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201cPuluhan (tentara) tewas, puluhan lainnya luka-luka,\u201d kata dia.",
         [(10, 99, "soldiers killed"), (10, 99, "soldiers wounded")]),
        ("The shelling caused the death of \u201c12\u201d civilians on the spot.", [(12, 12, "civilians killed")]),
    ],
)
def test_marks_between_a_number_and_its_noun(text: str, expected: list[tuple[int, int, str]],
                                             gazetteer: Gazetteer) -> None:
    assert figures(text, gazetteer) == expected


def test_a_bracketed_aside_that_is_no_victim_noun(gazetteer: Gazetteer) -> None:
    assert figures("The army fired 40 (forty) shells at the hills overnight.", gazetteer) == []


def test_every_counted_person_word_is_a_victim_noun() -> None:
    """``sums.PEOPLE`` sums a list whose last noun the figure reader must then find: a word missing from the
    victim nouns dropped the figure ("two women and one infant were killed")."""
    from kb.extract.lexicon import CASUALTY_NOUNS
    from kb.extract.sums import PEOPLE

    assert [w for w in PEOPLE if w not in CASUALTY_NOUNS] == []


def test_a_sum_ending_on_an_infant_or_a_brother_is_read(gazetteer: Gazetteer) -> None:
    assert figures("Two women and one infant were killed in the strike.", gazetteer) == [(3, 3, "civilians killed")]
