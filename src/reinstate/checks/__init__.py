"""The check stage: appeal-quality rules run on a resolved case.

Each rule has a stable id (`family.name`), a catalogue number (R01..), a default severity
and a function that yields findings. `RULES` is a plain ordered list; the families live in
one small module each. A rule that raises is reported as an internal error with its id and
the other rules still run.

Silencing, narrowest first: an HTML comment `<!-- reinstate: ignore rule.id -->` on the
line before the finding; `ignore: [rule.id]` in the file's front matter; `checks.disable`
in reinstate.yaml. A family name (`tone`) silences all its rules.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from reinstate.config import Config
from reinstate.diagnostics import Location, Reporter, Severity, is_silenced
from reinstate.model import Case
from reinstate.resolve import Resolved


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a rule found."""

    location: Location
    message: str
    hint: str = ""
    severity: Severity | None = None
    """Overrides the rule's default severity (e.g. an info for 'cannot check')."""


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a rule may look at."""

    resolved: Resolved
    config: Config
    today: dt.date

    @property
    def case(self) -> Case:
        return self.resolved.case

    @property
    def root(self) -> Path:
        return self.config.root


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    """Stable id, `family.name`."""
    code: str
    """Catalogue number, R01..R28."""
    severity: Severity
    summary: str
    """One line: what the rule catches."""
    check: Callable[[CheckContext], Iterable[Finding]]


_IGNORE_COMMENT = re.compile(r"<!--\s*reinstate:\s*ignore\s+([^>]*?)\s*-->")


def all_rules() -> list[Rule]:
    """The catalogue, in the order the rules run."""
    from reinstate.checks import coverage, letter

    return [*coverage.RULES, *letter.RULES]


def run_checks(resolved: Resolved, config: Config, reporter: Reporter, today: dt.date) -> None:
    """Run every enabled rule on `resolved` and report what they find."""
    context = CheckContext(resolved, config, today)
    silencer = Silencer(resolved.case)
    for rule in all_rules():
        if is_silenced(rule.id, config.checks.disable):
            continue
        try:
            findings = list(rule.check(context))
        except Exception as exc:  # a bug in a rule must not stop the others
            reporter.error(
                resolved.case.origin.key("kind"),
                "internal.rule",
                f"rule {rule.id} failed with {type(exc).__name__}: {exc}",
                "this is a bug in reinstate; please report it",
            )
            continue
        for finding in findings:
            if silencer.silenced(rule.id, finding.location):
                continue
            severity = finding.severity if finding.severity is not None else rule.severity
            reporter.report(finding.location, severity, rule.id, finding.message, finding.hint)


class Silencer:
    """Per-file `ignore:` lists and per-line ignore comments of one case."""

    def __init__(self, case: Case) -> None:
        self.by_file: dict[str, tuple[str, ...]] = {case.origin.rel: case.ignore}
        self.lines: dict[str, tuple[int, list[str]]] = {
            case.origin.rel: (case.origin.body_line, case.opening.split("\n"))
        }
        for item in case.items:
            self.by_file[item.origin.rel] = item.ignore
            self.lines[item.origin.rel] = (item.origin.body_line, item.body.split("\n"))

    def silenced(self, rule: str, location: Location) -> bool:
        if is_silenced(rule, self.by_file.get(location.path, ())):
            return True
        first, lines = self.lines.get(location.path, (0, []))
        index = location.line - first - 1
        if 0 <= index < len(lines):
            for match in _IGNORE_COMMENT.finditer(lines[index]):
                if is_silenced(rule, re.split(r"[\s,]+", match.group(1))):
                    return True
        return False
