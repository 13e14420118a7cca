"""Whole-site golden test: the minimal root's outputs, compared file by file.

Regenerate after an intended change with:

    REINSTATE_REGOLD=1 python -m pytest tests/render/test_golden.py

and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from support.common import TODAY, Run

GOLDEN = Path(__file__).parents[1] / "golden"
TEXT_SUFFIXES = {".html", ".txt", ".eml"}


def normalise(text: str) -> str:
    """Remove what legitimately changes between releases: the version number."""
    return re.sub(r"reinstate \d+\.\d+\.\d+\S*", "reinstate VERSION", text)


def text_outputs(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): normalise(p.read_text("utf-8"))
        for p in sorted(site.rglob("*"))
        if p.is_file() and p.suffix in TEXT_SUFFIXES
    }


@pytest.mark.parametrize("root", ["minimal"])
def test_site_matches_golden(
    root: str, make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project(root)
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status == 0, result.err
    actual = text_outputs(project / "site")
    golden = GOLDEN / root
    if os.environ.get("REINSTATE_REGOLD"):
        shutil.rmtree(golden, ignore_errors=True)
        for rel, text in actual.items():
            (golden / rel).parent.mkdir(parents=True, exist_ok=True)
            (golden / rel).write_text(text, "utf-8")
        pytest.skip("golden files regenerated")
    expected = {
        p.relative_to(golden).as_posix(): p.read_text("utf-8")
        for p in sorted(golden.rglob("*"))
        if p.is_file()
    }
    assert sorted(actual) == sorted(expected), "the set of output files changed"
    for rel, text in expected.items():
        if actual[rel] != text:
            diff = difflib.unified_diff(
                text.splitlines(), actual[rel].splitlines(), f"golden/{rel}", rel, lineterm=""
            )
            pytest.fail("output differs from golden:\n" + "\n".join(list(diff)[:80]))
