"""What reading the word lists made, kept between processes in the output folder.

A fresh process spends much of its check rules' time before reading any text: parsing
the word lists into the phrase grammar (checks/grammar.py), and building and compiling the
expressions of the patterns a case's text makes it try (checks/reading.py). These are
functions of the lists, the word classes, the case's words and the code that reads them,
so a build keeps them in `<output>/.reinstate-cache/grammar/`:

- the patterns of each list a project changed, under a digest of its lines and of every
  word class (`lists.json`, shared by the cases; the lists as shipped are parsed when
  the package is made, checks/prebuild.py);
- in a file for each case (`<digest of its name>.json`): the text of each expression its
  check narrowed to its words, under the list's digest, the pattern and a digest of the
  words; and each expression compiled, under its text: the program `re` compiles it to
  (CPython's `_sre` code, a list of numbers), built again with `_sre.compile` exactly as
  `re.compile` builds it, without parsing and optimising the expression again.

(Narrowing a list to a case's words is set filters only, done again by each process.)

Every entry is kept under a digest of reinstate's version, the text of the modules that
make entries, and the Python version and `_sre` format. A case's file holds only what
the case's last check used; each file is sealed with the SHA-256 of its entries: a
damaged, cut or edited file, another version of reinstate or of Python, or a cache
folder that is a link means parsing and compiling as without a cache. `check` reads the
cache and never writes it; the watcher, which keeps all of this in memory, does not use
it. `reinstate clean` removes the folder.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib.util
import json
import os
import re
import sys
import tempfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from reinstate import __version__
from reinstate.core.programs import SRE_KEPT, compile_pattern, from_program

CACHE_FOLDER = ".reinstate-cache/grammar"
"""Under the output folder."""
FORMAT = "1"

_MODULES = (
    "checks/kept.py",
    "checks/grammar.py",
    "checks/reading.py",
    "checks/words.py",
    "core/programs.py",
)
"""The modules whose code decides what an entry holds."""


class Kept:
    """One case's entries: those read from its file (and from the file of the lists'
    patterns, which every case shares), and those this run used."""

    __slots__ = ("changed", "file", "loaded", "shared", "used", "write")

    def __init__(self, folder: Path | None, case: str, write: bool) -> None:
        self.file = self.shared = None
        self.write = write
        self.loaded: dict[str, Any] = {}
        if folder is not None:
            self.file = folder / (hashlib.sha256(case.encode()).hexdigest()[:32] + ".json")
            self.shared = folder / SHARED
            self.loaded = {**_read_shared(self.shared), **_read(self.file)}
        self.used: dict[str, Any | Callable[[], Any]] = {}
        self.changed: set[str] = set()
        """Keys of the files whose entry this run made again (one not well formed)."""

    def get(self, key: str) -> Any | None:
        found = self.loaded.get(key)
        if found is not None:
            self.used[key] = found
        return found

    def drop(self, key: str) -> None:
        """An entry `get` gave that is not well formed: made again, and written."""
        self.used.pop(key, None)
        self.changed.add(key)

    def put(self, key: str, value: Any | Callable[[], Any]) -> None:
        """Note an entry this run used (`value` may be a function that makes it, called
        only when the file is written)."""
        self.used[key] = value
        if key in self.loaded and self.loaded[key] is not value:
            self.changed.add(key)
        else:
            self.changed.discard(key)

    def save(self) -> None:
        """Write the entries this run used, when they differ from the files'."""
        if not self.write or self.file is None or self.shared is None:
            return
        own = {k for k in self.used if not k.startswith("p:")}
        if own != {k for k in self.loaded if not k.startswith("p:")} or self.changed & own:
            _write(self.file, {k: self._made(k) for k in sorted(own)})
        new = [
            k
            for k in self.used
            if k.startswith("p:") and (k not in self.loaded or k in self.changed)
        ]
        if new:
            shared = _read_shared(self.shared)
            if len(shared) + len(new) > _SHARED_MOST:  # lists changed many times: start anew
                shared = {}
            shared.update((k, self._made(k)) for k in self.used if k.startswith("p:"))
            _write(self.shared, dict(sorted(shared.items())))
            _SHARED.clear()

    def _made(self, key: str) -> Any:
        value = self.used[key]
        return value() if callable(value) else value


SHARED = "lists.json"
"""The patterns of the word lists, shared by every case of the output folder."""
_SHARED_MOST = 256
_SHARED: dict[tuple[Path, int, int], dict[str, Any]] = {}
"""The shared file as last read in this process, by path, size and modification time."""


def _read_shared(file: Path) -> dict[str, Any]:
    try:
        stat = file.stat()
    except OSError:
        return {}
    key = (file, stat.st_size, stat.st_mtime_ns)
    found = _SHARED.get(key)
    if found is None:
        _SHARED.clear()
        found = _SHARED[key] = _read(file)
    return found


_ACTIVE: list[Kept] = []


def active() -> Kept | None:
    """The entries of the case being checked (None: nothing is kept)."""
    return _ACTIVE[-1] if _ACTIVE else None


@contextlib.contextmanager
def kept(folder: Path | None, case: str, write: bool) -> Iterator[Kept]:
    """Use the entries kept for `case` in `folder` (the output folder's, see
    `cache_folder`) while checking it; with `write`, keep what was used afterwards."""
    store = Kept(folder, case, write)
    _ACTIVE.append(store)
    try:
        yield store
    finally:
        _ACTIVE.pop()
    store.save()


