"""The ``kb`` command line: a thin adapter over ``kb.service`` (click and rich live only in this package).

``kb.cli.base`` holds the group, exit codes and error handling; ``kb.cli.write`` the commands that write
(ingest, add, extract); ``kb.cli.read`` the ones that read (query, export, validate, eval...); ``kb.cli.serve``
serve and demo; ``kb.cli.main`` loads them all onto the group.
"""

from kb.cli.main import main

__all__ = ["main"]
