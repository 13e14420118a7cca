"""YAML with line marks: compose with the safe loader, convert nodes to values, keep locations.

PyYAML's constructors drop positions. Composing first keeps every node's start mark, so a
message can name the exact line and column of an offending key or value. The conversion
is bounded (node count and depth) so an alias bomb is refused instead of expanded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from reinstate.core.diagnostics import Location

_Loader: type[yaml.SafeLoader | yaml.CSafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

KeyPath = tuple[str | int, ...]

MAX_NODES = 20_000
MAX_DEPTH = 64

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass(frozen=True, slots=True)
class Marks:
    """Locations of the keys and values of a YAML document, by key path."""

    path: str
    """Project-relative path of the file the marks belong to."""
    origin: Location
    """Where the document starts (used when nothing closer is known)."""
    keys: dict[KeyPath, Location] = field(default_factory=dict)
    values: dict[KeyPath, Location] = field(default_factory=dict)
    raw: dict[KeyPath, str] = field(default_factory=dict)
    """The source text of each scalar, e.g. `007` for a value YAML reads as 7."""

    def key(self, path: KeyPath) -> Location:
        """The location of the key at `path`, else of the closest enclosing one."""
        for depth in range(len(path), 0, -1):
            found = self.keys.get(path[:depth]) or self.values.get(path[:depth])
            if found is not None:
                return found
        return self.origin

    def value(self, path: KeyPath) -> Location:
        """The location of the value at `path`, else of its key, else of a parent."""
        found = self.values.get(path)
        return found if found is not None else self.key(path)


class YamlError(Exception):
    """A front matter block that is not valid YAML, or not a safe and bounded one."""

    def __init__(self, message: str, line: int, col: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.col = col


def load_with_marks(text: str, path: str, first_line: int) -> tuple[Any, Marks]:
    """Parse one YAML document; lines in marks are offset so `first_line` is the text's line 1.

    Raises `YamlError` with a 1-based line and column for syntax errors, unsupported tags,
    duplicate keys and documents that are too large or too deep.
    """
    marks = Marks(path, Location(path, max(first_line - 1, 1), 1))
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line, mark.column) if mark is not None else (0, 0)
        problem = exc.problem or exc.context or "invalid YAML"
        start = exc.context_mark
        if (
            exc.problem
            and exc.context
            and start is not None
            and (start.line, start.column) != (line, col)
        ):
            # Where the unclosed bracket or quote began: the problem is found further on.
            problem += (
                f" {exc.context} that starts at line {first_line + start.line}, "
                f"column {start.column + 1}"
            )
        raise YamlError(f"invalid YAML: {problem}", first_line + line, col + 1) from None
    except yaml.YAMLError as exc:
        line, col = _position_of(text, getattr(exc, "position", 0))
        raise YamlError(f"invalid YAML: {exc}", first_line + line, col + 1) from None
    if node is None:
        return None, marks
    converter = _Converter(marks, first_line)
    return converter.convert(node, (), 0), marks


def _position_of(text: str, index: int) -> tuple[int, int]:
    before = text[: max(index, 0)]
    line = before.count("\n")
    return line, index - (before.rfind("\n") + 1)


class _Converter:
    """Turns composed nodes into plain values while recording marks."""

    def __init__(self, marks: Marks, first_line: int) -> None:
        self.marks = marks
        self.first_line = first_line
        self.nodes = 0
        self.constructor = _Loader("")

    def location(self, node: yaml.Node) -> Location:
        mark = node.start_mark
        return Location(self.marks.path, self.first_line + mark.line, mark.column + 1)

    def fail(self, node: yaml.Node, message: str) -> YamlError:
        loc = self.location(node)
        return YamlError(message, loc.line, loc.col)

    def convert(self, node: yaml.Node, path: KeyPath, depth: int) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise self.fail(node, f"front matter is too large (more than {MAX_NODES} values)")
        if depth > MAX_DEPTH:
            raise self.fail(node, f"front matter is nested too deeply (over {MAX_DEPTH} levels)")
        self.marks.values.setdefault(path, self.location(node))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != "tag:yaml.org,2002:seq":
                raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
            return [self.convert(item, (*path, i), depth + 1) for i, item in enumerate(node.value)]
        return self.scalar(node, path)

    def mapping(self, node: yaml.MappingNode, path: KeyPath, depth: int) -> dict[str, Any]:
        if node.tag != "tag:yaml.org,2002:map":
            raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, "a key must be a plain word, not a list or a mapping")
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.fail(key_node, "YAML merge keys ('<<') are not supported")
            key = str(key_node.value)
            if key in result:
                first = self.marks.keys[(*path, key)]
                raise self.fail(
                    key_node, f"duplicate key '{key}' (first given on line {first.line})"
                )
            self.marks.keys[(*path, key)] = self.location(key_node)
            result[key] = self.convert(value_node, (*path, key), depth + 1)
        return result

    def scalar(self, node: yaml.Node, path: KeyPath) -> Any:
        if node.tag not in _SCALAR_TAGS:
            raise self.fail(node, f"unsupported YAML tag {node.tag!r}")
        raw = str(node.value)
        self.marks.raw[path] = raw
        if node.tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
            # Dates stay text: the schema parses them, so `2025-02-30` gets a located error.
            return raw
        try:
            return self.constructor.construct_object(node, deep=True)
        except (yaml.YAMLError, ValueError, OverflowError):
            return raw
