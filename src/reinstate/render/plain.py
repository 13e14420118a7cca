"""The plain-text exports: `plan-of-action.txt` and `escalation-letter.txt`, with their counts.

The plan's sections follow Amazon's three questions (root causes, corrective actions,
preventive measures), after the opening and before the exhibit index, each under its
heading on a line of its own, so that a seller can copy one section into one field of the
appeal form. Each
section's words and characters are counted as the text under its heading appears in the
file (the heading line itself is not counted), so the numbers match what is pasted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from reinstate.model import Action, Case, Cause, Exhibit, Item, Measure
from reinstate.render.letter_parts import Block, Line, Paragraph, compose_letter
from reinstate.render.site import OutputLink, plan_title
from reinstate.render.text import WIDTH, TextRenderer, count_words, glue, wrap
from reinstate.resolve import SECTION_TITLES, Resolved
from reinstate.theme import humanize

if TYPE_CHECKING:
    from reinstate.build import CaseBuild

PLAN_TEXT = "plan-of-action.txt"
LETTER_TEXT = "escalation-letter.txt"


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a text export, as it appears under its heading."""

    name: str
    text: str

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class PlainText:
    """A text export and its sections (for the counts)."""

    text: str
    sections: tuple[Section, ...]

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def chars(self) -> int:
        return len(self.text)


def labels(resolved: Resolved, ids: Sequence[str]) -> str:
    """`Root Cause 1, Root Cause 2 and Exhibit A`, each label unbreakable."""
    names = [glue(resolved.label(i)) for i in ids]
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def item_meta(resolved: Resolved, item: Item) -> list[str]:
    """The facts the plan page shows under an item's title, as sentences."""
    facts: list[str] = []
    # A cause's "answered by" is left out: each action and measure names what it addresses,
    # and forward references would only lengthen what the seller pastes.
    # A date still to fill in (None) is left out: the checks report it as an error.
    if isinstance(item, Action) and item.date is not None:
        facts.append(f"Completed {item.date}.")
    if isinstance(item, Measure):
        facts += [
            *([f"In effect since {item.starts}."] if item.starts is not None else []),
            f"Owner: {item.owner}.",
            f"Runs {item.cadence}.",
        ]
    if isinstance(item, Action | Measure):
        facts.append(f"Addresses {labels(resolved, resolved.in_label_order(item.addresses))}.")
    if isinstance(item, Cause | Action | Measure) and item.evidence:
        facts.append(f"Evidence: {labels(resolved, resolved.in_label_order(item.evidence))}.")
    if isinstance(item, Exhibit):
        facts += exhibit_facts(item)
    return [" ".join(facts)] if facts else []


EXHIBIT_TYPE_NAMES = {
    "invoice": "Invoice",
    "loa": "Letter of authorisation",
    "utility_bill": "Utility bill",
    "id": "Identity document",
    "trademark": "Trademark registration",
    "counter_notice": "Counter-notice",
    "lab_report": "Lab report",
    "photo": "Photo",
    "sop": "Standard operating procedure",
    "training_log": "Training log",
    "screenshot": "Screenshot",
    "correspondence": "Correspondence",
    "order_list": "Order list",
    "other": "Document",
}


def exhibit_facts(exhibit: Exhibit) -> list[str]:
    kind = EXHIBIT_TYPE_NAMES.get(exhibit.type or "other", "Document")
    first = kind + (f", issued {exhibit.issued}" if exhibit.issued else "")
    issuer = exhibit.issuer
    if issuer is not None:
        parts = [issuer.name, issuer.address, issuer.phone, issuer.email, issuer.website]
        first += ", by " + ", ".join(p for p in parts if p)
    facts = [first + "."]
    if exhibit.covers:
        facts.append("Covers " + "; ".join(f"{a}: {n} units" for a, n in exhibit.covers) + ".")
    facts.append(f"File: {exhibit.file.rsplit('/', 1)[-1]}.")
    return facts


def item_text(renderer: TextRenderer, item: Item, width: int) -> list[str]:
    """Label and title, the facts line, the highlights, then the body."""
    resolved = renderer.resolved
    lines = wrap(f"{glue(resolved.label(item.id))}: {item.title}", width)
    for fact in item_meta(resolved, item):
        lines += wrap(fact, width)
    if isinstance(item, Exhibit) and item.highlights:
        lines += wrap("Please look at: " + "; ".join(item.highlights) + ".", width)
    body = renderer.lines(renderer.resolved.bodies[item.id].tokens, width)
    return [*lines, "", *body] if body else lines


def plan_header(case: Case) -> list[str]:
    seller, violation = case.seller, case.violation
    lines = [
        plan_title(case),
        f"{seller.legal_name} ({seller.store_name}), Seller ID {seller.merchant_token}, "
        f"{case.marketplace}",
        f"Notice of {violation.notice_date}: {humanize(violation.type)}"
        + (f" ({violation.policy})" if violation.policy else ""),
    ]
    if violation.asins:
        lines.append("ASINs: " + ", ".join(violation.asins))
    if violation.orders:
        lines.append("Orders: " + ", ".join(violation.orders))
    prior = [cid for sub in case.submissions for cid in sub.case_ids]
    if prior:
        lines.append("Prior case IDs: " + ", ".join(prior))
    return lines


