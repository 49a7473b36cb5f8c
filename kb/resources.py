"""Where the bundled Turtle files, queries and samples live, installed or in a checkout.

The wheel carries ``ontology/`` and ``samples/`` inside the package (as ``kb/_ontology`` and
``kb/_samples``); in a source checkout they sit beside ``kb/``.  Callers never guess paths.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _find(packaged: str, checkout: str) -> Path:
    inside = _PKG / packaged
    return inside if inside.is_dir() else _PKG.parent / checkout


@cache
def ontology_dir() -> Path:
    return _find("_ontology", "ontology")


@cache
def samples_dir() -> Path:
    return _find("_samples", "samples")


def ontology_file(name: str) -> Path:
    """A Turtle file of ``ontology/`` (``kb.ttl``, ``shapes.ttl``, ``actors.ttl``)."""
    return ontology_dir() / name

