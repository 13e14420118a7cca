"""Field types: validate front matter values and describe them as JSON Schema.

One declaration per field (in `kinds.py`) serves both the loader, which checks and
converts every value with a located message, and `reinstate schema`, which prints the same
rules as JSON Schema for editors. Keeping both in one place means they cannot disagree.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reinstate.core.decoding import CONTROLS
from reinstate.core.diagnostics import Reporter
from reinstate.core.yamlmarks import KeyPath, Marks

JSON = dict[str, Any]

MISSING: Any = object()

TODO_VALUE = re.compile(r"\s*\[\s*TODO\b[^\]\n]*\]\s*", re.IGNORECASE)
"""A whole value that is a to-do marker, e.g. `date: "[TODO: the day the listing was closed]"`."""


NOT_IN_A_LINE = r"\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029"
"""Characters one line of text may not hold (a character class body): C0 controls but the
tab, DEL, C1 controls (NEL) and the Unicode line and paragraph separators. Each either
breaks the line (`str.splitlines` splits at CR, VT, FF, FS, GS, RS, NEL, U+2028/2029) or
is invisible; in an e-mail header a line break would start a new header."""
NOT_IN_A_LINE_RE = re.compile(f"[{NOT_IN_A_LINE}]")


def is_todo(value: Any) -> bool:
    """Whether `value` is a to-do marker that `reinstate new` left in a field to fill in.

    Typed fields (dates, ASINs, order ids, units) read such a marker as "not known yet"
    instead of as a malformed value: the placeholder rule reports it, located and saying
    what to fill in, rather than a type error that reads like a bug.
    """
    return isinstance(value, str) and TODO_VALUE.fullmatch(value) is not None


def todo_text(value: str) -> str:
    """What a to-do marker asks for: `[TODO: the notice date]` → `the notice date`."""
    inner = value.strip()[1:-1].strip()
    return inner[4:].lstrip(" :").strip() if inner[:4].upper() == "TODO" else inner


@dataclass(frozen=True, slots=True)
class Context:
    """What a type needs to report a problem: the reporter and the file's marks."""

    reporter: Reporter
    marks: Marks

    def error(
        self, path: KeyPath, message: str, hint: str = "", rule: str = "field.invalid"
    ) -> None:
        self.reporter.error(self.marks.value(path), rule, message, hint)

    def key_error(
        self, path: KeyPath, message: str, hint: str = "", rule: str = "field.invalid"
    ) -> None:
        self.reporter.error(self.marks.key(path), rule, message, hint)


