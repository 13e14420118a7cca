"""Small units: discover, config, theme chain, Markdown rendering, status."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from reinstate.checks.status import Status, add_business_days, case_status
from reinstate.core.config import check_output_folder, load_config
from reinstate.core.diagnostics import ReinstateError, Reporter
from reinstate.core.vocabulary import format_date
from reinstate.stages.discover import discover
from reinstate.stages.markdown import parse, render_html, split_role
from reinstate.stages.verbatim import verbatim_blocks
from support.casefiles import CASE_MD, load, make_case
from support.common import ROOTS, write


def test_discover_ignores_drafts_and_non_markdown(tmp_path: Path) -> None:
    make_case(
        tmp_path,
        {
            "_draft.md": "not front matter",
            ".swap.md": "x",
            "notes.txt": "x",
            "_old/x.md": "x",
            "causes/c.md": "---\nkind: cause\ntitle: T\n---\n",
        },
    )
    (tmp_path / "content/_archive").mkdir()
    write(tmp_path / "content/_archive/case.md", CASE_MD)
    reporter = Reporter()
    project = discover(load_config(tmp_path, reporter), reporter)
    [case] = project.cases
    assert [p.relative_to(case.folder).as_posix() for p in case.sources] == [
        "case.md",
        "causes/c.md",
    ]
    assert reporter.diagnostics == []


def test_discover_refuses_markdown_links_out_of_the_case(tmp_path: Path) -> None:
    make_case(tmp_path, {})
    outside = write(tmp_path / "elsewhere.md", "---\nkind: cause\ntitle: secret\n---\n")
    (tmp_path / "content/acme/linked.md").symlink_to(outside)
    reporter = Reporter()
    project = discover(load_config(tmp_path, reporter), reporter)
    assert [d.rule for d in reporter.diagnostics] == ["file.outside"]
    assert len(project.cases[0].sources) == 1


def test_a_folder_without_case_md_is_reported(tmp_path: Path) -> None:
    write(tmp_path / "content/loose/cause.md", "---\nkind: cause\ntitle: T\n---\n")
    reporter = Reporter()
    project = discover(load_config(tmp_path, reporter), reporter)
    assert project.cases == ()
    assert [(d.location.path, d.rule) for d in reporter.diagnostics] == [
        ("content/loose", "case.missing")
    ]


def test_settings_defaults_and_values(tmp_path: Path) -> None:
    config = load_config(tmp_path, Reporter())
    assert (config.content, config.output, config.paper) == (
        tmp_path.resolve() / "content",
        tmp_path.resolve() / "site",
        None,  # by each case's marketplace
    )
    write(
        tmp_path / "reinstate.yaml", "paper: a4\nchecks:\n  disable: [tone]\n  poa_max_words: 500\n"
    )
    config = load_config(tmp_path, Reporter())
    assert config.paper == "a4"
    assert config.checks.disable == ("tone",) and config.checks.poa_max_words == 500
    assert config.checks.letter_max_words == 300


def test_settings_errors_are_located(tmp_path: Path) -> None:
    write(tmp_path / "reinstate.yaml", "paper: legal\nchecks:\n  poa_max_words: many\n")
    with pytest.raises(ReinstateError) as error:
        load_config(tmp_path, Reporter())
    assert [(d.location.line, d.location.col) for d in error.value.diagnostics] == [(1, 8), (3, 18)]


def test_output_inside_the_project_is_fine(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    config = load_config(tmp_path, Reporter())
    assert (
        check_output_folder(config, tmp_path / "build/site") == (tmp_path / "build/site").resolve()
    )


class Plain:
    """A linker that writes references as their target in brackets."""

    def role(self, name: str, content: str) -> str:
        return f"[{name}:{split_role(content)[1]}]"

    def anchor_href(self, anchor: str) -> str | None:
        return f"page.html#{anchor}" if anchor == "known" else None

    def directive(self, name: str, argument: str, body: str, lead_in: bool = False) -> str:
        return f"<div data-directive='{name}'></div>\n"

    def heading_id(self, text: str) -> str:
        return "h-" + text.lower()


def test_markdown_renders_through_the_linker() -> None:
    tokens = parse(
        "(tgt)=\n# Title\n\n## Sub\n\n{ref}`text <x>` [a](#known) [b](#unknown)\n\n:::{key-points}\n:::\n"
    )
    html = render_html(tokens, Plain(), heading_shift=1)
    assert '<h2 id="tgt">Title</h2>' in html
    assert '<h3 id="h-sub">Sub</h3>' in html
    assert "[ref:x]" in html
    assert '<a href="page.html#known" class="xref">a</a>' in html
    assert '<a href="#unknown">b</a>' in html
    assert "data-directive='key-points'" in html


@pytest.mark.parametrize("body", ["> :::{note}\n> ", "> %comment\n> ", "> "])
def test_markdown_survives_a_body_ending_inside_a_quote(body: str) -> None:
    assert parse(body)


def test_markdown_escapes_raw_html_and_drops_javascript_links() -> None:
    html = render_html(parse('<b onclick="x()">hi</b> [x](javascript:alert(1))'), Plain())
    assert "<b" not in html and "&lt;b onclick" in html
    assert 'href="javascript' not in html and "javascript" not in html
    assert "&gt; x</p>" in html  # the refused link's text stays, as plain text


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("target", (None, "target")),
        ("my text <target>", ("my text", "target")),
        ("<x>", (None, "<x>")),
    ],
)
def test_split_role(content: str, expected: tuple[str | None, str]) -> None:
    assert split_role(content) == expected


def test_business_days_skip_weekends() -> None:
    friday = dt.date(2025, 3, 7)
    assert add_business_days(friday, 1) == dt.date(2025, 3, 10)
    assert add_business_days(friday, 5) == dt.date(2025, 3, 14)


def test_status_counts_errors_before_to_dos() -> None:
    rejected, _ = load(ROOTS / "minimal")
    assert rejected is not None
    draft = replace(rejected, submissions=())
    assert case_status(draft, errors=0) == Status(
        "draft", "Not submitted yet", "Submit the plan of action", True
    )
    todo = case_status(draft, errors=0, todos=1)
    assert (todo.state, todo.ready, todo.label) == ("not_ready", False, "Not ready to send")
    assert todo.next_step == "Fill in the 1 to-do marker before submitting"
    assert (todo.blocker, todo.history) == ("1 to-do marker to fill in", "")
    both = case_status(rejected, errors=2, todos=3)
    assert (both.state, both.ready, both.label) == ("not_ready", False, "Not ready to send")
    assert both.next_step == "Fix the 2 errors before submitting"
    assert both.blocker == "2 errors to fix and 3 to-do markers to fill in"
    assert both.history == case_status(rejected, errors=0).label


def test_a_reinstated_case_is_never_not_ready() -> None:
    """One status per case: "Reinstated" is never shown next to "not ready"."""
    rejected, _ = load(ROOTS / "minimal")
    assert rejected is not None
    last = replace(rejected.submissions[-1], outcome="accepted")
    reinstated = replace(rejected, submissions=(last,))
    status = case_status(reinstated, errors=3, todos=4)
    assert (status.state, status.ready, status.blocker, status.history) == (
        "accepted",
        True,
        "",
        "",
    )
    assert status.label.startswith("Reinstated on ")


def test_pending_with_errors_says_to_fix_them_before_following_up() -> None:
    rejected, _ = load(ROOTS / "minimal")
    assert rejected is not None
    pending = replace(rejected, submissions=(replace(rejected.submissions[-1], outcome="pending"),))
    status = case_status(pending, errors=1)
    assert status.next_step == "Fix the 1 error before you follow up"
    assert status.history.startswith("Under review since ")


def test_dates_are_written_in_one_style() -> None:
    day = dt.date(2026, 10, 5)
    assert format_date(day) == "October 5, 2026"
    assert format_date(day, "day_month") == "5 October 2026"
    assert format_date(day, "iso") == "2026-10-05"
    assert format_date(None) == ""


def test_verbatim_text_keeps_paragraphs_lists_and_short_lines() -> None:
    reply = (
        "Hello,\n\nWe reviewed your plan and cannot reactivate your account\nat this time.\n\n"
        "Please provide:\n-- invoices\n-- a plan\n  that names the root cause\n\n"
        "Regards,\nSeller Performance\nAmazon.com\n"
    )
    assert [(b.kind, b.lines, b.tight) for b in verbatim_blocks(reply)] == [
        ("lines", ("Hello,",), False),
        (
            "lines",
            ("We reviewed your plan and cannot reactivate your account at this time.",),
            False,
        ),
        ("lines", ("Please provide:",), False),
        ("bullets", ("invoices", "a plan that names the root cause"), True),
        ("lines", ("Regards,", "Seller Performance", "Amazon.com"), False),
    ]
