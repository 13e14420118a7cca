"""The linear page styles (render/pagestyles.py) give WeasyPrint's own result, byte for byte."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.render import pagestyles
from reinstate.render.pdf import shared
from reinstate.render.theme import load_theme
from support.common import ROOTS

SHEETS = "".join(
    f'<section class="exhibit exhibit-pdf" id="e{n}">'
    f'<div class="sheet first{" landscape" if n % 3 == 0 else ""}" id="s{n}" '
    f'data-bookmark="Exhibit {n}: title" data-stamp="Exhibit {n} · page 1 of 1">'
    f'<div class="exhibit-band band-start"><span class="band-label">Exhibit {n}</span>'
    f'<span class="band-title">Title {n}</span><span class="band-page">page 1 of 1</span>'
    "</div></div></section>"
    for n in range(6)
)
HTML_TEXT = (
    '<body class="bundle" data-store="Acme" data-token="A1B2" data-revision="Revision">'
    '<section class="plan" data-part="Plan"><h1>Plan</h1>'
    + "<p>Text that fills the page. </p>" * 120
    + "</section>"
    + SHEETS
    + "</body>"
)


def render(theme: object, paper: str) -> bytes:
    from weasyprint import HTML

    state = shared(theme, paper)  # type: ignore[arg-type]
    document = HTML(string=HTML_TEXT).render(font_config=state.fonts, stylesheets=state.stylesheets)
    return bytes(document.write_pdf(pdf_identifier=b"x" * 32))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_same_pdf_with_and_without_the_linear_page_styles(tmp_path: Path, paper: str) -> None:
    config = load_config(ROOTS / "minimal", Reporter())
    theme = load_theme(config)
    assert pagestyles.install(), "the WeasyPrint in use is the one the fix was written for"
    fast = render(theme, paper)
    pagestyles.uninstall()
    try:
        slow = render(theme, paper)
    finally:
        assert pagestyles.install()
    assert fast == slow
    pages = PdfReader(io.BytesIO(fast)).pages
    assert len(pages) >= 8
    # the margin boxes are there: the page numbers, and each sheet's stamp
    assert "Page 1 of" in pages[1].extract_text() or "Page 2 of" in pages[1].extract_text()
    assert "Exhibit 5 · page 1 of 1" in pages[-1].extract_text()


def test_another_weasyprint_keeps_its_own_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from weasyprint.layout import page as page_layout

    pagestyles.uninstall()
    try:
        monkeypatch.setattr(pagestyles, "KNOWN", frozenset({"0000000000000000"}))
        assert not pagestyles.install()
        assert page_layout.set_page_type_computed_styles is not (
            pagestyles.set_page_type_computed_styles
        )
    finally:
        monkeypatch.undo()
        assert pagestyles.install()
