"""The methods `dataclasses` writes are compiled once and kept (core/generated.py): the
classes are the ones `dataclasses` makes without it, and a bad file is not read."""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import re
import sys
from pathlib import Path
from types import CodeType

import pytest

from reinstate.core import generated


def make(frozen: bool) -> type:
    @dataclasses.dataclass(frozen=frozen, order=True)
    class Item:
        """A class with defaults, a factory, a keyword-only field and a class variable."""

        name: str
        count: int = 0
        tags: list[str] = dataclasses.field(default_factory=list)
        note: str = dataclasses.field(default="", kw_only=True, repr=False)

    return Item


METHODS = ("__init__", "__repr__", "__eq__", "__lt__", "__hash__", "__setattr__", "__delattr__")


def codes(cls: type) -> dict[str, CodeType]:
    found = {}
    for name in METHODS:
        method = cls.__dict__.get(name)
        if method is None:
            continue
        method = getattr(method, "__wrapped__", method)  # __repr__ guards recursion
        found[name] = method.__code__
    return found


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The module's state empty, its file in `tmp_path`, bytecode written."""
    file = tmp_path / "_generated.bin"
    monkeypatch.setattr(generated, "_CODE", {})
    monkeypatch.setattr(generated, "_PROGRAMS", {})
    original = generated._ORIGINAL[:] or [re._compiler.compile]  # type: ignore[attr-defined]
    monkeypatch.setattr(generated, "_ORIGINAL", original)
    monkeypatch.setattr(generated, "_USED", set())
    monkeypatch.setattr(generated, "_READ", set())
    monkeypatch.setattr(generated, "_FILE", [file])
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return file


@pytest.mark.parametrize("frozen", [False, True])
def test_the_methods_are_those_dataclasses_makes(
    isolated: Path, monkeypatch: pytest.MonkeyPatch, frozen: bool
) -> None:
    monkeypatch.setattr(dataclasses, "exec", builtins.exec, raising=False)
    plain = make(frozen)
    monkeypatch.setattr(dataclasses, "exec", generated._exec, raising=False)
    compiled = make(frozen)
    assert generated._USED, "the methods went through the kept code"
    generated.save()
    monkeypatch.setattr(generated, "_CODE", generated._read(isolated)[0])
    from_file = make(frozen)
    expected = codes(plain)
    assert len(expected) == (7 if frozen else 4)  # not frozen: __hash__ is None
    assert codes(compiled) == expected
    assert codes(from_file) == expected
    item = from_file("a", 2, note="n")
    assert item == from_file("a", 2, note="n") and item < from_file("a", 3)
    assert repr(item).endswith("Item(name='a', count=2, tags=[])")
    if frozen:
        with pytest.raises(dataclasses.FrozenInstanceError):
            item.name = "b"  # type: ignore[misc]


def test_the_file_is_read_back_and_a_bad_one_is_not(isolated: Path) -> None:
    text = "def __create_fn__():\n def f(self):\n  return 1\n return f"
    namespace: dict[str, object] = {}
    generated._exec(text, {}, namespace)
    generated.save()
    generated._compile(r"(?P<word>\w+)[\s-]+(?i:carrier)", 0)
    generated.save()
    kept, programs = generated._read(isolated)
    assert list(kept) == [text]
    [(source, flags)] = programs
    pattern = generated.from_program(source, programs[source, flags])
    assert pattern == re.compile(source, flags) and pattern is not None
    assert pattern.groupindex == {"word": 1}
    assert kept[text] == compile(text, "<string>", "exec", dont_inherit=True)
    data = isolated.read_bytes()
    magic = importlib.util.MAGIC_NUMBER
    for bad in (
        data[: len(data) // 2],  # cut
        data[:-1] + bytes([data[-1] ^ 1]),  # one bit flipped
        b"\0\0\0\0" + data[len(magic) :],  # another Python's
        b"",
    ):
        isolated.write_bytes(bad)
        assert generated._read(isolated) == ({}, {})


def test_nothing_is_written_without_bytecode_or_without_news(
    isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generated._exec("x = 1", {}, {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    generated.save()
    assert not isolated.exists()
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    generated.save()
    assert isolated.exists()
    isolated.unlink()
    generated.save()  # nothing compiled since the last write
    assert not isolated.exists()


@pytest.mark.skipif(not generated.SRE_KEPT, reason="expressions are kept on CPython 3.11-3.13")
def test_expressions_compile_to_the_patterns_re_makes(isolated: Path) -> None:
    """Through the installed compiler: the kept program gives an equal pattern (which
    compares the program), for text expressions of every kind of flag and group."""
    sources = [
        (r"(?<![\w'’])(?:we|our team)[\s-]+(?:did|have) not\w*(?![\w'’])", re.IGNORECASE),
        (r"^(?P<key>[a-z_]+):\s*(?P<value>.*)$", re.MULTILINE),
        (r"(?x) \d+  # a number", 0),
        (r"[\u3040-\u30ff\u4e00-\u9fff]", 0),
        (r"(?s:.)*?end", re.ASCII),
    ]
    for source, flags in sources:
        made = generated._compile(source, flags)
        assert made == re.compile(source, flags)
        again = generated._compile(source, flags)  # from the program, not compiled
        assert again == made and again is not made
        assert again.groupindex == made.groupindex and again.flags == made.flags
    assert generated._compile(rb"bytes", 0) == re.compile(rb"bytes")
    damaged = (0, b"\xff\xff\xff\x7f" * 3, 0, {})
    assert generated.from_program("x", damaged) is None


def test_the_file_lies_with_the_bytecode() -> None:
    file = generated.cache_file()
    assert file is not None and file.suffix == ".bin"
    assert file.parent.name == "__pycache__" or sys.pycache_prefix
