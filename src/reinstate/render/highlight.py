"""Marks on the bundle's exhibit pages: what `highlights:` names, found where it is.

Two steps, both deterministic. `find_marks` reads each exhibit's text (its text layer with
PDFium (pypdfium2), or for an image or a scanned page the words Tesseract finds, cached by file
digest) and turns every `highlights:` entry, and the notice's ASINs and order ids, into
rectangles: fractions of the shown page, from its top left. What cannot be found is a
located warning at its entry. `draw_marks` then paints those rectangles on the bundle's
copy of each page (a translucent yellow highlighter box, multiplied over the page so the
words stay black, and a small numbered callout per entry), after the exhibit page has been
drawn into its sheet. The exhibit file itself is never written.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from math import ceil
from pathlib import Path
from typing import Any

from reinstate.core.diagnostics import Reporter
from reinstate.core.limits import DEFAULT as DEFAULT_LIMITS
from reinstate.core.limits import raise_hint
from reinstate.core.model import Exhibit, Highlight
from reinstate.render.exhibits import ExhibitFile

Rect = tuple[float, float, float, float]
"""x0, y0, x1, y1. In a `Mark`: fractions of the shown page, y from the top."""

PAD = 1.2
"""Points the mark reaches beyond the words on each side."""
FILL = "1 0.9 0.2"
"""The highlighter's yellow (multiplied over the page: white turns yellow, black stays)."""
CALLOUT = "0.75 0.3 0"
"""The callout's dark orange; its number is white."""
OCR_PAGE_CPU = 4
"""Seconds of CPU Tesseract may spend on one page (its process limit, RLIMIT_CPU). A page
of a realistic case takes 0.3 to 2 s; a page of small dense text can take over two
minutes (3,400 words of 22 px: 37 s), so this is what bounds the OCR of a build. A page
that passes it is not read, and the cache remembers it, so later builds do not try again
(a count of CPU seconds, not a wall clock: the same pages on a loaded machine)."""
OCR_TIMEOUT = 60
"""Seconds (wall clock) one page may take in Tesseract where its CPU limit cannot be set
(no `resource.prlimit`)."""
OCR_HUNG = 600
"""Seconds (wall clock) one page may take where the CPU limit is set: only a net for a
process that hangs, since a loaded machine can stretch 4 s of CPU to over a minute."""
OCR_PAGES = DEFAULT_LIMITS.ocr_pages
"""Scanned pages one build of a case reads by OCR (from the cache or by Tesseract) unless
`max_ocr_pages` says otherwise: a fixed number, so that which highlights are placed never
depends on the machine."""
OCR_BUDGET = 8.0
"""Seconds of CPU (rasterising and Tesseract) one build of a case may spend on OCR: the
pages of a realistic case take a few (the most scanned pages of one, 6, about 5 s on the
shared test machine). Pages past it are not read this time; what was read is cached, so
the next build goes on from there."""
OCR_SIDE = 2200
"""Pixels of the longer side of a picture given to Tesseract: a larger scan is reduced to
it first (200 dpi for Letter), which keeps a page's OCR to a few seconds and its memory to
some tens of MB whatever the scan's resolution."""
OCR_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
"""Tesseract on one thread: its OpenMP threads spin on a busy machine (a dense page took
21.6 s of CPU with them, 5 s without, on the shared 2-core test machine)."""
CACHE_FOLDER = ".reinstate-cache/ocr"
"""Under the output folder: Tesseract's words per file digest and page."""
_WORD = re.compile(r"[0-9a-z]")
TEXT_CACHE_UNITS = 250_000
"""The text layers kept by a long-lived process (the watch worker, live/pdfworker.py), by file
digest, at most this many glyphs in all (a glyph and its box: about 230 bytes)."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A glyph (text layer) or a word (OCR) with its box in the page's own space."""

    text: str
    box: Rect | None
    """None for the spaces and line breaks put between units."""
    line: int


