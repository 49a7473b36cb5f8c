"""``python -m kb.cli``: the same entry point as the ``kb`` command."""

from kb.cli.main import main

main()
