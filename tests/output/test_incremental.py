"""Incremental builds: what a rebuild reads, rebuilds, writes, keeps and removes."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.output import fingerprint as incremental
from reinstate.output.manifest import MANIFEST, load_manifest
from reinstate.render.steps import BUILTIN_STEPS
from reinstate.run import project as session
from reinstate.run.build import BuildOptions, CaseBuild, Step, build_project
from support.common import TODAY, Run, digests_read, write

Cli = Callable[..., Run]
DATE = dt.date.fromisoformat(TODAY)


def tree(out: Path, manifest: bool = False) -> dict[str, bytes]:
    """The outputs under `out` (not the caches a build keeps there: compiled templates)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and (manifest or p.name != MANIFEST)
        and not p.relative_to(out).as_posix().startswith(".reinstate-cache/")
    }


def stats(out: Path) -> dict[str, tuple[int, int]]:
    return {
        p.relative_to(out).as_posix(): (p.stat().st_mtime_ns, p.stat().st_ino)
        for p in sorted(out.rglob("*"))
    }


def two_cases(make_project: Callable[[str], Path]) -> Path:
    root = make_project("minimal")
    shutil.copytree(root / "content/acme", root / "content/bravo")
    return root


def build_cli(cli: Cli, root: Path, *extra: str) -> Run:
    return cli("build", root, "--no-pdf", "--today", TODAY, *extra)


def rebuilt(run: Run) -> str:
    return run.lines[-1].split("(", 1)[1].split(")", 1)[0]


