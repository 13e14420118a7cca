"""`reinstate completion SHELL`: print the shell completion script for bash, zsh or fish."""

from __future__ import annotations

import argparse
import sys

from reinstate.commands import SUMMARIES
from reinstate.commands.common import add_verbosity
from reinstate.commands.shells import SHELLS, script

INSTALL = """\
Load it in your shell's start-up file, or save it where the shell looks for completions:
  bash:  eval "$(reinstate completion bash)"     in ~/.bashrc
  zsh:   reinstate completion zsh > ~/.zfunc/_reinstate
         with  fpath=(~/.zfunc $fpath); autoload -U compinit; compinit  in ~/.zshrc
  fish:  reinstate completion fish > ~/.config/fish/completions/reinstate.fish
"""


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "completion",
        help=SUMMARIES["completion"],
        description=(
            "Print the script that completes reinstate's commands, options, case names\n"
            "and violation types in your shell."
        ),
        epilog=INSTALL,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("shell", choices=SHELLS, metavar="SHELL", help="bash, zsh or fish")
    add_verbosity(parser)  # accepted like everywhere; the script is all it prints
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(script(args.parser, args.shell))
    return 0
