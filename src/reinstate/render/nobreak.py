"""Dates and identifiers stay on one line: `<span class="nobr">` around each in HTML.

A browser or WeasyPrint may break a line after a hyphen ("2026-" / "08-03") and at any
space ("October" / "5, 2026"); for a reader an order number or a date cut in two is a
typo. The patterns are the forms the outputs write: every date style of `format_date`
(month names from the vocabulary), the id formats the case format checks (order ids,
ASINs) and any hyphenated code with a digit (case ids, SKUs, SOP and invoice numbers,
"7HQ2-11"). A non-breaking hyphen (U+2011) would do the same in print, but a reader who
copies "111-2223334-5556667" from the page must get the hyphens Seller Central accepts,
so the text is left as written and the theme's `.nobr { white-space: nowrap }` keeps it
whole. Only text between tags is touched: never an attribute, a comment, or the text of
`<title>`, `<script>`, `<style>` and `<textarea>`, which cannot hold elements.
"""

from __future__ import annotations

import re

from reinstate.core.frontmatter import ASIN, ORDER_ID
from reinstate.core.vocabulary import MONTHS

LONGEST_CODE = 32
"""A hyphenated code longer than this may still break: kept whole it would overflow a
phone's screen (about 35 characters of body text at 320 px)."""

_SPACE = "[ \u00a0]"
_MONTH = "(?:" + "|".join(re.escape(m) for m in MONTHS) + ")"
DATE_FORMS = (
    r"\d{4}-\d{2}-\d{2}",  # iso
    rf"{_MONTH}{_SPACE}\d{{1,2}},{_SPACE}\d{{4}}",  # month_day: October 5, 2026
    rf"\d{{1,2}}{_SPACE}{_MONTH}{_SPACE}\d{{4}}",  # day_month: 5 October 2026
)
ID_FORMS = (
    str(ORDER_ID.pattern),
    str(ASIN.pattern),
    # a code of letters and digits joined by hyphens, with at least one digit
    rf"(?=[A-Za-z0-9-]{{0,{LONGEST_CODE - 1}}}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+",
)
TOKEN = re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in (*DATE_FORMS, *ID_FORMS)) + r")(?![\w-])"
)
"""A date or an id, as a whole word (not the middle of a longer code)."""

_PARTS = re.compile(
    r"(?P<keep><(?P<raw>title|script|style|textarea)\b.*?</(?P=raw)\s*>|<!--.*?-->|<[^>]*>)"
    r"|(?P<text>[^<]+)",
    re.DOTALL | re.IGNORECASE,
)


def tokens(text: str) -> list[str]:
    """The dates and ids in `text`, in order (what `keep_together` wraps)."""
    return [m.group(0) for m in TOKEN.finditer(text) if _worth_keeping(m.group(0))]


def keep_together(html: str) -> str:
    """`html` with every date and id that could break wrapped in `<span class="nobr">`."""
    return _PARTS.sub(_wrap_text, html)


def _wrap_text(part: re.Match[str]) -> str:
    text = part.group("text")
    if text is None:
        return part.group(0)
    return TOKEN.sub(_wrap_token, text)


def _wrap_token(token: re.Match[str]) -> str:
    found = token.group(0)
    if not _worth_keeping(found):
        return found
    return f'<span class="nobr">{found}</span>'


def _worth_keeping(token: str) -> bool:
    """Only a token a line could break inside (a hyphen or a space) and not too long."""
    return len(token) <= LONGEST_CODE and ("-" in token or " " in token or "\u00a0" in token)
