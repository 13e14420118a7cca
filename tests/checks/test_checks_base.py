"""The base case of the rule tests is clean, so every other test varies one thing."""

from __future__ import annotations

from pathlib import Path

from support.checks_support import run


def test_base_case_has_no_problems(tmp_path: Path) -> None:
    checked = run(tmp_path)
    assert checked.problems() == []
