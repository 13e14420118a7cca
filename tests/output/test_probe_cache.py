"""What opening the exhibit files found is kept by a build and read by the next check.

`check` and `build --no-pdf` open every exhibit file (pypdf, Pillow) to report damaged
ones; a build keeps the findings in `<output>/.reinstate-cache/exhibits/` (output/probe.py).
A check in which opening an exhibit file fails shows that the files were not opened: in a
process of its own after a build in another (the first test, as a user runs them), and in
this process, patched, for the rest.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import reinstate.render.exhibits as exhibits
from reinstate.output.probe import CACHE_FOLDER
from support.casefiles import make_case
from support.common import SRC, TODAY, Run, run_process, write

EXHIBIT = """\
---
kind: exhibit
file: {file}
title: Exhibit {ident}
order: {order}
---
"""
BROKEN_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF"
NOT_A_PNG = b"%PDF-1.4\n%%EOF\n"


def project(root: Path) -> Path:
    make_case(
        root,
        {
            "exhibits/broken.md": EXHIBIT.format(file="files/broken.pdf", ident="B", order=1),
            "exhibits/fake.md": EXHIBIT.format(file="files/fake.png", ident="F", order=2),
        },
    )
    folder = root / "content/acme/files"
    folder.mkdir()
    (folder / "broken.pdf").write_bytes(BROKEN_PDF)
    (folder / "fake.png").write_bytes(NOT_A_PNG)
    return root


def check_unopened(root: Path) -> Run:
    """`reinstate check` in a process where opening the exhibit files fails (exit 3)."""
    code = (
        "import sys\n"
        "import reinstate.render.exhibits as exhibits\n"
        "def opened(*args, **kwargs):\n"
        "    raise RuntimeError('an exhibit file was opened')\n"
        "exhibits.open_exhibits = opened\n"
        "from reinstate.cli import main\n"
        f"sys.exit(main(['check', {str(root)!r}, '--today', {TODAY!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return Run(done.returncode, done.stdout, done.stderr)


Cli = Callable[..., Run]


def opened(*args: object, **kwargs: object) -> None:
    raise RuntimeError("an exhibit file was opened")


def check_here_unopened(cli: Cli, monkeypatch: pytest.MonkeyPatch, root: Path) -> Run:
    """`check_unopened` in this process (where the same exception gives the same exit 3)."""
    with monkeypatch.context() as patch:
        patch.setattr(exhibits, "open_exhibits", opened)
        return cli("check", root, "--today", TODAY)


def build(cli: Cli, root: Path) -> Run:
    return cli("build", root, "--today", TODAY, "--no-pdf")


def exhibit_lines(run: Run) -> list[str]:
    return sorted(line for line in run.lines if "[exhibit." in line)


def test_check_reports_what_a_build_found_without_opening_the_files(tmp_path: Path) -> None:
    root = project(tmp_path / "p")
    opened = run_process("check", root, "--today", TODAY)
    assert opened.status == 1
    found = exhibit_lines(opened)
    assert len(found) == 2 and "[exhibit.unreadable]" in found[0], found
    assert not (root / "site").exists(), "check writes nothing, not even a cache"
    failed = check_unopened(root)
    assert failed.status == 3, "without a build's cache, check must open the files"
    built = run_process("build", root, "--today", TODAY, "--no-pdf")
    assert built.status == 1 and exhibit_lines(built) == found
    assert len(list((root / "site" / CACHE_FOLDER).glob("*.json"))) == 1
    cached = check_unopened(root)
    assert cached.status == 1, cached.err
    assert exhibit_lines(cached) == found


def test_kept_findings_follow_the_exhibit_to_its_new_line(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path / "p")
    assert build(cli, root).status == 1
    page = root / "content/acme/exhibits/broken.md"
    page.write_text(page.read_text("utf-8").replace("---\n", "---\ntype: invoice\n", 1), "utf-8")
    cached = check_here_unopened(cli, monkeypatch, root)
    assert cached.status == 1, cached.err
    [line] = [line for line in exhibit_lines(cached) if "broken.pdf" in line]
    assert line.startswith("content/acme/exhibits/broken.md:4:7: error:"), line


def test_a_changed_file_is_opened_again(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path / "p")
    assert build(cli, root).status == 1
    fixed = root / "content/acme/files/fake.png"
    shutil.copyfile(
        Path(__file__).parents[1] / "roots/minimal/content/acme/files/invoice-881.png", fixed
    )
    unopened = check_here_unopened(cli, monkeypatch, root)
    assert unopened.status == 3, "a new file's findings are not in the cache"
    run = cli("check", root, "--today", TODAY)
    assert [line for line in exhibit_lines(run) if "fake.png" in line] == []
    assert len(exhibit_lines(run)) == 1


def test_an_unreadable_entry_means_opening_the_files(tmp_path: Path, cli: Cli) -> None:
    root = project(tmp_path / "p")
    expected = exhibit_lines(build(cli, root))
    [entry] = (root / "site" / CACHE_FOLDER).glob("*.json")
    for text in ('{"format": "1", "findings": [[7, 2, "x", "y", ""]]}', "{", '{"format": 2}'):
        entry.write_text(text, "utf-8")
        assert exhibit_lines(cli("check", root, "--today", TODAY)) == expected, text


def test_a_linked_cache_folder_is_neither_read_nor_written(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = project(tmp_path / "p")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "site").mkdir()
    (root / "site/.reinstate-cache").symlink_to(elsewhere, target_is_directory=True)
    assert build(cli, root).status == 1
    assert list(elsewhere.rglob("*.json")) == []
    write(elsewhere / "exhibits/planted.json", '{"format": "1", "findings": []}')
    assert check_here_unopened(cli, monkeypatch, root).status == 3
