"""Make one case's PDF bundle: exhibits opened, print HTML rendered, pages assembled.

Problems become diagnostics of the case: a bad exhibit file is an error at its `file:`
value (the bundle still builds, with a notice page in its place), a refused fetch is a
warning at the reference, and a bundle over `pdf.max_mb` is a warning that names the
largest exhibits. The size report (pages, MB) is a build note.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PIL import Image
from weasyprint import CSS, HTML

from reinstate.core.config import Config
from reinstate.core.diagnostics import Reporter
from reinstate.core.model import Case
from reinstate.core.vocabulary import (
    _,
    format_number,
    labelled,
    language,
    parenthesised,
    separator,
    unique,
    violation_name,
)
from reinstate.render import parts
from reinstate.render.assemble import BundleInfo, assemble
from reinstate.render.exhibits import open_exhibits
from reinstate.render.fetcher import CASE_URL, SandboxFetcher, Source, mounts, theme_url
from reinstate.render.glyphs import report_missing_glyphs
from reinstate.render.highlight import CACHE_FOLDER, exhibit_marks, plan
from reinstate.render.pagerefs import lay_out
from reinstate.render.pdf import producer, report_fetches, shared, weasyprint_messages
from reinstate.render.printhtml import (
    PARTS,
    ExhibitView,
    Geometry,
    PrintDocument,
    print_document,
)
from reinstate.render.theme import Theme
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.render.step import CaseBuild

MB = 1024 * 1024
MAX_MESSAGES = 5


def make_bundle(build: CaseBuild) -> None:
    resolved, config, reporter = build.resolved, build.config, build.reporter
    case = resolved.case
    report_missing_glyphs(config.root, case.inputs, reporter)
    cache = build.output / CACHE_FOLDER
    data, pages, doc = bundle_bytes(resolved, config, build.theme, reporter, build.notes, cache)
    size = len(data) / MB
    note = f"{pages} pages, {size:.1f} MB"
    shown = (_("{n} page, {size} MB") if pages == 1 else _("{n} pages, {size} MB")).format(
        n=format_number(pages), size=format_number(size, 1)
    )
    build.add(f"{case.slug}-bundle.pdf", data, _("PDF bundle"), note=shown)
    build.notes.append(f"{case.slug}-bundle.pdf: {note}")
    if size > config.pdf.max_mb:
        report_size(case, doc.exhibits, size, config.pdf.max_mb, reporter)


def bundle_bytes(
    resolved: Resolved,
    config: Config,
    theme: Theme,
    reporter: Reporter,
    notes: list[str] | None = None,
    ocr_cache: Path | None = None,
) -> tuple[bytes, int, PrintDocument]:
    """The bundle's bytes and page count (and the print document it was made from).

    What WeasyPrint itself complains about (a CSS property it ignores in a theme) is added
    to `notes`, at most `MAX_MESSAGES` of them. `ocr_cache`: the folder where the words
    Tesseract finds in scans are kept by file digest (None: kept in memory only).
    """
    case = resolved.case
    files = open_exhibits(case.exhibits, reporter, config.limits)
    geometry = Geometry(case.paper)
    # highlights: found before the print HTML is made, which lists them with their pages
    labels = {e.id: resolved.targets[e.id].label for e in case.exhibits}
    marks = exhibit_marks(
        case, labels, files, config.highlight_ids, ocr_cache, reporter, config.limits.ocr_pages
    )
    doc = print_document(resolved, theme, files, geometry, config.allow_html, plan(marks))
    fetcher = SandboxFetcher(mounts(case.folder, theme.dirs), doc.served)
    with weasyprint_messages() as messages:
        pdf, bookmarks, sheet_pages = render_pdf(doc, theme, config, fetcher, case)
    if notes is not None:
        notes.extend(weasyprint_notes(messages))
    fetchers = (shared(theme, case.paper).css_fetcher, fetcher)
    report_fetches(fetchers, sources(case, config, theme), case.origin.key("kind"), reporter)
    info = bundle_info(case, doc)
    max_dpi = config.pdf.image_max_dpi
    data, pages = assemble(
        pdf, bookmarks, sheet_pages, doc.exhibits, geometry, info, max_dpi, marks
    )
    return data, pages, doc


def words_stylesheet(theme: Theme, fonts: Any, fetcher: SandboxFetcher, lang: str) -> list[Any]:
    """The margin words of print.css in `lang` (none for English: print.css has them)."""
    if lang == "en":
        return []
    with language(lang):
        css = theme.template("print/words.css").render()
    return [CSS(string=css, font_config=fonts, url_fetcher=fetcher)]


def render_pdf(
    doc: PrintDocument, theme: Theme, config: Config, fetcher: SandboxFetcher, case: Case
) -> tuple[bytes, list[Any], dict[str, int]]:
    """WeasyPrint's PDF of the print HTML, its bookmarks, and the page of every sheet."""
    state = shared(theme, case.paper)
    options: dict[str, Any] = {"dpi": config.pdf.image_max_dpi}
    styles = [*state.stylesheets, *words_stylesheet(theme, state.fonts, fetcher, case.language)]

    def render(text: str) -> Any:
        html = HTML(string=text, base_url=CASE_URL, url_fetcher=fetcher)
        return html.render(
            font_config=state.fonts, stylesheets=styles, cache=state.images, **options
        )

    document = None
    if parts.keeping() and parts.eligible(theme):
        # the watch worker: only the parts this save changed are laid out again
        document = parts.lay_out_parts(doc.html, render, f"{case.slug}/{case.paper}")
    if document is None:
        document, _layouts = lay_out(doc.html, render, PARTS)
    pdf = document.write_pdf(pdf_identifier=doc.identifier, **options)
    sheets = {sheet.id for view in doc.exhibits for sheet in view.sheets}
    sheet_pages = {
        anchor: index
        for index, page in enumerate(document.pages)
        for anchor in page.anchors
        if anchor in sheets
    }
    bookmarks = document.make_bookmark_tree(scale=0.75, transform_pages=True)
    return pdf, bookmarks, sheet_pages


