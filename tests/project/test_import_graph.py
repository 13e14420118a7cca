"""The import graph of src/reinstate: no cycles, and imports point down the pipeline.

Every import counts: at module level, inside functions (the lazy ones), under
TYPE_CHECKING, and `importlib.import_module("reinstate....")` with a literal name. A module
belongs to the layer its name gives in `LAYERS`; a module imports only from its own layer
or earlier ones. The few upward imports left are listed in `UPWARD` with the reason, so
that no new one slips in and each one can be removed by name.

`python tests/project/test_import_graph.py [SRC]` prints the summary (modules, layers, cycles,
upward imports) of the tree at SRC (default: this checkout's src/).
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("core", ("reinstate", "reinstate.data", "reinstate.core")),
    ("discover", ("reinstate.stages.discover",)),
    ("read", ("reinstate.stages.read", "reinstate.stages.markdown", "reinstate.stages.verbatim")),
    ("load", ("reinstate.stages.load",)),
    ("resolve", ("reinstate.stages.resolve", "reinstate.stages.units")),
    ("history", ("reinstate.stages.history", "reinstate.stages.redline")),
    ("text", ("reinstate.stages.plaintext", "reinstate.stages.textlayout")),
    ("check", ("reinstate.checks",)),
    ("render", ("reinstate.render",)),
    ("output", ("reinstate.output",)),
    ("extend", ("reinstate.extend", "reinstate.run.extensions")),
    ("run", ("reinstate.run",)),
    ("live", ("reinstate.live",)),
    ("scaffold", ("reinstate.scaffold",)),
    ("cli", ("reinstate.cli", "reinstate.commands", "reinstate.__main__", "reinstate.messages")),
)
"""The layers, lowest first; a name stands for the module and everything under it."""

UPWARD: dict[tuple[str, str], str] = {}
"""Upward imports still allowed, each with its reason."""


def modules(src: Path) -> dict[str, Path]:
    found = {}
    for path in sorted((src / "reinstate").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The modules of `known` that the module `name` (at `path`) imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                targets.append(full if full in known else base)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            targets = [node.args[0].value]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target.startswith("reinstate") and target != name:
                yield target


def graph(src: Path) -> dict[str, set[str]]:
    known = modules(src)
    return {name: set(imported(name, path, known)) for name, path in known.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def layer(name: str) -> int:
    best, rank = -1, -1
    for n, (_title, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), n
    return rank


def upward(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    return sorted((a, b) for a, targets in edges.items() for b in targets if layer(b) > layer(a))


def test_every_module_has_a_layer() -> None:
    assert [name for name in graph(SRC) if layer(name) < 0] == []


def test_no_import_cycles() -> None:
    assert cycles(graph(SRC)) == []


def test_imports_point_down_the_pipeline() -> None:
    assert [edge for edge in upward(graph(SRC)) if edge not in UPWARD] == []
    assert [edge for edge in UPWARD if edge not in upward(graph(SRC))] == [], "remove from UPWARD"


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(edges) == [["a", "b", "c"]]


def summary(src: Path) -> str:
    edges = graph(src)
    found, up = cycles(edges), upward(edges)
    unplaced = sorted(name for name in edges if layer(name) < 0)
    lines = [
        f"{len(edges)} modules, {sum(map(len, edges.values()))} imports, {len(LAYERS)} layers",
        f"cycles: {len(found)} ({sum(map(len, found))} modules in them)",
        *(f"  {' ↔ '.join(c)}" for c in found),
        f"upward imports: {len(up)}",
        *(f"  {a} → {b}" for a, b in up),
    ]
    if unplaced:
        lines.append(f"modules without a layer: {', '.join(unplaced)}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(summary(Path(sys.argv[1]) if len(sys.argv) > 1 else SRC))
