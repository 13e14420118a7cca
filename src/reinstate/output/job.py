"""A build as data: what it is asked (`BuildOptions`, `CasePlan`) and what it gives
(`CaseResult`, `BuildResult`).

Plain values shared by the case build (runcase.py), the project build (build.py,
session.py, pool.py), the output folder (output.py) and the watcher: none of them imports
another to learn these types. They pickle, so a case's plan and its result cross to the
pool's workers and the watcher's slow-step worker.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config
from reinstate.core.diagnostics import Diagnostic, Severity, count, sort_diagnostics
from reinstate.core.summary import CaseSummary
from reinstate.output.atomic import WriteStats
from reinstate.output.fingerprint import Snapshot
from reinstate.render.steps import BUILTIN_STEPS
from reinstate.stages.discover import CaseDir

if TYPE_CHECKING:
    from reinstate.checks.rule import Rule
    from reinstate.core.model import Output
    from reinstate.render.stepdef import Step


@dataclass(frozen=True, slots=True)
class BuildOptions:
    strict: bool = False
    pdf: bool = True
    only: tuple[str, ...] = ()
    out: Path | None = None
    today: dt.date | None = None
    """The date checks treat as today (default: the real date)."""
    jobs: int = 1
    force: bool = False
    """Rebuild every case, even those the manifest shows as up to date."""
    steps: tuple[Step, ...] = BUILTIN_STEPS
    """The render steps, in order. A project's extension outputs are added to them when
    the project is opened (session.py); a test passes its own."""
    added_rules: tuple[Rule, ...] = ()
    """Check rules run after the built-in catalogue (`checks.all_rules`), in order: the
    project's extension rules, added when the project is opened."""
    read_only: bool = False
    """Write nothing, not even to the output folder's caches (`reinstate check`)."""

    @property
    def rules(self) -> tuple[Rule, ...] | None:
        """The check rules in order; None for the built-in catalogue alone."""
        if not self.added_rules:
            return None
        from reinstate.checks import all_rules  # the rule modules: only when rules run

        return (*all_rules(), *self.added_rules)

    @property
    def has_slow_steps(self) -> bool:
        return any(step.slow for step in self.steps)


@dataclass(frozen=True, slots=True)
class CasePlan:
    """A case about to be built, or found up to date."""

    case_dir: CaseDir
    inputs: Snapshot
    fingerprint: str
    fresh: bool
    """Up to date: the manifest shows outputs built from exactly these inputs."""
    options: BuildOptions
    revisions: tuple[str, ...] = ()
    """The git revisions the fingerprint covers (those the last build saw)."""


@dataclass(frozen=True, slots=True)
class CaseResult:
    slug: str
    outputs: dict[str, Output]
    """Relative to the output folder."""
    diagnostics: tuple[Diagnostic, ...]
    summary: CaseSummary
    source_errors: int
    """Errors in the case's files; when > 0 the outputs are not written."""
    strict_errors: int = 0
    """Errors of a `--strict` build (its warnings count): the outputs are not written."""
    notes: tuple[str, ...] = ()
    slow_outputs: frozenset[str] = frozenset()
    """The outputs made by slow steps (relative to the output folder)."""
    complete: bool = True
    """False when slow steps were skipped (`BuildOptions.pdf` off)."""
    reused: bool = False
    """Up to date: not rebuilt; diagnostics and summary come from the manifest."""
    revisions: tuple[str, ...] = ()
    """Git revisions named by the case's submissions (`snapshot:`), which the checks read."""

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

    @property
    def kept_last(self) -> bool:
        """The outputs are not written: the case keeps its last good outputs."""
        return bool(self.source_errors or self.strict_errors)

    @property
    def warnings(self) -> int:
        return count(self.diagnostics, Severity.WARNING)


Progress = Callable[[int, int, CaseResult], None]
"""Told after each case is built and written: (cases done, cases to build, the result)."""


@dataclass(slots=True)
class BuildResult:
    config: Config
    out_dir: Path
    cases: list[CaseResult]
    project_diagnostics: list[Diagnostic]
    stats: WriteStats

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return sort_diagnostics(
            [*self.project_diagnostics, *(d for c in self.cases for d in c.diagnostics)]
        )

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

    @property
    def warnings(self) -> int:
        return count(self.diagnostics, Severity.WARNING)

    @property
    def rebuilt(self) -> int:
        return sum(1 for c in self.cases if not c.reused)
