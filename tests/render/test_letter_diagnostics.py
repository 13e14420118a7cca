"""Letter problems, each reported at its exact file:line:col with its rule id."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from support.common import TODAY, Run, write

LETTER = "content/acme/letter.md"


@pytest.fixture
def project(make_project: Callable[[str], Path]) -> Path:
    return make_project("minimal")


def check(cli: Callable[..., Run], root: Path) -> list[dict[str, object]]:
    run = cli("check", root, "--format", "json", "--today", TODAY)
    found: list[dict[str, object]] = json.loads(run.out)
    return found


def at(found: list[dict[str, object]], rule: str) -> list[tuple[object, ...]]:
    return [
        (d["path"], d["line"], d["col"], d["severity"], d["message"])
        for d in found
        if d["rule"] == rule
    ]


def test_missed_ref_unknown_is_an_error_at_the_ref(project: Path, cli: Callable[..., Run]) -> None:
    write(
        project / LETTER,
        "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\nmissed:\n"
        "  - ref: invoce\n    note: The invoice covers every unit.\n---\n",
    )
    assert at(check(cli, project), "ref.unknown") == [
        (LETTER, 6, 10, "error", "unknown item 'invoce' in 'missed'; did you mean 'invoice'?")
    ]


def test_a_second_letter_is_an_error_at_its_kind(project: Path, cli: Callable[..., Run]) -> None:
    text = "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\n---\n"
    write(project / LETTER, text)
    write(project / "content/acme/letters/second.md", text)
    assert at(check(cli, project), "letter.duplicate") == [
        (
            "content/acme/letters/second.md",
            2,
            1,
            "error",
            f"a case has at most one letter; this one is ignored ({LETTER} is used)",
        )
    ]


def unkey(project: Path) -> None:
    for rel in ("actions/removed-stock.md", "causes/unvetted-supplier.md"):
        path = project / "content/acme" / rel
        write(path, path.read_text().replace("key: true\n", ""))


def test_no_key_points_and_no_missed_points(project: Path, cli: Callable[..., Run]) -> None:
    unkey(project)
    write(project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\n---\n")
    found = at(check(cli, project), "letter.no-points")
    assert [f[:4] for f in found] == [(LETTER, 2, 1, "warning")]
    write(
        project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\nmissed: []\n---\n"
    )
    found = at(check(cli, project), "letter.no-points")
    assert [f[:4] for f in found] == [(LETTER, 5, 1, "warning")]


def test_one_key_point_or_one_missed_point_is_enough(
    project: Path, cli: Callable[..., Run]
) -> None:
    write(project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\n---\n")
    assert at(check(cli, project), "letter.no-points") == []
    unkey(project)
    write(
        project / LETTER,
        "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\nmissed:\n"
        "  - {ref: invoice, note: It covers all 30 units.}\n---\n",
    )
    assert at(check(cli, project), "letter.no-points") == []


def test_the_warning_can_be_silenced(project: Path, cli: Callable[..., Run]) -> None:
    unkey(project)
    write(
        project / LETTER,
        "---\nkind: letter\nto: Brand team\ndate: 2025-03-01\nignore: [letter.no-points]\n---\n",
    )
    assert at(check(cli, project), "letter.no-points") == []


def test_letter_dated_before_the_last_submission(project: Path, cli: Callable[..., Run]) -> None:
    write(project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-02-11\n---\n")
    assert at(check(cli, project), "letter.date-before-submission") == [
        (
            LETTER,
            4,
            7,
            "error",
            "the letter is dated 2025-02-11, before the last submission (2025-02-12); "
            "an escalation follows the last submission; date the letter the day you send it",
        )
    ]
    write(project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-02-12\n---\n")
    assert at(check(cli, project), "letter.date-before-submission") == []


def test_the_command_line_prints_the_located_lines(project: Path, cli: Callable[..., Run]) -> None:
    write(project / LETTER, "---\nkind: letter\nto: Brand team\ndate: 2025-02-11\n---\n")
    run = cli("build", project, "--no-pdf", "--today", TODAY)
    assert run.status == 1
    assert (
        f"{LETTER}:4:7: error: the letter is dated 2025-02-11, before the last submission "
        "(2025-02-12); an escalation follows the last submission; date the letter the day you "
        "send it [letter.date-before-submission]"
    ) in run.lines
    assert "Traceback" not in run.err
    # still written, but not ready
    assert (project / "site/acme/escalation-letter.html").is_file()
    assert "not ready" in (project / "site/acme/index.html").read_text()
