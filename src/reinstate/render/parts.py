"""The bundle laid out part by part, so that a save lays out again only the parts it changed.

The watch worker (live/pdfworker.py) calls `keep_parts()`. From then on the print HTML of a
bundle is cut into its parts (the body's top-level elements: cover, contents, letter,
plan, each free page, the exhibit index, each exhibit, the redline annex), and each part
is laid out by WeasyPrint as a document of its own. A part's layout is kept, keyed by a
digest of its HTML (page-number placeholders included) and the page it starts on; the next
save lays out only the parts whose HTML or first page changed, and WeasyPrint draws the
pages of all the parts as one document (`Document.copy`), so links, named destinations
and bookmarks between parts are WeasyPrint's own, as in a bundle laid out whole.

What a part needs from the others is given to WeasyPrint while it lays the part out:
- its place in the bundle: the page type's index and side are offset by the pages before
  the part, so `@page :first` is the bundle's first page and `:left`/`:right` alternate
  as in the whole bundle;
- the page numbers in the margin boxes ("Page 3 of 12", "bundle p. 9"): `counter(page)`
  is offset and `counter(pages)` is the bundle's page count. Margin boxes are laid out
  after the pages, so the parts laid out in one render get their margin boxes again once
  the count is known; a kept part whose bundle's count changed is laid out again (its
  layout context, which the margin boxes need, is not kept: it holds every element's
  styles);
- what it draws: the pages of kept parts keep what drawing them wrote (render/drawn.py);
- the page numbers of references: the placeholders of render/pagerefs.py are written into
  the laid-out boxes from the pages of every part; a kept part whose numbers changed is
  laid out again (its placeholders are gone).

This is exact only where the print stylesheet does not carry anything from one part into
the next (running strings set in an earlier part and used in a later one without being
set again, CSS counters across parts, `target-counter()`), so it is used with the default
theme's print templates and print.css only (`eligible`); a project theme's bundle is laid
out whole. A one-off build lays out whole too: it has nothing to keep.
`tests/render/test_pdf_kept_parts.py` compares both, page by page.
"""

from __future__ import annotations

import contextlib
import hashlib
import html.parser
import itertools
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from reinstate.render import drawn, pagerefs
from reinstate.render.theme import Theme, builtin_theme_dir

KNOWN_WEASYPRINT = frozenset({"70.0"})
"""The WeasyPrint versions whose page types and margin boxes this was written against."""
KEPT_BUNDLES = 2
"""Bundles whose parts are kept (a project's cases in turn), the oldest dropped first."""

_keeping: list[bool] = []
_kept: OrderedDict[str, dict[tuple[str, int], _Part]] = OrderedDict()
_local = threading.local()
_originals: dict[str, Any] = {}


def keep_parts(on: bool = True) -> None:
    """From now on, lay bundles out by part and keep the parts (the watch worker); `on`
    False: lay them out whole, keeping what was kept."""
    _keeping.clear()
    if on:
        _keeping.append(True)


def stop_keeping() -> None:
    """Lay bundles out whole again and drop what was kept (tests)."""
    _keeping.clear()
    _kept.clear()


def keeping() -> bool:
    return bool(_keeping)


def eligible(theme: Theme) -> bool:
    """True when the bundle's print templates and print.css are the default theme's own,
    and WeasyPrint is a version this was written against."""
    import weasyprint

    if weasyprint.__version__ not in KNOWN_WEASYPRINT:
        return False
    default = builtin_theme_dir().resolve()
    for folder in theme.dirs:
        if folder.resolve() == default:
            continue
        if (folder / "static" / "print.css").exists() or (folder / "templates" / "print").exists():
            return False
    return True


@dataclass
class _Part:
    """One part laid out: its WeasyPrint document and what its margin boxes were made with."""

    start: int
    """0-based index of its first page in the bundle."""
    document: Any
    cited: frozenset[str]
    margins: list[tuple[Any, Any, Any, int]] = field(default_factory=list)
    """(layout context, page box, page state, page number in the part) of every page,
    while the bundle it was laid out for is being made (then dropped: a kept part whose
    bundle's page count changed is laid out again)."""
    total: int = 0
    """The bundle's page count its margin boxes show."""
    numbers: dict[str, int] | None = None
    """The page numbers written into its references (None: placeholders still there)."""

    @property
    def pages(self) -> int:
        return len(self.document.pages)


@dataclass
class _Active:
    """What the part being laid out takes from the bundle (read by the patched functions)."""

    start: int
    total: int
    margins: list[tuple[Any, Any, Any, int]] = field(default_factory=list)


