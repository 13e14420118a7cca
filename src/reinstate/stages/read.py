"""Read one Markdown file: bytes → text → front matter (with line marks) and body.

A file that cannot be read as a case file (bad UTF-8, no front matter, invalid YAML, too
large) is reported at its file, line and column and yields no `Source`; the rest of the
case still loads.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from stat import S_ISREG
from typing import Any, cast

from reinstate.core.decoding import decode, drop_controls
from reinstate.core.diagnostics import Diagnostic, Location, Reporter
from reinstate.core.limits import DEFAULT_MAX_BYTES
from reinstate.core.memo import MISSING, Memo, recorded
from reinstate.core.yamlmarks import Marks, YamlError, load_with_marks

"""Characters dropped from case text: C0 controls but tab and line ends, DEL, C1 controls,
and bidirectional embeddings, overrides and isolates. In a plain-text output an escape
sequence (ESC [ ..., ESC ] ... BEL) would drive the reader's terminal; an override would
make text read differently from what it says."""
"""Per file: a file full of them gets five located warnings and a count."""
_FENCE = "---"
_CLOSERS = ("---", "...")


@dataclass(frozen=True, slots=True)
class Source:
    """One Markdown file split into its front matter and its body."""

    path: Path
    """Absolute path of the file."""
    rel: str
    """Path relative to the project folder, POSIX separators (used in every message)."""
    meta: dict[str, Any]
    """The front matter as plain values (dates stay ISO text until the schema parses them)."""
    marks: Marks
    """Where each key and value of the front matter is."""
    body: str
    """The Markdown after the front matter, with `\\n` line ends."""
    body_line: int
    """1-based line of the body's first line in the file."""
    digest: str
    """SHA-256 of the file's bytes."""

    def location(self, line: int = 1, col: int = 1) -> Location:
        return Location(self.rel, line, col)

    def body_location(self, body_line: int, col: int = 1) -> Location:
        """Location of 0-based line `body_line` of the body."""
        return Location(self.rel, self.body_line + body_line, col)


def read_source(
    path: Path | str,
    rel: str,
    reporter: Reporter,
    max_bytes: int = DEFAULT_MAX_BYTES,
    memo: Memo | None = None,
    digest: str | None = None,
) -> Source | None:
    """Read and split `path`; report problems and return None when it is unusable. With a
    `memo`, the file's bytes are read again but split only when they changed; and with
    the `digest` (SHA-256) of its bytes as the build's snapshot of its inputs found them
    (output/fingerprint.py, which trusts a file's stat only outside the racy window), a
    file read before with those bytes is not read again: the watcher's save of one file
    of a 300-file case read the 299 others only to find them the same. Should the file
    change after the snapshot, the build is not recorded (fingerprint.py's `moved`) and
    runs again."""
    if memo is not None and digest is not None:
        kept = memo.get(_by_digest(path, rel, digest, max_bytes, reporter))
        if kept is not MISSING:
            source, said = cast("tuple[Source | None, tuple[Diagnostic, ...]]", kept)
            reporter.diagnostics.extend(said)
            return source
    before = len(reporter.diagnostics)
    source = _read(path, rel, reporter, max_bytes, memo)
    if memo is not None and source is not None:
        said = tuple(reporter.diagnostics[before:])
        memo.put(_by_digest(path, rel, source.digest, max_bytes, reporter), (source, said))
    return source


def _by_digest(
    path: Path | str, rel: str, digest: str, max_bytes: int, reporter: Reporter
) -> tuple[object, ...]:
    """The key of a file's `Source` by the digest of its bytes (and what reporting reads)."""
    return (
        "source by digest",
        path,
        rel,
        digest,
        max_bytes,
        reporter.strict,
        reporter.disabled,
        reporter.case,
    )


def _read(
    path: Path | str, rel: str, reporter: Reporter, max_bytes: int, memo: Memo | None
) -> Source | None:
    try:
        st = os.stat(path)  # noqa: PTH116 (a str path: no Path to make)
        if not S_ISREG(st.st_mode):  # a pipe or a device would block or never end
            reporter.error(Location(rel, 1, 1), "file.unreadable", "not a regular file")
            return None
        size = st.st_size
        if size > max_bytes:
            reporter.error(
                Location(rel, 1, 1),
                "file.too-large",
                f"file is {size:,} bytes, over the limit of {max_bytes:,}",
                "split it, or raise `max_file_bytes` in reinstate.yaml",
            )
            return None
        with open(path, "rb") as handle:  # noqa: PTH123 (a str path: no Path to make)
            data = handle.read(max_bytes + 1)  # bounded, should it grow since the stat
        if len(data) > max_bytes:
            reporter.error(Location(rel, 1, 1), "file.too-large", "file grew over the limit")
            return None
    except OSError as exc:
        reporter.error(Location(rel, 1, 1), "file.unreadable", f"cannot read file: {exc.strerror}")
        return None
    return recorded(
        memo, ("source", path, rel, data), reporter, lambda: _source(path, rel, data, reporter)
    )


def _source(path: Path | str, rel: str, data: bytes, reporter: Reporter) -> Source | None:
    text = decode(data, rel, reporter)
    if text is None:
        return None
    text = drop_controls(text, rel, reporter)
    return split_source(Path(path), rel, text, hashlib.sha256(data).hexdigest(), reporter)


def split_source(path: Path, rel: str, text: str, digest: str, reporter: Reporter) -> Source | None:
    lines = text.split("\n")
    if lines[0].rstrip() != _FENCE:
        reporter.error(
            Location(rel, 1, 1),
            "front-matter.missing",
            "file has no front matter",
            "start it with a line '---', the YAML fields, and another line '---'",
        )
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSERS), None)
    if end is None:
        reporter.error(
            Location(rel, 1, 1),
            "front-matter.unclosed",
            "front matter is not closed",
            "add a line '---' after the last field",
        )
        return None
    yaml_text = "\n".join(lines[1:end])
    try:
        meta, marks = load_with_marks(yaml_text, rel, first_line=2)
    except YamlError as exc:
        reporter.error(Location(rel, exc.line, exc.col), "front-matter.yaml", exc.message)
        return None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        reporter.error(
            Location(rel, 2, 1),
            "front-matter.yaml",
            "front matter must be a set of 'key: value' fields",
        )
        return None
    body = "\n".join(lines[end + 1 :])
    return Source(path, rel, meta, marks, body, end + 2, digest)
