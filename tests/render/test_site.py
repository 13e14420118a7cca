"""The HTML site: the plan's cross-links, the dashboard, free pages, the index, the theme."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from support.common import TODAY, Run, html_text, write


class Links(HTMLParser):
    """Collects ids and (href, text) of links of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if tag == "a" and values.get("href") is not None:
            self._href, self._text = str(values["href"]), ""

    def handle_data(self, data: str) -> None:
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._href is not None:
            self.links.append((self._href, self._text.strip()))
            self._href = None


def parse(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text("utf-8"))
    return parser


@pytest.fixture
def site(make_project: Callable[[str], Path], cli: Callable[..., Run]) -> Path:
    project = make_project("minimal")
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status == 0, result.err
    return project / "site"


def test_plan_links_every_reference_to_its_target(site: Path) -> None:
    plan = parse(site / "acme/plan-of-action.html")
    links = {text: href for href, text in plan.links}
    assert links["Root Cause 1"] == "#unvetted-supplier"
    assert links["Exhibit A"] == "exhibits/invoice.png"
    assert links["our steps"] == "#vetting-steps"
    assert links["the action"] == "#removed-stock"
    assert links["Corrective Action 1"] == "#removed-stock"
    for href, _ in plan.links:
        if href.startswith("#"):
            assert href[1:] in plan.ids, href


def test_exhibit_files_are_copied(site: Path) -> None:
    source = Path(__file__).parents[1] / "roots/minimal/content/acme/files/invoice-881.png"
    assert (site / "acme/exhibits/invoice.png").read_bytes() == source.read_bytes()


def test_causes_list_what_answers_them(site: Path) -> None:
    html = html_text(site / "acme/plan-of-action.html")
    cause = html[html.index('id="unvetted-supplier"') :]
    cause = cause[: cause.index("</article>")]
    assert "Answered by" in cause
    assert 'href="#removed-stock"' in cause and 'href="#vetting"' in cause
    assert "Key point" in cause


