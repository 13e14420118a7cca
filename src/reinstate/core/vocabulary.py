"""The words reinstate writes, in one place: names of types, channels and sections, titles,
dates and the paper size, in the case's language.

Every output (the site, the PDF bundle, the plain texts, the e-mail and the letter's
generated parts) takes its generated words from these tables and functions, never from
strings of its own, so the outputs cannot name one thing in two ways.

A message is written in English in the code and translated by `_()` into the language in
force (`language()`, set once per case by the build from case.md's `language:`). The
translations are gettext catalogs, one `.po` file per language under
`reinstate/data/locale/LANG/LC_MESSAGES/reinstate.po`, read directly with Babel (no
compile step). Tables built at import time mark their messages with `N_()`, which only
marks them for extraction; the functions that look a table up translate the entry. Dates
are written by `format_date` only: English in the style of the marketplace, every other
language by Babel's locale data ("5. Oktober 2026", "2026年10月5日").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reinstate.core.language import (
    DATE_STYLES,
    LANGUAGES,
    MONTHS,
    N_,
    NP_,
    _,
    catalog,
    current_language,
    format_date,
    format_number,
    full_stop,
    join_clauses,
    join_list,
    labelled,
    language,
    parenthesised,
    pgettext,
    separator,
)

if TYPE_CHECKING:
    from reinstate.core.model import Case, Item

__all__ = [
    "DATE_STYLES",
    "LANGUAGES",
    "MONTHS",
    "NP_",
    "N_",
    "_",
    "catalog",
    "current_language",
    "format_date",
    "format_number",
    "full_stop",
    "join_clauses",
    "join_list",
    "labelled",
    "language",
    "parenthesised",
    "pgettext",
    "separator",
]
"""Besides its own names: the language, the translation markers and the dates (dates.py,
which the model uses too), so that every output takes its words from this module."""


VIOLATION_NAMES = {
    "inauthentic": N_("Inauthentic item complaints"),
    "ip_trademark": N_("Trademark complaint"),
    "ip_copyright": N_("Copyright complaint"),
    "ip_patent": N_("Patent complaint"),
    "odr": N_("Order defect rate"),
    "late_shipment": N_("Late shipment rate"),
    "cancellation_rate": N_("Pre-fulfillment cancel rate"),
    "valid_tracking": N_("Valid tracking rate"),
    "related_accounts": N_("Related accounts"),
    "restricted_products": N_("Restricted products"),
    "condition": N_("Item condition (used sold as new)"),
    "review_manipulation": N_("Review manipulation"),
    "verification": N_("Seller verification"),
    "drop_shipping": N_("Drop shipping policy"),
    "other": N_("Other policy violation"),
}
"""The violation as a heading or a fact ("Violation: Order defect rate")."""

VIOLATION_SUBJECTS = {
    "inauthentic": N_("complaints that our items were inauthentic"),
    "ip_trademark": N_("a trademark complaint"),
    "ip_copyright": N_("a copyright complaint"),
    "ip_patent": N_("a patent complaint"),
    "odr": N_("our order defect rate"),
    "late_shipment": N_("our late shipment rate"),
    "cancellation_rate": N_("our pre-fulfillment cancel rate"),
    "valid_tracking": N_("our valid tracking rate"),
    "related_accounts": N_("an account related to ours"),
    "restricted_products": N_("restricted products in our listings"),
    "condition": N_("complaints about the condition of our items"),
    "review_manipulation": N_("the reviews of our products"),
    "verification": N_("the verification of our seller account"),
    "drop_shipping": N_("our compliance with the drop shipping policy"),
    "other": N_("a policy violation"),
}
"""What the notice was about, inside a sentence: "Amazon's notice of ... concerned <it>"."""

IP_TYPES = ("ip_trademark", "ip_copyright", "ip_patent")
IP_RIGHTS = {
    "ip_trademark": N_("trademark"),
    "ip_copyright": N_("copyright"),
    "ip_patent": N_("patent"),
}

EXHIBIT_TYPE_NAMES = {
    "invoice": N_("Invoice"),
    "loa": N_("Letter of authorization"),
    "utility_bill": N_("Utility bill"),
    "id": N_("Identity document"),
    "trademark": N_("Trademark registration"),
    "counter_notice": N_("Counter-notice"),
    "lab_report": N_("Lab report"),
    "photo": N_("Photo"),
    "sop": N_("Standard operating procedure"),
    "training_log": N_("Training log"),
    "screenshot": N_("Screenshot"),
    "correspondence": N_("Correspondence"),
    "order_list": N_("Order list"),
    "other": N_("Document"),
}

CHANNEL_NAMES = {
    "appeal_form": N_("appeal form"),
    "view_appeal": N_("View appeal"),
    "account_health_call": N_("Account Health call"),
    "escalation_email": N_("escalation e-mail"),
    "ip_appeal": N_("IP complaint appeal"),
    "other": N_("other channel"),
}
"""A channel as a noun ("2025-03-07, appeal form, case 123: rejected")."""

OUTCOME_NAMES = {
    "pending": N_("pending"),
    "rejected": N_("rejected"),
    "accepted": N_("accepted"),
    "no_response": N_("no response"),
}

ASK_NAMES = {
    "senior_investigator": N_("a Senior Investigator"),
    "seller_performance_manager": N_("a Seller Performance Manager"),
}

SCOPE_NAMES = {
    "account": NP_("scope", "account"),
    "listing": NP_("scope", "listing"),
    "funds": NP_("scope", "funds"),
    "brand": NP_("scope", "brand"),
}

KIND_LABELS = {
    "cause": N_("Root Cause"),
    "action": N_("Corrective Action"),
    "measure": N_("Preventive Measure"),
    "exhibit": N_("Exhibit"),
}
"""The label of a numbered item ("Root Cause 1"); the same in both modes (case format v1)."""

PLAN_KINDS = ("cause", "action", "measure")
"""The plan's sections in order: Amazon's three questions (what caused it, what was done,
what prevents it); the exhibit index follows them."""

SECTION_TITLES = {
    "cause": N_("Root causes"),
    "action": N_("Corrective actions"),
    "measure": N_("Preventive measures"),
    "exhibit": N_("Exhibit index"),
}
DISPUTE_SECTION_TITLES = {
    "cause": N_("The facts"),
    "action": N_("What we have done"),
    "measure": N_("Safeguards in place"),
    "exhibit": N_("Evidence"),
    "ip_exhibit": N_("Evidence of our rights"),
    "request": N_("Our request"),
}

LETTER_TITLE = N_("Escalation letter")
"""The letter's title when its file gives none (translated when the case is loaded)."""

