"""The incremental build of a project: which cases changed, building them, writing them.

A `Session` is a project opened for building: its settings, theme, output folder (with
the manifest) and shared inputs. It plans each case (fingerprint from stats and hashes,
see incremental.py), builds the changed ones (in this process, or on a pool: pool.py),
writes them, and finally the shared files and the manifest. `reinstate build` opens one
session per run; the watcher keeps one and opens a new one when the settings or the theme
change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config
from reinstate.core.diagnostics import Reporter
from reinstate.core.summary import CaseSummary
from reinstate.core.vocabulary import N_, _, language
from reinstate.output.atomic import WriteStats
from reinstate.output.fingerprint import (
    Snapshot,
    case_files,
    fingerprint,
    is_fresh,
    note_stats,
    resolve_revisions,
    settings_digest,
    shared_files,
    snapshot,
    unchanged,
)
from reinstate.output.folder import OutputFolder
from reinstate.output.job import BuildOptions, CasePlan, CaseResult
from reinstate.output.manifest import SHARED, CaseEntry
from reinstate.render.theme import Theme, compiled_in
from reinstate.run.prepare import prepare
from reinstate.stages.discover import CaseDir, Project, find_case

if TYPE_CHECKING:
    from reinstate.core.model import Output

INDEX_TITLE = N_("Appeal cases")


def build_case(
    config: Config, theme: Theme, case_dir: CaseDir, options: BuildOptions
) -> CaseResult:
    """run/case.py's `build_case`, imported at the first case built: a build that finds
    every case up to date never loads the stages, the checks and the renderers."""
    from reinstate.run.case import build_case as build

    return build(config, theme, case_dir, options)


def current_inputs(
    folder: OutputFolder, slug: str, files: dict[str, str] | dict[str, Path], max_bytes: int | None
) -> Snapshot:
    """The snapshot of a case's (or the shared) input files: from the stamp the manifest
    recorded when their stats give it again, else file by file (`snapshot`)."""
    recorded = folder.recorded(slug)
    if recorded is not None:
        same = unchanged(files, recorded)
        if same is not None:
            return same
    return snapshot(files, folder.entry(slug), max_bytes)


def restamp(entry: CaseEntry, inputs: Snapshot) -> bool:
    """Whether an up-to-date entry should record the stats of `inputs`: some file had to
    be hashed (its stat changed, or was too recent to trust), or the entry has no stamp
    and the files are now old enough for one."""
    return bool(inputs.hashed) or (not entry.stamp and bool(inputs.stamp()))


POOL_MIN_CASES = 24
"""Without slow steps a case builds in ~10 ms, and starting a pool (processes, templates
compiled in each) costs ~0.1 s: below this many cases, -j N builds in this process."""


@dataclass(slots=True)
class Session:
    """A project opened for building: settings, theme, output folder and shared inputs.

    `build_project` opens one for a single run; the watcher keeps one for its lifetime and
    opens a new one when reinstate.yaml or the theme changes.
    """

    project: Project
    theme: Theme
    folder: OutputFolder
    options: BuildOptions
    shared: Snapshot
    shared_print: str
    dirty: bool = False
    """The manifest changed and must be saved."""
    commits: dict[str, str] = field(default_factory=dict)
    """Git revision name → commit, looked up once per session (the watcher: per change)."""

    @classmethod
    def open(cls, root: Path, options: BuildOptions, reporter: Reporter) -> Session:
        project, theme, out_dir, options = prepare(root, options, reporter)
        folder = OutputFolder.open(project.config, out_dir)
        theme = compiled_in(theme, folder.out_dir)
        shared = current_inputs(folder, SHARED, shared_files(project.config, theme), None)
        return cls(project, theme, folder, options, shared, fingerprint(shared.digest()))

    @property
    def config(self) -> Config:
        return self.project.config

    def dated(self, **changes: object) -> BuildOptions:
        """The options with today's date fixed, so the checks and the fingerprint agree."""
        options = replace(self.options, **changes)  # type: ignore[arg-type]
        return replace(options, today=options.today or dt.date.today())

    def found_again(self, slug: str, case_dir: CaseDir | None) -> None:
        """A case as it is on disk now (None: gone), after a change of its folder."""
        project = self.project
        others = tuple(c for c in project.cases if c.slug != slug)
        if case_dir is None:
            self.project = replace(project, cases=others, slugs=project.slugs - {slug})
            return
        cases = tuple(sorted((*others, case_dir), key=lambda c: c.slug))
        self.project = replace(project, cases=cases, slugs=project.slugs | {slug})

    def plan(self, case_dir: CaseDir, options: BuildOptions) -> CasePlan:
        slug = case_dir.slug
        files = case_files(self.config, case_dir)
        inputs = current_inputs(self.folder, slug, files, self.config.limits.largest_input)
        entry = self.folder.recorded(slug)
        revisions = tuple(entry.revisions) if entry is not None else ()
        print_ = self.case_print(inputs, options, revisions)
        fresh = not options.force and is_fresh(entry, print_, self.folder.out_dir, options.pdf)
        if fresh and entry is not None and restamp(entry, inputs):
            # Same content, newer stats (or stats now old enough to stamp): record them so
            # the next build need not hash.
            note_stats(self.folder.entry(slug) or entry, inputs)
            self.dirty = True
        return CasePlan(case_dir, inputs, print_, fresh, options, revisions)

    def replan(self, slug: str, options: BuildOptions) -> CasePlan | None:
        """The plan of a case found again on disk (after its files changed during a build)."""
        reporter = Reporter(strict=options.strict)
        case_dir = find_case(self.config.content / slug, self.config, reporter)
        return self.plan(case_dir, options) if case_dir is not None else None

    def case_print(self, inputs: Snapshot, options: BuildOptions, revisions: Sequence[str]) -> str:
        """The fingerprint of a case: its files, the shared inputs, the settings and the
        commits its snapshot revisions point at."""
        today = options.today or dt.date.today()
        settings = settings_digest(options.strict or self.config.strict, today)
        missing = [name for name in revisions if name not in self.commits]
        if missing:
            self.commits.update(resolve_revisions(self.config.root, missing))
        commits = ";".join(f"{name}={self.commits[name]}" for name in sorted(revisions))
        return fingerprint(self.shared_print, settings, inputs.digest(), commits)

    def final_print(self, plan: CasePlan, revisions: Sequence[str]) -> str:
        """The plan's fingerprint, redone when the build found other snapshot revisions
        than the last one did (a submission gained or changed its `snapshot`)."""
        if tuple(revisions) == plan.revisions:
            return plan.fingerprint
        return self.case_print(plan.inputs, plan.options, revisions)

    def record(self, plan: CasePlan, result: CaseResult) -> WriteStats:
        """Write a freshly built case into the output folder."""
        self.dirty = True
        return self.folder.write_case(result, plan.inputs, self.final_print(plan, result.revisions))

    def build(
        self, plans: Sequence[CasePlan], options: BuildOptions
    ) -> Iterator[tuple[CaseResult, WriteStats]]:
        """Build and write cases, on `options.jobs` processes; yields each one when done
        (without its outputs, which are on disk by then)."""
        if not plans:
            return
        self.folder.manifest.load_files()  # the plans' snapshots hold the recorded hashes
        slow = options.pdf and options.has_slow_steps
        if options.jobs <= 1 or len(plans) < (2 if slow else POOL_MIN_CASES):
            for plan in plans:
                result = build_case(self.config, self.theme, plan.case_dir, options)
                yield replace(result, outputs={}), self.record(plan, result)
            return
        from reinstate.run.pool import build_in_pool  # here: only -j N pays for multiprocessing

        for plan, result, entry, written in build_in_pool(self.folder, self.theme, plans, options):
            if entry.fingerprint:
                entry.fingerprint = self.final_print(plan, result.revisions)
            self.folder.manifest.cases[result.slug] = entry
            self.dirty = True
            yield result, written

    def finish(self, changed: bool) -> WriteStats:
        """Remove deleted cases' outputs, refresh the index and static files, save."""
        removed = self.folder.remove_missing(self.project.slugs)
        stats = WriteStats(removed=removed)
        if changed or removed or not self.folder.shared_fresh(self.shared_print):
            outputs = shared_outputs(self.folder, self.theme)
            stats.merge(self.folder.write_shared(outputs, self.shared, self.shared_print))
            self.dirty = True
        else:
            entry = self.folder.recorded(SHARED)
            if entry is not None and restamp(entry, self.shared):
                note_stats(self.folder.entry(SHARED) or entry, self.shared)
                self.dirty = True
        if self.dirty or self.folder.recovered:
            self.folder.save()
            self.dirty = self.folder.recovered = False
        return stats


def index_language(project: str | None, summaries: list[CaseSummary]) -> str:
    """The language of the site index: the project's (`language:` in reinstate.yaml), else
    the one every case is written in, else English (a mixed project)."""
    if project:
        return project
    spoken = {summary.language for summary in summaries}
    return spoken.pop() if len(spoken) == 1 else "en"


def shared_outputs(folder: OutputFolder, theme: Theme) -> dict[str, Output]:
    """The site index (a row for every case in the manifest) and the theme's static files."""
    from reinstate.render.nobreak import keep_together
    from reinstate.render.site import STATIC, render_index

    summaries = [
        replace(CaseSummary.from_json(row), built=built) for row, built in folder.index_rows()
    ]
    with language(index_language(folder.config.language, summaries)):
        index = keep_together(render_index(summaries, theme, _(INDEX_TITLE)))
    outputs: dict[str, Output] = {"index.html": index.encode("utf-8")}
    for rel, path in theme.static_files().items():
        outputs[f"{STATIC}/{rel}"] = path
    return outputs
