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


_NOT_OURS = ("_pytest", "pytest", "xdist", "hypothesis", "pluggy")


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that share a module- or session-scoped fixture of ours go to one worker under
    `--dist loadgroup` (the README's test command): the fixture (a built corpus, a bundle,
    five translated demos) is then made once, not once on each worker that runs one of its
    tests. A session fixture names the group, else the module does."""
    for item in items:
        info = getattr(item, "_fixtureinfo", None)
        if info is None:
            continue
        sessions, modules = [], False
        for name, defs in info.name2fixturedefs.items():
            fixture = defs[-1]
            if fixture.func.__module__.startswith(_NOT_OURS) or name == "checkout_untouched":
                continue
            if fixture.scope == "session":
                sessions.append(name)
            elif fixture.scope == "module":
                modules = True
        if sessions:
            item.add_marker(pytest.mark.xdist_group(min(sessions)))
        elif modules:
            item.add_marker(pytest.mark.xdist_group(item.module.__name__ if item.module else ""))
