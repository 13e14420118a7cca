"""Dataclass methods compiled once, into Python's bytecode cache, not at every start.

Python 3.11's `dataclasses` writes each method it generates (`__init__`, `__repr__`,
`__eq__`, `__hash__`, a frozen class's `__setattr__` and `__delattr__`) as text and
compiles it with `exec` when the class is made: about 510 compiles for reinstate's
classes, 60 ms of CPU, a quarter of a cold `reinstate build` of the demo. The texts are
the same on every run, so `precompiled_methods.py` (written by core/precompile.py) holds
them as the functions `exec` would make: Python compiles that module once into its
bytecode cache, as it does every module. `install` has `dataclasses` take a function from there
when the text it would compile is one of them (the whole text is the key: the same text
compiles to the same code), and compile it as before otherwise; the function is made
with the class's module globals, as `exec` makes it. Only on Python 3.11, whose
`dataclasses._create_fn` this follows line by line; elsewhere `dataclasses` is left alone.

    python -m reinstate.core.precompile    # after adding or changing a dataclass

tests/project/test_precompiled.py fails when the module is not what this writes, and
compares each function's code with what `exec` compiles from its text.
"""

from __future__ import annotations

import dataclasses
import sys
from types import CodeType, FunctionType
from typing import Any

PYTHON = (3, 11)
"""The Python whose `dataclasses._create_fn` `_create_fn` follows."""

_original: Any = None
_table: dict[str, CodeType] | None = None
_recorded: list[str] | None = None
"""The texts of reinstate's classes, while `record` runs."""


def install() -> None:
    """Have `dataclasses` take the compiled methods (once a process; Python 3.11 only)."""
    global _original
    if _original is not None or sys.version_info[:2] != PYTHON:
        return
    original = getattr(dataclasses, "_create_fn", None)
    if original is None:
        return
    _original = original
    dataclasses._create_fn = _create_fn  # type: ignore[attr-defined]


def table() -> dict[str, CodeType]:
    """Each text `dataclasses` writes for reinstate's classes → its compiled code."""
    global _table
    if _table is None:
        from reinstate.core import precompiled_methods

        _table = precompiled_methods.CODE
    return _table


def text(name: str, args: list[str], body: list[str], local_names: list[str], returns: str) -> str:
    """The source `dataclasses._create_fn` compiles (3.11)."""
    lines = "\n".join(f"  {b}" for b in body)
    inner = f" def {name}({','.join(args)}){returns}:\n{lines}"
    return f"def __create_fn__({', '.join(local_names)}):\n{inner}\n return {name}"


def _create_fn(
    name: str,
    args: list[str],
    body: list[str],
    *,
    globals: dict[str, Any] | None = None,
    locals: dict[str, Any] | None = None,
    return_type: Any = dataclasses.MISSING,
) -> Any:
    """`dataclasses._create_fn` of Python 3.11, the compile taken from `table` when it
    has the text."""
    if locals is None:
        locals = {}
    returns = ""
    if return_type is not dataclasses.MISSING:
        locals["_return_type"] = return_type
        returns = "->_return_type"
    source = text(name, args, body, list(locals), returns)
    module = "" if globals is None else str(globals.get("__name__", ""))
    if _recorded is not None and module.startswith("reinstate."):
        _recorded.append(source)
    code = table().get(source)
    if code is None or globals is None or "__builtins__" not in globals:
        made: dict[str, Any] = {}
        # as dataclasses does: compiled without this module's `from __future__ import
        # annotations` (`exec` of a string would inherit it: the annotations of
        # `__init__` would be the names of its locals, not the types)
        exec(compile(source, "<string>", "exec", dont_inherit=True), globals, made)
        return made["__create_fn__"](**locals)
    return FunctionType(code, globals)(**locals)
