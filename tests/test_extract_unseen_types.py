"""A second "unseen" check (issue 13, fifth round): what was claimed, in wording the rules were not written from.

Thirty-one sentences, each the project's own (never an article's), written in the styles of wires (Reuters,
AP, AFP), Indonesian dailies and agencies (Antara, Kompas) and regional sites, before the rules that now pass
them were written: 30 of them failed on the rules of round 4 (the 31st, "holds the RSF responsible", passed
and stays as a guard of the blame predicate).  Each pins a mechanism, not a sentence:

- accusations with no accusing verb: a passive attack with its agent ("was fired by", "came under fire
  from", "ditembaki pasukan X"), blame as a predicate ("X was responsible for", "X bertanggung jawab atas",
  "holds X responsible"), military use of civilians or civilian sites ("using ... as human shields",
  "menggunakan rumah sakit sebagai pusat komando"), and more wrongdoing verbs (ambushes, terror, chemical
  weapons);
- denials with no denying verb, or with one the lexicon listed only with some objects: a claim called
  false ("called the report false", "said the allegations were absurd", "menyebut laporan itu sebagai
  berita palsu"), any rejecting verb before a claim noun ("refuted the accusations", "menolak tudingan",
  "rejected Moscow's account"), and a speaker saying it "had nothing to do with" an act;
- tolls written without a digit: "a dozen", "two dozen", "a family of five", "several soldiers were
  killed", a bare "Eight killed as ..." headline, "menelan korban jiwa 14 orang";
- a statement needs a position: watching events is none.
"""

from __future__ import annotations

import pytest

from kb.actors import Gazetteer
from tests.extraction import of_type, run


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


# --- accusations without an accusing verb ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a passive attack names its agent after "by", "from", or (Indonesian) right after the verb
        ("Kyiv said the missile that hit the apartment block was fired by Russian forces from Belgorod.",
         {"Russian Armed Forces", "Russia"}),
        ("Armenia said its positions came under fire from Azerbaijani troops near Jermuk overnight.",
         {"Azerbaijan", "Azerbaijani Armed Forces"}),
        ("Posisi tentara Azerbaijan ditembaki pasukan Armenia di distrik Tovuz, kata Kementerian Pertahanan "
         "Azerbaijan.", {"Armenia", "Armenian Armed Forces"}),
        ("The UN rights office described the killing of aid workers by RSF fighters as a war crime.",
         {"Rapid Support Forces"}),
        # blame written as a predicate of the accused
        ("Juru bicara Hamas mengatakan Israel bertanggung jawab penuh atas nasib para sandera.", {"Israel"}),
        ("Ukraine's foreign ministry said Moscow was fully responsible for the deaths of the prisoners.",
         {"Russia"}),
        ("Sudan's army holds the RSF responsible for the massacre in Wad al-Nourah.", {"Rapid Support Forces"}),
        # military use of civilians or civilian sites
        ("The Sudanese army said the RSF was using residents of El Fasher as human shields.",
         {"Rapid Support Forces"}),
        ("Militer Israel mengatakan Hamas menggunakan rumah sakit sebagai pusat komando.", {"Hamas"}),
        # wrongdoing verbs the lexicon lacked
        ("A Ukrainian commander said Russian units were using chemical weapons near Bakhmut.", {"Russia"}),
        ("Russia continues to deliberately terrorise civilians, Zelenskiy said in his nightly address.",
         {"Russia"}),
        ("Myanmar's junta said the rebels had ambushed a military convoy in Shan state.", {"rebels"}),
    ],
)
def test_accusations_without_an_accusing_verb(gazetteer: Gazetteer, text: str, accused: set[str]) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert len(accusations) == 1, [(c.type, c.speaker, c.subject) for c in run(text, gazetteer)]
    assert accusations[0].subject in accused
    assert accusations[0].allegation


# --- denials: a claim called false, any rejecting verb before a claim noun --------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The RSF refuted the accusations, calling them baseless propaganda.", "Rapid Support Forces"),
        ("Israel called the report false and said its forces abide by international law.", "Israel"),
        ("Militer Myanmar menolak tudingan telah membakar desa-desa di Sagaing.", "Myanmar military government"),
        ("Baku dismissed Yerevan's claims as \"an outright lie\".", "Government of Azerbaijan"),
        ("The Kremlin said the allegations were \"absurd\" and had nothing to do with reality.", "Kremlin"),
        ("The RSF said it had nothing to do with the killings in the camp.", "Rapid Support Forces"),
        ("Kementerian Pertahanan Rusia menyebut laporan itu sebagai berita palsu.", "Russian Defence Ministry"),
        ("Moscow dismissed the accusation as \"Russophobic hysteria\".", "Government of Russia"),
        ("Israel's military said the figures released by Hamas were not credible.", "Israel Defense Forces"),
        ("Kyiv rejected Moscow's account of the incident.", "Government of Ukraine"),
    ],
)
def test_denials_however_worded(gazetteer: Gazetteer, text: str, speaker: str) -> None:
    claims = run(text, gazetteer)
    assert [c.type for c in claims] == ["denial"], [(c.type, c.speaker, c.subject) for c in claims]
    assert claims[0].speaker == speaker
    assert claims[0].allegation


def test_a_casualty_report_called_fake_is_denied_not_reported(gazetteer: Gazetteer) -> None:
    """ "reports of civilian casualties were fake news": the casualties are what is denied, nobody's report."""
    claims = run("Myanmar's junta said reports of civilian casualties were \"fake news\".", gazetteer)
    assert [(c.type, c.speaker) for c in claims] == [("denial", "Myanmar military government")]


def test_a_figure_beside_a_claim_called_false_stays_the_speakers(gazetteer: Gazetteer) -> None:
    """Only the claim called false is rejected, not the speaker's own figure next to it."""
    text = "Armenia's defence ministry said 11 of its soldiers had died and called the Azerbaijani figure fabricated."
    claims = run(text, gazetteer)
    assert sorted(c.type for c in claims) == ["casualty", "denial"]
    assert of_type(claims, "casualty")[0].quantity_min == 11


