"""What a command compiles at start that Python keeps no bytecode of, compiled once and kept.

Two kinds of code are compiled anew by every Python process, whatever `.pyc` files exist:

- the methods `dataclasses` writes for each class (`__init__`, `__repr__`, `__eq__`,
  `__hash__`, and `__setattr__` and `__delattr__` for a frozen class), as Python source
  compiled with `exec`: Python 3.11 and 3.12 compile one text per method, about 600 for
  the dataclasses a `reinstate check` imports, 60-90 ms of its start;
- the regular expressions modules compile when imported (reinstate's, Markdown's,
  YAML's, Jinja2's): parsing and optimising some 200 expressions, 50-80 ms of a check or
  an HTML build.

A method's text is all its code depends on, and an expression's text and flags are all
its program (the list of numbers `re` hands `_sre.compile`) depends on. So the command
line (`install`, called by cli.py before it imports anything else) hands `dataclasses` an
`exec` that compiles each text once, and `re` a compiler that builds each expression from
its kept program, as `re._compiler.compile` builds it; both keep what they compiled in a
file beside reinstate's own bytecode, marshalled as Python's `.pyc` files are:
`__pycache__/_generated.<implementation tag>.bin` next to this package's `__init__.py`
(under `sys.pycache_prefix` when one is set). The classes, methods and patterns are the
ones Python makes without it (`tests/project/test_generated.py` compares the code objects
and the patterns, which compare equal only when their programs are the same).

The file is written at exit when something was compiled that it did not hold, atomically,
and not when Python writes no bytecode (`-B`, `PYTHONDONTWRITEBYTECODE`) or cannot write
there. It starts with Python's bytecode magic number and the SHA-256 of what follows: a
file of another Python, cut or damaged is not read; `_sre` checks every program it is
given. It holds what the processes that wrote it used (at most `MOST` entries of each
kind; past that, those of the last process). The expressions are kept only on the
CPythons whose `re` builds a pattern this way (3.11 to 3.13).
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import builtins
import contextlib
import dataclasses
import hashlib
import importlib.util
import marshal
import os
import re
import sys
from array import array
from pathlib import Path
from types import CodeType
from typing import Any

MOST = 4000
"""Entries of each kind kept at most: a source tree changed over months keeps no stale
ones forever."""

_CODE: dict[str, CodeType] = {}
"""Each method's text compiled or read, by its text."""
_PROGRAMS: dict[tuple[str, int], tuple[Any, ...]] = {}
"""Each expression's program compiled or read, by its text and flags."""
_USED: set[object] = set()
_READ: set[object] = set()
_FILE: list[Path] = []

SRE_KEPT = sys.implementation.name == "cpython" and (3, 11) <= sys.version_info[:2] <= (3, 13)
"""The Pythons whose `re._compiler.compile` is `compile_pattern`'s steps."""


def cache_file() -> Path | None:
    """Where the code is kept (None: Python has no cache tag, so keeps no bytecode)."""
    try:
        pyc = importlib.util.cache_from_source(str(Path(__file__).parents[1] / "_generated.py"))
    except NotImplementedError:
        return None
    return Path(pyc).with_suffix(".bin")


_ORIGINAL: list[Any] = []


def install() -> None:
    """Compile the methods `dataclasses` writes from the kept code, and the expressions
    `re` compiles from the kept programs (once)."""
    if getattr(dataclasses, "exec", None) is _exec:
        return
    file = cache_file()
    if file is None:
        return
    _FILE[:] = [file]
    methods, programs = _read(file)
    _CODE.update(methods)
    _PROGRAMS.update(programs)
    _READ.update(methods, programs)
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a global shadows the builtin
    if SRE_KEPT:
        from re import _compiler  # type: ignore[attr-defined]

        _ORIGINAL[:] = [_compiler.compile]
        _compiler.compile = _compile
    atexit.register(save)


def _exec(
    source: str | CodeType,
    globals: dict[str, Any] | None = None,
    locals: dict[str, Any] | None = None,
    /,
) -> None:
    """`exec`, the text compiled as `exec` compiles it (no inherited `__future__` flags:
    dataclasses.py has none), or the code kept for it."""
    if globals is None:
        frame = sys._getframe(1)
        globals = frame.f_globals
        if locals is None:
            locals = frame.f_locals
    if isinstance(source, str):
        code = _CODE.get(source)
        if code is None:
            code = _CODE[source] = compile(source, "<string>", "exec", dont_inherit=True)
        _USED.add(source)
        source = code
    builtins.exec(source, globals, locals)


def _compile(pattern: Any, flags: int = 0) -> Any:
    """`re._compiler.compile` (which `re` calls for an expression not in its own cache),
    from the kept program of a text expression."""
    if not isinstance(pattern, str) or flags & re.DEBUG:
        return _ORIGINAL[0](pattern, flags)
    key = (pattern, int(flags))
    record = _PROGRAMS.get(key)
    if record is not None:
        found = from_program(pattern, record)
        if found is not None:
            _USED.add(key)
            return found
    found, record = compile_pattern(pattern, int(flags))
    _PROGRAMS[key] = record
    _USED.add(key)
    return found


def compile_pattern(source: str, flags: int) -> tuple[re.Pattern[str], tuple[Any, ...]]:
    """What `re._compiler.compile` does with a text, and the program it made (to keep)."""
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


def save() -> None:
    """Write the kept code when this process compiled something the file did not hold."""
    if sys.dont_write_bytecode or not _FILE or _USED <= _READ:
        return
    keep = _READ | _USED
    methods = [k for k in keep if isinstance(k, str)]
    programs = [k for k in keep if isinstance(k, tuple)]
    if len(methods) > MOST:
        methods = [k for k in _USED if isinstance(k, str)]
    if len(programs) > MOST:
        programs = [k for k in _USED if isinstance(k, tuple)]
    payload = marshal.dumps(
        (
            {text: _CODE[text] for text in sorted(methods)},
            [(text, flags, *_PROGRAMS[text, flags]) for text, flags in sorted(programs)],
        )
    )
    data = importlib.util.MAGIC_NUMBER + hashlib.sha256(payload).digest() + payload
    file = _FILE[0]
    import tempfile

    with contextlib.suppress(OSError):
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".bin")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            Path(tmp).replace(file)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
    _READ.update(methods, programs)


Read = tuple[dict[str, CodeType], dict[tuple[str, int], tuple[Any, ...]]]


def _read(file: Path) -> Read:
    """The kept code; none when the file is missing, of another Python, or damaged."""
    magic = importlib.util.MAGIC_NUMBER
    try:
        data = file.read_bytes()
    except OSError:
        return {}, {}
    size = len(magic)
    head, digest, payload = data[:size], data[size : size + 32], data[size + 32 :]
    if head != magic or hashlib.sha256(payload).digest() != digest:
        return {}, {}
    try:
        methods, programs = marshal.loads(payload)
        kept = {
            text: code
            for text, code in methods.items()
            if isinstance(text, str) and isinstance(code, CodeType)
        }
        found = {
            (text, flags): (total, program, groups, groupindex)
            for text, flags, total, program, groups, groupindex in programs
            if isinstance(text, str) and isinstance(flags, int)
        }
    except (EOFError, ValueError, TypeError, AttributeError):
        return {}, {}
    return kept, found