def weasyprint_notes(messages: Sequence[str]) -> list[str]:
    """WeasyPrint's own warnings, minus the fetches already reported as diagnostics."""
    kept = [
        m
        for m in dict.fromkeys(messages)
        if "refused by reinstate" not in m and "no such file: " not in m
    ]
    return [f"WeasyPrint: {m}" for m in kept[:MAX_MESSAGES]]


def bundle_info(case: Case, doc: PrintDocument) -> BundleInfo:
    seller = case.seller
    return BundleInfo(
        title=doc.title,
        author=seller.legal_name,
        subject=labelled(
            violation_name(case.violation.type),
            f"{seller.store_name}{parenthesised(seller.merchant_token)}"
            f"{separator('list')}{case.marketplace}",
        ),
        keywords=", ".join(unique(case.violation.asins)),
        date=doc.date,
        creator=producer().split(" / ")[0],
        producer=producer(),
    )


def sources(case: Case, config: Config, theme: Theme) -> list[Source]:
    """Files that may name a URL the bundle fetches: the case's files, then the theme's."""
    found = [Source(case.origin.rel, config.root / case.origin.rel, CASE_URL)]
    found += [Source(i.origin.rel, config.root / i.origin.rel, CASE_URL) for i in case.items]
    for n, folder in enumerate(theme.dirs):
        for path in sorted((folder / "templates").rglob("*.html")):
            found.append(Source(config.rel(path), path, CASE_URL))
        for path in sorted((folder / "static").rglob("*.css")):
            url = theme_url(n) + path.relative_to(folder).as_posix()
            found.append(Source(config.rel(path), path, url))
    return found


def report_size(
    case: Case, exhibits: Sequence[ExhibitView], size: float, limit: int, reporter: Reporter
) -> None:
    """Warn that the bundle is over `pdf.max_mb`, at the largest exhibit's `file:` value."""
    largest = sorted(exhibits, key=lambda view: -view.file.size)[:3]
    named = ", ".join(
        f"{view.label} ({view.exhibit.file}, {view.file.size / MB:.1f} MB)"
        for view in largest
        if view.file.size
    )
    where = largest[0].exhibit.origin.value("file") if largest else case.origin.key("kind")
    reporter.warning(
        where,
        "pdf.size",
        f"the PDF bundle is {size:.1f} MB, over the {limit} MB limit"
        + (f"; the largest exhibits are {named}" if named else ""),
        "scan at a lower resolution, or set pdf.image_max_dpi (e.g. 150) in reinstate.yaml",
    )


def warm_up_render(config: Config, theme: Theme) -> None:
    """Render a small page with the real stylesheets, fonts and an image, and assemble it."""
    image = io.BytesIO()
    Image.new("RGB", (8, 8), (200, 210, 220)).save(image, format="PNG")
    url = CASE_URL + "warm-up.png"
    html = (
        '<body data-store="Store" data-token="TOKEN"><section class="plan"><h1>Plan</h1>'
        '<h2 id="s">Root causes</h2><p>Text with <code>B0EXAMPLE1</code> and '
        '<a class="xref" href="#s">Root Cause 1</a>.</p></section>'
        f'<section class="exhibit"><div class="sheet first" data-stamp="Exhibit A">'
        f'<img src="{url}" style="width: 8pt; height: 8pt"></div></section></body>'
    )
    paper = config.paper or "letter"
    state = shared(theme, paper)
    fetcher = SandboxFetcher(mounts(None, theme.dirs), {url: image.getvalue()})
    with weasyprint_messages():
        document = HTML(string=html, url_fetcher=fetcher).render(
            font_config=state.fonts, stylesheets=state.stylesheets, cache={}
        )
        pdf = document.write_pdf()
    info = BundleInfo("Warm-up", "", "", "", dt.date(2000, 1, 1), "", "")
    bookmarks = document.make_bookmark_tree(scale=0.75, transform_pages=True)
    assemble(pdf, bookmarks, {}, (), Geometry(paper), info)
