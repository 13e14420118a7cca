"""The escalation letter as a ready-to-send e-mail: `escalation-letter.eml` (RFC 5322).

Built with Python's `email` package: From is the seller's address, To the address set for
the letter's channel in reinstate.yaml (`email.to`), else the well-known address of that
channel (only `escalation_email` has one), Subject and Date from the letter, a text/plain
part (the same text as `escalation-letter.txt`) and a text/html part, and, with
`email.attach_bundle: true`, the PDF bundle when the build made one. `X-Unsent: 1` makes
mail clients that know it open the file as a draft to send rather than as a received mail.

Reproducible: the date is the letter's date at 09:00 UTC, and the Message-ID and the MIME
boundaries are derived from the case and the letter's text, never from the clock.

The display names in From and To come from the case (the seller's name, the letter's
`to`), which is untrusted text: `address_of` keeps one only when the header reads back as
exactly that name and address.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from email.errors import MessageError
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.policy import SMTP
from email.policy import default as read_policy
from email.utils import format_datetime
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from reinstate.core.config import Config
from reinstate.core.diagnostics import Reporter
from reinstate.core.fieldtypes import NOT_IN_A_LINE_RE
from reinstate.core.model import Case, Letter
from reinstate.core.vocabulary import _, channel_name
from reinstate.render.letter import body_html, signature_html
from reinstate.render.letter_parts import LetterContent, compose_letter
from reinstate.render.links import PageLinks
from reinstate.render.plain import letter_text
from reinstate.render.theme import Theme
from reinstate.stages.resolve import LETTER_PAGE, Resolved, Target

if TYPE_CHECKING:
    from reinstate.render.step import CaseBuild

EML = "escalation-letter.eml"
MB = 1024 * 1024
SEND_HOUR = 9
"""The hour (UTC) put in the Date header: the letter has a day, not a time."""
DEFAULT_TO = {"escalation_email": "jeff@amazon.com"}
"""Well-known addresses per channel: Executive Seller Relations takes escalations here."""


class MailLinks(PageLinks):
    """References in an e-mail: the reader has no site, so labels are shown, not linked."""

    linked = False

    def link(self, target: Target | str, text: str | None = None) -> Markup:
        if isinstance(target, str):
            found = self.resolved.targets.get(target)
            label = found.label if found is not None else target
        else:
            label = target.label
        return Markup('<strong class="xref">{}</strong>').format(text or label)


def bundle_name(case: Case) -> str:
    return f"{case.slug}-bundle.pdf"


_ADDR_SPEC = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+")
_NAMED = re.compile(r"\s*(.*?)\s*<([^<>]*)>\s*")


def mail_address(text: str, name: str) -> Address | None:
    """`Name <addr>` or a bare address as an Address (`name` when it gives none).

    Only plain ASCII addresses are taken, exactly as written: anything a mail client might
    read differently from what the author meant is refused rather than repaired.
    """
    named = _NAMED.fullmatch(text)
    shown, addr = (named.group(1).strip('"'), named.group(2)) if named else ("", text.strip())
    if not _ADDR_SPEC.fullmatch(addr):
        return None
    try:
        return address_of(shown or name, addr)
    except (MessageError, ValueError, IndexError):
        return None


def header_text(text: str) -> str:
    """`text` with every character that could break a header line made a space.

    One-line fields refuse these characters already (a located error in `check`); this
    keeps a value composed from several fields from ending the build with a traceback."""
    return " ".join(NOT_IN_A_LINE_RE.sub(" ", text).split())


def address_of(name: str, addr: str) -> Address:
    """`name <addr>`, or the bare address when the name would not survive the header.

    Python's email package (3.11, gh-80222) drops the quotes of a display name when it
    folds a long header, so 'Acme, a long name ... <evil@example.com>' would turn into two
    addresses, one of them the attacker's. The header is therefore written, read back, and
    the name kept only when exactly one address, this one, with this name comes back.
    """
    address = Address(display_name=name, addr_spec=addr)
    probe = EmailMessage(policy=SMTP)
    found: list[tuple[str, str]] = []
    try:
        probe["To"] = address
        back = BytesHeaderParser(policy=read_policy).parsebytes(probe.as_bytes())["To"]
        found = [(a.display_name, a.addr_spec) for a in back.addresses]
    except (MessageError, ValueError, IndexError, AttributeError):
        pass
    return address if found == [(name, addr)] else Address(addr_spec=addr)


def recipient(letter: Letter, case: Case, config: Config, reporter: Reporter) -> Address | None:
    """Who the e-mail goes to; reports an unusable or missing address."""
    channel = letter.channel
    configured = config.email.to.get(channel)
    if configured is not None:
        found = mail_address(configured, letter.to)
        if found is None and config.marks is not None:
            reporter.error(
                config.marks.value(("email", "to", channel)),
                "email.address",
                f"'{configured}' is not an e-mail address",
                "write it as name@example.com or Name <name@example.com>",
            )
        return found
    default = DEFAULT_TO.get(channel)
    if default is not None:
        return address_of(letter.to, default)
    marks = letter.origin.marks
    reporter.info(
        marks.values.get(("channel",)) or letter.origin.key("kind"),
        "email.no-recipient",
        f"the e-mail has no recipient: the {channel_name(channel)} channel has no e-mail address",
        f"set email.to.{channel} in reinstate.yaml to address it",
    )
    return None


def sender(case: Case, reporter: Reporter) -> Address | None:
    found = mail_address(case.seller.email, case.seller.legal_name)
    if found is None:
        reporter.error(
            case.origin.value("seller", "email"),
            "email.address",
            f"'{case.seller.email}' cannot be used as the sender of the e-mail",
            "write the seller's address as name@example.com (ASCII letters and digits)",
        )
    return found


def message_id(case: Case, letter: Letter, text: str) -> tuple[str, str]:
    """A Message-ID and a digest, both derived from the case and the letter's text."""
    seed = "\n".join([case.slug, case.seller.merchant_token, str(letter.date), text])
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    domain = case.seller.email.rpartition("@")[2].lower()
    if not re.fullmatch(r"[a-z0-9-]+(\.[a-z0-9-]+)+", domain):
        domain = "reinstate.invalid"
    return f"<reinstate.{digest[:24]}@{domain}>", digest


