"""`reinstate watch`: rebuild on every change, keep going on errors."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_out,
    add_project,
    add_strict,
    add_today,
    add_verbosity,
    project_folder,
    verbosity_of,
)
from reinstate.core.verbosity import Verbosity
from reinstate.output.job import BuildOptions

if TYPE_CHECKING:
    from reinstate.live.loop import Watcher


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "watch",
        help=SUMMARIES["watch"],
        description=(
            "Build PROJECT, then watch its content, theme and reinstate.yaml and rebuild the "
            "case a change touches: pages, texts and checks at once, the PDF bundle in the "
            "background. A broken file keeps the last good outputs and prints the problems. "
            "Ctrl-C stops."
        ),
    )
    add_watch_options(parser)
    parser.set_defaults(run=run)


def add_watch_options(parser: argparse.ArgumentParser) -> None:
    add_project(parser)
    add_strict(parser)
    parser.add_argument(
        "--no-pdf", action="store_true", help="skip the PDF bundle (pages and texts only)"
    )
    add_out(parser)
    add_today(parser)
    add_verbosity(parser)


def options_of(args: argparse.Namespace) -> BuildOptions:
    return BuildOptions(strict=args.strict, pdf=not args.no_pdf, out=args.out, today=args.today)


def watcher_of(args: argparse.Namespace) -> Watcher:
    """The watcher for PROJECT; not a project is bad usage, everything else is watched."""
    from reinstate.live.loop import Watcher  # here: watchdog is not needed by other commands

    return Watcher(project_folder(args), options_of(args), verbosity=verbosity_of(args))


def run(args: argparse.Namespace) -> int:
    watcher = watcher_of(args)
    with stop_on_signals(watcher), suppress(KeyboardInterrupt):
        watcher.run()
    if verbosity_of(args) > Verbosity.QUIET:
        print("stopped watching", file=sys.stderr)
    return 0


@contextmanager
def stop_on_signals(watcher: Watcher) -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM (a service manager, `kill`) stop the watcher
    (`Watcher.interrupt`)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signals = (signal.SIGINT, signal.SIGTERM)
    previous = {how: signal.signal(how, watcher.interrupt) for how in signals}
    try:
        yield
    finally:
        for how, handler in previous.items():
            signal.signal(how, handler)
