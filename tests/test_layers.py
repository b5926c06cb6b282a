"""The package's layers import only downward, and no module imports itself round a cycle (README, "Package layers")."""

from __future__ import annotations

import ast
from pathlib import Path

from devtools.project import ROOT

PACKAGE = ROOT / "plan"
LAYERS = ["model", "load", "queries", "output", "exports", "render", "site"]  # then the entry points: plan/*.py
ENTRY = len(LAYERS)


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) > 1 and parts[1] in LAYERS:
        return LAYERS.index(parts[1])
    return ENTRY


def _imports() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _module_name(path)
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("plan"):
                found.add(node.module)
                found |= {f"{node.module}.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.Import):
                found |= {alias.name for alias in node.names if alias.name.startswith("plan")}
        graph[module] = found
    modules = set(graph)
    return {module: {name for name in names if name in modules and name != module} for module, names in graph.items()}


def test_every_module_belongs_to_a_layer():
    packages = {path.name for path in PACKAGE.iterdir() if path.is_dir() and (path / "__init__.py").exists()}
    assert packages == set(LAYERS), f"a package outside the layer order: {sorted(packages ^ set(LAYERS))}"


def test_no_layer_imports_a_layer_above_it():
    upward = [f"{module} ({LAYERS[_layer(module)] if _layer(module) < ENTRY else 'entry'}) imports {name}"
              for module, names in _imports().items() for name in names if _layer(name) > _layer(module)]
    assert not upward, "\n".join(upward)


def test_the_layer_list_is_the_readme_s():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert " → ".join(LAYERS) + " → entry points" in readme


def test_no_import_cycle():
    graph = _imports()
    state: dict[str, str] = {}
    cycles = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for name in sorted(graph[module]):
            if state.get(name) == "open":
                cycles.append(" → ".join(trail[trail.index(name):] + [name]) if name in trail else f"{module} → {name}")
            elif name not in state:
                visit(name, trail + [name])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert not cycles, "\n".join(cycles)
