"""Letter rules: two or three key points (R27), something to point at, a date after the history.

Two further letter problems are reported while loading, because they concern the files
themselves: a `missed[].ref` that names no item (`ref.unknown`, error) and a second letter
in the case (`letter.duplicate`, error).
"""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.core.diagnostics import Severity

MAX_KEY_POINTS = 3


def key_points(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    letter = case.letter
    if letter is None:
        return
    keys = [i for i in (*case.causes, *case.actions, *case.measures, *case.exhibits) if i.key]
    # With no missed points either, letter.no-points says it. A dispute letter, or a body
    # that does not place the key-points block, stands on its missed points.
    shows_keys = not letter.body.strip() or "{key-points}" in letter.body
    if not keys and letter.missed and shows_keys and not case.dispute:
        yield Finding(
            letter.origin.key("kind"),
            "the letter has no key points: no cause, action or measure has 'key: true'",
            "mark the two or three actions that matter most with 'key: true'",
        )
    for n, item in enumerate(keys[MAX_KEY_POINTS:], start=MAX_KEY_POINTS + 1):
        yield Finding(
            item.origin.key("key"),
            f"{ctx.resolved.label(item.id)} is key point {n}; the letter should highlight "
            f"two or three, not {len(keys)}",
            "keep 'key: true' on the strongest two or three items",
        )


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
        "letter.key-points",
        "R27",
        Severity.WARNING,
        "The letter highlights two or three key points (warn on 0 or more than 3 'key: true').",
        key_points,
    ),
    Rule(
        "letter.no-points",
        "L01",
        Severity.WARNING,
        "The letter has key points or missed points to show the reviewer.",
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
