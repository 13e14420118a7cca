"""The load stage: front matter validated against the schema into the case model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from reinstate.core.model import Action, Exhibit
from support.casefiles import ACTION, CASE_MD, CAUSE, MEASURE, brief, load, make_case


def test_a_good_case_loads_into_typed_items(tmp_path: Path) -> None:
    make_case(tmp_path, {"causes/cause.md": CAUSE, "a.md": ACTION, "m.md": MEASURE})
    case, diagnostics = load(tmp_path)
    assert diagnostics == []
    assert case is not None
    assert case.title == "Reinstatement of Acme Home"
    assert case.violation.notice_date == dt.date(2025, 2, 10)
    assert case.opening == "Opening."
    [action] = case.actions
    assert isinstance(action, Action)
    assert action.id == "a" and action.addresses == ("cause",)
    assert action.date == dt.date(2025, 2, 11)
    assert case.measures[0].owner == "Robin Park"


def test_items_sort_by_order_then_path(tmp_path: Path) -> None:
    files = {
        "causes/b.md": "---\nkind: cause\ntitle: B\n---\n",
        "causes/a.md": "---\nkind: cause\ntitle: A\n---\n",
        "causes/z.md": "---\nkind: cause\ntitle: Z\norder: 2\n---\n",
        "x/y.md": "---\nkind: cause\ntitle: Y\norder: 1\n---\n",
    }
    case, _ = load(make_case(tmp_path, files))
    assert case is not None
    assert [c.id for c in case.causes] == ["y", "z", "a", "b"]


UNKNOWN_KEY = (
    "---\nkind: action\ntitle: T\naddresses: [cause]\ndate: 2025-02-11\nevidance: []\n---\n"
)


@pytest.mark.parametrize(
    ("files", "expected", "words"),
    [
        (
            {"a.md": UNKNOWN_KEY, "cause.md": CAUSE},
            ("a.md", 6, 1, "field.unknown"),
            "did you mean 'evidence'",
        ),
        (
            {"cause.md": "---\nkind: cause\ntitle: T\ndate: 2025-01-01\n---\n"},
            ("cause.md", 4, 1, "field.unknown"),
            "belongs to kind action",
        ),
        (
            {
                "m.md": "---\nkind: measure\ntitle: T\naddresses: [cause]\nstarts: 2025-01-01\nowner: x\n---\n",
                "cause.md": CAUSE,
            },
            ("m.md", 1, 1, "field.required"),
            "'cadence' is required",
        ),
        (
            {"cause.md": "---\nkind: cause\ntitle: T\norder: first\n---\n"},
            ("cause.md", 4, 8, "field.invalid"),
            "whole number",
        ),
        (
            {"cause.md": "---\nkind: cause\ntitle: T\nkey: maybe\n---\n"},
            ("cause.md", 4, 6, "field.invalid"),
            "true or false",
        ),
        (
            {"cause.md": "---\nkind: cause\ntitle: |\n  two\n  lines\n---\n"},
            ("cause.md", 3, 8, "field.invalid"),
            "single line",
        ),
        (
            {"cause.md": "---\nkind: causes\ntitle: T\n---\n"},
            ("cause.md", 2, 7, "field.invalid"),
            "did you mean 'cause'",
        ),
        (
            {"cause.md": "---\ntitle: T\n---\n"},
            ("cause.md", 1, 1, "field.required"),
            "'kind' is required",
        ),
        (
            {"cause.md": "---\nkind: case\ntitle: T\n---\n"},
            ("cause.md", 2, 7, "field.invalid"),
            "only case.md",
        ),
        (
            {"my cause.md": "---\nkind: cause\ntitle: T\n---\n"},
            ("my cause.md", 1, 1, "id.invalid"),
            "cannot be used as an id",
        ),
        (
            {"c.md": "---\nkind: cause\nid: has space\ntitle: T\n---\n"},
            ("c.md", 3, 5, "field.invalid"),
            "is not an id",
        ),
        (
            {"a.md": "---\nkind: action\ntitle: T\naddresses: []\ndate: 2025-01-01\n---\n"},
            ("a.md", 4, 12, "field.required"),
            "at least 1",
        ),
        (
            {
                "a.md": "---\nkind: action\ntitle: T\naddresses: [cause]\ndate: 2025-03-19\n---\n",
                "cause.md": CAUSE,
            },
            ("a.md", 5, 7, "date.future"),
            "in the future",
        ),
        (
            {
                "a.md": "---\nkind: action\ntitle: T\naddresses: [cause]\ndate: 05/03/2025\n---\n",
                "cause.md": CAUSE,
            },
            ("a.md", 5, 7, "field.invalid"),
            "YYYY-MM-DD",
        ),
    ],
)
def test_item_mistakes_are_located(
    tmp_path: Path, files: dict[str, str], expected: tuple[str, int, int, str], words: str
) -> None:
    _, diagnostics = load(make_case(tmp_path, files))
    located = brief(diagnostics)
    assert expected in located, located
    message = next(d.format() for d in diagnostics if brief([d])[0] == expected)
    assert words in message


def test_unknown_cause_in_addresses_matches_the_spec_example(tmp_path: Path) -> None:
    files = {
        "causes/no-supplier-vetting.md": CAUSE,
        "actions/closed-listings.md": (
            "---\nkind: action\ntitle: Closed\naddresses: [no-supplier-vettin]\ndate: 2025-03-05\n---\n"
        ),
    }
    _, diagnostics = load(make_case(tmp_path, files))
    assert [d.format() for d in diagnostics] == [
        "content/acme/actions/closed-listings.md:4:13: error: unknown cause 'no-supplier-vettin'"
        " in 'addresses'; did you mean 'no-supplier-vetting'? [ref.unknown]"
    ]


def test_addresses_must_name_a_cause(tmp_path: Path) -> None:
    files = {"cause.md": CAUSE, "a.md": ACTION, "m.md": MEASURE.replace("[cause]", "[a]")}
    _, diagnostics = load(make_case(tmp_path, files))
    assert brief(diagnostics) == [("m.md", 4, 13, "ref.kind")]
    assert "'a' in 'addresses' is a action, not a cause" in diagnostics[0].message


def test_duplicate_ids_are_errors_at_the_second_file(tmp_path: Path) -> None:
    files = {"a/cause.md": CAUSE, "b/x.md": "---\nkind: cause\nid: cause\ntitle: T\n---\n"}
    _, diagnostics = load(make_case(tmp_path, files))
    assert brief(diagnostics) == [("b/x.md", 3, 5, "id.duplicate")]
    assert "already used by content/acme/a/cause.md" in diagnostics[0].message


def test_at_most_one_letter(tmp_path: Path) -> None:
    letter = "---\nkind: letter\nto: ESR\ndate: 2025-03-17\n---\n"
    files = {"letter.md": letter, "second.md": letter}
    _, diagnostics = load(make_case(tmp_path, files))
    assert brief(diagnostics) == [("second.md", 2, 1, "letter.duplicate")]


@pytest.mark.parametrize(
    ("file", "rule", "words"),
    [
        (
            "files/missing.pdf",
            "exhibit.missing",
            "does not exist; did you mean 'files/invoice.pdf'",
        ),
        ("../outside.pdf", "file.outside", "leads outside the case folder"),
        ("files/../../outside.pdf", "file.outside", "leads outside the case folder"),
        ("/etc/passwd.pdf", "file.outside", "not a path inside the case folder"),
        ("C:/evidence/invoice.pdf", "file.outside", "not a path inside the case folder"),
        ("files\\\\invoice.pdf", "file.outside", "not a path inside the case folder"),
        ("files/notes.docx", "exhibit.format", "not a supported exhibit file"),
    ],
)
def test_exhibit_file_problems(tmp_path: Path, file: str, rule: str, words: str) -> None:
    exhibit = f'---\nkind: exhibit\ntitle: Invoice\nfile: "{file}"\n---\n'
    make_case(tmp_path, {"exhibits/invoice.md": exhibit})
    (tmp_path / "content/acme/files").mkdir()
    (tmp_path / "content/acme/files/invoice.pdf").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "content/outside.pdf").write_bytes(b"%PDF-1.4\n")
    _, diagnostics = load(tmp_path)
    assert brief(diagnostics) == [("exhibits/invoice.md", 4, 7, rule)]
    assert words in diagnostics[0].format()


def test_exhibit_symlink_out_of_the_case_is_refused(tmp_path: Path) -> None:
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 secret")
    make_case(tmp_path, {"e.md": "---\nkind: exhibit\ntitle: T\nfile: files/link.pdf\n---\n"})
    (tmp_path / "content/acme/files").mkdir()
    (tmp_path / "content/acme/files/link.pdf").symlink_to(secret)
    _, diagnostics = load(tmp_path)
    assert brief(diagnostics) == [("e.md", 4, 7, "file.outside")]


def test_exhibit_fields_are_typed(tmp_path: Path) -> None:
    exhibit = """\
        ---
        kind: exhibit
        title: Invoice
        file: files/invoice.pdf
        type: invoice
        issued: 2025-01-12
        issuer: {name: Apex, phone: "+1 312 555 0142"}
        covers: {B07K2XQ9LM: 240, "0306406152": 3}
        highlights: [Invoice date]
        ---
        """
    make_case(tmp_path, {"e.md": exhibit})
    (tmp_path / "content/acme/files").mkdir()
    (tmp_path / "content/acme/files/invoice.pdf").write_bytes(b"%PDF-1.4\n")
    case, diagnostics = load(tmp_path)
    assert diagnostics == []
    assert case is not None
    [exhibit_item] = case.exhibits
    assert isinstance(exhibit_item, Exhibit)
    assert exhibit_item.covers == (("B07K2XQ9LM", 240), ("0306406152", 3))
    assert exhibit_item.issuer is not None and exhibit_item.issuer.phone == "+1 312 555 0142"
    assert exhibit_item.path == (tmp_path / "content/acme/files/invoice.pdf").resolve()


CASE_ERRORS = [
    ("  merchant_token: A1ACMEHOME00\n", "  merchant_token: a1 acme\n", (6, 19, "field.invalid")),
    ("  email: seller@acme.example\n", "  email: seller\n", (7, 10, "field.invalid")),
    ("  type: inauthentic\n", "  type: counterfeit\n", (10, 9, "field.invalid")),
    ("  notice_date: 2025-02-10\n", "  notice_date: 2025-02-30\n", (11, 16, "field.invalid")),
    ("marketplace: amazon.com\n", "", (1, 1, "field.required")),
    (
        "  email: seller@acme.example\n",
        "  email: seller@acme.example\n  emial: x\n",
        (8, 3, "field.unknown"),
    ),
    (
        "  notice_date: 2025-02-10\n",
        "  notice_date: 2025-02-10\n  asins: [B07K2XQ9LM, B0SHORT]\n",
        (12, 23, "field.invalid"),
    ),
    (
        "  notice_date: 2025-02-10\n",
        "  notice_date: 2025-02-10\n  orders: [112-8544326-892988]\n",
        (12, 12, "field.invalid"),
    ),
    ("kind: case\n", "kind: case\nmode: appeal\n", (3, 7, "field.invalid")),
    ("kind: case\n", "kind: case\nscope: shop\n", (3, 8, "field.invalid")),
    (
        "---\nkind: case\n",
        "---\nkind: case\nsubmissions:\n  - date: 2025-03-01\n    outcome: denied\n",
        (5, 14, "field.invalid"),
    ),
    (
        "---\nkind: case\n",
        "---\nkind: case\nsubmissions:\n  - {date: 2025-03-01, reply_date: 2025-02-01}\n",
        (4, 36, "date.order"),
    ),
]


@pytest.mark.parametrize(("old", "new", "expected"), CASE_ERRORS)
def test_case_file_mistakes_are_located(
    tmp_path: Path, old: str, new: str, expected: tuple[int, int, str]
) -> None:
    assert old in CASE_MD
    make_case(tmp_path, {"case.md": CASE_MD.replace(old, new, 1)})
    _, diagnostics = load(tmp_path)
    assert ("case.md", *expected) in brief(diagnostics), brief(diagnostics)


def test_numbers_are_accepted_where_ids_are_text(tmp_path: Path) -> None:
    text = CASE_MD.replace(
        "  notice_date: 2025-02-10\n", "  notice_date: 2025-02-10\n  complaint_ids: [0012345]\n"
    )
    case, diagnostics = load(make_case(tmp_path, {"case.md": text}))
    assert diagnostics == [] and case is not None
    assert case.violation.complaint_ids == ("0012345",)


def test_broken_case_md_still_reports_item_problems(tmp_path: Path) -> None:
    files = {"case.md": CASE_MD.replace("inauthentic", "nope"), "a.md": ACTION}
    case, diagnostics = load(make_case(tmp_path, files))
    assert case is None
    rules = {(path, rule) for path, _, _, rule in brief(diagnostics)}
    assert rules == {("case.md", "field.invalid"), ("a.md", "ref.unknown")}