def email_html(resolved: Resolved, theme: Theme, allow_html: bool, content: LetterContent) -> str:
    """The letter's body and signature as an HTML document (the headers carry the rest)."""
    links = MailLinks(resolved, LETTER_PAGE, allow_html=allow_html)
    fragment = body_html(resolved, links, content) + Markup("\n") + signature_html(content)
    return theme.template("escalation-letter-email.html").render(
        {"subject": content.subject, "letter_html": fragment}
    )


def letter_message(
    resolved: Resolved,
    theme: Theme,
    config: Config,
    reporter: Reporter,
    bundle: bytes | None = None,
) -> EmailMessage | None:
    """The letter as a message, or None when the case has no letter or no usable sender."""
    case = resolved.case
    content = compose_letter(resolved)
    plain = letter_text(resolved, allow_html=config.allow_html, head=False)
    if content is None or plain is None:
        return None
    letter = content.letter
    day = letter.date
    if day is None:  # required by the schema; a letter without one is never loaded
        return None
    frm = sender(case, reporter)
    if frm is None:
        return None
    to = recipient(letter, case, config, reporter)
    msg_id, digest = message_id(case, letter, plain.text)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    if to is not None:
        msg["To"] = to
    msg["Subject"] = header_text(content.subject)
    msg["Date"] = format_datetime(
        dt.datetime(day.year, day.month, day.day, SEND_HOUR, tzinfo=dt.UTC)
    )
    msg["Message-ID"] = msg_id
    msg["X-Unsent"] = "1"
    msg.set_content(plain.text, subtype="plain", charset="utf-8", cte="quoted-printable")
    html = email_html(resolved, theme, config.allow_html, content)
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    if bundle is not None:
        msg.add_attachment(
            bundle, maintype="application", subtype="pdf", filename=bundle_name(case)
        )
    for n, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_reinstate_{digest[:16]}_{n}")
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # the email package copies it into moved parts
    return msg


def render_email_alone(build: CaseBuild) -> None:
    """Build step (fast): `escalation-letter.eml` without the bundle, when the settings
    say so (`email.attach_bundle: false`). With the bundle attached, the e-mail is made by
    the slow step after the bundle's (`render_email_with_bundle`), so that it attaches the
    bundle of the same build; a build without the PDF step keeps the last pair."""
    letter = build.resolved.case.letter
    if letter is None:
        return
    if build.config.email.attach_bundle:
        if not build.slow_steps:
            # The same problems as a full build (so the status agrees), but no e-mail
            # without the bundle it says is enclosed.
            sender(build.resolved.case, build.reporter)
            recipient(letter, build.resolved.case, build.config, build.reporter)
            build.notes.append(
                f"{EML}: not rebuilt without the PDF bundle it attaches (--no-pdf); the "
                "e-mail and the bundle of the last full build, if any, are kept"
            )
        return
    write_email(build, None)


def render_email_with_bundle(build: CaseBuild) -> None:
    """Build step (slow, after the bundle's): `escalation-letter.eml` with the bundle."""
    if build.resolved.case.letter is None or not build.config.email.attach_bundle:
        return
    found = build.outputs.get(bundle_name(build.resolved.case))
    if found is None:
        build.notes.append(f"{EML}: the PDF bundle is not attached because it was not built")
        write_email(build, None)
        return
    bundle = found.read_bytes() if isinstance(found, Path) else found
    check_attachment_size(build, len(bundle))
    write_email(build, bundle)


def check_attachment_size(build: CaseBuild, size: int) -> None:
    """Warn, at the letter, when the attached bundle is over `email.max_attachment_mb`."""
    letter = build.resolved.case.letter
    limit = build.config.email.max_attachment_mb
    if letter is None or size <= limit * MB:
        return
    build.reporter.warning(
        letter.origin.key("kind"),
        "email.attachment-size",
        f"the e-mail attaches the PDF bundle of {size / MB:.1f} MB, over the "
        f"{limit} MB that many mail servers accept",
        "shrink the exhibits (pdf.image_max_dpi in reinstate.yaml), send the bundle another "
        "way and set email.attach_bundle: false, or raise email.max_attachment_mb",
    )


def write_email(build: CaseBuild, bundle: bytes | None) -> None:
    """Compose the message and add it to the build, with a note for the build's output."""
    resolved, config = build.resolved, build.config
    msg = letter_message(resolved, build.theme, config, build.reporter, bundle)
    if msg is None:
        return
    to = msg["To"]
    note = _("to {address}").format(address=to.addresses[0].addr_spec) if to else _("no recipient")
    if bundle is not None:
        note = _("{recipient}, {file} attached").format(
            recipient=note, file=bundle_name(resolved.case)
        )
    status = build.status
    if not status.ready:
        blocked = _("not ready: {blocker}").format(blocker=status.blocker)
        note = _("{first}; {second}").format(first=blocked, second=note)
    build.add(EML, msg.as_bytes(), _("Escalation letter (e-mail, ready to send)"), note)
