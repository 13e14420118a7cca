"""Parts of the bundle that depend on the case: no letter, dispute mode, free pages."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from pypdf import PdfReader

from reinstate.run.build import BuildOptions, build_project
from support.casefiles import ACTION, CASE_MD, CAUSE, make_case
from support.common import TODAY
from support.pdfread import links, outline, texts


def test_dispute_without_letter_with_free_pages(tmp_path: Path) -> None:
    case_md = CASE_MD.replace("kind: case\n", "kind: case\nmode: dispute\n")
    make_case(
        tmp_path,
        {
            "case.md": case_md,
            "cause.md": CAUSE,
            "action.md": ACTION
            + "See {ref}`kept` and {ref}`left-out`, and [the note](#left-out).\n",
            "pages/kept.md": "---\nkind: page\ntitle: Cover note\nbundle: true\n---\nKEPT-TEXT\n",
            "pages/left-out.md": textwrap.dedent(
                """\
                ---
                kind: page
                title: Internal notes
                ---
                LEFT-OUT-TEXT
                """
            ),
        },
    )
    build_project(tmp_path, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    reader = PdfReader(tmp_path / "site/acme/acme-bundle.pdf")
    pages = texts(reader)
    whole = " ".join(pages)
    titles = [title for depth, title, _page in outline(reader) if depth == 0]
    assert titles == [
        "Cover",
        "Contents",
        "Appeal of an account deactivation made in error: Acme Home",
        "Cover note",
    ]
    assert "Escalation letter" not in whole
    assert "KEPT-TEXT" in whole and "LEFT-OUT-TEXT" not in whole
    kept = next(i for i, t in enumerate(pages) if "KEPT-TEXT" in t)
    assert f"Cover note (p. {kept + 1})" in whole
    assert "Internal notes (p." not in whole and "Internal notes" in whole
    assert "the note (p." not in whole
    assert "~page-kept" in {link.name for link in links(reader)}
