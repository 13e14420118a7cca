"""A regular expression's compiled program, to keep and to build the pattern from again.

`re.compile` parses and optimises an expression into a program (the list of numbers it
hands `_sre.compile`); the program depends only on the expression's text and flags. The
check rules' grammar compiles some hundreds of expressions narrowed to a case's words, and
keeps their programs in the output folder's cache (checks/kept.py), so that the next run
builds each pattern from its program without parsing and optimising it again. The
pattern built from a program is the one `re.compile` makes (patterns compare equal only
when their programs are: tests/checks/test_programs.py). This uses `re`'s own steps, which
are those of CPython 3.11 to 3.13 (`SRE_KEPT`); on any other Python nothing is kept.
`_sre` checks every program it is given and refuses one that is not well formed.
"""

from __future__ import annotations

import re
import sys
from array import array
from typing import Any

SRE_KEPT = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
"""The Pythons whose `re._compiler.compile` is `compile_pattern`'s steps."""


def compile_pattern(source: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What `re._compiler.compile` does with a text, and the program it made (to keep)."""
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    total = flags | parsed.state.flags
    groups = parsed.state.groups - 1
    compiled = _sre.compile(source, total, code, groups, groupindex, tuple(indexgroup))
    return compiled, (total, array("I", code).tobytes(), groups, groupindex)


def from_program(source: str, record: Any) -> re.Pattern[str] | None:
    """The pattern of a kept program; None when it cannot be used (`_sre` checks the
    program it is given and refuses one that is not well formed)."""
    if not SRE_KEPT:
        return None
    import _sre

    try:
        total, program, groups, groupindex = record
        code = array("I", program).tolist()
        groupindex = dict(groupindex)
        indexgroup: list[str | None] = [None] * (groups + 1)
        for name, index in groupindex.items():
            indexgroup[index] = name
        found: re.Pattern[str] = _sre.compile(
            source, total, code, groups, groupindex, tuple(indexgroup)
        )
    except Exception:  # a damaged entry: compile as without one
        return None
    return found
