"""The slow-step worker: one long-lived process that renders the slow outputs (the PDF).

WeasyPrint costs 0.5-0.8 s to import and its first render is slower than the next ones,
so the watcher starts this process once, lets each slow step warm up (`Step.warm_up`)
once, and then sends it one job at a time: build the case with every step. The worker
never writes: it sends the outputs back and the watcher, the only writer of the output
folder, decides whether they are still current. That makes killing the worker always
safe, which is how a long render is cancelled when a newer save makes it worthless.

The process is spawned, not forked: the watcher has threads (file events, the server)
that a fork would copy mid-operation. The steps are handed over explicitly (those of
the watcher's options: the built-in ones, a project's extension outputs, a test's own), to
warm up; each job's options carry them too.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import signal
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection

from reinstate.core.config import Config
from reinstate.output.fingerprint import Snapshot, case_files, snapshot
from reinstate.output.job import BuildOptions, CaseResult
from reinstate.output.manifest import CaseEntry
from reinstate.render.highlight import keep_text_layers
from reinstate.render.parts import keep_parts
from reinstate.render.stepdef import Step
from reinstate.render.theme import Theme
from reinstate.run.case import build_case
from reinstate.stages.discover import CaseDir


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    slug: str
    case_dir: CaseDir
    options: BuildOptions
    known: Snapshot
    """The inputs as the fast pass saw them; lets the worker skip hashing unchanged files."""


@dataclass(frozen=True, slots=True)
class JobDone:
    id: int
    slug: str
    result: CaseResult | None
    inputs: Snapshot | None
    """The inputs as hashed just before this build."""
    seconds: float
    error: str = ""
    """A traceback when the build raised (a bug), else ''."""


@dataclass(frozen=True, slots=True)
class WarmedUp:
    seconds: float
    errors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WorkerGone:
    worker: SlowWorker
    exitcode: int | None


@contextlib.contextmanager
def _ctrl_c_ignored() -> Iterator[None]:
    """Start the worker with Ctrl-C ignored from its first instruction: the terminal sends
    SIGINT to the whole process group, and a worker still importing would print a
    KeyboardInterrupt traceback. The watcher stops the worker itself."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may change signal handlers (tests run watchers on threads)
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def worker_main(conn: Connection, config: Config, theme: Theme, steps: tuple[Step, ...]) -> None:
    """The worker process: warm up, then build each job it receives until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the watcher's to handle
    keep_text_layers()  # what a save leaves unchanged is not read again
    keep_parts()  # nor laid out again
    started = time.perf_counter()
    errors = []
    for step in steps:
        if step.slow and step.warm_up is not None:
            try:
                step.warm_up(config, theme)
            except Exception:
                errors.append(f"{step.name}: {traceback.format_exc()}")
    conn.send(WarmedUp(time.perf_counter() - started, tuple(errors)))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        conn.send(run_job(config, theme, job))


def run_job(config: Config, theme: Theme, job: Job) -> JobDone:
    started = time.perf_counter()
    try:
        known = CaseEntry(inputs=job.known.hashes, stats=job.known.stats, checked=job.known.checked)
        inputs = snapshot(
            case_files(config, job.case_dir, again=True), known, config.limits.largest_input
        )
        result = build_case(config, theme, job.case_dir, job.options)
    except Exception:
        seconds = time.perf_counter() - started
        return JobDone(job.id, job.slug, None, None, seconds, traceback.format_exc())
    return JobDone(job.id, job.slug, result, inputs, time.perf_counter() - started)


class SlowWorker:
    """The watcher's handle on the worker process; messages arrive through `post`."""

    def __init__(
        self,
        config: Config,
        theme: Theme,
        steps: tuple[Step, ...],
        post: Callable[[object], None],
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        portable = Theme(theme.name, theme.dirs)  # without its Jinja2 environment
        self.process = context.Process(
            target=worker_main,
            args=(child, config, portable, steps),
            name="reinstate-slow-steps",
            daemon=True,
        )
        with _ctrl_c_ignored():
            self.process.start()
        child.close()
        self.post = post
        self.running: Job | None = None
        self.started = 0.0
        self.warm_up = 0.0
        self.stopping = False
        self.reader = threading.Thread(target=self._read, name="reinstate-worker-reader")
        self.reader.daemon = True
        self.reader.start()

    def _read(self) -> None:
        while True:
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                self.process.join(5)
                if not self.stopping:
                    self.post(WorkerGone(self, self.process.exitcode))
                return
            if isinstance(message, WarmedUp):
                self.warm_up = message.seconds
            self.post(message)

    def submit(self, job: Job) -> bool:
        """Send a job; False when the process is gone (its exit is posted)."""
        try:
            self.conn.send(job)
        except (OSError, ValueError):
            return False
        self.running = job
        self.started = time.perf_counter()
        return True

    def elapsed(self) -> float:
        return time.perf_counter() - self.started if self.running is not None else 0.0

    def stop(self) -> None:
        """Ask the process to finish; kill it if it is busy (it writes nothing)."""
        self.stopping = True
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(0.5 if self.running is None else 0)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(5)
        self.conn.close()
