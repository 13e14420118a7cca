"""The escalation letter as HTML: the fragment shared by the letter page and the PDF bundle.

The content comes from `letter_parts` (the same parts the plain text and the e-mail use);
this module only decides how it looks in HTML and where its links go. Every key point and
missed point links to its item in the plan of action: on the site to the plan page, in the
bundle (`PageLinks(print_mode=True)`) to the same document's `#id`.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING

from markupsafe import Markup, escape

from reinstate.checks.status import Status
from reinstate.core.vocabulary import _, closing, labelled, separator
from reinstate.render.letter_parts import (
    Block,
    LetterContent,
    Line,
    Paragraph,
    Point,
    Run,
    compose_letter,
    default_subject,
)
from reinstate.render.links import PageLinks
from reinstate.render.site import _common
from reinstate.render.theme import Theme
from reinstate.stages.resolve import LETTER_PAGE, Resolved, Target
from reinstate.stages.verbatim import VerbatimBlock

if TYPE_CHECKING:
    from reinstate.render.step import CaseBuild

__all__ = ["default_subject", "letter_fragment", "render_letter", "render_letter_page"]


def item_href(links: PageLinks, target: Target) -> str:
    """Where a point about `target` goes: its entry in the plan (never the exhibit file)."""
    if links.print_mode:
        return f"#{target.anchor}"
    url = links.url(target.page)
    if target.anchor == "top":
        return url or "#top"
    return f"{url}#{target.anchor}"


def run_html(run: Run, links: PageLinks) -> Markup:
    if run.page:
        if links.print_mode or not getattr(links, "linked", True):
            return Markup("{}").format(run.text)
        return Markup('<a href="{}">{}</a>').format(links.url(run.page) or "#top", run.text)
    target = links.target(run.ref) if run.ref and getattr(links, "linked", True) else None
    if target is None:
        template = "<strong>{}</strong>" if run.strong else "{}"
        return Markup(template).format(run.text)
    href = links.href(target) if run.file else item_href(links, target)
    title = target.label if target.label == target.title else labelled(target.label, target.title)
    return Markup('<a class="xref xref-{}" href="{}" title="{}">{}</a>').format(
        target.kind, href, title, run.text
    )


def line_html(line: Line, links: PageLinks) -> Markup:
    return Markup("").join(run_html(run, links) for run in line)


def point_html(point: Point, links: PageLinks) -> Markup:
    parts = [line_html(point.head, links)]
    for note in point.notes:
        parts.append(Markup('<span class="point-note">{}</span>').format(line_html(note, links)))
    if point.quote:
        parts.append(
            Markup(
                '<p class="quote-intro">{}{}</p>\n<blockquote class="reply">\n{}</blockquote>'
            ).format(point.quote_intro, separator("label").rstrip(), verbatim_html(point.quote))
        )
    return Markup("<li>{}</li>").format(Markup("").join(parts))


def verbatim_html(blocks: Iterable[VerbatimBlock]) -> Markup:
    """Amazon's text with its paragraphs, lists and line breaks."""
    html = []
    for block in blocks:
        items = [Markup("<li>{}</li>").format(line) for line in block.lines]
        if block.kind in ("bullets", "numbers"):
            tag = "ul" if block.kind == "bullets" else "ol"
            html.append(Markup("<{0}>{1}</{0}>\n").format(Markup(tag), Markup("").join(items)))
        else:
            lines = Markup("<br>\n").join(Markup("{}").format(line) for line in block.lines)
            html.append(Markup("<p>{}</p>\n").format(lines))
    return Markup("").join(html)


def block_html(block: Block, links: PageLinks, heading: str | None = None) -> Markup:
    """A generated list under `heading` (default: the block's title; '' for none); empty
    when it has no points (the author may still place it)."""
    if not block.points:
        return Markup("")
    title = block.title if heading is None else heading
    items = Markup("\n").join(point_html(point, links) for point in block.points)
    listing = Markup('<ul class="letter-points">\n{}\n</ul>').format(items)
    if not title:
        return Markup('<div class="letter-block letter-{}">\n{}\n</div>\n').format(
            block.name, listing
        )
    return Markup('<section class="letter-block letter-{}">\n<h2>{}</h2>\n{}\n</section>\n').format(
        block.name, title, listing
    )


