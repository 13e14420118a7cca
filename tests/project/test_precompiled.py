"""Dataclass methods compiled once into the bytecode cache (core/precompiled.py, written
by core/precompile.py): up to date, each the very code `exec` compiles from its text, used
for reinstate's classes, and any other class made as `dataclasses` makes it."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from types import CodeType
from typing import Any

import pytest

from reinstate.core import precompile, precompiled
from reinstate.core.diagnostics import Location

pytestmark = pytest.mark.skipif(
    sys.version_info[:2] != precompiled.PYTHON, reason="the texts are Python 3.11's"
)


def test_the_module_is_what_precompile_writes() -> None:
    """After adding or changing a dataclass, run `python -m reinstate.core.precompile`.
    Recorded in a new process: the texts are those of the classes as each is first made."""
    written = subprocess.run(
        [sys.executable, "-c", "from reinstate.core import precompile as p\n"
         "import sys; sys.stdout.write(p.source(p.record()))"],
        capture_output=True, text=True, check=True, encoding="utf-8",
    ).stdout  # fmt: skip
    assert precompile.MODULE.read_text(encoding="utf-8") == written


def _same_code(made: CodeType, compiled: CodeType) -> None:
    """The same instructions, constants and names (not the file and lines they came from)."""
    assert made.co_code == compiled.co_code
    assert made.co_names == compiled.co_names
    assert made.co_varnames == compiled.co_varnames
    assert made.co_freevars == compiled.co_freevars
    assert made.co_cellvars == compiled.co_cellvars
    assert (made.co_argcount, made.co_kwonlyargcount) == (
        compiled.co_argcount,
        compiled.co_kwonlyargcount,
    )
    assert made.co_flags == compiled.co_flags
    assert len(made.co_consts) == len(compiled.co_consts)
    for mine, theirs in zip(made.co_consts, compiled.co_consts, strict=True):
        if isinstance(mine, CodeType):
            assert isinstance(theirs, CodeType)
            _same_code(mine, theirs)
        else:
            assert mine == theirs and type(mine) is type(theirs)


def test_each_method_is_the_code_its_text_compiles_to() -> None:
    """The key is the whole text: an entry kept under another text (a key made weaker:
    the method's name and fields only, say) fails here."""
    table = precompiled.table()
    assert len(table) > 500
    for text, code in table.items():
        made: dict[str, Any] = {}
        # as in dataclasses.py, not under this file's `from __future__ import annotations`
        exec(compile(text, "<string>", "exec", dont_inherit=True), {}, made)
        _same_code(code, made["__create_fn__"].__code__)


def test_the_text_is_what_dataclasses_compiles() -> None:
    """`precompiled.text` follows Python 3.11's `dataclasses._create_fn` line by line: the
    text that function compiles, read from its `exec`, is the one looked up."""
    seen: list[str] = []

    def spy(source: str, globals_: Any, locals_: Any) -> None:
        seen.append(source)
        exec(source, globals_, locals_)

    dataclasses.exec = spy  # type: ignore[attr-defined]  # found before the builtin
    try:
        original = precompiled._original
        names = {"a": int, "b": str}
        fn = original("__init__", ["self", "a:_type_a", "b:_type_b=_dflt_b"],
                      ["self.a=a", "self.b=b"], globals=globals(),
                      locals={"_type_a": names["a"], "_type_b": names["b"], "_dflt_b": "x"},
                      return_type=None)  # fmt: skip
    finally:
        del dataclasses.exec  # type: ignore[attr-defined]
    assert fn.__name__ == "__init__"
    assert seen == [
        precompiled.text(
            "__init__",
            ["self", "a:_type_a", "b:_type_b=_dflt_b"],
            ["self.a=a", "self.b=b"],
            ["_type_a", "_type_b", "_dflt_b", "_return_type"],
            "->_return_type",
        )
    ]


def test_reinstates_classes_take_the_compiled_methods() -> None:
    made_repr = Location.__repr__.__wrapped__  # type: ignore[attr-defined]  # (recursion guard)
    for method in (Location.__init__, made_repr, Location.__eq__, Location.__hash__):
        assert method.__code__.co_filename == str(precompile.MODULE)
        assert method.__globals__ is sys.modules[Location.__module__].__dict__  # as exec's
    assert Location.__init__.__qualname__ == "Location.__init__"
    where = Location("a.md", 3, 4)
    assert (where, repr(where)) == (Location("a.md", 3, 4), "Location(path='a.md', line=3, col=4)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        where.line = 5  # type: ignore[misc]


@dataclasses.dataclass(frozen=True)
class _NotInTheTable:
    """A class the table cannot know (made in the tests): compiled by `exec` as always."""

    first_word_of_a_test: str
    count: int = 2
    seen: list[str] = dataclasses.field(default_factory=list)


def test_a_class_the_table_lacks_is_made_as_dataclasses_makes_it() -> None:
    assert _NotInTheTable.__init__.__code__.co_filename == "<string>"
    made = _NotInTheTable("x")
    assert made == _NotInTheTable("x", 2, []) and made != _NotInTheTable("x", 3)
    assert repr(made) == "_NotInTheTable(first_word_of_a_test='x', count=2, seen=[])"
    assert made.seen is not _NotInTheTable("x").seen
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.count = 1  # type: ignore[misc]


def test_a_class_the_table_lacks_has_its_types_as_annotations() -> None:
    """As `dataclasses` compiles it: not under core/precompiled.py's `from __future__
    import annotations`, which would leave the names of `__init__`'s locals instead."""
    made = dataclasses.make_dataclass("Made", [("count", int), ("name", str, "x")])
    assert made.__init__.__code__.co_filename == "<string>"  # not in the table
    assert made.__init__.__annotations__ == {"count": int, "name": str, "return": None}
