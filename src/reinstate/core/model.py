"""The case model: frozen dataclasses that every stage after `load` works on.

Each item knows where it came from (`Origin`), so a check or a reference can point at the
exact file, line and column of the field or phrase it is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from reinstate.core.diagnostics import Location
from reinstate.core.language import _, format_date
from reinstate.core.yamlmarks import KeyPath, Marks

Output = bytes | Path
"""What to write: the bytes of a generated file, or a source file to copy (an exhibit)."""


@dataclass(frozen=True, slots=True)
class Origin:
    """The file an object was read from and the marks of its front matter."""

    rel: str
    """Project-relative path, POSIX separators."""
    marks: Marks
    """Locations of the front matter keys and values."""
    body_line: int = 0
    """1-based line of the body's first line (0: no body)."""
    digest: str = ""
    """SHA-256 of the file."""

    def key(self, *path: str | int) -> Location:
        return self.marks.key(path)

    def value(self, *path: str | int) -> Location:
        return self.marks.value(path)

    def at(self, path: KeyPath) -> Location:
        return self.marks.value(path)

    def body_location(self, line: int, col: int = 1) -> Location:
        """Location of 0-based body line `line`."""
        return Location(self.rel, self.body_line + line, col)


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    title: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True)
class Seller:
    legal_name: str
    store_name: str
    merchant_token: str
    email: str
    address: str | None = None
    contact: Contact | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    value: str
    target: str | None = None
    window: str | None = None


@dataclass(frozen=True, slots=True)
class Violation:
    type: str
    """One of `kinds.VIOLATION_TYPES`."""
    notice_date: dt.date
    policy: str | None = None
    notice: str | None = None
    """Amazon's notification, verbatim; never checked for tone."""
    asins: tuple[str, ...] = ()
    orders: tuple[str, ...] = ()
    complaint_ids: tuple[str, ...] = ()
    deadline: dt.date | None = None
    metrics: tuple[Metric, ...] = ()


@dataclass(frozen=True, slots=True)
class Submission:
    """One earlier submission of the appeal, in the order given (oldest first)."""

    index: int
    """0-based position in `submissions`, for locating its fields."""
    date: dt.date
    channel: str = "other"
    case_ids: tuple[str, ...] = ()
    outcome: str = "pending"
    reply_date: dt.date | None = None
    reply: str | None = None
    snapshot: str | None = None


@dataclass(frozen=True, slots=True)
class Signature:
    name: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    """Fields shared by every item file (cause, action, measure, exhibit, letter, page)."""

    kind: str
    id: str
    title: str
    origin: Origin
    body: str = ""
    """The Markdown body, as written."""
    order: int | None = None
    key: bool = False
    ignore: tuple[str, ...] = ()

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Items with `order` first, ascending; then the others by path."""
        if self.order is None:
            return (1, 0, self.origin.rel)
        return (0, self.order, self.origin.rel)


@dataclass(frozen=True, slots=True)
class Cause(Item):
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Action(Item):
    addresses: tuple[str, ...] = ()
    date: dt.date | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Measure(Item):
    addresses: tuple[str, ...] = ()
    starts: dt.date | None = None
    owner: str = ""
    cadence: str = ""
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Issuer:
    name: str
    phone: str | None = None
    address: str | None = None
    website: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class Highlight:
    """One entry of an exhibit's `highlights:`: a text to find, or an area of a page."""

    index: int
    """0-based position in `highlights` (its callout number is index + 1)."""
    text: str = ""
    page: int | None = None
    """1-based page to search or mark; None: every page."""
    box: tuple[float, float, float, float] | None = None
    """x, y, width, height: fractions of the page from its top left."""
    note: str = ""

    @property
    def label(self) -> str:
        """How the entry reads in a list ("Please look at: ...")."""
        if self.text:
            return self.text
        return self.note or _("the marked area of page {page}").format(page=self.page or 1)


@dataclass(frozen=True, slots=True)
class Exhibit(Item):
    file: str = ""
    """The path as written in the front matter."""
    path: Path | None = None
    """The resolved file inside the case folder (None when it is missing or refused)."""
    type: str | None = None
    issued: dt.date | None = None
    issuer: Issuer | None = None
    covers: tuple[tuple[str, int], ...] = ()
    """(ASIN, units) pairs, in the order written."""
    marks: tuple[Highlight, ...] = ()
    """The entries of `highlights:` as written: what the bundle marks."""
    highlight_ids: bool | None = None
    """None: reinstate.yaml's `highlight_ids` decides."""

    @property
    def highlights(self) -> tuple[str, ...]:
        """Each entry of `highlights:` as it reads in a list (`Highlight.label`), in the
        language in force."""
        return tuple(m.label for m in self.marks)

    @property
    def suffix(self) -> str:
        return Path(self.file).suffix.lower()


@dataclass(frozen=True, slots=True)
class Missed:
    index: int
    """0-based position in `missed`, for locating its fields."""
    ref: str
    note: str


@dataclass(frozen=True, slots=True)
class Letter(Item):
    to: str = ""
    channel: str = "escalation_email"
    date: dt.date | None = None
    subject: str | None = None
    ask: str = "senior_investigator"
    missed: tuple[Missed, ...] = ()


@dataclass(frozen=True, slots=True)
class Page(Item):
    bundle: bool = False


@dataclass(frozen=True, slots=True)
class Case:
    """One case folder, loaded and validated; items sorted in label order."""

    slug: str
    """The folder name; also the output folder name."""
    folder: Path
    """Absolute path of the case folder."""
    origin: Origin
    """case.md."""
    title: str
    mode: str
    seller: Seller
    marketplace: str
    scope: str
    violation: Violation
    submissions: tuple[Submission, ...] = ()
    signature: Signature | None = None
    paper: str = "letter"
    """The PDF's paper: case.md's `paper`, else reinstate.yaml's, else by marketplace."""
    date_style: str = "month_day"
    """How every output writes dates (`vocabulary.format_date`); chosen like `paper`."""
    language: str = "en"
    """The language of every generated word: case.md's `language`, else reinstate.yaml's."""
    opening: str = ""
    """The body of case.md: the opening paragraph of the plan."""
    bundle_redline: bool = False
    """`bundle.redline` of case.md, else of reinstate.yaml: the bundle's redline annex."""
    ignore: tuple[str, ...] = ()
    causes: tuple[Cause, ...] = ()
    actions: tuple[Action, ...] = ()
    measures: tuple[Measure, ...] = ()
    exhibits: tuple[Exhibit, ...] = ()
    letter: Letter | None = None
    pages: tuple[Page, ...] = ()
    inputs: tuple[str, ...] = field(default=())
    """Project-relative paths of every file the case was read from (sources and exhibits)."""
    unreadable: tuple[str, ...] = ()
    """Names of item files that could not be read; references to them are not reported."""

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item in label order: causes, actions, measures, exhibits, letter, pages."""
        letter: tuple[Item, ...] = (self.letter,) if self.letter is not None else ()
        return (*self.causes, *self.actions, *self.measures, *self.exhibits, *letter, *self.pages)

    @property
    def dispute(self) -> bool:
        return self.mode == "dispute"

    def date(self, value: dt.date | None) -> str:
        """`value` written in this case's date style."""
        return format_date(value, self.date_style)

    @property
    def last_submission(self) -> Submission | None:
        return self.submissions[-1] if self.submissions else None

    @property
    def effective_signature(self) -> Signature | None:
        if self.signature is not None:
            return self.signature
        contact = self.seller.contact
        return Signature(contact.name, contact.title) if contact is not None else None
