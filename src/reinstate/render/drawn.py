"""What WeasyPrint drew of a kept page, drawn again without drawing (the watch worker).

A part of the bundle the watch worker keeps (render/parts.py) keeps its laid-out pages; this
keeps, for each such page, what drawing it added to the page's PDF content stream, so the
next save copies it instead of walking the page's boxes again. What drawing a page does
besides writing its stream is to note in the document's fonts the glyphs it used (their
widths and the text they stand for, for the font subsets) and to add images, patterns,
transparency groups or graphics states to the shared resources. So a drawn page is copied
only when it is certain to be what drawing it would give:

- its drawing added nothing to the shared resources, and those hold the same names as
  when it was drawn (the names of new entries are counted from what is there);
- every glyph it used reads, in the fonts drawn before it, as it read then (a glyph's width
  is recorded by its first use, and later uses are positioned with that width); a font it
  brought in is still new;
- no font it used is a bitmap or colour font, and it drew no glyph missing from its font.

Otherwise the page is drawn as WeasyPrint draws it. The glyphs a copied page used are
noted in the fonts as drawing would note them, in the same order, so the fonts' subsets
and the PDF's bytes are those of a bundle drawn whole (tests/render/test_pdf_kept_parts.py).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

MISSING = object()
RESOURCES = ("ExtGState", "XObject", "Pattern", "Shading")
_installed: list[Any] = []


class _Logged(dict[Any, Any]):
    """A font's glyph table that remembers which glyphs were looked up, before what."""

    def __init__(self, found: dict[Any, Any]) -> None:
        super().__init__(found)
        self.read: dict[Any, Any] = {}
        self.added: dict[Any, Any] = {}

    def _note(self, key: Any) -> None:
        if key not in self.read and key not in self.added:
            self.read[key] = dict.get(self, key, MISSING)

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return dict.__contains__(self, key)

    def __getitem__(self, key: Any) -> Any:
        self._note(key)
        return dict.__getitem__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._note(key)
        return dict.get(self, key, default)

    def __setitem__(self, key: Any, value: Any) -> None:
        self._note(key)
        if not dict.__contains__(self, key):
            self.added[key] = value
        dict.__setitem__(self, key, value)


@dataclass
class _FontUse:
    key: Any
    new: Any
    """The font as the page's drawing made it (None: the font was there before)."""
    widths_read: dict[Any, Any]
    widths_added: dict[Any, Any]
    text_read: dict[Any, Any]
    text_added: dict[Any, Any]


@dataclass
class Drawn:
    """What drawing one page added: its operators and what its fonts gained."""

    ops: list[Any] | None
    """None: the page is drawn each time."""
    fonts: list[_FontUse]
    resources: tuple[frozenset[Any], ...]
    """The names in the shared resources (and images) when it was drawn."""
    prelude: tuple[Any, ...]
    """The page's stream before drawing (what WeasyPrint wrote first, the scale, the
    stream's current state)."""


def install() -> None:
    """Wrap WeasyPrint's `Page.paint` (once): a page that carries a `Drawn` is copied."""
    if _installed:
        return
    from weasyprint.document import Page

    original = Page.paint
    _installed.append(original)

    def paint(page: Any, stream: Any, scale: float = 1) -> None:
        if getattr(page, "_reinstate_keep_drawn", False):
            draw(page, stream, scale, original)
        else:
            original(page, stream, scale)

    Page.paint = paint


def uninstall() -> None:
    from weasyprint.document import Page

    if _installed:
        Page.paint = _installed.pop()


def keep(pages: Iterable[Any]) -> None:
    """Keep what drawing these pages gives (pages of a kept part)."""
    for page in pages:
        page._reinstate_keep_drawn = True


def forget(pages: Iterable[Any]) -> None:
    """The pages' boxes changed (margins laid out again): draw them again."""
    for page in pages:
        page._reinstate_drawn = None


