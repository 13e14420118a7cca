"""Soak: hundreds of edits of every kind; the watcher survives and ends where a clean build is.

CI runs a small count; for the full run:

    REINSTATE_SOAK_EDITS=500 python -m pytest -m slow tests/live/test_watch_soak.py

REINSTATE_SOAK_SEED picks another random sequence; REINSTATE_TEST_SLOW=0.15 makes the
stand-in slow step take that long, so newer saves supersede and cancel running jobs.
While it runs, a reader polls every page and stamp in the output folder and checks that
none is ever half-written.
"""

from __future__ import annotations

import os
import random
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from reinstate.output.manifest import MANIFEST
from reinstate.run.build import BuildOptions, build_project
from support.common import ROOTS
from support.slowsteps import END, STAMP_STEP
from support.watching import DATE, FAST_STEPS, Running, Start, watching

__all__ = ["watching"]
pytestmark = pytest.mark.slow
EDITS = int(os.environ.get("REINSTATE_SOAK_EDITS", "40"))
CAUSE = """\
---
kind: cause
title: Extra cause {n}
order: {order}
---
Cause {n} cites {{ref}}`unvetted-supplier` and is cited by the note.
"""
NOTE = """\
---
kind: page
title: Reviewer note {n}
---
See {{ref}}`unvetted-supplier` ({n}).
"""


class Reader(threading.Thread):
    """Reads every output again and again; records any torn one."""

    def __init__(self, site: Path) -> None:
        super().__init__(daemon=True)
        self.site = site
        self.torn: list[str] = []
        self.reads = 0
        self.done = threading.Event()

    def outputs(self) -> list[Path]:
        found = []
        for folder, _dirs, files in os.walk(self.site):  # unlike rglob, fine with vanishing dirs
            found += [Path(folder, f) for f in files if f.endswith(".html") or f == "stamp.txt"]
        return found

    def run(self) -> None:
        while not self.done.is_set():
            for path in self.outputs():
                try:
                    data = path.read_bytes()
                except OSError:
                    continue  # removed meanwhile
                self.reads += 1
                end = b"</html>\n" if path.suffix == ".html" else END.encode()
                if not data.endswith(end):
                    self.torn.append(f"{path}: {data[-40:]!r}")


