"""``/conflicts?actor=NAME`` resolves the name from the actors' names alone ("Names of actors") and the named actors'
``represents`` chains (branch pg19): the same actors as the whole actor table (``load_actors``) named, for every
label, alias and key of every actor, in any case and spacing."""

from __future__ import annotations

from kb.derived.conflicts import read
from kb.derived.conflicts.load import load_actors
from tests.fixtures import demo


def test_every_name_of_every_actor_resolves_to_what_the_whole_table_said() -> None:
    store = demo.build().store
    actors = load_actors(store)

    def whole_table(name: str) -> set[str]:  # what _named read before: every actor's labels crossed with its aliases
        named = {iri for iri in actors.labels if actors.matches(iri, name)}
        return named | {actors.root(iri) for iri in named}

    names = {*actors.labels.values(), *(n for folded in actors.names.values() for n in folded),
             *(iri.rsplit("/", 1)[-1] for iri in actors.labels)}
    names |= {n.upper() for n in list(names)} | {f"  {n}  " for n in list(names)} | {"nobody at all"}
    represented = [iri for iri in actors.labels if actors.root(iri) != iri]
    assert len(names) > 100 and represented, "the demo's gazetteer has ministries that speak for states"
    for name in sorted(names):
        assert read.actors_named(store, name) == whole_table(name), name
    ministry = represented[0]
    assert read.actors_named(store, actors.labels[ministry]) >= {ministry, actors.root(ministry)}
