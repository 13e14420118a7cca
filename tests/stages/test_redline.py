"""The redline against a submission's git snapshot: the engine, changes.html and the
dashboard, `reinstate diff`, the letter's `{changes}` block; and the clear messages when
there is nothing to compare with (no snapshot, an unknown revision, no git)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import reinstate.stages.history as history
from reinstate.core.changeset import DELETED, INSERTED, SAME, Span
from reinstate.run.build import BuildOptions, build_project
from reinstate.stages.redline import redline_text, redline_words
from support.checks_support import BASE, CASE, PNG
from support.common import TODAY, Run, html_text
from support.redline_support import git, revise, since, submitted, write


@pytest.fixture
def revised(tmp_path: Path) -> Path:
    root = submitted(tmp_path)
    revise(root)
    return root


def build(root: Path) -> Path:
    result = build_project(root, BuildOptions(today=dt.date.fromisoformat(TODAY), pdf=False))
    return result.out_dir / "acme"


def test_items_are_matched_by_kind_and_id(revised: Path) -> None:
    found = since(revised)
    assert found is not None
    assert str(found.submission.date) == "2025-02-12"
    redline = found.redline
    assert redline.revision == "v1"
    shown = {(i.kind, i.id): i for i in redline.shown}
    assert list(shown) == [
        ("cause", "no-owner"),
        ("cause", "unvetted-supplier"),
        ("action", "retrain"),
        ("measure", "vetting"),
        ("exhibit", "invoice"),
        ("letter", "letter"),
    ]
    new = shown["cause", "no-owner"]
    assert (new.status, new.label, new.old_label) == ("added", "Root Cause 1", "")
    shifted = shown["cause", "unvetted-supplier"]
    assert (shifted.status, shifted.old_label, shifted.label) == (
        "changed",
        "Root Cause 1",
        "Root Cause 2",
    )
    assert shifted.renumbered
    done = shown["action", "retrain"]
    assert done.completed and [f.name for f in done.fields] == ["date"]
    assert done.fields[0].old == "" and done.fields[0].new == "2025-02-20"
    moved = shown["measure", "vetting"]
    assert (moved.status, moved.moved) == ("unchanged", True)
    assert moved.old_path.endswith("measures/vetting.md")
    assert moved.path.endswith("measures/supplier-vetting.md")
    exhibit = shown["exhibit", "invoice"]
    assert [(f.name, f.old, f.new) for f in exhibit.fields] == [
        ("file", "files/invoice-881.png", "files/invoice-881-full.png")
    ]
    assert redline.counts == {
        "added": 2,
        "removed": 0,
        "changed": 3,
        "renumbered": 1,
        "unchanged": 3,
    }
    assert [i.id for i in redline.substantive()] == ["no-owner", "retrain"]  # not the letter


def test_a_reworded_paragraph_is_redlined_word_by_word(revised: Path) -> None:
    found = since(revised)
    assert found is not None
    cause = next(i for i in found.redline.items if i.id == "unvetted-supplier")
    (body,) = cause.fields
    assert body.name == "body"
    deleted = [s.text for s in body.spans if s.op == DELETED]
    inserted = [s.text for s in body.spans if s.op == INSERTED]
    assert deleted == ["checking that", "it"]
    assert inserted == ["asking", "whether it ", "that supplier"]
    # A reference reads as its label; the renumbering is said once, on the item.
    assert body.new.endswith("(Exhibit A).")
    assert "without asking the brand whether it authorises that supplier" in body.new


def test_a_file_replaced_under_the_same_name_shows(revised: Path) -> None:
    exhibit = revised / CASE / "exhibits/invoice.md"
    write(exhibit, BASE["exhibits/invoice.md"])  # back to the old name, new content
    (revised / CASE / "files/invoice-881.png").write_bytes(PNG.read_bytes() + b"new scan")
    found = since(revised)
    assert found is not None
    item = next(i for i in found.redline.items if i.id == "invoice")
    assert [(f.name, f.new) for f in item.fields] == [("file", "files/invoice-881.png (replaced)")]


def test_a_removed_item_keeps_its_old_label(revised: Path) -> None:
    (revised / CASE / "measures/supplier-vetting.md").unlink()
    found = since(revised)
    assert found is not None
    removed = [i for i in found.redline.shown if i.status == "removed"]
    assert [(i.kind, i.id, i.label) for i in removed] == [
        ("measure", "vetting", "Preventive Measure 1")
    ]


def test_word_redline_ignores_spacing_and_paragraphs_stay_apart() -> None:
    assert redline_words("a  b", "a b") == (Span(SAME, "a b"),)
    spans = redline_text("One.\n\nTwo old.", "One.\n\nTwo new.\n\nThree.")
    assert spans == (
        Span(SAME, "One.\n\nTwo "),
        Span(DELETED, "old"),
        Span(INSERTED, "new"),
        Span(SAME, "."),
        Span(INSERTED, "\n\nThree."),
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("One.\n\nTwo.", "Zero.\n\nOne.\n\nTwo."),
        ("A first one.\n\nB second.", "Quite other.\n\nB second."),
        ("Keep.\n\nGone entirely here.", "Keep."),
        ("", "New text.\n\nAnd more."),
        ("Old text.\n\nAnd more.", ""),
        ("x y z\n\nq", "totally\n\ndifferent words\n\nq"),
    ],
)
def test_both_texts_read_back_from_the_spans(old: str, new: str) -> None:
    from reinstate.core.changeset import FieldChange

    change = FieldChange("body", redline_text(old, new))
    assert (change.old, change.new) == (old, new)


def test_changes_page_and_dashboard(revised: Path) -> None:
    out = build(revised)
    page = html_text(out / "changes.html")
    assert '<h1 id="top">Changes since the submission of February 12, 2025</h1>' in page
    assert "Root Cause 1 is now Root Cause 2." in page
    assert re.search(r"<strong>2</strong> new</li>\s*<li><strong>0</strong> removed", page)
    # Marks that read without colour: underline / strike-through, and words for a reader.
    assert (
        '<del><span class="visually-hidden">[deleted: </span>checking that'
        '<span class="visually-hidden">]</span></del>'
        '<ins><span class="visually-hidden">[inserted: </span>asking' in page
    )
    assert 'href="plan-of-action.html#retrain"' in page
    dashboard = html_text(out / "index.html")
    assert (
        '<a href="changes.html">Changes since the submission of February 12, 2025</a> '
        '<span class="note">2 new, 3 changed, 1 renumbered</span>' in dashboard
    )


def test_titles_from_case_files_are_escaped(revised: Path) -> None:
    path = revised / CASE / "causes/no-owner.md"
    path.write_text(
        path.read_text("utf-8").replace("Nobody owned", "<script>x</script> Nobody owned"),
        encoding="utf-8",
    )
    page = html_text(build(revised) / "changes.html")
    assert "<script>x" not in page and "&lt;script&gt;x" in page


def test_no_snapshot_no_page(tmp_path: Path) -> None:
    root = submitted(tmp_path)
    revise(root)
    case = root / CASE / "case.md"
    case.write_text(case.read_text("utf-8").replace("    snapshot: v1\n", ""), "utf-8")
    assert since(root) is None
    assert not (build(root) / "changes.html").exists()


def test_an_unanswered_submission_is_compared_too(revised: Path) -> None:
    case = revised / CASE / "case.md"
    text = case.read_text("utf-8").replace("outcome: rejected", "outcome: no_response")
    case.write_text(text, "utf-8")
    found = since(revised)
    assert found is not None and found.redline.count("added") == 2


def test_unknown_snapshot_of_a_pending_submission_is_one_info(revised: Path) -> None:
    case = revised / CASE / "case.md"
    text = case.read_text("utf-8").replace("outcome: rejected", "outcome: pending")
    case.write_text(text.replace("snapshot: v1", "snapshot: v9"), "utf-8")
    result = build_project(revised, BuildOptions(today=dt.date.fromisoformat(TODAY), pdf=False))
    info, block = [d for d in result.diagnostics if d.rule == "changes.snapshot"]
    assert block.location.path == f"{CASE}/letter.md"  # the {changes} block says it too
    assert "(git does not know the revision 'v9')" in block.message
    assert info.format() == (
        f"{CASE}/case.md:20:15: info: no changes page: cannot read the submission of "
        "2025-02-12 (v9): git does not know the revision 'v9' [changes.snapshot]"
    )
    assert not (result.out_dir / "acme/changes.html").exists()


def test_diff_prints_plain_marks_when_not_a_terminal(
    revised: Path, cli: Callable[..., Run]
) -> None:
    result = cli("diff", revised, "--today", TODAY)
    assert result.status == 0
    lines = result.out.splitlines()
    assert lines[0].startswith("acme: changes since the submission of February 12, 2025 (v1, ")
    assert lines[1] == "  2 new, 3 changed, 1 renumbered"
    assert "  Root Cause 1: Nobody owned the check of new suppliers (new)" in lines
    assert (
        "  Root Cause 2: We bought 30 kettles from a supplier we had not vetted "
        "(changed; was Root Cause 1)" in lines
    )
    assert "    Text: On 2025-01-05 we bought 30 units from a new supplier without " \
        "[-checking that-]{+asking+} the brand {+whether it +}authorises [-it-]" \
        "{+that supplier+} (Exhibit A)." in lines  # fmt: skip
    assert any(
        "(unchanged; file renamed from content/acme/measures/vetting.md)" in x for x in lines
    )
    assert "\033[" not in result.out


def test_diff_colours_a_terminal(revised: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reinstate.commands import diff

    monkeypatch.setattr(diff, "use_colour", lambda _stream: True)
    import io

    out = io.StringIO()
    found = since(revised)
    assert found is not None
    diff.write_text(out, "acme", "x", found.redline, True)
    assert "\033[31;9mchecking that\033[0m\033[32;4masking\033[0m" in out.getvalue()


def test_diff_json(revised: Path, cli: Callable[..., Run]) -> None:
    result = cli("diff", revised, "--format", "json", "--today", TODAY)
    assert result.status == 0
    (case,) = json.loads(result.out)
    assert case["case"] == "acme" and case["revision"] == "v1"
    assert case["counts"]["renumbered"] == 1
    item = next(i for i in case["items"] if i["id"] == "unvetted-supplier")
    assert (item["label"], item["old_label"], item["renumbered"]) == (
        "Root Cause 2",
        "Root Cause 1",
        True,
    )
    assert ["del", "checking that"] in item["fields"][0]["spans"]


def test_diff_against_any_revision(revised: Path, cli: Callable[..., Run]) -> None:
    git(revised, "add", "-A")
    git(revised, "commit", "-qm", "revised")
    (revised / CASE / "causes/no-owner.md").unlink()
    result = cli("diff", revised, "--against", "HEAD", "--format", "json", "--today", TODAY)
    (case,) = json.loads(result.out)
    assert [(i["id"], i["status"], i["label"]) for i in case["items"]] == [
        ("unvetted-supplier", "unchanged", "Root Cause 1"),  # renumbered back
        ("no-owner", "removed", "Root Cause 1"),
    ]
    assert case["items"][0]["old_label"] == "Root Cause 2"


def test_diff_unknown_revision_is_bad_usage(revised: Path, cli: Callable[..., Run]) -> None:
    result = cli("diff", revised, "--against", "v9", "--today", TODAY)
    assert result.status == 2
    assert "cannot read the revision 'v9': git does not know the revision 'v9'" in result.err


def test_diff_without_snapshot_says_why(tmp_path: Path, cli: Callable[..., Run]) -> None:
    root = submitted(tmp_path)
    result = cli("diff", root, "--today", TODAY)
    assert (result.status, result.out) == (0, "")
    assert result.err.startswith(
        f"{CASE}/case.md:2:1: info: nothing to compare with: no submission was rejected or is "
        "awaiting a reply; tag the case as submitted and add `snapshot: TAG`"
    )


def test_diff_without_git_says_so(
    revised: Path, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("shutil.which", lambda _name: None)
    result = cli("diff", revised, "--today", TODAY)
    assert result.status == 0
    assert (
        f"{CASE}/case.md:20:15: info: cannot compare with the submission of 2025-02-12: "
        "git is not installed [changes.snapshot]" in result.err
    )


def test_letter_directive_lists_the_substantive_changes(revised: Path) -> None:
    out = build(revised)
    text = (out / "escalation-letter.txt").read_text("utf-8")
    assert (
        "What changed since our submission of February 12, 2025:\n"
        "- Root Cause 1: Nobody owned the check of new suppliers (newly identified)\n"
        "- Corrective Action 2: Trained the buying team on supplier checks "
        "(now completed February 20, 2025)\n"
    ) in text
    page = html_text(out / "escalation-letter.html")
    assert 'href="plan-of-action.html#no-owner"' in page.split("letter-changes")[1]


def test_composed_letter_lists_the_changes(tmp_path: Path) -> None:
    root = submitted(tmp_path)
    revise(root, letter="")
    text = (build(root) / "escalation-letter.txt").read_text("utf-8")
    assert "What changed since our submission of February 12, 2025:\n- Root Cause 1" in text


def test_composed_letter_without_snapshot_has_no_changes(tmp_path: Path) -> None:
    root = submitted(tmp_path)
    revise(root, letter="")
    case = root / CASE / "case.md"
    case.write_text(case.read_text("utf-8").replace("    snapshot: v1\n", ""), "utf-8")
    assert "What changed" not in (build(root) / "escalation-letter.txt").read_text("utf-8")


def test_bundle_annex_closes_the_bundle_with_page_references(revised: Path) -> None:
    from pypdf import PdfReader

    from support.pdfread import outline, texts

    case = revised / CASE / "case.md"
    case.write_text(case.read_text("utf-8").replace("---\n", "---\nbundle: {redline: true}\n", 1))
    result = build_project(revised, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    reader = PdfReader(result.out_dir / "acme/acme-bundle.pdf")
    pages = texts(reader)
    title = "Changes since the submission of February 12, 2025"
    (annex,) = [n for n, text in enumerate(pages) if text.count(title) >= 2]  # header + h1
    assert annex == len(pages) - 1  # after the index and the exhibits: their pages stay put
    plan = next(n for n, text in enumerate(pages) if "No one in the team was" in text)
    text = pages[annex]
    assert f"Root Cause 1 (p. {plan + 1}): Nobody owned the check of new suppliers (new)" in text
    assert "Root Cause 1 is now Root Cause 2." in text
    assert "without [-checking that-][+asking+] the brand [+whether it +]authorises" in text
    exhibit = next(n for n, t in enumerate(pages) if "Exhibit A · page 1 of 1" in t)
    assert f"Exhibit A (p. {exhibit + 1})" in text
    contents = next(t for t in pages if t.startswith("Contents"))
    assert re.search(re.escape(title) + rf"[ .]+{annex + 1}\b", contents)
    marks = outline(reader)
    assert marks[-1] == (0, title, annex)  # one entry, at the top level
    assert (1, "Exhibit A: Invoice 881 from Brightline Distribution", exhibit) in marks


def test_bundle_without_redline_setting_has_no_annex(revised: Path) -> None:
    result = build_project(revised, BuildOptions(today=dt.date.fromisoformat(TODAY)))
    from pypdf import PdfReader

    from support.pdfread import texts

    pages = texts(PdfReader(result.out_dir / "acme/acme-bundle.pdf"))
    assert not any("Inserted words are underlined" in text for text in pages)


def test_a_warm_process_reads_a_commit_once(revised: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The watcher's case: every save re-resolves the name, never re-reads the commit."""
    loads: list[str] = []
    real = history._load

    def counting(*args: object) -> history.Reading:
        loads.append(str(args[5]))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(history, "_load", counting)
    history._readings.clear()
    first = since(revised)
    (revised / CASE / "causes/no-owner.md").write_text(NEW_CAUSE_EDITED, encoding="utf-8")  # a save
    second = since(revised)
    assert first is not None and second is not None
    assert len(loads) == 1
    assert second.redline.count("added") == 2
    # A tag moved to another commit is a new reading.
    git(revised, "add", "-A")
    git(revised, "commit", "-qm", "resent")
    git(revised, "tag", "-f", "v1")
    third = since(revised)
    assert third is not None and len(loads) == 2
    assert third.redline.counts["added"] == 0


