"""How much the command line says: `-q` (problems only), the default, `-v` (everything).

A fresh case from `reinstate new` holds dozens of `[TODO: ...]` markers, each a warning.
Printed one a line on every build, they bury the one problem that matters, so by default
the to-dos of a file become one line with their count, located at the first of them (an
editor still jumps there); `-v` and `reinstate check` list each one. Other diagnostics are
never grouped: each may be the one to fix. `-q` also leaves out the infos (advice).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from reinstate.core.diagnostics import Diagnostic, Severity, sort_diagnostics

TODO_RULE = "placeholder.unfilled"
TODO_PREFIX = "to do:"
"""How the placeholder rule words a `[TODO: ...]` marker (a real placeholder is worded
otherwise and is never grouped)."""


class Verbosity(enum.IntEnum):
    QUIET = -1
    """Problems only: errors and warnings, no progress, per-case lines or summaries."""
    NORMAL = 0
    """Problems (to-dos grouped per file), one line per case, a summary."""
    VERBOSE = 1
    """Everything: every to-do marker and every info."""


def is_to_do(diagnostic: Diagnostic) -> bool:
    return diagnostic.rule == TODO_RULE and diagnostic.message.startswith(TODO_PREFIX)


def shown(diagnostics: Iterable[Diagnostic], verbosity: Verbosity) -> list[Diagnostic]:
    """The diagnostics to print at `verbosity`, sorted; a file's to-dos as one (unless -v)."""
    ordered = sort_diagnostics(diagnostics)
    if verbosity >= Verbosity.VERBOSE:
        return ordered
    if verbosity <= Verbosity.QUIET:
        ordered = [d for d in ordered if d.severity > Severity.INFO]
    to_dos: dict[str, list[Diagnostic]] = {}
    for diagnostic in ordered:
        if is_to_do(diagnostic):
            to_dos.setdefault(diagnostic.location.path, []).append(diagnostic)
    lines: list[Diagnostic] = []
    for diagnostic in ordered:
        group = to_dos.get(diagnostic.location.path, []) if is_to_do(diagnostic) else []
        if len(group) < 2:
            lines.append(diagnostic)
        elif diagnostic is group[0]:
            lines.append(grouped(group))
    return lines


def grouped(to_dos: list[Diagnostic]) -> Diagnostic:
    """One diagnostic for the to-do markers of one file, at the first of them."""
    first = to_dos[0]
    return Diagnostic(
        first.location,
        max(d.severity for d in to_dos),
        first.rule,
        f"{len(to_dos)} places marked [TODO: ...], the first here",
        "'reinstate check' or -v lists them",
        first.case,
    )


def plural(n: int, word: str) -> str:
    """`1 error`, `2 errors`: a count in the terminal's messages."""
    return f"{n} {word}{'' if n == 1 else 's'}"