# --- tolls written without a digit ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A dozen civilians were killed, the monitoring group said.", (12, 12, "civilians killed")),
        ("At least two dozen people were wounded, police said.", (24, None, "wounded")),
        ("The attack killed a family of five, rescuers said.", (5, 5, "deaths")),
        ("Eight killed as Russian missiles hit Odesa, officials say.", (8, 8, "deaths")),
        ("Serangan itu menelan korban jiwa 14 orang, kata kepala desa.", (14, 14, "deaths")),
        # no figure at all: a report of dead whose number the speaker does not give
        ("Several soldiers were killed in the clash, the Armenian defence ministry said.",
         (None, None, "soldiers killed")),
        ("Many people were killed when the shell hit the bus, witnesses said.", (None, None, "deaths")),
        # a figure opening the reported clause, no victim noun: "that 16 died"
        ("A hospital official told Reuters that 12 died overnight.", (12, 12, "deaths")),
        ("Two village elders said that at least 40 were wounded in the raid.", (40, None, "wounded")),
        ("Kepala desa mengatakan bahwa 9 tewas dalam serangan itu.", (9, 9, "deaths")),
    ],
)
def test_tolls_without_a_digit(gazetteer: Gazetteer, text: str, figure: tuple[int | None, int | None, str]) -> None:
    casualties = of_type(run(text, gazetteer), "casualty")
    assert [(c.quantity_min, c.quantity_max, c.unit) for c in casualties] == [figure]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the hurt word past an aside that breaks the figure down (the breakdown follows as its own claim)
        ("At least 31 people, including five children, were killed in the strikes on Kharkiv, the governor of the "
         "region Oleh Syniehubov said.", (31, None, "deaths")),
        ("Sedikitnya 31 orang, termasuk lima anak-anak, tewas dalam serangan itu, kata Gubernur Oleh Syniehubov.",
         (31, None, "deaths")),
        # feared, believed, reported between the figure and the hurt word
        ("Hundreds were feared dead after the strike on the market, aid groups said.", (100, 999, "deaths")),
        # "one family" is the victims' family, not a second figure
        ("Lima anggota satu keluarga tewas dalam serangan tersebut, kata kepala desa.", (5, 5, "deaths")),
    ],
)
def test_tolls_past_asides_and_hedges(
    gazetteer: Gazetteer, text: str, figure: tuple[int | None, int | None, str]
) -> None:
    """Added after the thirty, from a second batch of the project's own wire-style sentences."""
    casualties = of_type(run(text, gazetteer), "casualty")
    assert [(c.quantity_min, c.quantity_max, c.unit) for c in casualties][:1] == [figure]  # a breakdown may follow


@pytest.mark.parametrize(
    ("text", "kind", "alleged"),
    [
        # how strongly it was said stands between the speaker and the verb
        ("Turkey strongly condemned Israel's attack on the aid convoy.", "accusation", "attack on the aid convoy"),
        ("Moscow flatly denied the report.", "denial", "the report"),
        ("Hamas dengan tegas membantah tuduhan tersebut.", "denial", "tuduhan tersebut"),
        # weapons hidden among civilians
        ("Militer Israel mengklaim Hamas menyembunyikan senjata di sekolah-sekolah.", "accusation",
         "menyembunyikan senjata di sekolah-sekolah"),
    ],
)
def test_a_third_batch_of_wire_wording(gazetteer: Gazetteer, text: str, kind: str, alleged: str) -> None:
    """Added after the thirty, from a third batch of the project's own wire-style sentences."""
    (claim,) = run(text, gazetteer)
    assert (claim.type, claim.allegation) == (kind, alleged)


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a fourth batch: the author of an attack named, blame placed "on" a party, base verbs, broken truces
        ("Kyiv attributed the attack to Russian saboteurs.", "Russia"),
        ("Israel said the rocket fire was the work of Hamas.", "Hamas"),
        ("Pemerintah Sudan menyebut RSF sebagai pelaku serangan tersebut.", "Rapid Support Forces"),
        ("Moscow blamed the shelling on Ukrainian forces.", "Armed Forces of Ukraine"),
        ("Ukraine's military said Russian troops continued to shell Kherson.", "Russian Armed Forces"),
        ("Armenia said Azerbaijan had broken the truce within minutes.", "Azerbaijan"),
    ],
)
def test_a_fourth_batch_of_accusations(gazetteer: Gazetteer, text: str, accused: str) -> None:
    """Added after the thirty, from a fourth batch of the project's own wire-style sentences."""
    (accusation,) = of_type(run(text, gazetteer), "accusation")
    assert accusation.subject == accused


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # talks and ceasefires in a fifth batch: mediation under way, a truce extended, a ceasefire discussed
        ("Egypt and Qatar are mediating between Israel and Hamas, officials said.", "talks"),
        ("Israel said the truce would be extended by two days.", "ceasefire"),
        ("Kedua delegasi bertemu di Jeddah untuk membahas gencatan senjata kemanusiaan.", "talks"),
        ("The two sides met in Cairo to discuss a possible truce.", "talks"),
    ],
)
def test_talks_and_ceasefires(gazetteer: Gazetteer, text: str, kind: str) -> None:
    """Added after the thirty: a ceasefire under discussion is talks, one extended is a ceasefire claim."""
    assert [c.type for c in run(text, gazetteer)] == [kind]


@pytest.mark.parametrize(
    "text",
    ["Israel said it was not behind the strike.", "Iran mengatakan pihaknya tidak berada di balik serangan itu."],
)
def test_saying_it_was_not_behind_an_attack_is_a_denial(gazetteer: Gazetteer, text: str) -> None:
    """A negated blame word is a disavowal, not blame (added after the thirty)."""
    assert [c.type for c in run(text, gazetteer)] == ["denial"]


# --- a statement needs a position -------------------------------------------------------------


def test_a_crime_by_name_accuses_even_as_the_cause_of_a_toll(gazetteer: Gazetteer) -> None:
    """ "the massacre committed by the RSF killed ...": the cause of a toll is part of the casualty claim,
    unless it names a crime and the party that committed it (added after the thirty, from a dev miss)."""
    text = "Activists said the massacre committed by the RSF in Wad al-Nourah killed more than 100 villagers."
    (accusation,) = of_type(run(text, gazetteer), "accusation")
    assert accusation.subject == "Rapid Support Forces"
    assert of_type(run(text, gazetteer), "casualty")


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Residents told reporters that junta troops had sent two helicopters to carry out an air raid on the "
         "village.", "junta troops"),
        ("Kyiv said Russia had massed hundreds of drones near the border in order to strike power plants.", "Russia"),
        ("Witnesses said RSF fighters went from house to house, killing men and boys.", "Rapid Support Forces"),
    ],
)
def test_an_attack_verb_governed_by_another_clause_takes_its_subject(
    gazetteer: Gazetteer, text: str, accused: str
) -> None:
    """An infinitive of purpose or a participle after a comma: whoever the governing clause opens with did it
    (added after the thirty, from a dev miss, with sentences of the project's own)."""
    (accusation,) = of_type(run(text, gazetteer), "accusation")
    assert accusation.subject == accused


