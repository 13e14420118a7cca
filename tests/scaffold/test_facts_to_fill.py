"""Facts still to fill in and computed from the exhibits: to-do markers in typed fields,
the units table, and stand-in files recognised by their content."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.core.diagnostics import Severity
from reinstate.core.language import language
from reinstate.core.standin import MAX_STAND_IN_BYTES, is_stand_in, placeholder_file
from support.checks_support import BASE, run
from support.common import TODAY, Run, write

CASE = "case.md"
INVOICE = "exhibits/invoice.md"


def edit(rel: str, old: str, new: str, files: dict[str, str | None] | None = None) -> dict:
    files = dict(files or {})
    text = files.get(rel) or BASE[rel]
    assert text is not None and old in text, (rel, old)
    files[rel] = text.replace(old, new, 1)
    return files


# To-do markers in typed fields -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "hint"),
    [
        ("asins: [B01ACME001]", 'asins: ["[TODO: each ASIN of the notice]"]', "write an ASIN"),
        (
            "asins: [B01ACME001]",
            'asins: [B01ACME001]\n  orders: ["[TODO: the order ids]"]',
            "write an order id",
        ),
        (
            "asins: [B01ACME001]",
            'asins: [B01ACME001]\n  deadline: "[TODO: the notice\'s deadline]"',
            "write the date as YYYY-MM-DD",
        ),
    ],
)
def test_a_to_do_in_a_typed_field_of_case_md_is_a_located_error(
    tmp_path: Path, old: str, new: str, hint: str
) -> None:
    checked = run(tmp_path, edit(CASE, old, new))
    found = [d for d in checked.diagnostics if d.message.startswith("to do: ")]
    assert [(d.severity, d.rule, d.hint.split(" (")[0]) for d in found] == [
        (Severity.ERROR, "placeholder.unfilled", hint)
    ]
    assert not [d for d in checked.diagnostics if d.rule == "field.invalid"]


def test_a_to_do_complaint_id_is_a_warning(tmp_path: Path) -> None:
    files = edit(
        CASE, "asins: [B01ACME001]", 'asins: [B01ACME001]\n  complaint_ids: ["[TODO: id]"]'
    )
    found = [d for d in run(tmp_path, files).diagnostics if d.message == "to do: id"]
    assert [d.severity for d in found] == [Severity.WARNING]


def test_to_do_covers_and_issued_are_errors_and_the_exhibit_still_loads(tmp_path: Path) -> None:
    text = BASE[INVOICE]
    assert text is not None
    files = edit(INVOICE, "issued: 2025-01-05", 'issued: "[TODO: the invoice date]"')
    covers = next(line for line in text.splitlines() if line.startswith("covers:"))
    files = edit(INVOICE, covers, 'covers: "[TODO: units per ASIN, e.g. {B01ACME001: 10}]"', files)
    checked = run(tmp_path, files)
    errors = [d for d in checked.diagnostics if d.severity == Severity.ERROR]
    assert sorted(d.message for d in errors) == [
        "to do: the invoice date",
        "to do: units per ASIN, e.g. {B01ACME001: 10}",
    ]
    assert {d.rule for d in errors} == {"placeholder.unfilled"}  # no type error, no missing file


def test_an_action_dated_with_a_to_do_keeps_its_place_in_the_plan(tmp_path: Path) -> None:
    rel = next(r for r, t in BASE.items() if r.startswith("actions/") and t)
    text = BASE[rel]
    assert text is not None
    date = next(line for line in text.splitlines() if line.startswith("date:"))
    checked = run(tmp_path, edit(rel, date, 'date: "[TODO: the day it was done]"'))
    assert not [d for d in checked.diagnostics if d.rule == "coverage.cause-unanswered"]
    assert [d.message for d in checked.diagnostics if d.severity == Severity.ERROR] == [
        "to do: the day it was done"
    ]


# Stand-in files ----------------------------------------------------------------------------------


def test_a_stand_in_image_drawn_again_is_the_one_its_words_and_format_make() -> None:
    """Images are drawn once a process for the same words and format: every other title,
    file, language or format is a page of its own, the one a fresh drawing gives."""
    from reinstate.core import standin

    asked = [
        (".png", "Invoice", "files/invoice.png", "en"),
        (".png", "Receipt", "files/invoice.png", "en"),
        (".png", "Invoice", "files/receipt.png", "en"),
        (".png", "Invoice", "files/invoice.png", "de"),
        (".jpg", "Invoice", "files/invoice.png", "en"),
        (".gif", "Invoice", "files/invoice.png", "en"),
    ]
    made = [placeholder_file(*args) for args in asked]
    assert len(set(made)) == len(asked)
    for args, data in zip(asked, made, strict=True):
        suffix, title, rel, lang = args
        with language(lang):
            lines = standin.placeholder_lines(title, rel)
        fresh = standin._drawn.__wrapped__(tuple(lines), standin.IMAGE_FORMATS[suffix])
        assert placeholder_file(*args) == data == fresh, args


def test_is_stand_in_reads_content_and_skips_large_or_missing_files(tmp_path: Path) -> None:
    data = placeholder_file(".png", "Invoice", "files/invoice.png")
    assert data is not None
    stand_in = tmp_path / "anything.png"
    stand_in.write_bytes(data)
    assert is_stand_in(stand_in)
    large = tmp_path / "large.pdf"
    large.write_bytes(data + b"\0" * (MAX_STAND_IN_BYTES + 1))
    assert not is_stand_in(large)
    assert not is_stand_in(tmp_path / "missing.pdf")
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(b"%PDF-1.4\n% PLACEHOLDER: replace this file, said in a comment only\n")
    assert not is_stand_in(plain)


# The units table ---------------------------------------------------------------------------------

UNITS_CASE = """\
---
kind: case
seller: {legal_name: Acme LLC, store_name: Acme, merchant_token: A1ACME00, email: a@acme.example}
marketplace: amazon.com
violation:
  type: inauthentic
  notice_date: 2025-03-04
  asins: [B01ACME001, B01ACME002]
