"""Mutual accusations and denials, each both ways, and filtering conflicts by actor."""

from __future__ import annotations

import pytest

from kb.derived import conflicts
from kb.service import KnowledgeBase
from tests.fixtures.synthetic import Said, publish

U = "https://news.example/"


@pytest.fixture
def kb() -> KnowledgeBase:
    base = KnowledgeBase.open(":memory:")
    base.sync_reference_graphs()
    return base


def accuse(sentence: str, speaker: str, accused: str, what: str, **kw: object) -> Said:
    return Said(sentence, "accusation", speaker, subject=accused, object=what, **kw)  # type: ignore[arg-type]


def deny(sentence: str, speaker: str, whose: str, what: str, **kw: object) -> Said:
    return Said(sentence, "denial", speaker, subject=whose, object=what, **kw)  # type: ignore[arg-type]


def kinds(kb: KnowledgeBase) -> list[str]:
    conflicts.refresh(kb.store)
    return [c.kind for c in conflicts.list_conflicts(kb.store)]


def test_each_side_blaming_the_other_in_one_sentence_is_mutual(kb: KnowledgeBase) -> None:
    line = "Yerevan and Baku each blamed the other for opening fire first on Sunday."
    publish(kb, U + "m1", "2020-09-28", "Kompas", [
        accuse(line, "Yerevan", "Azerbaijan", "opened fire first", date="2020-09-27"),
        accuse(line, "Baku", "Armenia", "opened fire first", date="2020-09-27"),
    ])
    assert kinds(kb) == ["mutual-accusation"]
    (c,) = conflicts.list_conflicts(kb.store)
    assert "Armenia and Azerbaijan accuse each other" in c.explanation
    assert "“opened fire first”" in c.explanation


def test_accusations_in_two_outlets_match_on_their_topic(kb: KnowledgeBase) -> None:
    publish(kb, U + "m2", "2020-10-04", "Kompas", [
        accuse("Armenia's defence ministry accused Azerbaijan of shelling Stepanakert.", "Armenian Defence Ministry",
               "Azerbaijan", "shelling of Stepanakert")])
    publish(kb, U + "m3", "2020-10-05", "Tempo", [
        accuse("Baku said Armenian forces shelled Ganja overnight.", "Azerbaijani Defence Ministry", "Armenia",
               "shelled the city of Ganja")])
    assert kinds(kb) == ["mutual-accusation"]


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        (accuse("Baku accused Yerevan of recruiting foreign fighters.", "Baku", "Armenia",
                "recruiting foreign fighters"), "another topic, another article"),
        (accuse("Ankara accused Armenia of shelling civilians.", "Ankara", "Armenia", "shelling civilians"),
         "a third party"),
        (accuse("Baku accused Armenia of shelling Tartar.", "Baku", "Armenia", "shelling Tartar",
                date="2020-11-20"), "weeks apart"),
    ],
)
def test_what_is_not_a_mutual_accusation(kb: KnowledgeBase, reply: Said, why: str) -> None:
    publish(kb, U + "n1", "2020-10-04", "Kompas", [
        accuse("Yerevan accused Azerbaijan of shelling Stepanakert.", "Yerevan", "Azerbaijan", "shelling Stepanakert")])
    publish(kb, U + "n2", "2020-10-04", "Tempo", [reply])
    assert kinds(kb) == [], why


def test_a_denial_is_linked_to_the_accusation_it_denies(kb: KnowledgeBase) -> None:
    publish(kb, U + "p1", "2020-09-29", "Kompas", [
        accuse("Yerevan said a Turkish F-16 shot down an Armenian Su-25 jet.", "Yerevan", "Turkey",
               "F-16 shot down an Armenian Su-25 jet"),
        accuse("Yerevan also said Turkey sent fighters from Syria.", "Yerevan", "Turkey", "sent fighters from Syria"),
    ])
    publish(kb, U + "p2", "2020-09-30", "Tempo", [
        deny("Ankara called the claim that its F-16 downed a Su-25 a lie.", "Turkish Foreign Ministry", "Armenia",
             "F-16 downed a Su-25")])
    assert kinds(kb) == ["denial"]
    (c,) = conflicts.list_conflicts(kb.store)
    assert {x["type"] for x in c.claims} == {"accusation", "denial"}
    assert "Su-25" in " ".join(x["quote"] for x in c.claims if x["type"] == "accusation")
    assert c.explanation.startswith("Turkey denies what Armenia claimed on 29 Sep 2020")


