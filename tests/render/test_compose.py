"""Every sentence of the composed letter, for every channel × outcome × mode × scope.

The sentences are written into one golden file, `tests/golden/compose/sentences.txt`, one
block per combination, so that a reviewer reads each of them as a consultant would (the
file is the review). Regenerate after an intended change with:

    REINSTATE_REGOLD=1 .venv/bin/python -m pytest tests/render/test_compose.py

and read the diff of the golden file before committing it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from dataclasses import replace
from pathlib import Path

import pytest

from reinstate.core.frontmatter import CHANNELS, MODES, OUTCOMES, SCOPES, VIOLATION_TYPES
from reinstate.core.model import Case, Letter, Submission
from reinstate.render.compose import (
    causes_answer,
    causes_intro,
    dispute_request,
    greeting,
    history_sentence,
    notice_sentence,
    request_sentence,
)
from support.casefiles import load
from support.common import ROOTS

GOLDEN = Path(__file__).parents[1] / "golden" / "compose"


def base_case() -> tuple[Case, Letter]:
    case, _ = load(ROOTS / "letter", "composed")
    assert case is not None and case.letter is not None
    return case, case.letter


def variant(case: Case, mode: str, scope: str, channel: str, outcome: str) -> Case:
    sub = case.submissions[-1]
    reply_date = sub.reply_date if outcome in ("rejected", "accepted") else None
    last = replace(sub, channel=channel, outcome=outcome, reply_date=reply_date)
    return replace(case, mode=mode, scope=scope, submissions=(last,))


def sentences(case: Case, letter: Letter, last: Submission | None) -> list[str]:
    found = [greeting(letter.to), request_sentence(case, letter)]
    if last is not None:
        found.append(history_sentence(case, last))
    found += [f"{notice_sentence(case)} {causes_intro(case)}", causes_answer(case)]
    request = dispute_request(case)
    return found + ([request] if request else [])


def table() -> str:
    case, letter = base_case()
    case = replace(case, violation=replace(case.violation, asins=("B0QUAY0001",)))
    blocks = []
    for mode in MODES:
        for scope in SCOPES:
            first = replace(case, mode=mode, scope=scope, submissions=())
            lines = sentences(first, letter, None)
            blocks.append(f"## {mode} · {scope} · no submission yet\n" + "\n".join(lines))
            for channel in CHANNELS:
                for outcome in OUTCOMES:
                    each = variant(case, mode, scope, channel, outcome)
                    lines = sentences(each, letter, each.last_submission)
                    head = f"## {mode} · {scope} · {channel} · {outcome}"
                    blocks.append(head + "\n" + "\n".join(lines))
    for mode in MODES:
        for violation in VIOLATION_TYPES:
            each = replace(case, mode=mode, violation=replace(case.violation, type=violation))
            blocks.append(f"## notice · {mode} · {violation}\n{notice_sentence(each)}")
    for to in ("Executive Seller Relations", "Seller Performance Team", "Jane Doe", ""):
        blocks.append(f"## greeting · {to or '(empty)'}\n{greeting(to)}")
    return "\n\n".join(blocks) + "\n"


def test_every_combination_reads_as_written() -> None:
    actual = table()
    golden = GOLDEN / "sentences.txt"
    if os.environ.get("REINSTATE_REGOLD"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
        pytest.skip("golden file regenerated")
    expected = golden.read_text(encoding="utf-8")
    if actual != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), actual.splitlines(), "golden", "actual", lineterm=""
        )
        pytest.fail("composed sentences changed:\n" + "\n".join(list(diff)[:80]))


@pytest.mark.parametrize("mode", MODES)
def test_a_dispute_never_admits_and_a_plan_never_disputes(mode: str) -> None:
    case, letter = base_case()
    for scope in SCOPES:
        for channel in CHANNELS:
            for outcome in OUTCOMES:
                each = variant(case, mode, scope, channel, outcome)
                text = " ".join(sentences(each, letter, each.last_submission))
                if mode == "dispute":
                    assert "root cause" not in text.lower()
                    assert "plan of action" not in text
                else:
                    assert "in error" not in text
                assert "  " not in text and " ." not in text and ".." not in text


def test_no_raw_ids_in_the_sentences() -> None:
    text = "\n".join(line for line in table().split("\n") if not line.startswith("## "))
    for raw in (*CHANNELS, *OUTCOMES, *VIOLATION_TYPES):
        if "_" in raw:
            assert raw not in text, raw
    assert dt.date(2025, 1, 22).isoformat() not in text, "dates in the case's style"
