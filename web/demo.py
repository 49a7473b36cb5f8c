"""A small demonstration knowledge base, built through the real pipeline (gate, store, quarantine).

Why it lives in ``web``: the tests, the browser walk-through and the screenshots all need the same
few articles — two competing casualty figures, a relayed quote, an article whose text and title
carry ``<script>`` and a ``javascript:`` URL, and one article the SHACL gate refuses — and a
developer can serve it (``web.demo.build(location)``) to look at the pages before real data exists.
The articles are invented for the purpose; they are not copies of real reporting.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kb.article import Article
from kb.knowledge import KnowledgeBase
from kb.record import Claim


@dataclass
class DemoArticle:
    article: Article
    claims: list[dict[str, object]] = field(default_factory=list)


ARTICLES = [
    DemoArticle(
        Article(
            name="kremlin-call",
            title="Kremlin urges Armenia and Azerbaijan to stop fighting",
            published="2020-09-28",
            url="https://news.example.org/2020/09/28/kremlin-call",
            outlet="ARRAHMAHNEWS",
            lang="en",
            text=(
                "Kremlin urges Armenia and Azerbaijan to stop fighting\n\n"
                "The Kremlin urged Armenia and Azerbaijan to stop firing in Nagorno-Karabakh at once.\n\n"
                "Yerevan accused Baku of starting the hostilities on Sunday.\n\n"
                "The Armenian Defence Ministry said 84 soldiers had been killed, according to AFP.\n"
            ),
        ),
        [
            {"type": "call", "speaker": "Kremlin", "subject": "Armenia; Azerbaijan", "object": "stop firing",
             "quote": "The Kremlin urged Armenia and Azerbaijan to stop firing in Nagorno-Karabakh at once.",
             "date": "2020-09-28"},
            {"type": "accusation", "speaker": "Government of Armenia", "subject": "Azerbaijan",
             "object": "started the hostilities",
             "quote": "Yerevan accused Baku of starting the hostilities on Sunday.",
             "date": "2020-09-27", "factuality": "alleged"},
            {"type": "casualty", "speaker": "Armenian Defence Ministry", "via": ["AFP"], "subject": "Armenia",
             "quantity_min": 84, "quantity_max": 84, "quantity_text": "84 soldiers", "unit": "soldiers killed",
             "quote": "The Armenian Defence Ministry said 84 soldiers had been killed, according to AFP.",
             "date": "2020-09-29"},
        ],
    ),
    DemoArticle(
        Article(
            name="baku-figures",
            title="Baku says hundreds of Armenian soldiers killed",
            published="2020-09-29",
            url="https://news.example.org/2020/09/29/baku-figures",
            outlet="ARRAHMAHNEWS",
            lang="en",
            text=(
                "Baku says hundreds of Armenian soldiers killed\n\n"
                "The Azerbaijani Defence Ministry said more than 200 Armenian soldiers had been killed, "
                "Sputnik reported.\n\n"
                "Dmitry Peskov said Moscow was in contact with both capitals.\n"
            ),
        ),
        [
            {"type": "casualty", "speaker": "Azerbaijani Defence Ministry", "via": ["Sputnik"], "subject": "Armenia",
             "quantity_min": 201, "quantity_max": None, "quantity_text": "more than 200 Armenian soldiers",
             "unit": "soldiers killed", "date": "2020-09-29",
             "quote": "The Azerbaijani Defence Ministry said more than 200 Armenian soldiers had been killed, "
                      "Sputnik reported."},
            {"type": "talks", "speaker": "Dmitry Peskov", "subject": "Armenia; Azerbaijan",
             "quote": "Dmitry Peskov said Moscow was in contact with both capitals."},
        ],
    ),
    DemoArticle(
        Article(
            name="hostile",
            title="<script>alert('title')</script> Hostile markup test",
            published="2020-10-10",
            url="javascript:alert(1)",
            lang="en",
            text=(
                "<script>alert('text')</script> An article whose text carries markup.\n\n"
                "Hikmet Hajiyev said <b>\"<img src=x onerror=alert(2)>\"</b> was only a test.\n"
            ),
        ),
        [
            {"type": "statement", "speaker": "Hikmet Hajiyev",
             "quote": "Hikmet Hajiyev said <b>\"<img src=x onerror=alert(2)>\"</b> was only a test."},
        ],
    ),
]

REFUSED = DemoArticle(
    Article(name="bad-offsets", title="An article the gate refuses", published="2020-10-11",
            url="https://news.example.org/2020/10/11/bad", lang="en",
            text="Officials said nothing of note today.\n"),
    [{"type": "statement", "speaker": "Officials", "quote": "a quote that is not in the text", "start": 0, "end": 5}],
)


def claims_for(demo: DemoArticle) -> list[Claim]:
    """Claim records with offsets found in the text (as an extractor would give them)."""
    out = []
    for spec in demo.claims:
        data = dict(spec)
        quote = str(data["quote"])
        start = int(data.pop("start", demo.article.text.find(quote)))  # type: ignore[call-overload]
        end = int(data.pop("end", start + len(quote)))  # type: ignore[call-overload]
        out.append(Claim.from_dict({"article": demo.article.key, "start": start, "end": end, **data}))
    return out


def populate(kb: KnowledgeBase) -> KnowledgeBase:
    """Load the demo articles (and the refused one) into ``kb``; returns it for chaining."""
    kb.sync_reference_graphs()
    for demo in [*ARTICLES, REFUSED]:
        kb.ingest_claims(demo.article, claims_for(demo))
    try:
        from kb.conflicts import refresh
    except ImportError:  # conflict detection not installed: the pages show an empty state
        return kb
    refresh(kb.store)
    return kb


def build(location: str = ":memory:") -> KnowledgeBase:
    """A demo knowledge base at ``location`` (a directory, or ``:memory:``)."""
    return populate(KnowledgeBase.open(location))
