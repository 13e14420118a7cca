"""The sentences of a composed letter (a letter whose body is empty).

Each sentence depends on a few facts of the case: the channel and outcome of the last
submission, the mode (plan of action or dispute), the scope (account, listing, funds,
brand) and the violation type. `tests/render/test_compose.py` renders every combination, so that
each sentence can be read the way a consultant reads it.
"""

from __future__ import annotations

from reinstate.core.model import Case, Letter, Submission
from reinstate.core.vocabulary import (
    N_,
    _,
    ask_name,
    join_and,
    pgettext,
    plan_name,
    request_text,
    unique,
    violation_subject,
)

TEAM_WORDS = frozenset(
    (
        "amazon",
        "appeals",
        "department",
        "dispute",
        "executive",
        "health",
        "investigations",
        "notice",
        "performance",
        "relations",
        "seller",
        "services",
        "support",
    )
)
"""Words that make the letter's `to` a team ("Executive Seller Relations"), greeted as
"Dear Executive Seller Relations team,"; any other `to` is a person ("Dear Jane Doe,")."""

HISTORY = {
    "appeal_form": N_("We submitted our plan of action through the appeal form on {date}"),
    "view_appeal": N_("We submitted an appeal through View appeal in Account Health on {date}"),
    "account_health_call": N_("We spoke with Account Health by phone on {date}"),
    "escalation_email": N_("We sent an escalation e-mail on {date}"),
    "ip_appeal": N_("We appealed the IP complaint on {date}"),
    "other": N_("We made a submission on {date}"),
}
"""The last submission, as the start of a sentence."""
DISPUTE_HISTORY = {
    "appeal_form": N_("We submitted our appeal through the appeal form on {date}"),
}
"""Where a dispute says it differently (it sends an appeal, not a plan of action)."""

OUTCOMES = {
    "pending": N_("{what}; {it} is still under review."),
    "rejected": N_("{what}; {it} was rejected on {reply}."),
    "accepted": N_("{what}; {it} was accepted on {reply}."),
    "no_response": N_("{what} and have had no response since."),
}
OUTCOMES_UNDATED = {
    "rejected": N_("{what}; {it} was rejected."),
    "accepted": N_("{what}; {it} was accepted."),
}
"""A rejection or acceptance without a `reply_date`."""
SUBJECTS = {
    "account_health_call": N_("the case"),
    "escalation_email": N_("the escalation"),
}
"""What the outcome is about, where "it" would not say (a call is not rejected)."""
IT = N_("it")
"""What the outcome is about otherwise: the submission."""

THANKS = N_("Thank you for your review. We will gladly provide any further information you need.")


def greeting(to: str) -> str:
    """ "Dear Executive Seller Relations team," for a team; "Dear Jane Doe," for a person."""
    words = to.strip().rstrip(",").split()
    if not words:
        return _("Dear Sir or Madam,")
    if words[-1].lower() != "team" and TEAM_WORDS & {w.lower().strip(".,") for w in words}:
        return _("Dear {to} team,").format(to=" ".join(words))
    return _("Dear {to},").format(to=" ".join(words))


def for_whom(case: Case) -> str:
    """Whose plan it is and what it asks for, by scope: "for Harbor Lane (Seller ID ...)",
    "for the reinstatement of listing B0... of Harbor Lane (Seller ID ...)" ..."""
    who = _("{store} (Seller ID {token})").format(
        store=case.seller.store_name, token=case.seller.merchant_token
    )
    asins = unique(case.violation.asins)
    if case.scope == "listing":
        if not asins:
            return _("for the reinstatement of the listings of {who}").format(who=who)
        noun = (
            pgettext("reinstatement of", "listing")
            if len(asins) == 1
            else pgettext("reinstatement of", "listings")
        )
        return _("for the reinstatement of {noun} {asins} of {who}").format(
            noun=noun, asins=join_and(asins), who=who
        )
    if case.scope == "funds":
        return _("for the release of the funds held for {who}").format(who=who)
    if case.scope == "brand":
        return _("for the reinstatement of the brand of {who}").format(who=who)
    return _("for {who}").format(who=who)


def request_sentence(case: Case, letter: Letter) -> str:
    ask = ask_name(letter.ask)
    return _("We respectfully ask that {ask} review {plan} {whom}.").format(
        ask=ask, plan=plan_name(case), whom=for_whom(case)
    )


def history_sentence(case: Case, sub: Submission) -> str:
    """ "We submitted our plan of action through the appeal form on March 7, 2025 (case
    17123456789); it was rejected on March 9, 2025." and the like."""
    start = _(
        (DISPUTE_HISTORY if case.dispute else {}).get(sub.channel)
        or HISTORY.get(sub.channel, HISTORY["other"])
    )
    what = start.format(date=case.date(sub.date))
    ids = unique(sub.case_ids)
    if ids:
        noun = _("case") if len(ids) == 1 else _("cases")
        what += _(" ({noun} {ids})").format(noun=noun, ids=join_and(ids))
    it = _(SUBJECTS.get(sub.channel, IT))
    if sub.reply_date is None and sub.outcome in OUTCOMES_UNDATED:
        return _(OUTCOMES_UNDATED[sub.outcome]).format(what=what, it=it)
    outcome = _(OUTCOMES.get(sub.outcome, OUTCOMES["pending"]))
    return outcome.format(what=what, it=it, reply=case.date(sub.reply_date))


def notice_sentence(case: Case) -> str:
    """What the notice was about, and (in a dispute) the complaint ids it gave."""
    violation = case.violation
    subject = violation_subject(violation.type)
    complaints = unique(violation.complaint_ids)
    if complaints:
        noun = _("complaint") if len(complaints) == 1 else _("complaints")
        subject += _(" ({noun} {ids})").format(noun=noun, ids=join_and(complaints))
    return _("Amazon's notice of {date} concerned {subject}.").format(
        date=case.date(violation.notice_date), subject=subject
    )


def causes_intro(case: Case) -> str:
    single = len(case.causes) == 1
    if case.dispute:
        return (
            _("We believe it was issued in error, for this reason:")
            if single
            else _("We believe it was issued in error, for these reasons:")
        )
    return (
        _("We have identified its root cause:")
        if single
        else _("We have identified its root causes:")
    )


def causes_answer(case: Case) -> str:
    single = len(case.causes) == 1
    if case.dispute:
        return (
            _("Our appeal sets out the evidence for it.")
            if single
            else _("Our appeal sets out the evidence for each of them.")
        )
    cause = _("the root cause") if single else _("each root cause")
    if not case.measures:
        return _("The plan answers {cause} with completed corrective actions.").format(cause=cause)
    return _(
        "The plan answers {cause} with completed corrective actions and preventive "
        "measures that are now in effect."
    ).format(cause=cause)


def dispute_request(case: Case) -> str:
    return request_text(case) if case.dispute else ""
