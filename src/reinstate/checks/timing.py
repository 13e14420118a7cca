"""Timing rules: when to submit, follow up and escalate (R26), and the notice's deadline
(R28). Each message names the day it measures from: submissions count from each other, a
deadline from the first submission after the notice, and only what is still to be sent
from the check date (`--today`, so results are reproducible in tests).

The deadline is the notice's own (`violation.deadline`) where the author gives one; else,
for the violation types whose notices give a fixed window, it is computed from
`violation.notice_date` when the case is checked, so correcting the notice date moves it.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.status import add_business_days
from reinstate.core.diagnostics import Location, Severity
from reinstate.core.model import Case, Submission

_WAITING = ("pending", "no_response")


def business_days(start: dt.date, end: dt.date) -> int:
    """Business days after `start` up to and including `end`."""
    days, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            days += 1
    return days


def submission_timing(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    wait = ctx.config.checks.followup_business_days
    subs = case.submissions
    for before, after in itertools.pairwise(subs):
        yield from _follow_up(ctx, before, after, wait)
        if (
            before.outcome == "rejected"
            and before.snapshot
            and after.snapshot == before.snapshot
            and after.date >= before.date
        ):
            yield Finding(
                case.origin.value("submissions", after.index, "snapshot"),
                f"the submission of {after.date} sent the same plan ({after.snapshot}) that "
                f"was rejected on {before.reply_date or before.date}",
                "escalate only with a revised plan of action",
            )
    last = case.last_submission
    letter = case.letter
    if last is None or letter is None or letter.date is None or last.outcome not in _WAITING:
        return
    ready = add_business_days(last.date, wait)
    if last.date < letter.date < ready:
        yield Finding(
            letter.origin.value("date"),
            f"the letter is dated {letter.date}, but the submission of {last.date} is "
            f"still waiting for a reply; wait {wait} business days (until {ready})",
            "a new submission while one is under review restarts or confuses it",
        )


def _follow_up(
    ctx: CheckContext, before: Submission, after: Submission, wait: int
) -> Iterator[Finding]:
    """`after` came too soon when `before` had no reply yet."""
    if before.reply_date is not None:
        answered = before.reply_date <= after.date
    else:  # a rejection or acceptance without a reply date: assume the reply came first
        answered = before.outcome not in _WAITING
    if answered:
        return
    ready = add_business_days(before.date, wait)
    if after.date < ready:
        days = business_days(before.date, after.date)
        yield Finding(
            ctx.case.origin.value("submissions", after.index, "date"),
            f"sent {days} business day{'s' if days != 1 else ''} after the submission of "
            f"{before.date}, which had no reply yet; wait at least {wait} business days",
            f"follow up from {ready} if Amazon has not replied",
        )


NOTICE_WINDOWS: dict[str, tuple[int, str]] = {
    # type: (days after the notice date, how the notice says it)
    # "submit a plan of action within 72 hours": Amazon's restricted products notice, as
    # quoted on Seller Forums (sellercentral-europe.amazon.com/seller-forums/discussions/t/
    # 5c5a94eab54ee268949e0fe9cb7a6deb). A date-only notice ends 72 hours later on day 3.
    "restricted_products": (3, "72 hours"),
    # "If you do not send an acceptable plan within 17 days": a misuse of reviews and sales
    # rank notice, reproduced at wearesellers.com/question/10216. No Amazon help page states
    # it and notices differ, so the template asks for `deadline` when the notice gives one.
    "review_manipulation": (17, "17 days"),
}


@dataclass(frozen=True, slots=True)
class Deadline:
    """When the notice must be answered, and where that date comes from."""

    due: dt.date
    where: Location
    """`violation.deadline` when given, else `violation.notice_date` it is computed from."""
    computed: str = ""
    """'' for the notice's own deadline; else the window, e.g. '72 hours'."""

    @property
    def name(self) -> str:
        if not self.computed:
            return "the notice's deadline"
        return f"the reply deadline ({self.computed} after the notice)"


def effective_deadline(case: Case) -> Deadline | None:
    """The case's deadline: the explicit `violation.deadline`, else the one that follows
    from the notice date for the violation type, else None."""
    violation = case.violation
    if violation.deadline is not None:
        return Deadline(violation.deadline, case.origin.value("violation", "deadline"))
    window = NOTICE_WINDOWS.get(violation.type)
    if window is None:
        return None
    days, said = window
    due = violation.notice_date + dt.timedelta(days=days)
    return Deadline(due, case.origin.value("violation", "notice_date"), said)


def deadline(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    found = effective_deadline(case)
    notice = case.violation.notice_date
    after = sorted(sub.date for sub in case.submissions if sub.date >= notice)
    if found is None or (after and after[0] <= found.due):
        return
    due, name = found.due, found.name
    if after:
        first = after[0]
        late = (first - due).days
        yield Finding(
            found.where,
            f"{name} {due} had passed when the first submission after the notice was sent "
            f"({first}, {late} day{'s' if late != 1 else ''} late)",
            "say in the letter why the plan of action came late",
        )
    elif due < ctx.today:
        yield Finding(
            found.where,
            f"{name} {due} has passed (today is {ctx.today}) and nothing was submitted by then",
            "submit the plan of action now and say in the letter why it is late",
        )
    elif (due - ctx.today).days <= 1:
        when = "today" if due == ctx.today else "tomorrow"
        yield Finding(
            found.where,
            f"{name} is {when} ({due}) and nothing has been submitted yet",
            "submit the plan of action before the deadline",
        )


RULES = [
    Rule(
        "timing.submission",
        "R26",
        Severity.WARNING,
        "No new submission while one is pending; follow up only after 5 business days of "
        "silence; escalate only with a revised plan.",
        submission_timing,
    ),
    Rule(
        "timing.deadline",
        "R28",
        Severity.WARNING,
        "Warn when the notice's deadline (given, or computed from the notice date) has "
        "passed, or is within a day, with nothing submitted.",
        deadline,
    ),
]
