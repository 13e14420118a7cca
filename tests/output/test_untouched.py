"""No command but `new` ever changes anything under content/: not a byte, not a mode, not a
timestamp, no file added or removed. (`new` only adds its own case folder.)

Each command runs as its own process, the way a user runs it; `watch` and `serve` run until
they have built everything (and, for `serve`, answered a request), then get Ctrl-C.
"""

from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from support.common import SRC, TODAY, run_process
from support.faults import copy_root

Snapshot = dict[str, tuple[str, int, int]]


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


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = copy_root("letter", tmp_path / "project")
    (root / "content/composed/drafts").mkdir()
    (root / "content/composed/drafts/_later.md").write_text("---\nkind: cause\n---\n")
    (root / "content/directives/files/sop.pdf").chmod(0o600)
    return root


def run_until(args: list[str], ready: str, cwd: Path, then: str = "") -> str:
    """Run a long-lived command until `ready` shows on standard error, fetch `then` (a URL
    path, for `serve`), and stop it with Ctrl-C."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "reinstate", *args],
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = []
    deadline = time.monotonic() + 120
    try:
        for line in process.stderr:
            seen.append(line)
            if ready in line:
                break
            assert time.monotonic() < deadline, "".join(seen)
        if then:
            port = re.search(r"http://127\.0\.0\.1:(\d+)/", "".join(seen))
            assert port, "".join(seen)
            url = f"http://127.0.0.1:{port[1]}{then}"
            with urllib.request.urlopen(url, timeout=30) as response:
                assert response.status == 200
        time.sleep(1.5)  # let the background PDF jobs run and write
    finally:
        process.send_signal(signal.SIGINT)
        _, rest = process.communicate(timeout=60)
    assert process.returncode == 0, "".join(seen) + rest
    return "".join(seen) + rest


COMMANDS = {
    "build": ["build", ".", "--today", TODAY],
    "build-force-j2": ["build", ".", "--today", TODAY, "--force", "-j", "2"],
    "check": ["check", ".", "--today", TODAY],
    "check-json": ["check", ".", "--today", TODAY, "--format", "json", "--strict"],
    "schema": ["schema"],
    "schema-config": ["schema", "--config"],
    "list-rules": ["check", "--list-rules"],
}


@pytest.mark.parametrize("name", list(COMMANDS))
def test_commands_leave_content_untouched(project: Path, name: str) -> None:
    before = snapshot(project / "content")
    if name.startswith("check"):  # also after a build, with the manifest in place
        assert run_process(*COMMANDS["build"], cwd=project).status in (0, 1)
        before = snapshot(project / "content")
    result = run_process(*COMMANDS[name], cwd=project)
    assert result.status in (0, 1), result.err
    assert snapshot(project / "content") == before


def test_clean_leaves_content_untouched(project: Path) -> None:
    assert run_process("build", ".", "--today", TODAY, cwd=project).status in (0, 1)
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
