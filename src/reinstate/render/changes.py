"""`<case>/changes.html`: the redline against the submission Amazon rejected (or has not
answered), for a case whose submission names a git `snapshot`.

The comparison is made once per build (`redline.since_submission`, from the readings the
load stage made); this page, the `{changes}` directive and the bundle's annex only show it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reinstate.core.changeset import Redline, Since
from reinstate.core.diagnostics import Severity
from reinstate.core.vocabulary import N_, _, format_number, join_list
from reinstate.render.links import PageLinks
from reinstate.render.site import _common
from reinstate.render.theme import Theme
from reinstate.stages.history import baseline_submission, rejected_submission
from reinstate.stages.resolve import Resolved

if TYPE_CHECKING:
    from reinstate.render.step import CaseBuild

CHANGES_PAGE = "changes.html"
FIELD_NAMES = {
    "title": N_("Title"),
    "body": N_("Text"),
    "date": N_("Date"),
    "starts": N_("In effect since"),
    "owner": N_("Owner"),
    "cadence": N_("Cadence"),
    "addresses": N_("Addresses"),
    "evidence": N_("Evidence"),
    "file": N_("File"),
    "type": N_("Type"),
    "issued": N_("Issued"),
    "issuer": N_("Issuer"),
    "covers": N_("Covers"),
    "highlights": N_("Highlights"),
    "to": N_("To"),
    "subject": N_("Subject"),
    "key": N_("Key point"),
}
STATUS_NAMES = {
    "added": N_("new"),
    "removed": N_("removed"),
    "changed": N_("changed"),
    "unchanged": N_("unchanged"),
    "renumbered": N_("renumbered"),
}


def field_names() -> dict[str, str]:
    """The compared fields' names in the language in force."""
    return {key: _(name) for key, name in FIELD_NAMES.items()}


def status_names() -> dict[str, str]:
    """added, removed, changed, ... in the language in force."""
    return {key: _(name) for key, name in STATUS_NAMES.items()}


def changes_title(resolved: Resolved, since: Since) -> str:
    return _("Changes since the submission of {date}").format(
        date=resolved.case.date(since.submission.date)
    )


def count_line(redline: Redline) -> str:
    """`2 new, 1 removed, 3 changed, 1 renumbered` (the parts that are not zero)."""
    counts = redline.counts
    parts = [
        f"{format_number(counts[name])} {_(STATUS_NAMES[name])}"
        for name in ("added", "removed", "changed", "renumbered")
        if counts[name]
    ]
    return join_list(parts) if parts else _("no changes")


def render_changes_page(resolved: Resolved, since: Since, theme: Theme) -> str:
    title = changes_title(resolved, since)
    context = {
        **_common(CHANGES_PAGE, 1, title),
        "case": resolved.case,
        "r": resolved,
        "links": PageLinks(resolved, CHANGES_PAGE),
        "since": since,
        "redline": since.redline,
        "counts": since.redline.counts,
        "field_names": field_names(),
        "status_names": status_names(),
    }
    return theme.template(CHANGES_PAGE).render(context)


def render_changes(build: CaseBuild) -> None:
    """The build step: the page, and its link (with the counts) on the dashboard."""
    resolved = build.resolved
    since = resolved.since
    if since is None:
        _report_unread(build)
        _report_empty_block(build)
        return
    build.add(
        CHANGES_PAGE,
        render_changes_page(resolved, since, build.theme),
        changes_title(resolved, since),
        count_line(since.redline),
    )


_CHANGES_FENCE = re.compile(r"^\s*:{3,}\s*\{changes\}")


def _report_empty_block(build: CaseBuild) -> None:
    """A letter that places `{changes}` with nothing to compare with: the block is left
    out, and the author is told why (once, at the directive)."""
    case = build.resolved.case
    letter = case.letter
    if letter is None:
        return
    line = next(
        (n for n, text in enumerate(letter.body.split("\n")) if _CHANGES_FENCE.match(text)), None
    )
    if line is None:
        return
    sub = baseline_submission(case)
    if sub is None:
        why = "no submission was rejected or is awaiting a reply"
    elif not sub.snapshot:
        why = f"the submission of {sub.date} names no git snapshot"
    else:
        reading = build.readings.get(sub.snapshot)
        why = f"the snapshot '{sub.snapshot}' cannot be read" + (
            f" ({reading.problem})" if reading is not None and reading.problem else ""
        )
    build.reporter.report(
        letter.origin.body_location(line),
        Severity.INFO,
        "changes.snapshot",
        f"the {{changes}} block lists nothing and is left out: {why}",
        "record `snapshot: TAG` on the submission (docs/changes.md)",
    )


def _report_unread(build: CaseBuild) -> None:
    """A snapshot that could not be read, when R21 has not said so already (it speaks of
    the last rejected submission only)."""
    case = build.resolved.case
    sub = baseline_submission(case)
    if sub is None or not sub.snapshot or sub == rejected_submission(case):
        return
    reading = build.readings.get(sub.snapshot)
    if reading is None or not reading.problem:
        return
    build.reporter.report(
        case.origin.value("submissions", sub.index, "snapshot"),
        Severity.INFO,
        "changes.snapshot",
        f"no changes page: cannot read the submission of {sub.date} ({sub.snapshot}): "
        f"{reading.problem}",
    )
