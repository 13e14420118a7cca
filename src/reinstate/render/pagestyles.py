"""WeasyPrint's page styles in time linear in the pages (a fix of its internals).

For every page it lays out, WeasyPrint (`layout.page.set_page_type_computed_styles`, up to
at least version 70) looks for the page's margin boxes among the cascaded styles of the
whole document: one pass over every element of the document per page. A bundle of many
exhibit sheets is many pages and many elements, so that pass grows with their product:
about 18 ms a page at 800 sheets, the largest part of laying such a bundle out.

The replacement computes exactly the same styles, in the same order, but finds the margin
boxes a page can have from the stylesheets' `@page` rules (a handful of names, collected
once per document) instead of from every element. It is installed only when WeasyPrint's
function is the one this was written against (its code compared by digest), so another
WeasyPrint keeps its own, slower but correct, code. `tests/render/test_pdf_pagestyles.py`
compares the PDF bytes with and without it.
"""

from __future__ import annotations

import hashlib
import inspect
from typing import Any

KNOWN = frozenset(
    {
        "4e68b396b35c4a06",  # WeasyPrint 70
    }
)
"""Digests of the WeasyPrint function this replaces (its source, comments included)."""

_installed: list[Any] = []


def digest(function: Any) -> str:
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()[:16]


def install() -> bool:
    """Put the linear version in place (once); False when WeasyPrint's is not the known one."""
    from weasyprint.layout import page as page_layout

    current = page_layout.set_page_type_computed_styles
    if current is set_page_type_computed_styles:
        return True
    try:
        known = digest(current) in KNOWN
    except (OSError, TypeError):  # no source to compare (a frozen install)
        known = False
    if not known:
        return False
    _installed.append(current)
    page_layout.set_page_type_computed_styles = set_page_type_computed_styles
    return True


def uninstall() -> None:
    """WeasyPrint's own function again (for tests that compare both)."""
    from weasyprint.layout import page as page_layout

    if _installed:
        page_layout.set_page_type_computed_styles = _installed.pop()


def set_page_type_computed_styles(page_type: Any, html: Any, style_for: Any) -> None:
    """Set style for page types and pseudo-types matching ``page_type``."""
    style_for.add_page_declarations(page_type)
    style_for.set_computed_styles(
        page_type, root=html.etree_element, parent=html.etree_element, base_url=html.base_url
    )
    cascaded = style_for.get_cascaded_styles()
    for pseudo_type in _margin_pseudo_types(style_for):
        if (page_type, pseudo_type) in cascaded:
            style_for.set_computed_styles(
                page_type,
                pseudo_type=pseudo_type,
                root=html.etree_element,
                parent=page_type,
                base_url=html.base_url,
            )


def _margin_pseudo_types(style_for: Any) -> tuple[str, ...]:
    """The pseudo-types (margin boxes, footnote area...) any `@page` rule names, in the
    order of the rules: the order in which WeasyPrint's own loop meets them."""
    found = getattr(style_for, "_reinstate_page_pseudo_types", None)
    if found is None:
        names: dict[str, None] = {}
        for sheet, _origin, _specificity in style_for._sheets:
            for _rule, selectors, _declarations in sheet.page_rules:
                for selector in selectors:
                    if selector[1]:
                        names[selector[1]] = None
        found = tuple(names)
        style_for._reinstate_page_pseudo_types = found
    return tuple(found)