NEW_CAUSE_EDITED = """\
---
kind: cause
title: Nobody owned the check of new suppliers, so no one made it
order: 1
---
No one in the team was responsible for checking a new supplier.
"""


def test_changes_block_without_snapshot_says_why_at_the_directive(tmp_path: Path) -> None:
    root = submitted(tmp_path)
    revise(root)
    case = root / CASE / "case.md"
    case.write_text(case.read_text("utf-8").replace("    snapshot: v1\n", ""), "utf-8")
    result = build_project(root, BuildOptions(today=dt.date.fromisoformat(TODAY), pdf=False))
    (info,) = [d for d in result.diagnostics if d.rule == "changes.snapshot"]
    assert info.format().startswith(
        f"{CASE}/letter.md:10:1: info: the {{changes}} block lists nothing and is left out: "
        "the submission of 2025-02-12 names no git snapshot"
    )


def test_diff_quiet_leaves_out_the_infos(tmp_path: Path, cli: Callable[..., Run]) -> None:
    result = cli("diff", submitted(tmp_path), "-q", "--today", TODAY)
    assert (result.status, result.out, result.err) == (0, "", "")


def test_a_long_reworded_paragraph_is_shown_whole() -> None:
    old = " ".join(f"word{n}" for n in range(400))
    new = old.replace("word7 ", "changed ")
    assert redline_text(old, new) == (Span(DELETED, old), Span(INSERTED, new))
    two = redline_text(f"{old}\n\nEnd.", f"{new}\n\nEnd.")
    assert two == (Span(DELETED, old), Span(INSERTED, new), Span(SAME, "\n\nEnd."))
    short = redline_text("We check each supplier.", "We check every supplier.")
    assert short == (
        Span(SAME, "We check "),
        Span(DELETED, "each"),
        Span(INSERTED, "every"),
        Span(SAME, " supplier."),
    )


