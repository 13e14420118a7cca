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
import re
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
    "stop": NP_("separator", "."),
}
"""The punctuation that joins generated pieces, a catalog entry each: French puts a narrow
no-break space before `;` and `:`, Japanese writes `、` and `：`."""


def separator(name: str) -> str:
    """The separator `name` (one of `SEPARATORS`) in the language in force."""
    return pgettext("separator", SEPARATORS[name])


def full_stop(text: str) -> str:
    """`text` ended as a sentence (`。` in Japanese), unless it ends so already: a name
    such as "Hafenweg S.L." keeps its own period."""
    return text if text.endswith((".", "。", "!", "?", "！", "？")) else text + separator("stop")


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


_SPACE = "[ \u00a0\u202f]"
"""A space in a written date: Babel's locale data may put a no-break or a narrow no-break
space where English has a plain one."""
_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|.", re.DOTALL)


@cache
def date_forms(lang: str) -> tuple[str, ...]:
    """Regular expressions (sources) that match every date `format_date` writes in `lang`:
    the English styles and ISO in every language (an author quotes them too), and the
    language's own long form, read from the same Babel locale data `format_date` uses
    ("4. März 2025", "4 de marzo de 2025", "2025年3月4日")."""
    month = "(?:" + "|".join(re.escape(m) for m in MONTHS) + ")"
    forms = [
        r"\d{4}-\d{2}-\d{2}",  # iso
        rf"{month}{_SPACE}\d{{1,2}},{_SPACE}\d{{4}}",  # month_day: October 5, 2026
        rf"\d{{1,2}}{_SPACE}{month}{_SPACE}\d{{4}}",  # day_month: 5 October 2026
    ]
    if lang != "en" and lang in LANGUAGES:
        from babel.dates import get_date_format

        forms.append(_pattern_regex(str(get_date_format("long", locale=lang).pattern), lang))
    return tuple(forms)


def _pattern_regex(pattern: str, lang: str) -> str:
    """A regular expression for the dates written by the CLDR date `pattern` in `lang`
    (the fields a date format uses: day, month, year, weekday; literal text as is)."""
    from babel import Locale

    locale = Locale.parse(lang)
    out = []
    for part in _FIELD.finditer(pattern):
        text, field = part.group(0), part.group(1)
        if text.startswith("'"):
            literal = text[1:-1].replace("''", "'") if len(text) > 1 else "'"
            out.append(_literal(literal))
        elif field is None:
            out.append(_literal(text))
        elif field == "d":
            out.append(r"\d{1,2}")
        elif field == "y":
            out.append(r"\d{2}" if len(text) == 2 else r"\d{4}")
        elif field in "ML" and len(text) <= 2:
            out.append(r"\d{1,2}")
        elif field in "MLE":
            table = locale.days if field == "E" else locale.months
            context = "stand-alone" if field == "L" else "format"
            width = "wide" if len(text) == 4 else "abbreviated"
            names = sorted(map(str, table[context][width].values()), key=len, reverse=True)
            out.append("(?:" + "|".join(re.escape(n) for n in names) + ")")
        else:
            raise ValueError(f"date field {text!r} of {lang}'s long date format")
    return "".join(out)


def _literal(text: str) -> str:
    return "".join(_SPACE if c.isspace() else re.escape(c) for c in text)


def format_number(value: float, decimals: int = 0) -> str:
    """`12,345` in English, `12.345` in German, `12 345` in French: Babel's locale data;
    `decimals` digits after the point (`1.5` in English, `1,5` in German)."""
    lang = _LANGUAGE.get()
    if lang == "en":
        return f"{value:,.{decimals}f}"
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return str(format_decimal(value, format=pattern, locale=lang))