class Glyphs:
    """A PDF page's text layer: its characters read at once, a glyph's box only when a
    search needs it (`boxes`). Reading every glyph's box and keeping it as a `Unit` cost
    about 6 µs a glyph (a page of small print: 20 ms), and a search marks a few glyphs.

    The units are those `_page_text` made before: one character each, a glyph, a space or
    a line break ("\\n"), their lines counted as before.
    """

    __slots__ = ("_boxes", "_data", "_flat", "_page", "_shown", "chars", "index", "lines")

    def __init__(
        self,
        chars: str,
        index: Sequence[int],
        lines: Sequence[int],
        data: bytes,
        page: int,
        shown: Matrix,
    ) -> None:
        self.chars = chars
        """One character per unit: the glyph, " " or "\\n"."""
        self.index = tuple(index)
        """PDFium's character index of each unit (-1: a space or line break)."""
        self.lines = tuple(lines)
        self._data = data
        self._page = page
        self._shown = shown
        self._boxes: dict[int, Rect] = {}
        """By unit: its glyph's box on the shown page, once read."""
        self._flat: tuple[str, list[int]] | None = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Glyphs):
            return NotImplemented
        return (self.chars, self.index, self._page, self._shown, self._data) == (
            other.chars,
            other.index,
            other._page,
            other._shown,
            other._data,
        )

    def __hash__(self) -> int:
        return hash((self.chars, self._page))

    def flat(self) -> tuple[str, list[int]]:
        """What `find` searches (see `_flatten`), made once."""
        if self._flat is None:
            self._flat = _flatten(self.chars, [c in " \n" for c in self.chars])
        return self._flat

    def boxes(self, units: Sequence[int]) -> dict[int, Rect]:
        """The box of each glyph unit in `units` (spaces and line breaks have none), read
        from PDFium the first time one is wanted."""
        missing = [u for u in units if self.index[u] >= 0 and u not in self._boxes]
        if missing:
            import pypdfium2 as pdfium

            document = pdfium.PdfDocument(self._data)
            try:
                textpage = document[self._page].get_textpage()
                try:
                    for unit in missing:
                        box = textpage.get_charbox(self.index[unit], loose=True)
                        self._boxes[unit] = _map_rect(self._shown, box)
                finally:
                    textpage.close()
            finally:
                document.close()
        return {u: self._boxes[u] for u in units if self.index[u] >= 0}


@dataclass(frozen=True, slots=True)
class PageText:
    units: tuple[Unit, ...]
    """The words found by OCR (a text layer's are in `glyphs`)."""
    width: float
    height: float
    y_down: bool
    """True for pixels (OCR), False for PDF points (y up, shown page space)."""
    glyphs: Glyphs | None = None
    """A PDF page's text layer."""

    @property
    def size(self) -> int:
        """How many units (glyphs, words, spaces, line breaks) the page has."""
        return len(self.glyphs.chars) if self.glyphs is not None else len(self.units)

    def fraction(self, box: Rect) -> Rect:
        x0, y0, x1, y1 = box
        w, h = self.width, self.height
        if self.y_down:
            return (x0 / w, y0 / h, x1 / w, y1 / h)
        return (x0 / w, 1 - y1 / h, x1 / w, 1 - y0 / h)


@dataclass(frozen=True, slots=True)
class Mark:
    page: int
    """0-based page (sheet) of the exhibit."""
    rect: Rect
    """Fractions of the shown page: left, top, right, bottom."""
    number: int = 0
    """Callout number (the entry's position in `highlights:`, from 1); 0: an identifier."""


@dataclass(frozen=True, slots=True)
class Entry:
    """A `highlights:` entry as the exhibit index lists it."""

    number: int
    label: str
    pages: tuple[int, ...]
    """1-based exhibit pages where it is marked (empty: not found)."""


@dataclass(frozen=True, slots=True)
class ExhibitMarks:
    marks: tuple[Mark, ...] = ()
    entries: tuple[Entry, ...] = ()

    def numbered(self) -> dict[int, Entry]:
        return {e.number: e for e in self.entries}


