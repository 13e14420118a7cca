"""The translation marker `_()` and the one way a date is written.

Below the model (whose `Case.date` writes a date in the case's style) and the vocabulary
(which re-exports all of this): every output takes its words, dates included, from
vocabulary.py.
"""

from __future__ import annotations

import datetime as dt


def _(message: str) -> str:
    """Mark `message` for translation (an identity function until catalogs exist)."""
    return message


DATE_STYLES = ("month_day", "day_month", "iso")
"""month_day: October 5, 2026; day_month: 5 October 2026; iso: 2026-10-05."""
MONTHS = (
    _("January"),
    _("February"),
    _("March"),
    _("April"),
    _("May"),
    _("June"),
    _("July"),
    _("August"),
    _("September"),
    _("October"),
    _("November"),
    _("December"),
)


def format_date(value: dt.date | None, style: str = "month_day") -> str:
    """The one way a date is written in an output ('' for none)."""
    if value is None:
        return ""
    if style == "iso":
        return value.isoformat()
    month = MONTHS[value.month - 1]
    if style == "day_month":
        return f"{value.day} {month} {value.year}"
    return f"{month} {value.day}, {value.year}"
