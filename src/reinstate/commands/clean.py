"""`reinstate clean`: remove the files builds wrote into the output folder, and nothing else."""

from __future__ import annotations

import argparse
import sys

from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_project,
    add_verbosity,
    project_folder,
    verbosity_of,
)
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Diagnostic, Location, Reporter, Severity
from reinstate.core.verbosity import Verbosity, plural
from reinstate.output.clean import clean


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "clean",
        help=SUMMARIES["clean"],
        description=(
            "Remove every file that reinstate build recorded in the output folder's "
            "manifest, the manifest itself, and the folders left empty. Files you put there "
            "yourself stay. Refuses an output folder outside the project, or one that is the "
            "project folder or the content folder."
        ),
    )
    add_project(parser)
    parser.add_argument(
        "-n", "--dry-run", action="store_true", help="only list what would be removed"
    )
    add_verbosity(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_config(project_folder(args), Reporter())
    result = clean(config, dry_run=args.dry_run)
    quiet = verbosity_of(args) <= Verbosity.QUIET  # only what was left behind, and why
    out = config.rel(result.out_dir)
    if not result.manifest:
        if not quiet:
            print(
                f"nothing to clean: {out}/ has no build manifest "
                "(reinstate removes only the files a build recorded)",
                file=sys.stderr,
            )
        return 0
    for rel in [] if quiet else result.files:
        print(f"{out}/{rel}")
    for rel in result.kept:
        print(f"kept {out}/{rel}: not a plain file (a link or a folder)", file=sys.stderr)
    for rel, why in result.failed:
        where = Location(f"{out}/{rel}", 1, 1)
        found = Diagnostic(where, Severity.ERROR, "clean.unremovable", f"cannot remove: {why}")
        print(found.format(), file=sys.stderr)
    if not quiet:
        verb = "would remove" if args.dry_run else "removed"
        folders = f" and {plural(len(result.folders), 'empty folder')}" if result.folders else ""
        print(f"{verb} {plural(len(result.files), 'file')}{folders} from {out}/", file=sys.stderr)
    return 1 if result.failed else 0
