"""The watch loop: one warm process, file events in, rebuilds out, never dies on bad input.

watchdog's observer thread turns file events into `Change`s on a queue (changes.py);
the worker's reader thread posts its messages on the same queue. This loop, the only
thread that builds or writes, waits for a change, lets the burst settle (an editor's
save is 4 to 17 events within a few milliseconds; a `git checkout` is many more), then
hands the batch to `LiveBuild`. A bug while rebuilding is reported with its traceback and
the loop carries on; Ctrl-C stops the observer and the worker and returns.
"""

from __future__ import annotations

import gc
import queue
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import TextIO

from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from reinstate import __version__
from reinstate.core.diagnostics import ReinstateError, printable
from reinstate.core.verbosity import Verbosity
from reinstate.live.changes import EVENTS, Change, ChangeCollector, Layout
from reinstate.live.rebuild import LiveBuild, Update
from reinstate.output.job import BuildOptions
from reinstate.render.theme import builtin_theme_dir

SETTLE = 0.02
"""Seconds without a new event before a burst counts as finished."""
QUICK = 0.005
"""The same, once every file written in the burst has been closed (inotify tells)."""
PATIENCE = 1.0
"""Longest wait for a burst to finish: a file written continuously still gets built."""

_STOP = object()


class Watcher:
    def __init__(
        self,
        root: Path,
        options: BuildOptions,
        stream: TextIO | None = None,
        settle: float = SETTLE,
        verbosity: Verbosity = Verbosity.NORMAL,
        quick: float = QUICK,
    ) -> None:
        self.stream = stream
        self.settle = settle
        self.quick = quick
        self.inbox: queue.Queue[object] = queue.Queue()
        self.live = LiveBuild(root, options, self.say, self.inbox.put, verbosity)
        self.observer: BaseObserver | None = None
        self.collector: ChangeCollector | None = None
        self.watched: list[tuple[Path, bool]] = []
        self.closes = False
        self.output_seen = False
        self.stopping = threading.Event()
        self.working = True  # not idle before the first build is done (see `run`)
        self.quiet_since = time.monotonic()
        self.lock = threading.Lock()
        self.unswept = False
        """Builds have left objects frozen that no sweep has collected (`_sweep`)."""
        self.taken = 0
        """Items the current step has taken from the queue (marked done when it ends)."""

    def listen(self, listener: Callable[[Update], None]) -> None:
        self.live.listeners.append(listener)

    def say(self, text: str, stamp: bool = True) -> None:
        line = f"{time.strftime('%H:%M:%S')} {text}" if stamp else text
        # Slugs and paths come from the case folders: no raw control characters out.
        line = "\n".join(printable(part) for part in line.split("\n"))
        with self.lock:
            print(line, file=self.stream or sys.stderr, flush=True)

    def run(self, ready: Callable[[], None] | None = None) -> None:
        """Build what changed since the last build, then rebuild on every change until
        `stop()` or Ctrl-C."""
        try:
            self._observe()
            self._guarded(lambda: self.live.open("start"))
            gc.freeze()  # see `_sweep`
            self.unswept = True
            self._observe()
            self._check_output()
            self.quiet_since, self.working = time.monotonic(), False
            self.say(f"reinstate {__version__} watching {self._watched_text()}; Ctrl-C stops")
            if ready is not None:
                ready()
            while not self.stopping.is_set():
                self._step()
        finally:
            self.close()

    def stop(self) -> None:
        """Ask the loop to finish (from another thread)."""
        self.stopping.set()
        self.inbox.put(_STOP)

    def interrupt(self, signum: int, frame: FrameType | None) -> None:
        """Ctrl-C or SIGTERM, as the signal handler while `run` runs: stop the loop.

        Python's own handler raises KeyboardInterrupt, and an exception raised while a
        finalizer runs is reported as ignored and lost: the idle sweep's `gc.collect`
        runs finalizers, so a Ctrl-C pressed then did nothing. Idle, this handler only
        sets `stopping`, which the loop reads at least every half second. During a build,
        or at a second press, it raises as before (a build's writes are atomic); should that
        be lost too, `stopping` is set and the loop ends after the build."""
        pressed_before = self.stopping.is_set()
        self.stopping.set()
        if pressed_before or self.working:
            raise KeyboardInterrupt

    def close(self) -> None:
        gc.unfreeze()  # what the builds left is the process's to collect again
        if self.observer is not None:
            self.observer.stop()
            if self.observer.is_alive():
                self.observer.join(5)
            self.observer = None
        self.live.stop()

    def idle(self) -> bool:
        """Nothing to do: every item put on the queue has been handled (not only taken:
        `task_done` is called after handling, so the moment between taking an item and
        starting on it is not idle) and no slow job is queued or running."""
        return not self.working and self.inbox.unfinished_tasks == 0 and not self.live.busy()

    def wait_idle(self, quiet: float = 0.3, timeout: float = 60.0) -> bool:
        """Wait until nothing has happened for `quiet` seconds (tests and benchmarks)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.idle() and time.monotonic() - self.quiet_since >= quiet:
                return True
            time.sleep(0.01)
        return False

    def _step(self) -> None:
        try:
            item = self.inbox.get(timeout=0.5)
        except queue.Empty:
            self._check_observer()
            self._check_output()
            self._sweep()
            return
        self.working = True
        self.taken = 1
        try:
            if isinstance(item, Change):
                changes, later = self._settle(item)
                whole = any(change.slug is None for change in changes)
                self._guarded(lambda: self.live.apply(changes))
                if whole:
                    self._observe()
                for message in later:
                    self._guarded(lambda m=message: self.live.on_message(m))  # type: ignore[misc]
            elif item is not _STOP:
                self._guarded(lambda: self.live.on_message(item))
        finally:
            gc.freeze()
            self.unswept = True
            self.quiet_since = time.monotonic()
            self.working = False
            for _ in range(self.taken):  # what this step took is handled now
                self.inbox.task_done()

    def _sweep(self) -> None:
        """Collect the cycles among what the builds since the last sweep left, now that
        nothing is waiting.

        What a build leaves (the memo of each case: hundreds of thousands of tokens for a
        long page) is frozen after it (`gc.freeze`), so the collector does not walk it
        again during the next build: a full collection of a 5 MB page's tokens took about
        as long as the rest of a save. Memory freed by reference counting is freed as
        before; only cycles wait for this sweep."""
        if not self.unswept or self.live.busy():
            return
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self.unswept = False

    def _settle(self, first: Change) -> tuple[list[Change], list[object]]:
        """Collect the rest of a burst; the worker's messages wait until it is built."""
        changes, later = [first], []
        writing = {first.key} if first.writing else set()
        deadline = time.monotonic() + PATIENCE
        while True:
            quick = self.closes and not writing and self.settle > self.quick
            settle = self.quick if quick else self.settle
            wait = min(settle, deadline - time.monotonic())
            if wait <= 0:
                break
            try:
                item = self.inbox.get(timeout=wait)
            except queue.Empty:
                break
            self.taken += 1
            if isinstance(item, Change):
                changes.append(item)
                (writing.add if item.writing else writing.discard)(item.key)
            elif item is _STOP:
                self.inbox.put(item)
                break
            else:
                later.append(item)
        return changes, later

    def _guarded(self, action: Callable[[], None]) -> None:
        """Run a rebuild step; a bug is reported and the watcher keeps going."""
        try:
            action()
        except ReinstateError as exc:  # e.g. the disk is full: the user's to fix, not a bug
            self.say(f"{exc}; still watching")
        except Exception:
            self.say(
                "reinstate hit a bug and skipped this change; still watching. Please report "
                f"it with this traceback:\n{traceback.format_exc()}"
            )

    def _observe(self) -> None:
        """Watch the project folder, the content folder and the theme chain."""
        layout = self.live.layout()
        wanted = watched_folders(layout)
        if self.collector is None:
            self.collector = ChangeCollector(layout, self.inbox)
        self.collector.layout = layout
        if self.observer is None:
            # watchdog warns when a folder is deleted and re-created so fast that the kernel
            # reuses its watch, and recovers by itself; under `-W error` the warning would
            # kill its event thread instead.
            warnings.filterwarnings("ignore", "Callback with id", RuntimeWarning, module="watchdog")
            self.observer = Observer()
            # inotify reports when a written file is closed, so a finished save is known.
            self.closes = type(self.observer).__name__.startswith("Inotify")
            self.observer.daemon = True
            self.observer.start()
        if wanted == self.watched:
            return
        self.observer.unschedule_all()
        for folder, recursive in wanted:
            try:
                self.observer.schedule(
                    self.collector, str(folder), recursive=recursive, event_filter=EVENTS
                )
            except OSError as exc:
                self.say(f"cannot watch {folder}: {exc.strerror or exc}")
        self.watched = wanted

    def _check_observer(self) -> None:
        """Restart file watching if its threads died, then rebuild whatever was missed."""
        observer = self.observer
        if observer is None or (
            observer.is_alive() and all(e.is_alive() for e in observer.emitters)
        ):
            return
        self.say("file watching stopped unexpectedly; restarting it and rebuilding what changed")
        observer.stop()
        self.observer, self.watched = None, []
        self._observe()
        self._guarded(lambda: self.live.open("rescan"))

    def _check_output(self) -> None:
        """The output folder is not watched (our own writes would echo back); if it was
        deleted, rebuild everything into a new one."""
        session = self.live.session
        present = session is not None and session.folder.out_dir.is_dir()
        if self.output_seen and not present:  # only once per removal, even if it fails
            self._guarded(lambda: self.live.open("output folder removed"))
        self.output_seen = present

    def _watched_text(self) -> str:
        root = self.live.root
        names = []
        for folder, _recursive in self.watched[1:]:
            if folder == builtin_theme_dir():
                names.append("the built-in theme")
            elif folder.is_relative_to(root):
                names.append(folder.relative_to(root).as_posix() + "/")
            else:
                names.append(str(folder))
        return ", ".join([*names, "reinstate.yaml"])


def watched_folders(layout: Layout) -> list[tuple[Path, bool]]:
    """(folder, recursive): the project folder itself (reinstate.yaml, and the content and
    themes folders appearing), the content folder and every theme folder that exists."""
    wanted = [(layout.root, False)]
    for folder in (layout.content, *layout.themes):
        if not folder.is_dir():
            continue
        if any(folder.is_relative_to(f) for f, recursive in wanted if recursive):
            continue
        wanted = [(f, r) for f, r in wanted if not (r and f.is_relative_to(folder))]
        wanted.append((folder, True))
    return wanted
