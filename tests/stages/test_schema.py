"""`reinstate schema`: the JSON Schema agrees with the loader, in both directions.

The schema is generated from the declarations the loader validates with (kinds.SCHEMAS);
these tests hold the two to the same answers: every good case file passes both, every bad
example fails both on the same field, and a sweep of mutated files gets the same verdict.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator, ValidationError

from reinstate.core.diagnostics import Location, Reporter
from reinstate.core.fieldtypes import Context
from reinstate.core.frontmatter import SCHEMA_ID, SCHEMAS, json_schema
from reinstate.core.yamlmarks import KeyPath, Marks, load_with_marks
from reinstate.stages.read import read_source

TESTS = Path(__file__).parents[1]
REPO = TESTS.parent
GOOD_FILES = sorted(
    [*(TESTS / "roots").rglob("*.md"), *(REPO / "content").rglob("*.md")],
    key=lambda p: p.as_posix(),
)

VALIDATOR = Draft202012Validator(json_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def schema_paths(meta: dict[str, Any]) -> set[KeyPath]:
    """Paths of the fields the schema rejects (for a missing or unknown key: that key); one
    at least for every error, so empty exactly when `VALIDATOR.is_valid(meta)`."""
    paths: set[KeyPath] = set()

    def visit(error: ValidationError) -> None:
        path = tuple(error.absolute_path)
        if error.validator == "required":
            missing = [k for k in error.validator_value if k not in error.instance]
            paths.update((*path, k) for k in missing)
        elif error.validator == "additionalProperties":
            known = error.schema.get("properties", {})
            paths.update((*path, k) for k in error.instance if k not in known)
        elif error.context:
            for sub in error.context:
                visit(sub)
            paths.add(path)
        else:
            paths.add(path)

    for error in VALIDATOR.iter_errors(meta):
        visit(error)
    return paths


def loader_errors(meta: dict[str, Any], marks: Marks | None = None) -> list[Location]:
    """Where the loader's field validation reports errors in this front matter."""
    marks = marks or Marks("x.md", Location("x.md", 1, 1))
    reporter = Reporter()
    kind = meta.get("kind")
    if kind not in SCHEMAS:
        return [marks.value(("kind",))]
    SCHEMAS[kind].check(meta, (), Context(reporter, marks))
    return [d.location for d in reporter.diagnostics]


def front_matter(path: Path) -> tuple[dict[str, Any], Marks]:
    reporter = Reporter()
    source = read_source(path, path.name, reporter)
    assert source is not None, [d.format() for d in reporter.diagnostics]
    return source.meta, source.marks


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == SCHEMA_ID
    assert set(schema["$defs"]) == set(SCHEMAS)


def test_every_declared_field_is_in_the_schema_with_a_description() -> None:
    defs = json_schema()["$defs"]
    for kind, obj in SCHEMAS.items():
        props = defs[kind]["properties"]
        assert [f.name for f in obj.fields] == list(props)
        assert defs[kind]["required"] == [f.name for f in obj.fields if f.required]
        for name, prop in props.items():
            assert prop.get("description"), f"{kind}.{name} has no description"


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_good_files_pass_both(path: Path) -> None:
    meta, marks = front_matter(path)
    assert loader_errors(meta, marks) == []
    assert schema_paths(meta) == set()


CASE = {
    "kind": "case",
    "seller": {
        "legal_name": "Acme LLC",
        "store_name": "Acme",
        "merchant_token": "A1ACME00",
        "email": "a@acme.example",
    },
    "marketplace": "amazon.com",
    "violation": {"type": "odr", "notice_date": "2025-03-04"},
}
ACTION = {"kind": "action", "title": "Closed it", "addresses": ["c"], "date": "2025-03-05"}
MEASURE = {
    "kind": "measure",
    "title": "A check",
    "addresses": "c",
    "starts": "2025-03-05",
    "owner": "Dana",
    "cadence": "weekly",
}
EXHIBIT = {"kind": "exhibit", "title": "Invoice", "file": "files/a.pdf"}
LETTER = {"kind": "letter", "to": "Executive Seller Relations", "date": "2025-03-17"}


