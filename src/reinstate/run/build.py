"""Build a project: the cases that changed since the last build, each through load →
resolve → check → render (runcase.py), written into the output folder (session.py,
output.py), on a process pool with `-j N` (pool.py).

A case with errors in its sources keeps its last good outputs; appeal-quality errors (the
checks) still write the outputs but mark the case not ready.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from reinstate.core.diagnostics import Reporter
from reinstate.core.summary import CaseSummary
from reinstate.output.atomic import WriteStats
from reinstate.output.job import BuildOptions, BuildResult, CasePlan, CaseResult, Progress
from reinstate.output.manifest import CaseEntry
from reinstate.run.prepare import prepare
from reinstate.run.project import Session

__all__ = [
    "BuildOptions",
    "BuildResult",
    "CasePlan",
    "CaseResult",
    "Progress",
    "build_project",
    "prepare",
]


def __getattr__(name: str) -> Any:
    """The old names of the case build, imported when asked for: `reinstate build`, which
    imports this module, loads the stages and the renderers only when a case changed."""
    if name in ("analyse", "build_case"):
        from reinstate.run import case

        return getattr(case, name)
    if name == "CaseBuild":
        from reinstate.render.step import CaseBuild

        return CaseBuild
    if name == "Step":
        from reinstate.render.stepdef import Step

        return Step
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def reused_result(slug: str, entry: CaseEntry) -> CaseResult:
    """An up-to-date case: what its last build reported, without building it again."""
    summary = CaseSummary.from_json(entry.summary)
    return CaseResult(slug, {}, tuple(entry.diagnostics), summary, 0, reused=True)


RETRIES = 2
"""Times a case whose files changed while it was being built is built again at once."""
MOVING = (
    "its files kept changing while it was being built: the outputs may not show the last "
    "changes; build again"
)


@contextlib.contextmanager
def paused_collector() -> Iterator[None]:
    """Python's cycle collector paused while a build finds out what to rebuild.

    Listing the cases, reading the manifest and taking the stats of every input make
    tuples, strings and dicts by the hundred thousand (at 1000 cases), none of them in a
    reference cycle, and each burst of them would set off a collection that walks every
    object alive again: a tenth of a no-change build's time. Building the cases, which
    may make cycles, runs with the collector as it was.

    What the pause made would still be walked by the first collections after it (the
    youngest generation then holds all of it: 15-25 ms of a no-change build of 1000
    cases, in two collections that free nothing), so it is moved to the oldest generation
    instead (`gc.freeze` then `gc.unfreeze`), where only a full collection walks it, as
    it walks whatever lives that long. Not when something else froze objects (the
    watcher does): unfreezing would undo that."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def build_project(
    root: Path, options: BuildOptions, progress: Progress | None = None
) -> BuildResult:
    """Build every case (or `options.only`) that changed since the last build, and write it.

    A case is rebuilt when any file of its folder, reinstate.yaml, the theme, reinstate
    itself or the settings changed, when its last build failed, or with `options.force`.
    """
    reporter = Reporter(strict=options.strict)
    with paused_collector():
        session = Session.open(root, options, reporter)
        options = session.dated()
        plans = [session.plan(case_dir, options) for case_dir in session.project.cases]
    todo = [plan for plan in plans if not plan.fresh]
    stats = WriteStats()
    built: dict[str, CaseResult] = {}
    done, total = 0, len(todo)
    for attempt in range(1 + RETRIES):
        moved: list[str] = []
        for result, written in session.build(todo, options):
            stats.merge(written)
            moved += written.moved
            built[result.slug] = result
            done += 1
            if progress is not None:
                progress(done, total, result)
        if attempt == RETRIES:
            for slug in moved:
                built[slug] = replace(built[slug], notes=(*built[slug].notes, MOVING))
        todo = [plan for slug in moved if (plan := session.replan(slug, options)) is not None]
        total += len(todo)
        if not todo:
            break
    stats.merge(session.finish(bool(built)))
    results = []
    for plan in plans:
        slug = plan.case_dir.slug
        entry = session.folder.recorded(slug)
        if slug in built:
            results.append(built[slug])
        elif entry is not None:
            results.append(reused_result(slug, entry))
    return BuildResult(session.config, session.folder.out_dir, results, reporter.sorted(), stats)
