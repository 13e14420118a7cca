"""The plain-text exports: `plan-of-action.txt` and `escalation-letter.txt`, with their counts.

The plan's layout (its sections, as the `length.section` rule measures them too) is
stages/textlayout.py; this module adds the letter, composed from its generated blocks.
The text is not wrapped (stages/plaintext.py): each paragraph is one line. The plan's
word count printed by the build is the one the plan-length rule (R17) uses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from reinstate.core.vocabulary import (
    _,
    closing,
    separator,
)
from reinstate.render.letter_parts import Block, Line, Paragraph, compose_letter
from reinstate.stages.plaintext import TextRenderer, indent
from reinstate.stages.resolve import Resolved
from reinstate.stages.textlayout import PlainText, Section
from reinstate.stages.verbatim import lines_of

PLAN_TEXT = "plan-of-action.txt"
LETTER_TEXT = "escalation-letter.txt"


def line_text(line: Line) -> str:
    return "".join(run.text for run in line)


def heading_line(heading: str) -> str:
    """A heading that introduces the lines under it, ending in the language's colon
    (`Key points:`, `Points clés :`, `要点：`), whatever the heading's own message ends in."""
    colon = separator("label").rstrip()
    return heading.rstrip().rstrip(":：").rstrip("\u202f\u00a0 ") + colon


def block_lines(block: Block, argument: str = "", lead_in: bool = False) -> list[str]:
    """A generated list: its heading, then one `- ` entry per point, notes and quotes
    indented under it."""
    if not block.points:
        return []
    heading = block.heading(argument, lead_in)
    lines = [heading_line(heading)] if heading else []
    for point in block.points:
        lines.append("- " + line_text(point.head))
        lines += ["  " + line_text(note) for note in point.notes]
        if point.quote:
            lines.append("  " + heading_line(point.quote_intro))
            lines += indent(lines_of(point.quote), "    ", "    ")
    return lines


def letter_text(
    resolved: Resolved, allow_html: bool = False, head: bool = True
) -> PlainText | None:
    """The escalation letter as plain text, or None when the case has no letter.

    `head=False` leaves out the date, addressee and subject (an e-mail has them as headers).
    """
    content = compose_letter(resolved)
    if content is None:
        return None
    blocks = {name: partial(block_lines, block) for name, block in content.blocks.items()}
    renderer = TextRenderer(resolved, blocks, allow_html)
    body = renderer.render(content.body) if content.body else composed_text(content.composed)
    top = [
        content.date,
        "",
        _("To: {to}").format(to=content.to),
        _("Subject: {subject}").format(subject=content.subject),
    ]
    parts = [*(["\n".join(top)] if head else []), body]
    if not content.signed:
        parts.append("\n".join([closing(), "", *content.signature]))
    text = "\n\n".join(parts) + "\n"
    return PlainText(text, (Section("letter", _("Letter"), body),))


def composed_text(parts: Sequence[Paragraph | Block]) -> str:
    """The composed letter: paragraphs and blocks separated by a blank line, a list right
    under the sentence that introduces it."""
    text = ""
    for part in parts:
        shown = (
            line_text(part.runs) if isinstance(part, Paragraph) else "\n".join(block_lines(part))
        )
        if shown:
            text += ("\n" if text.endswith(":") else "\n\n" if text else "") + shown
    return text