def describe(path: KeyPath) -> str:
    """`violation.asins[2]` style name of a key path, for messages."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "front matter"


def type_name(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Type:
    """A field type. `check` returns the converted value, or MISSING after reporting."""

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        raise NotImplementedError

    def json(self) -> JSON:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Str(Type):
    """Text. Numbers are accepted as written (`complaint_ids: [1234567890]`)."""

    pattern: str | None = None
    what: str = ""
    """What the pattern means, for messages, e.g. 'an ASIN (B0 and 8 letters or digits)'."""
    one_line: bool = False
    max_length: int | None = None

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if isinstance(value, bool) or value is None or isinstance(value, list | dict):
            if value is None:
                ctx.error(path, f"'{describe(path)}' is empty", rule="field.required")
            else:
                ctx.error(path, f"'{describe(path)}' must be text, not {type_name(value)}")
            return MISSING
        text = ctx.marks.raw.get(path, str(value)) if not isinstance(value, str) else value
        if self.pattern is not None and is_todo(text):
            return MISSING  # still to fill in: the placeholder rule reports it
        text = text.strip() if self.one_line else text
        if not text.strip():
            ctx.error(path, f"'{describe(path)}' is empty", rule="field.required")
            return MISSING
        bad = NOT_IN_A_LINE_RE.search(text) if self.one_line else None
        if bad is not None:
            if bad.group() == "\n":
                ctx.error(path, f"'{describe(path)}' must be a single line")
            else:
                ctx.error(
                    path,
                    f"'{describe(path)}' must be a single line, but holds the control "
                    f"character U+{ord(bad.group()):04X} at character {bad.start() + 1}",
                    "remove it (it is invisible, or breaks the line in an e-mail header)",
                )
            return MISSING
        control = CONTROLS.search(text)
        if control is not None:  # written as a YAML escape ("\e", "\x1b"): raw ones are gone
            ctx.reporter.warning(
                ctx.marks.value(path),
                "text.control",
                f"control character U+{ord(control.group()):04X} in '{describe(path)}' dropped",
                "such characters are invisible, or make a terminal or text viewer misbehave",
            )
            text = CONTROLS.sub("", text)
        if self.max_length is not None and len(text) > self.max_length:
            ctx.error(path, f"'{describe(path)}' is longer than {self.max_length} characters")
            return MISSING
        if self.pattern is not None and not re.fullmatch(self.pattern, text):
            hint = ""
            if re.fullmatch(self.pattern, text.upper()):
                hint = f"write it in capitals: '{text.upper()}'"
            ctx.error(path, f"'{text}' in '{describe(path)}' is not {self.what}", hint)
            return MISSING
        return text

    def json(self) -> JSON:
        # The loader strips one-line text before matching, and reads numbers as written.
        pad = r"\s*" if self.one_line else ""
        schema: JSON
        if self.pattern is not None:
            schema = {"type": "string", "pattern": whole(f"{pad}(?:{self.pattern}){pad}")}
            number = number_form(self.pattern)
            if number is not None:
                schema = {"anyOf": [schema, number]}
        elif self.one_line:
            # Not blank, and no line break once the text is stripped.
            schema = {
                "type": ["string", "number"],
                "pattern": whole(rf"(?=[\s\S]*\S)\s*[^{NOT_IN_A_LINE}]*\s*"),
            }
        else:
            schema = {"type": ["string", "number"], "pattern": r"\S"}
        if self.max_length is not None:
            schema["maxLength"] = self.max_length
        return schema


def whole(pattern: str) -> str:
    """`pattern` anchored to the whole text, in both Python and ECMA-262 regex dialects.

    JSON Schema patterns search; `$` alone would also match before a final newline in
    Python (which `jsonschema` uses) but not in an editor's JavaScript engine.
    """
    return f"^{pattern}$(?![\\s\\S])"


def number_form(pattern: str) -> JSON | None:
    """The integers whose written form `pattern` accepts, as JSON Schema; None if none.

    YAML reads an all-digit value written without quotes as a number; the loader then checks
    the number as written, so the schema must accept an integer of that many digits too.
    """
    lengths = [n for n in range(1, 22) if re.fullmatch(pattern, "1" * n)]
    if not lengths:
        return None
    schema: JSON = {"type": "integer"}
    if not re.fullmatch(pattern, "-1"):
        schema["minimum"] = 10 ** (lengths[0] - 1) if lengths[0] > 1 else 0
    if lengths[-1] < 21:
        schema["maximum"] = 10 ** lengths[-1] - 1
    return schema


@dataclass(frozen=True, slots=True)
class Int(Type):
    minimum: int | None = None
    maximum: int | None = None

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if is_todo(value):
            return MISSING  # still to fill in: the placeholder rule reports it
        if isinstance(value, bool) or not isinstance(value, int):
            ctx.error(path, f"'{describe(path)}' must be a whole number, not {type_name(value)}")
            return MISSING
        if self.minimum is not None and value < self.minimum:
            ctx.error(path, f"'{describe(path)}' must be at least {self.minimum}")
            return MISSING
        if self.maximum is not None and value > self.maximum:
            ctx.error(path, f"'{describe(path)}' must be at most {self.maximum}")
            return MISSING
        return value

    def json(self) -> JSON:
        schema: JSON = {"type": "integer"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return schema


@dataclass(frozen=True, slots=True)
class Bool(Type):
    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if not isinstance(value, bool):
            ctx.error(path, f"'{describe(path)}' must be true or false, not {type_name(value)}")
            return MISSING
        return value

    def json(self) -> JSON:
        return {"type": "boolean"}


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True)
class Date(Type):
    """An ISO calendar date, YYYY-MM-DD."""

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if is_todo(value):
            return MISSING  # still to fill in: the placeholder rule reports it
        text = value if isinstance(value, str) else ctx.marks.raw.get(path, "")
        if not isinstance(value, str | int) or isinstance(value, bool) or not _DATE.fullmatch(text):
            shown = f"'{text}'" if text else type_name(value)
            ctx.error(
                path, f"{shown} in '{describe(path)}' is not a date", "write it as YYYY-MM-DD"
            )
            return MISSING
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            ctx.error(path, f"'{text}' in '{describe(path)}' is not a real calendar date")
            return MISSING

    def json(self) -> JSON:
        return {"type": "string", "format": "date", "pattern": whole(r"\d{4}-\d{2}-\d{2}")}


@dataclass(frozen=True, slots=True)
class Enum(Type):
    values: tuple[str, ...]

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if isinstance(value, str) and value in self.values:
            return value
        shown = value if isinstance(value, str) else type_name(value)
        hint = did_you_mean(str(value), self.values) or "use one of: " + ", ".join(self.values)
        ctx.error(path, f"'{shown}' is not a valid '{describe(path)}'", hint)
        return MISSING

    def json(self) -> JSON:
        return {"enum": list(self.values)}


@dataclass(frozen=True, slots=True)
class ListOf(Type):
    item: Type
    min_items: int = 0
    single: bool = True
    """Accept a single value where a list is expected (`addresses: a-cause`)."""

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if value is None:
            value = []
        if not isinstance(value, list):
            if not self.single or isinstance(value, dict):
                ctx.error(path, f"'{describe(path)}' must be a list, not {type_name(value)}")
                return MISSING
            value = [value]
            ctx.marks.values.setdefault((*path, 0), ctx.marks.value(path))
            if path in ctx.marks.raw:
                ctx.marks.raw.setdefault((*path, 0), ctx.marks.raw[path])
        if len(value) < self.min_items:
            ctx.error(
                path,
                f"'{describe(path)}' needs at least {self.min_items} entr"
                + ("y" if self.min_items == 1 else "ies"),
                rule="field.required",
            )
            return MISSING
        items = [self.item.check(v, (*path, i), ctx) for i, v in enumerate(value)]
        return [v for v in items if v is not MISSING]

    def json(self) -> JSON:
        item = self.item.json()
        schema: JSON = {"type": "array", "items": item}
        if self.min_items:
            schema["minItems"] = self.min_items
        if self.single and item.get("type") != "object":
            # A single value stands for a list of one (`addresses: a-cause`).
            # (not a single mapping: that is read as a mapping, not as a list of one)
            single = [a for a in alternatives(item) if a.get("type") != "object"]
            schema = {"anyOf": [schema, *single]}
        return schema


@dataclass(frozen=True, slots=True)
class TextOr(Type):
    """Text, or a mapping of fields (`highlights: [Invoice date, {page: 2, box: [...]}]`)."""

    text: Str
    mapping: Obj

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if isinstance(value, dict):
            return self.mapping.check(value, path, ctx)
        return self.text.check(value, path, ctx)

    def json(self) -> JSON:
        return {"anyOf": [*alternatives(self.text.json()), self.mapping.json()]}


@dataclass(frozen=True, slots=True)
class Fractions(Type):
    """`[x, y, w, h]`: an area of a page as fractions of its width and height, from the
    top left; an area that does not lie on the page is an error."""

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        numbers = (
            [v for v in value if isinstance(v, int | float) and not isinstance(v, bool)]
            if isinstance(value, list)
            else []
        )
        if len(numbers) != 4 or len(value) != 4:
            ctx.error(
                path,
                f"'{describe(path)}' must be four numbers [x, y, width, height], "
                f"not {type_name(value)}",
                "fractions of the page from its top left, e.g. [0.1, 0.2, 0.5, 0.05]",
            )
            return MISSING
        x, y, w, h = (float(v) for v in numbers)
        if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > 1.0001 or y + h > 1.0001:
            ctx.error(
                path,
                f"the box {numbers} in '{describe(path)}' is outside the page: x and y "
                "from 0, width and height above 0, x + width and y + height at most 1",
                "give fractions of the page from its top left, e.g. [0.1, 0.2, 0.5, 0.05]",
                rule="highlight.box-outside",
            )
            return MISSING
        return (x, y, w, h)

    def json(self) -> JSON:
        number = {"type": "number", "minimum": 0, "maximum": 1}
        return {"type": "array", "items": number, "minItems": 4, "maxItems": 4}


@dataclass(frozen=True, slots=True)
class MapOf(Type):
    """A mapping with free keys (e.g. ASIN → units)."""

    key: Str | Enum
    value: Type

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if is_todo(value):
            return MISSING  # still to fill in: the placeholder rule reports it
        if not isinstance(value, dict):
            ctx.error(path, f"'{describe(path)}' must be a mapping, not {type_name(value)}")
            return MISSING
        result: dict[str, Any] = {}
        for key, item in value.items():
            checked_key = self.key.check(key, (*path, key), _KeyContext(ctx))
            checked = self.value.check(item, (*path, key), ctx)
            if checked_key is not MISSING and checked is not MISSING:
                result[checked_key] = checked
        return result

    def json(self) -> JSON:
        schema: JSON = {"type": "object", "additionalProperties": self.value.json()}
        if isinstance(self.key, Enum):
            schema["propertyNames"] = self.key.json()
        elif self.key.pattern is not None:
            schema["propertyNames"] = {"pattern": whole(self.key.pattern)}
        return schema


class _KeyContext(Context):
    """Reports problems with a mapping key at the key, not at its value."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx.reporter, ctx.marks)

    def error(
        self, path: KeyPath, message: str, hint: str = "", rule: str = "field.invalid"
    ) -> None:
        self.reporter.error(self.marks.key(path), rule, message, hint)


