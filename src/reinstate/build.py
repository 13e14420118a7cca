"""Build a project: each case through load → resolve → check → render, then write.

`build_case` is a pure function of a case folder, the settings and the theme; it returns
the outputs as bytes and never touches the output folder, so cases can build in any order
or in parallel. `build_project` builds the cases that changed since the last build and
writes what they produced (session.py): a case with errors in its sources keeps its last
good outputs; appeal-quality errors (the checks) still write the outputs but mark the
case not ready.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.checks import check_settings, run_checks
from reinstate.config import Config, check_output_folder, load_config
from reinstate.diagnostics import Diagnostic, Reporter, Severity, count, sort_diagnostics
from reinstate.discover import CaseDir, Project, discover
from reinstate.load import load_case
from reinstate.render.nobreak import keep_together
from reinstate.render.site import (
    CaseSummary,
    OutputLink,
    render_dashboard,
    render_page,
    render_plan,
)
from reinstate.resolve import PLAN_PAGE, Resolved, resolve
from reinstate.status import Status, case_status, failed_status, strict_status, to_dos
from reinstate.theme import Theme, load_theme
from reinstate.write import Output, WriteStats


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


@dataclass(slots=True)
class CaseBuild:
    """The render stage of one case: what it has produced so far."""

    resolved: Resolved
    config: Config
    theme: Theme
    options: BuildOptions
    reporter: Reporter
    outputs: dict[str, Output] = field(default_factory=dict)
    """Output path relative to the case output folder → content."""
    links: list[OutputLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines printed after the build (sizes, word counts)."""

    @property
    def status(self) -> Status:
        """The case's status from every diagnostic reported so far. The steps that read it
        (the e-mail's note, the letter page, the dashboard) run after every step that
        reports, so all of them show the same status."""
        diagnostics = self.reporter.diagnostics
        errors = count(diagnostics, Severity.ERROR)
        followup = self.config.checks.followup_business_days
        return case_status(self.resolved.case, errors, followup, to_dos(diagnostics))

    def add(self, rel: str, output: Output | str, title: str | None = None, note: str = "") -> None:
        if isinstance(output, str) and rel.endswith(".html"):
            output = keep_together(output)
        self.outputs[rel] = output.encode("utf-8") if isinstance(output, str) else output
        if title is not None:
            self.links.append(OutputLink(title, rel, note))


@dataclass(frozen=True, slots=True)
class Step:
    """One render step of a case build."""

    name: str
    render: Callable[[CaseBuild], None]
    slow: bool = False
    """Skipped by `--no-pdf`; run as a background job by the watcher (the PDF bundle)."""
    warm_up: Callable[[Config, Theme], None] | None = None
    """Run once by a long-lived worker so that its first real render is not slower."""


def render_site(build: CaseBuild) -> None:
    resolved, theme, allow_html = build.resolved, build.theme, build.config.allow_html
    case = resolved.case
    build.add(
        PLAN_PAGE,
        render_plan(resolved, theme, build.status, allow_html),
        "Plan of action (web page)",
    )
    for page in case.pages:
        build.add(resolved.targets[page.id].page, render_page(resolved, page.id, theme, allow_html))
    for exhibit in case.exhibits:
        target = resolved.targets[exhibit.id]
        if exhibit.path is not None and target.file is not None:
            build.add(target.file, exhibit.path)


@dataclass(frozen=True, slots=True)
class Lazy:
    """A step function imported when it first runs.

    A build that finds every case up to date, `reinstate check` and `--help` then never
    import the renderers (the letter, the texts, the e-mail package, WeasyPrint); about a
    tenth of a second of every such command. A plain value, so it pickles to the workers.
    """

    module: str
    name: str

    def __call__(self, *args: Any) -> None:
        getattr(importlib.import_module(self.module), self.name)(*args)


STEPS: list[Step] = [
    Step("site", render_site),
    Step("text", Lazy("reinstate.render.plain", "render_texts")),
    Step(
        "pdf",
        Lazy("reinstate.render.pdf", "render_bundle"),
        slow=True,
        warm_up=Lazy("reinstate.render.pdf", "warm_up"),
    ),
    Step("email-bundle", Lazy("reinstate.render.email", "render_email_with_bundle"), slow=True),
    Step("email", Lazy("reinstate.render.email", "render_email_alone")),
    Step("letter", Lazy("reinstate.render.letter", "render_letter")),
]
"""The render steps, in order; the dashboard is rendered after all of them.

The e-mail that attaches the bundle is a slow step right after the bundle's, so it always
attaches the bundle of the same build (`email.attach_bundle: false` makes it the fast
`email` step instead). The letter page shows the case's status, so it comes after every
step that can report a problem."""


