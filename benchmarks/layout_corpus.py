"""Generated cases of every length, built to PDF bundles and read by the layout linter.

Each case draws, from a seeded random generator: 1-8 root causes, 1-12 corrective
actions, 1-6 preventive measures, short or long bodies (with lists, a table, sub-headings,
dates in every style, order ids and hyphenated codes), 0-12 exhibits (PDF and image
files of the demo), a letter body of 80-300 words or none (then it is composed), and
Letter or A4 paper. The project is built (PDF included) and every bundle linted; the
faults are printed by page and the run ends with their count.

Run from the repository root:
    PYTHONPATH=src python benchmarks/layout_corpus.py [--cases 100] [--seed 1] [--jobs 2]
    [--out DIR]   (keep the project and its site in DIR to look at; default: a temp folder)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO / "src"))

from layout_lint import bundles, lint  # noqa: E402

FILES = REPO / "content" / "harbor-lane" / "files"
EXHIBIT_FILES = (
    "sop-07-supplier-vetting.pdf",
    "apex-invoice-2025-0112.pdf",
    "lumen-bay-distributors.pdf",
    "removal-order-7hq2-11.png",
    "retail-receipts.jpg",
)
START = dt.date(2026, 8, 3)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WORDS = [
    "we",
    "checked",
    "every",
    "unit",
    "against",
    "the",
    "supplier",
    "invoice",
    "and",
    "recorded",
    "the",
    "result",
    "in",
    "the",
    "ledger",
    "so",
    "that",
    "each",
    "complaint",
    "can",
    "be",
    "answered",
    "with",
    "the",
    "document",
    "that",
    "covers",
    "the",
    "unit",
    "the",
    "warehouse",
    "team",
    "now",
    "signs",
    "each",
    "step",
    "and",
    "the",
    "owner",
    "reviews",
    "the",
    "log",
    "every",
    "week",
]
MARKETS = (("amazon.com", "letter"), ("amazon.co.uk", "a4"), ("amazon.de", "a4"))


class Writer:
    """The text of one case, drawn from `rng`."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def date(self) -> dt.date:
        return START + dt.timedelta(days=self.rng.randrange(0, 60))

    def written_date(self) -> str:
        day = self.date()
        month = MONTHS[day.month - 1]
        return self.rng.choice(
            (day.isoformat(), f"{month} {day.day}, {day.year}", f"{day.day} {month} {day.year}")
        )

    def code(self) -> str:
        r = self.rng
        return r.choice(
            (
                f"{r.randrange(100, 999)}-{r.randrange(10**6, 10**7)}-{r.randrange(10**6, 10**7)}",
                f"SOP-{r.randrange(1, 99):02d}",
                f"RMV-{r.randrange(1000, 9999)}-{r.randrange(1, 9)}",
                f"INV-{r.randrange(24, 27)}-{r.randrange(10000, 99999)}",
                f"B0{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))}",
            )
        )

    def sentence(self) -> str:
        words = self.rng.sample(WORDS, self.rng.randrange(8, 16))
        extra = self.rng.random()
        if extra < 0.35:
            words.insert(self.rng.randrange(len(words)), f"on {self.written_date()}")
        elif extra < 0.7:
            words.insert(self.rng.randrange(len(words)), f"(order {self.code()})")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def paragraph(self, sentences: int) -> str:
        return " ".join(self.sentence() for _ in range(sentences))

    def body(self, long: bool) -> str:
        r = self.rng
        parts = [self.paragraph(r.randrange(2, 4))]
        if long:
            for _ in range(r.randrange(1, 4)):
                shape = r.random()
                if shape < 0.3:
                    parts.append(
                        "\n".join(f"- {self.sentence()}" for _ in range(r.randrange(2, 6)))
                    )
                elif shape < 0.45:
                    rows = "\n".join(
                        f"| {self.written_date()} | {self.code()} | {r.randrange(1, 500)} |"
                        for _ in range(r.randrange(2, 8))
                    )
                    parts.append(f"| Date | Reference | Units |\n|---|---|---|\n{rows}")
                elif shape < 0.6:
                    parts.append(
                        f"#### Step {r.randrange(1, 9)} of the check\n\n{self.paragraph(2)}"
                    )
                else:
                    parts.append(self.paragraph(r.randrange(2, 6)))
        return "\n\n".join(parts)

    def words(self, count: int) -> str:
        out: list[str] = []
        while len(" ".join(out).split()) < count:
            out.append(self.sentence())
        return " ".join(out)


