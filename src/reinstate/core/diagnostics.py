"""Diagnostics: where a problem is, how bad it is, and the reporter that collects them.

Every stage reports through a `Reporter` handed in by its caller; no stage prints or exits.
A diagnostic renders as `path:line:col: severity: message [rule.id]`, the format of the case
format spec, with paths relative to the project folder.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def printable(text: str) -> str:
    """`text` with control characters, line separators and bidi overrides escaped.

    Messages quote file names and values from case files, which are untrusted: a raw line
    break would split one diagnostic into two lines, an escape sequence (ESC [) would drive
    the terminal, and a right-to-left override could make a message read differently from
    what it says.
    """
    return _UNPRINTABLE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


class Severity(enum.IntEnum):
    """How serious a diagnostic is; higher is worse."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a source file: a project-relative POSIX path, 1-based line and column."""

    path: str
    """Path relative to the project folder, with `/` separators."""
    line: int = 1
    """1-based line; 0 when the problem concerns the file as a whole."""
    col: int = 1
    """1-based column."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a case, with its rule id and the place it points at."""

    location: Location
    """Where the problem is."""
    severity: Severity
    """How bad it is (after `--strict` and silencing have been applied)."""
    rule: str
    """Stable rule id, `family.name`, e.g. `ref.unknown`."""
    message: str
    """One sentence a seller understands."""
    hint: str = ""
    """Optional advice on how to fix it, printed after the message."""
    case: str = ""
    """Slug of the case the problem belongs to ("" for project-level problems)."""

    def sort_key(self) -> tuple[str, int, int, int, str, str]:
        loc = self.location
        return (loc.path, loc.line, loc.col, -int(self.severity), self.rule, self.message)

    def format(self) -> str:
        """One line, whatever the file names and quoted values hold (see `printable`)."""
        text = f"{self.location}: {self.severity}: {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return printable(f"{text} [{self.rule}]")

    def as_json(self) -> dict[str, object]:
        message = f"{self.message}; {self.hint}" if self.hint else self.message
        return {
            "path": self.location.path,
            "line": self.location.line,
            "col": self.location.col,
            "severity": str(self.severity),
            "rule": self.rule,
            "message": message,
        }


@dataclass(slots=True)
class Reporter:
    """Collects diagnostics during a build or a check.

    `strict` turns warnings into errors (Sphinx's `-W`); `disabled` silences rule ids
    project-wide (`checks.disable` in reinstate.yaml). A rule id also silences itself when
    written as its family: disabling `tone` silences `tone.emotive`.
    """

    strict: bool = False
    disabled: frozenset[str] = frozenset()
    case: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def report(
        self,
        location: Location,
        severity: Severity,
        rule: str,
        message: str,
        hint: str = "",
    ) -> None:
        if is_silenced(rule, self.disabled):
            return
        if self.strict and severity == Severity.WARNING:
            severity = Severity.ERROR
        self.diagnostics.append(Diagnostic(location, severity, rule, message, hint, self.case))

    def error(self, location: Location, rule: str, message: str, hint: str = "") -> None:
        self.report(location, Severity.ERROR, rule, message, hint)

    def warning(self, location: Location, rule: str, message: str, hint: str = "") -> None:
        self.report(location, Severity.WARNING, rule, message, hint)

    def info(self, location: Location, rule: str, message: str, hint: str = "") -> None:
        self.report(location, Severity.INFO, rule, message, hint)

    def extend(self, diagnostics: Iterable[Diagnostic]) -> None:
        for diagnostic in diagnostics:
            self.report(
                diagnostic.location,
                diagnostic.severity,
                diagnostic.rule,
                diagnostic.message,
                diagnostic.hint,
            )

    @property
    def errors(self) -> int:
        return count(self.diagnostics, Severity.ERROR)

    @property
    def warnings(self) -> int:
        return count(self.diagnostics, Severity.WARNING)

    def sorted(self) -> list[Diagnostic]:
        return sort_diagnostics(self.diagnostics)

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.diagnostics)


def is_silenced(rule: str, silenced: Iterable[str]) -> bool:
    """True when `rule` or its family (`tone` for `tone.emotive`) is in `silenced`."""
    family = rule.split(".", 1)[0]
    return any(item in (rule, family) for item in silenced)


def count(diagnostics: Iterable[Diagnostic], severity: Severity) -> int:
    return sum(1 for d in diagnostics if d.severity == severity)


def sort_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    """Sorted by file, line and column; duplicates (same place, rule and text) dropped."""
    unique = {(d.location, d.rule, d.message, d.severity): d for d in diagnostics}
    return sorted(unique.values(), key=Diagnostic.sort_key)


class ReinstateError(Exception):
    """A problem the user can fix (bad usage, an unreadable project); never a bug.

    The command line prints it without a traceback and exits with status 2.
    """

    def __init__(
        self,
        message: str,
        location: Location | None = None,
        diagnostics: Iterable[Diagnostic] = (),
    ) -> None:
        super().__init__(message)
        self.message = message
        self.location = location
        self.diagnostics = sort_diagnostics(diagnostics)
        """Located problems behind the error, printed before it."""

    def __str__(self) -> str:
        if self.location is not None:
            return printable(f"{self.location}: error: {self.message}")
        return printable(f"error: {self.message}")
