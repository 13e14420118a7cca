"""The watch worker's bundle, laid out part by part from kept parts, equals a clean build.

The worker (live/pdfworker.py) keeps each part's layout between saves (render/parts.py);
after an edit, the bundle it makes from the parts it kept and the few it laid out again
must be the bundle a clean build makes of the same sources: the same pages, text, page
numbers of references, links and their targets, outline and page labels (and, WeasyPrint
drawing the same boxes, the same bytes).
"""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import weasyprint
from pypdf import PdfReader

from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.render import drawn, parts
from reinstate.render.bundle import bundle_bytes
from reinstate.render.theme import load_theme
from reinstate.run.build import BuildOptions, analyse
from reinstate.stages.discover import discover
from support.common import TODAY, write
from support.pdfread import links, outline, texts

REPO = Path(__file__).resolve().parents[2]
KNOWN = weasyprint.__version__ in parts.KNOWN_WEASYPRINT
written_against = pytest.mark.skipif(
    not KNOWN,
    reason=f"kept parts are written against WeasyPrint {sorted(parts.KNOWN_WEASYPRINT)}; "
    f"with {weasyprint.__version__} the worker lays bundles out whole",
)
SLUG = "harbor-lane"
CAUSE = f"content/{SLUG}/causes/no-supplier-vetting.md"
PARAGRAPH = (
    "We went through every purchase order of the last twelve months again, line by line, "
    "and matched each unit to the invoice it was bought on and to the supplier's letter of "
    "authorisation from the brand, before any further purchase was placed. "
) * 3


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Path]:
    shutil.copytree(REPO / "content", tmp_path / "content")
    yield tmp_path
    parts.stop_keeping()


def bundle(root: Path, kept: bool, slug: str = SLUG, ocr: Path | None = None) -> bytes:
    """A case's bundle as the worker makes it (`kept`) or as a one-off build does."""
    config, theme, resolved = analysed(root, slug)
    parts.keep_parts(kept)
    try:
        data, _pages, _doc = bundle_bytes(resolved, config, theme, Reporter(), None, ocr)
    finally:
        parts.keep_parts(True)
    return data


def analysed(root: Path, slug: str, today: str = TODAY) -> tuple[Any, Any, Any]:
    import datetime as dt

    reporter = Reporter()
    config = load_config(root, reporter)
    theme = load_theme(config)
    case_dir = discover(config, reporter, (slug,)).cases[0]
    options = BuildOptions(pdf=True, today=dt.date.fromisoformat(today))
    resolved = analyse(config, case_dir, options).resolved
    assert resolved is not None
    return config, theme, resolved


def read(data: bytes) -> dict[str, Any]:
    reader = PdfReader(io.BytesIO(data))
    return {
        "pages": len(reader.pages),
        "texts": texts(reader),
        "links": links(reader),
        "outline": outline(reader),
        "labels": list(reader.page_labels),
    }


def edit(root: Path, text: str) -> None:
    path = root / CAUSE
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def same(ours: bytes, clean: bytes) -> None:
    """`ours` is the clean build's bytes; where it is not, what differs is read from both
    (pages, text, links, outline, labels) so that the failure says where."""
    if ours != clean:
        mine, theirs = read(ours), read(clean)
        for n, (a, b) in enumerate(zip(mine["texts"], theirs["texts"], strict=False)):
            assert a == b, f"page {n + 1}"
        assert mine == theirs
        assert ours == clean


@written_against
def test_a_bundle_from_kept_parts_is_a_clean_build(demo: Path, ocr_folder: Path) -> None:
    first = bundle(demo, kept=True, ocr=ocr_folder)
    assert parts.last.laid_out == parts.last.parts > 5
    same(first, bundle(demo, kept=False, ocr=ocr_folder))

    edit(demo, "\n\nChecked again in March, with the supplier's invoices.\n")
    copied = drawn.copied[0]
    small = bundle(demo, kept=True, ocr=ocr_folder)
    assert parts.last.laid_out == 1, "only the plan is laid out again"
    assert drawn.copied[0] - copied >= 6, "the pages of the other parts are copied, not drawn"
    same(small, bundle(demo, kept=False, ocr=ocr_folder))

    # glyphs no page used before: the pages after the plan that use them are drawn again
    edit(demo, "\n\nÜberprüft: naïve “façade” ½ → Ω, and Exhibit B again.\n")
    same(bundle(demo, kept=True, ocr=ocr_folder), bundle(demo, kept=False, ocr=ocr_folder))

    # the plan grows by more than a page: every part after it starts later, and every
    # page number of a reference to them changes
    edit(demo, "".join(f"\n\n{PARAGRAPH}\n" for _ in range(14)))
    grown = bundle(demo, kept=True, ocr=ocr_folder)
    # the page count changed: every part is laid out again (its footers say "of N")
    assert parts.last.laid_out == parts.last.parts
    clean = bundle(demo, kept=False, ocr=ocr_folder)
    same(grown, clean)
    before, after = PdfReader(io.BytesIO(small)), PdfReader(io.BytesIO(clean))
    assert len(after.pages) > len(before.pages)
    assert list(before.page_labels) != list(after.page_labels)
    assert any(link.name for link in links(after))
    assert any("(p. " in page.extract_text() for page in after.pages)

    # and back: the parts kept from the first bundle are gone, the result is still exact
    (demo / CAUSE).write_text((REPO / CAUSE).read_text(encoding="utf-8"), encoding="utf-8")
    assert bundle(demo, kept=True, ocr=ocr_folder) == first


