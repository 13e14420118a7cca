"""R29: a German date at the start of a line that Markdown reads as a numbered list item."""

from __future__ import annotations

from pathlib import Path

from support.checks_support import BASE, run

GERMAN = BASE["case.md"].replace("kind: case\n", "kind: case\nlanguage: de\n", 1)
ACTION = "actions/removed-stock.md"


def dated(tmp_path: Path, body: str, case_md: str = GERMAN) -> list[tuple[str, int, int, str]]:
    head = BASE[ACTION].split("---\n")[1]
    checked = run(tmp_path, {"case.md": case_md, ACTION: f"---\n{head}---\n{body}\n"})
    found = checked.of("markup.date-list")
    return [
        (*place, message)
        for place, message in zip(found, checked.messages("markup.date-list"), strict=True)
    ]


def test_a_list_of_dates_renumbered_by_markdown(tmp_path: Path) -> None:
    body = (
        "Wir haben gehandelt:\n\n"
        "5. März 2025 haben wir die Angebote geschlossen.\n"
        "12. März 2025 haben wir den Bestand entfernt.\n"
    )
    found = dated(tmp_path, body)
    assert [place[:3] for place in found] == [(ACTION, 10, 1), (ACTION, 11, 1)]
    assert "'5. März' starts a numbered list" in found[0][3]
    assert "'12. März' is read as item 6 of a numbered list" in found[1][3]


def test_a_date_inside_a_bullet_is_a_list_in_the_list(tmp_path: Path) -> None:
    found = dated(tmp_path, "- 7. März 2025: Schulung\n")
    assert [place[:3] for place in found] == [(ACTION, 8, 3)]


def test_abbreviated_months_and_an_admonition(tmp_path: Path) -> None:
    body = ":::{note}\n3. Jan. 2025 prüften wir die Rechnungen.\n:::\n"
    found = dated(tmp_path, body)
    assert [place[:3] for place in found] == [(ACTION, 9, 1)]
    assert "'3. Jan.'" in found[0][3]


def test_an_escaped_date_a_real_list_and_english_are_left_alone(tmp_path: Path) -> None:
    body = (
        "5\\. März 2025 haben wir die Angebote geschlossen.\n\n"
        "1. Angebote geschlossen\n2. Bestand entfernt\n\n"
        "- am 7. März 2025: Schulung\n"
    )
    assert dated(tmp_path, body) == []
    english = "1. March 3, 2025: closed the listings.\n2. March 4, 2025: removed the stock.\n"
    assert dated(tmp_path, english, BASE["case.md"]) == []
