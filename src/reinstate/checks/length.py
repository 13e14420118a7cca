"""Length rules: a plan a reviewer reads in minutes (R17) and written as lists (R18).

The plan's length counts the opening and the titles and bodies of causes, actions and
measures (not exhibits, not quoted notices); the letter's counts the author's own text
(its body and the notes on missed points), not the blocks reinstate generates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reinstate.checks import CheckContext, Finding, Rule
from reinstate.checks.clauses import sentences
from reinstate.checks.text import PLAN, SENT, Passage
from reinstate.diagnostics import Severity

_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")


def count_words(passages: Iterable[Passage]) -> int:
    return sum(len(_WORD.findall(p.text)) for p in passages)


def words(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    settings = ctx.config.checks
    plan = [
        p
        for p in ctx.texts.passages(PLAN)
        if p.kind != "case" or p.part == "body"  # the case title is not read by a reviewer
    ]
    total = count_words(plan)
    items = len(case.causes) + len(case.actions) + len(case.measures)
    # A long case needs room: an item with its date, count and owner takes two or three
    # sentences. The limit grows with the items, so a tight long plan passes and a
    # rambling short one does not.
    limit = max(settings.poa_max_words, settings.poa_words_per_item * items)
    if total > limit:
        per_item = f" ({items} items)" if limit > settings.poa_max_words else ""
        yield Finding(
            case.origin.key("kind"),
            f"the plan of action has {total} words; keep it under {limit}{per_item} "
            "so a reviewer can read it in a few minutes",
            "shorten the opening, merge overlapping items, and use lists",
        )
    letter = case.letter
    if letter is not None:
        own = [p for p in ctx.texts.of(letter.id) if p.part in ("body", "note")]
        total = count_words(own)
        if total > settings.letter_max_words:
            yield Finding(
                letter.origin.key("kind"),
                f"the escalation letter has {total} words of your own text; keep it under "
                f"{settings.letter_max_words}",
                "say what the last reviewer missed in a sentence each; the plan holds the detail",
            )


def paragraphs(ctx: CheckContext) -> Iterator[Finding]:
    limit = ctx.config.checks.max_paragraph_sentences
    for passage in ctx.texts.passages(SENT, ("body",)):
        if passage.block != "paragraph":
            continue
        n = len(sentences(passage.text))
        if n > limit:
            yield Finding(
                ctx.texts.locate(passage, 0),
                f"this paragraph has {n} sentences; a list is easier for a reviewer to scan",
                f"split it into a bulleted list, or keep paragraphs to {limit} sentences",
            )


RULES = [
    Rule(
        "length.words",
        "R17",
        Severity.WARNING,
        "The plan has at most 600 words (or 80 a cause, action or measure), the letter at "
        "most 300 words of your own text.",
        words,
    ),
    Rule(
        "length.paragraph",
        "R18",
        Severity.WARNING,
        "Prefer lists: no paragraph of more than 5 sentences.",
        paragraphs,
    ),
]
