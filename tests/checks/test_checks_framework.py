"""The check framework: the catalogue, silencing, word lists, settings, internal errors,
and the text map that lets a rule point at the exact line and column of a phrase."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from random import Random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reinstate.checks as checks
from reinstate.checks import Finding, Rule, all_rules
from reinstate.checks.words import Phrases, builtin, compile_phrases, list_names, phrase_regex
from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, run
from support.common import ROOTS

CAUSE = "causes/unvetted-supplier.md"
MEASURE = "measures/vetting.md"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


EMOTIVE = BASE[MEASURE].replace("keep the invoice.", "keep the invoice. We were devastated.")
"""The measure with an emotive sentence at the end of line 9."""


def emotive(old: str = "", new: str = "") -> dict[str, str | None]:
    return {MEASURE: EMOTIVE.replace(old, new) if old else EMOTIVE}


# The catalogue ---------------------------------------------------------------------------


def test_every_rule_r01_to_r32_once() -> None:
    rules = all_rules()
    assert [r.code for r in rules if r.code.startswith("R")] == [f"R{n:02d}" for n in range(1, 33)]
    assert all(re.fullmatch(r"[RLT]\d\d", r.code) for r in rules)
    ids = [r.id for r in rules]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[a-z]+\.[a-z-]+", i) for i in ids)


def test_every_rule_has_a_docs_entry_with_its_severity() -> None:
    docs = DOCS.read_text(encoding="utf-8")
    for rule in all_rules():
        heading = re.search(rf"^### `{re.escape(rule.id)}` \({rule.code}\)$", docs, re.MULTILINE)
        assert heading, rule.id
        entry = docs[heading.end() : docs.find("\n### ", heading.end())]
        assert f"Default: **{rule.severity}**" in entry, rule.id
        for part in ("Catches", "Why", "Source", "Fix", "Silence", "Limits"):
            assert f"**{part}**" in entry, (rule.id, part)


# Silencing -------------------------------------------------------------------------------


def test_unsilenced_finding(tmp_path: Path) -> None:
    assert run(tmp_path, emotive()).of("tone.emotive") == [(MEASURE, 9, 80)]


@pytest.mark.parametrize("name", ["tone.emotive", "tone"])
def test_checks_disable(tmp_path: Path, name: str) -> None:
    checked = run(tmp_path, emotive(), config=f"checks:\n  disable: [{name}]\n")
    assert checked.of("tone.emotive") == []
    assert checked.problems() == []


def test_ignore_in_front_matter(tmp_path: Path) -> None:
    files = emotive("kind: measure\n", "kind: measure\nignore: [tone.emotive]\n")
    assert run(tmp_path, files).of("tone.emotive") == []


def test_ignore_comment_on_the_line_before(tmp_path: Path) -> None:
    files = emotive("---\nWe check", "---\n<!-- reinstate: ignore tone.emotive -->\nWe check")
    checked = run(tmp_path, files)
    assert checked.of("tone.emotive") == []
    assert checked.problems() == []


def test_ignore_comment_on_the_same_line_and_for_another_rule(tmp_path: Path) -> None:
    same = emotive("devastated.", "devastated. <!-- reinstate: ignore tone -->")
    assert run(tmp_path, same).of("tone.emotive") == []
    other = emotive("---\nWe check", "---\n<!-- reinstate: ignore tone.blame -->\nWe check")
    assert run(tmp_path, other).of("tone.emotive") == [(MEASURE, 10, 80)]


def test_ignore_comment_two_lines_up_does_not_count(tmp_path: Path) -> None:
    files = emotive("---\nWe check", "---\n<!-- reinstate: ignore tone.emotive -->\n\nWe check")
    assert run(tmp_path, files).of("tone.emotive") == [(MEASURE, 11, 80)]


# Settings ---------------------------------------------------------------------------------


def test_unknown_rule_and_word_list_in_settings(tmp_path: Path) -> None:
    config = (
        "checks:\n"
        "  disable: [tone.emotiv]\n"
        "  words:\n"
        "    tone.emotve: {add: [gutted]}\n"
        "    tone: {add: [gutted]}\n"
    )
    checked = run(tmp_path, config=config)
    assert [
        (d.location.line, d.location.col, d.rule)
        for d in checked.diagnostics
        if d.rule.startswith("config.")
    ] == [
        (2, 13, "config.rule"),
        (4, 5, "config.words"),
        (5, 5, "config.words"),
    ]
    hints = [d.hint for d in checked.diagnostics if d.rule.startswith("config.")]
    assert "did you mean 'tone.emotive'" in hints[0]


def test_word_list_add_remove_replace(tmp_path: Path) -> None:
    files = {
        MEASURE: BASE[MEASURE].replace(
            "keep the invoice.", "keep the invoice. We were gutted and devastated."
        )
    }
    assert run(tmp_path, files).of("tone.emotive") == [(MEASURE, 9, 99)]
    added = "checks:\n  words:\n    tone.emotive: {add: [gutted]}\n"
    # one finding per sentence and rule: the first phrase of it
    assert run(tmp_path, files, config=added).of("tone.emotive") == [(MEASURE, 9, 88)]
    removed = "checks:\n  words:\n    tone.emotive: {remove: ['devastat*']}\n"
    assert run(tmp_path, files, config=removed).of("tone.emotive") == []
    family = "checks:\n  words:\n    tone: {remove: ['devastat*']}\n"
    assert run(tmp_path, files, config=family).of("tone.emotive") == []
    replaced = "checks:\n  words:\n    tone.emotive: {replace: true, add: [gutted]}\n"
    assert run(tmp_path, files, config=replaced).of("tone.emotive") == [(MEASURE, 9, 88)]


def test_phrase_syntax() -> None:
    found = compile_phrases(("devastat*", "buyer|customer lied", "will .. train", "family-owned"))
    assert found is not None
    text = "Devastating. The customer lied. We will soon train. A family owned shop. Buyers lied."
    assert [m.group(0) for m in found.finditer(text)] == [
        "Devastating",
        "customer lied",
        "will soon train",
        "family owned",
    ]
    assert phrase_regex("we'll") == "we['’]ll"


_SAMPLES = [
    "İNFRİNGE",
    "Kelvin",
    "ſorry",
    "we’ll",
    "'sorry'",
    "re-stock",
    "restock",
    "family owned",
    "$100",
    "100%",
    "–",
    "\n\n",
]


def _instance(phrase: str, rnd: Random) -> str:
    """Text that `phrase` matches (or nearly does): an ending for `*`, one alternative of
    `a|b`, a few words for `..`, a space, hyphen or nothing for a hyphen."""
    words = []
    for token in phrase.split():
        if token == "..":
            words.append(rnd.choice(["", "soon", "very soon now", "a b c d"]))
            continue
        alt = rnd.choice(token.split("|"))
        alt = alt.replace("*", rnd.choice(["", "ing", "s", "’ll", "-ed"]))
        words.append(alt.replace("-", rnd.choice(["-", " ", ""])))
    return rnd.choice([" ", "-", "  ", "\n"]).join(w for w in words if w)


_CASES: list[Callable[[str], str]] = [
    str.lower,
    str.upper,
    str.title,
    lambda t: t,
    lambda t: t.upper().replace("I", "İ"),  # re.IGNORECASE takes 'İ' and 'ı' for 'i'
    lambda t: t.replace("i", "ı"),
]


def _text(name: str) -> st.SearchStrategy[str]:
    """Text with instances of the phrases of list `name` among other pieces."""
    piece = st.one_of(
        st.builds(_instance, st.sampled_from(builtin(name)), st.randoms(use_true_random=False)),
        st.sampled_from(_SAMPLES),
        st.sampled_from([" ", "-", ". ", "\n", "’", "'", '"', "..."]),
        st.text(max_size=6),
    )
    return st.tuples(st.lists(piece, max_size=25), st.sampled_from(_CASES)).map(
        lambda drawn: drawn[1]("".join(drawn[0]))
    )


PLAIN_LISTS = [
    "measure.owner",
    "measure.cadence",
    "cause.why",
    "evidence.system-claim",
    "placeholder.unfilled",
]
"""The lists read as plain phrases; the text rules read theirs with the grammar."""


def test_plain_lists_exist() -> None:
    assert set(PLAIN_LISTS) <= set(list_names())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PLAIN_LISTS).flatmap(lambda name: st.tuples(st.just(name), _text(name))))
def test_a_list_matches_what_its_whole_expression_matches(drawn: tuple[str, str]) -> None:
    """Only the phrases a text may hold are compiled; the matches are the same."""
    name, text = drawn
    whole = compile_phrases(builtin(name))
    assert whole is not None
    expected = [m.span() for m in whole.finditer(text)]
    narrowed = Phrases(builtin(name)).regex(text)
    found = [m.span() for m in narrowed.finditer(text)] if narrowed is not None else []
    assert found == expected
    assert bool(Phrases(builtin(name)).search(text)) == bool(expected)


# Internal errors ---------------------------------------------------------------------------


def test_a_failing_rule_is_reported_and_the_others_still_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_ctx: checks.CheckContext) -> list[Finding]:
        raise ValueError("boom")

    rules = [Rule("test.broken", "R99", Severity.ERROR, "Always fails.", broken), *all_rules()]
    monkeypatch.setattr(checks, "all_rules", lambda: rules)
    checked = run(tmp_path, emotive())
    assert checked.of("internal.rule") == [("case.md", 2, 1)]
    assert "rule test.broken failed with ValueError: boom" in checked.messages("internal.rule")[0]
    assert checked.of("tone.emotive") == [(MEASURE, 9, 80)]


# The text map -------------------------------------------------------------------------------


def test_markup_before_a_phrase_keeps_the_column_exact(tmp_path: Path) -> None:
    body = (
        "On 2025-01-05 we bought *30* units &amp; `code` from {ref}`a supplier <invoice>` and "
        "\\*escaped\\* text; we were devastated.\n"
    )
    head = BASE[CAUSE].split("---\n")[1]
    checked = run(tmp_path, {CAUSE: f"---\n{head}---\n{body}"})
    assert checked.of("tone.emotive") == [(CAUSE, 7, body.index("we were devastated") + 1)]


def test_phrases_in_lists_tables_headings_and_admonitions(tmp_path: Path) -> None:
    body = (
        "On 2025-01-05 we bought 30 units.\n"
        "\n"
        "## The unfair part\n"
        "\n"
        "- first point\n"
        "- a desperate second point\n"
        "\n"
        "| when | what |\n"
        "|---|---|\n"
        "| 2025-01-05 | a frustrating day |\n"
        "\n"
        ":::{note}\n"
        "A heartbreaking note.\n"
        ":::\n"
    )
    head = BASE[CAUSE].split("---\n")[1]
    checked = run(tmp_path, {CAUSE: f"---\n{head}---\n{body}"})
    assert checked.of("tone.emotive") == [
        (CAUSE, 9, 8),
        (CAUSE, 12, 5),
        (CAUSE, 16, 18),
        (CAUSE, 19, 3),
    ]


def test_phrase_across_a_line_break(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units and the buyers\nlied about it.\n"
    head = BASE[CAUSE].split("---\n")[1]
    checked = run(tmp_path, {CAUSE: f"---\n{head}---\n{body}"})
    assert checked.of("tone.blame") == [(CAUSE, 7, 42)]


def test_letter_notes_in_a_block_scalar(tmp_path: Path) -> None:
    letter = (
        "---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-01\nmissed:\n"
        "  - ref: invoice\n    note: |\n      The invoice shows 30 units.\n"
        "      The reviewer was unfair to us.\n---\n"
    )
    checked = run(tmp_path, {"letter.md": letter})
    assert checked.of("tone.emotive") == [("letter.md", 9, 24)]


def test_free_pages_are_notes_unless_bundled(tmp_path: Path) -> None:
    page = "---\nkind: page\ntitle: Notes\n{bundle}---\nThe reviewer was unfair.\n"
    assert run(tmp_path, {"pages/notes.md": page.format(bundle="")}).problems() == []
    bundled = run(tmp_path, {"pages/notes.md": page.format(bundle="bundle: true\n")})
    assert bundled.of("tone.emotive") == [("pages/notes.md", 6, 18)]


def test_good_roots_have_no_problems(tmp_path: Path) -> None:
    from support.checks_support import check

    for name in ("minimal", "good"):
        assert check(ROOTS / name).problems() == [], name


def test_ignore_comment_is_not_shown_in_the_plan(tmp_path: Path) -> None:
    from reinstate.cli import main

    files = emotive("---\nWe check", "---\n<!-- reinstate: ignore tone.emotive -->\nWe check")
    root = run(tmp_path, files).root
    assert main(["build", str(root), "--no-pdf", "--today", "2025-03-18"]) == 0
    html = (root / "site" / "acme" / "plan-of-action.html").read_text("utf-8")
    assert "We check the brand" in html
    assert "reinstate: ignore" not in html


def test_blank_lines_before_the_body_are_counted(tmp_path: Path) -> None:
    files = emotive("---\nWe check", "---\n\n\nWe check")
    checked = run(tmp_path, files)
    assert checked.of("tone.emotive") == [(MEASURE, 11, 80)]
    silenced = emotive("---\nWe check", "---\n\n<!-- reinstate: ignore tone -->\nWe check")
    assert run(tmp_path, silenced).of("tone.emotive") == []
