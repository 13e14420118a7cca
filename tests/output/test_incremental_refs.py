"""Never stale: renumbering a target rebuilds every output that cites it.

Sphinx's incremental build keeps old numbers in pages that cite a renumbered label (its
issue #184). Here a new cause with a lower `order` turns Root Cause 1 into Root Cause 2;
every page, text and letter that cites it must show the new label after an incremental
build, and the whole output must equal a clean forced build.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from reinstate.output.manifest import MANIFEST
from support.common import TODAY, Run, write

Cli = Callable[..., Run]
CAUSE = "unvetted-supplier"
TITLE = "We bought 30 kettles from a supplier we had not vetted"

CITING_PAGE = """\
---
kind: page
title: Notes for the reviewer
---
The supplier problem is {ref}`unvetted-supplier`; see also [the cause](#unvetted-supplier).
"""
LETTER = """\
---
kind: letter
to: Executive Seller Relations
channel: escalation_email
date: 2025-03-17
missed:
  - ref: unvetted-supplier
    note: The reply did not address the supplier.
---
Dear team, our plan answers {ref}`unvetted-supplier` with dated actions.
"""
NEW_CAUSE = """\
---
kind: cause
title: Nobody read the buyer complaints
order: 1
---
Complaints about the kettles went unread for two weeks.
"""


def labels_of(out: Path, anchor: str) -> dict[str, set[str]]:
    """Per output file, the texts of the links that point at `#anchor`."""
    found: dict[str, set[str]] = {}
    link = re.compile(rf'<a [^>]*href="[^"]*#{anchor}"[^>]*>(.*?)</a>', re.S)
    for path in sorted(out.rglob("*.html")):
        texts = {re.sub(r"<[^>]+>", "", t).strip() for t in link.findall(path.read_text())}
        if texts:
            found[path.relative_to(out).as_posix()] = texts
    return found


def text_mentions(out: Path) -> dict[str, list[str]]:
    """Per text output (plain text, e-mail), every 'Root Cause N' with what follows it."""
    found: dict[str, list[str]] = {}
    for path in sorted([*out.rglob("*.txt"), *out.rglob("*.eml")]):
        mentions = re.findall(r"Root Cause \d+.{0,20}", path.read_text())
        if mentions:
            found[path.relative_to(out).as_posix()] = mentions
    return found


def tree(out: Path) -> dict[str, bytes]:
    """The outputs under `out` (not the caches a build keeps there: compiled templates)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and p.name != MANIFEST
        and not p.relative_to(out).as_posix().startswith(".reinstate-cache/")
    }


def test_renumbered_cause_is_relabelled_everywhere(
    make_project: Callable[[str], Path], cli: Cli, tmp_path: Path
) -> None:
    root = make_project("minimal")
    # without the PDF step, an e-mail is written only when it does not attach the bundle
    write(root / "reinstate.yaml", "email: {attach_bundle: false}\n")
    case = root / "content/acme"
    write(case / "pages/reviewer-notes.md", CITING_PAGE)
    write(case / "letter.md", LETTER)
    assert cli("build", root, "--no-pdf", "--today", TODAY).status in (0, 1)
    site = root / "site/acme"
    before = labels_of(site, CAUSE)
    # The plan, the dashboard (key points), the free page and the letter all cite it.
    pages = {"plan-of-action.html", "index.html", "pages/reviewer-notes.html"}
    assert pages | {"escalation-letter.html"} <= set(before)
    assert all(texts <= {"Root Cause 1", "the cause"} for texts in before.values())
    mentions = text_mentions(site)
    assert {"plan-of-action.txt", "escalation-letter.txt", "escalation-letter.eml"} <= set(mentions)
    assert all(m.startswith("Root Cause 1") for found in mentions.values() for m in found)

    write(case / "causes/complaints-unread.md", NEW_CAUSE)
    run = cli("build", root, "--no-pdf", "--today", TODAY)
    assert "(1 rebuilt, 0 up to date)" in run.lines[-1]
    after = labels_of(site, CAUSE)
    assert set(after) == set(before)
    for page, texts in after.items():
        assert "Root Cause 1" not in texts, page
        assert texts <= {"Root Cause 2", "the cause"}, page
    assert "Root Cause 2" in after["plan-of-action.html"]
    assert "Root Cause 2" in after["pages/reviewer-notes.html"]
    renumbered = text_mentions(site)
    assert set(renumbered) == set(mentions)  # the plan text, the letter text and e-mail
    for name, found in renumbered.items():
        assert any(m.startswith("Root Cause 2") for m in found), name
        for mention in found:  # "Root Cause 1" is now only the new cause's own heading
            assert mention.startswith("Root Cause 2") or "Nobody read" in mention, name
    plan = (site / "plan-of-action.html").read_text()
    assert re.search(r"Root Cause 1\W.{0,120}Nobody read the buyer complaints", plan, re.S)

    clean = tmp_path / "clean"
    cli("build", root, "--no-pdf", "--today", TODAY, "--force", "--out", clean)
    assert tree(root / "site") == tree(clean)
