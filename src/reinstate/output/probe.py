"""Opening a case's exhibit files without the PDF step, with what a build found kept.

`build --no-pdf` and `check` open every exhibit file as the PDF step does (pypdf for a
PDF, Pillow for an image), so that they report a damaged, encrypted, empty or oversized
exhibit as a full build does. In a fresh process that is most of their work beyond
reading the case: importing pypdf and Pillow and decoding every image took 0.17 s of the
demo's 0.8 s. What it finds is a function of the files' bytes, the names the exhibits
give them, the limits and the code that reads them, so a build keeps it in the output
folder, `<output>/.reinstate-cache/exhibits/<digest>.json`, under a digest of all of those
(the libraries by their version files, reinstate by its version and the text of the
modules that read exhibits). The next build or check of the same files reports the kept
findings at the exhibits' `file:` values as they are now, without opening a file.

`check` reads the cache and never writes it. A build writes an entry for every case it
builds, with or without the PDF step (with it, the files are already open: the bundle
opened them). A cache folder that is a link, an entry that cannot be read, or an output
folder that cannot be used means opening the files, as without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from reinstate import __version__
from reinstate.core.config import Config, check_output_folder
from reinstate.core.diagnostics import Location, ReinstateError, Reporter, Severity
from reinstate.core.limits import Limits
from reinstate.core.model import Exhibit

CACHE_FOLDER = ".reinstate-cache/exhibits"
"""Under the output folder: what opening a case's exhibit files reported."""
FORMAT = "1"


def cache_folder(config: Config, out: Path | None) -> Path | None:
    """The probe cache of the output folder `out` (default: the project's), or None when
    that folder cannot be used (the build reports why) or a part of the cache is a link."""
    try:
        top = check_output_folder(config, out)
    except ReinstateError:
        return None
    folder = top / CACHE_FOLDER
    if any(part.is_symlink() for part in (top / ".reinstate-cache", folder)):
        return None
    return folder


def probe(
    exhibits: Sequence[Exhibit],
    reporter: Reporter,
    limits: Limits,
    cache: Path | None = None,
    keep: bool = False,
) -> None:
    """Open the exhibits' files and report what the PDF step would report (damaged,
    encrypted, empty, too large, not what the name says); with `cache`, the findings a
    build kept for the same files are reported instead, and with `keep` what was found
    is kept there."""
    key = _key(exhibits, limits) if cache is not None else None
    if cache is not None and key is not None:
        found = _read(cache / f"{key}.json", len(exhibits))
        if found is not None:
            for index, severity, rule, message, hint in found:
                location = exhibits[index].origin.value("file")
                reporter.report(location, Severity(severity), rule, message, hint)
            return
    from reinstate.render.exhibits import open_exhibits

    scratch = Reporter()
    open_exhibits(exhibits, scratch, limits)
    reporter.extend(scratch)
    if keep and cache is not None and key is not None and key == _key(exhibits, limits):
        rows = _rows(exhibits, scratch)
        if rows is not None:
            _write(cache / f"{key}.json", rows)


def _key(exhibits: Sequence[Exhibit], limits: Limits) -> str | None:
    """The digest of everything that decides what opening the files finds (None: a file
    could not be read now; opening it reports that, and nothing is kept)."""
    sha = hashlib.sha256(f"{FORMAT}\0{_code()}\0{limits!r}\n".encode())
    for exhibit in exhibits:
        path = exhibit.path
        sha.update(f"{exhibit.file}\0{path.name if path is not None else ''}\0".encode())
        if path is None:
            sha.update(b"-\n")
            continue
        try:
            size = path.stat().st_size
            if size > limits.exhibit_bytes:
                sha.update(f"{size}\n".encode())  # refused by its size alone, never read
                continue
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            return None
        sha.update(f"{size}\0{digest}\n".encode())
    return sha.hexdigest()


_CODE: list[str] = []


def _code() -> str:
    """reinstate's version and the text of the modules that open exhibits, and the
    versions of pypdf and Pillow (read from their files: importing them is what the cache
    saves)."""
    if not _CODE:
        here = Path(__file__).resolve().parents[1]
        parts = [__version__]
        for rel in ("render/exhibits.py", "core/limits.py", "output/probe.py"):
            parts.append(_text_digest(here / rel))
        for package in ("pypdf", "PIL"):
            parts.append(_package_version(package))
        _CODE.append(hashlib.sha256("\0".join(parts).encode()).hexdigest())
    return _CODE[0]


def _text_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "?"


def _package_version(name: str) -> str:
    """The text of the package's `_version.py` (both pypdf and Pillow keep their version
    there), else its `__init__.py`; '?' when not found."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return "?"
    if spec is None or not spec.submodule_search_locations:
        return "?"
    folder = Path(next(iter(spec.submodule_search_locations)))
    for file in ("_version.py", "__init__.py"):
        if (folder / file).is_file():
            return _text_digest(folder / file)
    return "?"


Row = tuple[int, int, str, str, str]
"""A finding: the index of the exhibit it is about, severity, rule, message, hint."""


def _rows(exhibits: Sequence[Exhibit], found: Reporter) -> list[Row] | None:
    """The findings by exhibit; None when one is not at exactly one exhibit's `file:`."""
    places: dict[Location, list[int]] = {}
    for index, exhibit in enumerate(exhibits):
        places.setdefault(exhibit.origin.value("file"), []).append(index)
    rows: list[Row] = []
    for diagnostic in found:
        at = places.get(diagnostic.location, [])
        if len(at) != 1:
            return None
        rows.append(
            (at[0], int(diagnostic.severity), diagnostic.rule, diagnostic.message, diagnostic.hint)
        )
    return rows


def _read(path: Path, exhibits: int) -> list[Row] | None:
    try:
        with path.open(encoding="utf-8") as handle:
            data = json.load(handle)
        rows = [
            (int(index), int(severity), str(rule), str(message), str(hint))
            for index, severity, rule, message, hint in data["findings"]
        ]
        if data["format"] != FORMAT or any(not 0 <= row[0] < exhibits for row in rows):
            return None
        for row in rows:
            Severity(row[1])  # a number that is no severity: ValueError
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return rows


def _write(path: Path, rows: list[Row]) -> None:
    """Atomically; a cache that cannot be written only costs time next run."""
    text = json.dumps({"format": FORMAT, "findings": rows})
    with contextlib.suppress(OSError):
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            Path(tmp).replace(path)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
