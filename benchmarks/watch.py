"""Save-to-output latency of `reinstate watch`, at every case size.

Runs the watcher in this process (on a thread, as `reinstate watch` does), saves one item
file at a time (alternating in-place and atomic saves, cycling through causes, actions and
measures) and times from the moment before the save to the watcher's notice that the
outputs are written (the same notice the live-reload server sends the browser), checking
the saved text is in the page. Each shape of case is timed twice in the same run:

- as the watcher builds (it keeps what the case's last build read, parsed and rendered,
  core/memo.py), and
- the peer: the same watcher rebuilding the whole case on every save (no memo), which is
  what every save cost before; sphinx-autobuild is not in the bench extra;
- the floor: the same saves in a case of one cause (the watcher's fixed cost: file
  events, the settle time, writing the pages, the index).

Shapes (`--shapes`): `30`, `300` generated items; `big` adds a free page of 5 MB that
cites a cause; `web` (or `webN`) is a case of 160 (N) items where every item cites every
other. All but `30` raise the case limits in their reinstate.yaml (`max_case_bytes`,
`max_case_blocks`: each reference counts as a block), which they pass otherwise.

    python benchmarks/watch.py [--saves 40] [--shapes 30,300,big,web]
    python benchmarks/watch.py --stand-in-slow-step   # the worker machinery on its own
    python benchmarks/watch.py --pdf                  # also save -> PDF against bare WeasyPrint

Goals: HTML median < 50 ms and p95 < 100 ms whatever the shape; the PDF close to bare
WeasyPrint's render time.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from generate import write_project  # noqa: E402
from pdf import bare, prepared  # noqa: E402

from reinstate.live.loop import Watcher  # noqa: E402
from reinstate.live.rebuild import Update  # noqa: E402
from reinstate.render.stepdef import Step  # noqa: E402
from reinstate.render.steps import BUILTIN_STEPS  # noqa: E402
from reinstate.run.build import BuildOptions  # noqa: E402

SLUG = "store-001"
CPU = False
"""With --cpu, a save's time is the CPU time this process spent until the outputs were
written (the watcher's threads; the benchmark's own thread only waits), not the clock: on
a machine so loaded that the watcher waits for a core, the clock measures the others."""


def describe(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) >= 20 else ms[-1]
    return (
        f"{name}: n={len(ms)} median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, "
        f"min {ms[0]:.1f} ms, max {ms[-1]:.1f} ms"
    )


def wait_for(
    updates: queue.Queue[tuple[float, float, Update]], background: bool, cpu: bool = False
) -> float:
    """When the outputs were written: the clock, or with `cpu` the process's CPU time."""
    while True:
        at, used, update = updates.get(timeout=600)
        if update.background == background and SLUG in update.changed:
            return used if cpu else at


def save(path: Path, text: str, atomic: bool) -> None:
    if atomic:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    else:
        path.write_text(text, encoding="utf-8")


BIG_PARAGRAPH = (
    "This is a paragraph of the long page, with a reference to {ref}`cause-1` in it. " * 5
)


def shape(folder: Path, name: str) -> Path:
    """A project of one case of the given shape; returns the case folder."""
    if name == "floor":
        write_project(folder, 1, 3)
        case = folder / "content" / SLUG
        for kind in ("actions", "measures", "exhibits", "pages"):
            for path in case.glob(f"{kind}/*.md"):
                path.unlink()
        for path in sorted(case.glob("causes/*.md"))[1:]:
            path.unlink()
        (case / "causes/cause-1.md").write_text(
            (case / "causes/cause-1.md")
            .read_text()
            .replace("evidence: [exhibit-1]\n", "")
            .replace("See\n{exhibit}`exhibit-1`.", ""),
            encoding="utf-8",
        )
        return case
    if name == "big":
        write_project(folder, 1, 30)
        case = folder / "content" / SLUG
        count = 5_000_000 // (len(BIG_PARAGRAPH) + 2)
        body = "\n\n".join(BIG_PARAGRAPH for _ in range(count))
        (case / "pages/big.md").write_text(
            f"---\nkind: page\ntitle: A long page\n---\n{body}\n", encoding="utf-8"
        )
        (folder / "reinstate.yaml").write_text(
            "max_file_bytes: 8000000\nmax_case_bytes: 8000000\nmax_case_blocks: 1000000\n",
            encoding="utf-8",
        )
        return case
    if name.startswith("web"):
        items = int(name[3:] or 160)
        write_project(folder, 1, items)
        case = folder / "content" / SLUG
        files = sorted(case.glob("causes/*.md")) + sorted(case.glob("actions/*.md"))
        files += sorted(case.glob("measures/*.md"))
        ids = [path.stem for path in files]
        for path in files:
            refs = ", ".join(f"{{ref}}`{i}`" for i in ids if i != path.stem)
            path.write_text(path.read_text() + f"\nIt relates to {refs}.\n", encoding="utf-8")
        # Every reference is a block (a role): 160 items citing each other are 25,440.
        (folder / "reinstate.yaml").write_text(
            "max_case_bytes: 8000000\nmax_case_blocks: 1000000\n", encoding="utf-8"
        )
        return case
    write_project(folder, 1, int(name))
    return folder / "content" / SLUG


class NoMemo(dict[str, Any]):
    """The watcher's memos, never kept: every save rebuilds the whole case (the peer)."""

    def setdefault(self, key: str, default: Any = None) -> Any:
        return None


