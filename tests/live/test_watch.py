"""`reinstate watch`: saves of every kind rebuild the case; bad input never stops it."""

from __future__ import annotations

import gc
import io
import shutil
import signal
import sys
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.commands.watch import stop_on_signals
from reinstate.core.config import Config
from reinstate.live.changes import Layout, is_temp
from reinstate.live.loop import Watcher
from reinstate.run.build import BuildOptions
from support.common import TODAY, write
from support.processes import reinstate_process
from support.watching import DATE, FAST_STEPS, Start, watching

__all__ = ["watching"]
CAUSE = "content/acme/causes/unvetted-supplier.md"


def edit(path: Path, old: str, new: str) -> None:
    path.write_text(path.read_text().replace(old, new))


def atomic_save(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp1234")
    tmp.write_text(text)
    tmp.replace(path)


def vim_save(path: Path, text: str) -> None:
    """What vim does with `backupcopy=no`: probe, rename to a backup, write, delete it."""
    probe = path.with_name("4913")
    probe.write_text("")
    probe.unlink()
    backup = path.with_name(path.name + "~")
    path.rename(backup)
    path.write_text(text)
    backup.unlink()


def test_temp_names() -> None:
    for name in ("4913", "case.md~", ".case.md.swp", ".x.tmp", "#case.md#", "sedA1b2C3", "x.tmp"):
        assert is_temp(name), name
    for name in ("case.md", "invoice.pdf", "notes_v2.md", "sed.md"):
        assert not is_temp(name), name


def test_layout_tells_which_case_changed(tmp_path: Path) -> None:
    root = tmp_path
    config = Config(root=root, content=root / "content", output=root / "site")
    layout = Layout.of(config, None, root / "site")
    case = root / "content/acme"
    assert layout.classify(case / "causes/a.md", False).slug == "acme"  # type: ignore[union-attr]
    assert layout.classify(case, True).path == "case folder"  # type: ignore[union-attr]
    assert layout.classify(case / "causes/.a.md.swp", False) is None
    assert layout.classify(root / "content/_drafts/a.md", False) is None
    assert layout.classify(root / "content/notes.txt", False) is None
    assert layout.classify(root / "site/acme/index.html", False) is None
    assert layout.classify(root / "README.md", False) is None
    assert layout.classify(root / "reinstate.yaml", False).slug is None  # type: ignore[union-attr]
    assert layout.classify(root / "themes/x/static/a.css", False).slug is None  # type: ignore[union-attr]


def test_every_kind_of_save_rebuilds_once(watching: Start) -> None:
    running = watching()
    cause = running.root / CAUSE
    for n, save in enumerate((Path.write_text, atomic_save, vim_save)):
        text = cause.read_text().replace("kettles", f"kettles ({n})", 1)
        save(cause, text)
        running.settle()
        assert f"kettles ({n})" in running.plan()
    rebuilds = [line for line in running.lines() if "→ rebuilt" in line]
    assert len(rebuilds) == 3, running.lines()
    assert all("acme: causes/unvetted-supplier.md → rebuilt in" in line for line in rebuilds)
    assert not any("4913" in line or ".tmp" in line or "~" in line for line in running.lines())


def test_broken_file_keeps_last_good_outputs_then_recovers(watching: Start) -> None:
    running = watching()
    cause = running.root / CAUSE
    good = running.plan()
    text = cause.read_text()
    cause.write_text(text.replace("title:", "title: [unclosed", 1))
    running.settle()
    assert running.plan() == good
    failed = running.updates[-1].cases["acme"]
    assert not failed.ok
    assert any(d.location.path == CAUSE and d.location.line > 1 for d in failed.diagnostics)
    assert any("→ failed in" in line for line in running.lines())
    assert any(line.startswith(f"  {CAUSE}:") and "error" in line for line in running.lines())
    cause.write_text(text.replace("30 kettles", "33 kettles"))
    running.settle()
    assert "33 kettles" in running.plan()
    assert running.updates[-1].cases["acme"].ok


def test_cases_come_and_go(watching: Start) -> None:
    running = watching()
    content = running.root / "content"
    shutil.copytree(content / "acme", content / "bravo")
    running.settle()
    assert (running.site / "bravo/plan-of-action.html").is_file()
    (content / "bravo").rename(content / "charlie")
    running.settle()
    assert not (running.site / "bravo").exists()
    assert (running.site / "charlie/plan-of-action.html").is_file()
    (content / "charlie/causes/unvetted-supplier.md").rename(content / "charlie/causes/moved.md")
    running.settle()
    assert "kettles" in running.plan("charlie")
    (content / "charlie/case.md").unlink()
    running.settle()
    assert not (running.site / "charlie").exists()
    assert any("charlie: case.md → case removed" in line for line in running.lines())
    shutil.rmtree(content / "charlie")
    running.settle()
    index = (running.site / "index.html").read_text()
    assert "acme/" in index
    assert "charlie/" not in index


def test_deleted_output_folder_is_rebuilt(watching: Start) -> None:
    running = watching()
    shutil.rmtree(running.site)
    running.settle()  # the watcher looks when it is idle, twice a second
    assert "30 kettles" in running.plan()
    assert any("output folder removed → 1 of 1 cases rebuilt" in line for line in running.lines())


def test_settings_and_theme_edits_rebuild_every_case(watching: Start) -> None:
    first = watching()
    first.stop()
    root = first.root
    running = watching(root)  # a watcher on an up-to-date project builds nothing
    assert "start → 0 of 1 cases rebuilt" in running.rebuilds()[0]
    write(root / "themes/default/templates/page.html", '{% extends "default/page.html" %}\n')
    running.settle()
    assert "themes → 1 of 1 cases rebuilt" in running.rebuilds()[-1]
    write(root / "themes/default/static/reinstate.css", "body { color: #222 }\n")
    running.settle()
    assert "themes/default/static/reinstate.css → 1 of 1" in running.rebuilds()[-1]
    assert (running.site / "_static/reinstate.css").read_text() == "body { color: #222 }\n"
    write(root / "reinstate.yaml", "paper: [a4\n")
    running.settle()
    assert "reinstate.yaml → error: reinstate.yaml has errors" in running.rebuilds()[-1]
    located = "reinstate.yaml:2:1: error: invalid YAML: did not find expected ',' or ']'"
    assert any(line.strip().startswith(located) for line in running.lines())
    assert running.updates[-1].error.startswith(located)  # for the page overlay
    write(root / "reinstate.yaml", "strict: true\n")
    running.settle()
    assert "reinstate.yaml → 1 of 1 cases rebuilt" in running.rebuilds()[-1]
    assert not running.updates[-1].error


def test_bad_settings_at_start_are_waited_out(
    make_project: Callable[[str], Path], watching: Start
) -> None:
    root = make_project("minimal")
    write(root / "reinstate.yaml", "content: [\n")
    running = watching(root)
    assert "fix it and save again" in running.rebuilds()[0]
    assert not running.site.exists()
    write(root / "reinstate.yaml", "paper: a4\n")
    running.settle()
    assert "30 kettles" in running.plan()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM])
