"""Preventive measure rules: each has a real owner, cadence and start; no wish-lists (R10).

`starts`, `owner` and `cadence` are required when the case is loaded; this rule catches
values that say nothing ("we", "ongoing"), a start after the check date, and a cause that
carries more measures than a reviewer will believe.
"""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.words import language_of, pattern
from reinstate.core.diagnostics import Severity


def measure_incomplete(ctx: CheckContext) -> Iterator[Finding]:
    owner_list = pattern("measure.owner", ctx.config, language_of(ctx.case))
    cadence_list = pattern("measure.cadence", ctx.config, language_of(ctx.case))
    for measure in ctx.case.measures:
        label = ctx.resolved.label(measure.id)
        owner = measure.owner.strip().rstrip(".")
        if owner_list is not None and owner_list.fullmatch(owner):
            yield Finding(
                measure.origin.value("owner"),
                f"the owner of {label} is '{measure.owner}', which names nobody in particular",
                "name the person and their role, e.g. 'Dana Whitfield, Owner'",
            )
        cadence = measure.cadence.strip().rstrip(".")
        if cadence_list is not None and cadence_list.fullmatch(cadence):
            yield Finding(
                measure.origin.value("cadence"),
                f"the cadence of {label} is '{measure.cadence}', which gives no interval",
                "say how often it runs, e.g. 'weekly, every Monday' or 'before each order'",
            )
        if measure.starts is not None and measure.starts > ctx.today:
            yield Finding(
                measure.origin.value("starts"),
                f"{label} starts on {measure.starts}, after today ({ctx.today}); "
                "Amazon wants measures that are already in effect",
                "start it now and give the day it took effect",
            )
    limit = ctx.config.checks.max_measures_per_cause
    for cause in ctx.case.causes:
        measures = [i for i in ctx.resolved.answered_by.get(cause.id, ()) if i.kind == "measure"]
        if len(measures) > limit:
            yield Finding(
                cause.origin.value("title"),
                f"{ctx.resolved.label(cause.id)} has {len(measures)} preventive measures; "
                f"more than {limit} reads as a wish-list",
                "keep the measures that prevent this cause and merge or drop the rest",
            )


RULES = [
    Rule(
        "measure.incomplete",
        "R10",
        Severity.WARNING,
        "Preventive measures have a start date, an owner and a cadence; not a wish-list.",
        measure_incomplete,
    ),
]