CLOSING = N_("Sincerely,")
"""The closing above a generated signature."""

BLOCK_TITLES = {
    "key-points": N_("Key points of the revised plan"),
    "changes": N_("What changed since our last submission"),
    "missed-points": N_("Points the previous review may have missed"),
    "prior-submissions": N_("Prior submissions"),
    "enclosures": N_("Enclosures"),
}
"""Headings of the letter's generated blocks (the key points' heading depends on the case:
`key_points_title`)."""


def kind_label(kind: str) -> str:
    """`Root Cause`, `Exhibit`: the label of a numbered item of `kind`."""
    return _(KIND_LABELS[kind])


def closing() -> str:
    """The closing above a generated signature ("Sincerely,")."""
    return _(CLOSING)


def block_title(name: str) -> str:
    return _(BLOCK_TITLES[name])


def violation_subject(value: str) -> str:
    """What the notice was about, inside a sentence ("our order defect rate")."""
    return _(VIOLATION_SUBJECTS.get(value, VIOLATION_SUBJECTS["other"]))


def ask_name(value: str) -> str:
    return _(ASK_NAMES.get(value, ASK_NAMES["senior_investigator"]))


def violation_name(value: str) -> str:
    """`odr` → `Order defect rate`."""
    return _(VIOLATION_NAMES.get(value, value.replace("_", " ")))


def exhibit_type_name(value: str | None) -> str:
    return _(EXHIBIT_TYPE_NAMES.get(value or "other", EXHIBIT_TYPE_NAMES["other"]))


def channel_name(value: str) -> str:
    return _(CHANNEL_NAMES.get(value, CHANNEL_NAMES["other"]))


def scope_name(value: str) -> str:
    """What was deactivated, as the facts name it ("listing": a scope, not the noun of a
    sentence, which is `pgettext("reinstatement of", ...)`)."""
    return pgettext("scope", SCOPE_NAMES.get(value, value))


def outcome_name(value: str) -> str:
    return _(OUTCOME_NAMES.get(value, value.replace("_", " ")))


def is_ip(case: Case) -> bool:
    return case.violation.type in IP_TYPES


def plan_kind(case: Case) -> str:
    """What the document is: "Plan of action", "Dispute of a copyright complaint" ..."""
    if not case.dispute:
        return _("Plan of action")
    right = IP_RIGHTS.get(case.violation.type)
    if right is not None:
        return _("Dispute of a {right} complaint").format(right=_(right))
    return {
        "listing": _("Appeal of a listing removal made in error"),
        "funds": _("Appeal of a funds hold made in error"),
        "brand": _("Appeal of a brand deactivation made in error"),
    }.get(case.scope, _("Appeal of an account deactivation made in error"))


def plan_title(case: Case) -> str:
    """The document's title line: "Plan of action: Harbor Lane"."""
    return _("{kind}: {store}").format(kind=plan_kind(case), store=case.seller.store_name)


def default_case_title(store: str, scope: str, asins: Sequence[str]) -> str:
    """A case's title when case.md gives none, by what was deactivated."""
    if scope == "listing":
        if len(asins) == 1:
            return _("Reinstatement of listing {asin} ({store})").format(asin=asins[0], store=store)
        return _("Reinstatement of the listings of {store}").format(store=store)
    if scope == "funds":
        return _("Release of the funds held for {store}").format(store=store)
    if scope == "brand":
        return _("Reinstatement of the brand of {store}").format(store=store)
    return _("Reinstatement of {store}").format(store=store)


