"""Evidence rules R12-R16 and R22, and timing rules R26 and R28."""

from __future__ import annotations

from pathlib import Path

from reinstate.core.diagnostics import Severity
from support.checks_support import BASE, run

CASE_MD = "case.md"
INVOICE = "exhibits/invoice.md"
ACTION = "actions/removed-stock.md"
MEASURE = "measures/vetting.md"


def edit(rel: str, old: str, new: str) -> dict[str, str | None]:
    text = BASE[rel]
    assert old in text, old
    return {rel: text.replace(old, new)}


def exhibit(fields: str, name: str = "doc", body: str = "") -> dict[str, str | None]:
    return {
        f"exhibits/{name}.md": f"---\nkind: exhibit\n{fields}---\n{body}",
        f"files/{name}.png": "",
    }


# R12 -------------------------------------------------------------------------------------


def test_asin_neither_covered_nor_named(tmp_path: Path) -> None:
    files = edit(CASE_MD, "asins: [B01ACME001]", "asins: [B01ACME001, B07ZZZ1234]")
    checked = run(tmp_path, files)
    assert checked.of("evidence.asin-uncovered") == [(CASE_MD, 15, 23)]
    assert "B07ZZZ1234" in checked.messages("evidence.asin-uncovered")[0]


def test_asin_named_in_the_plan_is_enough(tmp_path: Path) -> None:
    files = {
        **edit(CASE_MD, "asins: [B01ACME001]", "asins: [B01ACME001, B07ZZZ1234]"),
        **edit(ACTION, "Closed the listing", "Closed the listings of B01ACME001 and B07ZZZ1234"),
    }
    assert run(tmp_path, files).of("evidence.asin-uncovered") == []


# R13 -------------------------------------------------------------------------------------


def test_stale_invoice(tmp_path: Path) -> None:
    checked = run(tmp_path, edit(INVOICE, "issued: 2025-01-05", "issued: 2023-12-01"))
    assert checked.of("evidence.invoice") == [(INVOICE, 6, 9)]
    assert "437 days older than the notice" in checked.messages("evidence.invoice")[0]


def test_invoice_age_limit_is_tunable(tmp_path: Path) -> None:
    files = edit(INVOICE, "issued: 2025-01-05", "issued: 2023-12-01")
    config = "checks:\n  invoice_max_age_days: 500\n"
    assert run(tmp_path, files, config=config).of("evidence.invoice") == []


def test_invoice_without_supplier_phone_and_website(tmp_path: Path) -> None:
    text = BASE[INVOICE].replace('  phone: "+1 555 0100"\n', "")
    files: dict[str, str | None] = {INVOICE: text.replace("  website: brightline.example\n", "")}
    checked = run(tmp_path, files)
    assert checked.of("evidence.invoice") == [(INVOICE, 7, 1)]
    assert "phone or website" in checked.messages("evidence.invoice")[0]


def test_self_issued_and_pro_forma_invoice(tmp_path: Path) -> None:
    text = BASE[INVOICE].replace("name: Brightline Distribution", "name: Acme Home Supply")
    files: dict[str, str | None] = {INVOICE: text.replace("Invoice 881", "Pro forma invoice 881")}
    checked = run(tmp_path, files)
    assert checked.of("evidence.invoice") == [(INVOICE, 3, 8), (INVOICE, 8, 9)]
    messages = checked.messages("evidence.invoice")
    assert "not an invoice" in messages[0]
    assert "your own business" in messages[1]


def test_invoices_cover_fewer_units_than_sold(tmp_path: Path) -> None:
    files = edit(ACTION, "Closed the listing", "We had sold 45 units. Closed the listing")
    checked = run(tmp_path, files)
    assert checked.of("evidence.invoice") == [(ACTION, 8, 8)]
    assert "45 units were sold" in checked.messages("evidence.invoice")[0]
    enough = edit(ACTION, "Closed the listing", "We had sold 28 units. Closed the listing")
    assert run(tmp_path, enough).of("evidence.invoice") == []
    assert checked.severities("evidence.invoice") == [Severity.WARNING]  # read from words


def test_a_plan_that_counts_the_units_the_invoices_do_not_cover(tmp_path: Path) -> None:
    said = "We sold 45 units, so up to 15 of them may have come from Elmax. Closed the listing"
    assert run(tmp_path, edit(ACTION, "Closed the listing", said)).of("evidence.invoice") == []


# R14 -------------------------------------------------------------------------------------

LOA = (
    "title: Letter of authorisation from the brand\nfile: files/doc.png\ntype: loa\n"
    "issuer: {name: Kettle Brand Inc.}\n"
)


