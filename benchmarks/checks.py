"""How long all check rules take on a generated 30-item case (goal: under 50 ms).

Run: PYTHONPATH=src python benchmarks/checks.py [--runs N]

Prints the median of N in-process runs of `run_checks` (every rule, R01-R28, with the
rendered text rebuilt each run as in a watch rebuild), against a baseline measured in the
same run: loading and resolving the same case. A second line measures the case with a git
snapshot of a rejected submission, so R21 compares two plans (the snapshot's plan is cached
per commit, as in a long-lived watcher).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reinstate.checks import run_checks
from reinstate.checks.revision import similarity
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.stages.discover import discover
from reinstate.stages.history import read_snapshots
from reinstate.stages.load import load_case
from reinstate.stages.resolve import Resolved, resolve

TODAY = dt.date(2025, 3, 18)
PNG = Path(__file__).resolve().parents[1] / "tests/roots/minimal/content/acme/files/invoice-881.png"

CASE_MD = """---
kind: case
seller:
  legal_name: Bench Goods LLC
  store_name: Bench Goods
  merchant_token: A1BENCHGOODS
  email: ops@bench.example
  contact: {{name: Ada Lane, title: Owner}}
marketplace: amazon.com
violation:
  type: inauthentic
  notice_date: 2025-03-04
  notice: |
    We received customer complaints that the products below are inauthentic. Send
    invoices from the last 365 days and a plan of action.
  asins: [{asins}]
  deadline: 2025-03-21
submissions:
  - date: 2025-03-07
    outcome: rejected
    reply_date: 2025-03-09
    reply: Please give greater detail on the root causes.
{snapshot}---
We sold products that we had bought at retail instead of from authorised distributors.
We traced every unit we sold, removed the remaining stock and changed how we buy.
"""

CAUSE = """---
kind: cause
title: Cause {n}, units of batch {n} were bought without checking the seller's authorisation
order: {n}
evidence: [exhibit-{e}]
---
Between 2024-11-{d:02d} and 2024-12-{d:02d} we bought {u} units of batch {n} from a supplier
that we did not check (see {{exhibit}}`exhibit-{e}`). Nobody compared the supplier with the
brand's distributor list, so we could not show where the units came from. The {u} units were
sold in {w} orders before the notice arrived.
"""

ACTION = """---
kind: action
title: Closed the listing of batch {n} and removed its {u} remaining units
order: {n}
addresses: [cause-{c}]
date: 2025-03-{d:02d}
evidence: [exhibit-{e}]
key: {key}
---
- 2025-03-{d:02d}: closed the offer of batch {n} and created removal order R-{n}.
- 2025-03-{d:02d}: received the {u} units back and checked each against its invoice.
- Compared the {w} orders of {{ref}}`cause-{c}` with the purchase records.
"""

MEASURE = """---
kind: measure
title: Every purchase for batch line {n} is checked against the brand's distributor list
order: {n}
addresses: [cause-{c}]
starts: 2025-03-{d:02d}
owner: Ada Lane, Owner
cadence: before each purchase order
evidence: [exhibit-{e}]
---
The buyer checks the supplier on the brand's published list, calls the listed phone number
and files the answer with the order. Orders without the check are not paid.
"""

EXHIBIT = """---
kind: exhibit
title: Invoice {n} from Apex Wholesale for batch {n}
order: {n}
file: files/exhibit-{n}.png
type: invoice
issued: 2025-01-{d:02d}
issuer:
  name: Apex Wholesale Inc.
  phone: "+1 312 555 0142"
  address: 410 W Erie St, Chicago
  website: apex.example
