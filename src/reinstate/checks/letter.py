"""Letter rules: the escalation letter has something to point at, and follows the history.

Two further letter problems are reported while loading, because they concern the files
themselves: a `missed[].ref` that names no item (`ref.unknown`, error) and a second letter
in the case (`letter.duplicate`, error).
"""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks import CheckContext, Finding, Rule
from reinstate.diagnostics import Severity


def no_points(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    letter = case.letter
    if letter is None or letter.missed or any(i.key for i in case.items if i is not letter):
        return
    marks = letter.origin.marks
    where = marks.keys.get(("missed",)) or letter.origin.key("kind")
    yield Finding(
        where,
        "the letter has no key points and no missed points, so it gives the reviewer nothing "
        "to look at",
        "mark the two or three main actions with 'key: true', or add 'missed' entries",
    )


def dated_before_submission(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    letter = case.letter
    if letter is None or letter.date is None or not case.submissions:
        return
    last = max(case.submissions, key=lambda s: s.date)
    if letter.date < last.date:
        yield Finding(
            letter.origin.value("date"),
            f"the letter is dated {letter.date}, before the last submission ({last.date})",
            "an escalation follows the last submission; date the letter the day you send it",
        )


RULES = [
    Rule(
        "letter.no-points",
        "L01",
        Severity.WARNING,
        "The letter has key points (`key: true` items) or missed points to draw attention to.",
        no_points,
    ),
    Rule(
        "letter.date-before-submission",
        "L02",
        Severity.ERROR,
        "The letter is not dated before the last submission.",
        dated_before_submission,
    ),
]
