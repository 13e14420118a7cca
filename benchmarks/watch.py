"""Save-to-output latency of `reinstate watch` on a generated case of 30 items.

Runs the watcher in this process (on a thread, as `reinstate watch` does), saves one item
file at a time (alternating in-place and atomic saves, cycling through causes, actions and
measures) and times from the moment before the save to the watcher's notice that the
outputs are written (the same notice the live-reload server sends the browser), checking
the saved text is in the page. With a slow step registered (the PDF bundle), it also
times save-to-slow-outputs-written, and then, in the same run, bare WeasyPrint's render of
the same bundle (its print HTML rendered with WeasyPrint's defaults, exhibits appended
with pypdf: benchmarks/pdf.py's baseline), and prints the ratio of the medians.

    python benchmarks/watch.py [--saves 60] [--items 30]
    python benchmarks/watch.py --stand-in-slow-step   # the worker machinery on its own

Goals: HTML median < 50 ms, p95 < 150 ms; the PDF close to bare WeasyPrint's render time.
"""

from __future__ import annotations

import argparse
import os
import queue
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from generate import write_project  # noqa: E402
from pdf import bare, prepared  # noqa: E402

from reinstate.live.loop import Watcher  # noqa: E402
from reinstate.live.rebuild import Update  # noqa: E402
from reinstate.render.step import Step  # noqa: E402
from reinstate.render.steps import BUILTIN_STEPS  # noqa: E402
from reinstate.run.build import BuildOptions  # noqa: E402

SLUG = "store-001"


def describe(name: str, seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = statistics.quantiles(ms, n=20)[18] if len(ms) >= 20 else ms[-1]
    return (
        f"{name}: n={len(ms)} median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, "
        f"min {ms[0]:.1f} ms, max {ms[-1]:.1f} ms"
    )


def wait_for(updates: queue.Queue[tuple[float, Update]], background: bool) -> float:
    while True:
        at, update = updates.get(timeout=120)
        if update.background == background and SLUG in update.changed:
            return at


def save(path: Path, text: str, atomic: bool) -> None:
    if atomic:
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    else:
        path.write_text(text, encoding="utf-8")


def run(saves: int, items: int, gap: float, steps: tuple[Step, ...]) -> None:
    slow = any(step.slow for step in steps)
    folder = Path(tempfile.mkdtemp(prefix="reinstate-watch-bench-"))
    write_project(folder, 1, items)
    case = folder / "content" / SLUG
    updates: queue.Queue[tuple[float, Update]] = queue.Queue()
    with Path(os.devnull).open("w") as quiet:
        watcher = Watcher(folder, BuildOptions(pdf=slow, steps=steps), quiet)
        watcher.listen(lambda update: updates.put((time.perf_counter(), update)))
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()
        assert watcher.wait_idle(quiet=0.5, timeout=300), "the first build did not finish"
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
            started = time.perf_counter()
            save(path, originals[path] + f"\n{token}\n", atomic=n % 2 == 1)
            html.append(wait_for(updates, background=False) - started)
            page = (folder / "site" / SLUG / "plan-of-action.html").read_text(encoding="utf-8")
            assert token in page, f"save {n} is not in the page"
            if slow:
                background.append(wait_for(updates, background=True) - started)
            time.sleep(gap)
        watcher.stop()
        thread.join(30)
    names = ", ".join(step.name for step in steps if step.slow)
    print(f"generated case: {len(list(case.rglob('*.md')))} Markdown files, {saves} saves")
    print(describe("save → HTML written", html))
    if slow:
        print(describe(f"save → slow steps ({names}) written", background))
        baseline = bare_renders(folder, rounds=max(5, saves // 5))
        print(describe("bare WeasyPrint render + pypdf merge of the same bundle", baseline))
        ratio = statistics.median(background) / statistics.median(baseline)
        print(f"save → PDF written / bare render: {ratio:.2f}x (medians)")
    else:
        print("save → PDF written: not measured; no slow step (the PDF bundle) is registered")


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
    parser.add_argument("--saves", type=int, default=60)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--gap", type=float, default=0.15, help="seconds between saves")
    parser.add_argument(
        "--stand-in-slow-step",
        action="store_true",
        help="register the tests' stand-in slow step, to time the background machinery",
    )
    args = parser.parse_args()
    steps = BUILTIN_STEPS
    if args.stand_in_slow_step:
        from slowsteps import STAMP_STEP

        steps = (*BUILTIN_STEPS, STAMP_STEP)
    run(args.saves, args.items, args.gap, steps)


if __name__ == "__main__":
    main()