def test_watching_events_is_no_position(gazetteer: Gazetteer) -> None:
    assert run("The White House said it was closely following events in the region.", gazetteer) == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # nothing checkable: no party named, no number, no word of the war (added after the thirty)
        ("Officials said the situation in the city was calm on Sunday.", []),
        ("The Pentagon said it was aware of the reports.", []),
        ("Menteri itu mengatakan pihaknya sedang mempelajari insiden tersebut.", []),
        # a word of the war, a party or a number makes it a position
        ("The EU said it was deeply concerned by the escalation.", ["statement"]),
        ("Presiden Ukraina mengatakan pasukannya akan bertahan di kota itu.", ["statement"]),
    ],
)
def test_a_statement_asserts_something_checkable(gazetteer: Gazetteer, text: str, kinds: list[str]) -> None:
    assert [c.type for c in run(text, gazetteer)] == kinds


# --- sixth round: hostile acts in reported clauses, written in wordings the rules had not listed -------
# A hostile verb is a family (every tense of "pound", "besiege", "strafe"; Indonesian meN- verbs such as
# "menghujani", "mengepung"), its subject may stand in an earlier coordinated clause, shooting something
# down is defence, and a condemnation accuses only a wrongdoer it names (or the article's one attacker).


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Kyiv's general staff said Russian artillery had pounded Kupiansk since dawn.", {"Russia"}),
        ("The Palestinian health ministry said Israeli forces were besieging the Indonesian hospital.",
         {"Israel", "Israel Defense Forces"}),
        ("Russia pounds Kharkiv for a third night, Ukraine's military said.", {"Russia"}),
        ("Sudan's army said RSF drones strafed a convoy of displaced families near El Obeid.",
         {"Rapid Support Forces"}),
        ("Menurut Kementerian Kesehatan Gaza, pasukan Israel menghujani kamp Nuseirat dengan peluru artileri.",
         {"Israel", "Israel Defense Forces"}),
        ("Tentara Sudan mengatakan pasukan RSF telah mengepung kota El Fasher selama berbulan-bulan.",
         {"Rapid Support Forces"}),
    ],
)
def test_hostile_verbs_in_every_tense(gazetteer: Gazetteer, text: str, accused: set[str]) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert len(accusations) == 1, [(c.type, c.speaker, c.subject) for c in run(text, gazetteer)]
    assert accusations[0].subject in accused
    assert accusations[0].allegation


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Hamas said Israeli tanks rolled into Jabalia and opened fire on a school.",
         {"Israel", "Israel Defense Forces"}),
        ("Ukraine's military said Russian troops crossed the river near Kherson and shelled two villages.",
         {"Russian Armed Forces", "Russia"}),
        ("Kementerian Pertahanan Armenia mengatakan pasukan Azerbaijan melintasi perbatasan dan menembaki "
         "pos-pos Armenia.", {"Azerbaijan", "Azerbaijani Armed Forces"}),
        ("Hamas said Israel resumed its bombardment of Deir al-Balah overnight.", {"Israel"}),
    ],
)
def test_a_hostile_verb_coordinated_after_another_clause(gazetteer: Gazetteer, text: str, accused: set[str]) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert len(accusations) == 1, [(c.type, c.speaker, c.subject) for c in run(text, gazetteer)]
    assert accusations[0].subject in accused


@pytest.mark.parametrize(
    "text",
    [
        # shooting down is defence, not an attack by whoever shot
        "Ukrainian air defences shot down 41 drones overnight, the air force commander said.",
        "Sistem pertahanan udara Ukraina menembak jatuh 12 drone, kata Mayor Jenderal Ivan Petrenko.",
        "Ukrainian air defence crews shot down a cruise missile over Lviv, Colonel Taras Hrytsenko said.",
        # hostile words that are no hostile act of a party
        "Sudan's army said the storm damaged tents in a camp near Port Sudan.",
        "Israel's military said Hamas targets in Khan Younis were struck overnight.",
        # the speaker's own side attacking is no accusation
        "Ukraine's military said its troops pounded Russian positions near Bakhmut.",
    ],
)
def test_defence_and_own_attacks_accuse_nobody(gazetteer: Gazetteer, text: str) -> None:
    claims = run(text, gazetteer)
    assert not of_type(claims, "accusation"), [(c.type, c.speaker, c.subject) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "Turkey's foreign ministry condemned the deaths of 12 civilians in the village.",
        "The European Union strongly condemned the loss of life in the camp, where 30 people died, a spokesman said.",
        "Pemerintah Indonesia mengecam kematian 15 pengungsi di kamp itu.",
    ],
)
def test_condemning_an_event_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    """The sentence is read (its toll is a claim) and the condemnation names no wrongdoer: no accusation."""
    claims = run(text, gazetteer)
    assert of_type(claims, "casualty") and not of_type(claims, "accusation"), [
        (c.type, c.speaker, c.subject) for c in claims]


def test_condemning_a_strike_naming_its_attacker_accuses_it(gazetteer: Gazetteer) -> None:
    """The twin of the test above: the same condemnation naming who struck is an accusation against it."""
    claims = run("Turkey's foreign ministry condemned the Russian strike that killed 12 civilians in the village.",
                 gazetteer)
    assert [c.subject for c in of_type(claims, "accusation")] == ["Russia"], [(c.type, c.subject) for c in claims]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Turkey's foreign ministry condemned Russia's strike on a children's hospital.", {"Russia"}),
        ("The European Union condemned the shelling of Stepanakert by Azerbaijani forces.",
         {"Azerbaijan", "Azerbaijani Armed Forces"}),
        ("Pemerintah Indonesia mengutuk serangan Israel terhadap rumah sakit di Gaza.", {"Israel"}),
    ],
)
def test_condemning_a_named_wrongdoer_accuses_it(gazetteer: Gazetteer, text: str, accused: set[str]) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert [c.subject for c in accusations] and accusations[0].subject in accused, [
        (c.type, c.speaker, c.subject) for c in run(text, gazetteer)]


def test_an_attack_condemned_without_its_attacker_is_the_articles_one_attackers(gazetteer: Gazetteer) -> None:
    """ "condemned the air strike": whoever the article has named carrying it out, not "air strike"."""
    text = ("Myanmar's junta carried out an air strike on a village school in Sagaing on Monday, residents said. "
            "Myanmar's military said its jets had hit a rebel base. "
            "The United Nations condemned the air strike.")
    accusations = [c for c in of_type(run(text, gazetteer), "accusation") if c.speaker == "United Nations"]
    assert [c.subject for c in accusations] == ["Myanmar military government"]


# --- sixth round: what a figure counts over, in wordings the scope cues had not listed ----------------


