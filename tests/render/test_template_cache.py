"""Compiled templates are kept in the output folder, used again, and removed by clean."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.render.theme import TEMPLATE_CACHE, cache_tag
from support.common import TODAY, Run


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home and cache folder of their own, to see that nothing is written there."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / ".cache"))
    return folder


def build(cli: Callable[..., Run], root: Path, *more: str) -> None:
    run = cli("build", root, "--today", TODAY, "--no-pdf", *more)
    assert run.status == 0, run.err


def test_a_build_keeps_compiled_templates_in_its_output_folder_only(
    make_project: Callable[[str], Path], cli: Callable[..., Run], home: Path
) -> None:
    root = make_project("minimal")
    build(cli, root)
    kept = sorted((root / "site" / TEMPLATE_CACHE).iterdir())
    assert kept and all(p.name.startswith(cache_tag() + "-") for p in kept)
    assert list(home.rglob("*")) == []
    stamps = {p: p.stat().st_mtime_ns for p in kept}
    page = (root / "site/acme/plan-of-action.html").read_bytes()
    build(cli, root, "--force")
    assert {p: p.stat().st_mtime_ns for p in kept} == stamps  # read, not written again
    assert (root / "site/acme/plan-of-action.html").read_bytes() == page


def test_an_edited_template_is_compiled_again(
    make_project: Callable[[str], Path], cli: Callable[..., Run], home: Path
) -> None:
    root = make_project("minimal")
    build(cli, root)
    theme = root / "themes/default/templates"
    theme.mkdir(parents=True)
    base = Path(__file__).resolve().parents[2] / "themes/default/templates/base.html"
    text = base.read_text(encoding="utf-8").replace("</body>", "<!-- edited --></body>", 1)
    (theme / "base.html").write_text(text, encoding="utf-8")
    build(cli, root)
    assert "<!-- edited -->" in (root / "site/acme/plan-of-action.html").read_text("utf-8")


def test_a_linked_cache_folder_is_not_written_through(
    make_project: Callable[[str], Path], cli: Callable[..., Run], home: Path, tmp_path: Path
) -> None:
    root = make_project("minimal")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / "site").mkdir()
    (root / "site/.reinstate-cache").symlink_to(elsewhere, target_is_directory=True)
    build(cli, root)
    assert list(elsewhere.rglob("*")) == []
    assert (root / "site/acme/plan-of-action.html").is_file()


def test_clean_removes_the_compiled_templates(
    make_project: Callable[[str], Path], cli: Callable[..., Run], home: Path
) -> None:
    root = make_project("minimal")
    build(cli, root)
    assert any((root / "site" / TEMPLATE_CACHE).iterdir())
    run = cli("clean", root)
    assert run.status == 0, run.err
    assert not (root / "site").exists()
