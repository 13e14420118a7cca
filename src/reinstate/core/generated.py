"""The methods `dataclasses` writes for each class, compiled once and kept as bytecode.

`dataclasses` writes the methods of every class it makes (`__init__`, `__repr__`, `__eq__`,
`__hash__`, and `__setattr__` and `__delattr__` for a frozen class) as Python source and
compiles each with `exec`: Python 3.11 and 3.12 compile one text per method, about 600
for the dataclasses a `reinstate check` imports, 60-90 ms of its start. A method's text
is all its code depends on, so the command line (`install`, called by cli.py before it
imports anything else) hands `dataclasses` an `exec` that compiles each text once and
keeps the code in a file beside reinstate's own bytecode, marshalled as Python's `.pyc`
files are: `__pycache__/_generated.<implementation tag>.bin` next to this package's
`__init__.py` (under `sys.pycache_prefix` when one is set). The classes and methods are
the ones `dataclasses` makes without it: the same text compiled the same way
(`tests/project/test_generated.py` compares the code objects).

The file is written at exit when a method was compiled that it did not hold, atomically,
and not when Python writes no bytecode (`-B`, `PYTHONDONTWRITEBYTECODE`) or cannot write
there. It starts with Python's bytecode magic number and the SHA-256 of what follows: a
file of another Python, cut or damaged is not read. It holds the methods the processes
that wrote it used (at most `MOST` of them; past that, those of the last process).
"""

from __future__ import annotations

import atexit
import builtins
import contextlib
import dataclasses
import hashlib
import importlib.util
import marshal
import os
import sys
from pathlib import Path
from types import CodeType
from typing import Any

MOST = 4000
"""Methods kept at most: a source tree changed over months keeps no stale ones forever."""

_CODE: dict[str, CodeType] = {}
"""Each text compiled or read, by its text."""
_USED: set[str] = set()
_READ: set[str] = set()
_FILE: list[Path] = []


def cache_file() -> Path | None:
    """Where the code is kept (None: Python has no cache tag, so keeps no bytecode)."""
    try:
        pyc = importlib.util.cache_from_source(str(Path(__file__).parents[1] / "_generated.py"))
    except NotImplementedError:
        return None
    return Path(pyc).with_suffix(".bin")


def install() -> None:
    """Compile the methods `dataclasses` writes with `exec` from the kept code (once)."""
    if getattr(dataclasses, "exec", None) is _exec:
        return
    file = cache_file()
    if file is None:
        return
    _FILE[:] = [file]
    _CODE.update(_read(file))
    _READ.update(_CODE)
    dataclasses.exec = _exec  # type: ignore[attr-defined]  # a global shadows the builtin
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


def save() -> None:
    """Write the kept code when this process compiled a text the file did not hold."""
    if sys.dont_write_bytecode or not _FILE or _USED <= _READ:
        return
    keep = _READ | _USED if len(_READ | _USED) <= MOST else _USED
    payload = marshal.dumps({text: _CODE[text] for text in sorted(keep)})
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
    _READ.update(keep)


def _read(file: Path) -> dict[str, CodeType]:
    """The kept code; none when the file is missing, of another Python, or damaged."""
    magic = importlib.util.MAGIC_NUMBER
    try:
        data = file.read_bytes()
    except OSError:
        return {}
    size = len(magic)
    head, digest, payload = data[:size], data[size : size + 32], data[size + 32 :]
    if head != magic or hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        found = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {
        text: code
        for text, code in found.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }
