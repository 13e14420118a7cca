"""What a check rule is: an id, a catalogue number, a default severity, a summary and a
function from a `CheckContext` (the resolved case) to `Finding`s. The rule modules import
this module; the package (checks/__init__.py) imports them and runs the list."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.config import Config
from reinstate.core.diagnostics import Location, Severity
from reinstate.core.memo import Memo
from reinstate.core.model import Case
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.checks.text import Passage, Texts
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


def _nothing(ctx: CheckContext) -> Hashable:
    return ()


@dataclass(frozen=True, slots=True)
class Each:
    """A rule whose findings are the findings in each file's own text, one file at a time.

    `find(ctx, owner)` gives the findings in the passages of one owner (an item id, '' for
    case.md: `ctx.texts.of(owner)`) and must read nothing else of the case than what
    `reads(ctx)` returns (e.g. whether the case is a dispute); `rest(ctx)` gives findings
    about the case as a whole. Calling an `Each` gives every owner's findings in label
    order, then the rest: it is the rule's `check`, and it runs so without a memo.

    With the watcher's memo, the findings of each owner are kept under its file's digest,
    its passages and what `reads` returned (checks/__init__.py: `run_checks`), so a save
    reads the saved file again, not the whole case: a 300-item case checks in a few
    milliseconds instead of a hundred.
    """

    kinds: tuple[str, ...]
    """The owners whose text the rule reads (`Texts.owners`)."""
    find: Callable[[CheckContext, str], Iterable[Finding]]
    every_page: bool = False
    """True: every free page, not only those with `bundle: true`."""
    reads: Callable[[CheckContext], Hashable] = _nothing
    rest: Callable[[CheckContext], Iterable[Finding]] | None = None

    def __call__(self, ctx: CheckContext) -> Iterator[Finding]:
        for owner, _kind in ctx.texts.owners(self.kinds, self.every_page):
            yield from self.find(ctx, owner)
        if self.rest is not None:
            yield from self.rest(ctx)


def passages_of(ctx: CheckContext, owner: str, parts: Sequence[str] = ()) -> tuple[Passage, ...]:
    """The passages of `owner` (only `parts`, when given)."""
    found = ctx.texts.of(owner)
    return tuple(p for p in found if p.part in parts) if parts else found


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
    """The findings in the case; an `Each` for a rule that reads one file at a time."""
    source: str = ""
    """The extension that adds the rule ('' for reinstate's own)."""

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]
