"""``kb review`` and ``kb reviewer``: the analyst's review workflow from the shell (a thin adapter over
``kb.review``).  Every write names its reviewer (``--by``), who must be registered (``kb reviewer add``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kb.cli.base import handle_errors, main, open_kb, store_options
from kb.cli.read import print_table
from kb.errors import InputError
from kb.figures import figure_with_unit
from kb.review import listing, service
from kb.review.model import STATUSES, Review, parse_sets
from kb.review.reviewers import Reviewers, reviewers_location
from kb.service import KnowledgeBase
from kb.store import store_location


def _reviewers(store: str | None) -> Reviewers:
    return Reviewers.load(reviewers_location(store_location(store)))


@main.group()
def reviewer() -> None:
    """Named reviewers and their tokens (for `kb review --by`, the web sign-in and the review API)."""


@reviewer.command(name="add")
@click.argument("name")
@click.option("--store", "store", default=None, metavar="DIR", help="Store location (the file lives beside it).")
@handle_errors
def reviewer_add(name: str, store: str | None) -> None:
    """Register NAME and print their token (shown only this once: keep it)."""
    people = _reviewers(store)
    token = people.add(name)
    click.echo(f"reviewer {name} added to {people.path}; token (shown once):")
    click.echo(token)


@reviewer.command(name="remove")
@click.argument("name")
@click.option("--store", "store", default=None, metavar="DIR", help="Store location (the file lives beside it).")
@handle_errors
def reviewer_remove(name: str, store: str | None) -> None:
    """Unregister NAME: their token stops working and their signed-in sessions end; their reviews stay."""
    people = _reviewers(store)
    people.remove(name)
    click.echo(f"reviewer {name} removed from {people.path}")


@reviewer.command(name="list")
@click.option("--store", "store", default=None, metavar="DIR")
@handle_errors
def reviewer_list(store: str | None) -> None:
    """The registered reviewers' names."""
    for name in _reviewers(store).names():
        click.echo(name)


@main.group()
def review() -> None:
    """Review extracted claims: list, accept, reject, correct, add a missed one, export as gold."""


def _open(store: str | None, actors: tuple[Path, ...], wait: float = 30.0) -> KnowledgeBase:
    return KnowledgeBase.open(store, actors=actors, wait=wait)


@review.command(name="list")
@click.option("--status", type=click.Choice([*STATUSES, "recheck"]), default=None,
              help="Only claims with this status (recheck: flagged for a second look).")
