"""Field tables of the front matter, in Markdown, generated from the loader's declarations.

docs/case-format.md holds one table per kind between `<!-- fields:KIND -->` and
`<!-- /fields:KIND -->` markers; `python -m reinstate.core.fielddocs docs/case-format.md`
rewrites them, and a test fails when they no longer match `kinds.SCHEMAS`. The same tables
are printed by `reinstate schema --markdown`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

from reinstate.core.config import CONFIG
from reinstate.core.fieldtypes import (
    Bool,
    Date,
    Enum,
    Field,
    Fractions,
    Int,
    ListOf,
    MapOf,
    Obj,
    Str,
    TextOr,
    Type,
)
from reinstate.core.frontmatter import SCHEMAS


def type_text(kind: Type) -> str:
    """How a field's type reads in the docs."""
    if isinstance(kind, Str):
        if kind.what:
            return re.sub(r"^(a|an) ", "", kind.what)
        return "one line of text" if kind.one_line else "text"
    if isinstance(kind, Int):
        low = f" ≥ {kind.minimum}" if kind.minimum is not None else ""
        high = f" ≤ {kind.maximum}" if kind.maximum is not None else ""
        return "whole number" + (f"{low},{high}" if low and high else low or high)
    if isinstance(kind, Bool):
        return "`true` or `false`"
    if isinstance(kind, Date):
        return "date (YYYY-MM-DD)"
    if isinstance(kind, Enum):
        return "one of " + ", ".join(f"`{v}`" for v in kind.values)
    if isinstance(kind, ListOf):
        least = f" (at least {kind.min_items})" if kind.min_items else ""
        item = "mappings (below)" if isinstance(kind.item, Obj) else type_text(kind.item)
        item = "one-line texts" if item == "one line of text" else item
        return f"list of {item}{least}"
    if isinstance(kind, MapOf):
        return f"mapping of {type_text(kind.key)} to {type_text(kind.value)}"
    if isinstance(kind, Obj):
        return "mapping (below)"
    if isinstance(kind, TextOr):
        text = type_text(kind.text)
        return ("one-line texts" if text == "one line of text" else text) + " or mappings (below)"
    if isinstance(kind, Fractions):
        return "[x, y, width, height]: fractions of the page (0 to 1) from its top left"
    return type(kind).__name__


def _default(spec: Field) -> str:
    if spec.default is None or spec.default in ([], {}) or spec.default is False:
        return ""
    return f"`{str(spec.default).lower() if isinstance(spec.default, bool) else spec.default}`"


def rows(
    obj: Obj, prefix: str = "", optional_parent: str = ""
) -> Iterator[tuple[str, str, str, str, str]]:
    """(field, type, required, default, meaning) for `obj` and the mappings inside it."""
    for spec in obj.fields:
        name = prefix + spec.name
        required = ""
        if spec.required:
            required = optional_parent or "yes"
        inner = spec.type.item if isinstance(spec.type, ListOf) else spec.type
        inner = inner.mapping if isinstance(inner, TextOr) else inner
        doc = spec.doc or (inner.doc if isinstance(inner, Obj) else "")
        yield f"`{name}`", type_text(spec.type), required, _default(spec), doc
        if isinstance(inner, Obj):
            listed = isinstance(spec.type, ListOf)
            parent = optional_parent
            if not parent and (listed or not spec.required):
                parent = "in each entry" if listed else f"if `{name}` is given"
            yield from rows(inner, name + ("[]." if listed else "."), parent)


def field_table(kind: str) -> str:
    """The Markdown table of the front matter of `kind` (or of reinstate.yaml: 'config')."""
    lines = ["| Field | Type | Required | Default | Meaning |", "|---|---|---|---|---|"]
    for cells in rows(CONFIG if kind == "config" else SCHEMAS[kind]):
        if cells[0] == "`kind`":
            cells = (cells[0], f"`{kind}`", *cells[2:])
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")


def all_tables(config: bool = False) -> str:
    if config:
        return f"### reinstate.yaml\n\n{field_table('config')}"
    return "\n".join(f"### kind: {kind}\n\n{field_table(kind)}" for kind in SCHEMAS)


_BLOCK = re.compile(r"(<!-- fields:([a-z]+) -->\n)(.*?)(<!-- /fields:\2 -->)", re.DOTALL)


def update_document(text: str) -> str:
    """`text` with every marked table regenerated."""
    return _BLOCK.sub(lambda m: m.group(1) + field_table(m.group(2)) + m.group(4), text)


def main(argv: list[str]) -> int:
    """`python -m reinstate.core.fielddocs FILE.md [--check]`: rewrite (or check) the tables."""
    path = Path(argv[0])
    text = path.read_text("utf-8")
    updated = update_document(text)
    if "--check" in argv[1:]:
        if updated != text:
            print(f"{path}: field tables are out of date; run without --check", file=sys.stderr)
            return 1
        return 0
    if updated != text:
        path.write_text(updated, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
