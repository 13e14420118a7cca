"""The front matter of every kind of file, declared once (case format v1).

The loader validates with these declarations and `reinstate schema` prints them as JSON
Schema, so the documentation, the editor completion and the checks always agree.
"""

from __future__ import annotations

from reinstate.core.fieldtypes import (
    JSON,
    Bool,
    Date,
    Enum,
    Field,
    Fractions,
    Int,
    ListOf,
    MapOf,
    Obj,
    Str,
    TextOr,
)
from reinstate.core.vocabulary import (
    DATE_STYLES,
    EXHIBIT_TYPE_NAMES,
    LANGUAGES,
    LETTER_TITLE,
    PAPERS,
    VIOLATION_NAMES,
)

VIOLATION_TYPES = tuple(VIOLATION_NAMES)
"""The `violation.type` values: the keys of the one table of their names."""
MODES = ("plan_of_action", "dispute")
SCOPES = ("account", "listing", "funds", "brand")
CHANNELS = (
    "appeal_form",
    "view_appeal",
    "account_health_call",
    "escalation_email",
    "ip_appeal",
    "other",
)
OUTCOMES = ("pending", "rejected", "accepted", "no_response")
EXHIBIT_TYPES = tuple(EXHIBIT_TYPE_NAMES)
"""The `type:` values of an exhibit: the keys of the one table of their names."""
EXHIBIT_SUFFIXES = (".pdf", ".png", ".jpg", ".jpeg", ".gif", ".tif", ".tiff")
ASKS = ("senior_investigator", "seller_performance_manager")
ITEM_KINDS = ("cause", "action", "measure", "exhibit", "letter", "page")
KINDS = ("case", *ITEM_KINDS)

ID_PATTERN = r"[A-Za-z0-9_-]+"
ASIN = Str(r"B0[A-Z0-9]{8}|[0-9]{9}[0-9X]", "an ASIN (B0 and 8 letters or digits, or an ISBN-10)")
ORDER_ID = Str(r"[0-9]{3}-[0-9]{7}-[0-9]{7}", "an order id (NNN-NNNNNNN-NNNNNNN)")
ITEM_ID = Str(ID_PATTERN, "an id (letters, digits, '-' and '_')")
LINE = Str(one_line=True)
TEXT = Str()

_KIND = Field("kind", Enum(KINDS), required=True, doc="What this file is.")
_IGNORE = Field(
    "ignore", ListOf(Str(one_line=True)), default=[], doc="Check rule ids silenced for this file."
)

CONTACT = Obj(
    (
        Field("name", LINE, required=True, doc="Who Amazon can contact."),
        Field("title", LINE, doc="Their role, e.g. Owner."),
        Field("phone", LINE, doc="Phone number with country code."),
    )
)
SELLER = Obj(
    (
        Field("legal_name", LINE, required=True, doc="The registered business name."),
        Field("store_name", LINE, required=True, doc="The store's display name."),
        Field(
            "merchant_token",
            Str(r"[A-Z0-9]{6,20}", "a merchant token (Seller ID: capital letters and digits)"),
            required=True,
            doc="The Seller ID (merchant token), e.g. A2HLG7EXAMPLE.",
        ),
        Field(
            "email",
            Str(r"[^@\s]+@[^@\s]+\.[^@\s]+", "an e-mail address", one_line=True),
            required=True,
            doc="The e-mail address of the seller account.",
        ),
        Field("address", LINE, doc="Registered business address."),
        Field("contact", CONTACT, doc="The person Amazon can contact."),
    ),
    doc="Who the seller is, exactly as in Seller Central.",
)
METRIC = Obj(
    (
        Field("name", LINE, required=True, doc="Metric, e.g. Order Defect Rate."),
        Field("value", LINE, required=True, doc="The account's value, e.g. 1.6%."),
        Field("target", LINE, doc="Amazon's target, e.g. < 1%."),
        Field("window", LINE, doc="The measuring window, e.g. 60 days."),
    )
)
VIOLATION = Obj(
    (
        Field("type", Enum(VIOLATION_TYPES), required=True, doc="The kind of violation."),
        Field("notice_date", Date(), required=True, doc="When Amazon's notice arrived."),
        Field("policy", LINE, doc="The policy the notice cites."),
        Field("notice", TEXT, doc="Amazon's notification, verbatim."),
        Field("asins", ListOf(ASIN), default=[], doc="ASINs named in the notice."),
        Field("orders", ListOf(ORDER_ID), default=[], doc="Order ids named in the notice."),
        Field("complaint_ids", ListOf(LINE), default=[], doc="Complaint ids in the notice."),
        Field(
            "deadline",
            Date(),
            doc="The reply deadline the notice gives (else computed from notice_date for "
            "restricted_products and review_manipulation).",
        ),
        Field("metrics", ListOf(METRIC), default=[], doc="Performance metrics (ODR, LSR ...)."),
    ),
    doc="What Amazon's notice says.",
)
SUBMISSION = Obj(
    (
        Field("date", Date(), required=True, doc="When it was submitted."),
        Field("channel", Enum(CHANNELS), default="other", doc="Where it was submitted."),
        Field("case_ids", ListOf(LINE), default=[], doc="Seller Central case ids."),
        Field("outcome", Enum(OUTCOMES), default="pending", doc="What came of it."),
        Field("reply_date", Date(), doc="When Amazon replied."),
        Field("reply", TEXT, doc="Amazon's reply, verbatim."),
        Field("snapshot", LINE, doc="A git revision of this case as submitted."),
    )
)
SIGNATURE = Obj(
    (
        Field("name", LINE, required=True, doc="Who signs."),
        Field("title", LINE, doc="Their role."),
    )
)

