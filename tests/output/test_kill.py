"""A build killed with SIGKILL at a random moment, again and again.

Each trial sets the sources to one of two versions, starts `reinstate build` (PDF bundles
included, one or two processes) as a separate process and kills it after a random delay.
Then no file a reader can get may be half-written: each is a complete file of one of the
two versions. The next build, of either version, must give exactly the output of a clean
`--force` build of that version, byte for byte, with no leftover temporary file or
journal, a manifest whose records match the files, and no process of the killed build
still running.

CI runs a few trials. The 50 of the hardening issue:

    REINSTATE_KILL_TRIALS=50 python -m pytest tests/output/test_kill.py -s

(`-s` shows the numbers; REINSTATE_KILL_SEED picks another random sequence.)
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reinstate.output.manifest import MANIFEST, load_manifest
from support.common import SRC, TODAY, write
from support.faults import Tree, clean_build, copy_root, png, tree, visible

TRIALS = int(os.environ.get("REINSTATE_KILL_TRIALS", "3"))
SEED = int(os.environ.get("REINSTATE_KILL_SEED", "8"))


def project_of(tmp_path: Path) -> Path:
    """Three cases with letters, e-mails, exhibits and PDF bundles."""
    project = copy_root("letter", tmp_path / "project")
    for path in (project / "golden",):
        if path.exists():
            import shutil

            shutil.rmtree(path)
    copy_root("minimal", tmp_path / "minimal")
    (tmp_path / "minimal/content/acme").rename(project / "content/acme")
    return project


class Versions:
    """Two versions of the sources: B changes a cause, an exhibit and adds a bundled page."""

    def __init__(self, project: Path) -> None:
        self.project = project
        self.cause = project / "content/composed/causes/staffing.md"
        self.exhibit = project / "content/acme/files/invoice-881.png"
        self.page = project / "content/directives/pages/extra.md"
        self.a = (self.cause.read_text(), self.exhibit.read_bytes())

    def set(self, version: str) -> None:
        cause, exhibit = self.a
        if version == "A":
            self.cause.write_text(cause)
            self.exhibit.write_bytes(exhibit)
            self.page.unlink(missing_ok=True)
        else:
            self.cause.write_text(cause + "\nWe also had no cover for the night shift.\n")
            self.exhibit.write_bytes(png("B"))
            write(self.page, "---\nkind: page\ntitle: Call notes\nbundle: true\n---\nCalled.\n")


def start(project: Path, jobs: str, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    args = ["build", str(project), "--today", TODAY, "-j", jobs, *extra]
    return subprocess.Popen(
        [sys.executable, "-m", "reinstate", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: its pool workers can be found
    )


def group_gone(pgid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.02)
    return False


def full_build(project: Path, jobs: str) -> None:
    process = start(project, jobs)
    _, err = process.communicate(timeout=300)
    assert process.returncode in (0, 1), err.decode()
    assert b"Traceback" not in err, err.decode()
    assert group_gone(process.pid, 10)


def check_manifest(out: Path) -> None:
    """The manifest is whole and every digest it records is that of the file on disk."""
    json.loads((out / MANIFEST).read_text("utf-8"))
    for entry in load_manifest(out).cases.values():
        assert entry.fingerprint, "a finished build leaves no case unrecorded"
        for rel, digest in entry.outputs.items():
            assert hashlib.sha256((out / rel).read_bytes()).hexdigest() == digest, rel


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL and process groups")
def test_a_build_killed_at_random_recovers_exactly(tmp_path: Path) -> None:
    project = project_of(tmp_path)
    versions = Versions(project)
    out = project / "site"
    refs: dict[str, Tree] = {}
    for version in ("B", "A"):
        versions.set(version)
        refs[version] = clean_build(project, tmp_path / f"clean-{version}")
    began = time.monotonic()
    full_build(project, "1")
    duration = time.monotonic() - began
    rng = random.Random(SEED)
    killed = finished = 0
    version = "A"
    for trial in range(TRIALS):
        # The other version (or all of it again), so the killed build has work to do.
        version = "B" if version == "A" else "A"
        versions.set(version)
        extra = ["--force"] if rng.random() < 0.3 else []
        process = start(project, rng.choice(["1", "2"]), *extra)
        time.sleep(rng.uniform(0.2, duration))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)  # the build process only, as the OOM killer
            killed += 1
        else:
            finished += 1
        process.wait()
        process.stderr.close()  # type: ignore[union-attr]
        assert group_gone(process.pid, 10), f"trial {trial}: a worker outlived the build"
        now = tree(out)
        for rel, data in visible(now).items():
            assert data in (refs["A"].get(rel), refs["B"].get(rel)), f"trial {trial}: {rel}"
        if (out / MANIFEST).exists():
            json.loads((out / MANIFEST).read_text("utf-8"))
        version = rng.choice("AB")  # the next build: either version
        versions.set(version)
        full_build(project, rng.choice(["1", "2"]))
        assert tree(out) == refs[version], f"trial {trial}"
        check_manifest(out)
    print(
        f"\n{TRIALS} trials (seed {SEED}): {killed} builds killed, {finished} finished before "
        f"the kill; a full build takes {duration:.1f} s; {time.monotonic() - began:.0f} s in all"
    )