@dataclass(slots=True)
class Reader:
    """Reads the text of exhibit pages, OCR included; caches by file digest."""

    cache_dir: Path | None
    tesseract: str | None = field(default_factory=lambda: tesseract_path())
    budget: float = field(default_factory=lambda: OCR_BUDGET)
    most_pages: int = field(default_factory=lambda: OCR_PAGES)
    clock: Callable[[], float] = field(default_factory=lambda: cpu_seconds)
    """CPU seconds of this process and its finished children (Tesseract)."""
    ocr_runs: int = 0
    spent: float = 0.0
    """Seconds of OCR this reader has spent (pages read from the cache cost nothing)."""
    pages_read: int = 0
    """Pages read by OCR so far (from the cache or by Tesseract), up to `most_pages`."""
    unread: int = 0
    """Pages left unread because `most_pages` or `budget` was reached, or the page took
    more than `OCR_PAGE_CPU`."""
    too_long: int = 0
    """Of those, pages that took Tesseract more than `OCR_PAGE_CPU` (now or before)."""
    _texts: dict[str, tuple[PageText | None, ...]] = field(default_factory=dict)

    def pages(self, exhibit: Exhibit, file: ExhibitFile) -> tuple[PageText | None, ...]:
        """Each page's text; None where the page has no text and OCR is not available."""
        found = self._texts.get(file.digest)
        if found is None:
            if file.kind == "pdf":
                texts = cached_pdf_texts(file)
                found = tuple(self._scan(file, n, t) for n, t in enumerate(texts))
            else:
                found = tuple(
                    self._ocr(partial(_image_png, exhibit, file, n), file.digest, n)
                    for n in range(file.pages)
                )
            self._texts[file.digest] = found
        return found

    def _scan(self, file: ExhibitFile, index: int, text: PageText) -> PageText | None:
        if text.size:
            return text
        if self.tesseract is None:
            return None
        return self._ocr(partial(_rasterise, file, index), file.digest, index)

    def _ocr(self, image: Callable[[], bytes | None], digest: str, index: int) -> PageText | None:
        """The page's words by OCR: from the cache, else Tesseract on `image()`."""
        if self.tesseract is None:
            return None
        if self.pages_read >= self.most_pages:
            self.unread += 1
            return None
        self.pages_read += 1
        cached = self._cache_path(digest, index)
        tsv = None
        if cached is not None and cached.is_file():
            tsv = cached.read_text(encoding="utf-8")
        elif cached is not None and _gave_up(cached):
            self.unread += 1
            self.too_long += 1
            return None
        if tsv is None:
            if self.spent >= self.budget:
                self.unread += 1
                return None
            start = self.clock()
            try:
                picture = image()
                if picture is None:
                    return None
                cpu = max(1, min(OCR_PAGE_CPU, ceil(self.budget - self.spent)))
                tsv = run_tesseract(self.tesseract, picture, OCR_TIMEOUT, cpu)
            except OcrTooLongError as too_long:
                self.unread += 1
                if too_long.by_cpu and too_long.cpu >= OCR_PAGE_CPU:  # for good
                    self.too_long += 1
                    if cached is not None:
                        _write_atomic(cached.with_suffix(".too-long"), f"{OCR_PAGE_CPU}\n")
                return None
            finally:
                self.spent += self.clock() - start
            self.ocr_runs += 1
            if cached is not None and tsv is not None:
                _write_atomic(cached, tsv)
        return ocr_text(tsv) if tsv is not None else None

    def _cache_path(self, digest: str, index: int) -> Path | None:
        if self.cache_dir is None or not digest:
            return None
        return self.cache_dir / f"{digest}-{index + 1}.tsv"


def tesseract_path() -> str | None:
    """The Tesseract command, or None when it is not installed."""
    return shutil.which("tesseract")


def _image_png(exhibit: Exhibit, file: ExhibitFile, index: int) -> bytes | None:
    """The upright picture of an image sheet, as PNG (EXIF rotation applied)."""
    sheet = file.sheets[index]
    if sheet.image is not None:
        return _reduced(sheet.image)
    if exhibit.path is None:
        return None
    from PIL import Image, ImageOps

    try:
        with Image.open(exhibit.path) as image:
            # reduced first (a JPEG is even decoded at a reduced scale), turned after: no
            # full-size copy of a large scan in memory
            image.thumbnail((OCR_SIDE, OCR_SIDE))
            upright = ImageOps.exif_transpose(image)
            out = io.BytesIO()
            upright.convert("RGB").save(out, format="PNG")
    except OSError:
        return None
    return out.getvalue()


def _reduced(png: bytes) -> bytes:
    """A frame's PNG with its longer side at most `OCR_SIDE` pixels."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        if max(image.size) <= OCR_SIDE:
            return png
        image.thumbnail((OCR_SIDE, OCR_SIDE))
        out = io.BytesIO()
        image.save(out, format="PNG")
    return out.getvalue()


def _rasterise(file: ExhibitFile, index: int) -> bytes | None:
    """A scanned PDF page as a PNG of 200 dpi, or less for a page larger than Letter, so
    that its longer side is at most `OCR_SIDE` pixels (PDFium), for OCR."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(file.reader.stream.getvalue())
        try:
            page = document[index]
            longer = max(page.get_size()) or 1.0
            scale = min(200 / 72, OCR_SIDE / longer)
            image = page.render(scale=scale).to_pil()
        finally:
            document.close()
    except pdfium.PdfiumError:
        return None
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


class OcrTooLongError(Exception):
    """Tesseract ran past its CPU limit (`cpu` seconds; `by_cpu`) or its wall-clock time
    on one page (which a loaded machine can cause: not a reason to give the page up)."""

    def __init__(self, cpu: int, by_cpu: bool = True) -> None:
        super().__init__(cpu)
        self.cpu = cpu
        self.by_cpu = by_cpu