def test_loa_missing_territory_and_term(tmp_path: Path) -> None:
    checked = run(tmp_path, exhibit(LOA, body="Authorises Acme Home Supply LLC to resell.\n"))
    assert checked.of("evidence.loa") == [("exhibits/doc.md", 3, 8)]
    assert "the territory or the term" in checked.messages("evidence.loa")[0]


def test_complete_loa(tmp_path: Path) -> None:
    body = (
        "Authorises Acme Home Supply LLC to resell the kettles in the United States "
        "until 2026-12-31.\n"
    )
    assert run(tmp_path, exhibit(LOA, body=body)).of("evidence.loa") == []


# R15 -------------------------------------------------------------------------------------

BILL = "title: Electricity bill\nfile: files/doc.png\ntype: utility_bill\nissued: {date}\n"


def test_old_utility_bill(tmp_path: Path) -> None:
    checked = run(tmp_path, exhibit(BILL.format(date="2024-11-01")))
    assert checked.of("evidence.utility-bill") == [("exhibits/doc.md", 6, 9)]
    assert checked.severities("evidence.utility-bill") == [Severity.ERROR]
    assert "137 days before today (2025-03-18)" in checked.messages("evidence.utility-bill")[0]


def test_recent_utility_bill(tmp_path: Path) -> None:
    assert run(tmp_path, exhibit(BILL.format(date="2025-01-20"))).problems() == []


def submitted(outcome: str, date: str = "2024-11-04") -> dict[str, str | None]:
    """The base case with one submission, sent on `date`."""
    sub = f"submissions:\n  - date: {date}\n    outcome: {outcome}\n"
    return edit(CASE_MD, "---\nWe sold", sub + "---\nWe sold")


def test_bill_is_measured_at_the_submission_that_carried_it(tmp_path: Path) -> None:
    files = {**exhibit(BILL.format(date="2024-11-01")), **submitted("accepted")}
    # 3 days old when it was sent and accepted; 137 days old today, which does not matter
    assert run(tmp_path, files).of("evidence.utility-bill") == []
    pending = {**exhibit(BILL.format(date="2024-06-01")), **submitted("pending")}
    message = run(tmp_path, pending).messages("evidence.utility-bill")[0]
    assert "156 days before the submission of 2024-11-04 that carried it" in message


def test_bill_of_a_rejected_submission_is_measured_today(tmp_path: Path) -> None:
    files = {**exhibit(BILL.format(date="2024-11-01")), **submitted("rejected")}
    message = run(tmp_path, files).messages("evidence.utility-bill")[0]
    assert "137 days before today (2025-03-18), when the next submission" in message


# R16 -------------------------------------------------------------------------------------


def test_pdf_in_an_ip_appeal(tmp_path: Path) -> None:
    files = {
        **edit(CASE_MD, "type: inauthentic", "type: ip_trademark"),
        **exhibit("title: Trademark registration\nfile: files/doc.pdf\ntype: trademark\n"),
        "files/doc.pdf": "",
    }
    checked = run(tmp_path, files)
    assert checked.of("evidence.format") == [("exhibits/doc.md", 4, 7)]


def test_one_format_finding_for_the_route_and_counter_notices_go_by_mail(
    tmp_path: Path,
) -> None:
    files = {
        **edit(CASE_MD, "type: inauthentic", "type: ip_copyright"),
        **exhibit("title: Opinion\nfile: files/a.pdf\ntype: lab_report\n", name="a"),
        **exhibit("title: Chart\nfile: files/b.pdf\ntype: sop\n", name="b"),
        **exhibit("title: Counter-notice\nfile: files/c.pdf\ntype: counter_notice\n", name="c"),
        "files/a.pdf": "",
        "files/b.pdf": "",
        "files/c.pdf": "",
    }
    checked = run(tmp_path, files)
    assert checked.of("evidence.format") == [("exhibits/a.md", 4, 7)]
    (message,) = checked.messages("evidence.format")
    assert "'files/a.pdf' is not one (nor 'files/b.pdf')" in message


def test_tiff_invoice(tmp_path: Path) -> None:
    files = {
        **exhibit(
            "title: Invoice 2\nfile: files/inv.tiff\ntype: invoice\n"
            "issuer: {name: B, phone: '1', address: A, website: w.example}\n"
        ),
        "files/inv.tiff": "",
    }
    checked = run(tmp_path, files)
    assert checked.of("evidence.format") == [("exhibits/doc.md", 4, 7)]
    assert "an invoice as PDF" in checked.messages("evidence.format")[0]


