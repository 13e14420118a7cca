"""Find the cases of a project: one folder per case under the content folder.

Names starting with `_` or `.` are ignored (drafts, editor files, version control), as are
files that are not Markdown. A symlink that leads out of its case folder is refused, so a
case folder can never make reinstate read a file elsewhere on the machine.
"""

from __future__ import annotations

import operator
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
    files: tuple[str | Path, ...]
    """Absolute paths of its Markdown files (case.md first), as found: a no-change build
    of 1000 cases lists some 30,000 of them and never needs them as Paths."""
    listing: tuple[tuple[str, str], ...] | None = None
    """Every file of the folder that can be an input (its project-relative path, as
    `Config.rel` gives it: 'content/acme/causes/a.md'; its absolute path), found by the
    same walk as the Markdown files (fingerprint.py's `case_files`); None: not listed."""

    @property
    def sources(self) -> tuple[Path, ...]:
        """`files` as Paths, for the build that reads them."""
        return tuple(Path(f) for f in self.files)


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


IGNORED = ("_", ".")
"""Names that start so are no source (hidden files and folders, partials)."""


def is_ignored(name: str) -> bool:
    return name.startswith(IGNORED)


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
    # One listing of the content folder, whose entries know whether they are folders and
    # links without a system call each; a case folder that is no link is resolved from
    # the content folder's own real path (resolving each took most of this loop).
    real_content = content.resolve()
    with os.scandir(content) as listing:
        entries = sorted(listing, key=lambda e: e.name)
    for entry in entries:
        if is_ignored(entry.name) or not _is_dir(entry):
            continue
        folder = content / entry.name
        linked = entry.is_symlink()
        if linked and not folder.resolve().is_relative_to(content):
            reporter.error(
                Location(config.rel(folder), 1, 1),
                "file.outside",
                "case folder is a link to a folder outside the content folder; it was skipped",
            )
            continue
        problem = name_problem(entry.name)
        if problem is not None:
            reporter.error(
                Location(config.rel(folder), 1, 1),
                "case.name",
                f"case folder name {problem}; it was skipped",
                "rename the folder, e.g. to 'acme-home' (letters, digits and '-')",
            )
            continue
        real = None if linked else real_content / entry.name
        case = find_case(folder, config, reporter, real)
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


def find_case(
    folder: Path, config: Config, reporter: Reporter, real: Path | None = None
) -> CaseDir | None:
    """The case in `folder`, or None when it holds no case.md (reported if it has Markdown).

    `real`: the folder's resolved path, when the caller knows it."""
    real = folder.resolve() if real is None else real
    top = str(real)
    walk = _Walk(top, folder, config, reporter, config.rel(top) + "/")
    walk.run()
    sources = walk.markdown
    case_file = os.path.join(walk.top, CASE_FILE)  # noqa: PTH118 (strings, as the walk)
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
    return CaseDir(folder.name, real, (case_file, *sources), tuple(walk.listing))


def markdown_files(real: Path, shown: Path, config: Config, reporter: Reporter) -> list[Path]:
    """Markdown files under `real` (sorted by path), refusing links that leave it."""
    walk = _Walk(str(real), shown, config, reporter)
    walk.run()
    return [Path(path) for path in walk.markdown]


class _Walk:
    """One walk of a case folder: its Markdown files (sorted by path; links that leave the
    folder refused) and every file that can be an input of the build.

    Plain strings and `os.scandir` rather than `pathlib`: this runs for every case on every
    build, even when nothing changed, and pathlib's per-file objects cost three times more;
    and one walk, where the fingerprint used to list every folder a second time.
    Markdown is looked for outside hidden and `_` names; inputs are every file outside
    hidden folders (an exhibit may name a `_` file, and a spurious rebuild costs less than
    a stale output). Linked folders are not entered, and a link to a file outside the
    folder is no input (a case folder is untrusted: a link to /dev/zero or a secret must not
    be read, even to hash it).
    """

    def __init__(
        self, top: str, shown: Path, config: Config, reporter: Reporter, prefix: str = "/"
    ) -> None:
        self.top = top
        self.prefix = prefix
        """Put before a file's path in the folder to make its key in `listing`."""
        self.shown = shown
        self.config = config
        self.reporter = reporter
        self.markdown: list[str] = []
        self.listing: list[tuple[str, str]] = []

    def run(self) -> None:
        found: list[tuple[str, str]] = []
        listed = self.listing
        prefix = self.prefix
        folders = [(self.top, "", True)]
        while folders:
            folder, sub, markdown = folders.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=_NAME)
            except OSError:
                continue  # unreadable folder: skipped, as os.walk does
            for entry in entries:
                name = entry.name
                rel = sub + name
                # `is_ignored`, inline: this loop runs for every file of every case
                wanted = markdown and not name.startswith(IGNORED)
                if entry.is_symlink():
                    self._linked(entry, rel, wanted, found)
                    continue
                try:
                    folder_entry = entry.is_dir()
                except OSError:  # a file system that does not say, and a stat that fails
                    folder_entry = False
                if folder_entry:
                    if not name.startswith("."):
                        folders.append((entry.path, rel + "/", wanted))
                    continue
                path = entry.path
                listed.append((prefix + rel, path))
                if wanted and name.lower().endswith(".md"):
                    found.append((rel, path))
        found.sort()
        self.markdown = [path for _rel, path in found]

    def _linked(
        self, entry: os.DirEntry[str], rel: str, wanted: bool, found: list[tuple[str, str]]
    ) -> None:
        """A link in the case folder: an input when it leads to a file inside the folder;
        a Markdown file only then; a linked folder is not entered."""
        if linked_file(entry) and inside(entry.path, self.top):
            self.listing.append((self.prefix + rel, entry.path))
        elif wanted and _is_dir(entry):
            self._warn_linked_folder(rel)
            return
        if wanted and entry.name.lower().endswith(".md"):
            if not inside(entry.path, self.top):
                self._error_outside(rel)
                return
            found.append((rel, entry.path))

    def _warn_linked_folder(self, rel: str) -> None:
        self.reporter.warning(
            Location(self.config.rel(self.shown / rel), 1, 1),
            "file.outside",
            "linked folders inside a case are not followed",
        )

    def _error_outside(self, rel: str) -> None:
        self.reporter.error(
            Location(self.config.rel(self.shown / rel), 1, 1),
            "file.outside",
            "file is a link to a file outside the case folder; it was skipped",
        )


_NAME = operator.attrgetter("name")


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:  # a symbolic link loop
        return False


def linked_file(entry: os.DirEntry[str]) -> bool:
    """Whether a link leads to a file (False for a link loop, which no build reads)."""
    try:
        return entry.is_file()
    except OSError:
        return False
