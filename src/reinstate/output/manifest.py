"""The build manifest: per case, the outputs last generated and every input they depend on.

It lives in the output folder. Each case entry records the outputs (with their hashes),
the inputs (every file of the case folder with its hash and its stat: size, mtime, ctime,
inode) and the fingerprint of the build that produced them; the shared entry (key "")
records the site index and static files, and the inputs every case depends on
(reinstate.yaml, the theme's templates and static files, reinstate's own code). A case's
outputs are a pure function of its folder, the theme and the settings, so "the inputs of
an output" are its case's inputs plus the shared inputs; they are stored once per case
rather than repeated for each output.

The stats let a no-change build skip hashing: a file whose size, times and inode are as
recorded is not read again (see incremental.py). The manifest also lets a build remove
outputs that are no longer produced and lets `clean` remove only what reinstate wrote. A
missing, corrupt or foreign manifest is treated as empty: the next build simply rebuilds.

The manifest is sealed with the SHA-256 of its text: one that was truncated, damaged or
edited by hand, even into other valid JSON, no longer matches its seal, and a build then
trusts nothing in it but the list of files it names (so that it can still remove those
no longer produced): every case is rebuilt.

It is one JSON object in two parts. The first (sealed by `checksum`) holds, per case,
what deciding that the case is up to date needs: its outputs, fingerprint, summary,
diagnostics, and the `stamp` of its inputs' stats (fingerprint.py's `unchanged`). The
second, `files`, is every input's hash and stat, by case: 85 % of the text, needed only
when some case's stats changed or the manifest is saved. It is read only then
(`Manifest.load_files`), and checked then against `files_checksum`, which the first part
seals; so a no-change build of 1000 cases parses 1.3 MB of the 8 MB.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate import __version__
from reinstate.core.diagnostics import Diagnostic, Location, Severity
from reinstate.output.atomic import atomic_write

MANIFEST = ".reinstate-manifest.json"
SHARED = ""
"""Key of the outputs that belong to no case (the site index, static files)."""
FORMAT = 5
"""Bumped when the layout changes; an older manifest is ignored (everything rebuilds)."""
_SEAL = '{"checksum":"'
"""How a sealed manifest starts: the digest of its first part comes next, then that
part's length in bytes (`_LENGTH`), then the part."""
_LENGTH = '","length":"'
_FILES = ',"files":'
"""What joins the first part to the second (the inputs' hashes and stats)."""
_HEAD = len(_SEAL) + 64 + len(_LENGTH) + 12 + 2
"""Bytes before the first part's fields: the seal, its 12-digit length and `",`."""

Stat = tuple[int, int, int, int]
"""(size, mtime in ns, ctime in ns, inode) of an input file when it was hashed."""


