"""What marking highlights costs the demo's PDF bundle.

Times `bundle_bytes` for the demo case (content/harbor-lane) in one warm process, in
alternating rounds:
- off: no marks (the highlight step replaced by one that finds nothing);
- on, no OCR: marks found and drawn, Tesseract treated as not installed (the two image
  exhibits then get no text marks);
- on, OCR cached: marks found and drawn, OCR read from the cache a first build filled
  (what a rebuild does).
Prints the medians and the median per-round ratio against `off` (goal <= 1.10), and the
time of the first OCR (not part of the goal: it runs once per file).

Run from the repository root:  PYTHONPATH=src python benchmarks/highlight.py [ROUNDS]
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from reinstate.core.config import load_config  # noqa: E402
from reinstate.core.diagnostics import Reporter  # noqa: E402
from reinstate.render import bundle, highlight  # noqa: E402
from reinstate.render.theme import load_theme  # noqa: E402
from reinstate.run.build import BuildOptions, analyse  # noqa: E402
from reinstate.stages.discover import discover  # noqa: E402

TODAY = dt.date(2025, 3, 18)


def main(rounds: int) -> None:
    reporter = Reporter()
    config = load_config(REPO, reporter)
    theme = load_theme(config)
    case_dir = discover(config, reporter, ("harbor-lane",)).cases[0]
    resolved = analyse(config, case_dir, BuildOptions(pdf=True, today=TODAY)).resolved
    assert resolved is not None
    real_marks, real_tesseract = bundle.exhibit_marks, highlight.tesseract_path
    cache = Path(tempfile.mkdtemp(prefix="reinstate-bench-ocr-"))

    def run(mode: str) -> float:
        bundle.exhibit_marks = real_marks  # type: ignore[assignment]
        highlight.tesseract_path = real_tesseract  # type: ignore[assignment]
        if mode == "off":
            bundle.exhibit_marks = lambda *a, **k: {}  # type: ignore[assignment]
        elif mode == "no-ocr":
            highlight.tesseract_path = lambda: None  # type: ignore[assignment]
        start = time.perf_counter()
        bundle.bundle_bytes(resolved, config, theme, Reporter(), ocr_cache=cache)
        return time.perf_counter() - start

    first_ocr = run("cached") if highlight.tesseract_path() else float("nan")
    for mode in ("off", "no-ocr", "cached"):
        run(mode)  # warm up
    times: dict[str, list[float]] = {"off": [], "no-ocr": [], "cached": []}
    for _ in range(rounds):
        for mode in times:
            times[mode].append(run(mode))
    base = times["off"]
    print(f"demo bundle, {rounds} rounds (medians)")
    print(f"  marks off             {statistics.median(base) * 1000:8.1f} ms")
    for mode, label in (("no-ocr", "marks on, no OCR"), ("cached", "marks on, OCR cached")):
        ratio = statistics.median(t / b for t, b in zip(times[mode], base, strict=True))
        print(f"  {label:21} {statistics.median(times[mode]) * 1000:8.1f} ms   ratio {ratio:.3f}")
    print(f"  first build with OCR  {first_ocr * 1000:8.1f} ms (once per file digest)")


def _rounds(argv: list[str]) -> int:
    return int(argv[1]) if len(argv) > 1 else 9


if __name__ == "__main__":
    main(_rounds(sys.argv))
