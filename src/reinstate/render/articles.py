"""Each item's and exhibit's `<article>` on the plan page, kept between the watcher's
rebuilds.

At 300 items the plan template spent most of a save re-rendering item headers that had
not changed. The default plan template renders each cause, action and measure through
`plan-item.html` with a small context: `item`, `kind`, `date_style` (of the case, for
`longdate`), `target` (its label and anchor),
`links` (references and the body) and `r`, which offers only the lookups an item needs
(`r.targets`, `r.answered_by`, `r.cited_by`, `r.in_label_order`). Every lookup is
recorded with what it returned, so the article is kept with the list of what it read; the
next build uses it again when the item is the very object the last build loaded (its file
unchanged, stages/load.py), the case's language is the same, and every recorded lookup
gives the same answer now, replayed against the new build (a cited target renumbered or
retitled, an action added that answers a cause: rendered again). The body goes through
`PageLinks.body` as rendering would, so its heading ids are taken in page order either
way. A theme may override `plan-item.html`; it sees the same names, and what it reads
through them is recorded the same way (anything else is not there: StrictUndefined).
Exhibits are rendered the same way through `plan-exhibit.html` (load keeps an exhibit's
item while its file's place on disk is unchanged). The lookups of `r.in_label_order` are
not replayed while the items' ids are in the same order as when the article was kept
(their answers follow from that order alone).

With `placed`, the articles are collected and a mark stands in for each on the page
(render/site.py's `plan_parts`): the page is then kept together around its articles, each
article once while it is kept (render/step.py's `add_around`).

The output is byte-identical to rendering without a memo (tests/live/
test_memo_equivalence.py compares with random edits).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import cast

from markupsafe import Markup

from reinstate.core.memo import MISSING, Memo
from reinstate.core.model import Item
from reinstate.render.links import PageLinks
from reinstate.render.nobreak import MARK
from reinstate.render.theme import Theme
from reinstate.stages.load import item_key
from reinstate.stages.resolve import Resolved, Target

ITEM_TEMPLATE = "plan-item.html"
EXHIBIT_TEMPLATE = "plan-exhibit.html"
"""The template of an exhibit's article (`kind` "exhibit"); a cause's, action's or
measure's is `ITEM_TEMPLATE`."""

Read = tuple[str, tuple[object, ...], object]
"""(what, arguments, answer) of one lookup an article made."""


class Reads:
    """The lookups of one article, in order."""

    def __init__(self) -> None:
        self.made: list[Read] = []

    def note(self, what: str, args: tuple[object, ...], answer: object) -> object:
        self.made.append((what, args, answer))
        return answer


class _Map(Mapping[str, object]):
    """One of the resolved case's indexes, each lookup recorded."""

    def __init__(self, name: str, found: Mapping[str, object], reads: Reads) -> None:
        self.name = name
        self.found = found
        self.reads = reads

    def __getitem__(self, key: str) -> object:
        answer = self.reads.note(self.name, (key,), self.found.get(key, MISSING))
        if answer is MISSING:
            raise KeyError(key)
        return answer

    def get(self, key: str, default: object = None) -> object:
        answer = self.reads.note(self.name, (key,), self.found.get(key, MISSING))
        return default if answer is MISSING else answer

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key, MISSING) is not MISSING

    def __iter__(self) -> Iterator[str]:
        raise TypeError(f"an item's article cannot list r.{self.name}")

    def __len__(self) -> int:
        raise TypeError(f"an item's article cannot count r.{self.name}")


class _Resolved:
    """What `r` offers an item's article."""

    def __init__(self, resolved: Resolved, reads: Reads) -> None:
        self.targets = _Map("targets", resolved.targets, reads)
        self.answered_by = _Map("answered_by", resolved.answered_by, reads)
        self.cited_by = _Map("cited_by", resolved.cited_by, reads)
        self._resolved = resolved
        self._reads = reads

    def in_label_order(self, item_ids: Sequence[str]) -> list[str]:
        ids = tuple(item_ids)
        return cast(
            "list[str]",
            self._reads.note("in_label_order", (ids,), self._resolved.in_label_order(ids)),
        )


class _Links:
    """What `links` offers an item's article: references and the body, recorded."""

    def __init__(self, links: PageLinks, reads: Reads, bodies: dict[tuple[str, int], Markup]):
        self._links = links
        self._reads = reads
        self._bodies = bodies

    def _look_up(self, target_id: str) -> None:
        self._reads.note("targets", (target_id,), self._links.target(target_id) or MISSING)

    # A link is a function of its target, its text and the page: only the lookup of the
    # target is recorded (replaying every link's HTML took as long as rendering it).

    def ref(self, target_id: str, text: str | None = None) -> Markup:
        self._look_up(target_id)
        return self._links.ref(target_id, text)

    def link(self, target: Target | str, text: str | None = None) -> Markup:
        if isinstance(target, str):
            self._look_up(target)
        return self._links.link(target, text)

    def href(self, target: Target) -> str:
        return self._links.href(target)

    def url(self, path: str) -> str:
        return self._links.url(path)

    def target(self, target_id: str) -> Target | None:
        self._look_up(target_id)
        return self._links.target(target_id)

    def body(self, owner: str, heading_shift: int = 0) -> Markup:
        html = self._bodies.pop((owner, heading_shift), None)  # read while replaying
        if html is None:
            html = self._links.body(owner, heading_shift)
        return cast("Markup", self._reads.note("body", (owner, heading_shift), html))


