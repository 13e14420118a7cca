"""Cases built in parallel: a process pool whose workers keep one theme each.

A case's build is a pure function of its folder, the settings and the theme, so `-j N`
is a map over case folders. Each worker receives the settings, the theme and the build
steps once, when it starts, and keeps its Jinja2 environment (compiled templates) for
every case it builds; a task then carries only the case folder and the options.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import TYPE_CHECKING

from reinstate import build
from reinstate.config import Config
from reinstate.discover import CaseDir
from reinstate.theme import Theme

if TYPE_CHECKING:
    from reinstate.build import BuildOptions, CasePlan, CaseResult, Step

_worker: tuple[Config, Theme] | None = None
"""The settings and theme of this worker process."""


def build_in_pool(
    config: Config, theme: Theme, plans: Sequence[CasePlan], options: BuildOptions
) -> Iterator[tuple[CasePlan, CaseResult]]:
    """Build `plans` on `options.jobs` processes; yields each case as it is done."""
    portable = Theme(theme.name, theme.dirs)  # without its Jinja2 environment, which won't pickle
    with ProcessPoolExecutor(
        max_workers=min(options.jobs, len(plans)),
        mp_context=process_context(),
        initializer=_start,
        initargs=(tuple(build.STEPS), config, portable),
    ) as pool:
        futures = {pool.submit(_build, plan.case_dir, options): plan for plan in plans}
        for future in as_completed(futures):
            yield futures[future], future.result()


def process_context() -> multiprocessing.context.BaseContext:
    """Fork when it is safe (no other threads: the watcher's and server's would be copied
    mid-operation), else spawn."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def install_steps(steps: tuple[Step, ...]) -> None:
    """Give a worker process the parent's steps (a spawned one would start from the default
    list, without steps a plugin or a test registered)."""
    build.STEPS[:] = steps


def _start(steps: tuple[Step, ...], config: Config, theme: Theme) -> None:
    global _worker
    install_steps(steps)
    _worker = (config, theme)


def _build(case_dir: CaseDir, options: BuildOptions) -> CaseResult:
    assert _worker is not None, "the pool initializer did not run"
    config, theme = _worker
    return build.build_case(config, theme, case_dir, options)
