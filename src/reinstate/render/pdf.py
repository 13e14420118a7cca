"""WeasyPrint for the PDF bundle: stylesheets, fonts, producer, fetch reports.

The shared WeasyPrint state of the bundle (render/bundle.py makes the bundle; the step is
`render_bundle` in render/steps.py). WeasyPrint and pypdf are imported only when a bundle
is made, so `reinstate check` and `build --no-pdf` never pay for them. The parsed
stylesheets, the font configuration and the image cache are kept at module level and
rebuilt only when the theme's print.css or the paper changes; the image cache and the
exhibit cache are bounded, so memory stays flat over hundreds of renders.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate import __version__
from reinstate.core.diagnostics import Location, Reporter
from reinstate.render.theme import Theme

if TYPE_CHECKING:
    from reinstate.render.fetcher import SandboxFetcher, Source

IMAGE_CACHE_ENTRIES = 64
STYLESHEET = "print.css"


@dataclass(slots=True)
class _Shared:
    """What every render with the same theme and paper can reuse."""

    key: tuple[Any, ...]
    fonts: Any
    """weasyprint FontConfiguration"""
    stylesheets: list[Any]
    """Parsed weasyprint CSS: the theme chain's print.css files, then the page geometry."""
    images: dict[str, Any]
    css_fetcher: Any
    """The SandboxFetcher the stylesheets were parsed with: what it refused (an @import
    out of the theme) is reported with every bundle, since the parsed sheets are reused."""


_shared: dict[str, _Shared] = {}
"""By paper: a project with US and UK cases keeps both (the paper follows the marketplace)."""
_harfbuzz_noted = False


def harfbuzz_note() -> str:
    """Once per process: a note when HarfBuzz subsetting is missing (fonts subset slower)."""
    global _harfbuzz_noted
    if _harfbuzz_noted or harfbuzz_subset_available():
        return ""
    _harfbuzz_noted = True
    return (
        "note: the system library libharfbuzz-subset0 is missing, so PDF fonts are subset "
        "with fontTools (about 1.45x slower); install it with your package manager "
        "(e.g. apt-get install libharfbuzz-subset0)"
    )


def harfbuzz_subset_available() -> bool:
    from weasyprint.text import ffi

    return getattr(ffi, "harfbuzz_subset", None) is not None


def shared(theme: Theme, paper: str) -> _Shared:
    """The fonts, stylesheets and image cache for `theme` and `paper` (rebuilt on change)."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from reinstate.render import pagestyles
    from reinstate.render.fetcher import SandboxFetcher, mounts
    from reinstate.render.printhtml import Geometry

    pagestyles.install()
    sheets = stylesheet_files(theme)
    key = (theme.dirs, paper, tuple((p, p.stat().st_mtime_ns, p.stat().st_size) for p in sheets))
    found = _shared.get(paper)
    if found is not None and found.key == key:
        if len(found.images) > IMAGE_CACHE_ENTRIES:
            found.images.clear()
        return found
    fonts = FontConfiguration()
    fetcher = SandboxFetcher(mounts(None, theme.dirs))
    parsed = [
        CSS(string=text, base_url=url, font_config=fonts, url_fetcher=fetcher)
        for url, text in stylesheet_texts(theme)
    ]
    parsed.append(CSS(string=Geometry(paper).css(), font_config=fonts, url_fetcher=fetcher))
    made = _Shared(key, fonts, parsed, {}, fetcher)
    _shared[paper] = made
    return made


def stylesheet_files(theme: Theme) -> list[Path]:
    """print.css of every theme in the chain, the default theme's first."""
    found = [d / "static" / STYLESHEET for d in reversed(theme.dirs)]
    return [p for p in found if p.is_file()]


def stylesheet_texts(theme: Theme) -> list[tuple[str, str]]:
    """(virtual URL, text) of each print.css, so url() in them resolves inside the sandbox."""
    from reinstate.render.fetcher import theme_url

    found = []
    for n in reversed(range(len(theme.dirs))):
        path = theme.dirs[n] / "static" / STYLESHEET
        if path.is_file():
            found.append((f"{theme_url(n)}static/{STYLESHEET}", path.read_text(encoding="utf-8")))
    return found


def producer() -> str:
    import weasyprint

    return f"reinstate {__version__} / WeasyPrint {weasyprint.__version__}"


@contextlib.contextmanager
def weasyprint_messages() -> Iterator[list[str]]:
    """Collect what WeasyPrint logs at warning level or above while it renders."""
    messages: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            messages.append(record.getMessage())

    logger = logging.getLogger("weasyprint")
    handler = _Collect(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield messages
    finally:
        logger.removeHandler(handler)


def report_fetches(
    fetchers: Sequence[SandboxFetcher],
    sources: list[Source],
    fallback: Location,
    reporter: Reporter,
) -> None:
    """A located warning for every URL the sandbox refused or could not find."""
    from reinstate.render.fetcher import locate

    refused = {url: r for fetcher in fetchers for url, r in fetcher.refused.items()}
    missing = dict.fromkeys(url for fetcher in fetchers for url in fetcher.missing)
    for refusal in refused.values():
        reporter.warning(
            locate(refusal.url, sources, fallback),
            "pdf.fetch-refused",
            f"the PDF bundle cannot use '{_short(refusal.url)}': {refusal.reason}",
            "put the file in the case folder and refer to it with a relative path",
        )
    for url in missing:
        reporter.warning(
            locate(url, sources, fallback),
            "pdf.fetch-missing",
            f"'{_short(url)}' does not exist, so the PDF bundle shows it as missing",
        )


def _short(url: str) -> str:
    return url if len(url) <= 120 else url[:100] + "…" + url[-16:]
