"""Resolve a case: number the items, build the label index, parse bodies, check references.

Numbers follow `order`, then path: Root Cause 1..n, Corrective Action 1..n, Preventive
Measure 1..n, Exhibit A..Z, AA, AB ... The same `Target` (label, page, anchor) is used by
every output, so the site, the letter, the text export and the PDF can never disagree. The
stage also records every reference (who cites what), which the checks and the letter read
(what an item cites). The incremental build re-renders every output of a case whenever
any of the case's files changes (output/fingerprint.py); within that rebuild the watcher
keeps each body's HTML with the targets it looked up (render/links.py, core/memo.py), so a
body is rendered again exactly when a target it cites changed its label, title or page,
and no output can keep a stale label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, cast
from urllib.parse import unquote

from markdown_it.token import Token

from reinstate.core.diagnostics import Diagnostic, Location, Reporter
from reinstate.core.fieldtypes import did_you_mean
from reinstate.core.language import current_language
from reinstate.core.limits import DEFAULT as DEFAULT_LIMITS
from reinstate.core.limits import EXHIBIT_BLOCKS, Limits, raise_hint
from reinstate.core.memo import MISSING, Hashed, Memo, Same, recorded
from reinstate.core.model import Action, Case, Exhibit, Item, Measure, Origin
from reinstate.core.vocabulary import kind_label
from reinstate.stages.markdown import (
    ROLES,
    blocks,
    directive_of,
    fence_tokens,
    heading_text,
    nesting,
    parse,
    split_role,
)
from reinstate.stages.units import expand_units_tables

if TYPE_CHECKING:
    from reinstate.core.changeset import Since

PLAN_PAGE = "plan-of-action.html"
LETTER_PAGE = "escalation-letter.html"
DASHBOARD_PAGE = "index.html"

LETTER_DIRECTIVES = ("key-points", "changes", "missed-points", "prior-submissions", "enclosures")
ADMONITIONS = ("note", "tip", "important", "warning")


@dataclass(frozen=True, slots=True)
class Target:
    """Something a reference can point at: an item, or a `(label)=` inside a body."""

    id: str
    kind: str
    """cause | action | measure | exhibit | letter | page | section"""
    label: str
    """What a reference shows by default: 'Root Cause 1', 'Exhibit B', a page title."""
    number: str
    """'1', 'B'; '' for letters, pages and sections."""
    title: str
    page: str
    """Output page relative to the case folder, e.g. 'plan-of-action.html'."""
    anchor: str
    """Element id on that page."""
    owner: str
    """Id of the item that holds the target (the target itself for items; '' = case.md)."""
    location: Location
    file: str | None = None
    """For exhibits: the copy of the file, relative to the case output folder."""


@dataclass(frozen=True, slots=True)
class Body:
    """A parsed Markdown body and where it came from."""

    owner: str
    """Id of the item ('' for the opening in case.md)."""
    origin: Origin
    tokens: tuple[Token, ...]


@dataclass(frozen=True, slots=True)
class Reference:
    """One use of a target: a role, a `#id` link, or a front matter field."""

    location: Location
    source: str
    """Owner id of the body or item the reference is written in ('' = case.md)."""
    target: str
    resolved: bool


@dataclass(frozen=True, slots=True)
class Resolved:
    """A case with its labels, parsed bodies and references."""

    case: Case
    targets: dict[str, Target]
    bodies: dict[str, Body]
    references: tuple[Reference, ...]
    answered_by: dict[str, tuple[Item, ...]] = field(default_factory=dict)
    """Cause id → the actions and measures that address it, in label order."""
    cited_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Target id → ids of the items whose bodies or fields cite it, in label order."""
    since: Since | None = None
    """What changed since the latest rejected or unanswered submission's snapshot (set by
    the build once the load stage has read the snapshot: redline.since_submission); the
    changes page, the letter's `{changes}` block and the bundle's annex show it."""

    cites: dict[str, frozenset[str]] = field(default_factory=dict)
    """Source (an item id, '' = case.md) → every target id its body and fields name,
    resolved or not."""

    _labels: Hashed | None = field(default=None, init=False, repr=False, compare=False)
    _every: Hashed | None = field(default=None, init=False, repr=False, compare=False)
    _ranks: dict[str, tuple[int, Item]] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """Item id → (place in label order, item), made when first asked: every item's page
    asks, so making it each time was quadratic in the items."""

    def labels(self) -> Hashed:
        """Each target's id, kind, label and number, in order: what the text of a reference
        reads of the case (a key part for what the watcher keeps of a body's text)."""
        found = self._labels
        if found is None:
            found = _lookups(self.targets)
            object.__setattr__(self, "_labels", found)
        return found

    def every_target(self) -> Hashed:
        """Every target, in order; with the watcher's memo, the very object of the last
        build while they are all the same (what is kept under them is then found to hold
        by identity, render/links.py)."""
        found = self._every
        if found is None:
            found = Hashed(tuple(self.targets.values()))
            object.__setattr__(self, "_every", found)
        return found

    def label(self, target_id: str) -> str:
        target = self.targets.get(target_id)
        return target.label if target is not None else target_id

    def _ranked(self) -> dict[str, tuple[int, Item]]:
        ranks = self._ranks
        if ranks is None:
            ranks = {}
            for n, item in enumerate(self.case.items):
                ranks.setdefault(item.id, (n, item))
            object.__setattr__(self, "_ranks", ranks)
        return ranks

    def item(self, item_id: str) -> Item | None:
        found = self._ranked().get(item_id)
        return found[1] if found is not None else None

    def in_label_order(self, item_ids: Sequence[str]) -> list[str]:
        """`item_ids` in the order the plan shows their items (Root Cause 1 before Root
        Cause 3, whatever order a field lists them in); unknown ids last, as given."""
        ranks = self._ranked()
        last = (len(self.case.items), None)
        return sorted(item_ids, key=lambda i: ranks.get(i, last)[0])

    def referrers(self, target_id: str) -> set[str]:
        """Owners of every body or field that cites `target_id`."""
        return {r.source for r in self.references if r.target == target_id}


