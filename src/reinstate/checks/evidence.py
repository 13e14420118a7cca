"""Evidence rules: the exhibits prove what the plan claims, in a form Amazon accepts.

R12 every notified ASIN is covered; R13 invoices; R14 letters of authorisation; R15
utility bills; R16 file formats per route; R22 claims about systems have an exhibit.
reinstate reads what the exhibit's front matter and description say, never the PDF or
image itself, so these rules check what the author wrote about each document.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import lru_cache, partial

from reinstate.checks.clauses import sentence_at
from reinstate.checks.placeholder import TODO
from reinstate.checks.rule import CheckContext, Finding, Rule
from reinstate.checks.text import PLAN, SENT, Passage
from reinstate.checks.words import find, language_of, pattern, shown
from reinstate.core.diagnostics import Severity
from reinstate.core.model import Action, Exhibit, Measure

IP_TYPES = ("ip_trademark", "ip_copyright", "ip_patent")
IMAGES = (".jpg", ".jpeg", ".png", ".gif", ".tif", ".tiff")
_DOCUMENTS = (".pdf", ".jpg", ".jpeg", ".png", ".gif")
ROUTE_FORMATS = {
    "invoice": ("an invoice", _DOCUMENTS),
    "utility_bill": ("a utility bill", _DOCUMENTS),
    "id": ("an identity document", _DOCUMENTS),
}
_PRO_FORMA = re.compile(
    r"\bpro[\s-]?forma\b|\bquotation\b|\bquote\b|\bestimate\b|\border confirmation\b",
    re.IGNORECASE,
)
_UNITS_SOLD = re.compile(
    r"\b(\d[\d,]*)\s+units?\s+(?:[\w']+\s+){0,3}?sold\b|\bsold\s+(\d[\d,]*)\s+units?\b",
    re.IGNORECASE,
)


def asin_uncovered(ctx: CheckContext) -> Iterator[Finding]:
    case = ctx.case
    covered = {asin for exhibit in case.exhibits for asin, _units in exhibit.covers}
    text: str | None = None  # joined once, and only when an ASIN is not covered
    for n, asin in enumerate(case.violation.asins):
        if asin in covered:
            continue
        if text is None:
            text = "\n".join(p.text for p in ctx.texts.passages(SENT))
        if asin in text:
            continue
        yield Finding(
            case.origin.value("violation", "asins", n),
            f"ASIN {asin} from the notice is not covered by any exhibit or named in the plan",
            f"list it under an exhibit's 'covers' (e.g. {{{asin}: 120}} on an invoice), "
            "or say in the plan what happened with it",
        )


def invoice(ctx: CheckContext) -> Iterator[Finding]:
    invoices = [e for e in ctx.case.exhibits if e.type == "invoice"]
    for exhibit in invoices:
        yield from _invoice_date(ctx, exhibit)
        yield from _invoice_issuer(ctx, exhibit)
        yield from _pro_forma(ctx, exhibit)
    covered = sum(units for e in invoices for _asin, units in e.covers)
    if covered and any(e.covers for e in invoices):
        yield from _units_sold(ctx, covered)


def _invoice_date(ctx: CheckContext, exhibit: Exhibit) -> Iterator[Finding]:
    notice = ctx.case.violation.notice_date
    limit = ctx.config.checks.invoice_max_age_days
    if exhibit.issued is not None and exhibit.issued < notice - dt.timedelta(days=limit):
        days = (notice - exhibit.issued).days
        yield Finding(
            exhibit.origin.value("issued"),
            f"invoice dated {exhibit.issued} is {days} days older than the notice "
            f"({notice}); Amazon accepts invoices from the {limit} days before it",
            "use a more recent invoice for the same products",
        )


def _invoice_issuer(ctx: CheckContext, exhibit: Exhibit) -> Iterator[Finding]:
    issuer = exhibit.issuer
    if issuer is None:
        yield Finding(
            exhibit.origin.value("type"),
            "the invoice does not name its supplier; Amazon may call the supplier to verify it",
            "add 'issuer:' with the supplier's name, phone, address and website",
        )
        return
    missing = [
        name
        for name, value in (
            ("phone", issuer.phone),
            ("address", issuer.address),
            ("website", issuer.website),
        )
        if not value
    ]
    if missing:
        yield Finding(
            exhibit.origin.key("issuer"),
            f"the invoice does not give the supplier's {_join(missing)}; "
            "Amazon may call the supplier to verify it",
            "add them under 'issuer:' as printed on the invoice",
        )
    seller = ctx.case.seller
    if _same_name(issuer.name, seller.legal_name) or _same_name(issuer.name, seller.store_name):
        yield Finding(
            exhibit.origin.value("issuer", "name"),
            "the invoice is issued by your own business; Amazon needs invoices from your supplier",
            "use the invoice your supplier sent you",
        )


def _pro_forma(ctx: CheckContext, exhibit: Exhibit) -> Iterator[Finding]:
    for passage in ctx.texts.of(exhibit.id):
        match = _PRO_FORMA.search(passage.text)
        if match and passage.part in ("title", "body"):
            yield Finding(
                ctx.texts.locate(passage, match.start()),
                f"a '{shown(match)}' is not an invoice; Amazon accepts only invoices of "
                "completed purchases",
                "use the final invoice of the purchase",
                Severity.WARNING,  # read from words: "the quote number" is no quotation
            )
            return
    match = _PRO_FORMA.search(exhibit.file.replace("_", " ").replace("-", " "))
    if match:
        yield Finding(
            exhibit.origin.value("file"),
            f"the file name says '{shown(match)}'; Amazon accepts only invoices of completed "
            "purchases",
            "use the final invoice of the purchase",
            Severity.WARNING,
        )


def _units_sold(ctx: CheckContext, covered: int) -> Iterator[Finding]:
    """The first "N units sold" of the plan over what the invoices cover (one file's part
    kept from the last build while its passages are the same: `Texts.by_owner`)."""
    texts = ctx.texts
    for owner, _kind in texts.owners(PLAN):
        found = texts.by_owner(
            "evidence.invoice", owner, covered, partial(_sold_over, ctx, owner, covered)
        )
        if found is not None:
            yield found
            return


def _sold_over(ctx: CheckContext, owner: str, covered: int) -> Finding | None:
    for passage in ctx.texts.of(owner):
        for match in _sold_in(passage.text):
            sold = int((match.group(1) or match.group(2)).replace(",", ""))
            if sold > covered and not _gap_explained(passage.text, match, sold - covered):
                return Finding(
                    ctx.texts.locate(passage, match.start()),
                    f"the plan says {sold} units were sold, but the invoices cover only "
                    f"{covered} units",
                    "add invoices that cover every unit sold (their 'covers'), "
                    "or correct the number",
                    Severity.WARNING,  # read from the wording "N units sold"
                )
    return None


@lru_cache(maxsize=8192)
def _sold_in(text: str) -> tuple[re.Match[str], ...]:
    """The "N units sold" of one text, kept by text: a save changes one file's."""
    return tuple(_UNITS_SOLD.finditer(text))


