"""The phrase grammar of the text rules: its syntax, reading who does what in a clause, and
the project's say over lists and severities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reinstate.checks.grammar import Classes, GrammarError, Vocab, parse_line, split_tokens
from reinstate.checks.words import words_of
from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, run

CLASSES = Classes(
    [
        ("party", ("buyer*", "carrier*", "royal mail")),
        ("aux", ("has|had|was", "also")),
        ("filler", ("now", "right away")),
    ]
)


def matches(pattern: str, text: str) -> str | None:
    found = re.search(parse_line(pattern, CLASSES).regex, text, re.IGNORECASE)
    return found.group(0) if found else None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        ("buyer|customer lied", "The customer lied twice", "customer lied"),
        ("devastat*", "We were devastated.", "devastated"),
        ("(due to|because of) delays", "late because of delays", "because of delays"),
        ("we (really)? regret", "we regret it", "we regret"),
        ("we (really)? regret", "we really regret it", "we really regret"),
        ("will .. train", "we will quickly train", "will quickly train"),
        ("will ... train", "we will in the next weeks train", "will in the next weeks train"),
        ("@party @aux* lost", "Royal Mail had also lost it", "Royal Mail had also lost"),
        ("@party's fault", "the carrier's fault", "carrier's fault"),
        ("@party's fault", "the carrier fault", None),
        ("@party fault", "the carriers' fault", "carriers' fault"),
        ("lost <money>", "we lost $18,000 in sales", "lost $18,000"),
        ("family-owned", "a family owned shop", "family owned"),
        ("fixed it $", "we fixed it right away.", "fixed it"),
        ("fixed it $", "we fixed it by weighing each box.", None),
        ("buyer", "the buyers' lied", None),
    ],
)
def test_pattern_syntax(pattern: str, text: str, expected: str | None) -> None:
    assert matches(pattern, text) == expected


def test_groups_are_single_tokens() -> None:
    assert split_tokens("^ <np> (due to|because of (the|a)) @party? x|y (z)*") == (
        "^",
        "<np>",
        "(due to|because of (the|a))",
        "@party?",
        "x|y",
        "(z)*",
    )


def test_unknown_word_class_is_an_error() -> None:
    with pytest.raises(GrammarError, match="no word class 'nobody'"):
        parse_line("@nobody lied", CLASSES)


CAUSE = "causes/unvetted-supplier.md"


def cause(body: str) -> dict[str, str | None]:
    head = BASE[CAUSE].split("---\n")[1]
    return {CAUSE: f"---\n{head}---\n{body}"}


def blamed(tmp_path: Path, body: str) -> list[str]:
    return run(tmp_path, cause(body)).messages("tone.blame")


def test_the_subject_of_a_fault_is_read_not_the_word(tmp_path: Path) -> None:
    assert blamed(tmp_path, "On 2025-01-05 the new carrier lost 3 parcels.\n")
    # the carrier as an object, a modifier or a mere name: no blame
    assert not blamed(tmp_path, "On 2025-01-05 we gave the carrier damaged boxes.\n")
    assert not blamed(tmp_path, "On 2025-01-05 the carrier scan shows 3 late pickups.\n")
    assert not blamed(tmp_path, "On 2025-01-05 the carrier did not lose any parcel.\n")


def test_relative_and_passive_clauses_name_the_party(tmp_path: Path) -> None:
    assert blamed(tmp_path, "In March 2025 our carrier, which lost 11 parcels, was late.\n")
    assert blamed(tmp_path, "In March 2025, 11 parcels were lost by the courier.\n")


def test_owning_the_gap_in_the_same_sentence(tmp_path: Path) -> None:
    owned = "In March 2025 the carrier lost 11 parcels; we never checked its scans.\n"
    assert not blamed(tmp_path, owned)
    separate = "In March 2025 the carrier lost 11 parcels. We never checked its scans.\n"
    assert blamed(tmp_path, separate)


ACTION = "actions/removed-stock.md"


def action(body: str) -> dict[str, str | None]:
    return {ACTION: BASE[ACTION].replace("Closed the listing", body)}


@pytest.mark.parametrize(
    "body",
    [
        "Refunded the 14 buyers whose orders had not yet shipped, and closed the listing",
        "Relabelled the bin so that packers will see the size, and closed the listing",
        "Asked the brand for its letter, which the brand will send, and closed the listing",
    ],
)
def test_what_is_not_an_unfinished_action(tmp_path: Path, body: str) -> None:
    assert run(tmp_path, action(body)).of("action.not-done") == []


def test_an_unfinished_action_quotes_its_verb(tmp_path: Path) -> None:
    checked = run(tmp_path, action("We will close the listing"))
    assert checked.messages("action.not-done")[0].startswith("'will close' describes")


# Settings ---------------------------------------------------------------------------------


def test_a_project_raises_a_rule_or_a_family_to_error(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units. The buyers lied. We were devastated.\n"
    assert run(tmp_path, cause(body)).severities("tone.blame") == [Severity.WARNING]
    raised = "checks:\n  severity: {tone.blame: error}\n"
    checked = run(tmp_path, cause(body), config=raised)
    assert checked.severities("tone.blame") == [Severity.ERROR]
    assert checked.severities("tone.emotive") == [Severity.WARNING]
    family = "checks:\n  severity: {tone: error, tone.emotive: info}\n"
    checked = run(tmp_path, cause(body), config=family)
    assert checked.severities("tone.blame") == [Severity.ERROR]
    assert checked.severities("tone.emotive") == [Severity.INFO]


def test_an_info_stays_an_info(tmp_path: Path) -> None:
    sub = "submissions:\n  - {date: 2025-02-12, outcome: rejected, snapshot: v9}\n"
    case = BASE["case.md"].replace("---\nWe sold", sub + "---\nWe sold")
    config = "checks:\n  severity: {revision: error}\n"
    checked = run(tmp_path, {"case.md": case}, config=config)
    assert checked.severities("revision.unchanged") == [Severity.INFO]


def test_unknown_rule_in_severity_and_unreadable_pattern_are_reported(tmp_path: Path) -> None:
    config = (
        "checks:\n"
        "  severity: {tone.blam: error}\n"
        "  words:\n"
        "    tone.blame: {add: ['@nobody lied']}\n"
    )
    checked = run(tmp_path, config=config)
    found = [(d.rule, d.location.line, d.message) for d in checked.diagnostics]
    assert ("config.rule", 2, "no check rule 'tone.blam'") in found
    assert any(
        rule == "config.words" and line == 4 and "no word class 'nobody'" in message
        for rule, line, message in found
    )


def test_a_project_extends_a_word_class(tmp_path: Path) -> None:
    body = "On 2025-01-05 the dropshipper lost 3 parcels.\n"
    assert not blamed(tmp_path, body)
    config = "checks:\n  words:\n    grammar.party: {add: [dropshipper*]}\n"
    assert run(tmp_path, cause(body), config=config).of("tone.blame") == [(CAUSE, 7, 19)]


def test_narrowing_to_a_text_never_changes_which_member_matches() -> None:
    """A class's members are tried longest first, by the length of their expression of
    the whole classes: narrowed to a text's words (which shortens "@thing switched" here
    below "factory switched all materials"), a list finds the very span it finds whole."""
    things = ("factory", *(f"supplier{n}" for n in range(30)))
    classes = Classes(
        [("thing", things), ("act", ("@thing switched", "factory switched all materials"))]
    )
    text = "The factory switched all materials without telling us."
    words = words_of(text)
    narrowed = parse_line("@act", classes, Vocab(words, tuple(sorted(words)))).regex
    whole = parse_line("@act", classes).regex
    assert len(narrowed) < len(whole)
    spans = [re.search(source, text, re.IGNORECASE) for source in (narrowed, whole)]
    assert [m.group(0) if m else None for m in spans] == ["factory switched"] * 2
