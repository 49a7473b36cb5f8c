"""``kb eval-conflicts``, ``kb aggregates`` and ``kb series``: the conflict rules measured on labelled pairs, and the
findings that are not conflicts, on the command line (a thin adapter over ``kb.derived.conflicts``)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kb.cli.base import check_actor, handle_errors, main, open_kb, store_options

_REALWORLD = Path("tests/realworld")


@main.command(name="eval-conflicts")
@click.argument("pairs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--realworld", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="The real-article annotations folder (<lang>/articles.jsonl, <lang>/gold.jsonl) that real pairs "
                   "refer to; default tests/realworld when it exists.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--actors", "actors", multiple=True, type=click.Path(path_type=Path), envvar="KB_ACTORS")
@handle_errors
def eval_conflicts(pairs: tuple[Path, ...], realworld: Path | None, fmt: str, actors: tuple[Path, ...]) -> None:
    """Precision and recall of each finding kind on labelled claim pairs (conflict / part / update /
    corroboration / unrelated), the verdicts given, and any contradiction between figures of different scopes."""
    from kb.actors import Gazetteer
    from kb.derived.conflicts.pairs import LABELS, evaluate

    folder = realworld if realworld is not None else (_REALWORLD if _REALWORLD.is_dir() else None)
    scored = evaluate(pairs, folder, Gazetteer.load(actors))
    report = scored.to_dict()
    if fmt == "json":
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
        return
    click.echo(f"{report['pairs']} pairs ({report['real_pairs']} from real articles)")
    click.echo(f"{'label':<14}{'gold':>6}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}")
    for label in LABELS:
        row = report["labels"][label]
        p = "-" if row["precision"] is None else f"{row['precision']:.3f}"
        r = "-" if row["recall"] is None else f"{row['recall']:.3f}"
        click.echo(f"{label:<14}{row['gold']:>6}{row['predicted']:>7}{row['correct']:>7}{p:>11}{r:>8}")
    click.echo("conflict verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(report["conflict_verdicts"].items())))
    click.echo(f"contradictions between different scopes: {len(report['cross_scope_contradictions'])}")


def _findings(kind: str, fmt: str, actor: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    from kb.derived import conflicts

    kb = open_kb(store, actors, read_only=True)
    try:
        if actor:
            check_actor(kb.store, actor)
        found = (conflicts.aggregates if kind == "aggregates" else conflicts.series)(kb.store, actor=actor)
    finally:
        kb.close()
    if fmt == "json":
        click.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=1, default=str))
        return
    if not found:  # nothing printed read as a failure (tryout 19): say so on stderr, exit 0
        click.echo(f"kb: no {kind} found" + (f" for {actor!r}" if actor else ""), err=True)
    for f in found:
        click.echo(f"{f.key}  {f.explanation}")
        for period in f.details.get("periods", []):  # an aggregate's estimates per month
            e = {k: _figure((period.get(k) or {}).get("value")) for k in ("low", "best", "high", "conservative")}
            click.echo(f"    {period['period']}: low {e['low']}, best {e['best']}, high {e['high']}; "
                       f"most conservative {e['conservative']}")


def _figure(value: object) -> str:
    """A month's estimate; no high is an open upper bound (the highest figure was 'at least ...')."""
    if value is None:
        return "open"
    return f"{value:,}" if isinstance(value, int | float) else str(value)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--actor", default=None, help="Only aggregates of this party (name or key).")
@store_options
@handle_errors
def aggregates(fmt: str, actor: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """Low / best / high and the most conservative figure per party and category, each linked to its claims."""
    _findings("aggregates", fmt, actor, store, actors)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--actor", default=None, help="Only series of this speaker or party (name or key).")
@store_options
@handle_errors
def series(fmt: str, actor: str | None, store: str | None, actors: tuple[Path, ...]) -> None:
    """Each speaker's successive figures for one measure (updates, not conflicts), in date order."""
    _findings("series", fmt, actor, store, actors)
