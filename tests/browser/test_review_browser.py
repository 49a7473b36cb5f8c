"""Reviewing in Debian's chromium: sign in with a reviewer token, review three claims from the queue with the
keyboard, and add a missed claim by selecting text on an article page with the mouse."""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator

import pytest

from kb.review.reviewers import Reviewers
from tests.browser.conftest import serving
from tests.fixtures import demo

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def review_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Its own demo store (the walk's server must not see these reviews) with one reviewer, Ana."""
    location = tmp_path_factory.mktemp("review") / "kb"
    demo.build(str(location)).close()
    token = Reviewers.load(location / "reviewers.json").add("Ana")
    with serving(location, "/review") as url:
        yield url, token


def _queue(url: str) -> list[dict[str, object]]:
    with urllib.request.urlopen(url + "/review.json", timeout=10) as answer:
        return json.loads(answer.read())["rows"]  # type: ignore[no-any-return]


def _history(url: str, claim: str) -> list[dict[str, object]]:
    key = claim.rsplit("/", 1)[-1]
    with urllib.request.urlopen(f"{url}/api/claims/{key}/review", timeout=10) as answer:
        return json.loads(answer.read())["reviews"]  # type: ignore[no-any-return]


def test_sign_in_review_three_by_keyboard_and_add_by_selection(review_server: tuple[str, str], watched) -> None:  # type: ignore[no-untyped-def]
    url, token = review_server
    page = watched.page
    before = _queue(url)
    page.goto(url + "/review")
    page.locator("#signin-link").click()
    page.wait_for_url(re.compile(r"/review/signin"))
    page.locator("input[name=token]").fill(token)
    page.locator("#signin button[type=submit]").click()
    page.wait_for_url(re.compile(r"/review$"))
    assert "Reviewing as Ana" in page.locator("main").inner_text()
    watched.shot("review-queue")

    # accept the first, reject the next, skip one with j and accept the one after it
    first, second = before[0]["claim"], before[1]["claim"]
    with page.expect_navigation():
        page.keyboard.press("a")
    with page.expect_navigation():
        page.keyboard.press("r")
    now = _queue(url)
    third = now[1]["claim"]
    page.keyboard.press("j")
    assert page.locator("li.queue-item.selected").get_attribute("data-claim") == str(third).rsplit("/", 1)[-1]
    with page.expect_navigation():
        page.keyboard.press("a")
    assert [h["status"] for h in _history(url, str(first))] == ["accepted"]
    assert [h["status"] for h in _history(url, str(second))] == ["rejected"]
    assert [(h["status"], h["by"]) for h in _history(url, str(third))] == [("accepted", "Ana")]
    rows = {r["claim"]: r for r in _queue(url)}
    assert second not in rows  # rejected: hidden from the queue's claims like from every page
    assert rows[first]["reviewed"] and rows[third]["reviewed"]

    # add a missed claim: drag the mouse over a whole sentence of an article the extractor left unmarked
    key = str(now[0]["articleKey"])
    page.goto(f"{url}/articles/{key}")
    box = page.evaluate("""() => {
        const root = document.getElementById('article-text');
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
            const node = walker.currentNode;
            if (node.parentElement === root && node.nodeValue.trim().length > 40) {
                const sentence = node.nodeValue.trim();
                const at = node.nodeValue.indexOf(sentence), last = at + sentence.length - 1;
                const range = document.createRange();
                range.setStart(node, at); range.setEnd(node, at + 1);
                const a = range.getBoundingClientRect();
                range.setStart(node, last); range.setEnd(node, last + 1);
                const b = range.getBoundingClientRect();
                return {x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2,
                        text: sentence};
            }
        }
        return null;
    }""")
    assert box is not None
    page.mouse.move(box["x1"], box["y1"])
    page.mouse.down()
    page.mouse.move(box["x2"], box["y2"], steps=8)
    page.mouse.up()
    page.wait_for_selector("#add-claim:not([hidden])")
    assert page.locator("#add-quote").input_value() == box["text"]
    page.locator("#add-type").select_option("statement")
    page.locator("#add-speaker").fill("Armenia")
    watched.shot("review-add-claim")
    with page.expect_navigation():
        page.locator("#add-submit").click()
    assert re.search(r"/claims/[^/]+$", page.url)
    assert "added by Ana" in page.locator("#history").inner_text()
    assert box["text"] in page.locator("#quote mark").inner_text()