def exhibit_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 27 → AB ..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def exhibit_copy(exhibit: Exhibit) -> str:
    return f"exhibits/{exhibit.id}{exhibit.suffix}"


def item_targets(case: Case, memo: Memo | None = None) -> Iterator[Target]:
    """Every item's target, in order. With a `memo`, an item that is the very object of
    the last build (stages/load.py), of the same kind and place, in the same language,
    has the very `Target` of the last build: what is kept under every target is then
    found to hold by identity (`resolve`)."""
    kept = memo.get(("item targets",)) if memo is not None else None
    lang = current_language()
    last = kept.found if isinstance(kept, _ItemTargets) and kept.language == lang else {}
    found: dict[str, tuple[Item, str, int, Target]] = {}
    for kind, items in (
        ("cause", case.causes),
        ("action", case.actions),
        ("measure", case.measures),
        ("exhibit", case.exhibits),
    ):
        for n, item in enumerate(items):
            was = last.get(item.id)
            if was is not None and was[0] is item and was[1] == kind and was[2] == n:
                target = was[3]
            else:
                target = _item_target(kind, n, item)
            found[item.id] = (item, kind, n, target)
            yield target
    if memo is not None:
        memo.put(("item targets",), _ItemTargets(lang, found))
    if case.letter is not None:
        letter = case.letter
        loc = letter.origin.key("kind")
        yield Target(
            letter.id, "letter", letter.title, "", letter.title, LETTER_PAGE, "top", letter.id, loc
        )
    for page in case.pages:
        yield Target(
            page.id,
            "page",
            page.title,
            "",
            page.title,
            page_path(page.id),
            "top",
            page.id,
            page.origin.key("title"),
        )


def _item_target(kind: str, n: int, item: Item) -> Target:
    number = exhibit_letter(n) if kind == "exhibit" else str(n + 1)
    copy = exhibit_copy(item) if isinstance(item, Exhibit) and item.path else None
    return Target(
        item.id,
        kind,
        f"{kind_label(kind)} {number}",
        number,
        item.title,
        PLAN_PAGE,
        item.id,
        item.id,
        item.origin.key("title"),
        copy,
    )


class _ItemTargets:
    """The last build's item targets (`item_targets`): the language their labels are in,
    and item id → (item, kind, place, target)."""

    __slots__ = ("found", "language")

    def __init__(self, language: str, found: dict[str, tuple[Item, str, int, Target]]):
        self.language = language
        self.found = found


class _Described:
    """The last build's `Resolved.every_target()` and `labels()` (`_described`)."""

    __slots__ = ("every", "labels")

    def __init__(self, every: Hashed, labels: Hashed) -> None:
        self.every = every
        self.labels = labels


def _described(targets: dict[str, Target], memo: Memo) -> _Described:
    """Every target and each one's id, kind, label and number, in order: the very objects
    of the last build while they are the same (compared by identity first: an unchanged
    item keeps its very `Target`, `item_targets`), so that what later stages kept under
    them is found by identity; the labels the very object while they are equal."""
    now = tuple(targets.values())
    last = memo.get(("targets described",))
    if isinstance(last, _Described) and last.every.value == now:
        described = last
    else:
        labels = _lookups(targets)
        if isinstance(last, _Described) and last.labels == labels:
            labels = last.labels
        described = _Described(Hashed(now), labels)
    memo.put(("targets described",), described)
    return described


def page_path(page_id: str) -> str:
    return f"pages/{page_id}.html"


