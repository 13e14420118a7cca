"""Markdown tokens → plain text for pasting into a plain textarea (Seller Central's forms).

No Markdown syntax is left: emphasis loses its markers, references become their labels
(`Root Cause 1`, `Exhibit B`, or the text written in the role), links keep their text and
show an external address in parentheses, lists become `- ` (or `1. `) lines whose
continuation lines are indented under the text, quotes and code are indented by four
spaces. Paragraphs are wrapped at `WIDTH` columns; a word longer than the line (a URL) is
never broken, and a label such as "Root Cause 1" never breaks across lines.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from markdown_it.token import Token

from reinstate.markdown import directive_of, parse, split_role
from reinstate.resolve import ADMONITIONS, Resolved

WIDTH = 72
"""Columns per line: fits a reviewer's case view and the e-mail convention (RFC 5322 ≤ 78)."""
GLUE = "\ue000"
"""Stands for a space that must not break a line while wrapping (private-use character)."""
QUOTE_INDENT = "    "

TextBlock = Callable[[int], list[str]]
"""A generated block (the letter's key points ...) as lines for a given width."""

_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")


def glue(text: str) -> str:
    """`text` with its spaces made unbreakable for `wrap`."""
    return text.replace(" ", GLUE)


def wrap(text: str, width: int = WIDTH, first: str = "", rest: str = "") -> list[str]:
    """`text` wrapped to `width`; `first` and `rest` prefix the first and following lines.

    A line break in `text` (a Markdown hard break) is kept. Words longer than the line are
    never broken, nor are hyphenated words (dates, ids).
    """
    wrapper = textwrap.TextWrapper(
        width=max(width, 20),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )
    lines: list[str] = []
    for n, piece in enumerate(text.split("\n")):
        if n:
            wrapper.initial_indent = rest
        lines.extend(wrapper.wrap(piece) or [wrapper.initial_indent.rstrip()])
    return [line.replace(GLUE, " ").rstrip() for line in lines]


def indent(lines: Sequence[str], first: str, rest: str | None = None) -> list[str]:
    """Prefix the first line with `first` and the others with `rest` (blank lines stay blank)."""
    rest = " " * len(first) if rest is None else rest
    return [
        ((first if n == 0 else rest) + line).rstrip() if line else ""
        for n, line in enumerate(lines)
    ]


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


