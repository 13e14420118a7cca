"""The .eml: built with the email package, parsed back header by header."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from reinstate.render.steps import BUILTIN_STEPS
from reinstate.run.build import BuildOptions, CaseBuild, Step, build_project
from support.common import TODAY, Run, write

DAY = dt.date.fromisoformat(TODAY)
EML = "escalation-letter.eml"


@pytest.fixture
def root(make_project: Callable[[str], Path]) -> Path:
    """The letter root; `build_project` builds it with `STEPS`, a stand-in PDF step (the
    e-mail attaches the bundle)."""
    return make_project("letter")


BUNDLE = b"%PDF-1.7\n%fake bundle\n"


def fake_pdf(build: CaseBuild) -> None:
    build.add(f"{build.resolved.case.slug}-bundle.pdf", BUNDLE, "Bundle")


STEPS = tuple(Step("pdf", fake_pdf, slow=True) if s.name == "pdf" else s for s in BUILTIN_STEPS)


def alternative(msg: EmailMessage) -> EmailMessage:
    """The multipart/alternative part (the letter) of a message with the bundle attached."""
    body = next(msg.iter_parts())
    assert isinstance(body, EmailMessage)
    assert body.get_content_type() == "multipart/alternative"
    return body


def build(root: Path, case: str = "directives") -> Path:
    result = build_project(root, BuildOptions(steps=STEPS, pdf=True, today=DAY, out=root / "site"))
    assert result.errors == 0, [d.format() for d in result.diagnostics]
    return root / "site" / case


def parse(path: Path) -> EmailMessage:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    return message


def configure(root: Path, text: str) -> None:
    write(root / "reinstate.yaml", text)


def test_headers_one_by_one(root: Path) -> None:
    configure(
        root,
        "email:\n  to:\n    escalation_email: "
        "Seller Performance <seller-performance@amazon.example>\n",
    )
    msg = parse(build(root) / EML)
    assert msg["From"] == "Birch & Pine Trading Ltd <appeals@birchpine.example>"
    assert msg["From"].addresses[0].addr_spec == "appeals@birchpine.example"
    assert msg["To"] == "Seller Performance <seller-performance@amazon.example>"
    assert msg["Subject"] == "Senior review requested for Birch & Pine (A3BIRCHPINE7)"
    assert parsedate_to_datetime(msg["Date"]) == dt.datetime(2025, 3, 3, 9, 0, tzinfo=dt.UTC)
    assert re.fullmatch(r"<reinstate\.[0-9a-f]{24}@birchpine\.example>", msg["Message-ID"])
    assert msg["X-Unsent"] == "1"
    assert msg["MIME-Version"] == "1.0"
    assert msg.get_content_type() == "multipart/mixed"
    assert msg.defects == []


def test_text_and_html_parts(root: Path) -> None:
    site = build(root)
    msg = parse(site / EML)
    parts = list(alternative(msg).iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    plain, html = (p.get_content().replace("\r\n", "\n") for p in parts)
    letter = (site / "escalation-letter.txt").read_text()
    # the e-mail's text is the letter's text without the head its headers carry
    assert letter.endswith(plain)
    assert plain.startswith("Dear Seller Performance team,\n")
    assert "What changed\n\nKey points of the revised plan:\n- Root Cause 1: " in plain
    assert "<title>Senior review requested for Birch &amp; Pine (A3BIRCHPINE7)</title>" in html
    assert '<strong class="xref">Root Cause 1</strong>' in html
    assert "href=" not in html.replace('href="#', "")  # no links to a site the reader lacks
    assert "Sincerely," in html and "Sam Okafor" in html
    assert all(p["MIME-Version"] is None for p in parts)


def test_the_wire_format(root: Path) -> None:
    data = (build(root) / EML).read_bytes()
    assert b"\r\n" in data
    assert all(len(line) <= 78 for line in data.split(b"\r\n"))
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_the_same_sources_give_the_same_bytes(root: Path) -> None:
    first = (build(root) / EML).read_bytes()
    (root / "site" / "directives" / EML).unlink()
    assert (build(root) / EML).read_bytes() == first


def test_a_changed_letter_gets_a_new_message_id(root: Path) -> None:
    before = parse(build(root) / EML)["Message-ID"]
    letter = root / "content" / "directives" / "letter.md"
    write(letter, letter.read_text().replace("Thank you for your time.", "Thank you."))
    assert parse(build(root) / EML)["Message-ID"] != before


def test_escalation_email_defaults_to_executive_seller_relations(root: Path) -> None:
    msg = parse(build(root) / EML)
    assert msg["To"] == "Seller Performance <jeff@amazon.com>"


def test_a_channel_without_an_address_gives_a_draft_without_recipient(
    root: Path, cli: Callable[..., Run]
) -> None:
    msg = parse(build(root, "composed") / EML)
    assert msg["To"] is None
    sender = msg["From"].addresses[0]
    assert (sender.display_name, sender.addr_spec) == (
        "Quay Street Outfitters Inc.",
        "hello@quaystreet.example",
    )
    found = cli("check", root, "--format", "json", "--today", TODAY)
    assert found.status == 0
    run = cli("build", root, "--today", TODAY, "--case", "composed")
    assert run.status == 0
    dashboard = (root / "site" / "composed" / "index.html").read_text()
    assert (
        'ready to send)</a> <span class="note">no recipient, composed-bundle.pdf attached</span>'
    ) in dashboard


@pytest.mark.parametrize("pdf", [True, False])
def test_no_recipient_is_reported_at_the_channel(root: Path, pdf: bool) -> None:
    result = build_project(root, BuildOptions(steps=STEPS, pdf=pdf, today=DAY, out=root / "site"))
    found = [d for d in result.diagnostics if d.rule == "email.no-recipient"]
    assert [(str(d.location), str(d.severity)) for d in found] == [
        ("content/composed/letter.md:4:10", "info")
    ]
    assert found[0].hint == "set email.to.view_appeal in reinstate.yaml to address it"


def test_a_bad_configured_address_is_located_in_the_settings(root: Path) -> None:
    configure(root, "email:\n  to:\n    escalation_email: not an address\n")
    result = build_project(root, BuildOptions(steps=STEPS, pdf=True, today=DAY, out=root / "site"))
    found = [d for d in result.diagnostics if d.rule == "email.address"]
    assert [(str(d.location), str(d.severity)) for d in found] == [("reinstate.yaml:3:23", "error")]
    msg = parse(root / "site" / "directives" / EML)
    assert msg["To"] is None


def test_the_bundle_of_the_same_build_is_attached_by_default(root: Path) -> None:
    site = build(root)
    msg = parse(site / EML)
    assert msg.get_content_type() == "multipart/mixed"
    body, attachment = msg.iter_parts()
    assert body.get_content_type() == "multipart/alternative"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "directives-bundle.pdf"
    assert attachment.get_content() == (site / "directives-bundle.pdf").read_bytes() == BUNDLE


def test_the_bundle_is_not_attached_when_switched_off(root: Path, cli: Callable[..., Run]) -> None:
    configure(root, "email:\n  attach_bundle: false\n")
    msg = parse(build(root) / EML)
    assert msg.get_content_type() == "multipart/alternative"
    run = cli("build", root, "--no-pdf", "--force", "--today", TODAY, "--case", "directives")
    assert run.status == 0
    assert parse(root / "site" / "directives" / EML).get_content_type() == "multipart/alternative"


def test_without_the_pdf_step_the_last_pair_is_kept(root: Path, cli: Callable[..., Run]) -> None:
    run = cli("build", root, "--no-pdf", "--today", TODAY, "--case", "directives")
    note = (
        "  escalation-letter.eml: not rebuilt without the PDF bundle it attaches (--no-pdf); "
        "the e-mail and the bundle of the last full build, if any, are kept"
    )
    assert note in run.lines
    assert not (root / "site" / "directives" / EML).exists(), "no e-mail without its bundle"
    first = (build(root) / EML).read_bytes()
    letter = root / "content" / "directives" / "letter.md"
    write(letter, letter.read_text().replace("Thank you for your time.", "Thank you."))
    run = cli("build", root, "--no-pdf", "--today", TODAY, "--case", "directives")
    assert run.status == 0 and note in run.lines
    site = root / "site" / "directives"
    assert "Thank you.\n" in (site / "escalation-letter.txt").read_text()
    assert (site / EML).read_bytes() == first, "the e-mail stays with the bundle it attaches"
    assert parse(site / EML).get_content_type() == "multipart/mixed"


def test_a_large_bundle_is_reported_at_the_letter(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(root, "email:\n  max_attachment_mb: 1\n")
    big = b"%PDF-1.7\n" + b"0" * (1024 * 1024 + 1)

    def big_pdf(build: CaseBuild) -> None:
        build.add(f"{build.resolved.case.slug}-bundle.pdf", big, "Bundle")

    steps = tuple(Step("pdf", big_pdf, slow=True) if s.name == "pdf" else s for s in BUILTIN_STEPS)
    result = build_project(root, BuildOptions(steps=steps, pdf=True, today=DAY, out=root / "site"))
    found = [d for d in result.diagnostics if d.rule == "email.attachment-size"]
    assert [(str(d.location), str(d.severity)) for d in found] == [
        ("content/composed/letter.md:2:1", "warning"),
        ("content/directives/letter.md:2:1", "warning"),
    ]
    assert found[0].message == (
        "the e-mail attaches the PDF bundle of 1.0 MB, over the 1 MB that many mail servers accept"
    )
    assert parse(root / "site" / "directives" / EML).get_content_type() == "multipart/mixed"


def test_a_seller_address_a_mail_client_would_misread(root: Path) -> None:
    case = root / "content" / "directives" / "case.md"
    write(
        case, case.read_text().replace("appeals@birchpine.example", "appeals<x@birchpine.example")
    )
    for pdf in (False, True):
        result = build_project(
            root, BuildOptions(steps=STEPS, pdf=pdf, today=DAY, out=root / "site")
        )
        found = [d for d in result.diagnostics if d.rule == "email.address"]
        assert [(str(d.location), str(d.severity)) for d in found] == [
            ("content/directives/case.md:7:10", "error")
        ]
    assert not (root / "site" / "directives" / EML).exists()
    assert (root / "site" / "directives" / "escalation-letter.txt").is_file()
