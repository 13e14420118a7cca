"""File events → what to rebuild: one case, or everything.

An editor's save is several events (measured with watchdog's inotify observer):
- in place: opened, modified, closed;
- atomic (write a temp file, rename it over the old one): created, opened, modified,
  closed on the temp name, then moved temp → case.md (the real name is only `dest_path`);
- vim: created/closed/deleted on `4913` (its probe), moved case.md → case.md~, then
  created, opened, modified, closed on case.md, then deleted case.md~.
So both ends of a move count, temp and swap names never do, and "opened" and "closed
without writing" are not changes (a build reading the files would otherwise trigger
itself). A file copied into a new folder gives only "created" (it was written before the
folder was watched), so a lone "created" counts. The watcher coalesces the burst.
"""

from __future__ import annotations

import queue
import re
from dataclasses import dataclass, replace
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)

from reinstate.core.config import CONFIG_FILE, Config
from reinstate.render.theme import Theme
from reinstate.stages.discover import is_ignored

EVENTS = [
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
"""The event kinds that can mean new content; the observer drops the others."""

_TEMP_SUFFIXES = (
    "~",
    ".swp",
    ".swo",
    ".swx",
    ".swpx",
    ".tmp",
    ".temp",
    ".part",
    ".crdownload",
    ".bak",
    ".orig",
)


_SED_TEMP = re.compile(r"sed[A-Za-z0-9]{6}")
"""`sed -i` writes the new text to sedXXXXXX, then renames it over the file."""


def is_temp(name: str) -> bool:
    """Editor and download temp names: never content, only a step of a save."""
    return (
        name == "4913"  # vim checks that it may create files in the folder
        # hidden (swap files, our own temp files), emacs auto-save, office lock files
        or name.startswith((".", "#", "~$"))
        or name.endswith(_TEMP_SUFFIXES)
        or _SED_TEMP.fullmatch(name) is not None
    )


@dataclass(frozen=True, slots=True)
class Change:
    """Something that needs a rebuild."""

    slug: str | None
    """The case whose folder changed; None when settings or the theme changed (all cases)."""
    path: str
    """What changed, for the log line: relative to the case folder, or to the project."""
    key: str = ""
    """The full path, to pair a write's start with its end."""
    writing: bool = False
    """A file was created or modified and not yet closed: more of the save may follow."""


@dataclass(frozen=True, slots=True)
class Layout:
    """Where things are, to tell which part of the project an event touched."""

    root: Path
    content: Path
    themes: tuple[Path, ...]
    """The theme chain's folders, plus the project's themes/ folder."""
    output: Path

    @classmethod
    def of(cls, config: Config, theme: Theme | None, output: Path) -> Layout:
        dirs = (*(theme.dirs if theme is not None else ()), config.root / "themes")
        return cls(config.root, config.content, tuple(dirs), output)

    def classify(self, path: Path, is_directory: bool) -> Change | None:
        if is_temp(path.name) or path.is_relative_to(self.output):
            return None
        if path.is_relative_to(self.content) and path != self.content:
            return self._in_content(path.relative_to(self.content), is_directory)
        for folder in self.themes:
            if path.is_relative_to(folder):
                return Change(None, self._rel(path))
        if path.parent == self.root and (
            path.name == CONFIG_FILE or (is_directory and path.name == "themes")
        ):
            return Change(None, path.name)
        if path == self.content:
            return Change(None, self._rel(path))
        return None

    def _in_content(self, rel: Path, is_directory: bool) -> Change | None:
        slug = rel.parts[0]
        if is_ignored(slug) or (len(rel.parts) == 1 and not is_directory):
            return None  # a draft folder, or a loose file next to the case folders
        inner = Path(*rel.parts[1:]).as_posix() if len(rel.parts) > 1 else "case folder"
        return Change(slug, inner)

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()


class ChangeCollector(FileSystemEventHandler):
    """Turns watchdog events (on its thread) into `Change`s on the watcher's queue."""

    def __init__(self, layout: Layout, inbox: queue.Queue[object]) -> None:
        self.layout = layout
        self.inbox = inbox

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type == "modified" and event.is_directory:
            return  # a folder's listing changed; the file events say what
        writing = event.event_type in ("created", "modified") and not event.is_directory
        paths = [event.src_path]
        if event.event_type == "moved":
            paths.append(event.dest_path)
        for raw in paths:
            text = raw.decode() if isinstance(raw, bytes) else raw
            change = self.layout.classify(Path(text), event.is_directory)
            if change is not None:
                self.inbox.put(replace(change, key=text, writing=writing))
