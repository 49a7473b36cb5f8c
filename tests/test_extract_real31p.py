"""Session 31 (issue 13, extract31p): claims found and claims wrongly found, fixed as mechanisms and pinned with
sentences written here (never a real article's), near misses included; every positive case fails on the code
before the session.

- a passage of history goes on (``history``): after a sentence set in a past year, the reporter's sentences that
  tell the same old war with no time of their own are background too (an earlier war's toll, an old armistice);
  an undated article that counts from a decade ("the worst since the 1990s") is written after it (``past_years``);
- a threat or vow is a position whatever toll its sentence gives (``positions``, ``claims._coordinated_vow``): in a
  clause after the reporter's toll ("... died after the group threatened to ...") and coordinated with a saying that
  reports a toll ("X said ..., killing two, and threatened to ..."); beside an accusing verb it answers the charge.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from kb.extract import extract_claims
from kb.pipeline.article import Article
from tests.extraction import OUTLET, run_as

# --- a passage of history goes on ---------------------------------------------------------------------------------

_HISTORY_EN = [
    ("The province broke away from the republic in 1992. The war that followed dragged on for four years. "
     "Around 20,000 people were killed in the war, most of them villagers."),
    ("The two countries signed an armistice in 1995 after long hostilities. The armed conflict ended with that "
     "armistice, but skirmishes flare up along the border."),
    ("Militias seized the valley in 1999.\n\nIn five years of war, more than 12 thousand people died."),
]
_HISTORY_ID = [
    ("Provinsi itu memisahkan diri pada tahun 1992. Perang yang menyusul berlangsung empat tahun. "
     "Sekitar 20.000 orang tewas dalam perang itu, kebanyakan penduduk desa."),
    ("Kedua negara menandatangani gencatan senjata pada tahun 1995 setelah permusuhan yang panjang. "
     "Konflik bersenjata itu berakhir dengan gencatan senjata, tetapi bentrokan kecil kerap terjadi."),
]


@pytest.mark.parametrize("text", _HISTORY_EN)
def test_history_goes_on_in_english(text: str, gazetteer: Gazetteer) -> None:
    """An old war's toll and an old armistice, told after the year that sets the passage, are no claims."""
    assert [(c.type, text[c.start:c.end]) for c in run_as(text, gazetteer, "en")] == []


@pytest.mark.parametrize("text", _HISTORY_ID)
def test_history_goes_on_in_indonesian(text: str, gazetteer: Gazetteer) -> None:
    assert [(c.type, text[c.start:c.end]) for c in run_as(text, gazetteer, "id")] == []


@pytest.mark.parametrize(("text", "lang", "kind"), [
    # a time of its own: the news after the history
    ("The province broke away in 1992. The war has killed 300 people since Monday, officials said.", "en", "casualty"),
    ("The province broke away in 1992. At least 40 people died in the war this week.", "en", "casualty"),
    ("Provinsi itu memisahkan diri pada tahun 1992. Sejauh ini 40 orang tewas dalam perang.", "id", "casualty"),
    # no war told: the history does not reach it
    ("The province broke away in 1992. At least 40 people died in shelling of the capital.", "en", "casualty"),
    ("Perundingan terhenti sejak tahun 1994. Pengumuman pembicaraan di Wina datang setelah para mediator bertemu "
     "dengan kedua menteri luar negeri.", "id", "talks"),
    # a year or three before the article (2024) starts the war it reports: no history
    ("War broke out between the army and the rebels in 2022. At least 9,000 people died in the war.", "en", "casualty"),
    ("Perang antara tentara dan pemberontak pecah pada tahun 2022. Sedikitnya 9.000 orang tewas dalam perang itu.",
     "id", "casualty"),
    # a speaker's words are news whatever they recall
    ("The province broke away in 1992. \"Our soldiers were killed in the war,\" the minister said, adding that "
     "12 soldiers died.", "en", "casualty"),
])
def test_news_after_history_stays(text: str, lang: str, kind: str, gazetteer: Gazetteer) -> None:
    assert any(c.type == kind for c in run_as(text, gazetteer, lang))


