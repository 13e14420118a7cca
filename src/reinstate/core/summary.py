"""A case's status and its row of the site index, as plain values.

Computed by checks/status.py from the case's history and diagnostics; kept here, below
the check stage, so that the manifest, the project build and a build that finds every
case up to date use them without importing the checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reinstate.core.model import Case


@dataclass(frozen=True, slots=True)
class Status:
    """The one status of a case: what its dashboard, the site index, the letter page and
    the build's notes all show."""

    state: str
    """draft | pending | rejected | no_response | accepted | not_ready | failed"""
    label: str
    """One line for people, e.g. 'Rejected on March 9, 2025' or 'Not ready to send'."""
    next_step: str
    ready: bool
    """False when the case has errors or to-do markers: do not submit it yet."""
    blocker: str = ""
    """Why it is not ready ('' when ready): '2 errors to fix'."""
    history: str = ""
    """Where the appeal stands when `label` says something else ('Rejected on March 9,
    2025' under 'Not ready to send'); '' when the label already says it."""


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the site index; plain values, so the manifest can keep it between builds."""

    slug: str
    title: str
    store_name: str
    violation: str
    state: str
    status: str
    next_step: str
    ready: bool
    last_date: str = ""
    last_channel: str = ""
    last_outcome: str = ""
    errors: int = 0
    warnings: int = 0
    built: bool = True
    """False when the case has no outputs yet (its first build failed)."""
    blocker: str = ""
    """Why the case is not ready ('' when it is)."""
    history: str = ""
    """Where the appeal stands, when the status line says something else."""
    language: str = "en"
    """The case's language, in which the row's words were written."""

    @classmethod
    def of(
        cls, case: Case, status: Status, errors: int, warnings: int, built: bool = True
    ) -> CaseSummary:
        last = case.last_submission
        return cls(
            case.slug,
            case.title,
            case.seller.store_name,
            case.violation.type,
            status.state,
            status.label,
            status.next_step,
            status.ready,
            str(last.date) if last else "",
            last.channel if last else "",
            last.outcome if last else "",
            errors,
            warnings,
            built,
            status.blocker,
            status.history,
            case.language,
        )

    def as_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CaseSummary:
        known = _SUMMARY_FIELDS
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]


_SUMMARY_FIELDS = frozenset(CaseSummary.__slots__)
"""A set: the index of 1000 cases reads each summary's fields at every build."""
