"""The HTML site: the case list, each case's dashboard, plan of action and free pages."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from markupsafe import Markup

from reinstate import __version__
from reinstate.checks.status import CaseSummary, Status
from reinstate.core.diagnostics import Diagnostic, Severity, count
from reinstate.core.memo import Memo
from reinstate.core.model import Case
from reinstate.core.vocabulary import (
    plan_kind,
    plan_sections,
    plan_title,
    prior_case_ids,
    request_text,
    section_title,
    unique,
)
from reinstate.render.articles import Articles
from reinstate.render.links import PageLinks
from reinstate.render.nobreak import MARK
from reinstate.render.step import OutputLink
from reinstate.render.theme import Theme
from reinstate.stages.resolve import DASHBOARD_PAGE, PLAN_PAGE, Resolved, page_path

STATIC = "_static"
PLAN_TEMPLATE = "plan-of-action.html"
PAGE_TEMPLATE = "page.html"


def case_url(slug: str) -> str:
    return quote(slug, safe="") + "/"


def _common(page: str, depth: int, title: str) -> dict[str, Any]:
    root = "../" * depth
    return {
        "page_path": page,
        "page_title": title,
        "root": root,
        "static": f"{root}{STATIC}/",
        "version": __version__,
    }


def plan_words(case: Case) -> dict[str, Any]:
    """The plan's generated words, for the site's and the bundle's templates alike."""
    return {
        "plan_kind": plan_kind(case),
        "plan_title": plan_title(case),
        "sections": plan_sections(case),
        "exhibit_heading": section_title(case, "exhibit"),
        "request_heading": section_title(case, "request") if case.dispute else "",
        "request": request_text(case) if case.dispute else "",
        "prior_ids": prior_case_ids(case),
        "asins": unique(case.violation.asins),
        "orders": unique(case.violation.orders),
        "complaint_ids": unique(case.violation.complaint_ids),
    }


def render_plan(
    resolved: Resolved, theme: Theme, status: Status, allow_html: bool, memo: Memo | None = None
) -> str:
    return _plan(resolved, theme, status, allow_html, memo, None)


def plan_parts(
    resolved: Resolved, theme: Theme, status: Status, allow_html: bool, memo: Memo | None = None
) -> tuple[str, list[Markup]] | None:
    """The plan page with `MARK` where each item's article goes, and the articles in page
    order (render/articles.py): the page is the text between the marks with the articles
    put back, and `CaseBuild.add_around` keeps each part together apart, so a save keeps
    together the one article it changed instead of the whole page. None when the theme's
    plan template is not the default theme's (its own template may do with an article
    what a mark would not show; it is rendered whole, `render_plan`)."""
    if not _default(theme, PLAN_TEMPLATE):
        return None
    placed: list[Markup] = []
    return _plan(resolved, theme, status, allow_html, memo, placed), placed


def _default(theme: Theme, name: str) -> bool:
    """True when the theme's template `name` is the default theme's own."""
    return theme.template(name).filename == str(theme.dirs[-1] / "templates" / name)


def _plan(
    resolved: Resolved,
    theme: Theme,
    status: Status,
    allow_html: bool,
    memo: Memo | None,
    placed: list[Markup] | None,
) -> str:
    case = resolved.case
    links = PageLinks(resolved, PLAN_PAGE, allow_html=allow_html, memo=memo)
    context = {
        **_common(PLAN_PAGE, 1, plan_title(case)),
        **plan_words(case),
        "case": case,
        "r": resolved,
        "links": links,
        "status": status,
        "article": Articles(resolved, theme, links, memo, placed),
    }
    return theme.template(PLAN_TEMPLATE).render(context)


def render_page(
    resolved: Resolved, page_id: str, theme: Theme, allow_html: bool, memo: Memo | None = None
) -> str:
    return _page(resolved, page_id, theme, allow_html, memo, None)


def page_parts(
    resolved: Resolved, page_id: str, theme: Theme, allow_html: bool, memo: Memo | None = None
) -> tuple[str, list[Markup]] | None:
    """A free page with `MARK` where its body goes, and the body, as `plan_parts` gives
    the plan page: a long page beside a saved item is then neither put together nor kept
    together again (`CaseBuild.add_around`). None when the theme's page template is not
    the default theme's."""
    if not _default(theme, PAGE_TEMPLATE):
        return None
    placed: list[Markup] = []
    return _page(resolved, page_id, theme, allow_html, memo, placed), placed


class _Marked:
    """A page's links whose `body` collects each body (but an empty one) into `placed`
    and puts `MARK` in its place; everything else is the page's `PageLinks`."""

    def __init__(self, links: PageLinks, placed: list[Markup]) -> None:
        self._links = links
        self._placed = placed

    def __getattr__(self, name: str) -> Any:
        return getattr(self._links, name)

    def body(self, owner: str, heading_shift: int = 0) -> Markup:
        html = self._links.body(owner, heading_shift)
        if not html:
            return html
        self._placed.append(html)
        return Markup(MARK)


def _page(
    resolved: Resolved,
    page_id: str,
    theme: Theme,
    allow_html: bool,
    memo: Memo | None,
    placed: list[Markup] | None,
) -> str:
    page = next(p for p in resolved.case.pages if p.id == page_id)
    path = page_path(page_id)
    links = PageLinks(resolved, path, allow_html=allow_html, memo=memo)
    context = {
        **_common(path, 2, page.title),
        "case": resolved.case,
        "r": resolved,
        "links": links if placed is None else _Marked(links, placed),
        "item": page,
    }
    return theme.template(PAGE_TEMPLATE).render(context)


def render_dashboard(
    resolved: Resolved,
    theme: Theme,
    status: Status,
    diagnostics: Sequence[Diagnostic],
    outputs: Sequence[OutputLink],
) -> str:
    case = resolved.case
    links = PageLinks(resolved, DASHBOARD_PAGE)
    context = {
        **_common(DASHBOARD_PAGE, 1, case.title),
        **plan_words(case),
        "case": case,
        "r": resolved,
        "links": links,
        "status": status,
        "diagnostics": diagnostics,
        "errors": count(diagnostics, Severity.ERROR),
        "warnings": count(diagnostics, Severity.WARNING),
        "outputs": outputs,
        "key_items": [i for i in case.items if i.key],
    }
    return theme.template("case.html").render(context)


def render_index(summaries: Sequence[CaseSummary], theme: Theme, title: str) -> str:
    context = {
        **_common("index.html", 0, title),
        "cases": summaries,
        "case_url": case_url,
    }
    return theme.template("index.html").render(context)


def relative(from_page: str, to_path: str) -> str:
    return posixpath.relpath(to_path, posixpath.dirname(from_page) or ".")