def write_case(folder: Path, n: int, rng: random.Random) -> dict[str, int | str]:
    w = Writer(rng)
    causes, actions = rng.randrange(1, 9), rng.randrange(1, 13)
    measures, exhibits = rng.randrange(1, 7), rng.randrange(0, 13)
    market, paper = rng.choice(MARKETS)
    long = rng.random() < 0.5
    letter_words = rng.choice((0, rng.randrange(80, 301)))
    files: dict[str, str] = {}
    files["case.md"] = (
        "---\nkind: case\nseller:\n"
        f"  legal_name: Layout Store {n} LLC\n  store_name: Layout Store {n}\n"
        f"  merchant_token: A{n:05d}LAYOUTX\n  email: ops{n}@store.example\n"
        "  contact: {name: Sam Lee, title: Owner}\n"
        f"marketplace: {market}\npaper: {paper}\n"
        "violation:\n  type: inauthentic\n  notice_date: 2026-08-01\n  asins: [B07K2XQ9LM]\n"
        "submissions:\n  - date: 2026-08-02\n    channel: appeal_form\n    outcome: rejected\n"
        "    reply_date: 2026-08-03\n    case_ids: ['17384920211']\n---\n"
        f"{w.paragraph(rng.randrange(2, 5))}\n"
    )
    ex_ids = [f"ex-{i}" for i in range(1, exhibits + 1)]
    for i in range(1, causes + 1):
        evidence = f"evidence: [{rng.choice(ex_ids)}]\n" if ex_ids else ""
        files[f"causes/cause-{i}.md"] = (
            f"---\nkind: cause\ntitle: {w.sentence()[:-1]}\norder: {i}\n{evidence}---\n"
            f"{w.body(long or rng.random() < 0.3)}\n"
        )
    for i in range(1, actions + 1):
        c = rng.randrange(1, causes + 1)
        files[f"actions/action-{i}.md"] = (
            f"---\nkind: action\ntitle: {w.sentence()[:-1]}\norder: {i}\n"
            f"addresses: [cause-{c}]\ndate: {w.date().isoformat()}\n"
            f"key: {str(rng.random() < 0.25).lower()}\n---\n{w.body(long)}\n"
        )
    for i in range(1, measures + 1):
        c = rng.randrange(1, causes + 1)
        files[f"measures/measure-{i}.md"] = (
            f"---\nkind: measure\ntitle: {w.sentence()[:-1]}\norder: {i}\n"
            f"addresses: [cause-{c}]\nstarts: {w.date().isoformat()}\n"
            f"owner: Sam Lee, Owner\ncadence: every week\n---\n{w.body(long)}\n"
        )
    for i, ex in enumerate(ex_ids, start=1):
        name = EXHIBIT_FILES[(n + i) % len(EXHIBIT_FILES)]
        target = folder / "files" / f"{ex}{Path(name).suffix}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FILES / name, target)
        files[f"exhibits/{ex}.md"] = (
            f"---\nkind: exhibit\ntitle: {w.sentence()[:-1]}\nfile: files/{target.name}\n"
            f"type: invoice\nissued: {w.date().isoformat()}\n---\n{w.paragraph(1)}\n"
        )
    body = ""
    if letter_words:
        body = (
            f"Dear Executive Seller Relations team,\n\n{w.words(letter_words - 30)}\n\n"
            ":::{key-points}\n:::\n\n:::{prior-submissions}\n:::\n\n"
            f"{w.words(20)}\n"
        )
    files["letter.md"] = (
        "---\nkind: letter\nto: Executive Seller Relations\nchannel: escalation_email\n"
        f"date: 2026-10-05\nask: senior_investigator\n---\n{body}"
    )
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return {"causes": causes, "actions": actions, "exhibits": exhibits, "paper": paper}


def write_project(root: Path, cases: int, seed: int) -> list[dict[str, int | str]]:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "reinstate.yaml").write_text("content: content\noutput: site\n", encoding="utf-8")
    return [write_case(root / "content" / f"layout-{n:03d}", n, rng) for n in range(1, cases + 1)]


def build(root: Path, jobs: int) -> subprocess.CompletedProcess[str]:
    env_path = str(REPO / "src")
    return subprocess.run(
        [sys.executable, "-m", "reinstate", "build", str(root), "-j", str(jobs)],
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        root = args.out or Path(temp)
        shapes = write_project(root, args.cases, args.seed)
        started = time.perf_counter()
        done = build(root, args.jobs)
        built = time.perf_counter() - started
        found = bundles([str(root / "site")])
        total = 0
        for path in found:
            for fault in lint(path):
                total += 1
                print(f"{path.relative_to(root)}: {fault}")
        papers = sorted({str(s["paper"]) for s in shapes})
        print(
            f"{len(shapes)} cases ({min(int(s['causes']) for s in shapes)}-"
            f"{max(int(s['causes']) for s in shapes)} causes, "
            f"{min(int(s['actions']) for s in shapes)}-{max(int(s['actions']) for s in shapes)} "
            f"actions, {min(int(s['exhibits']) for s in shapes)}-"
            f"{max(int(s['exhibits']) for s in shapes)} exhibits, paper {', '.join(papers)}); "
            f"{len(found)} bundles built in {built:.0f} s; {total} layout fault(s)"
        )
        if len(found) != len(shapes):
            print(done.stderr[-3000:])
            return 1
        return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
