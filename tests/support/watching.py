"""A watcher running on a thread, for the watch, serve and soak tests."""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from watchdog.events import FileSystemEvent

from reinstate.live.loop import Watcher
from reinstate.live.rebuild import Update
from reinstate.render.steps import BUILTIN_STEPS
from reinstate.run.build import BuildOptions
from support.common import TODAY

DATE = dt.date.fromisoformat(TODAY)
FENCE = re.compile(r"/\.fence-\d+\.tmp$")
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
    fenced: int = 0
    fences_seen: set[str] = field(default_factory=set)

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

    def settle(self) -> None:
        """Wait until the watcher has handled the last edit and every file event before
        this call, then until it has nothing left to do (the background jobs included).

        Events, not times: since the last settle the watcher has published an update (each
        rebuild, failed or not, and each removal does) or finished handling something from
        its queue (a change whose write failed publishes nothing); a fence file written now
        in each watched folder of the project has reached the watcher's event handler, so
        every event of that folder before it has too (one inotify queue a watch, in order);
        and all that it put on the queue is handled (`Watcher.idle`)."""
        fences = self.fence()
        updates, quiet_since = self.handled
        self.until(lambda: len(self.updates) > updates or self.watcher.quiet_since > quiet_since)
        self.until(lambda: fences <= self.fences_seen)
        for fence in fences:
            Path(fence).unlink(missing_ok=True)
        self.until(self.watcher.idle)
        assert self.thread.is_alive()
        self.handled = (len(self.updates), self.watcher.quiet_since)

    def fence(self) -> set[str]:
        """Write a fence file (a temporary file's name: no build reads it) into each folder
        of the project the watcher watches; return their paths."""
        written = set()
        for folder, _recursive in self.watcher.watched:
            if folder.is_relative_to(self.root) and folder.is_dir():
                self.fenced += 1
                path = folder / f".fence-{self.fenced}.tmp"
                path.write_bytes(b"")
                written.add(str(path))
        assert written, self.watcher.watched
        return written

    def see_fences(self) -> None:
        """Have the watcher's event handler note the fence files it is given."""
        collector = self.watcher.collector
        assert collector is not None
        handle = collector.on_any_event

        def noting(event: FileSystemEvent) -> None:
            path = event.src_path
            text = path.decode() if isinstance(path, bytes) else path
            if FENCE.search(text):
                self.fences_seen.add(text)
            handle(event)

        collector.on_any_event = noting  # type: ignore[method-assign]

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
        ready = threading.Event()
        thread = threading.Thread(target=watcher.run, kwargs={"ready": ready.set})
        running = Running(root, watcher, thread, log)
        watcher.listen(running.updates.append)
        running.thread.start()
        started.append(running)
        running.until(ready.is_set)
        running.see_fences()
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
