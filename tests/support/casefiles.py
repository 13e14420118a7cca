"""Small builders for case folders written inside a test."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from reinstate.core.config import load_config
from reinstate.core.diagnostics import Diagnostic, Reporter
from reinstate.core.model import Case
from reinstate.stages.discover import discover
from reinstate.stages.load import load_case
from reinstate.stages.resolve import Resolved, resolve

CASE_MD = """\
---
kind: case
seller:
  legal_name: Acme Home Supply LLC
  store_name: Acme Home
  merchant_token: A1ACMEHOME00
  email: seller@acme.example
marketplace: amazon.com
violation:
  type: inauthentic
  notice_date: 2025-02-10
---
Opening.
"""

CAUSE = """\
---
kind: cause
title: A root cause with 3 dated facts on 2025-01-05
---
Body.
"""

ACTION = """\
---
kind: action
title: An action
addresses: [cause]
date: 2025-02-11
---
"""

MEASURE = """\
---
kind: measure
title: A measure
addresses: [cause]
starts: 2025-02-12
owner: Robin Park
cadence: weekly
---
"""

TODAY = dt.date(2025, 3, 18)


def make_case(root: Path, files: dict[str, str], slug: str = "acme") -> Path:
    """Write `files` (path → text, dedented) into content/<slug>/; case.md defaults to CASE_MD."""
    folder = root / "content" / slug
    folder.mkdir(parents=True, exist_ok=True)
    files = {"case.md": CASE_MD, **files}
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def load(root: Path, slug: str = "acme") -> tuple[Case | None, list[Diagnostic]]:
    reporter = Reporter()
    config = load_config(root, reporter)
    project = discover(config, reporter)
    case_dir = project.case(slug)
    assert case_dir is not None
    case = load_case(case_dir, config, reporter, TODAY)
    return case, reporter.sorted()


def resolved(root: Path, slug: str = "acme") -> tuple[Resolved | None, list[Diagnostic]]:
    reporter = Reporter()
    config = load_config(root, reporter)
    case_dir = discover(config, reporter).case(slug)
    assert case_dir is not None
    case = load_case(case_dir, config, reporter, TODAY)
    result = resolve(case, reporter) if case is not None else None
    return result, reporter.sorted()


def brief(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int, str]]:
    """(path inside the case, line, col, rule) of each diagnostic."""
    return [
        (d.location.path.split("/", 2)[-1], d.location.line, d.location.col, d.rule)
        for d in diagnostics
    ]
