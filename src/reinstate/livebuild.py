"""What the watcher does with a burst of changes: rebuild, report, hand slow work over.

A change in a case folder rebuilds that case only, without the slow steps (HTML, texts,
checks: milliseconds), and writes it; then the slow steps (the PDF bundle) run for the
case as a background job in the warm worker process (worker.py). A change of settings or
theme reopens the project and rebuilds every case whose fingerprint changed. Each job has
an id; a newer fast rebuild of the case makes the older job's result worthless, so it is
dropped when it arrives (superseded), or the worker is killed and restarted when finishing
the render would take longer than a fresh worker's warm-up (cancelled).

Nothing here raises on bad input: a broken file keeps the last good outputs and is
reported; a broken reinstate.yaml or theme is reported and the last good session stays
until it is fixed. Listeners (the live-reload server) get an `Update` after each change.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from reinstate.casejob import BuildOptions, CasePlan
from reinstate.changes import Change, Layout
from reinstate.config import Config
from reinstate.diagnostics import Diagnostic, ReinstateError, Reporter, Severity, count
from reinstate.discover import CaseDir, find_case, is_ignored
from reinstate.runcase import build_case
from reinstate.session import Session
from reinstate.verbosity import Verbosity, plural, shown
from reinstate.worker import Job, JobDone, SlowWorker, WarmedUp, WorkerGone
from reinstate.write import WriteStats


class Say(Protocol):
    """Prints one line of the watcher's log; `stamp` prefixes the time."""

    def __call__(self, text: str, stamp: bool = True) -> None: ...


@dataclass(frozen=True, slots=True)
class CaseState:
    ok: bool
    """False when the last build failed on errors in the case's files (outputs are older)."""
    diagnostics: tuple[Diagnostic, ...]


@dataclass(frozen=True, slots=True)
class Update:
    """What the browser needs to know after a change."""

    generation: int
    changed: frozenset[str]
    """Slugs whose outputs were rewritten; "*" when every case may have changed."""
    cases: Mapping[str, CaseState]
    error: str = ""
    """A problem with the whole project (reinstate.yaml, the theme), else ''."""
    background: bool = False
    """True when a background job (the slow steps) wrote the change."""


@dataclass(slots=True)
class Tally:
    """The outcome of one rebuild pass, for its log line."""

    rebuilt: list[str]
    failed: list[str]
    stats: WriteStats
    diagnostics: list[Diagnostic]
    show: list[str]
    """Diagnostic lines to print after the log line (new ones, or all of a failed case)."""