REALISTIC = Path(__file__).parents[1] / "corpus" / "realistic"


def test_realistic_cases_against_themselves_and_without_their_first_cause() -> None:
    """Every realistic case: identical → nothing to show; its first cause gone → that
    cause removed with its label, every other cause renumbered, nothing else changed but
    the items that cite it."""
    from dataclasses import replace

    from reinstate.core.config import load_config
    from reinstate.core.diagnostics import Reporter
    from reinstate.stages.discover import discover
    from reinstate.stages.load import load_case
    from reinstate.stages.redline import compare
    from reinstate.stages.resolve import resolve

    config = load_config(REALISTIC, Reporter())
    cases = discover(config, Reporter()).cases
    assert len(cases) == 24
    for case_dir in cases:
        case = load_case(case_dir, config, Reporter(), dt.date.fromisoformat(TODAY))
        assert case is not None
        resolved = resolve(case, Reporter())
        assert compare(resolved, resolved).shown == (), case_dir.slug
        if len(case.causes) < 2:
            continue
        first = case.causes[0]
        fewer = resolve(replace(case, causes=case.causes[1:]), Reporter())
        redline = compare(resolved, fewer)
        removed = [(i.kind, i.id, i.label) for i in redline.items if i.status == "removed"]
        assert removed == [("cause", first.id, "Root Cause 1")], case_dir.slug
        causes = [i for i in redline.items if i.kind == "cause" and i.status != "removed"]
        assert all(i.renumbered for i in causes), case_dir.slug
        assert [i.label for i in causes] == [
            f"Root Cause {n}" for n in range(1, len(causes) + 1)
        ], case_dir.slug
        for item in redline.items:
            if item.status == "changed":  # only through a reference to the removed cause
                assert any(first.id in f.old or "Root Cause 1" in f.old for f in item.fields), (
                    case_dir.slug,
                    item.id,
                    item.fields,
                )
