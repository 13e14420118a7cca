"""Build a project: each case through load → resolve → check → render, then write.

`build_case` is a pure function of a case folder, the settings and the theme; it returns
the outputs as bytes and never touches the output folder, so cases can build in any order
or in parallel. `build_project` writes what the cases produced: a case with errors in its
sources keeps its last good outputs; appeal-quality errors (the checks) still write the
outputs but mark the case not ready.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reinstate.checks import check_settings, run_checks
from reinstate.config import Config, check_output_folder, load_config
from reinstate.diagnostics import Diagnostic, Reporter, Severity, count, sort_diagnostics
from reinstate.discover import CaseDir, Project, discover
from reinstate.load import load_case
from reinstate.manifest import SHARED, CaseEntry, Manifest, load_manifest, save_manifest
from reinstate.render.email import render_email
from reinstate.render.letter import render_letter
from reinstate.render.pdf import render_bundle
from reinstate.render.pdf import warm_up as warm_up_bundle
from reinstate.render.plain import render_texts
from reinstate.render.site import (
    STATIC,
    CaseSummary,
    OutputLink,
    render_dashboard,
    render_index,
    render_page,
    render_plan,
)
from reinstate.resolve import PLAN_PAGE, Resolved, resolve
from reinstate.status import Status, case_status, failed_status
from reinstate.theme import Theme, load_theme
from reinstate.write import (
    Output,
    WriteStats,
    digest_of,
    file_digest,
    remove_outputs,
    write_outputs,
)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    strict: bool = False
    pdf: bool = True
    only: tuple[str, ...] = ()
    out: Path | None = None
    today: dt.date | None = None
    """The date checks treat as today (default: the real date)."""
    jobs: int = 1


@dataclass(slots=True)
class CaseBuild:
    """The render stage of one case: what it has produced so far."""

    resolved: Resolved
    config: Config
    theme: Theme
    options: BuildOptions
    reporter: Reporter
    status: Status
    outputs: dict[str, Output] = field(default_factory=dict)
    """Output path relative to the case output folder → content."""
    links: list[OutputLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines printed after the build (sizes, word counts)."""

    def add(self, rel: str, output: Output | str, title: str | None = None, note: str = "") -> None:
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


STEPS: list[Step] = [
    Step("site", render_site),
    Step("letter", render_letter),
    Step("text", render_texts),
    Step("pdf", render_bundle, slow=True, warm_up=warm_up_bundle),
]
"""The render steps, in order; the dashboard is rendered after all of them."""
STEPS.append(Step("email", render_email))
"""Last: the e-mail attaches the PDF bundle that an earlier step made."""


@dataclass(frozen=True, slots=True)
class CaseResult:
    slug: str
    outputs: dict[str, Output]
    """Relative to the output folder."""
    diagnostics: tuple[Diagnostic, ...]
    summary: CaseSummary
    source_errors: int
    """Errors in the case's files; when > 0 the outputs are not written."""
    inputs: dict[str, str] = field(default_factory=dict)
    notes: tuple[str, ...] = ()

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

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
    return Analysis(resolved, reporter, source_errors)


def build_case(
    config: Config, theme: Theme, case_dir: CaseDir, options: BuildOptions
) -> CaseResult:
    """Analyse and render one case; never writes."""
    analysis = analyse(config, case_dir, options)
    reporter, resolved, source_errors = analysis.reporter, analysis.resolved, analysis.source_errors
    if resolved is None:
        return failed_result(case_dir.slug, reporter)
    case = resolved.case
    status = case_status(case, reporter.errors, config.checks.followup_business_days)
    build = CaseBuild(resolved, config, theme, options, reporter, status)
    for step in STEPS:
        if options.pdf or not step.slow:
            step.render(build)
    diagnostics = reporter.sorted()
    errors = count(diagnostics, Severity.ERROR)
    status = case_status(case, errors, config.checks.followup_business_days)
    build.add("index.html", render_dashboard(resolved, theme, status, diagnostics, build.links))
    if source_errors:
        status = failed_status(source_errors)
    summary = CaseSummary.of(case, status, errors, count(diagnostics, Severity.WARNING))
    prefix = f"{case.slug}/"
    inputs = {
        rel: file_digest(config.root / rel) for rel in case.inputs if (config.root / rel).is_file()
    }
    return CaseResult(
        case.slug,
        {prefix + rel: out for rel, out in build.outputs.items()},
        tuple(diagnostics),
        summary,
        source_errors,
        inputs,
        tuple(build.notes),
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
    )
    return CaseResult(slug, {}, tuple(diagnostics), summary, errors)


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