def test_history_stops_at_news(gazetteer: Gazetteer) -> None:
    """The mark passes from sentence to sentence, never past one that is news."""
    text = ("The province broke away in 1992. Fighting resumed this week near the capital. "
            "About 30 people were killed in the war, medics said.")
    assert any(c.type == "casualty" for c in run_as(text, gazetteer, "en"))


# --- a threat or vow is a position whatever toll its sentence gives -----------------------------------------------

_ODESA_EN = ("Ukraine said Russian forces fired missiles at Odesa, killing two residents, and {verb} by destroying "
             "military bases in Crimea.")
_ODESA_ID = ("Ukraina mengatakan pasukan Rusia menembakkan rudal ke Odesa hingga menewaskan dua warga, dan {verb} "
             "dengan menghancurkan pangkalan militer di Krimea.")


def _statements(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.rule) for c in run_as(text, gazetteer, lang) if c.type == "statement"]


@pytest.mark.parametrize(("text", "lang", "speaker"), [
    (_ODESA_EN.format(verb="threatened to retaliate"), "en", "Ukraine"),
    (_ODESA_ID.format(verb="mengancam akan membalas"), "id", "Ukraine"),
    ("Two residents died in the strike after the Houthis threatened to attack American ships in the Red Sea.", "en",
     "Houthis"),
    ("Dua warga tewas dalam serangan itu setelah kelompok Houthi mengancam akan menyerang kapal-kapal Amerika di Laut "
     "Merah.", "id", "Houthis"),
])
def test_a_threat_beside_a_toll_is_a_statement(text: str, lang: str, speaker: str, gazetteer: Gazetteer) -> None:
    """The toll stays the casualty claim it was; the threat is the speaker's statement besides."""
    claims = run_as(text, gazetteer, lang)
    assert any(c.type == "casualty" for c in claims)
    assert [s for s, _ in _statements(text, gazetteer, lang)] == [speaker]


@pytest.mark.parametrize(("text", "lang"), [
    # beside an accusing verb the vow answers the charge: the accusation says it
    ("Azerbaijan described the shelling of Barda as a war crime and vowed to take revenge on Armenia.", "en"),
    # another verb coordinated with the saying is still the saying's words
    ("Ukraine said Russian forces fired missiles at Odesa, killing two residents, and added that the port was closed "
     "to ships.", "en"),
    # a vow whose own words tell deaths is a casualty report, typed or missed, as before
    ("Hezbollah threatened to avenge the deaths of its fighters killed by Israel.", "en"),
    ("Hizbullah mengancam akan membalas kematian para pejuangnya yang dibunuh Israel.", "id"),
])
def test_no_statement_from_other_vows(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _statements(text, gazetteer, lang) == []


# --- an undated article that counts from a decade is written after it -----------------------------------------------

def _undated(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[str, str]]:
    """The claims of ``text`` with no publication date: the reference year is what the text names."""
    article = Article(text=text, lang=lang, outlet=OUTLET)
    return [(c.type, text[c.start:c.end]) for c in extract_claims(article, gazetteer)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Sunday's clashes in the valley were the worst since the 1990s, when about 25,000 people were killed.", "en"),
    ("Bentrokan di lembah itu pada hari Minggu adalah yang terburuk sejak 1990-an, ketika sekitar 25.000 orang "
     "tewas.", "id"),
    # the decade dates the whole background: its "in 1992" is history, and so is the war's toll after it
    ("Hostility between the two states goes back to the 1990s, and clashes this week were the worst since the "
     "1990s. The province broke away in 1992. Some 25,000 people died in that war.", "en"),
])
def test_an_undated_article_is_written_after_the_decade_it_counts_from(text: str, lang: str,
                                                                         gazetteer: Gazetteer) -> None:
    assert _undated(text, gazetteer, lang) == []


