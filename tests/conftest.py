"""Shared fixtures: mini projects from tests/roots/, and running the command line."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reinstate.cli import main
from support import realistic
from support.common import REPO, ROOTS, Run, run_process


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


@pytest.fixture(scope="session")
def realistic_check() -> Run:
    """`reinstate check --format json` of the realistic corpus, run once and shared."""
    corpus, today = realistic.CORPUS, realistic.TODAY
    return run_process("check", corpus, "--today", today, "--format", "json")


@pytest.fixture(scope="session")
def realistic_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """`reinstate build --no-pdf` of the realistic corpus, run once and shared (read only):
    how it ended, and the output folder."""
    out = tmp_path_factory.mktemp("realistic-site")
    corpus, today = realistic.CORPUS, realistic.TODAY
    return run_process("build", corpus, "--no-pdf", "--today", today, "--out", out), out


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
