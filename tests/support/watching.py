"""A watcher running on a thread, for the watch, serve and soak tests."""

from __future__ import annotations

import datetime as dt
import io
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from reinstate.live.loop import Watcher
from reinstate.live.rebuild import Update
from reinstate.render.steps import BUILTIN_STEPS
from reinstate.run.build import BuildOptions
from support.common import TODAY

DATE = dt.date.fromisoformat(TODAY)
FAST_STEPS = tuple(step for step in BUILTIN_STEPS if not step.slow)
"""The watchers' steps unless a test passes its own (`watching(steps=...)`)."""


@dataclass
class Running:
    root: Path
    watcher: Watcher
    thread: threading.Thread
    log: io.StringIO
    updates: list[Update] = field(default_factory=list)

    @property
    def site(self) -> Path:
        return self.root / "site"

    def lines(self) -> list[str]:
        return self.log.getvalue().splitlines()

    def rebuilds(self) -> list[str]:
        """The log's rebuild lines (without the diagnostics printed under them)."""
        return [line for line in self.lines() if " → " in line]

    def settle(self, quiet: float = 0.3) -> None:
        """Wait for the events of the last edit to arrive and be built."""
        time.sleep(0.15)
        assert self.watcher.wait_idle(quiet=quiet, timeout=60), self.log.getvalue()
        assert self.thread.is_alive()

    def stop(self) -> None:
        self.watcher.stop()
        self.thread.join(10)

    def plan(self, slug: str = "acme") -> str:
        return (self.site / slug / "plan-of-action.html").read_text()


Start = Callable[..., Running]


@pytest.fixture
def watching(make_project: Callable[[str], Path]) -> Iterator[Start]:
    """Start watchers on a project. The real slow steps (the PDF bundle and the e-mail that
    attaches it) are left out (`FAST_STEPS`), so that the watcher's own behaviour is tested
    quickly and deterministically (tests pass the stamp step from slowsteps.py as their
    slow step); `test_watch_slow.py` has one test with the real bundle."""
    started: list[Running] = []

    def start(root: Path | None = None, **options: object) -> Running:
        root = root or make_project("minimal")
        log = io.StringIO()
        chosen = {"steps": FAST_STEPS, **options}
        watcher = Watcher(root, BuildOptions(today=DATE, **chosen), log)  # type: ignore[arg-type]
        running = Running(root, watcher, threading.Thread(target=watcher.run), log)
        watcher.listen(running.updates.append)
        running.thread.start()
        started.append(running)
        running.settle()
        return running

    yield start
    for running in started:
        running.watcher.stop()
        running.thread.join(10)
        assert not running.thread.is_alive()
