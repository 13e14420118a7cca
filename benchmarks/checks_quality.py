"""How well the text rules tell bad writing from good, on labelled passages.

Run: PYTHONPATH=src python benchmarks/checks_quality.py
     [--split dev|heldout|all|de|de-heldout|de-probe|de-probe2|de-probe3]
     [--markdown] [--misses] [--alone]

Each passage of tests/corpus/passages/<split>.yaml is written where its label says (the
opening of case.md, a cause, an action, a measure or the letter) in a file of its own, and
the cases are checked as `reinstate check` checks them, with only the text rules on; each
passage gets the findings located in its file, the findings it gets in a case of its own
(`write_cases`; `--alone` checks one case per passage, slower, to show it). A bad
passage is caught when one of its expected rules reports it; a good passage reported by
any text rule is a false positive. Prints, per rule and per category: passages, caught,
recall and false positives, and the false-positive rate on good passages.

`--split de` scores the German passages (de.yaml) in German cases (`language: de`), with
the German word lists: only the rules that have a German list are expected to fire there.
`--split de-heldout` scores the German passages written apart from de.yaml, before the
German lists were tuned on de.yaml, and never used to tune them; `--split de-probe` the
German passages written after the tuning, in phrasings unlike the lists'; `--split de-probe2`
a larger probe (148 passages, hard negatives among them) written before the lists were
tuned for generality, whose even-numbered bad passages were never read while tuning;
`--split de-probe3` passages written after that and scored once, never read for tuning.

`--markdown` prints the tables as docs/rules.md shows them, `--update-docs` writes them
there (between the `<!-- scores -->` markers); `--misses` lists each missed bad passage
and each false positive with what fired.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from reinstate.checks import all_rules
from reinstate.core.config import load_config
from reinstate.core.diagnostics import Reporter, Severity
from reinstate.run.build import BuildOptions, analyse
from reinstate.stages.discover import discover

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "tests" / "corpus" / "passages"
DOCS = REPO / "docs" / "rules.md"
MARKERS = ("<!-- scores -->", "<!-- /scores -->")
SPLITS = ("dev", "heldout")
LANGUAGE_SPLITS = {
    "de": "de",
    "de-heldout": "de",
    "de-probe": "de",
    "de-probe2": "de",
    "de-probe3": "de",
}
DOC_SPLITS = (*SPLITS, *LANGUAGE_SPLITS)
"""The splits docs/rules.md shows."""
"""Splits written in another language: split → the cases' `language:`."""
TODAY = dt.date(2025, 3, 18)
TEXT_RULES = (
    "tone.marketing",
    "tone.question",
    "tone.emotive",
    "tone.hardship",
    "tone.blame",
    "tone.denial",
    "detail.vague",
    "action.not-done",
    "tone.threat",
    "tone.verdict",
    "tone.competitor",
    "tone.guarantee",
    "cause.ignorance",
)
"""The rules that judge the wording of a passage (the others judge structure and data)."""

CASE = """\
---
kind: case
seller:
  legal_name: Harbor Lane Goods LLC
  store_name: Harbor Lane
  merchant_token: A2HLG7EXAMPLE
  email: ops@harborlane.example
  contact: {{name: Dana Whitfield, title: Owner}}
marketplace: amazon.com
language: {language}
violation:
  type: inauthentic
  notice_date: 2025-02-10
  notice: |
    We received complaints about the products below.
  asins: [B01HARBOR1]
---
{opening}
"""
ITEMS = {
    "cause": "---\nkind: cause\nid: p\ntitle: Cause\n---\n{text}\n",
    "action": "---\nkind: action\ntitle: Action\naddresses: [{cause}]\ndate: 2025-03-01\n---\n{text}\n",
    "measure": (
        "---\nkind: measure\ntitle: Measure\naddresses: [{cause}]\nstarts: 2025-03-02\n"
        "owner: Dana Whitfield, Owner\ncadence: weekly\n---\n{text}\n"
    ),
    "letter": "---\nkind: letter\nto: Executive Seller Relations\ndate: 2025-03-17\n---\n{text}\n",
}
FILLER_CAUSE = "---\nkind: cause\nid: c\ntitle: Cause\n---\n"
SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""PyYAML's safe loader, in C where PyYAML was built with libyaml (the same documents)."""


@dataclass(frozen=True, slots=True)
class Labelled:
    """One labelled passage of the corpus."""

    id: str
    category: str
    kind: str
    expect: tuple[str, ...]
    source: str
    text: str
    tricky: bool = False
    language: str = "en"

    @property
    def good(self) -> bool:
        return not self.expect


@dataclass(frozen=True, slots=True)
class Result:
    passage: Labelled
    fired: frozenset[str]
    """The text rules that reported the passage."""

    @property
    def caught(self) -> bool:
        return bool(self.fired & set(self.passage.expect))

    @property
    def false_positive(self) -> bool:
        return self.passage.good and bool(self.fired)


@dataclass
class Row:
    name: str
    passages: int = 0
    caught: int = 0
    false_positives: int = 0
    good: int = 0

    @property
    def recall(self) -> float | None:
        return self.caught / self.passages if self.passages else None