def run_tesseract(
    tesseract: str, image: bytes, timeout: float = OCR_TIMEOUT, cpu: int = OCR_PAGE_CPU
) -> str | None:
    """Tesseract's words with boxes (TSV), read from standard input; no shell; at most
    `cpu` seconds of CPU (where the limit can be set) and `timeout` seconds. None when it
    failed; `OcrTooLongError` when it ran out of either."""
    try:
        child = subprocess.Popen(
            [tesseract, "stdin", "stdout", "--psm", "3", "tsv"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=OCR_ENV,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    with child:
        limited = _limit_cpu(child.pid, cpu)
        if limited:
            timeout = max(timeout, OCR_HUNG)
        try:
            out, _ = child.communicate(image, timeout=timeout)
        except subprocess.TimeoutExpired:
            child.kill()
            child.communicate()
            raise OcrTooLongError(cpu, by_cpu=False) from None
        except OSError:  # a broken pipe: Tesseract ended before it read the picture
            child.kill()
            child.communicate()
            return None
    if limited and child.returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise OcrTooLongError(cpu)
    if child.returncode != 0:
        return None
    return out.decode("utf-8", "replace")


def _limit_cpu(pid: int, seconds: int) -> bool:
    """Limit process `pid` to `seconds` of CPU (SIGXCPU, then SIGKILL a second later);
    False where that cannot be done (no `resource.prlimit`: not Linux)."""
    try:
        import resource

        resource.prlimit(pid, resource.RLIMIT_CPU, (seconds, seconds + 1))
    except (ImportError, AttributeError, OSError, ValueError):
        return False
    return True


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (Tesseract)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _gave_up(cached: Path) -> bool:
    """True when Tesseract ran out of `OCR_PAGE_CPU` on this page before (the same limit)."""
    try:
        return cached.with_suffix(".too-long").read_text(encoding="utf-8").strip() == str(
            OCR_PAGE_CPU
        )
    except OSError:
        return False


def ocr_text(tsv: str) -> PageText:
    """Words of Tesseract's TSV (level 5 rows), one unit each, spaces and breaks between."""
    units: list[Unit] = []
    width = height = 1.0
    last_line: tuple[str, ...] | None = None
    line = 0
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        if cols[0] == "1":
            width, height = float(cols[8]) or 1.0, float(cols[9]) or 1.0
        word = cols[11].strip()
        if cols[0] != "5" or not word:
            continue
        key = tuple(cols[1:5])
        if units:
            if key != last_line:
                line += 1
                units.append(Unit("\n", None, line))
            else:
                units.append(Unit(" ", None, line))
        last_line = key
        x, y, w, h = (float(v) for v in cols[6:10])
        units.append(Unit(word, (x, y, x + w, y + h), line))
    return PageText(tuple(units), width, height, y_down=True)


_text_cache: OrderedDict[str, tuple[PageText, ...]] = OrderedDict()
_keeping: list[bool] = []


def keep_text_layers() -> None:
    """From now on, keep the text layers read (a long-lived process: the watch worker). A
    process that makes one bundle does not: they would only add to its peak memory."""
    if not _keeping:
        _keeping.append(True)


def cached_pdf_texts(file: ExhibitFile) -> tuple[PageText, ...]:
    """`pdf_texts`, kept by the file's digest once `keep_text_layers` was called: a save
    that leaves an exhibit unchanged does not read its text layer again (the oldest are
    dropped past `TEXT_CACHE_UNITS`)."""
    if not file.digest or not _keeping:
        return tuple(pdf_texts(file))
    found = _text_cache.get(file.digest)
    if found is not None:
        _text_cache.move_to_end(file.digest)
        return found
    found = tuple(pdf_texts(file))
    _text_cache[file.digest] = found
    kept = sum(page.size for texts in _text_cache.values() for page in texts)
    while kept > TEXT_CACHE_UNITS and len(_text_cache) > 1:
        _digest, dropped = _text_cache.popitem(last=False)
        kept -= sum(page.size for page in dropped)
    return found


def clear_text_cache() -> None:
    _text_cache.clear()


def pdf_texts(file: ExhibitFile) -> list[PageText]:
    """Each page's characters (PDFium), their boxes read when a search needs them."""
    import pypdfium2 as pdfium

    found = []
    data = file.reader.stream.getvalue()
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return [PageText((), 1, 1, False) for _ in range(file.pages)]
    try:
        for index in range(file.pages):
            if index >= len(document):
                found.append(PageText((), 1, 1, False))
                continue
            found.append(_page_text(file.reader.pages[index], document[index], data, index))
    finally:
        document.close()
    return found


def _page_text(page: Any, pdfium_page: Any, data: bytes, index: int) -> PageText:
    """PDFium's characters; the spaces and line breaks it adds between words stay."""
    textpage = pdfium_page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
    finally:
        textpage.close()
    chars: list[str] = []
    indexes: list[int] = []
    lines: list[int] = []
    line = 0
    for n, ch in enumerate(text[:count]):
        if ch in "\r\n":
            if chars and chars[-1] != "\n":
                line += 1
                chars.append("\n")
                indexes.append(-1)
                lines.append(line)
            continue
        if ch.isspace():
            chars.append(" ")
            indexes.append(-1)
        else:
            chars.append(ch)
            indexes.append(n)
        lines.append(line)
    width, height = _shown_size(page)
    # a page without glyphs never reads a box: it does not hold on to the file's bytes
    kept = data if any(n >= 0 for n in indexes) else b""
    glyphs = Glyphs("".join(chars), indexes, lines, kept, index, _to_shown(page))
    return PageText((), width, height, y_down=False, glyphs=glyphs)


Matrix = tuple[float, float, float, float, float, float]


def _to_shown(page: Any) -> Matrix:
    """Raw page space → the shown page (crop box at the origin, /Rotate applied), points."""
    from reinstate.render.place import placement

    width, height = _shown_size(page)
    return placement(page, (0.0, 0.0, width, height)).matrix


def _shown_size(page: Any) -> tuple[float, float]:
    crop = page.cropbox
    width, height = float(crop.width), float(crop.height)
    if int(page.get("/Rotate", 0) or 0) % 180:
        width, height = height, width
    return width, height


def _map_rect(m: Matrix, r: Rect) -> Rect:
    """The box around `r` mapped by `m` (a glyph's box on the shown page: once per glyph)."""
    a, b, c, d, e, f = m
    if b == 0 and c == 0:  # not rotated: each corner's x depends on x alone, y on y
        left, right = a * r[0] + e, a * r[2] + e
        low, high = d * r[1] + f, d * r[3] + f
        return (min(left, right), min(low, high), max(left, right), max(low, high))
    xs, ys = [], []
    for x, y in ((r[0], r[1]), (r[2], r[3]), (r[0], r[3]), (r[2], r[1])):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return (min(xs), min(ys), max(xs), max(ys))


def _flatten(texts: Sequence[str], blank: Sequence[bool]) -> tuple[str, list[int]]:
    """The lowercased text of the units, a single space for each run of spaces and line
    breaks (`blank`), and the unit each of its characters comes from."""
    flat: list[str] = []
    owner: list[int] = []
    for n, unit in enumerate(texts):
        if blank[n]:
            if flat and flat[-1] != " ":
                flat.append(" ")
                owner.append(n)
            continue
        for ch in unit.lower():
            flat.append(ch)
            owner.append(n)
    return "".join(flat), owner


def find(text: PageText, needle: str) -> list[Rect]:
    """Every match of `needle` (case-insensitive, any whitespace, across line breaks): one
    rectangle per line it spans, in fractions of the page from the top left."""
    glyphs = text.glyphs
    lines: Sequence[int]
    if glyphs is not None:
        haystack, owner = glyphs.flat()
        lines = glyphs.lines
    else:
        haystack, owner = _flatten(
            [u.text for u in text.units], [u.box is None for u in text.units]
        )
        lines = [u.line for u in text.units]
    tokens = needle.lower().split()
    if not tokens:
        return []
    pattern = r"\s*".join(_token(t, text.y_down) for t in tokens)
    if _WORD.match(tokens[0][0]):
        pattern = r"(?<![0-9a-z])" + pattern
    if _WORD.match(tokens[-1][-1]):
        pattern += r"(?![0-9a-z])"
    found: list[Rect] = []
    for match in re.finditer(pattern, haystack):
        units = sorted({owner[i] for i in range(match.start(), match.end())})
        boxes: Mapping[int, Rect]
        if glyphs is not None:
            boxes = glyphs.boxes(units)
        else:
            boxes = {n: box for n in units if (box := text.units[n].box) is not None}
        by_line: dict[int, Rect] = {}
        for n in units:
            box = boxes.get(n)
            if box is None:
                continue
            r = text.fraction(box)
            old = by_line.get(lines[n])
            by_line[lines[n]] = (
                r
                if old is None
                else (min(old[0], r[0]), min(old[1], r[1]), max(old[2], r[2]), max(old[3], r[3]))
            )
        found += [by_line[k] for k in sorted(by_line)]
    return found


_LOOKALIKES = {
    "0": "[0o]",
    "o": "[0o]",
    "1": "[1il|]",
    "l": "[1il|]",
    "i": "[1il|]",
    "5": "[5s]",
    "s": "[5s]",
    "8": "[8b]",
    "b": "[8b]",
}
"""What OCR confuses in printed identifiers (B0DHT5K2WQ read as BODHTSK2WQ)."""


def _token(token: str, ocr: bool) -> str:
    if not ocr:
        return re.escape(token)
    return "".join(_LOOKALIKES.get(ch, re.escape(ch)) for ch in token)


def _max2(a: Rect, b: Rect) -> tuple[float, float]:
    return max(a[2], b[2]), max(a[3], b[3])


def identifiers(exhibit: Exhibit, asins: Sequence[str], orders: Sequence[str]) -> list[str]:
    """What `highlight_ids` marks: the notice's ASINs and order ids, and `covers:` ASINs."""
    return list(dict.fromkeys([*asins, *orders, *(asin for asin, _units in exhibit.covers)]))


def find_marks(
    exhibit: Exhibit,
    label: str,
    file: ExhibitFile,
    ids: Sequence[str],
    reader: Reader,
    reporter: Reporter,
) -> ExhibitMarks:
    """The marks for one exhibit; problems with its `highlights:` are reported there."""
    if file.kind == "unusable" or (not exhibit.marks and not ids):
        return ExhibitMarks()
    needs_text = bool(ids) or any(m.box is None for m in exhibit.marks)
    texts = reader.pages(exhibit, file) if needs_text else ()
    marks: list[Mark] = []
    entries: list[Entry] = []
    for entry in exhibit.marks:
        number = entry.index + 1
        pages = _pages(entry, file, label, exhibit, reporter)
        if pages is None:
            entries.append(Entry(number, entry.label, ()))
            continue
        if entry.box is not None:
            x, y, w, h = entry.box
            marks.append(Mark(pages[0], (x, y, x + w, y + h), number))
            entries.append(Entry(number, entry.label, (pages[0] + 1,)))
            continue
        hits = [(p, r) for p in pages if texts[p] is not None for r in find(texts[p], entry.text)]  # type: ignore[arg-type]
        marks += [Mark(p, r, number) for p, r in hits]
        on = tuple(sorted({p + 1 for p, _r in hits}))
        entries.append(Entry(number, entry.label, on))
        if not hits:
            _not_found(exhibit, entry, label, pages, texts, reader, reporter)
    for value in ids:
        marks += [
            Mark(p, r)
            for p, text in enumerate(texts)
            if text is not None
            for r in find(text, value)
        ]
    return ExhibitMarks(tuple(marks), tuple(entries))


def _pages(
    entry: Highlight, file: ExhibitFile, label: str, exhibit: Exhibit, reporter: Reporter
) -> list[int] | None:
    if entry.page is None:
        return [0] if entry.box is not None else list(range(file.pages))
    if entry.page > file.pages:
        reporter.error(
            exhibit.origin.value("highlights", entry.index, "page"),
            "highlight.page",
            f"{label} ({exhibit.file}) has {file.pages} page"
            f"{'s' if file.pages != 1 else ''}, so it has no page {entry.page}",
        )
        return None
    return [entry.page - 1]


def _not_found(
    exhibit: Exhibit,
    entry: Highlight,
    label: str,
    pages: Sequence[int],
    texts: Sequence[PageText | None],
    reader: Reader,
    reporter: Reporter,
) -> None:
    where = exhibit.origin.value("highlights", entry.index)
    searched = ", ".join(str(p + 1) for p in pages)
    scans = [p + 1 for p in pages if texts[p] is None]
    plural = "s" if len(pages) != 1 else ""
    if scans and len(scans) == len(pages) and reader.unread and reader.tesseract is not None:
        reporter.warning(
            where,
            "highlight.ocr-budget",
            f"'{entry.text}' cannot be marked on {label} ({exhibit.file}) in this build: "
            f"OCR stopped before it read page{plural} {searched} (it reads at most "
            f"{reader.most_pages} scanned pages a build, in {reader.budget:g} s of CPU, "
            f"{OCR_PAGE_CPU} s a page)",
            "give the area: {page: N, box: [x, y, width, height], note: ...}, "
            f"{raise_hint('ocr_pages')}; a page past the build's time is read by the next "
            "build, one past its own is not read",
        )
        return
    if scans and len(scans) == len(pages):
        reporter.warning(
            where,
            "highlight.no-text",
            f"'{entry.text}' cannot be marked on {label} ({exhibit.file}): page{plural} "
            f"{searched} {'have' if plural else 'has'} no text layer and Tesseract (OCR) "
            "is not installed",
            "install Tesseract (apt-get install tesseract-ocr), or give the area: "
            "{page: N, box: [x, y, width, height], note: ...}",
        )
        return
    reporter.warning(
        where,
        "highlight.not-found",
        f"'{entry.text}' is not in the text of {label} ({exhibit.file}); "
        f"page{plural} {searched} searched",
        "quote words exactly as the document prints them, or give the area: "
        "{page: N, box: [x, y, width, height], note: ...}",
    )


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".tsv")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
        Path(tmp).replace(path)
    except OSError:
        pass  # no cache this time: the next build runs OCR again


# Drawing ------------------------------------------------------------------------------


def draw_marks(
    writer: Any,
    sheets: Sequence[Any],
    frames: Sequence[Rect | None],
    marks: ExhibitMarks,
) -> None:
    """Paint `marks` on the bundle pages `sheets` (one per exhibit page), where `frames[n]`
    is the area (x, y from the bottom left, width, height; points) that page is shown in."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, FloatObject, NameObject

    for n, (sheet, frame) in enumerate(zip(sheets, frames, strict=True)):
        on_page = [m for m in marks.marks if m.page == n]
        if not on_page or frame is None:
            continue
        boxes = [(_to_points(m.rect, frame), m.number) for m in on_page]
        ops = [f"q /RxHlG gs {FILL} rg"]
        ops += [f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re f" for (x, y, w, h), _n in boxes]
        ops.append("Q")
        done: set[int] = set()
        taken: list[tuple[float, float, float]] = []
        for (_x, y, _w, h), number in boxes:
            if number and number not in done:
                done.add(number)
                ops.append(_callout(number, y + h, frame, taken))
        resources = sheet["/Resources"].get_object()
        states = _own(resources, "/ExtGState")
        states[NameObject("/RxHlG")] = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/ExtGState"),
                NameObject("/BM"): NameObject("/Multiply"),
                NameObject("/ca"): FloatObject(1),
            }
        )
        resources[NameObject("/ExtGState")] = states
        old = sheet.get_contents()
        stream = DecodedStreamObject()
        body = old.get_data() if old is not None else b""
        # the page's own content may leave its coordinates changed (WeasyPrint flips y)
        stream.set_data(b"q\n" + body + b"\nQ\nq\n" + "\n".join(ops).encode("ascii") + b"\nQ\n")
        sheet.replace_contents(stream.flate_encode())


def _own(resources: Any, key: str) -> Any:
    from pypdf.generic import DictionaryObject

    found = resources.get(key)
    found = found.get_object() if found is not None else None
    return DictionaryObject(found) if isinstance(found, DictionaryObject) else DictionaryObject()


def _to_points(rect: Rect, frame: Rect) -> tuple[float, float, float, float]:
    """Fractions (top left) → x, y, w, h on the bundle page, padded, kept in the frame."""
    fx, fy, fw, fh = frame
    x0 = max(fx, fx + rect[0] * fw - PAD)
    x1 = min(fx + fw, fx + rect[2] * fw + PAD)
    top = min(fy + fh, fy + fh - rect[1] * fh + PAD)
    bottom = max(fy, fy + fh - rect[3] * fh - PAD)
    return x0, bottom, max(x1 - x0, 0.5), max(top - bottom, 0.5)


_SEGMENTS = {
    "a": (0, 1, 1, 1),
    "b": (1, 1, 1, 0.5),
    "c": (1, 0.5, 1, 0),
    "d": (0, 0, 1, 0),
    "e": (0, 0, 0, 0.5),
    "f": (0, 0.5, 0, 1),
    "g": (0, 0.5, 1, 0.5),
}
_DIGITS = {
    "0": "abcdef",
    "1": "bc",
    "2": "abged",
    "3": "abgcd",
    "4": "fgbc",
    "5": "afgcd",
    "6": "afgedc",
    "7": "abc",
    "8": "abcdefg",
    "9": "abfgcd",
}
"""The callout's digits are drawn as strokes: no font to embed, the same on every viewer."""
DIGIT_W = 3.0
DIGIT_H = 5.6


def _digits(text: str, x: float, y: float) -> str:
    ops = []
    for n, digit in enumerate(text):
        left = x + n * (DIGIT_W + 1.6)
        for segment in _DIGITS[digit]:
            x0, y0, x1, y1 = _SEGMENTS[segment]
            ops.append(
                f"{left + x0 * DIGIT_W:.2f} {y + y0 * DIGIT_H:.2f} m "
                f"{left + x1 * DIGIT_W:.2f} {y + y1 * DIGIT_H:.2f} l"
            )
    return " ".join(ops)


def _callout(number: int, top: float, frame: Rect, taken: list[tuple[float, float, float]]) -> str:
    """A small filled tag with the entry's number in the margin left of the page, level
    with the mark's first line; tags on the same level stand side by side. It is marked
    content `/RxCallout <</N n>>`, so the number can be read back."""
    text = str(number)
    width = len(text) * (DIGIT_W + 1.6) + 2.4
    height = DIGIT_H + 4
    bottom = min(top - height / 2 - 3, frame[1] + frame[3] - height)
    right = frame[0] - 1.5
    for left_of, low, high in taken:
        if low < bottom + height and bottom < high:
            right = min(right, left_of - 1)
    left = max(right - width, 1.0)
    taken.append((left, bottom, bottom + height))
    strokes = _digits(text, left + 2, bottom + 2)
    return (
        f"/RxCallout <</N {number}>> BDC q {CALLOUT} rg "
        f"{left:.2f} {bottom:.2f} {width:.2f} {height:.2f} re f "
        f"1 1 1 RG 0.9 w 1 J 1 j {strokes} S Q EMC"
    )


def image_frame(page: Any) -> Rect | None:
    """Where WeasyPrint drew the (one) image of an image sheet: x, y, w, h in points."""
    from pypdf.generic import ContentStream

    contents = page.get_contents()
    if contents is None:
        return None
    return _find_image(
        ContentStream(contents, page.pdf), page["/Resources"].get_object(), (1, 0, 0, 1, 0, 0), 0
    )


def _find_image(content: Any, resources: Any, ctm: Matrix, depth: int) -> Rect | None:
    stack: list[Matrix] = []
    xobjects = resources.get("/XObject")
    xobjects = xobjects.get_object() if xobjects is not None else {}
    for operands, op in content.operations:
        if op == b"q":
            stack.append(ctm)
        elif op == b"Q" and stack:
            ctm = stack.pop()
        elif op == b"cm":
            ctm = _multiply(tuple(float(v) for v in operands), ctm)  # type: ignore[arg-type]
        elif op == b"Do":
            obj = xobjects.get(operands[0])
            obj = obj.get_object() if obj is not None else None
            if obj is None:
                continue
            if obj.get("/Subtype") == "/Image":
                x0, y0, x1, y1 = _map_rect(ctm, (0, 0, 1, 1))
                return (x0, y0, x1 - x0, y1 - y0)
            if obj.get("/Subtype") == "/Form" and depth < 4:
                from pypdf.generic import ContentStream

                inner = tuple(float(v) for v in obj.get("/Matrix", [1, 0, 0, 1, 0, 0]))
                res = obj.get("/Resources")
                found = _find_image(
                    ContentStream(obj, None),
                    res.get_object() if res is not None else {},
                    _multiply(inner, ctm),  # type: ignore[arg-type]
                    depth + 1,
                )
                if found is not None:
                    return found
    return None


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + b * r,
        a * q + b * s,
        c * p + d * r,
        c * q + d * s,
        e * p + f * r + t,
        e * q + f * s + u,
    )


