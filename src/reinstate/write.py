"""Write outputs: atomically, only inside the output folder, only when they changed.

Every file is written to a temporary name in its own folder and renamed over the old one,
so a reader (a browser, the dev server, a mail client) never sees a half-written file and a
failed build leaves the last good file in place. Paths are checked after resolving links, so
a link planted in the output folder cannot redirect a write elsewhere.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reinstate.diagnostics import ReinstateError

Output = bytes | Path
"""What to write: the bytes of a generated file, or a source file to copy (an exhibit)."""


@dataclass(slots=True)
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def merge(self, other: WriteStats) -> None:
        self.written += other.written
        self.unchanged += other.unchanged
        self.removed += other.removed


def safe_target(out_dir: Path, rel: str) -> Path:
    """`out_dir/rel`, refused when it would land outside `out_dir`."""
    if not rel or rel.startswith("/") or "\\" in rel or ".." in rel.split("/"):
        raise ReinstateError(f"refusing to write outside the output folder: '{rel}'")
    root = out_dir.resolve()
    target = root / rel
    existing = target.parent
    while not existing.exists() and existing != root:
        existing = existing.parent
    if not existing.resolve().is_relative_to(root) or target.is_symlink():
        raise ReinstateError(f"refusing to write through a link: '{rel}'")
    return target


def digest_of(output: Output) -> str:
    if isinstance(output, bytes):
        return hashlib.sha256(output).hexdigest()
    return file_digest(output)


def file_digest(path: Path) -> str:
    sha = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            sha.update(chunk)
    return sha.hexdigest()


def atomic_write(target: Path, output: Output) -> None:
    """Replace `target` with `output` in one rename."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(output, bytes):
                handle.write(output)
            else:
                with output.open("rb") as source:
                    shutil.copyfileobj(source, handle, 1 << 20)
        Path(tmp).chmod(0o644)
        Path(tmp).replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def is_current(target: Path, output: Output) -> bool:
    """True when `target` already holds exactly `output`."""
    try:
        size = target.stat().st_size
    except OSError:
        return False
    if isinstance(output, bytes):
        return size == len(output) and target.read_bytes() == output
    try:
        if size != output.stat().st_size:
            return False
    except OSError:
        return False
    return file_digest(target) == file_digest(output)


def write_outputs(out_dir: Path, outputs: Mapping[str, Output]) -> WriteStats:
    """Write every output that differs from what is on disk."""
    stats = WriteStats()
    for rel in sorted(outputs):
        target = safe_target(out_dir, rel)
        output = outputs[rel]
        if is_current(target, output):
            stats.unchanged.append(rel)
            continue
        atomic_write(target, output)
        stats.written.append(rel)
    return stats


def remove_outputs(out_dir: Path, stale: Iterable[str]) -> list[str]:
    """Delete generated files that are no longer produced, and folders left empty."""
    removed = []
    root = out_dir.resolve()
    for rel in sorted(stale):
        try:
            target = safe_target(out_dir, rel)
        except ReinstateError:
            continue
        if target.is_file():
            target.unlink()
            removed.append(rel)
            prune_empty(target.parent, root)
    return removed


def prune_empty(folder: Path, root: Path) -> None:
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
