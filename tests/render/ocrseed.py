"""Tesseract's words for a scan, read once per test process and given to every later build.

Builds of the same exhibits (the demo in each language, the demo under broken stylesheets)
each ran Tesseract on the same scans: about a second of CPU a build. The bundle keeps the
words it found in its output folder's OCR cache, by the file's digest and page
(render/highlight.py); a build given that cache reads the words from it instead, as a
rebuild does. A digest names the bytes of one file: a cached page never stands in for a
file with other bytes. Tests about OCR itself (render/test_highlight.py) build without it.
"""

from __future__ import annotations

from pathlib import Path

from reinstate.render.highlight import CACHE_FOLDER
from reinstate.run.build import BuildOptions, BuildResult, build_project

_WORDS: dict[str, str] = {}
"""Cache file name (digest-page.tsv) → Tesseract's TSV, from the builds of this process."""


def seed(out: Path) -> None:
    """Put the words known so far into the OCR cache of the output folder `out`."""
    if not _WORDS:
        return
    folder = out / CACHE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    for name, tsv in _WORDS.items():
        if not (folder / name).exists():
            (folder / name).write_text(tsv, encoding="utf-8")


def keep(out: Path) -> None:
    """Remember the words the build into `out` found (or was given)."""
    folder = out / CACHE_FOLDER
    if folder.is_dir():
        for path in folder.glob("*.tsv"):
            _WORDS.setdefault(path.name, path.read_text(encoding="utf-8"))


def build_sharing_ocr(root: Path, options: BuildOptions) -> BuildResult:
    """`build_project(root, options)`, its OCR cache seeded with and kept for other builds."""
    out = options.out or root / "site"
    seed(out)
    result = build_project(root, options)
    keep(out)
    return result
