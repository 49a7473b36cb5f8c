"""The map's grouped queries over a SPARQL server (issue 7's remote store; branch map30): the counts, the unplaced
list and a place's claims answer as over the embedded store, on an Oxigraph server and on Virtuoso 7 (the servers
of ``tests/servers.py``; skipped with the reason when a binary is missing).  Why: the new queries use subqueries,
``MINUS``, ``GRAPH ?g`` and filters on variables only a binding sets, which a server may read otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kb.service import KnowledgeBase
from tests.conftest import needs
from tests.servers import Unavailable, oxigraph_server, virtuoso_server
from tests.test_web_map30 import TEXT
from web import create_app

META = {"lang": "en", "published": "2024-03-08"}
CONFIG = {"RATE_LIMIT": None, "KB_REFRESH_SECONDS": 0, "CONFLICTS_CACHE_SECONDS": 0}
PATHS = ["/map.geojson", "/map.json", "/map.json?place=kharkiv", "/map.json?place=kharkiv&limit=1&page=2",
         "/map.geojson?from=2024-03-05&to=2024-03-07", "/map.geojson?actor=ukraine-mod", "/map.json?type=casualty",
         "/map.json?actor=ukraine-mod&from=2024-03-06", "/map.csv?limit=2&page=2"]


def _fill(location: str) -> None:
    kb = KnowledgeBase.open(location)
    try:
        assert kb.ingest_text(TEXT, META).claims == 6
    finally:
        kb.close()


@pytest.fixture(scope="module")
def local(tmp_path_factory: pytest.TempPathFactory) -> Any:
    location = str(tmp_path_factory.mktemp("embedded") / "kb")
    _fill(location)
    return create_app({"KB_STORE": location, **CONFIG}).test_client()


@pytest.fixture(scope="module", params=["oxigraph", "virtuoso"])
def remote(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    tmp = tmp_path_factory.mktemp(request.param)
    server = oxigraph_server if request.param == "oxigraph" else virtuoso_server
    try:
        with server(tmp / "server") as url, pytest.MonkeyPatch.context() as mp:
            mp.setenv("KB_QUARANTINE", str(tmp / "quarantine"))
            _fill(url)
            yield create_app({"KB_STORE": url, **CONFIG}).test_client()
    except Unavailable as exc:
        needs(f"{request.param}: {exc}")


def _answer(client: Any, path: str) -> Any:
    response = client.get(path)
    assert response.status_code == 200, (path, response.data[:300])
    if path.startswith("/map.csv"):
        return response.get_data(as_text=True)
    doc = response.get_json()
    doc.pop("queries", None)
    return doc


def test_the_map_answers_as_over_the_embedded_store(remote: Any, local: Any) -> None:
    for path in PATHS:
        assert _answer(remote, path) == _answer(local, path), path
    page = remote.get("/map", headers={"Accept": "text/html"})
    assert page.status_code == 200 and "(4 claims, 2 places)" in page.get_data(as_text=True)
    assert remote.get("/map.json?place=atlantis").status_code == 404
