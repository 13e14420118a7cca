"""Helpers shared by the tests: the mini projects, the date tests treat as today, running the command line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reinstate

ROOTS = Path(__file__).parents[1] / "roots"


SRC = Path(reinstate.__file__).resolve().parents[1]


TODAY = "2025-03-18"
"""The date every test treats as today, so date rules give the same answer every day."""
QUICK_STOP = {"poll_interval": 0.05}
"""`serve_forever`'s keywords for a server a test stops: `shutdown` waits for the loop to
look again, every half second by default."""


@dataclass
class Run:
    status: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.err.splitlines()


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


def write(path: Path, text: str) -> Path:
    """Write `text` (dedented by the caller) to `path`, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


REPO = Path(__file__).resolve().parents[2]


NOBR = re.compile(r'<span class="nobr">(.*?)</span>')


def html_text(path: Path) -> str:
    """An HTML output as written, without the spans that keep dates and ids on one line
    (render/nobreak.py), so that a test can look for a sentence as a reader sees it."""
    return NOBR.sub(r"\1", path.read_text("utf-8"))


def digests_read(monkeypatch: Any) -> list[str]:
    """The names of the files the incremental build hashes from now on (output/fingerprint
    `file_digest` spied on with `monkeypatch`), in order."""
    from reinstate.output import fingerprint

    read: list[str] = []
    real = fingerprint.file_digest

    def digest(path: Path) -> str:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(fingerprint, "file_digest", digest)
    return read
