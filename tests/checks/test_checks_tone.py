"""Tone rules R03-R07, R19, R20, R23: each phrase found at its exact place, and near
misses, quotes and Amazon's own text left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, run

CAUSE = "causes/unvetted-supplier.md"
HEAD = """\
---
kind: cause
title: We bought 30 kettles from a supplier we had not vetted
key: true
evidence: [invoice]
---
"""


def cause(body: str, title: str = "We bought 30 kettles from a supplier we had not vetted") -> str:
    return HEAD.replace("We bought 30 kettles from a supplier we had not vetted", title) + body


BAD = [
    # rule, body, expected (line, col), phrase in the message
    (
        "tone.marketing",
        "On 2025-01-05 we, a family-owned business, bought 30 units.\n",
        (7, 21),
        "family-owned",
    ),
    (
        "tone.emotive",
        "On 2025-01-05 we bought 30 units.\nWe are devastated by this.\n",
        (8, 1),
        "We are devastated",
    ),
    (
        "tone.blame",
        "On 2025-01-05 we bought 30 units.\nThe buyers lied about the kettles.\n",
        (8, 5),
        "buyers lied",
    ),
    (
        "tone.denial",
        "We did nothing wrong: on 2025-01-05 we bought 30 units.\n",
        (7, 4),
        "did nothing wrong",
    ),
    (
        "tone.threat",
        "On 2025-01-05 we bought 30 units, and our lawyer has the file.\n",
        (7, 43),
        "lawyer",
    ),
    (
        "tone.verdict",
        "On 2025-01-05 we bought 30 units. You must reinstate us.\n",
        (7, 35),
        "You must reinstate",
    ),
    (
        "tone.competitor",
        "On 2025-01-05 we bought 30 units.\nPlease suspend the other seller.\n",
        (8, 1),
        "Please suspend the other seller",
    ),
    (
        "tone.hardship",
        "On 2025-01-05 we bought 30 units.\nThis store is the only income of my family.\n",
        (8, 19),
        "only income",
    ),
    (
        "tone.guarantee",
        "On 2025-01-05 we bought 30 units.\nWe guarantee this will never happen again.\n",
        (8, 1),
        "We guarantee",
    ),
    (
        "cause.ignorance",
        "On 2025-01-05 we bought 30 units; we were not aware that they needed approval.\n",
        (7, 35),
        "we were not aware that they needed",
    ),
    (
        "tone.blame",
        "On 2025-01-05 we bought 30 units.\nThe damage was caused by the courier's rough handling.\n",
        (8, 5),
        "caused by the courier",
    ),
    (
        "detail.vague",
        "On 2025-01-05 we bought 30 units. We have fixed the issue.\n",
        (7, 35),
        "We have fixed the issue",
    ),
]


@pytest.mark.parametrize(("rule", "body", "where", "phrase"), BAD, ids=[b[0] for b in BAD])
def test_phrase_found_at_its_place(
    tmp_path: Path, rule: str, body: str, where: tuple[int, int], phrase: str
) -> None:
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.of(rule) == [(CAUSE, *where)]
    assert phrase in checked.messages(rule)[0]


GOOD = [
    ("tone.marketing", "On 2025-01-05 we bought 30 units from a family business we had not met.\n"),
    ("tone.emotive", "On 2025-01-05 we bought 30 units; 12 were destroyed after the recall.\n"),
    ("tone.blame", "On 2025-01-05 we bought 30 units. Two buyers reported the kettles.\n"),
    ("tone.denial", "On 2025-01-05 we bought 30 units. Nothing was checked.\n"),
    ("tone.threat", "On 2025-01-05 we bought 30 units. Sue Park, our buyer, placed the order.\n"),
    ("tone.verdict", "On 2025-01-05 we bought 30 units. We ask you to review this plan.\n"),
    ("tone.competitor", "On 2025-01-05 we bought 30 units. We stop buying from the seller.\n"),
    (
        "tone.question",
        "On 2025-01-05 we bought 30 units; a second late order opens a support ticket with the "
        "software vendor.\n",
    ),
    (
        "tone.marketing",
        "On 2025-01-05 we bought 30 units; 23 orders later left five-star reviews, and the "
        "card went only to satisfied buyers.\n",
    ),
    # The false alarms that made consultants stop trusting the checker: facts, not blame.
    (
        "tone.blame",
        "On 2025-01-05 we bought 30 units. Copies of our photos sit on sites outside our "
        "control, and on sites the seller does not control.\n",
    ),
    (
        "tone.threat",
        "On 2025-01-05 we bought 30 units. A buyer, a reviewer or the press may ask for our "
        "images.\n",
    ),
    (
        "tone.blame",
        "On 2025-01-05 we bought 30 units. The carrier lost 3 of them, and we did not track "
        "its on-time rate.\n",
    ),
    ("tone.blame", "On 2025-01-05 we bought 30 units. If a carrier loses one, we refund it.\n"),
    ("tone.hardship", "On 2025-01-05 we bought 30 units; we rely on one supplier for lids.\n"),
    ("tone.guarantee", "On 2025-01-05 we bought 30 units with the supplier's guarantee.\n"),
    ("tone.guarantee", "On 2025-01-05 we bought 30 units and promised 2-day delivery.\n"),
    ("cause.ignorance", "On 2025-01-05 we bought 30 units; we did not know which lot.\n"),
    ("tone.emotive", "On 2025-01-05 we bought 30 units; 2 buyers were upset by the lids.\n"),
    (
        "detail.vague",
        "On 2025-01-05 we bought 30 units. We fixed the issue by weighing each box.\n",
    ),
    (
        "tone.blame",
        'On 2025-01-05 we bought 30 units. The buyer wrote "the carrier lost it".\n',
    ),
]


@pytest.mark.parametrize(("rule", "body"), GOOD, ids=[g[0] for g in GOOD])
def test_near_misses_are_not_flagged(tmp_path: Path, rule: str, body: str) -> None:
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.of(rule) == []
    assert checked.problems() == []


def test_a_quoted_phrase_is_read_as_a_quote(tmp_path: Path) -> None:
    body = 'On 2025-01-05 we bought 30 units. The listing said "100% authentic, guaranteed".\n'
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.of("tone.guarantee") == []
    assert checked.of("tone.denial") == []


def test_severities_follow_the_catalogue(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units. The buyers lied. We were devastated.\n"
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.severities("tone.blame") == [Severity.WARNING]
    assert checked.severities("tone.emotive") == [Severity.WARNING]


def test_phrase_in_a_title_points_into_the_title(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units.\n"
    checked = run(tmp_path, {CAUSE: cause(body, title="'Fake complaints hit our 30 kettles'")})
    assert checked.of("tone.blame") == [(CAUSE, 3, 9)]


def test_quotes_block_quotes_code_and_the_notice_are_not_flagged(tmp_path: Path) -> None:
    body = (
        'On 2025-01-05 we bought 30 units. The notice said "unfair competition".\n'
        "\n"
        "> The buyers lied, one reviewer wrote; we quote it only.\n"
        "\n"
        "The form field `devastated` is shown here as code.\n"
    )
    case = BASE["case.md"].replace(
        "We received complaints", "We are devastated: fake complaints aside, we received"
    )
    checked = run(tmp_path, {CAUSE: cause(body), "case.md": case})
    assert checked.problems() == []


def test_reply_text_is_amazons_and_never_flagged(tmp_path: Path) -> None:
    case = BASE["case.md"].replace(
        "---\nWe sold",
        "submissions:\n"
        "  - date: 2025-02-12\n"
        "    outcome: rejected\n"
        "    reply_date: 2025-02-14\n"
        "    reply: |\n"
        "      You must reinstate nothing; we did nothing wrong in reviewing. Will you try?\n"
        "---\nWe sold",
    )
    checked = run(tmp_path, {"case.md": case})
    assert checked.problems() == []


def test_denial_is_allowed_in_a_dispute(tmp_path: Path) -> None:
    case = BASE["case.md"].replace("kind: case\n", "kind: case\nmode: dispute\n")
    body = "We did nothing wrong: on 2025-01-05 we bought 30 units.\n"
    checked = run(tmp_path, {"case.md": case, CAUSE: cause(body)})
    assert checked.of("tone.denial") == []


def test_denial_hint_suggests_dispute_mode(tmp_path: Path) -> None:
    body = "We did nothing wrong: on 2025-01-05 we bought 30 units.\n"
    checked = run(tmp_path, {CAUSE: cause(body)})
    (diagnostic,) = [d for d in checked.diagnostics if d.rule == "tone.denial"]
    assert "mode: dispute" in diagnostic.hint


def test_question_to_amazon_in_the_plan(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units. Can you tell us\nwhich order was reported?\n"
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.of("tone.question") == [(CAUSE, 7, 35)]


def test_support_case_numbers_in_the_plan(tmp_path: Path) -> None:
    body = "On 2025-01-05 we bought 30 units (see case 15550001111).\n"
    checked = run(tmp_path, {CAUSE: cause(body)})
    assert checked.of("tone.question") == [(CAUSE, 7, 39)]
    assert "support case" in checked.messages("tone.question")[0]


def test_questions_in_quotes_and_outside_the_plan_are_fine(tmp_path: Path) -> None:
    body = 'On 2025-01-05 we bought 30 units. The notice asked "why did this happen?"\n'
    page = "---\nkind: page\ntitle: Notes\n---\nWhat did the first reviewer miss?\n"
    checked = run(tmp_path, {CAUSE: cause(body), "pages/notes.md": page})
    assert checked.of("tone.question") == []