def _scopes(text: str, gazetteer: Gazetteer) -> list[tuple[int | None, str | None]]:
    return [(c.quantity_min, c.scope) for c in of_type(run(text, gazetteer), "casualty")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure continuing a list takes the scope of the list's head (settled here by its size)
        ("Syrian officials said at least 45 people were killed, including nine soldiers.",
         [(45, "cumulative"), (9, "cumulative")]),
        ("Pejabat setempat melaporkan sedikitnya 40 orang tewas, termasuk enam polisi, dan 120 lainnya luka-luka.",
         [(40, "cumulative"), (6, "cumulative"), (120, "cumulative")]),
        ("The ministry said 60 people had died, among them 12 civilians.",
         [(60, "cumulative"), (12, "cumulative")]),
        # near misses: a figure with its own cue keeps it; an increment adds to a total; another sentence
        ("Hamas said 300 people had been killed since October, while 14 people died in the past 24 hours.",
         [(300, "cumulative"), (14, "period")]),
        ("Hamas said 32 people had been killed so far. A doctor said seven soldiers died.",
         [(32, "cumulative"), (7, "incident")]),
    ],
)
def test_a_figure_continuing_a_list_counts_over_what_its_head_counts(
    gazetteer: Gazetteer, text: str, expected: list[tuple[int, str]]
) -> None:
    assert _scopes(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        # months or years of war are the toll so far
        ("Israeli strikes have killed 3,100 people in Lebanon over the past 14 months, the health ministry said.",
         "cumulative"),
        ("The union said 16 journalists had been killed in more than two years of fighting.", "cumulative"),
        ("Kementerian Kesehatan mengatakan 12 orang tewas dalam tiga bulan terakhir.", "cumulative"),
        # the toll named far from its verb
        ("The death toll from the militia's assault on the villages around Kherson has reached 18, medics said.",
         "cumulative"),
        # near misses: hours, a day or a week are a period
        ("The health ministry said 61 people had been killed in the past 24 hours.", "period"),
        ("Kementerian Kesehatan mengatakan 75 orang tewas dalam sepekan terakhir.", "period"),
        ("The governor said 14 people had been killed over the past week in the region's villages.", "period"),
    ],
)
def test_long_stretches_are_running_totals(gazetteer: Gazetteer, text: str, scope: str) -> None:
    scopes = _scopes(text, gazetteer)
    assert scopes and scopes[0][1] == scope, scopes


@pytest.mark.parametrize(
    "text",
    [
        "Junta Myanmar terus menggempur desa-desa. Seorang warga mengatakan jet-jet tempur menembaki sekolah itu.",
        "Israel memperluas operasinya. Kementerian Kesehatan Gaza mengatakan prajurit-prajurit menembaki kamp itu.",
        "Junta Myanmar terus menggempur desa-desa. Seorang warga mengatakan pesawat-pesawat mengebom desa itu.",
    ],
)
def test_an_indonesian_reduplicated_plural_is_an_armed_agent(gazetteer: Gazetteer, text: str) -> None:
    """ "jet-jet tempur", "tank-tank": the plural of an armed word is as armed as the word."""
    accusations = of_type(run(text, gazetteer), "accusation")
    assert len(accusations) == 1 and accusations[0].subject, [(c.type, c.subject) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a name no list holds after the "by" of a passive attack is who did it
        ("Israel's military said the rocket was fired by the Popular Resistance Committees.",
         "Popular Resistance Committees"),
        ("Ukraine's military said the drones were launched by Wagner units from Belarus.", "Wagner"),
        ("Kementerian Pertahanan Azerbaijan mengatakan serangan itu dilakukan oleh Brigade Arabo.", "Brigade Arabo"),
        # hostile verbs the lists lacked: burning down, opening fire in Indonesian
        ("The NUG said junta troops had burned down the monastery in Sagaing.", "junta troops"),
        ("Pihak Armenia menyebut militer Azerbaijan kembali melepaskan tembakan ke arah posisi Armenia.",
         "Azerbaijan"),
    ],
)
def test_an_attacker_no_list_names(gazetteer: Gazetteer, text: str, accused: str) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert [c.subject for c in accusations] == [accused], [(c.type, c.subject) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        # "by" after other words than the attack: whoever hosted or reported it did not attack
        "Myanmar's junta said it had struck a rally hosted by the People's Assembly of Kalay.",
        "The strike on the camp was first reported by Middle East Eye, Hamas said.",
        # a storm is no party
        "Sudan's army said its positions near Port Sudan were hit by heavy rains on Monday.",
    ],
)
def test_a_name_after_by_that_did_not_attack(gazetteer: Gazetteer, text: str) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert not [c for c in accusations if c.subject and ("Assembly" in c.subject or "Eye" in c.subject)], [
        (c.type, c.subject) for c in run(text, gazetteer)]
    assert not [c for c in accusations if c.subject and "rain" in c.subject.casefold()]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # a pronoun the writer clarified in brackets names the attacker
        ("\"They [Israeli forces] opened fire on the crowd,\" a witness, Ahmed Salem, told Reuters.",
         {"Israel Defense Forces", "Israel"}),
        ("\"They (the soldiers) torched our homes,\" a villager, Maung Aye, said.", {"soldiers"}),
        ("\"Mereka (militer) mengebom desa kami,\" kata seorang warga, Ko Min.", {"militer"}),
    ],
)
def test_a_pronoun_clarified_in_brackets(gazetteer: Gazetteer, text: str, accused: set[str]) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert [c.subject for c in accusations] and accusations[0].subject in accused, [
        (c.type, c.subject) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        "\"They (the neighbours) came to help us,\" a villager, Maung Aye, said.",
        "\"They (our soldiers) shelled the enemy trenches,\" Colonel Taras Hrytsenko said.",
        "\"Mereka (tetangga) membantu kami,\" kata seorang warga, Ko Min.",
    ],
)
def test_a_bracket_naming_no_attacker_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    accusations = of_type(run(text, gazetteer), "accusation")
    assert not [c for c in accusations if c.subject and "neighbour" in c.subject], accusations
    assert not [c for c in accusations if c.subject and ("soldiers" in c.subject or "tetangga" in c.subject)]


@pytest.mark.parametrize(
    "text",
    [
        # an army source's "the army" is its own army: what it reports is no accusation
        "Army planes bombed rebel depots near the border on Sunday, a military source told reporters.",
        "A senior military official, Colonel Ivan Koval, said the army's strikes had hit fuel depots.",
        "Sumber militer yang enggan disebutkan namanya mengatakan pesawat tentara mengebom gudang senjata.",
    ],
)
def test_an_army_source_on_the_army_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    claims = run(text, gazetteer)
    assert not of_type(claims, "accusation"), [(c.type, c.speaker, c.subject) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a hostile word makes the army someone else's; a civilian speaker accuses
        "A military source said enemy army units had shelled the village of Talish.",
        "A local doctor, Ahmed Salem, said army planes bombed the market in Nyala.",
        "Sumber militer mengatakan tentara pemberontak membakar desa itu.",
    ],
)
def test_another_army_is_still_accused(gazetteer: Gazetteer, text: str) -> None:
    claims = run(text, gazetteer)
    assert of_type(claims, "accusation"), [(c.type, c.speaker, c.subject) for c in claims]


