"""The render stage's own context: what a render step receives and what it adds to.

A render step (`render/stepdef.py`'s `Step`) is a function over a `CaseBuild`: the
resolved case, the settings, the theme, the reporter, and the outputs made so far. The
build receives its steps as an ordered tuple (`BuildOptions.steps`); nothing here is
global.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from reinstate.checks.status import Status, case_status, to_dos
from reinstate.core.config import Config
from reinstate.core.diagnostics import Reporter, Severity, count
from reinstate.core.language import current_language
from reinstate.core.memo import MISSING, Memo, Same
from reinstate.core.model import Output
from reinstate.render.nobreak import closed_piece, keep_together, keep_together_around
from reinstate.render.theme import Theme
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.stages.history import Reading

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class OutputLink:
    """An output listed on the dashboard: what it is, where, and a note (size, counts)."""

    title: str
    path: str
    """Relative to the case output folder."""
    note: str = ""
    counts: tuple[tuple[str, int, int], ...] = ()
    """(section, characters, limit or 0) of a text export, shown as a small table."""


@dataclass(slots=True)
class CaseBuild:
    """The render stage of one case: what it has produced so far."""

    resolved: Resolved
    config: Config
    theme: Theme
    reporter: Reporter
    slow_steps: bool = True
    """The slow steps run in this build (not `build --no-pdf`, not the watcher's fast pass)."""
    today: dt.date = field(default_factory=dt.date.today)
    """The date the checks treated as today."""
    readings: dict[str, Reading] = field(default_factory=dict)
    """The case at the git revisions its submissions name (history.py)."""
    out: Path | None = None
    """The output folder of this build (`--out`); None: the project's (`config.output`)."""
    outputs: dict[str, Output] = field(default_factory=dict)
    """Output path relative to the case output folder → content."""
    links: list[OutputLink] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Lines printed after the build (sizes, word counts)."""
    memo: Memo | None = None
    """What the watcher kept of this case's last build (core/memo.py); None otherwise."""

    @property
    def output(self) -> Path:
        """The output folder this build writes into (its caches live there too)."""
        return (self.out or self.config.output).resolve()

    @property
    def status(self) -> Status:
        """The case's status from every diagnostic reported so far. The steps that read it
        (the e-mail's note, the letter page, the dashboard) run after every step that
        reports, so all of them show the same status."""
        diagnostics = self.reporter.diagnostics
        errors = count(diagnostics, Severity.ERROR)
        followup = self.config.checks.followup_business_days
        return case_status(self.resolved.case, errors, followup, to_dos(diagnostics))

    def add(self, rel: str, output: Output | str, title: str | None = None, note: str = "") -> None:
        if isinstance(output, str) and rel.endswith(".html"):
            self.outputs[rel] = self._together(output)
        else:
            self.outputs[rel] = output.encode("utf-8") if isinstance(output, str) else output
        if title is not None:
            self.links.append(OutputLink(title, rel, note))

    def add_around(
        self, rel: str, page: str, pieces: Sequence[str], title: str | None = None
    ) -> bool:
        """Add the page `page` makes with each of `pieces` where it holds a `MARK` (see
        render/site.py's `plan_parts`), each piece and the page around them kept together
        apart and kept in the memo: a save of one item keeps together its article, not the
        page. The bytes are those of `add(rel, <the whole page>)`; False (nothing added)
        when a piece or a mark's place does not allow it (`keep_together_around`)."""
        kept: list[bytes] = []
        for piece in pieces:
            together = self._piece(piece)
            if together is None:
                return False
            kept.append(together)
        places = len(kept)
        around = self._kept(("around", current_language(), page), lambda: _around(page, places))
        if around is None:
            return False
        self.outputs[rel] = self._kept(
            ("joined", Same((around, *kept))), lambda: _join(around, kept)
        )
        if title is not None:
            self.links.append(OutputLink(title, rel))
        return True

    def _piece(self, html: str) -> bytes | None:
        """`keep_together(html)` as bytes when `html` is a `closed_piece`, else None."""
        return self._kept(("piece", current_language(), html), lambda: _closed(html))

    def _kept(self, key: Hashable, work: Callable[[], T]) -> T:
        if self.memo is None:
            return work()
        kept = self.memo.get(key)
        if kept is MISSING:
            kept = work()
            self.memo.put(key, kept)
        return cast(T, kept)

    def _together(self, html: str) -> bytes:
        """`keep_together(html)` as bytes, kept in the memo under the page's text: a page
        that did not change (a long free page beside a saved item) is not searched again."""
        return self._kept(
            ("together", current_language(), html), lambda: keep_together(html).encode("utf-8")
        )


def _closed(html: str) -> bytes | None:
    return keep_together(html).encode("utf-8") if closed_piece(html) else None


def _join(around: list[bytes], pieces: list[bytes]) -> bytes:
    """The page's parts with the pieces between them; kept in the memo under the very
    parts and pieces, so a page none of whose parts changed is the same bytes object (whose
    digest the output folder keeps: output/folder.py's `known`)."""
    out = [around[0]]
    for piece, part in zip(pieces, around[1:], strict=True):
        out += (piece, part)
    return b"".join(out)


def _around(page: str, places: int) -> list[bytes] | None:
    parts = keep_together_around(page, places)
    return None if parts is None else [part.encode("utf-8") for part in parts]