@dataclass
class Score:
    results: list[Result] = field(default_factory=list)

    @property
    def bad(self) -> list[Result]:
        return [r for r in self.results if not r.passage.good]

    @property
    def good(self) -> list[Result]:
        return [r for r in self.results if r.passage.good]

    @property
    def recall(self) -> float:
        return sum(r.caught for r in self.bad) / max(len(self.bad), 1)

    @property
    def false_positive_rate(self) -> float:
        return sum(r.false_positive for r in self.good) / max(len(self.good), 1)

    def by_rule(self) -> list[Row]:
        rows = {rule: Row(rule) for rule in TEXT_RULES}
        for result in self.results:
            for rule in result.passage.expect:
                rows[rule].passages += 1
                rows[rule].caught += rule in result.fired
            if result.passage.good:
                for rule in result.fired:
                    rows[rule].false_positives += 1
        return list(rows.values())

    def by_category(self) -> list[Row]:
        rows: dict[str, Row] = {}
        for result in self.results:
            row = rows.setdefault(result.passage.category, Row(result.passage.category))
            if result.passage.good:
                row.good += 1
                row.false_positives += result.false_positive
            else:
                row.passages += 1
                row.caught += result.caught
        return sorted(rows.values(), key=lambda r: (r.name == "good", r.name))


def load(split: str) -> list[Labelled]:
    names = SPLITS if split == "all" else (split,)
    sources = yaml.load((CORPUS / "sources.yaml").read_text("utf-8"), SAFE)
    found = []
    for name in names:
        for entry in yaml.load((CORPUS / f"{name}.yaml").read_text("utf-8"), SAFE):
            passage = Labelled(
                id=f"{name}:{entry['id']}",
                category=entry["category"],
                kind=entry["kind"],
                expect=tuple(entry["expect"]),
                source=entry["source"],
                text=entry["text"],
                tricky=bool(entry.get("tricky", False)),
                language=LANGUAGE_SPLITS.get(name, "en"),
            )
            if passage.source not in sources:
                raise ValueError(f"{passage.id}: unknown source '{passage.source}'")
            if unknown := set(passage.expect) - set(TEXT_RULES):
                raise ValueError(f"{passage.id}: not a text rule: {sorted(unknown)}")
            found.append(passage)
    return found


def write_project(root: Path, passages: Sequence[Labelled]) -> dict[str, Labelled]:
    """One case per passage (so no passage affects another); returns them by case slug."""
    _configure(root)
    slugs = {}
    for n, passage in enumerate(passages):
        slug = f"p{n:04d}"
        folder = root / "content" / slug
        folder.mkdir(parents=True)
        opening = passage.text if passage.kind == "case" else ""
        case = CASE.format(opening=opening, language=passage.language)
        (folder / "case.md").write_text(case, encoding="utf-8")
        if passage.kind != "case":
            template = ITEMS[passage.kind]
            cause = "p" if passage.kind == "cause" else "c"
            if cause == "c":
                (folder / "c.md").write_text(FILLER_CAUSE, encoding="utf-8")
            text = template.format(text=passage.text, cause=cause)
            (folder / "p.md").write_text(text, encoding="utf-8")
        slugs[slug] = passage
    return slugs


PER_CASE = 12
"""Passages of cause, action and measure kinds that `write_cases` puts in one case."""


