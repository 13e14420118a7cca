"""The case templates as a consultant uses them: `reinstate new`, fill every to-do with a
realistic value, replace every stand-in file, then `check` and `build --strict`.

Also the choices a template offers (its variants), that the default variant admits
nothing, deadlines computed from the notice date, dates that must be filled in, and
stand-in files recognised by what they contain.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from reinstate.cli import main
from reinstate.core.diagnostics import Reporter
from reinstate.core.frontmatter import VIOLATION_TYPES
from reinstate.core.standin import HEADLINE, MARK, placeholder_file
from reinstate.run.build import BuildOptions, BuildResult, CaseResult, build_project
from reinstate.scaffold.catalogue import read_variants
from reinstate.scaffold.new import BUILTIN_DIR, SCHEMA_FILE
from reinstate.stages.read import read_source
from support.common import Run
from support.templatefill import Facts, fill_case

NOTICE = dt.date(2025, 3, 4)
CHECKED = NOTICE + dt.timedelta(days=1)
"""The check date: the day after the notice, when the actions are done and measures run."""
FACTS = ["--seller", "Harbor Lane Goods LLC", "--store", "Harbor Lane"]
FACTS += ["--merchant-token", "A2HLG7EXAMPLE", "--email", "ops@harborlane.example"]
FACTS += ["--marketplace", "amazon.com", "--notice-date", NOTICE.isoformat()]


def variants_of(kind: str) -> list[str | None]:
    found = read_variants(BUILTIN_DIR / kind / "variants.yaml", kind)
    return list(found.described) if found is not None else [None]


def default_of(kind: str) -> str | None:
    found = read_variants(BUILTIN_DIR / kind / "variants.yaml", kind)
    return found.default if found is not None else None


CASES = [(kind, variant) for kind in VIOLATION_TYPES for variant in variants_of(kind)]
IDS = [f"{kind}-{variant}" if variant else kind for kind, variant in CASES]


def slug(kind: str, variant: str | None) -> str:
    return (kind + (f"-{variant}" if variant else "")).replace("_", "-")


def quiet(*args: str | Path) -> Run:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main([str(a) for a in args])
    return Run(status, out.getvalue(), err.getvalue())


def new_case(root: Path, kind: str, variant: str | None, name: str | None = None) -> Path:
    chosen = ["--variant", variant] if variant else []
    name = name or slug(kind, variant)
    run = quiet("new", name, "--type", kind, *chosen, root, "--today", CHECKED, *FACTS)
    assert run.status == 0, run.err
    return root / "content" / name


def front(path: Path) -> dict[str, Any]:
    source = read_source(path, path.name, Reporter())
    assert source is not None
    return source.meta


def result_of(result: BuildResult, name: str) -> CaseResult:
    return next(c for c in result.cases if c.slug == name)


Filled = tuple[Path, BuildResult]


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Filled:
    """A project with every type and variant made by `new` and filled in, built strictly."""
    root = tmp_path_factory.mktemp("filled") / "appeals"
    for kind, variant in CASES:
        fill_case(new_case(root, kind, variant), Facts(NOTICE))
    result = build_project(root, BuildOptions(today=CHECKED, pdf=False, strict=True))
    return root, result


def filled_case(filled: Filled, root: Path, kind: str, variant: str | None) -> Path:
    """A copy, in the project `root`, of the case of `filled` that `new` made of `kind` and
    `variant` (None: its default) and that was filled in: what a test changes and checks."""
    source = filled[0] / "content" / slug(kind, variant or default_of(kind))
    folder = root / "content" / slug(kind, variant)
    shutil.copytree(source, folder)
    shutil.copy(filled[0] / SCHEMA_FILE, root / SCHEMA_FILE)
    return folder


@pytest.mark.parametrize(("kind", "variant"), CASES, ids=IDS)
def test_a_filled_case_passes_check_and_a_strict_build(
    kind: str, variant: str | None, filled: tuple[Path, BuildResult]
) -> None:
    root, result = filled
    case = result_of(result, slug(kind, variant))
    assert [d.format() for d in case.diagnostics] == []
    assert case.source_errors == 0
    site = root / "site" / slug(kind, variant)
    plan = (site / "plan-of-action.txt").read_text("utf-8")
    assert "[TODO" not in plan and "TODO" not in plan
    assert (site / "plan-of-action.html").is_file()


def test_check_agrees_on_the_command_line(filled: tuple[Path, BuildResult]) -> None:
    root, _ = filled
    run = quiet("check", root, "--strict", "--today", CHECKED)
    assert run.status == 0, run.err


# No admission by default -------------------------------------------------------------------

ADMISSIONS = {
    "inauthentic": ("unauthorised", r"does not authori[sz]e|unauthori[sz]ed|counterfeit"),
    "ip_trademark": ("used-mark", r"no permission|without permission|no right to use"),
    "ip_copyright": ("used-material", r"without a licen[cs]e"),
    "ip_patent": ("stop-selling", r"infring(es|ed|ing)\b|without checking it against|licen[cs]e"),
    "restricted_products": ("restricted", r"listed a product that needs"),
    "review_manipulation": (
        "incentive",
        r"in return for reviews|obtained reviews for us|reviews were written by|asked for "
        r"positive",
    ),
    "related_accounts": ("same-owner", r"we own or control the linked account|second account"),
    "verification": ("details", r"corrected the .* in seller central|was out of date"),
    "drop_shipping": ("retail", r"bought from another retailer|under its name"),
}
"""Per type: the variant that admits the violation, and words that admit it."""


@pytest.mark.parametrize("kind", sorted(ADMISSIONS))
def test_the_default_variant_admits_nothing(kind: str, filled: tuple[Path, BuildResult]) -> None:
    root, _ = filled
    admitting, words = ADMISSIONS[kind]
    default = default_of(kind)
    assert default is not None and default != admitting

    def said(variant: str) -> str:
        return (root / "site" / slug(kind, variant) / "plan-of-action.txt").read_text("utf-8")

    assert not re.search(words, said(default), re.IGNORECASE), said(default)
    assert re.search(words, said(admitting), re.IGNORECASE), "the test would not see one"


@pytest.mark.parametrize(
    ("kind", "variant", "mode", "files"),
    [
        ("ip_trademark", "undecided", "plan_of_action", ["causes/complaint-facts.md"]),
        ("ip_trademark", "genuine", "dispute", ["exhibits/supplier-invoice.md"]),
        ("ip_trademark", "used-mark", "plan_of_action", ["actions/removed-mark.md"]),
        ("ip_trademark", "never-sold", "dispute", ["exhibits/order-history.md"]),
        ("ip_copyright", "own-work", "dispute", ["causes/own-work.md"]),
        ("ip_copyright", "counter-notice", "dispute", ["exhibits/counter-notice.md"]),
        ("ip_copyright", "used-material", "plan_of_action", ["measures/rights-check.md"]),
        ("ip_patent", "opinion", "dispute", ["exhibits/attorney-opinion.md"]),
        ("ip_patent", "apex", "dispute", ["actions/joined-evaluation.md"]),
        ("ip_patent", "stop-selling", "plan_of_action", ["exhibits/removal-order.md"]),
        ("inauthentic", "unauthorised", "plan_of_action", ["actions/new-supply.md"]),
        ("restricted_products", "restricted", "plan_of_action", ["actions/removed-stock.md"]),
        ("drop_shipping", "compliant", "dispute", ["exhibits/package-photo.md"]),
        ("verification", "details", "plan_of_action", ["actions/corrected-detail.md"]),
    ],
)
def test_each_variant_sets_the_mode_and_brings_its_files(
    kind: str, variant: str, mode: str, files: list[str], filled: tuple[Path, BuildResult]
) -> None:
    root, _ = filled
    folder = root / "content" / slug(kind, variant)
    assert front(folder / "case.md")["mode"] == mode
    for rel in files:
        assert (folder / rel).is_file(), rel
    others = [v for v in variants_of(kind) if v != variant]
    for other in others:
        assert other is not None
        only_there = BUILTIN_DIR / kind / "variants" / other
        for path in only_there.rglob("*.md"):
            rel = path.relative_to(only_there).as_posix()
            mine = BUILTIN_DIR / kind / "variants" / variant / rel
            common = BUILTIN_DIR / kind / rel
            if not mine.is_file() and not common.is_file():
                assert not (folder / rel).exists(), rel


def test_the_counter_notice_says_what_it_costs(filled: tuple[Path, BuildResult]) -> None:
    root, _ = filled
    case_md = (root / "content" / slug("ip_copyright", "own-work") / "case.md").read_text("utf-8")
    for said in ("within 10 days", "name, address and phone number", "lawsuit", "legal advice"):
        assert said in " ".join(case_md.split()), said
    action = root / "content" / slug("ip_copyright", "counter-notice") / "actions"
    text = " ".join((action / "sent-counter-notice.md").read_text("utf-8").split())
    assert "accepts service of process" in text
    assert "10 business days" not in case_md + text


# Deadlines computed from the notice ----------------------------------------------------------


def set_field(path: Path, key: str, value: str) -> None:
    text = path.read_text("utf-8")
    text, n = re.subn(rf"(?m)^(\s*{key}:)[^\n#]*", rf"\g<1> {value} ", text, count=1)
    assert n == 1, key
    path.write_text(text, "utf-8")


@pytest.mark.parametrize(
    ("kind", "days"), [("restricted_products", 3), ("review_manipulation", 17)]
)
def test_a_notice_moved_back_makes_the_computed_deadline_fire(
    kind: str, days: int, tmp_path: Path, filled: Filled
) -> None:
    folder = filled_case(filled, tmp_path, kind, default_of(kind))
    checked = quiet("check", tmp_path, "--strict", "--today", CHECKED)
    assert checked.status == 0, checked.err
    earlier = NOTICE - dt.timedelta(days=days + 5)
    set_field(folder / "case.md", "notice_date", earlier.isoformat())
    line = next(
        n
        for n, text in enumerate((folder / "case.md").read_text("utf-8").splitlines(), 1)
        if text.startswith("  notice_date:")
    )
    due = earlier + dt.timedelta(days=days)
    moved = quiet("check", tmp_path, "--today", CHECKED)
    window = "72 hours" if days == 3 else "17 days"
    assert (
        f"case.md:{line}:16: warning: the reply deadline ({window} after the notice) {due} "
        f"has passed (today is {CHECKED}) and nothing was submitted by then" in moved.err
    ), moved.err
    set_field(folder / "case.md", "deadline", (CHECKED + dt.timedelta(days=5)).isoformat())
    assert "[timing.deadline]" not in quiet("check", tmp_path, "--today", CHECKED).err


def test_types_without_a_window_get_no_computed_deadline(tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "odr", None)
    set_field(folder / "case.md", "notice_date", "2024-01-02")
    assert "[timing.deadline]" not in quiet("check", tmp_path, "--today", CHECKED).err


# Dates that must be filled in -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "key"),
    [("actions/traced-orders.md", "date"), ("measures/invoice-ledger.md", "starts")],
)
def test_an_empty_required_date_is_an_error(
    rel: str, key: str, tmp_path: Path, filled: Filled
) -> None:
    folder = filled_case(filled, tmp_path, "inauthentic", None)
    set_field(folder / rel, key, "")
    checked = quiet("check", tmp_path, "--today", CHECKED)
    assert checked.status == 1
    assert re.search(rf"{re.escape(rel)}:\d+:\d+: error: '{key}' is required", checked.err)
    built = quiet("build", tmp_path, "--strict", "--no-pdf", "--today", CHECKED)
    assert built.status == 1


def test_a_date_to_fill_is_a_located_error_not_a_type_error(tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "inauthentic", None)
    set_field(folder / "exhibits/supplier-invoice.md", "issued", '"[TODO: the invoice date]"')
    checked = quiet("check", tmp_path, "--today", CHECKED)
    assert checked.status == 1
    assert re.search(
        r"exhibits/supplier-invoice\.md:8:10: error: to do: the invoice date; "
        r"write the date as YYYY-MM-DD \[placeholder\.unfilled\]",
        checked.err,
    ), checked.err
    assert "is not a date" not in checked.err
    assert quiet("build", tmp_path, "--strict", "--no-pdf", "--today", CHECKED).status == 1


# Stand-in files, recognised by content -----------------------------------------------------------


def stand_in_errors(run: Run) -> list[str]:
    return [line for line in run.err.splitlines() if "stand-in page" in line]


def test_a_stand_in_in_use_is_an_error_whatever_its_name(tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "inauthentic", None)
    assert stand_in_errors(quiet("check", tmp_path, "--today", CHECKED)) == []
    stand_in = placeholder_file(".pdf", "Invoice", "files/supplier-invoice.pdf")
    assert stand_in is not None
    (folder / "files" / "invoice-2025-0112.pdf").write_bytes(stand_in)
    set_field(folder / "exhibits/supplier-invoice.md", "file", "files/invoice-2025-0112.pdf")
    checked = quiet("check", tmp_path, "--today", CHECKED)
    assert checked.status == 1
    assert stand_in_errors(checked) == [
        "content/inauthentic/exhibits/supplier-invoice.md:6:7: error: "
        "'files/invoice-2025-0112.pdf' is still the stand-in page that 'reinstate new' wrote "
        f'("{HEADLINE}"), not the document itself; save the real document under this name, '
        "or point 'file:' at it; a stand-in must never reach Amazon [placeholder.unfilled]"
    ]
    assert quiet("build", tmp_path, "--strict", "--no-pdf", "--today", CHECKED).status == 1


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".gif", ".tiff"])
def test_image_stand_ins_are_recognised_too(suffix: str, tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "ip_trademark", "used-mark")
    data = placeholder_file(suffix, "Screenshots", "files/x" + suffix)
    assert data is not None and MARK in data
    (folder / "files" / f"final-screenshots{suffix}").write_bytes(data)
    set_field(
        folder / "exhibits/listing-screenshots.md", "file", f"files/final-screenshots{suffix}"
    )
    assert len(stand_in_errors(quiet("check", tmp_path, "--today", CHECKED))) == 1


def test_a_real_document_named_like_a_stand_in_is_accepted(tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "inauthentic", None)
    real = folder / "files" / "supplier-invoice.pdf"
    shutil.copy(real, folder / "files" / "PLACEHOLDER-replace-this-file.pdf")
    set_field(
        folder / "exhibits/supplier-invoice.md", "file", "files/PLACEHOLDER-replace-this-file.pdf"
    )
    checked = quiet("check", tmp_path, "--strict", "--today", CHECKED)
    assert checked.status == 0, checked.err


def test_a_stand_in_from_an_earlier_version_is_recognised(tmp_path: Path, filled: Filled) -> None:
    folder = filled_case(filled, tmp_path, "inauthentic", None)
    data = placeholder_file(".pdf", "Invoice", "files/supplier-invoice.pdf")
    assert data is not None
    old = data.replace(b" /Subject (" + MARK + b")", b"")  # written before the mark existed
    assert MARK not in old
    (folder / "files" / "supplier-invoice.pdf").write_bytes(old)
    assert len(stand_in_errors(quiet("check", tmp_path, "--today", CHECKED))) == 1


# The units table ---------------------------------------------------------------------------------


def test_the_units_table_compares_bought_and_sold_per_asin(
    filled: tuple[Path, BuildResult],
) -> None:
    root, _ = filled
    site = root / "site" / slug("inauthentic", "authorised")
    page = (site / "plan-of-action.html").read_text("utf-8")
    table = page[page.index("<table") : page.index("</table>")]
    for said in ("Bought (invoices)", "Sold (sales records)", "B07K2XQ9LM", "+40"):
        assert said in table, said
    assert 'href="#supplier-invoice"' in table or "supplier-invoice" in table
    text = (site / "plan-of-action.txt").read_text("utf-8")
    assert "B07K2XQ9LM 240 (Exhibit A) 200 (Exhibit B) +40" in " ".join(text.split())


def test_new_supply_is_not_counted_against_past_sales(filled: tuple[Path, BuildResult]) -> None:
    root, _ = filled
    folder = root / "content" / slug("inauthentic", "unauthorised")
    invoice = front(folder / "exhibits/new-supplier-invoice.md")
    assert dt.date.fromisoformat(invoice["issued"]) > NOTICE
    text = (root / "site" / slug("inauthentic", "unauthorised") / "plan-of-action.txt").read_text()
    said = " ".join(text.split())
    assert "B07K2XQ9LM 240 (Exhibit A) 200 (Exhibit B) +40" in said
    assert "= 480" not in said
