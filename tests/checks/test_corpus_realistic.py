"""The realistic corpus (tests/corpus/realistic/): every case loads, resolves and builds.

The corpus stands in for appeals written by consultants (see its README.md). Only structure
is asserted here: each case has no structural problem (unknown reference, missing field,
future date, unanswered cause, uncovered ASIN ...) and the whole project builds without the
PDF. What the appeal-quality rules say about the writing is recorded in the corpus's
FINDINGS files; tests/checks/test_checks_realistic.py holds them to no error and at most one
warning per case.

One `check` and one `build` process run for the whole corpus; the tests read their output.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from reinstate.checks import all_rules
from support.common import Run
from support.realistic import CASES, CONTENT

CERTAIN_RULES = {
    "coverage.plan-incomplete",
    "coverage.cause-unanswered",
    "evidence.asin-uncovered",
    "letter.date-before-submission",
}
"""Catalogue rules whose finding is a fact about the case's structure, not its writing."""

WRITING_RULES = {rule.id for rule in all_rules()} - CERTAIN_RULES

MAX_FILE_BYTES = 150 * 1024
"""The corpus's limit for one evidence file, so the repository stays small."""


def structural(diagnostic: dict[str, str]) -> bool:
    """A problem with the case's structure: any error or warning that is not a writing rule
    (load, front matter, fields, dates, references, files), or a certain catalogue rule."""
    if diagnostic["severity"] not in ("error", "warning"):
        return False
    return diagnostic["rule"] not in WRITING_RULES


@pytest.fixture(scope="module")
def diagnostics(realistic_check: Run) -> dict[str, list[dict[str, str]]]:
    """Every diagnostic of `reinstate check`, by case slug."""
    done = realistic_check
    assert done.status in (0, 1), done.err
    by_case: dict[str, list[dict[str, str]]] = defaultdict(list)
    for diagnostic in json.loads(done.out):
        by_case[Path(diagnostic["path"]).parts[1]].append(diagnostic)
    return by_case


@pytest.fixture(scope="module")
def built(realistic_site: tuple[Run, Path]) -> tuple[Run, Path]:
    """`reinstate build --no-pdf` of the whole corpus into a temporary folder."""
    return realistic_site


def has_letter(slug: str) -> bool:
    for path in (CONTENT / slug).rglob("*.md"):
        head = path.read_text(encoding="utf-8").split("---", 2)
        if len(head) == 3:
            front = yaml.safe_load(head[1])
            if isinstance(front, dict) and front.get("kind") == "letter":
                return True
    return False


def test_corpus_has_cases() -> None:
    assert len(CASES) >= 12


@pytest.mark.parametrize("slug", CASES)
def test_case_has_no_structural_problem(
    slug: str, diagnostics: dict[str, list[dict[str, str]]]
) -> None:
    problems = [
        f"{d['path']}:{d['line']}:{d['col']}: {d['severity']}: {d['message']} [{d['rule']}]"
        for d in diagnostics.get(slug, [])
        if structural(d)
    ]
    assert problems == []


def test_build_succeeds(built: tuple[Run, Path]) -> None:
    done, _ = built
    # 1 means a writing rule reported an error; structure is asserted per case above.
    assert done.status in (0, 1), done.err
    assert "Traceback" not in done.err


@pytest.mark.parametrize("slug", CASES)
def test_case_outputs_are_written(slug: str, built: tuple[Run, Path]) -> None:
    _, out = built
    names = ["index.html", "plan-of-action.html", "plan-of-action.txt"]
    if has_letter(slug):
        # the e-mail attaches the PDF bundle, so a build without the PDF writes none
        # (test_golden_corpus.py checks it with the bundle)
        names += ["escalation-letter.html", "escalation-letter.txt"]
    missing = [name for name in names if not (out / slug / name).is_file()]
    assert missing == []
    assert (out / slug / "plan-of-action.txt").read_text(encoding="utf-8").strip()


@pytest.mark.parametrize("slug", CASES)
def test_evidence_files_are_small(slug: str) -> None:
    large = [
        f"{path.name}: {path.stat().st_size:,} bytes"
        for path in sorted((CONTENT / slug).glob("files/*"))
        if path.stat().st_size > MAX_FILE_BYTES
    ]
    assert large == []