def section_title(case: Case, kind: str) -> str:
    """The heading of a part of the plan: "Root causes", or in a dispute "The facts"."""
    if not case.dispute:
        return _(SECTION_TITLES[kind])
    if kind == "exhibit" and is_ip(case):
        return _(DISPUTE_SECTION_TITLES["ip_exhibit"])
    return _(DISPUTE_SECTION_TITLES[kind])


def plan_sections(case: Case) -> list[tuple[str, str, Sequence[Item]]]:
    """(kind, heading, items) of the plan's three parts, in order (every output's order)."""
    items: dict[str, Sequence[Item]] = {
        "cause": case.causes,
        "action": case.actions,
        "measure": case.measures,
    }
    return [(kind, section_title(case, kind), items[kind]) for kind in PLAN_KINDS]


def request_text(case: Case) -> str:
    """The closing request of a dispute: what the seller asks Amazon to do."""
    what = {
        "listing": _("that our listing {asins} be reinstated")
        if len(case.violation.asins) == 1
        else _("that our listings {asins} be reinstated"),
        "funds": _("that the funds held in our account be released"),
        "brand": _("that our brand's access be restored"),
    }.get(case.scope, _("that our selling privileges be reinstated"))
    asins = join_and(unique(case.violation.asins))
    if case.scope == "listing" and not asins:
        what = _("that our listings be reinstated")
    sentence = _("We ask {what}").format(what=what.format(asins=asins))
    complaints = unique(case.violation.complaint_ids)
    if complaints:
        noun = _("complaint") if len(complaints) == 1 else _("complaints")
        sentence += _(" and that {noun} {ids} be removed from our Account Health").format(
            noun=noun, ids=join_and(complaints)
        )
    return full_stop(sentence)


def missed_points_title(case: Case) -> str:
    """ "Points the previous review may have missed", when a review rejected the appeal;
    "Points we ask you to look at" when nothing was reviewed yet."""
    if any(sub.outcome == "rejected" for sub in case.submissions):
        return _(BLOCK_TITLES["missed-points"])
    return _("Points we ask you to look at")


def key_points_title(case: Case) -> str:
    """'Key points of the revised plan', of 'the plan' before any submission, of 'the appeal'."""
    if case.dispute:
        return (
            _("Key points of the revised appeal")
            if case.submissions
            else _("Key points of the appeal")
        )
    return _(BLOCK_TITLES["key-points"]) if case.submissions else _("Key points of the plan")


def plan_name(case: Case) -> str:
    """What the letter calls the plan: 'the revised plan of action', 'our appeal' ..."""
    if case.dispute:
        return _("our revised appeal") if case.submissions else _("our appeal")
    return _("the revised plan of action") if case.submissions else _("the plan of action")


def enclosed_plan_name(case: Case) -> str:
    """The plan as the first of the letter's enclosures: 'The revised plan of action' ..."""
    if case.dispute:
        return _("Our revised appeal") if case.submissions else _("Our appeal")
    return _("The revised plan of action") if case.submissions else _("The plan of action")


def unique(values: Iterable[str]) -> list[str]:
    """`values` without repeats, in the order of first appearance."""
    return list(dict.fromkeys(values))


def prior_case_ids(case: Case) -> list[str]:
    """Every case id of the earlier submissions, oldest first, each once."""
    return unique(cid for sub in case.submissions for cid in sub.case_ids)


def units(n: int) -> str:
    """`1 unit`, `240 units`."""
    return (_("{n} unit") if n == 1 else _("{n} units")).format(n=n)


def join_and(names: Sequence[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    if len(names) < 2:
        return "".join(names)
    return _("{first} and {last}").format(first=join_list(names[:-1]), last=names[-1])


# Dates and paper -----------------------------------------------------------------------

PAPERS = ("letter", "a4")
US_STYLE_MARKETPLACES = ("amazon.com", "amazon.ca", "amazon.com.mx", "us", "ca", "mx")
"""Marketplaces whose sellers write "October 5, 2026" and print on Letter paper."""


def marketplace_key(marketplace: str) -> str:
    """`https://sellercentral.amazon.co.uk/` → `amazon.co.uk`; `Amazon.com (US)` → `amazon.com`."""
    key = marketplace.strip().lower().split()[0] if marketplace.strip() else ""
    for prefix in ("https://", "http://"):
        key = key.removeprefix(prefix)
    key = key.split("/")[0]
    for prefix in ("www.", "sellercentral.", "sellercentral-europe."):
        key = key.removeprefix(prefix)
    return key


def us_style(marketplace: str) -> bool:
    return marketplace_key(marketplace) in US_STYLE_MARKETPLACES


def marketplace_paper(marketplace: str) -> str:
    """Letter for amazon.com, .ca and .com.mx; A4 everywhere else."""
    return "letter" if us_style(marketplace) else "a4"


def marketplace_date_style(marketplace: str) -> str:
    """ "October 5, 2026" for amazon.com, .ca and .com.mx; "5 October 2026" elsewhere."""
    return "month_day" if us_style(marketplace) else "day_month"
