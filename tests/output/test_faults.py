"""Faults: an output folder that cannot be written, a full disk, exhibits that change while
they are built, a corrupt manifest. Each ends in a clear message (never a traceback), no
half-written file, and a next build whose output is exactly that of a clean build.

The build killed at random points is in test_kill.py.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from reinstate.commands import build as build_command
from reinstate.output.manifest import MANIFEST
from reinstate.render.steps import BUILTIN_STEPS
from reinstate.run.build import BuildOptions, CaseBuild, Step
from support.common import TODAY, Run, write
from support.faults import (
    CleanBuilds,
    FullDisk,
    Tree,
    copy_root,
    png,
    read_only,
    run,
    tree,
    visible,
)
from support.watching import Start, watching

__all__ = ["watching"]

Cli = Callable[..., Run]
CAUSE = "content/acme/causes/unvetted-supplier.md"


@pytest.fixture(scope="module")
def clean_build(tmp_path_factory: pytest.TempPathFactory) -> CleanBuilds:
    """The output of a clean build of a copy of a project's sources, each built once."""
    return CleanBuilds(tmp_path_factory.mktemp("clean"))


@pytest.fixture(scope="module")
def minimal_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal project after a full build (bundle included), built once; tests copy it."""
    project = copy_root("minimal", tmp_path_factory.mktemp("built") / "project")
    assert run("build", project, "--today", TODAY) == 0
    return project


def two_cases(tmp_path: Path) -> Path:
    """The minimal project with a second case, so a build writes more than one folder."""
    project = copy_root("minimal", tmp_path / "project")
    for path in sorted((project / "content/acme").rglob("*")):
        target = project / "content/bravo" / path.relative_to(project / "content/acme")
        if path.is_dir():
            target.mkdir(parents=True, exist_ok=True)
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return project


def edit(project: Path) -> None:
    """A change that rewrites pages of both cases and adds an output (a free page)."""
    for slug in ("acme", "bravo"):
        cause = project / f"content/{slug}/causes/unvetted-supplier.md"
        cause.write_text(cause.read_text().replace("30 kettles", "31 kettles"))
    write(project / "content/acme/notes.md", "---\nkind: page\ntitle: Notes\n---\nSent.\n")


def build(cli: Cli, project: Path, *args: str) -> Run:
    return cli("build", project, "--today", TODAY, "--no-pdf", *args)


def assert_whole(files: Tree, *versions: Tree) -> None:
    """Every file a reader can get is one complete version of it: nothing half-written."""
    for rel, data in visible(files).items():
        assert any(version.get(rel) == data for version in versions), f"{rel} is not whole"


# An output folder that cannot be written --------------------------------------------------


@pytest.mark.parametrize("first", [True, False], ids=["first-build", "rebuild"])
def test_an_unwritable_output_folder_is_a_clear_error(
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    clean_build: CleanBuilds,
    first: bool,
) -> None:
    project = two_cases(tmp_path)
    if not first:
        assert build(cli, project).status == 0
        edit(project)
    before = tree(project / "site")
    with monkeypatch.context() as patch:
        read_only(patch, project / "site")
        result = build(cli, project)
    assert result.status == 2, result.err
    assert "Traceback" not in result.err
    assert "the output folder is not writable" in result.err
    assert tree(project / "site") == before
    assert build(cli, project).status == 0  # writable again
    assert tree(project / "site") == clean_build(project, "--no-pdf")


def test_an_output_folder_under_a_file_is_a_clear_error(tmp_path: Path, cli: Cli) -> None:
    """A real refusal by the system, even for root: a folder cannot be made inside a file."""
    project = two_cases(tmp_path)
    write(project / "blocker", "a file where the output folder should go\n")
    result = build(cli, project, "--out", str(project / "blocker/site"))
    assert result.status == 2
    assert "Traceback" not in result.err
    assert "is inside 'blocker', which is not a folder" in result.err


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores chmod")
def test_a_read_only_output_folder(tmp_path: Path, cli: Cli) -> None:
    project = two_cases(tmp_path)
    assert build(cli, project).status == 0
    edit(project)
    before = tree(project / "site")
    folders = [project / "site", *(p for p in (project / "site").rglob("*") if p.is_dir())]
    for folder in folders:
        folder.chmod(0o555)
    try:
        result = build(cli, project)
    finally:
        for folder in folders:
            folder.chmod(0o755)
    assert result.status == 2 and "not writable" in result.err
    assert tree(project / "site") == before


# A full disk ------------------------------------------------------------------------------


@pytest.mark.parametrize("nth", [1, 2, 6, 0], ids=["first", "second", "sixth", "manifest"])
def test_a_full_disk_keeps_every_file_whole(
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    clean_build: CleanBuilds,
    nth: int,
) -> None:
    project = two_cases(tmp_path)
    assert build(cli, project).status == 0
    old = tree(project / "site")
    edit(project)
    new = clean_build(project, "--no-pdf")
    full = FullDisk(project / "site", nth=nth, name="" if nth else MANIFEST)
    with monkeypatch.context() as patch:
        patch.setattr(os, "fdopen", full)
        result = build(cli, project)
    assert full.failed
    assert result.status == 2, result.err
    assert "Traceback" not in result.err
    assert "the disk is full" in result.err
    after = tree(project / "site")
    assert_whole(after, old, new)
    assert set(visible(old)) <= set(visible(after))  # no output lost, none emptied
    assert not [rel for rel in after if rel.endswith(".tmp")]
    assert build(cli, project).status == 0  # space again: exactly a clean build
    assert tree(project / "site") == new


# Exhibits that change while the case is built ---------------------------------------------


def during_build(monkeypatch: pytest.MonkeyPatch, before: str, action: Callable[[], None]) -> None:
    """Run `action` once, during the render stage, just before the step `before`."""
    steps = list(BUILTIN_STEPS)
    done: list[bool] = []

    def hit(case_build: CaseBuild) -> None:
        if not done:
            done.append(True)
            action()

    at = next(i for i, step in enumerate(steps) if step.name == before)
    build_with(monkeypatch, (*steps[:at], Step("fault", hit), *steps[at:]))


def build_with(monkeypatch: pytest.MonkeyPatch, steps: tuple[Step, ...]) -> None:
    """Make `reinstate build` (in this process) render with `steps`."""
    monkeypatch.setattr(build_command, "BuildOptions", partial(BuildOptions, steps=steps))


@pytest.mark.parametrize("before", ["site", "text", "pdf", "email"])
def test_an_exhibit_deleted_during_the_build(
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    clean_build: CleanBuilds,
    minimal_built: Path,
    before: str,
) -> None:
    project = Path(shutil.copytree(minimal_built, tmp_path / "project", symlinks=True))
    exhibit = project / "content/acme/files/invoice-881.png"
    good = tree(project / "site")
    cause = project / CAUSE
    cause.write_text(cause.read_text().replace("30 kettles", "31 kettles"))
    data = exhibit.read_bytes()
    during_build(monkeypatch, before, exhibit.unlink)
    result = cli("build", project, "--today", TODAY)
    assert result.status == 1, result.err
    assert "Traceback" not in result.err
    assert (
        "content/acme/exhibits/invoice.md:4:7: error: exhibit file 'files/invoice-881.png' "
        "does not exist" in result.err
    )
    case_files = {
        rel: data for rel, data in tree(project / "site").items() if rel.startswith("acme/")
    }
    assert case_files == {rel: data for rel, data in good.items() if rel.startswith("acme/")}
    exhibit.write_bytes(data)
    assert cli("build", project, "--today", TODAY).status == 0
    assert tree(project / "site") == clean_build(project)


@pytest.mark.parametrize("before", ["site", "text", "email"])
def test_an_exhibit_changed_during_the_build_and_back(
    tmp_path: Path,
    cli: Cli,
    monkeypatch: pytest.MonkeyPatch,
    clean_build: CleanBuilds,
    before: str,
) -> None:
    """Changed during a build, the exhibit is built again at once; changed back to what the
    build first read, the next build must not take the outputs for up to date."""
    project = copy_root("minimal", tmp_path / "project")
    exhibit = project / "content/acme/files/invoice-881.png"
    first, second = png("A"), png("B")
    assert len(first) == len(second)
    exhibit.write_bytes(first)
    cause = project / CAUSE
    cause.write_text(cause.read_text().replace("30 kettles", "31 kettles"))
    during_build(monkeypatch, before, lambda: exhibit.write_bytes(second))
    result = build(cli, project)
    assert result.status == 0, result.err
    assert tree(project / "site") == clean_build(project, "--no-pdf")
    exhibit.write_bytes(first)
    assert build(cli, project).status == 0
    assert tree(project / "site") == clean_build(project, "--no-pdf")


def test_an_exhibit_that_never_stops_changing(
    tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch, clean_build: CleanBuilds
) -> None:
    project = copy_root("minimal", tmp_path / "project")
    exhibit = project / "content/acme/files/invoice-881.png"
    notes = iter("ABCDEFGH")
    changing = [True]

    def change(case_build: CaseBuild) -> None:
        if changing[0]:
            exhibit.write_bytes(png(next(notes)))

    build_with(monkeypatch, (Step("fault", change), *BUILTIN_STEPS))
    result = build(cli, project)
    assert result.status == 0
    assert "its files kept changing while it was being built" in result.err
    assert "Traceback" not in result.err
    assert not (project / "site/acme").exists()  # nothing half-consistent was published
    changing[0] = False
    assert build(cli, project).status == 0  # once it holds still, it is built
    assert tree(project / "site") == clean_build(project, "--no-pdf")


# A corrupt or truncated manifest ----------------------------------------------------------


def corruptions(text: str) -> dict[str, str]:
    data = json.loads(text)
    acme = data["cases"]["acme"]
    variants = {
        "empty": "",
        "garbage": "\x00\xff not json at all",
        "null": "null",
        "list": "[]",
        "no-cases": json.dumps({**data, "cases": None}),
        "cases-list": json.dumps({**data, "cases": [1, 2]}),
        "bad-stat": json.dumps(_with(data, "acme", stats={"x": [1, 2]})),
        "bad-severity": json.dumps(
            _with(
                data,
                "acme",
                diagnostics=[{**d, "severity": "fatal"} for d in acme["diagnostics"]]
                or [{"severity": "x"}],
            )
        ),
        "summary-typed": json.dumps(_with(data, "acme", summary={"title": 3, "errors": "x"})),
        "summary-edited": json.dumps(
            _with(data, "acme", summary={**acme["summary"], "title": "Someone else"})
        ),
        "output-digest": json.dumps(
            _with(data, "acme", outputs=dict.fromkeys(acme["outputs"], "0" * 64))
        ),
        "outputs-outside": json.dumps(
            _with(data, "acme", outputs={**acme["outputs"], "../outside.txt": "0" * 64})
        ),
    }
    variants["flipped"] = text.replace("Acme Home", "Acme Hone", 1)  # still valid JSON
    variants["format-3"] = json.dumps({**data, "format": 3})
    for fraction in (0.1, 0.5, 0.9, 0.999):
        variants[f"truncated-{fraction}"] = text[: int(len(text) * fraction)]
    return variants


def _with(data: dict[str, object], slug: str, **fields: object) -> dict[str, object]:
    cases = dict(data["cases"])  # type: ignore[call-overload]
    cases[slug] = {**cases[slug], **fields}
    return {**data, "cases": cases}


def test_a_corrupt_manifest_gives_a_clean_build(
    tmp_path: Path, cli: Cli, clean_build: CleanBuilds
) -> None:
    project = two_cases(tmp_path)
    write(project / "outside.txt", "not the build's to remove\n")
    assert build(cli, project).status == 0
    clean = clean_build(project, "--no-pdf")
    manifest = project / "site" / MANIFEST
    good = manifest.read_text()
    for name, text in corruptions(good).items():
        manifest.write_text(text)
        result = build(cli, project)
        assert result.status == 0, f"{name}: {result.err}"
        assert "Traceback" not in result.err, name
        assert tree(project / "site") == clean, name
        assert (project / "outside.txt").is_file(), name
        if name.startswith(("summary-", "output-", "flipped")):
            # Still valid JSON; edited, not broken: rebuilt from scratch all the same.
            assert "(2 rebuilt, 0 up to date)" in result.err, name


# The watcher ------------------------------------------------------------------------------


def test_the_watcher_reports_a_full_disk_and_keeps_going(
    watching: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    running = watching()
    cause = running.root / CAUSE
    text = cause.read_text()
    full = FullDisk(running.site, name="plan-of-action.html")
    with monkeypatch.context() as patch:
        patch.setattr(os, "fdopen", full)
        cause.write_text(text.replace("30 kettles", "31 kettles"))
        running.settle()
    assert full.failed
    log = running.log.getvalue()
    assert "the disk is full" in log and "still watching" in log, log
    assert "Traceback" not in log and "bug" not in log
    assert "31 kettles" not in running.plan()  # the last whole page stays
    cause.write_text(text.replace("30 kettles", "32 kettles"))
    running.settle()
    assert "32 kettles" in running.plan()
