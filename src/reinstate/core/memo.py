"""What the watcher keeps of one case from one rebuild to the next: the results of pure
functions of the case's parts, keyed by everything they read.

A save changes one file of a case, yet a rebuild reads, parses, checks and renders every
file again: at 300 items that is most of a second. The watcher hands each rebuild of a
case the case's `Memo`; the read stage keeps each file's `Source` under the file's bytes,
the resolve stage each body's tokens under its text, the render stage each body's HTML
under its text and the targets it looked up, and so on. A key holds every input of the
result, so a hit gives exactly what the work would have given: the outputs of a rebuild
stay byte-identical to those of a clean build (tests/live/test_memo_equivalence.py edits
generated cases at random and compares).

Diagnostics a function reports are kept with its result and reported again on a hit
(`recorded`). Entries no rebuild used are dropped at the next `turn`, so a memo holds at
most about two builds' worth. A one-shot `reinstate build` passes no memo.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from reinstate.core.diagnostics import Diagnostic, Reporter

T = TypeVar("T")

_MISSING = object()


class Memo:
    """Results kept between rebuilds of one case, by key."""

    __slots__ = ("_new", "_old", "hits", "misses")

    def __init__(self) -> None:
        self._old: dict[Hashable, object] = {}
        self._new: dict[Hashable, object] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable) -> object:
        """The value kept under `key`, or `MISSING`."""
        value = self._new.get(key, _MISSING)
        if value is not _MISSING:
            self.hits += 1
            return value
        value = self._old.pop(key, _MISSING)
        if value is _MISSING:
            self.misses += 1
        else:
            self.hits += 1
            self._new[key] = value
        return value

    def put(self, key: Hashable, value: object) -> None:
        self._new[key] = value

    def turn(self) -> None:
        """Start a new build: what the last one did not use is dropped at the next turn."""
        self._old, self._new = self._new, {}

    def __len__(self) -> int:
        return len(self._old) + len(self._new)


MISSING = _MISSING


class Same:
    """A part of a key equal only to a key holding the very same objects (which it keeps
    alive, so their ids cannot be reused): for values that cannot be hashed, such as
    parsed tokens, which the memo hands out again unchanged."""

    __slots__ = ("_hash", "objects")

    def __init__(self, objects: tuple[object, ...]) -> None:
        self.objects = objects
        self._hash = hash(tuple(map(id, objects)))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Same):
            return False
        if other.objects is self.objects:  # the same tuple: a body's tokens, kept
            return True
        if len(other.objects) != len(self.objects):
            return False
        for a, b in zip(self.objects, other.objects, strict=True):  # noqa: SIM110 (hot)
            if a is not b:
                return False
        return True


class Hashed:
    """A key part whose hash is computed once: for a key used many times in one build (the
    findings of each rule in one file are kept under the same description of the file)."""

    __slots__ = ("_hash", "value")

    def __init__(self, value: Hashable) -> None:
        self.value = value
        self._hash = hash(value)

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return self is other or (
            isinstance(other, Hashed) and other._hash == self._hash and other.value == self.value
        )


def recorded(memo: Memo | None, key: Hashable, reporter: Reporter, work: Callable[[], T]) -> T:
    """`work()`, or what it returned when last called under `key`; the diagnostics it
    reported are reported again on a hit (with the reporter's settings in the key)."""
    if memo is None:
        return work()
    full = (key, reporter.strict, reporter.disabled, reporter.case)
    found = memo.get(full)
    if found is not MISSING:
        kept = cast("tuple[T, tuple[Diagnostic, ...]]", found)
        reporter.diagnostics.extend(kept[1])
        return kept[0]
    before = len(reporter.diagnostics)
    value = work()
    said: tuple[Diagnostic, ...] = tuple(reporter.diagnostics[before:])
    memo.put(full, (value, said))
    return value
