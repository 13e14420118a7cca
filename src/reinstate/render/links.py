"""Write references for one HTML page: relative site links, or same-document links in print.

A `PageLinks` belongs to one output page; it knows where that page lives, so every link it
writes is relative (the site works from `file://` and from any sub-path of a server), and it
keeps heading ids unique on the page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape as html_escape
from typing import cast

from markdown_it.token import Token
from markupsafe import Markup, escape

from reinstate.core.memo import MISSING, Memo, Same
from reinstate.core.vocabulary import labelled
from reinstate.stages.markdown import fence_tokens, render_html, slugify, split_role
from reinstate.stages.resolve import ADMONITIONS, Resolved, Target

Block = Callable[[str, bool], str]
"""A generated block a directive places (e.g. the letter's key points), as HTML, given the
directive's argument and whether the paragraph before it is a lead-in (ends in a colon)."""


class PageLinks:
    """References, bodies and directives for one page (`page` is relative to the case folder)."""

    def __init__(
        self,
        resolved: Resolved,
        page: str,
        *,
        allow_html: bool = False,
        blocks: Mapping[str, Block] | None = None,
        print_mode: bool = False,
        memo: Memo | None = None,
    ) -> None:
        self.resolved = resolved
        self.memo = memo
        self._urls: dict[str, str] = {}
        self._trace: _Trace | None = None
        self.page = page
        self.allow_html = allow_html
        self.blocks = dict(blocks or {})
        self.print_mode = print_mode
        self.owner = ""
        self.used_ids: set[str] = {t.anchor for t in resolved.targets.values() if t.page == page}
        self.suffixes: dict[str, int] = {}
        """The last number given to each heading id's base."""

    # Linker protocol -------------------------------------------------------------------

    def role(self, name: str, content: str) -> str:
        text, target_id = split_role(content)
        target = self._target(target_id)
        if target is None:
            return f'<span class="xref unresolved">{html_escape(text or target_id)}</span>'
        return str(self.link(target, text))

    def anchor_href(self, anchor: str) -> str | None:
        target = self._target(anchor)
        return self.href(target) if target is not None else None

    def directive(self, name: str, argument: str, token: Token, lead_in: bool = False) -> str:
        if name in ADMONITIONS:
            inner = render_html(fence_tokens(token, self.allow_html), self, 0, self.allow_html)
            title = html_escape(argument or name.capitalize())
            return (
                f'<aside class="admonition {name}"><p class="admonition-title">{title}</p>\n'
                f"{inner}</aside>\n"
            )
        block = self.blocks.get(name)
        if self._trace is not None and block is not None:
            self._trace.whole = False  # a generated block reads the whole case
        return block(argument, lead_in) if block is not None else ""

    def heading_id(self, text: str) -> str:
        base = self._base(self.owner, text)
        # Counting on from the last suffix given to `base` keeps 40,000 headings of the
        # same text linear; counting from 2 each time would be quadratic.
        n, anchor = self._free(base, self.suffixes.get(base, 1))
        self.suffixes[base] = n
        self.used_ids.add(anchor)
        if self._trace is not None:
            self._trace.headings.append((text, anchor))
        return anchor

    @staticmethod
    def _base(owner: str, text: str) -> str:
        return f"{owner}-{slugify(text)}" if owner else slugify(text)

    def _free(
        self, base: str, n: int, taken: set[str] | frozenset[str] = frozenset()
    ) -> tuple[int, str]:
        """The first id from `base`'s suffix `n` on that the page has not given."""
        anchor = base if n == 1 else f"{base}-{n}"
        while anchor in self.used_ids or anchor in taken:
            n += 1
            anchor = f"{base}-{n}"
        return n, anchor

    def _target(self, target_id: str) -> Target | None:
        target = self.resolved.targets.get(target_id)
        if self._trace is not None:
            self._trace.targets[target_id] = target
        return target

    # Helpers for templates ---------------------------------------------------------------

    def href(self, target: Target) -> str:
        """Where a reference to `target` goes from this page."""
        if self.print_mode:
            return f"#{target.anchor}"
        if target.kind == "exhibit" and target.file:
            return self.url(target.file)
        url = self.url(target.page)
        return (
            url if target.anchor == "top" and target.page != self.page else f"{url}#{target.anchor}"
        )

    def url(self, path: str) -> str:
        """`path` (relative to the case output folder) relative to this page."""
        if path == self.page:
            return ""
        found = self._urls.get(path)
        if found is None:  # relpath asks for the working folder each time: once a path
            found = self._urls[path] = posixpath.relpath(path, posixpath.dirname(self.page) or ".")
        return found

    def link(self, target: Target | str, text: str | None = None) -> Markup:
        """An `<a>` to `target` showing `text` (default: its label)."""
        if isinstance(target, str):
            found = self.resolved.targets.get(target)
            if found is None:
                return Markup('<span class="xref unresolved">{}</span>').format(text or target)
            target = found
        title = (
            target.label if target.label == target.title else labelled(target.label, target.title)
        )
        # what Markup.format does, without its string.Formatter (a third of a plan's render)
        kind, href, shown = (
            escape(target.kind),
            escape(self.href(target) or "#"),
            escape(text or target.label),
        )
        return Markup(
            f'<a class="xref xref-{kind}" href="{href}" title="{escape(title)}">{shown}</a>'
        )

    def ref(self, target_id: str, text: str | None = None) -> Markup:
        return self.link(target_id, text)

    def body(self, owner: str, heading_shift: int = 0) -> Markup:
        """The rendered body of item `owner` ('' for the opening of case.md)."""
        body = self.resolved.bodies.get(owner)
        if body is None or not body.tokens:
            return Markup("")
        return self.tokens_html(owner, body.tokens, heading_shift)

    def tokens_html(self, owner: str, tokens: Sequence[Token], heading_shift: int = 0) -> Markup:
        """`tokens` of the body of `owner` (a prepared copy of its parsed body) as HTML.

        With a memo, the HTML is kept under the tokens and the page, with the targets the
        body looked up and the heading ids it was given: it is used again while every one
        of those targets is the same and the page gives its headings the same ids."""
        key = None
        if self.memo is not None and self._trace is None:
            where = (self.page, self.print_mode, self.allow_html, heading_shift)
            key = ("html", type(self), Same(tuple(tokens)), owner, where)
        if key is not None and self.memo is not None:
            kept = self.memo.get(key)
            if kept is not MISSING and self._still(owner, cast(_Trace, kept)):
                return cast(_Trace, kept).html  # the very object: pages find it by identity
            self._trace = _Trace()
        self.owner = owner
        try:
            html = render_html(tokens, self, heading_shift, self.allow_html)
        finally:
            self.owner = ""
            trace, self._trace = self._trace, None
        markup = Markup(html)
        if key is not None and self.memo is not None and trace is not None and trace.whole:
            trace.html = markup
            trace.every = self.resolved.every_target()
            self.memo.put(key, trace)
        return markup

    def target(self, target_id: str) -> Target | None:
        return self.resolved.targets.get(target_id)

    def _still(self, owner: str, trace: _Trace) -> bool:
        """True when `trace` holds for this page now: the same targets, and the same ids
        for its headings (which are then taken, as rendering would take them)."""
        targets = self.resolved.targets
        every = self.resolved.every_target()
        if trace.every is not every:
            if any(targets.get(i) != target for i, target in trace.targets.items()):
                return False
            trace.every = every  # the targets it read are the same in this build's
        suffixes: dict[str, int] = {}
        taken: set[str] = set()
        for text, anchor in trace.headings:
            base = self._base(owner, text)
            n = suffixes.get(base) or self.suffixes.get(base, 1)
            n, given = self._free(base, n, taken)
            if given != anchor:
                return False
            suffixes[base] = n
            taken.add(given)
        self.suffixes.update(suffixes)
        self.used_ids |= taken
        return True


@dataclass(slots=True)
class _Trace:
    """What rendering one body read of its page: the targets it looked up (None: not
    found), the ids its headings were given, and whether it read only these (`whole`)."""

    targets: dict[str, Target | None] = field(default_factory=dict)
    headings: list[tuple[str, str]] = field(default_factory=list)
    whole: bool = True
    html: Markup = field(default_factory=Markup)
    every: object = None
    """The build's `Resolved.every_target()` the targets were last found the same in."""
