"""Revision rule: a resubmission must differ from the plan Amazon rejected (R21).

The last rejected submission names a git revision (`snapshot: v1`, a tag or commit of the
case as it was sent). The case folder at that revision is read with `git` (no shell, a
timeout, in the project folder), loaded and resolved through the same pipeline, and its
plan text compared word by word with today's. Without a snapshot there is nothing to
compare and nothing is said (the advice to tag what is sent needs git, and belongs in the
docs, not in every build); without git, outside a repository or with an unknown revision,
the rule says so once as `info` and checks nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.text import PLAN, Texts
from reinstate.diagnostics import Reporter, Severity
from reinstate.discover import CASE_FILE, CaseDir, is_ignored
from reinstate.load import load_sources
from reinstate.read import Source, split_source
from reinstate.resolve import resolve

GIT_TIMEOUT = 10.0
_REVISION = re.compile(r"[A-Za-z0-9._/@{}^~:+-]{1,200}")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_cache: dict[tuple[str, str, str, bool], tuple[str, ...]] = {}
"""(repository, commit, case folder, allow_html) → the plan's words at that commit."""
_toplevels: dict[Path, Path] = {}
"""Project folder → the top folder of its git repository."""


class SnapshotError(Exception):
    """Why the snapshot cannot be read; shown to the user as an info."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    commit: str
    words: tuple[str, ...]


def plan_words(texts: Texts) -> tuple[str, ...]:
    """The words of the plan (opening, causes, actions, measures), lower case."""
    return tuple(
        word.lower()
        for passage in texts.passages(PLAN)
        if passage.kind != "case" or passage.part == "body"
        for word in _WORD.findall(passage.text)
    )


@lru_cache(maxsize=32)
def similarity(old: tuple[str, ...], new: tuple[str, ...]) -> float:
    """How much of two word sequences is the same, 0.0 to 1.0 (cached: a watcher asks
    again after every save, mostly about an unchanged plan)."""
    if old == new:
        return 1.0 if old else 0.0
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return matcher.ratio()


def unchanged(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    rejected = [s for s in case.submissions if s.outcome == "rejected"]
    if not rejected:
        return
    sub = rejected[-1]
    when = sub.reply_date or sub.date
    if not sub.snapshot:
        return  # nothing to compare with; the docs say to tag what is sent (git is optional)
    where = case.origin.value("submissions", sub.index, "snapshot")
    try:
        snapshot = load_snapshot(ctx, sub.snapshot)
    except SnapshotError as exc:
        yield Finding(
            where, f"cannot compare with the plan rejected on {when}: {exc}", "", Severity.INFO
        )
        return
    ratio = similarity(snapshot.words, plan_words(ctx.texts))
    limit = ctx.config.checks.similarity_max
    if ratio * 100 >= limit:
        yield Finding(
            where,
            f"this revision is {ratio:.0%} the same as the plan rejected on {when} "
            f"({sub.snapshot}); a resubmission that barely changed is rejected again",
            "rework what the reply asked about: the root causes, and what you did about each",
            # Word for word the rejected plan is certain; "mostly the same" is a measure.
            Severity.ERROR if ratio >= 1 else None,
        )


def load_snapshot(ctx: CheckContext, revision: str) -> Snapshot:
    """The plan words of the case at git `revision` (cached per commit)."""
    if not _REVISION.fullmatch(revision) or revision.startswith("-"):
        raise SnapshotError(f"'{revision}' is not a git revision name")
    git = shutil.which("git")
    if git is None:
        raise SnapshotError("git is not installed")
    root = ctx.config.root
    top = _toplevels.get(root)
    if top is None:
        top = Path(_git(git, root, "rev-parse", "--show-toplevel").decode().strip()).resolve()
        _toplevels[root] = top
    try:
        commit = _git(git, top, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    except SnapshotError:
        raise SnapshotError(f"git does not know the revision '{revision}'") from None
    commit_id = commit.decode().strip()
    folder = ctx.case.folder
    if not folder.is_relative_to(top):
        raise SnapshotError("the case folder is not inside the git repository")
    rel = folder.relative_to(top).as_posix()
    key = (str(top), commit_id, rel, ctx.config.allow_html)
    words = _cache.get(key)
    if words is None:
        words = _snapshot_words(ctx, git, top, commit_id, rel, revision)
        _cache[key] = words
    return Snapshot(commit_id, words)


def _snapshot_words(
    ctx: CheckContext, git: str, top: Path, commit: str, rel: str, revision: str
) -> tuple[str, ...]:
    listing = _git(git, top, "ls-tree", "-r", "-z", "--full-tree", commit, "--", rel)
    blobs: list[tuple[str, str]] = []
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, name = entry.decode("utf-8", "replace").partition("\t")
        parts = meta.split()
        inside = PurePosixPath(name).relative_to(rel) if rel else PurePosixPath(name)
        markdown = len(parts) == 3 and parts[1] == "blob" and name.lower().endswith(".md")
        if markdown and not any(is_ignored(p) for p in inside.parts):
            blobs.append((parts[2], inside.as_posix()))
    if not any(path == CASE_FILE for _blob, path in blobs):
        raise SnapshotError(f"the case folder has no {CASE_FILE} at '{revision}'")
    texts = _cat(git, top, [blob for blob, _path in blobs])
    sources = _sources(
        ctx, [(path, text) for (_blob, path), text in zip(blobs, texts, strict=True)]
    )
    quiet = Reporter()
    case_dir = CaseDir(ctx.case.slug, ctx.case.folder, tuple(s.path for s in sources if s))
    case = load_sources(sources, case_dir, ctx.config, quiet, ctx.today)
    if case is None:
        raise SnapshotError(f"case.md at '{revision}' cannot be read")
    resolved = resolve(case, quiet, ctx.config.allow_html)
    return plan_words(Texts(resolved, ctx.config.root))


def _sources(ctx: CheckContext, files: list[tuple[str, bytes]]) -> list[Source | None]:
    """Sources of the snapshot's files, case.md first, in the order discover uses."""
    files.sort(key=lambda f: (f[0] != CASE_FILE, f[0]))
    quiet = Reporter()
    sources: list[Source | None] = []
    for path, data in files:
        absolute = ctx.case.folder / path
        text = data.decode("utf-8", "replace").replace("\r\n", "\n").lstrip("\ufeff")
        digest = hashlib.sha256(data).hexdigest()
        sources.append(split_source(absolute, ctx.config.rel(absolute), text, digest, quiet))
    return sources


def _git(git: str, cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
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
        raise SnapshotError(f"git did not run ({type(exc).__name__})") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        if message and "not a git repository" in message[0]:
            raise SnapshotError("the project folder is not in a git repository")
        raise SnapshotError(message[0] if message else f"git {args[0]} failed")
    return done.stdout


def _cat(git: str, top: Path, blobs: list[str]) -> list[bytes]:
    """The contents of `blobs`, read in one `git cat-file --batch`."""
    out = _git(git, top, "cat-file", "--batch", stdin="".join(f"{b}\n" for b in blobs).encode())
    contents: list[bytes] = []
    at = 0
    for _blob in blobs:
        end = out.index(b"\n", at)
        header = out[at:end].split()
        size = int(header[2]) if len(header) == 3 else 0
        contents.append(out[end + 1 : end + 1 + size])
        at = end + 1 + size + 1
    return contents


RULES = [
    Rule(
        "revision.unchanged",
        "R21",
        Severity.WARNING,
        "A revision differs from the rejected submission (80% or more the same is a warning; "
        "the very same plan an error).",
        unchanged,
    ),
]
