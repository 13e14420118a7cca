"""The escalation letter page and fragment: composition, directives, links, readiness."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from html import unescape
from pathlib import Path

import pytest

from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.render.letter import letter_fragment
from reinstate.render.letter_parts import compose_letter, default_subject
from reinstate.render.links import PageLinks
from reinstate.run.build import BuildOptions, analyse, build_project
from reinstate.stages.discover import discover
from reinstate.stages.resolve import Resolved
from support.common import TODAY, Run, html_text, write

DAY = dt.date.fromisoformat(TODAY)


def build(root: Path) -> Path:
    out = root / "site"
    build_project(root, BuildOptions(pdf=False, today=DAY, out=out))
    return out


def resolved_case(root: Path, slug: str) -> Resolved:
    reporter = Reporter()
    config = load_config(root, reporter)
    case_dir = discover(config, reporter, (slug,)).cases[0]
    resolved = analyse(config, case_dir, BuildOptions(today=DAY, read_only=True)).resolved
    assert resolved is not None
    return resolved


def section(html: str, name: str) -> str:
    found = re.search(rf'<(section|div) class="letter-block letter-{name}">(.*?)</\1>', html, re.S)
    assert found is not None, f"no {name} block"
    return found.group(2)


@pytest.fixture
def letter_root(make_project: Callable[[str], Path]) -> Path:
    return make_project("letter")


def test_key_and_missed_points_link_to_their_items_in_the_plan(letter_root: Path) -> None:
    html = html_text(build(letter_root) / "directives" / "escalation-letter.html")
    key = section(html, "key-points")
    hrefs = re.findall(r'<li><a class="xref xref-\w+" href="([^"]+)"', key)
    assert hrefs == [
        "plan-of-action.html#wholesaler",
        "plan-of-action.html#removed",
        "plan-of-action.html#checklist",
    ]
    assert "(completed 4 February 2025; " in key
    assert "(in effect since 6 February 2025; " in key
    missed = section(html, "missed-points")
    hrefs = re.findall(r'<li><a class="xref xref-\w+" href="([^"]+)"', missed)
    # an exhibit point goes to its entry in the plan, not to the file
    assert hrefs == ["plan-of-action.html#invoice", "plan-of-action.html#records"]
    assert "The second appeal explained the split SKU but had no reply." in missed


def test_labels_and_dates_agree_with_the_plan(letter_root: Path) -> None:
    site = build(letter_root)
    plan = html_text(site / "directives" / "plan-of-action.html")
    letter = html_text(site / "directives" / "escalation-letter.html")
    for item_id, label in (
        ("removed", "Corrective Action 1"),
        ("checklist", "Preventive Measure 1"),
    ):
        assert re.search(rf'id="{item_id}">\s*<h3><span class="label">{label}</span>', plan)
        assert f'href="plan-of-action.html#{item_id}" title="{label}: ' in letter
    assert '<time datetime="2025-02-04">4 February 2025</time>' in plan
    assert "completed 4 February 2025" in letter


def test_directives_place_the_blocks_where_the_author_put_them(letter_root: Path) -> None:
    site = build(letter_root)
    html = html_text(site / "directives" / "escalation-letter.html")
    marks = [
        "What changed",
        'class="letter-block letter-key-points"',
        "Our <strong>second</strong> appeal",
        'class="letter-block letter-prior-submissions"',
        'class="letter-block letter-missed-points"',
        "The evidence is attached:",
        'class="letter-block letter-enclosures"',
        "Thank you for your time.",
        "Sincerely,",
    ]
    positions = [html.index(m) for m in marks]
    assert positions == sorted(positions)
    text = (site / "directives" / "escalation-letter.txt").read_text()
    order = [
        "What changed",
        "Key points of the revised plan:",
        "Our second appeal has had no reply since 2025-02-20:\n- 5 February 2025, appeal form",
        "Points the previous review may have missed:",
        "The evidence is attached:\n- The revised plan of action",
        "Thank you for your time.",
    ]
    positions = [text.index(m) for m in order]
    assert positions == sorted(positions)
    # the author's own lead-in (a paragraph ending in a colon) replaces the block's heading
    assert "Prior submissions" not in text and "Enclosures" not in text
    assert "<h2>Prior submissions</h2>" not in html and "<h2>Enclosures</h2>" not in html


def test_a_block_placed_twice_or_not_at_all(letter_root: Path) -> None:
    letter = letter_root / "content" / "directives" / "letter.md"
    head = letter.read_text().split("---\n")[1]
    write(letter, f"---\n{head}---\nFirst.\n\n:::{{enclosures}}\n:::\n\n:::{{enclosures}}\n:::\n")
    html = html_text(build(letter_root) / "directives" / "escalation-letter.html")
    assert html.count('class="letter-block letter-enclosures"') == 2
    assert "letter-key-points" not in html


def test_ref_roles_in_the_letter_body(letter_root: Path) -> None:
    html = html_text(build(letter_root) / "directives" / "escalation-letter.html")
    body = html[html.index('<div class="letter-body">') :]
    assert re.search(r'href="plan-of-action.html#wholesaler"[^>]*>Root Cause 1</a> and', body)


def test_an_empty_body_gives_the_whole_letter(letter_root: Path) -> None:
    site = build(letter_root)
    html = html_text(site / "composed" / "escalation-letter.html")
    assert "<p>Dear Account Health Services team,</p>" in html
    assert (
        "that a Seller Performance Manager review the revised plan of action for Quay Street "
        "(Seller ID A9QUAYSTREET)."
    ) in html
    assert (
        "We submitted our plan of action through the appeal form on January 22, 2025 "
        "(case 17000000001); it was rejected on January 24, 2025."
    ) in html
    causes = re.search(r'letter-causes">(.*?)</div>', html, re.S)
    assert causes is not None
    assert "Root Cause 1</a>: Two packers could not ship the December peak on time" in (
        causes.group(1)
    )
    for name in ("key-points", "missed-points", "prior-submissions", "enclosures"):
        section(html, name)
    assert "Please explain how you will prevent late shipments in the future." in html
    assert re.search(r"Lee Marsh<br>\s*Operations Manager<br>\s*Quay Street Outfitters Inc\.", html)
    subject = "Request for senior review of Quay Street (A9QUAYSTREET), case 17000000001"
    assert f"Subject: {subject}" in html


def test_default_subject_lists_every_prior_case(letter_root: Path) -> None:
    resolved = resolved_case(letter_root, "directives")
    assert default_subject(resolved.case) == (
        "Request for senior review of Birch & Pine (A3BIRCHPINE7), cases 16000000001, 16000000002"
    )
    content = compose_letter(resolved)
    assert content is not None
    assert content.subject == "Senior review requested for Birch & Pine (A3BIRCHPINE7)"


def test_print_mode_links_stay_in_the_document(letter_root: Path) -> None:
    resolved = resolved_case(letter_root, "directives")
    html = str(letter_fragment(resolved, PageLinks(resolved, "bundle.html", print_mode=True)))
    hrefs = set(re.findall(r'href="([^"]*)"', html))
    assert hrefs == {"#wholesaler", "#records", "#removed", "#checklist", "#invoice", "#sop"}
    # the blocks come with the fragment even when the caller supplies none
    assert 'class="letter-block letter-key-points"' in html
    assert "The revised plan of action" in html


def test_blocks_the_caller_supplies_win(letter_root: Path) -> None:
    resolved = resolved_case(letter_root, "directives")
    links = PageLinks(resolved, "x.html", blocks={"key-points": lambda arg, lead: "<p>custom</p>"})
    html = str(letter_fragment(resolved, links))
    assert "<p>custom</p>" in html
    assert "letter-key-points" not in html
    assert "letter-missed-points" in html


def test_untrusted_text_is_escaped(letter_root: Path) -> None:
    letter = letter_root / "content" / "composed" / "letter.md"
    text = letter.read_text().replace(
        "to: Account Health Services", "to: <script>alert(1)</script>"
    )
    write(letter, text.replace("this measure answers it.", "<b>it</b> & more."))
    html = html_text(build(letter_root) / "composed" / "escalation-letter.html")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;it&lt;/b&gt; &amp; more." in html


def test_the_plan_marks_key_points(letter_root: Path) -> None:
    plan = html_text(build(letter_root) / "directives" / "plan-of-action.html")
    for item_id in ("wholesaler", "removed", "checklist"):
        found = re.search(rf'<article class="([^"]*)" id="{item_id}">(.*?)</h3>', plan, re.S)
        assert found is not None
        assert "is-key" in found.group(1)
        assert "Key point</span>" in found.group(2)
    found = re.search(r'<article class="([^"]*)" id="records">', plan)
    assert found is not None and "is-key" not in found.group(1)


def test_no_letter_no_letter_outputs(make_project: Callable[[str], Path]) -> None:
    site = build(make_project("minimal"))
    names = {p.name for p in (site / "acme").iterdir()}
    assert "plan-of-action.txt" in names
    assert not {n for n in names if n.startswith("escalation-letter")}


def test_a_case_with_errors_still_gets_its_letter_marked_not_ready(
    letter_root: Path, cli: Callable[..., Run]
) -> None:
    write(letter_root / "reinstate.yaml", "email: {attach_bundle: false}\n")
    (letter_root / "content" / "composed" / "measures" / "forecast.md").unlink()
    letter = letter_root / "content" / "composed" / "letter.md"
    write(letter, letter.read_text().replace("ref: forecast", "ref: hired"))
    run = cli("build", letter_root, "--no-pdf", "--today", TODAY, "--case", "composed")
    assert run.status == 1
    site = letter_root / "site" / "composed"
    page = html_text(site / "escalation-letter.html")
    assert "Not ready to send" in page
    dashboard = html_text(site / "index.html")
    assert '<p class="status-label">Not ready to send: 1 error to fix</p>' in dashboard
    assert "Rejected on January 24, 2025" in dashboard, "the history stays, below the status"
    assert re.search(
        r"Escalation letter \(web page\)</a> <span class=\"note\">not ready", dashboard
    )
    assert re.search(r"ready to send\)</a> <span class=\"note\">not ready", dashboard)


def test_to_do_markers_left_make_the_case_not_ready(
    letter_root: Path, cli: Callable[..., Run]
) -> None:
    """A plan with `[TODO: ...]` markers builds (they are warnings) but is not to be sent:
    the dashboard says what to do, and the letter and e-mail carry the same note."""
    write(letter_root / "reinstate.yaml", "email: {attach_bundle: false}\n")
    measure = letter_root / "content" / "composed" / "measures" / "forecast.md"
    write(measure, measure.read_text() + "\n[TODO: the weekly figures] and [TODO: who]\n")
    run = cli("build", letter_root, "--no-pdf", "--today", TODAY, "--case", "composed")
    assert run.status == 0, run.err
    site = letter_root / "site" / "composed"
    dashboard = html_text(site / "index.html")
    assert "Not ready to send: 2 to-do markers to fill in" in dashboard
    assert "Fill in the 2 to-do markers before submitting" in dashboard
    note = 'class="note">not ready: 2 to-do markers to fill in'
    assert re.search(r"Escalation letter \(web page\)</a> <span " + note, dashboard)
    assert re.search(r"ready to send\)</a> <span " + note, dashboard)
    page = html_text(site / "escalation-letter.html")
    assert "Not ready to send" in page and "Fill in the 2 to-do markers" in page


def test_strict_fails_on_a_letter_warning(letter_root: Path, cli: Callable[..., Run]) -> None:
    letter = letter_root / "content" / "composed" / "letter.md"
    write(letter, re.sub(r"missed:\n(.*\n)+?---", "---", letter.read_text()))
    hired = letter_root / "content" / "composed" / "actions" / "hired.md"
    write(hired, hired.read_text().replace("key: true\n", ""))
    plain = cli("build", letter_root, "--no-pdf", "--today", TODAY, "--case", "composed")
    assert plain.status == 0, plain.err
    found = cli("check", letter_root, "--format", "json", "--today", TODAY)
    assert '"rule": "letter.no-points"' in found.out
    strict = cli("build", letter_root, "--no-pdf", "--strict", "--today", TODAY)
    assert strict.status == 1


def test_a_dispute_is_written_as_an_appeal_of_an_error(letter_root: Path) -> None:
    case = letter_root / "content" / "composed" / "case.md"
    write(case, case.read_text().replace("kind: case\n", "kind: case\nmode: dispute\n"))
    html = unescape(html_text(build(letter_root) / "composed" / "escalation-letter.html"))
    assert "review our revised appeal for Quay Street" in html
    assert (
        "Amazon's notice of January 20, 2025 concerned our late shipment rate. "
        "We believe it was issued in error, for this reason:"
    ) in html
    assert "<h2>Key points of the revised appeal</h2>" in html
    assert "plan of action" not in html
