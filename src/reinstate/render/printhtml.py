"""The bundle's print HTML: one document, rendered from the theme's `print/` templates.

The document holds every page of the bundle, exhibits included: each exhibit page is a
"sheet" the size of a page, so WeasyPrint numbers every page of the bundle and every
cross-reference can carry its page (`target-counter`). Image sheets show the image; PDF
sheets are left empty and `place.py` draws the exhibit's page into them after rendering.
References are same-document links, written by `PrintLinks` with the labels the site uses.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from reinstate import __version__
from reinstate.core.model import Case, Exhibit
from reinstate.render.exhibits import ExhibitFile, Sheet
from reinstate.render.fetcher import CASE_URL
from reinstate.render.letter import letter_fragment
from reinstate.render.links import Block, PageLinks
from reinstate.render.nobreak import keep_together
from reinstate.render.site import plan_words
from reinstate.render.theme import Theme
from reinstate.stages.resolve import PLAN_PAGE, Resolved, Target

PAPER = {"letter": (612.0, 792.0), "a4": (595.2756, 841.8898)}
"""Portrait paper sizes in points."""
MIN_IMAGE_DPI = 100
"""An image is never enlarged beyond this resolution (a small picture stays small)."""


COVER = "~cover"
CONTENTS = "~contents"
LETTER = "~letter"
PLAN = "~plan"
INDEX = "~exhibit-index"
REDLINE = "~changes"
"""Ids of the bundle's parts; `~` never appears in an item id or a label, so none clash."""
PARTS = frozenset((COVER, CONTENTS, LETTER, PLAN, INDEX, REDLINE))
"""The parts that start a page."""


def sheet_id(exhibit_id: str, number: int) -> str:
    return f"~sheet-{exhibit_id}-{number}"


def index_id(exhibit_id: str) -> str:
    return f"~index-{exhibit_id}"


def bundle_page_id(page_id: str) -> str:
    return f"~page-{page_id}"


@dataclass(frozen=True, slots=True)
class Geometry:
    """Paper size and the margins of exhibit pages, which the placing step must know."""

    paper: str
    top: float = 22.0
    side: float = 22.0
    bottom: float = 40.0
    """Room for the stamp under the exhibit's page."""
    band: float = 24.0
    """Room for the band over the exhibit's page ("Exhibit C · title · page 1 of 2"),
    inside the top of the page's content area (print.css `.exhibit-band`)."""

    def size(self, landscape: bool = False) -> tuple[float, float]:
        width, height = PAPER[self.paper]
        return (height, width) if landscape else (width, height)

    def box(self, landscape: bool = False) -> tuple[float, float, float, float]:
        """The area an exhibit page is fitted into, under the band: x, y (from the bottom
        left), w, h."""
        width, height = self.size(landscape)
        return (
            self.side,
            self.bottom,
            width - 2 * self.side,
            height - self.top - self.band - self.bottom,
        )

    def css(self) -> str:
        """The page sizes and exhibit margins, appended after the theme's print.css."""
        width, height = self.size()
        margins = f"{self.top}pt {self.side}pt {self.bottom}pt {self.side}pt"
        return (
            f"@page {{ size: {width}pt {height}pt; }}\n"
            f"@page exhibit {{ size: {width}pt {height}pt; margin: {margins}; }}\n"
            f"@page exhibit-landscape {{ size: {height}pt {width}pt; margin: {margins}; }}\n"
        )


@dataclass(frozen=True, slots=True)
class SheetView:
    """One exhibit page as the template shows it."""

    id: str
    number: int
    landscape: bool
    image_url: str = ""
    """For image sheets: the URL of the image to show."""
    width: float = 0.0
    """Points: the size the image is shown at."""
    height: float = 0.0


@dataclass(frozen=True, slots=True)
class ExhibitView:
    """An exhibit in the bundle: its item, label, file and sheets."""

    exhibit: Exhibit
    target: Target
    file: ExhibitFile
    sheets: tuple[SheetView, ...]

    @property
    def label(self) -> str:
        return self.target.label

    @property
    def first_id(self) -> str:
        return self.exhibit.id

    @property
    def last_id(self) -> str:
        return self.sheets[-1].id


def exhibit_views(
    resolved: Resolved, files: Mapping[str, ExhibitFile], geometry: Geometry
) -> tuple[tuple[ExhibitView, ...], dict[str, bytes]]:
    """The exhibits in label order, and the generated images the fetcher must serve."""
    views, served = [], {}
    for exhibit in resolved.case.exhibits:
        file = files[exhibit.id]
        sheets = []
        for n, sheet in enumerate(file.sheets, start=1):
            sid = sheet_id(exhibit.id, n)
            if file.kind != "image" or exhibit.path is None:
                sheets.append(SheetView(sid, n, sheet.landscape and file.kind == "pdf"))
                continue
            url = image_url(exhibit.path, resolved.case.folder, file.digest, n)
            if sheet.image is not None:
                served[url] = sheet.image
            width, height = fit_image(sheet, geometry)
            sheets.append(SheetView(sid, n, sheet.landscape, url, width, height))
        views.append(ExhibitView(exhibit, resolved.targets[exhibit.id], file, tuple(sheets)))
    return tuple(views), served


def image_url(path: Path, case_folder: Path, digest: str, frame: int) -> str:
    """The file's URL in the sandbox; the query names its content, so a cached image
    (WeasyPrint keys its cache by URL) is never stale."""
    rel = urllib.parse.quote(path.relative_to(case_folder.resolve()).as_posix())
    return f"{CASE_URL}{rel}?sha256={digest[:16]}&frame={frame}"


