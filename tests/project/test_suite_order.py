"""The order the suite runs its files in (support/schedule.py, tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

from support.schedule import HEAVIEST_FIRST

TESTS = Path(__file__).parents[1]


def test_every_file_scheduled_first_exists() -> None:
    """A renamed or removed file would leave the heavy ones it stood for to run last."""
    assert [name for name in HEAVIEST_FIRST if not (TESTS / name).is_file()] == []
    assert len(set(HEAVIEST_FIRST)) == len(HEAVIEST_FIRST)
