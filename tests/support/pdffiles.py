"""Exhibit files made inside a test: PDFs with links, bookmarks and stamps, images, bad files."""

from __future__ import annotations

import io
import random

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

REPORT_HTML = """
<style>
  @page { size: letter; margin: 20mm }
  @page wide { size: letter landscape }
  .wide { page: wide }
  h2 { break-before: page }
</style>
<h1>Lab report LR-77</h1>
<p>Verify at <a href="https://lab.example/verify">lab.example/verify</a>,
   or jump to <a href="#results">the results</a>.</p>
<h2>Method</h2><p>Every unit was tested for METHOD-TEXT.</p>
<h2 id="results" class="wide">Results</h2><p>RESULTS-TEXT: all units passed.</p>
"""


def report_pdf() -> bytes:
    """3 pages: bookmarks, a web link and an internal link on page 1; page 2 turned by 90°;
    page 3 landscape; a 'reviewed' stamp annotation on page 1 and a program-launching link."""
    from weasyprint import HTML

    reader = PdfReader(io.BytesIO(HTML(string=REPORT_HTML).write_pdf()))
    writer = PdfWriter(clone_from=reader)
    writer.pages[1].rotate(90)
    page = writer.pages[0]
    annots = list(page.get("/Annots", []))
    annots.append(writer._add_object(_stamp_annotation(writer)))
    annots.append(writer._add_object(_launch_link()))
    page[NameObject("/Annots")] = ArrayObject(annots)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _stamp_annotation(writer: PdfWriter) -> DictionaryObject:
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    appearance = DecodedStreamObject()
    appearance.set_data(b"BT /Helv 14 Tf 4 6 Td (REVIEWED-STAMP) Tj ET")
    appearance.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(v) for v in (0, 0, 140, 24)]),
            NameObject("/Resources"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font})}
            ),
        }
    )
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Stamp"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (300, 500, 440, 524)]),
            NameObject("/F"): NumberObject(4),
            NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)}),
        }
    )


def _launch_link() -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (50, 50, 150, 70)]),
            NameObject("/A"): DictionaryObject(
                {
                    NameObject("/S"): NameObject("/Launch"),
                    NameObject("/F"): TextStringObject("/bin/sh"),
                }
            ),
        }
    )


def encrypted_pdf(user_password: str) -> bytes:
    from weasyprint import HTML

    writer = PdfWriter(
        clone_from=PdfReader(io.BytesIO(HTML(string="<p>OWNER-ONLY</p>").write_pdf()))
    )
    writer.encrypt(user_password=user_password, owner_password="owner-secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image(fmt: str, size: tuple[int, int] = (300, 200), color: str = "teal") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, format=fmt)
    return out.getvalue()


def tiff_pages(count: int) -> bytes:
    frames = [Image.new("L", (200, 260), 40 * n) for n in range(count)]
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def noise_png(side: int) -> bytes:
    """A PNG that does not compress (random pixels), to make a bundle big."""
    rng = random.Random(7)
    out = io.BytesIO()
    Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3)).save(out, format="PNG")
    return out.getvalue()


def gradient(fmt: str, size: tuple[int, int]) -> bytes:
    """A large image that compresses well (a smooth gradient)."""
    out = io.BytesIO()
    Image.linear_gradient("L").convert("RGB").resize(size).save(out, format=fmt, quality=80)
    return out.getvalue()


def scan_pdf(size: tuple[int, int]) -> bytes:
    """A one-page PDF holding a full-page JPEG 'scan' of `size` pixels."""
    import base64

    from weasyprint import HTML

    data = base64.b64encode(gradient("JPEG", size)).decode("ascii")
    html = (
        "<style>@page { size: letter; margin: 0 } img { width: 8.5in; height: 11in }</style>"
        f'<img src="data:image/jpeg;base64,{data}">'
    )
    return HTML(string=html).write_pdf()
