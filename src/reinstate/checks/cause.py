"""Root cause rules: a cause carries data (R11) and explains why, not only what (R25).

Both read the cause's title and body with references left out ("Root Cause 1" is not
data). A cause still holding a `[TODO: ...]` marker is not judged yet; the marker itself
is reported by placeholder.unfilled.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.checks import CheckContext, Finding, Rule
from reinstate.checks.placeholder import TODO
from reinstate.checks.text import Passage
from reinstate.checks.words import pattern
from reinstate.diagnostics import Severity
from reinstate.model import Cause

_NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|half|once|twice"
)
_DATA = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_COPIED_RUN = 8
"""Words in a row shared with the notice that count as repeating it."""


def cause_texts(ctx: CheckContext, cause: Cause) -> list[Passage]:
    return [p for p in ctx.texts.of(cause.id) if p.part in ("title", "body")]


def unwritten(passages: list[Passage]) -> bool:
    return any(TODO.search(p.text) for p in passages)


def no_data(ctx: CheckContext) -> Iterator[Finding]:
    for cause in ctx.case.causes:
        passages = cause_texts(ctx, cause)
        if unwritten(passages) or any(_DATA.search(p.without_refs()) for p in passages):
            continue
        yield Finding(
            cause.origin.value("title"),
            f"{ctx.resolved.label(cause.id)} gives no data: no date, count or metric",
            "say when it happened and how many orders, units or messages it affected "
            "(e.g. 'between 2025-01-10 and 2025-02-20, 3 buyer messages')",
        )
    yield from _metrics_cited(ctx)


def _metrics_cited(ctx: CheckContext) -> Iterator[Finding]:
    """A performance case's causes cite the account's own metric values."""
    causes = ctx.case.causes
    if not causes:
        return
    text = " ".join(p.text for c in causes for p in cause_texts(ctx, c)).lower()
    for metric in ctx.case.violation.metrics:
        value = metric.value.strip().lower()
        if value and value.replace(" ", "") not in text.replace(" ", ""):
            target = f" against the target {metric.target}" if metric.target else ""
            yield Finding(
                causes[0].origin.value("title"),
                f"no root cause cites your {metric.name} ({metric.value}{target})",
                "give the value, the target and the window in the cause it belongs to",
            )


def restates_notice(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.case.dispute:
        return  # in a dispute the "causes" are the facts of the error, not explanations
    why = pattern("cause.why", ctx.config)
    notice = _words(ctx.case.violation.notice or "")
    runs = {tuple(notice[i : i + _COPIED_RUN]) for i in range(len(notice) - _COPIED_RUN + 1)}
    for cause in ctx.case.causes:
        passages = cause_texts(ctx, cause)
        if unwritten(passages):
            continue
        label = ctx.resolved.label(cause.id)
        copied = _copied(passages, runs)
        if copied is not None:
            passage, at = copied
            yield Finding(
                ctx.texts.locate(passage, at),
                f"{label} repeats the text of Amazon's notice",
                "the reviewer knows what the notice says; explain why it happened",
            )
        elif why is not None and not any(why.search(p.without_refs()) for p in passages):
            yield Finding(
                cause.origin.value("title"),
                f"{label} says what happened but not why",
                "name the gap in your own process that let it happen: what was missing, "
                "not checked or done wrong",
            )


def _words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def _copied(passages: list[Passage], runs: set[tuple[str, ...]]) -> tuple[Passage, int] | None:
    """The first place where a cause passage shares a run of words with the notice."""
    if not runs:
        return None
    for passage in passages:
        found = list(_WORD.finditer(passage.text))
        words = [m.group(0).lower().replace("’", "'") for m in found]
        for i in range(len(words) - _COPIED_RUN + 1):
            if tuple(words[i : i + _COPIED_RUN]) in runs:
                return passage, found[i].start()
    return None


RULES = [
    Rule(
        "cause.no-data",
        "R11",
        Severity.WARNING,
        "A root cause carries data: a date, a count, a metric value against its target.",
        no_data,
    ),
    Rule(
        "cause.restates-notice",
        "R25",
        Severity.WARNING,
        "A root cause says why it happened, not only what the notice said.",
        restates_notice,
    ),
]