def changed(base: dict[str, Any], path: KeyPath, value: Any) -> dict[str, Any]:
    """A deep copy of `base` with `path` set to `value` (or removed, for `...`)."""
    meta = copy.deepcopy(base)
    target: Any = meta
    for part in path[:-1]:
        target = target[part]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return meta


BAD: list[tuple[str, dict[str, Any], KeyPath, Any]] = [
    ("no kind", ACTION, ("kind",), ...),
    ("unknown kind", ACTION, ("kind",), "remedy"),
    ("case without seller", CASE, ("seller",), ...),
    ("seller without email", CASE, ("seller", "email"), ...),
    ("empty legal name", CASE, ("seller", "legal_name"), "  "),
    ("legal name of two lines", CASE, ("seller", "legal_name"), "Acme\nLLC"),
    ("merchant token in lower case", CASE, ("seller", "merchant_token"), "a1acme00"),
    ("merchant token too short", CASE, ("seller", "merchant_token"), "A1B"),
    ("merchant token as a short number", CASE, ("seller", "merchant_token"), 12),
    ("e-mail without @", CASE, ("seller", "email"), "acme.example"),
    ("e-mail with a space", CASE, ("seller", "email"), "a b@acme.example"),
    ("contact without name", CASE, ("seller", "contact"), {"title": "Owner"}),
    ("unknown seller key", CASE, ("seller", "phone"), "+1 555"),
    ("unknown top-level key", CASE, ("deadline",), "2025-03-21"),
    ("mode misspelt", CASE, ("mode",), "plan-of-action"),
    ("scope not a string", CASE, ("scope",), ["account"]),
    ("violation type unknown", CASE, ("violation", "type"), "counterfeit"),
    ("notice date not a date", CASE, ("violation", "notice_date"), "4 March 2025"),
    ("notice date not a real day", CASE, ("violation", "notice_date"), "2025-02-30"),
    ("notice date null", CASE, ("violation", "notice_date"), None),
    ("ASIN with trailing text", CASE, ("violation", "asins"), ["B07K2XQ9LMX"]),
    ("ASIN in lower case", CASE, ("violation", "asins"), ["b07k2xq9lm"]),
    ("order id malformed", CASE, ("violation", "orders"), ["112-854432-8929888"]),
    ("metrics not a list", CASE, ("violation", "metrics"), {"name": "ODR", "value": "1%"}),
    ("metric without value", CASE, ("violation", "metrics"), [{"name": "ODR"}]),
    (
        "submission channel unknown",
        CASE,
        ("submissions",),
        [{"date": "2025-03-07", "channel": "fax"}],
    ),
    ("submission without date", CASE, ("submissions",), [{"outcome": "rejected"}]),
    ("signature not a mapping", CASE, ("signature",), "Dana"),
    ("action without addresses", ACTION, ("addresses",), ...),
    ("action with no causes", ACTION, ("addresses",), []),
    ("action with a bad cause id", ACTION, ("addresses",), ["no supplier"]),
    ("action date missing", ACTION, ("date",), ...),
    ("action title empty", ACTION, ("title",), ""),
    ("action order not a number", ACTION, ("order",), "first"),
    ("action order a fraction", ACTION, ("order",), 1.5),
    ("action key not true/false", ACTION, ("key",), "yes please"),
    ("action with a cadence", ACTION, ("cadence",), "weekly"),
    ("measure without owner", MEASURE, ("owner",), ...),
    ("measure starts not a date", MEASURE, ("starts",), 20250305),
    ("exhibit without file", EXHIBIT, ("file",), ...),
    ("exhibit type unknown", EXHIBIT, ("type",), "receipt"),
    ("exhibit covers a bad ASIN", EXHIBIT, ("covers",), {"B07": 3}),
    ("exhibit covers negative units", EXHIBIT, ("covers",), {"B07K2XQ9LM": -1}),
    ("exhibit covers text units", EXHIBIT, ("covers",), {"B07K2XQ9LM": "ten"}),
    ("exhibit issuer without name", EXHIBIT, ("issuer",), {"phone": "+1 555"}),
    ("exhibit highlights not a list", EXHIBIT, ("highlights",), {"a": "b"}),
    ("letter without to", LETTER, ("to",), ...),
    ("letter ask unknown", LETTER, ("ask",), "manager"),
    ("letter missed without note", LETTER, ("missed",), [{"ref": "x"}]),
    ("page with addresses", {"kind": "page", "title": "Notes"}, ("addresses",), ["c"]),
    ("ignore not text", ACTION, ("ignore",), [["tone"]]),
]


