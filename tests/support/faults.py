"""Helpers for the fault tests: output trees, clean reference builds, injected failures."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, PngImagePlugin

from reinstate.cli import main
from reinstate.output.manifest import MANIFEST
from support.common import ROOTS, TODAY

Tree = dict[str, bytes]


def tree(out: Path) -> Tree:
    """Every file of an output folder but the manifest (whose stats differ run to run) and
    the cache (OCR results kept by file digest, from whichever builds ran), hidden ones
    included: a clean build leaves no temporary file and no journal."""
    if not out.is_dir():
        return {}
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and p.name != MANIFEST
        and not p.relative_to(out).as_posix().startswith(".reinstate-cache/")
    }


def visible(files: Tree) -> Tree:
    """What a reader (a browser, the server) can get: no hidden names."""
    return {
        rel: data
        for rel, data in files.items()
        if not any(part.startswith(".") for part in rel.split("/"))
    }


def copy_root(name: str, target: Path) -> Path:
    shutil.copytree(ROOTS / name, target, symlinks=True)
    return target


def run(*args: str | Path) -> int:
    """`reinstate ARGS` in this process, output swallowed (tests look at the files)."""
    with open(os.devnull, "w") as sink, _redirect(sink):
        return main([str(a) for a in args])


@contextmanager
def _redirect(sink: Any) -> Iterator[None]:
    import contextlib

    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        yield


def clean_build(project: Path, scratch: Path, *args: str) -> Tree:
    """The output of a clean `--force` build of a copy of `project`'s sources."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(project, scratch, ignore=shutil.ignore_patterns("site"))
    status = run("build", scratch, "--force", "--today", TODAY, *args)
    assert status in (0, 1)
    return tree(scratch / "site")


class CleanBuilds:
    """`clean_build`, each once: the output of a clean build is a function of the sources and
    the arguments (what the tests compare a build with), so a test module that needs the
    same reference in several tests builds it once."""

    def __init__(self, scratch: Path) -> None:
        self.scratch = scratch
        self.built: dict[tuple[str, tuple[str, ...]], Tree] = {}

    def __call__(self, project: Path, *args: str) -> Tree:
        key = (sources_digest(project), args)
        if key not in self.built:
            self.built[key] = clean_build(project, self.scratch / str(len(self.built)), *args)
        return self.built[key]


def sources_digest(project: Path) -> str:
    """A digest of what `clean_build` copies of `project`: every path (no output folder),
    its kind, mode and bytes."""
    digest = hashlib.sha256()
    for path in sorted(project.rglob("*")):
        rel = path.relative_to(project)
        if "site" in rel.parts:
            continue
        st = path.lstat()
        digest.update(f"{rel.as_posix()}\0{st.st_mode:o}\0".encode())
        if path.is_symlink():
            digest.update(os.readlink(path).encode())
        elif path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def png(note: str) -> bytes:
    """A small valid PNG; the same size for every one-character `note`."""
    info = PngImagePlugin.PngInfo()
    info.add_text("note", note)
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def fd_path(fd: int) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


class FullDisk:
    """`os.fdopen` whose files under `folder` fail with ENOSPC half-way through the
    `nth` write (1-based), or through every write whose name contains `name`. Writes into
    the caches (`.reinstate-cache/`, which a build fills as it goes and whose failures
    only cost time: each entry is sealed and written whole or not read) are not counted."""

    def __init__(self, folder: Path, nth: int = 0, name: str = "") -> None:
        self.folder = str(folder.resolve())
        self.nth = nth
        self.name = name
        self.count = 0
        self.failed = False
        self.real = os.fdopen

    def __call__(self, fd: int, *args: Any, **kwargs: Any) -> Any:
        handle = self.real(fd, *args, **kwargs)
        path = fd_path(fd)
        if not path.startswith(self.folder + "/") or "/.reinstate-cache/" in path:
            return handle
        self.count += 1
        if (self.nth and self.count == self.nth) or (self.name and self.name in path):
            self.failed = True
            return _HalfWriter(handle)
        return handle


class _HalfWriter:
    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def write(self, data: bytes) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self) -> _HalfWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def read_only(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int = errno.EACCES) -> None:
    """Make every way of changing anything under `folder` fail as on a read-only folder
    (the tests run as root, whom `chmod` does not stop)."""
    root = str(folder.resolve())

    def inside(path: Any) -> bool:
        if isinstance(path, int):
            return False
        text = os.path.abspath(os.fsdecode(path))
        return text == root or text.startswith(root + "/")

    def refuse(path: Any) -> None:
        raise PermissionError(code, os.strerror(code), os.fsdecode(path))

    def guard(name: str, writes: Callable[..., bool]) -> None:
        real = getattr(os, name)

        def guarded(*args: Any, **kwargs: Any) -> Any:
            if writes(*args, **kwargs) and inside(args[0]):
                refuse(args[0])
            return real(*args, **kwargs)

        monkeypatch.setattr(os, name, guarded)

    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    guard("open", lambda path, flags, *a, **k: bool(flags & write_flags))
    for name in ("mkdir", "unlink", "rmdir", "chmod", "utime"):
        guard(name, lambda *a, **k: True)
    for name in ("replace", "rename"):
        real = getattr(os, name)

        def moved(src: Any, dst: Any, *a: Any, _real: Any = real, **k: Any) -> Any:
            if inside(src) or inside(dst):
                refuse(dst)
            return _real(src, dst, *a, **k)

        monkeypatch.setattr(os, name, moved)
