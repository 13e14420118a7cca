"""Markup rules: Markdown that shows something other than what the author typed (R32).

A German date at the start of a line, "5. März 2025 haben wir ...", is an ordered list item
to Markdown: the day becomes the list's number. A list numbers its items itself, from its
first number on, so the dated lines "5. März", "12. März", "20. März" show as "5. März",
"6. März", "7. März": wrong dates, in every output, with nothing to see in the source. The
rule looks for ordered list items whose text starts with a month name of the case's
language (Babel's names, as `format_date` writes them) and quotes the day and month.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from markdown_it.token import Token

from reinstate.checks import kept
from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.words import language_of
from reinstate.core.diagnostics import Severity
from reinstate.core.model import Origin
from reinstate.stages.markdown import fence_tokens
from reinstate.stages.resolve import ADMONITIONS


def month_names(language: str) -> re.Pattern[str] | None:
    """A month's name (wide or abbreviated, with an optional period) at the start of a text,
    in `language`; None where the language does not write the day as a number and a period
    before the month ("5. März": its long date format starts `d.`), or Babel has no such
    locale. In English "1. March 3: ..." is a numbered list of dated steps, as typed.

    What Babel says is kept with the word lists (checks/kept.py): a check of a case
    built before does not import Babel."""
    key = f"month-names:{language}:{kept.package_digest('babel')}"
    found = kept.value(key, lambda: _month_names(language), _is_sources)
    return kept.compile_regex(found[0], 0) if found else None


def _is_sources(found: object) -> bool:
    return isinstance(found, list) and len(found) <= 1 and all(isinstance(f, str) for f in found)


@cache
def _month_names(language: str) -> list[str]:
    """The expression's text (none: no such expression)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        return []
    if not str(locale.date_formats["long"].pattern).startswith("d."):
        return []
    months = locale.months
    names = {
        str(name).rstrip(".")
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for name in months[context][width].values()
    }
    names = {name for name in names if len(name) >= 3}
    if not names:
        return []
    choice = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return [rf"(?:{choice})\.?(?![^\W\d_])"]


def date_as_list_number(ctx: CheckContext) -> Iterator[Finding]:
    months = month_names(language_of(ctx.case))
    if months is None:
        return
    for owner, body in ctx.resolved.bodies.items():
        item = ctx.resolved.item(owner) if owner else None
        written = item.body if item is not None else ctx.case.opening
        origin = item.origin if item is not None else ctx.case.origin
        yield from _lists(body.tokens, 0, written.split("\n"), origin, months)


def _lists(
    tokens: Sequence[Token],
    offset: int,
    source: list[str],
    origin: Origin,
    months: re.Pattern[str],
) -> Iterator[Finding]:
    """Findings in `tokens`, whose line 0 is body line `offset`."""
    counters: list[int | None] = []  # per open list: the next number shown (None: bullets)
    for i, token in enumerate(tokens):
        if token.type == "ordered_list_open":
            counters.append(int(token.attrGet("start") or 1))
        elif token.type == "bullet_list_open":
            counters.append(None)
        elif token.type in ("ordered_list_close", "bullet_list_close") and counters:
            counters.pop()
        elif token.type == "list_item_open" and counters and counters[-1] is not None:
            shown = counters[-1]
            counters[-1] = shown + 1
            text = _first_text(tokens, i)
            month = months.match(text)
            if month is not None and token.map is not None:
                yield _finding(token, shown, month.group(0), offset, source, origin)
        elif token.type == "colon_fence" and token.map:
            name = token.info.strip()
            if any(name.startswith("{" + a + "}") for a in ADMONITIONS):
                yield from _lists(
                    fence_tokens(token), offset + token.map[0] + 1, source, origin, months
                )


def _first_text(tokens: Sequence[Token], start: int) -> str:
    """The text the list item opened at `start` begins with."""
    for token in tokens[start + 1 : start + 4]:
        if token.type == "inline":
            return token.content
        if token.type == "list_item_close":
            break
    return ""


def _finding(
    token: Token, shown: int, month: str, offset: int, source: list[str], origin: Origin
) -> Finding:
    assert token.map is not None
    line = offset + token.map[0]
    typed = token.info or str(shown)
    written = source[line] if line < len(source) else ""
    col = written.find(typed + token.markup) + 1 or 1
    said = f"'{typed}{token.markup} {month}'"
    if typed.isdigit() and int(typed) != shown:
        what = (
            f"{said} is read as item {shown} of a numbered list: the date shows as "
            f"'{shown}{token.markup}'"
        )
    else:
        what = f"{said} starts a numbered list: Markdown reads the day as the list's number"
    return Finding(
        origin.body_location(line, col),
        what,
        f"write '{typed}\\{token.markup} {month}' to keep the date as it is typed",
    )


RULES = [
    Rule(
        "markup.date-list",
        "R32",
        Severity.WARNING,
        "A date at the start of a line ('5. März') that Markdown reads as a numbered list "
        "item, whose number it may change.",
        date_as_list_number,
    ),
]
