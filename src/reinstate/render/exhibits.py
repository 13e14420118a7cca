"""Exhibit files for the PDF bundle: what each file really is, its pages, and what is wrong.

Every exhibit becomes a run of bundle pages ("sheets"): one per PDF page, one per image
frame. A file that cannot be used (missing, empty, encrypted, corrupt, truncated, or not
what its extension says) becomes one sheet that the bundle prints as a notice, and a
located error at the exhibit's `file:` value. Opening a file is cached by its path, size
and modification time, so a long-lived watch worker does not re-parse unchanged exhibits.
"""

from __future__ import annotations

import hashlib
import io
import logging
import warnings
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.core.diagnostics import Reporter
from reinstate.core.limits import DEFAULT as DEFAULT_LIMITS
from reinstate.core.limits import Limits, raise_hint
from reinstate.core.model import Exhibit
from reinstate.core.vocabulary import _

logging.getLogger("pypdf").addHandler(logging.NullHandler())
# pypdf logs what it repairs in a damaged file ("EOF marker not found") as warnings, which
# would reach standard error outside the diagnostics format; a file it cannot use is
# reported as a located diagnostic instead.

PDF_SUFFIXES = (".pdf",)
CACHE_ENTRIES = 48
"""Opened exhibit files kept by a long-lived worker (bounded so memory stays flat)."""

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive (e.g. a Word or Excel file)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"<", "an HTML or XML text file"),
)
_EXPECTED = {
    ".pdf": "a PDF document",
    ".png": "a PNG image",
    ".jpg": "a JPEG image",
    ".jpeg": "a JPEG image",
    ".gif": "a GIF image",
    ".tif": "a TIFF image",
    ".tiff": "a TIFF image",
}


@dataclass(frozen=True, slots=True)
class Sheet:
    """One bundle page of an exhibit, with the size its content has when shown upright."""

    width: float
    """Points, after the page's own /Rotate; for images, pixels."""
    height: float
    image: bytes | None = None
    """For image exhibits: the frame to show (PNG), or None to show the file itself."""

    @property
    def landscape(self) -> bool:
        return self.width > self.height


@dataclass(frozen=True, slots=True)
class ExhibitFile:
    """An exhibit file as the bundle uses it."""

    kind: str
    """pdf | image | unusable"""
    sheets: tuple[Sheet, ...]
    digest: str = ""
    """SHA-256 of the file, hex ('' when it cannot be read)."""
    size: int = 0
    """Bytes on disk."""
    problem: str = ""
    """For `unusable`: what is wrong, for the notice page."""
    reader: Any = None
    """For `pdf`: the open `PdfReader` (shared by renders; never modified)."""

    @property
    def pages(self) -> int:
        return len(self.sheets)


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    message: str
    """For the seller: names the file."""
    notice: str
    """For the reviewer reading the notice page."""
    hint: str = ""


_cache: OrderedDict[tuple[str, int, int, Limits], ExhibitFile | Problem] = OrderedDict()


def open_exhibit(
    exhibit: Exhibit, reporter: Reporter, limits: Limits = DEFAULT_LIMITS
) -> ExhibitFile:
    """The exhibit's file, checked; a problem is reported at the exhibit's `file:` value."""
    path = exhibit.path
    if path is None:
        # load has already reported why (missing, outside the case folder, wrong suffix).
        return _unusable(_("The file {name} is missing.").format(name=exhibit.file))
    try:
        stat = path.stat()
    except OSError:
        return _unusable(_("The file {name} is missing.").format(name=exhibit.file))
    key = (str(path), stat.st_size, stat.st_mtime_ns, limits)
    found = _cache.get(key)
    if found is None:
        found = _open(path, exhibit.file, limits)
        _cache[key] = found
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    else:
        _cache.move_to_end(key)
    if isinstance(found, Problem):
        reporter.error(exhibit.origin.value("file"), found.rule, found.message, found.hint)
        return _unusable(found.notice)
    return found


def open_exhibits(
    exhibits: Sequence[Exhibit], reporter: Reporter, limits: Limits = DEFAULT_LIMITS
) -> dict[str, ExhibitFile]:
    """Each exhibit's file by exhibit id, opened with `open_exhibit`, while their pages
    (PDF pages, image frames) together stay within `limits.case_exhibit_pages`: the exhibit
    that passes it is reported at its `file:` value and it and those after it are left out,
    each shown by its notice page."""
    limit = limits.case_exhibit_pages
    files: dict[str, ExhibitFile] = {}
    total = 0
    for exhibit in exhibits:
        notice = _("The file {name} is too large to include.").format(name=exhibit.file)
        if total > limit:
            files[exhibit.id] = _unusable(notice)
            continue
        found = open_exhibit(exhibit, reporter, limits)
        if found.kind != "unusable":
            total += found.pages
        if total > limit:
            reporter.error(
                exhibit.origin.value("file"),
                "exhibit.too-large",
                f"the case's exhibits come to {total:,} pages with this one, over the limit "
                f"of {limit:,}; this exhibit and those after it are left out of the bundle",
                f"include only the pages that matter, {raise_hint('case_exhibit_pages')}",
            )
            found = _unusable(notice)
        files[exhibit.id] = found
    return files


