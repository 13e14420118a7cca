"""Amazon's own text (a notice, a reply) as written: its paragraphs, lists and short lines.

Authors paste Amazon's messages into YAML block scalars, often re-wrapped at their editor's
width. Quoting them as one run-on paragraph loses what the reviewer recognises (the
greeting, the "--" list of what is missing, the sign-off), while keeping every line break
keeps the author's wrapping. `verbatim_blocks` keeps the structure and joins only wrapped
lines:

- a blank line separates paragraphs;
- a line that starts with `-`, `--`, `*`, `•` or `1.`/`1)` is a list item; an indented
  line after it continues the item;
- a line stays on its own (a greeting, a closing, a sign-off, a lead-in) when it is short
  and ends in `,` or `:`, when a list item follows it, when it ends a sentence well short
  of the paragraph's longest line, or when it is a short line after such a line;
- any other line break is a wrap, and becomes a space.

Every output (the letter's quote, the dashboard's timeline and notice) renders these
blocks, so a reply reads the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_ITEM = re.compile(r"\s*(?:(-{1,2}|[*•·–—])|(\d{1,3})[.)])\s+(\S.*)")
_SHORT_WORDS = 6
_RAGGED = 0.75
"""A sentence that ends this far short of the paragraph's longest line ends a line."""


@dataclass(frozen=True, slots=True)
class VerbatimBlock:
    """A paragraph (`lines`: its lines, joined where the author only wrapped) or a list."""

    kind: str
    """lines | bullets | numbers"""
    lines: tuple[str, ...]
    tight: bool = False
    """Written right under the block before it, with no blank line (a list under its
    lead-in)."""


def verbatim_blocks(text: str | None) -> tuple[VerbatimBlock, ...]:
    """The paragraphs and lists of `text`, in order."""
    blocks: list[VerbatimBlock] = []
    normal = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    for paragraph in re.split(r"\n[ \t]*\n", normal.strip("\n")):
        lines = [line.rstrip() for line in paragraph.split("\n") if line.strip()]
        found = _paragraph(lines)
        blocks += found[:1] + [VerbatimBlock(b.kind, b.lines, True) for b in found[1:]]
    return tuple(blocks)


def _paragraph(lines: list[str]) -> list[VerbatimBlock]:
    blocks: list[VerbatimBlock] = []
    kind, current = "", list[str]()  # the block being built
    widest = max((len(line.strip()) for line in lines), default=0)
    kept = False  # the previous line stood on its own
    for n, raw in enumerate(lines):
        item = _ITEM.fullmatch(raw)
        if item is not None:
            item_kind = "numbers" if item.group(2) else "bullets"
            if kind != item_kind and current:
                blocks.append(VerbatimBlock(kind, tuple(current)))
                current = []
            kind = item_kind
            current.append(item.group(3).strip())
            continue
        line = raw.strip()
        if kind in ("bullets", "numbers") and raw[:1].isspace():
            current[-1] += " " + line  # an indented line continues the item
            continue
        if kind != "lines":
            if current:
                blocks.append(VerbatimBlock(kind, tuple(current)))
            kind, current, kept = "lines", [], True
        if current and not kept:
            current[-1] += " " + line
        else:
            current.append(line)
        following = lines[n + 1] if n + 1 < len(lines) else ""
        kept = _stands_alone(line, widest, kept) or bool(_ITEM.fullmatch(following))
    if current:
        blocks.append(VerbatimBlock(kind, tuple(current)))
    return blocks


def _stands_alone(line: str, widest: int, after_kept: bool) -> bool:
    """Whether the line ends where the author ended it (not a wrap)."""
    words = len(line.split())
    if line.endswith((",", ":")) and words <= _SHORT_WORDS:
        return True  # "Hello,", "Regards,", "Please provide the following:"
    if line.endswith((".", "!", "?")) and len(line) < _RAGGED * widest:
        return True
    return after_kept and words <= _SHORT_WORDS and not line.endswith((".", ",", ";"))


def plain_lines(text: str | None) -> list[str]:
    """`text` as plain text lines (see `lines_of`)."""
    return lines_of(verbatim_blocks(text))


def lines_of(blocks: Sequence[VerbatimBlock]) -> list[str]:
    """The blocks as plain text lines: paragraphs separated by a blank line, lists as
    `- ` or `1. ` lines right under their lead-in."""
    out: list[str] = []
    for block in blocks:
        if out and not block.tight:
            out.append("")
        if block.kind == "bullets":
            out += [f"- {line}" for line in block.lines]
        elif block.kind == "numbers":
            out += [f"{n}. {line}" for n, line in enumerate(block.lines, start=1)]
        else:
            out += list(block.lines)
    return out
