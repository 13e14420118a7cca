"""The HTML site: the case list, each case's dashboard, plan of action and free pages."""

from __future__ import annotations

import posixpath
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from reinstate import __version__
from reinstate.checks.status import Status
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


@dataclass(frozen=True, slots=True)
class CaseSummary:
    """One row of the site index; plain values, so the manifest can keep it between builds."""

    slug: str
    title: str
    store_name: str
    violation: str
    state: str
    status: str
    next_step: str
    ready: bool
    last_date: str = ""
    last_channel: str = ""
    last_outcome: str = ""
    errors: int = 0
    warnings: int = 0
    built: bool = True
    """False when the case has no outputs yet (its first build failed)."""
    blocker: str = ""
    """Why the case is not ready ('' when it is)."""
    history: str = ""
    """Where the appeal stands, when the status line says something else."""

    @classmethod
    def of(
        cls, case: Case, status: Status, errors: int, warnings: int, built: bool = True
    ) -> CaseSummary:
        last = case.last_submission
        return cls(
            case.slug,
            case.title,
            case.seller.store_name,
            case.violation.type,
            status.state,
            status.label,
            status.next_step,
            status.ready,
            str(last.date) if last else "",
            last.channel if last else "",
            last.outcome if last else "",
            errors,
            warnings,
            built,
            status.blocker,
            status.history,
        )

    def as_json(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__slots__}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CaseSummary:
        known = _SUMMARY_FIELDS
        return cls(**{k: v for k, v in data.items() if k in known})  # type: ignore[arg-type]


_SUMMARY_FIELDS = frozenset(CaseSummary.__slots__)
"""A set: the index of 1000 cases reads each summary's fields at every build."""


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
