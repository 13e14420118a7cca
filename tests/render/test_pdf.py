"""The demo case's PDF bundle, read as a reviewer's viewer reads it (one build, shared)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate.run.build import BuildOptions, BuildResult, build_project
from render import ocrseed
from render.ocrseed import build_sharing_ocr
from support.common import TODAY, run_process
from support.pdfread import Link, links, outline, qpdf_check, texts

REPO = Path(__file__).resolve().parents[2]
SLUG = "harbor-lane"
EXHIBITS = [  # label, title start, pages
    ("Exhibit A", "Invoice 2025-0112", 1),
    ("Exhibit B", "Lumen Bay's list", 1),
    ("Exhibit C", "FBA removal order", 1),
    ("Exhibit D", "Retail receipts", 1),
    ("Exhibit E", "Supplier vetting checklist", 1),
]


@dataclass(frozen=True)
class Demo:
    root: Path
    result: BuildResult
    path: Path
    reader: PdfReader
    texts: list[str]
    links: list[Link]

    def page_of(self, needle: str, start: int = 0) -> int:
        """0-based index of the first page from `start` whose text contains `needle`."""
        return next(i for i, text in enumerate(self.texts) if needle in text and i >= start)

    def body_page(self, needle: str) -> int:
        """Like `page_of`, after the contents page (which names every section and item)."""
        return self.page_of(needle, start=2)


def build_demo(root: Path) -> BuildResult:
    shutil.copytree(REPO / "content", root / "content")
    return build_sharing_ocr(root, BuildOptions(today=dt.date.fromisoformat(TODAY)))


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("demo")
    result = build_demo(root)
    path = root / "site" / SLUG / f"{SLUG}-bundle.pdf"
    reader = PdfReader(path)
    return Demo(root, result, path, reader, texts(reader), links(reader))


def first_exhibit_page(demo: Demo) -> int:
    return demo.page_of("Exhibit A · page 1 of")


def test_the_bundle_is_built_valid_and_listed(demo: Demo) -> None:
    assert demo.result.errors == 0
    qpdf_check(demo.path)
    case = demo.result.cases[0]
    pages = len(demo.reader.pages)
    size = demo.path.stat().st_size / 1024 / 1024
    assert f"{SLUG}-bundle.pdf: {pages} pages, {size:.1f} MB" in case.notes
    dashboard = (demo.root / "site" / SLUG / "index.html").read_text(encoding="utf-8")
    assert f'href="{SLUG}-bundle.pdf"' in dashboard


def test_sections_come_in_order(demo: Demo) -> None:
    order = [
        demo.page_of("Reinstatement of Harbor Lane"),
        demo.page_of("Contents"),
        demo.page_of("Dear Executive Seller Relations team"),
        demo.body_page("Root causes"),
        demo.body_page("Corrective actions"),
        demo.body_page("Preventive measures"),
        demo.body_page("Exhibit index"),
        first_exhibit_page(demo),
    ]
    assert order == sorted(order)
    assert order[0] == 0
    assert demo.texts[0].count("A2HLG7EXAMPLE") >= 1
    for fact in ("Harbor Lane Goods LLC", "amazon.com", "March 4, 2025", "17123456789"):
        assert fact in demo.texts[0]
    assert "March 17, 2025" in demo.texts[0], "the revision date is the newest source date"


def test_page_count_is_the_generated_pages_plus_every_exhibit_page(demo: Demo) -> None:
    start = first_exhibit_page(demo)
    assert len(demo.reader.pages) == start + sum(n for _l, _t, n in EXHIBITS)


def test_every_exhibit_page_carries_its_stamp(demo: Demo) -> None:
    page = first_exhibit_page(demo)
    for label, _title, count in EXHIBITS:
        for k in range(1, count + 1):
            stamp = f"{label} · page {k} of {count} · bundle p. {page + 1}"
            assert stamp in demo.texts[page], (stamp, demo.texts[page][-200:])
            page += 1
    assert "APEX WHOLESALE INC." in demo.texts[first_exhibit_page(demo)], "content drawn"


def test_generated_pages_have_running_headers_and_footers(demo: Demo) -> None:
    total = len(demo.reader.pages)
    assert "Page 1 of" not in demo.texts[0], "the cover has no footer"
    for n in range(1, first_exhibit_page(demo)):
        text = demo.texts[n]
        assert f"Page {n + 1} of {total}" in text
        assert "Harbor Lane · Merchant token A2HLG7EXAMPLE" in text


def test_every_internal_link_reaches_a_page(demo: Demo) -> None:
    internal = [link for link in demo.links if not link.uri]
    assert len(internal) > 50
    assert all(link.target is not None for link in internal), [
        link for link in internal if link.target is None
    ]


def test_references_carry_the_page_they_link_to(demo: Demo) -> None:
    """'Exhibit B (p. 9)': the printed page is the page the link goes to and the stamp says."""
    found = 0
    for n, text in enumerate(demo.texts[: first_exhibit_page(demo)]):
        for label, page in re.findall(r"(Exhibit [A-E]) \(p\. (\d+)\)", text):
            assert f"{label} · page 1 of" in demo.texts[int(page) - 1], (n, label, page)
            found += 1
        for label, page in re.findall(r"(Root Cause \d|Corrective Action \d) \(p\. (\d+)\)", text):
            assert label in demo.texts[int(page) - 1]
            found += 1
    assert found > 20
    exhibit_links = {link.name: link.target for link in demo.links if link.name}
    for label, _title, _n in EXHIBITS:
        page = demo.page_of(f"{label} · page 1 of")
        assert page in exhibit_links.values()
    assert exhibit_links["apex-invoice"] == demo.page_of("Exhibit A · page 1 of")
    assert exhibit_links["no-supplier-vetting"] == demo.body_page("Root Cause 1 We bought")


def test_contents_lists_every_part_with_its_page(demo: Demo) -> None:
    contents = demo.texts[1]
    for entry, needle in (
        ("Escalation letter", "Dear Executive Seller Relations team"),
        ("Exhibit index", "Exhibit index 5 exhibits"),
    ):
        page = demo.page_of(needle) + 1
        assert re.search(re.escape(entry) + r"[ .]*" + str(page) + r"\b", contents), entry
    toc_links = [link for link in demo.links if link.page == 1]
    assert {link.target for link in toc_links} >= {demo.page_of("Exhibit E · page 1 of")}


def test_one_outline_over_everything(demo: Demo) -> None:
    tree = outline(demo.reader)
    top = [title for depth, title, _ in tree if depth == 0]
    assert top == [
        "Cover",
        "Contents",
        "Escalation letter",
        "Plan of action: Harbor Lane",
        "Exhibit index",
    ]
    second = [title for depth, title, _ in tree if depth == 1]
    assert second[:3] == ["Root causes", "Corrective actions", "Preventive measures"]
    exhibits = [t for t in second if t.startswith("Exhibit ")]
    assert [t.split(":")[0] for t in exhibits] == [label for label, _t, _n in EXHIBITS]
    pages = {title: page for _d, title, page in tree}
    cause = "Root Cause 1: We bought stock from retail stores that are not authorised by the brand"
    assert pages[cause] == demo.body_page("Root Cause 1 We bought")
    sop = next(i for i, (_d, t, _p) in enumerate(tree) if t.startswith("Exhibit E:"))
    nested = [(d, t, p) for d, t, p in tree[sop + 1 :]]
    assert nested and all(d == 2 for d, _t, _p in nested), "the SOP's own bookmarks nest under it"
    assert "2. Invoice ledger" in [t for _d, t, _p in nested]
    assert {p for _d, _t, p in nested} == {demo.page_of("Exhibit E · page 1 of")}


def test_page_labels_show_bundle_numbers(demo: Demo) -> None:
    labels = demo.reader.page_labels
    assert labels[0] == "Cover"
    assert labels[1:] == [str(n) for n in range(2, len(labels) + 1)]


def test_document_information(demo: Demo) -> None:
    info = demo.reader.metadata
    assert info is not None
    assert info["/Author"] == "Harbor Lane Goods LLC"
    assert info["/Keywords"] == "B07K2XQ9LM, B08FJ3T7RW"
    assert info["/Title"] == "Plan of action: Harbor Lane: appeal bundle"
    assert "Harbor Lane" in info["/Subject"] and "A2HLG7EXAMPLE" in info["/Subject"]
    assert re.fullmatch(r"reinstate \S+ / WeasyPrint \S+", info["/Producer"])
    assert info["/CreationDate"] == info["/ModDate"] == "D:20250317000000Z"


def test_fonts_are_embedded_and_text_is_searchable(demo: Demo) -> None:
    fonts = {}
    for page in demo.reader.pages[: first_exhibit_page(demo)]:
        for _name, ref in (page["/Resources"].get("/Font") or {}).items():
            font = ref.get_object()
            descendant = font.get("/DescendantFonts")
            desc = (descendant[0].get_object() if descendant else font).get("/FontDescriptor")
            fonts[font.get("/BaseFont")] = any(
                key in desc.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    assert fonts and all(fonts.values()), fonts
    assert "Closed both listings and removed all 42 remaining units" in " ".join(demo.texts)


def test_the_same_sources_give_the_same_bytes_anywhere(
    demo: Demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another folder, another process, another hash seed: byte for byte the same PDF."""
    other = tmp_path / "elsewhere"
    shutil.copytree(REPO / "content", other / "content")
    monkeypatch.setenv("PYTHONHASHSEED", "12345")
    ocrseed.seed(other / "site")  # Tesseract's words for the scans, as the first build found
    done = run_process("build", other, "--today", TODAY, "--case", SLUG)
    assert done.status == 0, done.err
    rebuilt = other / "site" / SLUG / f"{SLUG}-bundle.pdf"
    assert rebuilt.read_bytes() == demo.path.read_bytes()


def test_no_pdf_skips_the_bundle(tmp_path: Path) -> None:
    shutil.copytree(REPO / "content", tmp_path / "content")
    result = build_project(tmp_path, BuildOptions(pdf=False, today=dt.date.fromisoformat(TODAY)))
    assert result.errors == 0
    assert not (tmp_path / "site" / SLUG / f"{SLUG}-bundle.pdf").exists()
    assert not any("bundle.pdf" in note for note in result.cases[0].notes)
