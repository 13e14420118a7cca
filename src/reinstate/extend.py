"""The public extension API: what an extension may import, and all it sees of reinstate.

An extension adds check rules and output steps to a project (docs/extending.md):

- a `CheckRule` has an id (`family.name`), a default severity, a one-line summary (its
  documentation in `reinstate check --list-rules`) and a function from a `CaseView` to the
  `Finding`s it makes, each at a `Location` in a source file;
- an `OutputStep` has a name, a function from a `CaseView` to the files it writes (path
  relative to the case's output folder → text or bytes), whether it is slow (skipped by
  `--no-pdf`, run in the background by the watcher), and a dashboard title.

Installed packages offer them under the entry-point groups `reinstate.rules` and
`reinstate.outputs` (and theme folders under `reinstate.themes`); a project uses the ones
its reinstate.yaml names under `extensions:`, where a project module (a `.py` file in the
project, defining `RULES` and `OUTPUTS`) can be named too. Everything here is a frozen
value; nothing else of reinstate is part of the API, so its insides can change without
breaking an extension.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from reinstate.checks.rule import Finding
from reinstate.core.diagnostics import Location, Severity
from reinstate.core.model import Case, Item

__all__ = [
    "API_VERSION",
    "CaseView",
    "CheckRule",
    "Finding",
    "Location",
    "OutputStep",
    "Severity",
]

API_VERSION = 1
"""Raised only when something here changes in a way that can break an extension."""


@dataclass(frozen=True, slots=True)
class CaseView:
    """One resolved case, as an extension sees it.

    `case` is the case model (frozen dataclasses with the fields of the case format,
    docs/case-format.md), `labels` gives every item's label as the outputs write it
    ("Cause 1", "Exhibit A"), and `where` the location to report a finding at.
    """

    slug: str
    title: str
    case: Case
    labels: Mapping[str, str]
    """Item id → its label."""
    folder: Path
    """The case folder (absolute)."""
    project: Path
    """The project folder (absolute)."""
    today: dt.date
    """The date the checks treat as today (`--today`)."""

    def item(self, item_id: str) -> Item | None:
        """The cause, action, measure, exhibit, letter or page with this id."""
        return next((i for i in self.case.items if i.id == item_id), None)

    def where(self, item_id: str | None = None, key: str = "kind") -> Location:
        """The location of front-matter key `key` of an item (of case.md when None)."""
        item = self.item(item_id) if item_id is not None else None
        origin = item.origin if item is not None else self.case.origin
        return origin.key(key)


@dataclass(frozen=True, slots=True)
class CheckRule:
    """An appeal-quality rule added by an extension."""

    id: str
    """`family.name`, lower case; the family is not one of reinstate's own."""
    severity: Severity
    """The default severity; a project can change it (`checks.severity`)."""
    summary: str
    """One line: what the rule catches (shown by `reinstate check --list-rules`)."""
    check: Callable[[CaseView], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class OutputStep:
    """An output added by an extension: files written into each case's output folder."""

    name: str
    files: Callable[[CaseView], Mapping[str, str | bytes]]
    """Path relative to the case's output folder (POSIX, no `..`) → content; text is
    written as UTF-8."""
    slow: bool = False
    """Skipped by `build --no-pdf`; run in the background by the watcher."""
    title: str = ""
    """When set, the dashboard lists each file under this title."""