# --- seventh round: precision — what makes a sentence a claim worth a node ---------------------------------
# A plain statement is a position a party takes on the war (an intention, a refusal, a condition, an
# assessment, its own operations); narration by people who only saw or reported events, and equipment or
# territory claims (the annotation conventions leave both out), are none.  Each mechanism has three sentences
# that must still give the claim and three that must not, in English and Indonesian, the project's own.


@pytest.mark.parametrize(
    "text",
    [
        "Shells landed near the army headquarters all morning, residents of Kadugli told reporters.",
        "Seorang saksi mata mengatakan serangan drone menghantam pasar Nyala dan gudang senjata tentara.",
        # named once as a reporter, the same person stays one when quoted again
        "Jurnalis lokal Ahmad Yusuf melaporkan bahwa konvoi militer terlihat menuju perbatasan. "
        "\"Tank-tank itu bergerak ke arah Sumy sejak pagi,\" kata Yusuf.",
    ],
)
def test_what_witnesses_and_reporters_narrate_is_no_statement(gazetteer: Gazetteer, text: str) -> None:
    claims = run(text, gazetteer)
    assert not of_type(claims, "statement"), [(c.type, c.speaker) for c in claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: reporters or residents addressed, not speaking; a party's spokesman speaks
        ("Sudanese army spokesman Nabil Abdallah told reporters that its troops would not withdraw from El Obeid.",
         "Nabil Abdallah"),
        ("Juru bicara militer Sudan Nabil Abdallah mengatakan kepada wartawan bahwa pasukannya akan tetap bertahan "
         "di kota itu.", "Nabil Abdallah"),
        ("The Sudanese army told residents of El Fasher that its troops would not leave the city.",
         "Sudanese Armed Forces"),
    ],
)
def test_a_party_speaking_to_reporters_or_residents_still_takes_a_position(
    gazetteer: Gazetteer, text: str, speaker: str
) -> None:
    assert [(c.type, c.speaker) for c in run(text, gazetteer)] == [("statement", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's air force said it had intercepted 31 of 40 Russian drones overnight.",
        "Menurut Angkatan Udara Ukraina, sistem pertahanan udara menembak jatuh 12 drone Shahed di atas Odesa.",
        "Kementerian Pertahanan Rusia mengatakan pihaknya telah merebut desa Robotyne di wilayah Zaporizhzhia.",
        "The RSF said its fighters had captured the army's main base in Nyala.",
    ],
)
def test_interceptions_and_ground_taken_are_no_statement(gazetteer: Gazetteer, text: str) -> None:
    assert run(text, gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an intention or a condition about the same things is a position
        "The RSF commander said his forces would keep fighting until every army base was captured.",
        "Kementerian Pertahanan Ukraina mengatakan pasukannya akan merebut kembali kota itu.",
        "Israel's defence minister said the army would intercept any drone launched from Yemen.",
    ],
)
def test_an_intention_about_ground_or_weapons_is_a_statement(gazetteer: Gazetteer, text: str) -> None:
    assert [c.type for c in run(text, gazetteer)] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        # a ceasefire the speaker would accept only on a condition is the condition: a statement
        "Sudan's army said it would agree to a truce only if the RSF left the cities.",
        "Juru bicara Hamas mengatakan kelompoknya siap menerima gencatan senjata asalkan Israel menarik pasukannya.",
        "Menteri Luar Negeri Israel mengatakan Tel Aviv akan menerima gencatan senjata hanya jika Hizbullah mundur "
        "ke utara.",
    ],
)
def test_a_ceasefire_on_a_condition_is_a_statement(gazetteer: Gazetteer, text: str) -> None:
    assert [c.type for c in run(text, gazetteer)] == ["statement"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a ceasefire accepted, in force or observed is a ceasefire claim
        "Israel said it had accepted the ceasefire proposal put forward by Egypt.",
        "Hezbollah said it accepted the ceasefire, which took effect on Wednesday.",
        "Tentara Sudan dan RSF sepakat memberlakukan gencatan senjata selama tujuh hari, kata Kementerian Luar "
        "Negeri Arab Saudi.",
    ],
)
def test_a_ceasefire_agreed_without_condition_stays_one(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "ceasefire"), [(c.type, c.speaker) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        # a truce named in passing ("amid a fragile ceasefire") is no ceasefire claim
        "The army said its jets struck Hezbollah fighters near Tyre amid a fragile ceasefire.",
        "Israel mengatakan serangan itu menewaskan seorang anggota Hizbullah di tengah gencatan senjata yang rapuh.",
        "Kyiv said Russian drones hit Odesa overnight amid a shaky truce on energy targets.",
    ],
)
def test_a_ceasefire_named_in_passing_is_no_ceasefire_claim(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "ceasefire"), [(c.type, c.speaker) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the truce named with an event of its own is one
        "The army said its jets struck Hezbollah near Tyre amid a ceasefire that took effect last month.",
        "Serangan itu terjadi di tengah gencatan senjata yang disepakati kedua pihak bulan lalu.",
        "Fighting went on near Kharkiv despite a truce agreed in Istanbul, officials said.",
    ],
)
def test_a_ceasefire_in_passing_with_its_event_stays_one(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "ceasefire"), [(c.type, c.speaker) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    "text",
    [
        # a meeting announced is talks
        "Azerbaijan's presidential administration announced that representatives of both sides would meet to "
        "discuss reintegration in Yevlakh.",
        "The Kremlin said Putin and Erdogan would meet in Sochi next week.",
        "Juru bicara Kremlin Dmitry Peskov mengatakan Putin dan Erdogan sepakat untuk bertemu di Sochi.",
    ],
)
def test_a_meeting_announced_is_talks(gazetteer: Gazetteer, text: str) -> None:
    assert [c.type for c in run(text, gazetteer)] == ["talks"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: meeting an attack or a demand is no meeting
        "Zelensky said Ukraine would meet every Russian advance with drones.",
        "Hamas said the group would meet Israel's demands only if the war ended.",
        "Juru bicara militer Ukraina mengatakan pasukannya akan menghadapi setiap serangan Rusia.",
    ],
)
def test_meeting_an_attack_or_a_demand_is_no_talks(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "talks"), [(c.type, c.speaker) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # once an article has named a ceasefire, "the agreement" reached, announced or signed is that truce
        ("Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday. Azerbaijan's defence ministry "
         "confirmed it had reached an agreement with Yerevan.", "Azerbaijani Defence Ministry"),
        ("Israel dan Hamas menyepakati gencatan senjata empat hari. Kesepakatan itu diumumkan Kementerian Luar "
         "Negeri Qatar pada Rabu pagi.", "Qatari Foreign Ministry"),
        ("The RSF and the army agreed to a seven-day truce. Saudi Arabia's foreign ministry said the deal had been "
         "signed in Jeddah.", "Saudi Foreign Ministry"),
    ],
)
def test_the_agreement_of_a_truce_article_is_the_truce(gazetteer: Gazetteer, text: str, speaker: str) -> None:
    assert speaker in [c.speaker for c in of_type(run(text, gazetteer), "ceasefire")], [
        (c.type, c.speaker) for c in run(text, gazetteer)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a deal in an article with no truce; a stance on the agreement, not its event
        ("Russia and Ukraine said talks in Istanbul would resume. Turkey's foreign ministry said the two sides had "
         "signed a grain deal.", "Turkish Foreign Ministry"),
        ("Armenia and Azerbaijan agreed to a humanitarian ceasefire on Saturday. UN chief Antonio Guterres said the "
         "agreement was a chance to save lives.", "Antonio Guterres"),
        ("Israel dan Hamas menyepakati gencatan senjata empat hari. Hamas menyebut kesepakatan itu membuka jalan "
         "bagi truk bantuan ke Gaza.", "Hamas"),
    ],
)
def test_a_deal_or_a_stance_on_it_is_no_truce_event(gazetteer: Gazetteer, text: str, speaker: str) -> None:
    claims = run(text, gazetteer)
    assert speaker not in [c.speaker for c in of_type(claims, "ceasefire")], [(c.type, c.speaker) for c in claims]


