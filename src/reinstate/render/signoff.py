"""The author's own sign-off at the end of a letter body.

The rule (docs/letter.md, "The signature"): a letter body whose last paragraphs start with
a closing, a line that is only "Sincerely,", "Kind regards,", "Yours faithfully," and the
like, followed by at least one more line (the name), keeps its own sign-off and gets no
generated signature block, so the letter is signed once. The lines from the closing to the
end keep their line breaks (in Markdown a single line break is only a space, which ran
"Dana Whitfield" and "Owner" together).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

CLOSINGS = (
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "yours faithfully",
    "faithfully",
    "yours truly",
    "respectfully",
    "respectfully yours",
    "yours respectfully",
    "regards",
    "kind regards",
    "best regards",
    "warm regards",
    "warmest regards",
    "with regards",
    "with kind regards",
    "with best regards",
    "best wishes",
    "best",
    "thank you",
    "thanks",
    "many thanks",
    "with thanks",
    "with gratitude",
    "cordially",
    # The closings of the other languages of the generated words (`language:`).
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "freundliche grüße",
    "viele grüße",
    "hochachtungsvoll",
    "cordialement",
    "bien cordialement",
    "veuillez agréer nos salutations distinguées",
    "veuillez agréer mes salutations distinguées",
    "salutations distinguées",
    "atentamente",
    "saludos cordiales",
    "un cordial saludo",
    "cordiali saluti",
    "distinti saluti",
    "敬具",
    "よろしくお願いいたします",
    "よろしくお願い申し上げます",
)
"""Closings of business letters (compared without case and final punctuation): English,
then German, French, Spanish, Italian and Japanese."""
_CLOSING = re.compile(
    r"\s*(?:" + "|".join(re.escape(c) for c in CLOSINGS) + r")\s*[,.!]?\s*", re.IGNORECASE
)
MAX_LINES_AFTER = 8
"""A sign-off is short: a closing and a few lines (name, title, business, contact)."""


def _lines(inline: Token) -> list[str]:
    """The lines of a paragraph as written (soft and hard breaks both end a line)."""
    lines = [""]
    for child in inline.children or []:
        if child.type in ("softbreak", "hardbreak"):
            lines.append("")
        else:
            lines[-1] += child.content
    return lines


def _paragraphs(tokens: Sequence[Token]) -> list[tuple[int, Token]]:
    """(index of the opening token, inline) of each top-level block; a block that is not a
    paragraph has a stand-in token (the blocks after a closing must be paragraphs)."""
    found = []
    for n, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1:
            continue
        if token.type != "paragraph_open":
            found.append((n, Token("other", "", 0)))
            continue
        found.append((n, tokens[n + 1]))
    return found


def signoff_start(tokens: Sequence[Token]) -> tuple[int, int] | None:
    """Where the body's own sign-off starts: (index of its paragraph's inline token, line
    of the closing in that paragraph), or None when the body has no sign-off."""
    after = 0  # lines after the paragraph being looked at, to the end of the body
    for n, inline in reversed(_paragraphs(tokens)):
        if inline.type != "inline":
            return None
        lines = _lines(inline)
        for i in range(len(lines) - 1, -1, -1):
            if _CLOSING.fullmatch(lines[i]) and len(lines) - 1 - i + after:
                return n + 1, i
        after += len(lines)
        if after > MAX_LINES_AFTER:
            return None
    return None


def keep_line_breaks(tokens: Sequence[Token], start: tuple[int, int]) -> tuple[Token, ...]:
    """`tokens` with every soft line break from the closing on made a hard one (copies:
    the parsed body is shared by every output)."""
    index, line = start
    out = list(tokens[:index])
    for n, token in enumerate(tokens[index:]):
        if token.type != "inline" or not token.children:
            out.append(token)
            continue
        breaks = 0
        children = []
        for child in token.children:
            if child.type == "softbreak":
                breaks += 1
                if n > 0 or breaks >= line:
                    child = child.copy(type="hardbreak", tag="br")
            children.append(child)
        copy = token.copy()
        copy.children = children
        out.append(copy)
    return tuple(out)
