"""An example reinstate extension: a house rule and a JSON summary of each case.

It imports only `reinstate.extend`, the public API (docs/extending.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping

from reinstate.extend import CaseView, CheckRule, Finding, OutputStep, Severity

MIN_WORDS = 3


def short_titles(view: CaseView) -> Iterator[Finding]:
    """Every cause, action and measure whose title has fewer than three words."""
    case = view.case
    for item in (*case.causes, *case.actions, *case.measures):
        words = item.title.split()
        if len(words) < MIN_WORDS:
            yield Finding(
                view.where(item.id, "title"),
                f"{view.labels[item.id]} is titled '{item.title}': {len(words)} word(s), "
                f"the house style asks for at least {MIN_WORDS}",
                "say what was wrong or what changed, e.g. 'Supplier invoices not checked'",
            )


def summary(view: CaseView) -> Mapping[str, str]:
    """summary.json: the case's items by label, for the agency's tracker."""
    case = view.case
    items = [
        {"id": item.id, "label": view.labels[item.id], "title": item.title}
        for item in (*case.causes, *case.actions, *case.measures)
    ]
    data = {"case": view.slug, "title": view.title, "items": items}
    return {"summary.json": json.dumps(data, indent=2, sort_keys=True) + "\n"}


RULES = [
    CheckRule(
        "house.short-title",
        Severity.WARNING,
        "A cause, action or measure title has at least three words.",
        short_titles,
    )
]
OUTPUTS = [OutputStep("house-summary", summary, title="Summary (JSON)")]
