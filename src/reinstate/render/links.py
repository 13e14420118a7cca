"""Write references for one HTML page: relative site links, or same-document links in print.

A `PageLinks` belongs to one output page; it knows where that page lives, so every link it
writes is relative (the site works from `file://` and from any sub-path of a server), and it
keeps heading ids unique on the page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence
from html import escape

from markdown_it.token import Token
from markupsafe import Markup

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
    ) -> None:
        self.resolved = resolved
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
        target = self.resolved.targets.get(target_id)
        if target is None:
            return f'<span class="xref unresolved">{escape(text or target_id)}</span>'
        return str(self.link(target, text))

    def anchor_href(self, anchor: str) -> str | None:
        target = self.resolved.targets.get(anchor)
        return self.href(target) if target is not None else None

    def directive(self, name: str, argument: str, token: Token, lead_in: bool = False) -> str:
        if name in ADMONITIONS:
            inner = render_html(fence_tokens(token, self.allow_html), self, 0, self.allow_html)
            title = escape(argument or name.capitalize())
            return (
                f'<aside class="admonition {name}"><p class="admonition-title">{title}</p>\n'
                f"{inner}</aside>\n"
            )
        block = self.blocks.get(name)
        return block(argument, lead_in) if block is not None else ""

    def heading_id(self, text: str) -> str:
        base = f"{self.owner}-{slugify(text)}" if self.owner else slugify(text)
        # Counting on from the last suffix given to `base` keeps 40,000 headings of the
        # same text linear; counting from 2 each time would be quadratic.
        n = self.suffixes.get(base, 1)
        anchor = base if n == 1 else f"{base}-{n}"
        while anchor in self.used_ids:
            n += 1
            anchor = f"{base}-{n}"
        self.suffixes[base] = n
        self.used_ids.add(anchor)
        return anchor

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
        return posixpath.relpath(path, posixpath.dirname(self.page) or ".")

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
        return Markup('<a class="xref xref-{}" href="{}" title="{}">{}</a>').format(
            target.kind, self.href(target) or "#", title, text or target.label
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
        """`tokens` of the body of `owner` (a prepared copy of its parsed body) as HTML."""
        self.owner = owner
        html = render_html(tokens, self, heading_shift, self.allow_html)
        self.owner = ""
        return Markup(html)

    def target(self, target_id: str) -> Target | None:
        return self.resolved.targets.get(target_id)