def page_of(case: Case, owner: str) -> str:
    """The output page that shows the body of `owner`."""
    if case.letter is not None and owner == case.letter.id:
        return LETTER_PAGE
    if any(p.id == owner for p in case.pages):
        return page_path(owner)
    return PLAN_PAGE


def resolve(
    case: Case,
    reporter: Reporter,
    allow_html: bool = False,
    limits: Limits = DEFAULT_LIMITS,
    memo: Memo | None = None,
) -> Resolved:
    """Number, label and cross-check `case`; report unknown or ambiguous references, and
    nesting deeper than `limits.nesting`. With a `memo`, a body whose text is unchanged
    keeps its tokens (which no later stage changes)."""
    targets = {t.id: t for t in item_targets(case, memo)}
    settings = (reporter.strict, reporter.disabled, reporter.case)
    parts: dict[str, _BodyParts] = {}
    """Owner → what the memo keeps of its body in one entry (none for a body with a
    generated table, whose tokens are made again each build)."""

    def body_of(owner: str, origin: Origin, text: str) -> Body:
        if memo is None:
            return Body(owner, origin, _parse_body(case, text, allow_html))
        page = page_of(case, owner)
        key = ("body", text, allow_html, owner, page, origin.rel, origin.body_line, settings)
        kept = memo.get(key)
        if kept is MISSING:
            tokens = tuple(parse(text, allow_html))
            units = expand_units_tables(tokens, case, allow_html) is not tokens
            kept = _BodyParts(tokens, units)
            memo.put(key, kept)
        entry = cast("_BodyParts", kept)
        if entry.units:
            return Body(owner, origin, tuple(expand_units_tables(entry.tokens, case, allow_html)))
        parts[owner] = entry
        return Body(owner, origin, entry.tokens)

    bodies = {"": body_of("", case.origin, case.opening)}
    for item in case.items:
        bodies[item.id] = body_of(item.id, item.origin, item.body)
    weights = {exhibit.id: EXHIBIT_BLOCKS for exhibit in case.exhibits}
    if memo is None or not _within_blocks(
        bodies.values(), allow_html, limits, weights, memo, parts
    ):
        count_blocks(bodies.values(), reporter, allow_html, limits, weights)
    for body in bodies.values():
        entry = parts.get(body.owner)
        if entry is None:
            found = _body_targets(case, body, reporter, memo)
        elif entry.targets is None:
            before = len(reporter.diagnostics)
            found = entry.targets = tuple(body_targets(case, body, reporter))
            entry.said = tuple(reporter.diagnostics[before:])
        else:
            reporter.diagnostics.extend(entry.said)
            found = entry.targets
        for target in found:
            if target.id in targets:
                first = targets[target.id]
                reporter.error(
                    target.location,
                    "id.duplicate",
                    f"label '{target.id}' is already used at {first.location}",
                    "labels and ids share one namespace within a case",
                )
            else:
                targets[target.id] = target
    fields = tuple(field_references(case)) if memo is None else _field_references(case, memo)
    groups: list[tuple[Reference, ...]] = [fields]
    looked_up = None
    described = None
    if memo is not None:
        # The very objects of the last build while the targets (the labels) are the same,
        # so that what is kept under them is found by identity (checks/text.py).
        described = _described(targets, memo)
        looked_up = described.labels
    summaries = [_cites(fields, memo)]
    for body in bodies.values():
        if memo is None or looked_up is None:
            group = tuple(body_references(case, body, targets, reporter, limits))
            groups.append(group)
            summaries.append(_cites(group, memo))
            continue
        is_letter = case.letter is not None and body.owner == case.letter.id
        origin = body.origin
        key = (
            "references",
            Same((body.tokens,)),
            body.owner,
            origin.rel,
            origin.body_line,
            is_letter,
            case.unreadable,
            limits,
            looked_up,
            settings,
        )
        kept = memo.get(key)
        if kept is MISSING:
            before = len(reporter.diagnostics)
            walked = _walked(case, body, targets, reporter, limits)
            kept = (walked, tuple(reporter.diagnostics[before:]), _cites(walked, None))
            memo.put(key, kept)
        walked, said, summary = cast(
            "tuple[tuple[Reference, ...], tuple[Diagnostic, ...], Cites]", kept
        )
        reporter.diagnostics.extend(said)
        groups.append(walked)
        summaries.append(summary)
    cited_by, cites = _who_cites_what(summaries, case, memo)
    resolved = Resolved(
        case,
        targets,
        bodies,
        tuple(chain.from_iterable(groups)),
        answered_by(case),
        cited_by,
        cites=cites,
    )
    if described is not None:
        object.__setattr__(resolved, "_labels", described.labels)
        object.__setattr__(resolved, "_every", described.every)
    return resolved


