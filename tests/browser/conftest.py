"""Browser fixtures: the demo knowledge base served by waitress, and Debian's chromium via Playwright.

Skips cleanly when ``/usr/bin/chromium`` or Playwright is missing.  Every page records console
errors and any request to a host other than 127.0.0.1, which the tests then assert are empty.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import needs
from tests.fixtures import demo

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--disable-gpu"]
# Screenshots go to $KB_SCREENSHOTS (the README's are made with KB_SCREENSHOTS=docs/screenshots), else to a
# temporary folder, so a test run never modifies the checkout.
SCREENSHOTS = Path(os.environ.get("KB_SCREENSHOTS") or tempfile.gettempdir() + "/claimkb-screenshots")


@contextlib.contextmanager
def serving(location: Path, ready: str = "/sparql") -> Iterator[str]:
    """The app over the store at ``location``, in its own process on a free 127.0.0.1 port, until the block ends
    (``ready``: the path answered once it is up)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = f"from web import serve; serve({str(location)!r}, port={port})"
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=Path(__file__).parents[2])
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(url + ready, timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    location = tmp_path_factory.mktemp("browser") / "kb"
    demo.build(str(location)).close()
    with serving(location) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        needs("Debian's chromium is not installed (/usr/bin/chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield browser
        browser.close()


class Watched:
    """A page plus what went wrong on it: console errors, page errors, requests leaving 127.0.0.1."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("request", self._request)

    def _request(self, request: Any) -> None:
        host = urlsplit(request.url).hostname
        if request.url.startswith(("http://", "https://", "ws://", "wss://")) and host != "127.0.0.1":
            self.outside.append(request.url)

    def shot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def watched(browser: Any) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(10000)
    w = Watched(page)
    yield w
    context.close()
    assert w.outside == [], f"requests left 127.0.0.1: {w.outside}"
    assert w.errors == [], f"console errors: {w.errors}"
