"""Highlights marked on the bundle's exhibit pages.

Exhibits are made here with WeasyPrint (text at known places, over two pages) and Pillow
(an image for OCR). What the bundle marks is read back from the page content the marks
add (`/RxHlG gs ... re f`, callouts `/RxCallout <</N n>> BDC`); where the words are is read back
independently, with poppler's `pdftotext -bbox`.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import re
import shutil
import subprocess
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate.core.diagnostics import Diagnostic
from reinstate.run.build import BuildOptions, BuildResult, build_project
from support.casefiles import CASE_MD as BASE_CASE_MD
from support.casefiles import make_case
from support.clients import require
from support.common import TODAY, write

CASE_MD = BASE_CASE_MD.replace(
    "  notice_date: 2025-02-10\n",
    "  notice_date: 2025-02-10\n  asins: [B07K2XQ9LM]\n  orders: [112-1234567-7654321]\n",
)
"""The smallest case, with the notice's ASIN and order id (marked wherever they appear)."""

INVOICE_HTML = """
<style>@page { size: letter; margin: 20mm } body { font: 12pt sans-serif }
h2 { break-before: page }</style>
<h1>INVOICE No. 2025-0112</h1>
<p>Invoice date 2025-01-12</p>
<p>Sold by Apex Wholesale<br>Inc. of Chicago</p>
<h2>Lines</h2>
<p>Line 3: B07K2XQ9LM lamp, 240 units</p>
<p>Order 112-1234567-7654321 shipped.</p>
<p>Copy: invoice date 2025-01-12</p>
"""

INVOICE_MD = """\
---
kind: exhibit
title: Invoice
order: 1
file: files/invoice.pdf
type: invoice
highlights:
  - Invoice   DATE 2025-01-12
  - Apex Wholesale Inc.
  - {text: "240 units", page: 2}
  - {page: 2, box: [0.1, 0.6, 0.5, 0.1], note: The stamp}
  - Not printed anywhere
  - {text: Lines, page: 3}
---
"""

QUIET_MD = """\
---
kind: exhibit
title: Same invoice, ids not marked
order: 2
file: files/quiet.pdf
highlight_ids: false
---
"""

PHOTO_MD = """\
---
kind: exhibit
title: Photo of a label
order: 3
file: files/label.png
highlights: [WAREHOUSE]
---
"""


@dataclass(frozen=True)
class Built:
    root: Path
    result: BuildResult
    path: Path
    reader: PdfReader

    def page_of(self, stamp: str) -> int:
        return next(i for i, p in enumerate(self.reader.pages) if stamp in (p.extract_text() or ""))

    def marks(self, index: int) -> list[tuple[float, float, float, float]]:
        """The mark rectangles drawn on a page: x0, y0, x1, y1 (PDF points, y up)."""
        data = self.reader.pages[index].get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        found = []
        for block in re.findall(r"/RxHlG gs [\d. ]+ rg\n(.*?)\nQ", data, re.S):
            for x, y, w, h in re.findall(r"([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re f", block):
                found.append((float(x), float(y), float(x) + float(w), float(y) + float(h)))
        return found

    def callouts(self, index: int) -> list[int]:
        data = self.reader.pages[index].get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        return [int(n) for n in re.findall(r"/RxCallout <</N (\d+)>> BDC", data)]

    def diagnostics(self, rule: str) -> list[Diagnostic]:
        return [d for d in self.result.diagnostics if d.rule == rule]


BAND_BOTTOM = 60.0
"""Points from the top of a bundle sheet: the page margin and the exhibit band above it."""