# --- review fixes: the observer, truce and materiel rules read too much -----------------------------------------
def test_a_failed_or_rejected_truce_makes_no_later_deal_a_ceasefire(gazetteer: Gazetteer) -> None:
    for text in ("Russia and Ukraine failed to agree on a ceasefire in Istanbul. Turkey's foreign ministry said "
                 "the two sides had signed a grain deal.",
                 "Russia rejected calls for a ceasefire. Turkey's foreign ministry said the two sides had signed a "
                 "prisoner exchange agreement."):
        assert not of_type(run(text, gazetteer), "ceasefire"), text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Armenia's government, which evacuated residents of Stepanakert, said it would not withdraw its troops "
         "from the region.", "Government of Armenia"),
        ("Kementerian Luar Negeri Armenia, yang melindungi warga Armenia, mengatakan tidak akan menarik pasukannya "
         "dari wilayah itu.", "Armenian Foreign Ministry"),
    ],
)
def test_an_observer_word_in_a_clause_about_the_speaker_leaves_it_a_party(gazetteer: Gazetteer, text: str,
                                                                          speaker: str) -> None:
    assert [c.speaker for c in of_type(run(text, gazetteer), "statement")] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan's foreign ministry said the captured Armenian soldiers were saboteurs and terrorists.",
        "Armenia's defence ministry said the downed F-16 proved Turkey was fighting alongside Azerbaijan.",
        "Kementerian Pertahanan Armenia mengatakan pesawat yang ditembak jatuh itu membuktikan Turki ikut berperang.",
    ],
)
def test_a_position_about_a_captured_or_downed_thing_is_a_statement(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "statement"), [(c.type, c.speaker) for c in run(text, gazetteer)]


# --- eighth round: what unseen pages and unseen wording made over-fire or miss (batch 4's classes) -------------
# Each class is pinned by three sentences of the project's own that must give the claim and three near misses
# that must not, English and Indonesian; "failed before" notes which of them the rules of round 7 got wrong.

_LEAD = ("MYITKYINA (Reuters) - At least 17 villagers were killed when the army shelled a camp near Hpakant on Sunday, "
         "a rescue worker said.")


@pytest.mark.parametrize(
    "text",
    [
        # a headline, a teaser cut short and a repeated lead restate one figure: one claim, on the lead
        # (two failed before: two claims of 17 dead; a short headline line was never read)
        "At least 17 villagers killed as army shells Hpakant camp\n\n" + _LEAD + "\n",
        "At least 17 villagers were killed when the army shelled a camp near Hpakant on\n\n" + _LEAD + "\n",
        "Tujuh Belas Warga Desa Tewas Ketika Artileri Tentara Menghantam Kamp di Dekat Hpakant pada Minggu "
        "Pagi\n\nMYITKYINA - Sedikitnya 17 warga desa tewas ketika tentara menembaki kamp di dekat Hpakant, "
        "kata seorang petugas penyelamat.\n",
    ],
)
def test_a_figure_the_page_restates_is_one_claim(gazetteer: Gazetteer, text: str) -> None:
    found = of_type(run(text, gazetteer), "casualty")
    assert [(c.quantity_min, c.quote.rstrip(".").endswith(("said", "penyelamat"))) for c in found] == [(17, True)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # near misses: what differs stays (another figure in the headline, another speaker, the same words twice
        # only as a short phrase)
        ("Hundreds of villagers feared dead after army artillery pounds the mining camps around Hpakant in Kachin\n\n"
         + _LEAD + "\n", [17, 100]),
        ("Two soldiers were killed in the attack, the army said. Two soldiers were killed in the attack, the "
         "rebels said.\n", [2, 2]),
        ("Kementerian Kesehatan mengatakan 12 orang tewas di Khan Younis. Kemudian, militer Israel mengatakan "
         "12 orang tewas dalam baku tembak itu.\n", [12, 12]),
    ],
)
def test_what_the_page_says_differently_stays(gazetteer: Gazetteer, text: str, figures: list[int]) -> None:
    assert sorted(c.quantity_min for c in of_type(run(text, gazetteer), "casualty")) == figures


@pytest.mark.parametrize(
    "text",
    [
        # media, groups and agencies nobody names, telling of no party and no figure, narrate (two failed before)
        "Local media said the first bomb hit two churches in the village.",
        "Beberapa kelompok bantuan mengatakan banyak keluarga bermalam di ruang bawah tanah pada Selasa (19/9/2023).",
        "Several aid groups said the shelling went on through the night.",
    ],
)
def test_unnamed_media_and_groups_telling_of_no_party_make_no_statement(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "statement")


@pytest.mark.parametrize(
    "text",
    [
        # a party or a figure in their words made these positions until session 26; the statement gate
        # (``statement_gate``, fitted on the first readings: unknown speakers' statements matched 10 of 107) leaves
        # out every plain statement of a speaker the gazetteer does not know
        "Local media said Hamas would release two more hostages on Friday.",
        "Kelompok bantuan mengatakan lebih dari 26.000 orang mengungsi dari kota itu.",
        "Lembaga kemanusiaan mengatakan Rusia menolak membuka koridor bantuan ke kota itu.",
    ],
)
def test_unnamed_groups_naming_a_party_or_a_figure_are_left_out_by_the_gate(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "statement")


