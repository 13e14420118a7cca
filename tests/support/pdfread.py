"""Reading a built bundle the way a reader's PDF viewer does (pypdf), for the PDF tests."""

from __future__ import annotations

import shutil
import subprocess
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

QPDF = shutil.which("qpdf")


@dataclass(frozen=True)
class Link:
    page: int
    """0-based page the link is on."""
    target: int | None
    """0-based page it goes to (None for a web link)."""
    name: str = ""
    """The named destination, when it uses one."""
    uri: str = ""


def qpdf_check(path: Path) -> None:
    """`qpdf --check` passes (skipped when qpdf is not installed, unless CI requires it)."""
    from support.clients import require

    tool = require(QPDF, "qpdf")
    done = subprocess.run([tool, "--check", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def texts(reader: PdfReader) -> list[str]:
    """The text of every page, whitespace collapsed."""
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def links(reader: PdfReader) -> list[Link]:
    found = []
    names = reader.named_destinations
    for n, page in enumerate(reader.pages):
        for ref in page.get("/Annots", None) or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link":
                continue
            action = annot.get("/A")
            action = action.get_object() if action is not None else None
            dest = annot.get("/Dest")
            if isinstance(action, DictionaryObject):
                if action.get("/S") == "/URI":
                    found.append(Link(n, None, uri=str(action["/URI"])))
                    continue
                dest = action.get("/D")
            found.append(_dest_link(reader, names, n, dest))
    return found


def _dest_link(reader: PdfReader, names: dict[str, Any], n: int, dest: Any) -> Link:
    dest = dest.get_object() if dest is not None else None
    if isinstance(dest, str):
        named = names.get(str(dest))
        page = reader.get_destination_page_number(named) if named is not None else None
        return Link(n, page, name=str(dest))
    if isinstance(dest, ArrayObject) and isinstance(dest[0], IndirectObject):
        return Link(n, reader.get_page_number(dest[0].get_object()))
    return Link(n, None)


def outline(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, 0-based page) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list[Any], depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                page = reader.get_destination_page_number(item)
                found.append((depth, str(item.title), -1 if page is None else page))

    walk(reader.outline, 0)
    return found


def all_stream_bytes(reader: PdfReader) -> bytes:
    """Every stream of the file, decoded where possible: to search for leaked content."""
    chunks = []
    for number in range(1, reader.trailer["/Size"]):
        try:
            obj = reader.get_object(number)
        except Exception:  # free or broken entries are not streams
            continue
        if isinstance(obj, StreamObject):
            try:
                chunks.append(obj.get_data())
            except Exception:
                chunks.append(obj._data)
    return b"\n".join(chunks)


def raw_search(data: bytes, needle: bytes) -> bool:
    """`needle` in the file itself or in any Flate stream of it (without parsing objects)."""
    if needle in data:
        return True
    start = 0
    while (at := data.find(b"stream", start)) != -1:
        begin = at + len(b"stream")
        begin += 2 if data[begin : begin + 2] == b"\r\n" else 1
        end = data.find(b"endstream", begin)
        if end == -1:
            break
        try:
            if needle in zlib.decompressobj().decompress(data[begin:end]):
                return True
        except zlib.error:
            pass
        start = end + len(b"endstream")
    return False


def embedded_files(reader: PdfReader) -> list[str]:
    """Names of files attached to the document or to its pages."""
    names: list[str] = []
    root = reader.trailer["/Root"].get_object()
    tree = root.get("/Names", {}).get("/EmbeddedFiles") if "/Names" in root else None
    if tree is not None:
        items = tree.get_object().get("/Names", [])
        names += [str(items[i]) for i in range(0, len(items), 2)]
    for page in reader.pages:
        for ref in page.get("/Annots", None) or []:
            annot = ref.get_object()
            if annot.get("/Subtype") == "/FileAttachment":
                spec = annot["/FS"].get_object()
                names.append(str(spec.get("/UF") or spec.get("/F")))
    return names
