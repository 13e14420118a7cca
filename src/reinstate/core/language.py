"""The language of the generated words, the translation marker `_()` and the one way a
date (or a count) is written.

Below the model (whose `Case.date` writes a date in the case's style) and the vocabulary
(which re-exports all of this): every output takes its words, dates included, from
vocabulary.py. A message is written in English in the code and translated by `_()` into
the language in force (`language()`, set once per case by the build from case.md's
`language:`), from gettext catalogs under `reinstate/data/locale/` read with Babel.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from importlib import resources

LANGUAGES = ("en", "de", "fr", "es", "it", "ja")
"""The languages of the generated words (case.md's `language:`); English is the source."""
DOMAIN = "reinstate"

_LANGUAGE: ContextVar[str] = ContextVar("reinstate_language", default="en")


def N_(message: str) -> str:  # noqa: N802 (gettext's name for the marker)
    """Mark `message` for extraction into the catalogs without translating it (for tables
    built at import time; whoever reads the table translates the entry with `_()`)."""
    return message


def _(message: str) -> str:
    """`message` in the language in force; the English message itself where a catalog has
    no translation for it."""
    lang = _LANGUAGE.get()
    if lang == "en":
        return message
    return catalog(lang).get(message) or message


CONTEXT_SEPARATOR = "\x04"
"""gettext's key of a message with a context: `context` EOT `message`."""


def NP_(context: str, message: str) -> str:  # noqa: N802 (after N_)
    """`N_` for a message with a context: the reader translates it with `pgettext`."""
    return message


def pgettext(context: str, message: str) -> str:
    """`message` in the language in force, where the same English has more than one
    meaning (gettext's msgctxt): "listing" as a scope and as the noun of a sentence."""
    lang = _LANGUAGE.get()
    if lang == "en":
        return message
    return catalog(lang).get(f"{context}{CONTEXT_SEPARATOR}{message}") or message


SEPARATORS = {
    "list": NP_("separator", ", "),
    "clause": NP_("separator", "; "),
    "label": NP_("separator", ": "),
    "open": NP_("separator", " ("),
    "close": NP_("separator", ")"),
}
"""The punctuation that joins generated pieces, a catalog entry each: French puts a narrow
no-break space before `;` and `:`, Japanese writes `、` and `：`."""


def separator(name: str) -> str:
    """The separator `name` (one of `SEPARATORS`) in the language in force."""
    return pgettext("separator", SEPARATORS[name])


def join_list(items: Iterable[str]) -> str:
    """`a, b, c` (`a、b、c` in Japanese)."""
    return separator("list").join(items)


def join_clauses(items: Iterable[str]) -> str:
    """`a; b` (`a ; b` with a narrow no-break space in French)."""
    return separator("clause").join(items)


def parenthesised(text: str) -> str:
    """` (text)` after what it explains (`（text）` in Japanese)."""
    return f"{separator('open')}{text}{separator('close')}"


def labelled(label: str, text: str) -> str:
    """`label: text` (`label : text` in French, `label：text` in Japanese)."""
    return f"{label}{separator('label')}{text}"


def current_language() -> str:
    return _LANGUAGE.get()


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Write every generated word of the block in `lang` (one of `LANGUAGES`)."""
    token = _LANGUAGE.set(lang if lang in LANGUAGES else "en")
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def catalog_path(lang: str) -> str:
    return f"data/locale/{lang}/LC_MESSAGES/{DOMAIN}.po"


@cache
def catalog(lang: str) -> dict[str, str]:
    """The translations of `lang`'s catalog, msgid → msgstr (fuzzy and empty entries left
    out, so that their English shows instead of a guess)."""
    from babel.messages.pofile import read_po

    source = resources.files("reinstate").joinpath(catalog_path(lang))
    if not source.is_file():
        return {}
    with source.open("rb") as f:
        po = read_po(f, locale=lang, domain=DOMAIN)
    return {
        message_key(m.context, str(m.id)): str(m.string)
        for m in po
        if m.id and isinstance(m.id, str) and isinstance(m.string, str) and m.string and not m.fuzzy
    }


def message_key(context: str | None, message: str) -> str:
    """How gettext keys a message: `context` EOT `message`, or the message alone."""
    return f"{context}{CONTEXT_SEPARATOR}{message}" if context else message


DATE_STYLES = ("month_day", "day_month", "iso")
"""month_day: October 5, 2026; day_month: 5 October 2026; iso: 2026-10-05."""
MONTHS = (
    N_("January"),
    N_("February"),
    N_("March"),
    N_("April"),
    N_("May"),
    N_("June"),
    N_("July"),
    N_("August"),
    N_("September"),
    N_("October"),
    N_("November"),
    N_("December"),
)


def format_date(value: dt.date | None, style: str = "month_day") -> str:
    """The one way a date is written in an output ('' for none)."""
    if value is None:
        return ""
    if style == "iso":
        return value.isoformat()
    lang = _LANGUAGE.get()
    if lang != "en":
        from babel.dates import format_date as babel_date

        return str(babel_date(value, "long", locale=lang))
    month = MONTHS[value.month - 1]
    if style == "day_month":
        return f"{value.day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"


def format_number(value: float, decimals: int = 0) -> str:
    """`12,345` in English, `12.345` in German, `12 345` in French: Babel's locale data;
    `decimals` digits after the point (`1.5` in English, `1,5` in German)."""
    lang = _LANGUAGE.get()
    if lang == "en":
        return f"{value:,.{decimals}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=lang))
