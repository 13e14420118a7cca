"""Cases built in parallel: a process pool whose workers build and write whole cases.

A case's build is a pure function of its folder, the settings and the theme, and its
outputs go to its own folder, so `-j N` is a map over case folders: each worker builds a
case and writes it (atomically, as always), and sends back its manifest entry. Writing in
the workers matters: done by the parent, the writes of two workers' cases made the parent
the bottleneck. The parent keeps what is shared: the site index, the static files and the
manifest. Each worker receives the settings, theme and output folder once, when it
starts (the steps come with each case's options), and keeps its Jinja2 environment
(compiled templates) for every case it builds.

A worker dies with its parent: a build killed mid-way (SIGKILL, the OOM killer) must not
leave workers that go on writing into the output folder while the next build runs, or
that wait forever for work that will never come.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.context
import os
import signal
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import replace
from pathlib import Path

from reinstate.core.config import Config
from reinstate.output.atomic import WriteStats
from reinstate.output.folder import OutputFolder
from reinstate.output.job import BuildOptions, CasePlan, CaseResult
from reinstate.output.manifest import CaseEntry, Manifest
from reinstate.render.theme import Theme
from reinstate.run.case import build_case

_worker: tuple[Config, Theme, Path] | None = None
"""The settings, theme and output folder of this worker process."""


def build_in_pool(
    folder: OutputFolder, theme: Theme, plans: Sequence[CasePlan], options: BuildOptions
) -> Iterator[tuple[CasePlan, CaseResult, CaseEntry, WriteStats]]:
    """Build and write `plans` on `options.jobs` processes; yields each case when done."""
    # without its Jinja2 environment, which won't pickle; with where compiled templates are kept
    portable = Theme(theme.name, theme.dirs, theme.compiled)
    with ProcessPoolExecutor(
        max_workers=min(options.jobs, len(plans)),
        mp_context=process_context(),
        initializer=_start,
        initargs=(folder.config, portable, folder.out_dir, os.getpid()),
    ) as pool:
        futures = {
            pool.submit(_build, plan, options, folder.entry(plan.case_dir.slug)): plan
            for plan in plans
        }
        for future in as_completed(futures):
            yield (futures[future], *future.result())


def process_context() -> multiprocessing.context.BaseContext:
    """Fork when it is safe (no other threads: the watcher's and server's would be copied
    mid-operation), else spawn."""
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _start(config: Config, theme: Theme, out_dir: Path, parent: int) -> None:
    global _worker
    die_with_parent(parent)
    _worker = (config, theme, out_dir)


PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int) -> None:
    """Kill this process as soon as `parent` is gone.

    Linux does it for us (prctl PR_SET_PDEATHSIG); elsewhere a thread looks every 0.1 s.
    """
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
        if armed:
            if os.getppid() != parent:  # gone before the signal was armed
                os._exit(1)
            return
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.1)
    os._exit(1)


def _build(
    plan: CasePlan, options: BuildOptions, previous: CaseEntry | None
) -> tuple[CaseResult, CaseEntry, WriteStats]:
    assert _worker is not None, "the pool initializer did not run"
    config, theme, out_dir = _worker
    slug = plan.case_dir.slug
    result = build_case(config, theme, plan.case_dir, options)
    cases = {slug: previous} if previous is not None else {}
    folder = OutputFolder(config, out_dir, Manifest(cases=cases))
    stats = folder.write_case(result, plan.inputs, plan.fingerprint)
    return replace(result, outputs={}), folder.manifest.cases[slug], stats