class Editor:
    """Random edits of a project, remembering the valid text of every file it broke."""

    def __init__(self, root: Path, seed: int) -> None:
        self.root = root
        self.random = random.Random(seed)
        self.broken: dict[Path, str] = {}
        self.extra_cases: list[str] = []
        self.n = 0

    def case(self) -> Path:
        slugs = ["acme", *self.extra_cases]
        return self.root / "content" / self.random.choice(slugs)

    def save(self, path: Path, text: str) -> None:
        """In place, atomically (temp + rename) or vim-style, at random."""
        path.parent.mkdir(parents=True, exist_ok=True)
        how = self.random.choice(("in place", "atomic", "vim"))
        if how == "in place" or not path.exists():
            path.write_text(text)
        elif how == "atomic":
            tmp = path.with_name(f".{path.name}.{self.n}.tmp")
            tmp.write_text(text)
            tmp.replace(path)
        else:
            backup = path.with_name(path.name + "~")
            path.rename(backup)
            path.write_text(text)
            backup.unlink()

    def edit(self) -> str:
        self.n += 1
        action = self.random.choice(
            [self.add_cause, self.add_cause, self.edit_cause, self.edit_cause, self.note,
             self.rename, self.delete, self.breakage, self.fix, self.fix, self.new_case,
             self.drop_case, self.theme, self.settings]
        )  # fmt: skip
        return action()

    def items(self, pattern: str) -> list[Path]:
        found = [p for p in self.case().glob(pattern) if p.suffix == ".md"]
        return sorted(p for p in found if p not in self.broken)

    def add_cause(self) -> str:
        order = self.random.randint(0, 5)
        self.save(self.case() / f"causes/extra-{self.n}.md", CAUSE.format(n=self.n, order=order))
        return "add cause"

    def edit_cause(self) -> str:
        causes = self.items("causes/*.md")
        if causes:
            path = self.random.choice(causes)
            self.save(
                path, path.read_text().replace("Extra cause", "Extra  cause", 1) + "\nMore.\n"
            )
        return "edit cause"

    def note(self) -> str:
        self.save(self.case() / "pages/note.md", NOTE.format(n=self.n))
        return "note"

    def rename(self) -> str:
        causes = self.items("causes/extra-*.md")
        if causes:
            path = self.random.choice(causes)
            path.rename(path.with_name(f"renamed-{self.n}.md"))
        return "rename"

    def delete(self) -> str:
        extras = self.items("causes/extra-*.md") + self.items("causes/renamed-*.md")
        if extras:
            self.random.choice(extras).unlink()
        return "delete"

    def breakage(self) -> str:
        files = self.items("*.md") + self.items("*/*.md")
        if files:
            path = self.random.choice(files)
            self.broken[path] = path.read_text()
            self.save(path, self.broken[path].replace("title:", "title: [", 1))
        return "break"

    def fix(self) -> str:
        if self.broken:
            path = self.random.choice(sorted(self.broken))
            text = self.broken.pop(path)
            if path.parent.exists():
                self.save(path, text)
        return "fix"

    def new_case(self) -> str:
        slug = f"case-{self.n}"
        shutil.copytree(ROOTS / "minimal/content/acme", self.root / "content" / slug)
        self.extra_cases.append(slug)
        return "new case"

    def drop_case(self) -> str:
        if self.extra_cases:
            slug = self.extra_cases.pop(self.random.randrange(len(self.extra_cases)))
            shutil.rmtree(self.root / "content" / slug)
            self.broken = {p: t for p, t in self.broken.items() if p.exists()}
        return "drop case"

    def theme(self) -> str:
        css = f"/* edit {self.n} */\nbody {{ margin: {self.n % 7}px }}\n"
        self.save(self.root / "themes/default/static/extra.css", css)
        return "theme"

    def settings(self) -> str:
        self.save(self.root / "reinstate.yaml", f"paper: {self.random.choice(('a4', 'letter'))}\n")
        return "settings"

    def repair(self) -> None:
        for path, text in sorted(self.broken.items()):
            if path.parent.exists():
                self.save(path, text)
        self.broken.clear()


def tree(out: Path) -> dict[str, bytes]:
    """The outputs under `out` (not the caches a build keeps there: compiled templates)."""
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file()
        and p.name != MANIFEST
        and not p.relative_to(out).as_posix().startswith(".reinstate-cache/")
    }


def test_soak(
    watching: Start,
    make_project: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    steps = (*FAST_STEPS, STAMP_STEP)
    running: Running = watching(steps=steps, burst=None)  # edits meet rebuilds
    reader = Reader(running.site)
    reader.start()
    editor = Editor(running.root, seed=int(os.environ.get("REINSTATE_SOAK_SEED", EDITS)))
    done = [editor.edit() for _ in range(EDITS) if time.sleep(editor.random.random() / 40) is None]
    editor.repair()
    running.settle()
    reader.done.set()
    reader.join(10)
    assert running.thread.is_alive()
    assert set(done) >= {"add cause", "break", "fix"}
    assert reader.torn == []
    assert reader.reads > 0

    clean = tmp_path / "clean"
    build_project(running.root, BuildOptions(force=True, out=clean, today=DATE, steps=steps))
    ours, theirs = tree(running.site), tree(clean)
    assert sorted(ours) == sorted(theirs)
    assert [rel for rel in ours if ours[rel] != theirs[rel]] == []

    # Still alive and still correct after it all.
    cause = running.root / "content/acme/causes/unvetted-supplier.md"
    cause.write_text(cause.read_text().replace("kettles", "kettles after the soak", 1))
    running.settle()
    assert "kettles after the soak" in running.plan()
