"""The stamp: a case whose inputs' paths and stats are those recorded is up to date
without reading the per-file records of the manifest.

The policy is Make's and Sphinx's (a file whose times and size did not change did not
change), with the inode and the change time added: no tool sets the ctime back, so a
same-size edit whose mtime was restored is still seen. A stamp is recorded only when
every file was older than the racy window when its stat was taken; younger files are
compared one by one (and hashed) until they are old enough.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.output import fingerprint as incremental
from reinstate.output.manifest import MANIFEST, Manifest, load_manifest
from reinstate.run import project as session
from support.common import TODAY, Run, digests_read, write

Cli = Callable[..., Run]
CAUSE = "content/bravo/causes/unvetted-supplier.md"
EXTRA = "content/bravo/notes/extra.txt"
SLUGS = ("acme", "bravo")


@pytest.fixture
def stamped(make_project: Callable[[str], Path], cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two cases built twice with no racy window: the second build records the stamps."""
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    root = make_project("minimal")
    write(root / "content/acme/notes/extra.txt", "kept\n")
    shutil.copytree(root / "content/acme", root / "content/bravo")
    assert build(cli, root).status == 0
    build(cli, root)
    manifest = load_manifest(root / "site")
    assert all(manifest.cases[slug].stamp for slug in ("", *SLUGS))
    return root


def build(cli: Cli, root: Path, *extra: str) -> Run:
    return cli("build", root, "--no-pdf", "--today", TODAY, *extra)


def rebuilt(run: Run) -> set[str]:
    """The cases the build built (not reported as up to date)."""
    done = set()
    for line in run.lines:
        slug, _, rest = line.partition(":")
        if slug in SLUGS and not rest.endswith("(up to date)"):
            done.add(slug)
    return done


def same_size_edit(root: Path) -> None:
    cause = root / CAUSE
    before = cause.stat()
    cause.write_text(cause.read_text().replace("30 kettles", "40 kettles"))
    os.utime(cause, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert cause.stat().st_size == before.st_size


def longer_edit_old_mtime(root: Path) -> None:
    cause = root / CAUSE
    before = cause.stat()
    cause.write_text(cause.read_text().replace("30 kettles", "300 kettles"))
    os.utime(cause, ns=(before.st_atime_ns, before.st_mtime_ns))


def exhibit_bytes(root: Path) -> None:
    image = root / "content/bravo/files/invoice-881.png"
    data = bytearray(image.read_bytes())
    data[-1] ^= 1
    before = image.stat()
    image.write_bytes(bytes(data))
    os.utime(image, ns=(before.st_atime_ns, before.st_mtime_ns))


def new_file(root: Path) -> None:
    write(root / "content/bravo/notes/new.txt", "new\n")


def deleted_file(root: Path) -> None:
    (root / EXTRA).unlink()


def renamed_file(root: Path) -> None:
    (root / EXTRA).rename(root / "content/bravo/notes/moved.txt")


def swapped_files(root: Path) -> None:
    """Two files of the same size exchange names: sizes and times stay, inodes move."""
    write(root / EXTRA, "abcd\n")
    write(root / "content/bravo/notes/other.txt", "wxyz\n")


def deleted_output(root: Path) -> None:
    (root / "site/bravo/plan-of-action.html").unlink()


def theme_file(root: Path) -> None:
    write(root / "themes/default/static/extra.css", "body { color: #111 }\n")


def settings_file(root: Path) -> None:
    write(root / "reinstate.yaml", "paper: a4\n")


CHANGES: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "same-size edit, mtime restored": (same_size_edit, {"bravo"}),
    "longer edit, mtime restored": (longer_edit_old_mtime, {"bravo"}),
    "exhibit file bytes, mtime restored": (exhibit_bytes, {"bravo"}),
    "new file": (new_file, {"bravo"}),
    "deleted file": (deleted_file, {"bravo"}),
    "renamed file": (renamed_file, {"bravo"}),
    "deleted output": (deleted_output, {"bravo"}),
    "theme": (theme_file, {"acme", "bravo"}),
    "settings": (settings_file, {"acme", "bravo"}),
}


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_change_after_the_stamp_rebuilds_exactly_its_cases(
    stamped: Path, cli: Cli, name: str
) -> None:
    change, expected = CHANGES[name]
    change(stamped)
    run = build(cli, stamped)
    assert rebuilt(run) == expected, run.err
    assert rebuilt(build(cli, stamped)) == set()  # and then it is up to date again