DOCUMENT_ORDER = {"html": 0, "txt": 1, "pdf": 2, "eml": 3}
"""The dashboard lists the documents by kind (pages, texts, bundle, e-mail), each kind in
the order its step made it (the plan before the letter), whatever order the steps run in."""


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


@dataclass(frozen=True, slots=True)
class Analysis:
    """A case after load, resolve and check: everything but the outputs."""

    resolved: Resolved | None
    """None when case.md itself could not be used."""
    reporter: Reporter
    source_errors: int
    """Errors found in the files themselves (load and resolve), before the checks."""


def analyse(config: Config, case_dir: CaseDir, options: BuildOptions) -> Analysis:
    """Load, resolve and check one case."""
    reporter = Reporter(strict=options.strict or config.strict, case=case_dir.slug)
    today = options.today or dt.date.today()
    case = load_case(case_dir, config, reporter, today)
    if case is None:
        return Analysis(None, reporter, max(reporter.errors, 1))
    resolved = resolve(case, reporter, config.allow_html)
    source_errors = reporter.errors
    run_checks(resolved, config, reporter, today)
    if not options.pdf:
        probe_exhibits(resolved, reporter)
    return Analysis(resolved, reporter, source_errors)


def probe_exhibits(resolved: Resolved, reporter: Reporter) -> None:
    """Open every exhibit file as the PDF step does, and report what it would report
    (damaged, encrypted, empty, not what its name says).

    For builds without the PDF step and for `reinstate check`, so that they find the same
    problems as a full build; a build with the PDF step reports them from the bundle.
    """
    if all(exhibit.path is None for exhibit in resolved.case.exhibits):
        return
    from reinstate.render.exhibits import open_exhibit

    for exhibit in resolved.case.exhibits:
        open_exhibit(exhibit, reporter)


def build_case(
    config: Config, theme: Theme, case_dir: CaseDir, options: BuildOptions
) -> CaseResult:
    """Analyse and render one case; never writes."""
    analysis = analyse(config, case_dir, options)
    reporter, resolved, source_errors = analysis.reporter, analysis.resolved, analysis.source_errors
    if resolved is None:
        return failed_result(case_dir.slug, reporter)
    case = resolved.case
    build = CaseBuild(resolved, config, theme, options, reporter)
    slow: set[str] = set()
    for step in STEPS:
        if options.pdf or not step.slow:
            before = set(build.outputs)
            step.render(build)
            if step.slow:
                slow |= set(build.outputs) - before
    diagnostics = reporter.sorted()
    errors = count(diagnostics, Severity.ERROR)
    status = build.status
    links = sorted(build.links, key=lambda link: DOCUMENT_ORDER.get(link.path.split(".")[-1], 9))
    build.add("index.html", render_dashboard(resolved, theme, status, diagnostics, links))
    strict_errors = errors if reporter.strict and not source_errors else 0
    if source_errors:
        status = failed_status(source_errors)
    elif strict_errors:
        status = strict_status(strict_errors)
    summary = CaseSummary.of(case, status, errors, count(diagnostics, Severity.WARNING))
    prefix = f"{case.slug}/"
    return CaseResult(
        case.slug,
        {prefix + rel: out for rel, out in build.outputs.items()},
        tuple(diagnostics),
        summary,
        source_errors,
        strict_errors,
        tuple(build.notes),
        frozenset(prefix + rel for rel in slow),
        options.pdf or not any(step.slow for step in STEPS),
        revisions=tuple(sorted({s.snapshot for s in case.submissions if s.snapshot})),
    )


def failed_result(slug: str, reporter: Reporter) -> CaseResult:
    """The result of a case whose case.md cannot be used at all."""
    diagnostics = reporter.sorted()
    errors = max(count(diagnostics, Severity.ERROR), 1)
    status = failed_status(errors)
    summary = CaseSummary(
        slug,
        slug,
        slug,
        "",
        status.state,
        status.label,
        status.next_step,
        False,
        errors=errors,
        warnings=count(diagnostics, Severity.WARNING),
        blocker=status.blocker,
    )
    return CaseResult(slug, {}, tuple(diagnostics), summary, errors)


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


def prepare(root: Path, options: BuildOptions, reporter: Reporter) -> tuple[Project, Theme, Path]:
    """Settings, theme, output folder and cases; raises ReinstateError when unusable."""
    config = load_config(root, reporter)
    check_settings(config, reporter)
    out_dir = check_output_folder(config, options.out)
    theme = load_theme(config)
    project = discover(config, reporter, options.only)
    return project, theme, out_dir


def build_project(
    root: Path, options: BuildOptions, progress: Progress | None = None
) -> BuildResult:
    """Build every case (or `options.only`) that changed since the last build, and write it
    (the incremental build: session.py)."""
    from reinstate.session import build_project as build_changed  # session imports this module

    return build_changed(root, options, progress)
