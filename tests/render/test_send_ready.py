"""Outputs a consultant sends without editing: the defects of issue "send-ready", each as a
test on the `sendready` root (a US case whose letter the author signed, a UK listing-level
copyright dispute with a composed letter, a German performance case, a reinstated Japanese
case with a to-do marker left), every output of each: the HTML letter and plan, both
plain texts, the .eml and the PDF bundle's text."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import shutil
from collections.abc import Callable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate.core.frontmatter import CHANNELS, EXHIBIT_TYPES, OUTCOMES, VIOLATION_TYPES
from reinstate.run.build import BuildOptions, build_project
from support.common import ROOTS, Run, html_text, write

DAY = dt.date(2026, 10, 20)
SIGNED, DISPUTE, METRICS, REINSTATED = (
    "harbor-signed",
    "northlight-dispute",
    "waldhaus-odr",
    "sakura-reinstated",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sendready") / "project"
    shutil.copytree(ROOTS / "sendready", root)
    result = build_project(root, BuildOptions(pdf=True, today=DAY, jobs=1))
    assert result.errors == 0, [d.format() for d in result.diagnostics]
    return root / "site"


def visible(html: str) -> str:
    """The text of a page's <main>, without tags (what a reader sees)."""
    found = re.search(r"<main\b.*?</main>", html, re.DOTALL)
    assert found is not None
    return unescape(re.sub(r"<[^>]+>", " ", found.group(0)))


def message(site: Path, case: str) -> EmailMessage:
    data = (site / case / "escalation-letter.eml").read_bytes()
    msg = BytesParser(policy=policy.default).parsebytes(data)
    assert isinstance(msg, EmailMessage)
    return msg


def mail_texts(site: Path, case: str) -> tuple[str, str]:
    body = next(message(site, case).iter_parts())
    plain, html = (p.get_content().replace("\r\n", "\n") for p in body.iter_parts())
    return plain, unescape(re.sub(r"<[^>]+>", " ", html))


def pdf_pages(site: Path, case: str) -> list[str]:
    """The text of the pages reinstate wrote (not the exhibits' own pages, which carry a
    stamp with their bundle page)."""
    return list(_pdf_pages(site, case))


@functools.cache
def _pdf_pages(site: Path, case: str) -> tuple[str, ...]:
    # Read once per built case: pypdf's text extraction costs more than the checks on it.
    reader = PdfReader(site / case / f"{case}-bundle.pdf")
    pages = [page.extract_text() for page in reader.pages]
    return tuple(text for text in pages if "bundle p." not in text)


def outputs(site: Path, case: str) -> dict[str, str]:
    """Every output of a case as the text a reader sees (a fresh dict; read once per case)."""
    return dict(_outputs(site, case))


@functools.cache
def _outputs(site: Path, case: str) -> dict[str, str]:
    folder = site / case
    found = {
        "plan.html": visible(html_text(folder / "plan-of-action.html")),
        "plan.txt": (folder / "plan-of-action.txt").read_text(),
        "pdf": "\n".join(pdf_pages(site, case)),
    }
    if (folder / "escalation-letter.html").exists():
        found["letter.html"] = visible(html_text(folder / "escalation-letter.html"))
        found["letter.txt"] = (folder / "escalation-letter.txt").read_text()
        found["eml.txt"], found["eml.html"] = mail_texts(site, case)
    return found


def test_a_letter_the_author_signed_is_signed_once(site: Path) -> None:
    for name, text in outputs(site, SIGNED).items():
        if name.startswith(("letter", "eml")):
            assert text.count("Sincerely,") == 1, name
            assert "Harbor Lane, Seller ID" not in text, f"{name}: the generated block was added"
    letter = (site / SIGNED / "escalation-letter.txt").read_text()
    assert letter.endswith(
        "Sincerely,\n\nDana Whitfield\nOwner, Harbor Lane Goods LLC\nops@harborlane.example\n"
    )
    html = html_text(site / SIGNED / "escalation-letter.html")
    assert "<p>Dana Whitfield<br />\nOwner, Harbor Lane Goods LLC<br />" in html
    pdf = "\n".join(pdf_pages(site, SIGNED))
    assert "Dana Whitfield\nOwner, Harbor Lane Goods LLC\n" in pdf
    # a composed letter gets the generated signature, once
    composed = (site / DISPUTE / "escalation-letter.txt").read_text()
    assert composed.count("Sincerely,") == 1 and "Mia Chen\nDirector\n" in composed