def composed_html(parts: Iterable[Paragraph | Block], links: PageLinks) -> Markup:
    html = []
    for part in parts:
        if isinstance(part, Paragraph):
            html.append(Markup("<p>{}</p>\n").format(line_html(part.runs, links)))
        else:
            html.append(block_html(part, links))
    return Markup("").join(html)


def head_html(content: LetterContent) -> Markup:
    to = escape(_("To: {to}")).format(to=content.to)
    subject = escape(_("Subject: {subject}")).format(subject=content.subject)
    return Markup(
        '<div class="letter-head">\n<p class="letter-date">{}</p>\n'
        '<p class="letter-to">{}</p>\n'
        '<p class="letter-subject"><strong>{}</strong></p>\n</div>'
    ).format(content.date, to, subject)


def signature_html(content: LetterContent) -> Markup:
    """ "Sincerely," and the signature block; nothing when the author signed the body."""
    if content.signed:
        return Markup("")
    lines = Markup("<br>\n").join(Markup("{}").format(line) for line in content.signature)
    return Markup(
        '<div class="letter-signature">\n<p>{}</p>\n<p class="signature-name">{}</p>\n</div>'
    ).format(closing(), lines)


def install_blocks(content: LetterContent, links: PageLinks) -> None:
    """Give `links` the letter's directive blocks, unless its caller supplied its own."""
    for name, block in content.blocks.items():
        links.blocks.setdefault(name, partial(_block_str, block, links))


def _block_str(block: Block, links: PageLinks, argument: str, lead_in: bool) -> str:
    return str(block_html(block, links, block.heading(argument, lead_in)))


def letter_fragment(resolved: Resolved, links: PageLinks) -> Markup:
    """The letter (addressee, date, subject, text, signature) without page chrome.

    `links` decides how references are written (site page or same-document PDF links)
    and supplies the generated blocks that the letter's directives place; blocks it does
    not supply are composed from the case. An empty body gives the composed letter.
    """
    content = compose_letter(resolved)
    if content is None:
        return Markup("")
    parts = [head_html(content), body_html(resolved, links, content), signature_html(content)]
    return Markup("\n").join(part for part in parts if part)


def body_html(resolved: Resolved, links: PageLinks, content: LetterContent) -> Markup:
    """The author's text with its directive blocks, or the composed letter when it is empty."""
    install_blocks(content, links)
    if content.body and content.signoff_at > 0:
        at, letter_id = content.signoff_at, content.letter.id
        text = links.tokens_html(letter_id, content.body[:at], 1) + Markup(
            '<div class="letter-signoff">\n{}</div>\n'
        ).format(links.tokens_html(letter_id, content.body[at:], 1))
    elif content.body:
        text = links.tokens_html(content.letter.id, content.body, 1)
    else:
        text = composed_html(content.composed, links)
    return Markup('<div class="letter-body">\n{}</div>').format(text)


def render_letter_page(resolved: Resolved, theme: Theme, status: Status, allow_html: bool) -> str:
    """The letter's web page (`escalation-letter.html`)."""
    case = resolved.case
    letter = case.letter
    assert letter is not None
    links = PageLinks(resolved, LETTER_PAGE, allow_html=allow_html)
    context = {
        **_common(LETTER_PAGE, 1, labelled(letter.title, case.seller.store_name)),
        "case": case,
        "letter": letter,
        "status": status,
        "letter_html": letter_fragment(resolved, links),
    }
    return theme.template("escalation-letter.html").render(context)


def render_letter(build: CaseBuild) -> None:
    """Build step: `escalation-letter.html`, when the case has a letter."""
    resolved = build.resolved
    if resolved.case.letter is None:
        return
    status = build.status
    html = render_letter_page(resolved, build.theme, status, build.config.allow_html)
    note = "" if status.ready else _("not ready: {blocker}").format(blocker=status.blocker)
    build.add(LETTER_PAGE, html, _("Escalation letter (web page)"), note)
