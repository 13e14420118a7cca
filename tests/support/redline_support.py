"""A case committed and tagged as submitted (`v1`), then revised the way consultants do:
a cause added before the first (labels shift), an action completed, a measure's file
renamed (same id), an exhibit replaced by a new file (same id), a paragraph reworded."""

from __future__ import annotations

import datetime as dt
import subprocess
import textwrap
from pathlib import Path

from reinstate.core.changeset import Since
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.run.build import BuildOptions, analyse
from reinstate.stages.discover import discover
from reinstate.stages.redline import since_submission
from support.checks_support import BASE, CASE, PNG, make_case
from support.common import ROOTS, TODAY

JPG = ROOTS / "exhibits" / "content" / "exhibits" / "files"

REJECTED = """\
submissions:
  - date: 2025-02-12
    outcome: rejected
    reply_date: 2025-02-14
    snapshot: v1
---
We sold"""

RETRAIN = """\
---
kind: action
title: Trained the buying team on supplier checks
addresses: [unvetted-supplier]
date: "[TODO: the day the training was held]"
---
The buying team learns how to check a supplier.
"""

NEW_CAUSE = """\
---
kind: cause
title: Nobody owned the check of new suppliers
order: 1
---
No one in the team was responsible for checking a new supplier.
"""

LETTER_HEAD = """\
---
kind: letter
to: Executive Seller Relations
date: 2025-03-17
---
"""

LETTER = """\
Dear Executive Seller Relations team,

We ask for a senior review of our revised plan of action.

:::{changes}
:::

Thank you for your review.
"""

REWORDED = BASE["causes/unvetted-supplier.md"].replace(
    "without checking that the brand\nauthorises it",
    "without asking the brand\nwhether it authorises that supplier",
)


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=root,
        check=True,
        capture_output=True,
        timeout=60,
    )


def submitted(tmp_path: Path) -> Path:
    """The case as submitted: committed and tagged v1 (with an action not yet done)."""
    root = make_case(tmp_path, {"actions/retrain.md": RETRAIN})
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-qm", "as submitted")
    git(root, "tag", "v1")
    return root


def revise(root: Path, letter: str = LETTER) -> None:
    """The revision after the rejection (not committed: a working copy, as when editing),
    with an escalation letter (`letter`: its body; '' for the composed letter)."""
    folder = root / CASE
    write(folder / "letter.md", LETTER_HEAD + letter)
    write(folder / "case.md", BASE["case.md"].replace("---\nWe sold", REJECTED))
    write(folder / "causes/no-owner.md", NEW_CAUSE)
    write(folder / "causes/unvetted-supplier.md", REWORDED)
    write(
        folder / "actions/retrain.md",
        RETRAIN.replace('"[TODO: the day the training was held]"', "2025-02-20"),
    )
    measure = folder / "measures/vetting.md"
    text = measure.read_text(encoding="utf-8").replace(
        "kind: measure\n", "kind: measure\nid: vetting\n"
    )
    measure.unlink()
    write(folder / "measures/supplier-vetting.md", text)
    exhibit = folder / "exhibits/invoice.md"
    write(
        exhibit,
        exhibit.read_text(encoding="utf-8").replace("invoice-881.png", "invoice-881-full.png"),
    )
    data = PNG.read_bytes()
    (folder / "files" / "invoice-881-full.png").write_bytes(data + b"\0")  # another file


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


def since(root: Path, today: str = TODAY) -> Since | None:
    reporter = Reporter()
    config = load_config(root, reporter)
    (case_dir,) = discover(config, reporter).cases
    analysis = analyse(
        config, case_dir, BuildOptions(today=dt.date.fromisoformat(today), read_only=True)
    )
    assert analysis.resolved is not None
    return since_submission(analysis.resolved, analysis.readings)