def _gap_explained(text: str, match: re.Match[str], gap: int) -> bool:
    """Whether the sentence that says how many were sold also counts at least the units
    the invoices do not cover ("we sold 1,930 units, so up to 600 may have come from
    Elmax"): the plan accounts for them, which is what Amazon asks."""
    start, end = sentence_at(text, match.start())
    others = [
        int(n.replace(",", ""))
        for m in _COUNT.finditer(text, start, end)
        if not (match.start() <= m.start() < match.end()) and (n := m.group(0))
    ]
    return any(n >= gap for n in others)


_COUNT = re.compile(
    r"(?<![\d.,-])\d[\d,]*(?![\d-])(?!\s*(?:%|percent|days?|weeks?|months?|years?|hours?)\b)"
)


_LOA_PARTS = (
    ("the grant", re.compile(r"authori[sz]|licen[cs]|permi|grant|right to|resell|distribut", re.I)),
    (
        "the territory",
        re.compile(
            r"territor|countr|united states|\bU\.?S\.?A?\b|\bUK\b|\bEU\b|europe|canada|"
            r"worldwide|global|region|nationwide|marketplace|amazon\.\w+",
            re.I,
        ),
    ),
    (
        "the term",
        re.compile(
            r"valid|until|expir|\bterm\b|through|perpetual|indefinite|\d{4}|year|month", re.I
        ),
    ),
)


_LICENSOR = re.compile(r"licensor|brand owner|rights owner", re.I)


def loa(ctx: CheckContext) -> Iterator[Finding]:
    seller = ctx.case.seller
    for exhibit in ctx.case.exhibits:
        if exhibit.type != "loa":
            continue
        passages = ctx.texts.of(exhibit.id)
        text = " ".join(p.text for p in passages)
        if any(TODO.search(p.text) for p in passages):
            continue
        missing = []
        if exhibit.issuer is None and not _LICENSOR.search(text):
            missing.append("the licensor")
        names = (seller.legal_name, seller.store_name, "licensee")
        if not any(name.lower() in text.lower() for name in names):
            missing.append("the licensee (your business)")
        missing += [name for name, found in _LOA_PARTS if not found.search(text)]
        if missing:
            yield Finding(
                exhibit.origin.value("title"),
                f"the description of this letter of authorisation does not say {_join(missing)}",
                "say who grants what to whom, where and until when (in the text or "
                "'highlights'), so the reviewer finds each part in the letter",
            )


