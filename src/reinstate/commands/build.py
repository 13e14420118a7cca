"""`reinstate build`: compile cases into the output folder."""

from __future__ import annotations

import argparse
import os
import sys
import time

from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_cases,
    add_out,
    add_project,
    add_strict,
    add_today,
    add_verbosity,
    case_line,
    print_diagnostics,
    project_folder,
    verbosity_of,
)
from reinstate.commands.progress import ProgressBar
from reinstate.core.diagnostics import printable
from reinstate.core.verbosity import Verbosity, plural, shown
from reinstate.output.job import BuildOptions, BuildResult, CaseResult
from reinstate.run.build import build_project


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "build",
        help=SUMMARIES["build"],
        description=(
            "Build every case of PROJECT into the output folder (default: site/): the "
            "plan of action, dashboard, letter, plain texts and PDF bundle. A case with "
            "errors in its files keeps its last good outputs."
        ),
    )
    add_project(parser)
    add_strict(parser)
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        metavar="N",
        help="build N cases at a time (default: the number of CPUs)",
    )
    add_cases(parser)
    parser.add_argument("--no-pdf", action="store_true", help="skip the PDF bundle (faster)")
    parser.add_argument(
        "--force",
        action="store_true",
        help="rebuild every case, even those that have not changed since the last build",
    )
    add_out(parser)
    add_today(parser)
    add_verbosity(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    verbosity = verbosity_of(args)
    options = BuildOptions(
        strict=args.strict,
        pdf=not args.no_pdf,
        only=tuple(args.cases),
        out=args.out,
        today=args.today,
        jobs=max(1, args.jobs),
        force=args.force,
    )
    stream = sys.stderr if verbosity > Verbosity.QUIET else None
    with ProgressBar(stream) as progress:
        result = build_project(project_folder(args), options, progress)
    print_diagnostics(shown(result.diagnostics, verbosity))
    for case in result.cases:
        report_case(case, verbosity)
    if verbosity > Verbosity.QUIET:
        summary(result, time.perf_counter() - started)
    return 1 if result.errors else 0


def report_case(case: CaseResult, verbosity: Verbosity) -> None:
    """The case's counts and notes (word counts, sizes); only a failure under -q."""
    if verbosity <= Verbosity.QUIET:
        if case.source_errors or case.strict_errors:
            slug = printable(case.slug)
            what = "not built" if case.source_errors else "not written (--strict)"
            print(f"{slug}: {what}: the last good outputs were kept", file=sys.stderr)
        return
    line = case_line(case.slug, case.errors, case.warnings)
    print(line + (" (up to date)" if case.reused else ""), file=sys.stderr)
    for note in case.notes:
        print(f"  {printable(note)}", file=sys.stderr)  # may quote case text
    if case.source_errors:
        print("  not built: the last good outputs were kept", file=sys.stderr)
    elif case.strict_errors:
        print(
            "  not written: --strict counts its warnings as errors; "
            "the last good outputs were kept",
            file=sys.stderr,
        )


def summary(result: BuildResult, elapsed: float) -> None:
    stats = result.stats
    out = result.config.rel(result.out_dir)
    fresh = len(result.cases) - result.rebuilt
    withheld = sum(1 for case in result.cases if case.strict_errors)
    counts = (
        f"{len(stats.written)} written, {len(stats.unchanged)} unchanged, "
        f"{len(stats.removed)} removed in {elapsed:.2f} s"
    )
    if withheld:
        # A strict build that found problems is a failed build: say so, not "built".
        print(
            f"build failed (--strict): {plural(withheld, 'case')} of {len(result.cases)} "
            f"not written, the last good outputs kept; {counts}",
            file=sys.stderr,
        )
    else:
        print(
            f"built {plural(len(result.cases), 'case')} into {out}/ "
            f"({result.rebuilt} rebuilt, {fresh} up to date): {counts}",
            file=sys.stderr,
        )
