"""The list of aggregates shows each one's estimates per month from their values alone ("aggregate-estimate-values"),
the same months and values as the aggregate's own page (which reads every claim they come from), each linked to
that page; the list no longer runs the query that reads every claim of every month."""

from __future__ import annotations

import re

import pytest
from flask.testing import FlaskClient

from tests.fixtures import demo
from web import create_app
from web.views import findings, thousands
from web.views.findings import ESTIMATES


@pytest.fixture(scope="module")
def client() -> FlaskClient:
    return create_app({"KB_STORE": demo.build(), "RATE_LIMIT": None, "CONFLICTS_CACHE_SECONDS": 0}).test_client()


def _months_listed(page: str, key: str) -> list[list[str]]:
    """The month rows of one aggregate's section of the list: [month, low, best, high, conservative] as shown."""
    section = page[page.index(f'<a href="/aggregates/{key}">'):]
    section = section[:section.index("</section>")]
    if 'class="estimates periods"' not in section:
        return []
    table = section[section.index('class="estimates periods"'):]
    rows = re.findall(r"<tr><td>([0-9-]+)</td>(.*?)</tr>", table, flags=re.S)
    return [[month, *(re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r'<td class="figure">(.*?)</td>', cells))]
            for month, cells in rows]


@pytest.mark.parametrize("shown", [findings.MONTHS_SHOWN, 1])
def test_the_list_shows_the_latest_months_of_each_aggregates_own_page(client: FlaskClient, shown: int,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """The list's months are the latest ``MONTHS_SHOWN`` of the aggregate's own page, with a note where it has more."""
    monkeypatch.setattr(findings, "MONTHS_SHOWN", shown)
    listed = client.get("/aggregates.json").get_json()["rows"]
    page = client.get("/aggregates").get_data(as_text=True)
    listed_keys = [r["key"] for r in listed if f'<a href="/aggregates/{r["key"]}">' in page]
    months = 0
    for key in listed_keys:
        own = client.get(f"/aggregates/{key}.json").get_json()["periods"]
        expected = [[p["period"], *(("open" if k == "high" else "") if p.get(k) is None else thousands(p[k])
                                    for k in ESTIMATES)] for p in own]  # no high: an open upper bound
        assert _months_listed(page, key) == expected[-shown:], key
        section = page[page.index(f'<a href="/aggregates/{key}">'):]
        noted = f"The latest {shown} of {len(own)} months" in section[:section.index("</section>")]
        assert noted == (len(own) > shown), key
        months += len(own)
    assert listed_keys and months  # the demo's aggregates have months: the comparison compared something


def test_the_list_links_each_month_to_the_aggregate_and_reads_no_claims_of_its_months(client: FlaskClient) -> None:
    page = client.get("/aggregates").get_data(as_text=True)
    ran = re.findall(r"<code>([a-z-]+)\.rq</code>", page)
    assert "aggregate-estimate-values" in ran and "aggregate-periods" not in ran
    key = client.get("/aggregates.json").get_json()["rows"][0]["key"]
    table = page[page.index('class="estimates periods"'):]
    assert '<td class="figure"><a href="/aggregates/' in table[:table.index("</table>")]
    own = client.get(f"/aggregates/{key}").get_data(as_text=True)
    assert "aggregate-periods.rq" in own and '<td class="figure"><a href="/claims/' in own  # its page: every claim
