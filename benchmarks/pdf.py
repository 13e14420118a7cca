"""The PDF bundle against warm bare WeasyPrint plus a pypdf merge, on the same print HTML.

For the demo case, a generated case of about 30 pages with 5 PDF exhibits and one of 40
one-page PDF exhibits (the sheets exhibits cover: 40 of its 49 pages), prints
(CPU seconds of this process, which a loaded machine disturbs less than the wall clock):
- the bundle's time in a warm process (print HTML, sandboxed render, page numbers of
  references, exhibits placed into their sheets, highlights, outline, labels; the step as
  `reinstate build` runs it, with the OCR cache in the output folder that the first build
  writes, but nothing kept in memory from the previous round), median of ROUNDS;
- the peer: warm bare WeasyPrint (fonts and stylesheets parsed once, as a long-running
  program would keep them) on the same print HTML, in the case's paper, page references
  with `target-counter()` as WeasyPrint documents them, plus a plain pypdf merge of the
  exhibit PDFs (`PdfWriter.append`), measured alternately in the same process;
- the floor: the same with the page numbers already written into the HTML (one layout);
- the ratios (goal: bundle / peer <= 0.9), the medians of the per-round ratios;
- peak memory (VmHWM of a fresh process doing one render, Linux) of the bundle and of the
  peer, and their ratio;
- for the demo, save -> PDF of a one-item edit (the bundle as the watcher's worker makes it,
  keeping what it read of the unchanged exhibits) against the whole bundle (goal <= 0.5).

Run from the repository root:  python benchmarks/pdf.py [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from reinstate.core.config import load_config  # noqa: E402
from reinstate.core.diagnostics import Reporter  # noqa: E402
from reinstate.render.theme import load_theme  # noqa: E402
from reinstate.run.build import BuildOptions, analyse  # noqa: E402
from reinstate.stages.discover import discover  # noqa: E402

TODAY = dt.date(2025, 3, 18)
WORDS = (
    "We traced every unit to the invoice it was bought on and checked the supplier's "
    "authorisation with the brand before any further purchase was placed. "
)


def generated_case(root: Path) -> Path:
    """About 30 pages: a long plan of action and 5 two-page PDF exhibits."""
    from weasyprint import HTML

    case = root / "content" / "big"
    for folder in ("causes", "actions", "measures", "exhibits", "files"):
        (case / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content/harbor-lane/case.md", case / "case.md")
    body = "\n\n".join(WORDS * 5 for _ in range(4))
    for n in range(4):
        (case / f"causes/c{n}.md").write_text(
            f"---\nkind: cause\ntitle: Root cause number {n} in detail\n"
            f"evidence: [x{n}]\n---\n{body}\n\nSee {{exhibit}}`x{n}`.\n"
        )
        (case / f"actions/a{n}.md").write_text(
            f"---\nkind: action\ntitle: Action {n}\naddresses: [c{n}]\ndate: 2025-03-06\n"
            f"---\n{body}\n\nAnswers {{ref}}`c{n}`.\n"
        )
        (case / f"measures/m{n}.md").write_text(
            f"---\nkind: measure\ntitle: Measure {n}\naddresses: [c{n}]\nstarts: 2025-03-08\n"
            f"owner: Dana Whitfield\ncadence: weekly\n---\n{body}\n"
        )
    for n in range(5):
        html = f"<h1>Document {n}</h1><p>{WORDS * 40}</p><h2 style='break-before: page'>"
        html += f"Part two</h2><p>{WORDS * 30}</p>"
        HTML(string=html).write_pdf(case / f"files/x{n}.pdf")
        (case / f"exhibits/x{n}.md").write_text(
            f"---\nkind: exhibit\ntitle: Supporting document {n}\nfile: files/x{n}.pdf\n"
            f"type: invoice\nissued: 2025-01-1{n}\n---\nShows point {n}.\n"
        )
    return root


def many_exhibits_case(root: Path, count: int = 40) -> Path:
    """One cause citing `count` one-page PDF exhibits (invoices): most pages are sheets."""
    from weasyprint import HTML

    case = root / "content" / "many"
    for folder in ("causes", "exhibits", "files"):
        (case / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content/harbor-lane/case.md", case / "case.md")
    cited = ", ".join(f"x{n}" for n in range(count))
    (case / "causes/c0.md").write_text(
        f"---\nkind: cause\ntitle: Invoices not kept\nevidence: [{cited}]\n---\n{WORDS}\n"
    )
    pdf = HTML(string=f"<h1>Invoice</h1><p>{WORDS * 20}</p>").write_pdf()
    for n in range(count):
        (case / f"files/x{n}.pdf").write_bytes(pdf)
        (case / f"exhibits/x{n}.md").write_text(
            f"---\nkind: exhibit\ntitle: Invoice number {n}\nfile: files/x{n}.pdf\n"
            f"type: invoice\nissued: 2025-01-10\n---\nShows invoice {n}.\n"
        )
    return root


def prepared(root: Path, slug: str) -> tuple[Any, Any, Any]:
    reporter = Reporter()
    config = load_config(root, reporter)
    theme = load_theme(config)
    case_dir = discover(config, reporter, (slug,)).cases[0]
    resolved = analyse(config, case_dir, BuildOptions(pdf=True, today=TODAY)).resolved
    assert resolved is not None
    return config, theme, resolved


def ours(config: Any, theme: Any, resolved: Any) -> int:
    """The whole bundle, as `reinstate build` makes it: what a long-lived process keeps
    of the exhibits (opened files, text layers) is dropped first; the words OCR found in
    the image exhibits come from the output folder's cache, which the first build writes
    (Tesseract runs in a child process, whose CPU time this process does not count)."""
    from reinstate.render import exhibits, highlight, parts
    from reinstate.render.bundle import bundle_bytes

    exhibits.clear_cache()
    highlight.clear_text_cache()
    keeping = parts.keeping()
    parts.keep_parts(False)  # a one-off build lays the bundle out whole
    _data, pages, _doc = bundle_bytes(resolved, config, theme, Reporter(), None, ocr_cache(config))
    parts.keep_parts(keeping)
    return pages


def ocr_cache(config: Any) -> Path:
    from reinstate.render.highlight import CACHE_FOLDER

    return Path(config.root) / "bench-output" / CACHE_FOLDER


def after_save(config: Any, theme: Any, resolved: Any) -> int:
    """The bundle as the watcher's PDF worker makes it after a save: same process, with
    what it keeps of the unchanged exhibits, and the words OCR found in the image exhibits
    in the output folder's cache."""
    from reinstate.render.bundle import bundle_bytes
    from reinstate.render.highlight import keep_text_layers
    from reinstate.render.parts import keep_parts

    keep_text_layers()  # as the watch worker does
    keep_parts()
    _data, pages, _doc = bundle_bytes(resolved, config, theme, Reporter(), None, ocr_cache(config))
    return pages


