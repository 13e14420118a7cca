"""The escalation letter as an HTML fragment, shared by the letter page and the PDF bundle."""

from __future__ import annotations

from markupsafe import Markup

from reinstate.model import Case
from reinstate.render.links import PageLinks
from reinstate.resolve import Resolved
from reinstate.theme import long_date


def default_subject(case: Case) -> str:
    """`Request for senior review of <store> (<token>)`, with the prior case ids."""
    subject = (
        f"Request for senior review of {case.seller.store_name} ({case.seller.merchant_token})"
    )
    prior = [cid for sub in case.submissions for cid in sub.case_ids]
    if prior:
        subject += ", case " + ", ".join(prior)
    return subject


def letter_fragment(resolved: Resolved, links: PageLinks) -> Markup:
    """The letter (addressee, date, subject, text, signature) without page chrome.

    `links` decides how references are written (site page or same-document PDF links)
    and supplies the generated blocks that the letter's directives place.
    """
    case = resolved.case
    letter = case.letter
    if letter is None:
        return Markup("")
    parts = [
        Markup('<div class="letter-head">'),
        Markup('<p class="letter-date">{}</p>').format(long_date(letter.date)),
        Markup('<p class="letter-to">To: {}</p>').format(letter.to),
        Markup('<p class="letter-subject"><strong>Subject: {}</strong></p>').format(
            letter.subject or default_subject(case)
        ),
        Markup("</div>"),
        Markup('<div class="letter-body">'),
        links.body(letter.id, 1),
        Markup("</div>"),
    ]
    signature = case.effective_signature
    if signature is not None:
        title = Markup("<br>{}").format(signature.title) if signature.title else Markup("")
        parts.append(
            Markup(
                '<p class="letter-signature">Sincerely,<br><strong>{}</strong>{}<br>{}<br>{}</p>'
            ).format(signature.name, title, case.seller.legal_name, case.seller.email)
        )
    return Markup("\n").join(parts)
