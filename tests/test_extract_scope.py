"""What a casualty figure counts over, whose losses it counts, and how its words bound it (issue 13).

Every sentence here is written for these tests, in the style of war reporting (Indonesian and English);
none is taken from an article.  Publication is Wednesday 17 March 2021 unless a test says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.extract.quantities import find_quantities
from kb.extract.scope import figure_scope
from kb.extract.scope_dates import period_of
from kb.pipeline.article import Article
from kb.pipeline.record import Claim

PUBLISHED = date(2021, 3, 17)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def casualties(text: str, gazetteer: Gazetteer, lang: str = "en", published: str = "2021-03-17") -> list[Claim]:
    claims = extract_claims(Article(text=text, lang=lang, published=published), gazetteer)
    return [c for c in claims if c.type == "casualty"]


def one(text: str, gazetteer: Gazetteer, lang: str = "en") -> Claim:
    [claim] = casualties(text, gazetteer, lang)
    return claim


# --- scope: cumulative, period, incident, none ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "scope"),
    [
        ("The ministry said 1,204 soldiers have been killed since 2 March.", "en", "cumulative"),
        ("Officials said 310 civilians have died so far in the offensive.", "en", "cumulative"),
        ("The death toll has risen to 412, the health ministry said.", "en", "cumulative"),
        ("Kementerian itu mengatakan 88 warga sipil tewas sejauh ini.", "id", "cumulative"),
        ("Menurut otoritas, total 950 tentara gugur sejak awal Maret.", "id", "cumulative"),
        ("Relief workers said 35 people were killed in the past 24 hours.", "en", "period"),
        ("Sedikitnya 14 warga tewas dalam 24 jam terakhir, kata pejabat setempat.", "id", "period"),
        ("Police said nine people were killed overnight.", "en", "period"),
        ("Tujuh warga sipil tewas dalam sehari, kata pejabat kota.", "id", "period"),
        ("Sebanyak 23 orang tewas pekan ini, kata pejabat kesehatan.", "id", "period"),
        ("Medics said 12 people were killed in the strike on the market.", "en", "incident"),
        ("Sedikitnya enam orang tewas dalam serangan itu, kata seorang saksi.", "id", "incident"),
        ("Witnesses said a drone attack on Ridgeford killed four people.", "en", "incident"),
        # No cue at all: a score or more is the toll so far, fewer one incident's; a large figure tied to
        # one place is what happened there (scope13: tied to a whole territory it is the toll so far).
        ("Officials said 40 people were wounded.", "en", "cumulative"),
        ("Pejabat Armenia melaporkan sedikitnya 57 orang tewas.", "id", "cumulative"),
        ("Eight people were killed, he said.", "en", "incident"),
        ("Dua warga terluka parah, kata seorang saksi.", "id", "incident"),
        ("Officials said 40 people were wounded in the Lviv region.", "en", "incident"),
        ("Sebanyak 40 orang terluka di desa Karangsari, kata pejabat.", "id", "incident"),
    ],
)
def test_scope_of_a_figure(gazetteer: Gazetteer, text: str, lang: str, scope: str | None) -> None:
    assert one(text, gazetteer, lang).scope == scope


def test_one_sentence_two_scopes(gazetteer: Gazetteer) -> None:
    text = ("Officials said 16 more soldiers were killed on Tuesday, bringing the total to 540 since "
            "27 February.")
    first, total = casualties(text, gazetteer)
    assert (first.quantity_min, first.increment, first.scope) == (16, True, "period")
    assert (total.quantity_min, total.increment, total.scope) == (540, False, "cumulative")
    assert (total.period_start, total.period_end) == ("2021-02-27", "2021-03-17")


def test_the_nearer_cue_wins() -> None:
    norm = "Medics said 61 people were killed in the past 24 hours, the deadliest day so far."
    at = norm.index("61")
    assert figure_scope(norm, at, at + 2).scope == "period"


def test_a_temporary_base_is_no_clause_break() -> None:
    norm = "Akibat serangan roket di pangkalan sementara itu, lebih dari 60 prajurit tewas."
    at = norm.index("lebih")
    assert figure_scope(norm, at, at + 14).scope == "incident"


# --- period dates against the publication date ----------------------------------------------------


@pytest.mark.parametrize(
    ("words", "scope", "start", "end"),
    [
        ("in the past 24 hours", "period", "2021-03-16", "2021-03-17"),
        ("dalam 24 jam terakhir", "period", "2021-03-16", "2021-03-17"),
        ("overnight", "period", "2021-03-16", "2021-03-17"),
        ("today", "period", "2021-03-17", "2021-03-17"),
        ("kemarin", "period", "2021-03-16", "2021-03-16"),
        ("pekan ini", "period", "2021-03-15", "2021-03-17"),
        ("last week", "period", "2021-03-08", "2021-03-14"),
        ("in the past 3 days", "period", "2021-03-14", "2021-03-17"),
        ("since 7 October last year", "cumulative", "2020-10-07", "2021-03-17"),
        ("sejak 1 Maret", "cumulative", "2021-03-01", "2021-03-17"),
        ("since the war began", "cumulative", None, None),
    ],
)
def test_period_dates(words: str, scope: str, start: str | None, end: str | None) -> None:
    norm = f"Officials said 20 people were killed {words}."
    at = norm.index("20")
    found = period_of(norm, at, at + 2, scope, PUBLISHED)
    assert tuple(d.isoformat() if d else None for d in found) == (start, end)


def test_period_dates_reach_the_record(gazetteer: Gazetteer) -> None:
    claim = one("The health ministry said 52 Palestinians had been killed in the past 24 hours.", gazetteer)
    assert (claim.scope, claim.period_start, claim.period_end) == ("period", "2021-03-16", "2021-03-17")
    claim = one("Menurut kementerian, 2.100 warga tewas sejak 7 Oktober tahun lalu.", gazetteer, "id")
    assert (claim.scope, claim.period_start, claim.period_end) == ("cumulative", "2020-10-07", "2021-03-17")
    assert claim.date != claim.period_start  # the start of the count is not the claim's date


def test_no_period_without_publication_date(gazetteer: Gazetteer) -> None:
    [claim] = casualties("Officials said 20 people were killed in the past 24 hours.", gazetteer, published="")
    assert (claim.scope, claim.period_start, claim.period_end) == ("period", None, None)


# --- place ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Medics said 12 people were killed in Ridgeford on Monday.", "en", "Ridgeford"),
        ("Sedikitnya 9 orang tewas di Khan Younis, kata petugas medis.", "id", "Khan Younis"),
        ("Two women were hurt in the Fastiv district, officials said.", "en", "Fastiv district"),
        ("Serangan itu menewaskan lima warga di desa Tell Harra, kata saksi.", "id", "desa Tell Harra"),
        ("Officials said 40 people were wounded.", "en", None),
        ("The governor said rockets hit the town of Marlow overnight, killing three people.", "en", "Marlow"),
        ("Polisi mengatakan artileri menghantam kota Sendang, menewaskan empat warga.", "id", "Sendang"),
    ],
)
def test_place_as_written(gazetteer: Gazetteer, text: str, lang: str, place: str | None) -> None:
    assert one(text, gazetteer, lang).place == place


# --- increments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "low", "unit"),
    [
        ("Officials said 15 more soldiers were killed.", "en", 15, "soldiers killed"),
        ("Rescuers said another 20 people had been killed in the city.", "en", 20, "deaths"),
        ("Kementerian melaporkan 4 korban jiwa baru.", "id", 4, "deaths"),
        ("Jumlah korban tewas bertambah 12 orang, kata pejabat itu.", "id", 12, "deaths"),
    ],
)
def test_increments(gazetteer: Gazetteer, text: str, lang: str, low: int, unit: str) -> None:
    claim = one(text, gazetteer, lang)
    assert (claim.increment, claim.quantity_min, claim.unit) == (True, low, unit)


def test_one_other_after_a_figure_is_no_increment(gazetteer: Gazetteer) -> None:
    text = "Rudal itu menewaskan tiga orang dan melukai satu orang lagi, kata gubernur."
    assert [c.increment for c in casualties(text, gazetteer, "id")] == [False, False]


def test_rising_to_is_a_total_not_an_increment(gazetteer: Gazetteer) -> None:
    claim = one("Jumlah korban tewas bertambah menjadi 47 orang, kata pejabat itu.", gazetteer, "id")
    assert (claim.increment, claim.scope) == (False, "cumulative")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(n=st.integers(min_value=2, max_value=99_999), noun=st.sampled_from(["soldiers", "civilians", "people"]))
def test_any_n_more_is_an_increment_of_at_least_n(gazetteer: Gazetteer, n: int, noun: str) -> None:
    text = f"Officials said {n:,} more {noun} were killed."
    claim = one(text, gazetteer)
    assert claim.increment and claim.quantity_min == n
    assert claim.unit is not None and "wounded" not in claim.unit


def test_increment_scope_helper_needs_the_words_next_to_the_figure() -> None:
    norm = "Another 20 people were killed."
    [qty] = find_quantities(norm)
    assert figure_scope(norm, qty.start, qty.end).increment


# --- whose losses: possessives, demonyms, civilians' nationality, "all parties" only when said -------


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Azerbaijan's defence ministry said 40 of its soldiers were killed.", "en", "Azerbaijan"),
        ("Kementerian Pertahanan Armenia mengatakan 12 tentara mereka tewas.", "id", "Armenia"),
        ("Kementerian Pertahanan Armenia menyebut 31 tentaranya gugur.", "id", "Armenia"),
        ("Kementerian Pertahanan Armenia melaporkan 9 korban tewas dari pihak mereka.", "id", "Armenia"),
        ("The Azerbaijani Defence Ministry said 15 Armenian soldiers were killed.", "en", "Armenia"),
        ("Kementerian Pertahanan Rusia mengatakan 200 tentara Ukraina tewas.", "id", "Ukraine"),
        ("Sedikitnya 30 warga Palestina tewas, kata petugas medis.", "id", "Palestine"),
        ("Baku said 11 Azerbaijani civilians were killed.", "en", "Azerbaijan"),
        ("Moskow mengatakan enam personel penjaga perdamaian Rusia tewas.", "id", "Russia"),
        ("Menurut Moskow, 300 tentara dan milisi Ukraina tewas.", "id", "Ukraine"),
        ("Officials said Nagorno-Karabakh's military death toll had reached 1,177.", "en", "Nagorno-Karabakh"),
    ],
)
def test_victims_side(gazetteer: Gazetteer, text: str, lang: str, subject: str) -> None:
    assert one(text, gazetteer, lang).subject.split("; ")[0] == subject


def test_civilians_keep_their_nationality(gazetteer: Gazetteer) -> None:
    # a party reporting civilians counts its own; the place the figure is about gives the nationality
    assert one("Azerbaijan said 42 civilians had been killed so far.", gazetteer).subject == "Azerbaijan"
    assert one("Medics said 18 civilians were killed in Lebanon on Monday.", gazetteer).subject == "Lebanon"
    # nobody's side known: civilians, never "all parties"
    assert one("Medics said 18 civilians were killed on Monday.", gazetteer).subject == "civilians"


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Medics said Israeli strikes killed 30 people in Lebanon.", "en", "Lebanon; Israel"),
        ("Six residents were wounded by the RSF shelling, activists said.", "en", "civilians; Rapid Support Forces"),
        ("Serangan udara Israel menewaskan 14 orang di Lebanon, kata kementerian.", "id", "Lebanon; Israel"),
    ],
)
def test_inflictor_follows_the_victims(gazetteer: Gazetteer, text: str, lang: str, subject: str) -> None:
    assert one(text, gazetteer, lang).subject == subject


@pytest.mark.parametrize(
    ("text", "lang", "subject"),
    [
        ("Witnesses said 25 people were killed on Sunday.", "en", "people"),
        ("Ratusan orang tewas, kata warga.", "id", "people"),
        ("Officials said 2,000 people have been killed on both sides.", "en", "all parties"),
        ("Sedikitnya 500 orang tewas di kedua belah pihak, kata pengamat.", "id", "all parties"),
        ("The war has claimed over 10,000 lives since 2015, analysts said.", "en", "all parties"),
    ],
)
def test_all_parties_only_when_the_text_says_so(gazetteer: Gazetteer, text: str, lang: str, subject: str) -> None:
    assert one(text, gazetteer, lang).subject == subject


def test_a_doctors_network_has_no_side(gazetteer: Gazetteer) -> None:
    claim = one("The Sudan Doctors Network said 40 people were killed on Monday.", gazetteer)
    assert claim.subject == "people"


# --- bound words ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("mencapai 47.306", 47306, 47306),  # the toll reached: exactly, not "at most"
        ("reached 47,306", 47306, 47306),
        ("sebanyak 1.245", 1245, 1245),
        ("a total of 25,105", 25105, 25105),
        ("lebih dari 550", 551, None),
        ("lebih 300", 301, None),
        ("more than 200", 201, None),
        ("sedikitnya 46", 46, None),
        ("sedikitnya ada 777", 777, None),
        ("at least 12", 12, None),
        ("hampir 200", None, 199),
        ("nearly 60", None, 59),
        ("hingga 30", None, 30),
        ("up to 30", None, 30),
        ("kurang lebih 40", 40, 40),
    ],
)
def test_bound_words(words: str, low: int | None, high: int | None) -> None:
    [qty] = find_quantities(f"Pejabat itu menyebut {words} orang tewas.")
    assert (qty.minimum, qty.maximum) == (low, high)


def test_toll_reached_is_exact_in_a_claim(gazetteer: Gazetteer) -> None:
    claim = one("Jumlah korban tewas di Gaza mencapai 47.306 orang sejak 7 Oktober 2023.", gazetteer, "id")
    assert (claim.quantity_min, claim.quantity_max, claim.scope) == (47306, 47306, "cumulative")


def test_bringing_its_toll_to_a_figure_is_the_speakers_running_total() -> None:
    from kb.actors import Gazetteer
    from tests.extraction import of_type, run

    text = "The Israeli army said two soldiers were killed in the north, bringing its toll in the operation to 318."
    found = {c.quantity_min: c for c in of_type(run(text, Gazetteer.load()), "casualty")}
    assert set(found) == {2, 318}
    assert (found[318].scope, found[318].subject, found[318].unit) == ("cumulative", "Israel", "deaths")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("In a week more than 70 soldiers were killed in the raids, the militia said.", "en"),
        ("Dalam sepekan, sedikitnya 70 tentara tewas dalam serangan itu, kata kelompok itu.", "id"),
    ],
)
def test_a_week_is_a_period_over_the_attacks_it_counts(gazetteer: Gazetteer, text: str, lang: str) -> None:
    assert one(text, gazetteer, lang).scope == "period"