@pytest.mark.parametrize(
    ("denial", "why"),
    [
        (deny("Tehran denied that its airspace was used for arms deliveries.", "Tehran", "Azerbaijan",
              "airspace used for arms deliveries"), "no relation between the parties"),
        (deny("Ankara rejected talk of a drone base in Azerbaijan.", "Ankara", "Armenia", "drone base"),
         "no shared topic"),
        (deny("Ankara said no F-16 downed a Su-25.", "Ankara", "Armenia", "F-16 downed a Su-25",
              date="2020-12-30"), "months later"),
    ],
)
def test_what_is_not_a_denial_of_that_claim(kb: KnowledgeBase, denial: Said, why: str) -> None:
    publish(kb, U + "q1", "2020-09-29", "Kompas", [
        accuse("Yerevan said a Turkish F-16 shot down an Armenian Su-25 jet.", "Yerevan", "Turkey",
               "F-16 shot down an Armenian Su-25 jet")])
    publish(kb, U + "q2", "2020-09-30", "Tempo", [denial])
    assert kinds(kb) == [], why


def test_conflicts_filter_by_actor_name_alias_or_key(kb: KnowledgeBase) -> None:
    publish(kb, U + "r1", "2020-09-29", "Kompas", [
        accuse("Yerevan said a Turkish F-16 shot down an Armenian Su-25 jet.", "Yerevan", "Turkey",
               "F-16 shot down an Armenian Su-25 jet")])
    publish(kb, U + "r2", "2020-09-30", "Tempo", [
        deny("Ankara denied its F-16 downed a Su-25.", "Ankara", "Armenia", "F-16 downed a Su-25")])
    conflicts.refresh(kb.store)
    for name in ("Turkey", "turki", "Erdogan", "armenia", "Pashinyan", "turkey-government"):
        assert [c.kind for c in conflicts.list_conflicts(kb.store, actor=name)] == ["denial"], name
    assert conflicts.list_conflicts(kb.store, actor="France") == []
    assert conflicts.list_conflicts(kb.store, actor="nobody at all") == []


def test_a_bare_denial_answers_the_accusation_beside_it_not_a_call(kb: KnowledgeBase) -> None:
    publish(kb, U + "r1", "2020-10-11", "Kompas", [
        accuse("Baku said Armenian forces shelled Ganja overnight.", "Baku", "Armenia", "shelled Ganja"),
        Said("France urged Armenia to respect the truce.", "call", "France", subject="Armenia",  # type: ignore[arg-type]
             object="respect the truce"),
        deny("Yerevan denied it.", "Yerevan", "Azerbaijan", None),  # type: ignore[arg-type]
    ])
    found = [c for c in conflicts.list_conflicts(kb.store) if c.kind == "denial"] if kinds(kb) else []
    assert len(found) == 1
    assert {x["type"] for x in found[0].claims} == {"accusation", "denial"}


def test_a_mutual_accusation_says_what_each_side_alleges(kb: KnowledgeBase) -> None:
    """The extractor puts what is alleged in ``allegation``: the explanation names it, not "wrongdoing"."""
    from kb.pipeline.article import Article
    from kb.pipeline.record import Claim

    line = "Yerevan and Baku each accused the other of shelling civilian areas on Sunday."
    text = "Report from Kompas\n\n" + line
    article = Article(text=text, name="allege", published="2020-09-28", url=U + "allege", outlet="Kompas", lang="en")
    start = text.index(line)
    claims = [Claim(article.key, "accusation", who, line, start, start + len(line), subject=whom,
                    allegation="shelling civilian areas", date="2020-09-27")
              for who, whom in (("Yerevan", "Azerbaijan"), ("Baku", "Armenia"))]
    assert kb.ingest_claims(article, claims).status != "quarantined"
    assert kinds(kb) == ["mutual-accusation"]
    (c,) = conflicts.list_conflicts(kb.store)
    assert "“shelling civilian areas”" in c.explanation and "wrongdoing" not in c.explanation


