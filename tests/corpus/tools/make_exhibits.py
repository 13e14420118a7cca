"""Render the realistic corpus's exhibit files from their HTML sources.

Each exhibit document of `tests/corpus/realistic/` is written as HTML under
`tests/corpus/realistic/exhibit-sources/<case>/` and rendered into
`tests/corpus/realistic/content/<case>/files/`:

- `NAME.html`          -> `NAME.pdf`   (WeasyPrint; a real text layer, several pages if long)
- `NAME.png.html`      -> `NAME.png`   (page 1 rendered at 100 dpi: a screenshot)
- `NAME.scan.png.html` -> `NAME.png`   (page 1 at 100 dpi, grey, slightly rotated: a scan
                                        with no text layer)
- `NAME.scan.pdf.html` -> `NAME.pdf`   (the same scan look, wrapped as an image-only PDF)

The rendered files are committed, so tests never need this script; run it after editing a
source (`python tests/corpus/tools/make_exhibits.py [CASE ...]`). Output is deterministic:
fixed PDF metadata, no clock.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3] / "realistic"
SOURCES = ROOT / "exhibit-sources"
CONTENT = ROOT / "content"

BASE_CSS = """
@page { size: A4; margin: 18mm 16mm; }
body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; color: #111; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #999; padding: 3px 5px; text-align: left; }
h1 { font-size: 15pt; margin: 0 0 6px; }
"""


def render_pdf(html_path: Path) -> bytes:
    from weasyprint import CSS, HTML

    html = HTML(filename=str(html_path), base_url=str(html_path.parent))
    document = html.render(stylesheets=[CSS(string=BASE_CSS)])
    document.metadata.title = html_path.name.split(".")[0]
    document.metadata.created = "2026-01-01T00:00:00Z"
    document.metadata.modified = "2026-01-01T00:00:00Z"
    out = document.write_pdf()
    assert out is not None
    return bytes(out)


def first_page_png(pdf: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.pdf"
        src.write_bytes(pdf)
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "100",
                "-f",
                "1",
                "-l",
                "1",
                "-png",
                "-singlefile",
                str(src),
                str(Path(tmp) / "out"),
            ],
            check=True,
        )
        return (Path(tmp) / "out.png").read_bytes()


def scan_look(png: bytes) -> bytes:
    from PIL import Image, ImageFilter

    image = Image.open(io.BytesIO(png)).convert("L")
    image = image.rotate(0.7, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=235)
    image = image.filter(ImageFilter.GaussianBlur(0.4))
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def image_pdf(png: bytes) -> bytes:
    from PIL import Image

    image = Image.open(io.BytesIO(png))
    out = io.BytesIO()
    fixed = time.gmtime(1767225600)  # 2026-01-01: no clock in a committed file
    image.save(out, format="PDF", resolution=100.0, creationDate=fixed, modDate=fixed)
    return out.getvalue()


def make(source: Path, files: Path) -> Path:
    name = source.name.removesuffix(".html")
    files.mkdir(parents=True, exist_ok=True)
    pdf = render_pdf(source)
    if name.endswith(".scan.png"):
        target, data = (
            files / (name.removesuffix(".scan.png") + ".png"),
            scan_look(first_page_png(pdf)),
        )
    elif name.endswith(".scan.pdf"):
        target = files / (name.removesuffix(".scan.pdf") + ".pdf")
        data = image_pdf(scan_look(first_page_png(pdf)))
    elif name.endswith(".png"):
        target, data = files / name, first_page_png(pdf)
    else:
        target, data = files / (name + ".pdf"), pdf
    target.write_bytes(data)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="*", help="case slugs (default: all)")
    args = parser.parse_args(argv)
    cases = args.cases or sorted(p.name for p in SOURCES.iterdir() if p.is_dir())
    for case in cases:
        for source in sorted((SOURCES / case).glob("*.html")):
            target = make(source, CONTENT / case / "files")
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
