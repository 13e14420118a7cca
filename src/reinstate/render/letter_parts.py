"""What the escalation letter says, composed from the case, independent of the output format.

The letter's generated blocks (key points, missed points, prior submissions, enclosures) and,
for a letter with an empty body, the whole text are built here once as `Run`s (text that may
point at a target) grouped into `Point`s and `Block`s. The HTML page, the PDF bundle, the
plain text and the e-mail all render these same parts, so they can never disagree with each
other or with the plan: every label and date comes from the resolved case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.model import Action, Case, Exhibit, Item, Letter, Measure, Submission
from reinstate.resolve import PLAN_PAGE, Resolved
from reinstate.theme import long_date

ASK_NAMES = {
    "senior_investigator": "a Senior Investigator",
    "seller_performance_manager": "a Seller Performance Manager",
}
CHANNEL_NAMES = {
    "appeal_form": "appeal form",
    "view_appeal": "View appeal",
    "account_health_call": "Account Health call",
    "escalation_email": "escalation e-mail",
    "ip_appeal": "IP complaint appeal",
    "other": "other channel",
}
OUTCOME_NAMES = {
    "pending": "pending",
    "rejected": "rejected",
    "accepted": "accepted",
    "no_response": "no response",
}
BLOCK_TITLES = {
    "key-points": "Key points of the revised plan",
    "missed-points": "Points the previous review may have missed",
    "prior-submissions": "Prior submissions",
    "enclosures": "Enclosures",
}


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text; with `ref` it links to that target (its entry in the plan)."""

    text: str
    ref: str = ""
    """Target id the text links to ('' = plain text)."""
    strong: bool = False
    file: bool = False
    """Link to the exhibit's file instead of its entry in the plan (enclosures)."""
    page: str = ""
    """An output page to link to instead of a target (the plan itself); site only."""


Line = tuple[Run, ...]


@dataclass(frozen=True, slots=True)
class Point:
    """One entry of a generated list: a head line, notes under it, and a verbatim quote."""

    head: Line
    notes: tuple[Line, ...] = ()
    quote: str = ""
    """Text quoted as written (Amazon's reply), whitespace collapsed."""
    quote_intro: str = ""
    """What introduces the quote, e.g. "Amazon's reply of 2025-03-09"."""


@dataclass(frozen=True, slots=True)
class Block:
    """A generated list, placed by a directive or by the composed letter."""

    name: str
    """key-points | missed-points | prior-submissions | enclosures | causes"""
    title: str
    """The heading above the list ('' for none)."""
    points: tuple[Point, ...]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the composed letter."""

    runs: Line


@dataclass(frozen=True, slots=True)
class LetterContent:
    """Everything the letter shows apart from the author's own body."""

    letter: Letter
    date: str
    """The letter's date, written out: March 17, 2025."""
    to: str
    subject: str
    blocks: dict[str, Block]
    """The four directive blocks by name."""
    composed: tuple[Paragraph | Block, ...]
    """The letter text used when the body is empty."""
    signature: tuple[str, ...]
    """The lines under "Sincerely,"."""


def collapse(text: str) -> str:
    """Whitespace runs (line breaks included) become one space."""
    return re.sub(r"\s+", " ", text).strip()


def default_subject(case: Case) -> str:
    """`Request for senior review of <store> (<token>)`, with the prior case ids."""
    subject = (
        f"Request for senior review of {case.seller.store_name} ({case.seller.merchant_token})"
    )
    prior = [cid for sub in case.submissions for cid in sub.case_ids]
    if prior:
        subject += ", case " + ", ".join(prior)
    return subject


def compose_letter(resolved: Resolved) -> LetterContent | None:
    """The parts of the case's letter, or None when the case has no letter."""
    case = resolved.case
    letter = case.letter
    if letter is None:
        return None
    blocks = {
        "key-points": Block("key-points", key_points_title(case), key_points(resolved)),
        "missed-points": Block(
            "missed-points", BLOCK_TITLES["missed-points"], missed_points(resolved, letter)
        ),
        "prior-submissions": Block(
            "prior-submissions", BLOCK_TITLES["prior-submissions"], prior_submissions(case)
        ),
        "enclosures": Block("enclosures", BLOCK_TITLES["enclosures"], enclosures(resolved)),
    }
    return LetterContent(
        letter,
        long_date(letter.date),
        letter.to,
        letter.subject or default_subject(case),
        blocks,
        composed_text(resolved, letter, blocks),
        signature_lines(case),
    )