Cites = tuple[
    tuple[tuple[str, frozenset[str]], ...],
    tuple[tuple[str, str], ...],
    tuple[str, ...],
    tuple[str, ...],
]
"""Who cites what in some references: (source, every target it names) a source at a
time; each (source, target) of a resolved reference to another target, in order; and
the targets of those pairs and the sources, each once, in the order they first come."""


def _cites(references: tuple[Reference, ...], memo: Memo | None) -> Cites:
    """Who cites what in `references`; kept under the very tuple (a body's walk, kept)."""
    key = ("cites", Same((references,)))
    if memo is not None:
        kept = memo.get(key)
        if kept is not MISSING:
            return cast("Cites", kept)
    every: dict[str, set[str]] = {}
    for ref in references:
        every.setdefault(ref.source, set()).add(ref.target)
    pairs = dict.fromkeys(
        (ref.source, ref.target) for ref in references if ref.resolved and ref.source != ref.target
    )
    summary = (
        tuple((source, frozenset(names)) for source, names in every.items()),
        tuple(pairs),
        tuple(dict.fromkeys(cited for _source, cited in pairs)),
        tuple(every),
    )
    if memo is not None:
        memo.put(key, summary)
    return summary


CitedBy = dict[str, tuple[str, ...]]
CitesOf = dict[str, frozenset[str]]


class _Counted:
    """The last build's who-cites-what, counted so that a save changes it by the difference
    of the summaries that changed (`_who_cites_what`): in a case where 160 items cite each
    other, combining all 25,440 citations again took a fifth of a save."""

    __slots__ = ("cited_by", "cites", "items", "names", "pairs", "summaries")

    def __init__(self, summaries: Sequence[Cites], items: tuple[str, ...]) -> None:
        self.summaries = tuple(summaries)
        self.items = items
        self.pairs: dict[str, dict[str, int]] = {}
        """Cited target → source → how many summaries hold the pair."""
        self.names: dict[str, dict[str, int]] = {}
        """Source → target it names → how many summaries hold it."""
        self.cited_by: CitedBy = {}
        self.cites: CitesOf = {}
        for summary in summaries:
            self.count(summary, 1, set(), set())

    def count(self, summary: Cites, step: int, cited: set[str], sources: set[str]) -> None:
        """Add (`step` 1) or take away (-1) what `summary` holds; note what it touched."""
        self.count_pairs(summary[1], step, cited)
        self.count_names(summary[0], step, sources)

    def count_pairs(self, pairs: Iterable[tuple[str, str]], step: int, cited: set[str]) -> None:
        for source, target in pairs:
            _bump(self.pairs.setdefault(target, {}), source, step)
            cited.add(target)

    def count_names(
        self, every: Iterable[tuple[str, frozenset[str]]], step: int, sources: set[str]
    ) -> None:
        for source, names in every:
            counts = self.names.setdefault(source, {})
            for name in names:
                _bump(counts, name, step)
            sources.add(source)

    def change(self, old: Cites, new: Cites, cited: set[str], sources: set[str]) -> None:
        """From `old` to `new`: only the pairs and names one holds and the other does not
        are counted (a saved body cites mostly what it cited), and only their targets and
        sources are noted as touched."""
        was, now = set(old[1]), set(new[1])
        self.count_pairs(was - now, -1, cited)
        self.count_pairs(now - was, 1, cited)
        was_every, now_every = dict(old[0]), dict(new[0])
        for source in was_every.keys() | now_every.keys():
            before = was_every.get(source, frozenset())
            after = now_every.get(source, frozenset())
            if before != after:
                self.count_names([(source, before - after)], -1, sources)
                self.count_names([(source, after - before)], 1, sources)


class _Ranks(dict[str, int]):
    """Item id → place in label order; -1 for a source that is no item (case.md)."""

    def __missing__(self, key: str) -> int:
        return -1


def _bump(counts: dict[str, int], key: str, step: int) -> None:
    left = counts.get(key, 0) + step
    if left:
        counts[key] = left
    else:
        del counts[key]


