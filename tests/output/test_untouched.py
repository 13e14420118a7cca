"""No command but `new` ever changes anything under content/: not a byte, not a mode, not a
timestamp, no file added or removed. (`new` only adds its own case folder.)

Each command runs as its own process, the way a user runs it; `watch` and `serve` run until
they have built everything (and, for `serve`, answered a request), then get Ctrl-C.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from support.common import TODAY, Run, run_process
from support.faults import copy_root
from support.processes import reinstate_process

Snapshot = dict[str, tuple[str, int, int]]
BACKGROUND_JOBS = 2
"""Cases of roots/letter that get a background job (a PDF bundle) when watched."""


def snapshot(folder: Path) -> Snapshot:
    """Path → (SHA-256 or link target, mode, mtime) of everything under `folder`."""
    found: Snapshot = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        if path.is_symlink():
            what = "link:" + os.readlink(path)
        elif path.is_file():
            what = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            what = "folder"
        found[path.relative_to(folder).as_posix()] = (what, st.st_mode, st.st_mtime_ns)
    return found


def letter_project(root: Path) -> Path:
    copy_root("letter", root)
    (root / "content/composed/drafts").mkdir()
    (root / "content/composed/drafts/_later.md").write_text("---\nkind: cause\n---\n")
    (root / "content/directives/files/sop.pdf").chmod(0o600)
    return root


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return letter_project(tmp_path / "project")


@dataclass(frozen=True)
class FirstBuild:
    root: Path
    result: Run
    before: Snapshot
    """content/ before the build."""
    after: Snapshot


@pytest.fixture(scope="module")
def built_once(tmp_path_factory: pytest.TempPathFactory) -> FirstBuild:
    """One full build (bundles included, its two cases on two processes) of a new project,
    run once: what it did to content/ (`test_build_leaves_content_untouched`), and the built
    project for the tests that run a command on one; each of those works on its own copy."""
    root = letter_project(tmp_path_factory.mktemp("built") / "project")
    before = snapshot(root / "content")
    result = run_process(*COMMANDS["build"], cwd=root)
    return FirstBuild(root, result, before, snapshot(root / "content"))


@pytest.fixture
def built(built_once: FirstBuild, tmp_path: Path) -> Path:
    """A copy of the built project (files, modes and times as they were)."""
    assert built_once.result.status in (0, 1), built_once.result.err
    return Path(shutil.copytree(built_once.root, tmp_path / "built", symlinks=True))


def run_until(args: list[str], ready: str, cwd: Path, then: str = "") -> str:
    """Run a long-lived command until `ready` shows on standard error and its background
    jobs (the PDF bundles) have written, fetch `then` (a URL path, for `serve`), and stop
    it with Ctrl-C."""
    with reinstate_process(*args, cwd=cwd) as child:
        child.wait_for(ready)
        child.wait_for(" written in ", count=BACKGROUND_JOBS)
        if then:
            port = re.search(r"http://127\.0\.0\.1:(\d+)/", child.output)
            assert port, child.output
            url = f"http://127.0.0.1:{port[1]}{then}"
            with urllib.request.urlopen(url, timeout=30) as response:
                assert response.status == 200
        assert child.stop() == 0, child.output
    return child.output


COMMANDS = {
    "build": ["build", ".", "--today", TODAY, "-j", "2"],
    "build-force": ["build", ".", "--today", TODAY, "--force", "-j", "1", "--no-pdf"],
    "check": ["check", ".", "--today", TODAY],
    "check-json": ["check", ".", "--today", TODAY, "--format", "json", "--strict"],
    "schema": ["schema"],
    "schema-config": ["schema", "--config"],
    "list-rules": ["check", "--list-rules"],
}
"""`build` makes everything, bundles included, on worker processes; `build --force` rebuilds
a built project in this process, over its outputs. The bundles are made by `build`, and by
`watch` and `serve` in the background: the forced build leaves them out (each is most of a
build's CPU, and the same step whichever command runs it)."""


def test_build_leaves_content_untouched(built_once: FirstBuild) -> None:
    assert built_once.result.status in (0, 1), built_once.result.err
    assert built_once.after == built_once.before


@pytest.mark.parametrize("name", [name for name in COMMANDS if name != "build"])
def test_commands_leave_content_untouched(
    request: pytest.FixtureRequest, project: Path, name: str
) -> None:
    if name.startswith(("check", "build")):  # after a build, with the manifest in place
        project = request.getfixturevalue("built")
    before = snapshot(project / "content")
    result = run_process(*COMMANDS[name], cwd=project)
    assert result.status in (0, 1), result.err
    if name == "build-force":
        assert "(2 rebuilt, 0 up to date)" in result.err, result.err
    assert snapshot(project / "content") == before


def test_clean_leaves_content_untouched(built: Path) -> None:
    project = built
    before = snapshot(project / "content")
    assert run_process("clean", ".", cwd=project).status == 0
    assert snapshot(project / "content") == before
    assert not (project / "site").exists()


def test_watch_leaves_content_untouched(project: Path) -> None:
    before = snapshot(project / "content")
    run_until(["watch", ".", "--today", TODAY], "watching", project)
    assert snapshot(project / "content") == before


def test_serve_leaves_content_untouched(project: Path) -> None:
    before = snapshot(project / "content")
    run_until(
        ["serve", ".", "--port", "0", "--today", TODAY],
        "serving",
        project,
        then="/directives/plan-of-action.html",
    )
    assert snapshot(project / "content") == before


def test_new_only_adds_its_own_case(project: Path) -> None:
    before = snapshot(project / "content")
    result = run_process("new", "fresh-case", "--type", "inauthentic", ".", cwd=project)
    assert result.status == 0, result.err
    after = snapshot(project / "content")
    added = {rel for rel in after if rel not in before}
    assert added and all(rel.startswith("fresh-case") for rel in added)
    assert {rel: after[rel] for rel in before} == before
