"""The read stage: bytes → front matter with line marks + body."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.core.diagnostics import Location, Reporter
from reinstate.core.yamlmarks import MAX_NODES, YamlError, load_with_marks
from reinstate.stages.read import read_source


def read(tmp_path: Path, data: bytes | str, max_bytes: int = 1 << 20):  # type: ignore[no-untyped-def]
    path = tmp_path / "x.md"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    reporter = Reporter()
    return read_source(path, "x.md", reporter, max_bytes), reporter


def only(reporter: Reporter) -> tuple[str, int, int, str]:
    [d] = reporter.diagnostics
    return d.rule, d.location.line, d.location.col, d.message


def test_splits_front_matter_and_body(tmp_path: Path) -> None:
    source, reporter = read(tmp_path, "---\nkind: cause\ntitle: T\n---\nBody line\n")
    assert source is not None and not reporter.diagnostics
    assert source.meta == {"kind": "cause", "title": "T"}
    assert source.body == "Body line\n"
    assert source.body_line == 5
    assert source.marks.value(("title",)) == Location("x.md", 3, 8)
    assert source.marks.key(("title",)) == Location("x.md", 3, 1)


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    source, reporter = read(tmp_path, b"\xef\xbb\xbf---\r\nkind: cause\r\ntitle: T\r\n---\r\nA\r\n")
    assert source is not None and not reporter.diagnostics
    assert source.meta["title"] == "T"
    assert source.body == "A\n"


def test_dates_stay_text_until_the_schema_reads_them(tmp_path: Path) -> None:
    source, _ = read(tmp_path, "---\ndate: 2025-02-30\nn: 7\n---\n")
    assert source is not None
    assert source.meta == {"date": "2025-02-30", "n": 7}
    assert source.marks.raw[("n",)] == "7"


@pytest.mark.parametrize(
    ("text", "rule", "line", "col"),
    [
        ("no front matter\n", "front-matter.missing", 1, 1),
        ("---\nkind: cause\n", "front-matter.unclosed", 1, 1),
        ("---\nkind: cause\ntitle: [a\n---\n", "front-matter.yaml", 4, 1),
        ("---\nkind: cause\n  bad: indent\n---\n", "front-matter.yaml", 3, 6),
        ("---\nkind: cause\nkind: action\n---\n", "front-matter.yaml", 3, 1),
        ("---\n- a\n- b\n---\n", "front-matter.yaml", 2, 1),
        ("---\nx: !!python/object:os.system {}\n---\n", "front-matter.yaml", 2, 4),
        ("---\nbase: &a {x: 1}\nother:\n  <<: *a\n---\n", "front-matter.yaml", 4, 3),
    ],
)
def test_bad_front_matter_is_located(
    tmp_path: Path, text: str, rule: str, line: int, col: int
) -> None:
    source, reporter = read(tmp_path, text)
    assert source is None
    assert only(reporter)[:3] == (rule, line, col)


def test_duplicate_key_names_the_first_line(tmp_path: Path) -> None:
    _, reporter = read(tmp_path, "---\nkind: cause\ntitle: a\ntitle: b\n---\n")
    assert "first given on line 3" in only(reporter)[3]


def test_invalid_utf8_is_located_at_the_byte(tmp_path: Path) -> None:
    _, reporter = read(tmp_path, b"---\nkind: cause\ntitle: caf\xe9\n---\n")
    assert only(reporter)[:3] == ("file.encoding", 3, 11)


def test_files_over_the_limit_are_refused_before_reading(tmp_path: Path) -> None:
    _, reporter = read(tmp_path, "---\nkind: cause\n---\n" + "x" * 5000, max_bytes=1024)
    rule, line, col, message = only(reporter)
    assert (rule, line, col) == ("file.too-large", 1, 1)
    assert "1,024" in message


def test_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for n in range(1, 9):
        prev = chr(ord("a") + n - 1)
        name = chr(ord("a") + n)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    with pytest.raises(YamlError, match="too large"):
        load_with_marks("\n".join(lines), "x.md", 2)


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        (
            'id: x\ntitle: "Packaging\nissued: 2025-01-05\n',
            (5, 1),
            "found unexpected end of stream while scanning a quoted scalar that starts at "
            "line 3, column 8",
        ),
        (
            "title: [unclosed\nissued: 2025-01-05\n",
            (3, 7),
            "did not find expected ',' or ']' while parsing a flow sequence that starts at "
            "line 2, column 8",
        ),
        ("title: a: b\n", (2, 9), "mapping values are not allowed in this context"),
        ("theme: [\n", (3, 1), "did not find expected node content"),
    ],
)
def test_a_syntax_error_names_where_the_unclosed_part_began(
    text: str, where: tuple[int, int], message: str
) -> None:
    """The parser notices an unclosed quote or bracket only where the front matter ends;
    the message says where it was opened (front matter starting on line 2 of the file)."""
    with pytest.raises(YamlError) as raised:
        load_with_marks(text, "x.md", 2)
    assert (raised.value.line, raised.value.col) == where
    assert raised.value.message == f"invalid YAML: {message}"


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(YamlError, match="nested too deeply"):
        load_with_marks("a: " + "[" * 100 + "]" * 100, "x.md", 2)


def test_node_budget_is_large_enough_for_real_cases() -> None:
    text = "asins: [" + ",".join(["B07K2XQ9LM"] * 2000) + "]"
    value, _ = load_with_marks(text, "x.md", 2)
    assert len(value["asins"]) == 2000 < MAX_NODES