@pytest.mark.parametrize(
    "text",
    [
        # a meeting, a call or taking part between no parties is no talks (failed before)
        "The villagers were holding a meeting when the jets struck, a resident said.",
        "Seorang saksi mengatakan kawannya menghubunginya melalui telepon sebelum serangan.",
        "Activists were meeting in a monastery in Magway when the aircraft attacked, witnesses said.",
    ],
)
def test_a_meeting_of_no_parties_is_no_talks(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "talks")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: leaders, ministers or delegations meeting are talks
        "Putin and Erdogan met in Sochi to discuss the grain corridor, the Kremlin said.",
        "Menteri luar negeri kedua negara bertemu di Ankara pada Kamis.",
        "The two sides' delegations will meet in Doha next week, a Qatari official said.",
    ],
)
def test_parties_meeting_are_talks(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "talks")


@pytest.mark.parametrize(
    ("text", "crime"),
    [
        # a crime by name with nobody named doing it accuses the side the article has accused (failed before)
        ("A rights group accused the RSF of killing 40 civilians in the village. Local groups also reported mass "
         "killings and torture of detainees in the town.", "mass killings"),
        ("Tentara Sudan menuduh RSF menjarah pasar di Nyala. Sebuah badan PBB kemudian mencatat pemerkosaan di kamp "
         "pengungsi dekat kota itu.", "pemerkosaan"),
        ("Sudan's army accused the RSF of shelling the market. War monitors described the siege of the city as "
         "genocide, the BBC reported.", "genocide"),
    ],
)
def test_a_crime_without_its_doer_accuses_the_article_s_accused(gazetteer: Gazetteer, text: str, crime: str) -> None:
    found = [c for c in of_type(run(text, gazetteer), "accusation") if c.allegation == crime]
    assert [c.subject for c in found] == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: nobody accused in the article yet, or the crime is the speaker's own side's to answer for
        "Rights groups reported mass killings in the region.",
        "Sebuah lembaga bantuan mencatat kekerasan seksual di kamp pengungsi di perbatasan.",
        "Sudan's army accused the RSF of looting the hospital. The RSF said it had investigated reports of "
        "executions in the town.",
    ],
)
def test_a_crime_with_no_one_to_pin_it_on_accuses_nobody_new(gazetteer: Gazetteer, text: str) -> None:
    crimes = [c for c in of_type(run(text, gazetteer), "accusation") if c.allegation in
              ("mass killings", "kekerasan seksual", "executions")]  # the crimes these three name
    assert not crimes


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # a toll put "in the hundreds": a vague figure after "put ... in the" (two failed before: nothing)
        ("The health ministry later put the number of dead in the hundreds.", (100, 999)),
        ("Officials put the death toll in the thousands, the agency said.", (1000, 9999)),
        ("Aid groups put the number of wounded in the dozens.", (10, 99)),
    ],
)
def test_a_toll_put_in_the_hundreds(gazetteer: Gazetteer, text: str, bounds: tuple[int, int]) -> None:
    assert [(c.quantity_min, c.quantity_max) for c in of_type(run(text, gazetteer), "casualty")] == [bounds]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a strength, blame, troops sent are no toll
        "The ministry put the number of troops in the thousands.",
        "The governor put the blame on the army.",
        "Kementerian menempatkan ratusan tentara di perbatasan.",
    ],
)
def test_put_in_the_hundreds_without_a_toll_is_none(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "casualty")


@pytest.mark.parametrize(
    "text",
    [
        # losses a party does not own up to are a denial or nothing, never a figureless toll (failed before)
        "The RSF did not acknowledge any civilian casualties in the attack.",
        "Militer tidak mengakui adanya kematian warga sipil dalam serangan itu.",
        "The army has not confirmed any military deaths in the raid.",
    ],
)
def test_losses_not_acknowledged_are_no_casualty_report(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "casualty")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: losses reported or confirmed
        "Aid workers reported civilian casualties in the town.",
        "Pejabat setempat melaporkan kematian warga sipil di desa itu.",
        "The army confirmed military deaths in the raid.",
    ],
)
def test_losses_reported_stay_a_casualty_report(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "casualty")


@pytest.mark.parametrize(
    "text",
    [
        # failing the people one should protect is blamed without an accusing verb (failed before)
        "Local activists said the Sudanese army had not heeded a request for help from the villagers.",
        "Warga mengatakan militer Sudan tidak mengindahkan permintaan bantuan dari desa itu.",
        "Aktivis menyebut tentara Sudan gagal melindungi warga sipil di El Fasher.",
    ],
)
def test_failing_to_protect_or_to_heed_a_call_for_help_accuses(gazetteer: Gazetteer, text: str) -> None:
    assert [c.subject for c in of_type(run(text, gazetteer), "accusation")] == ["Sudanese Armed Forces"]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the speaker's own conduct, or protection given
        "The army said it had not heeded the rumours circulating online.",
        "The ministry said it would protect civilians in the town.",
        "Kementerian mengatakan pasukan berhasil melindungi warga sipil di kota itu.",
    ],
)
def test_protecting_or_one_s_own_failure_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "accusation")


@pytest.mark.parametrize(
    "text",
    [
        # ground taken and attacks foiled, told as events, are equipment and territory claims (two failed before)
        "The militia claimed control over the town on Monday.",
        "Baku claimed the capture of 14 Armenian villages in the mountains on Thursday.",
        "Militer Saudi mengatakan serangan kapal peledak itu berhasil digagalkan.",
    ],
)
def test_ground_taken_or_an_attack_foiled_makes_no_statement(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "statement")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: an intention about them is a position
        "The RSF said it would seize control over El Obeid from the Sudanese army.",
        "Azerbaijan's army said it would capture the remaining Armenian positions.",
        "Militer Sudan mengatakan akan merebut kembali kota itu dari RSF.",
    ],
)
def test_an_intention_to_take_ground_or_foil_attacks_is_a_statement(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "statement")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # who one strike's dead were (children, medics) and every item of the same breakdown are claims of their own
        # since session 22 (the user's seed gold and the dev annotators of batches 10-16 count them), whatever size
        ("At least 63 people, including 25 children, died when a missile hit the bus station, Governor Oleh "
         "Syniehubov said.", [25, 63]),
        ("Sedikitnya 30 orang tewas dalam serangan itu, termasuk tiga petugas medis yang mengevakuasi korban, kata "
         "warga.", [3, 30]),
        ("Pejabat setempat mengatakan 200 orang tewas sejak Selasa, termasuk 10 petani dan lima anak-anak.",
         [5, 10, 200]),
    ],
)
def test_who_an_incident_s_dead_were_is_a_claim_of_its_own(gazetteer: Gazetteer, text: str, figures: list[int]) -> None:
    assert sorted(c.quantity_min for c in of_type(run(text, gazetteer), "casualty")) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # near misses: a running total's children or women, and a side's category (civilians), stay figures
        ("Kementerian Kesehatan mengatakan 9.500 orang tewas sejak perang dimulai, termasuk 3.900 anak-anak.",
         [3900, 9500]),
        ("At least 45 people, including 12 civilians, were killed in the strike on the base, the army said.",
         [12, 45]),
        ("The agency said 2,300 people had died since the siege began, including 700 women.", [700, 2300]),
    ],
)
def test_a_running_total_s_breakdown_and_a_side_s_category_stay(gazetteer: Gazetteer, text: str,
                                                                 figures: list[int]) -> None:
    assert sorted(c.quantity_min for c in of_type(run(text, gazetteer), "casualty")) == figures