def fit_image(sheet: Sheet, geometry: Geometry) -> tuple[float, float]:
    """The image's size in points: as large as its page allows, never below MIN_IMAGE_DPI."""
    _x, _y, box_w, box_h = geometry.box(sheet.landscape)
    scale = min(box_w / sheet.width, box_h / sheet.height, 72 / MIN_IMAGE_DPI)
    return round(sheet.width * scale, 2), round(sheet.height * scale, 2)


class PrintLinks(PageLinks):
    """Same-document links for the bundle; a target that is not in the bundle is plain text."""

    def __init__(
        self,
        resolved: Resolved,
        present: set[str],
        *,
        allow_html: bool = False,
        blocks: Mapping[str, Block] | None = None,
    ) -> None:
        super().__init__(resolved, PLAN_PAGE, allow_html=allow_html, blocks=blocks, print_mode=True)
        self.present = present
        self.used_ids = {t.anchor for t in resolved.targets.values()} | {"top"}

    def href(self, target: Target) -> str:
        if target.kind == "letter":
            return f"#{LETTER}"
        if target.kind == "page":
            return f"#{bundle_page_id(target.id)}"
        return f"#{target.anchor}"

    def anchor_href(self, anchor: str) -> str | None:
        # a `[text](#id)` to something the bundle leaves out stays as written (no page)
        return super().anchor_href(anchor) if anchor in self.present else None

    def link(self, target: Target | str, text: str | None = None) -> Markup:
        found = self.resolved.targets.get(target) if isinstance(target, str) else target
        if found is not None and found.id not in self.present:
            return Markup('<span class="xref absent">{}</span>').format(text or found.label)
        return super().link(target, text)


def present_targets(resolved: Resolved) -> set[str]:
    """Ids of the targets the bundle shows (a free page only with `bundle: true`)."""
    case = resolved.case
    owners = {i.id for i in (*case.causes, *case.actions, *case.measures, *case.exhibits)}
    owners.add("")
    if case.letter is not None:
        owners.add(case.letter.id)
    owners.update(p.id for p in case.pages if p.bundle)
    return {t.id for t in resolved.targets.values() if t.owner in owners}


def revision_date(case: Case) -> dt.date:
    """The newest date in the sources: the bundle's date, whatever day it is built."""
    dates: list[dt.date] = [case.violation.notice_date]
    if case.letter is not None and case.letter.date is not None:
        dates.append(case.letter.date)
    dates += [a.date for a in case.actions if a.date is not None]
    dates += [m.starts for m in case.measures if m.starts is not None]
    dates += [e.issued for e in case.exhibits if e.issued is not None]
    for sub in case.submissions:
        dates.append(sub.date)
        if sub.reply_date is not None:
            dates.append(sub.reply_date)
    return max(dates)


@dataclass(frozen=True, slots=True)
class PrintDocument:
    html: str
    exhibits: tuple[ExhibitView, ...]
    served: dict[str, bytes]
    """Generated images by URL (TIFF pages), for the fetcher."""
    title: str
    date: dt.date
    identifier: bytes
    """The PDF's file identifier: a digest of everything the bundle is made from."""


def print_document(
    resolved: Resolved,
    theme: Theme,
    files: Mapping[str, ExhibitFile],
    geometry: Geometry,
    allow_html: bool,
    highlights: Mapping[str, Mapping[int, Any]] | None = None,
) -> PrintDocument:
    """Render the theme's `print/bundle.html` for `resolved`.

    `highlights`: per exhibit id, its `highlights:` entries by number, with the exhibit
    pages they are marked on (`highlight.Entry`).
    """
    case = resolved.case
    links = PrintLinks(resolved, present_targets(resolved), allow_html=allow_html)
    views, served = exhibit_views(resolved, files, geometry)
    date = revision_date(case)
    words = plan_words(case)
    title = f"{words['plan_title']}: appeal bundle"
    context: dict[str, Any] = {
        **words,
        "case": case,
        "r": resolved,
        "links": links,
        "ids": {
            "cover": COVER,
            "contents": CONTENTS,
            "letter": LETTER,
            "plan": PLAN,
            "index": INDEX,
            "redline": REDLINE,
            "top": "top" if "top" not in resolved.targets else "",
        },
        "index_id": index_id,
        "page_id": bundle_page_id,
        "title": title,
        "date": date,
        "version": __version__,
        "pages": [p for p in case.pages if p.bundle],
        "exhibits": views,
        "highlights": highlights or {},
        "sheet_id": sheet_id,
        "letter_html": _letter(resolved, links),
        "keywords": ", ".join(words["asins"]),
        **_redline(resolved),
    }
    html = keep_together(theme.template("print/bundle.html").render(context))
    return PrintDocument(html, views, served, title, date, _identifier(html, views))


def _redline(resolved: Resolved) -> dict[str, Any]:
    """The annex of changes, with `bundle.redline` and something to compare with."""
    since = resolved.since
    if since is None or not resolved.case.bundle_redline:
        return {"redline": None}
    from reinstate.render.changes import changes_title, count_line, field_names, status_names

    return {
        "redline": since.redline,
        "redline_title": changes_title(resolved, since),
        "redline_counts": count_line(since.redline),
        "field_names": field_names(),
        "status_names": status_names(),
    }


def _letter(resolved: Resolved, links: PrintLinks) -> Markup:
    if resolved.case.letter is None:
        return Markup("")
    return letter_fragment(resolved, links)


def _identifier(html: str, views: Sequence[ExhibitView]) -> bytes:
    sha = hashlib.sha256(html.encode("utf-8"))
    for view in views:
        sha.update(view.file.digest.encode("ascii"))
    return sha.hexdigest()[:32].encode("ascii")
