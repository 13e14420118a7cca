"""`reinstate diff`: what a case changed since a git revision, on the terminal.

By default each case is compared with the snapshot of its latest rejected or unanswered
submission (as `changes.html` is); `--against REV` takes any git revision instead.
Insertions and deletions are coloured on a terminal and written `{+inserted+}` and
`[-deleted-]` otherwise (git's word-diff marks), so a pipe or a log keeps them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any, TextIO

from reinstate.commands import SUMMARIES
from reinstate.commands.common import (
    add_cases,
    add_project,
    add_today,
    add_verbosity,
    chosen_cases,
    print_problems,
    project_config,
    use_colour,
)
from reinstate.core.changeset import DELETED, INSERTED, ItemChange, Redline, Span
from reinstate.core.config import Config
from reinstate.core.diagnostics import (
    Diagnostic,
    Location,
    ReinstateError,
    Reporter,
    Severity,
    printable,
)
from reinstate.render.changes import count_line, field_names, status_names
from reinstate.stages.discover import CaseDir
from reinstate.stages.history import baseline_submission, read_revision
from reinstate.stages.load import load_case
from reinstate.stages.redline import against
from reinstate.stages.resolve import resolve

_INS, _DEL, _BOLD, _RESET = "\033[32;4m", "\033[31;9m", "\033[1m", "\033[0m"


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "diff",
        help=SUMMARIES["diff"],
        description=(
            "Compare each case with the git snapshot of its latest rejected or unanswered "
            "submission (or with --against REV), item by item: new, removed, changed and "
            "renumbered items, and a word-level redline of what changed. Writes nothing; "
            "exit status 0."
        ),
    )
    add_project(parser)
    add_cases(parser)
    parser.add_argument(
        "--against",
        metavar="REV",
        help="a git revision (tag, commit, branch) to compare with; default: the snapshot "
        "of the latest rejected or unanswered submission",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text (default) or json (an array, one object per case, on standard output)",
    )
    add_today(parser)
    add_verbosity(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    reporter = Reporter()
    config = project_config(args, reporter)
    project = chosen_cases(config, args, reporter)
    today = args.today or dt.date.today()
    results: list[dict[str, Any]] = []
    notes: list[Diagnostic] = list(reporter.diagnostics)
    out = sys.stdout
    for case_dir in project.cases:
        compared = compare_case(config, case_dir, today, args.against, notes)
        if compared is None:
            continue
        title, redline = compared
        if args.format == "json":
            results.append({"case": case_dir.slug, "title": title, **redline.as_json()})
        else:
            write_text(out, case_dir.slug, title, redline, use_colour(out))
    if args.format == "json":
        json.dump(results, out, indent=2, ensure_ascii=False)
        out.write("\n")
    print_problems(notes, args, sys.stderr)
    return 0


def compare_case(
    config: Config, case_dir: CaseDir, today: dt.date, revision: str | None, notes: list[Diagnostic]
) -> tuple[str, Redline] | None:
    """(what it is compared with, the redline), or None after noting why not."""
    quiet = Reporter(case=case_dir.slug)
    case = load_case(case_dir, config, quiet, today)
    if case is None:
        notes.extend(d for d in quiet.sorted() if d.severity == Severity.ERROR)
        return None
    resolved = resolve(case, quiet, config.allow_html)
    if revision is not None:
        reading = read_revision(case, config, today, revision)
        if reading.resolved is None:
            raise ReinstateError(
                f"{case.slug}: cannot read the revision '{revision}': {reading.problem}"
            )
        return f"revision {revision}", against(resolved, reading)
    sub = baseline_submission(case)
    if sub is None or not sub.snapshot:
        where = case.origin.key("submissions") if sub is not None else case.origin.key("kind")
        why = (
            f"the submission of {sub.date} names no snapshot"
            if sub is not None
            else "no submission was rejected or is awaiting a reply"
        )
        hint = (
            "tag the case as submitted and add `snapshot: TAG` to the submission, "
            "or compare with a revision: reinstate diff --against REV"
        )
        notes.append(_info(where, case.slug, f"nothing to compare with: {why}", hint))
        return None
    reading = read_revision(case, config, today, sub.snapshot)
    if reading.resolved is None:
        where = case.origin.value("submissions", sub.index, "snapshot")
        why = f"cannot compare with the submission of {sub.date}: {reading.problem}"
        notes.append(_info(where, case.slug, why))
        return None
    return f"the submission of {case.date(sub.date)}", against(resolved, reading)


def _info(where: Location, slug: str, message: str, hint: str = "") -> Diagnostic:
    return Diagnostic(where, Severity.INFO, "changes.snapshot", message, hint, slug)


def write_text(out: TextIO, slug: str, title: str, redline: Redline, colour: bool) -> None:
    bold, reset = (_BOLD, _RESET) if colour else ("", "")
    commit = redline.commit[:12]
    out.write(
        f"{bold}{printable(slug)}: changes since {title}{reset} ({redline.revision}, {commit})\n"
    )
    out.write(f"  {count_line(redline)}\n")
    for item in redline.shown:
        out.write(f"\n  {bold}{item_line(item)}{reset}\n")
        for f in item.fields:
            out.write(f"    {field_names().get(f.name, f.name)}: {marked(f.spans, colour)}\n")


def item_line(item: ItemChange) -> str:
    """`Root Cause 2: title (changed; was Root Cause 1; completed)`."""
    notes = [status_names()[item.status]]
    if item.renumbered:
        notes.append(f"was {item.old_label}")
    if item.completed:
        notes.append("completed")
    if item.moved:
        notes.append(f"file renamed from {item.old_path}")
    return f"{item.label}: {printable(item.title)} ({'; '.join(notes)})"


def marked(spans: tuple[Span, ...], colour: bool) -> str:
    """The spans on one line (line breaks shown as ¶), insertions and deletions marked."""
    parts: list[str] = []
    for span in spans:
        text = printable(span.text.replace("\n\n", " ¶ ").replace("\n", " "))
        if span.op == INSERTED:
            parts.append(f"{_INS}{text}{_RESET}" if colour else "{+" + text + "+}")
        elif span.op == DELETED:
            parts.append(f"{_DEL}{text}{_RESET}" if colour else "[-" + text + "-]")
        else:
            parts.append(text)
    return "".join(parts)
