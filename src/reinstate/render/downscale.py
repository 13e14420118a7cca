"""Shrink the scanned images inside exhibit PDFs to `pdf.image_max_dpi` (optional).

Scans are what make a bundle large. WeasyPrint's `dpi` option shrinks image exhibits; this
does the same for images inside PDF exhibits. An image is assumed to cover the page it is
on, which over-estimates how large it is shown and so never shrinks it below the limit.
Only plain 8-bit RGB and grey images without masks are touched; anything else is kept as
it is. Results are cached (bounded), so a watch worker does not resample on every save.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from collections import OrderedDict
from typing import Any

from PIL import Image
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, NumberObject, StreamObject

CACHE_ENTRIES = 32
_MODES = {"/DeviceRGB": "RGB", "/DeviceGray": "L"}
_cache: OrderedDict[tuple[bytes, int, int], tuple[bytes, str, int, int]] = OrderedDict()


def shrink_images(
    writer: PdfWriter, xobjects: DictionaryObject, shown: tuple[float, float], max_dpi: int
) -> None:
    """Replace, in `xobjects`, every image sharper than `max_dpi` at the `shown` size (inches)."""
    for name in list(xobjects):
        image = xobjects[name].get_object()
        if not isinstance(image, StreamObject) or image.get("/Subtype") != "/Image":
            continue
        width, height = int(image.get("/Width", 0)), int(image.get("/Height", 0))
        if width <= 0 or height <= 0:
            continue
        dpi = max(width / shown[0], height / shown[1])
        if dpi <= max_dpi * 1.05:
            continue
        size = (max(1, round(width * max_dpi / dpi)), max(1, round(height * max_dpi / dpi)))
        smaller = _resampled(image, size)
        if smaller is not None:
            xobjects[NameObject(name)] = writer._add_object(smaller)


def _resampled(image: StreamObject, size: tuple[int, int]) -> StreamObject | None:
    mode = _MODES.get(str(image.get("/ColorSpace")))
    filters = image.get("/Filter")
    kind = str(filters[0]) if isinstance(filters, list) and len(filters) == 1 else str(filters)
    plain = (
        mode is not None
        and int(image.get("/BitsPerComponent", 8)) == 8
        and not any(key in image for key in ("/SMask", "/Mask", "/ImageMask", "/Decode"))
        and kind in ("/DCTDecode", "/FlateDecode")
    )
    if not plain:
        return None
    raw = image._data
    key = (hashlib.sha1(raw, usedforsecurity=False).digest(), *size)
    found = _cache.get(key)
    if found is None:
        try:
            found = _encode(_decode(image, kind, mode or "RGB"), size, kind)
        except (OSError, ValueError, zlib.error):
            return None
        _cache[key] = found
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    data, kind, width, height = found
    stream = StreamObject()
    stream._data = data
    stream.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Image"),
            NameObject("/Width"): NumberObject(width),
            NameObject("/Height"): NumberObject(height),
            NameObject("/ColorSpace"): NameObject(str(image["/ColorSpace"])),
            NameObject("/BitsPerComponent"): NumberObject(8),
            NameObject("/Filter"): NameObject(kind),
        }
    )
    return stream


def _decode(image: StreamObject, kind: str, mode: str) -> Any:
    size = (int(image.get("/Width", 0)), int(image.get("/Height", 0)))
    if kind == "/DCTDecode":
        picture = Image.open(io.BytesIO(image._data))
        picture.load()
        return picture.convert(mode)
    return Image.frombytes(mode, size, image.get_data())


def _encode(picture: Any, size: tuple[int, int], kind: str) -> tuple[bytes, str, int, int]:
    smaller = picture.resize(size, Image.Resampling.LANCZOS)
    if kind == "/DCTDecode":
        out = io.BytesIO()
        smaller.save(out, format="JPEG", quality=85)
        return out.getvalue(), "/DCTDecode", size[0], size[1]
    return zlib.compress(smaller.tobytes(), 6), "/FlateDecode", size[0], size[1]
