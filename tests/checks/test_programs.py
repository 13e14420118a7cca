"""A pattern built from a kept program is the one `re.compile` makes (core/programs.py),
and a damaged program is refused."""

from __future__ import annotations

import re

import pytest

from reinstate.core import programs

SOURCES = [
    (r"(?<![\w'’])(?:we|our team)[\s-]+(?:did|have) not\w*(?![\w'’])", re.IGNORECASE),
    (r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$", re.MULTILINE),
    (r"(?x) \d+  # a number", 0),
    (r"[\u3040-\u30ff\u4e00-\u9fff]", 0),
    (r"(?s:.)*?end", re.ASCII),
    (r"(?P<word>\w+)[\s-]+(?i:carrier)", 0),
]


@pytest.mark.skipif(not programs.SRE_KEPT, reason="programs are kept on CPython 3.11-3.13")
@pytest.mark.parametrize(("source", "flags"), SOURCES)
def test_a_pattern_from_its_program_is_the_one_re_makes(source: str, flags: int) -> None:
    made, record = programs.compile_pattern(source, flags)
    expected = re.compile(source, flags)
    assert made == expected  # patterns compare their programs
    again = programs.from_program(source, record)
    assert again == expected and again is not made
    assert again.groupindex == expected.groupindex and again.flags == expected.flags
    assert again.groups == expected.groups


@pytest.mark.skipif(not programs.SRE_KEPT, reason="programs are kept on CPython 3.11-3.13")
def test_a_damaged_program_is_refused() -> None:
    _, (total, program, groups, groupindex) = programs.compile_pattern(r"a(b)c", 0)
    for bad in (
        (0, b"\xff\xff\xff\x7f" * 3, 0, {}),  # not a program
        (total, program[: len(program) // 2], groups, groupindex),  # cut
        ("x",),  # not a record
    ):
        assert programs.from_program("a(b)c", bad) is None
