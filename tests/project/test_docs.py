"""The user docs stay true: generated field tables, the command reference, the templates."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.cli import make_parser
from reinstate.core import fielddocs as schemadoc
from reinstate.core.frontmatter import SCHEMAS, VIOLATION_TYPES
from support.common import Run

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_case_format_field_tables_are_current() -> None:
    text = (DOCS / "case-format.md").read_text("utf-8")
    assert schemadoc.update_document(text) == text, (
        "run: python -m reinstate.core.fielddocs docs/case-format.md"
    )
    for kind in (*SCHEMAS, "config"):
        assert f"<!-- fields:{kind} -->" in text


def test_the_table_generator_notices_drift(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- fields:measure -->\n| stale |\n<!-- /fields:measure -->\n")
    assert schemadoc.main([str(doc), "--check"]) == 1
    assert schemadoc.main([str(doc)]) == 0
    assert "| `owner` | one line of text | yes |  | Who is responsible. |" in doc.read_text()
    assert schemadoc.main([str(doc), "--check"]) == 0


def test_schema_markdown_prints_the_same_tables(cli: Callable[..., Run]) -> None:
    run = cli("schema", "--markdown")
    assert run.status == 0
    for kind in SCHEMAS:
        assert f"### kind: {kind}\n\n{schemadoc.field_table(kind)}" in run.out


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = make_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("name", sorted(subcommands()))
def test_cli_reference_covers_every_command_and_option(name: str) -> None:
    text = (DOCS / "cli.md").read_text("utf-8")
    section = re.search(rf"^## reinstate {name}\b(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert section, f"docs/cli.md has no '## reinstate {name}' section"
    for action in subcommands()[name]._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert option in section.group(1), f"{option} of '{name}' is not documented"


def test_violation_guide_covers_every_type() -> None:
    text = (DOCS / "violations.md").read_text("utf-8")
    for kind in VIOLATION_TYPES:
        assert re.search(rf"^## .*`{kind}`", text, re.M), f"no section for {kind}"
