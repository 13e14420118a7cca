"""Scaling of reinstate on pathological case text: time and peak memory at 1x, 2x, 4x, 8x.

Each shape is a page of a minimal case, grown in one dimension, inside the default limits
of SECURITY.md (file size, table cells, nesting):

    headings     N lines '# h' (the same heading: unique ids)
    comments     N unclosed '<!--'
    tables       a table of 20 columns and N/20 rows: N cells, with the PDF (N = base/8)
    nesting      N/40 blocks of directives nested 10 deep (each level re-parsed)
    references   N '{ref}' roles to targets that exist
    brackets     N '[' (link labels that never close)
    stars        N '*a ' (emphasis openers that never close)
    underscores  N '_a ' (the same with '_')
    emphasis     N '*a* __b__ ' (closed emphasis of both kinds)
    fences       N code fences of three lines
    fence-runs   N '```' lines (each opens or closes a fence)
    quotes       N/12 block quotes nested 12 deep ('> > ... x')
    quote-depth  one line of N/10 '>' (nesting far past the limit)
    html-comments N '<!-- c -->' comments, closed
    yaml-keys    N/4 keys in the front matter
    yaml-list    one front matter list of N/4 values
    yaml-aliases N/4 aliases of one anchor in the front matter
    yaml-bomb    nested aliases 9 wide and N/5000 + 5 deep (a billion-laughs bomb)

Every run is its own process (`reinstate build`, HTML only unless the shape needs the PDF);
its time is the CPU time the child used (user and system: on a shared machine the wall
clock measures the others), its peak memory the child's maximum resident set (wait4); a
run that ends with a status other than 0 or 1 prints the end of its error output. The
growth ratios (time at 2x / time at 1x ...) should stay near 2 for linear work; a quadratic
loop shows as 4. The baseline is measured in the same run, so the machine's speed cancels.

    python benchmarks/pathological.py [--base 5000] [--shapes headings,comments] [--runs 2]

`--sweep` instead builds one case per kind of input AT the default limits (the largest
that is accepted, and for the Markdown shapes the same text at `max_case_bytes`, which the
block limit refuses): every construct, long lines, front matter, many files, many and large
exhibits. Each runs `reinstate check` and `reinstate build` (with the PDF) in a child held
to a 1.5 GB address space and a timeout, and prints wall time, CPU time, peak memory and
the exit status, flagging anything over 30 s, over 1 GB, or exiting 3:

    python benchmarks/pathological.py --sweep [--only list,table] [--timeout 120]

`combined` and `combined-text` reach several limits at once: the most one-page scanned
exhibits the block limit allows (half of them, with the rest of the blocks spent on a table,
nested lists, headings and references), the first `max_ocr_pages` of them pages of small
dense print for OCR, the case's exhibit pages filled by a scanned PDF, and the rest of
`max_case_bytes` in long paragraphs. Peak memory is that of the whole process tree
(Tesseract included), sampled from /proc.

On a shared machine the CPU time (user + system, children included) is the steadier
measure; the budget is for the wall time of an otherwise idle machine.

`--ocr N` runs Tesseract as a build does on N pages of small dense print (the costliest
kind: minutes each without a limit), printing each page's CPU under the per-page limit:

    python benchmarks/pathological.py --ocr 6 [--ocr-unlimited]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reinstate.core.limits import EXHIBIT_BLOCKS, Limits

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = ROOT / "tests/roots/minimal"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
FACTORS = (1, 2, 4, 8)


def headings(n: int) -> str:
    return "# h\n\n" * n


def comments(n: int) -> str:
    return "<!--\n" * n


def tables(n: int) -> str:
    columns = 20
    rows = max(1, n // columns)
    head = "|" + "|".join(f" c{i} " for i in range(columns)) + "|\n"
    rule = "|" + "|".join("---" for _ in range(columns)) + "|\n"
    body = ("|" + "|".join(" x " for _ in range(columns)) + "|\n") * rows
    return head + rule + body


def nesting(n: int) -> str:
    depth = 10
    block = "".join(":" * (3 + depth - i) + "{note}\n" for i in range(depth))
    block += "text\n" + "".join(":" * (4 + i) + "\n" for i in range(depth))
    return (block + "\n") * max(1, n // 40)


def references(n: int) -> str:
    return "(t)=\n# Target\n\n" + "See {ref}`t`. " * n + "\n"


def brackets(n: int) -> str:
    return "[" * n + "\n"


def stars(n: int) -> str:
    return "*a " * n + "\n"


def underscores(n: int) -> str:
    return "_a " * n + "\n"


def emphasis(n: int) -> str:
    return "*a* __b__ " * n + "\n"


def fences(n: int) -> str:
    return "```\nx\n```\n\n" * n


def fence_runs(n: int) -> str:
    return "```\n" * n


def quotes(n: int) -> str:
    return ("> " * 12 + "x\n\n") * max(1, n // 12)


def quote_depth(n: int) -> str:
    return ">" * max(1, n // 10) + " x\n"


def html_comments(n: int) -> str:
    return "<!-- c -->\n\n" * n


FRONT = "\x00front\x00"
"""Marks a shape's text as front matter (YAML lines after `title:`), not the body."""


