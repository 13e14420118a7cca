"""The HTML site: the case list, each case's dashboard, plan of action and free pages."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

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
from reinstate.render.step import OutputLink
from reinstate.render.theme import Theme
from reinstate.stages.resolve import DASHBOARD_PAGE, PLAN_PAGE, Resolved, page_path

STATIC = "_static"


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
    case = resolved.case
    links = PageLinks(resolved, PLAN_PAGE, allow_html=allow_html, memo=memo)
    context = {
        **_common(PLAN_PAGE, 1, plan_title(case)),
        **plan_words(case),
        "case": case,
        "r": resolved,
        "links": links,
        "status": status,
        "article": Articles(resolved, theme, links, memo),
    }
    return theme.template("plan-of-action.html").render(context)


def render_page(
    resolved: Resolved, page_id: str, theme: Theme, allow_html: bool, memo: Memo | None = None
) -> str:
    page = next(p for p in resolved.case.pages if p.id == page_id)
    path = page_path(page_id)
    links = PageLinks(resolved, path, allow_html=allow_html, memo=memo)
    context = {
        **_common(path, 2, page.title),
        "case": resolved.case,
        "r": resolved,
        "links": links,
        "item": page,
    }
    return theme.template("page.html").render(context)


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
