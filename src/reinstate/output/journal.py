"""The write journal: what a build is writing, so that an interrupted build can be undone.

The manifest is saved once, at the end of a build. A build killed before that (SIGKILL, a
crash, a power cut) leaves files the manifest does not describe: temporary files, outputs
it does not list, and listed outputs whose content is not what it records. So each process
that writes into the output folder first notes each output's path in its own journal,
`.reinstate-journal-<pid>`, and deletes the journal once the manifest describing those
files is saved.

A journal whose process is gone therefore marks an interrupted build. The next build
(`recover`) removes that build's temporary files and stops trusting the manifest about
the files it names, so they are compared and rewritten; once it has saved its own manifest
(`settle`), it deletes every file those journals name that no case produces any more, then
the journals. The output folder is then exactly what a clean build would have made.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from reinstate.core.diagnostics import ReinstateError
from reinstate.output.atomic import TEMP, prune_empty, safe_target, write_error

PREFIX = ".reinstate-journal-"
_NAME = re.compile(re.escape(PREFIX) + r"(?P<pid>[0-9]+)")


def is_alive(pid: int) -> bool:
    """True while process `pid` exists (on systems where that cannot be asked: always)."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # os.kill would terminate it on Windows; `clean` removes leftovers there
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


class Journal:
    """This process's journal in one output folder; opened at the first write."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.path = out_dir / f"{PREFIX}{os.getpid()}"
        self.fd: int | None = None

    def note(self, rel: str) -> None:
        """Record that `rel` is about to be written (before its temporary file exists)."""
        if self.fd is None:
            try:
                self.out_dir.mkdir(parents=True, exist_ok=True)
                self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            except OSError as exc:
                raise write_error(self.path, exc) from None
        try:
            os.write(self.fd, f"{rel}\n".encode())
        except OSError as exc:
            raise write_error(self.path, exc) from None

    def close(self) -> None:
        """Forget the journal: the manifest now describes everything it named."""
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self.fd = None
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


_JOURNALS: dict[tuple[int, Path], Journal] = {}


def journal_for(out_dir: Path) -> Journal:
    """The journal of this process in `out_dir` (a pool worker has its own)."""
    key = (os.getpid(), out_dir)
    journal = _JOURNALS.get(key)
    if journal is None:
        journal = _JOURNALS[key] = Journal(out_dir)
    return journal


def orphaned(out_dir: Path) -> list[Path]:
    """The journals of builds that were interrupted: those of processes that are gone, and
    this process's own when no build of it is writing (one that failed, e.g. disk full)."""
    try:
        names = [path.name for path in out_dir.iterdir()]
    except OSError:
        return []
    own = f"{PREFIX}{os.getpid()}"
    found = []
    for name in sorted(names):
        match = _NAME.fullmatch(name)
        if match is not None and (name == own or not is_alive(int(match["pid"]))):
            found.append(out_dir / name)
    return found


def named(journals: Iterable[Path]) -> set[str]:
    """Every output path the journals name (a last line cut short names nothing)."""
    found: set[str] = set()
    for journal in journals:
        try:
            text = journal.read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        found.update(line for line in text.split("\n")[:-1] if line)
    return found


def recover(out_dir: Path) -> set[str] | None:
    """After an interrupted build: remove its temporary files and return the paths it
    wrote; None when no build was interrupted."""
    journals = orphaned(out_dir)
    if not journals:
        return None
    for folder, _dirs, files in os.walk(out_dir):
        for name in files:
            match = TEMP.fullmatch(name)
            if match is not None and not is_alive(int(match["pid"])):
                with contextlib.suppress(OSError):
                    Path(folder, name).unlink()
    return named(journals)


def settle(out_dir: Path, generated: set[str], own: Journal | None) -> list[str]:
    """Once the manifest is saved: delete what interrupted builds (and this one) wrote that
    no case produces, then their journals. Returns the paths removed."""
    journals = orphaned(out_dir)
    if own is not None and own.fd is not None:
        journals.append(own.path)
    removed = []
    root = out_dir.resolve()
    for rel in sorted(named(journals) - generated):
        try:
            target = safe_target(out_dir, rel)
        except ReinstateError:
            continue
        if target.is_file() and not target.is_symlink():
            try:
                target.unlink()
            except OSError as exc:
                raise write_error(target, exc, "remove") from None
            removed.append(rel)
            prune_empty(target.parent, root)
    if own is not None:
        own.close()
    for journal in journals:
        with contextlib.suppress(FileNotFoundError):
            journal.unlink()
    return removed