def test_no_change_rebuild_reads_only_stats_and_writes_nothing(
    make_project: Callable[[str], Path], cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(incremental, "RACY_NS", 0)  # no need to wait for stats to be trusted
    root = two_cases(make_project)
    assert build_cli(cli, root).status == 0
    build_cli(cli, root)  # stats taken after the last write: trusted from now on
    before = stats(root / "site")

    def no_hashing(path: Path) -> str:
        raise AssertionError(f"hashed {path}")

    def no_building(*args: object) -> None:
        raise AssertionError("built a case")

    monkeypatch.setattr(incremental, "file_digest", no_hashing)
    monkeypatch.setattr(session, "build_case", no_building)
    run = build_cli(cli, root)
    assert run.status == 0
    assert rebuilt(run) == "0 rebuilt, 2 up to date"
    assert "acme: 0 errors, 0 warnings (up to date)" in run.lines
    assert stats(root / "site") == before


def test_an_edit_rebuilds_only_its_case(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = two_cases(make_project)
    build_cli(cli, root)
    cause = root / "content/bravo/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text().replace("30 kettles", "31 kettles"))
    run = build_cli(cli, root)
    assert rebuilt(run) == "1 rebuilt, 1 up to date"
    assert "bravo: 0 errors, 0 warnings" in run.lines
    assert "31 kettles" in (root / "site/bravo/plan-of-action.html").read_text()
    assert "30 kettles" in (root / "site/acme/plan-of-action.html").read_text()


def test_same_size_edit_with_the_same_mtime_is_seen(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    """An edit within the file system's timestamp granularity keeps size and mtime."""
    root = make_project("minimal")
    build_cli(cli, root)
    cause = root / "content/acme/causes/unvetted-supplier.md"
    mtime = cause.stat().st_mtime_ns
    cause.write_text(cause.read_text().replace("30 kettles", "40 kettles"))
    os.utime(cause, ns=(mtime, mtime))
    build_cli(cli, root)
    assert "40 kettles" in (root / "site/acme/plan-of-action.html").read_text()


@pytest.mark.parametrize(
    ("rel", "text"),
    [
        ("reinstate.yaml", "paper: a4\n"),
        ("themes/default/static/extra.css", "body { color: #111 }\n"),
    ],
)
def test_settings_or_theme_edit_rebuilds_every_case(
    make_project: Callable[[str], Path], cli: Cli, rel: str, text: str
) -> None:
    root = two_cases(make_project)
    build_cli(cli, root)
    write(root / rel, text)
    assert rebuilt(build_cli(cli, root)) == "2 rebuilt, 0 up to date"
    assert rebuilt(build_cli(cli, root)) == "0 rebuilt, 2 up to date"


def test_force_and_date_rebuild_everything(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = two_cases(make_project)
    build_cli(cli, root)
    assert rebuilt(build_cli(cli, root, "--force")) == "2 rebuilt, 0 up to date"
    run = cli("build", root, "--no-pdf", "--today", "2025-03-19")
    assert rebuilt(run) == "2 rebuilt, 0 up to date"


def test_deleted_output_is_restored(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = make_project("minimal")
    build_cli(cli, root)
    plan = root / "site/acme/plan-of-action.html"
    expected = plan.read_bytes()
    plan.unlink()
    assert rebuilt(build_cli(cli, root)) == "1 rebuilt, 0 up to date"
    assert plan.read_bytes() == expected


def test_up_to_date_case_reports_its_diagnostics_again(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    root = make_project("minimal")
    action = root / "content/acme/actions/removed-stock.md"
    action.write_text(action.read_text().replace("{ref}`unvetted-supplier`", "{ref}`unvetted`"))
    first = build_cli(cli, root)
    again = build_cli(cli, root)
    assert rebuilt(again) == "0 rebuilt, 1 up to date"
    warnings = [line for line in first.lines if "[ref.unknown]" in line]
    assert warnings
    assert warnings == [line for line in again.lines if "[ref.unknown]" in line]
    assert first.status == again.status


def test_failed_case_keeps_outputs_and_is_retried(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    root = make_project("minimal")
    build_cli(cli, root)
    good = tree(root / "site")
    case = root / "content/acme/case.md"
    text = case.read_text()
    case.write_text(text.replace("kind: case", "kind: case\nseller: [broken"))
    for _ in range(2):  # a failed case is never up to date
        run = build_cli(cli, root)
        assert run.status == 1
        assert "  not built: the last good outputs were kept" in run.lines
    assert {k: v for k, v in tree(root / "site").items() if k != "index.html"} == {
        k: v for k, v in good.items() if k != "index.html"
    }
    case.write_text(text)
    assert build_cli(cli, root).status == 0
    assert tree(root / "site") == good


def test_deleted_and_renamed_cases(make_project: Callable[[str], Path], cli: Cli) -> None:
    root = two_cases(make_project)
    build_cli(cli, root)
    (root / "content/bravo").rename(root / "content/charlie")
    run = build_cli(cli, root)
    assert rebuilt(run) == "1 rebuilt, 1 up to date"
    assert not (root / "site/bravo").exists()
    assert (root / "site/charlie/plan-of-action.html").is_file()
    index = (root / "site/index.html").read_text()
    assert "charlie/" in index
    assert "bravo/" not in index
    assert set(load_manifest(root / "site").cases) == {"", "acme", "charlie"}


def test_parallel_build_equals_serial_build(
    make_project: Callable[[str], Path], cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(session, "POOL_MIN_CASES", 2)  # use the pool even for three cases
    root = two_cases(make_project)
    shutil.copytree(root / "content/acme", root / "content/delta")
    serial = build_cli(cli, root, "-j", "1", "--out", tmp_path / "serial")
    parallel = build_cli(cli, root, "-j", "2", "--out", tmp_path / "parallel")
    assert serial.status == parallel.status == 0
    assert tree(tmp_path / "serial") == tree(tmp_path / "parallel")
    progress = [line.split() for line in parallel.lines if line.startswith("[")]
    assert [count for count, _slug in progress] == ["[1/3]", "[2/3]", "[3/3]"]
    assert sorted(slug for _count, slug in progress) == ["acme", "bravo", "delta"]


def test_pool_workers_run_registered_slow_steps(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = two_cases(make_project)
    steps = (*FAST_STEPS, Step("receipt", render_receipt, slow=True))
    result = build_project(root, BuildOptions(jobs=2, today=DATE, steps=steps))
    assert result.rebuilt == 2
    for slug in ("acme", "bravo"):
        assert (root / f"site/{slug}/receipt.txt").read_text() == f"receipt for {slug}\n"
        assert load_manifest(root / "site").cases[slug].complete
    assert build_project(root, BuildOptions(jobs=2, today=DATE, steps=steps)).rebuilt == 0


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_a_moved_snapshot_tag_rebuilds_the_case(
    make_project: Callable[[str], Path], cli: Cli
) -> None:
    """R21 compares the plan with the case at its `snapshot:` revision: where the name
    points is an input, though it is no file of the case."""
    root = make_project("minimal")
    case = root / "content/acme/case.md"
    case.write_text(
        case.read_text().replace(
            "    reply_date: 2025-02-14", "    reply_date: 2025-02-14\n    snapshot: v1"
        )
    )
    git(root, "init", "-q")
    git(
        root,
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-qm",
        "x",
        "--allow-empty",
    )
    unknown = build_cli(cli, root)
    assert "git does not know the revision 'v1'" in unknown.err
    assert rebuilt(build_cli(cli, root)) == "0 rebuilt, 1 up to date"
    git(root, "add", "-A")
    git(root, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "as sent")
    git(root, "tag", "v1")
    tagged = build_cli(cli, root)
    assert rebuilt(tagged) == "1 rebuilt, 0 up to date"
    assert "git does not know the revision 'v1'" not in tagged.err
    assert "[revision.unchanged]" in tagged.err  # now compared: the plan is the same
    assert rebuilt(build_cli(cli, root)) == "0 rebuilt, 1 up to date"


def render_receipt(case: CaseBuild) -> None:
    """A stand-in slow step: writes a file only when slow steps run."""
    case.add("receipt.txt", f"receipt for {case.resolved.case.slug}\n", "Receipt")


FAST_STEPS = tuple(step for step in BUILTIN_STEPS if not step.slow)
"""The built-in steps but the bundle's (and its e-mail's): the tests of slow steps use
their stand-in, which takes the same path (the pool, the manifest's list of slow outputs)
in milliseconds."""


def test_skipping_slow_steps_keeps_their_last_outputs(
    make_project: Callable[[str], Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project("minimal")
    steps = (*FAST_STEPS, Step("receipt", render_receipt, slow=True))
    receipt = root / "site/acme/receipt.txt"
    full = BuildOptions(today=DATE, steps=steps)
    build_project(root, full)
    assert receipt.read_text() == "receipt for acme\n"
    cause = root / "content/acme/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text() + "\nMore.\n")
    fast = build_project(root, BuildOptions(pdf=False, today=DATE, steps=steps))
    assert fast.rebuilt == 1
    assert receipt.is_file()
    entry = load_manifest(root / "site").cases["acme"]
    assert not entry.complete
    assert "acme/receipt.txt" in entry.slow
    # --no-pdf is satisfied by the fast build; a full build finishes the job.
    assert build_project(root, BuildOptions(pdf=False, today=DATE, steps=steps)).rebuilt == 0
    assert build_project(root, full).rebuilt == 1
    assert load_manifest(root / "site").cases["acme"].complete


def test_a_file_over_every_limit_is_fingerprinted_by_its_stat_unread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2.5 GB exhibit is refused unread; hashing it to decide on a rebuild read it all."""
    small, huge = tmp_path / "small.md", tmp_path / "huge.pdf"
    small.write_text("x", "utf-8")
    huge.write_bytes(b"%PDF-1.7\n")
    with huge.open("r+b") as handle:
        handle.truncate(5 << 29)  # sparse
    read = digests_read(monkeypatch)
    files = {"small.md": str(small), "huge.pdf": str(huge)}
    first = incremental.snapshot(files, None, max_bytes=64 << 20)
    assert read == ["small.md"] and first.hashes["huge.pdf"].startswith("stat:")
    with huge.open("r+b") as handle:
        handle.truncate(6 << 29)
    assert (
        incremental.snapshot(files, None, 64 << 20).hashes["huge.pdf"] != first.hashes["huge.pdf"]
    )