def yaml_keys(n: int) -> str:
    return FRONT + "".join(f"k{i}: v\n" for i in range(max(1, n // 4)))


def yaml_list(n: int) -> str:
    return FRONT + "k:\n" + "  - v\n" * max(1, n // 4)


def yaml_aliases(n: int) -> str:
    return FRONT + "a: &a [v]\nk:\n" + "  - *a\n" * max(1, n // 4)


def yaml_bomb(n: int) -> str:
    depth = n // 5000 + 5
    lines = ["a0: &a0 [" + ", ".join(["lol"] * 9) + "]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, depth)]
    return FRONT + "\n".join(lines) + "\n"


SHAPES: dict[str, tuple[Callable[[int], str], bool, float]] = {
    "headings": (headings, False, 1),
    "comments": (comments, False, 1),
    "tables": (tables, True, 1 / 8),
    "nesting": (nesting, False, 1),
    "references": (references, False, 1),
    "brackets": (brackets, False, 1),
    "stars": (stars, False, 4),
    "underscores": (underscores, False, 4),
    "emphasis": (emphasis, False, 1),
    "fences": (fences, False, 2),
    "fence-runs": (fence_runs, False, 4),
    "quotes": (quotes, False, 4),
    "quote-depth": (quote_depth, False, 1),
    "html-comments": (html_comments, False, 2),
    "yaml-keys": (yaml_keys, False, 1),
    "yaml-list": (yaml_list, False, 1),
    "yaml-aliases": (yaml_aliases, False, 1),
    "yaml-bomb": (yaml_bomb, False, 1),
}
"""Shape -> (body for size N, whether the PDF is built, N per unit of --base). Tables are
built with the PDF (where their memory goes), so they stop at the default cell limit; the
cheapest shapes grow from a larger N, so that their work stands out of the floor."""


def best(body: str, pdf: bool, scratch: Path, runs: int) -> tuple[float, int, int]:
    """The fastest of `runs` builds (the machine may be shared), and its peak memory."""
    return min(run(body, pdf, scratch) for _ in range(runs))


def run(body: str, pdf: bool, scratch: Path) -> tuple[float, int, int]:
    """(seconds, peak KiB, exit status) of one build of a case holding `body`."""
    root = scratch / "p"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(MINIMAL, root)
    # Limits raised, so that the growth past the defaults is measured too.
    (root / "reinstate.yaml").write_text(
        "max_table_cells: 1000000\nmax_case_blocks: 10000000\nmax_case_bytes: 100000000\n"
    )
    page = root / "content/acme/pages/p.md"
    page.parent.mkdir()
    front, body = (body[len(FRONT) :], "x\n") if body.startswith(FRONT) else ("", body)
    page.write_text("---\nkind: page\ntitle: P\nbundle: true\n" + front + "---\n" + body)
    command = [sys.executable, "-m", "reinstate", "build", str(root), "--today", "2025-03-18"]
    if not pdf:
        command.append("--no-pdf")
    child = subprocess.Popen(
        command,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_limited,  # the same address space as the sweep and the tests
    )
    assert child.stderr is not None
    said = child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        print(said.decode(errors="replace")[-2000:], file=sys.stderr)
    seconds = usage.ru_utime + usage.ru_stime
    return seconds, usage.ru_maxrss, child.returncode


# The sweep: inputs at the default limits ------------------------------------------------

LIMITS = Limits()
PAGE_HEAD = "---\nkind: page\ntitle: P\nbundle: true\n---\n"
FILL = int(LIMITS.case_bytes * 0.95) - 4096
"""Bytes of Markdown a sweep input may take: the case's own files take the rest."""
BLOCKS = LIMITS.case_blocks - 40
"""Blocks a sweep input may take: the minimal case's own files take the rest."""


def _fit(unit: str, blocks_per_unit: float) -> int:
    """How many `unit`s fit in the byte and the block limits."""
    by_bytes = FILL // len(unit.encode())
    return int(min(by_bytes, BLOCKS / blocks_per_unit)) if blocks_per_unit else by_bytes


def _repeat(unit: str, blocks_per_unit: float) -> Callable[[bool], str]:
    """A body of `unit`s: at the limits, or (over) filling `max_case_bytes`."""

    def body(over: bool) -> str:
        return unit * (FILL // len(unit.encode()) if over else _fit(unit, blocks_per_unit))

    return body


def _nested_list(over: bool) -> str:
    depth = LIMITS.nesting
    unit = "".join("  " * i + "- x\n" for i in range(depth))
    return unit * (FILL // len(unit) if over else _fit(unit, depth))


def _nested_directives(over: bool) -> str:
    depth = LIMITS.nesting
    unit = "".join(":" * (3 + depth - i) + "{note}\n" for i in range(depth))
    unit += "x\n" + "".join(":" * (4 + i) + "\n" for i in range(depth)) + "\n"
    return unit * (FILL // len(unit) if over else _fit(unit, 2 * depth))


def _tables(over: bool) -> str:
    columns = 20
    rows = LIMITS.table_cells // columns - 1
    head = "|" + "|".join(f"c{i}" for i in range(columns)) + "|\n"
    table = head + "|" + "|".join("-" for _ in range(columns)) + "|\n"
    table += ("|" + "|".join("x" for _ in range(columns)) + "|\n") * rows + "\n"
    cells = (rows + 1) * columns
    return table * (FILL // len(table) if over else max(1, BLOCKS // cells))


def _prose(over: bool) -> str:
    paragraph = "The supplier sent invoices that we did not check. " * 16 + "\n\n"
    return paragraph * (FILL // len(paragraph))


def _long_word(over: bool) -> str:
    return "x" * FILL + "\n"


def _references(over: bool) -> str:
    return "(t)=\n# Target\n\n" + _repeat("See {ref}`t`. ", 1)(over) + "\n"


MARKDOWN: dict[str, Callable[[bool], str]] = {
    "headings": _repeat("# h\n\n", 1),
    "list": _repeat("- x\n", 1),
    "ordered-list": _repeat("1. x\n", 1),
    "nested-list": _nested_list,
    "loose-list": _repeat("- x\n\n", 2),
    "definitions": _repeat("t\n: d\n\n", 3),
    "tables": _tables,
    "quotes": _repeat("> x\n\n", 2),
    "nested-quotes": _repeat("> " * 12 + "x\n\n", 13),
    "comments": _repeat("<!-- c -->\n\n", 1),
    "unclosed-comments": _repeat("<!--\n", 0),
    "directives": _repeat(":::{note}\nx\n:::\n\n", 2),
    "nested-directives": _nested_directives,
    "code-fences": _repeat("```\nx\n```\n", 1),
    "rules": _repeat("---\n\n", 1),
    "targets": _repeat("(t)=\n", 1),
    "links": _repeat("[a](https://example.com/a) ", 1),
    "refused-links": _repeat("[a](/etc/passwd) ", 0),
    "autolinks": _repeat("<https://example.com/a> ", 1),
    "images": _repeat("![a](files/invoice-881.png) ", 1),
    "references": _references,
    "brackets": _repeat("[", 0),
    "emphasis": _repeat("*a ", 0),
    "strong-runs": _repeat("**", 0),
    "backticks": _repeat("`", 0),
    "roles-unclosed": _repeat("{ref}`", 0),
    "prose": _prose,
    "long-word": _long_word,
}
"""Markdown shapes: each page body at the limits (over=False) or at `max_case_bytes`."""


def _case_file(root: Path, name: str, text: str) -> None:
    path = root / "content/acme" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _many_files(root: Path) -> None:
    for i in range(BLOCKS // 2 - 1):
        _case_file(root, f"pages/p{i}.md", f"---\nkind: page\ntitle: P{i}\nbundle: true\n---\nx\n")


def _front_matter_keys(root: Path) -> None:
    keys = "".join(f"k{i}: v\n" for i in range(min(19_000, FILL // 10)))
    _case_file(root, "pages/p.md", f"---\nkind: page\ntitle: P\n{keys}---\nx\n")


def _big_yaml_value(root: Path) -> None:
    _case_file(root, "pages/p.md", f"---\nkind: page\ntitle: '{'t ' * (FILL // 2)}'\n---\nx\n")


def _exhibit(root: Path, n: int, file: str) -> None:
    _case_file(
        root,
        f"exhibits/e{n}.md",
        f"---\nkind: exhibit\ntitle: Exhibit {n}\nfile: {file}\ntype: other\n---\nx\n",
    )


def _many_exhibits(root: Path) -> None:
    """As many one-page exhibits as `max_case_exhibit_pages` allows: refused by the block
    limit (an exhibit counts `EXHIBIT_BLOCKS`)."""
    for n in range(LIMITS.case_exhibit_pages - 1):
        _exhibit(root, n, "files/invoice-881.png")


EXHIBITS_AT_LIMIT = (LIMITS.case_blocks - 80) // (EXHIBIT_BLOCKS + 1)
"""One-page exhibits (each a file of 25 blocks and a paragraph) that fit in the block
limit beside the minimal case's own files."""


def _scan(n: int) -> bytes:
    """A one-page 'scan' (100 dpi Letter, PNG) with a line of text, different for each n."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (850, 1100), 255)
    draw = ImageDraw.Draw(image)
    for line in range(12):
        draw.text((60, 80 + 40 * line), f"Invoice {n}-{line}: 30 units of B01ACME001", fill=0)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _exhibits(count: int) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        for n in range(count):
            (root / f"content/acme/files/scan{n}.png").write_bytes(_scan(n))
            _exhibit(root, n, f"files/scan{n}.png")

    return make


def _exhibit_pdf_pages(root: Path) -> None:
    """One PDF exhibit as long as the limits allow beside the minimal case's one-page one."""
    pages = min(LIMITS.exhibit_pages, LIMITS.case_exhibit_pages - 1)
    (root / "content/acme/files/long.pdf").write_bytes(_pdf(pages))
    _exhibit(root, 0, "files/long.pdf")


def _pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _exhibit_pdfs(root: Path) -> None:
    data = _pdf(LIMITS.exhibit_pages)
    for n in range(LIMITS.case_exhibit_pages // LIMITS.exhibit_pages):
        (root / f"content/acme/files/big{n}.pdf").write_bytes(data)
        _exhibit(root, n, f"files/big{n}.pdf")


def _big_image(root: Path) -> None:
    from PIL import Image

    side = int(LIMITS.image_pixels**0.5) - 1
    Image.new("L", (side, side), 255).save(root / "content/acme/files/big.png")
    _exhibit(root, 0, "files/big.png")


def _tiff_frames(root: Path) -> None:
    from PIL import Image

    frames = [Image.new("L", (2480, 3508), 255) for _ in range(LIMITS.image_frames)]
    frames[0].save(root / "content/acme/files/scan.tiff", save_all=True, append_images=frames[1:])
    _exhibit(root, 0, "files/scan.tiff")


def _dense_scan(n: int, size: int = 22) -> bytes:
    """A page of small dense text at 300 dpi (Letter, PNG), turned a few degrees and
    speckled: the costliest kind of page for OCR (about 3,400 words at `size` 22 px; at 14
    px Tesseract finds no words but searches far longer)."""
    import random

    from PIL import Image, ImageDraw, ImageFont

    rng = random.Random(n)
    image = Image.new("L", (2550, 3300), 255)
    draw = ImageDraw.Draw(image)
    try:
        font: Any = ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        font = ImageFont.load_default(size)
    words = ["invoice", "B01ACME001", "units", "30", "supplier", "1,250.00", "ASIN", "order"]
    for y in range(20, 3300 - size, int(size * 1.15)):
        draw.text((20, y), " ".join(rng.choice(words) for _ in range(40)), fill=0, font=font)
    image = image.rotate(2, fillcolor=255)
    pixels = image.load()
    for _ in range(30_000):
        x, y = rng.randrange(2550), rng.randrange(3300)
        pixels[x, y] = 255 - pixels[x, y]
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _scanned_pdf(pages: int) -> bytes:
    """A PDF of `pages` pages without a text layer: each a scanned picture (OCR reads such
    pages, up to `max_ocr_pages` a build)."""
    from PIL import Image

    first, *rest = (Image.open(io.BytesIO(_scan(1000 + n))).convert("RGB") for n in range(pages))
    out = io.BytesIO()
    first.save(out, format="PDF", save_all=True, append_images=rest, resolution=100)
    return out.getvalue()


def _combined(exhibits: int, text_blocks: bool) -> Callable[[Path], None]:
    """Several limits reached at once in one case: `exhibits` scanned exhibits (the first
    `max_ocr_pages` of them dense pages for OCR), the case's exhibit pages filled to
    `max_case_exhibit_pages` by a scanned PDF, the blocks left by the exhibits spent (with
    `text_blocks`) on the costliest text blocks (a table at the cell limit, lists nested at
    the limit, headings, references), and the bytes left to `max_case_bytes` on long
    paragraphs (prose, unclosed emphasis and brackets: few blocks, many pages)."""

    def make(root: Path) -> None:
        case = root / "content/acme"
        for n in range(exhibits):
            data = _dense_scan(n) if n < LIMITS.ocr_pages else _scan(n)
            (case / f"files/scan{n:03}.png").write_bytes(data)
            _exhibit(root, n, f"files/scan{n:03}.png")
        # the minimal case's own exhibit is one page, and so is each scan
        pages = LIMITS.case_exhibit_pages - 1 - exhibits
        if pages > 0:
            (case / "files/long.pdf").write_bytes(_scanned_pdf(min(pages, LIMITS.exhibit_pages)))
            _exhibit(root, exhibits, "files/long.pdf")
        used = 40 + (EXHIBIT_BLOCKS + 1) * (exhibits + (pages > 0))
        left = LIMITS.case_blocks - used - 60  # the long paragraphs: one block each
        parts = []
        if text_blocks and left > 0:
            cells = min(LIMITS.table_cells, left // 2) // 10 * 10
            parts.append(_table(10, cells // 10 - 1))
            left -= cells
            depth = LIMITS.nesting
            unit = "".join("  " * i + "- x\n" for i in range(depth))
            parts.append(unit * max(0, left // 3 // depth))
            left -= left // 3 // depth * depth
            parts.append("(t)=\n# Target\n\n" + "# h\n\n" * (left // 3))
            parts.append("See {ref}`t`. " * max(0, (left - left // 3 - 2) // 2) + "\n\n")
        text = "".join(parts)
        paragraph = (
            "The supplier sent invoices that we did not check, *and [we "
            "list each of them below. " * 100
        ) + "\n\n"
        spare = FILL - len(text.encode()) - 100 * (exhibits + 1)
        text += paragraph * max(0, spare // len(paragraph))
        _case_file(root, "pages/p.md", PAGE_HEAD + text)

    return make


def _table(columns: int, rows: int) -> str:
    head = "|" + "|".join(f"c{i}" for i in range(columns)) + "|\n"
    table = head + "|" + "|".join("-" for _ in range(columns)) + "|\n"
    return table + ("|" + "|".join("x" for _ in range(columns)) + "|\n") * rows + "\n"


PROJECTS: dict[str, Callable[[Path], None]] = {
    "combined": _combined(EXHIBITS_AT_LIMIT - 1, text_blocks=False),
    "combined-text": _combined(EXHIBITS_AT_LIMIT // 2, text_blocks=True),
    "many-files": _many_files,
    "front-matter-keys": _front_matter_keys,
    "big-yaml-value": _big_yaml_value,
    "many-exhibits": _many_exhibits,
    "most-exhibits": _exhibits(EXHIBITS_AT_LIMIT),
    "exhibit-pdfs": _exhibit_pdfs,
    "exhibit-pdf-pages": _exhibit_pdf_pages,
    "big-image": _big_image,
    "tiff-frames": _tiff_frames,
}
"""Inputs beyond one page's Markdown: each writes its files into the minimal case."""

BUDGET_SECONDS = 30
BUDGET_BYTES = 1 << 30
ADDRESS_SPACE = 1_500_000_000


def _limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))


def measure(root: Path, command: str, timeout: float) -> tuple[float, float, int, int]:
    """(wall s, CPU s, peak KiB, exit status) of `reinstate command` on `root`; status -9
    when it ran past `timeout`."""
    argv = [sys.executable, "-m", "reinstate", command, str(root), "--today", "2025-03-18"]
    if command == "build":
        argv += ["--force", "-j", "1", "--out", str(root / "site")]
    started = time.perf_counter()
    child = subprocess.Popen(
        argv,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_limited,
    )
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    tree = TreeMemory(child.pid)
    _pid, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    tree.stop()
    wall = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    return wall, cpu, max(usage.ru_maxrss, tree.peak_kib), os.waitstatus_to_exitcode(status)


class TreeMemory:
    """The peak of the resident memory of a process and all its descendants together
    (Tesseract, a PDF worker), sampled every 50 ms from /proc; `wait4` only gives the
    largest single process. Empty where there is no /proc."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.peak_kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def _watch(self) -> None:
        page_kib = os.sysconf("SC_PAGE_SIZE") // 1024 if hasattr(os, "sysconf") else 4
        while not self._done.wait(0.05):
            parents: dict[int, int] = {}
            rss: dict[int, int] = {}
            try:
                names = os.listdir("/proc")
            except OSError:
                return
            for name in names:
                if not name.isdigit():
                    continue
                try:
                    with open(f"/proc/{name}/stat", "rb") as handle:
                        fields = handle.read().rsplit(b")", 1)[1].split()
                except OSError:
                    continue
                parents[int(name)] = int(fields[1])
                rss[int(name)] = int(fields[21]) * page_kib
            tree, grew = {self.pid}, True
            while grew:
                more = {p for p, parent in parents.items() if parent in tree} - tree
                tree |= more
                grew = bool(more)
            self.peak_kib = max(self.peak_kib, sum(rss.get(p, 0) for p in tree))


def sweep_inputs() -> dict[str, Callable[[Path], None]]:
    """Every sweep input by name: writes its files into a copy of the minimal project."""
    inputs: dict[str, Callable[[Path], None]] = {}
    for name, make in MARKDOWN.items():
        inputs[name] = lambda root, make=make: _case_file(
            root, "pages/p.md", PAGE_HEAD + make(False)
        )
        if len(make(True)) != len(make(False)):  # else the same input
            inputs[name + "@bytes"] = lambda root, make=make: _case_file(
                root, "pages/p.md", PAGE_HEAD + make(True)
            )
    inputs.update(PROJECTS)
    for factor in FACTORS:
        inputs[f"exhibits@{factor}x"] = _exhibits(EXHIBITS_AT_LIMIT * factor // FACTORS[-1])
    return inputs


def sweep(only: list[str], timeout: float) -> None:
    inputs = sweep_inputs()
    names = [n for n in inputs if not only or n.split("@")[0] in only or n in only]
    print(
        f"{'input':<24} {'bytes':>9} {'command':<6} {'status':>6} {'wall':>8} {'cpu':>8} {'peak':>8}"
    )
    previous: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            root = Path(tmp) / name
            shutil.copytree(MINIMAL, root)
            # Made in a child: what this process holds would count in the peak memory of
            # the runs it forks (their high-water mark starts with the parent's pages).
            make = [sys.executable, __file__, "--make", name, str(root)]
            subprocess.run(make, env=ENV, check=True)
            size = sum(p.stat().st_size for p in (root / "content").rglob("*.md"))
            for command in ("check", "build"):
                wall, cpu, kib, status = measure(root, command, timeout)
                flags = []
                if wall > BUDGET_SECONDS:
                    flags.append("SLOW")
                if kib * 1024 > BUDGET_BYTES:
                    flags.append("BIG")
                if status not in (0, 1):
                    flags.append(f"EXIT {status}")
                if name.startswith("exhibits@"):
                    # the scaling item: CPU at this size over CPU at half of it
                    if command in previous:
                        flags.append(f"growth {cpu / previous[command]:.2f}")
                    previous[command] = cpu
                print(
                    f"{name:<24} {size:>9,} {command:<6} {status:>6} {wall:>7.1f}s {cpu:>7.1f}s"
                    f" {kib / 1024:>5.0f} MiB {' '.join(flags)}",
                    flush=True,
                )
            shutil.rmtree(root)


def ocr_worst(pages: int) -> None:
    """The OCR of the costliest pages, as a build runs it (picture reduced to `OCR_SIDE`,
    Tesseract on one thread, held to `OCR_PAGE_CPU` of CPU): CPU and peak of each page,
    and the page's CPU without the limit for comparison (`--ocr-unlimited`)."""
    from reinstate.render.highlight import (
        OCR_PAGE_CPU,
        OcrTooLongError,
        _reduced,
        run_tesseract,
        tesseract_path,
    )

    tool = tesseract_path()
    if tool is None:
        sys.exit("tesseract is not installed")
    kinds = [("dense 22 px", 22), ("dense 14 px", 14), ("dense 30 px", 30)]
    print(f"{'page':<14} {'limit':>6} {'status':<9} {'wall':>7} {'cpu':>7} {'peak':>8} words")
    for n in range(pages):
        name, size = kinds[n % len(kinds)]
        picture = _reduced(_dense_scan(n, size))
        for limit in (OCR_PAGE_CPU, *((600,) if "--ocr-unlimited" in sys.argv else ())):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            try:
                tsv = run_tesseract(tool, picture, timeout=3600, cpu=limit)
                status = "read" if tsv is not None else "failed"
            except OcrTooLongError:
                tsv, status = None, "too long"
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            words = sum(1 for row in (tsv or "").splitlines() if row.startswith("5\t"))
            print(
                f"{name:<14} {limit:>5}s {status:<9} {wall:>6.1f}s {cpu:>6.1f}s"
                f" {after.ru_maxrss / 1024:>5.0f} MiB {words}",
                flush=True,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=5000, help="N at 1x (default 5000)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated")
    parser.add_argument("--runs", type=int, default=2, help="runs per size (the fastest counts)")
    parser.add_argument("--sweep", action="store_true", help="every kind of input at the limits")
    parser.add_argument("--only", default="", help="with --sweep: these inputs (comma-separated)")
    parser.add_argument("--timeout", type=float, default=120, help="with --sweep: seconds a run")
    parser.add_argument("--ocr", type=int, default=0, help="OCR of N dense pages, as built")
    parser.add_argument("--ocr-unlimited", action="store_true", help="with --ocr: also unheld")
    parser.add_argument("--make", nargs=2, metavar=("INPUT", "ROOT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        sweep_inputs()[args.make[0]](Path(args.make[1]))
        return
    if args.ocr:
        ocr_worst(args.ocr)
        return
    if args.sweep:
        sweep([n for n in args.only.split(",") if n], args.timeout)
        return
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        empty, empty_kib, _ = best("", False, scratch, args.runs + 1)
        print(f"floor (empty page, HTML only): {empty:.2f} s, {empty_kib / 1024:.0f} MiB")
        print(
            f"{'shape':<13} {'N':>7} {'bytes':>9} {'status':>6} {'time':>8} {'peak':>8}"
            f" {'work':>8} {'growth':>7} {'mem+':>8}"
        )
        for name in args.shapes.split(","):
            make, pdf, scale = SHAPES[name]
            floor = best("", pdf, scratch, args.runs + 1)[0] if pdf else empty
            previous: tuple[float, int] | None = None
            for factor in FACTORS:
                n = int(args.base * scale) * factor
                body = make(n)
                seconds, kib, status = best(body, pdf, scratch, args.runs)
                work = max(seconds - floor, 1e-3)
                growth = f"{work / previous[0]:.2f}" if previous else "-"
                extra = f"{(kib - empty_kib) / 1024:.0f} MiB"
                print(
                    f"{name:<13} {n:>7} {len(body):>9,} {status:>6} {seconds:>7.2f}s"
                    f" {kib / 1024:>5.0f} MiB {work:>7.2f}s {growth:>7} {extra:>8}"
                )
                previous = (work, kib)
        print("growth: the work (time over the floor) at this size / at half this size;")
        print("linear work doubles (2.0), quadratic work quadruples (4.0).")


if __name__ == "__main__":
    main()
