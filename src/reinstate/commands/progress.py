"""Build progress: a bar redrawn in place on a terminal, one plain line per case otherwise.

A log file or CI output gets whole lines (a bar's carriage returns would garble it); a
single case gets no progress at all, since the build line that follows says it all.
"""

from __future__ import annotations

import os
import shutil
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

from reinstate.core.diagnostics import printable

if TYPE_CHECKING:
    from reinstate.output.job import CaseResult

BAR = 24


class ProgressBar:
    def __init__(self, stream: TextIO | None) -> None:
        """No stream: no progress at all (`-q`)."""
        self.stream = stream
        self.live = stream is not None and _is_terminal(stream)
        self.drawn = False

    def __call__(self, done: int, total: int, result: CaseResult) -> None:
        if total <= 1 or self.stream is None:
            return
        slug = printable(result.slug)  # a folder name: no escape sequences to the terminal
        what = f"{slug} (failed)" if result.kept_last else slug
        if not self.live:
            print(f"[{done}/{total}] {what}", file=self.stream, flush=True)
            return
        filled = BAR * done // total
        bar = "#" * filled + "-" * (BAR - filled)
        line = f"building [{bar}] {done}/{total} {what}"
        width = shutil.get_terminal_size((80, 24)).columns - 1
        self.stream.write("\r\033[K" + line[:width])
        self.stream.flush()
        self.drawn = True

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self.drawn and self.stream is not None:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty() and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False
