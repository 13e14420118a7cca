"""Options and output shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shlex
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from reinstate.core.config import CONFIG_FILE, Config, load_config
from reinstate.core.diagnostics import Diagnostic, ReinstateError, Reporter, Severity, printable
from reinstate.core.fieldtypes import did_you_mean
from reinstate.core.verbosity import Verbosity, plural
from reinstate.stages.discover import Project, discover

_COLOURS = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[1;33m",
    Severity.INFO: "\033[1;36m",
}
_RESET = "\033[0m"


def add_project(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "project",
        nargs="?",
        default=".",
        metavar="PROJECT",
        help="project folder (holds reinstate.yaml and content/); default: the current folder",
    )


def project_folder(args: argparse.Namespace) -> Path:
    """The folder PROJECT names, when it is a project: it holds reinstate.yaml or a
    content/ folder. Otherwise the one message every command gives (status 2), naming the
    folder as resolved and the ways on."""
    given = Path(args.project)
    folder = given.resolve()
    if folder.is_dir() and ((folder / CONFIG_FILE).is_file() or (folder / "content").is_dir()):
        return given
    if not folder.exists():
        why = "the folder does not exist"
    elif not folder.is_dir():
        why = "it is a file, not a folder"
    else:
        why = f"it has neither {CONFIG_FILE} nor a content/ folder"
    here = "here" if args.project == "." else "there"
    where = "" if args.project == "." else " " + shlex.quote(args.project)
    raise ReinstateError(
        f"'{folder}' is not a reinstate project: {why}. Run reinstate in a project folder "
        f"(or name one: 'reinstate {args.command} PROJECT'), or start a project {here} "
        f"with 'reinstate new SLUG{where}'"
    )


def project_config(args: argparse.Namespace, reporter: Reporter) -> Config:
    """The settings of the project PROJECT names (see `project_folder`)."""
    return load_config(project_folder(args), reporter)


def chosen_cases(config: Config, args: argparse.Namespace, reporter: Reporter) -> Project:
    """The project with the cases the command works on: those named with --case (an
    unknown name is reported, with "did you mean"), else every case."""
    return discover(config, reporter, tuple(args.cases))


def add_strict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat every warning as an error (exit status 1 on any warning)",
    )


def add_cases(parser: argparse.ArgumentParser) -> None:
    # One SLUG per --case: with nargs="+", `--case acme ../appeals` took the project
    # folder for a second case and then complained about the current folder instead.
    parser.add_argument(
        "--case",
        dest="cases",
        action="append",
        default=[],
        metavar="SLUG",
        help="only this case (the folder name under content/); repeat for more cases",
    )


def add_verbosity(parser: argparse.ArgumentParser) -> None:
    """-q and -v; on the main parser too (`reinstate -q build`). Not given, they set
    nothing, so the command's own option, when given, wins over the main parser's."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "-q",
        "--quiet",
        dest="verbosity",
        action="store_const",
        const=Verbosity.QUIET,
        default=argparse.SUPPRESS,
        help="print only the problems (errors, warnings): no progress, no summary",
    )
    group.add_argument(
        "-v",
        "--verbose",
        dest="verbosity",
        action="store_const",
        const=Verbosity.VERBOSE,
        default=argparse.SUPPRESS,
        help="print everything: each [TODO: ...] marker (not a count per file), each info",
    )


def verbosity_of(args: argparse.Namespace) -> Verbosity:
    verbosity: Verbosity = getattr(args, "verbosity", Verbosity.NORMAL)
    return verbosity


def add_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help="output folder (default: 'output' in reinstate.yaml)",
    )


def add_today(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--today",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the date the checks treat as today (default: the real date)",
    )


def unknown_option(word: str, names: list[str]) -> str:
    """`word` as argparse reports it, with "did you mean" when it is a mistyped option."""
    hint = did_you_mean(word.split("=")[0], names) if word.startswith("-") else ""
    return f"{word} ({hint})" if hint else word


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def use_colour(stream: TextIO) -> bool:
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def print_diagnostics(diagnostics: Iterable[Diagnostic], stream: TextIO | None = None) -> None:
    stream = stream or sys.stderr
    colour = use_colour(stream)
    for diagnostic in diagnostics:
        line = diagnostic.format()
        if colour:
            word = str(diagnostic.severity)
            line = line.replace(
                f": {word}: ", f": {_COLOURS[diagnostic.severity]}{word}{_RESET}: ", 1
            )
        print(line, file=stream)


def print_problems(
    diagnostics: Iterable[Diagnostic], args: argparse.Namespace, stream: TextIO | None = None
) -> None:
    """Every diagnostic; under -q only the problems (errors and warnings), not the infos."""
    if verbosity_of(args) <= Verbosity.QUIET:
        diagnostics = [d for d in diagnostics if d.severity > Severity.INFO]
    print_diagnostics(diagnostics, stream)


def case_line(slug: str, errors: int, warnings: int) -> str:
    return f"{printable(slug)}: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
