"""Scaling of reinstate on pathological case text: time and peak memory at 1x, 2x, 4x, 8x.

Each shape is a page of a minimal case, grown in one dimension, inside the default limits
of SECURITY.md (file size, table cells, nesting):

    headings     N lines '# h' (the same heading: unique ids)
    comments     N unclosed '<!--'
    tables       a table of 20 columns and N/20 rows: N cells, with the PDF (N = base/8)
    nesting      N/40 blocks of directives nested 10 deep (each level re-parsed)
    references   N '{ref}' roles to targets that exist
    brackets     N '[' (link labels that never close)

Every run is its own process (`reinstate build`, HTML only unless the shape needs the PDF);
its time is the wall clock, its peak memory the child's maximum resident set (wait4). The
growth ratios (time at 2x / time at 1x ...) should stay near 2 for linear work; a quadratic
loop shows as 4. The baseline is measured in the same run, so the machine's speed cancels.

    python benchmarks/pathological.py [--base 5000] [--shapes headings,comments] [--runs 2]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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


SHAPES: dict[str, tuple[Callable[[int], str], bool, float]] = {
    "headings": (headings, False, 1),
    "comments": (comments, False, 1),
    "tables": (tables, True, 1 / 8),
    "nesting": (nesting, False, 1),
    "references": (references, False, 1),
    "brackets": (brackets, False, 1),
}
"""Shape -> (body for size N, whether the PDF is built, N per unit of --base). Tables are
built with the PDF (where their memory goes), so they stop at the default cell limit."""


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
    (root / "reinstate.yaml").write_text("max_table_cells: 1000000\n")
    page = root / "content/acme/pages/p.md"
    page.parent.mkdir()
    page.write_text("---\nkind: page\ntitle: P\nbundle: true\n---\n" + body)
    command = [sys.executable, "-m", "reinstate", "build", str(root), "--today", "2025-03-18"]
    if not pdf:
        command.append("--no-pdf")
    started = time.perf_counter()
    child = subprocess.Popen(command, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss, child.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=int, default=5000, help="N at 1x (default 5000)")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated")
    parser.add_argument("--runs", type=int, default=2, help="runs per size (the fastest counts)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        empty, empty_kib, _ = best("", False, scratch, args.runs + 1)
        print(f"floor (empty page, HTML only): {empty:.2f} s, {empty_kib / 1024:.0f} MiB")
        print(
            f"{'shape':<11} {'N':>7} {'bytes':>9} {'status':>6} {'time':>8} {'peak':>8}"
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
                    f"{name:<11} {n:>7} {len(body):>9,} {status:>6} {seconds:>7.2f}s"
                    f" {kib / 1024:>5.0f} MiB {work:>7.2f}s {growth:>7} {extra:>8}"
                )
                previous = (work, kib)
        print("growth: the work (time over the floor) at this size / at half this size;")
        print("linear work doubles (2.0), quadratic work quadruples (4.0).")


if __name__ == "__main__":
    main()