def clear_cache() -> None:
    _cache.clear()


def _unusable(notice: str) -> ExhibitFile:
    return ExhibitFile("unusable", (Sheet(612, 792),), problem=notice)


def within_limit(path: Path, limits: Limits = DEFAULT_LIMITS) -> bool:
    """False for an exhibit file over `max_exhibit_bytes`, by its size on disk: the bundle
    refuses it (exhibit.too-large, reported where the exhibits are opened) and the site
    does not copy it. True for a file that cannot be read (whoever reads it reports that)."""
    try:
        return path.stat().st_size <= limits.exhibit_bytes
    except OSError:
        return True


def _open(path: Path, name: str, limits: Limits = DEFAULT_LIMITS) -> ExhibitFile | Problem:
    try:
        if not within_limit(path, limits):
            size = path.stat().st_size
            return _over(name, "exhibit_bytes", f"is {size:,} bytes", limits.exhibit_bytes)
        size = path.stat().st_size
        with path.open("rb") as handle:
            # Bounded, should it grow meanwhile; read(n) allocates n bytes before reading.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(limits.exhibit_bytes + 1 - len(data))
        if len(data) > limits.exhibit_bytes:
            return _over(name, "exhibit_bytes", "grew while read", limits.exhibit_bytes)
    except OSError as exc:
        return Problem(
            "exhibit.unreadable",
            f"cannot read exhibit file '{name}': {exc.strerror}",
            _("The file {name} could not be read.").format(name=name),
        )
    if not data:
        return Problem(
            "exhibit.empty",
            f"exhibit file '{name}' is empty (0 bytes)",
            _("The file {name} is empty.").format(name=name),
            "export or scan the document again",
        )
    suffix = path.suffix.lower()
    expected = _EXPECTED.get(suffix, "")
    found = sniff(data)
    if found != expected:
        what = found or "not a file type reinstate knows"
        return Problem(
            "exhibit.mismatch",
            f"exhibit file '{name}' should be {expected} but is {what}",
            _("The file {name} is not {expected}.").format(name=name, expected=expected),
            "save the document in the format its name says, or rename it",
        )
    digest = hashlib.sha256(data).hexdigest()
    if suffix in PDF_SUFFIXES:
        return _open_pdf(data, name, digest, limits)
    return _open_image(data, name, digest, suffix, limits)


LIMIT_WHAT = {
    "exhibit_bytes": ("bytes", "split the document, or scan it at a lower resolution"),
    "exhibit_pages": ("pages", "include only the pages that matter"),
    "image_frames": ("frames (pages)", "include only the pages that matter"),
    "image_pixels": ("pixels", "scale the image down (300 dpi is plenty for a document)"),
}


def _over(name: str, limit: str, found: str, allowed: int) -> Problem:
    """A file over one of the exhibit limits."""
    unit, advice = LIMIT_WHAT[limit]
    return Problem(
        "exhibit.too-large",
        f"exhibit file '{name}' {found}, over the limit of {allowed:,} {unit}",
        _("The file {name} is too large to include.").format(name=name),
        f"{advice}, {raise_hint(limit)}",
    )


