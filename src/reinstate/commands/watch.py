"""`reinstate watch`: rebuild on every change, keep going on errors."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from types import FrameType

from reinstate.build import BuildOptions
from reinstate.commands.common import add_out, add_project, add_strict, add_today
from reinstate.config import CONFIG_FILE
from reinstate.diagnostics import ReinstateError


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "watch",
        help="rebuild on every change, keep going on errors",
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


def options_of(args: argparse.Namespace) -> BuildOptions:
    return BuildOptions(strict=args.strict, pdf=not args.no_pdf, out=args.out, today=args.today)


def check_project(path: Path) -> Path:
    """The project folder; a missing one is bad usage, everything else is watched."""
    if not path.is_dir():
        raise ReinstateError(f"project folder '{path}' does not exist")
    if not (path / CONFIG_FILE).is_file() and not (path / "content").is_dir():
        raise ReinstateError(
            f"'{path}' has neither {CONFIG_FILE} nor a content/ folder; is it a reinstate project?"
        )
    return path


def run(args: argparse.Namespace) -> int:
    from reinstate.watch import Watcher  # here: watchdog is not needed by other commands

    watcher = Watcher(check_project(Path(args.project)), options_of(args))
    with stop_on_signals(), suppress(KeyboardInterrupt):
        watcher.run()
    print("stopped watching", file=sys.stderr)
    return 0


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """SIGTERM (a service manager, `kill`) stops the watcher like Ctrl-C does."""

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
