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


BURST = 0.25
"""Seconds without a new event before the watchers here take a burst as finished (the
command waits 0.02, or 0.005 once the files are closed): a test's save is one burst even
when a loaded machine delivers its events slowly, so the rebuilds it counts do not depend
on the load."""
WAIT = 120.0
"""Seconds a wait may take before the test fails: generous, for a loaded machine."""


@dataclass
class Running:
    root: Path
    watcher: Watcher
    thread: threading.Thread
    log: io.StringIO
    updates: list[Update] = field(default_factory=list)
    handled: tuple[int, float] = (0, 0.0)
    """(updates, the watcher's last quiet time) when the last `settle` returned."""

    @property
    def site(self) -> Path:
        return self.root / "site"

    def lines(self) -> list[str]:
        return self.log.getvalue().splitlines()

    def rebuilds(self) -> list[str]:
        """The log's rebuild lines (without the diagnostics printed under them)."""
        return [line for line in self.lines() if " → " in line]

    def until(self, condition: Callable[[], object], timeout: float = WAIT) -> None:
        """Wait until `condition()` holds; fail with the watcher's log when time runs out."""
        deadline = time.monotonic() + timeout
        while not condition():
            assert time.monotonic() < deadline, self.log.getvalue()
            assert self.thread.is_alive(), self.log.getvalue()
            time.sleep(0.01)

    def settle(self, quiet: float = 0.3) -> None:
        """Wait until the watcher has handled the last edit, then until it has had nothing
        to do for `quiet` seconds (the rest of a burst, the background jobs).

        "Handled" is an event, not a time: since the last settle the watcher has published
        an update (each rebuild, failed or not, and each removal does) or finished handling
        something from its queue (a change whose write failed publishes nothing)."""
        updates, quiet_since = self.handled
        self.until(lambda: len(self.updates) > updates or self.watcher.quiet_since > quiet_since)
        assert self.watcher.wait_idle(quiet=quiet, timeout=WAIT), self.log.getvalue()
        assert self.thread.is_alive()
        self.handled = (len(self.updates), self.watcher.quiet_since)

    def stop(self) -> None:
        self.watcher.stop()
        self.thread.join(WAIT)

    def plan(self, slug: str = "acme") -> str:
        return (self.site / slug / "plan-of-action.html").read_text()


Start = Callable[..., Running]


def save(path: Path, text: str) -> None:
    """Save `path` whole in one step, as editors that write a copy and rename it do: the
    watcher sees one change, however long the machine takes between the writes of a save
    (in place, a save that pauses after truncating the file for longer than a burst's
    quiet time would be two rebuilds, and a test counting rebuilds would fail). The copy is
    written next to the project folder, where no watcher looks."""
    for parent in path.parents:
        if (parent / "content").is_dir():
            break
    else:
        raise ValueError(f"{path} is in no project folder")
    copy = parent.parent / f".{parent.name}-{path.name}.saving"
    copy.write_text(text, encoding="utf-8")
    copy.replace(path)


@pytest.fixture
def watching(make_project: Callable[[str], Path]) -> Iterator[Start]:
    """Start watchers on a project. The real slow steps (the PDF bundle and the e-mail that
    attaches it) are left out (`FAST_STEPS`), so that the watcher's own behaviour is tested
    quickly and deterministically (tests pass the stamp step from slowsteps.py as their
    slow step); `test_watch_slow.py` has one test with the real bundle."""
    started: list[Running] = []

    def start(root: Path | None = None, burst: float | None = BURST, **options: object) -> Running:
        """A watcher on `root` (default: a copy of roots/minimal) with the build `options`;
        `burst=None` keeps the command's own burst timings (the soak)."""
        root = root or make_project("minimal")
        log = io.StringIO()
        chosen = {"steps": FAST_STEPS, **options}
        build = BuildOptions(today=DATE, **chosen)  # type: ignore[arg-type]
        timing = {} if burst is None else {"settle": burst, "quick": burst}
        watcher = Watcher(root, build, log, **timing)
        running = Running(root, watcher, threading.Thread(target=watcher.run), log)
        watcher.listen(running.updates.append)
        running.thread.start()
        started.append(running)
        running.settle()
        return running

    try:
        yield start
    finally:
        for running in started:
            running.watcher.stop()
        for running in started:
            running.thread.join(WAIT)
            assert not running.thread.is_alive(), running.log.getvalue()
