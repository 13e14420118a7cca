"""Corrective action rules: an action is already done (R09).

The date itself is checked when the case is loaded (`date` is required, and a date in the
future is the error `date.future`); this rule reads the words.
"""

from __future__ import annotations

from reinstate.checks.rule import Rule
from reinstate.checks.tone import phrase_rule
from reinstate.core.diagnostics import Severity

RULES = [
    Rule(
        "action.not-done",
        "R09",
        Severity.WARNING,
        "Corrective actions are done: past tense and dated, no 'will'.",
        phrase_rule(
            "action.not-done",
            "'{phrase}' describes something not done yet; a corrective action is already completed",
            "write what was done in the past tense with its 'date'; "
            "move plans for the future to a preventive measure",
            ("action",),
            skip="grammar.purpose",
        ),
    ),
]
