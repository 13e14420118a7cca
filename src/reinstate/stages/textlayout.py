"""The plan of action as plain text, laid out in its sections: what `plan-of-action.txt`
holds (the text export writes it, render/plain.py) and what the `length.section` rule
measures, so that both count the same characters.

The plan's sections follow Amazon's three questions (root causes, corrective actions,
preventive measures), after the opening and before the exhibit index, each under its
heading on a line of its own, so that a seller can copy one section into one field of the
appeal form. The text is not wrapped (plaintext.py): each paragraph is one line.

Each section's characters are counted as its text appears in the file under its heading
(the heading line itself is not counted), so the number is what a form field receives;
`text.section_limits` in reinstate.yaml sets a limit per section, which the
`length.section` check enforces on the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from reinstate.core.language import current_language
from reinstate.core.memo import MISSING, Memo, Same
from reinstate.core.model import Action, Case, Cause, Exhibit, Item, Measure
from reinstate.core.vocabulary import (
    _,
    closing,
    exhibit_type_name,
    full_stop,
    join_and,
    join_clauses,
    join_list,
    labelled,
    parenthesised,
    plan_kind,
    plan_sections,
    prior_case_ids,
    request_text,
    scope_name,
    section_title,
    unique,
    units,
    violation_name,
)
from reinstate.stages.load import item_key
from reinstate.stages.plaintext import TextRenderer
from reinstate.stages.resolve import Resolved

SECTION_KEYS = {"cause": "causes", "action": "actions", "measure": "measures"}


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a text export, as it appears under its heading."""

    key: str
    """opening | causes | actions | measures | request | exhibits | letter (the keys of
    `text.section_limits`)."""
    name: str
    """Its heading, as the file shows it ("Root causes")."""
    text: str

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class PlainText:
    """A text export and its sections (for the counts)."""

    text: str
    sections: tuple[Section, ...]

    @property
    def chars(self) -> int:
        return len(self.text)


def labels(resolved: Resolved, ids: Sequence[str]) -> str:
    """`Root Cause 1, Root Cause 2 and Exhibit A`."""
    return join_and([resolved.label(i) for i in unique(ids)])


def item_meta(resolved: Resolved, item: Item) -> list[str]:
    """The facts the plan page shows under an item's title, as sentences."""
    case = resolved.case
    facts: list[str] = []
    # A cause's "answered by" is left out: each action and measure names what it addresses,
    # and forward references would only lengthen what the seller pastes.
    # A date still to fill in (None) is left out: the checks report it as an error.
    if isinstance(item, Action) and item.date is not None:
        facts.append(_("Completed {date}.").format(date=case.date(item.date)))
    if isinstance(item, Measure):
        facts += [
            *(
                [_("In effect since {date}.").format(date=case.date(item.starts))]
                if item.starts is not None
                else []
            ),
            _("Owner: {owner}.").format(owner=item.owner.rstrip(".")),
            _("Runs {cadence}.").format(cadence=item.cadence.rstrip(".")),
        ]
    if isinstance(item, Action | Measure):
        ids = resolved.in_label_order(item.addresses)
        facts.append(_("Addresses {labels}.").format(labels=labels(resolved, ids)))
    if isinstance(item, Cause | Action | Measure) and item.evidence:
        ids = resolved.in_label_order(item.evidence)
        facts.append(_("Evidence: {labels}.").format(labels=labels(resolved, ids)))
    if isinstance(item, Exhibit):
        facts += exhibit_facts(case, item)
    return [" ".join(facts)] if facts else []


def exhibit_facts(case: Case, exhibit: Exhibit) -> list[str]:
    first = exhibit_type_name(exhibit.type)
    if exhibit.issued:
        first += _(", dated {date}").format(date=case.date(exhibit.issued))
    issuer = exhibit.issuer
    if issuer is not None:
        parts = [issuer.name, issuer.address, issuer.phone, issuer.email, issuer.website]
        # After the type's name, whatever its gender ("Invoice, by ..."): a noun ("issuer:")
        # reads right after every type, a participle agrees with one ("emesso", "emessa").
        first += _(", by {issuer}").format(issuer=join_list(p for p in parts if p))
    facts = [full_stop(first)]
    if exhibit.covers:
        covered = join_clauses(labelled(asin, units(n)) for asin, n in exhibit.covers)
        facts.append(_("Covers {covered}.").format(covered=covered))
    facts.append(_("File: {name}.").format(name=exhibit.file.rsplit("/", 1)[-1]))
    return facts


