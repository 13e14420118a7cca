"""Stand-in exhibit files for a new case: a page that says which document belongs there.

A template's exhibits name files the author has not scanned yet. So that a fresh case
builds and its bundle shows where each document goes, `reinstate new` writes a one-page
stand-in that says "replace this file" in large type. PDFs are written by hand (a few hundred
bytes, text a reader can select and search); images are drawn with Pillow.

Every stand-in carries `MARK` in its own bytes (the PDF's document information and page
text, a PNG text chunk, a JPEG or GIF comment, a TIFF image description), so a stand-in
still in use is recognised by what it contains, whatever its name: `is_stand_in` is what
the placeholder rule uses to refuse one.
"""

from __future__ import annotations

import functools
import io
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.core.language import N_, _, language

if TYPE_CHECKING:
    from PIL import ImageFont


PDF_SUFFIXES = (".pdf",)
IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".gif": "GIF"}
IMAGE_FORMATS |= {".tif": "TIFF", ".tiff": "TIFF"}

HEADLINE = N_("PLACEHOLDER: replace this file")
MARK = b"reinstate stand-in exhibit: replace this file with the real document"
"""Written into every stand-in; no real document says this."""
_LEGACY_PDF_MARK = b"(" + HEADLINE.encode() + b") Tj"
"""The headline as earlier versions drew it in their (uncompressed) stand-in PDFs."""
MAX_STAND_IN_BYTES = 2 * 1024 * 1024
"""Stand-ins are a few kilobytes (the largest, a JPEG page, about 100 KB): a bigger file is a
real document and is not read to find out."""


SAVE = N_(
    "Save the real document under this file name (or change `file:` in the exhibit's "
    "Markdown file), then rebuild. Do not submit an appeal with this page in it."
)
_WORDS = (HEADLINE, N_("Exhibit: {title}"), N_("File: {name}"), SAVE)


def placeholder_lines(title: str, rel: str) -> list[str]:
    """What the stand-in says, line by line, in the language in force."""
    return [
        _(HEADLINE),
        "",
        *textwrap.wrap(_("Exhibit: {title}").format(title=title), 70),
        _("File: {name}").format(name=rel),
        "",
        *textwrap.wrap(_(SAVE), 58),
    ]


def placeholder_file(suffix: str, title: str, rel: str, lang: str = "en") -> bytes | None:
    """A stand-in file for `suffix` (.pdf, .png, .jpg ...), or None for other suffixes; its
    words in `lang` where the stand-in's fonts have the letters (Western European
    languages), else in English: the hand-written PDF and Pillow's built-in font have no
    Japanese. The title is the template's own."""
    with language(lang):
        shown = all(_in_fonts(_(words)) for words in _WORDS)
        lines = placeholder_lines(title, rel) if shown else []
    lines = lines or placeholder_lines(title, rel)
    suffix = suffix.lower()
    if suffix in PDF_SUFFIXES:
        return placeholder_pdf(lines)
    if suffix in IMAGE_FORMATS:
        return placeholder_image(lines, IMAGE_FORMATS[suffix])
    return None


NNBSP, NBSP = "\u202f", "\u00a0"
"""French puts a narrow no-break space before ':'; Windows-1252 has only the wide one."""


def _in_fonts(text: str) -> bool:
    """Whether the stand-in's fonts can show `text` (Windows-1252, the PDF's encoding)."""
    try:
        text.replace(NNBSP, NBSP).encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def is_stand_in(path: Path) -> bool:
    """Whether the file at `path` is a stand-in that `reinstate new` wrote (by content)."""
    try:
        if path.stat().st_size > MAX_STAND_IN_BYTES:
            return False
        data = path.read_bytes()
    except OSError:
        return False  # a missing or unreadable file is reported where it is opened
    return MARK in data or (data.startswith(b"%PDF") and _LEGACY_PDF_MARK in data)


def _pdf_text(text: str) -> bytes:
    """`text` as a PDF string literal in WinAnsiEncoding (Windows-1252; others become ?)."""
    data = text.replace(NNBSP, NBSP).encode("cp1252", "replace")
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def placeholder_pdf(lines: list[str]) -> bytes:
    """A one-page US Letter PDF with `lines` (the first in bold) inside a grey frame."""
    ops = [b"0.6 G 2 w 36 36 540 720 re S", b"BT", b"/F1 22 Tf 72 700 Td"]
    ops.append(_pdf_text(lines[0]) + b" Tj")
    ops.append(b"/F2 13 Tf 20 TL")
    ops += [b"T* " + _pdf_text(line) + b" Tj" for line in lines[1:]]
    ops.append(b"ET")
    stream = b"\n".join(ops)
    font = "<< /Type /Font /Subtype /Type1 /BaseFont /{} /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        font.format("Helvetica-Bold").encode(),
        font.format("Helvetica").encode(),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title " + _pdf_text(lines[0]) + b" /Subject (" + MARK + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    info = len(objects)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, info)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    from PIL import ImageFont

    try:
        return ImageFont.load_default(size=size)
    except (TypeError, OSError):  # Pillow < 10.1 or no FreeType: the small bitmap font
        return ImageFont.load_default()


def placeholder_image(lines: list[str], image_format: str) -> bytes:
    """A 1275 x 1650 (Letter at 150 dpi) image with `lines`, in `image_format`."""
    return _drawn(tuple(lines), image_format)


@functools.lru_cache(maxsize=32)
def _drawn(lines: tuple[str, ...], image_format: str) -> bytes:
    """`placeholder_image`, drawn once a process for the same words and format: encoding a
    page (PNG's deflate above all) is most of the cost, and a template's
    variants, and the sessions of `new` in one process, ask for the same pages again."""
    # Pillow (and FreeType) cost ~0.13 s to import: only `new` with an image exhibit pays it.
    from PIL import Image, ImageDraw

    # Grey levels only ("L"): the same pixels as an RGB page of these greys, in a third of
    # the bytes, and encoded in a quarter of the time.
    image = Image.new("L", (1275, 1650), 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 60, 1214, 1589), outline=150, width=4)
    y = 140
    for i, line in enumerate(lines):
        font = _font(46 if i == 0 else 28)
        draw.text((120, y), line, fill=0 if i == 0 else 40, font=font)
        y += 80 if i == 0 else 44
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **_marked(image_format))
    return buffer.getvalue()


def _marked(image_format: str) -> dict[str, Any]:
    """Save options that put `MARK` into the file, uncompressed, in `image_format`."""
    if image_format == "PNG":
        from PIL.PngImagePlugin import PngInfo

        info = PngInfo()
        info.add_text("Comment", MARK.decode())
        return {"pnginfo": info}
    if image_format == "TIFF":
        return {"compression": "tiff_deflate", "description": MARK.decode()}
    return {"comment": MARK}  # JPEG and GIF comments