def write_cases(root: Path, passages: Sequence[Labelled]) -> dict[str, Labelled]:
    """The passages in as few cases as they fit (one opening and one letter per case, at
    most `PER_CASE` causes, actions and measures, each in a file of its own); returns them
    by the project-relative path of the file that holds their text.

    The text rules read one file at a time, and a word list narrowed to a case's words
    finds in each file what it finds narrowed to the file's words (checks/reading.py), so
    each passage gets the findings it gets in a case of its own (`write_project`), which
    tests/checks/test_corpus.py checks; checking far fewer cases is far quicker."""
    _configure(root)
    found: dict[str, Labelled] = {}
    languages = sorted({p.language for p in passages})
    for language in languages:
        mine = [p for p in passages if p.language == language]
        openings = [p for p in mine if p.kind == "case"]
        letters = [p for p in mine if p.kind == "letter"]
        items = [p for p in mine if p.kind not in ("case", "letter")]
        count = max(len(openings), len(letters), -(-len(items) // PER_CASE))
        for n in range(count):
            slug = f"{language}{n:04d}"
            folder = root / "content" / slug
            folder.mkdir(parents=True)
            opening = openings[n].text if n < len(openings) else ""
            case = CASE.format(opening=opening, language=language)
            (folder / "case.md").write_text(case, encoding="utf-8")
            if n < len(openings):
                found[f"content/{slug}/case.md"] = openings[n]
            mine_items = items[n::count]
            if n < len(letters):
                mine_items.append(letters[n])
            if any(p.kind in ("action", "measure") for p in mine_items):
                (folder / "c.md").write_text(FILLER_CAUSE, encoding="utf-8")
            for m, passage in enumerate(mine_items):
                text = ITEMS[passage.kind].format(text=passage.text, cause="c")
                if passage.kind == "cause":
                    text = text.replace("id: p\n", f"id: p{m:02d}\n", 1)
                name = f"p{m:02d}.md"
                (folder / name).write_text(text, encoding="utf-8")
                found[f"content/{slug}/{name}"] = passage
    return found


def _configure(root: Path) -> None:
    """A project whose checks are the text rules only."""
    disabled = sorted({r.id for r in all_rules()} - set(TEXT_RULES))
    (root / "reinstate.yaml").write_text(
        "checks:\n  disable:\n" + "".join(f"    - {rule}\n" for rule in disabled)
    )


def score(passages: Sequence[Labelled], alone: bool = False) -> Score:
    """The findings on each passage; `alone`: each in a case of its own (slower, the same
    findings)."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = write_project(root, passages) if alone else write_cases(root, passages)
        reporter = Reporter()
        config = load_config(root, reporter)
        project = discover(config, reporter)
        options = BuildOptions(today=TODAY)
        fired: dict[int, set[str]] = {id(p): set() for p in files.values()}
        for case_dir in project.cases:
            analysis = analyse(config, case_dir, options)
            problems = [d for d in analysis.reporter.diagnostics if d.rule in TEXT_RULES]
            structural = [d for d in analysis.reporter.diagnostics if d.severity == Severity.ERROR]
            if analysis.resolved is None or any(d.rule not in TEXT_RULES for d in structural):
                raise RuntimeError(f"{case_dir.slug}: the case did not load: {structural}")
            for d in problems:
                passage = files.get(case_dir.slug) if alone else files.get(d.location.path)
                if passage is None:
                    raise RuntimeError(f"{d.location}: a finding on no passage: {d.message}")
                fired[id(passage)].add(d.rule)
        return Score([Result(p, frozenset(fired[id(p)])) for p in passages])


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def tables(name: str, found: Score, markdown: bool) -> list[str]:
    good = found.good
    tricky = [r for r in good if r.passage.tricky]
    lines = [
        f"{name}: {len(found.bad)} bad passages, recall {found.recall:.3f}; "
        f"{len(good)} good ({len(tricky)} tricky), false positives "
        f"{sum(r.false_positive for r in good)} (rate {found.false_positive_rate:.3f})",
        "",
    ]
    header = ("rule", "passages", "caught", "recall", "false positives")
    rule_rows = [
        (
            f"`{r.name}`" if markdown else r.name,
            r.passages,
            r.caught,
            _pct(r.recall),
            r.false_positives,
        )
        for r in found.by_rule()
    ]
    cat_rows = [
        (
            r.name,
            r.passages or r.good,
            r.caught if r.name != "good" else "–",
            _pct(r.recall) if r.name != "good" else "–",
            r.false_positives,
        )
        for r in found.by_category()
    ]
    lines += _table(header, rule_rows, markdown)
    lines.append("")
    lines += _table(("category", *header[1:]), cat_rows, markdown)
    return lines


def _table(header: Sequence[str], rows: Iterable[Sequence[object]], markdown: bool) -> list[str]:
    cells = [[str(c) for c in header], *[[str(c) for c in row] for row in rows]]
    if markdown:
        out = ["| " + " | ".join(cells[0]) + " |", "|" + "|".join("---" for _ in header) + "|"]
        return out + ["| " + " | ".join(row) + " |" for row in cells[1:]]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    return ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]


def misses(found: Score) -> list[str]:
    out = []
    for r in found.results:
        if (not r.passage.good and not r.caught) or r.false_positive:
            what = "FALSE POSITIVE" if r.passage.good else "MISSED"
            fired = ", ".join(sorted(r.fired)) or "nothing"
            out.append(f"{what} {r.passage.id} [{r.passage.kind}] ({fired}): {r.passage.text}")
    return out


def docs_section(scores: dict[str, Score]) -> str:
    """The score tables of docs/rules.md, one per split."""
    out = [MARKERS[0]]
    for split, found in scores.items():
        out += ["", *tables(split, found, markdown=True)]
    return "\n".join([*out, "", MARKERS[1]])


def update_docs(text: str, section: str) -> str:
    start, end = text.index(MARKERS[0]), text.index(MARKERS[1]) + len(MARKERS[1])
    return text[:start] + section + text[end:]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split", choices=(*SPLITS, *LANGUAGE_SPLITS, "all", "both"), default="both"
    )
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--update-docs", action="store_true")
    parser.add_argument("--alone", action="store_true", help="one case per passage")
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "both" else (args.split,)
    splits = DOC_SPLITS if args.update_docs else splits
    scores = {split: score(load(split), args.alone) for split in splits}
    for split, found in scores.items():
        print("\n".join(tables(split, found, args.markdown)))
        if args.misses:
            print("\n".join(misses(found)))
        print()
    if args.update_docs:
        DOCS.write_text(update_docs(DOCS.read_text("utf-8"), docs_section(scores)), "utf-8")
        print(f"updated {DOCS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
