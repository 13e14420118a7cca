"""Page numbers of references come from one layout, written into its boxes: exact.

A generated case where every item cites every other item (benchmarks/pdf_refs.py): each
printed "(p. N)" is the page its link goes to and the page the cited item's heading is on,
and the contents' numbers are the pages of the parts. The placeholder estimate and the
second layout (a number wider than its placeholder) are checked on a stand-in layout.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from reinstate.render import pagerefs
from reinstate.run.build import BuildOptions, build_project
from support.common import TODAY
from support.pdfread import links, texts

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from pdf_refs import SLUG, web_project

REF = re.compile(
    r"(Root Cause \d+|Corrective Action \d+|Preventive Measure \d+|Exhibit [A-Z])"
    r" \(p\. (\d+)\)"
)
TITLES = {  # what the heading of each kind of item says after its label
    "Root Cause": "Root problem",
    "Corrective Action": "Fixed problem",
    "Preventive Measure": "A weekly check",
    "Exhibit": "Invoice",
}


@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[str], PdfReader]:
    import datetime as dt

    root = web_project(tmp_path_factory.mktemp("web"), 24)
    build_project(root, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    reader = PdfReader(root / f"site/{SLUG}/{SLUG}-bundle.pdf")
    return texts(reader), reader


def test_every_printed_page_is_where_the_link_goes(web: tuple[list[str], PdfReader]) -> None:
    pages, reader = web
    targets: dict[int, Counter[int]] = {}
    for link in links(reader):
        if link.target is not None:
            targets.setdefault(link.page, Counter())[link.target + 1] += 1
    checked = 0
    for n, text in enumerate(pages):
        printed = Counter(int(page) for _label, page in REF.findall(text))
        assert printed <= targets.get(n, Counter()), n  # every number is a link's target
        checked += sum(printed.values())
    assert checked > 500


def test_every_printed_page_holds_the_cited_heading(web: tuple[list[str], PdfReader]) -> None:
    pages, _reader = web
    first_sheet = next(i for i, text in enumerate(pages) if "Exhibit A · page 1 of" in text)
    seen, numbers = set(), set()
    for text in pages[2:first_sheet]:
        for label, page in REF.findall(text):
            kind = label.rsplit(" ", 1)[0]
            target = pages[int(page) - 1]
            if kind == "Exhibit":
                assert f"{label} · page 1 of" in target, (label, page)
            else:
                assert f"{label} {TITLES[kind]}" in target, (label, page)
            seen.add(label)
            numbers.add(len(page))
    assert len(seen) == 7 * 3 + 2  # every item of the 24-item case is cited
    assert numbers == {1, 2}, "numbers of one digit and of two"


def test_contents_numbers_are_the_pages_of_the_parts(web: tuple[list[str], PdfReader]) -> None:
    pages, _reader = web
    index = next(i for i, t in enumerate(pages) if "exhibits, in the order they follow" in t)
    assert re.search(r"Exhibit index[ .]*" + str(index + 1) + r"\b", pages[1])
    for label, title in (("Root Cause 5", "Root problem 5"), ("Preventive Measure 7", "A weekly")):
        page = next(i for i, t in enumerate(pages) if f"{label} {title}" in t and i > 1)
        assert re.search(re.escape(label) + r" [^.]* (?:\. ?)+ ?" + str(page + 1) + r"\b", pages[1])


def test_links_get_their_value_or_nothing() -> None:
    html = (
        '<p><a class="xref" href="#a%20b">A</a> <a href="https://x.example">web</a>'
        '<a class="toc" href="#~sheet-x&amp;1">B</a><a href="#gone">C</a></p>'
    )
    assert pagerefs.cited(html) == {"a b", "~sheet-x&1", "gone"}
    done = pagerefs.numbered(html, {"a b": 3, "~sheet-x&1": "00"})
    assert '<a data-page="3" class="xref" href="#a%20b">' in done
    assert '<a data-page="00" class="toc" href="#~sheet-x&amp;1">' in done
    assert '<a data-page="" href="#gone">' in done
    assert '<a href="https://x.example">' in done


def test_placeholders_count_parts_sheets_and_text() -> None:
    words = "word " * 400  # 1600 characters without spaces
    html = (
        '<section id="~cover"><a href="#late">x</a></section><section id="~plan">'
        f'<h2 id="early">{words}</h2><p>{words * 12}</p><p id="mid">{words}</p></section>'
        + '<div class="sheet first"></div>' * 100
        + '<div class="sheet" id="late"></div>'
    )
    found = pagerefs.placeholders(html, {"early", "mid", "late"}, {"~cover", "~plan"})
    assert found == {"early": "0", "mid": "00", "late": "000"}


@dataclass
class _Page:
    anchors: dict[str, object]


@dataclass
class _Document:
    pages: list[_Page]


class _Layout:
    """Stand-in for WeasyPrint: target `b` lands on page `first`, so its placeholder of
    one digit ('0', the estimate for an early anchor) is too narrow."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.calls: list[str] = []

    def __call__(self, html: str) -> Any:
        self.calls.append(html)
        pages = [_Page({}) for _ in range(12)]
        pages[0].anchors["a"] = (0, 0)
        pages[self.first - 1].anchors["b"] = (0, 0)
        return _Document(pages)


