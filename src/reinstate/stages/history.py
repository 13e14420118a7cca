"""A case as it was at a git revision (`submissions[].snapshot`), read once per commit.

The load stage reads the revisions a case's submissions name and hands the readings to
whatever compares with them: the revision rule (R21), the redline (`changes.html`, the
`{changes}` directive, the bundle's annex) and `reinstate diff`. Nothing downstream runs
git or re-enters the pipeline.

Git runs without a shell, with a timeout, in the repository's top folder, with an argument
list (a revision name that looks like an option is refused before git sees it). A reading
never raises: a missing git, a folder outside a repository or an unknown revision is a
`Reading` with a `problem`, which the caller turns into a located diagnostic.

A commit never changes, so its reading is kept (per process, keyed by the commit, the
case folder, the HTML setting and the day): a watcher re-reads only the revision name
(one `git rev-parse`, about 2 ms) after each save.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from reinstate.core.config import Config
from reinstate.core.diagnostics import Reporter
from reinstate.core.model import Case, Submission
from reinstate.stages.discover import CASE_FILE, CaseDir, is_ignored
from reinstate.stages.load import load_sources
from reinstate.stages.read import Source, split_source
from reinstate.stages.resolve import Resolved, resolve

GIT_TIMEOUT = 10.0
KEPT = 16
"""Readings kept per process: a watcher compares a few cases with one revision each."""
_REVISION = re.compile(r"[A-Za-z0-9._/@{}^~:+-]{1,200}")


class RevisionError(Exception):
    """Why a revision cannot be read; shown to the user in a located info."""


@dataclass(frozen=True, slots=True)
class Reading:
    """The case at one revision, or why it could not be read."""

    revision: str
    """The name as written (`v1`, a commit, `HEAD~2`)."""
    commit: str = ""
    resolved: Resolved | None = None
    """The case as it was, loaded and resolved like today's (None with a `problem`)."""
    files: dict[str, str] = field(default_factory=dict)
    """Path inside the case folder → git blob id, for every file at the revision."""
    problem: str = ""


_readings: OrderedDict[tuple[str, ...], Reading] = OrderedDict()
_toplevels: dict[Path, Path] = {}
_blobs: dict[tuple[str, int, int], str] = {}


def rejected_submission(case: Case) -> Submission | None:
    """The last submission Amazon rejected (R21 compares with it)."""
    rejected = [s for s in case.submissions if s.outcome == "rejected"]
    return rejected[-1] if rejected else None


def baseline_submission(case: Case) -> Submission | None:
    """The latest submission that was rejected or is still unanswered (pending, no
    response): what a revision is compared with on `changes.html`."""
    open_ = [s for s in case.submissions if s.outcome in ("rejected", "no_response", "pending")]
    return open_[-1] if open_ else None


def read_snapshots(case: Case, config: Config, today: dt.date) -> dict[str, Reading]:
    """The readings of the snapshots the checks and the redline compare with."""
    names: list[str] = []
    for sub in (rejected_submission(case), baseline_submission(case)):
        if sub is not None and sub.snapshot and sub.snapshot not in names:
            names.append(sub.snapshot)
    return {name: read_revision(case, config, today, name) for name in names}


def read_revision(case: Case, config: Config, today: dt.date, revision: str) -> Reading:
    """The case folder of `case` at git `revision`, loaded and resolved; never raises."""
    try:
        return _read(case, config, today, revision)
    except RevisionError as exc:
        return Reading(revision, problem=str(exc))


