"""What changed between two revisions of a case: the data the redline computes.

Kept apart from the comparison (redline.py), which reads revisions and resolved cases, so
that the resolved case can carry its `Since` without importing what computes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reinstate.core.model import Submission

SAME, INSERTED, DELETED = "same", "ins", "del"
ADDED, REMOVED, CHANGED, UNCHANGED = "added", "removed", "changed", "unchanged"


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text that is the same in both, inserted, or deleted."""

    op: str
    """`same`, `ins` or `del`."""
    text: str


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an item (its title, a fact of its front matter, its body), redlined."""

    name: str
    """`title`, `body`, or the front-matter key (`date`, `evidence`, `file` ...)."""
    spans: tuple[Span, ...]

    @property
    def old(self) -> str:
        return "".join(s.text for s in self.spans if s.op != INSERTED)

    @property
    def new(self) -> str:
        return "".join(s.text for s in self.spans if s.op != DELETED)


@dataclass(frozen=True, slots=True)
class ItemChange:
    """One item of either revision and what became of it."""

    kind: str
    id: str
    status: str
    """`added`, `removed`, `changed` or `unchanged` (its fields; see `renumbered`)."""
    label: str
    """Today's label ('Root Cause 3'); the old one for a removed item."""
    old_label: str
    """The label at the revision ('' for an added item)."""
    title: str
    """Today's title (the old one for a removed item)."""
    fields: tuple[FieldChange, ...] = ()
    path: str = ""
    """Today's file, project-relative ('' for a removed item)."""
    old_path: str = ""
    completed: bool = False
    """An action whose completion date was not known at the revision and is now."""

    @property
    def renumbered(self) -> bool:
        return bool(self.old_label) and self.status != REMOVED and self.old_label != self.label

    @property
    def moved(self) -> bool:
        return bool(self.old_path) and bool(self.path) and self.old_path != self.path


@dataclass(frozen=True, slots=True)
class Redline:
    """Every item of both revisions, today's label order first, then the removed ones."""

    revision: str
    commit: str
    items: tuple[ItemChange, ...]

    def count(self, status: str) -> int:
        return sum(1 for item in self.items if item.status == status)

    @property
    def counts(self) -> dict[str, int]:
        return {
            ADDED: self.count(ADDED),
            REMOVED: self.count(REMOVED),
            CHANGED: self.count(CHANGED),
            "renumbered": sum(1 for item in self.items if item.renumbered),
            UNCHANGED: sum(1 for i in self.items if i.status == UNCHANGED and not i.renumbered),
        }

    @property
    def shown(self) -> tuple[ItemChange, ...]:
        """The items with something to say (added, removed, changed, renumbered, moved)."""
        return tuple(i for i in self.items if i.status != UNCHANGED or i.renumbered or i.moved)

    def substantive(self) -> tuple[ItemChange, ...]:
        """What a letter names: new causes, new or completed actions, new measures and
        new exhibits, in label order."""
        return tuple(
            i
            for i in self.items
            if (i.status == ADDED and i.kind in ("cause", "action", "measure", "exhibit"))
            or i.completed
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "revision": self.revision,
            "commit": self.commit,
            "counts": self.counts,
            "items": [item_json(i) for i in self.shown],
        }


@dataclass(frozen=True, slots=True)
class Since:
    """The redline of a case against the submission it is compared with."""

    submission: Submission
    redline: Redline


def item_json(item: ItemChange) -> dict[str, Any]:
    return {
        "kind": item.kind,
        "id": item.id,
        "status": item.status,
        "label": item.label,
        "old_label": item.old_label,
        "renumbered": item.renumbered,
        "completed": item.completed,
        "title": item.title,
        "path": item.path,
        "old_path": item.old_path,
        "fields": [
            {
                "name": f.name,
                "old": f.old,
                "new": f.new,
                "spans": [[s.op, s.text] for s in f.spans],
            }
            for f in item.fields
        ],
    }
