"""The PDF bundle with heavy cross-referencing: does its time grow with the pages alone?

For generated cases of N items (benchmarks/generate.py) where every item also cites every
other item (about N squared references, each printing its bundle page, "(p. 12)"), prints
in one run:
- the bundle as `reinstate build` makes it (warm process), median of ROUNDS;
- the peer: the same case and pipeline with page references switched off by a project
  theme (`a.xref::after`, the contents' and exhibit index's page numbers: `content: none`),
  median, measured alternately;
- the floor: warm bare WeasyPrint (fonts and stylesheets parsed once) rendering the same
  print HTML with page references off, no assembly;
- the ratios (goal: bundle / peer < 2 at 80 items), and the peak memory (VmHWM) of a fresh
  process making the bundle (goal < 250 MB).

Run from the repository root:  python benchmarks/pdf_refs.py [ROUNDS] [ITEMS ...]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from generate import write_project  # noqa: E402
from pdf import prepared  # noqa: E402

SLUG = "store-001"
NO_REFS = """\
a.xref::after { content: none; }
a.page-num::after { content: none; }
.toc a::after { content: none; }
"""


def web_project(root: Path, items: int, refs: bool = True) -> Path:
    """`generate.write_project` with one case whose items each cite every other item."""
    write_project(root, 1, items)
    case = root / "content" / SLUG
    ids = {
        path.stem: path
        for folder in ("causes", "actions", "measures", "exhibits")
        for path in sorted((case / folder).glob("*.md"))
    }
    for own, path in ids.items():
        cites = ", ".join(f"{{ref}}`{i}`" for i in ids if i != own)
        text = path.read_text(encoding="utf-8")
        path.write_text(f"{text}\nSee also {cites}.\n", encoding="utf-8")
    if not refs:
        theme = root / "themes" / "norefs" / "static"
        theme.mkdir(parents=True)
        (theme / "print.css").write_text(NO_REFS, encoding="utf-8")
        (root / "reinstate.yaml").write_text("theme: norefs\n", encoding="utf-8")
    return root


def ours(config: Any, theme: Any, resolved: Any) -> int:
    from reinstate.core.diagnostics import Reporter
    from reinstate.render.bundle import bundle_bytes

    return bundle_bytes(resolved, config, theme, Reporter())[1]


def floor(config: Any, theme: Any, resolved: Any) -> int:
    """Warm bare WeasyPrint on the same print HTML, page references off, no assembly."""
    from weasyprint import HTML

    from reinstate.core.diagnostics import Reporter
    from reinstate.render.exhibits import open_exhibit
    from reinstate.render.fetcher import CASE_URL
    from reinstate.render.pdf import shared
    from reinstate.render.printhtml import Geometry, print_document

    case = resolved.case
    files = {e.id: open_exhibit(e, Reporter()) for e in case.exhibits}
    doc = print_document(resolved, theme, files, Geometry(case.paper), config.allow_html)
    html = doc.html.replace(CASE_URL, case.folder.as_uri() + "/")
    state = shared(theme, case.paper)
    document = HTML(string=html, base_url=case.folder.as_uri() + "/").render(
        font_config=state.fonts, stylesheets=state.stylesheets, cache=state.images
    )
    document.write_pdf()
    return len(document.pages)


def timed(fn: Any, *args: Any) -> float:
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def peak_mb(root: Path) -> float:
    """Peak resident memory (VmHWM) of a fresh process that makes the bundle once."""
    code = (
        f"import sys; sys.path.insert(0, {str(REPO / 'benchmarks')!r});"
        "import pdf_refs as b, pdf; from pathlib import Path;"
        f"b.ours(*pdf.prepared(Path({str(root)!r}), {SLUG!r}));"
        "print(next(line.split()[1] for line in open('/proc/self/status')"
        " if line.startswith('VmHWM:')))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(done.stdout.strip().splitlines()[-1]) / 1024


def run(tmp: Path, items: int, rounds: int) -> None:
    with_refs = prepared(web_project(tmp / f"refs{items}", items, True), SLUG)
    without = prepared(web_project(tmp / f"norefs{items}", items, False), SLUG)
    pages = ours(*with_refs)
    ours(*without)
    floor(*without)
    mine, peer, bare = [], [], []
    for _ in range(rounds):
        mine.append(timed(ours, *with_refs))
        peer.append(timed(ours, *without))
        bare.append(timed(floor, *without))
    m, p, f = (statistics.median(x) for x in (mine, peer, bare))
    mb = peak_mb(tmp / f"refs{items}")
    print(f"{items} items, every item citing every other: {pages} pages, {rounds} rounds")
    print(f"  bundle                         median {m:7.3f} s")
    print(f"  peer: page references off      median {p:7.3f} s   ratio {m / p:5.2f} (goal < 2)")
    print(f"  floor: warm bare WeasyPrint    median {f:7.3f} s   ratio {m / f:5.2f}")
    print(f"  peak memory, fresh process     {mb:7.1f} MB (goal < 250)", flush=True)


def main(rounds: int, sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for items in sizes:
            run(Path(tmp), items, rounds)


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(args[0] if args else 3, args[1:] or [20, 40, 80])
