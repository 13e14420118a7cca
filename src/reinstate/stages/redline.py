"""The redline: what a case changed since an earlier revision, item by item.

Pure functions over two resolved cases (the one at a git revision, read by history.py, and
today's). Items are matched by kind and id, never by file path, so a renamed or moved file
is the same item; an item whose label changed is renumbered ("Root Cause 2 is now Root
Cause 3") whether or not its text changed. Texts are compared paragraph by paragraph and
then word by word inside a reworded paragraph (difflib), so a long body that gained one
paragraph costs one paragraph's comparison, not the whole body's.

Every output (changes.html, `reinstate diff`, the `{changes}` directive, the bundle's
annex) renders the same `Redline`; none of them compares anything itself.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from reinstate.core.changeset import (
    ADDED,
    CHANGED,
    DELETED,
    INSERTED,
    REMOVED,
    SAME,
    UNCHANGED,
    FieldChange,
    ItemChange,
    Redline,
    Since,
    Span,
)
from reinstate.core.model import Action, Case, Exhibit, Item, Letter, Measure
from reinstate.core.vocabulary import _
from reinstate.stages.history import Reading, baseline_submission, blob_id
from reinstate.stages.resolve import Resolved

_TOKEN = re.compile(r"\s+|(?:[^\W_]+(?:['’][^\W_]+)*|.)\s*", re.DOTALL)
"""A word or a mark with the spacing after it (spacing is never a token of its own: a
token as common as a space makes difflib's matcher several times slower)."""
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")
_SOFT_BREAK = re.compile(r"[ \t]*\n(?![ \t]*(?:[-*+]|\d+[.)]|>|\|)[ \t])[ \t]*")
WORD_DIFF_MAX_TOKENS = 600
"""A reworded paragraph longer than this (words and marks, both sides together) is shown
deleted and inserted whole: difflib's matcher is quadratic in the worst case (a text of
few distinct words: about 15 ms at this size, measured; ordinary prose is far faster)."""
TEXT_DIFF_MAX_TOKENS = 3000
"""Words compared word by word in one text; the paragraphs past it are shown whole, so
the work on any body stays bounded however many paragraphs were reworded."""
_ROLE = re.compile(r"\{(?:ref|exhibit)\}`([^`<]*?)\s*(?:<([^`>]+)>)?`")


def since_submission(resolved: Resolved, readings: Mapping[str, Reading]) -> Since | None:
    """The redline against the latest rejected or unanswered submission's snapshot, or None
    (no such submission, no snapshot, or a snapshot that could not be read)."""
    sub = baseline_submission(resolved.case)
    if sub is None or not sub.snapshot:
        return None
    reading = readings.get(sub.snapshot)
    if reading is None or reading.resolved is None:
        return None
    return Since(sub, against(resolved, reading))


def against(resolved: Resolved, reading: Reading) -> Redline:
    """The redline of `resolved` against a reading of an earlier revision."""
    assert reading.resolved is not None
    old_files = _exhibit_files(reading.resolved.case, reading.files)
    new_files = {
        exhibit.file: blob_id(exhibit.path)
        for exhibit in resolved.case.exhibits
        if exhibit.path is not None and exhibit.file in old_files
    }
    return compare(
        reading.resolved, resolved, reading.revision, reading.commit, old_files, new_files
    )


def _exhibit_files(case: Case, files: Mapping[str, str]) -> dict[str, str]:
    """An exhibit's file as written → its blob id at the revision."""
    found: dict[str, str] = {}
    for exhibit in case.exhibits:
        blob = files.get(exhibit.file.removeprefix("./"))
        if blob:
            found[exhibit.file] = blob
    return found


def compare(
    old: Resolved,
    new: Resolved,
    revision: str = "",
    commit: str = "",
    old_files: Mapping[str, str] | None = None,
    new_files: Mapping[str, str] | None = None,
) -> Redline:
    """The redline of `new` against `old`. `old_files` and `new_files` map an exhibit's
    file (as written) to its content's id, so a file replaced under the same name shows."""
    before = {(i.kind, i.id): i for i in _items(old.case)}
    labels = {
        **{k: t.label for k, t in old.targets.items()},
        **{k: t.label for k, t in new.targets.items()},
    }
    changes: list[ItemChange] = []
    for item in _items(new.case):
        earlier = before.pop((item.kind, item.id), None)
        label = _label(new, item)
        if earlier is None:
            changes.append(
                ItemChange(item.kind, item.id, ADDED, label, "", item.title, path=item.origin.rel)
            )
            continue
        fields = tuple(_fields(earlier, item, old_files or {}, new_files or {}, labels))
        completed = (
            isinstance(item, Action)
            and isinstance(earlier, Action)
            and earlier.date is None
            and item.date is not None
        )
        changes.append(
            ItemChange(
                item.kind,
                item.id,
                CHANGED if fields else UNCHANGED,
                label,
                _label(old, earlier),
                item.title,
                fields,
                item.origin.rel,
                earlier.origin.rel,
                completed,
            )
        )
    for earlier in before.values():
        label = _label(old, earlier)
        changes.append(
            ItemChange(
                earlier.kind, earlier.id, REMOVED, label, label, earlier.title,
                old_path=earlier.origin.rel,
            )
        )  # fmt: skip
    return Redline(revision, commit, tuple(changes))


def _items(case: Case) -> Iterator[Item]:
    """The case's opening (as an item of kind `case`) and every item, in label order."""
    yield Item("case", case.slug, case.title, case.origin, case.opening)
    yield from case.items


def _label(resolved: Resolved, item: Item) -> str:
    if item.kind == "case":
        return _("Opening")
    target = resolved.targets.get(item.id)
    return target.label if target is not None else item.id


def _facts(item: Item) -> dict[str, str]:
    """The front-matter facts compared, as text (a list joined with commas)."""
    facts: dict[str, str] = {"title": item.title}
    if isinstance(item, Action):
        facts |= {"date": _text(item.date), "addresses": ", ".join(item.addresses)}
    if isinstance(item, Measure):
        facts |= {
            "starts": _text(item.starts),
            "owner": item.owner,
            "cadence": item.cadence,
            "addresses": ", ".join(item.addresses),
        }
    if isinstance(item, Exhibit):
        issuer = item.issuer
        facts |= {
            "file": item.file,
            "type": item.type or "",
            "issued": _text(item.issued),
            "issuer": ", ".join(v for v in (issuer.name, issuer.address, issuer.phone) if v)
            if issuer
            else "",
            "covers": ", ".join(f"{asin}: {units}" for asin, units in item.covers),
            "highlights": "; ".join(item.highlights),
        }
    if isinstance(item, Letter):
        facts |= {"to": item.to, "date": _text(item.date), "subject": item.subject or ""}
    evidence = getattr(item, "evidence", None)
    if evidence is not None:
        facts["evidence"] = ", ".join(evidence)
    facts["key"] = "key point" if item.key else ""
    return facts


def _text(value: object) -> str:
    return "" if value is None else str(value)


def readable(body: str, labels: Mapping[str, str]) -> str:
    """A body as a reader sees it: a reference as its label (today's, so that renumbering
    alone is not a change of text: it is shown once, on the item), soft line breaks as
    spaces (a list item, a quote or a table row keeps its line)."""

    def label(match: re.Match[str]) -> str:
        text, target = match.group(1), match.group(2)
        if target is not None:
            return text
        return labels.get(text.strip(), text.strip())

    return _SOFT_BREAK.sub(" ", _ROLE.sub(label, body.strip()))


def _fields(
    old: Item,
    new: Item,
    old_files: Mapping[str, str],
    new_files: Mapping[str, str],
    labels: Mapping[str, str],
) -> Iterator[FieldChange]:
    before, after = _facts(old), _facts(new)
    for name, value in after.items():
        if before.get(name, "") != value:
            yield FieldChange(name, redline_words(before.get(name, ""), value))
    if isinstance(old, Exhibit) and isinstance(new, Exhibit) and old.file == new.file:
        was, now = old_files.get(old.file, ""), new_files.get(new.file, "")
        if was and now and was != now:
            yield FieldChange("file", (Span(SAME, new.file), Span(INSERTED, " (replaced)")))
    was, now = readable(old.body, labels), readable(new.body, labels)
    if was != now:
        yield FieldChange("body", redline_text(was, now))


def redline_text(old: str, new: str) -> tuple[Span, ...]:
    """`old` → `new` paragraph by paragraph; a reworded paragraph word by word."""
    before, after = _PARAGRAPH.split(old) if old else [], _PARAGRAPH.split(new) if new else []
    text = _Paragraphs()
    budget = [TEXT_DIFF_MAX_TOKENS]
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            for paragraph in after[b0:b1]:
                text.add((Span(SAME, paragraph),))
        elif op == "replace":
            _reworded(text, before[a0:a1], after[b0:b1], budget)
        else:
            for paragraph in before[a0:a1]:
                text.add((Span(DELETED, paragraph),))
            for paragraph in after[b0:b1]:
                text.add((Span(INSERTED, paragraph),))
    return tuple(text.spans)


def _reworded(text: _Paragraphs, before: list[str], after: list[str], budget: list[int]) -> None:
    """Paragraphs replaced by others: a pair in the same place that still shares most of
    its words is one reworded paragraph (redlined word by word); the rest are deleted and
    inserted whole."""
    for n in range(max(len(before), len(after))):
        old = before[n] if n < len(before) else None
        new = after[n] if n < len(after) else None
        if old is not None and new is not None and budget[0] > 0 and _alike(old, new):
            budget[0] -= len(old.split()) + len(new.split())
            text.add(redline_words(old, new))
            continue
        if old is not None:
            text.add((Span(DELETED, old),))
        if new is not None:
            text.add((Span(INSERTED, new),))


def _alike(old: str, new: str) -> bool:
    a, b = old.split(), new.split()
    if len(a) + len(b) > WORD_DIFF_MAX_TOKENS:
        return False  # too long to redline word by word: whole paragraphs
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.5


@dataclass(slots=True)
class _Paragraphs:
    """Spans of a text built paragraph by paragraph. The break before a paragraph belongs
    to the side(s) that already have text and that the paragraph is on, so that the old
    and the new text read back exactly (`FieldChange.old`, `.new`)."""

    spans: list[Span] = field(default_factory=list)
    old: bool = False
    new: bool = False

    def add(self, paragraph: tuple[Span, ...]) -> None:
        in_old = any(s.op != INSERTED for s in paragraph)
        in_new = any(s.op != DELETED for s in paragraph)
        both, only_old, only_new = (
            in_old and self.old and in_new and self.new,
            in_old and self.old,
            in_new and self.new,
        )
        if both:
            _add(self.spans, SAME, "\n\n")
        elif only_old:
            _add(self.spans, DELETED, "\n\n")
        elif only_new:
            _add(self.spans, INSERTED, "\n\n")
        for span in paragraph:
            _add(self.spans, span.op, span.text)
        self.old, self.new = self.old or in_old, self.new or in_new


def redline_words(old: str, new: str) -> tuple[Span, ...]:
    """`old` → `new` word by word (a change of spacing alone is no change)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    if len(a) + len(b) > WORD_DIFF_MAX_TOKENS:
        return tuple(s for s in (Span(DELETED, old), Span(INSERTED, new)) if s.text)
    matcher = difflib.SequenceMatcher(None, [_key(t) for t in a], [_key(t) for t in b], False)
    spans: list[Span] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            _add(spans, SAME, "".join(b[b0:b1]))
            continue
        was, now = "".join(a[a0:a1]), "".join(b[b0:b1])
        space = now[len(now.rstrip()) :] if op == "replace" and was[-1:].isspace() else ""
        if space:  # "[-checking that-]{+asking+} the", not "[-checking that -]{+asking +}the"
            was, now = was.rstrip(), now.rstrip()
        _add(spans, DELETED, was)
        _add(spans, INSERTED, now)
        _add(spans, SAME, space)
    return tuple(spans)


def _key(token: str) -> str:
    return token.rstrip() or " "


def _add(spans: list[Span], op: str, text: str) -> None:
    if not text:
        return
    if spans and spans[-1].op == op:
        spans[-1] = Span(op, spans[-1].text + text)
    else:
        spans.append(Span(op, text))
