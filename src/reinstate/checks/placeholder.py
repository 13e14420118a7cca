"""Placeholder rule: nothing a template or a drafting tool left behind is submitted (R24).

Reads the rendered bodies of every file (free pages too) and every front matter value.
A `[TODO: what goes here]` marker, which `reinstate new` puts where the author must write,
is a warning ("to do: ..."), so a fresh case builds and its warnings read as a to-do list;
real placeholders (`[insert ...]`, `XXX`, `B0XXXXXXXX`, `<name>`, `YYYY-MM-DD`, `TBD`,
`lorem ipsum` ...) are errors. A to-do marker in a field that holds a fact the checks
compute with (a date, a number of units, an ASIN or order id) is an error too: the field
reads as "not known yet", and every rule that needs it would otherwise pass on nothing.
Amazon's own text (the notice and replies) is only searched for to-do markers. An exhibit
file that is still the stand-in page `reinstate new` wrote is an error (checks/standin.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.checks.rule import CheckContext, Each, Finding, Rule
from reinstate.checks.standin import stand_ins
from reinstate.checks.text import HTML_TAGS, SENT, Passage, value_passage
from reinstate.checks.words import Phrases, find, language_of, pattern, shown
from reinstate.core.diagnostics import Severity
from reinstate.core.fieldtypes import fact_hint
from reinstate.core.frontmatter import SCHEMAS

TODO = re.compile(r"\[\s*(?i:todo)\b\s*:?\s*([^\]\n]*)\]|\b(?:TODO|FIXME)\b:?\s*([^\n]{0,60})")
PATTERNS = (
    re.compile(
        r"\[(?:insert|add|enter|fill|your|name|date|company|seller|store|brand|asin|order|"
        r"number|amount|product|supplier|address|phone|email|today|x+)\b[^\]\n]{0,80}\]",
        re.IGNORECASE,
    ),
    re.compile(r"\b[A-Z0-9]*XXX[A-Z0-9]*\b"),
    re.compile(r"\b(?:YYYY|DD|MM)[-/.](?:MM|DD)(?:[-/.](?:YYYY|YY|DD))?\b"),
    re.compile(rf"<(?!(?:{HTML_TAGS})\b)[A-Za-z][A-Za-z0-9 _.-]{{0,40}}>", re.IGNORECASE),
    re.compile(r"\{\{[^{}\n]{0,80}\}\}"),
    re.compile(r"\?{3,}"),
)
_QUOTED_BY_AMAZON = ("notice", "reply")


def unfilled(ctx: CheckContext, owner: str) -> Iterator[Finding]:
    """The placeholders in one file: its body (free pages too), then its front matter."""
    seen: set[tuple[str, int, int]] = set()
    for passage in ctx.texts.of(owner):
        if passage.part == "body":
            yield from _in_passage(ctx, passage, seen, todo_only=False)
    words = pattern("placeholder.unfilled", ctx.config, language_of(ctx.case))
    item = ctx.resolved.item(owner) if owner else None
    kind, origin = (item.kind, item.origin) if item is not None else ("case", ctx.case.origin)
    for path, raw in origin.marks.raw.items():
        if not isinstance(raw, str) or not _suspect(raw, words):
            continue
        todo_only = path[-1] in _QUOTED_BY_AMAZON
        passage = value_passage(owner, "", "value", origin, path, raw)
        fact = fact_hint(SCHEMAS[kind], path) if kind in SCHEMAS else ""
        yield from _in_passage(ctx, passage, seen, todo_only, fact)


def _suspect(text: str, words: Phrases | None) -> bool:
    """Whether a front matter value may hold a placeholder (most values do not)."""
    return bool(
        TODO.search(text)
        or any(p.search(text) for p in PATTERNS)
        or (words is not None and words.search(text))
    )


def _in_passage(
    ctx: CheckContext,
    passage: Passage,
    seen: set[tuple[str, int, int]],
    todo_only: bool,
    fact: str = "",
) -> Iterator[Finding]:
    """Findings in `passage`; `fact` is how to fill in a field the checks compute with
    (its to-do markers are errors), '' for text."""
    spans: list[tuple[int, int]] = []
    for match in TODO.finditer(passage.text):
        spans.append(match.span())
        what = " ".join((match.group(1) or match.group(2) or "").split()).rstrip(".")
        where = ctx.texts.locate(passage, match.start())
        seen.add((where.path, where.line, where.col))
        said = f"to do: {what}" if what else "to do: this text is still to be written"
        if fact:
            yield Finding(where, said, fact, Severity.ERROR)
            continue
        yield Finding(where, said, "replace the marker with your own text", Severity.WARNING)
    if todo_only:
        return
    found = [m for p in PATTERNS for m in p.finditer(passage.text)]
    found += [
        m
        for _p, m in find(
            pattern("placeholder.unfilled", ctx.config, language_of(ctx.case)), [passage], True
        )
    ]
    for match in sorted(found, key=lambda m: m.start()):
        if any(s <= match.start() < e for s, e in spans):
            continue
        where = ctx.texts.locate(passage, match.start())
        key = (where.path, where.line, where.col)
        if key in seen:
            continue
        seen.add(key)
        yield Finding(
            where,
            f"unfilled placeholder '{shown(match)}'",
            "replace it with the real text before you submit",
        )


RULES = [
    Rule(
        "placeholder.unfilled",
        "R24",
        Severity.ERROR,
        "No unfilled placeholders ([insert ...], XXX, TBD, B0XXXXXXXX, <name>) and no "
        "stand-in exhibit files; [TODO: ...] markers are warnings, except in dates, "
        "numbers and ids.",
        Each((*SENT, "page"), unfilled, every_page=True, rest=stand_ins),
    ),
]