def test_every_list_of_ids_names_each_id_once(site: Path) -> None:
    for name, text in outputs(site, SIGNED).items():
        for repeated in ("17123456789, 17123456789", "4471902315, 4471902315"):
            assert repeated not in text, (name, repeated)
        assert "B07K2XQ9LM, B07K2XQ9LM" not in text, name
    text = (site / SIGNED / "plan-of-action.txt").read_text()
    assert "\nPrior case IDs: 17123456789\n" in text
    assert "\nComplaint IDs: 4471902315\n" in text
    cover = pdf_pages(site, SIGNED)[0]
    assert cover.count("17123456789") == 1 and cover.count("4471902315") == 1
    subject = message(site, SIGNED)["Subject"].strip()  # folded after "Subject:"
    assert subject == "Request for senior review of Harbor Lane (A2HLG7EXAMPLE), case 17123456789"


RAW = [v for v in (*VIOLATION_TYPES, *EXHIBIT_TYPES, *CHANNELS, *OUTCOMES) if "_" in v]


@pytest.mark.parametrize("case", [SIGNED, DISPUTE, METRICS, REINSTATED])
def test_no_raw_type_ids_in_prose(site: Path, case: str) -> None:
    for name, text in outputs(site, case).items():
        for raw in RAW:
            assert raw not in text, (name, raw)
        for phrase in (
            "ip copyright",
            "ip trademark",
            "ip patent",
            "inauthentic notice",
            "copyright notice",
            "Letter of authorisation",
        ):
            assert phrase not in text, (name, phrase)


def test_replies_keep_their_paragraphs_lists_and_sign_off(site: Path) -> None:
    texts = outputs(site, SIGNED)
    for name in ("letter.txt", "eml.txt"):
        assert (
            "    Hello,\n\n    Thank you for your plan of action. We reviewed it and cannot "
            "reactivate your account at this time. Please send the following:\n"
            "    - Invoices dated within the last 365 days that cover the units you sold\n"
            "    - A plan of action that explains the root cause of the complaints\n\n"
            "    Regards,\n    Seller Performance Team\n    Amazon.com\n"
        ) in texts[name], name
    html = html_text(site / SIGNED / "escalation-letter.html")
    assert "<ul><li>Invoices dated within the last 365 days" in html
    assert "<p>Regards,<br>\nSeller Performance Team<br>\nAmazon.com</p>" in html
    pdf = "\n".join(pdf_pages(site, SIGNED))
    assert "Regards,\nSeller Performance Team\nAmazon.com" in pdf
    dashboard = html_text(site / SIGNED / "index.html")
    assert "<ul><li>Invoices dated within the last 365 days" in dashboard


def test_a_dispute_is_worded_as_a_dispute_everywhere(site: Path) -> None:
    texts = outputs(site, DISPUTE)
    for name, text in texts.items():
        assert "Root causes" not in text and "Preventive measures" not in text, name
        assert "made in error: Northlight" not in text, name
    for name in ("plan.html", "plan.txt", "pdf"):
        text = texts[name]
        for words in ("Dispute of a copyright complaint", "The facts", "Our request"):
            assert words.lower() in text.lower(), (name, words)
        assert "Evidence of our rights" in text or "EVIDENCE OF OUR RIGHTS" in text, name
        assert (
            "We ask that our listing B09QWERT12 be reinstated and that complaint 7781002231 be "
            "removed from our Account Health."
        ) in " ".join(text.split()), name
    cover = pdf_pages(site, DISPUTE)[0]
    assert "7781002231" in cover and "Complaint IDs" in cover
    assert "\nComplaint IDs: 7781002231\n" in texts["plan.txt"]
    assert texts["plan.txt"].startswith(
        "Dispute of a copyright complaint\nReinstatement of listing B09QWERT12 (Northlight Home)\n"
        "Northlight Home Ltd, Seller ID A2NORTHLIGHT, amazon.co.uk\n"
    )
    letter = texts["letter.txt"]
    assert "We believe it was issued in error, for this reason:\n- Root Cause 1" in letter


def test_metrics_are_in_every_output(site: Path) -> None:
    texts = outputs(site, METRICS)
    assert (
        "Metrics in the notice:\n- Order Defect Rate: 1.8% (target < 1%; window 60 days)\n"
        "- Negative feedback rate: 1.1%\n"
    ) in texts["plan.txt"]
    cover = " ".join(pdf_pages(site, METRICS)[0].split())
    assert "Order Defect Rate 1.8% < 1% 60 days" in cover
    assert "Negative feedback rate 1.1%" in cover
    assert "Order Defect Rate 1.8 % < 1 % 60 days".replace(" %", "%") in " ".join(
        texts["plan.html"].split()
    )


