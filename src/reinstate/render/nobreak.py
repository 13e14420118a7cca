"""Dates and identifiers stay on one line: `<span class="nobr">` around each in HTML.

A browser or WeasyPrint may break a line after a hyphen ("2026-" / "08-03") and at any
space ("October" / "5, 2026"); for a reader an order number or a date cut in two is a
typo; so is a Japanese date cut beside its ideographs ("2025年" / "3月4日"). The
patterns are the forms the outputs write: every date `format_date` writes, in English and
in the language in force (`date_forms`, read from the same Babel locale data: "4. März
2025", "4 de marzo de 2025", "2025年3月4日"), the id formats the case format checks (order
ids, ASINs) and any hyphenated code with a digit (case ids, SKUs, SOP and invoice numbers,
"7HQ2-11"). A non-breaking hyphen (U+2011) would do the same in print, but a reader who
copies "111-2223334-5556667" from the page must get the hyphens Seller Central accepts,
so the text is left as written and the theme's `.nobr { white-space: nowrap }` keeps it
whole. Only text between tags is touched: never an attribute, a comment, or the text of
`<title>`, `<script>`, `<style>` and `<textarea>`, which cannot hold elements.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from reinstate.core.frontmatter import ASIN, ORDER_ID
from reinstate.core.language import LANGUAGES, current_language, date_forms

LONGEST_CODE = 32
"""A hyphenated code longer than this may still break: kept whole it would overflow a
phone's screen (about 35 characters of body text at 320 px)."""

ID_FORMS = (
    str(ORDER_ID.pattern),
    str(ASIN.pattern),
    # a code of letters and digits joined by hyphens, with at least one digit
    rf"(?=[A-Za-z0-9-]{{0,{LONGEST_CODE - 1}}}\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+",
)
_WORD = r"0-9A-Za-z\u00c0-\u024f_-"
"""What may not touch a token for it to be a whole word: digits, Latin letters (accented
too), the hyphen. A Japanese date is followed by a particle with no space ("2025年3月4日に"),
so kana and ideographs do not count."""
_PARTS = re.compile(
    r"(?P<keep><(?P<raw>title|script|style|textarea)\b.*?</(?P=raw)\s*>|<!--.*?-->|<[^>]*>)"
    r"|(?P<text>[^<]+)",
    re.DOTALL | re.IGNORECASE,
)


@cache
def token_pattern(*langs: str) -> re.Pattern[str]:
    """A date (as `format_date` writes it in any of `langs`, English always) or an id, as
    a whole word (not the middle of a longer code)."""
    dates = dict.fromkeys(form for lang in ("en", *langs) for form in date_forms(lang))
    forms = (*dates, *ID_FORMS)
    return re.compile(
        rf"(?<![{_WORD}])(?:" + "|".join(f"(?:{p})" for p in forms) + rf")(?![{_WORD}])"
    )


def any_token() -> re.Pattern[str]:
    """A date in any of the languages reinstate writes, or an id (for a reader of outputs
    whose language it does not know, like the layout linter)."""
    return token_pattern(*LANGUAGES)


def tokens(text: str) -> list[str]:
    """The dates and ids in `text`, in order (what `keep_together` wraps), in the
    language in force."""
    pattern = token_pattern(current_language())
    return [m.group(0) for m in pattern.finditer(text) if _worth_keeping(m.group(0))]


_RUNS = re.compile(
    r"(?P<keep>(?:<(?P<raw>title|script|style|textarea)\b.*?</(?P=raw)\s*>|<!--.*?-->|<[^>]*>"
    r"|(?:[^<\d\-B]|B(?!0)|\d(?!\d{3}))+(?![^<]))+)"
    r"|(?P<text>[^<]+)",
    re.DOTALL | re.IGNORECASE,
)
"""`_PARTS` with every stretch of tags, comments and runs of text that hold no date or id
taken as one match. Every form has four digits in a row (a year, an order id, an ISBN),
"B0" (an ASIN) or a hyphen (an order id, a code): a run of text without them holds none,
and a page is mostly such runs and tags ("Root Cause 12" too), so the search is one call
for what lies between two runs that may hold one, not one a tag. A run of text is taken
whole or not at all (`(?![^<])`: it ends where a tag starts), so the runs searched are
those `_PARTS` finds (tests/render/test_nobreak.py compares). A new form in `ID_FORMS` or
`date_forms` without any of the three must be added here."""


