"""`reinstate check` end to end: the sloppy plan has every planted problem found at its
place; good plans and the demo case have none; --list-rules and --format json."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from support.common import ROOTS, TODAY, Run, run_process

REPO = Path(__file__).resolve().parents[2]
SLOPPY = "content/brightwave"

PLANTED = [
    # the blame
    f"{SLOPPY}/causes/fake-complaints.md:7:12: warning: 'fake complaints' puts the fault on "
    "someone else; Amazon expects you to own the problem; say what in your own process let it "
    "happen (e.g. 'we did not track the carrier's on-time rate'), and keep the other party as "
    "a plain fact [tone.blame]",
    # the promises
    f"{SLOPPY}/actions/training.md:8:42: warning: 'will train' describes something not done "
    "yet; a corrective action is already completed; write what was done in the past tense with "
    "its 'date'; move plans for the future to a preventive measure [action.not-done]",
    f"{SLOPPY}/actions/training.md:8:42: warning: 'will train our team next week' is vague; a "
    "reviewer cannot check it; say exactly what changed: what, who, when and how often (e.g. "
    "'Since 2025-03-08 every new supplier passes checklist SOP-07') [detail.vague]",
    # the unanswered cause
    f"{SLOPPY}/causes/no-records.md:3:1: error: Root Cause 2 has no corrective action; add an "
    "action with 'addresses: [no-records]' [coverage.cause-unanswered]",
    f"{SLOPPY}/causes/no-records.md:3:1: error: Root Cause 2 has no preventive measure; add a "
    "measure with 'addresses: [no-records]' [coverage.cause-unanswered]",
    # the stale invoice
    f"{SLOPPY}/exhibits/supplier-invoice.md:6:9: error: invoice dated 2023-12-01 is 458 days "
    "older than the notice (2025-03-03); Amazon accepts invoices from the 365 days before it; "
    "use a more recent invoice for the same products [evidence.invoice]",
    # the placeholder
    f"{SLOPPY}/measures/supplier-check.md:10:17: error: unfilled placeholder '[insert supplier "
    "name]'; replace it with the real text before you submit [placeholder.unfilled]",
    # the unfilled deadline
    f"{SLOPPY}/case.md:17:13: warning: the notice's deadline 2025-03-13 has passed (today is "
    "2025-03-18) and nothing was submitted by then; submit the plan of action now and say in "
    "the letter why it is late [timing.deadline]",
    # and the pleading in the opening
    f"{SLOPPY}/case.md:19:47: warning: 'We were devastated' is emotional; reviewers look for "
    "facts, not feelings; say what happened and what you changed, with dates and numbers "
    "[tone.emotive]",
]


def test_sloppy_plan_end_to_end() -> None:
    done = run_process("check", ROOTS / "sloppy", "--today", TODAY)
    assert done.status == 1
    assert sorted(done.lines[:-1]) == sorted(PLANTED)
    assert done.lines[-1] == "brightwave: 4 errors, 5 warnings"
    assert done.out == ""


def test_sloppy_plan_as_json(cli: Callable[..., Run]) -> None:
    done = cli("check", ROOTS / "sloppy", "--today", TODAY, "--format", "json")
    assert done.status == 1
    found = json.loads(done.out)
    assert {(d["path"], d["line"], d["col"], d["rule"]) for d in found} >= {
        (f"{SLOPPY}/causes/fake-complaints.md", 7, 12, "tone.blame"),
        (f"{SLOPPY}/measures/supplier-check.md", 10, 17, "placeholder.unfilled"),
    }
    assert len(found) == len(PLANTED)
    assert all(set(d) == {"path", "line", "col", "severity", "rule", "message"} for d in found)


def test_strict_turns_the_warnings_into_errors(cli: Callable[..., Run]) -> None:
    done = cli("check", ROOTS / "sloppy", "--today", TODAY, "--strict")
    assert done.lines[-1] == "brightwave: 9 errors, 0 warnings"


def test_demo_case_is_clean(cli: Callable[..., Run]) -> None:
    done = cli("check", REPO, "--today", TODAY)
    assert done.status == 0
    assert done.lines == ["harbor-lane: 0 errors, 0 warnings"]  # not even an info


def test_good_plans_are_clean(cli: Callable[..., Run]) -> None:
    done = cli("check", ROOTS / "good", "--today", TODAY, "--strict")
    assert done.status == 0
    assert done.lines[-3:] == [
        "glassware: 0 errors, 0 warnings",
        "kyc-bill: 0 errors, 0 warnings",
        "photo-dispute: 0 errors, 0 warnings",
    ]
    done = cli("check", ROOTS / "good", "--today", TODAY, "--case", "kyc-bill")
    assert done.lines == ["kyc-bill: 0 errors, 0 warnings"]


def test_list_rules(cli: Callable[..., Run]) -> None:
    done = cli("check", "--list-rules")
    assert done.status == 0
    lines = done.out.splitlines()
    assert lines[0].split()[:3] == ["R01", "coverage.plan-incomplete", "error"]
    assert sum(1 for line in lines if line.startswith("R")) == 32
    done = cli("check", "--list-rules", "--format", "json")
    rules = json.loads(done.out)
    assert rules[23] == {
        "id": "placeholder.unfilled",
        "code": "R24",
        "severity": "error",
        "summary": rules[23]["summary"],
    }


def test_unknown_rule_in_settings_is_reported(cli: Callable[..., Run], tmp_path: Path) -> None:
    project = tmp_path / "p"
    (project / "content").mkdir(parents=True)
    (project / "reinstate.yaml").write_text("checks:\n  disable: [tone.blam]\n", "utf-8")
    done = cli("check", project)
    assert done.lines == [
        "reinstate.yaml:2:13: warning: no check rule 'tone.blam'; did you mean 'tone.blame'? "
        "[config.rule]"
    ]


def test_pre_commit_hook_definition() -> None:
    import yaml

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = hooks
    assert hook["id"] == "reinstate-check"
    assert hook["entry"] == "reinstate check"
    assert hook["pass_filenames"] is False
