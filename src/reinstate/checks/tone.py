"""Tone rules: what a reviewer must not read in an appeal (R03-R07, R19, R20, R23, R29,
R30).

Each rule reads a list of patterns (data/words/<language>/<rule id>.txt, checks/grammar.py)
on the rendered text of everything that goes to Amazon: the opening, the titles and bodies
of the items, the letter and the bundled pages. Quoted text (the notice, replies, block
quotes, "...") is never read. Every finding quotes the words it matched and says what to
write instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import cast

from reinstate.checks import grammar, reading
from reinstate.checks.rule import CheckContext, Each, Finding, Rule
from reinstate.checks.text import PLAN, SENT, Passage
from reinstate.checks.words import language_of, shown
from reinstate.core.diagnostics import Severity

CONDITION = "grammar.condition"
"""Clauses that state a condition ("if a carrier loses a parcel, we ..."): a measure
describing what happens then is not blaming anyone."""


def phrase_rule(
    list_name: str,
    message: str,
    hint: str,
    kinds: Sequence[str] = SENT,
    skip: str | None = CONDITION,
) -> Each:
    """A check that reports each match of list `list_name` in the text of `kinds`, except
    in clauses opened by a phrase of the list `skip`; one file at a time (`Each`)."""
    return Each(tuple(kinds), phrase_finder(list_name, message, hint, kinds, skip))


def phrase_finder(
    list_name: str,
    message: str,
    hint: str,
    kinds: Sequence[str] = SENT,
    skip: str | None = CONDITION,
) -> Callable[[CheckContext, str], Iterator[Finding]]:
    """The findings of a `phrase_rule` in the passages of one owner."""

    def find(ctx: CheckContext, owner: str) -> Iterator[Finding]:
        language = language_of(ctx.case)
        found = grammar.load(list_name, ctx.config, language)
        openings = grammar.phrases_of(skip, ctx.config, language) if skip else ()
        passages = ctx.texts.of(owner)
        within = ctx.texts.within(kinds)
        for passage, match in reading.find(
            found, passages, openings, within=within, shared=ctx.texts.shared
        ):
            where = ctx.texts.locate(passage, match.start())
            yield Finding(where, message.format(phrase=shown(match)), hint)

    return find


_denial = phrase_finder(
    "tone.denial",
    "'{phrase}' denies the violation, which a plan of action cannot do",
    "if the account was deactivated in error, set 'mode: dispute' in case.md; otherwise "
    "say what went wrong (e.g. 'we sold 14 units we could not trace to the brand')",
)


def denial(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    if not ctx.case.dispute:  # a dispute is exactly the place to say it was an error
        yield from _denial(ctx, owner)


def _dispute(ctx: CheckContext) -> Hashable:
    return ctx.case.dispute


_support_case = phrase_finder(
    "tone.question",
    "'{phrase}' refers to a support case; keep case numbers out of the plan",
    "list case ids under 'submissions' in case.md; the letter shows them",
    PLAN,
)
_CASE_NUMBER = re.compile(r"\bcase\s*(?:id|no\.?|number)?\s*[#:]?\s*\d{6,}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]\s|\n\s*\n")
_QUESTION = re.compile(r"(?<!\?)\?(?!\?)")  # '???' is a placeholder (placeholder.unfilled)


def _case_ids(ctx: CheckContext) -> Hashable:
    """The case ids of the earlier submissions (what `question` reads besides the text)."""
    return tuple(sorted({cid for sub in ctx.case.submissions for cid in sub.case_ids}))


def question(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    """Questions to Amazon and references to support cases, in the plan itself."""
    yield from _support_case(ctx, owner)
    case_ids = [cid for cid in cast("tuple[str, ...]", _case_ids(ctx)) if len(cid) >= 5]
    for passage in ctx.texts.of(owner):
        for match in _CASE_NUMBER.finditer(passage.text):
            yield Finding(
                ctx.texts.locate(passage, match.start()),
                f"'{shown(match)}' refers to a support case; keep case numbers out of the plan",
                "list case ids under 'submissions' in case.md; the letter shows them",
            )
        for case_id in case_ids:
            at = passage.text.find(case_id)
            if at >= 0 and not _CASE_NUMBER.search(passage.text, max(0, at - 20), at + 30):
                yield Finding(
                    ctx.texts.locate(passage, at),
                    f"the plan mentions case {case_id}; keep case numbers out of the plan",
                    "the letter lists your earlier submissions and their case ids",
                )
        yield from _questions(ctx, passage)


def _questions(ctx: CheckContext, passage: Passage) -> Iterator[Finding]:
    text = passage.text
    quoted = passage.quotes
    for mark in _QUESTION.finditer(text):
        at = mark.start()
        if any(s <= at < e for s, e in quoted):
            continue
        start = 0
        for end in _SENTENCE_END.finditer(text, 0, at):
            start = end.end()
        while start < at and text[start].isspace():
            start += 1
        asked = " ".join(text[start : at + 1].split())
        if len(asked) > 60:
            asked = asked[:28] + " ... " + asked[-27:]
        yield Finding(
            ctx.texts.locate(passage, start),
            f"'{asked}' is a question; a plan of action answers questions, it does not ask them",
            "state what you found and did; ask Seller Support separately if you need to",
        )


_TO_WRITE = "give the facts of what went wrong and what you changed, with dates and numbers"

RULES = [
    Rule(
        "tone.marketing",
        "R03",
        Severity.WARNING,
        "No company introduction or sales talk.",
        phrase_rule(
            "tone.marketing",
            "'{phrase}' is sales talk; the reviewer only needs what went wrong and what changed",
            "leave out the introduction of your company and products",
        ),
    ),
    Rule(
        "tone.question",
        "R04",
        Severity.WARNING,
        "No questions to Amazon and no support case numbers inside the plan.",
        Each(PLAN, question, reads=_case_ids),
    ),
    Rule(
        "tone.emotive",
        "R05",
        Severity.WARNING,
        "No emotive words (devastated, unfair, livelihood ...).",
        phrase_rule(
            "tone.emotive",
            "'{phrase}' is emotional; reviewers look for facts, not feelings",
            "say what happened and what you changed, with dates and numbers",
        ),
    ),
    Rule(
        "tone.hardship",
        "R29",
        Severity.WARNING,
        "No pleas about your own hardship (income, family, staff, debts, health).",
        phrase_rule(
            "tone.hardship",
            "'{phrase}' pleads hardship; Amazon decides on the risk to buyers, not on what "
            "the suspension costs you",
            "leave it out; " + _TO_WRITE,
        ),
    ),
    Rule(
        "tone.blame",
        "R06",
        Severity.WARNING,
        "No blame on buyers, Amazon, suppliers, carriers or competitors.",
        phrase_rule(
            "tone.blame",
            "'{phrase}' puts the fault on someone else; Amazon expects you to own the problem",
            "say what in your own process let it happen (e.g. 'we did not track the "
            "carrier's on-time rate'), and keep the other party as a plain fact",
        ),
    ),
    Rule(
        "tone.denial",
        "R07",
        Severity.WARNING,
        "No denial of the violation in a plan of action (use mode: dispute).",
        Each(SENT, denial, reads=_dispute),
    ),
    Rule(
        "tone.threat",
        "R19",
        Severity.WARNING,
        "No threats, lawyers, lawsuits or 'we will escalate'.",
        phrase_rule(
            "tone.threat",
            "'{phrase}' reads as a threat, which ends a review instead of helping it",
            "leave it out; keep to facts and fixes",
        ),
    ),
    Rule(
        "tone.verdict",
        "R20",
        Severity.WARNING,
        "Do not tell the reviewer what to conclude.",
        phrase_rule(
            "tone.verdict",
            "'{phrase}' tells the reviewer what to decide",
            "show the facts and ask for a review; let the reviewer conclude",
        ),
    ),
    Rule(
        "tone.competitor",
        "R23",
        Severity.WARNING,
        "No requests to act against competitors or other sellers.",
        phrase_rule(
            "tone.competitor",
            "'{phrase}' asks Amazon to act against other sellers; the appeal is about your account",
            "report other sellers through Amazon's Report Infringement form, not in the appeal",
        ),
    ),
    Rule(
        "tone.guarantee",
        "R30",
        Severity.WARNING,
        "No guarantees or absolutes ('never again', 'zero complaints', '100% authentic').",
        phrase_rule(
            "tone.guarantee",
            "'{phrase}' promises an outcome no one can guarantee",
            "describe the control instead: who checks what, how often, since when (e.g. "
            "'Since 2025-03-08 Dana weighs every order before it ships')",
        ),
    ),
]
