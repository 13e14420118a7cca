"""The resource budget: how large a case may be, in each dimension that costs time or memory.

Every limit has a default that an ordinary case never reaches, can be raised in
reinstate.yaml, and is refused with a located error that names it. Under these limits a
build takes bounded time and memory (SECURITY.md lists them; `benchmarks/pathological.py`
measures the scaling).
"""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024

DEFAULT_MAX_BYTES = 4 * MIB
"""A Markdown file's size when reinstate.yaml sets no `max_file_bytes`."""
NESTING_CAP = 32
"""The deepest nesting of directives (`:::{note}` inside `:::{note}` ...) and of lists and
block quotes that is ever parsed, whatever `max_nesting` says: deeper content is shown as
literal text. Each directive level parses its content again, so this bounds both the
recursion and the work (at most this many passes over any line)."""


@dataclass(frozen=True, slots=True)
class Limits:
    file_bytes: int = DEFAULT_MAX_BYTES
    """A Markdown file, checked before it is read."""
    case_bytes: int = 96 * 1024
    """The Markdown files of one case together, checked before each is read: bounds the
    parsing, whose speed on dense markup (list items, table rows, brackets) is some tens of
    KB a second, and the pages of text (a paragraph is one block, however long). The
    largest realistic case has 22 KB."""
    case_blocks: int = 1_500
    """Blocks of one case together (paragraphs, headings, list items, table cells, quotes,
    code blocks, directives; and each file), counted once it is parsed: bounds the pages
    and the PDF, whose layout costs some milliseconds a block (a heading about 5 ms of CPU
    on the shared 2-core test machine). The largest realistic case has 363. With the
    other limits reached at once (exhibit pages, OCR, text bytes) a case must still build
    in 30 s: 4,000 let one take over 45 s of CPU, 2,000 (with 160 KiB and 150 pages) 36 s."""
    exhibit_bytes: int = 64 * MIB
    """An exhibit file, checked before it is read."""
    table_cells: int = 2_000
    """Cells of one Markdown table (each is a box the PDF lays out)."""
    nesting: int = 12
    """Directives inside directives; lists and block quotes inside each other."""
    exhibit_pages: int = 100
    """Pages of one exhibit PDF."""
    case_exhibit_pages: int = 100
    """Pages of a case's exhibits together (PDF pages, image frames): each is a page of the
    bundle, laid out, copied, stamped and searched for the notice's ids, some 40 to 60 ms of
    CPU on the shared test machine (two PDFs of 500 pages, the old limits, took 36 s for
    the one that fitted; the largest realistic case has 15 pages)."""
    image_frames: int = 100
    """Frames (pages) of one exhibit image (a TIFF)."""
    image_pixels: int = 80_000_000
    """Pixels of one exhibit image or frame (a 600 dpi A3 scan is ~70 million)."""
    ocr_pages: int = 6
    """Scanned pages (images, PDF pages without text) one build of a case reads by OCR to
    place highlights: a realistic page takes Tesseract 0.3 to 1.2 s of CPU on one core, a
    page of small dense text minutes (each is held to 4 s of CPU, and a build's OCR to 8 s:
    render/highlight.py). The realistic case with the most scanned pages has 6."""

    @property
    def largest_input(self) -> int:
        """The most bytes any file of a case may have (a bigger one is refused unread)."""
        return max(self.file_bytes, self.exhibit_bytes)


DEFAULT = Limits()

SETTINGS = {
    "file_bytes": "max_file_bytes",
    "case_bytes": "max_case_bytes",
    "case_blocks": "max_case_blocks",
    "exhibit_bytes": "max_exhibit_bytes",
    "table_cells": "max_table_cells",
    "nesting": "max_nesting",
    "exhibit_pages": "max_exhibit_pages",
    "case_exhibit_pages": "max_case_exhibit_pages",
    "image_frames": "max_image_frames",
    "image_pixels": "max_image_pixels",
    "ocr_pages": "max_ocr_pages",
}
"""Each limit's key in reinstate.yaml."""


EXHIBIT_BLOCKS = 25
"""What an exhibit's file counts against `max_case_blocks` (other files count one): its
entry in the exhibit index, its band, stamp and bookmark cost the PDF's layout about as
much as 25 blocks of text (some 0.1 s of CPU on the shared test machine), so the block
limit bounds the number of exhibits too (at most about 55 in an otherwise empty case)."""


def raise_hint(limit: str) -> str:
    """How to raise `limit` (a `Limits` field name)."""
    return f"or raise `{SETTINGS[limit]}` in reinstate.yaml"


RULES = frozenset(
    {"file.too-large", "case.too-large"}
    | {"markdown.blocks", "markdown.table-size", "markdown.nesting"}
)
"""The rules that report a case's text over a limit. Such a case is checked and built no
further (its outputs would not be written anyway): the work past a limit is what the limit
is there to bound."""
