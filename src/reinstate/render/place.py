"""Draw an exhibit's PDF page into its sheet of the bundle (pypdf).

The exhibit page becomes a form XObject drawn, scaled to fit, inside the sheet's exhibit
area, so the sheet keeps everything WeasyPrint gave it: its stamp, its named destination
and every link and bookmark that points at it. What the viewer shows of the exhibit's own
annotations (highlights, comments, filled-in form fields) is drawn into the page, as a
printer would; its links stay live: web links as they were, links within the exhibit to
the same page of the bundle. Links that launch programs or open other files are dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from reinstate.render.downscale import shrink_images

Matrix = tuple[float, float, float, float, float, float]
Box = tuple[float, float, float, float]
"""x, y (bottom left), width, height in points."""

_ROTATIONS: dict[int, Any] = {
    0: lambda w, h: (1, 0, 0, 1, 0, 0),
    90: lambda w, h: (0, -1, 1, 0, 0, w),
    180: lambda w, h: (-1, 0, 0, -1, w, h),
    270: lambda w, h: (0, 1, -1, 0, h, 0),
}
_HIDDEN = 2 | 32
"""Annotation flags Hidden and NoView."""
_WEB_SCHEMES = ("http:", "https:", "mailto:")
FRAME = "0.773 0.8 0.839"
"""RGB of the hairline around a placed page (the same grey as print.css uses for images)."""


@dataclass(frozen=True, slots=True)
class Placement:
    matrix: Matrix
    """Exhibit page space → bundle page space."""
    scale: float
    frame: Box
    """Where the page lands on the bundle page."""


def placement(page: Any, box: Box) -> Placement:
    """Fit the page's visible area (crop box, turned by /Rotate) into `box`, top centred."""
    crop = page.cropbox
    x0, y0 = float(crop.left), float(crop.bottom)
    width, height = float(crop.width), float(crop.height)
    rotate = int(page.get("/Rotate", 0) or 0) % 360
    shown_w, shown_h = (height, width) if rotate in (90, 270) else (width, height)
    bx, by, bw, bh = box
    scale = min(bw / shown_w, bh / shown_h, 1.0)
    a, b, c, d, e, f = _ROTATIONS.get(rotate, _ROTATIONS[0])(width, height)
    # translate the crop box to the origin, turn, scale, then move into the box
    e, f = e - a * x0 - c * y0, f - b * x0 - d * y0
    ox = bx + (bw - shown_w * scale) / 2
    oy = by + bh - shown_h * scale
    matrix = (a * scale, b * scale, c * scale, d * scale, e * scale + ox, f * scale + oy)
    return Placement(matrix, scale, (ox, oy, shown_w * scale, shown_h * scale))


def apply(matrix: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix
    return a * x + c * y + e, b * x + d * y + f


def place_page(
    writer: PdfWriter,
    sheet: Any,
    reader: PdfReader,
    index: int,
    box: Box,
    bundle_pages: Sequence[IndirectObject],
    max_dpi: int | None = None,
) -> None:
    """Draw page `index` of `reader` into `sheet` (a page of `writer`) within `box`.

    `bundle_pages[i]` is the bundle page that shows page i of the same exhibit, for links
    inside the exhibit; `max_dpi` shrinks sharper images (`pdf.image_max_dpi`).
    """
    page = reader.pages[index]
    where = placement(page, box)
    form = _form(writer, page, index, where.frame[2:], max_dpi)
    name = NameObject("/RxExhibitPage")
    # WeasyPrint shares one resource dictionary between pages: give this sheet its own.
    resources = _copy_of(sheet, "/Resources")
    xobjects = _copy_of(resources, "/XObject")
    xobjects[name] = form
    resources[NameObject("/XObject")] = xobjects
    sheet[NameObject("/Resources")] = resources
    ops = " ".join(f"{v:.6f}" for v in where.matrix)
    frame = " ".join(f"{v:.3f}" for v in where.frame)
    # the page itself, then a hairline frame that shows where the exhibit's page ends
    draw = f"q {ops} cm {name} Do Q\nq 0.5 w {FRAME} RG {frame} re S Q\n".encode("ascii")
    old = sheet.get_contents()
    stream = DecodedStreamObject()
    stream.set_data(b"q\n" + (old.get_data() if old is not None else b"") + b"\nQ\n" + draw)
    sheet.replace_contents(stream.flate_encode())
    _copy_links(writer, sheet, reader, page, where.matrix, bundle_pages)


def _form(
    writer: PdfWriter, page: Any, index: int, shown: tuple[float, float], max_dpi: int | None
) -> IndirectObject:
    """The page (and the appearance of its visible annotations) as one form XObject."""
    content = _page_content(page)
    resources = _copy_of(page, "/Resources")
    xobjects = _copy_of(resources, "/XObject")
    if max_dpi:
        shrink_images(writer, xobjects, (shown[0] / 72, shown[1] / 72), max_dpi)
    extra = []
    for n, annot in enumerate(_annotations(page)):
        appearance, matrix = annot
        name = NameObject(f"/RxA{index}n{n}")
        ref = appearance.indirect_reference
        xobjects[name] = ref if ref is not None else appearance
        ops = " ".join(f"{v:.6f}" for v in matrix)
        extra.append(f"q {ops} cm {name} Do Q")
    if xobjects:
        resources[NameObject("/XObject")] = xobjects
    if extra:
        content += ("\n" + "\n".join(extra) + "\n").encode("ascii")
    crop = page.cropbox
    form = DecodedStreamObject()
    form.set_data(content)
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(float(v)) for v in (crop.left, crop.bottom, crop.right, crop.top)
            ),
            NameObject("/Resources"): resources.clone(writer),
        }
    )
    group = page.get("/Group")
    if group is not None:
        form[NameObject("/Group")] = group.get_object().clone(writer)
    encoded = form.flate_encode()
    return writer._add_object(encoded)


