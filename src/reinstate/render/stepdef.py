"""A render step as data: a name, a function over a `CaseBuild` (render/step.py), whether it
is slow (the PDF bundle: skipped by `--no-pdf`, run in the background by the watcher) and
an optional warm-up for a long-lived worker.

Apart from the case build's context so that `BuildOptions` can name the built-in steps
(render/steps.py) without importing what rendering needs: a build that finds every case
up to date imports neither.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reinstate.core.config import Config
    from reinstate.render.step import CaseBuild
    from reinstate.render.theme import Theme


@dataclass(frozen=True, slots=True)
class Step:
    """One render step of a case build."""

    name: str
    render: Callable[[CaseBuild], None]
    slow: bool = False
    """Skipped by `--no-pdf`; run as a background job by the watcher (the PDF bundle)."""
    warm_up: Callable[[Config, Theme], None] | None = None
    """Run once by a long-lived worker so that its first real render is not slower."""
