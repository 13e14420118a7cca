"""Any Markdown body: no rule fails, and every location points inside its file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.checks_support import run

PIECES = [
    "devastated",
    "fake complaints",
    "will",
    "we did nothing wrong",
    "[TODO: x]",
    "[insert]",
    "XXX",
    "<name>",
    "???",
    "case 12345678",
    "you must reinstate",
    "lawyer",
    "software",
    "B01ACME001",
    "2025-01-05",
    "30 units sold",
    '"quoted unfair"',
    "e.g.",
    "Inc.",
    "Why?",
    "*em*",
    "**strong**",
    "`code`",
    "{ref}`invoice`",
    "{exhibit}`invoice`",
    "{ref}`x <invoice>`",
    "[link](#invoice)",
    "\\*",
    "&amp;",
    "<!-- reinstate: ignore tone -->",
    "\n",
    "\n\n",
    "\n> ",
    "\n- ",
    "\n1. ",
    "\n## ",
    "\n:::{note}\n",
    "\n:::\n",
    "\n```\n",
    "|a|b|\n|-|-|\n",
    " ",
    ". ",
    "’",
    "“",
    "”",
    "é",
    "\t",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=30), st.sampled_from(PIECES))
def test_no_rule_fails_and_locations_are_in_the_file(pieces: list[str], title: str) -> None:
    body = "".join(pieces)
    title_text = " ".join(title.split()) or "Title"
    cause = (
        "---\nkind: cause\ntitle: "
        + '"'
        + title_text.replace('"', "'").replace("\\", "/")
        + '"'
        + "\nevidence: [invoice]\n---\n"
        + body
        + "\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        checked = run(Path(folder), {"causes/unvetted-supplier.md": cause})
        assert checked.of("internal.rule") == []
        for diagnostic in checked.diagnostics:
            loc = diagnostic.location
            path = checked.root / loc.path
            if not path.is_file():
                continue
            lines = path.read_text("utf-8").split("\n")
            assert 1 <= loc.line <= len(lines), diagnostic.format()
            assert 1 <= loc.col <= len(lines[loc.line - 1]) + 1, diagnostic.format()
