"""What the watcher's output folder keeps of a large output between saves (output/folder.py's
`known`): its digest with its very bytes, and the stat of the file written from them, so a
long page beside a saved item is neither hashed nor read back again while its file is the
one written; a file changed in any other way is written again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import reinstate.output.atomic as atomic
from reinstate.live.changes import Change
from reinstate.live.rebuild import LiveBuild
from reinstate.output.job import BuildOptions
from support.common import ROOTS, write
from support.watching import DATE, FAST_STEPS

LONG = "A paragraph of the long page, written on 2025-03-04 for {ref}`vetting`.\n\n" * 1500


def test_a_long_page_is_not_read_back_while_its_file_is_the_one_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    shutil.copytree(ROOTS / "minimal", root)
    case = root / "content" / "acme"
    write(case / "pages" / "long.md", f"---\nkind: page\ntitle: Long\n---\n{LONG}")
    write(
        root / "reinstate.yaml",
        "max_case_bytes: 1000000\nmax_file_bytes: 1000000\nmax_case_blocks: 100000\n",
    )
    live = LiveBuild(
        root, BuildOptions(pdf=False, steps=FAST_STEPS, today=DATE), lambda *a, **k: None, print
    )
    live.open("start")
    page = root / "site" / "acme" / "pages" / "long.html"
    written = page.read_bytes()
    assert len(written) > 1 << 16
    checked: list[Path] = []
    real = atomic.is_current

    def spy(target: Path, output: object) -> bool:
        checked.append(target)
        return real(target, output)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "is_current", spy)
    cause = next(case.glob("causes/*.md"))

    def save(text: str) -> None:
        cause.write_text(cause.read_text(encoding="utf-8") + text, encoding="utf-8")
        live.apply([Change("acme", cause.relative_to(case).as_posix())])

    save("\nMore.\n")
    save("\nMore again.\n")
    assert page not in checked  # the same bytes, the file as written: not read back
    assert page.read_bytes() == written
    # the same size, other bytes, written in place (same inode): written again
    page.write_bytes(written.replace(b"paragraph", b"Paragraph"))
    save("\nAnd more.\n")
    assert page.read_bytes() == written
    page.unlink()
    save("\nOnce more.\n")
    assert page.read_bytes() == written
