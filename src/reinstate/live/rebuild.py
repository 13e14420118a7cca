"""What the watcher does with a burst of changes: rebuild, report, hand slow work over.

A change in a case folder rebuilds that case only, without the slow steps (HTML, texts,
checks: milliseconds), and writes it; then the slow steps (the PDF bundle) run for the
case as a background job in the warm worker process (worker.py). A change of settings or
theme reopens the project and rebuilds every case whose fingerprint changed. Each job has
an id; a newer fast rebuild of the case makes the older job's result worthless, so it is
dropped when it arrives (superseded), or the worker is killed and restarted when finishing
the render would take longer than a fresh worker's warm-up (cancelled).

Three parts, each with its own state: `decide` turns a burst of changes into what to
rebuild (the project, or some cases); `LiveBuild` rebuilds and writes, with `SlowJobs`
for the background half; `LiveLog` reports (the log lines, the diagnostics shown once, the
`Update`s for listeners such as the live-reload server).

Nothing here raises on bad input: a broken file keeps the last good outputs and is
reported; a broken reinstate.yaml or theme is reported and the last good session stays
until it is fixed.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from reinstate.core.config import Config
from reinstate.core.diagnostics import Diagnostic, ReinstateError, Reporter, Severity, count
from reinstate.core.memo import Memo
from reinstate.core.verbosity import Verbosity, plural, shown
from reinstate.live.changes import Change, Layout
from reinstate.live.pdfworker import Job, JobDone, SlowWorker, WarmedUp, WorkerGone
from reinstate.output.atomic import WriteStats
from reinstate.output.job import BuildOptions, CasePlan, CaseResult
from reinstate.run.case import build_case, known_inputs
from reinstate.run.project import Session
from reinstate.stages.discover import CaseDir, find_case, is_ignored


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


# Deciding what to rebuild -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Rebuild:
    """What a burst of changes asks for: the whole project again, or some of its cases."""

    whole: str = ""
    """What changed, when the project must be opened again; '' otherwise."""
    cases: tuple[tuple[str, str], ...] = ()
    """(slug, what changed in it) of each case to rebuild, in slug order."""


def decide(changes: Sequence[Change], opened: bool) -> Rebuild:
    """The project again when a change is outside the cases or the project is not open (or
    broken); else each changed case."""
    whole = [c for c in changes if c.slug is None]
    if whole or not opened:
        return Rebuild(whole=_what([c.path for c in (whole or changes)]))
    by_case: dict[str, list[str]] = {}
    for change in changes:
        assert change.slug is not None
        by_case.setdefault(change.slug, []).append(change.path)
    return Rebuild(cases=tuple((slug, _what(paths)) for slug, paths in sorted(by_case.items())))


def case_now(config: Config, slug: str, reporter: Reporter) -> CaseDir | None:
    """The case folder as it is now (None: deleted, renamed away, or no case.md)."""
    folder = config.content / slug
    if is_ignored(slug) or not folder.is_dir():
        return None
    if folder.is_symlink() and not folder.resolve().is_relative_to(config.content):
        return None
    return find_case(folder, config, reporter)


# Reporting ----------------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    """The outcome of one rebuild pass, for its log line."""

    rebuilt: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    stats: WriteStats = field(default_factory=WriteStats)
    results: list[CaseResult] = field(default_factory=list)

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for result in self.results for d in result.diagnostics]

    def add(self, result: CaseResult, stats: WriteStats) -> None:
        self.stats.merge(stats)
        (self.failed if result.kept_last else self.rebuilt).append(result.slug)
        self.results.append(result)


class LiveLog:
    """What the watcher tells: log lines, each case's diagnostics when they change, and an
    `Update` to every listener after each change."""

    def __init__(self, say: Say, verbosity: Verbosity) -> None:
        self.say = say
        self.verbosity = verbosity
        self.shown: dict[str, list[str]] = {}
        """The diagnostic lines last shown for each case."""
        self.states: dict[str, CaseState] = {}
        self.listeners: list[Callable[[Update], None]] = []
        self.generation = 0

    def case(self, slug: str, state: CaseState) -> None:
        self.states[slug] = state

    def drop(self, slug: str) -> None:
        self.states.pop(slug, None)
        self.shown.pop(slug, None)

    def news(self, tally: Tally) -> list[str]:
        """The diagnostics of the rebuilt cases that differ from those last shown (all of a
        failed case's)."""
        lines: list[str] = []
        for result in tally.results:
            now = [d.format() for d in shown(result.diagnostics, self.verbosity)]
            previous, self.shown[result.slug] = self.shown.get(result.slug, []), now
            if result.kept_last or now != previous:
                lines += now
        return lines

    def status(self, text: str) -> None:
        """A line that says all went well: left out under -q."""
        if self.verbosity > Verbosity.QUIET:
            self.say(text)

    def lines(self, diagnostics: Sequence[Diagnostic] | Sequence[str]) -> None:
        for diagnostic in diagnostics:
            text = diagnostic if isinstance(diagnostic, str) else diagnostic.format()
            self.say(f"  {text}", stamp=False)

    def opened(self, what: str, tally: Tally, total: int, ms: float) -> None:
        self.status(
            f"{what} → {len(tally.rebuilt)} of {total} cases rebuilt in {ms:.0f} ms: "
            f"{_summary(tally)}"
        )
        self.lines(self.news(tally))

    def case_built(self, slug: str, what: str, tally: Tally, ms: float) -> None:
        if tally.failed:
            self.say(
                f"{slug}: {what} → failed in {ms:.0f} ms, last good outputs kept: "
                f"{_counts(tally.diagnostics)}"
            )
        elif tally.rebuilt:
            self.status(f"{slug}: {what} → rebuilt in {ms:.0f} ms: {_summary(tally)}")
        else:
            self.status(f"{slug}: {what} → no change ({ms:.0f} ms)")
        self.lines(self.news(tally))

    def publish(self, changed: frozenset[str], error: str, background: bool = False) -> None:
        self.generation += 1
        update = Update(self.generation, changed, dict(self.states), error, background)
        for listener in list(self.listeners):
            listener(update)


# Rebuilding ---------------------------------------------------------------------------


class LiveBuild:
    """The watcher's builds: the session it keeps, the fast pass, the background jobs."""

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
        self.session: Session | None = None
        self.error = ""
        """A problem with the whole project (reinstate.yaml, the theme), else ''."""
        self.log = LiveLog(say, verbosity)
        self.memos: dict[str, Memo] = {}
        """What each case's last fast build kept for the next (core/memo.py)."""
        self.slow = SlowJobs(post, self.log, self._finish, self._slow_session)

    def _slow_session(self) -> Session | None:
        """The session whose slow steps run in the background (none with --no-pdf)."""
        return self.session if self.options.pdf else None

    @property
    def listeners(self) -> list[Callable[[Update], None]]:
        return self.log.listeners

    @property
    def worker(self) -> SlowWorker | None:
        return self.slow.worker

    def layout(self) -> Layout:
        if self.session is not None:
            return Layout.of(self.session.config, self.session.theme, self.session.folder.out_dir)
        config = Config(root=self.root, content=self.root / "content", output=self.root / "site")
        return Layout.of(config, None, (self.options.out or config.output).resolve())

    def apply(self, changes: list[Change]) -> None:
        """Rebuild what a burst of changes touched."""
        if self.session is not None:
            self.session.commits.clear()  # a tag may have moved since: look again
        rebuild = decide(changes, self.session is not None and not self.error)
        if rebuild.whole:
            self.open(rebuild.whole)
        for slug, what in rebuild.cases:
            self._apply_case(slug, what)

    def open(self, what: str) -> None:
        """(Re)read settings and theme, then rebuild every case whose inputs changed."""
        started = time.perf_counter()
        reporter = Reporter(strict=self.options.strict)
        try:
            session = Session.open(self.root, self.options, reporter)
        except ReinstateError as exc:
            # The page overlay shows the located problems, then the verdict.
            self.error = "\n".join([*(d.format() for d in exc.diagnostics), str(exc)])
            self.log.say(f"{what} → {exc}; fix it and save again")
            self.log.lines(reporter.sorted())
            self.log.publish(frozenset(), self.error)
            return
        previous, self.session, self.error = self.session, session, ""
        self.memos.clear()  # the settings may have changed what a part gives
        session.folder.known = {}  # large outputs' digests, kept with their bytes
        self.log.lines(shown(reporter.diagnostics, self.log.verbosity))
        if previous is None or previous.shared_print != session.shared_print:
            self.slow.restart()
        for slug in [s for s in self.log.states if s not in session.project.slugs]:
            del self.log.states[slug]
        tally = self._build(session, session.project.cases)
        tally.stats.merge(session.finish(bool(tally.rebuilt or tally.failed)))
        ms = (time.perf_counter() - started) * 1000
        self.log.opened(what, tally, len(session.project.cases), ms)
        for case_dir in session.project.cases:
            self.slow.queue(session, case_dir.slug)
        self.log.publish(frozenset({"*"}), self.error)

    def _apply_case(self, slug: str, what: str) -> None:
        session = self.session
        assert session is not None
        started = time.perf_counter()
        reporter = Reporter(strict=self.options.strict)
        case_dir = case_now(session.config, slug, reporter)
        self.log.lines(reporter.sorted())
        session.found_again(slug, case_dir)
        if case_dir is None:
            self._remove(session, slug, what)
            return
        tally = self._build(session, (case_dir,))
        session.finish(bool(tally.rebuilt or tally.failed))
        self.log.case_built(slug, what, tally, (time.perf_counter() - started) * 1000)
        self.slow.queue(session, slug)
        changed = frozenset({slug}) if tally.rebuilt or tally.failed else frozenset()
        self.log.publish(changed, self.error)

    def _remove(self, session: Session, slug: str, what: str) -> None:
        """A case folder deleted, renamed away or without case.md: remove its outputs."""
        removed = session.folder.remove_case(slug)
        self.memos.pop(slug, None)
        self.log.drop(slug)
        self.slow.forget(slug)
        session.finish(True)
        if removed:
            self.log.status(f"{slug}: {what} → case removed: {len(removed)} files removed")
        self.log.publish(frozenset({slug}), self.error)

    def _build(self, session: Session, case_dirs: Sequence[CaseDir]) -> Tally:
        """The fast pass: every given case that changed, without the slow steps."""
        options = session.dated(pdf=False)
        tally = Tally()
        for case_dir in case_dirs:
            plan = session.plan(case_dir, options)
            if plan.fresh:
                continue
            memo = self.memos.setdefault(case_dir.slug, Memo())
            known = known_inputs(plan.inputs.hashes, plan.inputs.stats)
            result = build_case(session.config, session.theme, case_dir, options, memo, known)
            tally.add(result, session.record(plan, result))
            self.log.case(result.slug, CaseState(not result.kept_last, result.diagnostics))
            self.slow.forget(result.slug)  # older jobs built older sources
        for case_dir in case_dirs:
            entry = session.folder.entry(case_dir.slug)
            if case_dir.slug not in self.log.states and entry is not None:
                self.log.case(case_dir.slug, CaseState(entry.ok, tuple(entry.diagnostics)))
        return tally

    def _finish(self, job: Job, done: JobDone) -> None:
        """A background job's result, still the newest of its case: write it."""
        session = self.session
        if session is None:
            return
        steps = ", ".join(step.name for step in job.options.steps if step.slow)
        if done.error:
            self.log.say(f"{job.slug}: {steps} failed; this is a bug in reinstate:\n{done.error}")
            return
        result, inputs = done.result, done.inputs
        if result is None or inputs is None or result.kept_last:
            return  # the files broke meanwhile; the pending change reports it
        self.slow.durations[job.slug] = done.seconds
        revisions = result.revisions
        print_ = session.case_print(inputs, job.options, revisions)
        plan = CasePlan(job.case_dir, inputs, print_, False, job.options, revisions)
        stats = session.record(plan, result)
        stats.merge(session.finish(True))
        self.log.case(job.slug, CaseState(True, result.diagnostics))
        self.log.status(
            f"{job.slug}: {steps} → {len(stats.written)} written in {done.seconds:.2f} s"
        )
        self.log.publish(frozenset({job.slug}), self.error, background=True)

    def on_message(self, message: object) -> None:
        """A message from the worker (through the watcher's queue)."""
        self.slow.on_message(message)

    def busy(self) -> bool:
        """True while slow jobs are queued or running."""
        return self.slow.busy()

    def stop(self) -> None:
        self.slow.stop()


class SlowJobs:
    """The slow steps in the background: the warm worker, the queue of jobs (one a case,
    the newest), and what each job is worth when it ends."""

    def __init__(
        self,
        post: Callable[[object], None],
        log: LiveLog,
        finish: Callable[[Job, JobDone], None],
        session: Callable[[], Session | None],
    ) -> None:
        self.post = post
        self.log = log
        self.finish = finish
        self.worker: SlowWorker | None = None
        self.pending: dict[str, Job] = {}
        self.jobs: dict[int, Job] = {}
        self.newest: dict[str, int] = {}
        self.crashes: dict[int, int] = {}
        self.durations: dict[str, float] = {}
        self.ids = itertools.count(1)
        self.session = session

    def restart(self) -> None:
        """A fresh worker for the current session (none without one, or without slow steps)."""
        if self.worker is not None:
            self.worker.stop()
            self.worker = None
        self.jobs = {job.id: job for job in self.pending.values()}  # the running one is lost
        session = self.session()
        if session is None or not session.options.has_slow_steps:
            return
        self.worker = SlowWorker(session.config, session.theme, session.options.steps, self.post)
        self._start_next()

    def forget(self, slug: str) -> None:
        """Make the results of every job of `slug` so far worthless."""
        self.newest[slug] = -1
        self.pending.pop(slug, None)

    def queue(self, session: Session, slug: str) -> None:
        entry = session.folder.entry(slug)
        case_dir = session.project.case(slug)
        if self.worker is None or entry is None or case_dir is None:
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
                self.restart()  # cancel: a fresh worker is quicker than waiting
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
        return bool(self.pending) or (self.worker is not None and self.worker.running is not None)

    def on_message(self, message: object) -> None:
        if isinstance(message, WarmedUp):
            for error in message.errors:
                self.log.say(f"warm-up failed (the first render will be slower): {error}")
        elif isinstance(message, JobDone):
            if self.worker is not None:
                self.worker.running = None
            job = self.jobs.pop(message.id, None)
            if job is not None and self.newest.get(job.slug) == job.id:
                self.finish(job, message)  # else superseded by a newer save
            self._start_next()
        elif isinstance(message, WorkerGone) and message.worker is self.worker:
            self._worker_gone(message)

    def _worker_gone(self, gone: WorkerGone) -> None:
        job = gone.worker.running
        self.log.say(
            f"the PDF worker stopped unexpectedly (exit status {gone.exitcode}); restarting it"
        )
        if job is not None and self.newest.get(job.slug) == job.id:
            self.crashes[job.id] = self.crashes.get(job.id, 0) + 1
            if self.crashes[job.id] < 2:
                self.pending.setdefault(job.slug, job)
            else:
                self.log.say(f"{job.slug}: gave up on the slow steps after two crashes")
        self.worker = None
        self.restart()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None


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