def plan(marks: Mapping[str, ExhibitMarks]) -> dict[str, dict[int, Entry]]:
    """Per exhibit id, its entries by number: what the templates list."""
    return {key: value.numbered() for key, value in marks.items()}


def exhibit_marks(
    case: Any,
    labels: Mapping[str, str],
    files: Mapping[str, ExhibitFile],
    default_ids: bool,
    cache_dir: Path | None,
    reporter: Reporter,
    most_pages: int | None = None,
) -> dict[str, ExhibitMarks]:
    """Every exhibit's marks (`case` is the model's Case; `labels` by exhibit id), reading
    at most `most_pages` scanned pages by OCR (`max_ocr_pages`; None: `OCR_PAGES`)."""
    reader = Reader(cache_dir, most_pages=OCR_PAGES if most_pages is None else most_pages)
    found = {}
    for exhibit in case.exhibits:
        on = default_ids if exhibit.highlight_ids is None else exhibit.highlight_ids
        ids = identifiers(exhibit, case.violation.asins, case.violation.orders) if on else []
        unread = reader.unread
        found[exhibit.id] = find_marks(
            exhibit, labels[exhibit.id], files[exhibit.id], ids, reader, reporter
        )
        skipped = reader.unread - unread
        if ids and skipped and not exhibit.marks:
            reporter.warning(
                exhibit.origin.value("file"),
                "highlight.ocr-budget",
                f"{skipped} scanned page{'s' if skipped != 1 else ''} of {labels[exhibit.id]} "
                f"({exhibit.file}) were not read: OCR reads at most {reader.most_pages} "
                f"scanned pages a build, in {reader.budget:g} s of CPU, {OCR_PAGE_CPU} s a page, "
                "so the notice's ids on them "
                "are not marked",
                "give the areas as highlights with a box, "
                f"{raise_hint('ocr_pages')}; a page past the build's time is read by the "
                "next build, one past its own is not read",
            )
    return found