def plan_text(resolved: Resolved, width: int = WIDTH, allow_html: bool = False) -> PlainText:
    """The plan of action as plain text, in the order of Amazon's three questions."""
    case = resolved.case
    renderer = TextRenderer(resolved, allow_html=allow_html)
    sections: list[Section] = []
    opening = renderer.body("", width)
    if opening:
        sections.append(Section("Opening", opening))
    for kind, items in (
        ("cause", case.causes),
        ("action", case.actions),
        ("measure", case.measures),
        ("exhibit", case.exhibits),
    ):
        if items:
            blocks = ["\n".join(item_text(renderer, item, width)) for item in items]
            sections.append(Section(SECTION_TITLES[kind], "\n\n".join(blocks)))
    parts = ["\n".join(wrap_lines(plan_header(case), width))]
    for section in sections:
        heading = "" if section.name == "Opening" else section.name + "\n\n"
        parts.append(heading + section.text)
    signature = plan_signature(case)
    if signature:
        parts.append(signature)
    return PlainText("\n\n".join(parts) + "\n", tuple(sections))


def plan_signature(case: Case) -> str:
    signature = case.effective_signature
    if signature is None:
        return ""
    lines = [signature.name, *([signature.title] if signature.title else [])]
    return "\n".join(["Sincerely,", "", *lines, case.seller.legal_name, case.seller.email])


def wrap_lines(lines: Sequence[str], width: int) -> list[str]:
    return [out for line in lines for out in wrap(line, width)]


def line_text(line: Line) -> str:
    """Runs as text: labels (runs that link) kept on one line."""
    return "".join(glue(run.text) if run.ref and run.strong else run.text for run in line)


def block_lines(block: Block, width: int = WIDTH) -> list[str]:
    """A generated list: its title, then one `- ` entry per point, notes indented under it."""
    if not block.points:
        return []
    lines = wrap(block.title + ":", width) if block.title else []
    for point in block.points:
        lines += wrap(line_text(point.head), width, "- ", "  ")
        for note in point.notes:
            lines += wrap(line_text(note), width, "  ", "  ")
        if point.quote:
            lines += wrap(f'{point.quote_intro}: "{point.quote}"', width, "  ", "  ")
    return lines


def letter_text(
    resolved: Resolved, width: int = WIDTH, allow_html: bool = False, head: bool = True
) -> PlainText | None:
    """The escalation letter as plain text, or None when the case has no letter.

    `head=False` leaves out the date, addressee and subject (an e-mail has them as headers).
    """
    content = compose_letter(resolved)
    if content is None:
        return None
    blocks = {name: partial(block_lines, block) for name, block in content.blocks.items()}
    renderer = TextRenderer(resolved, blocks, allow_html)
    body_tokens = resolved.bodies[content.letter.id].tokens
    if body_tokens:
        body = renderer.render(body_tokens, width)
    else:
        parts = [
            "\n".join(wrap(line_text(p.runs), width))
            if isinstance(p, Paragraph)
            else "\n".join(block_lines(p, width))
            for p in content.composed
        ]
        body = "\n\n".join(p for p in parts if p)
    top = [content.date, "", *wrap(f"To: {content.to}", width)]
    top += wrap(f"Subject: {content.subject}", width)
    signature = "\n".join(["Sincerely,", "", *content.signature])
    parts = [*(["\n".join(top)] if head else []), body, signature]
    text = "\n\n".join(parts) + "\n"
    return PlainText(text, (Section("Letter", body),))


def count_notes(rel: str, plain: PlainText) -> list[str]:
    """Lines for `reinstate build`: the file's totals, then one line per section."""
    notes = [f"{rel}: {plain.words:,} words, {plain.chars:,} characters"]
    if len(plain.sections) > 1:
        size = max(len(s.name) for s in plain.sections)
        for s in plain.sections:
            notes.append(
                f"  {s.name.lower():<{size}}  {s.words:>5,} words  {s.chars:>6,} characters"
            )
    return notes


def add_text(build: CaseBuild, rel: str, plain: PlainText, title: str) -> None:
    build.add(rel, plain.text)
    counts = (
        tuple((s.name, s.words, s.chars) for s in plain.sections) if len(plain.sections) > 1 else ()
    )
    note = f"{plain.words:,} words, {plain.chars:,} characters"
    build.links.append(OutputLink(title, rel, note, counts))
    build.notes.extend(count_notes(rel, plain))


def render_texts(build: CaseBuild) -> None:
    """Build step: the plain-text plan and, when the case has one, the plain-text letter."""
    allow_html = build.config.allow_html
    add_text(
        build,
        PLAN_TEXT,
        plan_text(build.resolved, allow_html=allow_html),
        "Plan of action (plain text)",
    )
    letter = letter_text(build.resolved, allow_html=allow_html)
    if letter is not None:
        add_text(build, LETTER_TEXT, letter, "Escalation letter (plain text)")