def _copy_of(owner: Any, key: str) -> DictionaryObject:
    """A shallow copy of the dictionary `owner[key]` (empty when there is none)."""
    found = owner.get(key)
    found = found.get_object() if found is not None else None
    return DictionaryObject(found) if isinstance(found, DictionaryObject) else DictionaryObject()


def _page_content(page: Any) -> bytes:
    contents = page.get("/Contents")
    if contents is None:
        return b""
    contents = contents.get_object()
    streams = contents if isinstance(contents, ArrayObject) else [contents]
    return b"\n".join(s.get_object().get_data() for s in streams) + b"\n"


def _annotations(page: Any) -> list[tuple[StreamObject, Matrix]]:
    """Visible annotations other than links: their normal appearance and where it goes."""
    found: list[tuple[StreamObject, Matrix]] = []
    for ref in page.get("/Annots", None) or []:
        annot = ref.get_object()
        if not isinstance(annot, DictionaryObject):
            continue
        subtype = annot.get("/Subtype")
        if subtype in ("/Link", "/Popup") or int(annot.get("/F", 0) or 0) & _HIDDEN:
            continue
        appearance = _normal_appearance(annot)
        rect = annot.get("/Rect")
        if appearance is None or rect is None or len(rect) != 4:
            continue
        found.append((appearance, _appearance_matrix(appearance, [float(v) for v in rect])))
    return found


def _normal_appearance(annot: DictionaryObject) -> StreamObject | None:
    ap = annot.get("/AP")
    normal = ap.get_object().get("/N") if ap is not None else None
    if normal is None:
        return None
    normal = normal.get_object()
    if isinstance(normal, StreamObject):
        return normal
    if isinstance(normal, DictionaryObject):
        state = annot.get("/AS")
        chosen = normal.get(state) if state is not None else None
        chosen = chosen.get_object() if chosen is not None else None
        if isinstance(chosen, StreamObject):
            return chosen
    return None


def _appearance_matrix(appearance: StreamObject, rect: list[float]) -> Matrix:
    """PDF 32000 §12.5.5: map the appearance's transformed bounding box onto the Rect."""
    bbox = [float(v) for v in appearance.get("/BBox", [0, 0, 1, 1])]
    m = tuple(float(v) for v in appearance.get("/Matrix", [1, 0, 0, 1, 0, 0]))
    points = [apply(m, x, y) for x in (bbox[0], bbox[2]) for y in (bbox[1], bbox[3])]  # type: ignore[arg-type]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    left, bottom = min(rect[0], rect[2]), min(rect[1], rect[3])
    sx = (abs(rect[2] - rect[0]) / width) if width else 1.0
    sy = (abs(rect[3] - rect[1]) / height) if height else 1.0
    return (sx, 0.0, 0.0, sy, left - sx * min(xs), bottom - sy * min(ys))


def _copy_links(
    writer: PdfWriter,
    sheet: Any,
    reader: PdfReader,
    page: Any,
    matrix: Matrix,
    bundle_pages: Sequence[IndirectObject],
) -> None:
    links = []
    for ref in page.get("/Annots", None) or []:
        annot = ref.get_object()
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") != "/Link":
            continue
        rect = annot.get("/Rect")
        action = _link_action(reader, annot, bundle_pages)
        if rect is None or len(rect) != 4 or action is None:
            continue
        corners = [apply(matrix, float(rect[i]), float(rect[j])) for i, j in ((0, 1), (2, 3))]
        xs, ys = [p[0] for p in corners], [p[1] for p in corners]
        link = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject(
                    FloatObject(round(v, 3)) for v in (min(xs), min(ys), max(xs), max(ys))
                ),
                NameObject("/Border"): ArrayObject([NumberObject(0)] * 3),
                **action,
            }
        )
        links.append(writer._add_object(link))
    if links:
        annots = sheet.get("/Annots")
        existing = list(annots.get_object()) if annots is not None else []
        sheet[NameObject("/Annots")] = ArrayObject(existing + links)


def _link_action(
    reader: PdfReader, annot: DictionaryObject, bundle_pages: Sequence[IndirectObject]
) -> dict[NameObject, Any] | None:
    """The bundle's version of a link: web links kept, links inside the exhibit re-aimed."""
    action = annot.get("/A")
    action = action.get_object() if action is not None else None
    dest = annot.get("/Dest")
    if isinstance(action, DictionaryObject):
        kind = action.get("/S")
        if kind == "/URI":
            uri = str(action.get("/URI", ""))
            if not uri.lower().startswith(_WEB_SCHEMES):
                return None
            return {
                NameObject("/A"): DictionaryObject(
                    {
                        NameObject("/S"): NameObject("/URI"),
                        NameObject("/URI"): TextStringObject(uri),
                    }
                )
            }
        if kind != "/GoTo":
            return None
        dest = action.get("/D")
    number = _dest_page(reader, dest)
    if number is None or not 0 <= number < len(bundle_pages):
        return None
    return {NameObject("/Dest"): ArrayObject([bundle_pages[number], NameObject("/Fit")])}


def _dest_page(reader: PdfReader, dest: Any) -> int | None:
    if dest is None:
        return None
    dest = dest.get_object()
    if isinstance(dest, str):
        named = reader.named_destinations.get(str(dest))
        return reader.get_destination_page_number(named) if named is not None else None
    if isinstance(dest, ArrayObject) and dest:
        target = dest[0]
        if isinstance(target, IndirectObject):
            return reader._get_page_number_by_indirect(target)
        if isinstance(target, NumberObject):
            return int(target)
    return None