BUNDLE = Obj(
    (
        Field(
            "redline",
            Bool(),
            doc="Add the changes since the compared submission (changes.html) to the PDF "
            "bundle, after the exhibit index.",
        ),
    ),
    doc="What the PDF bundle adds to its usual parts.",
)
CASE = Obj(
    (
        _KIND,
        Field("title", LINE, doc="Default: 'Reinstatement of <store name>'."),
        Field("mode", Enum(MODES), default="plan_of_action", doc="dispute: deactivated in error."),
        Field("seller", SELLER, required=True),
        Field("marketplace", LINE, required=True, doc="e.g. amazon.com"),
        Field("scope", Enum(SCOPES), default="account", doc="What was deactivated."),
        Field("violation", VIOLATION, required=True),
        Field(
            "submissions", ListOf(SUBMISSION), default=[], doc="The appeal history, oldest first."
        ),
        Field("signature", SIGNATURE, doc="Default: seller.contact."),
        Field(
            "paper", Enum(PAPERS), doc="PDF paper; default: reinstate.yaml, else by marketplace."
        ),
        Field(
            "date_style",
            Enum(DATE_STYLES),
            doc="How dates are written; default: reinstate.yaml, else by marketplace.",
        ),
        Field("bundle", BUNDLE, default={}, doc="PDF bundle parts; default: reinstate.yaml."),
        Field(
            "language",
            Enum(LANGUAGES),
            doc="Language of the generated words (en, de, fr, es, it, ja); default: "
            "reinstate.yaml, else en.",
        ),
        _IGNORE,
    ),
    doc="case.md: the facts of one case.",
)

_ID = Field("id", ITEM_ID, doc="Unique within the case; default: the file name.")
_TITLE = Field("title", LINE, required=True, doc="One line.")
_ORDER = Field("order", Int(), doc="Position within its kind (lower first).")
_KEY = Field("key", Bool(), default=False, doc="A key point the escalation letter highlights.")
_EVIDENCE = Field("evidence", ListOf(ITEM_ID), default=[], doc="Ids of supporting exhibits.")
_ADDRESSES = Field(
    "addresses", ListOf(ITEM_ID, min_items=1), required=True, doc="Ids of the causes it answers."
)