class TextRenderer:
    """Renders parsed bodies of one case as plain text."""

    def __init__(
        self,
        resolved: Resolved,
        blocks: Mapping[str, TextBlock] | None = None,
        allow_html: bool = False,
    ) -> None:
        self.resolved = resolved
        self.blocks = dict(blocks or {})
        self.allow_html = allow_html

    def body(self, owner: str, width: int = WIDTH) -> str:
        """The body of item `owner` ('' = the opening in case.md) as text."""
        body = self.resolved.bodies.get(owner)
        if body is None:
            return ""
        return self.render(body.tokens, width)

    def render(self, tokens: Sequence[Token], width: int = WIDTH) -> str:
        return "\n".join(self.lines(tokens, width))

    def lines(self, tokens: Sequence[Token], width: int = WIDTH) -> list[str]:
        return _join(self._blocks(_tree(tokens), width))

    # Blocks -----------------------------------------------------------------------------

    def _blocks(self, nodes: Sequence[_Node], width: int) -> Iterator[list[str]]:
        """Each block-level node as its lines; the caller separates them with blank lines."""
        for node in nodes:
            lines = self._block(node, width)
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            if lines:
                yield lines

    def _block(self, node: _Node, width: int) -> list[str]:
        kind = node.token.type
        if kind in ("paragraph_open", "heading_open", "dt_open"):
            return self._inline_lines(node.children, width)
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(node, width)
        if kind == "blockquote_open":
            inner = _join(self._blocks(node.children, width - len(QUOTE_INDENT)))
            return indent(inner, QUOTE_INDENT)
        if kind in ("code_block", "fence"):
            return indent(node.token.content.rstrip("\n").split("\n"), QUOTE_INDENT)
        if kind == "colon_fence":
            return self._directive(node.token, width)
        if kind == "table_open":
            return self._table(node, width)
        if kind == "dl_open":
            return self._definitions(node, width)
        if kind == "html_block":
            text = " ".join(_TAG.sub("", node.token.content).split())
            return wrap(text, width) if text else []
        return []  # targets, comments, thematic breaks: nothing to show in plain text

    def _inline_lines(self, children: Sequence[_Node], width: int) -> list[str]:
        text = "".join(self.inline(c.token) for c in children if c.token.type == "inline")
        return wrap(text, width) if text.strip() else []

    def _list(self, node: _Node, width: int) -> list[str]:
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
            blocks = list(self._blocks(item.children, width - len(marker)))
            inner = [line for b in blocks for line in b] if tight else _join(blocks)
            if lines and not tight:
                lines.append("")
            lines.extend(indent(inner or [""], marker))
        return lines

    def _definitions(self, node: _Node, width: int) -> list[str]:
        """Each term on its own line, its definition indented right under it."""
        lines: list[str] = []
        for child in node.children:
            if child.token.type == "dt_open":
                if lines:
                    lines.append("")
                lines += self._inline_lines(child.children, width)
            else:
                lines += indent(_join(self._blocks(child.children, width - 2)), "  ")
        return lines

    def _directive(self, token: Token, width: int) -> list[str]:
        found = directive_of(token)
        if found is None:
            return wrap(" ".join(token.content.split()), width)
        name, argument = found
        if name in ADMONITIONS:
            inner = self.lines(parse(token.content, self.allow_html), width - 2)
            title = (argument or name.capitalize()).rstrip(":") + ":"
            return [*wrap(title, width), *indent(inner, "  ")]
        block = self.blocks.get(name)
        return block(width) if block is not None else []

    def _table(self, node: _Node, width: int) -> list[str]:
        rows = [
            [self.inline_cells(cell) for cell in row.children]
            for section in node.children
            for row in section.children
        ]
        if not rows:
            return []
        columns = max(len(r) for r in rows)
        sizes = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(columns)]
        if sum(sizes) + 2 * (columns - 1) <= width:
            return [
                "  ".join(cell.ljust(sizes[c]) for c, cell in enumerate(row)).rstrip()
                for row in rows
            ]
        head, *body = rows
        lines = []
        for row in body or [head]:
            pairs = [f"{h}: {v}" if h else v for h, v in zip(head, row, strict=False)]
            lines.extend(wrap("; ".join(pairs), width, "- ", "  "))
        return lines

    def inline_cells(self, cell: _Node) -> str:
        return " ".join(self.inline(c.token) for c in cell.children).replace(GLUE, " ").strip()

    # Inline -----------------------------------------------------------------------------

    def inline(self, token: Token) -> str:
        """An inline token (with its children) as text; spaces in labels are glued."""
        out: list[str] = []
        links: list[tuple[str, int]] = []
        for child in token.children or []:
            kind = child.type
            if kind in ("text", "code_inline"):
                out.append(child.content)
            elif kind == "softbreak":
                out.append(" ")
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
                    out.append(f" ({href})")
        return "".join(out)

    def role(self, content: str) -> str:
        text, target_id = split_role(content)
        if text:
            return text + self.label_after(text, target_id)
        target = self.resolved.targets.get(target_id)
        return glue(target.label) if target is not None else target_id

    def label_after(self, shown: str, target_id: str) -> str:
        """` (Exhibit B)` after a reference written with its own text: plain text has no
        link to follow, so the reader still learns which item is meant."""
        target = self.resolved.targets.get(target_id)
        if target is None or not target.number or target.label in shown.replace(GLUE, " "):
            return ""
        return f" ({glue(target.label)})"


def _join(blocks: Iterator[list[str]] | Sequence[list[str]]) -> list[str]:
    """Blocks separated by one blank line."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return lines


def count_words(text: str) -> int:
    return len(text.split())
