"""Shared fixtures: mini projects from tests/roots/, and running the command line."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import reinstate
from reinstate.cli import main

ROOTS = Path(__file__).parent / "roots"
SRC = Path(reinstate.__file__).resolve().parents[1]
TODAY = "2025-03-18"
"""The date every test treats as today, so date rules give the same answer every day."""


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.splitlines()


@pytest.fixture
def make_project(tmp_path: Path) -> Callable[[str], Path]:
    """Copy tests/roots/<name> into a temporary folder and return its path."""

    def copy(name: str) -> Path:
        target = tmp_path / name
        shutil.copytree(ROOTS / name, target, symlinks=True)
        return target

    return copy


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `reinstate ARGS` in this process and capture its output."""

    def run(*args: str | Path) -> Run:
        status = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Run(status, captured.out, captured.err)

    return run


def run_process(*args: str | Path, cwd: Path | None = None) -> Run:
    """Run `python -m reinstate ARGS` as a separate process (for end-to-end tests)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "reinstate", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


NOBR = re.compile(r'<span class="nobr">(.*?)</span>')


def html_text(path: Path) -> str:
    """An HTML output as written, without the spans that keep dates and ids on one line
    (render/nobreak.py), so that a test can look for a sentence as a reader sees it."""
    return NOBR.sub(r"\1", path.read_text("utf-8"))


def write(path: Path, text: str) -> Path:
    """Write `text` (dedented by the caller) to `path`, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


REPO = Path(__file__).resolve().parents[1]


def _repository_changes() -> set[str] | None:
    """`git status` of the checkout the tests run from (None outside a git checkout)."""
    try:
        done = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=all"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return set(done.stdout.splitlines()) if done.returncode == 0 else None


@pytest.fixture(scope="session", autouse=True)
def checkout_untouched() -> Iterator[None]:
    """No test may write into the repository (outputs belong in temporary folders), except
    the golden files when they are being regenerated."""
    if os.environ.get("REINSTATE_REGOLD"):
        yield
        return
    before = _repository_changes()
    yield
    after = _repository_changes()
    if before is not None and after is not None:
        assert after <= before, f"tests wrote into the checkout: {sorted(after - before)}"