---
Opening.
"""
UNITS_ACTION = """\
---
kind: action
title: Matched sales to invoices
addresses: [cause]
date: 2025-03-05
---
:::{units-table}
:::
"""


def exhibit(name: str, kind: str, issued: str, covers: str) -> str:
    return (
        f"---\nkind: exhibit\ntitle: {name}\nfile: files/{name}.pdf\ntype: {kind}\n"
        f"issued: {issued}\ncovers: {covers}\n---\n"
    )


def units_project(root: Path, exhibits: dict[str, str]) -> Path:
    case = root / "content" / "acme"
    write(case / "case.md", UNITS_CASE)
    write(
        case / "causes" / "cause.md", "---\nkind: cause\ntitle: A cause on 2025-01-02\n---\nText.\n"
    )
    write(case / "actions" / "matched.md", UNITS_ACTION)
    for name, text in exhibits.items():
        write(case / "exhibits" / f"{name}.md", text)
        write(case / "files" / f"{name}.pdf", "%PDF-1.4\n")
    return root


def plan_text(cli: Callable[..., Run], root: Path) -> str:
    built = cli("build", root, "--no-pdf", "--today", TODAY)
    assert "Traceback" not in built.err
    return " ".join((root / "site" / "acme" / "plan-of-action.txt").read_text("utf-8").split())


def test_units_table_sums_invoices_and_marks_a_shortfall(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    root = units_project(
        tmp_path,
        {
            "inv-a": exhibit("inv-a", "invoice", "2025-01-10", "{B01ACME001: 100, B01ACME002: 50}"),
            "inv-b": exhibit("inv-b", "invoice", "2025-02-01", "{B01ACME001: 40}"),
            "inv-new": exhibit("inv-new", "invoice", "2025-03-10", "{B01ACME002: 500}"),
            "sales": exhibit(
                "sales", "order_list", "2025-03-05", "{B01ACME001: 120, B01ACME002: 62}"
            ),
        },
    )
    said = plan_text(cli, root)
    assert "ASIN: B01ACME001; Bought (invoices): 100 (Exhibit A) + 40 (Exhibit B) = 140;" in said
    assert "Sold (sales records): 120 (Exhibit D); Bought minus sold: +20" in said
    assert "ASIN: B01ACME002; Bought (invoices): 50 (Exhibit A);" in said
    assert "Bought minus sold: \u221212 (short)" in said  # the new stock of inv-new is not counted
    assert "500" not in said.split("Corrective actions")[1].split("Exhibit index")[0]


def test_units_table_without_sales_records_has_no_sold_column(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    root = units_project(
        tmp_path, {"inv-a": exhibit("inv-a", "invoice", "2025-01-10", "{B01ACME001: 100}")}
    )
    said = plan_text(cli, root)
    assert "B01ACME001 100 (Exhibit A)" in said
    assert "B01ACME002 none" in said
    assert "Sold" not in said.split("Corrective actions")[1].split("Exhibit index")[0]


def test_units_table_without_units_is_a_to_do(cli: Callable[..., Run], tmp_path: Path) -> None:
    root = units_project(tmp_path, {"inv-a": exhibit("inv-a", "invoice", "2025-01-10", "{}")})
    checked = cli("check", root, "--today", TODAY)
    assert "to do: give the units per ASIN under 'covers'" in checked.err
