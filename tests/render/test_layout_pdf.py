"""The layout linter (benchmarks/layout_lint.py) on real bundles.

Each fault kind is caught on the demo printed with a deliberately broken stylesheet (a
project theme whose print.css adds one bad rule); the default theme gives zero faults on
the demo, on a sample of generated cases (benchmarks/layout_corpus.py, run it for 100+)
and on a sample of the realistic corpus.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from reinstate.render.nobreak import keep_together, tokens
from reinstate.run.build import BuildOptions, build_project
from render.ocrseed import build_sharing_ocr
from support.common import TODAY

REPO = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).parents[1] / "corpus" / "realistic"


def bench(name: str) -> ModuleType:
    sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


lint_module = bench("layout_lint")
lint = lint_module.lint


def demo_bundle(root: Path, broken_css: str = "", content: Path = REPO / "content") -> Path:
    """The bundle of the demo (or of the one case in `content`) printed with `broken_css`."""
    shutil.copytree(content, root / "content")
    if broken_css:
        (root / "themes/broken/static").mkdir(parents=True)
        (root / "themes/broken/static/print.css").write_text(broken_css, encoding="utf-8")
        (root / "reinstate.yaml").write_text("theme: broken\n", encoding="utf-8")
    result = build_sharing_ocr(root, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    assert result.errors == 0
    [bundle] = (root / "site").glob("*/*-bundle.pdf")
    return bundle


BROKEN = {
    # the body of every item forced to the next page: its heading ends the page
    "heading-at-foot": ".item-body { break-before: page; }",
    # the signatures of the letter and the plan on a page of their own
    "lonely-page": ".letter-signature, .signature { break-before: page !important; }",
    # dates and ids allowed to break, in a column narrow enough to make them break
    "broken-token": ".nobr { white-space: normal !important; } .item-body { width: 40pt; }",
    # the plan's opening pushed into the right margin
    "outside-box": ".opening { margin-right: -40mm; }",
    # each item's facts line drawn over its heading
    "overlap": ".item-meta { margin-top: -16pt; }",
    # the stamp under each exhibit page left out
    "exhibit-unstamped": "@page exhibit { @bottom-right { content: none; } }",
}


BROKEN_TOGETHER = [
    # Faults of different parts of the bundle, one bundle each group (a bundle takes seconds):
    # page breaks of the items, the signatures and the exhibit pages...
    ("heading-at-foot", "lonely-page", "exhibit-unstamped"),
    # ... and the boxes inside a page.
    ("broken-token", "outside-box", "overlap"),
]
GROUPS = dict(zip(["breaks", "boxes"], BROKEN_TOGETHER, strict=True))

SERIF_HEADINGS = (
    'html { font-family: "DejaVu Sans"; } h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Serif"; }'
)
"""Headings in a serif face over sans body text (the default theme is the other way round)."""
SERIF_HEADINGS_AT_FOOT = ("heading-at-foot",)
"""The fault the boxes' bundle has too, printed with `SERIF_HEADINGS`: the bundle of the
boxes is the one whose headings are in another face (one bundle less to make)."""


def test_every_fault_kind_is_in_a_group() -> None:
    assert sorted(k for group in BROKEN_TOGETHER for k in group) == sorted(BROKEN)


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[Any]]:
    """Group name → the faults the linter finds in the demo printed with its rules (each
    bundle made once, when a test first asks for it)."""

    @functools.cache
    def faults(group: str) -> list[Any]:
        css = " ".join(BROKEN[kind] for kind in GROUPS[group])
        if group == "boxes":
            css = f"{SERIF_HEADINGS} {css} " + " ".join(BROKEN[k] for k in SERIF_HEADINGS_AT_FOOT)
        return list(lint(demo_bundle(tmp_path_factory.mktemp(group), css)))

    return faults


@pytest.mark.parametrize("group", GROUPS)
def test_each_fault_is_found_on_a_broken_stylesheet(
    broken: Callable[[str], list[Any]], group: str
) -> None:
    faults = broken(group)
    found = {f.kind for f in faults}
    assert set(GROUPS[group]) <= found, "\n".join(map(str, faults))
    assert all(f.page >= 1 for f in faults)


def test_a_heading_is_found_whatever_the_theme_s_fonts(
    broken: Callable[[str], list[Any]],
) -> None:
    """Headings in a serif face over sans body text (the default theme is the other way
    round): a heading is found by its size and weight against the body's (the bundle of
    the boxes' faults, printed with `SERIF_HEADINGS` and the items' bodies on a new page)."""
    faults = broken("boxes")
    assert "heading-at-foot" in {f.kind for f in faults}, "\n".join(map(str, faults))


def test_an_exhibit_without_its_band_is_found(tmp_path: Path) -> None:
    """On the minimal project: its one exhibit page shows it (the demo's four cost more)."""
    minimal = Path(__file__).parents[1] / "roots/minimal/content"
    faults = lint(demo_bundle(tmp_path, ".exhibit-band { display: none; }", minimal))
    assert {f.kind for f in faults} == {"exhibit-unstamped"}
    assert all("band" in f.text for f in faults)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo built with the default theme (read only)."""
    root = tmp_path_factory.mktemp("demo")
    demo_bundle(root)
    return root


def test_the_demo_has_no_layout_fault(demo: Path) -> None:
    bundle = demo / "site/harbor-lane/harbor-lane-bundle.pdf"
    assert [str(f) for f in lint(bundle)] == []


def test_key_points_are_badged_on_the_site_only(demo: Path) -> None:
    """The bundle Amazon reads marks a key point by a rule, not the "Key point" tag."""
    from pypdf import PdfReader

    tmp_path = demo
    bundle = demo / "site/harbor-lane/harbor-lane-bundle.pdf"
    text = " ".join(page.extract_text() for page in PdfReader(bundle).pages)
    # the badge prints in capitals; the letter's "Key points of the revised plan" stays
    assert "KEY POINT" not in text and "Key points of the revised plan" in text
    assert "Closed both listings" in text
    site = (tmp_path / "site/harbor-lane/plan-of-action.html").read_text(encoding="utf-8")
    assert 'class="badge badge-key"' in site
    dashboard = (tmp_path / "site/harbor-lane/index.html").read_text(encoding="utf-8")
    assert "Key point" in dashboard or "key point" in dashboard.lower()


@pytest.mark.slow
def test_generated_cases_have_no_layout_fault(tmp_path: Path) -> None:
    """Three generated cases (both papers, with and without exhibits and a letter body)."""
    corpus = bench("layout_corpus")
    shapes = corpus.write_project(tmp_path, 3, 6)
    assert {s["paper"] for s in shapes} == {"a4", "letter"}
    assert min(int(s["exhibits"]) for s in shapes) == 0
    result = build_project(tmp_path, BuildOptions(today=dt.date(2026, 12, 1)))
    found = lint_module.bundles([str(tmp_path / "site")])
    assert len(found) == 3, result
    faults = [f"{p.name}: {f}" for p in found for f in lint(p)]
    assert faults == []


@pytest.mark.slow
def test_realistic_cases_have_no_layout_fault(tmp_path: Path) -> None:
    """Cases whose bundles had faults before: lists under headings, long exhibit titles,
    a landscape image exhibit (the whole corpus: `benchmarks/layout_lint.py site/`)."""
    slugs = ("sunpeak-audio", "brightwell-uk")
    shutil.copy(CORPUS / "reinstate.yaml", tmp_path / "reinstate.yaml")
    for slug in slugs:
        shutil.copytree(CORPUS / "content" / slug, tmp_path / "content" / slug)
    build_project(tmp_path, BuildOptions(today=dt.date(2026, 12, 7)))
    faults = [f"{s}: {f}" for s in slugs for f in lint(tmp_path / f"site/{s}/{s}-bundle.pdf")]
    assert faults == []


@pytest.mark.parametrize(
    ("upper", "lower", "broken"),
    [
        ("were refunded on 2026-", "08-03 in full.", "2026-08-03"),
        ("the order 113-2218457-", "7790341 was traced", "113-2218457-7790341"),
        ("closed on October", "5, 2026 and", "October 5, 2026"),
        ("closed on 5", "October 2026 and", "5 October 2026"),
        ("the SOP-", "07 checklist", "SOP-07"),
        ("closed on October 5,", "2026 and", "October 5, 2026"),
        ("closed on 2026-08-03", "and refunded", ""),
        ("geschlossen am 4.", "März 2025 und", "4. März 2025"),
        ("出品停止は2025年", "3月4日です", "2025年3月4日"),
        ("出品停止は2025年3月4日", "です", ""),
        ("a follow-", "up message", ""),
    ],
)
def test_a_line_ending_inside_a_token(upper: str, lower: str, broken: str) -> None:
    assert lint_module.broken_token(upper, lower) == broken


def test_dates_and_ids_are_kept_together_only_in_text() -> None:
    html = (
        '<title>2026-08-03</title><p title="2026-08-03">On 2026-08-03, 5 October 2026 and '
        "October 5, 2026: order 113-2218457-7790341, SOP-07, a follow-up, B07K2XQ9LM.</p>"
        "<!-- 2026-08-03 -->"
    )
    kept = keep_together(html)
    assert kept.startswith('<title>2026-08-03</title><p title="2026-08-03">')
    assert kept.endswith("<!-- 2026-08-03 -->")
    assert kept.count('<span class="nobr">') == 5
    assert '<span class="nobr">113-2218457-7790341</span>' in kept
    assert "follow-up" in kept and "B07K2XQ9LM." in kept
    assert tokens("refunded 2026-08-03 and 2026-08-04") == ["2026-08-03", "2026-08-04"]
