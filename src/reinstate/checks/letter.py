"""Escalation letter rules: the letter highlights two or three key points (R27)."""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks import CheckContext, Finding, Rule
from reinstate.diagnostics import Severity

MAX_KEY_POINTS = 3


def key_points(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    letter = case.letter
    if letter is None:
        return
    keys = [i for i in (*case.causes, *case.actions, *case.measures, *case.exhibits) if i.key]
    if not keys:
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


RULES = [
    Rule(
        "letter.key-points",
        "R27",
        Severity.WARNING,
        "The letter highlights two or three key points (warn on 0 or more than 3 'key: true').",
        key_points,
    ),
]
