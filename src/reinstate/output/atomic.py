"""Write outputs: atomically, only inside the output folder, only when they changed.

Every file is written to a temporary name in its own folder and renamed over the old one,
so a reader (a browser, the dev server, a mail client) never sees a half-written file and a
failed build leaves the last good file in place. Paths are checked after resolving links, so
a link planted in the output folder cannot redirect a write elsewhere.

A temporary name carries the writer's process id (`.index.html.<pid>.<random>.tmp`), so
that the leftovers of a killed build can be told from the files of a build still running
(journal.py removes them). A write the system refuses (a full disk, a folder that is not
writable) is a `WriteError`: a message for the user, not a bug.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reinstate.core.diagnostics import ReinstateError

if TYPE_CHECKING:
    from reinstate.core.model import Output

TEMP = re.compile(r"\.(?P<name>.+)\.(?P<pid>[0-9]+)\.[A-Za-z0-9_]+\.tmp")
"""A temporary file of `atomic_write` (its target's name, the writer's process id)."""
_FULL = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)
_DENIED = (errno.EACCES, errno.EPERM, errno.EROFS)


class WriteError(ReinstateError):
    """The system refused a write or a removal in the output folder."""


class SourceGone(Exception):  # noqa: N818 (an event, not a failure of ours)
    """A file to copy (an exhibit, a theme file) vanished after the build read it."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


def write_error(path: Path, exc: OSError, doing: str = "write") -> WriteError:
    """A one-line explanation of why `path` could not be written (or removed)."""
    reason = exc.strerror or str(exc)
    if exc.errno in _FULL:
        advice = (
            "the disk is full; files written before this one are complete, the others keep "
            "their last version: free some space and build again"
        )
    elif exc.errno in _DENIED:
        advice = (
            "the output folder is not writable: check its permissions, or choose another "
            "folder with --out"
        )
    else:
        advice = "the last good version of the file was kept"
    return WriteError(f"cannot {doing} '{path}': {reason}; {advice}")


@dataclass(slots=True)
class WriteStats:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    """Outputs not written because the file to copy vanished during the build."""
    moved: list[str] = field(default_factory=list)
    """Cases whose files changed while they were being built (see output.py)."""

    def merge(self, other: WriteStats) -> None:
        self.written += other.written
        self.unchanged += other.unchanged
        self.removed += other.removed
        self.gone += other.gone
        self.moved += other.moved


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
    """Replace `target` with `output` in one rename.

    Raises `SourceGone` when `output` is a file that no longer exists (nothing is written),
    and `WriteError` when the system refuses the write (the old file stays).
    """
    with contextlib.ExitStack() as stack:
        if isinstance(output, Path):
            try:
                source = stack.enter_context(output.open("rb"))
            except FileNotFoundError:
                raise SourceGone(output) from None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp", dir=target.parent
            )
        except OSError as exc:
            raise write_error(target, exc) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                if isinstance(output, bytes):
                    handle.write(output)
                else:
                    shutil.copyfileobj(source, handle, 1 << 20)
            Path(tmp).chmod(0o644)
            Path(tmp).replace(target)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
            if isinstance(exc, OSError):
                raise write_error(target, exc) from None
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


def write_outputs(
    out_dir: Path, outputs: Mapping[str, Output], before: Callable[[str], None] | None = None
) -> WriteStats:
    """Write every output that differs from what is on disk.

    `before(rel)` is told just before each file is written (the journal). A file to copy
    that has vanished since the build read it is skipped and listed in `stats.gone`.
    """
    stats = WriteStats()
    for rel in sorted(outputs):
        target = safe_target(out_dir, rel)
        output = outputs[rel]
        if is_current(target, output):
            stats.unchanged.append(rel)
            continue
        if before is not None:
            before(rel)
        try:
            atomic_write(target, output)
        except SourceGone:
            stats.gone.append(rel)
            continue
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
            try:
                target.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise write_error(target, exc, "remove") from None
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