@dataclass(slots=True)
class CaseEntry:
    outputs: dict[str, str] = field(default_factory=dict)
    """Output path (relative to the output folder) → SHA-256."""
    inputs: dict[str, str] = field(default_factory=dict)
    """Input path (relative to the project, or `reinstate:` + package path) → SHA-256."""
    ok: bool = True
    """False when the last build of the case failed (its outputs are older)."""
    summary: dict[str, Any] = field(default_factory=dict)
    """The case's row of the site index (`CaseSummary.as_json`)."""
    stats: dict[str, Stat] = field(default_factory=dict)
    """Input path → its stat when it was hashed; lets an unchanged file skip hashing."""
    checked: int = 0
    """When the stats were taken (ns since the epoch); newer mtimes are not trusted."""
    fingerprint: str = ""
    """Digest of the inputs, the shared inputs and the settings the outputs were built from."""
    complete: bool = True
    """False when the slow steps (the PDF bundle) were skipped for this fingerprint."""
    slow: list[str] = field(default_factory=list)
    """Outputs made by slow steps; kept when a later build skips those steps."""
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """The diagnostics of that build, so an up-to-date case still reports them."""
    revisions: list[str] = field(default_factory=list)
    """Git revisions the case's submissions name (`snapshot:`); their commits are inputs."""
    stamp: str = ""
    """Digest of every input's path and stat (`fingerprint.stamp_of`) when each of them was
    older than `checked` by the racy window; "" when some were not."""
    digest: str = ""
    """Digest of `inputs` (`Snapshot.digest`), part of the fingerprint."""

    def as_json(self) -> dict[str, Any]:
        """The first part of the entry: all but `inputs` and `stats` (`files_json`)."""
        return {
            "outputs": dict(sorted(self.outputs.items())),
            "stamp": self.stamp,
            "digest": self.digest,
            "checked": self.checked,
            "fingerprint": self.fingerprint,
            "complete": self.complete,
            "slow": sorted(self.slow),
            "ok": self.ok,
            "summary": self.summary,
            "diagnostics": [diagnostic_json(d) for d in self.diagnostics],
            "revisions": self.revisions,
        }

    def files_json(self) -> dict[str, Any]:
        """The second part of the entry: each input's hash and stat."""
        return {
            "inputs": dict(sorted(self.inputs.items())),
            "stats": {k: list(v) for k, v in sorted(self.stats.items())},
        }

    def add_files(self, files: dict[str, Any]) -> None:
        """Fill `inputs` and `stats` from `files_json`, in place (a snapshot taken from the
        first part alone holds these very dicts: fingerprint.py's `unchanged`)."""
        inputs = _strings(files["inputs"])
        stats = {k: _stat(v) for k, v in files["stats"].items()}
        self.inputs.update(inputs)
        self.stats.update(stats)

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> CaseEntry:
        # JSON object keys are strings already; the values are checked to be of their
        # types (a sealed manifest can still have been written by hand).
        return cls(
            outputs=_strings(entry["outputs"]),
            ok=bool(entry.get("ok", True)),
            summary=dict(entry.get("summary", {})),
            stamp=str(entry.get("stamp", "")),
            digest=str(entry.get("digest", "")),
            checked=int(entry.get("checked", 0)),
            fingerprint=str(entry.get("fingerprint", "")),
            complete=bool(entry.get("complete", True)),
            slow=[str(s) for s in entry.get("slow", [])],
            diagnostics=[diagnostic_from_json(d) for d in entry.get("diagnostics", [])],
            revisions=[str(r) for r in entry.get("revisions", [])],
        )


def _strings(value: Any) -> dict[str, str]:
    """A JSON object of strings, as a dict; TypeError for anything else."""
    found = dict(value)
    if not all(type(v) is str for v in found.values()):
        raise TypeError("a manifest value that should be a string is not")
    return found


def _stat(value: Any) -> Stat:
    size, mtime, ctime, inode = value
    if type(size) is type(mtime) is type(ctime) is type(inode) is int:
        return (size, mtime, ctime, inode)
    return (int(size), int(mtime), int(ctime), int(inode))


@dataclass(slots=True)
class Manifest:
    version: str = __version__
    cases: dict[str, CaseEntry] = field(default_factory=dict)
    files: bytes | None = field(default=None, compare=False, repr=False)
    """The second part as read (each input's hash and stat), not parsed yet."""
    files_checksum: str = field(default="", compare=False, repr=False)
    """What the sealed first part says the SHA-256 of `files` is."""

    def generated(self) -> set[str]:
        return {rel for entry in self.cases.values() for rel in entry.outputs}

    def load_files(self) -> None:
        """Parse the inputs' hashes and stats into the entries, once.

        When they do not match the sealed checksum (the file was damaged or edited
        after the first part), no entry knows any input: each case's files are hashed
        again, and a case is still up to date when their hashes give its fingerprint."""
        raw, self.files = self.files, None
        if raw is None:
            return
        paused = gc.isenabled()
        gc.disable()
        try:
            if hashlib.sha256(raw).hexdigest() != self.files_checksum:
                raise ValueError("the inputs part of the manifest does not match its checksum")
            for slug, files in json.loads(raw).items():
                entry = self.cases.get(slug)
                if entry is not None:
                    entry.add_files(files)
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
            for entry in self.cases.values():
                entry.inputs.clear()
                entry.stats.clear()
                entry.stamp = ""
        finally:
            if paused:
                gc.enable()


MAX_MANIFEST_BYTES = 256 * 1024 * 1024
"""A manifest lists each output once (~200 bytes); a larger file is not one a build wrote."""


def load_manifest(out_dir: Path) -> Manifest:
    """The manifest; an empty one when it is missing or unreadable."""
    try:
        return read_manifest(out_dir)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Manifest()


