"""The ``kb`` command: a thin adapter over the library (``kb.cli.base``: the group, exit codes, error
handling; ``kb.cli.write``: ingest, add, extract; ``kb.cli.read``: query, export, validate, … eval;
``kb.cli.serve``: serve, demo;
``kb.cli.conflicts``: eval-conflicts, aggregates, series;
``kb.cli.review``: review, reviewer).

Exit codes (documented in the README and pinned by tests):
  0  success
  1  data does not conform (quarantined, ``kb validate`` failures) or nothing was ingested
  2  usage or runtime error (bad option, missing or unreadable file, malformed input, store error)
"""

from __future__ import annotations

from kb.cli import conflicts as cli_conflicts  # each registers its commands on ``main``
from kb.cli import feeds as cli_feeds
from kb.cli import read as cli_read
from kb.cli import review as cli_review
from kb.cli import serve as cli_serve
from kb.cli import write as cli_write
from kb.cli.base import ERROR, NOT_CONFORMING, OK, main

__all__ = ["ERROR", "NOT_CONFORMING", "OK", "cli_conflicts", "cli_feeds", "cli_read", "cli_review", "cli_serve",
           "cli_write", "main"]
