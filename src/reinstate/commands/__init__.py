"""One module per command; each exposes `add_parser(subparsers)` and a `run(args)`.

A command's module is imported only when its parser is made (`add_parser`): the command
line makes the full parser of the command it runs and a one-line entry for each other
(cli.py), so `reinstate check` never imports what `new`, `watch` or `diff` need.
"""

from __future__ import annotations

import argparse
import importlib

SUMMARIES: dict[str, str] = {
    "build": "build the site, texts and PDF bundle of every case",
    "check": "check every case and print the problems (writes nothing)",
    "diff": "show what a case changed since the submission Amazon rejected",
    "schema": "print the JSON Schema of the front matter, for editors",
    "new": "start a case from the template of its violation type",
    "clean": "remove the generated files from the output folder",
    "watch": "rebuild on every change, keep going on errors",
    "serve": "watch + a local preview server with live reload",
    "completion": "print the shell completion script (bash, zsh or fish)",
}
"""Each command's line in `reinstate --help`, in the order it lists them."""
COMMANDS = tuple(SUMMARIES)


def add_parser(name: str, sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the parser of command `name` (importing its module)."""
    importlib.import_module(f"reinstate.commands.{name}").add_parser(sub)