def read_manifest(out_dir: Path) -> Manifest:
    """The manifest; raises OSError, ValueError ... when it cannot be read at all.

    Python's cycle collector is paused while it is read: JSON makes no reference cycles,
    and the 200,000 containers of a 1000-case manifest would otherwise set off collections
    that walk them all again (a fifth of the time of reading it; the watcher and `clean`
    read it outside a build's planning, which pauses the collector too)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return _read_manifest(out_dir)
    finally:
        if paused:
            gc.enable()


def _read_manifest(out_dir: Path) -> Manifest:
    with (out_dir / MANIFEST).open("rb") as handle:
        # Read to the file's size, not to the limit: read(n) allocates n bytes first, and
        # 256 MB for a manifest of 8 MB cost 4 ms of a no-change build.
        size = os.fstat(handle.fileno()).st_size
        raw = handle.read(min(size, MAX_MANIFEST_BYTES) + 1)
        if len(raw) > size:  # grew while read
            raw += handle.read(MAX_MANIFEST_BYTES + 1 - len(raw))
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ValueError("the manifest is larger than any build writes")
    parts = _sealed(raw)
    if parts is not None:
        first, files = parts
        try:
            data = json.loads(first)
        except RecursionError:
            raise ValueError("the manifest is nested too deeply") from None
        if data.get("format") == FORMAT:
            cases = {str(slug): CaseEntry.from_json(entry) for slug, entry in data["cases"].items()}
            return Manifest(str(data["version"]), cases, files, str(data["files_checksum"]))
    try:
        data = json.loads(raw.decode("utf-8"))
    except RecursionError:  # arrays nested thousands deep: not one a build wrote
        raise ValueError("the manifest is nested too deeply") from None
    # An older layout, or a damaged or edited one: trust only the names of the files it
    # lists (each still checked to be inside the output folder before it is touched), so
    # that outputs no longer produced are still removed; everything rebuilds.
    cases = {
        str(slug): CaseEntry(outputs=dict.fromkeys(map(str, entry["outputs"]), ""))
        for slug, entry in data["cases"].items()
    }
    return Manifest(str(data.get("version", "")), cases)


def _sealed(raw: bytes) -> tuple[bytes, bytes] | None:
    """The first part (as a JSON object) and the second part's text, when `raw` is laid out
    as `save_manifest` writes it and the first part matches its seal; else None. Read as
    bytes: encoding 8 MB again would cost as much as hashing."""
    seal = _SEAL.encode()
    if not raw.startswith(seal) or not raw.endswith(b"}\n"):
        return None
    start = len(seal) + 64
    digest = raw[len(seal) : start]
    length = raw[start + len(_LENGTH) : _HEAD - 2]
    if raw[start : start + len(_LENGTH)] != _LENGTH.encode() or raw[_HEAD - 2 : _HEAD] != b'",':
        return None
    if not length.isdigit():
        return None
    end = _HEAD + int(length)
    if raw[end : end + len(_FILES)] != _FILES.encode():
        return None
    first = b"{" + raw[_HEAD:end] + b"}"
    if hashlib.sha256(first).hexdigest().encode() != digest:
        return None
    return first, raw[end + len(_FILES) : -2]


def save_manifest(out_dir: Path, manifest: Manifest) -> None:
    manifest.load_files()
    slugs = sorted(manifest.cases)
    # Compact: the C encoder (indent= falls back to pure Python, 10x slower on every save).
    files = json.dumps(
        {slug: manifest.cases[slug].files_json() for slug in slugs},
        sort_keys=True,
        separators=(",", ":"),
    )
    data = {
        "format": FORMAT,
        "version": manifest.version,
        "cases": {slug: manifest.cases[slug].as_json() for slug in slugs},
        "files_checksum": hashlib.sha256(files.encode("utf-8")).hexdigest(),
    }
    first = json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")
    digest = hashlib.sha256(first).hexdigest()
    # The seal, the first part's length and its fields, then the second part: still one
    # JSON object.
    head = f'{_SEAL}{digest}{_LENGTH}{len(first) - 2:012d}",'.encode()
    text = b"".join((head, first[1:-1], _FILES.encode(), files.encode("utf-8"), b"}\n"))
    atomic_write(out_dir / MANIFEST, text)


def diagnostic_json(diagnostic: Diagnostic) -> dict[str, Any]:
    """A diagnostic as plain values, so an up-to-date case can report it again."""
    loc = diagnostic.location
    return {
        "path": loc.path,
        "line": loc.line,
        "col": loc.col,
        "severity": str(diagnostic.severity),
        "rule": diagnostic.rule,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
        "case": diagnostic.case,
    }


def diagnostic_from_json(data: dict[str, Any]) -> Diagnostic:
    return Diagnostic(
        Location(str(data["path"]), int(data["line"]), int(data["col"])),
        Severity[str(data["severity"]).upper()],
        str(data["rule"]),
        str(data["message"]),
        str(data.get("hint", "")),
        str(data.get("case", "")),
    )
