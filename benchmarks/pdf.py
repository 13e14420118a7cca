"""The PDF bundle against bare WeasyPrint plus a pypdf merge, on the same print HTML.

For the demo case and for a generated case of about 30 pages with 5 PDF exhibits, prints:
- the bundle's time in a warm process (print HTML, sandboxed render, exhibits placed into
  their sheets, outline, labels; the step as `reinstate build` runs it), median of ROUNDS;
- bare WeasyPrint's time on the same print HTML (default fetcher, stylesheets parsed for
  each render, a fresh font configuration) plus a plain pypdf merge of the exhibit PDFs
  (`PdfWriter.append`), median, measured alternately in the same process;
- their ratio (goal <= 1.15), the median of the per-round ratios;
- peak memory (VmHWM of a fresh process doing one render, Linux) of each, and the ratio
  (goal <= 1.2).

Run from the repository root:  PYTHONPATH=src python benchmarks/pdf.py [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from reinstate.core.config import load_config  # noqa: E402
from reinstate.core.diagnostics import Reporter  # noqa: E402
from reinstate.render.theme import load_theme  # noqa: E402
from reinstate.run.build import BuildOptions, analyse  # noqa: E402
from reinstate.stages.discover import discover  # noqa: E402

TODAY = dt.date(2025, 3, 18)
WORDS = (
    "We traced every unit to the invoice it was bought on and checked the supplier's "
    "authorisation with the brand before any further purchase was placed. "
)


def generated_case(root: Path) -> Path:
    """About 30 pages: a long plan of action and 5 two-page PDF exhibits."""
    from weasyprint import HTML

    case = root / "content" / "big"
    for folder in ("causes", "actions", "measures", "exhibits", "files"):
        (case / folder).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "content/harbor-lane/case.md", case / "case.md")
    body = "\n\n".join(WORDS * 5 for _ in range(4))
    for n in range(4):
        (case / f"causes/c{n}.md").write_text(
            f"---\nkind: cause\ntitle: Root cause number {n} in detail\n"
            f"evidence: [x{n}]\n---\n{body}\n\nSee {{exhibit}}`x{n}`.\n"
        )
        (case / f"actions/a{n}.md").write_text(
            f"---\nkind: action\ntitle: Action {n}\naddresses: [c{n}]\ndate: 2025-03-06\n"
            f"---\n{body}\n\nAnswers {{ref}}`c{n}`.\n"
        )
        (case / f"measures/m{n}.md").write_text(
            f"---\nkind: measure\ntitle: Measure {n}\naddresses: [c{n}]\nstarts: 2025-03-08\n"
            f"owner: Dana Whitfield\ncadence: weekly\n---\n{body}\n"
        )
    for n in range(5):
        html = f"<h1>Document {n}</h1><p>{WORDS * 40}</p><h2 style='break-before: page'>"
        html += f"Part two</h2><p>{WORDS * 30}</p>"
        HTML(string=html).write_pdf(case / f"files/x{n}.pdf")
        (case / f"exhibits/x{n}.md").write_text(
            f"---\nkind: exhibit\ntitle: Supporting document {n}\nfile: files/x{n}.pdf\n"
            f"type: invoice\nissued: 2025-01-1{n}\n---\nShows point {n}.\n"
        )
    return root


def prepared(root: Path, slug: str) -> tuple[Any, Any, Any]:
    reporter = Reporter()
    config = load_config(root, reporter)
    theme = load_theme(config)
    case_dir = discover(config, reporter, (slug,)).cases[0]
    resolved = analyse(config, case_dir, BuildOptions(pdf=True, today=TODAY)).resolved
    assert resolved is not None
    return config, theme, resolved


def ours(config: Any, theme: Any, resolved: Any) -> int:
    from reinstate.render.bundle import bundle_bytes

    _data, pages, _doc = bundle_bytes(resolved, config, theme, Reporter())
    return pages


def bare(config: Any, theme: Any, resolved: Any) -> int:
    """WeasyPrint as documented, on the same print HTML, then pypdf appends the exhibits."""
    from pypdf import PdfReader, PdfWriter
    from weasyprint import CSS, HTML

    from reinstate.render.exhibits import open_exhibit
    from reinstate.render.fetcher import CASE_URL
    from reinstate.render.printhtml import Geometry, print_document

    case = resolved.case
    files = {e.id: open_exhibit(e, Reporter()) for e in case.exhibits}
    geometry = Geometry(config.paper)
    doc = print_document(resolved, theme, files, geometry, config.allow_html)
    html = doc.html.replace(CASE_URL, case.folder.as_uri() + "/")
    sheets = [CSS(filename=str(d / "static/print.css")) for d in reversed(theme.dirs)]
    sheets.append(CSS(string=geometry.css()))
    pdf = HTML(string=html, base_url=case.folder.as_uri() + "/").write_pdf(stylesheets=sheets)
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(pdf)))
    for exhibit in case.exhibits:
        if exhibit.path is not None and exhibit.path.suffix == ".pdf":
            writer.append(PdfReader(exhibit.path))
    out = io.BytesIO()
    writer.write(out)
    return len(writer.pages)


def timed(fn: Any, *args: Any) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def peak_mb(which: str, root: Path, slug: str) -> float:
    """Peak resident memory (VmHWM) of a fresh process that renders once.

    Not getrusage's ru_maxrss: Linux carries it over from the parent across fork and exec,
    so a child would report at least this (large) benchmark process's size.
    """
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'benchmarks')!r});"
        f"import pdf as b; from pathlib import Path;"
        f"args = b.prepared(Path({str(root)!r}), {slug!r}); b.{which}(*args);"
        "print(next(line.split()[1] for line in open('/proc/self/status')"
        " if line.startswith('VmHWM:')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(REPO / "src")},
    )
    return float(done.stdout.strip().splitlines()[-1]) / 1024


def run(name: str, root: Path, slug: str, rounds: int) -> None:
    args = prepared(root, slug)
    pages = ours(*args)
    bare(*args)
    mine, theirs, ratios = [], [], []
    for _ in range(rounds):
        a, b = timed(ours, *args), timed(bare, *args)
        mine.append(a)
        theirs.append(b)
        ratios.append(a / b)
    peaks = [(peak_mb("ours", root, slug), peak_mb("bare", root, slug)) for _ in range(3)]
    ours_mb = statistics.median(p[0] for p in peaks)
    bare_mb = statistics.median(p[1] for p in peaks)
    print(f"{name}: {pages} pages, {rounds} rounds")
    print(
        f"  bundle          median {statistics.median(mine):6.3f} s "
        f"(min {min(mine):.3f}, max {max(mine):.3f})"
    )
    print(
        f"  bare + merge    median {statistics.median(theirs):6.3f} s "
        f"(min {min(theirs):.3f}, max {max(theirs):.3f})"
    )
    print(f"  time ratio      median {statistics.median(ratios):6.3f} (goal <= 1.15)")
    print(
        f"  peak memory     bundle {ours_mb:.1f} MB, bare {bare_mb:.1f} MB, "
        f"ratio {ours_mb / bare_mb:.3f} (goal <= 1.2)"
    )


def main(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        demo = Path(tmp) / "demo"
        shutil.copytree(REPO / "content", demo / "content")
        run("demo case (harbor-lane)", demo, "harbor-lane", rounds)
        big = generated_case(Path(tmp) / "big")
        run("generated case", big, "big", rounds)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