def sniff(data: bytes) -> str:
    """What the first bytes say the file is ('' when unknown)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "a PDF document"
    stripped = head.lstrip()
    return next((what for magic, what in _SIGNATURES if stripped.startswith(magic)), "")


def _open_pdf(
    data: bytes, name: str, digest: str, limits: Limits = DEFAULT_LIMITS
) -> ExhibitFile | Problem:
    # Imported here, as Pillow is in _open_image: `check` and `build --no-pdf` open the
    # exhibits too, and a case of images alone need not import pypdf (about 50 ms).
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    try:
        try:
            # An encrypted file is opened with the empty password right away; AES needs a
            # crypto library (`cryptography`), which reinstate does not require.
            reader = PdfReader(io.BytesIO(data), strict=False)
        except (DependencyError, NotImplementedError):
            return _encrypted(name)
        if reader.is_encrypted:
            try:
                opened = bool(reader.decrypt(""))
            except (DependencyError, NotImplementedError):
                opened = False  # AES without a crypto library: cannot open it either way
            if not opened:
                return _encrypted(name)
        pages = len(reader.pages)
        if pages > limits.exhibit_pages:
            return _over(name, "exhibit_pages", f"has {pages:,} pages", limits.exhibit_pages)
        sheets = tuple(_pdf_sheet(page) for page in reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        return _corrupt(name, "PDF", exc)
    if not sheets:
        return Problem(
            "exhibit.unreadable",
            f"exhibit file '{name}' is a PDF without pages",
            _("The file {name} has no pages.").format(name=name),
        )
    return ExhibitFile("pdf", sheets, digest, len(data), reader=reader)


def _encrypted(name: str) -> Problem:
    return Problem(
        "exhibit.encrypted",
        f"exhibit file '{name}' is encrypted: protected by a password",
        _("The file {name} is protected by a password and cannot be shown.").format(name=name),
        "save a copy without the password and use that: open it and Print → Save as PDF, "
        f"or run 'qpdf --decrypt --password=PASSWORD {name} unlocked.pdf'",
    )


def _pdf_sheet(page: Any) -> Sheet:
    """The page's upright size; reading its content streams now finds corrupt ones early."""
    box = page.cropbox
    width, height = float(box.width), float(box.height)
    if width <= 0 or height <= 0:
        raise ValueError("page has an empty page box")
    page.get_contents()
    if int(page.get("/Rotate", 0) or 0) % 180:
        width, height = height, width
    return Sheet(width, height)


def _open_image(
    data: bytes, name: str, digest: str, suffix: str, limits: Limits = DEFAULT_LIMITS
) -> ExhibitFile | Problem:
    from PIL import Image, ImageFile, UnidentifiedImageError

    # WeasyPrint switches Pillow to accepting truncated images for the whole process; a
    # truncated exhibit must be found here, so that setting is off while we check.
    lenient = ImageFile.LOAD_TRUNCATED_IMAGES
    try:
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            sheets = _image_sheets(data, suffix, limits)
    except _OverLimitError as over:
        return _over(name, over.limit, over.what, getattr(limits, over.limit))
    except (OSError, ValueError, SyntaxError, EOFError, UnidentifiedImageError) as exc:
        return _corrupt(name, "image", exc)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        what = "is larger than the image library allows"
        return _over(name, "image_pixels", what, limits.image_pixels)
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = lenient
    return ExhibitFile("image", sheets, digest, len(data))


class _OverLimitError(Exception):
    def __init__(self, limit: str, what: str) -> None:
        super().__init__(what)
        self.limit, self.what = limit, what


def _image_sheets(data: bytes, suffix: str, limits: Limits) -> tuple[Sheet, ...]:
    """The image's sheets; raises `_OverLimitError` for an image over one of `limits`."""
    from PIL import Image, ImageOps, ImageSequence

    with Image.open(io.BytesIO(data)) as image:
        image.verify()
    with Image.open(io.BytesIO(data)) as image:
        pixels = image.width * image.height
        if pixels > limits.image_pixels:
            raise _OverLimitError("image_pixels", f"has {pixels:,} pixels")
        if suffix not in (".tif", ".tiff"):
            image.load()  # a truncated file fails here
            upright = ImageOps.exif_transpose(image)
            return (Sheet(float(upright.width), float(upright.height)),)
        frames = getattr(image, "n_frames", 1)
        if frames > limits.image_frames:
            raise _OverLimitError("image_frames", f"has {frames:,} frames")
        # WeasyPrint shows only the first frame of an image, so every TIFF page is
        # converted to PNG here and served under its own URL.
        sheets = []
        for frame in ImageSequence.Iterator(image):
            pixels = frame.width * frame.height
            if pixels > limits.image_pixels:
                raise _OverLimitError("image_pixels", f"has a frame of {pixels:,} pixels")
            upright = ImageOps.exif_transpose(frame)
            out = io.BytesIO()
            converted = (
                upright if upright.mode in ("1", "L", "RGB", "RGBA") else upright.convert("RGB")
            )
            converted.save(out, format="PNG")
            sheets.append(Sheet(float(upright.width), float(upright.height), out.getvalue()))
        return tuple(sheets)


def _corrupt(name: str, what: str, exc: BaseException) -> Problem:
    detail = str(exc).strip().rstrip(".") or type(exc).__name__
    return Problem(
        "exhibit.unreadable",
        f"exhibit file '{name}' is a damaged {what} and cannot be included ({detail})",
        _("The file {name} is damaged and could not be included.").format(name=name),
        "open it, save or export it again, and rebuild",
    )
