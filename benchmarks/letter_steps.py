"""Median time of the letter, text and e-mail build steps on the demo case.

Baseline: the "site" step (the plan page and free pages) measured in the same run, so the
ratios hold on any machine. Run from the repository root:

    PYTHONPATH=src python benchmarks/letter_steps.py [ROUNDS]
"""

from __future__ import annotations

import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter
from reinstate.render.theme import load_theme
from reinstate.run.build import BuildOptions, CaseBuild, analyse
from reinstate.stages.discover import discover


def main(rounds: int) -> None:
    root = Path(__file__).resolve().parents[1]
    reporter = Reporter()
    config = load_config(root, reporter)
    # the e-mail without the bundle, so that its step composes the message here
    config = replace(config, email=replace(config.email, attach_bundle=False))
    theme = load_theme(config)
    case_dir = discover(config, reporter, ("harbor-lane",)).cases[0]
    options = BuildOptions(pdf=False)
    analysis = analyse(config, case_dir, options)
    resolved = analysis.resolved
    assert resolved is not None
    times: dict[str, list[float]] = {step.name: [] for step in options.steps if not step.slow}
    for _ in range(rounds):
        build = CaseBuild(resolved, config, theme, Reporter(), slow_steps=False)
        for step in options.steps:
            if step.slow:
                continue
            start = time.perf_counter()
            step.render(build)
            times[step.name].append(time.perf_counter() - start)
    base = statistics.median(times["site"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<8} median {median * 1000:7.2f} ms   x{median / base:5.2f} of site")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
