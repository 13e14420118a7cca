"""Coverage rules: the plan has its three parts and answers every root cause (R01, R02)."""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks import CheckContext, Finding, Rule
from reinstate.diagnostics import Severity


def plan_incomplete(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    where = case.origin.key("kind")
    if case.dispute:
        if not case.causes and not case.exhibits:
            yield Finding(
                where,
                "the appeal states no facts and offers no evidence",
                "add cause files for the facts and exhibit files for the evidence",
            )
        return
    parts = (
        ("root causes", case.causes, "kind: cause"),
        ("corrective actions", case.actions, "kind: action"),
        ("preventive measures", case.measures, "kind: measure"),
    )
    for name, items, kind in parts:
        if not items:
            yield Finding(where, f"the plan of action has no {name}", f"add a file with '{kind}'")


def cause_unanswered(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    for cause in case.causes:
        answers = ctx.resolved.answered_by.get(cause.id, ())
        kinds = {item.kind for item in answers}
        where = cause.origin.key("title")
        label = ctx.resolved.label(cause.id)
        if "action" not in kinds and case.actions:
            yield Finding(
                where,
                f"{label} has no corrective action",
                f"add an action with 'addresses: [{cause.id}]'",
            )
        if "measure" not in kinds and case.measures and not case.dispute:
            yield Finding(
                where,
                f"{label} has no preventive measure",
                f"add a measure with 'addresses: [{cause.id}]'",
            )


RULES = [
    Rule(
        "coverage.plan-incomplete",
        "R01",
        Severity.ERROR,
        "The plan has root causes, corrective actions and preventive measures.",
        plan_incomplete,
    ),
    Rule(
        "coverage.cause-unanswered",
        "R02",
        Severity.ERROR,
        "Every root cause has a corrective action and a preventive measure.",
        cause_unanswered,
    ),
]