@dataclass(frozen=True, slots=True)
class Field:
    """One key of a mapping."""

    name: str
    type: Type
    required: bool = False
    default: Any = None
    doc: str = ""
    check_value: Callable[[Any, KeyPath, Context], None] | None = None
    """An extra rule run on the converted value (e.g. 'not in the future')."""


@dataclass(frozen=True, slots=True)
class Obj(Type):
    """A mapping with known keys; unknown keys are errors with a 'did you mean' hint."""

    fields: tuple[Field, ...]
    doc: str = ""
    elsewhere: dict[str, str] = field(default_factory=dict)
    """Keys that belong somewhere else, with a hint saying where (for better messages)."""

    def check(self, value: Any, path: KeyPath, ctx: Context) -> Any:
        if not isinstance(value, dict):
            ctx.error(
                path, f"'{describe(path)}' must be a mapping of fields, not {type_name(value)}"
            )
            return MISSING
        known = {f.name: f for f in self.fields}
        for key in value:
            if key not in known:
                hint = self.elsewhere.get(key) or did_you_mean(key, known)
                where = f" in '{describe(path)}'" if path else ""
                ctx.key_error((*path, key), f"unknown key '{key}'{where}", hint, "field.unknown")
        result: dict[str, Any] = {}
        for spec in self.fields:
            sub = (*path, spec.name)
            if spec.name not in value or value[spec.name] is None:
                if spec.required:
                    where = f" in '{describe(path)}'" if path else ""
                    hint = f"add '{spec.name}:'"
                    if spec.doc:
                        hint += f" ({spec.doc[0].lower()}{spec.doc[1:].rstrip('.')})"
                    ctx.key_error(path, f"'{spec.name}' is required{where}", hint, "field.required")
                result[spec.name] = spec.default
                continue
            checked = spec.type.check(value[spec.name], sub, ctx)
            if checked is MISSING:
                result[spec.name] = spec.default
                continue
            if spec.check_value is not None:
                spec.check_value(checked, sub, ctx)
            result[spec.name] = checked
        return result

    def json(self) -> JSON:
        schema: JSON = {
            "type": "object",
            "properties": {f.name: self._field_json(f) for f in self.fields},
            "additionalProperties": False,
        }
        required = [f.name for f in self.fields if f.required]
        if required:
            schema["required"] = required
        if self.doc:
            schema["description"] = self.doc
        return schema

    @staticmethod
    def _field_json(spec: Field) -> JSON:
        schema = spec.type.json()
        if not spec.required:
            # The loader reads `key:` with no value as the key left out.
            schema = nullable(schema)
        if spec.doc:
            schema = {**schema, "description": spec.doc}
        if spec.default is not None and not isinstance(spec.default, list | dict):
            schema = {**schema, "default": spec.default}
        return schema


