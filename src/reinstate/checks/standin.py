"""Stand-in files: no exhibit is still the stand-in page that `reinstate new` wrote (R24).

`reinstate new` gives each exhibit of a template a one-page stand-in ("PLACEHOLDER: replace
this file") so that a fresh case builds and its bundle shows where each document goes. A
stand-in that is still in use when the case is checked would reach Amazon in the bundle, so
it is an error. It is recognised by what the file contains (reinstate.core.standin.MARK),
never by its name: a stand-in copied or renamed is still caught, and a real document saved
under the stand-in's name is not. Reported by the placeholder rule (`placeholder.unfilled`),
whose catalogue entry covers "an unfilled placeholder or stand-in file".
"""

from __future__ import annotations

from collections.abc import Iterator

from reinstate.checks.rule import CheckContext, Finding
from reinstate.core.diagnostics import Severity
from reinstate.core.standin import HEADLINE, is_stand_in


def stand_ins(ctx: CheckContext) -> Iterator[Finding]:
    """An error at the `file:` of each exhibit whose file is still a stand-in."""
    for exhibit in ctx.case.exhibits:
        if exhibit.path is None or not is_stand_in(exhibit.path):
            continue
        yield Finding(
            exhibit.origin.value("file"),
            f"'{exhibit.file}' is still the stand-in page that 'reinstate new' wrote "
            f'("{HEADLINE}"), not the document itself',
            "save the real document under this name, or point 'file:' at it; "
            "a stand-in must never reach Amazon",
            Severity.ERROR,
        )
