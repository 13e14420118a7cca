"""The bundle in a long-lived worker: warm-up, shared state, bounded caches, HarfBuzz note."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reinstate.core.diagnostics import Reporter
from reinstate.render import exhibits, pdf, steps
from reinstate.render.exhibits import open_exhibit
from reinstate.run.build import BuildOptions, build_project, prepare
from support.casefiles import load, make_case
from support.common import TODAY, write
from support.pdffiles import image

OPTIONS = BuildOptions(today=dt.date.fromisoformat(TODAY))


class FakeBuild:
    def __init__(self) -> None:
        self.notes: list[str] = []


def test_missing_harfbuzz_is_noted_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "harfbuzz_subset_available", lambda: False)
    monkeypatch.setattr(pdf, "_harfbuzz_noted", False)
    made: list[object] = []
    monkeypatch.setattr("reinstate.render.bundle.make_bundle", made.append)
    first, second = FakeBuild(), FakeBuild()
    steps.render_bundle(first)  # type: ignore[arg-type]
    steps.render_bundle(second)  # type: ignore[arg-type]
    assert len(made) == 2
    assert len(first.notes) == 1 and "libharfbuzz-subset0" in first.notes[0]
    assert second.notes == []


def test_no_note_when_harfbuzz_is_there(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "_harfbuzz_noted", False)
    if not pdf.harfbuzz_subset_available():
        pytest.skip("libharfbuzz-subset0 is not installed here")
    assert pdf.harfbuzz_note() == ""


def test_warm_up_prepares_what_the_build_reuses(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", "theme: mine\n")
    css = write(root / "themes/mine/static/print.css", "h1 { color: #123456; }\n")
    monkeypatch.setattr(pdf, "_shared", {})
    project, theme, _out, _options = prepare(root, OPTIONS, Reporter())
    steps.warm_up_bundle(project.config, theme)
    warmed = pdf._shared.get("letter")  # the minimal case is on amazon.com: Letter paper
    assert warmed is not None and len(warmed.stylesheets) == 3, "default, project, geometry"
    result = build_project(root, OPTIONS)
    assert (root / "site/acme/acme-bundle.pdf").is_file()
    assert not [d for d in result.diagnostics if d.rule.startswith("pdf.")]
    assert pdf._shared["letter"] is warmed, "the build reused the warm fonts and stylesheets"
    write(css, "h1 { color: #654321; }\n/* changed */\n")
    build_project(root, OPTIONS)
    assert pdf._shared["letter"] is not warmed, "a changed print.css is parsed again"


def test_caches_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = {
        f"exhibits/e{n}.md": f"---\nkind: exhibit\ntitle: E{n}\nfile: files/e{n}.png\n---\n"
        for n in range(5)
    }
    make_case(tmp_path, files)
    (tmp_path / "content/acme/files").mkdir()
    for n in range(5):
        (tmp_path / f"content/acme/files/e{n}.png").write_bytes(image("PNG", (20 + n, 20)))
    case, _ = load(tmp_path)
    assert case is not None
    monkeypatch.setattr(exhibits, "CACHE_ENTRIES", 2)
    exhibits.clear_cache()
    for exhibit in case.exhibits:
        assert open_exhibit(exhibit, Reporter()).kind == "image"
    assert len(exhibits._cache) == 2
    _project, theme, _out, _options = prepare(tmp_path, OPTIONS, Reporter())
    state = pdf.shared(theme, "letter")
    state.images.update({str(n): object() for n in range(pdf.IMAGE_CACHE_ENTRIES + 1)})
    assert pdf.shared(theme, "letter") is state
    assert state.images == {}


@pytest.mark.slow
def test_memory_stays_flat_over_many_renders(make_project: Callable[[str], Path]) -> None:
    root = make_project("minimal")
    build_project(root, OPTIONS)

    def rss_mb() -> float:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * 4096 / 1024 / 1024

    for _ in range(3):
        build_project(root, OPTIONS)
    before = rss_mb()
    for _ in range(15):
        build_project(root, OPTIONS)
    assert rss_mb() - before < 20


def test_a_missing_weasyprint_is_a_clear_error(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch, cli: Callable[..., Any]
) -> None:
    root = make_project("minimal")
    monkeypatch.setitem(sys.modules, "reinstate.render.bundle", None)
    done = cli("build", root, "--today", TODAY)
    assert done.status == 2
    assert "apt-get install" in done.err and "--no-pdf" in done.err
    assert "Traceback" not in done.err
    assert cli("build", root, "--today", TODAY, "--no-pdf").status == 0


def test_weasyprint_complaints_become_notes(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", "theme: mine\n")
    write(root / "themes/mine/static/print.css", "h1 { colr: red; }\n")
    monkeypatch.setattr(pdf, "_shared", {})
    result = build_project(root, OPTIONS)
    notes = [n for n in result.cases[0].notes if n.startswith("WeasyPrint:")]
    assert len(notes) == 1 and "colr" in notes[0]