def utility_bill(ctx: CheckContext) -> Iterator[Finding]:
    limit = ctx.config.checks.utility_bill_max_age_days
    for exhibit in ctx.case.exhibits:
        if exhibit.type != "utility_bill" or exhibit.issued is None:
            continue
        day, measured = bill_sent(ctx, exhibit.issued)
        age = (day - exhibit.issued).days
        if age > limit:
            yield Finding(
                exhibit.origin.value("issued"),
                f"the utility bill is dated {exhibit.issued}, {age} days before {measured}; "
                f"Amazon accepts bills at most {limit} days old when they are submitted",
                "use your latest bill, in the same name and address as in Seller Central",
            )


def bill_sent(ctx: CheckContext, issued: dt.date) -> tuple[dt.date, str]:
    """The day a document is measured at, and how to say it: the last submission, when it
    carried the document and is not rejected (nothing more will be sent); otherwise today,
    standing for the next submission that will carry it."""
    last = ctx.case.last_submission
    if last is not None and last.date >= issued and last.outcome != "rejected":
        return last.date, f"the submission of {last.date} that carried it"
    return ctx.today, f"today ({ctx.today}), when the next submission would carry it"


def file_format(ctx: CheckContext) -> Iterator[Finding]:
    ip_case = ctx.case.violation.type in IP_TYPES
    not_images = []
    for exhibit in ctx.case.exhibits:
        suffix = exhibit.suffix
        if ip_case and suffix not in IMAGES:
            # A counter-notice goes to the copyright agent by e-mail, not the image form.
            if exhibit.type != "counter_notice":
                not_images.append(exhibit)
            continue
        route = ROUTE_FORMATS.get(exhibit.type or "")
        if route is not None and suffix not in route[1]:
            yield Finding(
                exhibit.origin.value("file"),
                f"Amazon accepts {route[0]} as PDF, JPG, PNG or GIF; '{exhibit.file}' is not one",
                "convert it to PDF",
            )
    if not_images:
        # One finding for the route: the fix (save pages as images) is the same for all.
        first, others = not_images[0], [e.file for e in not_images[1:]]
        also = f" (nor {_join([repr(f) for f in others])})" if others else ""
        yield Finding(
            first.origin.value("file"),
            f"IP appeals accept only images (JPG, PNG, GIF, TIFF); '{first.file}' is not one{also}",
            "save each page of the document as a PNG or JPG",
        )


def system_claim(ctx: CheckContext) -> Iterator[Finding]:
    found = pattern("evidence.system-claim", ctx.config, language_of(ctx.case))
    exhibits = {e.id for e in ctx.case.exhibits}
    cites = ctx.resolved.cites
    for item in (*ctx.case.actions, *ctx.case.measures):
        assert isinstance(item, Action | Measure)
        cited = cites.get(item.id, frozenset())
        if item.evidence or cited & exhibits:
            continue
        passages: list[Passage] = [p for p in ctx.texts.of(item.id) if p.part in ("title", "body")]
        for passage, match in find(found, passages):
            yield Finding(
                ctx.texts.locate(passage, match.start()),
                f"'{shown(match)}': a claim about a system or software needs proof, and "
                f"{ctx.resolved.label(item.id)} has no exhibit",
                "add a screenshot, log or settings page as an exhibit and list it in 'evidence'",
            )
            break


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _same_name(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\b(llc|ltd|inc|gmbh|co|corp|limited)\b|[^a-z0-9]", "", s.lower())

    return bool(norm(a)) and norm(a) == norm(b)


RULES = [
    Rule(
        "evidence.asin-uncovered",
        "R12",
        Severity.ERROR,
        "Every ASIN in the notice is covered by an exhibit or named in the plan.",
        asin_uncovered,
    ),
    Rule(
        "evidence.invoice",
        "R13",
        Severity.ERROR,
        "Invoices: within 365 days before the notice, full supplier details, enough units, "
        "not pro forma.",
        invoice,
    ),
    Rule(
        "evidence.loa",
        "R14",
        Severity.WARNING,
        "Letters of authorisation name licensor, licensee, grant, territory and term.",
        loa,
    ),
    Rule(
        "evidence.utility-bill",
        "R15",
        Severity.ERROR,
        "Utility bills are at most 90 days old at the submission that carries them.",
        utility_bill,
    ),
    Rule(
        "evidence.format",
        "R16",
        Severity.WARNING,
        "Exhibit file formats fit the route (IP appeals: images; invoices: PDF/JPG/PNG/GIF).",
        file_format,
    ),
    Rule(
        "evidence.system-claim",
        "R22",
        Severity.WARNING,
        "Claims about systems or software are backed by an exhibit.",
        system_claim,
    ),
]
