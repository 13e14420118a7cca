"""The check rules on the realistic corpus (tests/corpus/realistic/): clean appeals written
as consultants write them get no error from any rule and at most one warning each.

A false error fails the build of a good appeal, and a consultant who sees warnings on every
good case learns to ignore them; this holds the checker to the trust it has earned. What
the corpus's FINDINGS files list as false alarms stays fixed. One `check` process runs for
the whole corpus.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from support.common import Run
from support.realistic import CASES

MAX_WARNINGS = 1


@pytest.fixture(scope="module")
def found(realistic_check: Run) -> dict[str, list[str]]:
    """The errors and warnings of `reinstate check`, by case slug."""
    done = realistic_check
    assert done.status in (0, 1), done.err
    by_case: dict[str, list[str]] = defaultdict(list)
    for d in json.loads(done.out):
        if d["severity"] in ("error", "warning"):
            line = f"{d['path']}:{d['line']}:{d['col']}: {d['severity']}: {d['message']}"
            by_case[Path(d["path"]).parts[1]].append(f"{line} [{d['rule']}]")
    return by_case


def test_the_corpus_is_there() -> None:
    assert len(CASES) >= 24


@pytest.mark.parametrize("slug", CASES)
def test_a_clean_case_has_no_error_and_at_most_one_warning(
    slug: str, found: dict[str, list[str]]
) -> None:
    problems = found.get(slug, [])
    assert [p for p in problems if ": error: " in p] == []
    assert len(problems) <= MAX_WARNINGS, "\n".join(problems)