@click.option("--article", default=None, metavar="KEY", help="Only this article's claims.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@store_options
@handle_errors
def review_list(status: str | None, article: str | None, fmt: str, store: str | None,
                actors: tuple[Path, ...]) -> None:
    """Claims with their review status and record fields (rejected ones too, with --status rejected)."""
    kb = open_kb(store, actors, read_only=True)
    try:
        rows = listing.rows(kb.store, kb.gazetteer, status=status, article=article)
    finally:
        kb.close()
    if fmt == "json":
        click.echo(json.dumps([r.to_dict() for r in rows], ensure_ascii=False, indent=1))
        return
    if not rows:  # as the quarantine says it, not an empty table
        click.echo("No claims to list.")
        return
    print_table(["claim", "status", "type", "speaker", "figure", "quote"],  # a table, as --format table says
                [[r.claim, r.status + (" (recheck)" if r.recheck else ""), r.record.type, r.record.speaker,
                  _figure(r.record.quantity_min, r.record.quantity_max, r.record.unit, r.record.approximate)
                  .strip(" []"), _short_quote(r.record.quote)] for r in rows], keep=("claim", "status"))


def _short_quote(quote: str, most: int = 80) -> str:
    return quote if len(quote) <= most else quote[:most - 1].rstrip() + "…"


def _figure(low: int | None, high: int | None, unit: str | None, approximate: bool = False) -> str:
    """' [at least 13 deaths]', ' [at most 20 deaths]', ' [13–20 deaths]', ' [13 deaths]', ' [about 130,000 deaths]'
    ('' without a figure): the web's wording (``kb.figures``: the CLI said "13 or more" where the web said "at least
    13", trial user29), an open bound in words, never Python's None ('[13-None deaths]', tryout 19), and an
    approximate figure said as one (tryout 20: "around 130,000" was listed as exactly 130,000)."""
    text = figure_with_unit(low, high, approximate, unit)
    return f" [{text}]" if text else ""


def _done(found: Review) -> None:
    click.echo(json.dumps(found.to_dict(), ensure_ascii=False))


def _write_options(func):  # type: ignore[no-untyped-def]
    func = click.option("--reason", default=None, help="Why (kept with the review).")(func)
    func = click.option("--by", "by", required=True, metavar="NAME", help="The reviewer (see `kb reviewer add`).")(func)
    return store_options(func)


@review.command(name="accept")
@click.argument("claim")
@_write_options
@handle_errors
def review_accept(claim: str, by: str, reason: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """CLAIM (its id or IRI) is right as extracted."""
    name = _reviewers(store).require(by)
    kb = _open(store, actors)
    try:
        _done(kb.review(service.accept, claim, name, reason))
    finally:
        kb.close()


@review.command(name="reject")
@click.argument("claim")
@_write_options
@handle_errors
def review_reject(claim: str, by: str, reason: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """CLAIM is wrong: hidden from pages, counts, conflicts and aggregates (kept, with the review)."""
    name = _reviewers(store).require(by)
    kb = _open(store, actors)
    try:
        _done(kb.review(service.reject, claim, name, reason))
    finally:
        kb.close()


@review.command(name="correct")
@click.argument("claim")
@click.option("--set", "sets", multiple=True, required=True, metavar="FIELD=VALUE",
              help="A record field to change (repeatable; '' clears; via: 'A; B').")
@_write_options
@handle_errors
def review_correct(claim: str, sets: tuple[str, ...], by: str, reason: str | None, store: str | None,
                   actors: tuple[Path, ...]) -> None:
    """Change fields of CLAIM; refused, with the shape's message, if the result breaks a shape."""
    values = parse_sets(sets)
    name = _reviewers(store).require(by)
    kb = _open(store, actors)
    try:
        _done(kb.review(service.correct, claim, values, name, reason))
    finally:
        kb.close()


@review.command(name="add")
@click.argument("article")
@click.option("--start", type=click.IntRange(min=0), required=True, help="Offset where the quote starts.")
@click.option("--end", type=click.IntRange(min=1), required=True, help="Offset where the quote ends.")
@click.option("--set", "sets", multiple=True, required=True, metavar="FIELD=VALUE",
              help="Record fields (type and speaker at least; repeatable).")
@_write_options
@handle_errors
def review_add(article: str, start: int, end: int, sets: tuple[str, ...], by: str, reason: str | None,
               store: str | None, actors: tuple[Path, ...]) -> None:
    """Add a claim the extractor missed in ARTICLE (its key), quoting the text from --start to --end."""
    values = parse_sets(sets)
    name = _reviewers(store).require(by)
    kb = _open(store, actors)
    try:
        _done(kb.review(service.add, article, start, end, values, name, reason))
    finally:
        kb.close()


@review.command(name="export")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Write here instead of stdout.")
@click.option("--texts", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Also write each reviewed article's text (KEY.txt + KEY.meta.json) here, for `kb eval`.")
@store_options
@handle_errors
def review_export(fmt: str, output: Path | None, texts: Path | None, store: str | None,
                  actors: tuple[Path, ...]) -> None:
    """The accepted, corrected and added claims of every reviewed article, as `kb eval` gold records."""
    from kb.pipeline.record import write_jsonl

    kb = open_kb(store, actors, read_only=True)
    try:
        records = listing.gold(kb.store, kb.gazetteer)
        if texts is not None:
            listing.write_texts(kb.store, listing.reviewed_articles(kb.store), texts)
    finally:
        kb.close()
    if output is None:
        write_jsonl(records, sys.stdout)
        return
    try:
        with output.open("w", encoding="utf-8") as out:
            write_jsonl(records, out)
    except OSError as exc:
        raise InputError(f"{output}: {exc.strerror or exc}") from None
