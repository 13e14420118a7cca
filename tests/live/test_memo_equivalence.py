"""A rebuild with what the watcher kept of the last build gives what a clean build gives.

For random edits of generated cases (bodies, titles, the order that numbers the items,
references added and broken, labelled headings, files added, removed and broken), each
case is built twice after every edit: with the memo that has seen every earlier build
(core/memo.py), and from nothing. Every output byte, every diagnostic and the summary must
be the same.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from reinstate.core.diagnostics import Reporter
from reinstate.core.memo import Memo
from reinstate.output.fingerprint import case_files, snapshot
from reinstate.output.job import BuildOptions, CaseResult
from reinstate.run.case import build_case, known_inputs, prepare
from reinstate.stages.discover import find_case
from support.common import ROOTS, write
from support.watching import DATE, FAST_STEPS

ITEM = """\
---
kind: {kind}
title: {title}
order: {order}
{extra}---
{body}
"""
KINDS = ("cause", "action", "measure")
SENTENCES = (
    "We checked every order again and wrote down what we found.",
    "It was not our fault and we are deeply sorry for the trouble.",
    "The supplier sent 40 units on 12 March 2025 with invoice INV-2207.",
    "TODO: add the invoice number.",
    "We will try to do better soon.",
    "This was a mistake in the listing, not a violation.",
    "We wrote about it under case 18800011122 and CASE-7781 before.",
)
"""Sentences that the rules find something in: tone, vague, to-do, denial (only when
the case is not a dispute), the case ids of case.md's submissions."""


def extra(kind: str, causes: list[str]) -> str:
    if kind == "cause" or not causes:
        return ""
    lines = f"addresses: [{causes[0]}]\n"
    if kind == "measure":
        lines += "starts: 2025-03-08\nowner: Sam Lee, Owner\ncadence: every week\n"
    else:
        lines += "date: 2025-03-06\n"
    return lines


class Case:
    """A generated case folder and the edits made to it."""

    def __init__(self, root: Path, rng: random.Random, items: int) -> None:
        self.root = root
        self.folder = root / "content" / "acme"
        self.rng = rng
        shutil.copytree(ROOTS / "good" / "content" / "glassware", self.folder)
        opening = self.folder / "case.md"  # headings whose ids the labels below may take
        opening.write_text(
            opening.read_text(encoding="utf-8") + "\n\n## Part 2\n\nA.\n\n## Part 3\n\nB.\n",
            encoding="utf-8",
        )
        self.made = 0
        for _ in range(items):
            self.add()

    def files(self) -> list[Path]:
        return sorted(p for p in self.folder.rglob("*.md") if p.name != "case.md")

    def ids(self) -> list[str]:
        return [p.stem for p in self.files()] + ["no-such-target"]

    def causes(self) -> list[str]:
        return sorted(p.stem for p in (self.folder / "causes").glob("*.md"))

    def add(self) -> None:
        self.made += 1
        n = self.made
        kind = self.rng.choice(KINDS)
        ids = self.ids()
        refs = " ".join(f"See {{ref}}`{self.rng.choice(ids)}`." for _ in range(2))
        body = (
            f"{self.rng.choice(SENTENCES)} {refs}\n\n(part-{n})=\n## Part {n}\n\nMore text.\n\n"
            "### Details\n\nOne.\n\n### Details\n\nTwo."
        )
        text = ITEM.format(
            kind=kind,
            title=f"Generated {kind} {n}",
            order=self.rng.randint(1, 9),
            extra=extra(kind, self.causes()),
            body=body,
        )
        write(self.folder / f"{kind}s" / f"gen-{n}.md", text)

    def edit(self) -> str:
        """One random edit; returns what it was, for the failure message."""
        files = self.files()
        path = self.rng.choice(files)
        text = path.read_text(encoding="utf-8")
        choice = self.rng.randrange(12)
        if choice >= 10:
            return self.edit_case(choice)
        if choice == 0:
            path.write_text(text + f"\n{self.rng.choice(SENTENCES)}\n", encoding="utf-8")
        elif choice == 1:
            target = self.rng.choice([*self.ids(), f"part-{self.rng.randint(1, self.made)}"])
            path.write_text(text + f"\nAs {{ref}}`{target}` shows.\n", encoding="utf-8")
        elif choice == 2:
            new = f"title: Retitled {self.rng.randint(1, 10**6)}"
            path.write_text(_replace_line(text, "title:", new), encoding="utf-8")
        elif choice == 3:
            new = f"order: {self.rng.randint(1, 9)}"
            path.write_text(_replace_line(text, "order:", new), encoding="utf-8")
        elif choice == 4 and len(files) > 3:
            path.unlink()
        elif choice == 5:
            self.add()
            return "added an item"
        elif choice == 6:
            path.write_text(text.replace("---\n", "", 1) + "\n", encoding="utf-8")
        elif choice == 7:
            path.write_text(text.replace("{ref}", "{rfe}", 1), encoding="utf-8")
        elif choice == 8:
            path.write_text(text.replace("### Details", "### Part 1", 1), encoding="utf-8")
        else:
            n = self.rng.randint(1, self.made)
            path.write_text(text.replace(f"## Part {n}", f"## Part {n} renamed"), "utf-8")
        return f"edit {choice} of {path.relative_to(self.folder)}"

    def edit_case(self, choice: int) -> str:
        """An edit of case.md that changes what rules reading one file at a time read
        of the whole case (`Each.reads`): the mode, the case ids of the submissions."""
        path = self.folder / "case.md"
        text = path.read_text(encoding="utf-8")
        if choice == 10:
            if "mode: dispute\n" in text:
                text = text.replace("mode: dispute\n", "")
            else:
                text = text.replace("kind: case\n", "kind: case\nmode: dispute\n", 1)
        else:
            ids = ("18800011122", "CASE-7781", "99887766")
            now = next(i for i in ids if f'case_ids: ["{i}"]' in text)
            text = text.replace(f'case_ids: ["{now}"]', f'case_ids: ["{self.rng.choice(ids)}"]')
        path.write_text(text, encoding="utf-8")
        return f"edit {choice} of case.md"


