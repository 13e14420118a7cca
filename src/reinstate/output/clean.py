"""Remove what builds wrote: the files the manifest lists, the manifest, and emptied folders.

Only files that reinstate recorded in the output folder's manifest (or in the journal of
an interrupted build, see journal.py) are removed, with their temporary files; anything
else there (a README, a CNAME for the web host) stays, and so does the folder when it is
not empty. The output folder must lie inside the project, and must not be the project
folder, the content folder, a theme, or a parent of any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from reinstate.checks.kept import CACHE_FOLDER as KEPT
from reinstate.core.config import CONFIG_FILE, Config, check_output_folder
from reinstate.core.diagnostics import ReinstateError
from reinstate.output.atomic import TEMP, safe_target
from reinstate.output.journal import named, orphaned
from reinstate.output.manifest import MANIFEST, read_manifest
from reinstate.output.probe import CACHE_FOLDER as PROBED
from reinstate.render.theme import TEMPLATE_CACHE


@dataclass(slots=True)
class Cleaned:
    """What `clean` removed (or, in a dry run, would remove), relative to the output folder."""

    out_dir: Path
    files: list[str] = field(default_factory=list)
    folders: list[str] = field(default_factory=list)
    """Folders left empty and removed; '.' is the output folder itself."""
    kept: list[str] = field(default_factory=list)
    """Files the manifest lists that were not removed (links, or not files)."""
    manifest: bool = True
    """False when the output folder had no manifest (nothing was removed)."""
    failed: list[tuple[str, str]] = field(default_factory=list)
    """Files that could not be removed, and why."""


def clean_folder(config: Config) -> Path:
    """The output folder, refused when removing files there could touch anything else."""
    out = config.output.resolve()
    if config.root.is_relative_to(out):
        what = "is the project folder" if out == config.root else "contains the project folder"
        raise ReinstateError(
            f"output folder '{config.rel(out)}' {what}; reinstate clean refuses to remove "
            f"anything there (set `output` in {CONFIG_FILE} to a sub-folder such as site)"
        )
    out = check_output_folder(config)
    if not out.is_relative_to(config.root):
        raise ReinstateError(
            f"output folder '{out}' is outside the project folder; reinstate clean only "
            f"removes files inside the project (set `output` in {CONFIG_FILE})"
        )
    templates = config.templates or config.root / "templates"
    if out.is_relative_to(templates.resolve()) or templates.resolve().is_relative_to(out):
        raise ReinstateError(f"output folder '{config.rel(out)}' overlaps the templates folder")
    return out


def clean(config: Config, dry_run: bool = False) -> Cleaned:
    """Remove the generated files of the project's output folder."""
    out = clean_folder(config)
    result = Cleaned(out)
    manifest_path = out / MANIFEST
    if not manifest_path.is_file():
        result.manifest = False
        return result
    journals = orphaned(out)
    listed = read_listed(out, manifest_path, config) | named(journals)
    listed |= {journal.relative_to(out).as_posix() for journal in journals}
    listed |= cached(out)
    for rel in sorted(listed | {MANIFEST}):
        try:
            target = safe_target(out, rel)
        except ReinstateError:
            result.kept.append(rel)
            continue
        if target.is_file() and not target.is_symlink():
            result.files.append(rel)
            result.files += leftovers(target, out)
        elif target.exists() or target.is_symlink():
            result.kept.append(rel)
    if not dry_run:
        removed = []
        for rel in result.files:
            try:
                (out / rel).unlink(missing_ok=True)
            except OSError as exc:  # an immutable file or folder, a read-only disk
                result.failed.append((rel, exc.strerror or type(exc).__name__))
            else:
                removed.append(rel)
        result.files = removed
        result.folders = prune(out, result.files)
    return result


CACHE = ".reinstate-cache/ocr"
"""The OCR cache the bundle step keeps in the output folder (render/highlight.py)."""
_CACHED = re.compile(r"[0-9a-f]{64}-[0-9]+\.tsv")
_COMPILED = re.compile(r"[0-9a-f]{16}-[0-9a-f]{40}\.cache")
"""The names of compiled templates (render/theme.py)."""
_PROBED = re.compile(r"[0-9a-f]{64}\.json")
"""The names of the exhibit findings a build keeps (output/probe.py)."""
_KEPT = re.compile(r"[0-9a-f]{32}\.json|lists\.json")
"""The names of the parsed and compiled word lists a build keeps (checks/kept.py)."""


def cached(out: Path) -> set[str]:
    """The files of the OCR cache, of the compiled templates, of the exhibit findings and
    of the word lists, by the names reinstate gives them (a folder or a file that is a
    link, or any other name, is left where it is)."""
    found: set[str] = set()
    for rel, pattern in (
        (CACHE, _CACHED),
        (TEMPLATE_CACHE, _COMPILED),
        (PROBED, _PROBED),
        (KEPT, _KEPT),
    ):
        folder = out / rel
        if any(p.is_symlink() for p in (out / ".reinstate-cache", folder)):
            continue
        if not folder.is_dir():
            continue
        found |= {
            f"{rel}/{path.name}"
            for path in folder.iterdir()
            if pattern.fullmatch(path.name) and path.is_file() and not path.is_symlink()
        }
    return found


def read_listed(out: Path, manifest_path: Path, config: Config) -> set[str]:
    """The generated files the manifest lists; an unreadable manifest stops the clean."""
    try:
        return read_manifest(out).generated()
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ReinstateError(
            f"cannot read the build manifest '{config.rel(manifest_path)}', so it is not known "
            "which files reinstate wrote; nothing was removed (run 'reinstate build' to "
            "rewrite it, or delete the folder yourself)"
        ) from None


def leftovers(target: Path, out: Path) -> list[str]:
    """Temporary files of an interrupted write of `target` (see write.atomic_write)."""
    found = []
    for path in sorted(target.parent.iterdir()):
        match = TEMP.fullmatch(path.name) or _OLD_TEMP.fullmatch(path.name)
        if match and match["name"] == target.name and path.is_file() and not path.is_symlink():
            found.append(path.relative_to(out).as_posix())
    return found


_OLD_TEMP = re.compile(r"\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp")
"""Temporary names of reinstate 0.1.0's first builds, without the writer's process id."""


def prune(out: Path, removed: list[str]) -> list[str]:
    """Remove the folders that `removed` left empty, deepest first (the output folder too)."""
    candidates = {(out / rel).parent for rel in removed}
    for folder in list(candidates):
        candidates.update(p for p in folder.parents if p.is_relative_to(out))
    gone = []
    for folder in sorted(candidates, key=lambda p: len(p.parts), reverse=True):
        try:
            folder.rmdir()
        except OSError:
            continue  # not empty: something that reinstate did not write is in it
        gone.append(folder.relative_to(out).as_posix())
    return gone
