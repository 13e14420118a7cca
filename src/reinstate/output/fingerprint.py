"""Incremental builds: which cases must be rebuilt, decided from file stats and hashes.

A case's outputs are a pure function of its folder, the theme and the settings, so the case
is the unit of rebuild: when anything it depends on changes, all its outputs are rendered
again together. That is what keeps references correct: a renumbered cause, a renamed id
or a moved exhibit changes a file of the case, so every page that cites the target (plan,
dashboard, letter, texts, bundle) is regenerated with the new label; no page can keep a
stale one, whatever `Resolved.references` says about who cites what.

The fingerprint of a case digests the path and SHA-256 of every file in its folder, the
shared inputs (reinstate.yaml, the theme chain's templates and static files, reinstate's
own code and version) and the settings that change outputs (--strict, the date checks
treat as today). A file whose size, times and inode match the manifest is not read; one
whose change time is too close to the moment it was last hashed is hashed again, because a
same-size edit within the file system's timestamp granularity would otherwise go unseen
(git's "racy" files). The change time (ctime) is compared too: unlike the mtime, no tool
can set it back, so an edit followed by `touch -d` to the old time is still seen.

The manifest also keeps, per case, a `stamp`: one digest of every input's path and stat,
recorded only when every one of them was older than the racy window. When the stats of
the case's files give the same stamp, none of them can have changed (the policy of Make
and Sphinx, which trust a file's times and size, with the inode and the ctime added), so
`unchanged` answers without reading the per-file records: one comparison per case.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import struct
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter
from pathlib import Path
from stat import S_ISREG
from typing import TYPE_CHECKING

import reinstate
from reinstate import __version__
from reinstate.core.config import CONFIG_FILE, Config
from reinstate.output.atomic import file_digest
from reinstate.output.manifest import CaseEntry, Stat
from reinstate.stages.discover import CaseDir, inside, linked_file

if TYPE_CHECKING:
    from reinstate.render.theme import Theme

RACY_NS = 2_000_000_000
"""An mtime this close to the moment of hashing is not trusted (FAT and HFS+ keep 1-2 s)."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The input files of a case (or of the whole project), hashed just before a build."""

    hashes: dict[str, str]
    """Input path (project-relative, or absolute outside the project) → SHA-256."""
    stats: dict[str, Stat]
    checked: int
    """When the stats were taken (ns since the epoch)."""
    hashed: int = 0
    """How many files had to be read (their stat was new or too recent to trust)."""
    paths: dict[str, str] = field(default_factory=dict)
    """Input path → where the file is, for `moved`."""
    known: str = ""
    """The digest of `hashes`, when the manifest gave it (`unchanged`)."""

    def digest(self) -> str:
        if self.known:
            return self.known
        text = "".join(f"{rel}\0{digest}\n" for rel, digest in sorted(self.hashes.items()))
        return hashlib.sha256(text.encode()).hexdigest()

    def stamp(self) -> str:
        """`stamp_of` the stats, when every file is older than the racy window before the
        snapshot was taken; else "" (a file that changes within its timestamps'
        granularity after this moment could keep its stat)."""
        trusted_before = self.checked - RACY_NS
        if all(stat[2] < trusted_before for stat in self.stats.values()):
            return stamp_of(self.stats)
        return ""


def stamp_of(stats: Mapping[str, Stat]) -> str:
    """One digest of the paths and stats of a case's input files."""
    keys = sorted(stats)
    return _stamp(keys, [stats[rel] for rel in keys])


_STAT = attrgetter("st_size", "st_mtime_ns", "st_ctime_ns", "st_ino")
"""A `Stat` from an `os.stat_result`, in C (`unchanged` makes 35,000 at 1000 cases)."""
_MODE = attrgetter("st_mode")


def _stamp(keys: Sequence[str], values: Sequence[Stat]) -> str:
    """`stamp_of` the stats `values` of the paths `keys` (sorted): the paths joined by NUL
    (which no path holds), then the four numbers of each stat as signed 64-bit integers.
    Packed by `struct` rather than written as text: the text's formatting, one f-string a
    file, was a third of a no-change build's work beyond the stats themselves. A number
    that does not fit (an inode past 2**63) makes the text of the numbers instead."""
    sha = hashlib.sha256("\0".join(keys).encode("utf-8", "surrogateescape"))
    sha.update(b"\n")
    try:
        sha.update(struct.pack(f"<{4 * len(values)}q", *chain.from_iterable(values)))
    except struct.error:
        sha.update("".join(f"{s[0]}:{s[1]}:{s[2]}:{s[3]}\n" for s in values).encode())
    return sha.hexdigest()


def note_stats(entry: CaseEntry, inputs: Snapshot) -> None:
    """Note in `entry` the stats of `inputs`, whose hashes it holds already (the content
    did not change; its stats did, or they were too recent to trust before)."""
    entry.stats, entry.checked = inputs.stats, inputs.checked
    entry.stamp, entry.digest = inputs.stamp(), inputs.digest()