def _answer(resolved: Resolved, what: str, args: tuple[object, ...]) -> object:
    """What lookup `what` gives now (`body` is replayed apart: it takes heading ids)."""
    if what == "in_label_order":
        return resolved.in_label_order(cast("tuple[str, ...]", args[0]))
    index = cast("Mapping[str, object]", getattr(resolved, what))
    return index.get(cast(str, args[0]), MISSING)


class Articles:
    """Renders the `<article>` of each plan item, with the memo keeping each."""

    def __init__(
        self,
        resolved: Resolved,
        theme: Theme,
        links: PageLinks,
        memo: Memo | None,
        placed: list[Markup] | None = None,
    ) -> None:
        self.resolved = resolved
        self.theme = theme
        self.links = links
        self.memo = memo
        self.placed = placed
        """With a list, each article is added to it and `MARK` stands in its place on the
        page (render/site.py's `plan_parts`)."""
        self.order = _order(resolved, memo) if memo is not None else None
        """The ids of the case's items in order: the very object of the last build while
        they are the same (what `r.in_label_order` answers follows from it alone)."""

    def __call__(self, item: Item, kind: str) -> Markup:
        html = self._article(item, kind)
        if self.placed is None:
            return html
        self.placed.append(html)
        return _MARK

    def _article(self, item: Item, kind: str) -> Markup:
        bodies: dict[tuple[str, int], Markup] = {}
        case = self.resolved.case
        key = ("article", item_key(item), kind, case.language, case.date_style, self.links.page)
        if self.memo is not None:
            kept = self.memo.get(key)  # now in this build's part of the memo: not put again
            if isinstance(kept, _Kept) and self._still(kept, bodies):
                return kept.html
        reads = Reads()
        context = {
            "item": item,
            "kind": kind,
            "date_style": case.date_style,
            "target": reads.note("targets", (item.id,), self.resolved.targets[item.id]),
            "r": _Resolved(self.resolved, reads),
            "links": _Links(self.links, reads, bodies),
        }
        template = self.theme.template(EXHIBIT_TEMPLATE if kind == "exhibit" else ITEM_TEMPLATE)
        html = Markup(template.render(context).removesuffix("\n"))
        if self.memo is not None:
            every = self.resolved.every_target()
            self.memo.put(key, _Kept(html, reads.made, every, self.order))
        return html

    def _still(self, kept: _Kept, bodies: dict[tuple[str, int], Markup]) -> bool:
        """True when every lookup `kept` made gives the same answer now (the lookups of
        targets are not made again when every target is the same, nor those of the label
        order when the items are in the same order). The bodies are rendered (or taken from
        the memo) last, as the template would render them; a body that differs is handed
        to the rendering that follows (`bodies`)."""
        resolved = self.resolved
        every = resolved.every_target()
        if kept.every is not every:
            for _what, args, answer in kept.targets:
                if resolved.targets.get(cast(str, args[0]), MISSING) != answer:
                    return False
        if kept.order is not self.order:
            for _what, args, answer in kept.orders:
                if resolved.in_label_order(cast("tuple[str, ...]", args[0])) != answer:
                    return False
        for what, args, answer in kept.others:
            if _answer(resolved, what, args) != answer:
                return False
        same = True
        links = self.links
        for owner, shift, answer in kept.bodies:
            html = links.body(owner, shift)
            bodies[(owner, shift)] = html
            same = same and html == answer
        if not same:
            return False
        bodies.clear()
        kept.every, kept.order = every, self.order
        return True


_MARK = Markup(MARK)
_APART = ("targets", "in_label_order", "body")
"""The lookups `_Kept` holds apart; every other (`r.answered_by`, `r.cited_by`) is asked
again on every build."""


class _Kept:
    """An article as the memo keeps it: its HTML, the lookups it made (sorted by what they
    look up, each kind in order; the bodies in the order the template asked for them),
    and the build's every target and item order its lookups were last found the same in."""

    __slots__ = ("bodies", "every", "html", "order", "orders", "others", "targets")

    def __init__(self, html: Markup, made: list[Read], every: object, order: object) -> None:
        self.html = html
        self.targets = [read for read in made if read[0] == "targets"]
        self.orders = [read for read in made if read[0] == "in_label_order"]
        self.others = [read for read in made if read[0] not in _APART]
        self.bodies = [
            (cast(str, args[0]), cast(int, args[1]), cast(Markup, answer))
            for what, args, answer in made
            if what == "body"
        ]
        self.every = every
        self.order = order


def _order(resolved: Resolved, memo: Memo) -> tuple[str, ...]:
    """The ids of the case's items in order (`Resolved.in_label_order` sorts by it): the
    very tuple of the last build while they are equal."""
    now = tuple(item.id for item in resolved.case.items)
    last = memo.get(("item order",))
    if last == now:
        now = cast("tuple[str, ...]", last)
    memo.put(("item order",), now)
    return now