@dataclass
class Parts:
    """What `lay_out_parts` did, for tests and benchmarks."""

    parts: int = 0
    laid_out: int = 0
    """Parts laid out by WeasyPrint in this render (the others were kept)."""
    margins_remade: int = 0
    layouts: pagerefs.Layouts = field(default_factory=pagerefs.Layouts)


last = Parts()
"""What the last `lay_out_parts` did."""


def split(text: str) -> tuple[str, list[str], str] | None:
    """(head, parts, tail) of the print HTML: `head + part + tail` is a document of one part.

    A part is a top-level element of the body with an id (the templates' sections), with
    the white space after it. None when the body holds anything else at its top level
    (text, an element without an id): the document is then laid out whole.
    """
    scanner = _Scanner()
    try:
        scanner.feed(text)
        scanner.close()
    except (AssertionError, ValueError):
        return None
    if scanner.body_start < 0 or scanner.body_end < 0 or not scanner.starts or scanner.stray:
        return None
    starts = [*scanner.starts, scanner.body_end]
    parts = [text[a:b] for a, b in itertools.pairwise(starts)]
    head = text[: starts[0]]
    if head[scanner.body_start :].strip():
        return None
    return head, parts, text[scanner.body_end :]


VOID = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link"),
        *("meta", "param", "source", "track", "wbr"),
    }
)


class _Scanner(html.parser.HTMLParser):
    """Offsets of the body's top-level elements, with the nesting an HTML parser gives."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[int] = []
        self.stack: list[str] = []
        self.body_start = -1
        self.body_end = -1
        self.starts: list[int] = []
        self.stray = False

    def feed(self, data: str) -> None:
        offset = 0
        self.lines = [0]
        for line in data.splitlines(keepends=True):
            offset += len(line)
            self.lines.append(offset)
        super().feed(data)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self.body_start = self._offset() + len(self.get_starttag_text() or "")
            self.stack = ["body"]
            return
        if not self.stack:
            return
        if len(self.stack) == 1:
            if dict(attrs).get("id"):
                self.starts.append(self._offset())
            else:
                self.stray = True
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if len(self.stack) == 1:
            self.stray = True

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            return
        if tag == "body" and self.stack == ["body"]:
            self.body_end = self._offset()
            self.stack = []
            return
        if tag in self.stack[1:]:
            # an HTML parser closes what is open inside it; an end tag of nothing open is
            # ignored
            while self.stack.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if len(self.stack) == 1 and data.strip():
            self.stray = True


def lay_out_parts(text: str, render: Callable[[str], Any], key: str) -> Any | None:
    """The WeasyPrint document of the print HTML `text`, laid out part by part, with the
    page numbers of its references; None when it cannot be (lay it out whole).

    `render` lays out an HTML string; `key` names the bundle whose parts are kept.
    """
    global last
    done = Parts()
    last = done
    wanted = pagerefs.cited(text)
    from reinstate.render.printhtml import PARTS

    guessed = pagerefs.placeholders(text, wanted, PARTS) if wanted else {}
    cut = split(pagerefs.numbered(text, guessed) if wanted else text)
    if cut is None:
        return None
    head, pieces, tail = cut
    _install()
    kept = _kept.pop(key, {})
    previous_total = sum(p.pages for p in kept.values()) if kept else 0
    made: list[_Part] = []
    start = 0
    for piece in pieces:
        digest = hashlib.sha256((head + piece + tail).encode("utf-8")).hexdigest()
        found = kept.pop((digest, start), None)
        if found is None:
            found = _lay_out(head + piece + tail, render, start, previous_total, piece)
            done.laid_out += 1
        made.append(found)
        start += found.pages
    total = start
    done.parts = len(made)
    pages: dict[str, int] = {}
    for part in made:
        for index, page in enumerate(part.document.pages, start=part.start + 1):
            for anchor in page.anchors:
                if anchor in wanted and anchor not in pages:
                    pages[anchor] = index
    if any(len(str(n)) > len(guessed.get(a, "")) for a, n in pages.items()):
        return None  # a number wider than its placeholder: the whole layout handles it
    for n, part in enumerate(made):
        numbers = {a: pages[a] for a in part.cited if a in pages}
        if (part.numbers is not None and part.numbers != numbers) or (
            part.total != total and not part.margins
        ):
            # its placeholders are gone, or its layout context: laid out again
            piece = pieces[n]
            part = made[n] = _lay_out(head + piece + tail, render, part.start, total, piece)
            done.laid_out += 1
        if part.total != total:
            _remake_margins(part, total)
            done.margins_remade += 1
        if part.numbers is None:
            if part.cited:
                try:
                    pagerefs.patch(part.document, pages, done.layouts, required=False)
                except pagerefs.UnexpectedLayoutError:
                    return None
                except (AttributeError, TypeError, KeyError, IndexError, ValueError):
                    return None  # a WeasyPrint whose boxes differ: laid out whole
            part.numbers = numbers
    for part in made:
        drawn.keep(part.document.pages)
        # what only laying out needed goes (the parsed HTML, the styles of every element)
        part.margins = []
    _kept[key] = {
        (hashlib.sha256((head + piece + tail).encode("utf-8")).hexdigest(), part.start): part
        for piece, part in zip(pieces, made, strict=True)
    }
    while len(_kept) > KEPT_BUNDLES:
        _kept.popitem(last=False)
    return made[0].document.copy([page for part in made for page in part.document.pages])


def _lay_out(text: str, render: Callable[[str], Any], start: int, total: int, piece: str) -> _Part:
    active = _Active(start, total)
    with _laying_out(active):
        document = render(text)
    document._html = None  # the parsed HTML: the boxes keep the elements they show
    contexts = {id(context): context for context, _page, _state, _number in active.margins}
    for context in contexts.values():
        _drop_element_styles(context.style_for)
    return _Part(start, document, frozenset(pagerefs.cited(piece)), active.margins, total)


def _drop_element_styles(style_for: Any) -> None:
    """Keep only the page styles of a layout context (what margin boxes are made from):
    the cascaded and computed styles of the elements are what laying out needed (the
    boxes keep their own computed styles)."""
    page_type = _originals["PageType"]
    for table in (style_for._cascaded_styles, style_for._computed_styles):
        for key in [k for k in table if not isinstance(k[0], page_type)]:
            del table[key]


@contextlib.contextmanager
def _laying_out(active: _Active) -> Iterator[None]:
    _local.active = active
    try:
        yield
    finally:
        _local.active = None


def _remake_margins(part: _Part, total: int) -> None:
    """Lay the part's margin boxes out again for a bundle of `total` pages."""
    from weasyprint.formatting_structure.boxes import MarginBox
    from weasyprint.layout.background import layout_box_backgrounds

    make = _originals["make_margin_boxes"]
    for context, page_box, state, number in part.margins:
        context.current_page = number
        kept = [c for c in page_box.children if not isinstance(c, MarginBox)]
        margins = list(make(context, page_box, _shifted(state, part.start, total)))
        for box in margins:
            layout_box_backgrounds(page_box, box, context.get_image_from_uri)
        page_box.children = (*kept, *margins)
    drawn.forget(part.document.pages)
    part.total = total