PAGE_REFS = """
a.xref::after { content: "\\00a0(p.\\00a0" target-counter(attr(href), page) ")"; }
a.page-num::after { content: target-counter(attr(href), page); }
.toc a::after { content: leader(". ") target-counter(attr(href), page); }
"""
"""The page references as WeasyPrint documents them (what print.css had before reinstate
wrote the numbers itself)."""

_warm: dict[tuple[Any, ...], tuple[Any, list[Any]]] = {}


def warm_styles(theme: Any, paper: str) -> tuple[Any, list[Any]]:
    """Fonts and parsed stylesheets for bare WeasyPrint, made once per theme and paper."""
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

    from reinstate.render.printhtml import Geometry

    key = (theme.dirs, paper)
    if key not in _warm:
        fonts = FontConfiguration()
        sheets = [
            CSS(filename=str(d / "static/print.css"), font_config=fonts)
            for d in reversed(theme.dirs)
            if (d / "static/print.css").is_file()
        ]
        sheets.append(CSS(string=Geometry(paper).css(), font_config=fonts))
        _warm[key] = (fonts, sheets)
        _warm[(*key, "refs")] = (fonts, [*sheets, CSS(string=PAGE_REFS, font_config=fonts)])
    return _warm[key]


def warm_styles_with_refs(theme: Any, paper: str) -> tuple[Any, list[Any]]:
    """`warm_styles` and `PAGE_REFS` after them."""
    warm_styles(theme, paper)
    return _warm[(theme.dirs, paper, "refs")]


