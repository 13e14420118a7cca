"""Coverage rules: the plan has its three parts and answers every root cause (R01, R02).

In a dispute (`mode: dispute`) the appeal needs facts (causes) and evidence (exhibits), and
preventive measures are optional. That every action and measure addresses a known cause is
checked when the case is loaded (`addresses` is required and must name causes).
"""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.core.diagnostics import Severity


def plan_incomplete(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    where = case.origin.key("kind")
    if case.dispute:  # an appeal of an error: the facts and the evidence, no prevention
        if not case.causes:
            yield Finding(
                where,
                "the appeal states no facts",
                "add a file with 'kind: cause' for each fact that shows the error",
            )
        if not case.exhibits:
            yield Finding(
                where,
                "the appeal offers no evidence",
                "add a file with 'kind: exhibit' for each document that proves the facts",
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
