"""Find the cases of a project: one folder per case under the content folder.

Names starting with `_` or `.` are ignored (drafts, editor files, version control), as are
files that are not Markdown. A symlink that leads out of its case folder is refused, so a
case folder can never make reinstate read a file elsewhere on the machine.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from reinstate.core.config import Config
from reinstate.core.diagnostics import Location, ReinstateError, Reporter

CASE_FILE = "case.md"


@dataclass(frozen=True, slots=True)
class CaseDir:
    """A case folder and the Markdown files in it, sorted by path."""

    slug: str
    folder: Path
    """Absolute, resolved path of the case folder."""
    sources: tuple[Path, ...]
    """Absolute paths of its Markdown files (case.md first)."""


@dataclass(frozen=True, slots=True)
class Project:
    config: Config
    cases: tuple[CaseDir, ...]
    """The cases to build (all, or those chosen with --case)."""
    slugs: frozenset[str] = frozenset()
    """Every case of the project, chosen or not."""

    def case(self, slug: str) -> CaseDir | None:
        return next((c for c in self.cases if c.slug == slug), None)


def inside(path: str, folder: str) -> bool:
    """True when `path`, links resolved, lies inside `folder` (a resolved path)."""
    return os.path.realpath(path).startswith(folder + os.sep)


def is_ignored(name: str) -> bool:
    return name.startswith(("_", "."))


_BAD_IN_NAME = re.compile(r"[\\\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""A backslash (a folder separator on Windows, and refused in every output path), control
characters, line separators and bidirectional overrides."""
SITE_FILES = ("index.html",)
"""Files at the top of the site; a case folder of the same name would take their place."""


def name_problem(name: str) -> str | None:
    """Why a case folder's name cannot name its folder of the site (None when it can).

    The name is the case's slug: a folder of the output and a part of every URL of the
    case (spaces and other letters are fine: links are percent-encoded).
    """
    bad = _BAD_IN_NAME.search(name)
    if bad is not None:
        return f"holds '{bad.group()}', which cannot be part of an output path"
    if name.lower() in SITE_FILES:
        return f"is '{name}', the name of a file of the site"
    return None


def discover(config: Config, reporter: Reporter, only: tuple[str, ...] = ()) -> Project:
    """The project's cases (all, or the slugs in `only`)."""
    content = config.content
    if not content.is_dir():
        raise ReinstateError(
            f"content folder '{config.rel(content)}' does not exist; "
            "'reinstate new SLUG' starts the first case in it"
        )
    cases = []
    for entry in sorted(content.iterdir(), key=lambda p: p.name):
        if is_ignored(entry.name) or not entry.is_dir():
            continue
        if entry.is_symlink() and not entry.resolve().is_relative_to(content):
            reporter.error(
                Location(config.rel(entry), 1, 1),
                "file.outside",
                "case folder is a link to a folder outside the content folder; it was skipped",
            )
            continue
        problem = name_problem(entry.name)
        if problem is not None:
            reporter.error(
                Location(config.rel(entry), 1, 1),
                "case.name",
                f"case folder name {problem}; it was skipped",
                "rename the folder, e.g. to 'acme-home' (letters, digits and '-')",
            )
            continue
        case = find_case(entry, config, reporter)
        if case is not None:
            cases.append(case)
    known = {c.slug for c in cases}
    if only:
        for slug in only:
            if slug not in known:
                raise ReinstateError(
                    f"no case '{slug}' in '{config.rel(content)}'"
                    + (f" (cases: {', '.join(sorted(known))})" if known else "")
                )
        cases = [c for c in cases if c.slug in only]
    return Project(config, tuple(cases), frozenset(known))


def find_case(folder: Path, config: Config, reporter: Reporter) -> CaseDir | None:
    """The case in `folder`, or None when it holds no case.md (reported if it has Markdown)."""
    real = folder.resolve()
    sources = list(markdown_files(real, folder, config, reporter))
    case_file = real / CASE_FILE
    if case_file not in sources:
        if sources:
            reporter.warning(
                Location(config.rel(folder), 1, 1),
                "case.missing",
                f"folder has Markdown files but no {CASE_FILE}; it is not built",
                f"add a {CASE_FILE} with 'kind: case', or rename the folder to start with '_'",
            )
        return None
    sources.remove(case_file)
    return CaseDir(folder.name, real, (case_file, *sources))


def markdown_files(real: Path, shown: Path, config: Config, reporter: Reporter) -> list[Path]:
    """Markdown files under `real` (sorted by path), refusing links that leave it.

    Plain strings and `os.scandir` rather than `pathlib`: this runs for every case on every
    build, even when nothing changed, and pathlib's per-file objects cost three times more.
    """
    top = str(real)
    found: list[tuple[str, str]] = []
    folders = [(top, "")]
    while folders:
        folder, sub = folders.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:
            continue  # unreadable folder: skipped, as os.walk does
        for entry in entries:
            if is_ignored(entry.name):
                continue
            rel = sub + entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:  # a symbolic link loop: only an error if it is a Markdown file
                is_dir = False
            if is_dir:
                if entry.is_symlink():
                    reporter.warning(
                        Location(config.rel(shown / rel), 1, 1),
                        "file.outside",
                        "linked folders inside a case are not followed",
                    )
                else:
                    folders.append((entry.path, rel + "/"))
                continue
            if not entry.name.lower().endswith(".md"):
                continue
            if entry.is_symlink() and not inside(entry.path, top):
                reporter.error(
                    Location(config.rel(shown / rel), 1, 1),
                    "file.outside",
                    "file is a link to a file outside the case folder; it was skipped",
                )
                continue
            found.append((rel, entry.path))
    found.sort()
    return [Path(path) for _rel, path in found]
