"""Generated projects for the benchmarks: N cases of about M items each, valid and linked.

Each case has causes, actions and measures that cite each other with {ref}, exhibits
with a small PNG, and a free page. `python benchmarks/generate.py DIR --cases 200` writes
one to look at.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PNG = ROOT / "tests/roots/minimal/content/acme/files/invoice-881.png"
TEXT = (
    "We traced every unit sold in the last 365 days against the supplier's invoices and "
    "kept the records in the shared ledger, so that any future complaint can be answered "
    "with the invoice that covers the unit. "
)

CASE = """\
---
kind: case
seller:
  legal_name: Store {n} Trading LLC
  store_name: Store {n}
  merchant_token: A{n:06d}EXAMPLE
  email: ops{n}@store.example
  contact: {{name: Sam Lee, title: Owner}}
marketplace: amazon.com
violation:
  type: inauthentic
  notice_date: 2025-03-04
  asins: [B07K2XQ9LM]
submissions:
  - date: 2025-03-07
    channel: appeal_form
    outcome: rejected
    reply_date: 2025-03-09
---
We sold units we could not trace to an authorised supplier. {text}
"""
CAUSE = """\
---
kind: cause
title: Root problem {i} in how we bought and checked stock
order: {i}
evidence: [exhibit-{e}]
---
This happened because we had no written check for problem {i}. {text}See
{{exhibit}}`exhibit-{e}`.
"""
ACTION = """\
---
kind: action
title: Fixed problem {i} and removed the affected units
addresses: [cause-{c}]
date: 2025-03-06
evidence: [exhibit-{e}]
---
{text}This answers {{ref}}`cause-{c}`.
"""
MEASURE = """\
---
kind: measure
title: A weekly check {i} keeps the problem from coming back
addresses: [cause-{c}]
starts: 2025-03-08
owner: Sam Lee, Owner
cadence: every week
---
{text}It prevents {{ref}}`cause-{c}` from happening again.
"""
EXHIBIT = """\
---
kind: exhibit
title: Invoice {i} from an authorised distributor
file: files/invoice-{i}.png
type: invoice
issued: 2025-01-12
issuer: {{name: Apex Wholesale Inc., phone: "+1 312 555 0142", address: "410 W Erie St, Chicago", website: apex.example}}
covers: {{B07K2XQ9LM: 100}}
---
{text}
"""
PAGE = """\
---
kind: page
title: Notes for the reviewer
---
The plan answers {refs}.
"""


def write_case(folder: Path, n: int, items: int = 30) -> None:
    """A case of about `items` items: 3/10 causes, actions and measures, 1/10 exhibits."""
    causes = max(1, items * 3 // 10)
    exhibits = max(1, items // 10)
    files = {"case.md": CASE.format(n=n, text=TEXT)}
    for i in range(1, causes + 1):
        e = (i - 1) % exhibits + 1
        files[f"causes/cause-{i}.md"] = CAUSE.format(i=i, e=e, text=TEXT * 2)
        files[f"actions/action-{i}.md"] = ACTION.format(i=i, c=i, e=e, text=TEXT)
        files[f"measures/measure-{i}.md"] = MEASURE.format(i=i, c=i, text=TEXT)
    for i in range(1, exhibits + 1):
        files[f"exhibits/exhibit-{i}.md"] = EXHIBIT.format(i=i, text=TEXT)
        (folder / "files").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(PNG, folder / f"files/invoice-{i}.png")
    refs = ", ".join(f"{{ref}}`cause-{i}`" for i in range(1, causes + 1))
    files["pages/notes.md"] = PAGE.format(refs=refs)
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


LARGE = "max_case_bytes: 8000000\nmax_case_blocks: 1000000\nmax_case_exhibit_pages: 1000\n"
"""The case limits of a project whose cases are larger than the defaults allow (they bound
what an untrusted case may cost: SECURITY.md); a benchmark of a 300-item case raises them
as its author would."""


def write_project(root: Path, cases: int, items: int = 30) -> Path:
    """`cases` cases of about `items` items; past 30 items, a reinstate.yaml raising the
    case limits (`LARGE`), which a case of 300 items passes."""
    for n in range(1, cases + 1):
        write_case(root / "content" / f"store-{n:03d}", n, items)
    if items > 30:
        (root / "reinstate.yaml").write_text(LARGE, encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cases", type=int, default=1)
    parser.add_argument("--items", type=int, default=30)
    args = parser.parse_args()
    write_project(args.folder, args.cases, args.items)


if __name__ == "__main__":
    main()
