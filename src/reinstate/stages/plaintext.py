"""Markdown tokens → plain text for pasting into a plain textarea (Seller Central's forms).

No Markdown syntax is left: emphasis loses its markers, references become their labels
(`Root Cause 1`, `Exhibit B`, or the text written in the role), links keep their text and
show an external address in parentheses, lists become `- ` (or `1. `) lines, quotes and
code are indented by four spaces.

The text is not wrapped: each paragraph is one line, so that a text box (Seller Central's
appeal form, a mail client) wraps it at its own width and never breaks a line in the
middle of a sentence. A Markdown hard break (two spaces or `\\` at the end of a line) is
kept. What belongs to a list item or a quote is indented under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import cast

from markdown_it.token import Token

from reinstate.core.language import current_language
from reinstate.core.memo import MISSING, Memo, Same
from reinstate.core.vocabulary import join_clauses, labelled, parenthesised
from reinstate.stages.markdown import (
    directive_of,
    fence_tokens,
    joins_without_space,
    split_role,
)
from reinstate.stages.resolve import ADMONITIONS, Resolved

TABLE_WIDTH = 72
"""A table whose aligned columns fit in this many characters is shown as columns;
a wider one as one `- Header: value; ...` line per row."""
QUOTE_INDENT = "    "

TextBlock = Callable[[str, bool], list[str]]
"""A generated block a directive places (the letter's key points ...) as lines, given the
directive's argument and whether the paragraph before it is a lead-in (ends in a colon)."""

_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def indent(lines: Sequence[str], first: str, rest: str | None = None) -> list[str]:
    """Prefix the first line with `first` and the others with `rest` (blank lines stay blank)."""
    rest = " " * len(first) if rest is None else rest
    return [
        ((first if n == 0 else rest) + line).rstrip() if line else ""
        for n, line in enumerate(lines)
    ]


def one_line(text: str) -> list[str]:
    """A paragraph's text as its lines: one, unless it holds hard breaks."""
    return [line.strip() for line in text.split("\n")]


@dataclass(slots=True)
class _Node:
    token: Token
    children: list[_Node] = field(default_factory=list)


def _tree(tokens: Sequence[Token]) -> list[_Node]:
    """The flat token stream as nested nodes (an `_open` token holds what it encloses)."""
    root: list[_Node] = []
    stack = [root]
    for token in tokens:
        if token.nesting == -1:
            if len(stack) > 1:
                stack.pop()
            continue
        node = _Node(token)
        stack[-1].append(node)
        if token.nesting == 1:
            stack.append(node.children)
    return root


def lead_in(previous: _Node | None) -> bool:
    """Whether `previous` is a paragraph that introduces what follows (ends in a colon)."""
    if previous is None or previous.token.type != "paragraph_open":
        return False
    inline = next((c.token for c in previous.children if c.token.type == "inline"), None)
    return inline is not None and inline.content.rstrip().endswith(":")


class TextRenderer:
    """Renders parsed bodies of one case as plain text."""

    def __init__(
        self,
        resolved: Resolved,
        blocks: Mapping[str, TextBlock] | None = None,
        allow_html: bool = False,
        memo: Memo | None = None,
    ) -> None:
        self.resolved = resolved
        self.blocks = dict(blocks or {})
        self.allow_html = allow_html
        self.memo = memo
        """What the watcher kept of the case's last build: each body's lines (core/memo.py)."""

    def body(self, owner: str) -> str:
        """The body of item `owner` ('' = the opening in case.md) as text."""
        body = self.resolved.bodies.get(owner)
        if body is None:
            return ""
        return self.render(body.tokens)

    def render(self, tokens: Sequence[Token]) -> str:
        return "\n".join(self.lines(tokens))

    def lines(self, tokens: Sequence[Token]) -> list[str]:
        memo = self.memo
        if memo is None or self.blocks:
            return _join(self._blocks(_tree(tokens)))
        # What the lines read besides the tokens: each target's label and number (a
        # reference's text), the language (the words the text adds).
        key = (
            "plain",
            Same((tokens,)),
            self.resolved.labels(),
            self.allow_html,
            current_language(),
        )
        kept = memo.get(key)
        if kept is MISSING:
            kept = tuple(_join(self._blocks(_tree(tokens))))
            memo.put(key, kept)
        return list(cast("tuple[str, ...]", kept))

    # Blocks -----------------------------------------------------------------------------

    def _blocks(self, nodes: Sequence[_Node]) -> Iterator[list[str]]:
        """Each block-level node as its lines; the caller separates them with blank lines.
        A generated block placed right after its lead-in (a paragraph ending in a colon)
        follows it on the next line, as a list follows its introduction."""
        previous: _Node | None = None
        held: list[str] = []
        for node in nodes:
            lines = self._block(node, previous)
            tight = bool(held) and self._generated(node) and lead_in(previous)
            previous = node
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            if not lines:
                continue
            if tight:
                held += lines
                continue
            if held:
                yield held
            held = lines
        if held:
            yield held

    def _generated(self, node: _Node) -> bool:
        """Whether `node` places a generated block (a letter directive)."""
        found = directive_of(node.token) if node.token.type == "colon_fence" else None
        return found is not None and found[0] in self.blocks

    def _block(self, node: _Node, previous: _Node | None) -> list[str]:
        kind = node.token.type
        if kind in ("paragraph_open", "heading_open", "dt_open"):
            return self._inline_lines(node.children)
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(node)
        if kind == "blockquote_open":
            return indent(_join(self._blocks(node.children)), QUOTE_INDENT, QUOTE_INDENT)
        if kind in ("code_block", "fence"):
            return indent(node.token.content.rstrip("\n").split("\n"), QUOTE_INDENT)
        if kind == "colon_fence":
            return self._directive(node.token, lead_in(previous))
        if kind == "table_open":
            return self._table(node)
        if kind == "dl_open":
            return self._definitions(node)
        if kind == "html_block":
            text = " ".join(_TAG.sub("", node.token.content).split())
            return [text] if text else []
        return []  # targets, comments, thematic breaks: nothing to show in plain text

    def _inline_lines(self, children: Sequence[_Node]) -> list[str]:
        text = "".join(self.inline(c.token) for c in children if c.token.type == "inline")
        return one_line(text) if text.strip() else []

    def _list(self, node: _Node) -> list[str]:
        ordered = node.token.type == "ordered_list_open"
        start = int(node.token.attrGet("start") or 1) if ordered else 1
        tight = all(
            c.token.hidden
            for item in node.children
            for c in item.children
            if c.token.type == "paragraph_open"
        )
        lines: list[str] = []
        for n, item in enumerate(node.children):
            marker = f"{start + n}. " if ordered else "- "
            blocks = list(self._blocks(item.children))
            inner = [line for b in blocks for line in b] if tight else _join(blocks)
            if lines and not tight:
                lines.append("")
            lines.extend(indent(inner or [""], marker))
        return lines

    def _definitions(self, node: _Node) -> list[str]:
        """Each term on its own line, its definition indented right under it."""
        lines: list[str] = []
        for child in node.children:
            if child.token.type == "dt_open":
                if lines:
                    lines.append("")
                lines += self._inline_lines(child.children)
            else:
                lines += indent(_join(self._blocks(child.children)), "  ")
        return lines

    def _directive(self, token: Token, after_lead_in: bool) -> list[str]:
        found = directive_of(token)
        if found is None:
            return [" ".join(token.content.split())]
        name, argument = found
        if name in ADMONITIONS:
            inner = self.lines(fence_tokens(token, self.allow_html))
            title = (argument or name.capitalize()).rstrip(":") + ":"
            return [title, *indent(inner, "  ")]
        block = self.blocks.get(name)
        return block(argument, after_lead_in) if block is not None else []

    def _table(self, node: _Node) -> list[str]:
        rows = [
            [self.inline_cells(cell) for cell in row.children]
            for section in node.children
            for row in section.children
        ]
        if not rows:
            return []
        columns = max(len(r) for r in rows)
        sizes = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(columns)]
        if sum(sizes) + 2 * (columns - 1) <= TABLE_WIDTH:
            return [
                "  ".join(cell.ljust(sizes[c]) for c, cell in enumerate(row)).rstrip()
                for row in rows
            ]
        head, *body = rows
        lines = []
        for row in body or [head]:
            pairs = [labelled(h, v) if h else v for h, v in zip(head, row, strict=False)]
            lines.append("- " + join_clauses(pairs))
        return lines

    def inline_cells(self, cell: _Node) -> str:
        return " ".join(self.inline(c.token) for c in cell.children).strip()

    # Inline -----------------------------------------------------------------------------

    def inline(self, token: Token) -> str:
        """An inline token (with its children) as text."""
        out: list[str] = []
        links: list[tuple[str, int]] = []
        children = token.children or []
        for index, child in enumerate(children):
            kind = child.type
            if kind in ("text", "code_inline"):
                out.append(child.content)
            elif kind == "softbreak":
                out.append("" if joins_without_space(children, index) else " ")
            elif kind == "hardbreak":
                out.append("\n")
            elif kind == "myst_role":
                out.append(self.role(child.content))
            elif kind == "image":
                out.append("".join(c.content for c in child.children or []))
            elif kind == "link_open":
                links.append((str(child.attrGet("href") or ""), len(out)))
            elif kind == "link_close" and links:
                href, at = links.pop()
                shown = "".join(out[at:]).strip()
                if href.startswith("#"):
                    out.append(self.label_after(shown, href[1:]))
                elif _SCHEME.match(href) and href not in (shown, f"mailto:{shown}"):
                    out.append(parenthesised(href))
        return "".join(out)

    def role(self, content: str) -> str:
        text, target_id = split_role(content)
        if text:
            return text + self.label_after(text, target_id)
        target = self.resolved.targets.get(target_id)
        return target.label if target is not None else target_id

    def label_after(self, shown: str, target_id: str) -> str:
        """` (Exhibit B)` after a reference written with its own text: plain text has no
        link to follow, so the reader still learns which item is meant."""
        target = self.resolved.targets.get(target_id)
        if target is None or not target.number or target.label in shown:
            return ""
        return parenthesised(target.label)


def _join(blocks: Iterator[list[str]] | Sequence[list[str]]) -> list[str]:
    """Blocks separated by one blank line."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return lines