def _read(case: Case, config: Config, today: dt.date, revision: str) -> Reading:
    if not _REVISION.fullmatch(revision) or revision.startswith("-"):
        raise RevisionError(f"'{revision}' is not a git revision name")
    import shutil  # here, as subprocess in _git: only a case that names a snapshot runs git

    git = shutil.which("git")
    if git is None:
        raise RevisionError("git is not installed")
    top = _toplevel(git, config.root)
    try:
        commit = _git(git, top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except RevisionError:
        raise RevisionError(f"git does not know the revision '{revision}'") from None
    commit_id = commit.decode().strip()
    folder = case.folder
    if not folder.is_relative_to(top):
        raise RevisionError("the case folder is not inside the git repository")
    rel = folder.relative_to(top).as_posix()
    rel = "" if rel == "." else rel
    key = (str(top), commit_id, str(folder), str(config.allow_html), today.isoformat())
    found = _readings.get(key)
    if found is None:
        found = _load(case, config, today, git, top, commit_id, rel, revision)
        _readings[key] = found
        while len(_readings) > KEPT:
            _readings.popitem(last=False)
    else:
        _readings.move_to_end(key)
    return Reading(revision, found.commit, found.resolved, found.files)


def _toplevel(git: str, root: Path) -> Path:
    top = _toplevels.get(root)
    if top is None:
        out = _git(git, root, "rev-parse", "--show-toplevel")
        top = Path(out.decode().strip()).resolve()
        _toplevels[root] = top
    return top


def _load(
    case: Case,
    config: Config,
    today: dt.date,
    git: str,
    top: Path,
    commit: str,
    rel: str,
    revision: str,
) -> Reading:
    args = ["ls-tree", "-r", "-z", "-l", "--full-tree", commit]
    listing = _git(git, top, *args, *(["--", rel] if rel else []))
    files: dict[str, str] = {}
    markdown: list[tuple[str, str]] = []
    size = 0
    for entry in listing.split(b"\0"):
        meta, _, name = entry.decode("utf-8", "replace").partition("\t")
        parts = meta.split()
        if len(parts) != 4 or parts[1] != "blob":
            continue
        inside = PurePosixPath(name).relative_to(rel) if rel else PurePosixPath(name)
        if any(is_ignored(p) for p in inside.parts):
            continue
        files[inside.as_posix()] = parts[2]
        if name.lower().endswith(".md"):
            markdown.append((inside.as_posix(), parts[2]))
            size += int(parts[3])
    if size > config.limits.case_bytes:  # held to the limit of the case itself, unread
        raise RevisionError(
            f"the case's Markdown files at '{revision}' come to {size:,} bytes, over the "
            f"limit of {config.limits.case_bytes:,} (`max_case_bytes`)"
        )
    markdown.sort(key=lambda f: (f[0] != CASE_FILE, f[0]))  # the order discover uses
    if not markdown or markdown[0][0] != CASE_FILE:
        raise RevisionError(f"the case folder has no {CASE_FILE} at '{revision}'")
    texts = _cat(git, top, [blob for _path, blob in markdown])
    quiet = Reporter()
    paths = [case.folder / path for path, _blob in markdown]
    sources = [_source(config, path, data, quiet) for path, data in zip(paths, texts, strict=True)]
    case_dir = CaseDir(case.slug, case.folder, tuple(paths))
    earlier = load_sources(sources, case_dir, config, quiet, today)
    if earlier is None:
        raise RevisionError(f"{CASE_FILE} at '{revision}' cannot be read")
    return Reading("", commit, resolve(earlier, quiet, config.allow_html, config.limits), files)


def _source(config: Config, path: Path, data: bytes, quiet: Reporter) -> Source | None:
    text = data.decode("utf-8", "replace").replace("\r\n", "\n").lstrip("\ufeff")
    digest = hashlib.sha256(data).hexdigest()
    return split_source(path, config.rel(path), text, digest, quiet)


def blob_id(path: Path) -> str:
    """The git blob id of a file on disk (what `git hash-object` prints), '' when unreadable.

    Kept per (path, size, mtime): an exhibit is often a scanned PDF of megabytes, and a
    watcher asks again after every save of a Markdown file."""
    try:
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        found = _blobs.get(key)
        if found is None:
            data = path.read_bytes()
            digest = hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False)
            _blobs[key] = digest.hexdigest()
            if len(_blobs) > 256:
                _blobs.pop(next(iter(_blobs)))
        return _blobs[key]
    except OSError:
        return ""


def _git(git: str, cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    import subprocess

    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}
    try:
        done = subprocess.run(
            [git, "-c", "core.fsmonitor=false", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            timeout=GIT_TIMEOUT,
            check=False,
            env=env,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RevisionError(f"git did not run ({type(exc).__name__})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if message and "not a git repository" in message[0]:
            raise RevisionError("the project folder is not in a git repository")
        raise RevisionError(message[0] if message else f"git {args[0]} failed")
    return done.stdout


def _cat(git: str, top: Path, blobs: Iterable[str]) -> list[bytes]:
    """The contents of `blobs`, read in one `git cat-file --batch`."""
    wanted = list(blobs)
    out = _git(git, top, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in wanted).encode())
    contents: list[bytes] = []
    at = 0
    for _blob in wanted:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        size = int(header[2]) if len(header) == 3 else 0
        contents.append(out[end + 1 : end + 1 + size])
        at = end + 1 + size + 1
    return contents
