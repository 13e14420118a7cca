"""Golden outputs of every case of the realistic corpus: what a consultant sends, as sent.

For each case: the HTML plan and letter (their `<main>`), both plain texts, the e-mail
(its headers, its text and HTML parts as text, the attachment's name and type) and the
text of the PDF bundle's own pages (the exhibits' pages are the exhibit files, checked
elsewhere), one page a paragraph. The goldens live in `tests/corpus/realistic-golden/`;
regenerate them after an intended change with

    REINSTATE_REGOLD=1 .venv/bin/python -m pytest tests/render/test_golden_corpus.py

and read the diff before committing it: each changed line is a change a reviewer at Amazon
would see.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import shutil
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html import unescape
from pathlib import Path

import pytest
from pypdf import PdfReader

from reinstate import __version__
from reinstate.run.build import BuildOptions, build_project

CORPUS = Path(__file__).parents[1] / "corpus" / "realistic"
GOLDEN = Path(__file__).parents[1] / "corpus" / "realistic-golden"
pytestmark = pytest.mark.slow  # 24 bundles, their scans read by OCR: several CPU minutes
TODAY = dt.date(2026, 12, 7)
CASES = sorted(p.name for p in (CORPUS / "content").iterdir() if (p / "case.md").is_file())
HEADERS = ("From", "To", "Subject", "Date", "Message-ID", "X-Unsent", "Content-Type")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus-golden")
    result = build_project(CORPUS, BuildOptions(pdf=True, today=TODAY, jobs=2, out=out))
    assert not [c.slug for c in result.cases if c.kept_last], "every case is written"
    return out


def main_of(html: str) -> str:
    found = re.search(r"<main\b.*?</main>", html, re.DOTALL)
    assert found is not None
    return found.group(0).replace(__version__, "VERSION") + "\n"


def text_of_html(html: str) -> str:
    """Visible text, one block element a line (for the e-mail's HTML part)."""
    html = re.sub(r"<(style|title)\b.*?</\1>", "", html, flags=re.DOTALL)
    html = re.sub(r"<br\s*/?>|</(p|li|h\d|div|blockquote)>", "\n", html)
    lines = (" ".join(unescape(re.sub(r"<[^>]+>", " ", line)).split()) for line in html.split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


def email_summary(path: Path, bundle: Path) -> str:
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert isinstance(message, EmailMessage)
    lines = [f"{name}: {' '.join(str(message[name]).split())}" for name in HEADERS if message[name]]
    letter = message
    if message.get_content_type() == "multipart/mixed":
        letter, attachment = message.iter_parts()  # type: ignore[assignment]
        assert attachment.get_content() == bundle.read_bytes(), "the bundle of the same build"
        lines.append(f"Attachment: {attachment.get_filename()} ({attachment.get_content_type()})")
    plain, html = (part.get_content() for part in letter.iter_parts())
    return (
        "\n".join(lines)
        + "\n\n--- text/plain ---\n"
        + plain.replace("\r\n", "\n")
        + ("\n--- text/html, as text ---\n" + text_of_html(html))
    )


def bundle_text(path: Path) -> str:
    """The text of the pages reinstate made, whitespace collapsed, one page a paragraph."""
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]
    own = [f"[page {n}] {text}" for n, text in enumerate(pages, 1) if "bundle p." not in text]
    return "\n\n".join(own) + "\n"


def outputs(site: Path, slug: str) -> dict[str, str]:
    folder = site / slug
    found = {
        "plan-of-action.html": main_of((folder / "plan-of-action.html").read_text("utf-8")),
        "plan-of-action.txt": (folder / "plan-of-action.txt").read_text("utf-8"),
        "bundle.txt": bundle_text(folder / f"{slug}-bundle.pdf"),
    }
    if (folder / "escalation-letter.html").exists():
        found["escalation-letter.html"] = main_of(
            (folder / "escalation-letter.html").read_text("utf-8")
        )
        found["escalation-letter.txt"] = (folder / "escalation-letter.txt").read_text("utf-8")
        found["escalation-letter.eml.txt"] = email_summary(
            folder / "escalation-letter.eml", folder / f"{slug}-bundle.pdf"
        )
    return found


@pytest.mark.parametrize("slug", CASES)
def test_every_output_matches_its_golden(site: Path, slug: str) -> None:
    actual = outputs(site, slug)
    golden = GOLDEN / slug
    if os.environ.get("REINSTATE_REGOLD"):
        shutil.rmtree(golden, ignore_errors=True)
        golden.mkdir(parents=True)
        for name, text in actual.items():
            (golden / name).write_text(text, encoding="utf-8")
        pytest.skip("golden files regenerated")
    expected = {p.name: p.read_text("utf-8") for p in sorted(golden.iterdir())}
    assert sorted(actual) == sorted(expected), "the set of outputs changed"
    for name, text in expected.items():
        if actual[name] != text:
            diff = difflib.unified_diff(
                text.splitlines(), actual[name].splitlines(), f"golden/{name}", name, lineterm=""
            )
            pytest.fail(f"{slug}/{name} differs from its golden:\n" + "\n".join(list(diff)[:60]))


CLOSING = re.compile(
    r"^(Sincerely|Kind regards|Best regards|Regards|Respectfully|Yours faithfully),?$", re.M
)
RAW_IDS = re.compile(
    r"\b(ip_\w+|view_appeal|appeal_form|no_response|account_health_call|escalation_email|"
    r"utility_bill|ip (trademark|copyright|patent))\b"
)
GENERATED_DATE_LINE = re.compile(
    r"^(Notice of|Completed|In effect since|Invoice|Letter of authorization|Screenshot|Photo"
    r"|Document|Order list|Correspondence|Standard operating procedure|Training log|Lab report"
    r"|Identity document|Utility bill|Trademark registration|Counter-notice)\b.*",
    re.M,
)


@pytest.mark.parametrize("slug", CASES)
def test_every_case_is_send_ready(site: Path, slug: str) -> None:
    """The issue's checklist, on every case: one signature, each id once, no raw type ids,
    the e-mail carries its bundle, metrics everywhere, the marketplace's paper and dates."""
    texts = outputs(site, slug)
    case = (CORPUS / "content" / slug / "case.md").read_text("utf-8")
    for name, text in texts.items():
        assert not RAW_IDS.search(text), (name, RAW_IDS.search(text))
        repeated = re.search(r"\b(\d{6,}|B0[A-Z0-9]{8}), \1\b", text)
        assert repeated is None, (name, repeated)
    if "escalation-letter.txt" in texts:
        for name in ("escalation-letter.txt", "escalation-letter.eml.txt"):
            closings = CLOSING.findall(texts[name].split("--- text/html")[0])
            assert len(closings) == 1, (name, closings)
        assert "Attachment: " in texts["escalation-letter.eml.txt"]
    plan = texts["plan-of-action.txt"]
    if "metrics:" in case:
        assert "\nMetrics in the notice:\n- " in plan
        assert "Metrics in the notice" in texts["bundle.txt"]
    us = re.search(r"^marketplace: amazon\.(com|ca|com\.mx)\s*$", case, re.M) is not None
    box = PdfReader(site / slug / f"{slug}-bundle.pdf").pages[0].mediabox
    assert round(float(box.width)) == (612 if us else 595)
    for line in GENERATED_DATE_LINE.findall(plan):
        assert not re.search(r"\b20\d\d-\d\d-\d\d\b(?![\w.-]*\.(pdf|png|jpe?g))", line), line
    month = (
        r"(January|February|March|April|May|June|July|August|September|October|November|December)"
    )
    style = rf"{month} \d{{1,2}}, 20\d\d" if us else rf"\d{{1,2}} {month} 20\d\d"
    assert re.search(rf"^Notice of {style}:", plan, re.M), plan[:300]
