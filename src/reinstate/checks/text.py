"""The text a reader sees, mapped back to where it was written: what the text rules read.

A `Passage` is one run of rendered text (a paragraph, a heading, a list item, a title, a
note in the front matter) with a map from its characters back to the file, line and column
they were typed at, so a rule can point at the exact phrase. Left out, because the author
did not write them or is quoting: the notice and replies (they live in front matter and are
never read here), block quotes, code, HTML and `<!-- ... -->` comments. A reference role is
replaced by the label it shows ("Root Cause 1") and marked, so a rule looking for data can
skip it. Text in double quotes is marked as quoted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from markdown_it.token import Token

from reinstate.core.diagnostics import Location
from reinstate.core.memo import MISSING, Hashed, Memo, Same
from reinstate.core.model import Case, Exhibit, Item, Letter, Origin, Page
from reinstate.core.yamlmarks import KeyPath
from reinstate.stages.markdown import fence_tokens, split_role, without_comments
from reinstate.stages.resolve import ADMONITIONS, Resolved

T = TypeVar("T")

PLAN = ("case", "cause", "action", "measure")
"""The plan of action proper: the opening and the three parts."""
SENT = (*PLAN, "exhibit", "letter", "page")
"""Everything that goes to Amazon (free pages only with `bundle: true`)."""

HTML_TAGS = (
    "a|abbr|b|br|cite|code|del|dfn|div|em|i|img|ins|kbd|mark|p|q|s|samp|small|span|strong|"
    "sub|sup|time|u|var|wbr"
)
"""Inline HTML elements: with `allow_html` these are markup, not `<name>` placeholders."""
_HTML_TAG = re.compile(rf"</?(?:{HTML_TAGS})\b", re.IGNORECASE)
_QUOTE = re.compile(
    r"\"[^\"]{1,400}\"|“[^”]{1,400}”|„[^“”]{1,400}[“”]|»[^«»]{1,400}«|«[^«»]{1,400}»"
)
"""Double quotes: straight, curly, and the German and French ones („...“, »...«, «...»)."""
_OPENING = ('"', "“", "„", "»", "«")


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of passage text that starts at `start` and was written at (`line`, `col`)."""

    start: int
    line: int
    col: int
    exact: bool = True
    """True: each character is one column further; False: the whole run maps to one place."""


@dataclass(frozen=True, slots=True)
class Passage:
    """One run of rendered text and where each part of it came from."""

    owner: str
    """Id of the item ('' for case.md)."""
    kind: str
    """case | cause | action | measure | exhibit | letter | page"""
    part: str
    """body | title | subject | note | highlight"""
    block: str
    """paragraph | heading | list | table | term | value"""
    text: str
    rel: str
    pieces: tuple[Piece, ...]
    refs: tuple[tuple[int, int], ...] = ()
    """(start, end) of the text that stands for a reference."""
    value: KeyPath = ()
    """For front matter values: the key path, so the location can be refined."""
    quotes: tuple[tuple[int, int], ...] = field(init=False)
    """(start, end) of the text in double quotes."""

    def __post_init__(self) -> None:
        spans = (
            tuple(m.span() for m in _QUOTE.finditer(self.text))
            if any(mark in self.text for mark in _OPENING)
            else ()
        )
        object.__setattr__(self, "quotes", spans)

    def location(self, offset: int) -> Location:
        if not self.pieces:
            return Location(self.rel, 1, 1)
        index = bisect.bisect_right([p.start for p in self.pieces], offset) - 1
        piece = self.pieces[max(index, 0)]
        col = piece.col + (offset - piece.start if piece.exact and offset >= piece.start else 0)
        return Location(self.rel, piece.line, col)

    def without_refs(self) -> str:
        """The text with references blanked (same length)."""
        return blank(self.text, self.refs)


def blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` with each (start, end) of `spans` made spaces (same length)."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


class Texts:
    """The passages of one resolved case, built once per check run and on demand."""

    def __init__(self, resolved: Resolved, root: Path, memo: Memo | None = None) -> None:
        self.resolved = resolved
        self.root = root
        self.memo = memo
        """What the watcher kept of the case's last build: each body's passages, with the
        labels they showed (core/memo.py)."""
        self._cache: dict[str, tuple[Passage, ...]] = {}
        self._parts: dict[str, tuple[tuple[Passage, ...], tuple[Passage, ...]]] = {}
        self._within: dict[tuple[str, ...], tuple[Passage, ...]] = {}
        self._keys: dict[str, Hashed] = {}
        self.narrow_each = False
        """True when the rules read only a few files (the others' findings are kept):
        a list is then narrowed to the words of each file, not of the whole case (the
        same findings, see reading.py's `narrowed`; the whole case's words are the
        cheaper choice only when most files are read)."""
        self.shared: dict[object, Any] = {}
        """What the rules of one check run compute once for every file (reading.py's
        narrowed lists, by list and `within` tuple, which this object keeps alive)."""
        self._files: dict[str, list[str]] = {}
        self._labels: dict[str, str] | None = None
        self._kept = _Kept.of(memo, resolved) if memo is not None else None

    @property
    def case(self) -> Case:
        return self.resolved.case

    def owners(self, kinds: Sequence[str], every_page: bool = False) -> Iterator[tuple[str, str]]:
        """(owner id, kind) of the case and every item of `kinds`, in label order.

        Free pages count only with `bundle: true` (the others are the author's notes),
        unless `every_page`.
        """
        if "case" in kinds:
            yield "", "case"
        for item in self.case.items:
            if item.kind not in kinds:
                continue
            if every_page or not isinstance(item, Page) or item.bundle:
                yield item.id, item.kind

    def passages(
        self, kinds: Sequence[str] = SENT, parts: Sequence[str] = (), every_page: bool = False
    ) -> Iterator[Passage]:
        """Every passage of the owners of `kinds` (only `parts`, when given)."""
        for owner, _kind in self.owners(kinds, every_page):
            for passage in self.of(owner):
                if not parts or passage.part in parts:
                    yield passage

    def of(self, owner: str) -> tuple[Passage, ...]:
        """The passages of one owner: front matter texts first, then the body."""
        found = self._cache.get(owner)
        if found is None:
            front, body = self._parts_of(owner)
            found = front + body
            self._cache[owner] = found
        return found

    def by_owner(self, name: str, owner: str, reads: Hashable, work: Callable[[], T]) -> T:
        """`work()`, a function of `owner`'s passages and `reads` alone (a rule's part in
        one file); with the memo, what it gave in the last build while the passages are
        the very same pair (`_parts_of`) and `reads` is equal: a whole-case rule is then the
        sum of its parts, and a save works out the saved file's part only."""
        kept = self._kept
        if kept is None:
            return work()
        parts = self._parts_of(owner)
        then = kept.last_results.get((name, owner))
        if (
            then is not None
            and then[0][0] is parts[0]
            and then[0][1] is parts[1]
            and then[1] == reads
        ):
            kept.now_results[(name, owner)] = then
            return cast("T", then[2])
        value = work()
        kept.now_results[(name, owner)] = (parts, reads, value)
        return value

    def key(self, owner: str) -> Hashable:
        """What the passages of `owner` and their locations are made of: the digest of its
        file, its front matter passages and the very tuple of its body passages (which the
        memo hands out again while the body and the labels it shows are unchanged)."""
        found = self._keys.get(owner)
        if found is None:
            front, body = self._parts_of(owner)
            item = self.resolved.item(owner) if owner else None
            origin = item.origin if item is not None else self.case.origin
            found = Hashed((owner, origin.rel, origin.digest, Same((front,)), Same((body,))))
            self._keys[owner] = found
        return found

    def within(self, kinds: Sequence[str]) -> tuple[Passage, ...] | None:
        """Every passage of the owners of `kinds`, once per check run: the words a rule
        reading one file at a time narrows its lists to (None: each file's own,
        `narrow_each`)."""
        if self.narrow_each:
            return None
        key = tuple(kinds)
        found = self._within.get(key)
        if found is None:
            found = self._within[key] = tuple(self.passages(kinds))
        self.shared[key] = found  # kept alive while its id is a key of `shared`
        return found

    def _parts_of(self, owner: str) -> tuple[tuple[Passage, ...], tuple[Passage, ...]]:
        """The front matter and body passages of `owner`. With the memo, an item's are
        those of the last build while it is the very item (which the load stage hands out
        again while its file is unchanged) and the labels the very description of every
        target's label (`Resolved.labels()`, the last build's object while every target is
        the same), which together fix them: a dict lookup and two identity tests a file
        (`_Kept`), not the keys of `_build`, nor a memo entry a file."""
        found = self._parts.get(owner)
        if found is None:
            kept = self._kept
            item = self.resolved.item(owner) if owner and kept is not None else None
            if item is not None and kept is not None:
                labels = self.resolved.labels()
                then = kept.last.get(owner)
                if then is not None and then[0] is item and then[1] is labels:
                    found = then[2]
                else:
                    found = self._build(owner)
                kept.now[owner] = (item, labels, found)
            else:
                found = self._build(owner)
            self._parts[owner] = found
        return found

    def _build(self, owner: str) -> tuple[tuple[Passage, ...], tuple[Passage, ...]]:
        case = self.case
        item = self.resolved.item(owner) if owner else None
        origin = item.origin if item is not None else case.origin
        kind = item.kind if item is not None else "case"
        front = self._front(owner, kind, item)
        body = self.resolved.bodies.get(owner)
        if body is None:
            return front, ()
        written = item.body if item is not None else case.opening
        if self._labels is None:  # once, not once an owner: that was quadratic
            self._labels = {t.id: t.label for t in self.resolved.targets.values()}
        if self.memo is None:
            builder = _Builder(owner, kind, origin, written.split("\n"), self._labels)
            return front, tuple(builder.blocks(body.tokens, 0))
        key = ("passages", owner, kind, origin.rel, origin.body_line, Same(body.tokens), written)
        kept = self.memo.get(key)
        every = self.resolved.labels()
        if kept is not MISSING:
            passages, shown, then = cast("tuple[tuple[Passage, ...], dict[str, str], object]", kept)
            if then is every or all(self._labels.get(i, i) == label for i, label in shown.items()):
                self.memo.put(key, (passages, shown, every))
                return front, passages
        labels = _Shown(self._labels)
        source = written.split("\n")
        passages = tuple(_Builder(owner, kind, origin, source, labels).blocks(body.tokens, 0))
        self.memo.put(key, (passages, labels.shown, every))
        return front, passages

    def _front(self, owner: str, kind: str, item: Item | None) -> tuple[Passage, ...]:
        """The passages of `owner`'s front matter; with the memo, kept under the very marks
        of its file (which the read stage hands out again while the file is unchanged), its
        path and the texts: the same tuple while they are the same, so `key` compares it by
        identity. (By value, not under the very item: the load stage makes an exhibit
        again on every build, as it looks at the exhibit's file.)"""
        case = self.case
        origin = item.origin if item is not None else case.origin
        texts = tuple(front_texts(case, item))
        key: Hashable = None
        if self.memo is not None:
            key = ("front", owner, kind, Same((origin.marks,)), origin.rel, texts)
            kept = self.memo.get(key)
            if kept is not MISSING:
                return cast("tuple[Passage, ...]", kept)
        front = tuple(
            value_passage(owner, kind, part, origin, path, text) for part, path, text in texts
        )
        if self.memo is not None:
            self.memo.put(key, front)
        return front

    def locate(self, passage: Passage, offset: int) -> Location:
        """The exact place of `passage.text[offset]` in its file."""
        if not passage.value:
            return passage.location(offset)
        loc = passage.location(0)  # where the value starts: its quote, '|' or first letter
        lines = self._lines(passage.rel)
        if not 0 < loc.line <= len(lines):
            return loc
        source = "\n".join(lines[loc.line - 1 : loc.line + 40])
        start = loc.col - 1
        if source[start : start + 1] in ("|", ">") and "\n" in source:
            # A block scalar's text starts on the next line, whatever follows the '|'
            # (chomping and indent indicators, a comment).
            start = source.index("\n") + 1
        positions = align(passage.text[: offset + 1], source, start)
        at = positions[offset] if offset < len(positions) else start
        line = loc.line + source.count("\n", 0, at)
        col = at - (source.rfind("\n", 0, at) + 1) + 1
        return Location(passage.rel, line, col)

    def _lines(self, rel: str) -> list[str]:
        lines = self._files.get(rel)
        if lines is None:
            try:
                text = (self.root / rel).read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError):
                text = ""
            lines = text.replace("\r\n", "\n").split("\n")
            self._files[rel] = lines
        return lines


class _Kept:
    """Each item's passages in the last build and this one, with the item and the labels
    they were made of, and what `Texts.by_owner` gave (kept in the memo as one entry, not
    one a file: at 300 files the lookups of one entry a file took longer than the rules on
    the saved file). Every `Texts` of one build (the check stage's, the text export's,
    whose `Resolved` is a copy) reads the same `last` and adds to the same `now`: a build
    is told by its `Case` object. Every entry is checked by identity before it is used,
    so telling builds apart is a matter of memory, not of what is found."""

    __slots__ = ("case", "last", "last_results", "now", "now_results")

    KEY = ("texts: each item's passages",)

    def __init__(
        self, case: Case, last: dict[str, _Parts], last_results: dict[tuple[str, str], _Result]
    ) -> None:
        self.case = case
        self.last = last
        self.now: dict[str, _Parts] = {}
        self.last_results = last_results
        """What `Texts.by_owner` gave: (name, owner) -> (the passages, reads, value)."""
        self.now_results: dict[tuple[str, str], _Result] = {}

    @classmethod
    def of(cls, memo: Memo, resolved: Resolved) -> _Kept:
        """The record of the build of `resolved`, begun from the last build's."""
        found = memo.get(cls.KEY)
        if isinstance(found, _Kept) and found.case is resolved.case:
            kept = found
        elif isinstance(found, _Kept):
            kept = cls(resolved.case, found.now, found.now_results)
        else:
            kept = cls(resolved.case, {}, {})
        memo.put(cls.KEY, kept)
        return kept


_Result = tuple[tuple[tuple[Passage, ...], tuple[Passage, ...]], Hashable, object]
"""The passages a `Texts.by_owner` result was made of, what else it read, the result."""

_Parts = tuple[Item, Hashable, tuple[tuple[Passage, ...], tuple[Passage, ...]]]
"""An item, the labels (`Resolved.labels()`) and the item's front and body passages."""


def front_texts(case: Case, item: Item | None) -> Iterator[tuple[str, KeyPath, str]]:
    """(part, key path, text) of the author's prose in the front matter of one file."""
    if item is None:
        if ("title",) in case.origin.marks.values:
            yield "title", ("title",), case.title
        return
    if ("title",) in item.origin.marks.values:
        yield "title", ("title",), item.title
    if isinstance(item, Letter):
        if item.subject:
            yield "subject", ("subject",), item.subject
        for missed in item.missed:
            yield "note", ("missed", missed.index, "note"), missed.note
    if isinstance(item, Exhibit):
        for n, highlight in enumerate(item.highlights):
            yield "highlight", ("highlights", n), highlight


def value_passage(
    owner: str, kind: str, part: str, origin: Origin, path: KeyPath, text: str
) -> Passage:
    loc = origin.value(*path)
    return Passage(
        owner, kind, part, "value", text, origin.rel, (Piece(0, loc.line, loc.col),), (), path
    )


def align(text: str, source: str, start: int) -> list[int]:
    """The index in `source` of each character of `text`, read from `start` on.

    Markup the text does not show (quotes, escapes, entities, indentation) is skipped by
    looking a little ahead for each character; a character not found keeps the position.
    """
    positions = []
    at = start
    for ch in text:
        found = source.find(ch, at, at + 12)
        if found < 0 and ch.isspace():
            found = next(
                (i for i in range(at, min(at + 12, len(source))) if source[i].isspace()), -1
            )
        if found < 0:
            positions.append(at)
            continue
        positions.append(found)
        at = found + 1
    return positions


class _Shown(dict[str, str]):
    """The labels, recording each one a body's passages showed (`get` is all they use;
    the labels are not copied, which would make a first build quadratic again)."""

    def __init__(self, labels: dict[str, str]) -> None:
        super().__init__()
        self.labels = labels
        self.shown: dict[str, str] = {}

    def get(self, key: str, default: str | None = None) -> str:  # type: ignore[override]
        found = self.labels.get(key, default if default is not None else key)
        self.shown[key] = found
        return found


class _Builder:
    """Turns the tokens of one body into passages."""

    def __init__(
        self, owner: str, kind: str, origin: Origin, source: list[str], labels: dict[str, str]
    ) -> None:
        self.owner = owner
        self.kind = kind
        self.origin = origin
        self.source = source
        self.labels = labels

    def blocks(self, tokens: Sequence[Token], offset: int) -> Iterator[Passage]:
        """Passages of `tokens`, whose line 0 is body line `offset`."""
        quoted = 0
        stack: list[str] = []
        for token in tokens:
            kind = token.type
            if kind == "blockquote_open":
                quoted += 1
            elif kind == "blockquote_close":
                quoted -= 1
            elif kind.endswith("_open"):
                stack.append(kind[: -len("_open")])
            elif kind.endswith("_close") and stack:
                stack.pop()
            elif kind == "colon_fence" and not quoted:
                yield from self._admonition(token, offset)
            elif kind == "inline" and not quoted:
                passage = self.inline(token, offset, _block_of(stack))
                if passage is not None:
                    yield passage

    def _admonition(self, token: Token, offset: int) -> Iterator[Passage]:
        name = token.info.strip()
        if token.map and any(name.startswith("{" + a + "}") for a in ADMONITIONS):
            yield from self.blocks(fence_tokens(token), offset + token.map[0] + 1)

    def inline(self, token: Token, offset: int, block: str) -> Passage | None:
        if not token.map or not token.children:
            return None
        text = _InlineText(self.source, offset + token.map[0], offset + token.map[1])
        for child in token.children:
            text.add(child, self.labels)
        if not text.parts:
            return None
        joined = "".join(text.parts)
        joined = without_comments(joined, blank=True)
        first = self.origin.body_line
        pieces = tuple(Piece(s, first + ln, c, exact) for s, ln, c, exact in text.pieces)
        return Passage(
            self.owner,
            self.kind,
            "body",
            block,
            joined,
            self.origin.rel,
            pieces,
            tuple(text.refs),
        )


def _block_of(stack: Iterable[str]) -> str:
    names = set(stack)
    if "heading" in names:
        return "heading"
    if {"td", "th"} & names:
        return "table"
    if "dt" in names:
        return "term"
    if {"list_item"} & names:
        return "list"
    return "paragraph"


class _InlineText:
    """Collects the text of one inline token with its source positions."""

    def __init__(self, source: list[str], line: int, end: int) -> None:
        self.source = source
        self.line = line
        self.end = end
        """The line after the block: text can be searched for up to here."""
        self.col = 0
        self.parts: list[str] = []
        self.pieces: list[tuple[int, int, int, bool]] = []
        """(start in text, 0-based body line, 1-based col, exact)"""
        self.refs: list[tuple[int, int]] = []
        self.length = 0

    def _here(self) -> str:
        return self.source[self.line] if 0 <= self.line < len(self.source) else ""

    def _emit(self, text: str, col: int, exact: bool) -> None:
        self.pieces.append((self.length, self.line, col + 1, exact))
        self.parts.append(text)
        self.length += len(text)

    def add(self, child: Token, labels: dict[str, str]) -> None:
        kind = child.type
        if kind == "text":
            self.text(child.content)
        elif kind in ("softbreak", "hardbreak"):
            self._emit("\n", len(self._here()), False)
            self.line += 1
            self.col = 0
        elif kind == "code_inline":
            self.skip(child.content)
            self._emit(" ", self.col, False)
        elif kind == "myst_role":
            self.role(child, labels)
        elif kind == "link_close":
            self.skip_link_target()
        elif kind == "html_inline" and not _HTML_TAG.match(child.content):
            self.text(child.content)  # only with allow_html: '<name>' may be a placeholder

    def text(self, content: str) -> None:
        line = self._here()
        at = line.find(content, self.col)
        if at < 0 and content.strip():
            # Not on this line: a dropped `<!-- comment -->` line may come first.
            for later in range(self.line + 1, min(self.end, len(self.source))):
                found = self.source[later].find(content)
                if found >= 0:
                    self.line, self.col, at, line = later, 0, found, self.source[later]
                    break
        if at >= 0:
            self._emit(content, at, True)
            self.col = at + len(content)
            return
        positions = align(content, line, self.col)
        run = 0
        for i in range(1, len(content) + 1):
            if i == len(content) or positions[i] != positions[i - 1] + 1:
                self._emit(content[run:i], positions[run], True)
                run = i
        self.col = positions[-1] + 1 if positions else self.col

    def skip(self, content: str) -> None:
        at = self._here().find(content, self.col)
        if at >= 0:
            self.col = at + len(content)

    def role(self, child: Token, labels: dict[str, str]) -> None:
        name = str(child.meta.get("name", ""))
        line = self._here()
        at = line.find("{" + name + "}", self.col)
        col = at if at >= 0 else self.col
        shown, target = split_role(child.content)
        label = shown or labels.get(target, target)
        start = self.length
        self._emit(label, col, False)
        self.refs.append((start, self.length))
        if at >= 0:
            end = line.find("`", line.find("`", at) + 1)
            self.col = end + 1 if end >= 0 else at + len(name) + 2

    def skip_link_target(self) -> None:
        line = self._here()
        if line.startswith("](", self.col):
            depth, at = 0, self.col + 1
            while at < len(line):
                if line[at] == "(":
                    depth += 1
                elif line[at] == ")":
                    depth -= 1
                    if depth == 0:
                        self.col = at + 1
                        return
                at += 1
