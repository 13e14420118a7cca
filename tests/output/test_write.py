"""The write stage: atomic, inside the output folder, only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.core.diagnostics import ReinstateError
from reinstate.output.atomic import (
    WriteError,
    atomic_write,
    remove_outputs,
    safe_target,
    write_outputs,
)
from reinstate.output.manifest import Manifest, load_manifest, save_manifest


def test_writes_new_and_changed_files_only(tmp_path: Path) -> None:
    source = tmp_path / "exhibit.pdf"
    source.write_bytes(b"%PDF")
    out = tmp_path / "out"
    first = write_outputs(out, {"a/index.html": b"<p>1</p>", "a/exhibits/x.pdf": source})
    assert first.written == ["a/exhibits/x.pdf", "a/index.html"]
    second = write_outputs(out, {"a/index.html": b"<p>2</p>", "a/exhibits/x.pdf": source})
    assert second.written == ["a/index.html"] and second.unchanged == ["a/exhibits/x.pdf"]
    assert (out / "a/index.html").read_bytes() == b"<p>2</p>"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "index.html"
    target.write_bytes(b"old")

    def broken_replace(self: Path, other: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", broken_replace)
    with pytest.raises(WriteError, match="the disk is full"):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index.html"]


@pytest.mark.parametrize("rel", ["../x.html", "/etc/passwd", "a/../../x", "a\\b", ""])
def test_paths_that_leave_the_output_folder_are_refused(tmp_path: Path, rel: str) -> None:
    with pytest.raises(ReinstateError):
        safe_target(tmp_path, rel)


def test_remove_outputs_prunes_empty_folders_only(tmp_path: Path) -> None:
    write_outputs(tmp_path, {"c/pages/p.html": b"x", "c/index.html": b"y"})
    (tmp_path / "c/keep.txt").write_text("mine")
    assert remove_outputs(tmp_path, ["c/pages/p.html", "c/gone.html"]) == ["c/pages/p.html"]
    assert not (tmp_path / "c/pages").exists()
    assert (tmp_path / "c/keep.txt").exists()


def test_a_corrupt_manifest_reads_as_empty(tmp_path: Path) -> None:
    (tmp_path / ".reinstate-manifest.json").write_text('{"cases": {"a": {"outputs": 3}}')
    assert load_manifest(tmp_path) == Manifest()
    manifest = Manifest()
    save_manifest(tmp_path, manifest)
    assert load_manifest(tmp_path) == manifest


def test_a_manifest_is_read_whole_up_to_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest is read to the file's size; one larger than the limit is not one a
    build wrote, and reads as empty (everything rebuilds)."""
    from reinstate.output import manifest as manifests
    from reinstate.output.manifest import CaseEntry

    saved = Manifest(cases={"a": CaseEntry(outputs={"a/index.html": "0" * 64})})
    save_manifest(tmp_path, saved)
    size = (tmp_path / manifests.MANIFEST).stat().st_size
    monkeypatch.setattr(manifests, "MAX_MANIFEST_BYTES", size)
    assert load_manifest(tmp_path) == saved
    monkeypatch.setattr(manifests, "MAX_MANIFEST_BYTES", size - 1)
    assert load_manifest(tmp_path) == Manifest()