covers: {{{asin}: 500}}
highlights: [Invoice date, supplier address, ASIN line]
---
Shows {u} units bought from an authorised distributor.
"""


def make_project(root: Path, snapshot: bool, edited: bool = False) -> Path:
    """A case of 8 causes, 10 actions, 8 measures and 4 exhibits (30 items)."""
    case = root / "content" / "bench"
    for sub in ("causes", "actions", "measures", "exhibits", "files"):
        (case / sub).mkdir(parents=True, exist_ok=True)
    asins = [f"B0BENCH{n:03d}" for n in range(1, 5)]
    line = "    snapshot: v1\n" if snapshot else ""
    (case / "case.md").write_text(CASE_MD.format(asins=", ".join(asins), snapshot=line))
    for n in range(1, 9):
        text = CAUSE.format(n=n, e=(n - 1) % 4 + 1, d=n + 1, u=10 * n, w=8 * n)
        (case / "causes" / f"cause-{n}.md").write_text(text)
    for n in range(1, 11):
        c, e = (n - 1) % 8 + 1, (n - 1) % 4 + 1
        text = ACTION.format(n=n, c=c, e=e, d=n + 4, u=n, w=8 * c, key=str(n <= 2).lower())
        (case / "actions" / f"action-{n}.md").write_text(text)
    for n in range(1, 9):
        text = MEASURE.format(n=n, c=n, e=(n - 1) % 4 + 1, d=n + 5)
        (case / "measures" / f"measure-{n}.md").write_text(text)
    for n in range(1, 5):
        text = EXHIBIT.format(n=n, d=n + 2, u=500, asin=asins[n - 1])
        (case / "exhibits" / f"exhibit-{n}.md").write_text(text)
        shutil.copy(PNG, case / "files" / f"exhibit-{n}.png")
    # 30 items make a long plan: allow it, so the run checks a case with no problems.
    (root / "reinstate.yaml").write_text("checks:\n  poa_max_words: 2000\n")
    if snapshot:
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com"]
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-qm", "v1"], ["tag", "v1"]):
            subprocess.run([*git, *args], cwd=root, check=True, capture_output=True)
    if edited:  # a revision after the rejection: one measure rewritten
        measure = case / "measures" / "measure-1.md"
        text = measure.read_text().replace("The buyer checks", "Since the notice, Ada checks")
        measure.write_text(text)
    return root


def analysed(root: Path) -> tuple[Callable[[], Resolved], Callable[[Resolved], Reporter]]:
    config = load_config(root, Reporter())
    (case_dir,) = discover(config, Reporter()).cases

    def front() -> Resolved:
        reporter = Reporter()
        case = load_case(case_dir, config, reporter, TODAY)
        assert case is not None
        return resolve(case, reporter, config.allow_html)

    def checks(resolved: Resolved) -> Reporter:
        reporter = Reporter()
        # As a build does: the load stage reads the snapshot (kept per commit), R21 compares.
        readings = read_snapshots(resolved.case, config, TODAY)
        run_checks(resolved, config, reporter, TODAY, readings=readings)
        return reporter

    return front, checks


def median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm up: imports, word lists, compiled patterns
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    variants = (
        (False, False, "no snapshot"),
        (True, False, "with git snapshot, unchanged plan (R21 errors)"),
        (True, True, "with git snapshot, plan edited (R21 compares every run)"),
    )
    for snapshot, edited, label in variants:
        with tempfile.TemporaryDirectory() as folder:
            root = make_project(Path(folder), snapshot, edited)
            front, checks = analysed(root)
            resolved = front()
            found = checks(resolved)
            # Unchanged since the snapshot: R21 must report it, nothing else may fire.
            expected = {"revision.unchanged"} if snapshot else set()
            problems = [
                d.format()
                for d in found.diagnostics
                if str(d.severity) != "info" and d.rule not in expected
            ]
            if {d.rule for d in found.diagnostics} & expected != expected:
                print("R21 did not compare the snapshot")
                return 1
            if problems:
                print("unexpected problems in the benchmark case:", *problems, sep="\n")
                return 1
            baseline = median_ms(front, args.runs)

            def uncached(
                resolved: Resolved = resolved, checks: Callable[[Resolved], Reporter] = checks
            ) -> Reporter:
                similarity.cache_clear()  # as the first check after an edit
                return checks(resolved)

            rules = median_ms(uncached, args.runs)
            print(
                f"checks, 30 items, {label}: median {rules:.1f} ms over {args.runs} runs "
                f"(goal < 50 ms); load+resolve baseline {baseline:.1f} ms; "
                f"ratio {rules / baseline:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
