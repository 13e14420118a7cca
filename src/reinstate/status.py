"""Where a case stands and what to do next, derived from its history and its diagnostics.

Derived only from the sources (never from the clock), so outputs stay reproducible; the
follow-up day is counted in business days from the submission date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reinstate.diagnostics import Diagnostic, Severity
from reinstate.model import Case
from reinstate.theme import humanize

TODO_RULE = "placeholder.unfilled"
"""The rule whose warnings are the `[TODO: ...]` markers still to fill in (its errors are
real placeholders, counted with the other errors)."""


@dataclass(frozen=True, slots=True)
class Status:
    state: str
    """draft | pending | rejected | accepted | no_response | not_ready | failed"""
    label: str
    """One line for people, e.g. 'Rejected on 2025-03-09'."""
    next_step: str
    ready: bool
    """False when the case has errors or to-do markers: do not submit it yet."""
    blocker: str = ""
    """Why it is not ready, for the notes of the letter and the e-mail ('' when ready)."""


def add_business_days(start: dt.date, days: int) -> dt.date:
    day = start
    while days > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def to_dos(diagnostics: Iterable[Diagnostic]) -> int:
    """How many `[TODO: ...]` markers are left."""
    return sum(1 for d in diagnostics if d.rule == TODO_RULE and d.severity == Severity.WARNING)


def case_status(case: Case, errors: int, followup_days: int = 5, todos: int = 0) -> Status:
    """Where `case` stands; with `errors`, or `todos` markers left, it is not ready to send
    (except once reinstated, when nothing is sent any more)."""
    last = case.last_submission
    if last is None:
        state, label = "draft", "Not submitted yet"
        step = "Submit the plan of action" + (" with the escalation letter" if case.letter else "")
    elif last.outcome == "pending":
        state, label = "pending", f"Under review since {last.date}"
        follow = add_business_days(last.date, followup_days)
        step = f"Wait for Amazon's reply; follow up from {follow} if there is none"
    elif last.outcome == "rejected":
        when = last.reply_date or last.date
        state, label = "rejected", f"Rejected on {when}"
        if (
            case.letter is not None
            and case.letter.date is not None
            and case.letter.date >= last.date
        ):
            step = f"Send the revised plan with the escalation letter to {case.letter.to}"
        else:
            step = "Revise the plan of action and escalate it with a letter"
    elif last.outcome == "no_response":
        state, label = "no_response", f"No response to the {humanize(last.channel)} of {last.date}"
        step = "Follow up, or escalate with the revised plan"
    else:
        state, label = "accepted", f"Reinstated ({last.reply_date or last.date})"
        step = "Keep every preventive measure running and its records up to date"
    blocker = ""
    if errors:
        step = f"Fix the {errors} error{'s' if errors != 1 else ''} before submitting"
        blocker = "fix the errors first"
    elif todos and state != "accepted":
        markers = f"{todos} to-do marker{'s' if todos != 1 else ''}"
        step = f"Fill in the {markers} before submitting"
        blocker = "fill in the to-do markers first"
    if blocker and state == "draft":
        state = "not_ready"
    return Status(state, label, step, not blocker, blocker)


def failed_status(errors: int) -> Status:
    return Status(
        "failed",
        "Build failed",
        f"Fix the {errors} error{'s' if errors != 1 else ''} in the case files",
        False,
        "fix the errors first",
    )
