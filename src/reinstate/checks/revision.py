"""Revision rule: a resubmission must differ from the plan Amazon rejected (R21).

The last rejected submission names a git revision (`snapshot: v1`, a tag or commit of the
case as it was sent). The load stage reads the case at that revision once (history.py) and
hands the reading over in `CheckContext.readings`; this rule compares the plan text word
by word with today's. Without a snapshot there is nothing to compare and nothing is said
(the advice to tag what is sent needs git, and belongs in the docs, not in every build);
without git, outside a repository or with an unknown revision, the rule says so once as
`info` and checks nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from functools import lru_cache

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.text import PLAN, Texts
from reinstate.core.diagnostics import Severity
from reinstate.stages.history import rejected_submission

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_words: dict[tuple[str, str], tuple[str, ...]] = {}
"""(commit, case folder) → the plan's words at that commit (a reading of a commit never changes)."""


def plan_words(texts: Texts) -> tuple[str, ...]:
    """The words of the plan (opening, causes, actions, measures), lower case."""
    return tuple(
        word.lower()
        for passage in texts.passages(PLAN)
        if passage.kind != "case" or passage.part == "body"
        for word in _WORD.findall(passage.text)
    )


@lru_cache(maxsize=32)
def similarity(old: tuple[str, ...], new: tuple[str, ...]) -> float:
    """How much of two word sequences is the same, 0.0 to 1.0 (cached: a watcher asks
    again after every save, mostly about an unchanged plan)."""
    if old == new:
        return 1.0 if old else 0.0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return matcher.ratio()


def unchanged(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    sub = rejected_submission(case)
    if sub is None:
        return
    when = sub.reply_date or sub.date
    if not sub.snapshot:
        return  # nothing to compare with; the docs say to tag what is sent (git is optional)
    where = case.origin.value("submissions", sub.index, "snapshot")
    reading = ctx.readings.get(sub.snapshot)
    if reading is None or reading.resolved is None:
        problem = reading.problem if reading is not None else "the revision was not read"
        yield Finding(
            where, f"cannot compare with the plan rejected on {when}: {problem}", "", Severity.INFO
        )
        return
    key = (reading.commit, str(case.folder))
    words = _words.get(key)
    if words is None:
        words = plan_words(Texts(reading.resolved, ctx.config.root))
        _words[key] = words
    ratio = similarity(words, plan_words(ctx.texts))
    limit = ctx.config.checks.similarity_max
    if ratio * 100 >= limit:
        yield Finding(
            where,
            f"this revision is {ratio:.0%} the same as the plan rejected on {when} "
            f"({sub.snapshot}); a resubmission that barely changed is rejected again",
            "rework what the reply asked about: the root causes, and what you did about each",
            # Word for word the rejected plan is certain; "mostly the same" is a measure.
            Severity.ERROR if ratio >= 1 else None,
        )


RULES = [
    Rule(
        "revision.unchanged",
        "R21",
        Severity.WARNING,
        "A revision differs from the rejected submission (80% or more the same is a warning; "
        "the very same plan an error).",
        unchanged,
    ),
]