def _replace_line(text: str, start: str, new: str) -> str:
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if line.startswith(start):
            lines[n] = new
            return "\n".join(lines)
    return text.replace("---\n", f"---\n{new}\n", 1)


def build(root: Path, memo: Memo | None) -> CaseResult | None:
    options = BuildOptions(pdf=False, steps=FAST_STEPS, today=DATE)
    reporter = Reporter()
    project, theme, _out, options = prepare(root, options, reporter)
    case_dir = find_case(project.config.content / "acme", project.config, reporter)
    if case_dir is None:
        return None
    if memo is None:
        return build_case(project.config, theme, case_dir, options)
    # As the watcher builds: with what the snapshot of the inputs knows of each file, so
    # that a file read before with the same bytes is not read again (read.py).
    inputs = snapshot(case_files(project.config, case_dir), None)
    known = known_inputs(inputs.hashes, inputs.stats)
    return build_case(project.config, theme, case_dir, options, memo, known)


@pytest.mark.parametrize("seed", range(3))
def test_rebuilds_with_the_memo_equal_clean_builds(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    case = Case(tmp_path, rng, items=8)
    memo = Memo()
    history: list[str] = []
    for _ in range(20):
        kept = build(tmp_path, memo)
        clean = build(tmp_path, None)
        assert kept is not None and clean is not None
        where = f"seed {seed}, after: {history[-3:]}"
        assert kept.diagnostics == clean.diagnostics, where
        assert kept.summary == clean.summary, where
        assert kept.outputs.keys() == clean.outputs.keys(), where
        for rel, data in clean.outputs.items():
            assert kept.outputs[rel] == data, f"{rel} differs; {where}"
        history.append(case.edit())
    assert memo.hits > 0  # the memo was used, so the comparison compared something


def test_a_memo_keeps_only_what_the_last_build_used(tmp_path: Path) -> None:
    case = Case(tmp_path, random.Random(7), items=4)
    memo = Memo()
    build(tmp_path, memo)
    size = len(memo)
    for path in case.files()[:3]:
        path.write_text(path.read_text(encoding="utf-8") + "\nMore.\n", encoding="utf-8")
        build(tmp_path, memo)
    build(tmp_path, memo)
    assert len(memo) <= size * 1.2


def same_as_clean(root: Path, memo: Memo, what: str) -> None:
    kept = build(root, memo)
    clean = build(root, None)
    assert kept is not None and clean is not None
    assert kept.diagnostics == clean.diagnostics, what
    assert kept.outputs == clean.outputs, what


def test_a_body_is_read_again_when_what_it_cites_changes_elsewhere(tmp_path: Path) -> None:
    """The parts kept for one body (its references, its labels, its findings) must follow
    edits of other files only: a target it cites removed, renumbered, renamed."""
    case = Case(tmp_path, random.Random(3), items=4)
    citing = case.folder / "causes" / "citing.md"
    write(
        citing,
        ITEM.format(
            kind="cause",
            title="Citing",
            order=9,
            extra="",
            body="See {ref}`gen-1`, {exhibit}`gen-2`, {ref}`part-3` and {ref}`gen-4`.",
        ),
    )
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    edits = [
        ("gen-1 removed", lambda: next(case.folder.rglob("gen-1.md")).unlink()),
        ("gen-2 renumbered", lambda: _reorder(next(case.folder.rglob("gen-2.md")), "order: 0")),
        ("part-3 renamed", lambda: _rename(next(case.folder.rglob("gen-3.md")))),
        ("gen-4 retitled", lambda: _reorder(next(case.folder.rglob("gen-4.md")), "title: New")),
    ]
    for what, edit in edits:
        edit()
        same_as_clean(tmp_path, memo, what)
        assert citing.exists()


def _reorder(path: Path, line: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(_replace_line(text, line.split(":")[0] + ":", line), encoding="utf-8")


def _rename(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("(part-3)=", "(part-3-renamed)="), encoding="utf-8")


def test_an_exhibit_article_follows_every_field_of_its_exhibit(tmp_path: Path) -> None:
    """An exhibit is loaded again on every build, so its article on the plan page is kept
    under the exhibit's value (render/articles.py): each field written in its file, and
    its file gone, must show as a clean build shows them."""
    case = Case(tmp_path, random.Random(5), items=3)
    sop = case.folder / "exhibits" / "packing-sop.md"
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    edits = [
        ("retitled", "title: Packing procedure SOP-3", "title: The packing SOP-4 of 2025-03-09"),
        ("redated", "issued: 2025-03-03", "issued: 2025-03-05"),
        ("issuer", "{name: Clearwater Glass Co.}", "{name: Clearwater, phone: 555-0100}"),
        ("highlights", "Step 5, the", "Step 6, the"),
        ("typed", "type: sop", "type: invoice"),
        ("body", "The written procedure", "The procedure on 2025-03-04"),
    ]
    for what, old, new in edits:
        text = sop.read_text(encoding="utf-8")
        assert old in text, what
        sop.write_text(text.replace(old, new), encoding="utf-8")
        same_as_clean(tmp_path, memo, what)
    (case.folder / "files" / "packing-sop.pdf").unlink()  # the same text, no file
    kept = build(tmp_path, memo)
    clean = build(tmp_path, None)
    assert kept is not None and clean is not None
    assert kept.outputs == clean.outputs and kept.diagnostics == clean.diagnostics
    assert memo.hits > 0


def test_a_free_page_follows_its_body_and_what_it_cites(tmp_path: Path) -> None:
    """A free page is put together from its body kept apart (render/site.py's
    `page_parts`) and is the same bytes object while nothing in it changed: its body, a
    target it cites, the case's title around it must each show as in a clean build."""
    case = Case(tmp_path, random.Random(11), items=3)
    page = case.folder / "pages" / "notes.md"
    write(page, "---\nkind: page\ntitle: Notes\n---\nOn 2025-03-04 see {ref}`gen-1`.\n")
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    cited = next(case.folder.rglob("gen-1.md"))
    edits = [
        ("nothing", lambda: None),
        ("another item", lambda: _reorder(next(case.folder.rglob("gen-2.md")), "title: B")),
        ("cited retitled", lambda: _reorder(cited, "title: Retitled")),
        ("cited renumbered", lambda: _reorder(cited, "order: 0")),
        ("body", lambda: write(page, page.read_text(encoding="utf-8") + "\nMore, 5 May 2025.\n")),
        ("title", lambda: write(page, page.read_text(encoding="utf-8").replace("Notes", "N2"))),
    ]
    for what, edit in edits:
        edit()
        same_as_clean(tmp_path, memo, what)


def test_the_render_steps_see_the_very_targets_of_the_last_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While no target changes, the render steps are handed the last build's description
    of them (`Resolved.every_target()`), by which the kept HTML of every body and article
    is found to hold without comparing each target it read (run/case.py's `keep_made`)."""
    import reinstate.render.step as step  # run/case.py imports it from there when it renders

    seen: list[object] = []
    real = step.CaseBuild

    def spy(resolved: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(resolved.every_target())
        return real(resolved, *args, **kwargs)

    monkeypatch.setattr(step, "CaseBuild", spy)
    case = Case(tmp_path, random.Random(2), items=3)
    memo = Memo()
    build(tmp_path, memo)
    path = case.files()[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nMore text.\n", encoding="utf-8")
    build(tmp_path, memo)
    assert len(seen) == 2 and seen[0] is seen[1]


def _web(case: Case) -> list[Path]:
    """Every generated item cites every other (the shape of `watch.py`'s web)."""
    files = case.files()
    ids = [path.stem for path in files]
    for path in files:
        refs = ", ".join(f"{{ref}}`{i}`" for i in ids if i != path.stem)
        path.write_text(path.read_text(encoding="utf-8") + f"\nIt relates to {refs}.\n", "utf-8")
    return files


def resolved_of(root: Path, memo: Memo | None) -> Any:
    from reinstate.stages.load import load_case
    from reinstate.stages.resolve import resolve

    reporter = Reporter(case="acme")  # as build_case's, so that it finds what those kept
    project, _theme, _out, _options = prepare(root, BuildOptions(pdf=False), reporter)
    if memo is not None:
        memo.turn()
    config = project.config
    case_dir = find_case(config.content / "acme", config, reporter)
    assert case_dir is not None
    case = load_case(case_dir, config, reporter, DATE, memo)
    assert case is not None
    return resolve(case, reporter, config.allow_html, config.limits, memo)


def test_who_cites_what_follows_citations_added_and_removed(tmp_path: Path) -> None:
    """With a memo, who cites what (`Resolved.cited_by`, `Resolved.cites`) is the last
    build's changed by the bodies that changed (resolve.py's `_who_cites_what`): after each
    edit of a web of citations, both must equal a combine from nothing, order included,
    and so must every output."""
    case = Case(tmp_path, random.Random(13), items=10)
    files = _web(case)
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    rng = random.Random(14)
    for n in range(6):
        path = rng.choice(files)
        original = path.read_text(encoding="utf-8")
        other = rng.choice([f for f in files if f != path]).stem
        edits = [
            ("a citation removed", original.replace(f"{{ref}}`{other}`", other)),
            ("added back", original + f"\nSee {{ref}}`{other}` and {{ref}}`case-opening`.\n"),
            # the citing item moved: the order of the sources citing what it cites changes
            ("renumbered", _replace_line(original, "order:", f"order: {n % 2 * 10}")),
            ("every citation gone", original.split("\nIt relates to")[0] + "\n"),
            ("all back", original),
        ]
        for what, text in edits:
            path.write_text(text, encoding="utf-8")
            kept, clean = resolved_of(tmp_path, memo), resolved_of(tmp_path, None)
            what = f"{what}: {other} in {path.name}"
            assert list(kept.cited_by.items()) == list(clean.cited_by.items()), what
            assert list(kept.cites.items()) == list(clean.cites.items()), what
            assert kept.references == clean.references, what
        same_as_clean(tmp_path, memo, what)


@pytest.mark.slow  # about 15 s on a quiet machine: ten builds of three hundred items
def test_a_300_item_case_after_edits_equals_a_clean_build(tmp_path: Path) -> None:
    """The size the watcher's save is timed at (benchmarks/watch.py): each file read by
    its digest, loaded, resolved and exported in one entry an item (load.py, resolve.py,
    textlayout.py), after edits of one file of three hundred."""
    case = Case(tmp_path, random.Random(300), items=300)
    files = case.files()
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    edits = [
        ("body", lambda path: path.read_text(encoding="utf-8") + "\nSaved once more.\n"),
        ("retitled", lambda path: _replace_line(path.read_text("utf-8"), "title:", "title: T")),
        ("renumbered", lambda path: _replace_line(path.read_text("utf-8"), "order:", "order: 0")),
        ("cites", lambda path: path.read_text("utf-8") + f"\nSee {{ref}}`{files[7].stem}`.\n"),
    ]
    for n, (what, edit) in enumerate(edits):
        path = files[(n * 97) % len(files)]
        path.write_text(edit(path), encoding="utf-8")
        same_as_clean(tmp_path, memo, f"{what}: {path.name}")


def test_a_files_findings_follow_a_label_and_an_exhibit_edited_elsewhere(tmp_path: Path) -> None:
    """The findings of the rules that read one file at a time are kept under the very item
    and the very description of every target's label (checks/__init__.py's `EachRun`,
    checks/text.py's `_parts_of`); an exhibit's front matter passages under their texts.
    A heading that another file cites, renamed to words a rule finds, must show in the
    citing file's findings; an exhibit's highlight likewise in the exhibit's."""
    case = Case(tmp_path, random.Random(9), items=2)
    citing = case.folder / "causes" / "citing.md"
    body = "We checked it again.\n\n{ref}`part-x`."  # shows the heading's text
    write(citing, ITEM.format(kind="cause", title="Citing", order=9, extra="", body=body))
    target = case.folder / "causes" / "target.md"
    text = "(part-x)=\n## Plain words\n\nThe details."
    write(target, ITEM.format(kind="cause", title="Target", order=8, extra="", body=text))
    exhibit = case.folder / "exhibits" / "damage-photos.md"
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    for what, edit in (
        ("the heading", lambda: write(target, target.read_text("utf-8").replace(
            "## Plain words", "## We will try to do better soon"))),
        ("the highlight", lambda: write(exhibit, exhibit.read_text("utf-8").replace(
            "No dividers between the glasses", "TODO: the dividers"))),
        ("a line above it", lambda: write(exhibit, exhibit.read_text("utf-8").replace(
            "type: photo\n", "type: photo\nissuer: {name: Lab}\n"))),
    ):  # fmt: skip
        edit()
        same_as_clean(tmp_path, memo, what)
    clean = build(tmp_path, None)
    assert clean is not None
    where = {d.location.path.rsplit("/", 1)[-1] for d in clean.diagnostics}
    assert {"citing.md", "damage-photos.md"} <= where, "the edits gave findings there"
    assert any(d.rule == "detail.vague" and "citing" in d.location.path for d in clean.diagnostics)


def test_a_kept_exhibit_follows_its_files_place_on_disk(tmp_path: Path) -> None:
    """An exhibit's item is kept while every folder and file on the way to its file is as
    it was when it was made (stages/load.py's `_Places`). Its file replaced by a link to
    another file of the case and by a link out of the case, its folder by a link to
    another folder, the file removed and put back: each must show as a clean build shows
    it, though the exhibit's Markdown never changes."""
    case = Case(tmp_path, random.Random(13), items=0)
    files = case.folder / "files"
    sop = files / "packing-sop.pdf"
    data = sop.read_bytes()
    (files / "copy.pdf").write_bytes(data)
    (tmp_path / "outside.pdf").write_bytes(data)
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")

    def relink(target: Path) -> None:
        sop.unlink()
        sop.symlink_to(target)

    def folder_linked() -> None:
        files.rename(case.folder / "scans")
        files.symlink_to(case.folder / "scans")

    def folder_back() -> None:
        files.unlink()
        (case.folder / "scans").rename(files)

    for what, edit in (
        ("a link to another file", lambda: relink(files / "copy.pdf")),
        ("a link out of the case", lambda: relink(tmp_path / "outside.pdf")),
        ("the file again", lambda: (sop.unlink(), sop.write_bytes(data))),
        ("its folder a link", folder_linked),
        ("its folder again, the file removed", lambda: (folder_back(), sop.unlink())),
        ("the file back", lambda: sop.write_bytes(data)),
    ):
        edit()
        same_as_clean(tmp_path, memo, what)
    first = resolved_of(tmp_path, memo).case.exhibits
    again = resolved_of(tmp_path, memo).case.exhibits
    assert len(first) == 3
    assert all(a is b for a, b in zip(first, again, strict=True)), "kept while unchanged"


def test_kept_targets_follow_the_case_language(tmp_path: Path) -> None:
    """An unchanged item keeps its very `Target` (stages/resolve.py's `item_targets`),
    whose label is in the case's language: case.md's `language:` changed, and back, must
    label every item as a clean build does."""
    case = Case(tmp_path, random.Random(17), items=0)
    opening = case.folder / "case.md"
    english = opening.read_text(encoding="utf-8")
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    opening.write_text(english.replace("kind: case\n", "kind: case\nlanguage: de\n", 1), "utf-8")
    same_as_clean(tmp_path, memo, "in German")
    opening.write_text(english, encoding="utf-8")
    same_as_clean(tmp_path, memo, "in English again")


def test_a_kept_article_follows_the_label_order_it_read(tmp_path: Path) -> None:
    """A kept article's `r.in_label_order` is not asked again while the items' ids are in
    the same order (render/articles.py): a theme's `plan-item.html` that lists a
    measure's causes in label order, without their labels, must show them reordered when
    another file renumbers a cause."""
    case = Case(tmp_path, random.Random(19), items=0)
    write(tmp_path / "reinstate.yaml", "theme: mine\n")
    write(
        tmp_path / "themes" / "mine" / "templates" / "plan-item.html",
        '<article id="{{ item.id }}">{{ target.label }}: '
        "{% if kind != 'cause' %}{{ r.in_label_order(item.addresses) | join(' ') }}{% endif %}"
        "</article>\n",
    )
    first = case.folder / "causes" / "no-defect-review.md"
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    _reorder(first, "order: 0")
    same_as_clean(tmp_path, memo, "the other cause first")
    kept = build(tmp_path, memo)
    assert kept is not None
    plan = kept.outputs["acme/plan-of-action.html"]
    assert isinstance(plan, bytes) and b"no-defect-review single-wall-boxes" in plan


def test_kept_front_matter_references_follow_the_items_they_name(tmp_path: Path) -> None:
    """An unchanged item keeps its very front matter references (resolve.py's
    `_field_references`), each resolved or not by the ids of the case's items: the cause
    a measure addresses removed and put back elsewhere, and the exhibit a cause names as
    evidence, must give the references and who cites what of a clean build."""
    case = Case(tmp_path, random.Random(23), items=0)
    cause = case.folder / "causes" / "no-defect-review.md"
    exhibit = case.folder / "exhibits" / "damage-photos.md"
    texts = {path: path.read_text(encoding="utf-8") for path in (cause, exhibit)}
    moved = case.folder / "pages" / "no-defect-review.md"

    def compare(what: str) -> None:
        kept, clean = resolved_of(tmp_path, memo), resolved_of(tmp_path, None)
        assert kept.references == clean.references, what
        assert list(kept.cited_by.items()) == list(clean.cited_by.items()), what
        assert list(kept.cites.items()) == list(clean.cites.items()), what

    memo = Memo()
    compare("first build")
    for what, edit in (
        ("the cause removed", cause.unlink),
        ("the cause back elsewhere", lambda: write(moved, texts[cause])),
        ("the exhibit removed", exhibit.unlink),
        ("both back", lambda: (moved.unlink(), write(cause, texts[cause]), write(exhibit, texts[exhibit]))),
    ):  # fmt: skip
        edit()
        compare(what)


INVOICE = """\
---
kind: exhibit
title: Invoice 881 from Brightline Distribution
file: files/invoice-881.png
type: invoice
issued: 2025-01-05
issuer: {{name: Brightline Distribution, phone: "+1 555 0100", address: 1 Main St}}
covers: {{B01ACME001: {units}}}
---
Shows the units bought from an authorised distributor.
"""


def test_a_whole_case_rule_follows_each_files_part_and_what_it_reads(tmp_path: Path) -> None:
    """The invoice rule's "N units sold" and the plan's word count are each file's part,
    kept from the last build while the file's passages are the very same and what the
    part reads of the rest of the case is equal (checks/text.py's `Texts.by_owner`): a
    file's new words, and an invoice's `covers`, which every file's part reads, must
    show in the findings of files that did not change."""
    case = Case(tmp_path, random.Random(11), items=2)
    (tmp_path / "reinstate.yaml").write_text(
        "checks:\n  poa_max_words: 1\n  poa_words_per_item: 1\n", encoding="utf-8"
    )  # always over: R17's message gives the plan's count
    png = ROOTS / "minimal" / "content" / "acme" / "files" / "invoice-881.png"
    shutil.copy(png, case.folder / "files" / "invoice-881.png")
    invoice = case.folder / "exhibits" / "invoice.md"
    write(invoice, INVOICE.format(units=30))
    sold = case.folder / "causes" / "sold.md"
    body = "We sold 20 units of it."
    write(sold, ITEM.format(kind="cause", title="Sold", order=9, extra="", body=body))
    other = case.files()[0]
    memo = Memo()
    same_as_clean(tmp_path, memo, "first build")
    for what, edit in (
        ("more sold", lambda: write(sold, sold.read_text("utf-8").replace("20 units", "50 units"))),
        ("more covered", lambda: write(invoice, INVOICE.format(units=60))),
        ("less covered", lambda: write(invoice, INVOICE.format(units=40))),
        ("longer", lambda: write(other, other.read_text("utf-8") + "\nOne two three.\n")),
    ):  # fmt: skip
        edit()
        same_as_clean(tmp_path, memo, what)
    clean = build(tmp_path, None)
    assert clean is not None
    rules = {d.rule for d in clean.diagnostics}
    assert {"evidence.invoice", "length.words"} <= rules, "the edits gave these findings"
    assert any("cover only 40 units" in d.message for d in clean.diagnostics)