def cache_folder(top: Path) -> Path | None:
    """The grammar cache of the output folder `top`; None when a part of it is a link."""
    folder = top / CACHE_FOLDER
    if any(part.is_symlink() for part in (top / ".reinstate-cache", folder)):
        return None
    return folder


def digest(*parts: str) -> str:
    sha = hashlib.sha256()
    for part in parts:
        sha.update(part.encode("utf-8", "surrogatepass"))
        sha.update(b"\0")
    return sha.hexdigest()


def value(key: str, make: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """`make()`, or what it made under `key` for the case's last check when `valid` holds
    for it. `key` must name every input of `make` but the code (which `code_digest`
    covers); what it makes must be JSON and not None."""
    store = active()
    if store is None:
        return make()
    found = store.get(f"v:{key}")
    if found is not None and not valid(found):
        store.drop(f"v:{key}")
        found = None
    if found is None:
        found = make()
    store.put(f"v:{key}", found)
    return found


def package_digest(name: str) -> str:
    """The text of an installed package's `__init__.py` (where Babel, for one, keeps its
    version), without importing it; '?' when not found."""
    found = _PACKAGES.get(name)
    if found is None:
        found = "?"
        with contextlib.suppress(ImportError, ValueError, OSError):
            spec = importlib.util.find_spec(name)
            if spec is not None and spec.origin is not None:
                found = hashlib.sha256(Path(spec.origin).read_bytes()).hexdigest()
        _PACKAGES[name] = found
    return found


_PACKAGES: dict[str, str] = {}


# Expressions.

_CODES: dict[tuple[str, int], list[Any]] = {}
"""The compiled program of every expression compiled or read in this process."""


def compile_regex(source: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the program kept for it when there is one."""
    store = active()
    key = f"r:{flags}:{source}"
    record = _CODES.get((source, flags))
    if record is None and store is not None:
        record = store.get(key)
    if record is not None:
        found = _from_record(source, record)
        if found is None and store is not None:
            store.drop(key)
        if found is not None:
            _CODES[(source, flags)] = record
            if store is not None:
                store.put(key, record)
            return found
    if not SRE_KEPT:
        return re.compile(source, flags)
    compiled, record = _compile(source, flags)
    _CODES[(source, flags)] = record
    if store is not None:
        store.put(key, record)
    return compiled


def note_regex(store: Kept, source: str, flags: int = re.IGNORECASE) -> None:
    """Note the program of `source` as used by `store`'s case, when this process has it
    (one compiled while checking another case)."""
    record = _CODES.get((source, flags))
    if record is not None:
        store.put(f"r:{flags}:{source}", record)


def _compile(source: str, flags: int) -> tuple[re.Pattern[str], list[Any]]:
    """`re.compile(source, flags)`, and its program as kept in the file. The flags are
    handed on as a plain number, as `re.compile` does: `re`'s compiler tests them at
    every element, and with a `RegexFlag` each test is a call into `enum` (about a third
    of compiling a long alternation of words)."""
    compiled, (total, program, groups, groupindex) = compile_pattern(source, int(flags))
    blob = base64.b64encode(zlib.compress(program)).decode("ascii")
    return compiled, [total, blob, groups, groupindex]


def _from_record(source: str, record: list[Any]) -> re.Pattern[str] | None:
    """The pattern of a kept program (None: not well formed, see `from_program`)."""
    try:
        total, blob, groups, groupindex = record
        program = zlib.decompress(base64.b64decode(blob, validate=True))
    except (ValueError, TypeError, zlib.error):
        return None
    return from_program(source, (total, program, groups, groupindex))


# The file.

_CODE: list[str] = []


def code_digest() -> str:
    """reinstate's version, the text of the modules that make entries, and the Python and
    `_sre` versions: an entry made by other code is never read."""
    if not _CODE:
        here = Path(__file__).resolve().parents[1]
        parts = [FORMAT, __version__, sys.version, sys.implementation.cache_tag or ""]
        if SRE_KEPT:
            import _sre  # type: ignore[import-not-found]

            parts += [str(_sre.MAGIC), str(_sre.CODESIZE), str(array("I").itemsize)]
        for rel in _MODULES:
            try:
                parts.append(hashlib.sha256((here / rel).read_bytes()).hexdigest())
            except OSError:
                parts.append("?")
        _CODE.append(digest(*parts))
    return _CODE[0]


def _read(file: Path) -> dict[str, Any]:
    """The entries of `file`; none when it is missing, damaged or from other code."""
    try:
        with file.open("rb") as handle:
            head, _, body = handle.read().partition(b"\n")
        header = json.loads(head)
        if (
            not isinstance(header, dict)
            or header.get("code") != code_digest()
            or header.get("seal") != hashlib.sha256(body).hexdigest()
        ):
            return {}
        entries = json.loads(body)
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _write(file: Path, entries: dict[str, Any]) -> None:
    """Atomically; a cache that cannot be written only costs time next run."""
    try:
        body = json.dumps(entries, ensure_ascii=False, separators=(",", ":")).encode()
    except ValueError:  # text that is no Unicode (a lone surrogate): nothing is kept
        return
    head = json.dumps({"code": code_digest(), "seal": hashlib.sha256(body).hexdigest()})
    with contextlib.suppress(OSError):
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=file.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(head.encode() + b"\n" + body)
            Path(tmp).replace(file)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