@written_against
def test_a_project_print_stylesheet_is_laid_out_whole(demo: Path, tmp_path: Path) -> None:
    from reinstate.render.theme import Theme

    theme = tmp_path / "themes/mine"
    write(theme / "static/print.css", "h1 { color: #123456; }\n")
    default = load_theme(load_config(demo, Reporter())).dirs[-1]
    assert parts.eligible(Theme("default", (default,)))
    assert not parts.eligible(Theme("mine", (theme, default)))
    write(tmp_path / "themes/plain/templates/site/page.html", "x")
    assert parts.eligible(Theme("plain", (tmp_path / "themes/plain", default)))


HEAD = '<html><head><title>t</title></head><body class="bundle">\n'


def test_another_weasyprint_lays_out_whole(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parts rely on how WeasyPrint 70 lays out and draws a page: with any other version
    the worker lays the bundle out whole, and its bundle is still the clean build's (shown
    on the minimal project: which case does not matter)."""
    from reinstate.render.theme import Theme

    root = make_project("minimal")
    default = load_theme(load_config(root, Reporter())).dirs[-1]
    monkeypatch.setattr(weasyprint, "__version__", "999.0")
    monkeypatch.setattr(parts, "last", parts.Parts())
    assert not parts.eligible(Theme("default", (default,)))
    try:
        assert bundle(root, True, "acme") == bundle(root, False, "acme")
    finally:
        parts.stop_keeping()
    assert parts.last.parts == 0, "laid out by parts"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            '<section id="a"><p>A</section>\n<nav id="b">B</nav>\n',
            ['<section id="a"><p>A</section>\n', '<nav id="b">B</nav>\n'],
        ),
        # an end tag closes what is open inside its element, as an HTML parser does
        (
            '<section id="a"><div>A</section><nav id="b">B</nav>',
            ['<section id="a"><div>A</section>', '<nav id="b">B</nav>'],
        ),
        # an element left open swallows what follows: nothing to cut
        ('<section id="a"><div>A<section id="b">B</section>', None),
        (
            '<section id="a">A</div></section><section id="b">B</section>',
            ['<section id="a">A</div></section>', '<section id="b">B</section>'],
        ),
        ('<section id="a">A</section>text<section id="b">B</section>', None),
        ('<section id="a">A</section><div>B</div>', None),
        (
            '<section id="a">A<br><img src="x"></section><section id="b">B</section>',
            ['<section id="a">A<br><img src="x"></section>', '<section id="b">B</section>'],
        ),
    ],
)
def test_split_cuts_the_body_at_its_top_level_elements(
    body: str, expected: list[str] | None
) -> None:
    found = parts.split(HEAD + body + "</body>\n</html>\n")
    if expected is None:
        assert found is None or len(found[1]) == 1
        return
    assert found is not None
    head, pieces, tail = found
    assert head == HEAD and tail == "</body>\n</html>\n"
    assert pieces == expected


CORPUS = REPO / "tests/corpus/realistic"
CASES = sorted(p.name for p in (CORPUS / "content").iterdir() if (p / "case.md").is_file())


@written_against
@pytest.mark.slow
@pytest.mark.parametrize("slug", CASES)
def test_every_realistic_case_from_kept_parts(slug: str, tmp_path: Path, ocr_folder: Path) -> None:
    """Each case of the realistic corpus (letters, languages, disputes, scans, free pages,
    redlines): laid out part by part, then after a small and a large edit of its first
    item, the bundle is the clean build's, byte for byte."""
    root = tmp_path / "corpus"
    shutil.copytree(CORPUS, root, ignore=shutil.ignore_patterns("site"))
    try:
        assert bundle(root, True, slug, ocr_folder) == bundle(root, False, slug, ocr_folder)
        _config, _theme, resolved = analysed(root, slug)
        case = resolved.case
        item = (case.causes or case.actions or case.items)[0]
        path = root / item.origin.rel
        text = path.read_text(encoding="utf-8")
        for added in ("\n\nChecked again in March.\n", f"\n\n{PARAGRAPH}\n" * 8):
            text += added
            path.write_text(text, encoding="utf-8")
            kept = bundle(root, True, slug, ocr_folder)
            assert kept == bundle(root, False, slug, ocr_folder), added[:20]
    finally:
        parts.stop_keeping()


@pytest.fixture(scope="module")
def ocr_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The words OCR finds in the corpus's scans, kept for the module (as a build keeps
    them in its output folder)."""
    return tmp_path_factory.mktemp("ocr")
