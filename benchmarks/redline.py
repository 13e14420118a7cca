"""How long reading a git revision and diffing a 30-item case take (goal: under 100 ms),
and what the redline adds to a watcher's HTML rebuild (goal: a save still under 50 ms).

Run: python benchmarks/redline.py [--runs N]

The case is benchmarks/checks.py's (8 causes, 10 actions, 8 measures, 4 exhibits),
committed and tagged v1 in a temporary repository, then revised: a cause added before the
first (every cause renumbered), an action completed, a measure's file renamed (same id), an
exhibit's file replaced, a paragraph reworded. Medians of N in-process runs of:

- cold: read the revision with git (`ls-tree`, `cat-file --batch`), load and resolve it,
  and compare it with today's case: what the first build after a save of a new tag pays;
- warm: the same with the reading kept per commit, as in `reinstate watch` (one
  `git rev-parse` of the name, then the comparison);
- the HTML build of the case (`build_case` without the slow steps, the checks included)
  with the snapshot and the changes page, against the same case without a snapshot;

and, as the baseline measured in the same run, loading and resolving today's case.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from checks import make_project, median_ms  # noqa: E402
from reinstate.core.config import load_config  # noqa: E402
from reinstate.core.diagnostics import Reporter  # noqa: E402
from reinstate.render.theme import load_theme  # noqa: E402
from reinstate.run.build import BuildOptions, build_case  # noqa: E402
from reinstate.stages import history  # noqa: E402
from reinstate.stages.discover import discover  # noqa: E402
from reinstate.stages.load import load_case  # noqa: E402
from reinstate.stages.redline import against  # noqa: E402
from reinstate.stages.resolve import Resolved, resolve  # noqa: E402

TODAY = dt.date(2025, 3, 18)


def revise(root: Path) -> None:
    case = root / "content" / "bench"
    cause = (case / "causes" / "cause-1.md").read_text()
    (case / "causes" / "cause-0.md").write_text(
        cause.replace("order: 1", "order: 0").replace("batch 1 ", "batch 0 ")
    )
    measure = case / "measures" / "measure-2.md"
    text = measure.read_text().replace("kind: measure\n", "kind: measure\nid: measure-2\n")
    measure.unlink()
    (case / "measures" / "supplier-check.md").write_text(text)
    (case / "files" / "exhibit-4.png").write_bytes(
        (case / "files" / "exhibit-4.png").read_bytes() + b"\0"
    )
    reworded = case / "causes" / "cause-5.md"
    reworded.write_text(
        reworded.read_text().replace("Nobody compared", "No one in the team compared")
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = make_project(Path(folder), snapshot=True)
        # The snapshot: action 3 not yet done; then commit it as submitted, and revise.
        action = root / "content/bench/actions/action-3.md"
        done = action.read_text()
        action.write_text(done.replace("date: 2025-03-07", 'date: "[TODO: when]"'))
        git = ["git", "-c", "user.name=b", "-c", "user.email=b@example.com"]
        for step in (["add", "-A"], ["commit", "-qm", "as sent"], ["tag", "-f", "v1"]):
            subprocess.run([*git, *step], cwd=root, check=True, capture_output=True)
        revise(root)
        action.write_text(done)
        config = load_config(root, Reporter())
        (case_dir,) = discover(config, Reporter()).cases

        def today() -> Resolved:
            case = load_case(case_dir, config, Reporter(), TODAY)
            assert case is not None
            return resolve(case, Reporter(), config.allow_html)

        resolved = today()

        def warm() -> object:
            reading = history.read_revision(resolved.case, config, TODAY, "v1")
            return against(resolved, reading)

        def cold() -> object:
            history._readings.clear()
            return warm()

        redline = warm()
        counts = redline.counts  # type: ignore[attr-defined]
        expected = {"added": 1, "removed": 0, "changed": 3, "renumbered": 8, "unchanged": 21}
        if counts != expected:
            print(f"unexpected redline of the benchmark case: {counts}")
            return 1
        theme = load_theme(config)
        options = BuildOptions(today=TODAY, pdf=False)
        baseline = median_ms(today, args.runs)
        cold_ms = median_ms(cold, args.runs)
        warm_ms = median_ms(warm, args.runs)
        with_ms = median_ms(lambda: build_case(config, theme, case_dir, options), args.runs)
        case_md = root / "content/bench/case.md"
        case_md.write_text(case_md.read_text().replace("    snapshot: v1\n", ""))
        without_ms = median_ms(lambda: build_case(config, theme, case_dir, options), args.runs)
    print(
        f"30 items, medians of {args.runs} runs; baseline load+resolve today's case {baseline:.1f} ms"
    )
    print(f"read revision + diff, cold (git, load, resolve, compare): {cold_ms:.1f} ms "
          f"({cold_ms / baseline:.2f}x baseline; goal < 100 ms)")  # fmt: skip
    print(f"read revision + diff, warm (reading kept per commit):     {warm_ms:.1f} ms "
          f"({warm_ms / baseline:.2f}x baseline)")  # fmt: skip
    print(f"HTML build with snapshot, R21 and changes.html: {with_ms:.1f} ms; without a "
          f"snapshot {without_ms:.1f} ms; ratio {with_ms / without_ms:.2f} (goal: a save < 50 ms)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