def _who_cites_what(
    summaries: Sequence[Cites], case: Case, memo: Memo | None
) -> tuple[CitedBy, CitesOf]:
    """`Resolved.cited_by` and `Resolved.cites` from each group's summary. With a `memo`,
    the last build's are changed by the summaries that are not the very objects they
    were made of (a save changes one body's): only the targets and sources those touch
    are sorted and gathered again; the dicts' order (where each first comes) is that of a
    combine from nothing."""
    items = tuple(item.id for item in case.items)
    rank = _Ranks((item_id, n) for n, item_id in enumerate(items)).__getitem__
    if memo is None:
        return _combined(summaries, rank)
    cited_order = dict.fromkeys(chain.from_iterable(summary[2] for summary in summaries))
    source_order = dict.fromkeys(chain.from_iterable(summary[3] for summary in summaries))
    last = memo.get(("who cites what",))
    changed: set[str] = set()
    touched: set[str] = set()
    if isinstance(last, _Counted) and last.items == items and len(last.summaries) == len(summaries):
        counted = last
        for old, new in zip(last.summaries, summaries, strict=True):
            if old is not new:
                counted.change(old, new, changed, touched)
        counted.summaries = tuple(summaries)
    else:
        counted = _Counted(summaries, items)
        changed, touched = set(cited_order), set(source_order)
    memo.put(("who cites what",), counted)
    was_cited, was_cites = counted.cited_by, counted.cites
    cited_by = {
        target: (
            tuple(sorted(counted.pairs[target], key=rank))
            if target in changed or target not in was_cited
            else was_cited[target]
        )
        for target in cited_order
    }
    cites = {
        source: (
            frozenset(counted.names[source])
            if source in touched or source not in was_cites
            else was_cites[source]
        )
        for source in source_order
    }
    counted.cited_by, counted.cites = cited_by, cites
    return dict(cited_by), dict(cites)


def _combined(summaries: Sequence[Cites], rank: Callable[[str], int]) -> tuple[CitedBy, CitesOf]:
    """Who cites what, combined from every summary (a build without a memo)."""
    cites: dict[str, set[str]] = {}
    cited: dict[str, set[str]] = {}
    for summary in summaries:
        for source, names in summary[0]:
            cites.setdefault(source, set()).update(names)
        for source, cited_id in summary[1]:
            cited.setdefault(cited_id, set()).add(source)
    return (
        {k: tuple(sorted(v, key=rank)) for k, v in cited.items()},
        {source: frozenset(every) for source, every in cites.items()},
    )


def _walked(
    case: Case, body: Body, targets: dict[str, Target], reporter: Reporter, limits: Limits
) -> tuple[Reference, ...]:
    return tuple(body_references(case, body, targets, reporter, limits))


def _lookups(targets: Mapping[str, Target]) -> Hashed:
    """All that walking a body's references reads of the case's targets: each one's id,
    kind and label, in order (an unknown target's message suggests the nearest ids); and
    the number, which a reference's plain text reads. A body's walk is kept under its
    tokens and this (`resolve`): a save that changes no label, order or heading id walks
    only the saved body again."""
    return Hashed(tuple((t.id, t.kind, t.label, t.number) for t in targets.values()))


Walked = tuple[tuple["Reference", ...], tuple[Diagnostic, ...], "Cites"]
"""A body's references, the diagnostics their walk gave, and who cites what in them."""


class _BodyParts:
    """What the watcher's memo keeps of one body in one entry, under its text, its owner,
    page and place, and what reporting reads (`resolve`): its tokens (`units`: a generated
    table goes in, so the parts below are not kept here), its count of blocks and its
    `(label)=` targets with the diagnostics they gave, each made when first asked."""

    __slots__ = ("blocks", "said", "targets", "tokens", "units")

    def __init__(self, tokens: tuple[Token, ...], units: bool) -> None:
        self.tokens = tokens
        self.units = units
        self.blocks: int | None = None
        self.targets: tuple[Target, ...] | None = None
        self.said: tuple[Diagnostic, ...] = ()


def _within_blocks(
    bodies: Iterable[Body],
    allow_html: bool,
    limits: Limits,
    weights: Mapping[str, int],
    memo: Memo,
    parts: Mapping[str, _BodyParts],
) -> bool:
    """True when the case is within `limits.case_blocks`, counting each body's blocks once
    and keeping the count with its tokens (`count_blocks` reports where it is passed)."""
    total = 0
    for body in bodies:
        entry = parts.get(body.owner)
        if entry is not None:
            if entry.blocks is None:
                entry.blocks = sum(1 for _block in blocks(body.tokens, allow_html))
            total += weights.get(body.owner, 1) + entry.blocks
            continue
        key = ("blocks", Same((body.tokens,)), allow_html)
        found = memo.get(key)
        if found is MISSING:
            found = sum(1 for _block in blocks(body.tokens, allow_html))
            memo.put(key, found)
        assert isinstance(found, int)
        total += weights.get(body.owner, 1) + found
    return total <= limits.case_blocks


def _body_targets(
    case: Case, body: Body, reporter: Reporter, memo: Memo | None
) -> Iterable[Target]:
    """`body_targets`, kept under the body's tokens, page and place with a `memo`."""
    if memo is None:
        return body_targets(case, body, reporter)
    origin = body.origin
    page = page_of(case, body.owner)
    key = ("targets", Same((body.tokens,)), body.owner, page, origin.rel, origin.body_line)
    return recorded(memo, key, reporter, lambda: tuple(body_targets(case, body, reporter)))


