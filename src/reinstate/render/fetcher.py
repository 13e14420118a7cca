"""The bundle's sandbox: the only way WeasyPrint may read anything while it renders.

WeasyPrint's default fetcher reads any URL, and embeds any local file named by
`<link rel="attachment">` or `<a rel="attachment">` into the PDF (e.g. /etc/passwd). A
case file with raw HTML (`allow_html: true`) or a project theme could name such a file,
so every fetch goes through `SandboxFetcher`: it serves files whose real path (symlinks
resolved) is inside the case folder or a theme folder, the images the bundle generated
itself, and small `data:` URLs; it refuses everything else and remembers what it refused,
so the build can report each refusal at the file and line that asked for it.
"""

from __future__ import annotations

import mimetypes
import os
import re
import urllib.parse
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from weasyprint.urls import URLFetcher, URLFetcherResponse

from reinstate.core.diagnostics import Location

DATA_URL_LIMIT = 1 << 20
"""Longest `data:` URL served (1 MiB): enough for an inline logo, not for a smuggled file."""
_URL_IN_SOURCE = re.compile(
    r"""(?:\b(?:src|href|data|poster|srcset|xlink:href)\s*=\s*|url\(\s*|@import\s+(?=["']))"""
    r"""(?:"([^"]*)"|'([^']*)'|([^\s"'<>()]+))""",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Refusal:
    url: str
    reason: str


VIRTUAL = "file:///reinstate/"
"""Where the bundle's folders appear to WeasyPrint: the case folder at `case/`, the themes
at `theme-0/`, `theme-1/` … No real path reaches WeasyPrint, so image ids (which it derives
from URLs) and therefore the PDF do not depend on where the project lives."""
CASE_URL = VIRTUAL + "case/"


def theme_url(index: int) -> str:
    return f"{VIRTUAL}theme-{index}/"


def mounts(case_folder: Path | None, theme_dirs: Sequence[Path]) -> dict[str, Path]:
    """Virtual folder name → real folder."""
    found = {f"theme-{i}": folder for i, folder in enumerate(theme_dirs)}
    if case_folder is not None:
        found["case"] = case_folder
    return found


class SandboxFetcher(URLFetcher):  # type: ignore[misc]
    """Serves the mounted folders (see VIRTUAL), generated files and small data: URLs."""

    def __init__(self, folders: Mapping[str, Path], served: Mapping[str, bytes] | None = None):
        super().__init__(timeout=1, allowed_protocols=("file", "data"), allow_redirects=False)
        self.folders = {name: os.path.realpath(path) for name, path in folders.items()}
        self.served = dict(served or {})
        self.refused: dict[str, Refusal] = {}
        """URL → why it was refused, in the order WeasyPrint asked."""
        self.missing: list[str] = []
        """URLs inside the sandbox that name no file."""

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        generated = self.served.get(url)
        if generated is not None:
            return URLFetcherResponse(url, generated, {"Content-Type": "image/png"})
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            if len(url) > DATA_URL_LIMIT:
                raise self._refuse(url, f"a data: URL longer than {DATA_URL_LIMIT >> 10} KiB")
            return super().fetch(url, headers)
        if scheme != "file":
            raise self._refuse(url, "only files inside the case folder or the theme can be used")
        real = self._real_path(url)
        if real is None:
            raise self._refuse(url, "it is outside the case folder and the theme")
        if not Path(real).is_file():
            if url not in self.missing:
                self.missing.append(url)
            raise FileNotFoundError(f"no such file: {url}")
        with open(real, "rb") as handle:  # noqa: PTH123 (a real path, already checked)
            data = handle.read()
        kind = mimetypes.guess_type(real)[0] or "application/octet-stream"
        return URLFetcherResponse(url, data, {"Content-Type": kind})

    def _real_path(self, url: str) -> str | None:
        """The real file behind a virtual URL, or None when it leads outside its folder."""
        parts = urllib.parse.urlsplit(url)
        whole = parts.netloc + parts.path
        if not whole.startswith(VIRTUAL.removeprefix("file://")):
            return None
        name, _, rest = whole.removeprefix(VIRTUAL.removeprefix("file://")).partition("/")
        root = self.folders.get(name)
        if root is None:
            return None
        real = os.path.realpath(os.path.join(root, urllib.request.url2pathname(rest)))  # noqa: PTH118
        try:
            return real if os.path.commonpath((real, root)) == root else None
        except ValueError:  # different drives on Windows
            return None

    def _refuse(self, url: str, reason: str) -> ValueError:
        self.refused.setdefault(url, Refusal(url, reason))
        return ValueError(f"refused by reinstate: {url} ({reason})")


@dataclass(frozen=True, slots=True)
class Source:
    """A text file that may name URLs: a case file, a theme template or stylesheet."""

    rel: str
    """How diagnostics name it (project-relative where possible)."""
    path: Path
    base_url: str
    """What its relative URLs are relative to."""


def locate(url: str, sources: Sequence[Source], fallback: Location) -> Location:
    """Where `url` was written: the first source with a reference that resolves to it."""
    target = _normal(url)
    for source in sources:
        try:
            text = source.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for match in _URL_IN_SOURCE.finditer(text):
            raw = next(g for g in match.groups() if g is not None)
            value = raw.strip()
            if not value:
                continue
            if _normal(urllib.parse.urljoin(source.base_url, value)) == target or value == url:
                start = match.start(match.lastindex or 0)
                line = text.count("\n", 0, start)
                col = start - (text.rfind("\n", 0, start) + 1) + 1
                return Location(source.rel, line + 1, col)
    return fallback


def _normal(url: str) -> str:
    """A URL without its fragment and with `..` resolved, for comparing references."""
    parts = urllib.parse.urlsplit(url.strip())
    path = parts.path
    if parts.scheme in ("file", "") and path:
        path = os.path.normpath(urllib.parse.unquote(path))
    return urllib.parse.urlunsplit((parts.scheme.lower(), parts.netloc, path, parts.query, ""))
