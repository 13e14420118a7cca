"""`reinstate serve`: watch + a local preview server with live reload; `--open` opens it."""

from __future__ import annotations

import argparse
import sys
import threading
import webbrowser
from collections.abc import Callable
from contextlib import suppress

from reinstate.commands import SUMMARIES
from reinstate.commands.common import verbosity_of
from reinstate.commands.watch import add_watch_options, stop_on_signals, watcher_of
from reinstate.core.verbosity import Verbosity

DEFAULT_HOST = "127.0.0.1"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "serve",
        help=SUMMARIES["serve"],
        description=(
            "Watch PROJECT like `reinstate watch` and serve the output folder on "
            "http://127.0.0.1:PORT/. Open pages reload after each rebuild and keep their "
            "scroll position; when a case's files have errors, its pages show them."
        ),
    )
    add_watch_options(parser)
    parser.add_argument(
        "--port", type=int, default=8000, help="port to listen on (default: 8000; 0: any free)"
    )
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="address to listen on (default: 127.0.0.1, this computer only)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        help="open the site in the default web browser once the first build is done",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: the server and watchdog cost other commands' start-up for nothing.
    from reinstate.live.reload import LiveReload
    from reinstate.live.server import is_loopback, open_server

    watcher = watcher_of(args)
    hub = LiveReload()
    watcher.listen(hub.publish)
    server = open_server(args.host, args.port, lambda: watcher.live.layout().output, hub)
    if not is_loopback(args.host):
        print(
            f"warning: serving on {args.host}: anyone who can reach this computer on the "
            "network can read these cases",
            file=sys.stderr,
        )
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{server.server_port}/"
    threading.Thread(target=server.serve_forever, name="reinstate-server", daemon=True).start()

    def ready() -> None:
        out = watcher.live.layout().output
        shown = out.relative_to(watcher.live.root) if out.is_relative_to(watcher.live.root) else out
        watcher.say(f"serving {shown}/ at {url} with live reload")
        if args.open:
            # On a thread: a text-mode browser (no display) runs until it is closed.
            threading.Thread(target=open_browser, args=(url, watcher.say), daemon=True).start()

    try:
        with stop_on_signals(watcher), suppress(KeyboardInterrupt):
            watcher.run(ready)
    finally:
        server.close()
    if verbosity_of(args) > Verbosity.QUIET:
        print("stopped serving", file=sys.stderr)
    return 0


def open_browser(url: str, say: Callable[[str], None]) -> None:
    """Open `url` in the user's browser (`BROWSER` or the desktop's default)."""
    try:
        opened = webbrowser.open(url)
    except webbrowser.Error:
        opened = False
    if not opened:
        say(f"could not open a web browser; open {url} yourself")