def unchanged(files: Mapping[str, str | Path], entry: CaseEntry) -> Snapshot | None:
    """The snapshot of `files` when their paths and stats give the stamp `entry` recorded:
    the same files as then, none of them changed since. None otherwise (or when the entry
    has no stamp), and then `snapshot` compares them one by one.

    Only the first part of the manifest is read: the snapshot's `hashes` is the entry's
    own dict, which `Manifest.load_files` fills in place if anything needs the hashes.

    One `stat` a file, in C (`map`): this is most of a no-change build's work after the
    listing. A file that cannot be stat'ed or is not a regular file takes the loop of
    `_stats`, which leaves it out, as `snapshot` does."""
    if not entry.stamp or not entry.digest:
        return None
    keys = sorted(files)
    where = [files[rel] for rel in keys]
    try:
        found = list(map(os.stat, where))  # a str path: pathlib costs 3x here
    except OSError:
        found = None
    if found is None or not all(map(S_ISREG, map(_MODE, found))):
        stats, paths = _stats(files)
        if stamp_of(stats) != entry.stamp:
            return None
        return Snapshot(entry.inputs, stats, entry.checked, 0, paths, entry.digest)
    values = list(map(_STAT, found))
    if _stamp(keys, values) != entry.stamp:
        return None
    paths = dict(zip(keys, map(str, where), strict=True))
    return Snapshot(
        entry.inputs, dict(zip(keys, values, strict=True)), entry.checked, 0, paths, entry.digest
    )


def _stats(files: Mapping[str, str | Path]) -> tuple[dict[str, Stat], dict[str, str]]:
    """The stats and paths of those of `files` that are regular files now."""
    stats: dict[str, Stat] = {}
    paths: dict[str, str] = {}
    stat_of = os.stat  # a str path: pathlib costs 3x here
    for rel, path in files.items():
        try:
            st = stat_of(path)
        except OSError:
            continue  # as in `snapshot`
        if S_ISREG(st.st_mode):
            stats[rel] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
            paths[rel] = path if isinstance(path, str) else str(path)
    return stats, paths