def test_a_denial_of_a_figure_is_linked_to_the_figure_it_rejects(kb: KnowledgeBase) -> None:
    publish(kb, U + "s1", "2020-09-29", "Kompas", [
        Said("Baku claimed more than 2,300 Armenian soldiers had died.", "casualty", "Azerbaijani Defence Ministry",  # type: ignore[arg-type]
             subject="Armenia", qmin=2301, unit="soldiers killed"),
        accuse("Baku also said Armenian guns shelled Tartar.", "Baku", "Armenia", "shelled Tartar"),
        Said("Yerevan said 84 of its soldiers had died.", "casualty", "Armenian Defence Ministry",  # type: ignore[arg-type]
             subject="Armenia", qmin=84, qmax=84, unit="soldiers killed"),
        deny("Yerevan rejected the figure as pure propaganda.", "Shushan Stepanyan", "Azerbaijan", "the figure"),
    ])
    found = [c for c in conflicts.list_conflicts(kb.store) if c.kind == "denial"] if kinds(kb) else []
    assert len(found) == 1
    (c,) = found
    assert sorted((x["type"], x["quantity_min"]) for x in c.claims) == [("casualty", 2301), ("denial", None)]
    assert c.explanation.startswith("Armenia rejects the figure Azerbaijan gave on 29 Sep 2020 (≥2,301 soldiers "
                                    "killed; parties: Armenia)")


def test_a_denial_naming_a_figure_finds_it_in_another_report(kb: KnowledgeBase) -> None:
    publish(kb, U + "t1", "2020-10-01", "Kompas", [
        Said("Baku said 600 Armenian soldiers died at Hadrut.", "casualty", "Azerbaijani Defence Ministry",  # type: ignore[arg-type]
             subject="Armenia", qmin=600, qmax=600, unit="soldiers killed"),
        Said("Baku said 40 Armenian tanks were destroyed.", "casualty", "Azerbaijani Defence Ministry",  # type: ignore[arg-type]
             subject="Armenia", qmin=40, qmax=40, unit="tanks destroyed")])
    publish(kb, U + "t2", "2020-10-02", "Tempo", [
        deny("Yerevan denied Baku's claim that 600 of its soldiers died.", "Armenian Defence Ministry", "Azerbaijan",
             "Baku's claim that 600 soldiers died")])
    (c,) = [c for c in conflicts.list_conflicts(kb.store) if c.kind == "denial"] if kinds(kb) else [None]
    assert c is not None and {x["quantity_min"] for x in c.claims if x["type"] == "casualty"} == {600}


def test_a_bare_denial_in_another_report_is_linked_to_nothing(kb: KnowledgeBase) -> None:
    publish(kb, U + "u1", "2020-10-08", "Kompas", [
        accuse("Baku said Armenian forces shelled Ganja.", "Baku", "Armenia", "shelled Ganja")])
    publish(kb, U + "u2", "2020-10-11", "Tempo", [
        deny("Yerevan denied it.", "Yerevan", "Azerbaijan", None)])  # type: ignore[arg-type]
    assert kinds(kb) == []


def test_one_exchange_of_blame_is_one_finding_a_week(kb: KnowledgeBase) -> None:
    """Both sides blaming each other, told in three sentences of one report and again by another outlet that week, is
    one exchange (real articles gave up to six findings for one pair and report); another week's is another."""
    publish(kb, U + "x1", "2020-10-05", "Kompas", [
        accuse("Both capitals said the other side shelled villages overnight.", "Yerevan", "Azerbaijan",
               "shelled villages overnight", date="2020-10-05"),
        accuse("Both capitals said the other side shelled villages overnight.", "Baku", "Armenia",
               "shelled villages overnight", date="2020-10-05"),
        accuse("Each again blamed the other for breaking the truce.", "Yerevan", "Azerbaijan", "breaking the truce",
               date="2020-10-05"),
        accuse("Each again blamed the other for breaking the truce.", "Baku", "Armenia", "breaking the truce",
               date="2020-10-05")])
    publish(kb, U + "x2", "2020-10-07", "Tempo", [
        accuse("Baku said Armenian guns shelled villages near the front.", "Baku", "Armenia", "shelled villages",
               date="2020-10-07")])
    assert kinds(kb) == ["mutual-accusation"]
    (c,) = conflicts.list_conflicts(kb.store)
    assert "more times in that exchange" in c.explanation
    publish(kb, U + "x3", "2020-10-21", "Detik", [
        accuse("The two sides traded blame for shelling villages again.", "Yerevan", "Azerbaijan", "shelling villages",
               date="2020-10-21"),
        accuse("The two sides traded blame for shelling villages again.", "Baku", "Armenia", "shelling villages",
               date="2020-10-21")])
    assert kinds(kb) == ["mutual-accusation", "mutual-accusation"]