def keep_together(html: str) -> str:
    """`html` with every date and id that could break wrapped in `<span class="nobr">`;
    dates in the language in force (and English)."""
    return _RUNS.sub(_text_wrapper(current_language()), html)


@cache
def _text_wrapper(language: str) -> Callable[[re.Match[str]], str]:
    """Wraps the dates and ids of one run of text between tags, in `language`. A run seen
    before is not searched again: a save re-renders a page whose runs are nearly all the
    same (at 300 items, searching them all was a third of the page's time)."""
    pattern = token_pattern(language)

    @lru_cache(maxsize=1 << 16)
    def wrapped(text: str) -> str:
        return pattern.sub(_wrap_token, text)

    def wrap_text(part: re.Match[str]) -> str:
        text = part.group("text")
        if text is None:
            return part.group(0)
        return wrapped(text) if len(text) < 4096 else pattern.sub(_wrap_token, text)

    return wrap_text


def _wrap_token(token: re.Match[str]) -> str:
    found = token.group(0)
    if not _worth_keeping(found):
        return found
    return f'<span class="nobr">{found}</span>'


_BREAKABLE = re.compile(r"[^0-9A-Za-z]")


def _worth_keeping(token: str) -> bool:
    """Only a token a line could break inside and not too long: one with a hyphen, a
    space, or a character a line may break beside (kana, ideographs: "2025年" / "3月4日");
    an ASIN of letters and digits cannot break."""
    return len(token) <= LONGEST_CODE and _BREAKABLE.search(token) is not None


MARK = "\ue000-\ue000"
"""Where a piece of a page goes in the page around it (`keep_together_around`): two
private-use characters, which no date or id holds or touches, around a hyphen, which keeps
the run of text it stands in out of `_RUNS`' kept stretches (a mark inside a tag, a comment
or a raw element is then seen as such)."""

_UNCLOSED = re.compile(r"<(?:!--|(?:title|script|style|textarea)\b)", re.IGNORECASE)


def closed_piece(html: str) -> bool:
    """True when `html`, placed in a page between tags, is searched by `keep_together`
    exactly as it is searched alone: it starts with a tag, ends with one (spaces and line
    ends aside, which neither hold nor start a date or id) and holds no comment or raw
    element (whose end `keep_together` would look for after it)."""
    core = html.strip(_SPACES)
    return core.startswith("<") and core.endswith(">") and _UNCLOSED.search(html) is None


_SPACES = " \t\n\r\f"


def keep_together_around(page: str, places: int) -> list[str] | None:
    """`keep_together` of a page that holds `MARK` at each of its `places` where a piece
    goes (each a `closed_piece`, kept together on its own): the page's parts between the
    marks as they are in the whole page kept together. None when a mark is not in a run of
    text between tags (inside a tag, a comment or a raw element) or the page holds another
    number of marks (the page's own text holds one): the page must be kept together whole.

    The pieces begin and end between tags, so every run of text of the whole page is a
    run of a piece or of a part, or a run of a part cut where a piece goes; no date or id
    spans the cut (`MARK` touches none), so each part is searched as in the whole page."""
    if page.count(MARK[0]) != 2 * places:
        return None  # a mark's character in the page's own text
    wrap = _text_wrapper(current_language())
    inside = False

    def each(part: re.Match[str]) -> str:
        nonlocal inside
        if part.group("text") is None and MARK in part.group(0):
            inside = True
        return wrap(part)

    done = _RUNS.sub(each, page)
    if inside:
        return None
    return done.split(MARK)
