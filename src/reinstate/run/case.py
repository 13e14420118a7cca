"""One case through load → resolve → check → render; writes no output.

`build_case` is a pure function of a case folder, the settings, the theme and the options
(whose `steps` are the render steps, in order); it returns the outputs as bytes and never
writes them, so cases can build in any order or in parallel (pool.py). What it writes is
its own caches under the output folder's `.reinstate-cache/` (what reading the word lists
made, checks/kept.py; what opening the exhibit files found, output/probe.py), each entry
sealed, whole or not read, and per case; with `BuildOptions.read_only` (`reinstate
check`) not even those.
Errors in a case's sources make it keep its last good outputs; appeal-quality errors (the
checks) still write the outputs but mark the case not ready.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.checks import run_checks
from reinstate.checks.kept import cache_folder as kept_folder
from reinstate.checks.kept import kept
from reinstate.checks.status import CaseSummary, failed_status, strict_status
from reinstate.core.config import Config, check_output_folder
from reinstate.core.diagnostics import ReinstateError, Reporter, Severity, count
from reinstate.core.limits import DEFAULT as DEFAULT_LIMITS
from reinstate.core.limits import RULES as LIMIT_RULES
from reinstate.core.limits import Limits
from reinstate.core.memo import Memo
from reinstate.core.vocabulary import language
from reinstate.output.job import BuildOptions, CaseResult
from reinstate.run.prepare import prepare as prepare
from reinstate.stages.discover import CaseDir
from reinstate.stages.history import Reading, read_snapshots
from reinstate.stages.load import Known, load_case
from reinstate.stages.redline import since_submission
from reinstate.stages.resolve import Resolved, resolve

if TYPE_CHECKING:
    from reinstate.render.theme import Theme

DOCUMENT_ORDER = {"html": 0, "txt": 1, "pdf": 2, "eml": 3}
"""The dashboard lists the documents by kind (pages, texts, bundle, e-mail), each kind in
the order its step made it (the plan before the letter), whatever order the steps run in."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """A case after load, resolve and check: everything but the outputs."""

    resolved: Resolved | None
    """None when case.md itself could not be used."""
    reporter: Reporter
    source_errors: int
    """Errors found in the files themselves (load and resolve), before the checks."""
    readings: dict[str, Reading] = field(default_factory=dict)
    """The case at the git revisions its submissions name, read once here for every later
    stage (the revision rule, the redline)."""
    over_limit: bool = False
    """The case's text passes a resource limit (`limits.RULES`): it is neither checked nor
    rendered, only reported."""


def analyse(
    config: Config,
    case_dir: CaseDir,
    options: BuildOptions,
    memo: Memo | None = None,
    known: Known | None = None,
) -> Analysis:
    """Load, resolve and check one case (with what `memo` kept of its last build, and what
    the snapshot of its inputs `known` of each file: load.py's `read_sources`)."""
    reporter = Reporter(strict=options.strict or config.strict, case=case_dir.slug)
    today = options.today or dt.date.today()
    case = load_case(case_dir, config, reporter, today, memo, known)
    if case is None:
        return Analysis(None, reporter, max(reporter.errors, 1))
    with language(case.language):
        resolved = resolve(case, reporter, config.allow_html, config.limits, memo)
        source_errors = reporter.errors
        if any(d.rule in LIMIT_RULES for d in reporter):
            return Analysis(resolved, reporter, source_errors, over_limit=True)
        readings = read_snapshots(case, config, today)
        if memo is None:  # what reading the word lists made, kept (checks/kept.py)
            folder = grammar_cache(config, options)
            with kept(folder, case_dir.slug, write=not options.read_only):
                run_checks(resolved, config, reporter, today, options.rules, readings)
        else:
            run_checks(resolved, config, reporter, today, options.rules, readings, memo)
        if not options.pdf:
            cache = probe_cache(config, options)
            probe_exhibits(resolved, reporter, config.limits, cache, not options.read_only)
    return Analysis(resolved, reporter, source_errors, readings)


def probe_exhibits(
    resolved: Resolved,
    reporter: Reporter,
    limits: Limits = DEFAULT_LIMITS,
    cache: Path | None = None,
    keep: bool = False,
) -> None:
    """Open every exhibit file as the PDF step does, and report what it would report
    (damaged, encrypted, empty, not what its name says).

    For builds without the PDF step and for `reinstate check`, so that they find the same
    problems as a full build; a build with the PDF step reports them from the bundle.
    With `cache` (the output folder's, see output/probe.py), what a build found for the same
    files is reported without opening them; with `keep`, what was found is kept there.
    """
    exhibits = resolved.case.exhibits
    if all(exhibit.path is None for exhibit in exhibits):
        return
    from reinstate.output.probe import probe

    probe(exhibits, reporter, limits, cache, keep)


def probe_cache(config: Config, options: BuildOptions) -> Path | None:
    """The output folder's cache of what opening exhibit files found (output/probe.py)."""
    from reinstate.output.probe import cache_folder

    return cache_folder(config, options.out)


def grammar_cache(config: Config, options: BuildOptions) -> Path | None:
    """The output folder's cache of the parsed and compiled word lists (checks/kept.py)."""
    try:
        top = check_output_folder(config, options.out)
    except ReinstateError:
        return None
    return kept_folder(top)


def build_case(
    config: Config,
    theme: Theme,
    case_dir: CaseDir,
    options: BuildOptions,
    memo: Memo | None = None,
    known: Known | None = None,
) -> CaseResult:
    """Analyse and render one case; writes no output (only the caches above). With a
    `memo` (the watcher's), the work on the parts that did not change since the case's
    last build is not done again; `known`: the digest and size of each input file as the
    snapshot taken before the build found them (`known_inputs`)."""
    if memo is not None:
        memo.turn()
    analysis = analyse(config, case_dir, options, memo, known)
    reporter, resolved = analysis.reporter, analysis.resolved
    if resolved is None:
        return failed_result(case_dir.slug, reporter)
    with language(resolved.case.language):
        result = render_case(analysis, resolved, config, theme, options, memo)
        if result.slow_outputs and not options.read_only:
            # The bundle has opened the exhibit files (render/exhibits.py keeps them open
            # in this process): keep what they hold for the next `check` or HTML build.
            cache = probe_cache(config, options)
            probe_exhibits(resolved, Reporter(), config.limits, cache, keep=True)
        return result


def render_case(
    analysis: Analysis,
    resolved: Resolved,
    config: Config,
    theme: Theme,
    options: BuildOptions,
    memo: Memo | None = None,
) -> CaseResult:
    """Run every step of `options` on an analysed case (in the case's language)."""
    # The renderers' context and the dashboard, here: `reinstate check` analyses a case
    # without rendering it, and need not import them (about 20 ms).
    from reinstate.render.site import render_dashboard
    from reinstate.render.step import CaseBuild

    reporter, source_errors = analysis.reporter, analysis.source_errors
    case = resolved.case
    today = options.today or dt.date.today()
    readings = analysis.readings
    resolved = keep_made(resolved, replace(resolved, since=since_submission(resolved, readings)))
    build = CaseBuild(
        resolved, config, theme, reporter, options.pdf, today, readings, options.out, memo=memo
    )
    slow: set[str] = set()
    for step in () if analysis.over_limit else options.steps:
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
        options.pdf or not options.has_slow_steps,
        revisions=tuple(sorted({s.snapshot for s in case.submissions if s.snapshot})),
    )


def known_inputs(hashes: Mapping[str, str], stats: Mapping[str, tuple[int, ...]]) -> Known:
    """What a snapshot of the inputs (output/fingerprint.py's `Snapshot`: `hashes`,
    `stats`) knows of each file, for `build_case`'s `known`: its SHA-256 and size. A file
    too large to be hashed (its stat stands for it) is left out."""
    return {
        rel: (digest, stats[rel][0])
        for rel, digest in hashes.items()
        if rel in stats and not digest.startswith("stat:")
    }


def keep_made(resolved: Resolved, copy: Resolved) -> Resolved:
    """`copy` (of `resolved`, with other fields) with what `resolved` made when asked: its
    labels and targets (`Resolved.labels()`, `every_target()`), which with the watcher's
    memo are the very objects of the last build, so that what the render steps kept under
    them is found by identity; and the items' ranks. `dataclasses.replace` leaves them out
    (they are not fields of the constructor)."""
    for name in ("_labels", "_every", "_ranks"):
        object.__setattr__(copy, name, getattr(resolved, name))
    return copy


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
