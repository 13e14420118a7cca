"""`reinstate schema`: print the JSON Schema of the front matter (or of reinstate.yaml).

Editors use it for completion and validation while typing; it is generated from the same
declarations the loader validates with, so it cannot drift from what `build` accepts.
"""

from __future__ import annotations

import argparse
import json
import sys

from reinstate.commands import SUMMARIES
from reinstate.commands.common import add_verbosity
from reinstate.core.config import config_schema
from reinstate.core.fielddocs import all_tables
from reinstate.core.frontmatter import json_schema


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "schema",
        help=SUMMARIES["schema"],
        description=(
            "Print the JSON Schema (draft 2020-12) of the front matter of every kind of case "
            "file. Save it once, e.g. 'reinstate schema > reinstate.schema.json', and point "
            "your editor at it (reinstate new does both for you)."
        ),
    )
    parser.add_argument(
        "--config",
        action="store_true",
        help="print the schema of reinstate.yaml (the project settings) instead",
    )
    parser.add_argument(
        "--markdown",
        action="store_true",
        help="print the fields as Markdown tables (as in docs/case-format.md) instead",
    )
    add_verbosity(parser)  # accepted like everywhere; the schema is all it prints
    parser.set_defaults(run=run)


def schema_text(config: bool = False) -> str:
    """The schema as printed: indented, with a final newline."""
    schema = config_schema() if config else json_schema()
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    if args.markdown:
        sys.stdout.write(all_tables(args.config))
    else:
        sys.stdout.write(schema_text(args.config))
    return 0