def test_interrupt_exits_cleanly(make_project: Callable[[str], Path], how: signal.Signals) -> None:
    root = make_project("minimal")
    with reinstate_process("watch", root, "--today", TODAY) as child:
        child.wait_for("Ctrl-C stops")  # the loop runs: the signal handlers are in place
        assert child.stop(how) == 0, child.output
    assert "Traceback" not in child.output
    assert child.output.rstrip().endswith("stopped watching")


class _Cycle:
    def __init__(self) -> None:
        self.me = self


class _InterruptedWhileCollected(_Cycle):
    """A cycle whose finalizer is where Ctrl-C lands: the signal is handled at once, by
    the handler in place, while the collector runs the finalizer (as in the idle sweep)."""

    def __del__(self) -> None:
        signal.raise_signal(signal.SIGINT)


def test_a_ctrl_c_handled_inside_a_finalizer_stops_the_watcher(tmp_path: Path) -> None:
    lost: list[BaseException | None] = []

    def collect_while_pressed() -> None:
        _InterruptedWhileCollected()
        hook, sys.unraisablehook = sys.unraisablehook, lambda raised: lost.append(raised.exc_value)
        try:
            gc.collect()
        finally:
            sys.unraisablehook = hook

    # Python's own handler: the KeyboardInterrupt it raises there is reported as ignored.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        collect_while_pressed()
    finally:
        signal.signal(signal.SIGINT, previous)
    assert [type(exc) for exc in lost] == [KeyboardInterrupt]

    # The watcher's: idle, as during its sweep, the press asks the loop to stop.
    watcher = Watcher(tmp_path, BuildOptions(steps=FAST_STEPS, today=DATE), io.StringIO())
    watcher.working, lost[:] = False, []
    try:
        with stop_on_signals(watcher):
            collect_while_pressed()
            assert lost == []
            assert watcher.stopping.is_set()
            with pytest.raises(KeyboardInterrupt):  # a second press stops it at once
                signal.raise_signal(signal.SIGINT)
    finally:
        watcher.close()


def test_a_ctrl_c_during_a_build_interrupts_it(tmp_path: Path) -> None:
    watcher = Watcher(tmp_path, BuildOptions(steps=FAST_STEPS, today=DATE), io.StringIO())
    try:
        assert watcher.working  # until the first build is done
        with stop_on_signals(watcher), pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)
        assert watcher.stopping.is_set()  # should the exception be lost, the loop still ends
    finally:
        watcher.close()


def test_what_builds_leave_is_frozen_and_swept_when_idle(tmp_path: Path) -> None:
    """After a build the watcher freezes what is alive (the collector does not walk a long
    page's tokens again during the next save); an idle sweep collects the cycles among it,
    and closing gives the process its collector back."""
    watcher = Watcher(tmp_path, BuildOptions(steps=FAST_STEPS, today=DATE), io.StringIO())
    try:
        cycle = weakref.ref(_Cycle())
        gc.freeze()  # as after a build
        watcher.unswept = True
        gc.collect()
        assert cycle() is not None  # frozen: no collection during the next save reaches it
        watcher._sweep()
        assert cycle() is None
        assert not watcher.unswept
        assert gc.get_freeze_count() > 0  # what survived is frozen again
    finally:
        watcher.close()
    assert gc.get_freeze_count() == 0


def test_idle_only_once_what_was_taken_is_handled(make_project: Callable[[str], Path]) -> None:
    """`Watcher.idle` (what tests and benchmarks wait on) is false from the moment an item
    is put on the queue until the step that took it has handled it, not merely taken it."""
    watcher = Watcher(make_project("minimal"), BuildOptions(today=DATE, steps=FAST_STEPS))
    watcher.working = False
    assert watcher.idle()
    seen: list[bool] = []
    watcher.live.on_message = lambda message: seen.append(watcher.idle())  # type: ignore[method-assign]
    watcher.inbox.put("a message")
    assert not watcher.idle()
    taken = watcher.inbox.get()
    assert not watcher.idle(), "taken, not handled"
    watcher.inbox.put(taken)
    watcher.inbox.task_done()
    watcher._step()
    assert seen == [False]
    assert watcher.idle()
    watcher.close()
