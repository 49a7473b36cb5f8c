"""Casualty recall on unseen text, session 20 (issue 13, rec20): each mechanism a class, pinned with sentences of the
project's own (never an article's), English and Indonesian where the class exists in both, with near misses that
must not give the claim:

- a hurt word with only a coordinator between it and the next figure closes the item before; the figure's own
  predicate after it says what befell it ("dua orang meninggal dan enam lainnya menderita luka": six wounded, not
  six dead) (``hurt.predicate``);
- a hedge before a dashed range hedges the range ("sedikitnya 50-100 orang": 50..100, not "100") (``quantities``);
- a count of some of the victims set off by commas, dashes or brackets ("seven people, four of whom were
  children, were killed", "tujuh orang (empat di antaranya anak-anak) tewas") is an aside the hurt word is read
  past (``figure.past_aside``);
- victims counted by the word itself, dissidents and siblings ("killed eleven victims", "enam pembangkang tewas",
  "tiga bersaudara"); "two of the victims were ..." stays a part of a toll told before
  (``lexicon_figures.CASUALTY_NOUNS``).
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run_as


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _figures(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[int | None, int | None, str | None]]:
    return [(c.quantity_min, c.quantity_max, c.unit) for c in of_type(run_as(text, gazetteer, lang), "casualty")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Dua warga meninggal dan empat lainnya menderita luka, kata kepala desa.", "id",
         [(2, 2, "civilians killed"), (4, 4, "civilians wounded")]),
        ("Tiga orang tewas dan sembilan lainnya mengalami luka-luka, kata polisi.", "id",
         [(3, 3, "deaths"), (9, 9, "wounded")]),
        ("One farmer died and five others suffered shrapnel injuries, police said.", "en",
         [(1, 1, "civilians killed"), (5, 5, "civilians wounded")]),
        # near misses: a verb taking both figures as objects, and a second item with no predicate of its own
        ("The shelling killed 18 and wounded 40 people, police said.", "en", [(18, 18, "deaths"), (40, 40, "wounded")]),
        ("Eleven were killed and 30 others, the police said.", "en", [(11, 11, "deaths"), (30, 30, "deaths")]),
    ],
)
def test_a_coordinated_figure_takes_its_own_predicate(text: str, lang: str, expected: list,
                                                       gazetteer: Gazetteer) -> None:
    assert _figures(text, gazetteer, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "bounds"),
    [
        ("Setidaknya 40-60 orang tewas dalam serangan udara itu, kata warga.", "id", (40, 60)),
        ("Sekitar 20-25 warga desa tewas dalam penggerebekan itu, kata tokoh adat.", "id", (20, 25)),
        ("Some 15–30 villagers died in the raid, a village elder said.", "en", (15, 30)),
        ("At least 70-80 people were killed in the bombing, witnesses said.", "en", (70, 80)),
    ],
)
def test_a_hedged_dashed_range_is_one_figure(text: str, lang: str, bounds: tuple[int, int],
                                             gazetteer: Gazetteer) -> None:
    assert [f[:2] for f in _figures(text, gazetteer, lang)] == [bounds]


def test_a_hedged_figure_and_another_are_no_range(gazetteer: Gazetteer) -> None:
    # "at least 14 and 20 others": two figures joined by "and", never the range 14..20
    found = _figures("At least 14 were killed and 20 others were hurt, the police said.", gazetteer, "en")
    assert [f[:2] for f in found] == [(14, None), (20, 20)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Eight people, three of whom were children, were killed, medics said.", "en", (8, "deaths")),
        ("Eight people - three of them children - were wounded, medics said.", "en", (8, "wounded")),
        ("Eight people (three of them women) were killed, medics said.", "en", (8, "deaths")),
        ("Delapan orang, tiga di antaranya anak-anak, tewas, kata petugas medis.", "id", (8, "deaths")),
        ("Delapan orang (tiga di antaranya perempuan) terluka, kata petugas medis.", "id", (8, "wounded")),
    ],
)
def test_a_count_aside_is_read_past(text: str, lang: str, expected: tuple[int, str], gazetteer: Gazetteer) -> None:
    found = _figures(text, gazetteer, lang)
    assert [(f[0], f[2]) for f in found] == [expected]


def test_a_count_aside_with_its_own_verb_is_no_toll(gazetteer: Gazetteer) -> None:
    assert not _figures("Eight people, three of whom were arrested, left the town, police said.", gazetteer, "en")


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("The explosion killed nine victims, the police said.", "en", 9),
        ("Empat pembangkang tewas dan tiga ditangkap, lapor media lokal.", "id", 4),
        ("Four dissidents were killed and three detained, local media reported.", "en", 4),
        ("Two siblings were killed by shrapnel, their neighbour told reporters.", "en", 2),
        ("Dua bersaudara tewas terkena pecahan mortir, kata tetangga mereka.", "id", 2),
        ("Tiga kakak beradik tewas dalam serangan itu, kata tetangga mereka.", "id", 3),
        ("Lima demonstran tewas ditembak aparat, kata saksi.", "id", 5),
    ],
)
def test_victims_named_by_the_word_or_by_kin(text: str, lang: str, figure: int, gazetteer: Gazetteer) -> None:
    assert [f[0] for f in _figures(text, gazetteer, lang)] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        "The court heard from nine victims of the old bombing, the lawyer said.",
        "Nine victims were identified as brothers, police said.",
    ],
)
def test_victims_without_a_hurt_word_are_no_toll(text: str, gazetteer: Gazetteer) -> None:
    assert not [f for f in _figures(text, gazetteer, "en") if f[0] is not None]


def test_some_of_the_victims_are_a_part_of_the_toll(gazetteer: Gazetteer) -> None:
    # "three of the victims were fighters": a part of a toll told before, counted as fighters, not three deaths
    found = _figures("Only three of the victims were fighters of the militia, the report added.", gazetteer, "en")
    assert found == [(3, 3, "soldiers killed")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Serangan itu menewaskan 25 dan melukai 14 warga, kata bupati.", "id", [25, 14]),
        ("Serangan itu menewaskan 25 dan mencederai 14 warga, kata bupati.", "id", [25, 14]),
        ("The raid killed 25 and wounded 14 villagers, the district chief said.", "en", [25, 14]),
        # near miss: the second verb hurts no one
        ("Serangan itu menewaskan 25 dan menghancurkan 14 rumah, kata bupati.", "id", [25]),
    ],
)
def test_a_figure_before_a_second_verb_of_the_same_subject(text: str, lang: str, expected: list[int],
                                                          gazetteer: Gazetteer) -> None:
    assert [f[0] for f in _figures(text, gazetteer, lang)] == expected


@pytest.mark.parametrize(
    ("text", "lang", "figure"),
    [
        ("Seorang ibu dan bayinya tewas ketika roket menghantam rumah mereka, kata pejabat.", "id", 2),
        ("Serangan itu menewaskan seorang kakek, istrinya dan putranya, kata pejabat.", "id", 3),
        ("Dua perempuan dan ayahnya terluka dalam serangan itu, kata pejabat.", "id", 3),
    ],
)
def test_kin_with_a_glued_possessive_are_counted(text: str, lang: str, figure: int, gazetteer: Gazetteer) -> None:
    assert [f[0] for f in _figures(text, gazetteer, lang)] == [figure]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The army said its jets killed Karim Bazzi, a senior commander of the militia.", "en", "Karim Bazzi"),
        ("The army said its forces killed the group's field commander, Karim Bazzi.", "en", "Karim Bazzi"),
        ("Soldiers shelled the hamlet, killing 8-year-old Zaw Htet and injuring a farmer, a villager said.", "en",
         "Zaw Htet"),
        ("Militer mengatakan serangan itu menewaskan komandan batalion, Karim Bazzi.", "id", "Karim Bazzi"),
    ],
)
def test_a_named_person_an_active_verb_killed(text: str, lang: str, name: str, gazetteer: Gazetteer) -> None:
    found = [c for c in of_type(run_as(text, gazetteer, lang), "casualty") if c.quantity_text == name]
    assert [(c.quantity_min, c.unit) for c in found] == [(1, "deaths")]


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed Palestinians in Gaza City, officials said.",
        "Police said the gunmen killed Israeli soldiers near the checkpoint.",
        "The shelling killed people in Kherson, the governor said.",
    ],
)
def test_a_people_or_a_place_after_a_killing_verb_is_no_named_victim(text: str, gazetteer: Gazetteer) -> None:
    assert not [c for c in of_type(run_as(text, gazetteer, "en"), "casualty") if c.quantity_min == 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers fired on the hamlet, injuring a farmer, a villager said.", (1, "wounded")),
        ("A man sleeping at the bus station was injured by shrapnel, police said.", (1, "wounded")),
        ("Two men wounded in the strike succumbed to their wounds, the ministry said.", (2, "deaths")),
        ("A woman who had been injured in a raid last month died of her injuries, the ministry said.", (1, "deaths")),
    ],
)
def test_one_victim_and_the_wounded_who_died(text: str, expected: tuple[int, str], gazetteer: Gazetteer) -> None:
    found = _figures(text, gazetteer, "en")
    dead = ("killed", "deaths")
    assert [(f[0], "deaths" if f[2] and f[2].endswith(dead) else "wounded") for f in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man living in the town was arrested, police said.", []),
        ("Twelve people were wounded in the strike, and one of them later died, the ministry said.", [(12, "wounded")]),
    ],
)
def test_near_misses_of_one_victim(text: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Petugas penyelamat membawa tiga orang mati dari reruntuhan, kata saksi.", [3]),
        ("Pengadilan menjatuhkan hukuman mati kepada tiga orang, kata jaksa.", []),
        ("Tiga orang dijatuhi hukuman mati, kata jaksa.", []),
    ],
)
def test_the_plain_indonesian_dead(text: str, expected: list[int], gazetteer: Gazetteer) -> None:
    assert [f[0] for f in _figures(text, gazetteer, "id")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a toll whose group has modifiers before "yang", and a toll named far from its verb
        ("Jumlah tentara bayaran asing yang tewas dalam perang itu bertambah menjadi 1.150 orang.", "id",
         [(1150, "soldiers killed")]),
        ("The reported death toll in fighting between government and rebel troops over the mountain province of "
         "Tigray has reached about 740, with officials reporting more deaths.", "en", [(740, "deaths")]),
        # near misses: a count of sides, places or days inside the toll's clause is no figure
        ("The death toll in clashes between the two armies has reached about 740.", "en", [(740, "deaths")]),
        ("The death toll in the past three days rose to 45, officials said.", "en", [(45, "deaths")]),
        ("Jumlah korban tewas dalam tiga hari terakhir mencapai 45 orang, kata pejabat.", "id", [(45, "deaths")]),
        ("Jumlah tentara yang dikerahkan ke perbatasan bertambah menjadi 1.150 orang.", "id", []),
    ],
)
def test_tolls_named_before_their_figure(text: str, lang: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, lang)] == expected


def test_a_dates_tail_is_no_figure(gazetteer: Gazetteer) -> None:
    # "2021-04-09": neither "04-09" as a range nor "09" as a count of casualties
    text = "The strike of 2021-04-09 caused casualties in the capital, the ministry said."
    assert not [f for f in _figures(text, gazetteer, "en") if f[0] is not None]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bare count right after the reporting verb, with its hurt word after it
        ("Officials said 18 were dead and 35 injured.", "en", [(18, "deaths"), (35, "wounded")]),
        ("Pejabat mengatakan 18 tewas dan 35 terluka.", "id", [(18, "deaths"), (35, "wounded")]),
        # deaths in other words, and the wounded in hospital
        ("Eighteen villagers perished in the fire the shelling caused, rescuers said.", "en",
         [(18, "civilians killed")]),
        ("Eighteen people were slain in the raid, witnesses said.", "en", [(18, "deaths")]),
        ("Eighteen people were massacred in the hamlet, activists said.", "en", [(18, "deaths")]),
        ("Eighteen men were executed by the militia, activists said.", "en", [(18, "deaths")]),
        ("Sebanyak 18 warga dibantai di kampung itu, kata aktivis.", "id", [(18, "civilians killed")]),
        ("The army reported losing 18 soldiers in the battle.", "en", [(18, "soldiers killed")]),
        ("Delapan belas orang menjadi korban jiwa dalam serangan itu, kata polisi.", "id", [(18, "deaths")]),
        ("Two people died and 35 others were hospitalised, the ministry said.", "en",
         [(2, "deaths"), (35, "wounded")]),
        ("Dua orang meninggal dunia dan 35 lainnya dirawat di rumah sakit, kata polisi.", "id",
         [(2, "deaths"), (35, "wounded")]),
        ("Witnesses reported seeing troops shoot and kill two men near the well.", "en",
         [(2, "deaths")]),
        # near misses: an arrest, a year, an intent, a habit, an operation carried out
        ("Officials said 10 were arrested.", "en", []),
        ("Officials said 2023 was the deadliest year.", "en", []),
        ("Rebels threatened to capture and kill 20 hostages, the army said.", "en", []),
        ("The strikes kill 20 people every week, the monitor said.", "en", []),
        ("Eighteen soldiers executed the operation, the army said.", "en", []),
    ],
)
def test_more_ways_to_say_killed_or_wounded(text: str, lang: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, lang)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebel officials said their deputy leader is dead, killed when a drone hit his car.", [(1, "deaths")]),
        ("His brother is dead, the family told reporters.", [(1, "civilians killed")]),
        ("Its leader was dead, the group said.", [(1, "deaths")]),
    ],
)
def test_one_victim_after_a_possessive_is_dead(text: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, "en")] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the noun is the death itself, whatever verb follows; a verb right before a later figure governs it
        ("Serangan itu mengakibatkan sedikitnya 12 kematian dan melukai 30 orang lainnya, kata wali kota.", "id",
         [(12, "deaths"), (30, "wounded")]),
        ("The raid caused 12 deaths and wounded 30 others, the mayor said.", "en", [(12, "deaths"), (30, "wounded")]),
        # a people counter of the death class with its own predicate of wounds keeps it
        ("Sebanyak 25 jiwa mengalami luka-luka dalam serangan itu, kata polisi.", "id", [(25, "wounded")]),
        # a goal of fewer deaths is no report
        ("Pressure is growing on the army to reduce civilian casualties in the offensive.", "en", []),
        ("Tekanan meningkat agar militer mengurangi korban tewas warga sipil.", "id", []),
        # a subject pointed back at still reports its deaths
        ("Seorang sumber menyebut ketiga pejuang tersebut gugur saat berjaga di pos mereka.", "id",
         [(3, "soldiers killed")]),
    ],
)
def test_death_nouns_and_back_references(text: str, lang: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, lang) if f[0] is not None or expected == []] == expected


def test_a_glued_syndication_note_is_no_claim(gazetteer: Gazetteer) -> None:
    text = ('Dua orang tewas dalam serangan itu, kata polisi. Artikel ini telah tayang di Contoh.com dengan judul '
            '"Sembilan Orang Tewas di Kota Lain"')
    assert [f[0] for f in _figures(text, gazetteer, "id")] == [2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among those killed in mortar blasts and gunfire were three civilians in the north, villagers said.",
         [(3, "civilians killed")]),
        ("A man staying at the Blue River Guest House in the market ward was injured by a stray bullet, police said.",
         [(1, "wounded")]),
        ("A 40-year-old woman and her three sons were injured when a shell hit their house, police said.",
         [(4, "civilians wounded")]),
    ],
)
def test_victims_past_longer_phrases(text: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, "en")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The dead numbered 17, the coroner said.", [(17, "deaths")]),
        ("The wounded totalled about 45, the coroner said.", [(45, "wounded")]),
        # near miss: a count of homes after the dead are named
        ("The dead were buried as the shelling hit 17 homes, the coroner said.", []),
    ],
)
def test_the_dead_numbered(text: str, expected: list, gazetteer: Gazetteer) -> None:
    assert [(f[0], f[2]) for f in _figures(text, gazetteer, "en") if f[0] is not None] == expected