def alternatives(schema: JSON) -> list[JSON]:
    """The branches of a schema that is only an `anyOf`, else the schema itself."""
    return list(schema["anyOf"]) if set(schema) == {"anyOf"} else [schema]


def nullable(schema: JSON) -> JSON:
    """`schema`, also accepting null (an empty value)."""
    if "enum" in schema:
        return {**schema, "enum": [*schema["enum"], None]}
    if set(schema) == {"anyOf"}:
        return {"anyOf": [*alternatives(schema), {"type": "null"}]}
    kind = schema.get("type")
    if isinstance(kind, str) and "anyOf" not in schema:
        return {**schema, "type": [kind, "null"]}
    if isinstance(kind, list):
        return {**schema, "type": [*kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def did_you_mean(word: str, choices: Any) -> str:
    """`did you mean 'x'?` for the closest of `choices`, or ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else ""


def leaf_type(root: Type, path: KeyPath) -> Type | None:
    """The declared type of the value at `path` under `root` (None where none is declared)."""
    current: Type | None = root
    for part in path:
        if isinstance(current, Obj) and isinstance(part, str):
            current = next((f.type for f in current.fields if f.name == part), None)
        elif isinstance(current, ListOf) and isinstance(part, int):
            current = current.item
        elif isinstance(current, MapOf):
            current = current.value
        else:
            return None
    return current


def fact_hint(root: Type, path: KeyPath) -> str:
    """How to fill in the field at `path` when it holds a fact the checks compute with (a
    date, a number, or an id of a fixed form such as an ASIN); '' for any other field.

    A to-do marker left in such a field is an error: every rule that reads the field would
    otherwise pass on a value that is not there."""
    leaf = leaf_type(root, path)
    if isinstance(leaf, ListOf):  # a single value written where a list is expected
        leaf = leaf.item
    if isinstance(leaf, Date):
        return "write the date as YYYY-MM-DD"
    if isinstance(leaf, Int):
        return "write the number"
    if isinstance(leaf, Str) and leaf.pattern is not None:
        return f"write {leaf.what}" if leaf.what else "write the value"
    if isinstance(leaf, MapOf):
        return "write a mapping, e.g. {B07K2XQ9LM: 240}"
    return ""
