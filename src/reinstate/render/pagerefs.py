"""Page numbers of the bundle's references in one layout, without `target-counter()`.

Every same-document link of the print HTML (`<a href="#id">`) carries a `data-page`
attribute, which the theme's print.css shows with `attr(data-page)` ("Exhibit B (p. 9)",
the contents' leaders, the exhibit index's pages).

`target-counter()` makes WeasyPrint lay pages out again whenever a target's page becomes
known after a page that cites it; the pages after it follow, so the cost grows faster than
the pages with the number of references (80 items citing each other: 37 s and 450 MB).
Here the document is laid out once with a placeholder of as many digits as the target's
page is estimated to have, erring towards more ("00"), the page of every target is read
from that layout, and the placeholder's text is replaced by the number in the laid-out
boxes before the PDF is drawn (WeasyPrint draws the text a box holds at that moment).
A number narrower than its placeholder gives the room back: what follows on its line moves
left by the difference, a number after a leader (the contents) moves right and the leader
grows, so numbers stay flush with the margin. Nothing moves to another line or page, so
every target stays on the page its number says.

Should a page number need more digits than its placeholder had (a target far later than
its estimate), or the WeasyPrint in use not lay its boxes out as expected, the document is
laid out again with the numbers written in as text, until the numbers and the pages agree.
"""

from __future__ import annotations

import html
import itertools
import re
import urllib.parse
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

ATTRIBUTE = "data-page"
MAX_LAYOUTS = 5
CHARS_PER_PAGE = 2000
"""Fewer characters (other than spaces) than a page of the bundle holds: the page
estimate errs high."""
CHARS_PER_ANCHOR = 200
"""What an element with an id adds to the estimate besides its text: a heading's or an
index entry's room (a page holds about nine exhibit index entries of a few words each)."""

_LINK = re.compile(r'<a(?=\s)([^>]*?\shref="#([^"]*)")')
_TAG = re.compile(r"<[^>]*>")
_SHEET = re.compile(r'class="sheet[ "]')
_ID = re.compile(r'\sid="([^"]*)"')


def anchor_of(href_value: str) -> str:
    """The anchor an `href="#…"` value (unescaped, without `#`) points to."""
    return urllib.parse.unquote(href_value)


def cited(text: str) -> set[str]:
    """The anchors the document's same-document links point to."""
    return {anchor_of(html.unescape(m.group(2))) for m in _LINK.finditer(text)}


def numbered(text: str, pages: Mapping[str, int | str]) -> str:
    """`text` with `data-page` on every same-document link: the target's value in `pages`
    (a page number, or a placeholder), '' for a target not in `pages`."""

    def number(match: re.Match[str]) -> str:
        found = pages.get(anchor_of(html.unescape(match.group(2))))
        value = "" if found is None else str(found)
        return f'<a {ATTRIBUTE}="{value}"{match.group(1)}'

    return _LINK.sub(number, text)