def _prelude(stream: Any, scale: float) -> tuple[Any, ...]:
    return (
        scale,
        tuple(stream.stream),
        stream._current_color,
        stream._current_color_stroke,
        stream._current_alpha,
        stream._current_alpha_stroke,
        stream._current_font,
        stream._current_font_size,
        tuple(tuple(m) for m in stream._ctm_stack),
    )


def _names(stream: Any) -> tuple[frozenset[Any], ...]:
    resources = stream._resources
    return (
        *(frozenset(resources[name]) for name in RESOURCES),
        frozenset(stream._images),
    )


def draw(page: Any, stream: Any, scale: float, original: Any) -> None:
    found: Drawn | None = getattr(page, "_reinstate_drawn", None)
    if found is not None and found.ops is not None and _still(found, stream, scale):
        _copy(found, stream)
        copied[0] += 1
        return
    page._reinstate_drawn = _record(page, stream, scale, original)


copied = [0]
"""Pages copied instead of drawn, in all (for tests and benchmarks)."""


def _still(found: Drawn, stream: Any, scale: float) -> bool:
    if _names(stream) != found.resources or _prelude(stream, scale) != found.prelude:
        return False
    fonts = stream._fonts
    for use in found.fonts:
        font = fonts.get(use.key)
        if use.new is not None:
            if font is not None:
                return False
            continue
        if font is None:
            return False
        for gid, value in use.widths_read.items():
            if font.widths.get(gid, MISSING) != value:
                return False
        for gid, value in use.text_read.items():
            if font.to_unicode.get(gid, MISSING) != value:
                return False
    return True


def _copy(found: Drawn, stream: Any) -> None:
    stream.stream.extend(found.ops)
    fonts = stream._fonts
    for use in found.fonts:
        if use.new is not None:
            font = copy.copy(use.new)
            font.widths = dict(use.new.widths)
            font.to_unicode = dict(use.new.to_unicode)
            font.missing = {}
            fonts[use.key] = font
            continue
        font = fonts[use.key]
        for gid, value in use.widths_added.items():
            font.widths[gid] = value
        for gid, value in use.text_added.items():
            font.to_unicode[gid] = value


def _record(page: Any, stream: Any, scale: float, original: Any) -> Drawn:
    """Draw the page, noting what its drawing read and added."""
    fonts = stream._fonts
    before = _names(stream)
    prelude = _prelude(stream, scale)
    start = len(stream.stream)
    view = {}
    for key, font in fonts.items():
        seen = copy.copy(font)
        seen.widths = _Logged(font.widths)
        seen.to_unicode = _Logged(font.to_unicode)
        seen.missing = dict(font.missing)
        view[key] = seen
    stream._fonts = view
    try:
        original(page, stream, scale)
    finally:
        stream._fonts = fonts
    uses: list[_FontUse] = []
    cacheable = _names(stream) == before
    for key, seen in view.items():
        if key in fonts:
            real = fonts[key]
            widths, text = seen.widths, seen.to_unicode
            if len(seen.missing) != len(real.missing):
                real.missing.update(seen.missing)
                cacheable = False
            for gid, value in widths.added.items():
                real.widths[gid] = value
            for gid, value in text.added.items():
                real.to_unicode[gid] = value
            if widths.read or text.read:
                if real.bitmap or real.png or real.svg or real.colr:
                    cacheable = False
                uses.append(_FontUse(key, None, widths.read, widths.added, text.read, text.added))
            continue
        fonts[key] = seen  # brought in by this page
        if seen.bitmap or seen.png or seen.svg or seen.colr or seen.missing:
            cacheable = False
        new = copy.copy(seen)
        new.widths = dict(seen.widths)
        new.to_unicode = dict(seen.to_unicode)
        uses.append(_FontUse(key, new, {}, {}, {}, {}))
    if not cacheable:
        return Drawn(None, [], before, prelude)
    return Drawn(list(stream.stream[start:]), uses, before, prelude)
