"""What the escalation letter says, composed from the case, independent of the output format.

The letter's generated blocks (key points, missed points, prior submissions, enclosures) and,
for a letter with an empty body, the whole text are built here once as `Run`s (text that may
point at a target) grouped into `Point`s and `Block`s. The HTML page, the PDF bundle, the
plain text and the e-mail all render these same parts, so they can never disagree with each
other or with the plan: every label and date comes from the resolved case.
"""

from __future__ import annotations

from dataclasses import dataclass

from markdown_it.token import Token

from reinstate.core.model import Action, Case, Exhibit, Item, Letter, Measure, Submission
from reinstate.core.vocabulary import (
    BLOCK_TITLES,
    DATE_STYLES,
    _,
    block_title,
    channel_name,
    enclosed_plan_name,
    format_date,
    join_list,
    key_points_title,
    missed_points_title,
    outcome_name,
    parenthesised,
    prior_case_ids,
    separator,
    unique,
)
from reinstate.render.compose import (
    THANKS,
    causes_answer,
    causes_intro,
    dispute_request,
    greeting,
    history_sentence,
    notice_sentence,
    request_sentence,
)
from reinstate.render.signoff import keep_line_breaks, signoff_start
from reinstate.stages.resolve import PLAN_PAGE, Resolved
from reinstate.stages.verbatim import VerbatimBlock, verbatim_blocks


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
    quote: tuple[VerbatimBlock, ...] = ()
    """Text quoted as written (Amazon's reply): its paragraphs, lists and short lines."""
    quote_intro: str = ""
    """What introduces the quote, e.g. "Amazon's reply of March 9, 2025"."""


@dataclass(frozen=True, slots=True)
class Block:
    """A generated list, placed by a directive or by the composed letter."""

    name: str
    """key-points | missed-points | prior-submissions | enclosures | causes"""
    title: str
    """The heading above the list ('' for none)."""
    points: tuple[Point, ...]

    def heading(self, argument: str = "", lead_in: bool = False) -> str:
        """The heading where a directive places the block: the directive's argument when
        it has one (`:::{key-points} What changed`), none after the author's own lead-in
        (a paragraph ending in a colon), else the block's own title."""
        if argument:
            return argument
        return "" if lead_in else self.title


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the composed letter."""

    runs: Line


@dataclass(frozen=True, slots=True)
class LetterContent:
    """Everything the letter shows apart from the author's own body."""

    letter: Letter
    date: str
    """The letter's date, in the case's date style: March 17, 2025."""
    to: str
    subject: str
    blocks: dict[str, Block]
    """The four directive blocks by name."""
    composed: tuple[Paragraph | Block, ...]
    """The letter text used when the body is empty."""
    signature: tuple[str, ...]
    """The lines under "Sincerely," ('' when the body is signed by its author)."""
    body: tuple[Token, ...] = ()
    """The author's body as parsed, its own sign-off (if any) with its line breaks kept."""
    signoff_at: int = -1
    """Index in `body` of the paragraph where the author's own sign-off starts (-1: none),
    so that a page or a PDF can keep the sign-off together."""

    @property
    def signed(self) -> bool:
        """The author's body ends with its own sign-off: no signature block is added."""
        return not self.signature


def collapse(text: str) -> str:
    """Whitespace runs (line breaks included) become one space."""
    return " ".join(text.split())


def default_subject(case: Case) -> str:
    """`Request for senior review of <store> (<token>)`, with the prior case ids."""
    subject = _("Request for senior review of {store} ({token})").format(
        store=case.seller.store_name, token=case.seller.merchant_token
    )
    prior = prior_case_ids(case)
    if prior:
        subject += (_(", case ") if len(prior) == 1 else _(", cases ")) + join_list(prior)
    return subject


def compose_letter(resolved: Resolved) -> LetterContent | None:
    """The parts of the case's letter, or None when the case has no letter."""
    case = resolved.case
    letter = case.letter
    if letter is None:
        return None
    blocks = {
        "key-points": Block("key-points", key_points_title(case), key_points(resolved)),
        "changes": Block("changes", changes_title(resolved), changes(resolved)),
        "missed-points": Block(
            "missed-points", missed_points_title(case), missed_points(resolved, letter)
        ),
        "prior-submissions": Block(
            "prior-submissions", block_title("prior-submissions"), prior_submissions(case)
        ),
        "enclosures": Block("enclosures", block_title("enclosures"), enclosures(resolved)),
    }
    tokens = resolved.bodies[letter.id].tokens
    signoff = signoff_start(tokens)
    return LetterContent(
        letter,
        case.date(letter.date),
        letter.to,
        letter.subject or default_subject(case),
        blocks,
        composed_text(resolved, letter, blocks),
        () if signoff is not None else signature_lines(case),
        keep_line_breaks(tokens, signoff) if signoff is not None else tuple(tokens),
        signoff[0] - 1 if signoff is not None else -1,
    )


def changes_title(resolved: Resolved) -> str:
    since = resolved.since
    if since is None:
        return BLOCK_TITLES["changes"]
    return _("What changed since our submission of {date}").format(
        date=resolved.case.date(since.submission.date)
    )


def changes(resolved: Resolved) -> tuple[Point, ...]:
    """The substantive changes since the compared submission, each linked to its item:
    new causes, new or completed actions, new measures, new exhibits (redline.py)."""
    since = resolved.since
    if since is None:
        return ()
    case = resolved.case
    points: list[Point] = []
    for change in since.redline.substantive():
        item = resolved.item(change.id)
        if item is None:
            continue
        when = item_date(case, item)
        if change.completed:
            note = _("now {date}").format(date=when)
        else:
            note = _("newly identified") if change.kind == "cause" else _("new")
            note = f"{note}{separator('list')}{when}" if when else note
        points.append(Point(_merge([*item_head(resolved, change.id), Run(parenthesised(note))])))
    return tuple(points)


