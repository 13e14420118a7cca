"""Compiled templates are kept in the output folder, used again, and removed by clean."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reinstate.render import theme
from reinstate.render.theme import TEMPLATE_CACHE, cache_tag
from support.common import REPO, ROOTS, TODAY, Run, write


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


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja2 compiles from now on."""
    import jinja2

    names: list[str] = []
    real = jinja2.Environment.compile

    def compile(self: jinja2.Environment, source: str, name: str | None = None, *more: Any) -> Any:
        names.append(str(name))
        return real(self, source, name, *more)

    monkeypatch.setattr(jinja2.Environment, "compile", compile)
    return names


def outputs(folder: Path) -> dict[str, bytes]:
    """Every output in an output folder, by path (not the build's own records: the
    manifest, which holds the inputs' times, and the compiled templates)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part.startswith(".reinstate-") for part in p.parts)
    }


def test_a_second_build_in_the_process_compiles_nothing_and_writes_the_same(
    tmp_path: Path, cli: Callable[..., Run], compiles: list[str], home: Path
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(ROOTS / "minimal", first)
    build(cli, first)
    shutil.copytree(ROOTS / "minimal", second)
    compiles.clear()
    build(cli, second)
    assert compiles == []
    assert outputs(second / "site") == outputs(first / "site")
    # The new output folder still keeps the compiled templates for the next process, the
    # very bytes the first build wrote (not the kept code marshalled again, whose bytes
    # follow its parts' reference counts: `clean` then `build` must give the same files).
    entries = cached(second)
    assert entries
    assert entries == cached(first)
    # What a process that compiles everything writes.
    theme._kept.clear()
    third = tmp_path / "third"
    shutil.copytree(ROOTS / "minimal", third)
    build(cli, third)
    assert compiles
    assert outputs(third / "site") == outputs(first / "site")
    assert cached(third) == cached(first)


def cached(root: Path) -> dict[str, bytes]:
    """The compiled templates of a project's output folder, by file name."""
    return {p.name: p.read_bytes() for p in sorted((root / "site" / TEMPLATE_CACHE).iterdir())}


def test_a_template_edited_between_two_builds_of_the_process_is_compiled_again(
    make_project: Callable[[str], Path], cli: Callable[..., Run], compiles: list[str], home: Path
) -> None:
    """As the watcher sees a theme edit: the same file, another text."""
    root = make_project("minimal")
    templates = root / "themes/default/templates"
    templates.mkdir(parents=True)
    base = (REPO / "themes/default/templates/base.html").read_text("utf-8")
    write(templates / "base.html", base.replace("</body>", "<!-- one --></body>", 1))
    build(cli, root)
    page = root / "site/acme/plan-of-action.html"
    assert "<!-- one -->" in page.read_text("utf-8")
    write(templates / "base.html", base.replace("</body>", "<!-- two --></body>", 1))
    compiles.clear()
    build(cli, root, "--force")
    assert compiles == ["base.html"]
    assert "<!-- two -->" in page.read_text("utf-8")
    assert "<!-- one -->" not in page.read_text("utf-8")


def test_a_theme_that_overrides_a_template_gets_its_own_code_not_the_default_one(
    make_project: Callable[[str], Path], cli: Callable[..., Run], home: Path
) -> None:
    plain = make_project("minimal")
    build(cli, plain)  # the default theme's page.html and base.html, compiled and kept
    root = make_project("good")
    shutil.rmtree(root / "content")
    shutil.copytree(plain / "content", root / "content")
    templates = root / "themes/default/templates"
    templates.mkdir(parents=True)
    for name in ("base.html", "plan-of-action.html"):
        text = (REPO / "themes/default/templates" / name).read_text("utf-8")
        write(templates / name, text.replace("</", "<!-- mine --></", 1))
    build(cli, root)
    page = (root / "site/acme/plan-of-action.html").read_text("utf-8")
    assert page.count("<!-- mine -->") == 2
    assert "<!-- mine -->" not in (plain / "site/acme/plan-of-action.html").read_text("utf-8")


def test_an_environment_compiling_otherwise_does_not_get_the_kept_code(tmp_path: Path) -> None:
    """The compiler's options are part of the key: environments that differ only in how
    they compile, loading the same file, each run their own code."""
    import jinja2

    write(tmp_path / "t.html", "{% if x %}\n  <{{ x | mark }}>\n  {% endif %}\n")

    def environment(kept: bool, passed: bool, **options: Any) -> jinja2.Environment:
        env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(tmp_path)),
            bytecode_cache=theme.template_cache(None, kept=kept),
            **options,
        )
        if passed:
            env.filters["mark"] = jinja2.pass_context(lambda context, value: f"{value}!")
        else:
            env.filters["mark"] = lambda value: f"{value}?"
        return env

    seen: set[str] = set()
    for passed, options in (
        (False, {"trim_blocks": True}),
        (False, {}),
        (False, {"trim_blocks": True, "lstrip_blocks": True}),
        (False, {"keep_trailing_newline": True}),
        (False, {"autoescape": True}),
        (True, {}),
    ):
        page = environment(True, passed, **options).get_template("t.html").render(x="a&b")
        fresh = environment(False, passed, **options).get_template("t.html").render(x="a&b")
        assert page == fresh, options
        seen.add(page)
    assert len(seen) == 6  # each environment compiles the file otherwise
    compiled = theme.kept_templates()
    environment(True, True).get_template("t.html")
    assert theme.kept_templates() == compiled
    # A filter replaced in an environment that has compiled the template already.
    env = environment(True, False)
    assert env.get_template("t.html").render(x="a") == "\n  <a?>\n  "
    env.filters["mark"] = jinja2.pass_context(lambda context, value: f"{value}!")
    env.cache.clear()  # type: ignore[union-attr]
    assert env.get_template("t.html").render(x="a") == "\n  <a!>\n  "