def prepare(root: Path, options: BuildOptions, reporter: Reporter) -> tuple[Project, Theme, Path]:
    """Settings, theme, output folder and cases; raises ReinstateError when unusable."""
    config = load_config(root, reporter)
    check_settings(config, reporter)
    out_dir = check_output_folder(config, options.out)
    theme = load_theme(config)
    project = discover(config, reporter, options.only)
    return project, theme, out_dir


def build_project(root: Path, options: BuildOptions) -> BuildResult:
    """Build every case (or `options.only`) of the project at `root` and write the outputs."""
    reporter = Reporter(strict=options.strict)
    project, theme, out_dir = prepare(root, options, reporter)
    config = project.config
    results = [build_case(config, theme, case_dir, options) for case_dir in project.cases]
    stats = write_project(out_dir, project, theme, results)
    return BuildResult(config, out_dir, results, reporter.sorted(), stats)


def write_project(
    out_dir: Path, project: Project, theme: Theme, results: Sequence[CaseResult]
) -> WriteStats:
    """Write the cases that built, remove their stale outputs, then the shared files."""
    manifest = load_manifest(out_dir)
    stats = WriteStats()
    for result in results:
        previous = manifest.cases.get(result.slug)
        if result.source_errors:
            if previous is not None:
                previous.ok = False
                previous.summary = {**previous.summary, **_failed_fields(result.summary)}
            else:
                manifest.cases[result.slug] = CaseEntry(summary=result.summary.as_json(), ok=False)
            continue
        stats.merge(write_outputs(out_dir, result.outputs))
        if previous is not None:
            stats.removed += remove_outputs(out_dir, set(previous.outputs) - set(result.outputs))
        manifest.cases[result.slug] = CaseEntry(
            {rel: digest_of(out) for rel, out in result.outputs.items()},
            result.inputs,
            True,
            result.summary.as_json(),
        )
    for slug in list(manifest.cases):
        if slug != SHARED and slug not in project.slugs:
            stats.removed += remove_outputs(out_dir, manifest.cases.pop(slug).outputs)
    shared = shared_outputs(out_dir, theme, manifest)
    stats.merge(write_outputs(out_dir, shared))
    previous_shared = manifest.cases.get(SHARED)
    if previous_shared is not None:
        stats.removed += remove_outputs(out_dir, set(previous_shared.outputs) - set(shared))
    manifest.cases[SHARED] = CaseEntry({rel: digest_of(out) for rel, out in shared.items()})
    save_manifest(out_dir, manifest)
    return stats


def _failed_fields(summary: CaseSummary) -> dict[str, object]:
    keep = ("state", "status", "next_step", "ready", "errors", "warnings")
    return {k: v for k, v in summary.as_json().items() if k in keep}


def shared_outputs(out_dir: Path, theme: Theme, manifest: Manifest) -> dict[str, Output]:
    """The site index (every case in the manifest) and the theme's static files."""
    summaries = []
    for slug in sorted(manifest.cases):
        entry = manifest.cases[slug]
        if slug == SHARED or not entry.summary:
            continue
        summary = CaseSummary.from_json(entry.summary)
        built = (out_dir / slug / "index.html").is_file()
        summaries.append(replace(summary, built=built))
    outputs: dict[str, Output] = {
        "index.html": render_index(summaries, theme, "Appeal cases").encode("utf-8")
    }
    for rel, path in theme.static_files().items():
        outputs[f"{STATIC}/{rel}"] = path
    return outputs