def test_images_in_an_ip_appeal_are_right(tmp_path: Path) -> None:
    files = edit(CASE_MD, "type: inauthentic", "type: ip_trademark")
    assert run(tmp_path, files).of("evidence.format") == []


# R22 -------------------------------------------------------------------------------------


def test_system_claim_without_exhibit(tmp_path: Path) -> None:
    files = edit(MEASURE, "We check the brand's", "Our software now checks the brand's")
    checked = run(tmp_path, files)
    assert checked.of("evidence.system-claim") == [(MEASURE, 9, 5)]


def test_system_claim_with_exhibit(tmp_path: Path) -> None:
    files = edit(
        MEASURE,
        "We check the brand's",
        "Our software ({exhibit}`invoice`) now checks the brand's",
    )
    assert run(tmp_path, files).of("evidence.system-claim") == []


# R26 -------------------------------------------------------------------------------------

SUBMISSIONS = "submissions:\n{entries}---\nWe sold"


def with_submissions(entries: str) -> dict[str, str | None]:
    return edit(CASE_MD, "---\nWe sold", SUBMISSIONS.format(entries=entries))


def test_follow_up_too_soon(tmp_path: Path) -> None:
    files = with_submissions(
        "  - {date: 2025-02-12, outcome: no_response}\n  - {date: 2025-02-14, outcome: pending}\n"
    )
    checked = run(tmp_path, files)
    assert checked.of("timing.submission") == [(CASE_MD, 18, 12)]
    assert "2 business days" in checked.messages("timing.submission")[0]


def test_follow_up_after_five_business_days(tmp_path: Path) -> None:
    files = with_submissions(
        "  - {date: 2025-02-12, outcome: no_response}\n  - {date: 2025-02-19, outcome: pending}\n"
    )
    assert run(tmp_path, files).of("timing.submission") == []


def test_escalation_with_the_rejected_plan(tmp_path: Path) -> None:
    files = with_submissions(
        "  - {date: 2025-02-12, outcome: rejected, reply_date: 2025-02-13, snapshot: v1}\n"
        "  - {date: 2025-02-20, channel: escalation_email, snapshot: v1}\n"
    )
    checked = run(tmp_path, files)
    assert checked.of("timing.submission") == [(CASE_MD, 18, 61)]


def test_letter_while_a_submission_is_pending(tmp_path: Path) -> None:
    files = {
        **with_submissions("  - {date: 2025-03-14, outcome: pending}\n"),
        "letter.md": "---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-17\n---\n",
    }
    checked = run(tmp_path, files)
    assert checked.of("timing.submission") == [("letter.md", 4, 7)]


# R28 -------------------------------------------------------------------------------------


def test_deadline_passed_without_submission(tmp_path: Path) -> None:
    files = edit(CASE_MD, "asins: [B01ACME001]", "asins: [B01ACME001]\n  deadline: 2025-03-13")
    checked = run(tmp_path, files)
    assert checked.of("timing.deadline") == [(CASE_MD, 16, 13)]
    assert "has passed (today is 2025-03-18)" in checked.messages("timing.deadline")[0]


def test_deadline_tomorrow(tmp_path: Path) -> None:
    files = edit(CASE_MD, "asins: [B01ACME001]", "asins: [B01ACME001]\n  deadline: 2025-03-19")
    checked = run(tmp_path, files)
    assert "tomorrow" in checked.messages("timing.deadline")[0]
    assert run(tmp_path, files, today="2025-03-10").of("timing.deadline") == []


def test_deadline_met(tmp_path: Path) -> None:
    files = edit(
        CASE_MD,
        "asins: [B01ACME001]\n---",
        "asins: [B01ACME001]\n  deadline: 2025-03-13\n"
        "submissions:\n  - {date: 2025-03-12, outcome: pending}\n---",
    )
    assert run(tmp_path, files).of("timing.deadline") == []


def test_deadline_is_measured_at_the_first_submission_after_the_notice(
    tmp_path: Path,
) -> None:
    notice = "asins: [B01ACME001]\n  deadline: 2025-02-13\n"
    subs = (
        "submissions:\n"
        "  - {date: 2025-01-20, outcome: rejected}\n"  # before the notice: another notice
        "  - {date: 2025-02-16, outcome: pending}\n"
    )
    files = edit(CASE_MD, "asins: [B01ACME001]\n---", notice + subs + "---")
    checked = run(tmp_path, files)
    (message,) = checked.messages("timing.deadline")
    assert "when the first submission after the notice was sent (2025-02-16, 3 days late)" in (
        message
    )
