"""Helpers for the check rule tests: a small good case to vary, analysed in-process."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from dataclasses import dataclass
from pathlib import Path

from reinstate.checks import check_settings
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Diagnostic, Reporter, Severity
from reinstate.run.build import BuildOptions, analyse
from reinstate.stages.discover import discover
from support.common import ROOTS, TODAY

CASE = "content/acme"
PNG = ROOTS / "minimal" / "content" / "acme" / "files" / "invoice-881.png"

_BASE: dict[str, str] = {
    "case.md": """\
        ---
        kind: case
        seller:
          legal_name: Acme Home Supply LLC
          store_name: Acme Home
          merchant_token: A1ACMEHOME00
          email: seller@acme.example
          contact: {name: Robin Park, title: Owner}
        marketplace: amazon.com
        violation:
          type: inauthentic
          notice_date: 2025-02-10
          notice: |
            We received complaints that the kettle below is inauthentic.
          asins: [B01ACME001]
        ---
        We sold a kettle (B01ACME001) bought from a supplier we had not checked.
        """,
    "causes/unvetted-supplier.md": """\
        ---
        kind: cause
        title: We bought 30 kettles from a supplier we had not vetted
        key: true
        evidence: [invoice]
        ---
        On 2025-01-05 we bought 30 units from a new supplier without checking that the brand
        authorises it ({exhibit}`invoice`).
        """,
    "actions/removed-stock.md": """\
        ---
        kind: action
        title: Removed the 12 remaining units from sale
        addresses: [unvetted-supplier]
        date: 2025-02-11
        key: true
        ---
        Closed the listing and removed all 12 units (see {ref}`unvetted-supplier`).
        """,
    "measures/vetting.md": """\
        ---
        kind: measure
        title: New suppliers are vetted before the first order
        addresses: [unvetted-supplier]
        starts: 2025-02-12
        owner: Robin Park, Owner
        cadence: before each first order
        ---
        We check the brand's distributor list, call the supplier and keep the invoice.
        """,
    "exhibits/invoice.md": """\
        ---
        kind: exhibit
        title: Invoice 881 from Brightline Distribution
        file: files/invoice-881.png
        type: invoice
        issued: 2025-01-05
        issuer:
          name: Brightline Distribution
          phone: "+1 555 0100"
          address: 1 Main St
          website: brightline.example
        covers: {B01ACME001: 30}
        ---
        Shows 30 units bought from an authorised distributor.
        """,
}

BASE = {rel: textwrap.dedent(text) for rel, text in _BASE.items()}
"""The files of a small good case, by path inside the case folder."""


@dataclass
class Checked:
    """The diagnostics of one analysed case."""

    root: Path
    diagnostics: list[Diagnostic]

    def of(self, rule: str) -> list[tuple[str, int, int]]:
        """(path inside the case folder, line, col) of each diagnostic of `rule`."""
        return [
            (d.location.path.removeprefix(CASE + "/"), d.location.line, d.location.col)
            for d in self.diagnostics
            if d.rule == rule
        ]

    def messages(self, rule: str) -> list[str]:
        return [d.message for d in self.diagnostics if d.rule == rule]

    def severities(self, rule: str) -> list[Severity]:
        return [d.severity for d in self.diagnostics if d.rule == rule]

    def problems(self) -> list[Diagnostic]:
        """Errors and warnings (not infos)."""
        return [d for d in self.diagnostics if d.severity != Severity.INFO]


def make_case(tmp_path: Path, files: dict[str, str | None] | None = None, config: str = "") -> Path:
    """The base case with `files` replaced (None removes a file); returns the project."""
    root = tmp_path / "project"
    if root.exists():
        shutil.rmtree(root)
    folder = root / CASE
    (folder / "files").mkdir(parents=True)
    shutil.copy(PNG, folder / "files" / "invoice-881.png")
    merged: dict[str, str | None] = {**BASE, **(files or {})}
    for rel, text in merged.items():
        if text is None:
            continue
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel.startswith("files/"):
            path.write_bytes(PNG.read_bytes())
        else:
            path.write_text(text, encoding="utf-8")
    if config:
        (root / "reinstate.yaml").write_text(textwrap.dedent(config), encoding="utf-8")
    return root


def check(root: Path, today: str = TODAY) -> Checked:
    reporter = Reporter()
    config = load_config(root, reporter)
    check_settings(config, reporter)
    project = discover(config, reporter)
    options = BuildOptions(today=dt.date.fromisoformat(today), read_only=True)
    found = list(reporter.diagnostics)
    for case_dir in project.cases:
        found.extend(analyse(config, case_dir, options).reporter.sorted())
    return Checked(root, found)


def run(
    tmp_path: Path, files: dict[str, str | None] | None = None, config: str = "", today: str = TODAY
) -> Checked:
    return check(make_case(tmp_path, files, config), today)


def position(root: Path, rel: str, phrase: str, nth: int = 0) -> tuple[str, int, int]:
    """(rel, line, col) of the `nth` occurrence of `phrase` in the case file `rel`."""
    text = (root / CASE / rel).read_text(encoding="utf-8")
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    return rel, line, col
