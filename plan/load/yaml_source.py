"""Read YAML into plain data while remembering where every value was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from plan.model.errors import Issue
from plan.model.tree import Path


@dataclass
class YamlSource:
    """Parsed YAML plus the line/column of every node, keyed by data path."""

    file: str
    data: Any = None
    nodes: dict[Path, yaml.Node] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def node_at(self, path: Path) -> yaml.Node | None:
        """The node at `path`, or the nearest enclosing one that exists."""
        for end in range(len(path), -1, -1):
            node = self.nodes.get(tuple(path[:end]))
            if node is not None:
                return node
        return None

    def issue(self, path: Path, code: str, message: str, hint: str = "") -> Issue:
        node = self.node_at(path)
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        return Issue(self.file, line, column, code, message, hint)


# libyaml's parser keeps line/column marks like the pure-Python one and is about
# ten times faster; the plan is parsed on every build (bench/run.py).
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str, file: str) -> YamlSource:
    source = YamlSource(file=file)
    loader = SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            source.issues.append(Issue(file, 1, 1, "empty-file", "the file is empty", "restore the dataset from git"))
            return source
        _index(root, (), source)
        source.data = loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        source.issues.append(_syntax_issue(error, text, file))
    finally:
        loader.dispose()
    return source


def _index(node: yaml.Node, path: Path, source: YamlSource) -> None:
    source.nodes[path] = node
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, yaml.Node] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            if key in seen:
                first = seen[key].start_mark.line + 1
                source.issues.append(
                    Issue(
                        source.file,
                        key_node.start_mark.line + 1,
                        key_node.start_mark.column + 1,
                        "duplicate-key",
                        f"the key `{key}` appears twice in the same block (first at line {first})",
                        "keep one of the two lines; YAML would silently drop the first",
                    )
                )
            seen[key] = key_node
            _index(value_node, path + (key,), source)
    elif isinstance(node, yaml.SequenceNode):
        for position, item in enumerate(node.value):
            _index(item, path + (position,), source)


def _syntax_issue(error: yaml.MarkedYAMLError, text: str, file: str) -> Issue:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = (error.problem or "").strip()
    source_line = text.splitlines()[line - 1] if 0 < line <= len(text.splitlines()) else ""
    if "\t" in source_line[: max(column, 1)] or "'\\t'" in problem:
        return Issue(
            file, line, column, "yaml-tab",
            "a tab character is used here; YAML allows only spaces for indentation",
            "replace the tab with spaces (2 spaces per level) and align with the lines around it",
        )
    return Issue(
        file, line, column, "yaml-syntax",
        f"the YAML cannot be read here: {problem or error}",
        "check the indentation (2 spaces per level, siblings aligned), that every `key:` has a space after the colon, "
        "and that text containing `: ` or starting with a quote is wrapped in quotes",
    )
