"""The build manifest: which files the last build generated, per case, with their hashes.

It lives in the output folder. It lets a build remove outputs that are no longer produced
(a deleted page, a renamed exhibit) and lets `clean` remove only what reinstate wrote. A
missing, corrupt or foreign manifest is treated as empty: the next build simply rewrites.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate import __version__
from reinstate.write import atomic_write

MANIFEST = ".reinstate-manifest.json"
SHARED = ""
"""Key of the outputs that belong to no case (the site index, static files)."""


@dataclass(slots=True)
class CaseEntry:
    outputs: dict[str, str] = field(default_factory=dict)
    """Output path (relative to the output folder) → SHA-256."""
    inputs: dict[str, str] = field(default_factory=dict)
    """Input path (relative to the project) → SHA-256."""
    ok: bool = True
    """False when the last build of the case failed (its outputs are older)."""
    summary: dict[str, Any] = field(default_factory=dict)
    """The case's row of the site index (`CaseSummary.as_json`)."""

    def as_json(self) -> dict[str, Any]:
        return {
            "outputs": self.outputs,
            "inputs": self.inputs,
            "ok": self.ok,
            "summary": self.summary,
        }


@dataclass(slots=True)
class Manifest:
    version: str = __version__
    cases: dict[str, CaseEntry] = field(default_factory=dict)

    def generated(self) -> set[str]:
        return {rel for entry in self.cases.values() for rel in entry.outputs}


def load_manifest(out_dir: Path) -> Manifest:
    try:
        data = json.loads((out_dir / MANIFEST).read_text("utf-8"))
        cases = {
            str(slug): CaseEntry(
                {str(k): str(v) for k, v in entry["outputs"].items()},
                {str(k): str(v) for k, v in entry.get("inputs", {}).items()},
                bool(entry.get("ok", True)),
                dict(entry.get("summary", {})),
            )
            for slug, entry in data["cases"].items()
        }
        return Manifest(str(data["version"]), cases)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return Manifest()


def save_manifest(out_dir: Path, manifest: Manifest) -> None:
    data = {
        "version": manifest.version,
        "cases": {slug: manifest.cases[slug].as_json() for slug in sorted(manifest.cases)},
    }
    text = json.dumps(data, indent=1, sort_keys=True) + "\n"
    atomic_write(out_dir / MANIFEST, text.encode("utf-8"))