def item_head(resolved: Resolved, item_id: str) -> list[Run]:
    """`<label>: <title>`, the label linking to the item ('Notes' alone for a page)."""
    target = resolved.targets.get(item_id)
    if target is None:
        return [Run(item_id, strong=True)]
    runs = [Run(target.label, ref=item_id, strong=True)]
    if target.title and target.title != target.label:
        runs.append(Run(_(": {title}").format(title=target.title)))
    return runs


def exhibits_behind(resolved: Resolved, item: Item) -> list[str]:
    """Ids of the exhibits an item names in `evidence` or cites in its body, in label order."""
    named = set(getattr(item, "evidence", ()))
    cited = {r.target for r in resolved.references if r.source == item.id and r.resolved}
    wanted = named | cited
    return [e.id for e in resolved.case.exhibits if e.id in wanted and e.id != item.id]


def item_date(case: Case, item: Item) -> str:
    """The date that matters for an item, as the plan shows it."""
    if isinstance(item, Action) and item.date is not None:
        return _("completed {date}").format(date=case.date(item.date))
    if isinstance(item, Measure) and item.starts is not None:
        return _("in effect since {date}").format(date=case.date(item.starts))
    if isinstance(item, Exhibit) and item.issued is not None:
        if any(format_date(item.issued, style) in item.title for style in DATE_STYLES):
            return ""  # "Declaration of Megan Carlisle, 3 October 2026" says it already
        return _("dated {date}").format(date=case.date(item.issued))
    return ""


def key_points(resolved: Resolved) -> tuple[Point, ...]:
    """Every item marked `key: true`, in label order, with its date and its exhibits."""
    points = []
    for item in resolved.case.items:
        if not item.key or item.kind == "letter":
            continue
        runs = item_head(resolved, item.id)
        details: list[Run] = []
        when = item_date(resolved.case, item)
        if when:
            details.append(Run(when))
        for n, exhibit in enumerate(exhibits_behind(resolved, item)):
            sep = separator("clause") if n == 0 and details else (separator("list") if n else "")
            details += [Run(sep), Run(resolved.label(exhibit), ref=exhibit)]
        if details:
            runs += [Run(separator("open")), *details, Run(separator("close"))]
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
        text = join_list([case.date(sub.date), channel_name(sub.channel)])
        ids = unique(sub.case_ids)
        if ids:
            text += (_(", case ") if len(ids) == 1 else _(", cases ")) + join_list(ids)
        text += _(": {outcome}.").format(outcome=outcome_text(case, sub))
        if sub is quoted and sub.reply:
            intro = (
                _("Amazon's reply of {date}").format(date=case.date(sub.reply_date))
                if sub.reply_date
                else _("Amazon's reply")
            )
            quote = verbatim_blocks(sub.reply)
            points.append(Point((Run(text),), quote=quote, quote_intro=intro))
        else:
            points.append(Point((Run(text),)))
    return tuple(points)


def outcome_text(case: Case, sub: Submission) -> str:
    outcome = outcome_name(sub.outcome)
    if sub.reply_date is not None and sub.outcome in ("rejected", "accepted"):
        return _("{outcome} on {date}").format(outcome=outcome, date=case.date(sub.reply_date))
    return outcome


def enclosures(resolved: Resolved) -> tuple[Point, ...]:
    """The plan itself, then every exhibit by label, each linking to its file."""
    case = resolved.case
    points = [Point((Run(enclosed_plan_name(case), page=PLAN_PAGE),))]
    for exhibit in case.exhibits:
        target = resolved.targets.get(exhibit.id)
        if target is None:
            continue
        runs = [Run(target.label, ref=exhibit.id, strong=True, file=True)]
        runs.append(Run(_(": {title}").format(title=exhibit.title)))
        points.append(Point(tuple(runs)))
    return tuple(points)


def composed_text(
    resolved: Resolved, letter: Letter, blocks: dict[str, Block]
) -> tuple[Paragraph | Block, ...]:
    """The whole letter for an empty body: greeting, ask, history, notice and causes, the
    four blocks, (in a dispute) the request, thanks."""
    case = resolved.case
    last = case.last_submission
    causes = tuple(Point(_merge(item_head(resolved, c.id))) for c in case.causes)
    parts: list[Paragraph | Block] = [
        _text(greeting(letter.to)),
        _text(request_sentence(case, letter)),
    ]
    if last is not None:
        parts.append(_text(history_sentence(case, last)))
    parts.append(_text(f"{notice_sentence(case)} {causes_intro(case)}"))
    if causes:
        parts += [Block("causes", "", causes), _text(causes_answer(case))]
    shown = (
        {**blocks, "key-points": without_causes(blocks["key-points"], case)} if causes else blocks
    )
    parts += [shown[name] for name in BLOCK_TITLES if shown[name].points]
    request = dispute_request(case)
    if request:
        parts.append(_text(request))
    parts.append(_text(_(THANKS)))
    return tuple(parts)


def without_causes(block: Block, case: Case) -> Block:
    """The key points without the root causes, which the composed letter lists just before."""
    causes = {c.id for c in case.causes}
    kept = tuple(p for p in block.points if not (p.head and p.head[0].ref in causes))
    return Block(block.name, block.title, kept)


def _text(sentence: str) -> Paragraph:
    return Paragraph((Run(sentence),))


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
    lines.append(
        _("{store}, Seller ID {token}").format(store=seller.store_name, token=seller.merchant_token)
    )
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