def test_a_number_wider_than_its_placeholder_is_laid_out_again_as_text() -> None:
    html = '<a href="#a">A</a><a href="#b">B</a><p id="a">a</p><p id="b">b</p>'
    layout = _Layout(first=11)
    document, done = pagerefs.lay_out(html, layout)
    assert done.layouts == 2 and "more digits" in done.reasons[0]
    assert 'data-page="0"' in layout.calls[0]
    assert '<a data-page="11" href="#b">' in layout.calls[1]
    assert pagerefs.anchor_pages(document.pages, {"a", "b"}) == {"a": 1, "b": 11}


def test_boxes_unlike_weasyprint_s_own_mean_a_second_layout_not_a_crash() -> None:
    """A WeasyPrint whose laid-out boxes differ from the ones this patching knows (here a
    page box that is not a box at all) gets the numbers laid out as text instead."""

    class Strange(_Layout):
        def __call__(self, html: str) -> Any:
            document = super().__call__(html)
            for page in document.pages:
                page._page_box = 42  # type: ignore[attr-defined]
            return document

    html = '<a href="#a">A</a><a href="#b">B</a><p id="a">a</p><p id="b">b</p>'
    layout = Strange(first=2)
    document, done = pagerefs.lay_out(html, layout)
    assert done.layouts == 2 and "no placeholder was found" in done.reasons[0]
    assert pagerefs.anchor_pages(document.pages, {"a", "b"}) == {"a": 1, "b": 2}
    assert '<a data-page="2" href="#b">' in layout.calls[1]


def test_a_document_without_references_is_laid_out_once() -> None:
    layout = _Layout(first=2)
    _document, done = pagerefs.lay_out("<p>no links</p>", layout)
    assert done.layouts == 1 and layout.calls == ["<p>no links</p>"]


SMALL = """
@page { size: 300pt 300pt; margin: 20pt; }
body { font: 10pt/1.2 "DejaVu Serif"; }
a.xref::after { content: "\\00a0(p.\\00a0" attr(data-page) ")"; }
.toc a { display: block; }
.toc a::after { content: leader(". ") attr(data-page); }
.filler { font-size: 1pt; line-height: 1; }
"""


def _small_document() -> tuple[Any, pagerefs.Layouts]:
    """A page whose references point past 18,000 characters of text in a tiny font: the
    estimate gives them two digits, the layout puts the target on page 1."""
    from weasyprint import CSS, HTML

    filler = "<p class='filler'>" + "word " * 4500 + "</p>"
    html = (
        '<section id="~cover"><nav class="toc"><a href="#t">Target</a></nav>'
        f'<p>See <a class="xref" href="#t">Target</a>, then the rest.</p>{filler}'
        '<h2 id="t">Target</h2></section>'
    )
    css = CSS(string=SMALL)
    assert pagerefs.placeholders(html, {"t"}, {"~cover"}) == {"t": "00"}
    return pagerefs.lay_out(
        html, lambda text: HTML(string=text).render(stylesheets=[css]), {"~cover"}
    )


def _boxes(box: Any) -> Iterator[Any]:
    from weasyprint.formatting_structure.boxes import ParentBox

    yield box
    if isinstance(box, ParentBox):
        for child in box.children:
            yield from _boxes(child)


def _text_boxes(box: Any) -> Iterator[Any]:
    from weasyprint.formatting_structure.boxes import TextBox

    return (b for b in _boxes(box) if isinstance(b, TextBox))


def test_a_narrower_number_gives_its_room_back_to_the_line() -> None:
    document, done = _small_document()
    assert (done.layouts, done.patched, done.moved) == (1, 2, 2)
    assert len(document.pages) == 1
    boxes = list(_text_boxes(document.pages[0]._page_box))
    reference = next(b for b in boxes if b.text == "\xa0(p.\xa01)")
    rest = next(b for b in boxes if b.text.startswith(", then"))
    assert rest.position_x == pytest.approx(reference.position_x + reference.width)
    # the contents' number stays flush with the right margin, the leader reaching it
    number = next(b for b in boxes if b.text == "1" and b.element_tag == "a::after")
    nav = next(b for b in _boxes(document.pages[0]._page_box) if b.element_tag == "nav")
    assert number.position_x + number.width == pytest.approx(nav.position_x + nav.width)
    dots = [b for b in boxes if b.text.strip() == "." or b.text == ". "]
    assert max(d.position_x + d.width for d in dots) <= number.position_x + 1e-6
    assert number.position_x - max(d.position_x + d.width for d in dots) < dots[0].width
    link = next(link for link in document.pages[0].links if link[1] == "t")
    assert link[0] == "internal"
