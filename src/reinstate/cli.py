"""The command line: `reinstate <command> [options]`; each command lives in commands/.

Exit status: 0 success; 1 errors were reported (or warnings under --strict); 2 bad usage
or a project that cannot be read; 3 a bug in reinstate (shown with a traceback); 130
interrupted; 141 the reader of standard output went away (a closed pipe).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence

from reinstate import __version__
from reinstate.commands import COMMANDS
from reinstate.commands.common import print_diagnostics
from reinstate.diagnostics import ReinstateError

BUG_REPORT = "https://github.com/reinstate-appeals/reinstate/issues"


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reinstate",
        description=(
            "Compile Amazon seller appeal cases (Markdown with YAML front matter) into a "
            "cross-linked plan of action, an escalation letter, plain text for Seller "
            "Central and one PDF bundle, and check them like a compiler checks code."
        ),
        epilog="Run 'reinstate COMMAND --help' for the options of a command.",
    )
    parser.add_argument("--version", action="version", version=f"reinstate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for _name, add in COMMANDS:
        add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        status: int = args.run(args)
    except ReinstateError as exc:
        print_diagnostics(exc.diagnostics)
        print(f"reinstate: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reinstate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`reinstate check --format json | head`): stop quietly, and
        # keep Python's own flush at exit from failing on the same pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception:
        traceback.print_exc()
        print(
            f"\nreinstate {__version__} hit a bug. Please report it at {BUG_REPORT} "
            "with the traceback above and, if you can, the case files that caused it.",
            file=sys.stderr,
        )
        return 3
    return status
