"""Detail rules: lines that promise effort without saying what changed (R08)."""

from __future__ import annotations

from reinstate.checks.rule import Rule
from reinstate.checks.tone import phrase_rule
from reinstate.core.diagnostics import Severity

RULES = [
    Rule(
        "detail.vague",
        "R08",
        Severity.WARNING,
        "No vague lines ('we made a mistake', 'will do better', 'we will train our team').",
        phrase_rule(
            "detail.vague",
            "'{phrase}' is vague; a reviewer cannot check it",
            "say exactly what changed: what, who, when and how often "
            "(e.g. 'Since 2025-03-08 every new supplier passes checklist SOP-07')",
            # "not published until Giulia has cleared it" is a rule of a measure, not a claim
            skip="grammar.purpose",
        ),
    ),
]
