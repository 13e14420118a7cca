"""Assemble the bundle with pypdf: exhibit pages into their sheets, one outline, labels, info.

WeasyPrint has already laid out every page (exhibit sheets included), with its links,
named destinations and bookmarks. This step draws each PDF exhibit page into its sheet,
nests each exhibit's own bookmarks under the exhibit's bookmark, labels the pages with
their bundle numbers and writes the document information. Nothing here reads the clock,
so the same sources give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import Fit, IndirectObject

from reinstate.render.highlight import ExhibitMarks, draw_marks, image_frame
from reinstate.render.place import apply, place_page, placement
from reinstate.render.printhtml import ExhibitView, Geometry

MAX_OUTLINE_DEPTH = 6
"""How deep an exhibit's own bookmarks are copied (deeper ones are dropped)."""


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """The PDF's document information."""

    title: str
    author: str
    subject: str
    keywords: str
    date: dt.date
    creator: str
    producer: str

    def as_pdf(self) -> dict[str, str]:
        stamp = f"D:{self.date:%Y%m%d}000000Z"
        return {
            "/Title": self.title,
            "/Author": self.author,
            "/Subject": self.subject,
            "/Keywords": self.keywords,
            "/Creator": self.creator,
            "/Producer": self.producer,
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }


Bookmark = tuple[str, tuple[int, float, float], list[Any], str]
"""WeasyPrint's bookmark tree node: (label, (page index, x, y), children, state)."""


def assemble(
    pdf: bytes,
    bookmarks: Sequence[Bookmark],
    sheet_pages: Mapping[str, int],
    exhibits: Sequence[ExhibitView],
    geometry: Geometry,
    info: BundleInfo,
    max_dpi: int | None = None,
    marks: Mapping[str, ExhibitMarks] | None = None,
) -> tuple[bytes, int]:
    """The finished bundle and its page count.

    `bookmarks` is WeasyPrint's bookmark tree (PDF coordinates); `sheet_pages` maps each
    exhibit sheet id to its page index.
    """
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    by_title = {f"{view.label}: {view.exhibit.title}": view for view in exhibits}
    placed: dict[str, list[int]] = {}
    for view in exhibits:
        if view.file.kind != "pdf":
            continue
        indexes = [sheet_pages[sheet.id] for sheet in view.sheets]
        refs = [_ref(writer.pages[i]) for i in indexes]
        reader = view.file.reader
        for n, (sheet, i) in enumerate(zip(view.sheets, indexes, strict=True)):
            box = geometry.box(sheet.landscape)
            place_page(writer, writer.pages[i], reader, n, box, refs, max_dpi)
        placed[view.exhibit.id] = indexes
    for view in exhibits:
        found = (marks or {}).get(view.exhibit.id)
        if found is not None and found.marks:
            _mark(writer, view, sheet_pages, geometry, found)
    if "/Outlines" in writer._root_object:
        del writer._root_object["/Outlines"]
    _add_bookmarks(writer, bookmarks, None, by_title, placed, geometry)
    count = len(writer.pages)
    _label_pages(writer, count)
    writer.add_metadata(info.as_pdf())
    writer.compress_identical_objects()
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), count


def _mark(
    writer: PdfWriter,
    view: ExhibitView,
    sheet_pages: Mapping[str, int],
    geometry: Geometry,
    found: ExhibitMarks,
) -> None:
    """Draw the exhibit's highlights on its sheets (after its pages are placed)."""
    sheets = [writer.pages[sheet_pages[sheet.id]] for sheet in view.sheets]
    frames: list[tuple[float, float, float, float] | None]
    if view.file.kind == "pdf":
        reader = view.file.reader
        frames = [
            placement(reader.pages[n], geometry.box(sheet.landscape)).frame
            for n, sheet in enumerate(view.sheets)
        ]
    else:
        frames = [image_frame(page) for page in sheets]
    draw_marks(writer, sheets, frames, found)


def _ref(page: Any) -> IndirectObject:
    ref = page.indirect_reference
    assert isinstance(ref, IndirectObject), "pages of a writer are indirect objects"
    return ref


def _add_bookmarks(
    writer: PdfWriter,
    nodes: Sequence[Bookmark],
    parent: IndirectObject | None,
    exhibits: Mapping[str, ExhibitView],
    placed: Mapping[str, list[int]],
    geometry: Geometry,
) -> None:
    """WeasyPrint's bookmarks, with each PDF exhibit's own bookmarks under its entry."""
    for label, (page, x, y), children, state in nodes:
        item = writer.add_outline_item(
            title=label,
            page_number=page,
            parent=parent,
            fit=Fit.xyz(left=round(x, 2), top=round(y, 2), zoom=None),
            is_open=state != "closed",
        )
        _add_bookmarks(writer, children, item, exhibits, placed, geometry)
        view = exhibits.get(label)
        if view is not None and view.exhibit.id in placed:
            boxes = [geometry.box(sheet.landscape) for sheet in view.sheets]
            indexes = placed[view.exhibit.id]
            reader = view.file.reader
            _copy_outline(writer, reader, reader.outline, item, indexes, boxes, 1)


def _copy_outline(
    writer: PdfWriter,
    reader: PdfReader,
    outline: Sequence[Any],
    parent: IndirectObject,
    indexes: Sequence[int],
    boxes: Sequence[tuple[float, float, float, float]],
    depth: int,
) -> None:
    """Copy an exhibit's bookmarks (pypdf's nested list) under `parent`."""
    last: IndirectObject | None = None
    for entry in outline:
        if isinstance(entry, list):
            if last is not None and depth < MAX_OUTLINE_DEPTH:
                _copy_outline(writer, reader, entry, last, indexes, boxes, depth + 1)
            continue
        try:
            number = reader.get_destination_page_number(entry)
        except (KeyError, ValueError, AttributeError):
            number = None
        if number is None or not 0 <= number < len(indexes):
            number = 0
        fit = _fit(reader, entry, number, boxes[number])
        last = writer.add_outline_item(
            title=str(entry.title or "(untitled)"),
            page_number=indexes[number],
            parent=parent,
            fit=fit,
            is_open=False,
        )


def _fit(reader: PdfReader, entry: Any, number: int, box: tuple[float, float, float, float]) -> Fit:
    """Keep the bookmark's position on its page, moved to where the page is drawn."""
    top = entry.get("/Top")
    left = entry.get("/Left")
    if entry.get("/Type") != "/XYZ" or top is None:
        return Fit.fit()
    where = placement(reader.pages[number], box)
    x, y = apply(where.matrix, float(left or 0), float(top))
    return Fit.xyz(left=round(x, 2), top=round(y, 2), zoom=None)


def _label_pages(writer: PdfWriter, count: int) -> None:
    """The viewer's page box shows the bundle page numbers: 'Cover', then 2, 3, …"""
    writer.set_page_label(0, 0, prefix="Cover")
    if count > 1:
        writer.set_page_label(1, count - 1, style="/D", start=2)  # type: ignore[arg-type]
