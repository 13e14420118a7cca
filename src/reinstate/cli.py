"""The command line: `reinstate <command> [options]`; each command lives in commands/.

Exit status: 0 success; 1 errors were reported (or warnings under --strict); 2 bad usage
or a project that cannot be read; 3 a bug in reinstate (shown with a traceback); 130
interrupted; 141 the reader of standard output went away (a closed pipe).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from reinstate import __version__
from reinstate.commands import COMMANDS, SUMMARIES, add_parser
from reinstate.commands.common import (
    add_verbosity,
    print_diagnostics,
    unknown_option,
)
from reinstate.core.diagnostics import ReinstateError
from reinstate.core.fieldtypes import did_you_mean
from reinstate.core.manual import manual_file


def make_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; with `command`, only that command's parser is made in
    full (and its module imported), each other command being a line of `--help`."""
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
    add_verbosity(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    whole = command is None or command == "completion"  # completion reads every parser
    for name in COMMANDS:
        if whole or name == command:
            add_parser(name, sub)
        else:
            sub.add_parser(name, help=SUMMARIES[name], add_help=False)
    parser.set_defaults(parser=parser)  # `reinstate completion` reads the whole parser
    return parser


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def parse(parser: argparse.ArgumentParser, argv: list[str]) -> argparse.Namespace:
    """argparse, plus "did you mean" for a mistyped command or option (exit status 2)."""
    commands = subcommands(parser)
    # The main parser's options are all flags: the first other word names the command.
    word = next((w for w in argv if w == "--" or not w.startswith("-")), "--")
    if word != "--" and word not in commands:
        hint = did_you_mean(word, commands) or "commands: " + ", ".join(commands)
        parser.error(f"unknown command '{word}'; {hint}")
    args, extras = parser.parse_known_args(argv)
    if extras:
        command = commands[args.command]
        words = [unknown_option(word, option_names(command)) for word in extras]
        command.error("unrecognized arguments: " + " ".join(words))
    return args


def option_names(parser: argparse.ArgumentParser) -> list[str]:
    return [name for action in parser._actions for name in action.option_strings]


def bug_report() -> str:
    """The request after a traceback: only places that exist on this machine."""
    readme, security = manual_file("README.md"), manual_file("SECURITY.md")
    return (
        f"reinstate {__version__} hit a bug; this is not a mistake in your case. Please "
        f"report it as the section 'Reporting problems' of the README ({readme or 'README.md'}) "
        "says, with the traceback above and, if you can, the case files that caused it "
        f"(client data removed). Security problems: privately, as {security or 'SECURITY.md'} "
        "says."
    )


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # The main parser's options are all flags: the first other word names the command.
    word = next((w for w in words if w == "--" or not w.startswith("-")), None)
    parser = make_parser(word if word in COMMANDS else None)
    args = parse(parser, words)
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
        import traceback  # here: only a bug needs it

        traceback.print_exc()
        print(f"\n{bug_report()}", file=sys.stderr)
        return 3
    return status


def run() -> None:
    """The `reinstate` program: `main`, then an exit without the interpreter's teardown.

    Freeing every module and object one by one at exit costs a one-shot command tens of
    milliseconds (about 45 ms after an HTML build) and does nothing for it: by the time
    `main` returns, every output is written, renamed into place and closed. So, when only
    this thread is left (no watcher, no pool thread), the exit handlers run as they would
    (logging, multiprocessing, temporary folders), the standard streams are flushed, and
    the process ends with `os._exit`. With another thread alive, Python exits as usual.
    """
    status = main()
    fast_exit(status)


def fast_exit(status: int) -> None:
    import atexit
    import threading

    if threading.active_count() > 1:
        sys.exit(status)
    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        status = status or 141  # as in main: the reader went away
    os._exit(status)