def _shifted(state: Sequence[Any], start: int, total: int) -> tuple[Any, ...]:
    """The page state with the bundle's page number and page count."""
    quote_depth, values, scopes, groups = state
    values = {name: list(found) for name, found in values.items()}
    if values.get("page"):
        values["page"][-1] += start
    values["pages"] = [total]
    return (quote_depth, values, scopes, groups)


def _install() -> None:
    """Wrap WeasyPrint's page types and margin boxes (once): unchanged outside a part."""
    if _originals:
        return
    from weasyprint import layout
    from weasyprint.layout import page as page_layout

    drawn.install()
    page_type = page_layout.PageType
    margin_boxes = layout.make_margin_boxes
    _originals["PageType"] = page_type
    _originals["make_margin_boxes"] = margin_boxes

    def make_page_type(side: str, blank: bool, name: str, index: int, groups: Any) -> Any:
        active: _Active | None = getattr(_local, "active", None)
        if active is None or not active.start:
            return page_type(side, blank, name, index, groups)
        if active.start % 2:
            side = "left" if side == "right" else "right"
        return page_type(side, blank, name, index + active.start, groups)

    def make_margin_boxes(context: Any, page: Any, state: Any) -> Any:
        active: _Active | None = getattr(_local, "active", None)
        if active is None:
            return margin_boxes(context, page, state)
        active.margins.append((context, page, state, context.current_page))
        return margin_boxes(context, page, _shifted(state, active.start, active.total))

    page_layout.PageType = make_page_type
    layout.make_margin_boxes = make_margin_boxes


def uninstall() -> None:
    """WeasyPrint's own functions again (tests)."""
    from weasyprint import layout
    from weasyprint.layout import page as page_layout

    drawn.uninstall()
    if _originals:
        page_layout.PageType = _originals.pop("PageType")
        layout.make_margin_boxes = _originals.pop("make_margin_boxes")
