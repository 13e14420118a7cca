"""The words reinstate writes, in one place: names of types, channels and sections, titles,
dates and the paper size.

Every output (the site, the PDF bundle, the plain texts, the e-mail and the letter's
generated parts) takes its generated words from these tables and functions, never from
strings of its own, so the outputs cannot name one thing in two ways. Each message is
wrapped in `_()`, which marks it for extraction into a gettext catalog; today it returns
the English text unchanged. Dates are written by `format_date` only, so that one function
decides the style of every date of an output (and can later hand over to Babel).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from reinstate.dates import DATE_STYLES, MONTHS, _, format_date

if TYPE_CHECKING:
    from reinstate.model import Case, Item

__all__ = ["DATE_STYLES", "MONTHS", "_", "format_date"]
"""Besides its own names: the translation marker and the dates (dates.py, which the model
uses too), so that every output takes its words from this module."""


VIOLATION_NAMES = {
    "inauthentic": _("Inauthentic item complaints"),
    "ip_trademark": _("Trademark complaint"),
    "ip_copyright": _("Copyright complaint"),
    "ip_patent": _("Patent complaint"),
    "odr": _("Order defect rate"),
    "late_shipment": _("Late shipment rate"),
    "cancellation_rate": _("Pre-fulfillment cancel rate"),
    "valid_tracking": _("Valid tracking rate"),
    "related_accounts": _("Related accounts"),
    "restricted_products": _("Restricted products"),
    "condition": _("Item condition (used sold as new)"),
    "review_manipulation": _("Review manipulation"),
    "verification": _("Seller verification"),
    "drop_shipping": _("Drop shipping policy"),
    "other": _("Other policy violation"),
}
"""The violation as a heading or a fact ("Violation: Order defect rate")."""

VIOLATION_SUBJECTS = {
    "inauthentic": _("complaints that our items were inauthentic"),
    "ip_trademark": _("a trademark complaint"),
    "ip_copyright": _("a copyright complaint"),
    "ip_patent": _("a patent complaint"),
    "odr": _("our order defect rate"),
    "late_shipment": _("our late shipment rate"),
    "cancellation_rate": _("our pre-fulfillment cancel rate"),
    "valid_tracking": _("our valid tracking rate"),
    "related_accounts": _("an account related to ours"),
    "restricted_products": _("restricted products in our listings"),
    "condition": _("complaints about the condition of our items"),
    "review_manipulation": _("the reviews of our products"),
    "verification": _("the verification of our seller account"),
    "drop_shipping": _("our compliance with the drop shipping policy"),
    "other": _("a policy violation"),
}
"""What the notice was about, inside a sentence: "Amazon's notice of ... concerned <it>"."""

IP_TYPES = ("ip_trademark", "ip_copyright", "ip_patent")
IP_RIGHTS = {
    "ip_trademark": _("trademark"),
    "ip_copyright": _("copyright"),
    "ip_patent": _("patent"),
}

EXHIBIT_TYPE_NAMES = {
    "invoice": _("Invoice"),
    "loa": _("Letter of authorization"),
    "utility_bill": _("Utility bill"),
    "id": _("Identity document"),
    "trademark": _("Trademark registration"),
    "counter_notice": _("Counter-notice"),
    "lab_report": _("Lab report"),
    "photo": _("Photo"),
    "sop": _("Standard operating procedure"),
    "training_log": _("Training log"),
    "screenshot": _("Screenshot"),
    "correspondence": _("Correspondence"),
    "order_list": _("Order list"),
    "other": _("Document"),
}

CHANNEL_NAMES = {
    "appeal_form": _("appeal form"),
    "view_appeal": _("View appeal"),
    "account_health_call": _("Account Health call"),
    "escalation_email": _("escalation e-mail"),
    "ip_appeal": _("IP complaint appeal"),
    "other": _("other channel"),
}
"""A channel as a noun ("2025-03-07, appeal form, case 123: rejected")."""

OUTCOME_NAMES = {
    "pending": _("pending"),
    "rejected": _("rejected"),
    "accepted": _("accepted"),
    "no_response": _("no response"),
}

ASK_NAMES = {
    "senior_investigator": _("a Senior Investigator"),
    "seller_performance_manager": _("a Seller Performance Manager"),
}

SCOPE_NAMES = {
    "account": _("account"),
    "listing": _("listing"),
    "funds": _("funds"),
    "brand": _("brand"),
}

KIND_LABELS = {
    "cause": _("Root Cause"),
    "action": _("Corrective Action"),
    "measure": _("Preventive Measure"),
    "exhibit": _("Exhibit"),
}
"""The label of a numbered item ("Root Cause 1"); the same in both modes (case format v1)."""

PLAN_KINDS = ("cause", "action", "measure")
"""The plan's sections in order: Amazon's three questions (what caused it, what was done,
what prevents it); the exhibit index follows them."""

SECTION_TITLES = {
    "cause": _("Root causes"),
    "action": _("Corrective actions"),
    "measure": _("Preventive measures"),
    "exhibit": _("Exhibit index"),
}
DISPUTE_SECTION_TITLES = {
    "cause": _("The facts"),
    "action": _("What we have done"),
    "measure": _("Safeguards in place"),
    "exhibit": _("Evidence"),
    "ip_exhibit": _("Evidence of our rights"),
    "request": _("Our request"),
}

CLOSING = _("Sincerely,")
"""The closing above a generated signature."""

BLOCK_TITLES = {
    "key-points": _("Key points of the revised plan"),
    "changes": _("What changed since our last submission"),
    "missed-points": _("Points the previous review may have missed"),
    "prior-submissions": _("Prior submissions"),
    "enclosures": _("Enclosures"),
}
"""Headings of the letter's generated blocks (the key points' heading depends on the case:
`key_points_title`)."""


def violation_name(value: str) -> str:
    """`odr` → `Order defect rate`."""
    return VIOLATION_NAMES.get(value, value.replace("_", " "))


def exhibit_type_name(value: str | None) -> str:
    return EXHIBIT_TYPE_NAMES.get(value or "other", EXHIBIT_TYPE_NAMES["other"])


def channel_name(value: str) -> str:
    return CHANNEL_NAMES.get(value, CHANNEL_NAMES["other"])


def scope_name(value: str) -> str:
    return SCOPE_NAMES.get(value, value)


def outcome_name(value: str) -> str:
    return OUTCOME_NAMES.get(value, value.replace("_", " "))


def is_ip(case: Case) -> bool:
    return case.violation.type in IP_TYPES


def plan_kind(case: Case) -> str:
    """What the document is: "Plan of action", "Dispute of a copyright complaint" ..."""
    if not case.dispute:
        return _("Plan of action")
    right = IP_RIGHTS.get(case.violation.type)
    if right is not None:
        return _("Dispute of a {right} complaint").format(right=right)
    return {
        "listing": _("Appeal of a listing removal made in error"),
        "funds": _("Appeal of a funds hold made in error"),
        "brand": _("Appeal of a brand deactivation made in error"),
    }.get(case.scope, _("Appeal of an account deactivation made in error"))


def plan_title(case: Case) -> str:
    """The document's title line: "Plan of action: Harbor Lane"."""
    return f"{plan_kind(case)}: {case.seller.store_name}"


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
        return SECTION_TITLES[kind]
    if kind == "exhibit" and is_ip(case):
        return DISPUTE_SECTION_TITLES["ip_exhibit"]
    return DISPUTE_SECTION_TITLES[kind]


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
    return sentence + "."


def missed_points_title(case: Case) -> str:
    """ "Points the previous review may have missed", when a review rejected the appeal;
    "Points we ask you to look at" when nothing was reviewed yet."""
    if any(sub.outcome == "rejected" for sub in case.submissions):
        return BLOCK_TITLES["missed-points"]
    return _("Points we ask you to look at")


def key_points_title(case: Case) -> str:
    """'Key points of the revised plan', of 'the plan' before any submission, of 'the appeal'."""
    if case.dispute:
        return (
            _("Key points of the revised appeal")
            if case.submissions
            else _("Key points of the appeal")
        )
    return BLOCK_TITLES["key-points"] if case.submissions else _("Key points of the plan")


def plan_name(case: Case) -> str:
    """What the letter calls the plan: 'the revised plan of action', 'our appeal' ..."""
    if case.dispute:
        return _("our revised appeal") if case.submissions else _("our appeal")
    return _("the revised plan of action") if case.submissions else _("the plan of action")


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
    return _("{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


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