def placeholders(text: str, wanted: set[str], parts: Container[str] = ()) -> dict[str, str]:
    """A placeholder for the page of each wanted anchor: as many zeros as the page number
    is likely to have, erring towards more.

    The page is estimated from what comes before the anchor: a page per exhibit sheet, a
    page per `CHARS_PER_PAGE` characters of text (fewer than a page holds), counting
    `CHARS_PER_ANCHOR` more for each element with an id, a page per
    part (an element whose id is in `parts` or starts with `~page-`: each starts a page).
    A placeholder with a digit too many costs room on a line; one with a digit too few
    costs a second layout.
    """
    found: dict[str, str] = {}
    chars = pages = 0
    last = 0
    for tag in _TAG.finditer(text):
        chars += sum(map(len, text[last : tag.start()].split()))
        last = tag.end()
        opening = tag.group(0)
        ident = _ID.search(opening)
        sheet = _SHEET.search(opening)
        if sheet:
            pages += 1
        if ident is None:
            continue
        if not sheet:
            chars += CHARS_PER_ANCHOR
        anchor = html.unescape(ident.group(1))
        if anchor in parts or anchor.startswith("~page-"):
            pages += 1
        if anchor in wanted and anchor not in found:
            found[anchor] = "0" * len(str(pages + chars // CHARS_PER_PAGE + 1))
    return found


def anchor_pages(pages: Iterable[Any], wanted: set[str]) -> dict[str, int]:
    """The 1-based page of each wanted anchor (its first page) in a laid-out document."""
    found: dict[str, int] = {}
    for index, page in enumerate(pages, start=1):
        for anchor in page.anchors:
            if anchor in wanted and anchor not in found:
                found[anchor] = index
    return found


@dataclass
class Layouts:
    """What `lay_out` did, for tests and benchmarks."""

    layouts: int = 0
    patched: int = 0
    """Numbers written into the laid-out boxes."""
    moved: int = 0
    """Of those, numbers narrower than their placeholder (their line adjusted)."""
    reasons: list[str] = field(default_factory=list)
    """Why the document was laid out again, if it was."""


def lay_out(
    text: str, render: Callable[[str], Any], parts: Container[str] = ()
) -> tuple[Any, Layouts]:
    """The WeasyPrint document of `text` with exact page numbers in its references.

    `render` lays out an HTML string and returns WeasyPrint's `Document`; `parts`: the ids
    of the elements that start a page (for the estimate of `placeholders`).
    """
    done = Layouts()
    wanted = cited(text)
    if not wanted:
        done.layouts = 1
        return render(text), done
    guessed = placeholders(text, wanted, parts)
    document = render(numbered(text, guessed))
    done.layouts = 1
    pages: Mapping[str, int | str] = anchor_pages(document.pages, wanted)
    wider = [a for a, n in pages.items() if len(str(n)) > len(guessed.get(a, ""))]
    if not wider:
        try:
            patch(document, pages, done)
            return document, done
        except UnexpectedLayoutError as error:
            done.reasons.append(str(error))
        except (ImportError, AttributeError, TypeError, KeyError, IndexError, ValueError) as error:
            # a WeasyPrint whose internals differ: the numbers are laid out as text instead
            done.reasons.append(f"WeasyPrint's boxes: {type(error).__name__}: {error}")
    else:
        done.reasons.append(f"the page of '{wider[0]}' ({pages[wider[0]]}) has more digits")
    while done.layouts < MAX_LAYOUTS:
        del document  # one layout in memory at a time
        document = render(numbered(text, pages))
        done.layouts += 1
        now = anchor_pages(document.pages, wanted)
        if now == pages:
            break
        pages = now
    return document, done


class UnexpectedLayoutError(Exception):
    """The laid-out boxes are not what this WeasyPrint version is known to make."""


def patch(
    document: Any, pages: Mapping[str, int | str], done: Layouts, required: bool = True
) -> None:
    """Write each reference's page over its placeholder in the laid-out boxes.

    `required`: a document without any placeholder is unexpected (the parts of a bundle
    laid out one by one may have none)."""
    from weasyprint.document import gather_anchors

    widths = _Widths()
    changed = []
    for page in document.pages:
        box = getattr(page, "_page_box", None)
        if box is None:
            raise UnexpectedLayoutError("WeasyPrint's page has no box")
        count = done.patched
        for line, path in _placeholders(box):
            _write(line, path, pages, widths, done)
        if done.patched != count:
            changed.append(page)
    if required and not done.patched:
        raise UnexpectedLayoutError("no placeholder was found in the laid-out boxes")
    for page in changed:
        page.anchors.clear()
        page.links.clear()
        page.bookmarks.clear()
        page.forms.clear()
        page.forms[None] = []
        gather_anchors(page._page_box, page.anchors, page.links, page.bookmarks, page.forms)


def _placeholders(box: Any, line: Any = None, path: tuple[Any, ...] = ()) -> Iterator[Any]:
    """(line box, boxes from the line down to a text box) for every text box of a link's
    `::after` (or `::before`) that shows `data-page`, in document order."""
    from weasyprint.formatting_structure.boxes import LineBox, ParentBox, TextBox

    if isinstance(box, TextBox):
        element = box.element
        if (
            line is not None
            and element is not None
            and element.get(ATTRIBUTE) is not None
            and box.element_tag.endswith(("::after", "::before"))
        ):
            yield line, path
        return
    if isinstance(box, LineBox):
        line, path = box, ()
    if isinstance(box, ParentBox):
        for child in box.children:
            yield from _placeholders(child, line, (*path, child) if line is not None else ())


def _write(
    line: Any,
    path: tuple[Any, ...],
    pages: Mapping[str, int | str],
    widths: _Widths,
    done: Layouts,
) -> None:
    box = path[-1]
    placeholder = box.element.get(ATTRIBUTE)
    where = box.text.rfind(placeholder) if placeholder else -1
    if where < 0:
        # a part of the text without the number, or a theme that shows something else
        # (its own target-counter(), which WeasyPrint has numbered)
        return
    href = box.element.get("href") or ""
    page = pages.get(anchor_of(href[1:])) if href.startswith("#") else None
    number = "" if page is None else str(page)
    text = box.text[:where] + number + box.text[where + len(placeholder) :]
    delta = widths.of(box.style, box.text) - widths.of(box.style, text)
    box.text = text
    box.pango_layout.text = text
    done.patched += 1
    if abs(delta) < 1e-6:
        return
    if delta < 0:
        raise UnexpectedLayoutError(f"{text!r} is wider than its placeholder")
    done.moved += 1
    box.width -= delta
    if _after_leader(path, delta):
        return
    # what follows the number on its line moves left; the boxes holding it shrink
    parents = (line, *path)
    for parent, child in itertools.pairwise(parents):
        after = False
        for sibling in parent.children:
            if after and sibling.is_in_normal_flow():
                sibling.translate(dx=-delta)
            after = after or sibling is child
        if child is not box:
            child.width -= delta


def _after_leader(path: tuple[Any, ...], delta: float) -> bool:
    """A number after a leader in the same box stays flush right: the number moves right
    and the leader grows by `delta`, with as many more dots as fit. False: no leader."""
    if len(path) < 2:
        return False
    box, parent = path[-1], path[-2]
    siblings = list(parent.children)
    leaders = [c for c in siblings[: siblings.index(box)] if getattr(c, "is_leader", False)]
    if not leaders:
        return False
    leader = leaders[-1]
    box.translate(dx=delta)
    for sibling in siblings[siblings.index(leader) + 1 : siblings.index(box)]:
        sibling.translate(dx=delta)
    leader.width += delta
    dots = list(leader.children)
    if dots:
        # WeasyPrint places the dots on a grid from the line's end, leftwards: continue it
        step = dots[0].width
        right = leader.position_x + leader.width
        added = []
        x = max(d.position_x for d in dots) + step
        while step > 0 and x + step <= right + 1e-6:
            dot = dots[0].copy()
            dot.translate(dx=x - dot.position_x)
            added.append(dot)
            x += step
        if added:
            leader.children = (*dots, *added)
    return True


class _Widths:
    """Widths of short texts in a box's font, measured once per font and text."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], float] = {}

    def of(self, style: Any, text: str) -> float:
        from weasyprint.text.line_break import Layout, _font_style_cache_key, line_size

        key = (
            _font_style_cache_key(style, include_size=True)
            + f"{style['letter_spacing']}/{style['word_spacing']}",
            text,
        )
        found = self._found.get(key)
        if found is None:
            layout = Layout(style)
            layout.set_text(text)
            line, _index = layout.get_first_line()
            found = float(line_size(line, style)[0])
            self._found[key] = found
        return found
