"""The watcher's decision of what a burst of changes rebuilds, apart from rebuilding."""

from __future__ import annotations

from reinstate.live.changes import Change
from reinstate.live.rebuild import Rebuild, decide


def test_changes_in_cases_rebuild_those_cases_in_order() -> None:
    changes = [
        Change("bravo", "causes/a.md"),
        Change("acme", "case.md"),
        Change("bravo", "causes/b.md"),
        Change("bravo", "causes/a.md"),
    ]
    assert decide(changes, opened=True) == Rebuild(
        cases=(("acme", "case.md"), ("bravo", "causes/a.md, causes/b.md"))
    )


def test_a_change_outside_the_cases_opens_the_project_again() -> None:
    changes = [Change("acme", "case.md"), Change(None, "reinstate.yaml")]
    assert decide(changes, opened=True) == Rebuild(whole="reinstate.yaml")


def test_a_project_not_open_is_opened_whatever_changed() -> None:
    changes = [Change("acme", p) for p in ("case.md", "causes/a.md", "causes/b.md")]
    assert decide(changes, opened=False) == Rebuild(whole="case.md and 2 more")