class LiveBuild:
    def __init__(
        self,
        root: Path,
        options: BuildOptions,
        say: Say,
        post: Callable[[object], None],
        verbosity: Verbosity = Verbosity.NORMAL,
    ):
        self.root = root.resolve()
        self.options = replace(options, only=(), force=False)
        self.say = say
        self.verbosity = verbosity
        self.post = post
        self.session: Session | None = None
        self.error = ""
        self.states: dict[str, CaseState] = {}
        self.shown: dict[str, list[str]] = {}
        self.generation = 0
        self.listeners: list[Callable[[Update], None]] = []
        self.worker: SlowWorker | None = None
        self.pending: dict[str, Job] = {}
        self.jobs: dict[int, Job] = {}
        self.newest: dict[str, int] = {}
        self.crashes: dict[int, int] = {}
        self.durations: dict[str, float] = {}
        self.ids = itertools.count(1)

    # The project as a whole ---------------------------------------------------------

    def layout(self) -> Layout:
        if self.session is not None:
            return Layout.of(self.session.config, self.session.theme, self.session.folder.out_dir)
        config = Config(root=self.root, content=self.root / "content", output=self.root / "site")
        return Layout.of(config, None, (self.options.out or config.output).resolve())

    def open(self, what: str) -> None:
        """(Re)read settings and theme, then rebuild every case whose inputs changed."""
        started = time.perf_counter()
        reporter = Reporter(strict=self.options.strict)
        try:
            session = Session.open(self.root, self.options, reporter)
        except ReinstateError as exc:
            # The page overlay shows the located problems, then the verdict.
            self.error = "\n".join([*(d.format() for d in exc.diagnostics), str(exc)])
            self.say(f"{what} → {exc}; fix it and save again")
            self._print(reporter.sorted())
            self._publish(frozenset())
            return
        previous, self.session, self.error = self.session, session, ""
        self._print(shown(reporter.diagnostics, self.verbosity))
        if previous is None or previous.shared_print != session.shared_print:
            self._restart_worker()
        for slug in [s for s in self.states if s not in session.project.slugs]:
            del self.states[slug]
        tally = self._build(session.project.cases)
        tally.stats.merge(session.finish(bool(tally.rebuilt or tally.failed)))
        total = len(session.project.cases)
        ms = (time.perf_counter() - started) * 1000
        self._status(
            f"{what} → {len(tally.rebuilt)} of {total} cases rebuilt in {ms:.0f} ms: "
            f"{_summary(tally)}"
        )
        self._print(tally.show)
        for case_dir in session.project.cases:
            self._queue_slow(case_dir.slug)
        self._publish(frozenset({"*"}))

    def apply(self, changes: list[Change]) -> None:
        """Rebuild what a burst of changes touched."""
        if self.session is not None:
            self.session.commits.clear()  # a tag may have moved since: look again
        whole = [c for c in changes if c.slug is None]
        if whole or self.session is None or self.error:
            self.open(_what([c.path for c in (whole or changes)]))
            return
        by_case: dict[str, list[str]] = {}
        for change in changes:
            assert change.slug is not None
            by_case.setdefault(change.slug, []).append(change.path)
        for slug, paths in sorted(by_case.items()):
            self._apply_case(slug, _what(paths))

    # One case -----------------------------------------------------------------------

    def _apply_case(self, slug: str, what: str) -> None:
        session = self.session
        assert session is not None
        started = time.perf_counter()
        reporter = Reporter(strict=self.options.strict)
        case_dir = self._find(slug, reporter)
        self._print(reporter.sorted())
        project = session.project
        others = tuple(c for c in project.cases if c.slug != slug)
        if case_dir is None:
            session.project = replace(project, cases=others, slugs=project.slugs - {slug})
            self._remove(slug, what)
            return
        cases = tuple(sorted((*others, case_dir), key=lambda c: c.slug))
        session.project = replace(project, cases=cases, slugs=project.slugs | {slug})
        tally = self._build([case_dir])
        session.finish(bool(tally.rebuilt or tally.failed))
        ms = (time.perf_counter() - started) * 1000
        if tally.failed:
            self.say(
                f"{slug}: {what} → failed in {ms:.0f} ms, last good outputs kept: "
                f"{_counts(tally.diagnostics)}"
            )
        elif tally.rebuilt:
            self._status(f"{slug}: {what} → rebuilt in {ms:.0f} ms: {_summary(tally)}")
        else:
            self._status(f"{slug}: {what} → no change ({ms:.0f} ms)")
        self._print(tally.show)
        self._queue_slow(slug)
        self._publish(frozenset({slug}) if tally.rebuilt or tally.failed else frozenset())

    def _remove(self, slug: str, what: str) -> None:
        """A case folder deleted, renamed away or without case.md: remove its outputs."""
        assert self.session is not None
        removed = self.session.folder.remove_case(slug)
        self.states.pop(slug, None)
        self.shown.pop(slug, None)
        self._forget(slug)
        self.session.finish(True)
        if removed:
            self._status(f"{slug}: {what} → case removed: {len(removed)} files removed")
        self._publish(frozenset({slug}))

    def _find(self, slug: str, reporter: Reporter) -> CaseDir | None:
        """The case folder as it is now (None: deleted, renamed away, or no case.md)."""
        assert self.session is not None
        config = self.session.config
        folder = config.content / slug
        if is_ignored(slug) or not folder.is_dir():
            return None
        if folder.is_symlink() and not folder.resolve().is_relative_to(config.content):
            return None
        return find_case(folder, config, reporter)

    def _build(self, case_dirs: tuple[CaseDir, ...] | list[CaseDir]) -> Tally:
        """The fast pass: every given case that changed, without the slow steps."""
        session = self.session
        assert session is not None
        options = session.dated(pdf=False)
        tally = Tally([], [], WriteStats(), [], [])
        for case_dir in case_dirs:
            plan = session.plan(case_dir, options)
            if plan.fresh:
                continue
            result = build_case(session.config, session.theme, case_dir, options)
            tally.stats.merge(session.record(plan, result))
            (tally.failed if result.kept_last else tally.rebuilt).append(result.slug)
            tally.diagnostics.extend(result.diagnostics)
            self.states[result.slug] = CaseState(not result.kept_last, result.diagnostics)
            tally.show += self._news(result.slug, result.diagnostics, result.kept_last)
            self._forget(result.slug)  # older jobs built older sources
        for case_dir in case_dirs:
            entry = session.folder.entry(case_dir.slug)
            if case_dir.slug not in self.states and entry is not None:
                self.states[case_dir.slug] = CaseState(entry.ok, tuple(entry.diagnostics))
        return tally

    # Slow steps in the background ---------------------------------------------------

    def _restart_worker(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        self.jobs = {job.id: job for job in self.pending.values()}  # the running one is lost
        session = self.session
        if session is None or not self.options.pdf or not session.options.has_slow_steps:
            return
        self.worker = SlowWorker(session.config, session.theme, session.options.steps, self.post)
        self._start_next()

    def _forget(self, slug: str) -> None:
        """Make the results of every job of `slug` so far worthless."""
        self.newest[slug] = -1
        self.pending.pop(slug, None)

    def _queue_slow(self, slug: str) -> None:
        session = self.session
        entry = session.folder.entry(slug) if session is not None else None
        case_dir = session.project.case(slug) if session is not None else None
        if self.worker is None or session is None or entry is None or case_dir is None:
            return
        if not entry.ok or entry.complete:
            return
        inputs = session.plan(case_dir, session.dated(pdf=True)).inputs
        job = Job(next(self.ids), slug, case_dir, session.dated(pdf=True), inputs)
        self.jobs[job.id] = job
        self.newest[slug] = job.id
        self.pending[slug] = job
        running = self.worker.running
        if running is not None and running.slug == slug:
            left = self.durations.get(slug, 0.0) - self.worker.elapsed()
            if left > self.worker.warm_up:
                self._restart_worker()  # cancel: a fresh worker is quicker than waiting
                return
        self._start_next()

    def _start_next(self) -> None:
        if self.worker is None or self.worker.running is not None or not self.pending:
            return
        slug = next(iter(self.pending))
        job = self.pending.pop(slug)
        if not self.worker.submit(job):
            self.pending[slug] = job

    def busy(self) -> bool:
        """True while slow jobs are queued or running."""
        return bool(self.pending) or (self.worker is not None and self.worker.running is not None)

    def on_message(self, message: object) -> None:
        """A message from the worker (through the watcher's queue)."""
        if isinstance(message, WarmedUp):
            for error in message.errors:
                self.say(f"warm-up failed (the first render will be slower): {error}")
        elif isinstance(message, JobDone):
            if self.worker is not None:
                self.worker.running = None
            job = self.jobs.pop(message.id, None)
            if job is not None:
                self._finish(job, message)
            self._start_next()
        elif isinstance(message, WorkerGone) and message.worker is self.worker:
            self._worker_gone(message)

    def _worker_gone(self, gone: WorkerGone) -> None:
        job = gone.worker.running
        self.say(
            f"the PDF worker stopped unexpectedly (exit status {gone.exitcode}); restarting it"
        )
        if job is not None and self.newest.get(job.slug) == job.id:
            self.crashes[job.id] = self.crashes.get(job.id, 0) + 1
            if self.crashes[job.id] < 2:
                self.pending.setdefault(job.slug, job)
            else:
                self.say(f"{job.slug}: gave up on the slow steps after two crashes")
        self.worker = None
        self._restart_worker()

    def _finish(self, job: Job, done: JobDone) -> None:
        session = self.session
        if session is None or self.newest.get(job.slug) != job.id:
            return  # superseded by a newer save
        steps = ", ".join(step.name for step in job.options.steps if step.slow)
        if done.error:
            self.say(f"{job.slug}: {steps} failed; this is a bug in reinstate:\n{done.error}")
            return
        result, inputs = done.result, done.inputs
        if result is None or inputs is None or result.kept_last:
            return  # the files broke meanwhile; the pending change reports it
        self.durations[job.slug] = done.seconds
        revisions = result.revisions
        print_ = session.case_print(inputs, job.options, revisions)
        plan = CasePlan(job.case_dir, inputs, print_, False, job.options, revisions)
        stats = session.record(plan, result)
        stats.merge(session.finish(True))
        self.states[job.slug] = CaseState(True, result.diagnostics)
        self._status(f"{job.slug}: {steps} → {len(stats.written)} written in {done.seconds:.2f} s")
        self._publish(frozenset({job.slug}), background=True)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    # Reporting ----------------------------------------------------------------------

    def _news(self, slug: str, diagnostics: tuple[Diagnostic, ...], failed: bool) -> list[str]:
        """A case's diagnostics when they differ from those last shown (or it failed)."""
        lines = [d.format() for d in shown(diagnostics, self.verbosity)]
        previous, self.shown[slug] = self.shown.get(slug, []), lines
        return lines if failed or lines != previous else []

    def _status(self, text: str) -> None:
        """A line that says all went well: left out under -q."""
        if self.verbosity > Verbosity.QUIET:
            self.say(text)

    def _print(self, diagnostics: list[Diagnostic] | list[str]) -> None:
        for diagnostic in diagnostics:
            text = diagnostic if isinstance(diagnostic, str) else diagnostic.format()
            self.say(f"  {text}", stamp=False)

    def _publish(self, changed: frozenset[str], background: bool = False) -> None:
        self.generation += 1
        update = Update(self.generation, changed, dict(self.states), self.error, background)
        for listener in list(self.listeners):
            listener(update)


def _what(paths: list[str]) -> str:
    unique = list(dict.fromkeys(paths))
    if len(unique) <= 2:
        return ", ".join(unique)
    return f"{unique[0]} and {len(unique) - 1} more"


def _counts(diagnostics: list[Diagnostic]) -> str:
    errors = plural(count(diagnostics, Severity.ERROR), "error")
    return f"{errors}, {plural(count(diagnostics, Severity.WARNING), 'warning')}"


def _summary(tally: Tally) -> str:
    stats = tally.stats
    text = (
        f"{len(stats.written)} written, {len(stats.removed)} removed; {_counts(tally.diagnostics)}"
    )
    if tally.failed:
        text += f"; failed: {', '.join(tally.failed)}"
    return text
