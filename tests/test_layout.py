"""The layout's promises, read from the source with Python's own parser: no module-level import cycle in `kb` or
`web`, `kb` imports neither Flask nor `web`, and `rich` only in the command line (`kb/cli`).

Why a test: the boundaries (one service writes; the CLI and the web app are thin adapters over the library) hold
only while nobody adds the one import that crosses them, and a cycle shows up first as an import-order bug far
from the edit that caused it.  Imports inside functions and under ``if TYPE_CHECKING:`` are not module-level and
are left out, as Python itself leaves them out when the module loads.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules() -> dict[str, Path]:
    found = {}
    for top in ("kb", "web"):
        for path in (ROOT / top).rglob("*.py"):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _imports(tree: ast.Module, modules: dict[str, Path]) -> list[str]:
    """What a module imports when it loads: the top-level statements, inside ``try``/``if`` too, but never
    under ``if TYPE_CHECKING``; "from pkg import mod" names the module when it is one."""
    out: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        for inner in ast.walk(node) if isinstance(node, (ast.If, ast.Try)) else [node]:
            if isinstance(inner, ast.Import):
                out += [alias.name for alias in inner.names]
            elif isinstance(inner, ast.ImportFrom) and inner.module and inner.level == 0:
                out += [f"{inner.module}.{a.name}" if f"{inner.module}.{a.name}" in modules else inner.module
                        for a in inner.names]
    return out


def _graph() -> dict[str, list[str]]:
    modules = _modules()
    return {name: _imports(ast.parse(path.read_text(encoding="utf-8")), modules) for name, path in modules.items()}


def _cycle(graph: dict[str, list[str]]) -> list[str] | None:
    """One import cycle among the graph's own modules, else None (iterative depth-first search)."""
    state: dict[str, int] = {}
    for root in graph:
        if root in state:
            continue
        path, todo = [root], [iter(n for n in graph[root] if n in graph)]
        state[root] = 1
        while todo:
            nxt = next(todo[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                todo.pop()
            elif state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            elif nxt not in state:
                state[nxt] = 1
                path.append(nxt)
                todo.append(iter(n for n in graph[nxt] if n in graph))
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}) in (["a", "b", "c", "a"], ["b", "c", "a", "b"],
                                                                       ["c", "a", "b", "c"])
    assert _cycle({"a": ["b", "x"], "b": [], "c": ["a", "b"]}) is None


def test_no_module_level_import_cycle() -> None:
    assert _cycle(_graph()) is None


def _crossing(graph: dict[str, list[str]], where: str, banned: tuple[str, ...], allowed: str = "") -> list[str]:
    return sorted(f"{name} imports {target}" for name, targets in graph.items()
                  if name.split(".")[0] == where and not (allowed and name.startswith(allowed))
                  for target in targets if target.split(".")[0] in banned)


def test_the_library_imports_neither_the_web_app_nor_flask() -> None:
    assert _crossing(_graph(), "kb", ("web", "flask", "werkzeug")) == []


def test_rich_only_in_the_command_line() -> None:
    graph = _graph()
    assert _crossing(graph, "kb", ("rich",), allowed="kb.cli") == []
    assert _crossing(graph, "web", ("rich",)) == []