CAUSE = Obj((_KIND, _ID, _TITLE, _ORDER, _KEY, _EVIDENCE, _IGNORE), doc="A root cause.")
ACTION = Obj(
    (
        _KIND,
        _ID,
        _TITLE,
        _ORDER,
        _KEY,
        _ADDRESSES,
        Field("date", Date(), required=True, doc="The day it was completed."),
        _EVIDENCE,
        _IGNORE,
    ),
    doc="A corrective action, already done.",
)
MEASURE = Obj(
    (
        _KIND,
        _ID,
        _TITLE,
        _ORDER,
        _KEY,
        _ADDRESSES,
        Field("starts", Date(), required=True, doc="The day it took effect."),
        Field("owner", LINE, required=True, doc="Who is responsible."),
        Field("cadence", LINE, required=True, doc="How often it runs."),
        _EVIDENCE,
        _IGNORE,
    ),
    doc="A preventive measure, in effect from now on.",
)
ISSUER = Obj(
    (
        Field("name", LINE, required=True, doc="Who issued the document."),
        Field("phone", LINE),
        Field("address", LINE),
        Field("website", LINE),
        Field("email", LINE),
    )
)
HIGHLIGHT = Obj(
    (
        Field("text", LINE, doc="Text to find and mark (on `page` only, when given)."),
        Field("page", Int(minimum=1), doc="The exhibit's page (1 is the first)."),
        Field("box", Fractions(), doc="An area of the page (for scans and images)."),
        Field("note", LINE, doc="What the area shows (for a box)."),
    ),
    doc="A text to find on one page, or an area of a page.",
)
EXHIBIT = Obj(
    (
        _KIND,
        _ID,
        _TITLE,
        _ORDER,
        _KEY,
        Field("file", LINE, required=True, doc="Path inside the case folder."),
        Field("type", Enum(EXHIBIT_TYPES), doc="What kind of document it is."),
        Field("issued", Date(), doc="The document's own date."),
        Field("issuer", ISSUER, doc="Who issued it."),
        Field(
            "covers",
            MapOf(ASIN, Int(minimum=0)),
            default={},
            doc="Units per ASIN (bought, on an invoice; sold, on an order_list).",
        ),
        Field(
            "highlights",
            ListOf(TextOr(LINE, HIGHLIGHT)),
            default=[],
            doc="What the reviewer should look at: text marked where the exhibit shows it, "
            "or an area of a page.",
        ),
        Field(
            "highlight_ids",
            Bool(),
            doc="Mark the notice's ASINs and order ids where this exhibit shows them "
            "(default: reinstate.yaml's highlight_ids, itself true).",
        ),
        _IGNORE,
    ),
    doc="A supporting document.",
)
MISSED = Obj(
    (
        Field("ref", ITEM_ID, required=True, doc="Id of the item the reviewer missed."),
        Field("note", TEXT, required=True, doc="What the reviewer missed, in a sentence."),
    )
)
LETTER = Obj(
    (
        _KIND,
        _ID,
        Field("title", LINE, default=LETTER_TITLE, doc="Default: Escalation letter."),
        _ORDER,
        _KEY,
        Field("to", LINE, required=True, doc="Team or person."),
        Field("channel", Enum(CHANNELS), default="escalation_email", doc="Where it goes."),
        Field("date", Date(), required=True, doc="The letter's date."),
        Field("subject", LINE, doc="Default: composed from the store and case ids."),
        Field("ask", Enum(ASKS), default="senior_investigator", doc="Who should review."),
        Field("missed", ListOf(MISSED), default=[], doc="Points the last reviewer missed."),
        _IGNORE,
    ),
    doc="The escalation letter (at most one per case).",
)
PAGE = Obj(
    (
        _KIND,
        _ID,
        _TITLE,
        _ORDER,
        _KEY,
        Field("bundle", Bool(), default=False, doc="Also include it in the PDF bundle."),
        _IGNORE,
    ),
    doc="A free page.",
)

SCHEMAS: dict[str, Obj] = {
    "case": CASE,
    "cause": CAUSE,
    "action": ACTION,
    "measure": MEASURE,
    "exhibit": EXHIBIT,
    "letter": LETTER,
    "page": PAGE,
}

# Keys that authors put on the wrong kind; the hint says where they belong.
for _kind, _schema in SCHEMAS.items():
    for _other, _other_schema in SCHEMAS.items():
        if _other == _kind:
            continue
        for _field in _other_schema.fields:
            if all(f.name != _field.name for f in _schema.fields):
                _schema.elsewhere.setdefault(
                    _field.name, f"'{_field.name}' belongs to kind {_other}"
                )


SCHEMA_ID = "https://reinstate.invalid/schema/case-format-v1.json"
"""The `$id` of the printed schema; `reinstate new` recognises its own schema file by it."""

KIND_DOCS = {
    "case": "case.md: the seller, the notice and the appeal history of one case.",
    "cause": "A root cause: why it happened, with dates and numbers.",
    "action": "A corrective action, already done: past tense, dated.",
    "measure": "A preventive measure in effect from now on: owner, cadence, start date.",
    "exhibit": "A supporting document in the case folder, and what it proves.",
    "letter": "The escalation letter (at most one per case).",
    "page": "A free page of the site (and, with bundle: true, of the PDF bundle).",
}


def json_schema() -> JSON:
    """JSON Schema (draft 2020-12) of the front matter of every kind.

    Generated from `SCHEMAS`, the declarations the loader validates with. Each kind is a
    `$defs` entry; `kind` selects it (if/then), so an editor completes the right fields.
    """
    defs: dict[str, JSON] = {}
    branches = []
    for kind, schema in SCHEMAS.items():
        branch = schema.json()
        branch["description"] = KIND_DOCS[kind]
        branch["properties"]["kind"] = {"const": kind, "description": "What this file is."}
        defs[kind] = branch
        branches.append(
            {
                "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
                "then": {"$ref": f"#/$defs/{kind}"},
            }
        )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "reinstate case files: front matter (case format v1)",
        "description": (
            "The YAML front matter of a reinstate case file. `kind` says what the file is; "
            "case.md is `kind: case`, every other Markdown file is one item."
        ),
        "type": "object",
        "required": ["kind"],
        "properties": {
            "kind": {
                "enum": list(KINDS),
                "description": "What this file is: "
                + "; ".join(f"{k}: {doc}" for k, doc in KIND_DOCS.items()),
            }
        },
        "allOf": branches,
        "$defs": defs,
    }