def test_fields_list_items_in_label_order(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    """An action that addresses two causes lists them as the plan numbers them, also after
    a new cause renumbers them, whatever order its `addresses` field has."""
    project = make_project("minimal")
    case = project / "content/acme"
    write(
        case / "causes/no-checks.md",
        "---\nkind: cause\ntitle: Nobody checked new suppliers\norder: 0\n---\n"
        "No one was tasked with checking a new supplier before the first order.\n",
    )
    action = case / "actions/removed-stock.md"
    action.write_text(
        action.read_text().replace("[unvetted-supplier]", "[unvetted-supplier, no-checks]")
    )
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert result.status in (0, 1), result.err
    html = html_text(project / "site/acme/plan-of-action.html")
    meta = html[html.index('id="removed-stock"') :]
    meta = meta[meta.index("Addresses") : meta.index("</li>", meta.index("Addresses"))]
    assert [text for _href, text in re.findall(r'href="#([\w-]+)"[^>]*>([^<]+)<', meta)] == [
        "Root Cause 1",
        "Root Cause 2",
    ]
    assert meta.index("#no-checks") < meta.index("#unvetted-supplier")
    text = (project / "site/acme/plan-of-action.txt").read_text("utf-8")
    assert "Addresses Root Cause 1 and Root Cause 2." in " ".join(text.split())


def test_plan_header_has_the_facts(site: Path) -> None:
    html = html_text(site / "acme/plan-of-action.html")
    for fact in ("Acme Home Supply LLC", "A1ACMEHOME00", "amazon.com", "2025-02-10", "B01ACME001"):
        assert fact in html


def test_dashboard(site: Path) -> None:
    html = html_text(site / "acme/index.html")
    assert "Rejected on February 14, 2025" in html
    assert "15550001111" in html
    assert 'href="plan-of-action.html"' in html
    assert "No problems found." in html
    key_points = html[html.index('id="key-points"') :]
    assert "Root Cause 1" in key_points and "Corrective Action 1" in key_points


def test_site_index_lists_every_case(site: Path) -> None:
    index = parse(site / "index.html")
    assert ("acme/index.html", "Acme Home") in index.links
    html = html_text(site / "index.html")
    assert "Inauthentic item complaints" in html and "appeal form: rejected" in html


def test_raw_html_is_escaped_unless_allowed(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    cause = project / "content/acme/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text() + "\n<script>alert(1)</script>\n")
    # the checks call '<script>' an unfilled placeholder (an error), which still writes outputs
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 1
    html = html_text(project / "site/acme/plan-of-action.html")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    write(project / "reinstate.yaml", "allow_html: true\n")
    cli("build", project, "--no-pdf", "--today", TODAY)
    assert "<script>alert(1)</script>" in html_text(project / "site/acme/plan-of-action.html")


def test_template_syntax_in_content_stays_literal(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    cause = project / "content/acme/causes/unvetted-supplier.md"
    text = cause.read_text().replace(
        "title: We bought 30 kettles from a supplier we had not vetted",
        "title: '{{ 7*7 }} {% include \"x\" %} We bought 30 kettles'",
    )
    cause.write_text(text + "\n{{ config }}\n")
    result = cli("build", project, "--no-pdf", "--today", TODAY)
    assert "[placeholder.unfilled]" in result.err  # template syntax reads as a placeholder
    html = html_text(project / "site/acme/plan-of-action.html")
    assert "{{ 7*7 }} {% include &#34;x&#34; %}" in html
    assert "{{ config }}" in html
    assert "49" not in html


def test_free_pages_are_linked_from_the_dashboard(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    write(
        project / "content/acme/notes.md",
        "---\nkind: page\ntitle: Call notes\n---\nWe called on 2025-02-13. See {ref}`vetting`.\n",
    )
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    page = parse(project / "site/acme/pages/notes.html")
    assert ("../plan-of-action.html#vetting", "Preventive Measure 1") in page.links
    assert ("../index.html", "Acme Home") in page.links
    dashboard = parse(project / "site/acme/index.html")
    assert ("pages/notes.html", "Call notes") in dashboard.links


def test_project_theme_overrides_one_block(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    write(project / "reinstate.yaml", "theme: agency\n")
    write(
        project / "themes/agency/templates/base.html",
        '{% extends "default/base.html" %}\n{% block footer %}Prepared by Agency LLP{% endblock %}\n',
    )
    write(project / "themes/agency/static/extra.css", "body { color: black; }\n")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    html = html_text(project / "site/acme/plan-of-action.html")
    assert "Prepared by Agency LLP" in html
    assert "Root Cause 1" in html
    assert (project / "site/_static/extra.css").is_file()
    assert (project / "site/_static/reinstate.css").is_file()


def test_unknown_theme_is_a_usage_error(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    write(project / "reinstate.yaml", "theme: nope\n")
    result = cli("build", project, "--no-pdf")
    assert result.status == 2
    assert "theme 'nope' not found" in result.err


def test_heading_ids_are_unique_on_a_page(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    project = make_project("minimal")
    for name in ("causes/unvetted-supplier.md", "actions/removed-stock.md"):
        path = project / "content/acme" / name
        path.write_text(path.read_text() + "\n## Details\n\nMore.\n")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    html = html_text(project / "site/acme/plan-of-action.html")
    ids = re.findall(r'id="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    assert 'id="unvetted-supplier-details"' in html and 'id="removed-stock-details"' in html


def test_a_theme_whose_plan_template_is_its_own_renders_it_whole(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    """The default plan page is put together from its articles kept apart (render/site.py's
    `plan_parts`); a theme's own plan template may do with an article what that would
    not show, and is rendered as written."""
    project = make_project("minimal")
    write(project / "reinstate.yaml", "theme: agency\n")
    write(
        project / "themes/agency/templates/plan-of-action.html",
        '{% extends "default/plan-of-action.html" %}\n{% block sections %}'
        "{% for kind, heading, items in sections %}{% for item in items %}"
        '{{ article(item, kind) | replace("Root Cause", "Reason") }}'
        "{% endfor %}{% endfor %}{% endblock %}\n",
    )
    write(project / "themes/agency/templates/plan-exhibit.html", "<p>Exhibit {{ item.id }}</p>\n")
    assert cli("build", project, "--no-pdf", "--today", TODAY).status == 0
    html = html_text(project / "site/acme/plan-of-action.html")
    assert "Reason 1" in html and "Root Cause 1" not in html
    assert "<p>Exhibit " in html