def print_html(config: Any, theme: Any, resolved: Any) -> tuple[str, str]:
    """The bundle's print HTML with file URLs, and its base URL."""
    from reinstate.render.exhibits import open_exhibit
    from reinstate.render.fetcher import CASE_URL
    from reinstate.render.printhtml import Geometry, print_document

    case = resolved.case
    files = {e.id: open_exhibit(e, Reporter()) for e in case.exhibits}
    doc = print_document(resolved, theme, files, Geometry(case.paper), config.allow_html)
    base = case.folder.as_uri() + "/"
    return doc.html.replace(CASE_URL, base), base


def merged(pdf: bytes, resolved: Any) -> int:
    """WeasyPrint's PDF, then every PDF exhibit appended with pypdf (`PdfWriter.append`)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    for exhibit in resolved.case.exhibits:
        if exhibit.path is not None and exhibit.path.suffix == ".pdf":
            writer.append(PdfReader(exhibit.path))
    out = io.BytesIO()
    writer.write(out)
    return len(writer.pages)


def bare(config: Any, theme: Any, resolved: Any) -> int:
    """Warm bare WeasyPrint as documented (target-counter() for page references) on the
    same print HTML, in the case's paper, then a pypdf merge of the exhibits."""
    from weasyprint import HTML

    text, base = print_html(config, theme, resolved)
    fonts, sheets = warm_styles_with_refs(theme, resolved.case.paper)
    pdf = HTML(string=text, base_url=base).write_pdf(stylesheets=sheets, font_config=fonts)
    return merged(pdf, resolved)


def floor(config: Any, theme: Any, resolved: Any) -> int:
    """The same, with the page numbers written into the HTML as text (read from a layout
    made once beforehand): one layout, what no way of numbering references can beat."""
    from weasyprint import HTML

    from reinstate.render import pagerefs

    text, base = print_html(config, theme, resolved)
    pages = _pages.get(id(resolved))
    if pages is None:
        pages = _pages[id(resolved)] = _anchor_pages(text, base, theme, resolved.case.paper)
    fonts, sheets = warm_styles(theme, resolved.case.paper)  # print.css shows data-page
    pdf = HTML(string=pagerefs.numbered(text, pages), base_url=base).write_pdf(
        stylesheets=sheets, font_config=fonts
    )
    return merged(pdf, resolved)


_pages: dict[int, dict[str, int]] = {}


def _anchor_pages(text: str, base: str, theme: Any, paper: str) -> dict[str, int]:
    from weasyprint import HTML

    from reinstate.render import pagerefs

    fonts, sheets = warm_styles_with_refs(theme, paper)
    document = HTML(string=text, base_url=base).render(stylesheets=sheets, font_config=fonts)
    return pagerefs.anchor_pages(document.pages, pagerefs.cited(text))


def timed(fn: Any, *args: Any) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def peak_mb(which: str, root: Path, slug: str) -> float:
    """Peak resident memory (VmHWM) of a fresh process that renders once.

    Not getrusage's ru_maxrss: Linux carries it over from the parent across fork and exec,
    so a child would report at least this (large) benchmark process's size.
    """
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'benchmarks')!r});"
        f"import pdf as b; from pathlib import Path;"
        f"args = b.prepared(Path({str(root)!r}), {slug!r}); b.{which}(*args);"
        "print(next(line.split()[1] for line in open('/proc/self/status')"
        " if line.startswith('VmHWM:')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return float(done.stdout.strip().splitlines()[-1]) / 1024


