"""Characters of a case that no installed font can draw.

WeasyPrint prints such a character as an empty box ("tofu"), silently. Before the bundle
is made, every character of the case's files outside ASCII is looked up in the coverage
of the fonts fontconfig knows (`fc-list`, which WeasyPrint's Pango uses to pick fonts);
each one that no font covers is reported once, at its first place, with the character,
its code point and a Debian package that draws it.
"""

from __future__ import annotations

import bisect
import shutil
import subprocess
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG

from reinstate.core.diagnostics import Location, Reporter
from reinstate.core.limits import DEFAULT_MAX_BYTES

RULE = "pdf.missing-glyph"

PACKAGES: tuple[tuple[int, int, str], ...] = (
    (0x1100, 0x11FF, "fonts-noto-cjk"),  # Hangul Jamo
    (0x2E80, 0x2FDF, "fonts-noto-cjk"),  # CJK radicals
    (0x3000, 0x9FFF, "fonts-noto-cjk"),  # CJK punctuation, kana, Han
    (0xA960, 0xA97F, "fonts-noto-cjk"),
    (0xAC00, 0xD7FF, "fonts-noto-cjk"),  # Hangul syllables
    (0xF900, 0xFAFF, "fonts-noto-cjk"),
    (0xFE30, 0xFE4F, "fonts-noto-cjk"),
    (0xFF00, 0xFFEF, "fonts-noto-cjk"),  # full-width forms
    (0x1F000, 0x1FAFF, "fonts-noto-color-emoji"),
    (0x20000, 0x3FFFF, "fonts-noto-cjk-extra"),
)
"""Blocks with a Debian package of their own; everything else: fonts-noto-core."""


def package_for(char: str) -> str:
    code = ord(char)
    for start, end, package in PACKAGES:
        if start <= code <= end:
            return package
    return "fonts-noto-core"


@dataclass(frozen=True, slots=True)
class Coverage:
    """The union of the code points of every installed font, as sorted ranges."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __contains__(self, code: int) -> bool:
        i = bisect.bisect_right(self.starts, code) - 1
        return i >= 0 and code <= self.ends[i]

    @classmethod
    def parse(cls, charsets: Iterable[str]) -> Coverage:
        """From fontconfig charsets: one line per font, `20-7e a0-17f 2013`."""
        ranges: list[tuple[int, int]] = []
        for line in charsets:
            for part in line.split():
                low, _sep, high = part.partition("-")
                try:
                    ranges.append((int(low, 16), int(high or low, 16)))
                except ValueError:
                    continue
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1] + 1:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return cls(tuple(r[0] for r in merged), tuple(r[1] for r in merged))


@lru_cache(maxsize=1)
def installed_coverage() -> Coverage | None:
    """What the installed fonts cover (None when fontconfig's fc-list is not there: then
    nothing is reported, rather than every character)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, "--format", "%{charset}\n"], capture_output=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    return Coverage.parse(done.stdout.decode("ascii", "replace").splitlines())


def drawable(char: str) -> bool:
    """Characters that are not drawn (spaces, joiners, marks of direction) need no glyph."""
    return unicodedata.category(char) not in ("Zs", "Zl", "Zp", "Cc", "Cf")


def missing(
    sources: Iterable[tuple[str, str]], coverage: Coverage
) -> Iterator[tuple[str, str, int, int]]:
    """(character, path, line, column) of the first use of each character of `sources`
    ((path, text) pairs) that `coverage` does not cover."""
    seen: set[str] = set()
    for path, text in sources:
        for number, line in enumerate(text.split("\n"), 1):
            if line.isascii():
                continue
            for col, char in enumerate(line, 1):
                if char in seen or char.isascii() or not drawable(char):
                    continue
                seen.add(char)
                if ord(char) not in coverage:
                    yield char, path, number, col


def report_missing_glyphs(root: Path, inputs: Iterable[str], reporter: Reporter) -> None:
    """A warning at the first place of each character of the case's Markdown files that
    no installed font draws."""
    coverage = installed_coverage()
    if coverage is None:
        return
    texts = []
    for rel in inputs:
        text = _markdown_text(root, rel) if rel.endswith(".md") else None
        if text is not None:
            texts.append((rel, text))
    for char, path, line, col in missing(texts, coverage):
        name = unicodedata.name(char, "unnamed character")
        reporter.warning(
            Location(path, line, col),
            RULE,
            f"'{char}' (U+{ord(char):04X} {name}) has no glyph in any installed font: "
            "the PDF bundle would show it as an empty box",
            f"install a font that covers it, e.g. Debian's {package_for(char)} "
            f"(apt-get install {package_for(char)}), then build again",
        )


def _markdown_text(root: Path, rel: str) -> str | None:
    """The text of a case file the loader could read: a regular file inside the project,
    within the size limit (a pipe, a device or a link out of the project is never opened;
    the loader has reported it)."""
    base = root.resolve()
    try:
        path = (root / rel).resolve()
        if not path.is_relative_to(base):
            return None
        st = path.stat()
        if not S_ISREG(st.st_mode) or st.st_size > DEFAULT_MAX_BYTES:
            return None
        with path.open("rb") as handle:
            data = handle.read(DEFAULT_MAX_BYTES + 1)
        return data.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
