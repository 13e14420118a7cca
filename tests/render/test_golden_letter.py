"""Golden outputs of the letter root: the letter page, the letter text and the plan text.

Regenerate after an intended change with:

    REINSTATE_REGOLD=1 /work/venv/bin/python -m pytest -q tests/render/test_golden_letter.py

and review the diff of tests/roots/letter/golden/ before committing it. The letter page is
compared from `<main` to `</main>` (the page chrome belongs to the theme's base template),
with the version string replaced by `VERSION`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from pathlib import Path

import pytest

from reinstate import __version__
from reinstate.run.build import BuildOptions, build_project

ROOT = Path(__file__).parents[1] / "roots" / "letter"
GOLDEN = ROOT / "golden"
FILES = [
    (case, name)
    for case in ("directives", "composed")
    for name in ("escalation-letter.html", "escalation-letter.txt", "plan-of-action.txt")
]


def normalise(name: str, text: str) -> str:
    text = text.replace(__version__, "VERSION")
    if name.endswith(".html"):
        found = re.search(r"<main\b.*?</main>", text, re.DOTALL)
        assert found is not None, "the page has no <main> element"
        text = found.group(0) + "\n"
    return text


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("golden-site")
    options = BuildOptions(pdf=False, today=dt.date(2025, 3, 18), out=out)
    result = build_project(ROOT, options)
    assert result.errors == 0, [d.format() for d in result.diagnostics]
    return out


@pytest.mark.parametrize(("case", "name"), FILES, ids=[f"{c}/{n}" for c, n in FILES])
def test_golden(site: Path, case: str, name: str) -> None:
    actual = normalise(name, (site / case / name).read_text(encoding="utf-8"))
    golden = GOLDEN / case / name
    if os.environ.get("REINSTATE_REGOLD"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"golden/{case}/{name}",
                f"built/{case}/{name}",
            )
        )
        pytest.fail(f"{case}/{name} differs from its golden file:\n{diff}")