def item_head(resolved: Resolved, item_id: str) -> list[Run]:
    """`<label>: <title>`, the label linking to the item ('Notes' alone for a page)."""
    target = resolved.targets.get(item_id)
    if target is None:
        return [Run(item_id, strong=True)]
    runs = [Run(target.label, ref=item_id, strong=True)]
    if target.title and target.title != target.label:
        runs.append(Run(f": {target.title}"))
    return runs


def exhibits_behind(resolved: Resolved, item: Item) -> list[str]:
    """Ids of the exhibits an item names in `evidence` or cites in its body, in label order."""
    named = set(getattr(item, "evidence", ()))
    cited = {r.target for r in resolved.references if r.source == item.id and r.resolved}
    wanted = named | cited
    return [e.id for e in resolved.case.exhibits if e.id in wanted and e.id != item.id]


def item_date(item: Item) -> str:
    """The date that matters for an item, as the plan shows it."""
    if isinstance(item, Action) and item.date is not None:
        return f"completed {item.date}"
    if isinstance(item, Measure) and item.starts is not None:
        return f"in effect since {item.starts}"
    if isinstance(item, Exhibit) and item.issued is not None:
        return f"issued {item.issued}"
    return ""


def key_points(resolved: Resolved) -> tuple[Point, ...]:
    """Every item marked `key: true`, in label order, with its date and its exhibits."""
    points = []
    for item in resolved.case.items:
        if not item.key or item.kind == "letter":
            continue
        runs = item_head(resolved, item.id)
        details: list[Run] = []
        when = item_date(item)
        if when:
            details.append(Run(when))
        for n, exhibit in enumerate(exhibits_behind(resolved, item)):
            sep = "; " if n == 0 and details else (", " if n else "")
            details += [Run(sep), Run(resolved.label(exhibit), ref=exhibit)]
        if details:
            runs += [Run(" ("), *details, Run(")")]
        points.append(Point(_merge(runs)))
    return tuple(points)


def missed_points(resolved: Resolved, letter: Letter) -> tuple[Point, ...]:
    """Each `missed` entry: the item it refers to, then what the last review missed."""
    return tuple(
        Point(_merge(item_head(resolved, m.ref)), notes=((Run(collapse(m.note)),),))
        for m in letter.missed
    )


def prior_submissions(case: Case) -> tuple[Point, ...]:
    """Date, channel, case ids and outcome of every submission; the latest reply quoted."""
    with_reply = [s for s in case.submissions if s.reply]
    quoted = with_reply[-1] if with_reply else None
    points = []
    for sub in case.submissions:
        text = f"{sub.date}, {CHANNEL_NAMES.get(sub.channel, sub.channel)}"
        if sub.case_ids:
            text += f", case {', '.join(sub.case_ids)}"
        text += f": {outcome_text(sub)}."
        if sub is quoted and sub.reply:
            intro = f"Amazon's reply of {sub.reply_date}" if sub.reply_date else "Amazon's reply"
            points.append(Point((Run(text),), quote=collapse(sub.reply), quote_intro=intro))
        else:
            points.append(Point((Run(text),)))
    return tuple(points)


def outcome_text(sub: Submission) -> str:
    outcome = OUTCOME_NAMES.get(sub.outcome, sub.outcome)
    if sub.reply_date is not None and sub.outcome in ("rejected", "accepted"):
        return f"{outcome} on {sub.reply_date}"
    return outcome


def key_points_title(case: Case) -> str:
    """'Key points of the revised plan', of 'the plan' before any submission, of 'the appeal'."""
    noun = "appeal" if case.dispute else "plan"
    return f"Key points of the {'revised ' if case.submissions else ''}{noun}"


def plan_name(case: Case) -> str:
    """What the letter calls the plan: 'the revised plan of action', 'the appeal' ..."""
    noun = "appeal" if case.dispute else "plan of action"
    return f"the revised {noun}" if case.submissions else f"the {noun}"