@pytest.mark.parametrize(("base", "path", "value"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_bad_front_matter_fails_both_on_the_same_field(
    base: dict[str, Any], path: KeyPath, value: Any
) -> None:
    good = copy.deepcopy(base)
    assert loader_errors(good) == [] and schema_paths(good) == set()
    meta = changed(base, path, value)
    text = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True)
    parsed, marks = load_with_marks(text, "x.md", first_line=2)
    inside = [p for p in (*marks.keys, *marks.values) if p[: len(path)] == path]
    expected = {marks.key(path), *(marks.value(p) for p in inside)}
    if value is None:  # an empty required key is reported where a missing one would be
        expected.add(marks.key(path[:-1]))
    found = loader_errors(parsed, marks)
    assert found, "the loader accepted it"
    assert expected & set(found), f"loader reported {found}, expected one of {expected}"
    paths = schema_paths(parsed)
    assert any(p[: len(path)] == path for p in paths), f"schema reported {paths}"


CANDIDATES: list[Any] = [
    None,
    "",
    "   ",
    "text",
    "two\nlines",
    "line\n",
    " padded ",
    0,
    7,
    -3,
    1.5,
    True,
    [],
    ["x"],
    [7],
    {},
    {"a": 1},
    "2025-02-30",
    "2025-03-04",
    "B07K2XQ9LM",
    "b07k2xq9lm",
    "A2HLG7EXAMPLE",
    "ops@x.example",
    "112-8544326-8929888",
    "plan_of_action",
    "invoice",
    "no-supplier-vetting",
    123456,
]


def leaf_paths(value: Any, path: KeyPath = ()) -> Iterator[KeyPath]:
    if path:
        yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from leaf_paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from leaf_paths(item, (*path, i))


def shape(value: Any) -> Any:
    """`value` with every leaf replaced by the name of its type: keys, list lengths and
    nesting kept."""
    if isinstance(value, dict):
        return {key: shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [shape(item) for item in value]
    return type(value).__name__


def one_of_each_shape(paths: list[Path]) -> list[Path]:
    """The first of `paths` whose front matter has each shape (kind included).

    Neither the loader nor the schema relates one field's value to another's (each field is
    checked on its own type; `kind` picks the fields), and every file swept is valid. So
    the verdict on a file with one leaf replaced depends on that leaf's path, the value put
    there and the shape of the rest, not on the rest's words: the translated copies of a
    file (the same fields in other languages) would sweep the same answers again."""
    seen: set[str] = set()
    chosen = []
    for path in paths:
        meta, _ = front_matter(path)
        key = json.dumps(shape(meta), default=str)
        if key not in seen:
            seen.add(key)
            chosen.append(path)
    return chosen


SWEEP = one_of_each_shape(
    [
        p
        for p in GOOD_FILES
        if "minimal" in p.parts or p.parent.name in ("harbor-lane", "measures", "exhibits")
    ]
)


@pytest.mark.parametrize("path", SWEEP, ids=lambda p: p.relative_to(REPO).as_posix())
def test_mutated_files_get_the_same_verdict(path: Path) -> None:
    meta, _ = front_matter(path)
    disagreements = []
    for field_path in list(leaf_paths(meta)):
        if field_path == ("kind",):
            continue
        for value in [*CANDIDATES, ...]:
            mutated = changed(meta, field_path, value)
            by_loader = bool(loader_errors(mutated))
            by_schema = not VALIDATOR.is_valid(mutated)  # stops at the first error
            if by_loader != by_schema:
                disagreements.append((field_path, value, by_loader, by_schema))
    assert disagreements == []


def test_schema_command_prints_the_schema(cli: Any) -> None:
    run = cli("schema")
    assert run.status == 0
    assert json.loads(run.out) == json_schema()


def test_schema_command_prints_the_settings_schema(cli: Any) -> None:
    run = cli("schema", "--config")
    assert run.status == 0
    printed = json.loads(run.out)
    assert "checks" in printed["properties"]
    Draft202012Validator.check_schema(printed)