def count_blocks(
    bodies: Iterable[Body],
    reporter: Reporter,
    allow_html: bool,
    limits: Limits,
    weights: Mapping[str, int] | None = None,
) -> bool:
    """Report, where it is passed, a case with more blocks than `limits.case_blocks`
    (each file counts as one, or as its owner's weight: an exhibit's file as
    `EXHIBIT_BLOCKS`): the time and memory of its pages and its PDF grow with them.
    True when the case is within the limit."""
    limit = limits.case_blocks
    total = 0
    for body in bodies:
        total += (weights or {}).get(body.owner, 1)
        if total > limit:
            reporter.error(
                body.origin.key("kind"),
                "markdown.blocks",
                f"the case passes {limit:,} blocks with this file (an exhibit counts as "
                f"{EXHIBIT_BLOCKS}, for its index entry, band and stamp in the PDF; a "
                "paragraph, heading, list item, table cell, quote, code block, directive, "
                "link or role of the text as one or two)",
                f"attach fewer, larger exhibits (one PDF for a series of invoices), "
                f"{raise_hint('case_blocks')}",
            )
            return False
        for token in blocks(body.tokens, allow_html):
            total += 1
            if total > limit:
                line = token.map[0] if token.map else 0
                reporter.error(
                    body.origin.body_location(line, 1),
                    "markdown.blocks",
                    f"the case passes {limit:,} blocks here (paragraphs, headings, list items, "
                    "table cells, quotes, code blocks, directives, links and roles of all its "
                    "files)",
                    f"shorten it, or attach long material as an exhibit, "
                    f"{raise_hint('case_blocks')}",
                )
                return False
    return True


def _parse_body(
    case: Case, text: str, allow_html: bool, memo: Memo | None = None
) -> tuple[Token, ...]:
    """The tokens of a body, with generated tables (`{units-table}`) in place."""
    if memo is None:
        return tuple(expand_units_tables(parse(text, allow_html), case, allow_html))
    key = ("tokens", text, allow_html)
    kept = memo.get(key)
    if kept is MISSING:
        tokens = tuple(parse(text, allow_html))
        units = expand_units_tables(tokens, case, allow_html) is not tokens
        memo.put(key, (tokens, units))
    else:
        assert isinstance(kept, tuple)
        tokens, units = kept
    if not units:  # checked once per text: a long body's tokens are not walked again
        return tokens
    expanded = expand_units_tables(tokens, case, allow_html)
    # The very tuple the memo kept when there is no table to place: later stages key
    # their own results on it (`Same`), and compare one object instead of every token.
    return tokens if expanded is tokens else tuple(expanded)


def body_targets(case: Case, body: Body, reporter: Reporter) -> Iterator[Target]:
    """The `(label)=` targets of a body; their text is the heading that follows."""
    tokens = body.tokens
    for i, token in enumerate(tokens):
        if token.type != "myst_target":
            continue
        name = token.content.strip()
        line = token.map[0] if token.map else 0
        loc = body.origin.body_location(line, 1)
        if not re.fullmatch(r"[A-Za-z0-9_.:-]+", name):
            reporter.warning(
                loc, "ref.label", f"'{name}' is not a valid label", "use letters, digits, '-', '_'"
            )
            continue
        title = heading_text(tokens, i + 1) if token.meta.get("attached") else ""
        yield Target(
            name,
            "section",
            title or name,
            "",
            title or name,
            page_of(case, body.owner),
            name,
            body.owner,
            loc,
        )


def field_references(case: Case) -> Iterator[Reference]:
    """References made in front matter: addresses, evidence, missed points."""
    known = {i.id for i in case.items}
    for item in case.items:
        yield from _item_fields(item, known)
    yield from _letter_fields(case, known)


def _item_fields(item: Item, known: set[str] | frozenset[str]) -> Iterator[Reference]:
    for key in ("addresses", "evidence"):
        for n, target in enumerate(getattr(item, key, ())):
            yield Reference(item.origin.value(key, n), item.id, target, target in known)


def _field_references(case: Case, memo: Memo) -> tuple[Reference, ...]:
    """`field_references` with the watcher's memo: an item that is the very object of the
    last build, in a case with the same item ids, gives its very references again; the
    whole tuple is the last build's while equal (who cites what counts it once)."""
    known = frozenset(i.id for i in case.items)
    kept = memo.get(("field references",))
    last = kept if isinstance(kept, _Fields) and kept.known == known else None
    found: dict[str, tuple[Item, tuple[Reference, ...]]] = {}
    parts: list[tuple[Reference, ...]] = []
    for item in case.items:
        was = last.items.get(item.id) if last is not None else None
        refs = was[1] if was is not None and was[0] is item else tuple(_item_fields(item, known))
        found[item.id] = (item, refs)
        parts.append(refs)
    parts.append(tuple(_letter_fields(case, known)))
    fields = tuple(chain.from_iterable(parts))
    if isinstance(kept, _Fields) and kept.fields == fields:
        fields = kept.fields
    memo.put(("field references",), _Fields(known, found, fields))
    return fields


