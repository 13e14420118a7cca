"""What a check rule is: an id, a catalogue number, a default severity, a summary and a
function from a `CheckContext` (the resolved case) to `Finding`s. The rule modules import
this module; the package (checks/__init__.py) imports them and runs the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config
from reinstate.core.diagnostics import Location, Severity
from reinstate.core.memo import Memo
from reinstate.core.model import Case
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.checks.text import Texts
    from reinstate.stages.history import Reading


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
    readings: Mapping[str, Reading] = field(default_factory=dict)
    """The case at the git revisions its submissions name (`snapshot:`), read by the load
    stage (history.py): revision name → reading."""
    memo: Memo | None = None
    """What the watcher kept of the case's last build (core/memo.py); None otherwise."""
    texts: Texts = field(init=False)
    """The rendered text of the case, built on demand and shared by the text rules."""

    def __post_init__(self) -> None:
        from reinstate.checks.text import Texts  # Markdown rendering: only when rules run

        object.__setattr__(self, "texts", Texts(self.resolved, self.config.root, self.memo))

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
    source: str = ""
    """The extension that adds the rule ('' for reinstate's own)."""

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]
