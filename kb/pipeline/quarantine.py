"""Quarantine: where articles that fail the SHACL gate are kept whole, with their report.

Nothing is lost: the original text, its metadata, the extracted claims and the validation report
(RDF and plain words) are written together, so the article can be fixed and re-ingested.  Each
entry is written to a temporary folder and renamed into place, so a crash leaves no half entry.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from kb.errors import InputError
from kb.pipeline.article import Article
from kb.pipeline.record import Claim


@dataclass
class Entry:
    key: str
    name: str
    reason: str
    when: str
    article: dict[str, object]
    claims: list[dict[str, object]]
    report_turtle: str


class Quarantine:
    """Quarantined entries, in ``root`` on disk or in memory when ``root`` is None."""

    def __init__(self, root: Path | None) -> None:
        self.root = root
        self._memory: dict[str, Entry] = {}

    def put(self, article: Article, claims: list[Claim], reason: str, report_turtle: str) -> Entry:
        entry = Entry(
            key=article.key,
            name=article.name,
            reason=reason,
            when=datetime.now(UTC).isoformat(timespec="seconds"),
            article=asdict(article),
            claims=[c.to_dict() for c in claims],
            report_turtle=report_turtle,
        )
        if self.root is None:
            self._memory[entry.key] = entry
            return entry
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=self.root, prefix=".tmp-"))
        (tmp / "entry.json").write_text(json.dumps(asdict(entry), ensure_ascii=False, indent=1), encoding="utf-8")
        (tmp / "article.txt").write_text(article.text, encoding="utf-8")
        (tmp / "report.ttl").write_text(report_turtle, encoding="utf-8")
        final = self.root / entry.key
        if final.exists():
            shutil.rmtree(final)
        tmp.rename(final)
        return entry

    def remove(self, key: str) -> bool:
        if self.root is None:
            return self._memory.pop(key, None) is not None
        target = self.root / key
        if target.is_dir():
            shutil.rmtree(target)
            return True
        return False

    def list(self) -> list[Entry]:
        if self.root is None:
            entries = list(self._memory.values())
        else:
            paths = sorted(self.root.glob("*/entry.json"))
            entries = [self._read(p) for p in paths if not p.parent.name.startswith(".")]
        return sorted(entries, key=lambda e: (e.when, e.key))

    def get(self, key: str) -> Entry:
        if self.root is None:
            if key not in self._memory:
                raise InputError(f"quarantine: no entry {key!r}")
            return self._memory[key]
        path = self.root / key / "entry.json"
        if not key.isalnum() or not path.is_file():
            raise InputError(f"quarantine: no entry {key!r}")
        return self._read(path)

    def __len__(self) -> int:
        return len(self.list())

    @staticmethod
    def _read(path: Path) -> Entry:
        return Entry(**json.loads(path.read_text(encoding="utf-8")))