def enclosures(resolved: Resolved) -> tuple[Point, ...]:
    """The plan itself, then every exhibit by label, each linking to its file."""
    case = resolved.case
    plan = plan_name(case)
    points = [Point((Run(plan[0].upper() + plan[1:], page=PLAN_PAGE),))]
    for exhibit in case.exhibits:
        target = resolved.targets.get(exhibit.id)
        if target is None:
            continue
        runs = [Run(target.label, ref=exhibit.id, strong=True, file=True)]
        runs.append(Run(f": {exhibit.title}"))
        points.append(Point(tuple(runs)))
    return tuple(points)


HISTORY_NAMES = {
    "appeal_form": "appeal",
    "view_appeal": "appeal through View appeal",
    "account_health_call": "Account Health call",
    "escalation_email": "escalation e-mail",
    "ip_appeal": "IP complaint appeal",
    "other": "submission",
}


def history_sentence(sub: Submission) -> str:
    """`Our appeal of 2025-03-07 was rejected on 2025-03-09.` and the like."""
    what = f"Our {HISTORY_NAMES.get(sub.channel, 'submission')} of {sub.date}"
    if sub.outcome in ("rejected", "accepted"):
        return f"{what} was {outcome_text(sub)}."
    if sub.outcome == "no_response":
        return f"{what} has had no response."
    return f"{what} is still under review."


def composed_text(
    resolved: Resolved, letter: Letter, blocks: dict[str, Block]
) -> tuple[Paragraph | Block, ...]:
    """The whole letter for an empty body: greeting, ask, history, causes, the four blocks."""
    case = resolved.case
    ask = ASK_NAMES.get(letter.ask, ASK_NAMES["senior_investigator"])
    request = (
        f"We respectfully ask that {ask} review {plan_name(case)} for "
        f"{case.seller.store_name} (Seller ID {case.seller.merchant_token})."
    )
    last = case.last_submission
    if last is not None:
        request += " " + history_sentence(last)
    notice = f"{case.violation.type.replace('_', ' ')} notice of {case.violation.notice_date}"
    if case.dispute:
        intro = f"We believe the {notice} was issued in error, for these reasons:"
        answer = "The appeal sets out the facts and the evidence for each of them."
    else:
        intro = f"We have identified the root causes of the {notice}:"
        answer = (
            "The plan answers each root cause with completed corrective actions and "
            "preventive measures that are now in effect."
        )
    causes = tuple(Point(_merge(item_head(resolved, c.id))) for c in case.causes)
    parts: list[Paragraph | Block] = [
        Paragraph((Run(f"Dear {letter.to},"),)),
        Paragraph((Run(request),)),
        Paragraph((Run(intro),)),
        Block("causes", "", causes),
        Paragraph((Run(answer),)),
        *(blocks[name] for name in BLOCK_TITLES if blocks[name].points),
        Paragraph((Run(THANKS),)),
    ]
    return tuple(parts)


THANKS = "Thank you for your review. We will gladly provide any further information you need."


def signature_lines(case: Case) -> tuple[str, ...]:
    """Who signs, the business, the store and Seller ID, and how to reach them."""
    seller = case.seller
    lines: list[str] = []
    signature = case.effective_signature
    if signature is not None:
        lines.append(signature.name)
        if signature.title:
            lines.append(signature.title)
    lines.append(seller.legal_name)
    lines.append(f"{seller.store_name}, Seller ID {seller.merchant_token}")
    lines.append(seller.email)
    if seller.contact is not None and seller.contact.phone:
        lines.append(seller.contact.phone)
    return tuple(lines)


def _merge(runs: list[Run]) -> Line:
    """Adjacent plain runs joined, empty ones dropped (keeps the HTML and text tidy)."""
    merged: list[Run] = []
    for run in runs:
        if not run.text:
            continue
        if merged and not run.ref and not run.page and not run.strong:
            last = merged[-1]
            if not last.ref and not last.page and not last.strong:
                merged[-1] = Run(last.text + run.text)
                continue
        merged.append(run)
    return tuple(merged)