class _Fields:
    """The last build's front matter references (`_field_references`): the item ids they
    were checked against, each item's, and all of them."""

    __slots__ = ("fields", "items", "known")

    def __init__(
        self,
        known: frozenset[str],
        items: dict[str, tuple[Item, tuple[Reference, ...]]],
        fields: tuple[Reference, ...],
    ) -> None:
        self.known = known
        self.items = items
        self.fields = fields


def _letter_fields(case: Case, known: set[str] | frozenset[str]) -> Iterator[Reference]:
    if case.letter is not None:
        for missed in case.letter.missed:
            loc = case.letter.origin.value("missed", missed.index, "ref")
            yield Reference(loc, case.letter.id, missed.ref, missed.ref in known)


def body_references(
    case: Case,
    body: Body,
    targets: dict[str, Target],
    reporter: Reporter,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Reference]:
    """Every role and `#id` link in a body, checked against `targets`."""
    lines = (case.opening if body.owner == "" else _body_text(case, body.owner)).split("\n")
    walk = _Walk(case, body, lines, targets, reporter, limits)
    yield from walk.references(body.tokens, 0)


def nesting_error(reporter: Reporter, loc: Location, what: str, limit: int) -> None:
    reporter.error(
        loc,
        "markdown.nesting",
        f"{what} nested more than {limit} deep, the `max_nesting` limit; what lies deeper "
        "is shown as plain text",
        f"flatten the structure, {raise_hint('nesting')}",
    )


@dataclass(slots=True)
class _Walk:
    """Walks a body's tokens and those of the directives in it (admonitions nest)."""

    case: Case
    body: Body
    lines: Sequence[str]
    targets: dict[str, Target]
    reporter: Reporter
    limits: Limits

    def references(self, tokens: Sequence[Token], offset: int) -> Iterator[Reference]:
        """References in `tokens`, whose line 0 is body line `offset`."""
        case, body, lines = self.case, self.body, self.lines
        max_nesting = self.limits.nesting
        for depth, token in nesting(tokens):
            if depth > max_nesting:
                line = offset + (token.map[0] if token.map else 0)
                what = "lists and block quotes are"
                nesting_error(self.reporter, body.origin.body_location(line, 1), what, max_nesting)
                break
        self.check_tables(tokens, offset)
        for token in tokens:
            if token.type == "colon_fence":
                name = check_directive(case, body, token, offset, self.reporter)
                if name in ADMONITIONS and token.map:
                    start = offset + token.map[0] + 1
                    if int(token.meta.get("depth", 1)) > max_nesting:
                        loc = body.origin.body_location(start - 1, 1)
                        nesting_error(self.reporter, loc, "directives are", max_nesting)
                        continue
                    yield from self.references(fence_tokens(token), start)
            if token.type != "inline" or not token.children:
                continue
            span = token.map or [0, len(lines) - offset]
            if token.meta.get("refused"):
                self.refused_links(
                    token.meta["refused"], _Finder(lines, [span[0] + offset, span[1] + offset])
                )
            finder = _Finder(lines, [span[0] + offset, span[1] + offset])
            for child in token.children:
                ref = inline_reference(
                    body, child, finder, self.targets, self.reporter, case.unreadable
                )
                if ref is not None:
                    yield ref

    def refused_links(self, hrefs: Sequence[tuple[str, bool]], finder: _Finder) -> None:
        """Warn at each link that `link_kept` refused (it is shown as its text)."""
        for href, autolink in hrefs:
            written = unquote(href)
            line, col = finder.find("<" + written) if autolink else finder.find_link(written)
            self.reporter.warning(
                self.body.origin.body_location(line, col),
                "link.refused",
                f"link to '{written}' is shown as plain text: only http, https and mailto "
                "links and links within the site are kept",
                "a local or network file link opens that file on the reader's computer; "
                "attach the document as an exhibit instead",
            )

    def check_tables(self, tokens: Sequence[Token], offset: int) -> None:
        """Report each table with more cells than `limits.table_cells`: every cell is a box
        the PDF lays out, and WeasyPrint's layout of a table grows with it in memory."""
        limit = self.limits.table_cells
        cells, opened = 0, None
        for token in tokens:
            if token.type == "table_open":
                cells, opened = 0, token
            elif token.type in ("th_open", "td_open"):
                cells += 1
            elif token.type == "table_close" and opened is not None and cells > limit:
                line = offset + (opened.map[0] if opened.map else 0)
                self.reporter.error(
                    self.body.origin.body_location(line, 1),
                    "markdown.table-size",
                    f"table has {cells:,} cells, over the limit of {limit:,}",
                    f"split it, or attach the data as an exhibit, {raise_hint('table_cells')}",
                )


