"""Exhibit files in the bundle: PDFs placed page by page, images, and every kind of bad file.

One case holds them all and is built once (A4 paper, a 1 MB size limit, 150 dpi images).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from reinstate.core.diagnostics import Diagnostic
from reinstate.run.build import BuildOptions, BuildResult, build_project
from support.casefiles import make_case
from support.common import ROOTS, SRC, TODAY, run_process, write
from support.pdffiles import (
    encrypted_pdf,
    gradient,
    image,
    noise_png,
    report_pdf,
    scan_pdf,
    tiff_pages,
)
from support.pdfread import Link, links, outline, qpdf_check, texts

EXHIBITS = [
    # id, file, pages in the bundle
    ("report", "files/report.pdf", 3),
    ("scan", "files/scan.tif", 2),
    ("photo", "files/photo.png", 1),
    ("owner-only", "files/owner-only.pdf", 1),
    ("locked", "files/locked.pdf", 1),
    ("broken", "files/broken.pdf", 1),
    ("truncated", "files/truncated.jpg", 1),
    ("empty", "files/empty.png", 1),
    ("fake", "files/fake.pdf", 1),
    ("noise", "files/noise.png", 1),
    ("hires-scan", "files/hires-scan.pdf", 1),
    ("hires-photo", "files/hires-photo.jpg", 1),
    ("gif", "files/picture.gif", 1),
]
FILES = {ident: file for ident, file, _pages in EXHIBITS}
BAD = {
    "locked": "exhibit.encrypted",
    "broken": "exhibit.unreadable",
    "truncated": "exhibit.unreadable",
    "empty": "exhibit.empty",
    "fake": "exhibit.mismatch",
}


def exhibit_md(n: int, ident: str, file: str) -> str:
    return textwrap.dedent(
        f"""\
        ---
        kind: exhibit
        file: {file}
        title: Exhibit file {ident}
        order: {n}
        ---
        """
    )


@dataclass(frozen=True)
class Built:
    root: Path
    result: BuildResult
    reader: PdfReader
    texts: list[str]
    links: list[Link]

    def sheet(self, label: str, page: int = 1) -> int:
        return next(i for i, t in enumerate(self.texts) if f"{label} · page {page} of" in t)

    def diagnostics(self, rule: str) -> list[Diagnostic]:
        return [d for d in self.result.diagnostics if d.rule == rule]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = tmp_path_factory.mktemp("exhibits")
    files = {
        f"exhibits/{ident}.md": exhibit_md(n, ident, f) for n, (ident, f, _) in enumerate(EXHIBITS)
    }
    files["causes/cause.md"] = (
        "---\nkind: cause\ntitle: A cause\nevidence: [report]\n---\n"
        "See {exhibit}`report` and {exhibit}`locked`.\n"
    )
    make_case(root, files)
    write(root / "reinstate.yaml", "paper: a4\npdf:\n  max_mb: 1\n  image_max_dpi: 150\n")
    folder = root / "content" / "acme" / "files"
    folder.mkdir()
    jpeg = image("JPEG", (400, 300))
    contents = {
        "report.pdf": report_pdf(),
        "scan.tif": tiff_pages(2),
        "photo.png": image("PNG", (1600, 900)),
        "owner-only.pdf": encrypted_pdf(""),
        "locked.pdf": encrypted_pdf("secret"),
        "broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nthis is not a PDF",
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "empty.png": b"",
        "fake.pdf": image("PNG"),
        "noise.png": noise_png(700),
        "hires-scan.pdf": scan_pdf((2550, 3300)),
        "hires-photo.jpg": gradient("JPEG", (3000, 2000)),
        "picture.gif": image("GIF", (320, 240)),
    }
    for name, data in contents.items():
        (folder / name).write_bytes(data)
    result = build_project(root, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    path = root / "site" / "acme" / "acme-bundle.pdf"
    reader = PdfReader(path)
    return Built(root, result, reader, texts(reader), links(reader))


def test_bad_files_are_located_errors_at_the_file_value(built: Built) -> None:
    found = {
        d.location.path.rsplit("/", 1)[-1].removesuffix(".md"): d
        for d in built.result.diagnostics
        if d.rule.startswith("exhibit.")
    }
    assert {ident: d.rule for ident, d in found.items()} == BAD
    for ident, diagnostic in found.items():
        file = FILES[ident]
        assert diagnostic.location.path == f"content/acme/exhibits/{ident}.md"
        assert (diagnostic.location.line, diagnostic.location.col) == (3, 7)
        assert file in diagnostic.message
        assert str(diagnostic.severity) == "error"


@pytest.mark.parametrize("command", ["check", "build"])
def test_check_and_no_pdf_builds_find_the_same_bad_files(built: Built, command: str) -> None:
    """Without the bundle, the exhibit files are still opened as the bundle would open
    them, so `reinstate check` (a pre-commit hook) fails where a full build would; and
    nothing but diagnostics and summaries reaches standard error (pypdf's own messages
    about the files it repairs stay out)."""
    extra = ["--no-pdf", "--out", str(built.root / "site-no-pdf")] if command == "build" else []
    run = run_process(command, built.root, "--today", TODAY, *extra)
    assert run.status == 1, run.err
    expected = sorted(d.format() for d in built.result.diagnostics if d.rule.startswith("exhibit."))
    assert sorted(line for line in run.lines if "[exhibit." in line) == expected
    shown = [line for line in run.lines if not line.startswith(("content/", "reinstate.yaml"))]
    assert all(line.startswith(("acme:", "  ", "built ")) for line in shown), shown


def test_the_rest_still_builds_and_the_case_is_not_ready(built: Built) -> None:
    [case] = built.result.cases
    assert case.source_errors == 0
    assert not case.summary.ready
    assert (built.root / "site" / "acme" / "acme-bundle.pdf").is_file()
    qpdf_check(built.root / "site" / "acme" / "acme-bundle.pdf")


def test_each_bad_file_gets_a_notice_page(built: Built) -> None:
    for ident in BAD:
        label = f"Exhibit {chr(ord('A') + [i for i, _f, _n in EXHIBITS].index(ident))}"
        page = next(i for i, t in enumerate(built.texts) if f"{label} · not included" in t)
        text = built.texts[page]
        assert "could not be included" in text
        assert FILES[ident] in text
    assert "protected by a password" in " ".join(built.texts)
    assert built.diagnostics("exhibit.encrypted")[0].hint


def test_page_count_follows_every_exhibit(built: Built) -> None:
    start = built.sheet("Exhibit A")
    assert len(built.reader.pages) == start + sum(n for _i, _f, n in EXHIBITS)


def test_paper_is_a4_and_landscape_pages_stay_landscape(built: Built) -> None:
    first = built.reader.pages[0].mediabox
    assert (round(float(first.width)), round(float(first.height))) == (595, 842)
    report = built.sheet("Exhibit A")
    sizes = [built.reader.pages[report + k].mediabox for k in range(3)]
    shapes = ["landscape" if float(b.width) > float(b.height) else "portrait" for b in sizes]
    # page 2 is portrait but turned by 90°, so it shows landscape; page 3 is landscape
    assert shapes == ["portrait", "landscape", "landscape"]
    photo = built.sheet("Exhibit C")
    box = built.reader.pages[photo].mediabox
    assert float(box.width) > float(box.height), "a wide image gets a landscape page"


def test_pdf_pages_are_drawn_with_their_text_and_annotations(built: Built) -> None:
    report = built.sheet("Exhibit A")
    assert "Lab report LR-77" in built.texts[report]
    assert "REVIEWED-STAMP" in built.texts[report], "the stamp annotation is drawn in"
    assert "METHOD-TEXT" in built.texts[report + 1]
    assert "RESULTS-TEXT" in built.texts[report + 2]
    for k in range(3):
        assert (
            f"Exhibit A · page {k + 1} of 3 · bundle p. {report + k + 1}" in built.texts[report + k]
        )
    assert "OWNER-ONLY" in built.texts[built.sheet("Exhibit D")], "no user password: shown"


def test_exhibit_links_stay_live_and_point_into_the_bundle(built: Built) -> None:
    report = built.sheet("Exhibit A")
    on_page = [link for link in built.links if link.page == report]
    assert [link.uri for link in on_page if link.uri] == ["https://lab.example/verify"]
    internal = [link.target for link in on_page if not link.uri]
    assert report + 2 in internal, "'the results' goes to the bundle page of report page 3"
    assert all(link.uri.startswith("https:") for link in built.links if link.uri), "no /Launch"
    cited = [link for link in built.links if link.name == "report"]
    assert cited and {link.target for link in cited} == {report}


def test_the_exhibit_outline_nests_under_its_entry(built: Built) -> None:
    tree = outline(built.reader)
    at = next(i for i, (_d, t, _p) in enumerate(tree) if t.startswith("Exhibit A:"))
    depth, _title, page = tree[at]
    report = built.sheet("Exhibit A")
    assert page == report
    children = []
    for d, t, p in tree[at + 1 :]:
        if d <= depth:
            break
        children.append((t, p))
    assert children == [
        ("Lab report LR-77", report),
        ("Method", report + 1),
        ("Results", report + 2),
    ]


def test_images_and_tiff_pages_become_pages(built: Built) -> None:
    scan = built.sheet("Exhibit B")
    assert "Exhibit B · page 2 of 2" in built.texts[scan + 1]
    assert images_on(built.reader, scan) == [(200, 260)]
    assert images_on(built.reader, scan + 1) == [(200, 260)]
    assert images_on(built.reader, built.sheet("Exhibit C")) == [(1600, 900)]
    assert images_on(built.reader, built.sheet("Exhibit M")) == [(320, 240)]


def test_a_bundle_over_the_limit_names_the_largest_exhibits(built: Built) -> None:
    [warning] = built.diagnostics("pdf.size")
    assert "over the 1 MB limit" in warning.message
    assert "Exhibit J (files/noise.png" in warning.message
    assert warning.location.path == "content/acme/exhibits/noise.md"
    assert "pdf.image_max_dpi" in warning.hint


def images_on(reader: PdfReader, page: int) -> list[tuple[int, int]]:
    """(width, height) in pixels of every image a page draws (`Do`), forms followed."""
    from pypdf.generic import ContentStream

    found = []
    stack: list[tuple[Any, Any]] = [(reader.pages[page].get_contents(), reader.pages[page])]
    while stack:
        content, owner = stack.pop()
        xobjects = owner["/Resources"].get_object().get("/XObject") or {}
        if not isinstance(content, ContentStream):
            content = ContentStream(content, reader)
        for operands, operator in content.operations:
            if operator != b"Do":
                continue
            xobject = xobjects[operands[0]].get_object()
            if xobject.get("/Subtype") == "/Image":
                found.append((int(xobject["/Width"]), int(xobject["/Height"])))
            else:
                stack.append((xobject, xobject))
    return found


def test_images_are_shrunk_to_the_dpi_limit(built: Built) -> None:
    """`pdf.image_max_dpi: 150`: a 300 dpi scan in a PDF and a large photo are shrunk."""
    [(width, height)] = images_on(built.reader, built.sheet("Exhibit K"))
    assert 1000 < width < 1300 and abs(width / height - 2550 / 3300) < 0.01
    [(width, _height)] = images_on(built.reader, built.sheet("Exhibit L"))
    assert 1200 < width < 1800, "3000 px shown 10.8 in wide at 150 dpi"
    [(width, _height)] = images_on(built.reader, built.sheet("Exhibit J"))
    assert width == 700, "an image under the limit is left as it is"


def test_check_of_images_alone_does_not_import_pypdf(tmp_path: Path) -> None:
    """pypdf costs about 50 ms to import: `reinstate check` of a case whose exhibits are
    all images opens them with Pillow alone (pypdf itself imports Pillow, so a case of
    PDFs imports both)."""
    root = tmp_path / "project"
    shutil.copytree(ROOTS / "minimal", root)
    probe = (
        "import sys\n"
        "from reinstate.cli import main\n"
        f"status = main(['check', {str(root)!r}, '--today', {TODAY!r}])\n"
        "print(status, *sorted(m for m in ('pypdf', 'PIL') if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(SRC)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines()[-1].split() == ["0", "PIL"], done.stdout + done.stderr