@pytest.mark.parametrize(
    "text",
    [
        # an anonymity clause asks nothing of anyone (two failed before: a call)
        "Sumber militer, yang meminta namanya dirahasiakan, mengatakan serangan menghantam kota itu.",
        "Seorang sumber keamanan, yang minta identitasnya dirahasiakan, mengatakan jalan itu ditutup.",
        "A security official, who asked that his name be withheld, said the strike hit a depot.",
    ],
)
def test_asking_to_stay_unnamed_is_no_call(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "call")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: asking the parties to stop is a call
        "Qatar meminta Israel dan Hamas menghentikan tembakan.",
        "The UN chief urged both sides to stop firing.",
        "Mesir mendesak Israel dan Hamas untuk menyepakati gencatan senjata.",
    ],
)
def test_asking_the_parties_is_still_a_call(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "call")


@pytest.mark.parametrize(
    "text",
    [
        # a truce the parties are urged to agree is not agreed (two failed before: a ceasefire claim of the outlet)
        "The visit comes as envoys pressed Kyiv and Moscow to sign a truce before winter.",
        "Hal itu terjadi saat para mediator mendesak Israel dan Hamas untuk menyepakati gencatan senjata.",
        "The talks come after Washington pressed both sides to accept a truce before the holiday.",
    ],
)
def test_a_truce_urged_is_no_ceasefire(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "ceasefire")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a truce agreed, in force or brokered
        "Qatar said Israel and Hamas had agreed a ceasefire deal in Doha.",
        "Kedua pihak menyepakati gencatan senjata yang mulai berlaku Senin, kata Kremlin.",
        "The truce brokered by Egypt took effect at dawn, the army said.",
    ],
)
def test_a_truce_agreed_stays_a_ceasefire(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "ceasefire")


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # tolls in other words: trades as victims, "sustained injuries", "lost their lives", "exceeds N"
        # (all four failed before: no figure)
        ("Two paramedics sustained injuries during the raid on the village, the ministry said.", (2, 2)),
        ("Kementerian Kesehatan mengatakan tiga petugas darurat terluka dalam serangan itu.", (3, 3)),
        ("The number of wounded civilians exceeds 40, the ombudsman said.", (41, None)),
        ("At least four individuals lost their lives in the shelling of Stepanakert, the ombudsman said.", (4, None)),
    ],
)
def test_a_toll_in_other_words(gazetteer: Gazetteer, text: str, figure: tuple[int, int | None]) -> None:
    assert [(c.quantity_min, c.quantity_max) for c in of_type(run(text, gazetteer), "casualty")] == [figure]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: damage sustained, rescuers arriving, the displaced exceeding a number are no toll
        "The convoy sustained damage during the raid, the ministry said.",
        "Tiga petugas darurat tiba di lokasi serangan, kata kementerian.",
        "The number of displaced people exceeds 40,000, the UN said.",
    ],
)
def test_the_same_words_without_dead_or_wounded_are_no_toll(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "casualty")


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # an attack referred back and called barbaric or indiscriminate accuses whoever the article said made it
        # (all three failed before: a statement)
        ("Pemerintah Sudan menuduh RSF menembaki pasar. Kelompok HAM menyebut serangan itu biadab.",
         "Rapid Support Forces"),
        ("Ukraine accused Russia of shelling Kharkiv. Zelensky called the attack barbaric.", "Russia"),
        ("Israeli jets struck the camp overnight. The UN rights office called the strike an indiscriminate attack on "
         "civilians.", "Israel"),
    ],
)
def test_an_attack_called_barbaric_accuses_its_author(gazetteer: Gazetteer, text: str, accused: str) -> None:
    manners = [c.subject for c in of_type(run(text, gazetteer), "accusation")
               if c.allegation in ("biadab", "barbaric", "indiscriminate")]
    assert manners == [accused]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: the speaker's own offensive, fighting on both sides, nothing referred back
        "Sudan's army accused the RSF of shelling the market. Sudan's army said its own offensive in Omdurman was "
        "brutal but necessary.",
        "Kementerian Pertahanan Rusia mengatakan pertempuran di Bakhmut sangat brutal bagi kedua pihak.",
        "Ukraine accused Russia of shelling Kharkiv. Zelensky said the winter would be brutal.",
    ],
)
def test_brutal_said_of_no_attack_referred_back_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    assert not [c for c in of_type(run(text, gazetteer), "accusation") if c.allegation == "brutal"]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # fire or an attack received "dari" a party is its attack (the Indonesian ones failed before: a statement)
        ("Azerbaijan mengatakan pos-pos tentaranya mendapat tembakan dari pasukan Armenia di Lachin.", "Armenia"),
        ("Kementerian Pertahanan Armenia mengatakan desa Sotk mendapat serangan dari pasukan Azerbaijan pada malam "
         "hari.", "Azerbaijan"),
        ("Israel said its northern towns came under rocket fire from Hezbollah overnight.", "Hezbollah"),
    ],
)
def test_fire_received_from_a_party_accuses_it(gazetteer: Gazetteer, text: str, accused: str) -> None:
    assert [c.subject for c in of_type(run(text, gazetteer), "accusation")] == [accused]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: aid or supplies received, fire from no party
        "Warga mengatakan mereka mendapat bantuan dari Palang Merah.",
        "Tentara Azerbaijan mengatakan mereka mendapat serangan dari arah perbukitan.",
        "Armenia said its soldiers received supplies from Russia.",
    ],
)
def test_what_is_received_from_no_attacker_accuses_nobody(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "accusation")


@pytest.mark.parametrize(
    "text",
    [
        # accounts, information and stories rejected are denials (all three failed before: nothing)
        "Saudi authorities dismissed the accounts as fabricated.",
        "The Kremlin dismissed the information as a provocation.",
        "Israel rejected the stories about the hospital as lies.",
    ],
)
def test_accounts_and_information_rejected_are_denials(gazetteer: Gazetteer, text: str) -> None:
    assert of_type(run(text, gazetteer), "denial")


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a proposal, a person, a request rejected deny no claim
        "The ministry rejected the proposal.",
        "Ukraine dismissed the commander of the eastern front.",
        "Kementerian menolak permintaan itu.",
    ],
)
def test_rejecting_what_is_no_claim_is_no_denial(gazetteer: Gazetteer, text: str) -> None:
    assert not of_type(run(text, gazetteer), "denial")