@pytest.mark.parametrize("case", [SIGNED, DISPUTE, METRICS, REINSTATED])
def test_plain_text_is_not_wrapped(site: Path, case: str) -> None:
    folder = site / case
    for name in ("plan-of-action.txt", "escalation-letter.txt"):
        if not (folder / name).exists():
            continue
        lines = (folder / name).read_text().split("\n")
        for line, following in itertools.pairwise(lines):
            if following[:1].islower() and " " in following:
                pytest.fail(f"{case}/{name}: a line break inside a sentence: {line!r}")
    text = (folder / "plan-of-action.txt").read_text()
    opening = (ROOTS / "sendready" / "content" / case / "case.md").read_text().split("---\n")[2]
    assert " ".join(opening.split()) + "\n" in text, "the opening is one line"


@pytest.mark.parametrize("case", [SIGNED, DISPUTE])
def test_the_email_attaches_the_bundle_of_the_same_build(site: Path, case: str) -> None:
    msg = message(site, case)
    assert msg.get_content_type() == "multipart/mixed"
    _body, attachment = msg.iter_parts()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == f"{case}-bundle.pdf"
    assert attachment.get_content() == (site / case / f"{case}-bundle.pdf").read_bytes()


def test_dates_and_paper_follow_the_marketplace(site: Path) -> None:
    sizes = {}
    for case in (SIGNED, DISPUTE, METRICS, REINSTATED):
        box = PdfReader(site / case / f"{case}-bundle.pdf").pages[0].mediabox
        sizes[case] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {
        SIGNED: (612, 792),  # amazon.com: Letter
        DISPUTE: (595, 842),  # amazon.co.uk: A4
        METRICS: (595, 842),
        REINSTATED: (595, 842),
    }
    us, uk = outputs(site, SIGNED), outputs(site, DISPUTE)
    assert "Notice of March 4, 2025:" in us["plan.txt"] and "March 17, 2025" in us["letter.txt"]
    assert "Notice of 5 October 2026:" in uk["plan.txt"] and "12 October 2026" in uk["letter.txt"]
    for texts in (us, uk):
        for name, text in texts.items():
            assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text), f"{name}: an ISO date"


def test_paper_and_date_style_can_be_set(make_project: Callable[[str], Path]) -> None:
    root = make_project("sendready")
    write(root / "reinstate.yaml", "paper: letter\ndate_style: iso\n")
    case = root / "content" / METRICS / "case.md"
    write(case, case.read_text().replace("kind: case\n", "kind: case\npaper: a4\n"))
    result = build_project(root, BuildOptions(pdf=False, today=DAY, only=(METRICS, DISPUTE)))
    assert result.errors == 0
    assert "Notice of 2026-02-02:" in (root / "site" / METRICS / "plan-of-action.txt").read_text()
    from reinstate.core.config import load_config
    from reinstate.core.diagnostics import Reporter
    from reinstate.stages.discover import discover
    from reinstate.stages.load import load_case

    config = load_config(root, Reporter())
    papers = {
        d.slug: load_case(d, config, Reporter(), DAY).paper  # type: ignore[union-attr]
        for d in discover(config, Reporter()).cases
    }
    assert papers[METRICS] == "a4" and papers[DISPUTE] == "letter"


def test_a_reinstated_case_has_one_status(site: Path) -> None:
    dashboard = visible(html_text(site / REINSTATED / "index.html"))
    index = visible(html_text(site / "index.html"))
    assert "Reinstated on 6 April 2026" in dashboard
    for page in (dashboard, index[index.index("Sakura") :]):
        row = page.split("Sakura", 1)[-1][:400]
        assert "not ready" not in row.lower(), row


def test_a_strict_build_that_fails_writes_nothing(
    make_project: Callable[[str], Path], cli: Callable[..., Run]
) -> None:
    root = make_project("sendready")
    first = cli("build", root, "--no-pdf", "--today", DAY.isoformat(), "--case", REINSTATED)
    assert first.status == 0
    plan = root / "site" / REINSTATED / "plan-of-action.txt"
    before = plan.read_text()
    case = root / "content" / REINSTATED / "case.md"
    write(case, case.read_text().replace("We uploaded", "We once uploaded"))
    strict = cli(
        "build", root, "--no-pdf", "--strict", "--today", DAY.isoformat(), "--case", REINSTATED
    )
    assert strict.status == 1
    assert "built 1 case" not in strict.err
    assert "build failed (--strict): 1 case of 1 not written" in strict.err
    assert plan.read_text() == before, "the last good outputs stay"
    clean = cli("build", root, "--no-pdf", "--today", DAY.isoformat(), "--case", REINSTATED)
    assert clean.status == 0 and "We once uploaded" in plan.read_text()
