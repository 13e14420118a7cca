"""`reinstate check`: run every rule and print the diagnostics, writing nothing.

`--list-rules` prints the catalogue of appeal-quality rules (docs/rules.md explains each).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reinstate.checks import all_rules, check_settings
from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_cases,
    add_project,
    add_strict,
    add_today,
    add_verbosity,
    case_line,
    chosen_cases,
    print_problems,
    project_config,
    verbosity_of,
)
from reinstate.core.config import CONFIG_FILE, load_config
from reinstate.core.diagnostics import Reporter, Severity, count, sort_diagnostics
from reinstate.core.manual import manual_file
from reinstate.core.verbosity import Verbosity
from reinstate.output.job import BuildOptions
from reinstate.run.case import analyse
from reinstate.run.prepare import with_extensions


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "check",
        help=SUMMARIES["check"],
        description=(
            "Run the structural checks and the appeal-quality rules on every case of "
            "PROJECT and print each problem as path:line:col: severity: message [rule]."
        ),
    )
    add_project(parser)
    add_strict(parser)
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default; on standard error) or json (an array on standard output)",
    )
    add_cases(parser)
    add_today(parser)
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="print the catalogue of check rules (id, number, severity) and exit",
    )
    add_verbosity(parser)
    parser.set_defaults(run=run)


def list_rules(args: argparse.Namespace) -> int:
    """The built-in rules, then those of the project's extensions (when PROJECT, or the
    current folder, is a project)."""
    form = args.format
    rules = all_rules()
    folder = Path(args.project)
    if (folder / CONFIG_FILE).is_file():
        reporter = Reporter()
        config = load_config(folder, reporter)
        rules = list(with_extensions(config, BuildOptions(), reporter).rules or rules)
    if form == "json":
        catalogue = [
            {
                "id": r.id,
                "code": r.code,
                "severity": str(r.severity),
                "summary": r.summary,
                **({"extension": r.source} if r.source else {}),
            }
            for r in rules
        ]
        json.dump(catalogue, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    width = max(len(r.id) for r in rules)
    for rule in rules:
        summary = f"{rule.summary} (extension {rule.source})" if rule.source else rule.summary
        print(f"{rule.code or '-':<3}  {rule.id:<{width}}  {rule.severity!s:<7}  {summary}")
    print(
        "\nSilence a rule with 'checks.disable' in reinstate.yaml, 'ignore: [id]' in a file, "
        "or '<!-- reinstate: ignore id -->' on the line before. Details: "
        f"{manual_file('docs/rules.md') or 'docs/rules.md'}"
    )
    return 0


def run(args: argparse.Namespace) -> int:
    if args.list_rules:
        return list_rules(args)
    reporter = Reporter(strict=args.strict)
    config = project_config(args, reporter)
    # pdf=False: the exhibits are opened (or their findings read from a build's cache).
    options = BuildOptions(strict=args.strict, pdf=False, today=args.today, read_only=True)
    options = with_extensions(config, options, reporter)
    check_settings(config, reporter, options.rules)
    project = chosen_cases(config, args, reporter)
    diagnostics = list(reporter.diagnostics)
    lines = []
    for case_dir in project.cases:
        found = analyse(config, case_dir, options).reporter.sorted()
        diagnostics.extend(found)
        lines.append(
            case_line(case_dir.slug, count(found, Severity.ERROR), count(found, Severity.WARNING))
        )
    diagnostics = sort_diagnostics(diagnostics)
    if args.format == "json":
        json.dump([d.as_json() for d in diagnostics], sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        # Every to-do one a line, never grouped: `check` is where the full list is asked for.
        print_problems(diagnostics, args, sys.stderr)  # the stream now, not at import time
        if verbosity_of(args) > Verbosity.QUIET:
            for line in lines:
                print(line, file=sys.stderr)
    return 1 if count(diagnostics, Severity.ERROR) else 0
