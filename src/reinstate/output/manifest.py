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
"""

from __future__ import annotations

import gc
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate import __version__
from reinstate.core.diagnostics import Diagnostic, Location, Severity
from reinstate.output.atomic import atomic_write

MANIFEST = ".reinstate-manifest.json"
SHARED = ""
"""Key of the outputs that belong to no case (the site index, static files)."""
FORMAT = 4
"""Bumped when the layout changes; an older manifest is ignored (everything rebuilds)."""
_SEAL = '{"checksum":"'
"""How a sealed manifest starts: the digest of the rest of its text comes next."""

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

    def as_json(self) -> dict[str, Any]:
        return {
            "outputs": dict(sorted(self.outputs.items())),
            "inputs": dict(sorted(self.inputs.items())),
            "stats": {k: list(v) for k, v in sorted(self.stats.items())},
            "checked": self.checked,
            "fingerprint": self.fingerprint,
            "complete": self.complete,
            "slow": sorted(self.slow),
            "ok": self.ok,
            "summary": self.summary,
            "diagnostics": [diagnostic_json(d) for d in self.diagnostics],
            "revisions": self.revisions,
        }

    @classmethod
    def from_json(cls, entry: dict[str, Any]) -> CaseEntry:
        # JSON object keys are strings already; the values are checked to be of their
        # types (a sealed manifest can still have been written by hand).
        return cls(
            outputs=_strings(entry["outputs"]),
            inputs=_strings(entry.get("inputs", {})),
            ok=bool(entry.get("ok", True)),
            summary=dict(entry.get("summary", {})),
            stats={k: _stat(v) for k, v in entry.get("stats", {}).items()},
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

    def generated(self) -> set[str]:
        return {rel for entry in self.cases.values() for rel in entry.outputs}


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
        raw = handle.read(MAX_MANIFEST_BYTES + 1)
    if len(raw) > MAX_MANIFEST_BYTES:
        raise ValueError("the manifest is larger than any build writes")
    text = raw.decode("utf-8")
    try:
        data = json.loads(text)
    except RecursionError:  # arrays nested thousands deep: not one a build wrote
        raise ValueError("the manifest is nested too deeply") from None
    if data.get("format") == FORMAT and _sealed(raw):
        cases = {str(slug): CaseEntry.from_json(entry) for slug, entry in data["cases"].items()}
        return Manifest(str(data["version"]), cases)
    # An older layout, or a damaged or edited one: trust only the names of the files it
    # lists (each still checked to be inside the output folder before it is touched), so
    # that outputs no longer produced are still removed; everything rebuilds.
    cases = {
        str(slug): CaseEntry(outputs=dict.fromkeys(map(str, entry["outputs"]), ""))
        for slug, entry in data["cases"].items()
    }
    return Manifest(str(data.get("version", "")), cases)


def _sealed(raw: bytes) -> bool:
    """True when `raw` is exactly what `save_manifest` wrote (read as bytes: a manifest of
    1000 cases is 8 MB, which encoding again would cost as much as hashing)."""
    seal = _SEAL.encode()
    if not raw.startswith(seal):
        return False
    start = len(seal) + 64
    digest = raw[len(seal) : start]
    if raw[start : start + 2] != b'",' or not raw.endswith(b"\n"):
        return False
    sha = hashlib.sha256(b"{")
    sha.update(memoryview(raw)[start + 2 : -1])
    return sha.hexdigest().encode() == digest


def save_manifest(out_dir: Path, manifest: Manifest) -> None:
    data = {
        "format": FORMAT,
        "version": manifest.version,
        "cases": {slug: manifest.cases[slug].as_json() for slug in sorted(manifest.cases)},
    }
    # Compact: the C encoder (indent= falls back to pure Python, 10x slower on every save).
    body = json.dumps(data, sort_keys=True, separators=(",", ":"))
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    text = f'{_SEAL}{digest}",{body[1:]}\n'  # the seal first, then the body's fields
    atomic_write(out_dir / MANIFEST, text.encode("utf-8"))


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
