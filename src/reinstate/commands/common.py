"""Options and output shared by the commands."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from reinstate.diagnostics import Diagnostic, Severity, printable

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


def add_strict(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--strict",
        action="store_true",
        help="treat every warning as an error (exit status 1 on any warning)",
    )


def add_cases(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case",
        dest="cases",
        action="extend",
        nargs="+",
        default=[],
        metavar="SLUG",
        help="only this case (the folder name under content/); repeatable",
    )


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


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def case_line(slug: str, errors: int, warnings: int) -> str:
    return f"{printable(slug)}: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