@pytest.mark.parametrize(("text", "lang"), [
    # a year, not a decade: the article may be of that year (session 34: a figure in the yardstick's own
    # "when" clause is that past's, never news, ``recalled``; today's toll beside the yardstick stays)
    ("Sunday's clashes in the valley, the worst since 2016, killed about 250 people.", "en"),
    # this week's toll, told by a speaker, stays news
    ("Clashes this week killed 40 soldiers, the ministry said. They were the worst since the 1990s.", "en"),
])
def test_an_undated_article_keeps_its_news(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert any(kind == "casualty" for kind, _ in _undated(text, gazetteer, lang))


# --- second round: parties ------------------------------------------------------------------------------------------
# The striker named with the day after it ("Russian forces on Tuesday shelled ...", "Pasukan Rusia pada Selasa (3/5)
# menggempur ...") is still the subject that struck (``inflictors._WHEN_AFTER``).

def _toll_parties(text: str, gazetteer: Gazetteer, lang: str) -> list[str | None]:
    return [c.subject for c in run_as(text, gazetteer, lang) if c.type == "casualty"]


@pytest.mark.parametrize(("text", "lang", "striker"), [
    ("Russian forces on Tuesday shelled a market in the town of Kherson, killing six shoppers.", "en", "Russia"),
    ("The Israeli army early on Sunday launched strikes on a camp in Rafah, killing nine residents.", "en", "Israel"),
    ("Russian troops on May 3, 2024 bombed a depot near the town, killing four workers.", "en", "Russia"),
    ("Pasukan Rusia pada Selasa (3/5) menggempur sebuah pasar di kota Kherson, menewaskan enam warga.", "id",
     "Russia"),
    ("Militer Myanmar pada 8 Januari 2024, melancarkan serangan udara ke sebuah desa di Sagaing, menghancurkan "
     "puluhan rumah dan menyebabkan lebih dari 30 orang tewas.", "id", "Myanmar military government"),
])
def test_the_striker_with_its_day_after_it_struck(text: str, lang: str, striker: str, gazetteer: Gazetteer) -> None:
    subjects = _toll_parties(text, gazetteer, lang)
    assert subjects and all(striker in (s or "").split("; ") for s in subjects), subjects


@pytest.mark.parametrize(("text", "lang", "party"), [
    # a day after a speaker is when it spoke; it struck nobody
    ("Russia on Tuesday said six shoppers were killed in Kherson.", "en", "Russia"),
    ("Kementerian Kesehatan Gaza pada Selasa mengatakan enam warga tewas di Rafah.", "id", "Palestine"),
])
def test_a_speaker_with_its_day_after_it_struck_nobody(text: str, lang: str, party: str,
                                                       gazetteer: Gazetteer) -> None:
    assert all(not (s or "").endswith("; " + party) for s in _toll_parties(text, gazetteer, lang))


# A verb coordinated with an accusing one shares its speaker, written before it ("X menuduh Y ... dan mengancam akan
# ..."): it credits no words before it, and the accusation's words keep their accused (``frame_scope.scope_of``).

@pytest.mark.parametrize(("text", "lang"), [
    ("Presiden Azerbaijan menuduh pasukan Armenia memulai serangan itu dan mengancam akan menghukum mereka.", "id"),
    ("Menteri pertahanan Rusia menuduh pasukan Ukraina menembaki desa itu dan berjanji akan membalas mereka.", "id"),
])
def test_a_coordinated_vow_leaves_the_accused(text: str, lang: str, gazetteer: Gazetteer) -> None:
    accused = [c.subject for c in run_as(text, gazetteer, lang) if c.type == "accusation"]
    assert accused and "unidentified party" not in accused, accused


# An accusation naming a crime and no party ("described the attack as a war crime", "adalah kejahatan perang")
# accuses the article's attacker, as a crime reported with nobody named doing it does (``claims._crime_doer``).

_FRONT_EN = ("Azerbaijan and Armenia traded fire along the front on Saturday. Armenian forces shelled the city of "
             "Ganja, killing 13 people, the Azerbaijani Defence Ministry said. Armenian forces also shelled Barda, "
             "killing four civilians, officials said. ")
_FRONT_ID = ("Pertempuran antara Azerbaijan dan Armenia berlanjut pada hari Sabtu. Pasukan Armenia menggempur kota "
             "Ganja, menewaskan 13 orang, kata Kementerian Pertahanan Azerbaijan. Pasukan Armenia juga menggempur "
             "Barda, menewaskan empat warga sipil, kata para pejabat. ")


def _accused_by(text: str, gazetteer: Gazetteer, lang: str, speaker: str) -> list[str | None]:
    return [c.subject for c in run_as(text, gazetteer, lang) if c.type == "accusation" and c.speaker == speaker]


@pytest.mark.parametrize(("text", "lang"), [
    (_FRONT_EN + "Ilham Aliyev said the shelling of Ganja on Saturday was a war crime.", "en"),
    (_FRONT_EN + "Ilham Aliyev called the shelling of homes in Barda a crime against humanity.", "en"),
    (_FRONT_ID + "Presiden Azerbaijan Ilham Aliyev menyebut serangan terhadap warga di Ganja sebagai kejahatan "
                 "perang.", "id"),
])
def test_a_crime_named_without_its_doer_accuses_the_attacker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _accused_by(text, gazetteer, lang, "Ilham Aliyev") == ["Armenia"]


@pytest.mark.parametrize(("text", "lang"), [
    # a doer named by its kind, whom the gazetteer does not know: never replaced by the article's attacker
    (_FRONT_EN + "Ilham Aliyev said the militia was covering up war crimes in Barda.", "en"),
    (_FRONT_EN + "Ilham Aliyev said the regime had committed war crimes in the villages.", "en"),
])
def test_a_crime_with_a_doer_named_keeps_it(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert "Armenia" not in _accused_by(text, gazetteer, lang, "Ilham Aliyev")


def test_the_attackers_own_side_is_not_accused_of_a_crime(gazetteer: Gazetteer) -> None:
    """Yerevan, calling an attack a war crime, does not accuse its own side (the article's attacker)."""
    text = _FRONT_EN + "Armenian Prime Minister Nikol Pashinyan said the attack on Stepanakert was a war crime."
    assert "Armenia" not in _accused_by(text, gazetteer, "en", "Nikol Pashinyan")


# Whose word a toll is, and who condemned the strike, struck nobody (``inflictors._ISSUER_BEFORE``): "which according
# to the AAPP has killed ...", "yang menurut AAPP sudah menewaskan ...", "drawing condemnation from the United Nations".

@pytest.mark.parametrize(("text", "lang", "party"), [
    ("The army's crackdown, which according to the AAPP has killed about 900 protesters, went on.", "en",
     "Assistance Association for Political Prisoners"),
    ("Operasi militer itu, yang menurut AAPP telah menewaskan sekitar 900 demonstran, terus berlanjut.", "id",
     "Assistance Association for Political Prisoners"),
    ("An air strike on a village in Sagaing killed 40 people on Tuesday, drawing condemnation from the United Nations.",
     "en", "United Nations"),
])
def test_a_source_or_a_critic_is_no_striker(text: str, lang: str, party: str, gazetteer: Gazetteer) -> None:
    subjects = _toll_parties(text, gazetteer, lang)
    assert subjects and all(party not in (s or "").split("; ") for s in subjects), subjects


@pytest.mark.parametrize(("text", "lang"), [
    # fire from a party, and a toll by it, still name it
    ("Five people were killed by shelling from Russia near the village.", "en"),
    ("Lima orang tewas akibat serangan pasukan Rusia di dekat desa itu.", "id"),
])
def test_fire_from_a_party_names_the_striker(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert any("Russia" in (s or "").split("; ") for s in _toll_parties(text, gazetteer, lang))


# The war itself as the killer is every side's toll (``sides._WAR_KILLER``: "perang ini telah menyebabkan ... tewas");
# the state owning a civil war is the war's place, not the victims' side (``war_tolls.war_place``).

@pytest.mark.parametrize(("text", "lang"), [
    ("The fall of the base was a watershed in Yemen's civil war, which had killed more than 5,000 people and "
     "displaced millions.", "en"),
    ("Konflik bersenjata itu telah menyebabkan ribuan orang tewas dan jutaan warga mengungsi.", "id"),
    ("Pertempuran sengit di perbatasan telah menyebabkan ratusan orang tewas sejak bulan lalu.", "id"),
])
def test_the_war_as_the_killer_is_all_parties(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _toll_parties(text, gazetteer, lang) and set(_toll_parties(text, gazetteer, lang)) == {"all parties"}


@pytest.mark.parametrize(("text", "lang"), [
    # an author's war is the author's; an attack that caused deaths is its striker's
    ("The fall of the base was a watershed in Russia's war, which had killed 5,000 civilians.", "en"),
    ("Serangan udara Israel itu telah menyebabkan 12 orang tewas di Rafah.", "id"),
])
def test_an_authors_war_or_an_attack_is_no_all_parties_toll(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert "all parties" not in _toll_parties(text, gazetteer, lang)


# --- second round: scope -----------------------------------------------------------------------------------------
# The toll the war itself caused runs from the war's start (``scope._WAR_CAUSE``, as ``sides._WAR_KILLER``): a
# running total; an attack that caused deaths stays its own incident.

_MARKET = "Sedikitnya 20 orang tewas di sebuah pasar di Omdurman dalam serangan pasukan RSF pada hari Senin. "


@pytest.mark.parametrize(("text", "lang", "scope"), [
    # after an incident's toll, the war's own toll is no part of that incident
    (_MARKET + "Perang itu telah menyebabkan puluhan ribu orang tewas dan memicu krisis pangan terburuk.", "id",
     "cumulative"),
    (_MARKET + "Konflik bersenjata itu sudah menyebabkan lebih dari 8.000 orang tewas.", "id", "cumulative"),
    (_MARKET + "Serangan udara itu telah menyebabkan 12 orang lainnya tewas di Omdurman.", "id", "incident"),
])
def test_the_wars_own_toll_is_a_running_total(text: str, lang: str, scope: str, gazetteer: Gazetteer) -> None:
    scopes = [c.scope for c in run_as(text, gazetteer, lang) if c.type == "casualty"][1:]
    assert scopes and set(scopes) == {scope}, scopes


# --- third round: accusations missed (extract31p3) -----------------------------------------------------------------
# The reporter's main clause before a source named only in a subordinate one is the outlet's
# (``claims._main_clause``): "X has been accused of ..., when the group declared that ..." lost its passive charge.

def _accusations(text: str, gazetteer: Gazetteer, lang: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.subject) for c in run_as(text, gazetteer, lang) if c.type == "accusation"]


@pytest.mark.parametrize(("text", "lang"), [
    ("The RSF has been accused of mass killings in the town since Friday, when the paramilitary force declared "
     "that it held the town.", "en"),
    ("RSF dituduh melakukan kekejaman besar di kota itu sejak Minggu, ketika kelompok paramiliter itu menyatakan "
     "bahwa mereka telah merebut kota itu.", "id"),
])
def test_the_reporters_charge_before_a_subordinate_source(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _accusations(text, gazetteer, lang) == [(OUTLET, "Rapid Support Forces")]


@pytest.mark.parametrize(("text", "lang"), [
    # the main clause tells no charge: the subordinate source's words stay its own, and nothing is the outlet's
    ("The town fell to the RSF on Friday, when the paramilitary force declared that it held the town.", "en"),
    ("Kota itu jatuh ke tangan RSF pada hari Minggu, ketika kelompok paramiliter itu menyatakan bahwa mereka telah "
     "merebut kota itu.", "id"),
])
def test_a_main_clause_without_a_charge_stays_no_claim(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _accusations(text, gazetteer, lang) == []


# Starting the fighting with no article before it (the seeds README: blame for starting hostilities):
# "said that Kyiv had started fighting" was a statement.

def test_started_fighting_blames_the_starter(gazetteer: Gazetteer) -> None:
    text = "Moscow said that Kyiv had started fighting near the border and that its units pushed back."
    assert any(subject == "Ukraine" for _, subject in _accusations(text, gazetteer, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Villagers started fighting the fire before dawn, a local official said.", "en"),
    ("Fighting started near the border on Sunday, Moscow said.", "en"),
    ("Pertempuran dimulai di dekat perbatasan pada hari Minggu, kata Moskow.", "id"),
])
def test_fighting_that_started_blames_nobody(text: str, lang: str, gazetteer: Gazetteer) -> None:
    assert _accusations(text, gazetteer, lang) == []


# Launches told in the passive with where they came from, by the phrase "carried out" (``attacks._FIRED_FROM``): such
# launches blamed nobody, where "rockets were fired from" named the party the place belongs to.

@pytest.mark.parametrize("text", [
    "Baku's defence ministry said its trackers showed the launches had been carried out from Armenian land.",
    "The ministry in Baku said the drone launches were carried out from Armenian soil overnight.",
])
def test_launches_carried_out_from_a_party(text: str, gazetteer: Gazetteer) -> None:
    assert any(subject == "Armenia" for _, subject in _accusations(text, gazetteer, "en"))


@pytest.mark.parametrize("text", [
    # no party where they came from, or the speaker's own launches
    "The defence ministry in Baku said the launches were carried out from the mountains.",
    "Armenia's defence ministry said its test launches were carried out from Armenian land in a drill.",
])
def test_launches_from_nowhere_named_or_ones_own(text: str, gazetteer: Gazetteer) -> None:
    assert all(subject != "Armenia" for _, subject in _accusations(text, gazetteer, "en"))


# A crime named in quotation marks after "described ... as" (``lexicon_after._DESCRIBED_AS``): the verb of naming
# opened no frame when a quotation mark stood before the adjective, and the reporter took the words.

_STRUCK = "An Israeli drone hit a shelter in Khan Younis on Monday, a rescue official told reporters. "


def test_a_crime_named_in_quotation_marks_is_named(gazetteer: Gazetteer) -> None:
    text = _STRUCK + "Rescuer Omar Nasser described the strike as a \u201cdeliberate massacre\u201d of families."
    assert ("Omar Nasser", "Israel") in _accusations(text, gazetteer, "en")


def test_a_quoted_description_without_a_crime_is_no_claim(gazetteer: Gazetteer) -> None:
    text = _STRUCK + "Rescuer Omar Nasser described the shelter as a \u201cplace of last refuge\u201d for families."
    assert all(speaker != "Omar Nasser" for speaker, _ in _accusations(text, gazetteer, "en"))


# The attacker after "when" in a sentence that tells no toll before it (``attack_agents._WHEN``): "the tragedy occurred
# when US warplanes struck homes" put more than six words before the verb, and its subject was not read.  After a
# toll ("five died when X shelled ...") the clause is the toll's cause and reads as it did.

@pytest.mark.parametrize("text", [
    "The worst night for the town came when Russian army units shelled its covered market, according to residents.",
    "The blaze at the depot began late on Sunday when Russian army units shelled it, the mayor's office said.",
])
def test_the_attacker_after_when_is_read(text: str, gazetteer: Gazetteer) -> None:
    assert any(subject == "Russian Armed Forces" for _, subject in _accusations(text, gazetteer, "en"))


@pytest.mark.parametrize(("text", "lang"), [
    ("Five shoppers were killed on Monday when Russian troops shelled the market in the town, residents said.", "en"),
    ("Lima orang tewas pada hari Senin ketika pasukan Rusia menembaki pasar di kota itu, kata warga setempat.", "id"),
])
def test_after_a_toll_the_when_clause_reads_as_before(text: str, lang: str, gazetteer: Gazetteer) -> None:
    kinds = sorted(c.type for c in run_as(text, gazetteer, lang))
    assert kinds == ["accusation", "casualty"], kinds