def test_files_that_swap_names_are_seen(stamped: Path, cli: Cli) -> None:
    swapped_files(stamped)
    build(cli, stamped)
    build(cli, stamped)  # stamped again, with both files
    extra, other = stamped / EXTRA, stamped / "content/bravo/notes/other.txt"
    times = [(p.stat().st_atime_ns, p.stat().st_mtime_ns) for p in (extra, other)]
    moved = stamped / "content/bravo/notes/swap"
    extra.rename(moved)
    other.rename(extra)
    moved.rename(other)
    for path, ns in zip((extra, other), reversed(times), strict=True):
        os.utime(path, ns=ns)
    assert rebuilt(build(cli, stamped)) == {"bravo"}


def test_version_and_date_rebuild_every_case(
    stamped: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rebuilt(build(cli, stamped, "--today", "2026-01-02")) == set(SLUGS)
    build(cli, stamped)
    monkeypatch.setattr(incremental, "__version__", "0.0.0-other")
    assert rebuilt(build(cli, stamped)) == set(SLUGS)


def test_a_stamped_case_is_decided_without_the_files_part(
    stamped: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    def untouched(self: Manifest) -> None:
        if self.files is not None:
            raise AssertionError("read the inputs part of the manifest")

    def no_hashing(path: Path) -> str:
        raise AssertionError(f"hashed {path}")

    monkeypatch.setattr(Manifest, "load_files", untouched)
    monkeypatch.setattr(incremental, "file_digest", no_hashing)
    monkeypatch.setattr(session, "build_case", no_hashing)
    run = build(cli, stamped)
    assert run.status == 0 and rebuilt(run) == set()
    assert "(0 rebuilt, 2 up to date)" in run.err


def test_a_racy_file_gets_no_stamp_until_it_is_old_enough(
    stamped: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Within the racy window the stamp is not recorded: the next build hashes the files
    (an edit within the timestamps' granularity keeps the stat) and then stamps them."""
    monkeypatch.setattr(incremental, "RACY_NS", 10**18)  # every file is too recent
    same_size_edit(stamped)
    assert rebuilt(build(cli, stamped)) == {"bravo"}
    assert not load_manifest(stamped / "site").cases["bravo"].stamp
    read = digests_read(monkeypatch)
    assert rebuilt(build(cli, stamped)) == set()
    assert "unvetted-supplier.md" in read  # compared by content, not by stat
    monkeypatch.setattr(incremental, "RACY_NS", 0)
    build(cli, stamped)  # old enough now: stamped
    assert load_manifest(stamped / "site").cases["bravo"].stamp


def test_a_damaged_inputs_part_costs_hashing_not_correctness(stamped: Path, cli: Cli) -> None:
    manifest = stamped / "site" / MANIFEST
    raw = manifest.read_bytes()
    files = raw.index(b',"files":')
    digest = raw.index(b'"', raw.index(b"unvetted-supplier.md", files) + 22) + 1
    flipped = b"0" if raw[digest : digest + 1] != b"0" else b"1"
    manifest.write_bytes(raw[:digest] + flipped + raw[digest + 1 :])
    json.loads(manifest.read_text())  # still valid JSON, and its first part still sealed
    assert rebuilt(build(cli, stamped)) == set()  # stamps: the damaged part is not read
    same_size_edit(stamped)
    assert rebuilt(build(cli, stamped)) == {"bravo"}
    assert "40 kettles" in (stamped / "site/bravo/plan-of-action.html").read_text()
    # No entry trusts the damaged part: acme is hashed again, found unchanged, stamped.
    assert rebuilt(build(cli, stamped)) == set()
    assert all(load_manifest(stamped / "site").cases[slug].stamp for slug in SLUGS)
    assert rebuilt(build(cli, stamped)) == set()


def test_a_no_change_build_imports_no_stage_and_no_renderer(stamped: Path) -> None:
    """Every case up to date: `reinstate build` loads neither the case build (stages,
    checks, renderers, the case model), the rule machinery, markdown-it-py nor the
    process pool."""
    code = (
        "import sys\n"
        "import reinstate.output.fingerprint as f\n"
        "f.RACY_NS = 0\n"
        "from reinstate.cli import main\n"
        f"status = main(['build', {str(stamped)!r}, '--no-pdf', '-q', '--today', {TODAY!r}])\n"
        "print(status, ' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    status, modules = done.stdout.split(" ", 1)
    assert status == "0", done.stderr
    loaded = set(modules.split())
    for name in (
        "reinstate.run.case",
        "reinstate.run.pool",
        "reinstate.stages.load",
        "reinstate.render.letter",
        "reinstate.render.plain",
        "reinstate.render.site",
        "reinstate.render.step",
        "reinstate.checks.rule",
        "reinstate.checks.status",
        "reinstate.core.model",
        "reinstate.stages.markdown",
        "reinstate.stages.resolve",
        "markdown_it",
        "jinja2",
        "multiprocessing",
    ):
        assert name not in loaded, name


def test_the_code_inputs_are_every_module_of_the_package() -> None:
    """The shared inputs name reinstate's code by walking its packages only (not its data
    folders): that must be every `.py` file under the package, so a module outside a
    package (a folder without `__init__.py`) would be missed, and fails here."""
    package = Path(incremental.reinstate.__file__).resolve().parent
    every = {
        "reinstate:" + path.relative_to(package).as_posix(): str(path)
        for path in package.rglob("*.py")
    }
    assert incremental.code_files() == every
    assert "reinstate:output/fingerprint.py" in every


def test_discovery_lists_the_inputs_a_walk_of_the_folder_finds(
    make_project: Callable[[str], Path],
) -> None:
    """`case_files` takes a case's inputs, keyed by their project-relative paths, from the
    listing discovery made; it must be what walking the folder again finds: nested,
    hidden and `_` files, a link to a file inside the folder, not a hidden folder's files
    nor a link leading out of the folder."""
    from reinstate.core.config import load_config
    from reinstate.core.diagnostics import Reporter
    from reinstate.stages.discover import discover

    root = make_project("minimal")
    case = root / "content/acme"
    write(case / "notes/deep/er/file.txt", "deep\n")
    write(case / "_draft.md", "draft\n")
    write(case / ".hidden-file", "kept\n")
    write(case / ".git/config", "not an input\n")
    (case / "notes/link.txt").symlink_to(case / "notes/deep/er/file.txt")
    (case / "notes/outside.txt").symlink_to(write(root / "secret.txt", "secret\n"))
    reporter = Reporter()
    config = load_config(root, reporter)
    (case_dir,) = discover(config, reporter).cases
    listed = incremental.case_files(config, case_dir)
    assert listed == incremental.case_files(config, case_dir, again=True)
    assert {
        "content/acme/notes/deep/er/file.txt",
        "content/acme/_draft.md",
        "content/acme/.hidden-file",
        "content/acme/notes/link.txt",
    } <= set(listed)
    assert not any(".git" in rel or rel.endswith("outside.txt") for rel in listed)


def test_the_stamp_covers_every_path_and_every_number_of_each_stat() -> None:
    """The stamp is the whole key of a case's inputs: a path renamed, added or removed, or
    any of the four numbers of any file's stat changed (a stamp that dropped the inode,
    the ctime or a path would fail here), gives another stamp; the order in which the
    files were listed does not."""
    stats = {
        "content/a/case.md": (120, 1_700_000_000_000_000_001, 1_700_000_000_000_000_002, 11),
        "content/a/files/scan.png": (0, -5, 3, 2**64 - 1),  # an inode past 2**63 too
        "content/a/notes/é.txt": (7, 8, 9, 10),
    }
    stamp = incremental.stamp_of(stats)
    assert stamp == incremental.stamp_of(dict(reversed(stats.items())))
    others = set()
    for rel, stat in stats.items():
        for index in range(4):
            changed = list(stat)
            changed[index] += 1
            others.add(incremental.stamp_of({**stats, rel: tuple(changed)}))  # type: ignore[dict-item]
        renamed = {k if k != rel else k + "x": v for k, v in stats.items()}
        others.add(incremental.stamp_of(renamed))
        others.add(incremental.stamp_of({k: v for k, v in stats.items() if k != rel}))
    others.add(incremental.stamp_of({**stats, "content/a/new.txt": (1, 2, 3, 4)}))
    joined = {"content/a/case.md\0content/a/files/scan.png": stats["content/a/case.md"]}
    others.add(incremental.stamp_of(joined))
    assert stamp not in others
    assert len(others) == 4 * 3 + 2 * 3 + 2


def test_unchanged_gives_the_stats_a_snapshot_takes(tmp_path: Path) -> None:
    """`unchanged` stats the files in one pass (in C) and falls back to a loop when one
    has vanished or is no regular file: either way it finds the stats and the stamp that
    `snapshot` records, and a file touched since gives no snapshot."""
    from reinstate.output.manifest import CaseEntry

    files = {f"content/a/{name}": str(write(tmp_path / name, name)) for name in "bca"}
    taken = incremental.snapshot(files, None)
    stamp = incremental.stamp_of(taken.stats)  # recorded, whatever the racy window says
    entry = CaseEntry(inputs=dict(taken.hashes), stamp=stamp, digest=taken.digest())
    same = incremental.unchanged(files, entry)
    assert same is not None and same.stats == taken.stats and same.paths == taken.paths
    assert same.digest() == taken.digest()
    os.mkfifo(tmp_path / "pipe")
    with_odd = {**files, "content/a/pipe": str(tmp_path / "pipe"), "content/a/gone": "/gone"}
    odd = incremental.unchanged(with_odd, entry)
    assert odd is not None and odd.stats == taken.stats and odd.paths == taken.paths
    touched = Path(files["content/a/b"])
    os.utime(touched, ns=(0, touched.stat().st_mtime_ns + 1))
    assert incremental.unchanged(files, entry) is None
    assert incremental.unchanged(with_odd, entry) is None


def test_the_collector_pause_leaves_no_object_frozen_and_no_cycle_behind() -> None:
    """What the planning made is moved to the oldest generation, not frozen: a reference
    cycle made then is still collected, nothing stays frozen, and objects someone else
    froze (the watcher freezes what its builds leave) stay frozen."""
    import gc
    import weakref

    from reinstate.run.build import paused_collector

    class Node:
        cycle: object = None

    def cycle() -> weakref.ref[Node]:
        node = Node()
        node.cycle = node
        return weakref.ref(node)

    with paused_collector():
        assert not gc.isenabled()
        made = cycle()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.collect()
    assert made() is None  # the cycle was not frozen away
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_collector():
            cycle()
        assert frozen and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_outputs_present_is_isfile_of_each(tmp_path: Path) -> None:
    """Every recorded output must be a file there now: a missing one, a folder in its
    place or a name no file can have (a NUL) makes the case not fresh, as `isfile` did."""
    write(tmp_path / "a/index.html", "x")
    write(tmp_path / "a/plan.txt", "x")
    assert incremental.outputs_present(tmp_path, ["a/index.html", "a/plan.txt"])
    assert incremental.outputs_present(tmp_path, [])
    assert not incremental.outputs_present(tmp_path, ["a/index.html", "a/gone.html"])
    (tmp_path / "a/folder.html").mkdir()
    assert not incremental.outputs_present(tmp_path, ["a/index.html", "a/folder.html"])
    assert not incremental.outputs_present(tmp_path, ["a/index.html", "a/nul\0.html"])
