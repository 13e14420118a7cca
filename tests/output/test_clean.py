"""`reinstate clean`: removes what builds wrote, and nothing else, from a safe folder only."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.output.manifest import MANIFEST, load_manifest
from support.common import TODAY, Run, write


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under `folder` with its hash (links by their target)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            found[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            found[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def built(make_project: Callable[[str], Path], cli: Callable[..., Run]) -> Path:
    root = make_project("minimal")
    run = cli("build", root, "--today", TODAY, "--no-pdf")
    assert run.status == 0, run.err
    return root


def test_removes_every_generated_file(built: Path, cli: Callable[..., Run]) -> None:
    before = snapshot(built / "content")
    generated = sorted(snapshot(built / "site"))
    assert "acme/plan-of-action.html" in generated and MANIFEST in generated
    run = cli("clean", built)
    assert run.status == 0, run.err
    assert sorted(run.out.split()) == sorted(f"site/{rel}" for rel in generated)
    assert (
        f"removed {len(generated)} files and" in run.err and "empty folders from site/" in run.err
    )
    assert not (built / "site").exists()
    assert snapshot(built / "content") == before


def test_keeps_files_it_did_not_write(built: Path, cli: Callable[..., Run]) -> None:
    write(built / "site" / "CNAME", "appeals.example\n")
    write(built / "site" / "acme" / "notes.txt", "mine\n")
    assert cli("clean", built).status == 0
    assert snapshot(built / "site") == {
        "CNAME": hashlib.sha256(b"appeals.example\n").hexdigest(),
        "acme/notes.txt": hashlib.sha256(b"mine\n").hexdigest(),
    }


def test_dry_run_removes_nothing(built: Path, cli: Callable[..., Run]) -> None:
    before = snapshot(built / "site")
    run = cli("clean", built, "--dry-run")
    assert run.status == 0
    assert f"would remove {len(before)} files from site/" in run.err
    assert snapshot(built / "site") == before


def test_nothing_to_clean(make_project: Callable[[str], Path], cli: Callable[..., Run]) -> None:
    root = make_project("minimal")
    write(root / "site" / "index.html", "not ours\n")
    run = cli("clean", root)
    assert run.status == 0
    assert "nothing to clean: site/ has no build manifest" in run.err
    assert (root / "site" / "index.html").read_text() == "not ours\n"


def test_removes_leftovers_of_interrupted_writes(built: Path, cli: Callable[..., Run]) -> None:
    leftover = write(built / "site" / "acme" / ".index.html.k2j4_x9.tmp", "half\n")
    other = write(built / "site" / "acme" / ".notes.txt.abc.tmp", "not a leftover of ours\n")
    assert cli("clean", built).status == 0
    assert not leftover.exists() and other.exists()


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (".", "output folder '.' is the project folder"),
        ("content", "overlaps the content folder"),
        ("content/acme/out", "overlaps the content folder"),
        ("..", "contains the project folder"),
        ("../elsewhere", "is outside the project folder"),
        ("themes/out", "is inside the themes folder"),
        ("templates", "overlaps the templates folder"),
    ],
)
def test_refuses_dangerous_output_folders(
    built: Path, cli: Callable[..., Run], output: str, message: str
) -> None:
    (built / "site").rename(built / "built-site")
    target = (built / output).resolve()
    target.mkdir(parents=True, exist_ok=True)
    # A manifest naming a source file: a clean that ran here would remove it.
    manifest = {"version": "0", "cases": {"": {"outputs": {"content/acme/case.md": "x"}}}}
    write(target / MANIFEST, json.dumps(manifest))
    write(built / "reinstate.yaml", f"output: {output}\n")
    before = snapshot(built.parent)
    run = cli("clean", built)
    assert run.status == 2
    assert message in run.err
    assert snapshot(built.parent) == before


def test_refuses_an_output_folder_linked_outside(
    built: Path, cli: Callable[..., Run], tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    (built / "site").rename(elsewhere)
    (built / "site").symlink_to(elsewhere, target_is_directory=True)
    before = snapshot(elsewhere)
    run = cli("clean", built)
    assert run.status == 2
    assert "is outside the project folder" in run.err
    assert snapshot(elsewhere) == before


def test_never_follows_the_manifest_out_of_the_folder(built: Path, cli: Callable[..., Run]) -> None:
    case_md = built / "content" / "acme" / "case.md"
    (built / "site" / "linked.md").symlink_to(case_md)
    manifest_path = built / "site" / MANIFEST
    manifest = json.loads(manifest_path.read_text())
    manifest["cases"][""]["outputs"].update({"../content/acme/case.md": "x", "linked.md": "x"})
    manifest_path.write_text(json.dumps(manifest))
    before = snapshot(built / "content")
    run = cli("clean", built)
    assert run.status == 0, run.err
    assert "kept site/linked.md: not a plain file" in run.err
    assert snapshot(built / "content") == before
    assert (built / "site" / "linked.md").is_symlink()


def test_an_unreadable_manifest_stops_the_clean(built: Path, cli: Callable[..., Run]) -> None:
    (built / "site" / MANIFEST).write_text("{not json")
    before = snapshot(built / "site")
    run = cli("clean", built)
    assert run.status == 2
    assert "cannot read the build manifest 'site/.reinstate-manifest.json'" in run.err
    assert snapshot(built / "site") == before


def test_clean_then_build_again(built: Path, cli: Callable[..., Run]) -> None:
    before = snapshot(built / "site")
    generated = load_manifest(built / "site").generated()
    assert cli("clean", built).status == 0
    assert cli("build", built, "--today", TODAY, "--no-pdf").status == 0
    after = snapshot(built / "site")
    # The manifest also records file stats (mtime, inode) for incremental builds, which a
    # rebuild renews; what it lists must be the same.
    assert after.pop(MANIFEST) and before.pop(MANIFEST)
    assert after == before
    assert load_manifest(built / "site").generated() == generated
