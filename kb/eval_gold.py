"""Reading a ``kb eval`` gold file: every line checked before scoring starts.

A gold line that is not a JSON object, names no article or no known claim type would otherwise score every
prediction as spurious (or crash mid-run); each such line is refused with its ``FILE:LINE`` and what is wrong,
as an ``InputError`` (exit 2 in the CLI), like every other malformed input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kb.errors import InputError, json_reason
from kb.pipeline.decode import read_bytes
from kb.pipeline.record import CLAIM_TYPES


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records of ``path`` (UTF-8 JSONL, one claim a line); refuses a binary, empty or malformed file."""
    data = read_bytes(path)
    if b"\x00" in data:
        raise InputError(f"{path}: binary file, not gold JSONL")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}), not gold JSONL") from None
    records = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            records.append(_record(line, f"{path}:{lineno}"))
    if not records:
        raise InputError(f"{path}: no gold records (an empty file)")
    return records


def _record(line: str, where: str) -> dict[str, Any]:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}:{exc.colno}: invalid JSON: {json_reason(exc)}") from None
    if not isinstance(data, dict):
        raise InputError(f"{where}: a gold line must be a JSON object, got {type(data).__name__}")
    article = data.get("article")
    if not isinstance(article, str) or not article.strip():
        raise InputError(f"{where}: no \"article\" (the article file's stem) in the gold record")
    kind = data.get("type")
    if kind not in CLAIM_TYPES:
        raise InputError(f"{where}: \"type\" {kind!r} is not one of {', '.join(CLAIM_TYPES)}")
    for key in ("quote", "speaker"):
        if key in data and data[key] is not None and not isinstance(data[key], str):
            raise InputError(f"{where}: \"{key}\" must be a string")
    return data