def _body_text(case: Case, owner: str) -> str:
    item = next((i for i in case.items if i.id == owner), None)
    return item.body if item is not None else ""


def inline_reference(
    body: Body,
    child: Token,
    finder: _Finder,
    targets: dict[str, Target],
    reporter: Reporter,
    unreadable: tuple[str, ...] = (),
) -> Reference | None:
    if child.type == "myst_role":
        name = str(child.meta.get("name", ""))
        line, col = finder.find("{" + name + "}")
        loc = body.origin.body_location(line, col)
        if name not in ROLES:
            reporter.warning(
                loc, "role.unknown", f"unknown role '{{{name}}}'", did_you_mean(name, ROLES)
            )
            return None
        _text, target = split_role(child.content)
        return check_target(loc, body.owner, target, name, targets, reporter, unreadable)
    if child.type == "link_open":
        href = str(child.attrGet("href") or "")
        if not href.startswith("#"):
            return None
        line, col = finder.find_link(href)
        loc = body.origin.body_location(line, col)
        return check_target(loc, body.owner, href[1:], "link", targets, reporter, unreadable)
    if child.type == "image":
        line, col = finder.find("![")
        reporter.warning(
            body.origin.body_location(line, col),
            "markdown.image",
            "images in the text are not shown",
            "add the picture as an exhibit and refer to it with {exhibit}`id`",
        )
    return None


def check_target(
    loc: Location,
    owner: str,
    target: str,
    how: str,
    targets: dict[str, Target],
    reporter: Reporter,
    unreadable: tuple[str, ...] = (),
) -> Reference:
    found = targets.get(target)
    if found is None and target in unreadable:
        return Reference(loc, owner, target, False)
    if found is None:
        candidates = [t.id for t in targets.values() if how != "exhibit" or t.kind == "exhibit"]
        reporter.warning(
            loc, "ref.unknown", f"unknown target '{target}'", did_you_mean(target, candidates)
        )
        return Reference(loc, owner, target, False)
    if how == "exhibit" and found.kind != "exhibit":
        reporter.warning(
            loc,
            "ref.kind",
            f"'{target}' is {found.label}, not an exhibit",
            f"use {{ref}}`{target}` for items that are not exhibits",
        )
    return Reference(loc, owner, target, True)


def check_directive(case: Case, body: Body, token: Token, offset: int, reporter: Reporter) -> str:
    """The directive's name ('' when it has none), after checking that it is known here."""
    found = directive_of(token)
    line = offset + (token.map[0] if token.map else 0)
    loc = body.origin.body_location(line, 1)
    is_letter = case.letter is not None and body.owner == case.letter.id
    allowed = ADMONITIONS + (LETTER_DIRECTIVES if is_letter else ())
    if found is None:
        reporter.warning(loc, "directive.unknown", "a ':::' block needs a name, e.g. ':::{note}'")
        return ""
    name = found[0]
    if name in LETTER_DIRECTIVES and not is_letter:
        reporter.warning(
            loc, "directive.place", f"'{{{name}}}' can only be used in the escalation letter"
        )
    elif name not in allowed:
        reporter.warning(
            loc, "directive.unknown", f"unknown directive '{{{name}}}'", did_you_mean(name, allowed)
        )
    return name


class _Finder:
    """Finds the next occurrence of a piece of markup in a block's source lines."""

    def __init__(self, lines: Sequence[str], span: Sequence[int]) -> None:
        self.lines = lines
        self.line = span[0]
        self.end = max(span[1], span[0] + 1)
        self.col = 0

    def find(self, needle: str) -> tuple[int, int]:
        """(0-based body line, 1-based column) of the next `needle`; advances past it."""
        for line in range(self.line, min(self.end, len(self.lines))):
            start = self.col if line == self.line else 0
            at = self.lines[line].find(needle, start)
            if at >= 0:
                self.line, self.col = line, at + len(needle)
                return line, at + 1
        return self.line, self.col + 1

    def find_link(self, href: str) -> tuple[int, int]:
        """Position of the `[` that opens the link whose target is `href`."""
        line, col = self.find("](" + href)
        text = self.lines[line] if line < len(self.lines) else ""
        depth, at = 0, col - 1
        while at > 0:
            at -= 1
            if text[at] == "]":
                depth += 1
            elif text[at] == "[":
                if depth == 0:
                    return line, at + 1
                depth -= 1
        return line, col


def answered_by(case: Case) -> dict[str, tuple[Item, ...]]:
    answers: dict[str, list[Item]] = {c.id: [] for c in case.causes}
    for item in (*case.actions, *case.measures):
        assert isinstance(item, Action | Measure)
        for cause in item.addresses:
            if cause in answers and item not in answers[cause]:
                answers[cause].append(item)
    return {k: tuple(v) for k, v in answers.items()}
