"""The resolve stage: numbering, labels, targets and every reference checked."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.stages.resolve import exhibit_letter
from support.casefiles import ACTION, CAUSE, MEASURE, brief, make_case, resolved


@pytest.mark.parametrize(
    ("index", "letters"),
    [
        (0, "A"),
        (1, "B"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ],
)
def test_exhibit_letters(index: int, letters: str) -> None:
    assert exhibit_letter(index) == letters


def cause(title: str, order: int | None = None, body: str = "") -> str:
    extra = f"order: {order}\n" if order is not None else ""
    return f"---\nkind: cause\ntitle: {title}\n{extra}---\n{body}"


def test_labels_follow_order_then_path(tmp_path: Path) -> None:
    files = {
        "causes/b.md": cause("B"),
        "causes/a.md": cause("A"),
        "causes/first.md": cause("First", order=1),
        "cause.md": CAUSE,
        "act.md": ACTION,
        "m.md": MEASURE,
    }
    result, diagnostics = resolved(make_case(tmp_path, files))
    assert diagnostics == [] and result is not None
    labels = {t.id: t.label for t in result.targets.values()}
    assert labels == {
        "first": "Root Cause 1",
        "cause": "Root Cause 2",
        "a": "Root Cause 3",
        "b": "Root Cause 4",
        "act": "Corrective Action 1",
        "m": "Preventive Measure 1",
    }


def test_targets_carry_page_anchor_and_exhibit_copy(tmp_path: Path) -> None:
    exhibit = "---\nkind: exhibit\ntitle: Invoice\nfile: files/inv.PDF\n---\n"
    make_case(tmp_path, {"e1.md": exhibit, "e2.md": exhibit.replace("Invoice", "Second")})
    (tmp_path / "content/acme/files").mkdir()
    (tmp_path / "content/acme/files/inv.PDF").write_bytes(b"%PDF-1.4\n")
    result, _ = resolved(tmp_path)
    assert result is not None
    first, second = result.targets["e1"], result.targets["e2"]
    assert (first.label, first.page, first.anchor, first.file) == (
        "Exhibit A",
        "plan-of-action.html",
        "e1",
        "exhibits/e1.pdf",
    )
    assert second.label == "Exhibit B"


def test_body_labels_become_targets_named_by_their_heading(tmp_path: Path) -> None:
    body = "Intro.\n\n(steps)=\n## Vetting steps\n\nText.\n\n(loose)=\nNo heading here.\n"
    result, _diagnostics = resolved(make_case(tmp_path, {"cause.md": cause("C", body=body)}))
    assert result is not None
    assert result.targets["steps"].label == "Vetting steps"
    assert result.targets["steps"].location.line == 7
    assert result.targets["loose"].label == "loose"
    assert result.targets["steps"].owner == "cause"


BODY = """\
See {ref}`cause` and {ref}`our cause <cause>`.
Then {ref}`caus` and {exhibit}`cause`, [a link](#cause) and [broken](#nowhere).
{abbr}`x`
"""


def test_references_are_checked_at_their_exact_place(tmp_path: Path) -> None:
    files = {"cause.md": CAUSE, "other.md": cause("Other", body=BODY)}
    result, diagnostics = resolved(make_case(tmp_path, files))
    assert result is not None
    assert brief(diagnostics) == [
        ("other.md", 6, 6, "ref.unknown"),
        ("other.md", 6, 22, "ref.kind"),
        ("other.md", 6, 61, "ref.unknown"),
        ("other.md", 7, 1, "role.unknown"),
    ]
    first = diagnostics[0]
    assert first.format() == (
        "content/acme/other.md:6:6: warning: unknown target 'caus'; did you mean 'cause'? [ref.unknown]"
    )
    assert "is Root Cause 1, not an exhibit" in diagnostics[1].message
    found = [r for r in result.references if r.source == "other"]
    assert [(r.target, r.resolved) for r in found] == [
        ("cause", True),
        ("cause", True),
        ("caus", False),
        ("cause", True),
        ("cause", True),
        ("nowhere", False),
    ]
    assert result.referrers("cause") == {"other"}


def test_strict_turns_reference_warnings_into_errors(tmp_path: Path) -> None:
    from reinstate.core.config import load_config
    from reinstate.core.diagnostics import Reporter, Severity
    from reinstate.stages.discover import discover
    from reinstate.stages.load import load_case
    from reinstate.stages.resolve import resolve
    from support.casefiles import TODAY

    make_case(tmp_path, {"cause.md": cause("C", body="{ref}`nothing`")})
    reporter = Reporter(strict=True)
    config = load_config(tmp_path, reporter)
    case_dir = discover(config, reporter).case("acme")
    assert case_dir is not None
    case = load_case(case_dir, config, reporter, TODAY)
    assert case is not None
    resolve(case, reporter)
    assert [d.severity for d in reporter.diagnostics] == [Severity.ERROR]


def test_directives_and_images(tmp_path: Path) -> None:
    body = ":::{key-points}\n:::\n\n:::{note}\nSee {ref}`nope`.\n:::\n\n:::{nte}\n:::\n\n![photo](files/x.png)\n"
    _result, diagnostics = resolved(make_case(tmp_path, {"cause.md": cause("C", body=body)}))
    assert brief(diagnostics) == [
        ("cause.md", 5, 1, "directive.place"),
        ("cause.md", 9, 5, "ref.unknown"),
        ("cause.md", 12, 1, "directive.unknown"),
        ("cause.md", 15, 1, "markdown.image"),
    ]


def test_duplicate_body_label(tmp_path: Path) -> None:
    _result, diagnostics = resolved(
        make_case(tmp_path, {"cause.md": cause("C", body="(cause)=\n# X\n")})
    )
    assert brief(diagnostics) == [("cause.md", 5, 1, "id.duplicate")]


def test_answered_by_and_cited_by(tmp_path: Path) -> None:
    files = {
        "cause.md": CAUSE,
        "a.md": ACTION + "Fixed {ref}`cause`.\n",
        "m.md": MEASURE,
        "lonely.md": cause("Lonely"),
    }
    result, _ = resolved(make_case(tmp_path, files))
    assert result is not None
    assert [i.id for i in result.answered_by["cause"]] == ["a", "m"]
    assert result.answered_by["lonely"] == ()
    assert result.cited_by["cause"] == ("a", "m")
