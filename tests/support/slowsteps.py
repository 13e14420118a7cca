"""A stand-in slow step for the watcher tests, until the PDF bundle step exists.

It must live in an importable module (not a test module's closure): the watcher's worker
is a spawned process that unpickles the steps by name. Its behaviour is set through the
environment, which the worker inherits:

- REINSTATE_TEST_GATE: a folder; each render waits until the folder holds a file named
  `open`, so that a test holds a job running for as long as it needs (`Gate`), instead of
  guessing how long a render of some seconds takes on a loaded machine;
- REINSTATE_TEST_SLOW: seconds each render takes (default 0), for the soak and the watch
  benchmark, where newer saves meet running jobs at random;
- REINSTATE_TEST_LOG: a file that gets one line per warm-up, "warm <pid>".

A case whose folder holds a file named CRASH kills the worker in the middle of a render.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from reinstate.core.config import Config
from reinstate.render.theme import Theme
from reinstate.run.build import CaseBuild, Step

STAMP = "stamp.txt"
END = "#end\n"
"""Last line of every stamp: a reader that sees a stamp without it saw a torn write."""


GATE_WAIT = 300.0
"""Seconds a render waits at a closed gate before it gives up (and the test fails)."""


class Gate:
    """Holds the stand-in renders until the test opens it (a file: the worker is another
    process)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.open()

    def open(self) -> None:
        (self.folder / "open").touch()

    def close(self) -> None:
        (self.folder / "open").unlink(missing_ok=True)


def wait_at_gate() -> None:
    gate = os.environ.get("REINSTATE_TEST_GATE")
    if not gate:
        return
    deadline = time.monotonic() + GATE_WAIT
    while not (Path(gate) / "open").exists():
        if time.monotonic() > deadline:
            raise TimeoutError(f"the gate {gate} stayed closed")
        time.sleep(0.005)


def render_stamp(build: CaseBuild) -> None:
    wait_at_gate()
    time.sleep(float(os.environ.get("REINSTATE_TEST_SLOW", "0")))
    case = build.resolved.case
    if (case.folder / "CRASH").exists():
        os._exit(3)
    titles = "".join(f"{build.resolved.label(c.id)}: {c.title}\n" for c in case.causes)
    build.add(STAMP, f"stamp of {case.slug}\n{titles}{END}", "Stamp", f"{len(case.causes)} causes")


def warm_stamp(config: Config, theme: Theme) -> None:
    log = os.environ.get("REINSTATE_TEST_LOG")
    if log:
        with Path(log).open("a", encoding="utf-8") as handle:
            handle.write(f"warm {os.getpid()}\n")


STAMP_STEP = Step("stamp", render_stamp, slow=True, warm_up=warm_stamp)


def render_fake_bundle(build: CaseBuild) -> None:
    """A stand-in PDF bundle whose bytes name the letter's date and the causes' titles."""
    wait_at_gate()
    case = build.resolved.case
    titles = "".join(f"{c.title}\n" for c in case.causes)
    letter = f"letter of {case.letter.date}\n" if case.letter is not None else ""
    build.add(f"{case.slug}-bundle.pdf", f"%PDF-1.7\n{letter}{titles}", "PDF bundle")


FAKE_BUNDLE_STEP = Step("pdf", render_fake_bundle, slow=True)
"""Stands for the PDF step where a test needs a bundle but not WeasyPrint."""
