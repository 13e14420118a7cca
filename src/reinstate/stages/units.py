"""Units bought against units sold, per ASIN, computed from the exhibits' `covers`.

Amazon asks an inauthentic appeal for invoices whose quantities cover the units sold of each
ASIN in the notice, and for the sales records of those ASINs (help page "Invoice
requirements for appealing a policy violation"). Invoices (`type: invoice`) dated on or
before the notice say in `covers` how many units of each ASIN they cover (a later invoice
is new stock, which cannot cover past sales); sales records (`type: order_list`, e.g. a Business
Reports export of the 365 days before the notice) say how many were sold. The
`{units-table}` directive, written in any body of the plan, is replaced when the case is
resolved by an ordinary Markdown table of those numbers, so the site, the PDF bundle, the
text export and the checks all show one table, always computed from the current `covers`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markdown_it.token import Token

from reinstate.core.fieldtypes import is_todo
from reinstate.core.model import Case, Exhibit
from reinstate.core.vocabulary import N_, _, format_number
from reinstate.stages.markdown import directive_of, parse

DIRECTIVE = "units-table"
BOUGHT_TYPES = ("invoice",)
SOLD_TYPES = ("order_list",)
NO_COVERS = N_(
    "[TODO: give the units per ASIN under 'covers' on each invoice and on the sales "
    "records; the table of units bought against units sold is computed from them]"
)
PENDING = N_(
    "(The table of units bought against units sold appears here once the invoices give "
    "their units per ASIN under 'covers'.)"
)
"""Shown instead of the to-do while an invoice's `covers` is itself a to-do marker, which
the checks already report: one thing to fill in, reported once."""


@dataclass(frozen=True, slots=True)
class UnitsRow:
    """One ASIN: the units each invoice covers and each sales record shows as sold."""

    asin: str
    bought: tuple[tuple[str, int], ...]
    """(exhibit id, units) of the invoices that cover the ASIN."""
    sold: tuple[tuple[str, int], ...]
    """(exhibit id, units) of the sales records that give the ASIN's sales."""

    @property
    def units_bought(self) -> int:
        return sum(units for _id, units in self.bought)

    @property
    def units_sold(self) -> int:
        return sum(units for _id, units in self.sold)


def units_rows(case: Case) -> list[UnitsRow]:
    """A row per ASIN: those of the notice first, in its order, then any other ASIN an
    invoice or sales record covers, in the order of the exhibits."""
    # An invoice dated after the notice is new stock: it cannot cover units sold before it.
    notice = case.violation.notice_date
    past = [e for e in case.exhibits if e.issued is None or e.issued <= notice]
    bought = _covers(past, BOUGHT_TYPES)
    sold = _covers(case.exhibits, SOLD_TYPES)
    order = list(dict.fromkeys([*case.violation.asins, *bought, *sold]))
    return [UnitsRow(a, tuple(bought.get(a, ())), tuple(sold.get(a, ()))) for a in order]


Covers = dict[str, list[tuple[str, int]]]


def _covers(exhibits: Sequence[Exhibit], types: tuple[str, ...]) -> Covers:
    found: Covers = {}
    for exhibit in exhibits:
        if exhibit.type in types:
            for asin, units in exhibit.covers:
                found.setdefault(asin, []).append((exhibit.id, units))
    return found


def units_markdown(case: Case) -> str:
    """The table as Markdown (references as `{exhibit}` roles), or a to-do marker when no
    invoice gives its units yet."""
    rows = units_rows(case)
    if not any(row.bought for row in rows):
        invoices = [e for e in case.exhibits if e.type in BOUGHT_TYPES]
        pending = any(is_todo(e.origin.marks.raw.get(("covers",))) for e in invoices)
        return _(PENDING if pending else NO_COVERS) + "\n"
    with_sales = any(row.sold for row in rows)
    head = ["ASIN", _("Bought (invoices)")]
    if with_sales:
        head += [_("Sold (sales records)"), _("Bought minus sold")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [f"`{row.asin}`", _sum(row.bought)]
        if with_sales:
            cells += [_sum(row.sold), _difference(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def _sum(parts: Sequence[tuple[str, int]]) -> str:
    if not parts:
        return _("none")
    shown = " + ".join(f"{format_number(units)} ({{exhibit}}`{ident}`)" for ident, units in parts)
    total = sum(units for _id, units in parts)
    return shown if len(parts) == 1 else f"{shown} = {format_number(total)}"


def _difference(row: UnitsRow) -> str:
    if not row.sold or not row.bought:
        return _("not known")
    difference = row.units_bought - row.units_sold
    if difference < 0:
        return _("{units} (short)").format(units="\u2212" + format_number(-difference))
    return f"+{format_number(difference)}" if difference else "0"


def expand_units_tables(tokens: Sequence[Token], case: Case, allow_html: bool) -> Sequence[Token]:
    """`tokens` with every `{units-table}` block replaced by the computed table's tokens,
    which keep the block's source lines (so messages about them point at the directive);
    `tokens` itself when there is none."""
    if not any(t.type == "colon_fence" and _is_units(t) for t in tokens):
        return tokens
    expanded: list[Token] = []
    for token in tokens:
        if token.type != "colon_fence" or not _is_units(token):
            expanded.append(token)
            continue
        for new in parse(units_markdown(case), allow_html):
            _place(new, token.map, token.level)
            expanded.append(new)
    return expanded


def _is_units(token: Token) -> bool:
    found = directive_of(token)
    return found is not None and found[0] == DIRECTIVE


def _place(token: Token, where: list[int] | None, level: int) -> None:
    token.map = list(where) if where is not None and token.map is not None else None
    token.level += level
    for child in token.children or ():
        child.map = None
