"""Text as a case's files hold it: UTF-8 decoding, line ends, and the control characters
dropped wherever text comes in (a file's body, a front matter value).
"""

from __future__ import annotations

import re

from reinstate.core.diagnostics import Location, Reporter

CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Characters dropped from case text: C0/C1 controls (but tab and newline) and bidi overrides."""
MAX_CONTROL_WARNINGS = 5


def decode(data: bytes, rel: str, reporter: Reporter) -> str | None:
    """UTF-8 text with a BOM removed and line ends normalised to `\\n`."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        reporter.error(
            Location(rel, line, col),
            "file.encoding",
            f"file is not valid UTF-8 (byte 0x{data[exc.start]:02x})",
            "save it as UTF-8",
        )
        return None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        reporter.error(Location(rel, line, 1), "file.encoding", "file contains a NUL byte")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def drop_controls(text: str, rel: str, reporter: Reporter) -> str:
    """`text` without `CONTROLS`, each warned about where it was (the first few)."""
    found = 0
    for match in CONTROLS.finditer(text):
        found += 1
        if found > MAX_CONTROL_WARNINGS:
            continue
        at = match.start()
        line = text.count("\n", 0, at) + 1
        col = at - (text.rfind("\n", 0, at) + 1) + 1
        reporter.warning(
            Location(rel, line, col),
            "text.control",
            f"control character U+{ord(match.group()):04X} dropped",
            "such characters are invisible, or make a terminal or text viewer misbehave",
        )
    if not found:
        return text
    if found > MAX_CONTROL_WARNINGS:
        reporter.warning(
            Location(rel, 1, 1),
            "text.control",
            f"{found:,} control characters dropped in all (the first {MAX_CONTROL_WARNINGS} "
            "are reported where they are)",
        )
    return CONTROLS.sub("", text)
