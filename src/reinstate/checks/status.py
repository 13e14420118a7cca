"""Where a case stands and what to do next, derived from its history and its diagnostics.

Derived only from the sources (never from the clock), so outputs stay reproducible; the
follow-up day is counted in business days from the submission date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from reinstate.core.diagnostics import Diagnostic, Severity
from reinstate.core.model import Case
from reinstate.core.summary import CaseSummary, Status
from reinstate.core.vocabulary import N_, _, channel_name

TODO_RULE = "placeholder.unfilled"
"""The rule whose warnings are the `[TODO: ...]` markers still to fill in (its errors are
real placeholders, counted with the other errors)."""

__all__ = [
    "TODO_RULE",
    "CaseSummary",
    "Status",
    "add_business_days",
    "case_status",
    "failed_status",
    "strict_status",
    "to_dos",
]


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
    """Where `case` stands, derived once from its history and its diagnostics.

    A case with `errors`, or `todos` markers left, is "Not ready to send", whatever its
    history (which moves to `history`); a reinstated case is "Reinstated", whatever its
    diagnostics, since nothing is sent any more.
    """
    state, label, step = _history(case, followup_days)
    blocker = _blocker(errors, todos) if state != "accepted" else ""
    if not blocker:
        return Status(state, label, step, True)
    fix = (
        _("Fix the {errors}").format(errors=_count(errors, "error"))
        if errors
        else _("Fill in the {todos}").format(todos=_count(todos, "to-do marker"))
    )
    step = _("{fix} before you follow up") if state == "pending" else _("{fix} before submitting")
    history = "" if state == "draft" else label
    ready = _("Not ready to send")
    return Status("not_ready", ready, step.format(fix=fix), False, blocker, history)


def _history(case: Case, followup_days: int) -> tuple[str, str, str]:
    """(state, label, next step) from the submissions alone."""
    last = case.last_submission
    if last is None:
        step = (
            _("Submit the plan of action with the escalation letter")
            if case.letter
            else _("Submit the plan of action")
        )
        return "draft", _("Not submitted yet"), step
    if last.outcome == "pending":
        follow = case.date(add_business_days(last.date, followup_days))
        label = _("Under review since {date}").format(date=case.date(last.date))
        step = _("Wait for Amazon's reply; follow up from {date} if there is none")
        return "pending", label, step.format(date=follow)
    if last.outcome == "rejected":
        label = _("Rejected on {date}").format(date=case.date(last.reply_date or last.date))
        letter = case.letter
        if letter is not None and letter.date is not None and letter.date >= last.date:
            step = _("Send the revised plan with the escalation letter to {to}")
            return "rejected", label, step.format(to=letter.to)
        return "rejected", label, _("Revise the plan of action and escalate it with a letter")
    if last.outcome == "no_response":
        when, where = case.date(last.date), channel_name(last.channel)
        label = _("No response to the submission of {date} ({channel})")
        step = _("Follow up, or escalate with the revised plan")
        return "no_response", label.format(date=when, channel=where), step
    label = _("Reinstated on {date}").format(date=case.date(last.reply_date or last.date))
    return "accepted", label, _("Keep every preventive measure running and its records up to date")


def _blocker(errors: int, todos: int) -> str:
    parts = []
    if errors:
        parts.append(_("{errors} to fix").format(errors=_count(errors, "error")))
    if todos:
        parts.append(_("{todos} to fill in").format(todos=_count(todos, "to-do marker")))
    return _(" and ").join(parts)


COUNTS = {
    "error": (N_("{n} error"), N_("{n} errors")),
    "to-do marker": (N_("{n} to-do marker"), N_("{n} to-do markers")),
    "problem": (N_("{n} problem"), N_("{n} problems")),
}
"""`_count`'s nouns, singular and plural, in every language."""


def _count(n: int, noun: str) -> str:
    one, many = COUNTS[noun]
    return _(one if n == 1 else many).format(n=n)


def failed_status(errors: int) -> Status:
    return Status(
        "failed",
        _("Build failed"),
        _("Fix the {errors} in the case files").format(errors=_count(errors, "error")),
        False,
        _("{errors} in the case files").format(errors=_count(errors, "error")),
    )


def strict_status(errors: int) -> Status:
    """A case that `--strict` kept from being written (its warnings count as errors)."""
    return Status(
        "failed",
        _("Not written (--strict)"),
        _("Fix the {problems} that --strict counts as errors").format(
            problems=_count(errors, "problem")
        ),
        False,
        _("{errors} under --strict").format(errors=_count(errors, "error")),
    )
