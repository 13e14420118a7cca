"""`reinstate clean`: remove the files builds wrote into the output folder, and nothing else."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reinstate.clean import clean
from reinstate.commands.common import add_project, plural
from reinstate.config import load_config
from reinstate.diagnostics import Reporter


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "clean",
        help="remove the generated files from the output folder",
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
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_config(Path(args.project), Reporter())
    result = clean(config, dry_run=args.dry_run)
    out = config.rel(result.out_dir)
    if not result.manifest:
        print(
            f"nothing to clean: {out}/ has no build manifest "
            "(reinstate removes only the files a build recorded)",
            file=sys.stderr,
        )
        return 0
    for rel in result.files:
        print(f"{out}/{rel}")
    for rel in result.kept:
        print(f"kept {out}/{rel}: not a plain file (a link or a folder)", file=sys.stderr)
    verb = "would remove" if args.dry_run else "removed"
    folders = f" and {plural(len(result.folders), 'empty folder')}" if result.folders else ""
    print(f"{verb} {plural(len(result.files), 'file')}{folders} from {out}/", file=sys.stderr)
    return 0
