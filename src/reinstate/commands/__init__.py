"""One module per command; each exposes `add_parser(subparsers)` and a `run(args)`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from reinstate.commands import build, check, clean, completion, diff, new, schema, serve, watch

AddParser = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]

COMMANDS: list[tuple[str, AddParser]] = [
    ("build", build.add_parser),
    ("check", check.add_parser),
    ("diff", diff.add_parser),
    ("schema", schema.add_parser),
    ("new", new.add_parser),
    ("clean", clean.add_parser),
    ("watch", watch.add_parser),
    ("serve", serve.add_parser),
    ("completion", completion.add_parser),
]