def saves_of(name: str, saves: int, gap: float, steps: tuple[Step, ...], memo: bool) -> list[float]:
    folder = Path(tempfile.mkdtemp(prefix="reinstate-watch-bench-"))
    try:
        case = shape(folder, name)
        return timed_saves(folder, case, saves, gap, steps, memo)[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def timed_saves(
    folder: Path, case: Path, saves: int, gap: float, steps: tuple[Step, ...], memo: bool = True
) -> tuple[list[float], list[float]]:
    slow = any(step.slow for step in steps)
    updates: queue.Queue[tuple[float, float, Update]] = queue.Queue()
    with Path(os.devnull).open("w") as quiet:
        watcher = Watcher(folder, BuildOptions(pdf=slow, steps=steps), quiet)
        if not memo:
            watcher.live.memos = NoMemo()
        watcher.listen(
            lambda update: updates.put((time.perf_counter(), time.process_time(), update))
        )
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()
        assert watcher.wait_idle(quiet=0.5, timeout=600), "the first build did not finish"
        files = sorted(case.glob("causes/*.md")) + sorted(case.glob("actions/*.md"))
        files += sorted(case.glob("measures/*.md"))
        originals = {path: path.read_text(encoding="utf-8") for path in files}
        html: list[float] = []
        background: list[float] = []
        for n in range(saves):
            path = files[n % len(files)]
            while not updates.empty():
                updates.get()
            token = f"Saved as number {n} of the benchmark."
            started, cpu = time.perf_counter(), time.process_time()
            save(path, originals[path] + f"\n{token}\n", atomic=n % 2 == 1)
            if CPU:
                html.append(wait_for(updates, background=False, cpu=True) - cpu)
            else:
                html.append(wait_for(updates, background=False) - started)
            page = (folder / "site" / SLUG / "plan-of-action.html").read_text(encoding="utf-8")
            assert token in page, f"save {n} is not in the page"
            if slow:
                background.append(wait_for(updates, background=True) - started)
            time.sleep(gap)
        watcher.stop()
        thread.join(30)
    return html, background


def median_p95(seconds: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) >= 20 else ms[-1]
    return statistics.median(ms), p95


def compare(shapes: list[str], saves: int, gap: float) -> None:
    """Each shape as the watcher builds it, the whole-case rebuild beside it, the floor."""
    steps = tuple(step for step in BUILTIN_STEPS if not step.slow)
    floor = median_p95(saves_of("floor", saves, gap, steps, memo=True))
    print(f"floor (a case of one cause): median {floor[0]:.1f} ms, p95 {floor[1]:.1f} ms")
    print(
        f"{'case':<28}{'watch median':>14}{'p95':>9}{'whole case':>12}{'p95':>9}"
        f"{'ratio':>8}{'over floor':>12}"
    )
    for name in shapes:
        ours = median_p95(saves_of(name, saves, gap, steps, memo=True))
        peer = median_p95(saves_of(name, max(10, saves // 2), gap, steps, memo=False))
        label = SHAPES.get(name, f"{name} items")
        print(
            f"{label:<28}{ours[0]:>11.1f} ms{ours[1]:>6.1f} ms{peer[0]:>9.1f} ms"
            f"{peer[1]:>6.1f} ms{peer[0] / ours[0]:>7.1f}x{ours[0] - floor[0]:>9.1f} ms"
        )
    goal = "median < 50 ms, p95 < 100 ms; ratio: whole-case rebuild / watcher (medians)"
    print(f"goal: {goal}")


SHAPES = {"big": "30 items + a 5 MB page", "web": "160 items, each citing all"}


def run(saves: int, items: int, gap: float, steps: tuple[Step, ...]) -> None:
    """Save -> HTML and save -> slow steps on a generated case, with bare WeasyPrint."""
    folder = Path(tempfile.mkdtemp(prefix="reinstate-watch-bench-"))
    case = shape(folder, str(items))
    html, background = timed_saves(folder, case, saves, gap, steps)
    names = ", ".join(step.name for step in steps if step.slow)
    print(f"generated case: {len(list(case.rglob('*.md')))} Markdown files, {saves} saves")
    print(describe("save → HTML written", html))
    print(describe(f"save → slow steps ({names}) written", background))
    baseline = bare_renders(folder, rounds=max(5, saves // 5))
    print(describe("bare WeasyPrint render + pypdf merge of the same bundle", baseline))
    ratio = statistics.median(background) / statistics.median(baseline)
    print(f"save → PDF written / bare render: {ratio:.2f}x (medians)")


def bare_renders(folder: Path, rounds: int) -> list[float]:
    """Bare WeasyPrint on the case as it is now, after one warm-up render (imports, fonts)."""
    config, theme, resolved = prepared(folder, SLUG)
    bare(config, theme, resolved)
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        bare(config, theme, resolved)
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=40)
    parser.add_argument("--items", type=int, default=30, help="with --pdf: the case's items")
    parser.add_argument("--shapes", default="30,300,big,web", help="cases to time, in order")
    parser.add_argument("--gap", type=float, default=0.15, help="seconds between saves")
    parser.add_argument("--cpu", action="store_true", help="CPU time, not the clock")
    parser.add_argument("--pdf", action="store_true", help="save -> PDF against bare WeasyPrint")
    parser.add_argument(
        "--stand-in-slow-step",
        action="store_true",
        help="register the tests' stand-in slow step, to time the background machinery",
    )
    args = parser.parse_args()
    global CPU
    CPU = args.cpu
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load "
        f"{os.getloadavg()[0]:.1f}, {'CPU time' if CPU else 'wall clock'}"
    )
    if args.pdf or args.stand_in_slow_step:
        steps = BUILTIN_STEPS
        if args.stand_in_slow_step:
            from slowsteps import STAMP_STEP

            steps = (*BUILTIN_STEPS, STAMP_STEP)
        run(args.saves, args.items, args.gap, steps)
        return
    compare(args.shapes.split(","), args.saves, args.gap)


if __name__ == "__main__":
    main()