def item_block(renderer: TextRenderer, item: Item) -> str:
    """`item_text` as one block of lines; with the watcher's memo, kept under the item
    (`load.item_key`), its body's tokens and what else the text reads: every target's label
    and number (`Resolved.labels`, whose order is that of the items, which sorts the ids an
    item lists), the language and the date style; a save makes the block of the saved item
    again, not of every item."""
    memo = renderer.memo
    if memo is None or renderer.blocks:
        return "\n".join(item_text(renderer, item))
    resolved = renderer.resolved
    case = resolved.case
    key = (
        "text item",
        item_key(item),
        Same((resolved.bodies[item.id].tokens,)),
        resolved.labels(),
        renderer.allow_html,
        current_language(),
        case.date_style,
    )
    kept = memo.get(key)
    if kept is MISSING:
        kept = "\n".join(item_text(renderer, item))
        memo.put(key, kept)
    return cast(str, kept)


def item_text(renderer: TextRenderer, item: Item) -> list[str]:
    """Label and title, the facts line, the highlights, then the body."""
    resolved = renderer.resolved
    lines = [labelled(resolved.label(item.id), item.title), *item_meta(resolved, item)]
    if isinstance(item, Exhibit) and item.highlights:
        lines.append(_("Please look at: {what}.").format(what=join_clauses(item.highlights)))
    body = renderer.lines(resolved.bodies[item.id].tokens)
    return [*lines, "", *body] if body else lines


def plan_header(case: Case) -> list[str]:
    """The title, who the seller is, the notice and its ids (each once), the metrics."""
    seller, violation = case.seller, case.violation
    notice = _("Notice of {date}: {violation}").format(
        date=case.date(violation.notice_date), violation=violation_name(violation.type)
    )
    who = seller.legal_name
    if seller.store_name.casefold() not in who.casefold():
        who += _(", store {store}").format(store=seller.store_name)
    lines = [
        plan_kind(case),
        case.title,
        _("{who}, Seller ID {token}, {marketplace}").format(
            who=who, token=seller.merchant_token, marketplace=case.marketplace
        ),
        notice + (parenthesised(violation.policy) if violation.policy else ""),
    ]
    if case.scope != "account":
        lines.append(_("Scope: {scope}").format(scope=scope_name(case.scope)))
    for name, ids in (
        (_("ASINs"), unique(violation.asins)),
        (_("Orders"), unique(violation.orders)),
        (_("Complaint IDs"), unique(violation.complaint_ids)),
        (_("Prior case IDs"), prior_case_ids(case)),
    ):
        if ids:
            lines.append(labelled(name, join_list(ids)))
    if violation.metrics:
        lines.append(_("Metrics in the notice:"))
        lines += [
            f"- {metric_text(m.name, m.value, m.target, m.window)}" for m in violation.metrics
        ]
    return lines


def metric_text(name: str, value: str, target: str | None, window: str | None) -> str:
    """`Order Defect Rate: 1.6% (target < 1%; window 60 days)`."""
    extra = [
        _("target {target}").format(target=target) if target else "",
        _("window {window}").format(window=window) if window else "",
    ]
    shown = join_clauses(e for e in extra if e)
    return labelled(name, value) + (parenthesised(shown) if shown else "")


def plan_text(resolved: Resolved, allow_html: bool = False, memo: Memo | None = None) -> PlainText:
    """The plan of action as plain text, in the order of Amazon's three questions (with
    each body's lines as the watcher's `memo` kept them)."""
    case = resolved.case
    renderer = TextRenderer(resolved, allow_html=allow_html, memo=memo)
    sections: list[Section] = []
    opening = renderer.body("")
    if opening:
        sections.append(Section("opening", _("Opening"), opening))
    for kind, heading, items in plan_sections(case):
        if items:
            blocks = [item_block(renderer, item) for item in items]
            sections.append(Section(SECTION_KEYS[kind], heading, "\n\n".join(blocks)))
    if case.dispute:
        sections.append(Section("request", section_title(case, "request"), request_text(case)))
    if case.exhibits:
        blocks = [item_block(renderer, item) for item in case.exhibits]
        sections.append(Section("exhibits", section_title(case, "exhibit"), "\n\n".join(blocks)))
    parts = ["\n".join(plan_header(case))]
    for section in sections:
        heading = "" if section.key == "opening" else section.name + "\n\n"
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
    return "\n".join([closing(), "", *lines, case.seller.legal_name, case.seller.email])
