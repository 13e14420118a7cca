"""Shared fixtures: mini projects from tests/roots/, and running the command line."""

from __future__ import annotations

import dataclasses
import fcntl
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from reinstate.cli import main
from support import realistic
from support.common import REPO, ROOTS, Run, run_process
from support.schedule import HEAVIEST_FIRST


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


def session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of this test session that every xdist worker of it shares (without xdist,
    this process's own)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def run_once(shared: Path, name: str, command: Callable[[], Run]) -> Run:
    """`command()`, run by the first worker of the session that asks; the others wait for
    it and read what it printed (`shared/<name>.json`)."""
    kept = shared / f"{name}.json"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if kept.is_file():
            return Run(**json.loads(kept.read_text("utf-8")))
        done = command()
        temporary = kept.with_suffix(".tmp")
        temporary.write_text(json.dumps(dataclasses.asdict(done)), "utf-8")
        temporary.replace(kept)
        return done


@pytest.fixture(scope="session")
def realistic_check(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """`reinstate check --format json` of the realistic corpus, run once per session (by
    one xdist worker) and shared."""
    corpus, today = realistic.CORPUS, realistic.TODAY
    return run_once(
        session_folder(tmp_path_factory),
        "realistic-check",
        lambda: run_process("check", corpus, "--today", today, "--format", "json"),
    )


@pytest.fixture(scope="session")
def realistic_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Run, Path]:
    """`reinstate build --no-pdf` of the realistic corpus, run once per session (by one
    xdist worker) and shared (read only): how it ended, and the output folder."""
    shared = session_folder(tmp_path_factory)
    out = shared / "realistic-site"
    corpus, today = realistic.CORPUS, realistic.TODAY
    done = run_once(
        shared,
        "realistic-site",
        lambda: run_process("build", corpus, "--no-pdf", "--today", today, "--out", out),
    )
    return done, out


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


def pytest_configure(config: pytest.Config) -> None:
    if hasattr(config.option, "loadscopereorder"):  # xdist's own order: by number of tests
        config.option.loadscopereorder = False


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files of `HEAVIEST_FIRST` first, in its order; every file's tests keep theirs."""
    tests = Path(__file__).parent
    rank = {name: at for at, name in enumerate(HEAVIEST_FIRST)}

    def place(item: pytest.Item) -> int:
        try:
            name = item.path.relative_to(tests).as_posix()
        except ValueError:
            return len(rank)
        return rank.get(name, len(rank))

    items.sort(key=place)