def words(path: Path, index: int) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Words of a bundle page with their boxes, as poppler reads them (y up, points); the
    band across the top of an exhibit page (its label and title, print.css) is left out:
    it is not the exhibit's text, and marks go on the exhibit only."""
    tool = require(shutil.which("pdftotext"), "pdftotext (poppler-utils)")
    out = subprocess.run(
        [tool, "-bbox", "-f", str(index + 1), "-l", str(index + 1), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', out).group(1))  # type: ignore[union-attr]
    found = []
    for x0, y0, x1, y1, word in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        out,
    ):
        if float(y0) < BAND_BOTTOM:
            continue
        box = (float(x0), height - float(y1), float(x1), height - float(y0))
        found.append((html.unescape(word), box))
    return found


def at(text: str, needle: str) -> tuple[int, int]:
    """1-based line and column of `needle` in a front matter text."""
    for n, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return n, line.index(needle) + 1
    raise AssertionError(needle)


def covered(box: tuple[float, ...], marks: list[tuple[float, float, float, float]]) -> bool:
    """The word's box lies inside one mark (a point of slack for rounding)."""
    return any(
        m[0] - 1 <= box[0] and box[2] <= m[2] + 1 and m[1] - 1 <= box[1] and box[3] <= m[3] + 1
        for m in marks
    )


def label_png() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (1200, 500), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 64)
    draw.text((80, 80), "SHIP TO WAREHOUSE", fill="black", font=font)
    draw.text((80, 260), "LOT 4471 B07K2XQ9LM", fill="black", font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def make(root: Path, *, ocr: bool) -> Path:
    from weasyprint import HTML

    files = {
        "case.md": CASE_MD,
        "causes/cause.md": "---\nkind: cause\ntitle: A cause\nevidence: [invoice]\n---\nBody.\n",
        "exhibits/invoice.md": INVOICE_MD,
        "exhibits/quiet.md": QUIET_MD,
    }
    if ocr:
        files["exhibits/label.md"] = PHOTO_MD
    make_case(root, files)
    folder = root / "content" / "acme" / "files"
    folder.mkdir(exist_ok=True)
    pdf = HTML(string=INVOICE_HTML).write_pdf()
    (folder / "invoice.pdf").write_bytes(pdf)
    (folder / "quiet.pdf").write_bytes(pdf)
    if ocr:
        (folder / "label.png").write_bytes(label_png())
    return root


def build(root: Path, out: str = "site") -> BuildResult:
    options = BuildOptions(today=dt.date.fromisoformat(TODAY), out=root / out)
    return build_project(root, options)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = make(tmp_path_factory.mktemp("highlight"), ocr=False)
    result = build(root)
    path = root / "site" / "acme" / "acme-bundle.pdf"
    return Built(root, result, path, PdfReader(path))


def test_each_text_entry_is_marked_over_its_words_on_the_right_page(built: Built) -> None:
    first, second = built.page_of("Exhibit A · page 1"), built.page_of("Exhibit A · page 2")
    on_first = words(built.path, first)
    marks = built.marks(first)
    # case and spacing as written differ from the page ("Invoice   DATE")
    for word in ("Invoice", "date", "2025-01-12"):
        boxes = [b for w, b in on_first if w == word]
        assert boxes and all(covered(b, marks) for b in boxes), word
    # across a line break: one rectangle per line
    for word in ("Apex", "Wholesale", "Inc."):
        box = next(b for w, b in on_first if w == word)
        assert covered(box, marks), word
    # words not named are not marked
    chicago = next(b for w, b in on_first if w == "Chicago")
    assert not covered(chicago, marks)
    assert sorted(set(built.callouts(first))) == [1, 2]
    # page 2: entry 3 searched there only, entry 4 is a box, entry 1 repeats there too
    on_second = words(built.path, second)
    marks2 = built.marks(second)
    for word in ("240", "units", "invoice", "date"):
        box = next(b for w, b in on_second if w == word)
        assert covered(box, marks2), word
    assert sorted(set(built.callouts(second))) == [1, 3, 4]


def test_a_box_is_drawn_where_its_fractions_put_it(built: Built) -> None:
    second = built.page_of("Exhibit A · page 2")
    page = built.reader.pages[second]
    height = float(page.mediabox.height)
    # the exhibit page is letter size and fits the letter sheet's exhibit area at a
    # scale below 1: the box must keep its proportions inside the placed page
    from reinstate.render.place import placement
    from reinstate.render.printhtml import Geometry

    exhibit = PdfReader(built.root / "content/acme/files/invoice.pdf").pages[1]
    fx, fy, fw, fh = placement(exhibit, Geometry("letter").box()).frame
    want = (fx + 0.1 * fw, fy + fh - 0.7 * fh, fx + 0.6 * fw, fy + fh - 0.6 * fh)
    assert any(
        all(abs(a - b) < 2 for a, b in zip(m, want, strict=True)) for m in built.marks(second)
    ), (want, built.marks(second), height)


def test_identifiers_are_marked_unless_turned_off(built: Built) -> None:
    second = built.page_of("Exhibit A · page 2")
    on_second = words(built.path, second)
    marks = built.marks(second)
    for word in ("B07K2XQ9LM", "112-1234567-7654321"):
        box = next(b for w, b in on_second if w == word)
        assert covered(box, marks), word
    quiet = built.page_of("Exhibit B · page 2")
    assert built.marks(quiet) == []


def test_the_index_lists_the_numbers_with_their_pages(built: Built) -> None:
    index = next(
        i for i, p in enumerate(built.reader.pages) if "Please look at" in (p.extract_text() or "")
    )
    text = " ".join((built.reader.pages[index].extract_text() or "").split())
    first = built.page_of("Exhibit A · page 1") + 1
    second = built.page_of("Exhibit A · page 2") + 1
    assert f"(1) Invoice DATE 2025-01-12 (pp. {first}, {second})" in text
    assert f"(2) Apex Wholesale Inc. (p. {first})" in text
    assert f"(3) 240 units (p. {second})" in text
    assert f"(4) The stamp (p. {second})" in text
    assert "(5) Not printed anywhere;" in text  # listed, with no page: not found


def test_text_not_found_and_a_missing_page_are_reported_at_their_entry(built: Built) -> None:
    [missing] = built.diagnostics("highlight.not-found")
    assert missing.location.path == "content/acme/exhibits/invoice.md"
    assert (missing.location.line, missing.location.col) == at(INVOICE_MD, "Not printed")
    assert "'Not printed anywhere'" in missing.message
    assert "Exhibit A (files/invoice.pdf)" in missing.message
    assert "pages 1, 2 searched" in missing.message
    assert str(missing.severity) == "warning"
    [page] = built.diagnostics("highlight.page")
    assert (page.location.line, page.location.col) == at(INVOICE_MD, "3}")
    assert "has 2 pages, so it has no page 3" in page.message
    assert str(page.severity) == "error"


def test_a_box_outside_the_page_is_an_error_at_the_box(tmp_path: Path) -> None:
    root = make(tmp_path, ocr=False)
    write(
        root / "content/acme/exhibits/quiet.md",
        QUIET_MD.replace(
            "highlight_ids: false\n", "highlights:\n  - {page: 1, box: [0.8, 0.1, 0.5, 0.1]}\n"
        ),
    )
    result = build(root)
    [outside] = [d for d in result.diagnostics if d.rule == "highlight.box-outside"]
    assert outside.location.path == "content/acme/exhibits/quiet.md"
    assert (outside.location.line, outside.location.col) == (7, 20)
    assert str(outside.severity) == "error"


def test_the_copied_exhibit_is_unchanged_and_builds_repeat_byte_for_byte(
    built: Built,
) -> None:
    source = built.root / "content/acme/files/invoice.pdf"
    copies = list((built.root / "site").rglob("invoice.pdf"))
    assert copies and all(c.read_bytes() == source.read_bytes() for c in copies)
    again = build(built.root, "again")
    assert (built.root / "again/acme/acme-bundle.pdf").read_bytes() == built.path.read_bytes()
    assert again.diagnostics == built.result.diagnostics


def test_ocr_finds_a_word_in_an_image_and_runs_once_per_file(tmp_path: Path) -> None:
    require(shutil.which("tesseract"), "tesseract (tesseract-ocr)")
    root = make(tmp_path, ocr=True)
    result = build(root)
    assert not [d for d in result.diagnostics if d.location.path.endswith("label.md")]
    path = root / "site/acme/acme-bundle.pdf"
    reader = PdfReader(path)
    bundle = Built(root, result, path, reader)
    index = bundle.page_of("Exhibit C · page 1")
    marks = bundle.marks(index)
    assert bundle.callouts(index) == [1]
    # the image is shown 1200 px wide in its frame: the word sits in its upper half, left
    from reinstate.render.highlight import image_frame

    fx, fy, fw, fh = image_frame(reader.pages[index])  # type: ignore[misc]
    warehouse = [m for m in marks if m[1] > fy + fh / 2]
    assert len(warehouse) >= 1
    x0, _y0, x1, _y1 = warehouse[0]
    assert fx + 0.3 * fw < x0 < fx + 0.6 * fw < x1 < fx + 0.95 * fw
    # the ASIN, an identifier, in the lower half
    assert [m for m in marks if m[3] < fy + fh / 2]
    cache = list((root / "site/.reinstate-cache/ocr").glob("*.tsv"))
    assert len(cache) == 1
    # a rebuild reads the cache instead of running Tesseract again
    from reinstate.render import highlight

    runs: list[bytes] = []
    real = highlight.run_tesseract

    def counted(tool: str, image: bytes, timeout: float = 120, cpu: int = 4) -> str | None:
        runs.append(image)
        return real(tool, image, timeout, cpu)

    highlight.run_tesseract = counted  # type: ignore[assignment]
    try:
        build_project(
            root, BuildOptions(today=dt.date.fromisoformat(TODAY), out=root / "site", force=True)
        )
    finally:
        highlight.run_tesseract = real  # type: ignore[assignment]
    assert runs == []


def test_without_tesseract_a_scan_highlight_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make(tmp_path, ocr=True)
    monkeypatch.setattr("shutil.which", lambda name, *a, **k: None)
    result = build(root)
    [found] = [d for d in result.diagnostics if d.rule == "highlight.no-text"]
    assert found.location.path == "content/acme/exhibits/label.md"
    assert (found.location.line, found.location.col) == at(PHOTO_MD, "WAREHOUSE")
    assert "install Tesseract" in found.hint and "box:" in found.hint
    assert str(found.severity) == "warning"


def test_ocr_stops_at_its_page_cap_and_time_budget_and_the_next_build_reads_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build reads at most OCR_PAGES pages and spends at most OCR_BUDGET seconds of CPU in
    OCR (by the reader's clock, here one that says each page took 15 s); the pages it read
    are cached, so a page that ran out of time is read by the next build."""
    from reinstate.render import highlight

    now = [0.0]
    images: list[int] = []

    def clock() -> float:
        return now[0]

    def tesseract(tool: str, image: bytes, timeout: float = 120, cpu: int = 4) -> str:
        assert cpu <= highlight.OCR_PAGE_CPU
        now[0] += 15
        return "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"

    monkeypatch.setattr(highlight, "run_tesseract", tesseract)

    def page(n: int) -> bytes:
        images.append(n)
        return b"png"

    def read(reader: highlight.Reader) -> list[bool]:
        return [reader._ocr(lambda n=n: page(n), "digest", n) is not None for n in range(3)]

    first = highlight.Reader(tmp_path, tesseract="tesseract", budget=20, clock=clock)
    assert read(first) == [True, True, False]
    assert (images, first.unread, first.spent) == ([0, 1], 1, 30)
    again = highlight.Reader(tmp_path, tesseract="tesseract", budget=20, clock=clock)
    assert read(again) == [True, True, True]
    assert images == [0, 1, 2] and again.unread == 0
    # the page cap is a count, cached pages included: the same pages every time
    capped = highlight.Reader(tmp_path, tesseract="tesseract", most_pages=2, clock=clock)
    assert read(capped) == [True, True, False]
    assert capped.unread == 1 and images == [0, 1, 2]


def test_a_page_past_its_cpu_limit_is_left_unread_and_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CPU limit of a page is a count of CPU seconds, so trying again would fail again:
    the cache remembers the page (for this limit), and later builds skip it at no cost."""
    from reinstate.render import highlight

    runs: list[int] = []

    def tesseract(tool: str, image: bytes, timeout: float = 120, cpu: int = 4) -> str:
        runs.append(cpu)
        raise highlight.OcrTooLongError(cpu)

    monkeypatch.setattr(highlight, "run_tesseract", tesseract)
    for _ in range(2):
        reader = highlight.Reader(tmp_path, tesseract="tesseract", clock=lambda: 0.0)
        assert reader._ocr(lambda: b"png", "digest", 0) is None
        assert (reader.unread, reader.too_long) == (1, 1)
    assert runs == [highlight.OCR_PAGE_CPU]
    # cut short by the wall clock (a loaded machine), or by what was left of the build's
    # budget, it is tried again next time
    (tmp_path / "digest-1.too-long").unlink()
    monkeypatch.setattr(
        highlight,
        "run_tesseract",
        lambda *a, **k: (_ for _ in ()).throw(highlight.OcrTooLongError(4, by_cpu=False)),
    )
    reader = highlight.Reader(tmp_path, tesseract="tesseract", clock=lambda: 0.0)
    assert reader._ocr(lambda: b"png", "digest", 0) is None
    assert (reader.unread, reader.too_long) == (1, 0)
    assert not (tmp_path / "digest-1.too-long").exists()
    monkeypatch.setattr(highlight, "run_tesseract", tesseract)
    reader = highlight.Reader(tmp_path, tesseract="tesseract", budget=1.0, clock=lambda: 0.0)
    assert reader._ocr(lambda: b"png", "digest", 0) is None
    assert (reader.unread, reader.too_long, runs[-1]) == (1, 0, 1)
    assert not (tmp_path / "digest-1.too-long").exists()


def test_a_highlight_on_a_page_past_the_ocr_cap_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require(shutil.which("tesseract"), "tesseract (tesseract-ocr)")
    root = make(tmp_path, ocr=True)
    (root / "reinstate.yaml").write_text("max_ocr_pages: 0\n")
    result = build(root)
    [found] = [d for d in result.diagnostics if d.rule == "highlight.ocr-budget"]
    assert found.location.path == "content/acme/exhibits/label.md"
    assert (found.location.line, found.location.col) == at(PHOTO_MD, "WAREHOUSE")
    assert "OCR stopped before it read page 1 (it reads at most 0 scanned" in found.message
    assert "box:" in found.hint and "max_ocr_pages" in found.hint
    assert str(found.severity) == "warning"


def test_highlights_in_the_json_schema() -> None:
    from reinstate.core.frontmatter import SCHEMAS

    schema = SCHEMAS["exhibit"].json()["properties"]["highlights"]
    text = textwrap.shorten(str(schema), 2000)
    assert "box" in text and "note" in text and "page" in text


def test_find_matches_whole_words_across_lines_and_forgives_ocr_lookalikes() -> None:
    from reinstate.render.highlight import ocr_text

    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t1000\t500\t-1\t",
        "5\t1\t1\t1\t1\t1\t10\t10\t100\t20\t90\tPlease",
        "5\t1\t1\t1\t1\t2\t120\t10\t100\t20\t90\tupdate",
        "5\t1\t1\t1\t2\t1\t10\t50\t100\t20\t90\tdate:",
        "5\t1\t1\t1\t2\t2\t120\t50\t200\t20\t90\tBODHTSK2WQ",
        "5\t1\t1\t1\t3\t1\t10\t90\t100\t20\t90\tApex",
        "5\t1\t1\t1\t4\t1\t10\t130\t100\t20\t90\tWholesale",
    ]
    from reinstate.render.highlight import find

    text = ocr_text(header + "\n".join(rows))
    # "date" is a whole word on line 2 only, not inside "update"
    assert find(text, "DATE") == [(0.01, 0.1, 0.11, 0.14)]
    # O for 0, S for 5: the identifier is still found
    assert find(text, "B0DHT5K2WQ") == [(0.12, 0.1, 0.32, 0.14)]
    # across a line break: one rectangle per line
    assert find(text, "apex wholesale") == [(0.01, 0.18, 0.11, 0.22), (0.01, 0.26, 0.11, 0.3)]
    assert find(text, "Wholesale Apex") == []


def test_ocr_reads_a_large_scan_reduced_and_tesseract_on_one_thread(tmp_path: Path) -> None:
    """A picture for OCR is at most OCR_SIDE pixels on its longer side (a TIFF frame too),
    Tesseract runs with OMP_THREAD_LIMIT=1 (its threads spin on a busy machine) and is
    stopped at its CPU limit (a page of small dense text took 37 s and more)."""
    import io
    import os
    from types import SimpleNamespace

    from PIL import Image

    from reinstate.render import highlight
    from reinstate.render.exhibits import ExhibitFile, Sheet

    big = tmp_path / "big.png"
    Image.new("L", (5000, 3000), 255).save(big)
    exhibit = SimpleNamespace(path=big)
    file = ExhibitFile("image", (Sheet(5000, 3000),))
    png = highlight._image_png(exhibit, file, 0)  # type: ignore[arg-type]
    assert png is not None
    assert Image.open(io.BytesIO(png)).size == (highlight.OCR_SIDE, 1320)
    frame = io.BytesIO()
    Image.new("L", (3000, 5000), 255).save(frame, format="PNG")
    framed = ExhibitFile("image", (Sheet(3000, 5000, frame.getvalue()),))
    png = highlight._image_png(exhibit, framed, 0)  # type: ignore[arg-type]
    assert png is not None
    assert Image.open(io.BytesIO(png)).size == (1320, highlight.OCR_SIDE)

    if os.name != "posix":
        return
    # Tesseract stands in: one that tells its thread limit, one that never stops (held to
    # one second of CPU, it is stopped by the limit, not by the wall clock)
    tool = tmp_path / "tesseract"
    tool.write_text('#!/bin/sh\ncat >/dev/null\necho "level $OMP_THREAD_LIMIT"\n')
    tool.chmod(0o755)
    assert highlight.run_tesseract(str(tool), b"png") == "level 1\n"
    tool.write_text("#!/bin/sh\nwhile :; do :; done\n")
    with pytest.raises(highlight.OcrTooLongError):
        highlight.run_tesseract(str(tool), b"png", timeout=60, cpu=1)


def test_a_text_layer_is_read_once_per_file_digest_and_the_cache_stays_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint import HTML

    from reinstate.render import exhibits, highlight

    def opened(name: str, html_text: str) -> exhibits.ExhibitFile:
        path = tmp_path / name
        HTML(string=html_text).write_pdf(path)
        found = exhibits._open(path, name)
        assert isinstance(found, exhibits.ExhibitFile)
        return found

    invoice, other = opened("invoice.pdf", INVOICE_HTML), opened("other.pdf", "<p>Other</p>")
    highlight.clear_text_cache()
    monkeypatch.setattr(highlight, "_keeping", [])
    highlight.cached_pdf_texts(invoice)
    assert not highlight._text_cache  # a process that makes one bundle keeps nothing
    highlight.keep_text_layers()
    fresh = highlight.pdf_texts(invoice)
    calls: list[str] = []
    real = highlight.pdf_texts

    def counted(file: exhibits.ExhibitFile) -> list[highlight.PageText]:
        calls.append(file.digest)
        return real(file)

    monkeypatch.setattr(highlight, "pdf_texts", counted)
    first = highlight.cached_pdf_texts(invoice)
    assert first == tuple(fresh) and calls == [invoice.digest]
    assert highlight.cached_pdf_texts(invoice) is first and len(calls) == 1
    # other bytes are read; past the limit the oldest file is dropped and read again
    monkeypatch.setattr(highlight, "TEXT_CACHE_UNITS", sum(len(p.units) for p in first))
    highlight.cached_pdf_texts(other)
    assert list(highlight._text_cache) == [other.digest]
    highlight.cached_pdf_texts(invoice)
    assert calls == [invoice.digest, other.digest, invoice.digest]
    highlight.clear_text_cache()


def test_a_glyph_box_maps_to_the_shown_page_as_its_four_corners_do() -> None:
    import itertools
    import random

    from reinstate.render.highlight import _map_rect

    def corners(m: tuple[float, ...], r: tuple[float, float, float, float]) -> tuple[float, ...]:
        a, b, c, d, e, f = m
        points = [(x, y) for x in (r[0], r[2]) for y in (r[1], r[3])]
        xs = [a * x + c * y + e for x, y in points]
        ys = [b * x + d * y + f for x, y in points]
        return (min(xs), min(ys), max(xs), max(ys))

    chosen = random.Random(7)
    # upright, flipped and scaled pages (the quick path), and the four rotations
    matrices = [
        (sx, 0.0, 0.0, sy, chosen.uniform(-300, 300), chosen.uniform(-300, 300))
        for sx, sy in itertools.product((1.0, -1.0, 0.5, 2.0), repeat=2)
    ] + [(0.0, 1.0, -1.0, 0.0, 612.0, 0.0), (0.0, -1.0, 1.0, 0.0, 0.0, 792.0)]
    for m in matrices:
        for _ in range(50):
            x0, y0 = chosen.uniform(-50, 600), chosen.uniform(-50, 800)
            r = (x0, y0, x0 + chosen.uniform(0, 20), y0 + chosen.uniform(0, 20))
            assert _map_rect(m, r) == pytest.approx(corners(m, r), abs=1e-9)


def test_a_text_layer_read_lazily_finds_what_every_glyph_box_read_at_once_finds(
    tmp_path: Path,
) -> None:
    """The glyph boxes a search reads on demand (kept by unit) are those read for every
    glyph at once, on an upright and a turned page, searched in turn on the same layer."""
    import pypdfium2 as pdfium
    from pypdf import PdfWriter
    from weasyprint import HTML

    from reinstate.render import exhibits, highlight

    made = io.BytesIO()
    HTML(string=INVOICE_HTML).write_pdf(made)
    writer = PdfWriter(clone_from=PdfReader(made))
    writer.pages[1].rotate(90)
    path = tmp_path / "invoice.pdf"
    writer.write(path)
    file = exhibits._open(path, "invoice.pdf")
    assert isinstance(file, exhibits.ExhibitFile)

    def eager(page: highlight.PageText, index: int) -> highlight.PageText:
        glyphs = page.glyphs
        assert glyphs is not None
        document = pdfium.PdfDocument(path.read_bytes())
        textpage = document[index].get_textpage()
        shown = highlight._to_shown(file.reader.pages[index])
        units = tuple(
            highlight.Unit(
                ch,
                None if n < 0 else highlight._map_rect(shown, textpage.get_charbox(n, loose=True)),
                line,
            )
            for ch, n, line in zip(glyphs.chars, glyphs.index, glyphs.lines, strict=True)
        )
        textpage.close()
        document.close()
        return highlight.PageText(units, page.width, page.height, page.y_down)

    needles = ["invoice", "2025-01-12", "date 2025-01-12", "Apex Wholesale Inc.", "B07K2XQ9LM"]
    needles += ["112-1234567-7654321", "Lines", "a", "e", "2"]
    for index, page in enumerate(highlight.pdf_texts(file)):
        reference = eager(page, index)
        for needle in [*needles, *reversed(needles)]:
            assert highlight.find(page, needle) == highlight.find(reference, needle), needle
        assert any(highlight.find(page, n) for n in needles)