def snapshot(
    files: Mapping[str, str | Path], previous: CaseEntry | None, max_bytes: int | None = None
) -> Snapshot:
    """Hash `files`, reusing the recorded hash of every file whose stat is unchanged. A file
    over `max_bytes` (the largest any input may be) is refused by the build before it is
    read, so it is not read here either: its stat stands for its content.

    Taken before the build reads the files: an edit made during the build then shows as a
    change next time, never the other way round.
    """
    checked = time.time_ns()
    hashes: dict[str, str] = {}
    stats: dict[str, Stat] = {}
    paths: dict[str, str] = {}
    hashed = 0
    known_hashes = previous.inputs if previous is not None else {}
    known_stats = previous.stats if previous is not None else {}
    trusted_before = previous.checked - RACY_NS if previous is not None else 0
    stat_of = os.stat  # a str path: pathlib costs 3x here
    for rel, path in files.items():
        try:
            st = stat_of(path)
        except OSError:
            continue  # vanished since it was listed: not an input any more
        if not S_ISREG(st.st_mode):
            continue  # a device, a pipe: reading it could block or never end
        stat = (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
        known = known_hashes.get(rel)
        if known is not None and known_stats.get(rel) == stat and st.st_ctime_ns < trusted_before:
            hashes[rel] = known
        elif max_bytes is not None and st.st_size > max_bytes:
            hashes[rel] = "stat:" + ":".join(map(str, stat))
        else:
            try:
                hashes[rel] = file_digest(Path(path))
            except OSError:
                continue
            hashed += 1
        stats[rel] = stat
        paths[rel] = path if isinstance(path, str) else str(path)
    return Snapshot(hashes, stats, checked, hashed, paths)


def moved(inputs: Snapshot) -> bool:
    """True when a file of `inputs` changed or vanished since the snapshot was taken.

    Outputs built while their inputs changed may mix the old and the new files, so they
    must not be recorded as built from the snapshot: the next build would find the snapshot
    again (an edit undone) and keep them. One stat per file; new files need no check, since
    they change the next snapshot anyway.
    """
    for rel, recorded in inputs.stats.items():
        try:
            st = os.stat(inputs.paths[rel])  # noqa: PTH116 (str paths, as in `snapshot`)
        except (OSError, KeyError):
            return True
        if (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) != recorded:
            return True
    return False


def case_files(config: Config, case_dir: CaseDir, again: bool = False) -> dict[str, str]:
    """Every file of the case folder: sources, evidence files, anything an exhibit may name.

    As discovery listed them (`CaseDir.listing`: each case folder is walked once per
    build), unless `again` (a background job, which must see the folder as it is now).

    Hidden folders (.git) are skipped; hidden and `_` files are kept, since an exhibit may
    name one and a spurious rebuild costs less than a stale output. Linked folders are not
    entered and a link to a file outside the case folder is no input (a case folder is
    untrusted: a link to /dev/zero or a secret must not be read, even to hash it). Plain
    strings, not Paths: this runs for every file of every case on every build.
    """
    if case_dir.listing is not None and not again:
        return dict(case_dir.listing)
    base = config.rel(str(case_dir.folder))  # a str: the Path form costs 3x here
    found: dict[str, str] = {}
    top = str(case_dir.folder)
    folders = [(top, "")]
    while folders:
        folder, sub = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_symlink():
                if linked_file(entry) and inside(entry.path, top):
                    found[f"{base}{sub}/{entry.name}"] = entry.path
            elif entry.is_dir():
                if not entry.name.startswith("."):
                    folders.append((entry.path, f"{sub}/{entry.name}"))
            else:
                found[f"{base}{sub}/{entry.name}"] = entry.path
    return found


def shared_files(config: Config, theme: Theme) -> dict[str, Path]:
    """The inputs of every output: reinstate.yaml, the theme chain, the project's extension
    modules, reinstate's code."""
    found: dict[str, Path] = {}
    if config.path is not None:
        found[CONFIG_FILE] = config.path
    for path in theme.files():
        found[config.rel(path)] = path
    for name in config.extensions:
        module = (config.root / name).resolve()
        if name.endswith(".py") and module.is_file() and module.is_relative_to(config.root):
            found[config.rel(module)] = module
    for key, where in code_files().items():
        found[key] = Path(where)
    return found


def code_files() -> dict[str, str]:
    """reinstate's own modules: `reinstate:<path in the package>` → where the file is.

    Only folders that are packages (with an `__init__.py`) are entered: the package also
    holds data folders (the scaffold's case templates alone are some 860 folders), and
    walking them was most of a no-change build's shared inputs. Every module of reinstate
    is in a package (tests/output/test_incremental_stamp.py holds this list equal to all
    the `.py` files under the package)."""
    package = os.path.dirname(os.path.realpath(reinstate.__file__))  # noqa: PTH120
    found: dict[str, str] = {}
    join, isfile = os.path.join, os.path.isfile
    for folder, folders, names in os.walk(package):  # strings: pathlib's rglob costs 3x
        folders[:] = [name for name in folders if isfile(join(folder, name, "__init__.py"))]
        sub = folder[len(package) + 1 :].replace(os.sep, "/")
        prefix = f"reinstate:{sub}/" if sub else "reinstate:"
        for name in names:
            if name.endswith(".py"):
                found[prefix + name] = join(folder, name)
    return found


def settings_digest(strict: bool, today: dt.date) -> str:
    """The build settings that change outputs without changing any file."""
    return f"strict={strict};today={today.isoformat()}"


def resolve_revisions(root: Path, names: Iterable[str]) -> dict[str, str]:
    """The commit each git revision name (`snapshot: v1`) points at now, '' when unknown.

    A case whose submissions name a snapshot is checked against the case at that commit
    (rule R21), so its outputs depend on where the name points: a tag created or a branch
    moved since the last build must rebuild it, though no file of the case changed. One
    `git cat-file --batch-check` answers for every name.
    """
    import shutil
    import subprocess  # here: only a case that names a git snapshot runs git

    wanted = sorted(set(names))
    git = shutil.which("git")
    if not wanted or git is None:
        return dict.fromkeys(wanted, "")
    query = "".join(f"{name}^{{commit}}\n" for name in wanted).encode()
    try:
        done = subprocess.run(
            [git, "-c", "core.fsmonitor=false", "cat-file", "--batch-check"],
            cwd=root,
            input=query,
            capture_output=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return dict.fromkeys(wanted, "")
    answers = done.stdout.decode("utf-8", "replace").splitlines()
    if done.returncode != 0 or len(answers) != len(wanted):
        return dict.fromkeys(wanted, "")
    return {
        name: answer.split()[0] if answer.endswith(tuple("0123456789")) else ""
        for name, answer in zip(wanted, answers, strict=True)
    }


def fingerprint(*parts: str) -> str:
    return hashlib.sha256("\0".join((__version__, *parts)).encode()).hexdigest()


def outputs_present(out_dir: Path, outputs: Iterable[str]) -> bool:
    """True when every recorded output still exists (one stat each; plain strings, since a
    no-change build of 1000 cases checks some 15,000 outputs and a Path costs 3x here)."""
    top = str(out_dir)
    try:
        found = list(map(os.stat, [f"{top}/{rel}" for rel in outputs]))
    except (OSError, ValueError):  # as `os.path.isfile`: a NUL in a name is ValueError
        return False
    return all(map(S_ISREG, map(_MODE, found)))  # `os.path.isfile` of each, in C


def is_fresh(entry: CaseEntry | None, print_: str, out_dir: Path, need_slow: bool) -> bool:
    """True when `entry` was built from exactly the fingerprint `print_` and is still there.

    A case whose last build failed is never fresh: its outputs are older than its sources.
    """
    return (
        entry is not None
        and entry.ok
        and bool(entry.fingerprint)
        and entry.fingerprint == print_
        and (entry.complete or not need_slow)
        and outputs_present(out_dir, entry.outputs)
    )