def run(name: str, root: Path, slug: str, rounds: int) -> None:
    args = prepared(root, slug)
    pages = ours(*args)
    bare(*args)
    floor(*args)
    times: dict[str, list[float]] = {"bundle": [], "peer": [], "floor": []}
    ratios: dict[str, list[float]] = {"peer": [], "floor": []}
    for _ in range(rounds):
        a, b, c = timed(ours, *args), timed(bare, *args), timed(floor, *args)
        for key, value in zip(times, (a, b, c), strict=True):
            times[key].append(value)
        ratios["peer"].append(a / b)
        ratios["floor"].append(a / c)
    peaks = [(peak_mb("ours", root, slug), peak_mb("bare", root, slug)) for _ in range(3)]
    ours_mb = statistics.median(p[0] for p in peaks)
    bare_mb = statistics.median(p[1] for p in peaks)
    print(f"{name}: {pages} pages, {rounds} rounds, CPU seconds")
    labels = {
        "bundle": "bundle (reinstate)",
        "peer": "peer: warm bare WeasyPrint",
        "floor": "floor: numbers as text",
    }
    for key, label in labels.items():
        found = times[key]
        print(
            f"  {label:28} median {statistics.median(found):6.3f} s "
            f"(min {min(found):.3f}, max {max(found):.3f})"
        )
    print(f"  bundle / peer   median {statistics.median(ratios['peer']):6.3f} (goal <= 0.9)")
    print(f"  bundle / floor  median {statistics.median(ratios['floor']):6.3f}")
    print(
        f"  peak memory     bundle {ours_mb:.1f} MB, peer {bare_mb:.1f} MB, "
        f"ratio {ours_mb / bare_mb:.3f} (goal <= 1.2)",
        flush=True,
    )


EDITED = "content/harbor-lane/causes/no-supplier-vetting.md"


def saves(name: str, root: Path, slug: str, rounds: int) -> None:
    """Save -> PDF of a one-item edit against the whole bundle, alternately in one run.

    Each round edits one cause (a sentence added, then taken out again), analyses the case
    again (not timed: the HTML pass has done it) and times the bundle as the worker makes
    it (with the parts it kept from the previous save), then the whole bundle of the same
    sources as a first build makes it. Both use the theme loaded once (its templates
    compiled once), as the worker does and as `run` does for every figure.
    """
    path = root / EDITED
    original = path.read_text(encoding="utf-8")
    config, theme, resolved = prepared(root, slug)
    ours(config, theme, resolved)
    after_save(config, theme, resolved)
    saved, full, ratios = [], [], []
    for n in range(rounds):
        extra = f"\n\nChecked again on round {n}, with the supplier's invoices.\n"
        path.write_text(original + (extra if n % 2 == 0 else ""), encoding="utf-8")
        # the worker keeps its theme (templates compiled once), as `run` does for both
        config, _theme, resolved = prepared(root, slug)
        args = (config, theme, resolved)
        a, b = timed(after_save, *args), timed(ours, *args)
        saved.append(a)
        full.append(b)
        ratios.append(a / b)
    path.write_text(original, encoding="utf-8")
    print(f"{name}: save -> PDF of a one-item edit, {rounds} rounds, CPU seconds")
    for label, found in (("save -> PDF (worker)", saved), ("whole bundle", full)):
        print(
            f"  {label:28} median {statistics.median(found):6.3f} s "
            f"(min {min(found):.3f}, max {max(found):.3f})"
        )
    print(f"  save / whole    median {statistics.median(ratios):6.3f} (goal <= 0.5)", flush=True)


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        shutil.copytree(REPO / "content", demo / "content")
        run("demo case (harbor-lane)", demo, "harbor-lane", rounds)
        saves("demo case (harbor-lane)", demo, "harbor-lane", rounds)
        big = generated_case(Path(tmp) / "big")
        run("generated case", big, "big", rounds)
        many = many_exhibits_case(Path(tmp) / "many")
        run("40 one-page PDF exhibits", many, "many", rounds)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
